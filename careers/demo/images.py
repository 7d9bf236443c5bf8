"""Demo pictures drawn with Pillow, so the demo needs no downloads: portraits
with initials, and abstract banners for teams and stories."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

PALETTE = [
    ((14, 59, 92), (46, 134, 171)),
    ((32, 80, 62), (88, 170, 120)),
    ((92, 38, 74), (196, 98, 140)),
    ((70, 52, 20), (214, 160, 72)),
    ((36, 36, 84), (120, 112, 220)),
]


def _colours(seed: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    digest = hashlib.sha256(seed.encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def _gradient(size: tuple[int, int], seed: str) -> PILImage.Image:
    (r1, g1, b1), (r2, g2, b2) = _colours(seed)
    width, height = size
    img = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for x in range(width):
        t = x / max(width - 1, 1)
        colour = (
            int(r1 + (r2 - r1) * t),
            int(g1 + (g2 - g1) * t),
            int(b1 + (b2 - b1) * t),
        )
        draw.line([(x, 0), (x, height)], fill=colour)
    return img


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # very old Pillow
        return ImageFont.load_default()


def portrait(name: str) -> PILImage.Image:
    img = _gradient((400, 400), name)
    initials = "".join(part[0] for part in name.replace("Dr. ", "").split()[:2])
    draw = ImageDraw.Draw(img)
    draw.ellipse((40, 40, 360, 360), outline=(255, 255, 255), width=6)
    draw.text((200, 200), initials, fill=(255, 255, 255), font=_font(150), anchor="mm")
    return img


def banner(title: str) -> PILImage.Image:
    img = _gradient((1600, 900), title)
    draw = ImageDraw.Draw(img)
    digest = hashlib.sha256(title.encode()).digest()
    for i in range(9):
        x, y = digest[i] * 6, digest[i + 9] * 3.5
        r = 40 + digest[i + 18] // 2
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255), width=4)
    for i in range(5):
        y = 150 + i * 150
        draw.line([(0, y), (1600, y - digest[i] * 2)], fill=(255, 255, 255), width=2)
    return img


def wagtail_image(title: str, picture: PILImage.Image, *, alt: str = ""):
    """The Wagtail image titled ``title``, created once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    digest = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()
    filename = f"demo-{digest[:10]}.jpg"
    image = Image(title=title, description=alt or title)
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image
