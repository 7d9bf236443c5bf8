"""The editor's publish gate: blocking findings appear beside their fields."""

from wagtail.admin.forms import WagtailAdminPageForm

# Page models name this form as their base form class, so the gate (which
# needs the models) is imported when a form is cleaned, not when models load.


class ClaimsGatedPageForm(WagtailAdminPageForm):
    """Refuses to publish (or schedule) a page whose AI claims lack evidence.

    Saving a draft is never blocked. The checker sees the form's content and
    the evidence the editor has linked, saved or not."""

    claims_verdict = None

    def is_publishing(self) -> bool:
        return not self.is_deferred_validation and bool(self.data.get("action-publish"))

    def _post_clean(self) -> None:
        super()._post_clean()
        if not self.is_publishing() or self.errors:
            return
        from . import gate

        self.claims_verdict = gate.page_verdict(
            self.instance, links=self.chosen_links()
        )
        for finding in self.claims_verdict.blocks:
            self.add_error(
                gate.form_field_for(finding, self.fields), gate.finding_text(finding)
            )

    def chosen_links(self) -> list | None:
        """The evidence the editor has chosen in the form (None: not a job)."""
        from careers.evidence import LINK_RELATIONS

        if "team" not in self.fields:
            return None
        team = self.cleaned_data.get("team")
        chosen = [team] if team else []
        for relation, attr in LINK_RELATIONS.items():
            formset = self.formsets.get(relation)
            # Formsets are cleaned after the form; clean this one now (cached).
            if formset is None or not formset.is_valid():
                continue
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data.get(attr) and not data.get("DELETE"):
                    chosen.append(data[attr])
        return chosen
