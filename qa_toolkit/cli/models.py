"""``qa-toolkit models`` and ``qa-toolkit status``: what is installed, how a run stands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qa_toolkit.cli.common import EXIT_SOME_FAILED, echo, fail


def models(
    verify: Annotated[bool, typer.Option(
        help="Assemble the embedded model if needed and check its sha256.")] = False,
) -> None:
    """Show the ASR models available offline and where they are.

    Example: qa-toolkit models --verify
    """
    from qa_toolkit import models as models_mod

    if verify:
        try:
            models_mod.assemble_embedded()
        except models_mod.ModelError as exc:
            fail(str(exc))
        ok = models_mod.verify_embedded()
        echo(f"{models_mod.DEFAULT_MODEL}: sha256 {'OK' if ok else 'MISMATCH'} "
                   f"({models_mod.embedded_dir()})")
        if not ok:
            raise typer.Exit(EXIT_SOME_FAILED)
    for row in models_mod.describe():
        echo(f"{row['name']:<16} {row['kind']:<22} {row['status']:<24} {row['path']}")
        echo(f"{'':<16} source: {row['source']}")


def status(
    out: Annotated[Path, typer.Argument(help="A run folder written by `qa-toolkit run`.")],
) -> None:
    """Show how a run stands: calls queued, running, done and failed, with errors.

    Example: qa-toolkit status out/
    """
    from qa_toolkit.runner.batch import LEDGER_NAME
    from qa_toolkit.runner.ledger import Ledger

    if not (out / LEDGER_NAME).is_file():
        fail(f"{out}: not a run folder (no {LEDGER_NAME})")
    ledger = Ledger(out / LEDGER_NAME)
    counts = ledger.counts()
    rows = list(ledger.rows())
    ledger.close()
    audio = sum(r.audio_s or 0 for r in rows if r.status == "done")
    wall = sum(r.wall_s or 0 for r in rows if r.status == "done")
    echo(" ".join(f"{k}={v}" for k, v in counts.items())
               + f" audio_min={audio / 60:.1f}" + (f" rtf={wall / audio:.3f}" if audio else ""))
    for r in rows:
        if r.status == "failed":
            echo(f"failed {r.call_id} [{r.stage}] attempts={r.attempts}: {r.error}")
