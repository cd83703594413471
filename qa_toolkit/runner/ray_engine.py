"""Scale-out on a Ray cluster: the same per-call worker, as Ray actors.

The driver keeps the ledger (the single source of truth) and decides what runs; each actor
loads the models once and writes its call's outputs exactly as a local worker does, so the
results are identical to the local engine. On a multi-node cluster the recordings and OUT must
be on a filesystem every node sees at the same path (see docs/nightly.md).
"""

from __future__ import annotations

import logging
from typing import Callable

from qa_toolkit.runner.plan import WorkItem
from qa_toolkit.runner.worker import (CallResult, CallWorker, RunOptions, pin_threads,
                                      threads_per_worker)

logger = logging.getLogger(__name__)


class RayUnavailable(ValueError):
    """Ray is not installed or the cluster cannot be reached; one line."""


class _Actor:
    def __init__(self, options: RunOptions, threads: int):
        pin_threads(options, threads)
        self.worker = CallWorker(options)

    def process(self, item: WorkItem) -> CallResult:
        return self.worker.process(item)


def run_on_ray(todo: list[WorkItem], options: RunOptions, workers: int,
               mark_running: Callable[[str], None], record: Callable[[CallResult], None]) -> None:
    try:
        import ray
    except ImportError:
        raise RayUnavailable("--engine ray needs Ray: pip install 'qa-toolkit[ray]'") from None

    threads = threads_per_worker(options, workers)
    started_here = not ray.is_initialized()
    if started_here:
        try:
            if options.ray_address:
                ray.init(address=options.ray_address, logging_level=logging.WARNING,
                         log_to_driver=False)
            else:
                ray.init(num_cpus=workers * threads, include_dashboard=False,
                         logging_level=logging.WARNING, log_to_driver=False)
        except Exception as exc:
            raise RayUnavailable(f"cannot start or reach Ray at {options.ray_address or 'local'}: "
                                 f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    try:
        actor_class = ray.remote(num_cpus=threads)(_Actor)
        actors = [actor_class.remote(options, threads) for _ in range(workers)]
        idle = list(actors)
        pending: dict = {}
        queue = list(todo)
        while queue or pending:
            while queue and idle:
                item = queue.pop(0)
                actor = idle.pop()
                mark_running(item.meta.call_id)
                pending[actor.process.remote(item)] = (item, actor)
            done, _ = ray.wait(list(pending), num_returns=1)
            for ref in done:
                item, actor = pending.pop(ref)
                try:
                    record(ray.get(ref))
                    idle.append(actor)
                except Exception as exc:  # the actor died; replace it
                    record(CallResult(item.meta.call_id, str(item.path), False, "worker",
                                      f"Ray worker failed: {type(exc).__name__}"))
                    idle.append(actor_class.remote(options, threads))
    finally:
        if started_here:
            ray.shutdown()
