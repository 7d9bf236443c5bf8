"""Read paths for the candidate-facing pages: everything a template shows,
fetched in a fixed number of queries."""

from typing import Any

from django.http import HttpRequest


def page_context(page, request: HttpRequest) -> dict[str, Any]:
    return {}
