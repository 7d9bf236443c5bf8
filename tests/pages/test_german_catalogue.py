"""Every string a candidate can meet on a public page has its German
translation in the module's catalogue: a missing or fuzzy entry shows English
on a German page (it did for the receipts' "Why you can believe this", the
"Filters" button, the footer, the maturity box and the accessibility page)."""

import re
from pathlib import Path

import careers

CATALOGUE = Path(careers.__file__).parent / "locale/de/LC_MESSAGES/django.po"

#: Where the public pages' strings come from (the admin's are not checked here).
PUBLIC = re.compile(
    r"^(accessibility\.py|filters\.py|views\.py|templatetags/|selectors/"
    r"(evidence_sentences|receipts|metrics|pages|page_chrome)\.py|"
    r"templates/careers/(?!admin/|api/))"
)


def entries() -> list[str]:
    return CATALOGUE.read_text(encoding="utf-8").split("\n\n")[1:]


def references(entry: str) -> list[str]:
    return [
        ref.rsplit(":", 1)[0]
        for line in entry.splitlines()
        if line.startswith("#: ")
        for ref in line[3:].split()
    ]


def untranslated(entry: str) -> bool:
    if "#, fuzzy" in entry or re.search(r"^#,.*\bfuzzy\b", entry, re.M):
        return True
    strings = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', entry + "\n", re.M)
    return not strings or any(re.fullmatch(r'(""\n?)+', s) for s in strings)


def msgid(entry: str) -> str:
    found = re.search(r'^msgid ((?:".*"\n?)+)', entry, re.M)
    return "".join(re.findall(r'"(.*)"', found.group(1))) if found else ""


def test_public_strings_are_all_translated_to_german():
    public = [e for e in entries() if any(PUBLIC.match(r) for r in references(e))]
    assert len(public) > 50
    missing = [msgid(e) for e in public if untranslated(e)]
    assert not missing, missing
