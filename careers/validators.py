"""Validators for what editors and bundles put into links candidates follow.

A public link must be http(s) to a public host: no ``javascript:``, ``data:``
or ``file:`` URLs, no credentials in the URL, and no localhost, private,
loopback, link-local or otherwise non-global address, however it is written
(decimal, hexadecimal, IPv4-mapped IPv6). Host names are not resolved: the
site never fetches these URLs, it only shows them."""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".localdomain")


def ip_of(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a literal host means, also in the forms browsers accept
    (``2130706433``, ``0x7f.1``), else None for a host name."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    try:
        return ipaddress.ip_address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def is_public_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None) or getattr(ip, "sixtofour", None)
    if mapped is not None:
        return is_public_ip(mapped)
    return ip.is_global and not ip.is_multicast


@deconstructible
class PublicURLValidator:
    message = _("Enter a public http(s) address, e.g. https://example.com/jobs.")
    code = "invalid_public_url"

    def __call__(self, value: str) -> None:
        URLValidator(schemes=["http", "https"], message=self.message)(value)
        parts = urlsplit(value)
        host = (parts.hostname or "").rstrip(".").lower()
        if parts.username is not None or parts.password is not None:
            raise ValidationError(self.message, code=self.code)
        if not host or host == "localhost" or host.endswith(LOCAL_SUFFIXES):
            raise ValidationError(self.message, code=self.code)
        ip = ip_of(host)
        if ip is not None and not is_public_ip(ip):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, PublicURLValidator)


validate_public_url = PublicURLValidator()
