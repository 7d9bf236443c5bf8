"""check(bundle) -> Report: the one place where items, evidence and rules meet."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from . import model as m
from .evidence import Evidence
from .items import check_item, finding
from .lexicon import Cues, Lexicon, default_lexicon
from .messages import Messages
from .numbers import Format, find_numbers
from .organisation import evidenced_maturity, maturity_issues, stale_issues
from .relevance import Topics, keys_for


def check(
    bundle: m.Bundle,
    *,
    as_of: date | None = None,
    lexicon: Lexicon | None = None,
    language: str | None = None,
    unsupported_language: str = "block",
) -> m.Report:
    """Every claim of every item against the bundle's evidence, as of a date.

    `language` renders every message in that language (an admin user's) instead
    of each item's; `unsupported_language` is the severity ("block" or "warn") of
    the finding on an item whose language has no lexicon, so was not checked.
    """
    lex = lexicon or default_lexicon()
    day = as_of or bundle.as_of or date.today()
    ev = Evidence(bundle, day)
    ev.asset_numbers = _asset_numbers(ev, lex)
    names = _names(bundle, lex)
    org_name = bundle.organisation.name if bundle.organisation else ""
    topics = Topics(lex, keys_for(lex), org_name)
    items = {
        item.id: check_item(
            item,
            ev,
            lex,
            names,
            topics=topics,
            language=language,
            unsupported=unsupported_language,
        )
        for item in bundle.items
    }
    evidenced = evidenced_maturity(ev)
    claimed = bundle.organisation.claimed_maturity if bundle.organisation else None
    english = Messages(lex, language or "en")
    issues = maturity_issues(claimed, evidenced, english) + stale_issues(ev, english)
    org_findings = tuple(finding(None, i, english) for i in issues)
    level = m.MATURITY_LEVELS.index(claimed) + 1 if claimed else None
    return m.Report(
        as_of=day,
        organisation=m.OrganisationReport(org_findings),
        items=items,
        maturity=m.Maturity(claimed=level, evidenced=evidenced),
    )


def _asset_numbers(ev: Evidence, lex: Lexicon) -> dict[str, list[float]]:
    """The numbers each data asset states in its volume or description."""
    out = {}
    for asset in ev.assets:
        text = f"{asset.volume} {asset.description}"
        found = find_numbers(text, lex, Format())
        out[asset.id] = [float(n.value * n.scale) for n in found]
        out[asset.id] += [float(n.value) for n in found]
    return out


def _names(bundle: m.Bundle, lex: Lexicon) -> Cues:
    """The organisation's name, its first word, and product names mark "us".

    A first word that is an adjective ("Europäische Kommission", "European
    Commission") names nothing alone: "das Europäische AI-Büro" is not the
    organisation's AI."""
    names = []
    if bundle.organisation:
        name = bundle.organisation.name.strip()
        names.append(name)
        first = name.split()[0] if name.split() else ""
        adjective = first.lower().endswith(tuple(lex.word_set("name_adjectives")))
        if len(first) >= 4 and first[0].isupper() and not adjective:
            names.append(first)
        if first.endswith("e") and len(name) > len(first):
            # a German adjective in the name is declined: "der Bergischen ..."
            names.append(first + "n" + name[len(first) :])
    names += [s.product for s in bundle.of_type(m.ImpactStory)]
    names = [n.strip("=~-* ") for n in names if n.strip("=~-* ")]
    # a lowercase name opens a sentence capitalised: "deepset" -> "Deepset"
    names += [n[0].upper() + n[1:] for n in names if n[0].islower()]
    return _name_cues(tuple(names))


@lru_cache(maxsize=64)
def _name_cues(names: tuple[str, ...]) -> Cues:
    """Compiled once per set of names: a site checks page after page with them."""
    # and their genitives: "Retorios KI", "Zalando's AI"
    return Cues("=" + n + s for n in names for s in ("", "s", "'s", "\u2019s"))
