"""An agent's page (``agent.html.j2``) from a batch's call JSON dicts → ``AgentView``.

Without a history store the page shows the recording-QA component of one period, the
monthly trend, the rules to coach on, the best and worst calls and where the agent's call
time went beside their team; ``report/history.py`` fills the same view from the store.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from qa_toolkit.handling import CallTimes, Share, agent_shares, call_times
from qa_toolkit.matrix import parse_period
from qa_toolkit.report.batch_pages import CallRow, call_row
from qa_toolkit.report.call_page import covered_hits
from qa_toolkit.report.geometry import TrendPoint, trend_chart
from qa_toolkit.report.values import month_of, number, rounded


@dataclass
class Component:
    name: str
    """``recording_qa``, ``mystery_shopper``, ``csat`` or ``peer``."""
    score: Optional[float]
    """None when the component is missing for the period (shown as missing, never zero)."""
    weight: Optional[float]


@dataclass
class Issue:
    rule_id: str
    count: int
    calls: int
    coaching: str


@dataclass
class AgentView:
    agent_id: str
    team: str
    period: str
    calls: int
    composite: Optional[float]
    components: list[Component]
    trend: list[TrendPoint]
    trend_line: str
    """SVG polyline points over the months that have a score."""
    threshold_y: float
    chart_width: float
    chart_height: float
    outcomes: list[str]
    ranked: bool
    issues: list[Issue]
    worst: list[CallRow]
    best: list[CallRow]
    from_store: bool
    """True when scores and outcomes come from the history store / matrix, not this batch."""
    withheld: list[str] = field(default_factory=list)
    """Outcomes the matrix withheld: too little of the composite's weight had data."""
    time_shares: list[Share] = field(default_factory=list)
    """Agent talk, customer talk, hold and other silence as shares of the agent's call time,
    each beside the median of their team's agents (``handling.py``)."""


def _agent_calls(calls: list[dict[str, Any]], agent_id: str) -> list[dict[str, Any]]:
    return [c for c in calls if str(c.get("agent_id") or "") == agent_id]


def build_agent_view(agent_id: str, calls: list[dict[str, Any]], period: Optional[str] = None,
                     coaching: Optional[dict[str, str]] = None, min_calls: int = 1,
                     worst_best: int = 3) -> AgentView:
    """An agent's page from the call JSONs of a batch: the recording-QA component only.

    ``period`` is ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY`` (default: the agent's latest month);
    the trend covers every month present. ``coaching`` maps rule ids to coaching topics.
    """
    mine = _agent_calls(calls, agent_id)
    months = sorted({month_of(c.get("started_at")) for c in mine})
    label = period if period is not None else (months[-1] if months else "")
    covered = set(parse_period(label).months) if label else {""}
    in_period = [c for c in mine if month_of(c.get("started_at")) in covered]
    points = []
    for month in months:
        scores = [s for c in mine if month_of(c.get("started_at")) == month
                  and (s := number(c.get("score"))) is not None]
        points.append((month, round(statistics.fmean(scores), 1) if scores else None,
                       sum(1 for c in mine if month_of(c.get("started_at")) == month)))
    trend, line, threshold_y, width, height = trend_chart(points)
    scores = [s for c in in_period if (s := number(c.get("score"))) is not None]
    recording = round(statistics.fmean(scores), 1) if scores else None
    rows = [call_row(c) for c in in_period if number(c.get("score")) is not None]
    rows.sort(key=lambda r: (r.score, r.call_id))
    teams = Counter(str(c.get("team")) for c in mine if c.get("team"))
    team = teams.most_common(1)[0][0] if teams else ""
    colleagues: dict[str, list[CallTimes]] = {}
    for c in calls:
        if team and str(c.get("team") or "") == team and c.get("agent_id") \
                and month_of(c.get("started_at")) in covered:
            colleagues.setdefault(str(c["agent_id"]), []).append(call_times(c))
    mine_times = [call_times(c) for c in in_period]
    return AgentView(
        agent_id=agent_id, team=team, period=label,
        calls=len(in_period), composite=None,
        components=[Component("recording_qa", recording, None)],
        trend=trend, trend_line=line, threshold_y=threshold_y, chart_width=width,
        chart_height=height, outcomes=[], ranked=len(in_period) >= min_calls,
        issues=_issues(in_period, coaching or {}),
        worst=rows[:worst_best], best=rows[::-1][:worst_best], from_store=False,
        time_shares=agent_shares(mine_times, colleagues or {agent_id: mine_times}))


def _issues(calls: list[dict[str, Any]], coaching: dict[str, str], top: int = 5) -> list[Issue]:
    counts: Counter[str] = Counter()
    calls_hit: Counter[str] = Counter()
    for call in calls:
        # A hit covered by another on the same words is one issue, not two coaching topics.
        covered = covered_hits(call)
        rules = [str(h.get("rule_id") or "") for h in call.get("hits") or []
                 if isinstance(h, dict) and (str(h.get("rule_id") or ""),
                                             rounded(number(h.get("start")))) not in covered]
        counts.update(rules)
        calls_hit.update(set(rules))
    ranked = sorted(counts, key=lambda r: (-calls_hit[r], -counts[r], r))[:top]
    return [Issue(r, counts[r], calls_hit[r], coaching.get(r, "")) for r in ranked]
