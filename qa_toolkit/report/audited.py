"""A call as the reports show it: its record, and what the history store adds to it.

The call JSON holds the pipeline's verdicts and score. With a history store (``--db``), the
score that stands is the store's (after accepted disputes and reviewers' decisions), the
pipeline's own score is shown beside it, and the call page lists the call's disputes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from qa_toolkit.types import Call


@dataclass
class AuditedCall:
    call: Call
    score: Optional[float]
    """The score that stands: the store's when there is one, else the call's own."""
    pipeline_score: Optional[float] = None
    """The call's own score when the store's standing score differs from it."""
    disputes: list[dict[str, Any]] = field(default_factory=list)
    """The store's disputes of this call (``dispute_status`` rows)."""

    @classmethod
    def of(cls, call: Call, store_score: Optional[float] = None,
           disputes: Optional[list[dict[str, Any]]] = None, in_store: bool = False
           ) -> "AuditedCall":
        own = None if call.score is None else call.score.score
        if not in_store:
            return cls(call, own)
        standing = own if store_score is None else store_score
        return cls(call, standing, None if own == standing else own, list(disputes or []))
