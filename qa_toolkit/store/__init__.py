"""The history store: every night's calls, hits and scores in one SQLite file that outlives OUT.

SQLite in WAL mode (readers never block the nightly writer), schema versioned by
``PRAGMA user_version`` and upgraded by the ordered ``MIGRATIONS``. What people change
(component imports, disputes, overrides, call-score revisions) lives in append-only tables
that triggers protect: a change is a new row saying who, when and why, never an edit.

A call's current score is its latest revision in ``scores``; every revision is recomputed
from the call's hits with the scorecard it was ingested with, minus the hits that accepted
disputes overturned. Evidence and messages are PII-masked on the way in, because the store
leaves the run folder.
"""

from __future__ import annotations

from qa_toolkit.store.common import (DB_ENV, StoreError, current_user, default_db_path,
                                     now_iso, period_of)
from qa_toolkit.store.components import COMPONENT_KINDS, ComponentsMixin
from qa_toolkit.store.disputes import DisputesMixin
from qa_toolkit.store.frames import CALL_SCHEMA, HIT_SCHEMA, FramesMixin
from qa_toolkit.store.ingest import IngestMixin, IngestResult, pack_scorecard
from qa_toolkit.store.schema import MIGRATIONS, TABLES


class Store(IngestMixin, DisputesMixin, ComponentsMixin, FramesMixin):
    """One history database; use as a context manager or call ``close``."""


__all__ = ["CALL_SCHEMA", "COMPONENT_KINDS", "DB_ENV", "HIT_SCHEMA", "MIGRATIONS", "TABLES",
           "IngestResult", "Store", "StoreError", "current_user", "default_db_path", "now_iso",
           "pack_scorecard", "period_of"]
