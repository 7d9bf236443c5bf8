"""Demo pictures drawn with Pillow, so the demo needs no downloads: portraits
with initials, a logo, and harbour scenes for the hero, teams and stories."""

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


CONTAINERS = [
    (11, 83, 148),
    (224, 122, 47),
    (47, 143, 107),
    (201, 66, 63),
    (242, 184, 75),
    (107, 92, 165),
]
STEEL = (31, 42, 55)


def _vertical(size, top, bottom) -> PILImage.Image:
    width, height = size
    img = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    return img


def _stack(draw, x: int, base: int, rows: int, digest: bytes, offset: int) -> None:
    """A column of shipping containers, ribbed, in the palette's colours."""
    w, h = 150, 62
    for row in range(rows):
        colour = CONTAINERS[digest[(offset + row) % len(digest)] % len(CONTAINERS)]
        top = base - (row + 1) * h
        draw.rectangle((x, top, x + w, top + h - 4), fill=colour)
        for rib in range(x + 12, x + w - 6, 14):
            draw.line([(rib, top + 6), (rib, top + h - 10)], fill=(0, 0, 0), width=2)


def _crane(draw, x: int, quay: int, height: int) -> None:
    top = quay - height
    for leg in (x, x + 120):
        draw.line([(leg, quay), (leg + 20, top)], fill=STEEL, width=14)
    draw.line([(x - 160, top), (x + 330, top)], fill=STEEL, width=16)
    draw.line([(x + 70, top - 110), (x - 160, top)], fill=STEEL, width=6)
    draw.line([(x + 70, top - 110), (x + 330, top)], fill=STEEL, width=6)
    draw.rectangle((x + 40, top - 120, x + 100, top), fill=(224, 122, 47))
    draw.line([(x - 90, top), (x - 90, top + 170)], fill=STEEL, width=3)


def banner(title: str) -> PILImage.Image:
    """A harbour scene, different for every title: sky, water, cranes and
    stacks of containers (flat illustration, no gradient wallpaper)."""
    digest = hashlib.sha256(title.encode()).digest()
    width, height = 1600, 900
    img = _vertical((width, height), (198, 222, 240), (246, 249, 252))
    draw = ImageDraw.Draw(img)
    sun_x = 200 + digest[0] * 5
    draw.ellipse((sun_x - 70, 90, sun_x + 70, 230), fill=(255, 210, 122))
    quay = 640
    draw.rectangle((0, quay, width, quay + 40), fill=(70, 78, 90))
    water = _vertical((width, height - quay - 40), (11, 83, 148), (6, 48, 88))
    img.paste(water, (0, quay + 40))
    for i in range(6):
        y = quay + 80 + i * 38
        x = (digest[i] * 7) % 400
        draw.line([(x, y), (x + 260, y)], fill=(120, 170, 210), width=3)
        draw.line([(x + 700, y + 12), (x + 900, y + 12)], fill=(120, 170, 210), width=3)
    x = 60 + digest[1] % 80
    column = 0
    while x < width - 160:
        rows = 2 + digest[(column + 5) % len(digest)] % 4
        _stack(draw, x, quay, rows, digest, column * 3)
        x += 160
        column += 1
        if column % 3 == 0:
            x += 90
    for n in range(1 + digest[2] % 2):
        _crane(draw, 380 + n * 640 + digest[3 + n] % 120, quay, 330 + digest[4] % 60)
    return img


def logo(name: str, colour: tuple[int, int, int]) -> PILImage.Image:
    """A square logo: the first letter on the brand colour, over a wave."""
    size = 512
    img = PILImage.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(img)
    draw.text((256, 230), name[:1], fill=(255, 255, 255), font=_font(300), anchor="mm")
    for i, y in enumerate((390, 430)):
        points = [(x, y + 14 * ((x // 64 + i) % 2)) for x in range(40, 480, 64)]
        draw.line(points, fill=(255, 255, 255), width=14, joint="curve")
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
