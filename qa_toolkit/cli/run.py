"""``qa-toolkit run``: the nightly job over a folder of recordings."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from qa_toolkit.cli.common import (EXIT_ALL_FAILED, EXIT_OK, EXIT_SOME_FAILED, fail,
                                   setup_logging)


class ProgressHook:
    """The CLI's progress bar is a hook: stages never know it exists."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.progress = None
        self.task = None
        self.audio_s = 0.0
        self.wall_s = 0.0

    def __call__(self, step: str, artifact: Any = None, *, total: Optional[int] = None,
                 completed: Optional[int] = None) -> None:
        if self.quiet:
            return
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        if step == "plan":
            self.progress = Progress(TextColumn("[bold]calls"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
                                     TextColumn("ETA"), TimeRemainingColumn(), transient=False)
            self.progress.start()
            self.task = self.progress.add_task("calls", total=total, completed=completed or 0,
                                               info="")
        elif step == "call" and self.progress is not None:
            self.audio_s += getattr(artifact, "audio_s", 0.0)
            self.wall_s += getattr(artifact, "wall_s", 0.0)
            rtf = self.wall_s / self.audio_s if self.audio_s else 0.0
            info = f"{self.audio_s / 3600:.2f} audio h, RTF {rtf:.3f}"
            self.progress.update(self.task, completed=completed, info=info)
        elif step == "done" and self.progress is not None:
            self.progress.stop()


def run(
    recordings: Annotated[Optional[list[Path]], typer.Argument(
        help="Folders (searched recursively) and/or audio files. May be omitted when "
             "--metadata lists the files (a sample manifest).", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Run folder for results.")] = Path("out"),
    metadata: Annotated[Optional[Path], typer.Option(
        help="CSV with call_id,file,agent_id,team,started_at,business_type,customer_tier,"
             "agent_channel.")] = None,
    rules: Annotated[str, typer.Option(help="Rule pack name or YAML path.")] = "bank_zh",
    scorecard: Annotated[Optional[Path], typer.Option(
        help="Scorecard YAML (default: the one next to the rule pack).")] = None,
    model: Annotated[str, typer.Option(
        help="whisper-base (embedded), a faster-whisper model name, or a model folder.")]
        = "whisper-base",
    language: Annotated[str, typer.Option(help="Call language, or 'auto'.")] = "zh",
    diarization: Annotated[str, typer.Option(
        help="auto (stereo: channels, mono: embedded) | channel | embedded | pyannote.")] = "auto",
    agent_channel: Annotated[Optional[int], typer.Option(
        help="Stereo: the agent's channel (0 or 1); metadata per call overrides.")] = None,
    pyannote_pipeline: Annotated[Optional[str], typer.Option(
        help="With --diarization pyannote: a local pipeline folder or hub id.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (each loads the model once).")] = 1,
    threads: Annotated[int, typer.Option(help="CPU threads per worker (0 = cores / workers).")] = 0,
    engine: Annotated[str, typer.Option(
        help="local (worker processes here) or ray (actors on a Ray cluster; "
             "pip install 'qa-toolkit[ray]').")] = "local",
    ray_address: Annotated[Optional[str], typer.Option(
        help="With --engine ray: cluster address (default: start Ray locally).")] = None,
    force: Annotated[bool, typer.Option(help="Redo calls already finished.")] = False,
    keep_pii: Annotated[bool, typer.Option(
        help="Keep customer card/ID/phone numbers unmasked in this run folder's JSON.")] = False,
    lang: Annotated[str, typer.Option(help="Report language: zh or en.")] = "zh",
    template_dir: Annotated[Optional[Path], typer.Option(
        help="Folder of Jinja templates overriding the shipped ones.")] = None,
    embed_audio: Annotated[bool, typer.Option(
        help="Embed compressed audio in each call page (bigger pages, no external file).")]
        = False,
    allow_download: Annotated[bool, typer.Option(
        help="Let faster-whisper download a named model (off: fully offline).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (cron).")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
) -> None:
    """Transcribe, diarize, check and score recordings; write reports and CSVs into OUT.

    Example: qa-toolkit run samples/ --out out/ --metadata samples/metadata.csv

    Exit codes: 0 all calls done, 1 some calls failed (see OUT/errors.csv),
    2 usage error, 3 no call could be processed.
    """
    from qa_toolkit.models import ModelError
    from qa_toolkit.pipeline import PipelineOptions
    from qa_toolkit.rules import PackError
    from qa_toolkit.runner import PlanError, RunOptions, plan, run_batch

    setup_logging(verbose, quiet)
    if agent_channel not in (None, 0, 1):
        fail("--agent-channel must be 0 or 1")
    if diarization not in ("auto", "channel", "embedded", "pyannote"):
        fail(f"--diarization must be auto, channel, embedded or pyannote, not {diarization!r}")
    if lang not in ("zh", "en"):
        fail(f"--lang must be zh or en, not {lang!r}")
    if engine not in ("local", "ray"):
        fail(f"--engine must be local or ray, not {engine!r}")
    if workers < 1:
        fail("--workers must be at least 1")
    if not recordings and not metadata:
        fail("give recordings (folders or files) or --metadata listing the files")
    try:
        items = plan(list(recordings or []), metadata)
    except PlanError as exc:
        fail(str(exc))
    if not items:
        fail(f"no audio files found in {', '.join(map(str, recordings or []))}")

    options = RunOptions(
        out=out, workers=workers, force=force, engine=engine, ray_address=ray_address, keep_pii=keep_pii, report_lang=lang,
        template_dir=template_dir, embed_audio=embed_audio,
        pipeline=PipelineOptions(
            rules=rules, scorecard=str(scorecard) if scorecard else None, model=model,
            language=None if language == "auto" else language, diarization=diarization,
            agent_channel=agent_channel, threads=threads, pyannote_pipeline=pyannote_pipeline,
            allow_download=allow_download))
    try:
        summary = run_batch(items, options, hook=ProgressHook(quiet))
    except (PackError, ModelError, ValueError) as exc:
        fail(str(exc).splitlines()[0])

    for err in summary.errors:
        typer.echo(f"error: {err['file']}: {err['reason']}", err=True)
    rtf = summary.wall_s / summary.audio_s if summary.audio_s else 0.0
    typer.echo(f"{summary.total} recordings: {summary.done} done, {summary.skipped} already done, "
               f"{summary.failed} failed; {summary.audio_s / 60:.1f} audio min, RTF {rtf:.3f}; "
               f"report: {out / 'index.html'}")
    logging.getLogger("qa_toolkit").info("run summary: %s", summary)
    if summary.failed and not (summary.done or summary.skipped):
        raise typer.Exit(EXIT_ALL_FAILED)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)
