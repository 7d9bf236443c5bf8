"""Citing evidence in the editor: the panel that lists a page's AI claims
with their findings and citations, and the chooser that proposes evidence.

The citations are a child formset of the page form (hidden inputs): choosing
evidence in the chooser adds a row in the browser, so the next autosave,
preview or save carries it, and the checker sees it on the next check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.panels import Panel
from wagtail.models import Locale, Page

from careers import claims, evidence
from careers.citations import citation_rows
from careers.claims.items import plain
from careers.claims.rules import evidence_types
from careers.models.citations import TYPE_FIELDS, EvidenceType
from careers.selectors.citable import citable_evidence
from careers.verdicts import name_of

from .gate import form_field_for, reader_language

RELATION = "claim_citations"
FIELDS = ["sentence", *TYPE_FIELDS.values()]
TYPE_LABELS = dict(EvidenceType.choices)


@dataclass
class ClaimCard:
    """One claimed sentence as the panel shows it."""

    sentence: str
    field: str
    kinds: list[str] = field(default_factory=list)
    findings: list[claims.Finding] = field(default_factory=list)
    backed_by: list[str] = field(default_factory=list)
    cited: list = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    backing_names: list[str] = field(default_factory=list)

    @property
    def types_value(self) -> str:
        return ",".join(dict.fromkeys(self.types))

    def backing(self, names: dict[str, str]) -> list[str]:
        return [names.get(i, i) for i in self.backed_by]


def claim_cards(report: claims.ItemReport, rows: list) -> tuple[list, list]:
    """(cards, stale): each claimed sentence with its findings, backing and
    citations; and the citations whose sentence is no longer in the text.
    ``rows`` are (form, CitedEvidence) pairs."""
    cards: dict[str, ClaimCard] = {}
    for claim in report.claims:
        card = cards.setdefault(
            plain(claim.sentence), ClaimCard(claim.sentence, claim.field)
        )
        card.kinds.append(claim.kind)
        card.backed_by += [i for i in claim.backed_by if i not in card.backed_by]
        card.types += evidence_types(claim.kind)  # what its kind accepts
    for finding in report.findings:
        card = cards.get(plain(finding.sentence))
        if card is not None and finding.severity == "block":
            card.findings.append(finding)
            card.types[:0] = list(getattr(finding, "evidence_types", ()) or ())
    stale = []
    for form, row in rows:
        card = cards.get(plain(row.sentence))
        (card.cited if card else stale).append((form.prefix, row))
    return list(cards.values()), stale


class CitationsPanel(Panel):
    """The page's AI claims, each with what the checker says about it, the
    evidence cited for it and a "Cite evidence" button."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("AI claims and their evidence"))
        super().__init__(*args, **kwargs)

    def get_form_options(self):
        hidden = dict.fromkeys(FIELDS, forms.HiddenInput)
        options = {"fields": FIELDS, "widgets": hidden, "extra": 0}
        return {"formsets": {RELATION: options}}

    class BoundPanel(Panel.BoundPanel):
        template_name = "careers/admin/citations_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.formset = self.form.formsets[RELATION] if self.form else None
            for subform in self.formset.forms if self.formset else ():
                _hide_furniture(subform)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            forms_ = [f for f in self.formset.forms if not _deleted(f)]
            cards, stale = panel_cards(page, forms_, reader_language(self.request))
            context.update(
                cards=cards,
                stale=stale,
                chooser_url=reverse("careers_cite_evidence"),
                locale_id=page.locale_id or "",
                content_language=page.locale.language_code if page.locale_id else "",
                empty_form=_hide_furniture(self.formset.empty_form),
                field_cites=self.field_cites(),
            )
            return context

        def field_cites(self) -> list[tuple[str, claims.Finding]]:
            """After a refused publish: (form field, finding) for a "Cite
            evidence" button beside each blocking finding's field error."""
            verdict = getattr(self.form, "claims_verdict", None)
            if verdict is None:
                return []
            found = [(form_field_for(f, self.form.fields), f) for f in verdict.blocks]
            return [(name, f) for name, f in found if name and f.evidence_types]


def _deleted(form) -> bool:
    return bool(
        form.is_bound and form.is_valid() and form.cleaned_data.get(DELETION_FIELD_NAME)
    )


def _hide_furniture(form):
    """The DELETE and ORDER fields as hidden inputs (the script sets them)."""
    form.fields[DELETION_FIELD_NAME].widget = forms.HiddenInput()
    if ORDERING_FIELD_NAME in form.fields:
        form.fields[ORDERING_FIELD_NAME].widget = forms.HiddenInput()
    return form


def panel_cards(page: Page, forms_: list, language: str) -> tuple[list, list]:
    """The panel's claim cards and stale citations for ``page`` as the form
    holds it (its citation rows are the forms' instances)."""
    rows = [f.instance for f in forms_]
    report = evidence.page_report(page, citations=rows, language=language)
    view = evidence.for_language(evidence.evidence_pool(), _lang(page))
    seen = citation_rows(page, {e.id for e in view}, rows=rows)
    cards, stale = claim_cards(report, list(zip(forms_, seen, strict=True)))
    names = {e.id: name_of(e) for e in view}
    for card in cards:
        card.backing_names = card.backing(names)
    return cards, stale


def _lang(page: Page) -> str:
    return page.locale.language_code[:2] if page.locale_id else ""


def cite_evidence(request):
    """The chooser (a modal): published evidence of the types a claim needs,
    the most relevant first; choosing one happens in the browser."""
    locale_id = request.GET.get("locale", "")
    locale = (
        get_object_or_404(Locale, pk=locale_id)
        if locale_id.isdigit()
        else Locale.get_default()
    )
    types = [t for t in request.GET.get("types", "").split(",") if t in TYPE_LABELS]
    types = types or list(TYPE_LABELS)
    sentence = request.GET.get("sentence", "")[:2000]
    query = request.GET.get("q", "")[:200]
    candidates = citable_evidence(
        types=types, locale=locale, sentence=sentence, query=query
    )
    return render_modal_workflow(
        request,
        "careers/admin/cite_chooser.html",
        None,
        {
            "candidates": candidates,
            "sentence": sentence,
            "query": query,
            "types": ",".join(types),
            "locale": locale,
            "chooser_url": reverse("careers_cite_evidence"),
        },
        json_data={"step": "chooser"},
    )
