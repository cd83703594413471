"""``qa-toolkit models`` and ``qa-toolkit status``: what is installed, how a run stands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import EXIT_SOME_FAILED, echo, fail


def models(
    verify: Annotated[bool, typer.Option(
        help="Assemble the embedded model if needed and check its sha256.")] = False,
    dirs: Annotated[Optional[list[Path]], typer.Option(
        "--dir", help="Also list CTranslate2 model folders in (or at) this path.")] = None,
) -> None:
    """Show the ASR models available offline: name, size, sha256 of model.bin, and where.

    A site's own model (Whisper small/medium/large-v3 or a Mandarin fine-tune, converted with
    ct2-transformers-converter; see docs/models.md) copied into the site-models folder shown
    here is used by name: qa-toolkit run ... --model NAME.

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
    for row in models_mod.describe(tuple(dirs or ())):
        size = f"{int(row['size']) / 2**20:,.0f} MiB" if row.get("size") else ""
        echo(f"{row['name']:<16} {row['kind']:<20} {row['status']:<24} {size:>10}  {row['path']}")
        echo(f"{'':<16} source: {row['source']}")
        if row.get("sha256"):
            echo(f"{'':<16} sha256: {row['sha256']}")
    echo(f"site models folder: {models_mod.site_models_dir()} "
               "(a CTranslate2 folder copied here runs as --model FOLDER_NAME)")


def status(
    out: Annotated[Path, typer.Argument(help="A run folder written by `qa-toolkit run`.")],
) -> None:
    """Show how a run stands: calls queued, running, done and failed, with errors; exits 1
    when any call failed (as `run` does), so a cron check sees it.

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
    failed = [r for r in rows if r.status == "failed"]
    for r in failed:
        echo(f"failed {r.call_id} [{r.stage}] attempts={r.attempts}: {r.error}")
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)
