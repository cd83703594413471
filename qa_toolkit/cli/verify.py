"""``qa-toolkit verify``: re-check a call's evidence bundle and re-derive its hits."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qa_toolkit.cli.common import EXIT_SOME_FAILED, echo, fail


def _call_jsons(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            folder = path / "calls" if (path / "calls").is_dir() else path
            found.extend(sorted(folder.glob("*.json")))
        elif path.is_file():
            found.append(path)
        else:
            fail(f"{path}: no such file or folder")
    if not found:
        fail(f"{', '.join(map(str, paths))}: no call JSON found")
    return found


def verify(
    calls: Annotated[list[Path], typer.Argument(
        help="Call JSON files (OUT/calls/<id>.json), or an OUT folder to check every call.",
        show_default=False)],
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Print only calls that fail.")] = False,
) -> None:
    """Re-hash the recording, model and rule pack of each call, and re-derive its hits
    from the saved transcript; exits 1 if anything differs.

    Example: qa-toolkit verify out/calls/c01_clean-stereo.json
    """
    from qa_toolkit.provenance import verify_call

    failed = 0
    for path in _call_jsons(calls):
        report = verify_call(path)
        failed += not report.ok
        if report.ok and quiet:
            continue
        echo(f"{'OK      ' if report.ok else 'MISMATCH'} {report.call_id or path} ({path})")
        for line in report.mismatches:
            echo(f"  mismatch: {line}")
        if not quiet:
            for line in report.checked:
                echo(f"  ok: {line}")
            for line in report.notes:
                echo(f"  note: {line}")
    if failed:
        echo(f"{failed} call(s) failed verification", err=True)
        raise typer.Exit(EXIT_SOME_FAILED)
