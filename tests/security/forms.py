"""The fields of a rendered HTML form, as a browser would submit them."""

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, form_id: str | None):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, form_id is None, []
        self._textarea = self._select = None
        self._multiple = False
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and self.form_id is not None:
            self.inside = a.get("id") == self.form_id
        if not self.inside or "name" not in a and tag not in ("option",):
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("checkbox", "radio"):
                self.fields.append((a["name"], a.get("value") or "on"))
            elif kind not in ("submit", "button", "file", "image"):
                self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea":
            self._textarea = [a["name"], ""]
        elif tag == "select":
            self._select, self._options = a["name"], []
            self._multiple = "multiple" in a
        elif tag == "option" and self._select is not None:
            self._options.append((a.get("value", ""), "selected" in a))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            chosen = [v for v, selected in self._options if selected]
            if not chosen and not self._multiple:
                chosen = [v for v, _s in self._options[:1]]
            for value in chosen:
                self.fields.append((self._select, value))
            self._select = None
        elif tag == "form" and self.form_id is not None:
            self.inside = False


def form_fields(html: str, form_id: str | None = "page-edit-form") -> dict:
    """{name: value or [values]} of the form with ``form_id``."""
    parser = _FormParser(form_id)
    parser.feed(html)
    data: dict = {}
    for name, value in parser.fields:
        if name not in data:
            data[name] = value
        elif isinstance(data[name], list):
            data[name].append(value)
        else:
            data[name] = [data[name], value]
    return data
