"""Settings for the schemathesis run in .ci/run: test settings, a scratch SQLite
database named by CAREERS_SCHEMATHESIS_DB, and limits high enough that the fuzzer
meets no 429 (rate limits have their own tests)."""

import os

from config.settings.test import *  # noqa: F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["CAREERS_SCHEMATHESIS_DB"],
    }
}
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
CAREERS = {"API": {"ANON_RATE": 1_000_000, "KEY_RATE": 1_000_000}}
