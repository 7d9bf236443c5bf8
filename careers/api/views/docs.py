"""The OpenAPI document (JSON first, cached and conditional like the data)
and its two readers, Redoc and Swagger UI.

Self-contained, so that a host needs no DRF or drf-spectacular settings and
not even drf-spectacular among its apps (its deploy check would generate a
document of every DRF view of the host with the host's settings): every API
view names its schema class (``ApiViewMixin``), the document takes its
settings from ``SCHEMA_SETTINGS`` and lists only the careers API's endpoints
(not, say, Wagtail's admin API), and the readers are our own templates with
scripts from drf-spectacular-sidecar's static files."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from drf_spectacular.renderers import (
    OpenApiJsonRenderer,
    OpenApiJsonRenderer2,
    OpenApiYamlRenderer,
    OpenApiYamlRenderer2,
)
from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response

from .base import ApiViewMixin, CachedGetMixin

TITLE = "Careers API"
SCHEMA_SETTINGS = {
    "TITLE": TITLE,
    "DESCRIPTION": "Open jobs, teams, AI roadmap, impact stories and community "
    "activities, with the evidence behind every AI claim.",
    "VERSION": "1.0.0",
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["careers.api.views.docs.only_careers_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "careers.api.schema.nullable_references",
    ],
}


def sidecar(path: str) -> str:
    """A file of drf-spectacular-sidecar, served with the site's static files."""
    return static(f"drf_spectacular_sidecar/{path}")


def only_careers_api(endpoints):
    """The careers API's own data endpoints, wherever the host mounted it:
    not the host's other DRF views, nor the document and its readers."""
    return [
        endpoint
        for endpoint in endpoints
        if issubclass(getattr(endpoint[3], "cls", object), ApiViewMixin)
        and not issubclass(endpoint[3].cls, SpectacularAPIView)
    ]


class YamlRenderer(OpenApiYamlRenderer):
    media_type = "application/x-yaml"


class TextYamlRenderer(OpenApiYamlRenderer):
    media_type = "text/yaml"


class SchemaView(CachedGetMixin, SpectacularAPIView):
    """JSON to JSON types and to any reader (the first renderer answers
    ``*/*`` and a missing ``Accept``), YAML to every YAML type."""

    renderer_classes = [
        OpenApiJsonRenderer,
        OpenApiJsonRenderer2,
        OpenApiYamlRenderer,
        OpenApiYamlRenderer2,
        YamlRenderer,
        TextYamlRenderer,
    ]
    extra_params = frozenset({"format", "lang"})
    custom_settings = SCHEMA_SETTINGS

    def representation(self) -> str:
        return self.request.accepted_media_type

    def read(self, request, *args, **kwargs) -> Response:
        return SpectacularAPIView.get(self, request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ["Accept"])
        return response


def _reader(template: str, **assets: str):
    """A reader of the OpenAPI document: a view rendering ``template`` with the
    document's address and its scripts and styles (``assets``: sidecar paths
    by the name the template uses)."""

    @require_safe
    def view(request: HttpRequest) -> HttpResponse:
        return TemplateResponse(
            request,
            template,
            {
                "title": TITLE,
                "schema_url": reverse("careers_api_schema"),
                **{name: sidecar(path) for name, path in assets.items()},
            },
        )

    return view


#: The API reference (Redoc), reading the OpenAPI document.
redoc = _reader("careers/api/redoc.html", redoc_js="redoc/bundles/redoc.standalone.js")

#: The API to try out (Swagger UI), reading the OpenAPI document.
swagger = _reader(
    "careers/api/swagger.html",
    swagger_css="swagger-ui-dist/swagger-ui.css",
    swagger_js="swagger-ui-dist/swagger-ui-bundle.js",
    favicon="swagger-ui-dist/favicon-32x32.png",
)
