"""The base of every careers page: tabs for content, evidence and publishing,
a listing image, a stable reference id, and the text fields the checker reads."""

import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from careers.slugs import reserved_slug_error

from . import _upcalls
from .base import EvidenceMixin, key_field, optional_link
from .claims import FINISHED_TASK
from .panels import field_panels

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


@functools.cache
def choice_labels(field) -> dict:
    """A field's choices as {value: label}, the labels left lazy."""
    return {make_hashable(value): label for value, label in field.flatchoices}


def rich_text(verbose_name, help_text="") -> RichTextField:
    """An optional rich text with the careers pages' features."""
    return RichTextField(
        verbose_name, features=RICH_TEXT_FEATURES, blank=True, help_text=help_text
    )


def card_text(verbose_name, help_text) -> models.CharField:
    """An optional sentence or two, shown under the title and on cards."""
    return models.CharField(
        verbose_name, max_length=300, blank=True, help_text=help_text
    )


def page_panels(*panels) -> list:
    """A careers page's content panels: the base page's, then ``panels``
    (a field's name stands for its FieldPanel)."""
    return [*CareersBasePage.content_panels, *field_panels(*panels)]


def page_search(*fields) -> list:
    """A careers page's search fields: the base page's, then ``fields`` (a
    field's name stands for its SearchField)."""
    named = (index.SearchField(f) if isinstance(f, str) else f for f in fields)
    return [*CareersBasePage.search_fields, *named]


def careers_tabs(
    content, evidence=(), promote=None, settings=None
) -> _upcalls.EditHandler:
    """Content, Evidence, Promote and Publishing tabs, in that order; the
    content tab ends with the page's AI claims and the evidence cited (a
    panel of the admin's, so the tabs are built when Wagtail first asks)."""

    def build(citations_panel) -> TabbedInterface:
        tabs = [ObjectList([*content, citations_panel], heading=_("Content"))]
        if evidence:
            tabs.append(ObjectList(evidence, heading=_("Evidence")))
        tabs.append(
            ObjectList(promote or CareersBasePage.promote_panels, heading=_("Promote"))
        )
        tabs.append(
            ObjectList(settings or Page.settings_panels, heading=_("Publishing"))
        )
        return TabbedInterface(tabs)

    return _upcalls.EditHandler(build)


class CareersBasePage(EvidenceMixin, Page):
    key = key_field()
    image = optional_link(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        help_text=_("Shown on cards and when the page is shared."),
    )

    base_form_class = _upcalls.PageFormClass()

    #: The text fields the AI-claim checker reads, in reading order.
    claim_fields: tuple[str, ...] = ()
    promote_panels = [*Page.promote_panels, FieldPanel("image"), FieldPanel("key")]
    #: The Evidence tab's panels (none: the page has no Evidence tab).
    evidence_panels: list = []

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        """A careers page is edited in ``careers_tabs`` of its own panels
        (content, evidence, promote, publishing) unless it sets ``edit_handler``."""
        super().__init_subclass__(**kwargs)
        if "edit_handler" not in cls.__dict__:
            cls.edit_handler = careers_tabs(
                cls.content_panels,
                cls.evidence_panels,
                cls.promote_panels,
                cls.settings_panels,
            )

    def __str__(self) -> str:
        return self.title

    def _get_FIELD_display(self, field):
        """What Django's ``get_<field>_display`` gives, without translating
        every label of the field's choices: Django hashes them all (each a
        lazy translation) for every call; a job card asks three times (a
        quarter of the card's rendering)."""
        value = getattr(self, field.attname)
        label = choice_labels(field).get(make_hashable(value), value)
        return force_str(label, strings_only=True)

    def clean(self) -> None:
        if not self.key and self.slug:
            self.key = self._free_key(self.slug[:80])
        super().clean()
        self._check_slug_is_not_reserved()
        if self.key and self.locale_id:
            clash = (
                type(self)
                .objects.filter(key=self.key, locale_id=self.locale_id)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if clash:
                raise ValidationError(
                    {"key": _("Another page in this language uses this reference id.")}
                )

    def minimal_clean(self) -> None:
        """What a draft's save checks (Wagtail: title and slug)."""
        super().minimal_clean()
        self._check_slug_is_not_reserved()

    def _check_slug_is_not_reserved(self) -> None:
        error = reserved_slug_error(self.slug, self.get_parent() if self.path else None)
        if error is not None:
            raise ValidationError({"slug": error})

    @property
    def current_workflow_task(self):
        """The task in progress, or a falsy stand-in once the workflow has
        ended: a request that began while the task was open (a double click
        on "Approve") then finds nothing left to do instead of calling None."""
        return super().current_workflow_task or FINISHED_TASK

    def copy_for_translation(
        self, locale, copy_parents=False, alias=False, exclude_fields=None
    ):
        """A translation starts without citations: they name the source's
        sentences, which the translation's text no longer holds (an alias
        keeps them: its text is the source's)."""
        if not alias:
            exclude_fields = [*(exclude_fields or ()), "claim_citations"]
        return super().copy_for_translation(
            locale,
            copy_parents=copy_parents,
            alias=alias,
            exclude_fields=exclude_fields,
        )

    copy_for_translation.alters_data = True

    def claim_texts(self) -> dict[str, str]:
        """The checked text of this page, field by field (HTML kept)."""
        return {name: str(getattr(self, name) or "") for name in self.claim_fields}

    def get_view_restrictions(self):
        """Wagtail's check of the page and its ancestors (two queries), only
        where one of the hidden sections the request has read may hold a
        restriction: none applies elsewhere."""
        if not _upcalls.may_be_private(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_sitemap_urls(self, request=None):
        """What wagtail.contrib.sitemaps lists for this page."""
        return _upcalls.sitemap_urls(self, request)

    def get_context(self, request, *args, **kwargs):
        """What the page's template shows, read in a fixed number of queries."""
        context = super().get_context(request, *args, **kwargs)
        context.update(_upcalls.page_context(self, request))
        return context


class CareersChildPage(CareersBasePage):
    """A page of a careers home, with no pages below it."""

    parent_page_types = ["careers.CareersIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        abstract = True


class CareersSectionPage(CareersChildPage):
    """A careers home's one page of its kind (the AI roadmap, the community
    page), introduced by ``intro`` (a field of the subclass's), the text the
    checker reads."""

    claim_fields = ("intro",)
    max_count_per_parent = 1

    content_panels = page_panels("intro")
    search_fields = page_search("intro")

    class Meta:
        abstract = True
