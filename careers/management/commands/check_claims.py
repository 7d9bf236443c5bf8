"""manage.py check_claims FILE: the AI-claim checker on a careers-claims-bundle/1.

Exit 0 when the organisation and every item are publishable, 1 when anything is
blocked, 2 when the input is not a valid bundle (one line per problem on stderr).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from careers.claims import (
    BundleError,
    check,
    parse_bundle,
    report_to_dict,
    report_to_text,
)
from careers.evidence import unsupported_language_options


class InputError(Exception):
    """The input cannot be checked; the message is one line for stderr."""


def _read(source: str, stdin: Any) -> str:
    if source == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as e:
            raise InputError(f"{source}: cannot read: {e.strerror or e}") from e
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(f"{source}: not UTF-8 text ({e.reason})") from e
    return data


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _load(text: str, source: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}"
        raise InputError(f"{source}: invalid JSON: {e.msg} ({where})") from e
    except (ValueError, RecursionError) as e:
        raise InputError(f"{source}: invalid JSON: {e}") from e


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> date:
    raise InputError(f"--as-of: {value!r} is not a date (YYYY-MM-DD)")


class Command(BaseCommand):
    stealth_options = ("stdin",)
    help = (
        "Check the AI claims of a careers-claims-bundle/1 file against its evidence. "
        "Exit 0: publishable; 1: something is blocked; 2: invalid input."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the bundle file, or - for standard input")
        parser.add_argument(
            "--format", choices=("text", "json"), default="text", dest="output"
        )
        parser.add_argument(
            "--as-of",
            dest="as_of",
            help="measure recency from this date (YYYY-MM-DD); overrides the bundle",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            as_of = _as_of(options.get("as_of"))
            source = options["file"]
            stdin = options.get("stdin") or sys.stdin
            bundle = parse_bundle(_load(_read(source, stdin), source))
        except InputError as e:
            self._fail([str(e)])
        except BundleError as e:
            self._fail(e.problems)
        report = check(bundle, as_of=as_of, **unsupported_language_options())
        if options["output"] == "json":
            out = json.dumps(report_to_dict(report), ensure_ascii=False, indent=2)
        else:
            out = report_to_text(report).rstrip("\n")
        self.stdout.write(out)
        if not report.publishable:
            raise SystemExit(1)

    def _fail(self, problems: list[str]) -> None:
        for line in problems:
            self.stderr.write(line, style_func=str)
        raise SystemExit(2)
