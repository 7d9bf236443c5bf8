"""The editor's publish gate: blocking findings appear beside their fields."""

from wagtail.admin.forms import WagtailAdminPageForm

from careers.services import gate
from careers.slugs import reserved_slug_error

from .gate import form_field_for, reader_language

# Page models name this form as their base form class through
# careers/models/_upcalls.py, which imports it when Wagtail first asks.


class ClaimsGatedPageForm(WagtailAdminPageForm):
    """Refuses to publish (or schedule) a page whose AI claims lack evidence.

    Saving a draft is never blocked. The checker sees the page as the form
    would publish it: its text, the evidence the editor has linked, and for a
    team, story or roadmap its own members, metrics or milestones."""

    claims_verdict = None

    def is_publishing(self) -> bool:
        # Wagtail before 7.1 has no deferred validation (autosave, drafts).
        deferred = getattr(self, "is_deferred_validation", False)
        return not deferred and bool(self.data.get("action-publish"))

    def clean(self):
        cleaned_data = super().clean()
        error = reserved_slug_error(cleaned_data.get("slug", ""), self.parent_page)
        if error is not None:
            self.add_error("slug", error)
        return cleaned_data

    def _post_clean(self) -> None:
        super()._post_clean()
        if not self.is_publishing() or self.errors:
            return
        if not self.apply_formsets_in_memory():
            return  # the formsets' own errors come first
        # Admin views run in the user's admin language: findings follow it.
        self.claims_verdict = gate.page_verdict(
            self.instance, language=reader_language()
        )
        for finding in self.claims_verdict.blocks:
            field = form_field_for(finding, self.fields)
            self.add_error(field, gate.finding_text(finding))

    def apply_formsets_in_memory(self) -> bool:
        """Put the child formsets' rows on the unsaved instance, as Wagtail
        does before it saves a revision; nothing is written to the database."""
        for name, formset in self.formsets.items():
            if name == "comments":
                continue
            if not formset.is_valid():
                return False
            formset.save(commit=False)
        return True
