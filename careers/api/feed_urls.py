"""RSS, Atom and Indeed feeds."""

urlpatterns: list = []
