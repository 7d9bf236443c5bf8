"""OpenAPI: document our public API only, not Wagtail's internal admin API."""


def only_public_api(endpoints):
    return [e for e in endpoints if e[0].startswith("/api/v1/")]
