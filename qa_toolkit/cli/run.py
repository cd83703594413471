"""``qa-toolkit run``: the nightly job over a folder of recordings."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from qa_toolkit.cli.common import (EXIT_ALL_FAILED, EXIT_OK, EXIT_SOME_FAILED, echo, fail,
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
             "--metadata lists the files (a sample manifest) or the config names them.",
        show_default=False)] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="Run folder for results (default: out).")] = None,
    metadata: Annotated[Optional[Path], typer.Option(
        help="CSV, one row a call, columns call_id, file, agent_id, team, started_at, "
             "business_type, customer_tier, agent_channel (extra columns optional; README: "
             "Metadata CSV).")] = None,
    config: Annotated[Optional[Path], typer.Option(
        help="qa-toolkit.toml (default: ./qa-toolkit.toml if present); flags override it.")]
        = None,
    rules: Annotated[Optional[str], typer.Option(
        help="Rule pack name or YAML path (default: bank_zh).")] = None,
    scorecard: Annotated[Optional[Path], typer.Option(
        help="Scorecard YAML (default: the one next to the rule pack).")] = None,
    model: Annotated[Optional[str], typer.Option(
        help="whisper-base (embedded, default), a faster-whisper model name, or a model "
             "folder.")] = None,
    language: Annotated[Optional[str], typer.Option(
        help="Call language, or 'auto' (default: zh).")] = None,
    diarization: Annotated[Optional[str], typer.Option(
        help="auto (stereo: channels, mono: embedded) | channel | embedded | pyannote.")] = None,
    agent_channel: Annotated[Optional[int], typer.Option(
        help="Stereo: the agent's channel (0 or 1); metadata per call overrides.")] = None,
    pyannote_pipeline: Annotated[Optional[str], typer.Option(
        help="With --diarization pyannote: a local pipeline folder or hub id.")] = None,
    workers: Annotated[Optional[int], typer.Option(
        help="Worker processes, each loading the model once (default: 1).")] = None,
    threads: Annotated[Optional[int], typer.Option(
        help="CPU threads per worker (0 = cores / workers).")] = None,
    engine: Annotated[Optional[str], typer.Option(
        help="local (worker processes here) or ray (actors on a Ray cluster; "
             "pip install 'qa-toolkit\\[ray]').")] = None,
    ray_address: Annotated[Optional[str], typer.Option(
        help="With --engine ray: cluster address (default: start Ray locally).")] = None,
    timeout: Annotated[Optional[float], typer.Option(
        help="Give up on one call after this many seconds (it goes to errors.csv). "
             "Default: 300 + 4 × the recording's duration.")] = None,
    force: Annotated[Optional[bool], typer.Option(
        "--force/--no-force", help="Redo calls already finished.", show_default=False)] = None,
    keep_pii: Annotated[Optional[bool], typer.Option(
        "--keep-pii/--mask-pii", show_default=False,
        help="Keep customer card/ID/phone numbers unmasked in this run folder's JSON.")] = None,
    hotwords: Annotated[Optional[bool], typer.Option(
        "--hotwords/--no-hotwords", show_default=False,
        help="Bias the ASR towards the pack's asr.hotwords (default off: measured, they "
             "leak into quiet audio as words nobody said).")] = None,
    redecode: Annotated[Optional[bool], typer.Option(
        "--redecode/--no-redecode", show_default=False,
        help="Decode speech that came out without words a second time (default on).")] = None,
    lang: Annotated[Optional[str], typer.Option(help="Report language: zh or en.")] = None,
    template_dir: Annotated[Optional[Path], typer.Option(
        help="Folder of Jinja templates overriding the shipped ones.")] = None,
    embed_audio: Annotated[Optional[bool], typer.Option(
        "--embed-audio/--link-audio", show_default=False,
        help="Embed compressed audio in each call page (bigger pages, no external file). "
             "Default: each recording is hard-linked (else copied) into OUT/audio/ and its "
             "page links it there, so the run folder plays wherever it is copied.")]
        = None,
    allow_download: Annotated[bool, typer.Option(
        help="Let faster-whisper download a named model (off: fully offline).")] = False,
    quiet: Annotated[Optional[bool], typer.Option(
        "--quiet/--progress", "-q", show_default=False, help="No progress bar (cron).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
    log_json: Annotated[bool, typer.Option(help="Log as JSON lines on stderr.")] = False,
) -> None:
    """Transcribe, diarize, check and score recordings; write reports and CSVs into OUT.

    Example: qa-toolkit run samples/stereo samples/mono --out out/ --metadata samples/metadata.csv

    Exit codes: 0 all calls done, 1 some calls failed (see OUT/errors.csv),
    2 usage error, 3 no call could be processed.
    """
    from qa_toolkit.config import ConfigError, load_config, merge
    from qa_toolkit.models import ModelError
    from qa_toolkit.pipeline import PipelineOptions
    from qa_toolkit.rules import PackError
    from qa_toolkit.runner import PlanError, RunOptions, plan, run_batch
    from qa_toolkit.sampling import plan_path_for

    try:
        cfg = merge(load_config(config), recordings=recordings, out=out, metadata=metadata,
                    rules=rules, scorecard=scorecard, model=model, language=language,
                    diarization=diarization, agent_channel=agent_channel,
                    pyannote_pipeline=pyannote_pipeline, workers=workers, threads=threads,
                    engine=engine, ray_address=ray_address, timeout_s=timeout, force=force,
                    keep_pii=keep_pii, hotwords=hotwords, redecode=redecode,
                    embed_audio=embed_audio, quiet=quiet, lang=lang,
                    template_dir=template_dir)
    except ConfigError as exc:
        fail(str(exc))
    r = cfg.run
    setup_logging(verbose, r.quiet, log_json)
    if r.agent_channel not in (None, 0, 1):
        fail("--agent-channel must be 0 or 1")
    if r.diarization not in ("auto", "channel", "embedded", "pyannote"):
        fail(f"--diarization must be auto, channel, embedded or pyannote, not {r.diarization!r}")
    if r.engine not in ("local", "ray"):
        fail(f"--engine must be local or ray, not {r.engine!r}")
    if cfg.report.lang not in ("zh", "en"):
        fail(f"--lang must be zh or en, not {cfg.report.lang!r}")
    if r.workers < 1:
        fail("--workers must be at least 1")
    if not r.recordings and not r.metadata:
        fail("give recordings (folders or files) or --metadata listing the files")
    try:
        items = plan(list(r.recordings), r.metadata)
    except PlanError as exc:
        fail(str(exc))
    from qa_toolkit.models import check_available

    try:
        check_available(r.model, allow_download)
    except ModelError as exc:
        fail(str(exc))
    if not items:
        fail(f"no audio files found in {', '.join(map(str, r.recordings))}")

    options = RunOptions(
        out=r.out, workers=r.workers, force=r.force, engine=r.engine, ray_address=r.ray_address,
        timeout_s=r.timeout_s, report_lang=cfg.report.lang,
        template_dir=cfg.report.template_dir, embed_audio=r.embed_audio,
        sample_plan=plan_path_for(r.metadata) if r.metadata else None,
        pipeline=PipelineOptions(
            rules=r.rules, scorecard=str(r.scorecard) if r.scorecard else None, model=r.model,
            language=None if r.language == "auto" else r.language, diarization=r.diarization,
            agent_channel=r.agent_channel, threads=r.threads,
            pyannote_pipeline=r.pyannote_pipeline, allow_download=allow_download,
            keep_pii=r.keep_pii, hotwords=r.hotwords, redecode=r.redecode))
    try:
        summary = run_batch(items, options, hook=ProgressHook(r.quiet))
    except (PackError, ModelError, ValueError) as exc:
        fail(str(exc).splitlines()[0])

    for err in summary.errors:
        echo(f"error: {err['file']}: {err['reason']}", err=True)
    rtf = summary.wall_s / summary.audio_s if summary.audio_s else 0.0
    echo(f"{summary.total} recordings: {summary.done} done, {summary.skipped} already done, "
               f"{summary.failed} failed; {summary.audio_s / 60:.1f} audio min, RTF {rtf:.3f}; "
               f"report: {r.out / 'index.html'}")
    logging.getLogger("qa_toolkit.run").info("run summary %s", json.dumps(
        {k: v for k, v in asdict(summary).items() if k != "errors"}))
    if summary.failed and not (summary.done or summary.skipped):
        raise typer.Exit(EXIT_ALL_FAILED)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)
