"""One call, start to finish, in whichever process runs it.

The same worker serves every engine: the main process (one worker), the spawned processes of
the local pool, and Ray actors. It runs the pipeline under the call's time limit, writes the
call's outputs atomically (page, then JSON: the JSON marks the call finished) and reports a
``CallResult``; it never touches the ledger, which only the main process owns.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from qa_toolkit.audio import header_duration
from qa_toolkit.pipeline import CallPipeline, PipelineOptions, StageError
from qa_toolkit.runfolder import write_call
from qa_toolkit.runner.plan import WorkItem
from qa_toolkit.types import Hook, no_hook

logger = logging.getLogger(__name__)


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
def call_deadline(seconds: Optional[float]) -> Iterator[None]:
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


class CallWorker:
    """Lives in each worker process (or in the main one when workers == 1)."""

    def __init__(self, options: RunOptions, hook: Hook = no_hook):
        self.options = options
        self.pipeline = CallPipeline(options.pipeline, hook=hook).load()

    def process(self, item: WorkItem) -> CallResult:
        from qa_toolkit.report import ReportOptions, render_call_page
        from qa_toolkit.report.media import bundle_audio, bundled_audio_path
        from qa_toolkit.report.names import page_name

        started = time.perf_counter()
        source = str(item.path)
        limit = call_timeout(self.options, item.path)
        try:
            with call_deadline(limit):
                call = self.pipeline.process(item.path, item.meta)
            out = self.options.out
            if not self.options.embed_audio:
                # The page links the run's own copy: the folder plays wherever it is copied.
                bundle_audio(Path(item.path), bundled_audio_path(
                    out, page_name(call.call_id), item.path))
            render_call_page(call, out, ReportOptions(
                lang=self.options.report_lang, template_dir=self.options.template_dir,
                embed_audio=self.options.embed_audio))
            # The JSON is the record of a finished call: written last, atomically.
            write_call(out, call)
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


_worker: Optional[CallWorker] = None


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


def init_pool_worker(options: RunOptions, threads: int, parent_pid: int) -> None:
    global _worker
    die_with_parent(parent_pid)  # before the models load: that alone takes seconds
    pin_threads(options, threads)
    _worker = CallWorker(options)


def process_in_pool(item: WorkItem) -> CallResult:
    assert _worker is not None
    return _worker.process(item)


def threads_per_worker(options: RunOptions, workers: int) -> int:
    """An explicit --threads wins; otherwise the cores are shared out evenly."""
    return options.pipeline.threads or max(1, (os.cpu_count() or 1) // workers)
