"""Component imports: mystery-shopper, CSAT and peer scores per agent and month, from CSV.

Imports are appended (who, when, from which file); the latest value per agent, period and
kind is the current one, and a value equal to it is not imported again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

import polars as pl

from qa_toolkit.pii import mask_text
from qa_toolkit.store.common import (StoreBase, StoreError, current_user, now_iso,
                                     period_of)

COMPONENT_KINDS = ("mystery_shopper", "csat", "peer")


class ComponentsMixin(StoreBase):
    """Importing the components of an agent's score that come from outside the calls."""

    def components_frame(self) -> pl.DataFrame:
        """The current value of each imported component: the latest import per agent/period/kind."""
        return self.frame(
            "SELECT agent_id, period, kind, score, team, source, imported_at, imported_by "
            "FROM components c WHERE id = (SELECT max(id) FROM components d WHERE "
            "d.agent_id = c.agent_id AND d.period = c.period AND d.kind = c.kind)",
            schema={"agent_id": pl.String, "period": pl.String, "kind": pl.String,
                    "score": pl.Float64, "team": pl.String, "source": pl.String,
                    "imported_at": pl.String, "imported_by": pl.String})

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
