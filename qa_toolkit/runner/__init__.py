"""Batch execution: plan → ledger → workers → per-call pipeline → outputs."""

from qa_toolkit.runner.batch import RunOptions, RunSummary, run_batch
from qa_toolkit.runner.plan import PlanError, WorkItem, plan

__all__ = ["PlanError", "RunOptions", "RunSummary", "WorkItem", "plan", "run_batch"]
