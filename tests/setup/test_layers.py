"""The one-way layers (pyproject.toml [tool.importlinter], checked by
`lint-imports` in `make lint`) name every top-level module of careers/, so a
new module gets a place in them; and the only imports the contract lets past
are those of careers/models/_upcalls.py, the models' one way up."""

import tomllib
from pathlib import Path

import careers

ROOT = Path(careers.__file__).parent
CONFIG = tomllib.loads((ROOT.parent / "pyproject.toml").read_text())["tool"][
    "importlinter"
]


def _layers_contract() -> dict:
    (contract,) = [c for c in CONFIG["contracts"] if c["type"] == "layers"]
    return contract


def top_level_modules() -> set[str]:
    modules = {p.stem for p in ROOT.glob("*.py")} - {"__init__"}
    modules |= {p.parent.name for p in ROOT.glob("*/__init__.py")}
    return {f"careers.{name}" for name in modules}


def test_every_top_level_module_sits_in_a_layer():
    placed = {
        name.strip()
        for layer in _layers_contract()["layers"]
        for name in layer.replace("|", ":").split(":")
    }
    assert top_level_modules() - placed == set()
    assert placed - top_level_modules() == set()


def test_only_the_upcalls_module_reaches_up():
    importers = {
        line.split("->")[0].strip() for line in _layers_contract()["ignore_imports"]
    }
    assert importers == {"careers.models._upcalls"}
