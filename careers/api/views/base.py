"""What every API view shares: API-key authentication (no sessions, no Basic),
rate limits with headers, JSON only, strict query strings and HTTP caching."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from django.http import HttpResponseBase, JsonResponse
from drf_spectacular.openapi import AutoSchema
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from ..auth import ApiKeyAuthentication
from ..http_cache import HttpCache
from ..params import reject_unknown
from ..throttles import ApiRateThrottle, rate_headers

API_URLCONF = "careers.api.urls"


class ApiViewMixin:
    # Named here, so the OpenAPI document needs no DEFAULT_SCHEMA_CLASS.
    schema = AutoSchema()
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [AllowAny]
    throttle_classes = [ApiRateThrottle]
    renderer_classes = [JSONRenderer]
    #: Query parameters besides the filter set's; anything else is a 400.
    extra_params: frozenset[str] = frozenset()

    def allowed_params(self) -> set[str]:
        allowed = set(self.extra_params)
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        return allowed

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        rate_headers(request, response)
        if response.status_code == 404:
            keep_not_found(request)
        return response


def keep_not_found(request) -> None:
    """Stop the host's LocaleMiddleware from redirecting an API 404 to a
    language-prefixed page URL: it only does so when the request's URLconf
    uses i18n_patterns, and the API's own URLconf does not."""
    getattr(request, "_request", request).urlconf = API_URLCONF


class CachedGetMixin(ApiViewMixin):
    """GETs answer 304 or a cached body when the content version allows;
    otherwise ``read()`` builds the answer."""

    http_cache: HttpCache | None = None

    def get(self, request, *args, **kwargs) -> HttpResponseBase:
        reject_unknown(request.query_params, self.allowed_params())
        self.http_cache = HttpCache(request, representation=self.representation())
        if self.http_cache.is_not_modified():
            return self.http_cache.not_modified()
        hit = self.http_cache.cached()
        if hit is not None:
            return hit
        with collector_paused():
            return self.read(request, *args, **kwargs)

    def representation(self) -> str:
        """The answer's format when the view offers several (see ``Vary``)."""
        return ""

    def read(self, request, *args, **kwargs) -> Response:
        raise NotImplementedError

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        state = self.http_cache
        if state is not None and response.status_code == 200:
            if isinstance(response, Response) and not response.is_rendered:
                response.render()
                state.store(response)
            state.decorate(response)
        return response


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while an answer is built: a page
    of 500 jobs makes hundreds of thousands of objects that all live until the
    answer is rendered, and the collector's passes over them (each time 700
    more were made) found nothing to free but were a third of the time of a
    change feed page. What the answer leaves behind is collected afterwards,
    when the collector next runs. Only a pause that found it on turns it on
    again (answers built at once in threads: the first one's)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class ApiView(CachedGetMixin, APIView):
    pass


def not_found(request, *args, **kwargs) -> JsonResponse:
    """Any other path under /api/v1/: a JSON 404 (not a redirect)."""
    keep_not_found(request)
    return JsonResponse({"detail": "Not found."}, status=404)
