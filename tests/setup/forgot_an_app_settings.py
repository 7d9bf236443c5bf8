"""The test settings of a host that forgot one app the careers module needs."""

from config.settings.test import *  # noqa: F403
from config.settings.test import INSTALLED_APPS

INSTALLED_APPS = [a for a in INSTALLED_APPS if a != "wagtail.contrib.settings"]
