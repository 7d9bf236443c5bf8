"""Keyset (cursor) pagination: stable under inserts and deletes.

Rows are ordered by (sort value, pk); the cursor carries the ordering, the last
row's sort value and its pk, so the next page starts strictly after that row
whatever was inserted meanwhile. Cursors are opaque base64 JSON."""

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db.models import Case, DecimalField, Expression, F, Q, QuerySet, Value, When
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from careers.conf import api_setting

SORT = "_api_sort"
#: The largest id a database column holds (64-bit signed).
MAX_ID = 2**63 - 1
MAX_DECIMAL = Decimal(10) ** 12


def _datetime(value: Any) -> dt.datetime | None:
    """An aware datetime that exists in UTC too (as the cursors we write)."""
    try:
        parsed = parse_datetime(value) if isinstance(value, str) else None
        if parsed is None or parsed.tzinfo is None:
            return None
        parsed.astimezone(dt.UTC)
    except (ValueError, OverflowError):  # 2026-02-30, or 0001-01-01+23:59
        return None
    return parsed


def _date(value: Any) -> dt.date | None:
    try:
        return parse_date(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _decimal(value: Any) -> Decimal | None:
    """A finite number of a size the salary columns hold, else None."""
    try:
        number = Decimal(str(value)) if isinstance(value, str | int) else None
    except InvalidOperation:
        return None
    if number is None or not number.is_finite() or abs(number) >= MAX_DECIMAL:
        return None
    return number


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


PARSERS: dict[str, Callable[[Any], Any]] = {
    "datetime": _datetime,
    "date": _date,
    "decimal": _decimal,
    "text": _text,
    "int": lambda v: v if isinstance(v, int) else None,
}


@dataclass(frozen=True)
class SortKey:
    expression: Expression | F
    kind: str  # a key of PARSERS


class KeysetPagination(BasePagination):
    orderings: dict[str, SortKey] = {"id": SortKey(F("pk"), "int")}
    default_ordering = "id"

    def ordering_params(self) -> list[str]:
        return [f"{sign}{name}" for name in self.orderings for sign in ("", "-")]

    def paginate_queryset(self, queryset: QuerySet, request, view=None) -> list:
        self.request = request
        self.ordering = self.get_ordering(request)
        self.page_size = self.get_page_size(request)
        qs = self.ordered(queryset)
        cursor = request.query_params.get("cursor")
        if cursor:
            qs = qs.filter(self.after(self.decode(cursor)))
        rows = list(qs[: self.page_size + 1])
        self.last = rows[self.page_size - 1] if len(rows) > self.page_size else None
        return rows[: self.page_size]

    def get_ordering(self, request) -> str:
        value = request.query_params.get("ordering", self.default_ordering)
        if value not in self.ordering_params():
            choices = ", ".join(self.ordering_params())
            raise ValidationError({"ordering": [_("Use one of: %s.") % choices]})
        return value

    def get_page_size(self, request) -> int:
        raw = request.query_params.get("page_size")
        if raw is None:
            return api_setting("PAGE_SIZE")
        top = api_setting("MAX_PAGE_SIZE")
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= top:
            message = _("A whole number from 1 to %d.") % top
            raise ValidationError({"page_size": [message]})
        return int(raw)

    @property
    def sort_key(self) -> SortKey:
        return self.orderings[self.ordering.lstrip("-")]

    @property
    def descending(self) -> bool:
        return self.ordering.startswith("-")

    def ordered(self, queryset: QuerySet) -> QuerySet:
        sign = "-" if self.descending else ""
        qs = queryset.annotate(**{SORT: self.sort_key.expression})
        return qs.order_by(f"{sign}{SORT}", f"{sign}pk")

    def after(self, position: tuple[Any, int]) -> Q:
        value, pk = position
        op = "lt" if self.descending else "gt"
        return Q(**{f"{SORT}__{op}": value}) | Q(**{SORT: value, f"pk__{op}": pk})

    def encode(self, row) -> str:
        value = getattr(row, SORT)
        if isinstance(value, dt.date | Decimal):
            value = value.isoformat() if hasattr(value, "isoformat") else str(value)
        data = {"o": self.ordering, "v": value, "k": row.pk}
        raw = json.dumps(data, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def decode(self, cursor: str) -> tuple[Any, int]:
        bad = ValidationError({"cursor": [_("Invalid cursor.")]})
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            data = json.loads(raw)
        except (binascii.Error, ValueError, UnicodeDecodeError):
            raise bad from None
        if not isinstance(data, dict) or data.get("o") != self.ordering:
            raise ValidationError(
                {"cursor": [_("Invalid cursor, or made for another ordering.")]}
            )
        value = PARSERS[self.sort_key.kind](data.get("v"))
        pk = data.get("k")
        if value is None or not isinstance(pk, int) or isinstance(pk, bool):
            raise bad
        if not 0 <= pk <= MAX_ID:  # a forged id the database cannot compare
            raise bad
        return value, pk

    def next_link(self) -> str | None:
        if self.last is None:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, "cursor", self.encode(self.last))

    def get_paginated_response(self, data) -> Response:
        return Response({"next": self.next_link(), "results": data})

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "example": "https://careers.example.com/api/v1/jobs/?cursor=eyJv",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        top = api_setting("MAX_PAGE_SIZE")
        return [
            _param("cursor", {"type": "string"}, "The `next` link's cursor."),
            _param(
                "page_size",
                {"type": "integer", "minimum": 1, "maximum": top},
                f"Rows per page, at most {top}.",
            ),
            _param(
                "ordering",
                {"type": "string", "enum": self.ordering_params()},
                f"Sort order (default `{self.default_ordering}`); `-` for descending.",
            ),
        ]


def _param(name: str, schema: dict, description: str) -> dict:
    return {
        "name": name,
        "required": False,
        "in": "query",
        "description": description,
        "schema": schema,
    }


def _salary_shown() -> Case:
    """The lower end of a shown salary range; hidden ranges sort lowest and
    reveal nothing."""
    return Case(
        When(show_salary=True, salary_min__isnull=False, then=F("salary_min")),
        default=Value(Decimal(-1)),
        output_field=DecimalField(max_digits=12, decimal_places=2),
    )


class JobPagination(KeysetPagination):
    orderings = {
        "posted": SortKey(F("first_published_at"), "datetime"),
        "updated": SortKey(F("last_published_at"), "datetime"),
        "title": SortKey(F("title"), "text"),
        "salary": SortKey(_salary_shown(), "decimal"),
    }
    default_ordering = "-posted"


class TitlePagination(KeysetPagination):
    orderings = {"title": SortKey(F("title"), "text")}
    default_ordering = "title"


class DatePagination(KeysetPagination):
    orderings = {"date": SortKey(F("date"), "date")}
    default_ordering = "-date"
