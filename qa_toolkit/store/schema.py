"""The history store's schema: the ordered ``MIGRATIONS`` (``PRAGMA user_version`` counts
those applied; ``StoreBase.migrate`` applies the rest) and the tables analysts get.

What people change (component imports, disputes, overrides, call-score revisions) lives in
append-only tables that triggers protect: a change is a new row, never an edit.
"""

from __future__ import annotations

from qa_toolkit.console_schema import CONSOLE_MIGRATION, append_only as _append_only

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE runs (
        run_id TEXT PRIMARY KEY, out_dir TEXT NOT NULL,
        first_ingested_at TEXT NOT NULL, last_ingested_at TEXT NOT NULL,
        calls INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE scorecards (
        digest TEXT PRIMARY KEY, id TEXT NOT NULL, version TEXT NOT NULL,
        body TEXT NOT NULL, source TEXT, first_seen TEXT NOT NULL);
    CREATE TABLE calls (
        call_id TEXT PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs(run_id),
        agent_id TEXT, team TEXT, started_at TEXT, period TEXT, business_type TEXT,
        customer_tier TEXT, duration_s REAL, rule_pack_id TEXT, rule_pack_version TEXT,
        model TEXT, pipeline_score REAL, scorecard TEXT REFERENCES scorecards(digest),
        flags TEXT NOT NULL DEFAULT '[]', content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL);
    CREATE INDEX calls_period_agent ON calls(period, agent_id);
    CREATE TABLE hits (
        call_id TEXT NOT NULL REFERENCES calls(call_id), seq INTEGER NOT NULL,
        rule_id TEXT NOT NULL, category TEXT NOT NULL, severity TEXT, points REAL,
        start REAL, "end" REAL, role TEXT, evidence TEXT, message TEXT,
        PRIMARY KEY (call_id, seq));
    CREATE INDEX hits_rule ON hits(rule_id);
    CREATE TABLE review_items (
        call_id TEXT NOT NULL REFERENCES calls(call_id), seq INTEGER NOT NULL,
        rule_id TEXT NOT NULL, category TEXT NOT NULL, severity TEXT, points REAL,
        start REAL, "end" REAL, role TEXT, evidence TEXT, message TEXT, reason TEXT,
        PRIMARY KEY (call_id, seq));
    CREATE TABLE scores (
        call_id TEXT NOT NULL REFERENCES calls(call_id), rev INTEGER NOT NULL,
        score REAL NOT NULL, deductions REAL NOT NULL, red_line INTEGER NOT NULL,
        bonus REAL NOT NULL, by_category TEXT NOT NULL,
        cause TEXT NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL,
        PRIMARY KEY (call_id, rev));
    CREATE TABLE components (
        id INTEGER PRIMARY KEY, agent_id TEXT NOT NULL, period TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('mystery_shopper', 'csat', 'peer')),
        score REAL NOT NULL, team TEXT, source TEXT NOT NULL, source_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL, imported_by TEXT NOT NULL);
    CREATE INDEX components_key ON components(period, agent_id, kind);
    CREATE TABLE disputes (
        dispute_id INTEGER PRIMARY KEY, call_id TEXT NOT NULL REFERENCES calls(call_id),
        rule_id TEXT NOT NULL, opened_at TEXT NOT NULL, opened_by TEXT NOT NULL,
        reason TEXT NOT NULL);
    CREATE TABLE dispute_events (
        event_id INTEGER PRIMARY KEY, dispute_id INTEGER NOT NULL REFERENCES disputes(dispute_id),
        action TEXT NOT NULL CHECK (action IN ('open', 'accept', 'reject')),
        at TEXT NOT NULL, by TEXT NOT NULL, note TEXT NOT NULL);
    CREATE TABLE overrides (
        override_id INTEGER PRIMARY KEY, call_id TEXT NOT NULL REFERENCES calls(call_id),
        rule_id TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('remove_deduction')),
        dispute_id INTEGER REFERENCES disputes(dispute_id),
        at TEXT NOT NULL, by TEXT NOT NULL, why TEXT NOT NULL);
    CREATE INDEX overrides_call ON overrides(call_id);
    CREATE VIEW call_scores AS
        SELECT s.* FROM scores s
        WHERE s.rev = (SELECT max(rev) FROM scores WHERE call_id = s.call_id);
    CREATE VIEW dispute_status AS
        SELECT d.*, (SELECT action FROM dispute_events e WHERE e.dispute_id = d.dispute_id
                     ORDER BY event_id DESC LIMIT 1) AS status
        FROM disputes d;
    """ + "".join(_append_only(t) for t in
                  ("scores", "components", "disputes", "dispute_events", "overrides")),
    # 2: which recording a call is, so that another recording under the same call_id is
    # refused instead of replacing it (NULL for calls ingested before: they update as ever).
    """
    ALTER TABLE calls ADD COLUMN input_sha256 TEXT;
    ALTER TABLE calls ADD COLUMN source TEXT;
    """,
    # 3: the review console (users, per-hit decisions and disputes, transcript search).
    CONSOLE_MIGRATION,
    # 4: where each call's time went (qa_toolkit/handling.py); NULL for calls ingested before
    # and for call JSONs that do not measure it.
    """
    ALTER TABLE calls ADD COLUMN agent_talk_s REAL;
    ALTER TABLE calls ADD COLUMN customer_talk_s REAL;
    ALTER TABLE calls ADD COLUMN hold_s REAL;
    ALTER TABLE calls ADD COLUMN silence_s REAL;
    """,
]


TABLES = ("runs", "scorecards", "calls", "hits", "review_items", "scores", "components",
          "disputes", "dispute_events", "overrides", "hit_decisions")
"""The tables analysts get as Parquet (not users or login attempts)."""
