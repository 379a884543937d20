"""The three layers stay apart: a layer importing what it must not fails here."""

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "qtawesome",
        "sqlalchemy",
        "desktop.storage",
        "desktop.ui",
        "desktop.app",
        "desktop.cli",
    ),
    "storage": ("PySide6", "shiboken6", "qtawesome", "desktop.ui", "desktop.app", "desktop.cli"),
    "ui": ("sqlalchemy",),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((DESKTOP / layer).rglob("*.py")):
        for module in imported_modules(path):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{path.relative_to(DESKTOP)} imports {module}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert violations(layer) == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy import select\nimport PySide6.QtCore\n")
    assert {"sqlalchemy", "PySide6.QtCore"} <= imported_modules(bad)


def test_main_only_dispatches() -> None:
    main = (DESKTOP.parent / "main.py").read_text("utf-8")
    assert len(main.splitlines()) < 30
    assert "sqlalchemy" not in main and "QWidget" not in main
