"""qa_toolkit's modules import each other without cycles (tools/import_cycles.py).

A cycle means two modules can only be understood, tested and moved together; the worker
that batch.py and ray_engine.py both needed is why runner/worker.py exists."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

TOOL = ROOT / "tools" / "import_cycles.py"


def _run(package_dir) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), str(package_dir)],
                          capture_output=True, text=True, timeout=60)


def test_qa_toolkit_has_no_import_cycle():
    result = _run(ROOT / "qa_toolkit")
    assert result.returncode == 0, result.stdout
    assert "0 cycle(s)" in result.stdout


def test_a_lazy_import_inside_a_function_still_makes_a_cycle(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from pkg.sub import engine\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "engine.py").write_text("from pkg import batch\n")
    (package / "batch.py").write_text("def run():\n    from .sub.engine import go\n")
    result = _run(package)
    assert result.returncode == 1
    assert "cycle: pkg.batch, pkg.sub.engine" in result.stdout


def test_a_package_importing_its_own_submodules_is_not_a_cycle(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from pkg.a import f\n")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text("X = 1\n")
    result = _run(package)
    assert result.returncode == 0, result.stdout
