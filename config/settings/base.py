"""Settings shared by every environment; everything site-specific comes from the
environment (DATABASE_URL, REDIS_URL, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS)."""

import hashlib
import os
import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def rate_cache_dir(database: dict) -> str:
    """A folder of this machine's temporary files, one per database, so that
    two sites (or test runs) on one machine never share their counts; only
    ours (the cache unpickles what it finds there)."""
    name = f"{database.get('HOST', '')}:{database.get('PORT', '')}/{database['NAME']}"
    digest = hashlib.sha256(name.encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"careers-rates-{os.getuid()}-{digest}"
    path.mkdir(mode=0o700, exist_ok=True)
    found = path.lstat()
    if found.st_uid != os.getuid() or found.st_mode & 0o077 or path.is_symlink():
        raise ImproperlyConfigured(
            f"{path} belongs to another user or is open to others: set "
            "CAREERS_RATE_CACHE_DIR to a folder of this user's own."
        )
    return str(path)


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
DEBUG = False

INSTALLED_APPS = [
    "careers",
    "cms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "drf_spectacular_sidecar",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
    # Admin sign-in throttling (per account and per address): our host's
    # choice, configured below; the careers module does not need it.
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # django-csp's, with previews framable by the admin (config/middleware.py).
    "config.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The database down: 503 with Retry-After, no traceback (config/middleware.py).
    "config.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a sign-in refused by axes' backend into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Last: repeat visits without a session answered from the page cache
    # before routing (careers/page_cache.py); every middleware above still runs.
    "careers.page_cache.CachedPageMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
#: SQLite for a small team: the write-ahead log lets pages be read while an
#: editor saves; every transaction takes the write lock when it begins
#: (IMMEDIATE), so autosave and publish queue behind each other for up to
#: 20 s instead of failing with "database is locked" (Django 5.2 options).
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Short web queries: PostgreSQL's JIT compiles a listing query for ~400 ms
    # when its cost estimate is high, and gains nothing back (make bench).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Fails open: when Redis is down the site keeps serving, uncached.
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "careers"),
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    RATE_CACHE = "default"
else:
    # Each worker keeps its own pages and bodies (safe: what decides that a
    # copy is still valid is in the database, careers.versioning). Rate
    # limits must be counted once for all workers: in a file cache that the
    # processes of this machine share (diskcache: SQLite, atomic increments).
    RATE_CACHE = "rates"
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "careers",
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        RATE_CACHE: {
            "BACKEND": "diskcache.DjangoCache",
            "LOCATION": os.environ.get("CAREERS_RATE_CACHE_DIR", "")
            or rate_cache_dir(DATABASES["default"]),
            "TIMEOUT": 120,
            "OPTIONS": {"size_limit": 64 * 1024 * 1024},
        },
    }
# Wagtail writes every image rendition it hands out to this cache (else to the
# default one): a Redis round trip per image per page. The careers pages read
# their images with their renditions, so nothing would read those copies.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords
# for one account, or from one address, further attempts are refused with
# 429 until AXES_COOLOFF_TIME has passed, even with the right password.
# Counted in the database, so every worker of every machine agrees; the
# client address is the one the API's rate limits use (DJANGO_NUM_PROXIES).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("DJANGO_LOGIN_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # failures only: no record of every sign-in
AXES_CLIENT_IP_CALLABLE = "careers.api.throttles.client_ip"
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_SENSITIVE_PARAMETERS = ["password"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Internationalisation: English and German, URLs prefixed by language.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("de", _("German"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Careers")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# An approved workflow publishes only what the AI-claim gate lets through.
WAGTAIL_FINISH_WORKFLOW_ACTION = (
    "careers.admin.workflow_finish.publish_if_substantiated"
)

# Content-Security-Policy (django-csp): the public site runs no inline script
# or style and loads everything from its own origin; JSON-LD is data, not run.
# Not covered: /admin/ (Wagtail's admin runs inline scripts and styles) and
# /api/v1/docs/ (drf-spectacular's Redoc and Swagger UI start with inline
# scripts; developer documentation of our own schema, no user content).
# Documents (/documents/) carry Wagtail's stricter "default-src 'none'",
# which the middleware leaves in place. Media on another host (S3, a CDN):
# add its origin to DJANGO_CSP_IMG_SRC.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/api/v1/docs/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *env_list("DJANGO_CSP_IMG_SRC")],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Optional: an HTTP cache in front (Varnish with config/varnish/default.vcl),
# purged through wagtail.contrib.frontend_cache for exactly the URLs a change
# affects (careers.frontend_cache). Off unless CAREERS_FRONTEND_CACHE_URL
# names the cache's address; then pages may be kept there for
# CAREERS_SHARED_CACHE_SECONDS (docs/settings.md).
FRONTEND_CACHE_URL = os.environ.get("CAREERS_FRONTEND_CACHE_URL", "")
SHARED_CACHE_SECONDS = 0
if FRONTEND_CACHE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    # Each translation is purged at its own URL (its slug may differ), so
    # Wagtail need not guess one per language.
    WAGTAILFRONTENDCACHE_LANGUAGES = []
    SHARED_CACHE_SECONDS = int(os.environ.get("CAREERS_SHARED_CACHE_SECONDS", "3600"))

CAREERS = {
    # The careers pages in this site's layout (templates/base.html), as
    # docs/templates.md tells any host.
    "TEMPLATES": {"LAYOUT": "base.html"},
    "PAGES": {
        "CACHE_SECONDS": int(os.environ.get("CAREERS_PAGE_CACHE_SECONDS", "3600")),
        "SHARED_CACHE_SECONDS": SHARED_CACHE_SECONDS,
    },
    "API": {"RATE_CACHE": RATE_CACHE},
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    # Client IPs for throttling: REMOTE_ADDR unless a known number of proxies
    # sits in front (then the matching X-Forwarded-For entry). Never trust XFF blindly.
    "NUM_PROXIES": int(os.environ.get("DJANGO_NUM_PROXIES", "0")),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "careers": {"level": os.environ.get("CAREERS_LOG_LEVEL", "INFO")},
        "config": {"level": "INFO"},
    },
}
