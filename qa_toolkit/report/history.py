"""What the pages take from the history store: agent period scores, matrix outcomes, trends,
recurring issues, disputes and current (post-dispute) call scores.

Everything here reads ``store/`` and ``matrix.py``; nothing is recomputed, so a page shows
the same figures as ``qa-toolkit matrix`` and ``qa-toolkit export``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

import polars as pl

from qa_toolkit.handling import SHARES, Share
from qa_toolkit.matrix import (COMPONENTS, agent_scores, load_matrix_config, matrix,
                               parse_period, time_shares, top_issues)
from qa_toolkit.report.agent_page import AgentView, Component, Issue
from qa_toolkit.report.batch_pages import CallRow
from qa_toolkit.report.geometry import trend_chart
from qa_toolkit.report.names import page_name
from qa_toolkit.scoring import Scorecard
from qa_toolkit.store import Store

TREND_MONTHS = 6
"""Months shown in an agent's trend chart, ending with the report period."""

_DISPUTE_STATUS = {"open": "open", "accept": "accepted", "reject": "rejected"}


@dataclass
class History:
    agents: dict[str, AgentView]
    disputes: dict[str, list[dict[str, Any]]]
    """call_id → its disputes: rule_id, status, opened_by, resolved_by, note, at."""
    scores: dict[str, float]
    """call_id → current score (after accepted disputes)."""


def _worst_best(rows: list[dict[str, Any]], hits: dict[str, int], out_dir: Path,
                run_dirs: dict[str, str], n: int) -> tuple[list[CallRow], list[CallRow]]:
    """The agent's lowest and highest scoring calls, linked to their page in whichever OUT
    folder of the store holds it (calls from earlier nights live in other folders)."""
    out = []
    for r in sorted(rows, key=lambda r: (r["score"], r["call_id"])):
        page = ""
        run_dir = run_dirs.get(r["run_id"] or "")
        name = f"{page_name(r['call_id'])}.html"
        for folder in ([out_dir] + ([Path(run_dir)] if run_dir else [])):
            if (folder / "calls" / name).is_file():
                # Relative to OUT, like every CallRow page.
                page = Path(os.path.relpath(folder / "calls" / name, out_dir)).as_posix()
                break
        flags = json.loads(r["flags"] or "[]")
        out.append(CallRow(
            call_id=r["call_id"], page=page, agent_id=r["agent_id"] or "",
            team=r["team"] or "", started_at=r["started_at"] or "",
            duration_s=r["duration_s"] or 0.0, score=r["score"],
            hits=hits.get(r["call_id"], 0), reasons=flags))
    return out[:n], out[::-1][:n]


def load_history(db: Path, out_dir: Path, period: str, agent_ids: Iterable[str],
                 scorecard: Optional[Scorecard], worst_best: int = 3) -> History:
    """Agent views for ``agent_ids`` in ``period`` (``YYYY-MM``, ``YYYY-Qn`` or ``YYYY``)."""
    if not Path(db).is_file():
        raise ValueError(f"{db}: history database not found")
    config = load_matrix_config(None)
    wanted = set(agent_ids)
    the_period = parse_period(period)
    with Store(db) as store:
        table = {r["agent_id"]: r for r in matrix(store, the_period, config, scorecard)
                 .filter(pl.col("agent_id").is_in(sorted(wanted))).to_dicts()}
        months = [the_period.previous(k) for k in range(TREND_MONTHS - 1, -1, -1)] \
            if the_period.kind == "month" else [parse_period(m) for m in the_period.months]
        trend: dict[str, list[tuple[str, Optional[float], int]]] = {a: [] for a in wanted}
        for month in months:
            scores = {r["agent_id"]: r for r in agent_scores(store, month, config).to_dicts()}
            for agent in wanted:
                row = scores.get(agent)
                trend[agent].append((month.label, row["composite"] if row else None,
                                     row["calls"] if row else 0))
        issues = top_issues(store, the_period, config.coaching_top, scorecard).to_dicts()
        calls = [r for r in store.calls_frame(the_period.months).to_dicts()
                 if r["agent_id"] in wanted]
        hit_counts: dict[str, int] = {}
        for h in store.hits_frame(the_period.months).filter(~pl.col("overturned")).to_dicts():
            hit_counts[h["call_id"]] = hit_counts.get(h["call_id"], 0) + 1
        run_dirs = dict(store.conn.execute("SELECT run_id, out_dir FROM runs"))
        disputes: dict[str, list[dict[str, Any]]] = {}
        for d in store.disputes_frame().to_dicts():
            disputes.setdefault(d["call_id"], []).append({
                "rule_id": d["rule_id"], "status": _DISPUTE_STATUS.get(d["status"], d["status"]),
                "opened_by": d["opened_by"], "resolved_by": d["resolved_by"] or "",
                "note": d["note"] or d["reason"], "at": d["resolved_at"] or d["opened_at"]})
        current = {r["call_id"]: r["score"] for r in store.calls_frame().to_dicts()}
        shares = {r["agent_id"]: r for r in time_shares(store, the_period, config).to_dicts()}

    agents = {}
    for agent in sorted(wanted):
        row = table.get(agent)
        points, line, threshold_y, width, height = trend_chart(trend[agent])
        mine = [r for r in calls if r["agent_id"] == agent and r["score"] is not None]
        worst, best = _worst_best(mine, hit_counts, out_dir, run_dirs, worst_best)
        agents[agent] = AgentView(
            agent_id=agent, team=(row or {}).get("team") or "", period=the_period.label,
            calls=(row or {}).get("calls") or 0,
            composite=(row or {}).get("composite"),
            components=[Component(c, (row or {}).get(c), config.weights.get(c))
                        for c in COMPONENTS],
            trend=points, trend_line=line, threshold_y=threshold_y, chart_width=width,
            chart_height=height,
            outcomes=[o for o in ((row or {}).get("outcomes") or "").split("; ") if o],
            ranked=bool(row and row.get("rank") is not None),
            issues=[Issue(i["rule_id"], i["hits"], i["calls_with_hit"], i["topic"])
                    for i in issues if i["agent_id"] == agent],
            worst=worst, best=best, from_store=True,
            withheld=[o for o in ((row or {}).get("withheld") or "").split("; ") if o],
            time_shares=[Share(p, (shares.get(agent) or {}).get(f"{p}_share"),
                               (shares.get(agent) or {}).get(f"team_median_{p}_share"))
                         for p in SHARES] if agent in shares else [])
    return History(agents, disputes, current)

