"""Run the per-call pipeline over a planned batch, locally in 1..N worker processes.

The main process owns the ledger and decides what runs; workers load the models once, process
a call, and write its outputs atomically before reporting back. A call is marked done only
after its JSON is in place, so a run killed at any moment re-runs exactly the calls not done.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import os
import signal
import threading
import time
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterator, Optional

from qa_toolkit.audio import header_duration
from qa_toolkit.pipeline import CallPipeline, PipelineOptions, StageError
from qa_toolkit.runner.ledger import Ledger
from qa_toolkit.runner.outputs import (atomic_write_bytes, call_json_bytes, load_calls,
                                       write_summaries)
from qa_toolkit.runner.plan import WorkItem
from qa_toolkit.types import Hook, no_hook

logger = logging.getLogger(__name__)

LEDGER_NAME = "ledger.sqlite"


@dataclass
class RunOptions:
    out: Path
    """The run folder: calls/, index.html, CSV summaries and the ledger."""
    pipeline: PipelineOptions = field(default_factory=PipelineOptions)
    workers: int = 1
    """Worker processes; each loads the models once and gets cores/workers threads."""
    force: bool = False
    """Redo calls already done with the same model, rule pack and options."""
    report_lang: str = "zh"
    template_dir: Optional[Path] = None
    embed_audio: bool = False
    sample_plan: Optional[Path] = None
    """The sampling plan sidecar of the metadata (from `qa-toolkit sample`); copied into OUT."""
    timeout_s: Optional[float] = None
    """Give up on a call after this many seconds (a hung decoder must not stall the night);
    None: ``call_timeout`` scales it by the recording's duration."""
    engine: str = "local"
    """local (processes on this machine) or ray (actors on a Ray cluster)."""
    ray_address: Optional[str] = None
    """Ray cluster address; None starts a local Ray instance."""


@dataclass
class CallResult:
    call_id: str
    source: str
    ok: bool
    stage: str = ""
    error: str = ""
    audio_s: float = 0.0
    wall_s: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class RunSummary:
    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    audio_s: float = 0.0
    wall_s: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)


def fingerprint(options: PipelineOptions, pack_sha: str, scorecard_sha: str) -> str:
    """What makes two results comparable: same model, rule pack, scorecard and options."""
    pipeline = asdict(options)
    pipeline.pop("threads")  # how many cores a worker has does not change its results
    pipeline.pop("overlap_stages")  # nor whether it diarizes beside ASR or after it
    material = json.dumps({"pipeline": pipeline, "pack": pack_sha,
                           "scorecard": scorecard_sha}, sort_keys=True, default=str)
    return hashlib.sha256(material.encode()).hexdigest()[:16]


DEFAULT_TIMEOUT_BASE_S = 300.0
DEFAULT_TIMEOUT_PER_AUDIO_S = 4.0
"""Without --timeout, a call gets 300 s + 4 × its duration (a 10-minute call: 40 min).
Measured here a call takes 0.2-0.3 × its duration on 2 cores (10-20 s for the samples), so
only a hung call (a decoder stuck on a broken file, a pathological rule) ever reaches it."""
DEFAULT_TIMEOUT_UNKNOWN_S = 3600.0
"""When the header does not tell the duration."""


def call_timeout(options: RunOptions, path: Path) -> float:
    """How long one call may take: ``--timeout``, else scaled by the recording's duration."""
    if options.timeout_s:
        return options.timeout_s
    duration = header_duration(path)
    if duration is None:
        return DEFAULT_TIMEOUT_UNKNOWN_S
    return DEFAULT_TIMEOUT_BASE_S + DEFAULT_TIMEOUT_PER_AUDIO_S * duration


class CallTimeout(BaseException):
    """A call ran out of time. Not an ``Exception``: the broad ``except Exception`` of a
    decoder fallback (ours or a library's) must not swallow it and report a bad file."""


@contextmanager
def _deadline(seconds: Optional[float]) -> Iterator[None]:
    """SIGALRM-based timeout; only the main thread of a process can receive it."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise CallTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Worker:
    """Lives in each worker process (or in the main one when workers == 1)."""

    def __init__(self, options: RunOptions, hook: Hook = no_hook):
        self.options = options
        self.pipeline = CallPipeline(options.pipeline, hook=hook).load()

    def process(self, item: WorkItem) -> CallResult:
        from qa_toolkit.report import ReportOptions, render_call_page
        from qa_toolkit.report.media import bundle_audio, bundled_audio_path
        from qa_toolkit.report.viewmodels import page_name

        started = time.perf_counter()
        source = str(item.path)
        limit = call_timeout(self.options, item.path)
        try:
            with _deadline(limit):
                call = self.pipeline.process(item.path, item.meta)
            data = call.to_dict()
            out = self.options.out
            if not self.options.embed_audio:
                # The page links the run's own copy: the folder plays wherever it is copied.
                bundle_audio(Path(item.path), bundled_audio_path(
                    out, page_name(call.call_id), item.path))
            render_call_page(data, out, ReportOptions(
                lang=self.options.report_lang, template_dir=self.options.template_dir,
                embed_audio=self.options.embed_audio))
            # The JSON is the record of a finished call: written last, atomically.
            atomic_write_bytes(out / "calls" / f"{call.call_id}.json", call_json_bytes(data))
            return CallResult(item.meta.call_id, source, True, audio_s=call.duration_s,
                              wall_s=time.perf_counter() - started, timings=call.timings)
        except CallTimeout:
            return CallResult(item.meta.call_id, source, False, "timeout",
                              f"gave up after {limit:g} s",
                              wall_s=time.perf_counter() - started)
        except StageError as exc:
            return CallResult(item.meta.call_id, source, False, exc.stage, str(exc),
                              wall_s=time.perf_counter() - started)
        except Exception as exc:  # one bad call must not stop the batch
            logger.exception("%s: unexpected failure", source)
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            return CallResult(item.meta.call_id, source, False, "pipeline",
                              f"{type(exc).__name__}: {reason}"[:300],
                              wall_s=time.perf_counter() - started)


_worker: Optional[_Worker] = None


def pin_threads(options: RunOptions, threads: int) -> None:
    """Give this worker its share of the cores, so ASR and speaker models never oversubscribe."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    options.pipeline.threads = threads


PR_SET_PDEATHSIG = 1
"""linux/prctl.h: the signal this process gets when the thread that created it ends."""
PARENT_POLL_S = 1.0


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_S)
    os._exit(1)  # the run is gone; nobody would read this worker's results


def die_with_parent(parent_pid: int) -> None:
    """End this worker when the run's main process dies, even by ``kill -9``.

    A killed run otherwise leaves its workers (about 1.3 GB each with the model loaded) and
    the multiprocessing resource tracker running under PID 1, and a nightly restart leaks
    them every time. Linux sends the death signal itself; the watchdog thread covers other
    systems and the moment before the signal was set up."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watchdog alone
        pass
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watchdog",
                     daemon=True).start()


def _init_worker(options: RunOptions, threads: int, parent_pid: int) -> None:
    global _worker
    die_with_parent(parent_pid)  # before the models load: that alone takes seconds
    pin_threads(options, threads)
    _worker = _Worker(options)


def _work(item: WorkItem) -> CallResult:
    assert _worker is not None
    return _worker.process(item)


def threads_per_worker(options: RunOptions, workers: int) -> int:
    """An explicit --threads wins; otherwise the cores are shared out evenly."""
    return options.pipeline.threads or max(1, (os.cpu_count() or 1) // workers)


def _run_process_pool(todo: list[WorkItem], options: RunOptions, workers: int,
                      mark_running: Callable[[str], None],
                      record: Callable[[CallResult], None]) -> None:
    # spawn, not fork: torch and CTranslate2 thread pools do not survive a fork.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker,
                             initargs=(options, threads_per_worker(options, workers),
                                       os.getpid())) as pool:
        pending: dict[Future, WorkItem] = {}
        queue = list(todo)
        while queue or pending:
            while queue and len(pending) < workers * 2:
                item = queue.pop(0)
                mark_running(item.meta.call_id)
                pending[pool.submit(_work, item)] = item
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
    (out / "calls").mkdir(parents=True, exist_ok=True)
    pack = load_pack(options.pipeline.rules)
    scorecard = scorecard_for_pack(pack.path, options.pipeline.scorecard)
    fp = fingerprint(options.pipeline, pack.sha256, scorecard.digest)

    if options.sample_plan and options.sample_plan.is_file():
        atomic_write_bytes(out / "sample.plan.json", options.sample_plan.read_bytes())
    ledger = Ledger(out / LEDGER_NAME)
    run_id = ledger.start_run({"fingerprint": fp, "workers": options.workers,
                               "pipeline": asdict(options.pipeline)})
    summary = RunSummary(total=len(items))
    todo: list[WorkItem] = []
    for item in items:
        row = ledger.get(item.meta.call_id)
        done_before = (row is not None and row.status == "done" and row.fingerprint == fp
                       and (out / "calls" / f"{item.meta.call_id}.json").is_file())
        if done_before and not options.force:
            summary.skipped += 1
            continue
        ledger.queue(item.meta.call_id, str(item.path))
        todo.append(item)
    hook("plan", todo, total=len(items), completed=summary.skipped)

    def record(result: CallResult) -> None:
        if result.ok:
            ledger.mark_done(result.call_id, fp, result.audio_s, result.wall_s, result.timings)
            summary.done += 1
            summary.audio_s += result.audio_s
        else:
            ledger.mark_failed(result.call_id, result.stage, result.error, result.wall_s)
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
        worker = _Worker(options, hook)
        for item in todo:
            ledger.mark_running(item.meta.call_id)
            record(worker.process(item))
    elif todo:
        _run_process_pool(todo, options, workers, ledger.mark_running, record)

    # Summaries are rebuilt from what is on disk, so they include calls done by earlier runs.
    errors = [_error_row(r.source, r.call_id, r.stage or "", r.error or "")
              for r in ledger.rows() if r.status == "failed"]
    calls = load_calls(out)
    write_summaries(out, calls, errors)
    render_index(out, calls, errors, ReportOptions(lang=options.report_lang,
                                                   template_dir=options.template_dir))
    summary.errors = errors
    ledger.finish_run(run_id, {k: v for k, v in asdict(summary).items() if k != "errors"})
    ledger.close()
    hook("done", summary, total=len(items), completed=len(items))
    return summary
