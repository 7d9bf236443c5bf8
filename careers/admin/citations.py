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

from careers import claims
from careers.claims.items import plain

# Page models build their panels with this module while careers.models loads:
# what needs the models (the adapter, the selectors) is imported where used.
from careers.models.citations import TYPE_FIELDS, EvidenceType

RELATION = "claim_citations"
FIELDS = ["sentence", *TYPE_FIELDS.values()]
TYPE_LABELS = dict(EvidenceType.choices)
#: what a claim of each kind can cite when it has no finding (it is backed)
KIND_TYPES = {
    "capability": ("impact_story", "roadmap_milestone"),
    "strategy": ("roadmap_milestone",),
    "plan": ("roadmap_milestone",),
    "impact": ("impact_story",),
    "team": ("team",),
    "community": ("community_activity",),
    "data": ("data_asset",),
    "superlative": ("recognition",),
    "hiring_ai": ("hiring_ai_compliance",),
}


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

    @property
    def types_value(self) -> str:
        return ",".join(dict.fromkeys(self.types))


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
        card.types += KIND_TYPES.get(claim.kind, ())
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
            from careers import evidence
            from careers.citations import citation_rows

            from .gate import reader_language

            context = super().get_context_data(parent_context)
            page, language = self.instance, reader_language(self.request)
            forms_ = [f for f in self.formset.forms if not _deleted(f)]
            rows = [f.instance for f in forms_]
            report = evidence.page_report(page, citations=rows, language=language)
            pool = evidence.evidence_pool()
            known = {e.id for e in evidence.for_language(pool, _lang(page))}
            seen = citation_rows(page, known, rows=rows)
            cards, stale = claim_cards(report, list(zip(forms_, seen, strict=True)))
            context.update(
                cards=cards,
                stale=stale,
                type_labels=TYPE_LABELS,
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
            from .gate import form_field_for

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


def _lang(page: Page) -> str:
    return page.locale.language_code[:2] if page.locale_id else ""


def cite_evidence(request):
    """The chooser (a modal): published evidence of the types a claim needs,
    the most relevant first; choosing one happens in the browser."""
    from careers.selectors.citable import citable_evidence

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
            "type_labels": TYPE_LABELS,
            "type_fields": TYPE_FIELDS,
            "locale": locale,
            "chooser_url": reverse("careers_cite_evidence"),
        },
        json_data={"step": "chooser"},
    )
