"""What every piece of evidence shares: a stable reference id used by bundles,
the API and the claim checker's receipts."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from careers.validators import validate_public_url

key_validator = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$",
    _("Use letters, digits and . _ : - only, starting with a letter or digit."),
)


def key_field() -> models.CharField:
    return models.CharField(
        _("reference id"),
        max_length=100,
        blank=True,
        validators=[key_validator],
        help_text=_(
            "A stable id for imports, exports and the API, e.g. 'team-data-science'. "
            "Leave empty to have one made for you. Translations share it."
        ),
    )


def text_line(
    verbose_name, help_text="", max_length=200, **options
) -> models.CharField:
    """A line of plain text of at most ``max_length`` characters."""
    return models.CharField(
        verbose_name, max_length=max_length, help_text=help_text, **options
    )


def optional_value(field_class, verbose_name, help_text="", **options) -> models.Field:
    """A ``field_class`` field an editor may leave empty (NULL when empty)."""
    return field_class(
        verbose_name, null=True, blank=True, help_text=help_text, **options
    )


def long_text(verbose_name, help_text="") -> models.TextField:
    """An optional plain text of up to 2,000 characters."""
    return models.TextField(
        verbose_name, blank=True, max_length=2000, help_text=help_text
    )


def public_url(verbose_name, help_text="") -> models.URLField:
    """An optional link to a page anyone may open (``validate_public_url``)."""
    return models.URLField(
        verbose_name, blank=True, validators=[validate_public_url], help_text=help_text
    )


def flag(verbose_name, help_text="") -> models.BooleanField:
    """A tick box, off until an editor ticks it."""
    return models.BooleanField(verbose_name, default=False, help_text=help_text)


def search_by(name: str, *more: str) -> list:
    """Search on ``name`` and ``more``, and complete ``name`` as it is typed."""
    searched = [index.SearchField(field) for field in (name, *more)]
    return [*searched, index.AutocompleteField(name)]


class Row(Orderable):
    """A row an editor orders (members, metrics, milestones, links): by its
    position, then by when it was added. Rows made in code (an import, the
    demo) have no position; without the second key PostgreSQL returned them
    in whatever order its table held them, so a page's revision and its
    live rows could list them differently."""

    class Meta(Orderable.Meta):
        abstract = True
        ordering = ["sort_order", "pk"]


def parent_key(model, related_name: str) -> ParentalKey:
    """The page (or cluster) an inline row belongs to; the row goes with it."""
    return ParentalKey(model, on_delete=models.CASCADE, related_name=related_name)


def link_to(model, related_name: str = "+", **options) -> models.ForeignKey:
    """A required link; the row goes when what it links to goes."""
    return models.ForeignKey(
        model, on_delete=models.CASCADE, related_name=related_name, **options
    )


def optional_link(model, related_name: str = "+", **options) -> models.ForeignKey:
    """A link that may be empty and is emptied when what it links to goes."""
    return models.ForeignKey(
        model,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )


class EvidenceMixin(models.Model):
    """Gives a stable evidence id; ``evidence_prefix`` names the kind."""

    evidence_prefix = "evidence"

    class Meta:
        abstract = True

    @property
    def evidence_id(self) -> str:
        key = getattr(self, "key", "")
        if key:
            return key
        return f"{self.evidence_prefix}-{str(self.translation_key)[:8]}"

    def clean(self) -> None:
        super().clean()
        if not self.key:
            self.key = self._free_key(slugify(str(self))[:80] or "item")

    def _free_key(self, stem: str) -> str:
        """``<prefix>-<stem>``, numbered when another record of the same locale
        already uses it. Translations share the key of their source."""
        siblings = (
            type(self)
            ._default_manager.filter(locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
        )
        base = f"{self.evidence_prefix}-{stem}"
        key, n = base, 1
        while siblings.filter(key=key).exists():
            n += 1
            key = f"{base}-{n}"
        return key


class EvidenceSnippet(
    EvidenceMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed
):
    """A publishable, translatable snippet of evidence. Drafts back no claim."""

    key = key_field()
    _revisions = GenericRelation("wagtailcore.Revision")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["key", "locale"],
                condition=~models.Q(key=""),
                name="%(app_label)s_%(class)s_unique_key",
            )
        ]

    @property
    def revisions(self):
        return self._revisions
