"""Admin sign-in is throttled per account and per address (django-axes,
configured in our host's settings): after the limit, even the right
password is refused until the cool-off has passed."""

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


def sign_in(client: Client, username: str, password: str, ip: str):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_wrong_passwords_for_one_account_lock_it_from_every_address(settings):
    user = factories.user("anna", superuser=True)
    user.set_password("right-horse-battery")
    user.save()
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "anna", f"wrong-{n}", f"192.0.2.{n + 1}")
        assert response.status_code in (200, 429) and not signed_in(client)
    refused = sign_in(Client(), "anna", "right-horse-battery", "198.51.100.9")
    assert refused.status_code == 429
    assert "Too many sign-in attempts" in refused.content.decode()
    assert "right-horse-battery" not in refused.content.decode()


def test_wrong_passwords_from_one_address_lock_that_address(settings):
    ben = factories.user("ben", superuser=True)
    ben.set_password("right-horse-battery")
    ben.save()
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), f"nobody-{n}", "guess", "203.0.113.7")
    refused = Client()
    assert (
        sign_in(refused, "ben", "right-horse-battery", "203.0.113.7").status_code == 429
    )
    assert not signed_in(refused)
    elsewhere = Client()
    response = sign_in(elsewhere, "ben", "right-horse-battery", "203.0.113.8")
    assert response.status_code == 302 and signed_in(elsewhere)


def test_a_few_mistakes_then_the_right_password_sign_in(settings):
    cara = factories.user("cara", superuser=True)
    cara.set_password("right-horse-battery")
    cara.save()
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "cara", "wrong", "192.0.2.50").status_code == 200
    assert (
        sign_in(client, "cara", "right-horse-battery", "192.0.2.50").status_code == 302
    )
    assert signed_in(client)


def test_the_lockout_page_speaks_the_browsers_language(settings):
    """Before sign-in the admin follows the browser's language: a German
    editor who is locked out reads why in German."""
    settings.AXES_FAILURE_LIMIT = 1
    sign_in(Client(), "dora", "wrong", "192.0.2.77")
    refused = Client().post(
        LOGIN,
        {"username": "dora", "password": "wrong"},
        REMOTE_ADDR="192.0.2.77",
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "Zu viele Anmeldeversuche" in page
    assert "Too many sign-in attempts" not in page
