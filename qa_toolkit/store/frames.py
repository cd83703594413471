"""The store as polars frames: calls with their current score, hits with whether people
overturned them, any table; and Parquet copies of every table for analysts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Sequence

import polars as pl

from qa_toolkit.runfolder import atomic_path, atomic_write
from qa_toolkit.store.common import StoreBase, StoreError
from qa_toolkit.store.schema import TABLES

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


def _in_months(months: Optional[Sequence[str]]) -> tuple[str, list[str]]:
    if months is None:
        return "", []
    return f"WHERE c.period IN ({', '.join('?' * len(months))})", list(months)


class FramesMixin(StoreBase):
    """Calls, hits and tables as polars frames; Parquet copies of the tables."""

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

    def table(self, name: str) -> pl.DataFrame:
        if name not in TABLES:
            raise StoreError(f"unknown table {name!r} (known: {', '.join(TABLES)})")
        return self.frame(f"SELECT * FROM {name}")

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
            with atomic_path(path) as tmp:
                df.write_parquet(tmp)
            written.append(path)
        atomic_write(marker, json.dumps(state))
        return written
