"""REST API v1 (DRF)."""

urlpatterns: list = []
