"""Every string a candidate can meet on a public page has its German
translation in the module's catalogue: a missing or fuzzy entry shows English
on a German page (it did for the receipts' "Why you can believe this", the
"Filters" button, the footer, the maturity box and the accessibility page).
The admin's and the API's strings are all translated too, in the module's and
the host site's catalogues, and the module's catalogue holds exactly the
msgids ``makemessages`` finds in the code."""

import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

import careers

CATALOGUE = Path(careers.__file__).parent / "locale/de/LC_MESSAGES/django.po"
#: The host site's own (templates/, cms/, config/).
HOST_CATALOGUE = CATALOGUE.parents[4] / "locale/de/LC_MESSAGES/django.po"

#: Where the public pages' strings come from (the admin's are not checked here).
PUBLIC = re.compile(
    r"^(accessibility\.py|filters\.py|views\.py|templatetags/|selectors/"
    r"(evidence_sentences|receipts|metrics|pages|page_chrome)\.py|"
    r"templates/careers/(?!admin/|api/))"
)


def entries(catalogue: Path = CATALOGUE) -> list[str]:
    return catalogue.read_text(encoding="utf-8").split("\n\n")[1:]


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


@pytest.mark.parametrize(
    "catalogue", [CATALOGUE, HOST_CATALOGUE], ids=["module", "host"]
)
def test_every_string_of_ours_is_translated_to_german(catalogue):
    """The admin (findings, review dialog, reports, choosers, API keys) and
    the API's error texts too: German editors see the admin in German."""
    entries_ = entries(catalogue)
    assert len(entries_) > 10
    missing = [msgid(e) for e in entries_ if msgid(e) and untranslated(e)]
    assert not missing, missing


def test_catalogue_is_up_to_date_with_the_code(tmp_path, monkeypatch, settings):
    """``makemessages`` run on a copy of the module finds exactly the msgids
    the committed catalogue holds: a string added to the code without
    ``makemessages`` is never translated, and a stale one is dead weight."""
    source = CATALOGUE.parents[3]
    copy = tmp_path / "careers"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    settings.LOCALE_PATHS = []
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["de"], no_obsolete=True, verbosity=0)
    fresh = copy / CATALOGUE.relative_to(source)

    def msgids(catalogue: Path) -> set[str]:
        return {msgid(e) for e in entries(catalogue)} - {""}

    committed, found = msgids(CATALOGUE), msgids(fresh)
    assert found - committed == set(), "not in the catalogue"
    assert committed - found == set(), "no longer in the code"
