"""The review console's tables in the history store (schema version 3, see
store/schema.py's MIGRATIONS).

Kept apart from store/schema.py so the store's schema stays about calls, hits and scores;
only the SQL lives here (store/schema.py imports it; console_store.py, console_users.py and
console_calibration.py work on the tables).

- ``users``: who may log in, their role and argon2 hash; an agent user names the
  ``agent_id`` whose calls they may see.
- ``login_attempts``: every login attempt, kept (append-only): the rate limit counts them.
- ``hit_decisions``: a reviewer's confirm / overturn / severity decision on one hit or one
  review outcome, append-only; the latest per item counts when the call is re-scored.
- ``disputes.seq``: a dispute on one hit (NULL: every hit of the rule, as the CLI opens).
- ``transcripts`` + ``transcripts_fts``: each call's transcript text, indexed by FTS5 with
  the trigram tokenizer (Chinese has no spaces; any three characters are a token).
- ``calibrations``, ``calibration_calls``, ``calibration_marks``: a supervisor's calibration
  session, its calls, and each reviewer's blind verdict per (call, rule), append-only (the
  latest submission counts).
"""

from __future__ import annotations

ROLES = ("qa", "supervisor", "agent", "compliance")
DECISIONS = ("confirm", "overturn", "severity")


def append_only(table: str) -> str:
    return (f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;\n"
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;\n")


CONSOLE_MIGRATION = """
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('qa', 'supervisor', 'agent', 'compliance')),
    agent_id TEXT, password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL);
CREATE TABLE login_attempts (
    attempt_id INTEGER PRIMARY KEY, at TEXT NOT NULL, name TEXT NOT NULL,
    client TEXT NOT NULL, outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'wrong', 'locked')));
CREATE INDEX login_attempts_name ON login_attempts(name, attempt_id);
CREATE TABLE hit_decisions (
    decision_id INTEGER PRIMARY KEY, call_id TEXT NOT NULL REFERENCES calls(call_id),
    target TEXT NOT NULL CHECK (target IN ('hit', 'review')), seq INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('confirm', 'overturn', 'severity')),
    severity TEXT, dispute_id INTEGER REFERENCES disputes(dispute_id),
    at TEXT NOT NULL, by TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX hit_decisions_call ON hit_decisions(call_id, target, seq, decision_id);
CREATE VIEW hit_decisions_latest AS
    SELECT d.* FROM hit_decisions d WHERE d.decision_id = (
        SELECT max(decision_id) FROM hit_decisions e
        WHERE e.call_id = d.call_id AND e.target = d.target AND e.seq = d.seq);
ALTER TABLE disputes ADD COLUMN seq INTEGER;
CREATE INDEX calls_started ON calls(started_at, call_id);
CREATE INDEX calls_agent_started ON calls(agent_id, started_at, call_id);
CREATE INDEX hits_call_rule ON hits(rule_id, call_id);
CREATE INDEX disputes_call ON disputes(call_id);
CREATE TABLE transcripts (
    call_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, json_path TEXT, body TEXT NOT NULL);
CREATE VIRTUAL TABLE transcripts_fts USING fts5(
    body, content='transcripts', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER transcripts_ai AFTER INSERT ON transcripts BEGIN
    INSERT INTO transcripts_fts(rowid, body) VALUES (new.rowid, new.body); END;
CREATE TRIGGER transcripts_ad AFTER DELETE ON transcripts BEGIN
    INSERT INTO transcripts_fts(transcripts_fts, rowid, body)
    VALUES ('delete', old.rowid, old.body); END;
CREATE TABLE calibrations (
    calibration_id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL);
CREATE TABLE calibration_calls (
    calibration_id INTEGER NOT NULL REFERENCES calibrations(calibration_id),
    call_id TEXT NOT NULL REFERENCES calls(call_id), PRIMARY KEY (calibration_id, call_id));
CREATE TABLE calibration_marks (
    mark_id INTEGER PRIMARY KEY,
    calibration_id INTEGER NOT NULL REFERENCES calibrations(calibration_id),
    call_id TEXT NOT NULL, reviewer TEXT NOT NULL, rule_id TEXT NOT NULL,
    hit INTEGER NOT NULL CHECK (hit IN (0, 1)), at TEXT NOT NULL);
CREATE INDEX calibration_marks_key ON calibration_marks(calibration_id, call_id, reviewer);
""" + "".join(append_only(t) for t in ("login_attempts", "hit_decisions", "calibration_marks"))
