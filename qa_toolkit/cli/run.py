"""``qa-toolkit run``: the nightly job over a folder of recordings."""

from __future__ import annotations

import dataclasses
import inspect
import json
import logging
import typing
from dataclasses import asdict, fields
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from qa_toolkit.config import ReportSection, RunSection, field_docs

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


CONFIG_FIELDS = (("run", RunSection), ("report", ReportSection))
"""The config sections whose fields are ``run``'s flags: a ``qa-toolkit.toml`` key and its
flag are one declaration (name, type, default, docstring = help, ``flags`` metadata)."""


def _config_parameters() -> list[inspect.Parameter]:
    params = []
    for _, section in CONFIG_FIELDS:
        docs = field_docs(section)
        hints = typing.get_type_hints(section)
        for f in fields(section):
            hint = hints[f.name]
            if typing.get_origin(hint) is typing.Literal:
                hint = str  # Typer has no Literal; config.merge checks the choices
            elif typing.get_origin(hint) is typing.Union:
                hint = next(a for a in typing.get_args(hint) if a is not type(None))
            # Rich reads [..] as markup: 'qa-toolkit[ray]' must stay as written.
            text = docs[f.name].replace("[", "\\[") + _default_text(f)
            if f.metadata.get("argument"):
                info: Any = typer.Argument(help=text, show_default=False)
            else:
                flags = f.metadata.get("flags") or ("--" + f.name.replace("_", "-"),)
                info = typer.Option(*flags, help=text, show_default=False)
            # None: not given, so the config file's value (or the default) stands.
            params.append(inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                                            annotation=Annotated[Optional[hint], info]))
    return params


def _default_text(f: Any) -> str:
    if f.default is dataclasses.MISSING or f.default is None:
        return ""
    if isinstance(f.default, bool):
        return " Default: on." if f.default else " Default: off."
    return f" Default: {f.default}."


def _other_parameters() -> list[inspect.Parameter]:
    """Flags that are not settings of a nightly job."""
    def option(name: str, hint: Any, default: Any, *flags: str, help: str) -> inspect.Parameter:
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default,
                                 annotation=Annotated[hint, typer.Option(*flags, help=help)])

    return [
        option("config", Optional[Path], None, "--config",
               help="qa-toolkit.toml (default: ./qa-toolkit.toml if present); flags override it."),
        option("allow_download", bool, False, "--allow-download/--no-allow-download",
               help="Let faster-whisper download a named model (off: fully offline)."),
        option("verbose", bool, False, "--verbose", "-v", help="Debug logging."),
        option("log_json", bool, False, "--log-json/--no-log-json",
               help="Log as JSON lines on stderr."),
    ]


def run(**given: Any) -> None:
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

    config, allow_download = given.pop("config"), given.pop("allow_download")
    verbose, log_json = given.pop("verbose"), given.pop("log_json")
    try:
        cfg = merge(load_config(config), **given)
    except ConfigError as exc:
        fail(str(exc))
    r = cfg.run
    setup_logging(verbose, r.quiet, log_json)
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


run.__signature__ = inspect.Signature(_config_parameters() + _other_parameters())  # type: ignore[attr-defined]
