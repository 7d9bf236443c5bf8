"""How the careers pages of a site look, from its organisation profile: the
brand stylesheet, logo, favicon, hero image and footer. Images come with the
renditions the templates use, in one query."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from careers import branding, request_memo, version_cache, versioning
from careers.evidence import seen_site
from careers.languages import active_locale
from careers.models import OrganisationProfile

LOGO_RENDITIONS = ("height-48", "height-96")
FAVICON_RENDITIONS = ("fill-32x32|format-png", "fill-180x180|format-png")
HERO_RENDITIONS = (
    "fill-720x480|format-webp",
    "fill-1200x800|format-webp",
    "fill-1600x900|format-webp",
)
#: Also asked for by the sharing data and the job posts' JSON-LD: fetched with
#: the others, so that the page reads each image once.
SHARE_RENDITION = "fill-1200x630"
JSONLD_LOGO_RENDITION = "max-512x512"
DEFAULT_FAVICON = "careers/favicon.svg"


LOOK_RENDITIONS = (
    *LOGO_RENDITIONS,
    *FAVICON_RENDITIONS,
    *HERO_RENDITIONS,
    SHARE_RENDITION,
    JSONLD_LOGO_RENDITION,
)


def look_ids(request: HttpRequest, hero_id: int | None = None) -> list[int]:
    """The images the look of a page with the hero ``hero_id`` shows."""
    profile = site_profile(request)
    ids = (profile.logo_id, profile.favicon_id, hero_id or profile.default_hero_id)
    return [pk for pk in ids if pk]


def expect_look(request: HttpRequest, hero_id: int | None = None) -> None:
    """Note the look's images, so that the first images a page reads
    (``page_images``) come with them, in the same query."""
    request_memo.memo("look_expected")["ids"] = look_ids(request, hero_id)


def page_images(ids, specs: tuple[str, ...] = ()) -> dict[int, Any]:
    """The images ``ids`` with the renditions ``specs`` and the look's, read
    with any of the look's images not read yet (one query for the images, one
    for their renditions), and kept for the request."""
    kept = request_memo.memo("look_images")
    read_with = request_memo.memo("look_specs")  # the renditions each came with
    own, specs = specs, tuple(dict.fromkeys([*LOOK_RENDITIONS, *specs]))
    expected = request_memo.memo("look_expected").pop("ids", [])
    # The look's images need only the look's renditions.
    needs = {pk: set(LOOK_RENDITIONS) for pk in expected if pk}
    needs.update({pk: set(specs) for pk in ids if pk})
    wanted = [
        pk
        for pk, need in needs.items()
        if pk not in kept or not need <= read_with.get(pk, set())
    ]
    if wanted and own:
        wanted = _kept_images(wanted, set(specs))
    if wanted:
        found = get_image_model().objects.prefetch_renditions(*specs).in_bulk(wanted)
        kept.update(found)
        read_with.update(dict.fromkeys(found, set(specs)))
        if own:
            _keep_images(found, own, set(specs))
    return {pk: kept[pk] for pk in ids if pk in kept}


#: An image read with the renditions a page asked for, per site content
#: version (an edited image makes a new one): the people, stories and teams
#: a page shows, read once for the pages after it.
IMAGE_KEY = "careers:image:{token}:{pk}"
IMAGE_SECONDS = 24 * 3600


def _image_keys(ids) -> dict[int, str]:
    keys = {pk: versioning.site_key(IMAGE_KEY, pk=pk) for pk in ids}
    return {pk: key for pk, key in keys.items() if key is not None}


def _kept_images(wanted: list[int], specs: set[str]) -> list[int]:
    """Of ``wanted``, those not kept with at least ``specs`` (the others are
    given to this request)."""
    keys = _image_keys(wanted)
    if not keys:
        return wanted
    found = version_cache.get_many(keys.values())
    missing = []
    for pk in wanted:
        entry = found.get(keys[pk])
        if (
            isinstance(entry, dict)
            and entry.keys() == {"image", "specs"}
            and specs <= entry["specs"]
        ):
            request_memo.memo("look_images")[pk] = entry["image"]
            request_memo.memo("look_specs")[pk] = entry["specs"]
        else:
            missing.append(pk)
    return missing


def _keep_images(found: dict, own: tuple[str, ...], specs: set[str]) -> None:
    """Keep the images of ``found`` whose renditions ``own`` (what the page
    asked for) all exist: one made later in the page would be missing from
    the kept copy, and be a query for every page after."""
    keys = _image_keys(found)
    entries = {}
    for pk, image in found.items():
        have = {r.filter_spec for r in getattr(image, "prefetched_renditions", ())}
        if keys and set(own) <= have:
            entries[keys[pk]] = {"image": image, "specs": specs}
    if entries:
        version_cache.set_many(entries, IMAGE_SECONDS)


def look_image(pk: int | None):
    """The image ``pk`` as this request's look read it with its renditions,
    else read now."""
    if not pk:
        return None
    found = request_memo.memo("look_images").get(pk)
    return found if found is not None else get_image_model().objects.get(pk=pk)


def _rendition_url(image, spec: str) -> str:
    return image.get_rendition(spec).url if image is not None else ""


def localized(page: Page | None) -> Page | None:
    """``page`` in the reader's language when translated and live."""
    if page is None:
        return None
    active = active_locale()
    version = page
    if page.locale_id != active.pk:
        version = page.get_translation_or_none(active) or page
    return version if version.live else (page if page.live else None)


def footer_links(profile: OrganisationProfile, request: HttpRequest) -> list[dict]:
    links = []
    for block in profile.footer_links:
        links.append(
            {
                "label": block.value["label"],
                "url": block.value["url"],
                "lang": settings.LANGUAGE_CODE,
            }
        )
    return links


def legal_links(
    profile: OrganisationProfile, request: HttpRequest, pages: dict | None = None
) -> list[dict]:
    """The imprint and privacy pages in the reader's language. ``pages``: the
    pages by id as ``legal_pages`` found them, else they are read now."""
    ids = legal_ids(profile)
    if pages is None:
        pages = Page.objects.in_bulk(ids) if ids else {}
        pages = {pk: localized(page) for pk, page in pages.items()}
    found = []
    for pk in ids:
        page = pages.get(pk)
        if page is not None:
            found.append(
                {
                    "label": page.title,
                    "url": page.get_url(request),
                    "key": page.translation_key,
                }
            )
    return found


def legal_ids(profile: OrganisationProfile) -> list[int]:
    ids = (getattr(profile, f"{name}_id") for name in profile.LEGAL_PAGES)
    return [pk for pk in ids if pk]


def legal_pages(profile: OrganisationProfile, rows: list[Page]) -> dict:
    """What ``localized`` gives for each legal page of ``profile``, from
    ``rows``: pages read with the legal pages' translations in the reader's
    language (``legal_pages_q``)."""
    active = active_locale()
    by_pk = {row.pk: row for row in rows}
    translated = {r.translation_key: r for r in rows if r.locale_id == active.pk}
    found = {}
    for pk in legal_ids(profile):
        page = by_pk.get(pk)
        if page is None:
            continue
        version = translated.get(page.translation_key, page)
        found[pk] = version if version.live else (page if page.live else None)
    return found


def legal_pages_q(profile: OrganisationProfile) -> Q:
    """The legal pages of ``profile`` and their translations in the reader's
    language, for a query of pages."""
    ids = legal_ids(profile)
    if not ids:
        return Q(pk__in=[])
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    return Q(pk__in=ids) | Q(translation_key__in=keys, locale=active_locale())


#: A site's organisation profile and the images of its look (logo, favicon,
#: default hero, with their renditions), per site content version: every
#: change to them (settings, images) makes a new one.
LOOK_KEY = "careers:look:{token}:{site}"
LOOK_SECONDS = 24 * 3600
LOOK_PARTS = {"profile", "images", "specs"}


def site_profile(request: HttpRequest) -> OrganisationProfile:
    """The organisation profile of the request's site (read once per request,
    or kept with the look for the site's content version)."""
    site = Site.find_for_request(request)
    seen_site(site)
    if site is None:
        return OrganisationProfile()
    memo = request_memo.memo("organisation_profile")
    if site.pk not in memo:
        kept = _kept_look(site)
        if kept is not None:
            memo[site.pk] = kept["profile"]
            request_memo.memo("look_images").update(kept["images"])
            request_memo.memo("look_specs").update(kept["specs"])
    return OrganisationProfile.shown_for(site)


def _kept_look(site: Site) -> dict | None:
    key = versioning.site_key(LOOK_KEY, site=site.pk)
    found = version_cache.get(key) if key else None
    if isinstance(found, dict) and found.keys() == LOOK_PARTS:
        return found  # (what another release kept there is read again)
    request_memo.memo("look_missed")[site.pk] = key
    return None


def _keep_look(request: HttpRequest, profile: OrganisationProfile) -> None:
    """After a request that did not find the look kept has read it: keep the
    profile and its images for the next (once)."""
    site = Site.find_for_request(request)
    key = request_memo.memo("look_missed").pop(getattr(site, "pk", None), None)
    if key is None:
        return
    kept = request_memo.memo("look_images")
    used: dict[int, list[str]] = {}  # one image may be the logo and the favicon
    for pk, specs in (
        (profile.logo_id, (*LOGO_RENDITIONS, JSONLD_LOGO_RENDITION)),
        (profile.favicon_id, FAVICON_RENDITIONS),
        (profile.default_hero_id, (*HERO_RENDITIONS, SHARE_RENDITION)),
    ):
        used.setdefault(pk, []).extend(specs)
    images = {pk: kept[pk] for pk in used if pk in kept}
    for pk, image in images.items():
        # Kept with every rendition the pages ask for, made now if the page
        # has not yet: a rendition found neither kept nor made is a query.
        image.get_renditions(*used[pk])
    specs = request_memo.memo("look_specs")
    look = {
        "profile": profile,
        "images": images,
        "specs": {pk: specs.get(pk, set()) for pk in images},
    }
    version_cache.set(key, look, LOOK_SECONDS)


def site_look(
    request: HttpRequest, *, hero_id: int | None = None, legal: dict | None = None
) -> dict[str, Any]:
    """Everything the layout and footer show about the organisation's look
    (``legal``: the legal pages as ``legal_pages`` found them)."""
    profile = site_profile(request)
    hero_id = hero_id or profile.default_hero_id
    images = page_images([profile.logo_id, profile.favicon_id, hero_id])
    logo, favicon = images.get(profile.logo_id), images.get(profile.favicon_id)
    look = {
        "brand_css": reverse(
            "careers_brand_css", args=[branding.version_of(profile.brand)]
        ),
        "logo": logo,
        "favicon": _rendition_url(favicon, FAVICON_RENDITIONS[0])
        or static(DEFAULT_FAVICON),
        "touch_icon": _rendition_url(favicon, FAVICON_RENDITIONS[1]),
        "hero": images.get(hero_id),
        "footer_text": profile.footer_text,
        "contact_email": profile.contact_email,
        "legal": legal_links(profile, request, legal),
        "links": footer_links(profile, request),
        "language": translation.get_language(),
    }
    _keep_look(request, profile)  # with the renditions the look asked for
    return look
