"""Run the per-call pipeline over a planned batch, locally in 1..N worker processes.

The main process owns the ledger and decides what runs; workers load the models once, process
a call, and write its outputs atomically before reporting back. A call is marked done only
after its JSON is in place, so a run killed at any moment re-runs exactly the calls not done.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from typing import Callable

from qa_toolkit.pipeline import PipelineOptions
from qa_toolkit.provenance import redact
from qa_toolkit.runner.ledger import Ledger
from qa_toolkit.runfolder import atomic_write, call_path, calls_dir, read_calls
from qa_toolkit.runner.outputs import write_summaries
from qa_toolkit.runner.plan import WorkItem
from qa_toolkit.runner.worker import (CallResult, CallWorker, RunOptions, init_pool_worker,
                                      process_in_pool, threads_per_worker)
from qa_toolkit.types import Hook, no_hook

logger = logging.getLogger(__name__)

LEDGER_NAME = "ledger.sqlite"


@dataclass
class RunSummary:
    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    audio_s: float = 0.0
    wall_s: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)
    """This run's failures, one row each (the folder's errors.csv keeps every failure it holds)."""


def fingerprint(options: PipelineOptions, pack_sha: str, scorecard_sha: str) -> str:
    """What makes two results comparable: same model, rule pack, scorecard and options."""
    material = json.dumps({"pipeline": options.result_options(), "pack": pack_sha,
                           "scorecard": scorecard_sha}, sort_keys=True, default=str)
    return hashlib.sha256(material.encode()).hexdigest()[:16]


def _run_process_pool(todo: list[WorkItem], options: RunOptions, workers: int,
                      mark_running: Callable[[str], None],
                      record: Callable[[CallResult], None]) -> None:
    # spawn, not fork: torch and CTranslate2 thread pools do not survive a fork.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=init_pool_worker,
                             initargs=(options, threads_per_worker(options, workers),
                                       os.getpid())) as pool:
        pending: dict[Future, WorkItem] = {}
        queue = list(todo)
        while queue or pending:
            while queue and len(pending) < workers * 2:
                item = queue.pop(0)
                mark_running(item.meta.call_id)
                pending[pool.submit(process_in_pool, item)] = item
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                item = pending.pop(future)
                try:
                    record(future.result())
                except Exception as exc:  # a worker died (e.g. out of memory)
                    record(CallResult(item.meta.call_id, str(item.path), False, "worker",
                                      f"worker process failed: {type(exc).__name__}"))


def _error_row(path: str, call_id: str, stage: str, reason: str) -> dict[str, str]:
    return {"file": path, "call_id": call_id, "stage": stage, "reason": reason}


def run_batch(items: list[WorkItem], options: RunOptions, hook: Hook = no_hook) -> RunSummary:
    from qa_toolkit.report import ReportOptions, render_index
    from qa_toolkit.rules import load_pack
    from qa_toolkit.scoring import scorecard_for_pack

    out = options.out
    calls_dir(out).mkdir(parents=True, exist_ok=True)
    pack = load_pack(options.pipeline.rules)
    scorecard = scorecard_for_pack(pack.path, options.pipeline.scorecard)
    fp = fingerprint(options.pipeline, pack.sha256, scorecard.digest)

    if options.sample_plan and options.sample_plan.is_file():
        atomic_write(out / "sample.plan.json", options.sample_plan.read_bytes())
    ledger = Ledger(out / LEDGER_NAME)
    run_id = ledger.start_run({"fingerprint": fp, "workers": options.workers,
                               "pipeline": redact(asdict(options.pipeline))})
    summary = RunSummary(total=len(items))
    todo: list[WorkItem] = []
    for item in items:
        row = ledger.get(item.meta.call_id)
        done_before = (row is not None and row.status == "done" and row.fingerprint == fp
                       and call_path(out, item.meta.call_id).is_file())
        if done_before and not options.force:
            summary.skipped += 1
            continue
        ledger.queue(item.meta.call_id, str(item.path))
        todo.append(item)
    hook("plan", todo, total=len(items), completed=summary.skipped)

    failed_now: set[str] = set()

    def record(result: CallResult) -> None:
        if result.ok:
            ledger.mark_done(result.call_id, fp, result.audio_s, result.wall_s, result.timings)
            summary.done += 1
            summary.audio_s += result.audio_s
        else:
            ledger.mark_failed(result.call_id, result.stage, result.error, result.wall_s)
            failed_now.add(result.call_id)
            summary.failed += 1
            # The caller reports it (RunSummary.errors; the CLI prints one line per failure):
            # logging it as an error too printed every failure twice.
            logger.debug("%s: %s (%s)", result.source, result.error, result.stage)
        summary.wall_s += result.wall_s
        hook("call", result, total=len(items),
             completed=summary.skipped + summary.done + summary.failed)

    workers = max(1, min(options.workers, len(todo) or 1))
    if todo and options.engine == "ray":
        from qa_toolkit.runner.ray_engine import run_on_ray

        run_on_ray(todo, options, workers, ledger.mark_running, record)
    elif todo and workers == 1:
        worker = CallWorker(options, hook)
        for item in todo:
            ledger.mark_running(item.meta.call_id)
            record(worker.process(item))
    elif todo:
        _run_process_pool(todo, options, workers, ledger.mark_running, record)

    # Summaries are rebuilt from what is on disk, so they include calls done by earlier runs.
    errors = [_error_row(r.source, r.call_id, r.stage or "", r.error or "")
              for r in ledger.rows() if r.status == "failed"]
    calls = read_calls(out, on_error=lambda exc: logger.warning("%s", exc))
    write_summaries(out, calls, errors)
    render_index(out, calls, errors, ReportOptions(lang=options.report_lang,
                                                   template_dir=options.template_dir))
    # The folder's files list every failure it holds; the run reports its own (a file that
    # failed in an earlier run on other recordings is not this run's news).
    summary.errors = [e for e in errors if e["call_id"] in failed_now]
    ledger.finish_run(run_id, {k: v for k, v in asdict(summary).items() if k != "errors"})
    ledger.close()
    hook("done", summary, total=len(items), completed=len(items))
    return summary
