"""schema.org ``JobPosting`` for an open job post, as Google for Jobs reads it:
https://developers.google.com/search/docs/appearance/structured-data/job-posting
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from careers.models import JobPostingPage, OrganisationProfile, WorkplaceType
from careers.selectors.look import JSONLD_LOGO_RENDITION, look_image

LOGO_RENDITION = JSONLD_LOGO_RENDITION

#: Characters that could end a <script> element or start an entity, written as
#: JSON escapes: a title holding "</script>" cannot break out of the block.
_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
_UNSAFE.update({0x2028: "\\u2028", 0x2029: "\\u2029"})

DESCRIPTION_FIELDS = ("introduction", "tasks", "profile", "offer")


def script_json(data: Any) -> SafeString:
    """``data`` as JSON that is safe inside a <script> element."""
    # Safe: < > & and the line separators are escaped, nothing ends the element.
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_UNSAFE))  # noqa: S308  # nosec


def number(value: Decimal | int | None) -> int | float | None:
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def iso(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def description_html(job: JobPostingPage) -> str:
    """The job's sections as HTML, each under its heading."""
    parts = []
    for name in DESCRIPTION_FIELDS:
        html = str(getattr(job, name) or "").strip()
        if html:
            heading = capfirst(str(job._meta.get_field(name).verbose_name))
            parts.append(f"<h2>{escape(heading)}</h2>{expand_db_html(html)}")
    return "".join(parts) or f"<p>{escape(job.title)}</p>"


def organisation(request: HttpRequest) -> dict[str, Any]:
    site = Site.find_for_request(request)
    profile = OrganisationProfile.shown_for(site) if site else None
    name = (profile and profile.name) or (site and site.site_name)
    org: dict[str, Any] = {
        "@type": "Organization",
        "name": name or getattr(settings, "WAGTAIL_SITE_NAME", ""),
    }
    if profile and profile.website:
        org["sameAs"] = profile.website
    if profile and profile.logo_id:
        rendition = look_image(profile.logo_id).get_rendition(LOGO_RENDITION)
        org["logo"] = request.build_absolute_uri(rendition.url)
    return org


def postal_address(location) -> dict[str, Any]:
    address = {
        "@type": "PostalAddress",
        "streetAddress": location.street_address,
        "addressLocality": location.city,
        "postalCode": location.postal_code,
        "addressRegion": location.region,
        "addressCountry": location.country.code,
    }
    return {key: value for key, value in address.items() if value}


def job_posting(
    job: JobPostingPage, *, request: HttpRequest, locations: list, countries: list
) -> dict[str, Any]:
    """The JobPosting of an open job; ``locations`` (with their country) and
    ``countries`` are the job's, already fetched."""
    hiring = organisation(request)
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": description_html(job),
        "url": job.get_full_url(request),
        "datePosted": iso(job.first_published_at or timezone.now()),
        "employmentType": job.employment_type,
        "hiringOrganization": hiring,
        "identifier": {
            "@type": "PropertyValue",
            "name": hiring["name"],
            "value": job.requisition_id or job.evidence_id,
        },
        "directApply": False,
    }
    if job.expire_at:
        data["validThrough"] = iso(job.expire_at)
    if locations:
        data["jobLocation"] = [
            {"@type": "Place", "address": postal_address(loc)} for loc in locations
        ]
    if job.workplace_type == WorkplaceType.REMOTE:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = [
            {"@type": "Country", "name": country.name} for country in countries
        ]
    if job.has_salary:
        value = {"@type": "QuantitativeValue", "unitText": job.salary_period}
        value["minValue"] = number(job.salary_min)
        if job.salary_max is not None:
            value["maxValue"] = number(job.salary_max)
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": job.salary_currency,
            "value": value,
        }
    return data


def job_posting_script(job: JobPostingPage, **kwargs) -> SafeString:
    return script_json(job_posting(job, **kwargs))
