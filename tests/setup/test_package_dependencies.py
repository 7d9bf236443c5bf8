"""Every library the package imports is declared in pyproject.toml, so that
`pip install` of the wheel brings it (the install test found one missing)."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions, requires
from pathlib import Path

from packaging.requirements import Requirement

import careers

ROOT = Path(careers.__file__).parent
PYPROJECT = ROOT.parent / "pyproject.toml"


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules() -> set[str]:
    """Top-level modules imported anywhere in careers/ (absolute imports)."""
    found = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"careers", "__future__"}


def declared() -> set[str]:
    """The declared distributions and everything they require in turn."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    todo = [_normal(Requirement(d).name) for d in project["dependencies"]]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for line in requires(name) or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(_normal(req.name))
    return seen


def test_every_imported_library_is_a_declared_dependency():
    owners = packages_distributions()
    available = declared()
    missing = {
        module: owners.get(module)
        for module in imported_modules()
        if not {_normal(d) for d in owners.get(module, [module])} & available
    }
    assert missing == {}
