"""Every command documents itself with an example, and the wheel carries packs and templates."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
import typer.main

from conftest import ROOT, invoke_cli, run_cli
from qa_toolkit.cli.app import app


def _command_paths(command, prefix=()) -> list[tuple[str, ...]]:
    paths = [prefix]
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            paths.extend(_command_paths(sub, prefix + (name,)))
    return paths


COMMANDS = _command_paths(typer.main.get_command(app))


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "qa-toolkit")
def test_help_of_every_command(path):
    # The bare command through the real console script; the others in this process.
    result = invoke_cli(*path, "--help") if path else run_cli("--help", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    if path:
        assert "Example" in result.stdout, f"`qa-toolkit {' '.join(path)} --help` has no example"


def test_core_commands_are_registered():
    names = {p[0] for p in COMMANDS if p}
    assert {"run", "models", "status"} <= names


def test_wheel_ships_rule_packs_and_templates(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                             str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("qa_toolkit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "qa_toolkit/_data/rules/bank_zh.yaml" in names
    assert any(n.startswith("qa_toolkit/_data/templates/") and n.endswith(".j2") for n in names)
