"""What every part of the history store shares: its error, where it lives, the time and
user a change is recorded with, the connection (opened, migrated, written in transactions)
and the score revisions that every change of a call's score goes through.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional, TypeVar

import polars as pl

from qa_toolkit.scoring import Scorecard, outcome_from_hit, score_call, scorecard_from_dict
from qa_toolkit.store.schema import MIGRATIONS

log = logging.getLogger(__name__)

DB_ENV = "QA_TOOLKIT_DB"


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


class Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error): a writer takes the lock up front."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: Any, *rest: Any) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _quoted(column: str) -> str:
    return f'"{column}"'


_Self = TypeVar("_Self", bound="StoreBase")


class StoreBase:
    """One history database: its connection, schema and score revisions. ``Store`` adds
    ingest, disputes, component imports and frames (``qa_toolkit/store/__init__.py``)."""

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

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def rule_packs(self) -> list[dict[str, Any]]:
        """The rule packs the stored calls were judged with: ``{id, calls}`` each (what
        ``rules.rule_titles`` names their rules by)."""
        rows = self.conn.execute("SELECT rule_pack_id, COUNT(*) FROM calls "
                                 "WHERE rule_pack_id IS NOT NULL GROUP BY rule_pack_id")
        return [{"id": pack, "calls": n} for pack, n in rows]

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

    def _add_scores(self, rows: list[tuple[str, Any, str]], at: str, by: str) -> None:
        self.conn.executemany(
            "INSERT INTO scores SELECT ?1, coalesce((SELECT max(rev) FROM scores "
            "WHERE call_id = ?1), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9",
            [(call_id, s.score, s.deductions, int(s.red_line), s.bonus,
              json.dumps(s.by_category, sort_keys=True), cause, at, by)
             for call_id, s, cause in rows])

    def _transaction(self) -> Transaction:
        return Transaction(self.conn)

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
