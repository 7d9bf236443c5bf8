"""Read queries of a fixed shape, compiled to SQL once per process and
database, then run with each call's values.

For the hottest reads (the content version every request reads, a job post's
links), building and compiling the ORM query set cost more than running it
(a cached page's whole answer was mostly that). ``Prepared`` builds the query
set once with placeholder values, compiles it, notes which of its parameters
are placeholders, and runs the same SQL with the call's values in their
place. Rows come back as the database driver gives them, without the ORM's
conversions: for columns the driver already gives as Python wants them
(text, integers, NULL), or that the caller decodes."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet

#: Placeholders: integers and texts no query's own values take (the integer
#: within every integer field's range but the small ones').
INT_PLACEHOLDER = 2_000_000_011
TEXT_PLACEHOLDER = "\x1fcareers-prepared-{n}\x1f"


class Prepared:
    """``build(*values)`` (a query set) compiled once per database; ``kinds``
    says whether each value is an ``int`` or a ``str``."""

    def __init__(self, build: Callable[..., QuerySet], *kinds: type):
        self.build, self.kinds = build, kinds
        self.compiled: dict[tuple[str, str], tuple[str, tuple, list]] = {}

    def placeholders(self) -> list:
        return [
            INT_PLACEHOLDER + n if kind is int else TEXT_PLACEHOLDER.format(n=n)
            for n, kind in enumerate(self.kinds)
        ]

    def sql(self, using: str = DEFAULT_DB_ALIAS) -> tuple[str, tuple, list]:
        """The SQL, its parameters, and for each parameter the index of the
        value it takes (None: it keeps its own)."""
        key = (using, connections[using].vendor)
        if key not in self.compiled:
            holders = self.placeholders()
            query = self.build(*holders).query
            try:
                sql, params = query.get_compiler(using=using).as_sql()
            except EmptyResultSet as e:  # a placeholder outside a field's range
                raise ValueError(f"{self.build!r} cannot be prepared") from e
            slots = [_slot(holders, param) for param in params]
            missing = set(range(len(holders))) - set(slots)
            if missing:
                raise ValueError(
                    f"values {sorted(missing)} do not reach the query's parameters"
                )
            self.compiled[key] = (sql, tuple(params), slots)
        return self.compiled[key]

    def rows(self, *values, using: str = DEFAULT_DB_ALIAS) -> list[tuple]:
        sql, args = self._with(values, using)
        with connections[using].cursor() as cursor:
            cursor.execute(sql, args)
            return cursor.fetchall()

    def instances(self, model: type[Model], *values, using: str = DEFAULT_DB_ALIAS):
        """The rows as instances of ``model``, each field converted as the ORM
        converts it and each annotation an attribute: what ``build`` (a query
        set of ``model``) gives, with no ``select_related`` followed."""
        sql, args = self._with(values, using)
        return list(model._default_manager.db_manager(using).raw(sql, args))

    def _with(self, values: tuple, using: str) -> tuple[str, list]:
        """The SQL and its parameters with ``values`` in their places."""
        sql, params, slots = self.sql(using)
        # As the placeholder was passed (PostgreSQL's integers come typed).
        args = [
            p if n is None else type(p)(values[n])
            for p, n in zip(params, slots, strict=True)
        ]
        return sql, args


def _slot(holders: list, param) -> int | None:
    for n, holder in enumerate(holders):
        if isinstance(param, type(holder)) and param == holder:
            return n
    return None
