"""An editor in the Wagtail admin over real HTTP: read a form as a browser
would send it, fill in some fields, post it."""

from __future__ import annotations

import json

import requests
from bs4 import BeautifulSoup

SKIPPED_INPUTS = {"submit", "button", "image", "file", "reset"}


class AdminClient:
    def __init__(self, base: str) -> None:
        self.base = base
        self.session = requests.Session()

    def get(self, path: str) -> requests.Response:
        return self.session.get(self.base + path, allow_redirects=False, timeout=120)

    def post(self, path: str, data: dict) -> requests.Response:
        headers = {"Referer": self.base + path}
        return self.session.post(
            self.base + path,
            data=data,
            headers=headers,
            allow_redirects=False,
            timeout=120,
        )

    def login(self, username: str, password: str) -> None:
        form = self.form("/admin/login/")
        form.update(username=username, password=password)
        response = self.post("/admin/login/", form)
        if response.status_code != 302:
            raise AssertionError(f"admin login failed: {response.status_code}")

    def form(self, path: str, form_id: str | None = None) -> dict:
        """The fields of the page's (first POST) form, as a browser sends them."""
        response = self.get(path)
        if response.status_code != 200:
            raise AssertionError(f"GET {path}: {response.status_code}")
        soup = BeautifulSoup(response.text, "html.parser")
        form = soup.find("form", id=form_id) if form_id else None
        form = form or soup.find("form", method=lambda m: m and m.lower() == "post")
        data: dict[str, list[str]] = {}
        for field in form.find_all(["input", "textarea", "select"]):
            name = field.get("name")
            if not name:
                continue
            for value in _values(field):
                data.setdefault(name, []).append(value)
        return data

    def add_page(self, model: str, parent_id: int, **fields) -> requests.Response:
        path = f"/admin/pages/add/careers/{model}/{parent_id}/"
        data = self.form(path, "page-edit-form")
        data.update({k: v if isinstance(v, list) else [v] for k, v in fields.items()})
        data["action-publish"] = ["action-publish"]
        return self.post(path, data)

    def add_snippet(self, model: str, **fields) -> requests.Response:
        path = f"/admin/snippets/careers/{model}/add/"
        data = self.form(path)
        data.update({k: [v] for k, v in fields.items()})
        return self.post(path, data)

    @staticmethod
    def rich_text(text: str) -> str:
        """One paragraph in the rich text editor's format (Draftail's)."""
        block = {
            "key": "a1b2c",
            "type": "unstyled",
            "depth": 0,
            "text": text,
            "inlineStyleRanges": [],
            "entityRanges": [],
            "data": {},
        }
        return json.dumps({"blocks": [block], "entityMap": {}})


def _values(field) -> list[str]:
    if field.name == "textarea":
        return [field.get_text()]
    if field.name == "select":
        chosen = [o.get("value", o.get_text()) for o in field.find_all("option")]
        selected = [
            o.get("value", o.get_text())
            for o in field.find_all("option")
            if o.has_attr("selected")
        ]
        if selected or field.has_attr("multiple"):
            return selected
        return chosen[:1]
    kind = (field.get("type") or "text").lower()
    if kind in SKIPPED_INPUTS:
        return []
    if kind in {"checkbox", "radio"}:
        return [field.get("value", "on")] if field.has_attr("checked") else []
    return [field.get("value", "")]
