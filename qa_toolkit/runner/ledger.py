"""The run ledger: one SQLite file per OUT folder, the single source of truth of progress.

Each call is queued → running → done | failed. A run killed at any moment leaves rows in
'running'; the next run puts them back in the queue. Only the runner's main process writes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    call_id     TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    stage       TEXT,
    error       TEXT,
    fingerprint TEXT,
    audio_s     REAL,
    wall_s      REAL,
    timings     TEXT,
    queued_at   REAL,
    started_at  REAL,
    finished_at REAL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  REAL NOT NULL,
    finished_at REAL,
    config      TEXT,
    summary     TEXT
);
"""


@dataclass
class LedgerRow:
    call_id: str
    source: str
    status: str
    attempts: int
    stage: Optional[str]
    error: Optional[str]
    fingerprint: Optional[str]
    audio_s: Optional[float]
    wall_s: Optional[float]


class Ledger:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def start_run(self, config: dict[str, Any]) -> int:
        # Rows left 'running' belong to a run that died; they go back in the queue.
        self.db.execute("UPDATE calls SET status='queued' WHERE status='running'")
        cur = self.db.execute("INSERT INTO runs (started_at, config) VALUES (?, ?)",
                              (time.time(), json.dumps(config, sort_keys=True, default=str)))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        self.db.execute("UPDATE runs SET finished_at=?, summary=? WHERE run_id=?",
                        (time.time(), json.dumps(summary, sort_keys=True), run_id))

    def get(self, call_id: str) -> Optional[LedgerRow]:
        row = self.db.execute(
            "SELECT call_id, source, status, attempts, stage, error, fingerprint, audio_s, wall_s "
            "FROM calls WHERE call_id=?", (call_id,)).fetchone()
        return LedgerRow(*row) if row else None

    def rows(self) -> Iterator[LedgerRow]:
        for row in self.db.execute(
                "SELECT call_id, source, status, attempts, stage, error, fingerprint, audio_s, "
                "wall_s FROM calls ORDER BY call_id"):
            yield LedgerRow(*row)

    def queue(self, call_id: str, source: str) -> None:
        self.db.execute(
            "INSERT INTO calls (call_id, source, status, queued_at) VALUES (?, ?, 'queued', ?) "
            "ON CONFLICT(call_id) DO UPDATE SET status='queued', source=excluded.source, "
            "queued_at=excluded.queued_at", (call_id, source, time.time()))

    def mark_running(self, call_id: str) -> None:
        self.db.execute("UPDATE calls SET status='running', attempts=attempts+1, started_at=? "
                        "WHERE call_id=?", (time.time(), call_id))

    def mark_done(self, call_id: str, fingerprint: str, audio_s: float, wall_s: float,
                  timings: Optional[dict[str, float]] = None) -> None:
        self.db.execute("UPDATE calls SET status='done', stage=NULL, error=NULL, fingerprint=?, "
                        "audio_s=?, wall_s=?, timings=?, finished_at=? WHERE call_id=?",
                        (fingerprint, audio_s, wall_s, json.dumps(timings or {}), time.time(),
                         call_id))

    def mark_failed(self, call_id: str, stage: str, error: str, wall_s: float) -> None:
        self.db.execute("UPDATE calls SET status='failed', stage=?, error=?, wall_s=?, "
                        "finished_at=? WHERE call_id=?",
                        (stage, error, wall_s, time.time(), call_id))

    def counts(self) -> dict[str, int]:
        out = {"queued": 0, "running": 0, "done": 0, "failed": 0}
        for status, n in self.db.execute("SELECT status, COUNT(*) FROM calls GROUP BY status"):
            out[status] = n
        return out
