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

import functools
import getpass
import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

import orjson
import polars as pl

from qa_toolkit.console_schema import CONSOLE_MIGRATION, append_only as _append_only
from qa_toolkit.handling import CallTimes, call_times
from qa_toolkit.pii import mask_text
from qa_toolkit.scoring import (Scorecard, category, default_scorecard_path,
                                load_scorecard, outcome_from_hit, score_call,
                                scorecard_from_dict)

log = logging.getLogger(__name__)

DB_ENV = "QA_TOOLKIT_DB"
COMPONENT_KINDS = ("mystery_shopper", "csat", "peer")


class StoreError(ValueError):
    """A problem with the store or with what is put into it, in one line."""


def default_db_path() -> Path:
    """``$QA_TOOLKIT_DB``, else ``$XDG_DATA_HOME/qa-toolkit/history.sqlite``.

    A per-user data folder rather than a path relative to OUT or the working directory: the
    nightly ingest, the supervisor's ``matrix`` and an agent's ``dispute`` must all find the
    same history wherever they are run from.
    """
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "qa-toolkit" / "history.sqlite"


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def period_of(started_at: Optional[str]) -> Optional[str]:
    """``2026-11-03T09:12:00+08:00`` → ``2026-11`` (the centre's local month); None if unknown."""
    if not started_at:
        return None
    try:
        when = datetime.fromisoformat(str(started_at).replace("Z", "+00:00"))
    except ValueError:
        return None
    return f"{when.year:04d}-{when.month:02d}"


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


@dataclass
class IngestResult:
    """What one ``ingest`` did."""

    run_id: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rescored: int = 0
    """Calls whose pipeline score differs from the store's (another scorecard was used)."""
    errors: list[str] = field(default_factory=list)
    """One line per call JSON that could not be read: ``file: problem``."""


class Store:
    """One history database; use as a context manager or call ``close``."""

    def __init__(self, path: Optional[str | Path] = None, workers: int = 0):
        self.path = Path(path) if path is not None else default_db_path()
        self.workers = workers or (os.cpu_count() or 1)
        """Processes that parse call JSONs during a large ingest (0 = one per core)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the history database ({exc})") from None
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._scorecards: dict[str, Scorecard] = {}
        """Scorecards by digest, for re-scoring after a dispute."""
        self.migrate()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- schema --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        version = self.schema_version
        if version == 0:
            foreign = [r[0] for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            if foreign:  # e.g. a run's ledger.sqlite given as --db: never write into it
                raise StoreError(f"{self.path}: not a qa-toolkit history database (it holds "
                                 f"tables {', '.join(foreign[:5])}; a run's ledger?)")
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {version} is newer than this "
                             f"qa-toolkit understands ({len(MIGRATIONS)}); upgrade qa-toolkit")
        for number in range(version + 1, len(MIGRATIONS) + 1):
            # executescript commits on its own; the version bump sits inside the script so a
            # crash leaves either the old or the new schema.
            self.conn.executescript(f"BEGIN;\n{MIGRATIONS[number - 1]}\n"
                                    f"PRAGMA user_version = {number};\nCOMMIT;")
            log.info("%s: schema migrated to version %d", self.path, number)

    # --- queries -------------------------------------------------------------------------

    def frame(self, sql: str, params: Any = (),
              schema: Optional[dict[str, Any]] = None) -> pl.DataFrame:
        """A query's rows as a polars frame (``schema`` types the columns, even when empty)."""
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
        columns = list(zip(*rows)) if rows else [[] for _ in names]
        schema = schema or {}
        return pl.DataFrame({n: pl.Series(n, list(c), dtype=schema.get(n), strict=False)
                             for n, c in zip(names, columns)})

    def calls_frame(self, months: Optional[Sequence[str]] = None) -> pl.DataFrame:
        """Calls with their current score; ``months`` (``YYYY-MM``) filters them."""
        where, params = _in_months(months)
        return self.frame(
            f"SELECT c.call_id, c.run_id, c.agent_id, c.team, c.started_at, c.period, "
            f"c.business_type, c.customer_tier, c.duration_s, c.rule_pack_id, "
            f"c.rule_pack_version, c.pipeline_score, s.score, s.deductions, s.red_line, "
            f"s.bonus, s.rev AS score_rev, c.flags, c.agent_talk_s, c.customer_talk_s, "
            f"c.hold_s, c.silence_s FROM calls c "
            f"JOIN call_scores s USING (call_id) {where} ORDER BY c.call_id", params,
            schema=CALL_SCHEMA)

    def hits_frame(self, months: Optional[Sequence[str]] = None) -> pl.DataFrame:
        """Every hit with its call's agent, team and period, and whether a dispute overturned it."""
        where, params = _in_months(months)
        return self.frame(
            f"SELECT h.call_id, c.agent_id, c.team, c.period, h.seq, h.rule_id, h.category, "
            f"h.severity, h.points, h.start, h.\"end\", h.role, h.evidence, h.message, "
            f"(EXISTS (SELECT 1 FROM overrides o WHERE o.call_id = h.call_id "
            f"AND o.rule_id = h.rule_id) OR EXISTS (SELECT 1 FROM hit_decisions_latest d "
            f"WHERE d.call_id = h.call_id AND d.target = 'hit' AND d.seq = h.seq "
            f"AND d.rule_id = h.rule_id AND d.decision = 'overturn')) AS overturned "
            f"FROM hits h JOIN calls c USING (call_id) {where} ORDER BY h.call_id, h.seq",
            params, schema=HIT_SCHEMA).with_columns(pl.col("overturned").cast(pl.Boolean))

    def components_frame(self) -> pl.DataFrame:
        """The current value of each imported component: the latest import per agent/period/kind."""
        return self.frame(
            "SELECT agent_id, period, kind, score, team, source, imported_at, imported_by "
            "FROM components c WHERE id = (SELECT max(id) FROM components d WHERE "
            "d.agent_id = c.agent_id AND d.period = c.period AND d.kind = c.kind)",
            schema={"agent_id": pl.String, "period": pl.String, "kind": pl.String,
                    "score": pl.Float64, "team": pl.String, "source": pl.String,
                    "imported_at": pl.String, "imported_by": pl.String})

    def table(self, name: str) -> pl.DataFrame:
        if name not in TABLES:
            raise StoreError(f"unknown table {name!r} (known: {', '.join(TABLES)})")
        return self.frame(f"SELECT * FROM {name}")

    # --- ingest --------------------------------------------------------------------------

    def _remember_scorecard(self, card: Scorecard) -> str:
        digest = card.digest
        self.conn.execute(
            "INSERT OR IGNORE INTO scorecards (digest, id, version, body, source, first_seen) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (digest, card.id, card.version, json.dumps(card.to_dict(), ensure_ascii=False),
             card.source, now_iso()))
        self._scorecards.setdefault(digest, card)
        return digest

    def _scorecard_by_digest(self, digest: Optional[str]) -> Scorecard:
        if not digest:
            return Scorecard()
        if digest not in self._scorecards:
            row = self.conn.execute("SELECT body FROM scorecards WHERE digest = ?",
                                    (digest,)).fetchone()
            if row is None:
                raise StoreError(f"{self.path}: scorecard {digest} is missing from the store")
            self._scorecards[digest] = scorecard_from_dict(json.loads(row[0]),
                                                           f"scorecard {digest}")
        return self._scorecards[digest]

    def ingest(self, out_dir: str | Path, scorecard: Optional[Scorecard] = None,
               by: Optional[str] = None) -> IngestResult:
        """Add (or update) the calls of an OUT folder; a second ingest of the same files is a no-op.

        ``scorecard`` scores every call; None picks the scorecard of each call's rule pack.
        """
        out = Path(out_dir)
        calls_dir = out / "calls"
        if not calls_dir.is_dir():
            raise StoreError(f"{out}: not an OUT folder (no calls/ inside)")
        run_id = hashlib.sha1(str(out.resolve()).encode("utf-8")).hexdigest()[:12]
        result = IngestResult(run_id=run_id)
        by = mask_text(by or current_user())
        # The write lock is taken before reading what is known, so two ingests running at
        # once (WAL readers are never blocked) cannot both add the same call.
        with self._transaction():
            known: dict[str, str] = {}
            recordings: dict[str, tuple[Optional[str], Optional[str]]] = {}
            for call_id, content_hash, input_sha, source in self.conn.execute(
                    "SELECT call_id, content_hash, input_sha256, source FROM calls"):
                known[call_id] = content_hash
                recordings[call_id] = (input_sha, source)
            overridden: dict[str, set[str]] = {}
            for call_id, rule_id in self.conn.execute("SELECT call_id, rule_id FROM overrides"):
                overridden.setdefault(call_id, set()).add(rule_id)
            names = sorted(n for n in os.listdir(calls_dir) if n.endswith(".json"))
            at = now_iso()
            batch: dict[str, str] = {}
            digests: dict[int, str] = {}
            registered = False
            for chunk in _prepared_chunks(str(calls_dir), names, known, overridden, scorecard,
                                          self.workers):
                call_rows, hit_rows, review_rows, score_rows, replaced = [], [], [], [], []
                for item in chunk:
                    if item is None:
                        result.unchanged += 1
                        continue
                    if isinstance(item, str):
                        result.errors.append(item)
                        continue
                    call_id = item.call_id
                    if known.get(call_id) == item.digest:
                        result.unchanged += 1
                        continue
                    if call_id in batch:
                        result.errors.append(f"{calls_dir / item.name}: call_id {call_id!r} "
                                             f"also in {batch[call_id]}")
                        continue
                    conflict = _other_recording(recordings.get(call_id), item,
                                                calls_dir / item.name)
                    if conflict:
                        result.errors.append(conflict)
                        continue
                    batch[call_id] = item.name
                    card = scorecard if scorecard is not None else pack_scorecard(item.pack_id)
                    if id(card) not in digests:  # hashing a scorecard per call would dominate
                        digests[id(card)] = self._remember_scorecard(card)
                    if call_id in known:
                        replaced.append(call_id)
                        result.updated += 1
                    else:
                        result.added += 1
                    known[call_id] = item.digest
                    call_rows.append((call_id, run_id, *item.row, digests[id(card)], item.flags,
                                      item.digest, at, item.input_sha256, item.source,
                                      *item.times.as_row()))
                    hit_rows.extend(item.hits)
                    review_rows.extend(item.review)
                    result.rescored += item.rescored
                    score_rows.append((call_id, item.score, "ingest" + (
                        " (overrides applied)" if call_id in overridden else "")))
                if not call_rows:
                    continue
                if not registered:
                    self.conn.execute(
                        "INSERT INTO runs (run_id, out_dir, first_ingested_at, last_ingested_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                        "last_ingested_at = excluded.last_ingested_at",
                        (run_id, str(out.resolve()), at, at))
                    registered = True
                self._insert(call_rows, hit_rows, review_rows, score_rows, replaced, at, by)
            if not registered:
                log.info("%s: nothing new (%d calls unchanged)", out, result.unchanged)
                return result
            self.conn.execute("UPDATE runs SET calls = (SELECT count(*) FROM calls "
                              "WHERE run_id = ?) WHERE run_id = ?", (run_id, run_id))
        log.info("%s: %d calls added, %d updated, %d unchanged, %d unreadable", out,
                 result.added, result.updated, result.unchanged, len(result.errors))
        return result

    def _insert(self, call_rows: list[tuple[Any, ...]], hit_rows: list[tuple[Any, ...]],
                review_rows: list[tuple[Any, ...]], score_rows: list[tuple[str, Any, str]],
                replaced: list[str], at: str, by: str) -> None:
        for table in ("hits", "review_items"):
            self.conn.executemany(f"DELETE FROM {table} WHERE call_id = ?",
                                  [(c,) for c in replaced])
        self.conn.executemany(
            "INSERT INTO calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) "
            "ON CONFLICT (call_id) DO UPDATE SET run_id = excluded.run_id, "
            "agent_id = excluded.agent_id, team = excluded.team, "
            "started_at = excluded.started_at, period = excluded.period, "
            "business_type = excluded.business_type, customer_tier = excluded.customer_tier, "
            "duration_s = excluded.duration_s, rule_pack_id = excluded.rule_pack_id, "
            "rule_pack_version = excluded.rule_pack_version, model = excluded.model, "
            "pipeline_score = excluded.pipeline_score, scorecard = excluded.scorecard, "
            "flags = excluded.flags, content_hash = excluded.content_hash, "
            "ingested_at = excluded.ingested_at, "
            "input_sha256 = coalesce(excluded.input_sha256, input_sha256), "
            "source = excluded.source, agent_talk_s = excluded.agent_talk_s, "
            "customer_talk_s = excluded.customer_talk_s, hold_s = excluded.hold_s, "
            "silence_s = excluded.silence_s", call_rows)
        self.conn.executemany("INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              hit_rows)
        self.conn.executemany(
            "INSERT INTO review_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", review_rows)
        self._add_scores(score_rows, at, by)
        # The parsing workers know only the rule-wide overrides; a call that reviewers
        # decided hit by hit is scored once more with those decisions.
        decided = self.conn.execute(
            "SELECT DISTINCT call_id FROM hit_decisions WHERE call_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(replaced),)).fetchall()
        for (call_id,) in decided:
            self._rescore(call_id, "ingest (decisions applied)", at, by)

    def _add_scores(self, rows: list[tuple[str, Any, str]], at: str, by: str) -> None:
        self.conn.executemany(
            "INSERT INTO scores SELECT ?1, coalesce((SELECT max(rev) FROM scores "
            "WHERE call_id = ?1), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9",
            [(call_id, s.score, s.deductions, int(s.red_line), s.bonus,
              json.dumps(s.by_category, sort_keys=True), cause, at, by)
             for call_id, s, cause in rows])

    def _transaction(self) -> "_Tx":
        return _Tx(self.conn)

    # --- components ----------------------------------------------------------------------

    def import_components(self, file: str | Path, kind: str,
                          by: Optional[str] = None) -> tuple[int, int]:
        """Import mystery-shopper, CSAT or peer scores from a CSV: ``agent_id,period,score``
        (optional ``team``); period ``YYYY-MM``, score 0–100. Returns (imported, unchanged):
        a value equal to the current one is not imported again.
        """
        path = Path(file)
        if kind not in COMPONENT_KINDS:
            raise StoreError(f"unknown component kind {kind!r} (known: {', '.join(COMPONENT_KINDS)})")
        try:
            blob = path.read_bytes()
            df = pl.read_csv(blob, infer_schema_length=0)
        except FileNotFoundError:
            raise StoreError(f"{path}: file not found") from None
        except (OSError, pl.exceptions.PolarsError) as exc:
            raise StoreError(f"{path}: not a readable CSV ({str(exc).splitlines()[0]})") from None
        missing = [c for c in ("agent_id", "period", "score") if c not in df.columns]
        if missing:
            raise StoreError(f"{path}: missing column(s) {', '.join(missing)} "
                             f"(need agent_id, period, score)")
        rows = []
        for line, rec in enumerate(df.iter_rows(named=True), start=2):
            agent, period, raw = (rec["agent_id"] or "").strip(), (rec["period"] or "").strip(), rec["score"]
            if not agent:
                raise StoreError(f"{path}:{line}: empty agent_id")
            if len(period) != 7 or period_of(period + "-01") != period:
                raise StoreError(f"{path}:{line}: period {period!r} is not YYYY-MM")
            try:
                score = float(raw)
            except (TypeError, ValueError):
                raise StoreError(f"{path}:{line}: score {raw!r} is not a number") from None
            if not 0 <= score <= 100:
                raise StoreError(f"{path}:{line}: score {score:g} is outside 0-100")
            rows.append((agent, period, score, (rec.get("team") or "").strip() or None))
        current = {(r[0], r[1]): r[3] for r in self.conn.execute(
            "SELECT agent_id, period, kind, score FROM components c WHERE kind = ? AND id = "
            "(SELECT max(id) FROM components d WHERE d.agent_id = c.agent_id "
            "AND d.period = c.period AND d.kind = c.kind)", (kind,))}
        fresh = [r for r in rows if current.get((r[0], r[1])) != r[2]]
        digest = hashlib.sha1(blob).hexdigest()
        at, by = now_iso(), mask_text(by or current_user())
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO components (agent_id, period, kind, score, team, source, "
                "source_hash, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(a, p, kind, s, t, str(path), digest, at, by) for a, p, s, t in fresh])
        return len(fresh), len(rows) - len(fresh)

    # --- disputes ------------------------------------------------------------------------

    def open_dispute(self, call_id: str, rule_id: str, reason: str,
                     by: Optional[str] = None, seq: Optional[int] = None) -> int:
        """Contest the deduction(s) of ``rule_id`` in a call (only hit ``seq`` when given);
        returns the dispute id."""
        if not reason.strip():
            raise StoreError("a dispute needs a reason")
        if self.conn.execute("SELECT 1 FROM calls WHERE call_id = ?", (call_id,)).fetchone() is None:
            raise StoreError(f"call {call_id!r} is not in {self.path}")
        if self.conn.execute("SELECT 1 FROM hits WHERE call_id = ? AND rule_id = ? "
                             "AND coalesce(?, seq) = seq",
                             (call_id, rule_id, seq)).fetchone() is None:
            raise StoreError(f"call {call_id!r} has no hit of rule {rule_id!r} to dispute")
        if self.conn.execute("SELECT 1 FROM overrides WHERE call_id = ? AND rule_id = ?",
                             (call_id, rule_id)).fetchone() is not None:
            raise StoreError(f"the {rule_id} deduction of call {call_id} was already removed")
        # A dispute on the whole rule and one on a single hit of it would decide the same
        # deduction twice: one open dispute per rule and call.
        open_id = self.conn.execute(
            "SELECT dispute_id FROM dispute_status WHERE call_id = ? AND rule_id = ? "
            "AND status = 'open'", (call_id, rule_id)).fetchone()
        if open_id is not None:
            raise StoreError(f"dispute #{open_id[0]} on {call_id} {rule_id} is already open")
        # What people type is masked before it is stored: an agent quoting the customer's card
        # number in a reason would otherwise put it in the store and its Parquet copies.
        at, by, reason = now_iso(), mask_text(by or current_user()), mask_text(reason)
        with self._transaction():
            cur = self.conn.execute(
                "INSERT INTO disputes (call_id, rule_id, opened_at, opened_by, reason, seq) "
                "VALUES (?, ?, ?, ?, ?, ?)", (call_id, rule_id, at, by, reason, seq))
            dispute_id = int(cur.lastrowid)
            self.conn.execute("INSERT INTO dispute_events (dispute_id, action, at, by, note) "
                              "VALUES (?, 'open', ?, ?, ?)", (dispute_id, at, by, reason))
        return dispute_id

    def resolve_dispute(self, dispute_id: int, accept: bool, by: str, note: str) -> None:
        """Accept (the deduction goes, the call is re-scored) or reject a dispute."""
        if not by.strip():
            raise StoreError("resolving a dispute needs the name of who decided (--by)")
        if not note.strip():
            raise StoreError("resolving a dispute needs a note saying why")
        at, by, note = now_iso(), mask_text(by), mask_text(note)
        # The status is read inside the write lock: two supervisors resolving at once cannot
        # both close it.
        with self._transaction():
            row = self.conn.execute("SELECT call_id, rule_id, status, seq FROM dispute_status "
                                    "WHERE dispute_id = ?", (dispute_id,)).fetchone()
            if row is None:
                raise StoreError(f"no dispute #{dispute_id} in {self.path}")
            call_id, rule_id, status, seq = row
            if status != "open":
                raise StoreError(f"dispute #{dispute_id} is already closed ({status}ed)")
            self.conn.execute("INSERT INTO dispute_events (dispute_id, action, at, by, note) "
                              "VALUES (?, ?, ?, ?, ?)",
                              (dispute_id, "accept" if accept else "reject", at, by, note))
            if accept and seq is None:
                self.conn.execute(
                    "INSERT INTO overrides (call_id, rule_id, action, dispute_id, at, by, why) "
                    "VALUES (?, ?, 'remove_deduction', ?, ?, ?, ?)",
                    (call_id, rule_id, dispute_id, at, by, note))
            elif accept:
                self.conn.execute(
                    "INSERT INTO hit_decisions (call_id, target, seq, rule_id, decision, "
                    "dispute_id, at, by, note) VALUES (?, 'hit', ?, ?, 'overturn', ?, ?, ?, ?)",
                    (call_id, seq, rule_id, dispute_id, at, by, note))
            if accept:
                self._rescore(call_id, f"dispute #{dispute_id} accepted", at, by)

    def _rescore(self, call_id: str, cause: str, at: str, by: str) -> None:
        """Add a score revision from the call's hits as people have decided them: hits of a
        rule whose dispute was accepted go, and each hit or review outcome's latest
        decision (console_store.decide) counts: overturn drops a hit, confirm makes a review
        outcome a hit, severity re-rates it (its points then come from the scorecard's
        severity table). Every path that changes a score after ingest comes through here."""
        digest = self.conn.execute("SELECT scorecard FROM calls WHERE call_id = ?",
                                   (call_id,)).fetchone()[0]
        card = self._scorecard_by_digest(digest)
        gone = {r[0] for r in self.conn.execute(
            "SELECT rule_id FROM overrides WHERE call_id = ?", (call_id,))}
        # Keyed by rule too: a re-ingested call whose hit #seq is now another rule's keeps
        # no decision made on the old one.
        latest = {(target, seq, rule): (decision, severity)
                  for target, seq, rule, decision, severity in self.conn.execute(
                      "SELECT target, seq, rule_id, decision, severity FROM "
                      "hit_decisions_latest WHERE call_id = ?", (call_id,))}
        keys = ("seq", "rule_id", "severity", "points", "message", "start", "end", "role",
                "evidence")
        outcomes = []
        for target, table in (("hit", "hits"), ("review", "review_items")):
            for row in self.conn.execute(f"SELECT {', '.join(map(_quoted, keys))} FROM {table} "
                                         f"WHERE call_id = ? ORDER BY seq", (call_id,)):
                item = dict(zip(keys, row))
                decision, severity = latest.get((target, item["seq"], item["rule_id"]),
                                                (None, None))
                counts = decision in ("confirm", "severity") if target == "review" \
                    else decision != "overturn" and item["rule_id"] not in gone
                if not counts:
                    continue
                if decision == "severity":
                    item.update(severity=severity, points=None)
                outcomes.append(outcome_from_hit(item))
        self._add_scores([(call_id, score_call(outcomes, card), cause)], at, by)

    def disputes_frame(self, status: Optional[str] = None) -> pl.DataFrame:
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        return self.frame(
            f"SELECT dispute_id, call_id, rule_id, status, opened_at, opened_by, reason, "
            f"(SELECT at FROM dispute_events e WHERE e.dispute_id = d.dispute_id AND "
            f"action != 'open') AS resolved_at, "
            f"(SELECT by FROM dispute_events e WHERE e.dispute_id = d.dispute_id AND "
            f"action != 'open') AS resolved_by, "
            f"(SELECT note FROM dispute_events e WHERE e.dispute_id = d.dispute_id AND "
            f"action != 'open') AS note "
            f"FROM dispute_status d {where} ORDER BY dispute_id", params,
            schema={"dispute_id": pl.Int64, "resolved_at": pl.String, "resolved_by": pl.String,
                    "note": pl.String})

    def trail(self, call_id: str) -> pl.DataFrame:
        """Everything that changed a call's score, oldest first: who, when, why."""
        # Same-second events keep their causal order: open → decision → override → re-score.
        return self.frame(
            "SELECT at, by, what, value, why FROM ("
            "SELECT at, by, 'score' AS what, 'rev ' || rev || ': ' || score AS value, "
            "cause AS why, CASE rev WHEN 1 THEN 0 ELSE 4 END AS step, rev AS n "
            "FROM scores WHERE call_id = :c "
            "UNION ALL SELECT e.at, e.by, 'dispute #' || d.dispute_id || ' ' || e.action, "
            "d.rule_id, e.note, CASE e.action WHEN 'open' THEN 1 ELSE 2 END, e.event_id "
            "FROM dispute_events e JOIN disputes d USING (dispute_id) WHERE d.call_id = :c "
            "UNION ALL SELECT at, by, 'override', rule_id || ' ' || action, why, 3, override_id "
            "FROM overrides WHERE call_id = :c) ORDER BY at, step, n", {"c": call_id})

    # --- parquet -------------------------------------------------------------------------

    def _state(self) -> dict[str, int]:
        """Changes whenever the data does: every change adds rows to one of these tables."""
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("calls", "scores", "components", "dispute_events", "overrides",
                          "hit_decisions")}

    def write_parquet(self, folder: str | Path, force: bool = False) -> list[Path]:
        """Write every table (and ``calls`` with current scores as ``call_scores``) as Parquet.

        Skipped (returns []) when nothing changed since the last write to ``folder``, so an
        idempotent ingest stays cheap and a dispute decided since still reaches the analysts.
        """
        target = Path(folder)
        marker = target / "_state.json"
        state = self._state()
        try:
            if not force and json.loads(marker.read_text(encoding="utf-8")) == state:
                return []
        except (OSError, ValueError):
            pass
        target.mkdir(parents=True, exist_ok=True)
        frames = {name: self.table(name) for name in TABLES}
        frames["call_scores"] = self.calls_frame()
        written = []
        for name, df in frames.items():
            path = target / f"{name}.parquet"
            tmp = path.with_suffix(".parquet.tmp")
            df.write_parquet(tmp)
            os.replace(tmp, path)
            written.append(path)
        marker.write_text(json.dumps(state), encoding="utf-8")
        return written


TABLES = ("runs", "scorecards", "calls", "hits", "review_items", "scores", "components",
          "disputes", "dispute_events", "overrides", "hit_decisions")
"""The tables analysts get as Parquet (not users or login attempts)."""


def _quoted(column: str) -> str:
    return f'"{column}"'


CALL_SCHEMA = {"call_id": pl.String, "run_id": pl.String, "agent_id": pl.String,
               "team": pl.String, "started_at": pl.String, "period": pl.String,
               "business_type": pl.String, "customer_tier": pl.String,
               "duration_s": pl.Float64, "rule_pack_id": pl.String,
               "rule_pack_version": pl.String, "pipeline_score": pl.Float64,
               "score": pl.Float64, "deductions": pl.Float64, "red_line": pl.Int64,
               "bonus": pl.Float64, "score_rev": pl.Int64, "flags": pl.String,
               "agent_talk_s": pl.Float64, "customer_talk_s": pl.Float64,
               "hold_s": pl.Float64, "silence_s": pl.Float64}
HIT_SCHEMA = {"call_id": pl.String, "agent_id": pl.String, "team": pl.String,
              "period": pl.String, "seq": pl.Int64, "rule_id": pl.String,
              "category": pl.String, "severity": pl.String, "points": pl.Float64,
              "start": pl.Float64, "end": pl.Float64, "role": pl.String,
              "evidence": pl.String, "message": pl.String, "overturned": pl.Int64}


class _Tx:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error): a writer takes the lock up front."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: Any, *rest: Any) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


@functools.lru_cache(maxsize=None)
def pack_scorecard(pack_id: Optional[str]) -> Scorecard:
    """The scorecard shipped next to a rule pack, else the built-in default (100 − points)."""
    path = default_scorecard_path(pack_id) if pack_id else None
    return load_scorecard(path) if path is not None and path.is_file() else Scorecard()


@dataclass
class _Prepared:
    """One call JSON made into rows."""

    name: str
    call_id: str
    digest: str
    pack_id: Optional[str]
    row: tuple[Any, ...]
    """The ``calls`` columns from agent_id to pipeline_score."""
    flags: str
    hits: list[tuple[Any, ...]]
    review: list[tuple[Any, ...]]
    score: Any
    rescored: bool
    input_sha256: Optional[str]
    """The recording's hash (provenance), None in JSONs that do not carry it."""
    source: Optional[str]
    times: CallTimes
    """Where the call's time went (``handling.call_times``)."""


def _other_recording(stored: Optional[tuple[Optional[str], Optional[str]]], item: _Prepared,
                     file: Path) -> Optional[str]:
    """The error line when ``item`` is another recording than the stored call of its id."""
    if stored is None or stored[0] is None or item.input_sha256 is None \
            or stored[0] == item.input_sha256:
        return None
    return (f"{file}: call_id {item.call_id!r} is another recording ({item.source}, sha256 "
            f"{item.input_sha256[:12]}) than the one in the store ({stored[1]}, sha256 "
            f"{stored[0][:12]}); not replaced: give one of them another call_id")


PARALLEL_MIN_FILES = 4000
"""Below this many call files an ingest parses them in its own process (starting workers
costs ~0.5 s); above, one worker per core parses while the main process writes SQLite."""
CHUNK_FILES = 2000


def _prepared_chunks(calls_dir: str, names: list[str], known: dict[str, str],
                     overridden: dict[str, set[str]], scorecard: Optional[Scorecard],
                     workers: int) -> Iterator[list[Optional[str | _Prepared]]]:
    """The prepared files in name order, in chunks; parsed by a process pool when it pays."""
    chunks = [names[i:i + CHUNK_FILES] for i in range(0, len(names), CHUNK_FILES)]
    # Each worker gets only the digests of its own files, not the whole store's.
    jobs = [(calls_dir, chunk, {n[:-5]: known[n[:-5]] for n in chunk if n[:-5] in known},
             overridden, scorecard) for chunk in chunks]
    if workers <= 1 or len(names) < PARALLEL_MIN_FILES:
        for job in jobs:
            yield _prepare_files(*job)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    done = 0
    try:
        # spawn, not fork: the parent holds an open SQLite connection and a write transaction.
        with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=get_context("spawn")) as pool:
            for chunk in pool.map(_prepare_files, *zip(*jobs)):
                yield chunk
                done += 1
    except BrokenProcessPool:
        # A script without an ``if __name__ == "__main__"`` guard cannot spawn workers.
        log.warning("ingest: worker processes failed to start; parsing in this process")
        for job in jobs[done:]:
            yield _prepare_files(*job)


def _prepare_files(calls_dir: str, names: list[str], known: dict[str, str],
                   overridden: dict[str, set[str]],
                   scorecard: Optional[Scorecard]) -> list[Optional[str | _Prepared]]:
    """None (unchanged), an error line, or the prepared call, for every file name in order."""
    out: list[Optional[str | _Prepared]] = []
    scores: dict[tuple[Any, ...], Any] = {}
    for name in names:
        file = os.path.join(calls_dir, name)
        try:
            with open(file, "rb") as handle:
                blob = handle.read()
        except OSError as exc:
            out.append(f"{file}: cannot read ({exc.strerror})")
            continue
        digest = hashlib.sha1(blob).hexdigest()
        if known.get(name[:-5]) == digest:
            out.append(None)
            continue
        try:
            call = _parse_call(blob, file)
        except StoreError as exc:
            out.append(str(exc))
            continue
        call_id = call["call_id"]
        pack = call.get("rule_pack") or {}
        card = scorecard if scorecard is not None else pack_scorecard(pack.get("id"))
        hits = call.get("hits") or []
        gone = overridden.get(call_id, ())
        # A score depends only on the hits' rule, severity, points and (for overlapping
        # hits) span and speaker: most calls share a handful of such patterns, so each is
        # scored once per chunk.
        key = (id(card), tuple((h["rule_id"], h.get("severity"), h.get("points"),
                                h.get("start"), h.get("end"), h.get("role"))
                               for h in hits if h["rule_id"] not in gone))
        score = scores.get(key)
        if score is None:
            score = scores[key] = score_call(
                [outcome_from_hit(h) for h in hits if h["rule_id"] not in gone], card)
        flags = call.get("flags") or []
        provenance = call.get("provenance") if isinstance(call.get("provenance"), dict) else {}
        out.append(_Prepared(
            name=name, call_id=call_id, digest=digest, pack_id=pack.get("id"),
            row=(call.get("agent_id"), call.get("team"), call.get("started_at"),
                 period_of(call.get("started_at")), call.get("business_type"),
                 call.get("customer_tier"), call.get("duration_s"), pack.get("id"),
                 pack.get("version"), call.get("model"), call.get("score")),
            flags=json.dumps(sorted(flags), ensure_ascii=False) if flags else "[]",
            hits=[_hit_row(call_id, seq, h) for seq, h in enumerate(hits)],
            review=[_hit_row(call_id, seq, h) + (mask_text(h.get("reason") or ""),)
                    for seq, h in enumerate(call.get("review") or [])],
            score=score,
            rescored=call.get("score") is not None and abs(float(call["score"]) - score.score) > 0.005,
            input_sha256=_text_or_none(provenance.get("input_sha256")),
            source=_text_or_none(call.get("source")), times=call_times(call)))
    return out


def _text_or_none(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None


def _in_months(months: Optional[Sequence[str]]) -> tuple[str, list[str]]:
    if months is None:
        return "", []
    return f"WHERE c.period IN ({', '.join('?' * len(months))})", list(months)


def _hit_row(call_id: str, seq: int, h: dict[str, Any]) -> tuple[Any, ...]:
    return (call_id, seq, h["rule_id"], category(h["rule_id"]), h.get("severity"),
            h.get("points"), h.get("start"), h.get("end"), h.get("role"),
            mask_text(h.get("evidence") or ""), mask_text(h.get("message") or ""))


def _parse_call(blob: bytes, file: str) -> dict[str, Any]:
    # orjson: a call JSON carries every word of the transcript, and parsing it is most of the
    # cost of an ingest (3x faster than the json module on real calls).
    try:
        call = orjson.loads(blob)
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"{file}: not valid call JSON ({exc})") from None
    if not isinstance(call, dict) or not isinstance(call.get("call_id"), str):
        raise StoreError(f"{file}: not a call JSON (no call_id)")
    for key in ("hits", "review"):
        items = call.get(key) or []
        if not isinstance(items, list) or not all(
                isinstance(h, dict) and isinstance(h.get("rule_id"), str) for h in items):
            raise StoreError(f"{file}: {key} must be a list of objects with a rule_id")
    return call


