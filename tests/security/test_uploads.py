"""Uploads are limited by type and size: no HTML, SVG or script documents, no
SVG images, nothing that only pretends to be an image, no image over the
pixel or byte limit; documents are served with a restrictive CSP, nosniff and
(but for PDF) as attachments; the public site serves no image
renditions of a visitor's choosing."""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(2)</script></svg>"
)
HTML = b"<!doctype html><script>alert(document.cookie)</script>"


def png(size=(40, 30), mode="RGB", padding: int = 0) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, "PNG")
    return out.getvalue() + b"\0" * padding


def upload_image(client, name: str, content: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content)},
    )


def upload_document(client, name: str, content: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content)},
    )


def test_a_real_image_uploads(admin_client):
    response = upload_image(admin_client, "team.png", png())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="team.png").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG),
        ("logo.png", SVG),
        ("page.png", HTML),
        ("page.html", HTML),
        ("script.js.png", b"alert(1)"),
    ],
)
def test_images_that_are_not_raster_images_are_refused(admin_client, name, content):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200  # the form again, with its error
    assert not get_image_model().objects.exists()


def test_an_image_over_the_pixel_limit_is_refused(admin_client):
    """Checked from the header, before any decoding: a decompression bomb of
    a few kilobytes does not get to allocate its pixels."""
    side = int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS**0.5) + 10
    bomb = png((side, side), mode="1")
    assert len(bomb) < 2 * 1024 * 1024
    response = upload_image(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert "pixels" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_image_over_the_byte_limit_is_refused(admin_client):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    assert limit <= 10 * 1024 * 1024
    response = upload_image(admin_client, "big.png", png(padding=limit))
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "name",
    ["page.html", "page.htm", "logo.svg", "app.js", "page.xhtml", "run.sh", "x.exe"],
)
def test_documents_of_dangerous_types_are_refused(admin_client, name):
    response = upload_document(admin_client, name, HTML)
    assert response.status_code == 200
    assert "extension" in response.content.decode().lower()
    assert not get_document_model().objects.exists()


def test_a_document_over_the_byte_limit_is_refused(admin_client):
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    assert limit <= 10 * 1024 * 1024
    response = upload_document(admin_client, "big.txt", b"x" * (limit + 1))
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content_type", "inline"),
    [
        ("notes.txt", "text/plain", False),
        ("report.pdf", "application/pdf", True),
        ("sheet.csv", "text/csv", False),
    ],
)
def test_documents_are_served_so_that_nothing_in_them_runs(
    admin_client, client, name, content_type, inline
):
    assert upload_document(admin_client, name, HTML).status_code == 302
    document = get_document_model().objects.get(title=name)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline" if inline else "attachment")


def test_the_public_site_serves_no_renditions_of_a_visitors_choosing():
    """Wagtail's dynamic image view (any filter spec, any size) is not
    mounted; the site's own templates ask for a few fixed renditions."""
    with pytest.raises(NoReverseMatch):
        reverse("wagtailimages_serve", args=["sig", 1, "width-100000"])
