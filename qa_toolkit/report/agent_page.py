"""An agent's page (``agent.html.j2``) from a batch's call JSON dicts → ``AgentView``.

Without a history store the page shows the recording-QA component of one period, the
monthly trend, the rules to coach on, the best and worst calls and where the agent's call
time went beside their team; ``report/history.py`` fills the same view from the store.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from qa_toolkit.handling import CallTimes, Share, agent_shares, call_times
from qa_toolkit.matrix import parse_period
from qa_toolkit.report.audited import AuditedCall
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


def _month(audited: AuditedCall) -> str:
    return month_of(audited.call.meta.started_at)


def build_agent_view(agent_id: str, calls: list[AuditedCall], period: Optional[str] = None,
                     coaching: Optional[dict[str, str]] = None, min_calls: int = 1,
                     worst_best: int = 3) -> AgentView:
    """An agent's page from the call JSONs of a batch: the recording-QA component only.

    ``period`` is ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY`` (default: the agent's latest month);
    the trend covers every month present. ``coaching`` maps rule ids to coaching topics.
    """
    mine = [c for c in calls if (c.call.meta.agent_id or "") == agent_id]
    months = sorted({_month(c) for c in mine})
    label = period if period is not None else (months[-1] if months else "")
    covered = set(parse_period(label).months) if label else {""}
    in_period = [c for c in mine if _month(c) in covered]
    points = []
    for month in months:
        scores = [c.score for c in mine if _month(c) == month and c.score is not None]
        points.append((month, round(statistics.fmean(scores), 1) if scores else None,
                       sum(1 for c in mine if _month(c) == month)))
    trend, line, threshold_y, width, height = trend_chart(points)
    scores = [c.score for c in in_period if c.score is not None]
    recording = round(statistics.fmean(scores), 1) if scores else None
    rows = [call_row(c) for c in in_period if c.score is not None]
    rows.sort(key=lambda r: (r.score, r.call_id))
    teams = Counter(c.call.meta.team for c in mine if c.call.meta.team)
    team = teams.most_common(1)[0][0] if teams else ""
    colleagues: dict[str, list[CallTimes]] = {}
    for c in calls:
        meta = c.call.meta
        if team and meta.team == team and meta.agent_id and _month(c) in covered:
            colleagues.setdefault(meta.agent_id, []).append(call_times(c.call))
    mine_times = [call_times(c.call) for c in in_period]
    return AgentView(
        agent_id=agent_id, team=team, period=label,
        calls=len(in_period), composite=None,
        components=[Component("recording_qa", recording, None)],
        trend=trend, trend_line=line, threshold_y=threshold_y, chart_width=width,
        chart_height=height, outcomes=[], ranked=len(in_period) >= min_calls,
        issues=_issues(in_period, coaching or {}),
        worst=rows[:worst_best], best=rows[::-1][:worst_best], from_store=False,
        time_shares=agent_shares(mine_times, colleagues or {agent_id: mine_times}))


def _issues(calls: list[AuditedCall], coaching: dict[str, str], top: int = 5) -> list[Issue]:
    counts: Counter[str] = Counter()
    calls_hit: Counter[str] = Counter()
    for audited in calls:
        # A hit covered by another on the same words is one issue, not two coaching topics.
        covered = covered_hits(audited.call)
        rules = [h.rule_id for h in audited.call.hits
                 if (h.rule_id, rounded(number(h.start))) not in covered]
        counts.update(rules)
        calls_hit.update(set(rules))
    ranked = sorted(counts, key=lambda r: (-calls_hit[r], -counts[r], r))[:top]
    return [Issue(r, counts[r], calls_hit[r], coaching.get(r, "")) for r in ranked]
