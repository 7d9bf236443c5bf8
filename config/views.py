"""Host-site views outside the page tree."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """'ok' for load balancers, without touching the database, the cache or
    the session; the benchmark's ceiling for a Django view."""
    return HttpResponse("ok", content_type="text/plain")
