"""The OpenAPI document, JSON first, cached and conditional like the data."""

from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiYamlRenderer
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response

from .base import CachedGetMixin


@extend_schema(exclude=True)
class SchemaView(CachedGetMixin, SpectacularAPIView):
    renderer_classes = [OpenApiJsonRenderer, OpenApiYamlRenderer]
    extra_params = frozenset({"format", "lang"})

    def read(self, request, *args, **kwargs) -> Response:
        return SpectacularAPIView.get(self, request, *args, **kwargs)
