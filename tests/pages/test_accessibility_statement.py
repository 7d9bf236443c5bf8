"""The accessibility statement says what the tests check, no more: every
check it lists names tests that exist."""

import ast
from pathlib import Path

import pytest
from django.utils import translation

from careers.accessibility import CHECKS

from .conftest import html

ROOT = Path(__file__).resolve().parents[2]


def functions_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize("check", CHECKS, ids=[str(c.title) for c in CHECKS])
def test_every_check_names_tests_that_exist(check):
    for test in check.tests:
        path, name = test.split("::")
        assert name in functions_in(ROOT / path), test


def test_statement_lists_every_check(content, client):
    with translation.override("en"):
        page = html(client.get("/en/accessibility/"))
    for check in CHECKS:
        assert str(check.title) in page
    assert "WCAG 2.1" in page
