"""The dashboard's view model (``index.html.j2``): a batch's call JSON dicts → ``IndexView``.

Counts of the sampling plan, the score histogram, every rule's hit rate with its monthly
trend, one row per agent and per call, the calls a human must look at, and the files that
failed. ``CallRow`` is also the row of the agent pages' best and worst calls.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Optional

from qa_toolkit.report.audited import AuditedCall
from qa_toolkit.report.geometry import HistogramBar, score_histogram, sparkline
from qa_toolkit.report.names import page_name
from qa_toolkit.report.values import masked_text, month_of, number


@dataclass
class CallRow:
    """One call in a dashboard table."""

    call_id: str
    page: str
    agent_id: str
    team: str
    started_at: str
    duration_s: float
    score: Optional[float]
    hits: int
    reasons: list[str]
    """Why the call needs a human: review outcomes' rules and the call's flags."""


@dataclass
class AgentRow:
    agent_id: str
    page: str
    team: str
    calls: int
    mean_score: Optional[float]
    min_score: Optional[float]
    hits_per_call: float
    review_calls: int


@dataclass
class RuleRate:
    rule_id: str
    calls_hit: int
    hits: int
    rate: float
    """Share of processed calls with at least one hit of the rule (0..1)."""
    trend: list[tuple[str, float]]
    """``(month, rate)`` per month present in the batch, oldest first."""
    spark: str
    """SVG polyline points for the trend sparkline (empty with fewer than two months)."""


@dataclass
class ErrorRow:
    file: str
    stage: str
    reason: str


@dataclass
class IndexView:
    processed: int
    failed: int
    sampled: int
    """Calls the sampling plan selected (or processed + failed without a plan)."""
    population: Optional[int]
    """Calls recorded in the period the plan sampled from (None without a plan)."""
    plan: str
    """Name of the sampling plan (``sample.plan.json`` in OUT), or ``""``."""
    mean_score: Optional[float]
    median_score: Optional[float]
    histogram: list[HistogramBar]
    histogram_width: float
    histogram_height: float
    rules: list[RuleRate]
    agents: list[AgentRow]
    calls: list[CallRow]
    needs_review: list[CallRow]
    errors: list[ErrorRow]
    months: list[str]


def call_row(audited: AuditedCall) -> CallRow:
    call = audited.call
    return CallRow(
        call_id=call.call_id, page=f"calls/{page_name(call.call_id)}.html",
        agent_id=call.meta.agent_id or "", team=call.meta.team or "",
        started_at=call.meta.started_at or "", duration_s=call.duration_s,
        score=audited.score, hits=len(call.hits),
        reasons=sorted({r.rule_id for r in call.review} | set(call.flags)))


def _rule_rates(calls: list[AuditedCall], months: list[str]) -> list[RuleRate]:
    hits_total: Counter[str] = Counter()
    calls_hit: Counter[str] = Counter()
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    calls_in_month: Counter[str] = Counter()
    for audited in calls:
        month = month_of(audited.call.meta.started_at)
        calls_in_month[month] += 1
        rules = [h.rule_id for h in audited.call.hits]
        hits_total.update(rules)
        calls_hit.update(set(rules))
        by_month[month].update(set(rules))
    out = []
    for rule_id in sorted(calls_hit, key=lambda r: (-calls_hit[r], r)):
        trend = [(m, by_month[m][rule_id] / calls_in_month[m]) for m in months]
        out.append(RuleRate(rule_id, calls_hit[rule_id], hits_total[rule_id],
                            calls_hit[rule_id] / len(calls), trend, sparkline(trend)))
    return out


def _agent_rows(rows: list[CallRow]) -> list[AgentRow]:
    by_agent: dict[str, list[CallRow]] = defaultdict(list)
    for row in rows:
        by_agent[row.agent_id].append(row)
    out = []
    for agent, items in sorted(by_agent.items()):
        scores = [r.score for r in items if r.score is not None]
        teams = Counter(r.team for r in items if r.team)
        out.append(AgentRow(
            agent_id=agent, page=f"agents/{page_name(agent)}.html" if agent else "",
            team=teams.most_common(1)[0][0] if teams else "", calls=len(items),
            mean_score=round(statistics.fmean(scores), 1) if scores else None,
            min_score=min(scores) if scores else None,
            hits_per_call=round(sum(r.hits for r in items) / len(items), 2),
            review_calls=sum(1 for r in items if r.reasons)))
    return out


def build_index_view(calls: list[AuditedCall], errors: list[dict[str, Any]],
                     plan: Optional[dict[str, Any]] = None) -> IndexView:
    """The dashboard; ``plan`` is the sampling plan sidecar (``OUT/sample.plan.json``)."""
    rows = sorted((call_row(c) for c in calls), key=lambda r: (r.started_at, r.call_id))
    scores = [r.score for r in rows if r.score is not None]
    months = sorted({m for c in calls if (m := month_of(c.call.meta.started_at))})
    histogram, hist_w, hist_h = score_histogram(scores)
    counts = (plan or {}).get("counts") if isinstance((plan or {}).get("counts"), dict) else {}
    selected, population = number(counts.get("selected")), number(counts.get("population"))
    return IndexView(
        processed=len(rows), failed=len(errors),
        sampled=int(selected) if selected is not None else len(rows) + len(errors),
        population=int(population) if population is not None else None,
        plan=str((plan or {}).get("plan") or ""),
        mean_score=round(statistics.fmean(scores), 1) if scores else None,
        median_score=round(statistics.median(scores), 1) if scores else None,
        histogram=histogram, histogram_width=hist_w, histogram_height=hist_h,
        rules=_rule_rates(calls, months) if calls else [],
        agents=_agent_rows(rows), calls=rows,
        needs_review=[r for r in rows if r.reasons],
        errors=[ErrorRow(masked_text(e.get("file")), masked_text(e.get("stage")),
                         masked_text(e.get("reason")))
                for e in errors],
        months=months)
