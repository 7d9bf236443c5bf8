import os

from .base import *  # noqa: F403
from .base import BASE_DIR, RATE_CACHE, SHARED_CACHE_SECONDS

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105  # nosec B105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Tests measure rendering; tests/pages/test_page_cache.py turns the page cache
# on, and the fault tests' gunicorn through the environment.
CAREERS = {
    "TEMPLATES": {"LAYOUT": "base.html"},
    "PAGES": {
        "CACHE_SECONDS": int(os.environ.get("CAREERS_PAGE_CACHE_SECONDS", "0")),
        "SHARED_CACHE_SECONDS": SHARED_CACHE_SECONDS,
    },
    "API": {"RATE_CACHE": RATE_CACHE},
}
