"""Geometry of the report's SVG charts, in chart units: the call timeline, the dashboard's
score histogram and sparklines, and the agent's monthly trend.

The templates only draw what is computed here: every x, y, width and height.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Optional, Protocol, TypeVar

from qa_toolkit.report.values import clock
from qa_toolkit.types import Call

TIMELINE_WIDTH = 1000
"""SVG user units across the per-call timeline; x positions are computed in these units."""

LANE_ROLES = ("agent", "customer", "unknown")

SCORE_BINS = ((0, 60), (60, 70), (70, 80), (80, 90), (90, 100.01))
"""Score histogram buckets of the dashboard; 80 is the matrix's retraining line."""


@dataclass
class Bar:
    """A horizontal stretch on an SVG chart, in chart units, with its time for seeking."""

    x: float
    w: float
    start: float
    end: float


@dataclass
class Lane:
    role: str
    y: float
    bars: list[Bar]


class Placed(Protocol):
    """What the timeline marks: anything with a start time (the call page's ``HitView``)."""

    start: Optional[float]


HitT = TypeVar("HitT", bound=Placed)


@dataclass
class TimelineView(Generic[HitT]):
    width: int
    height: float
    lane_height: float
    lanes: list[Lane]
    silences: list[Bar]
    overlaps: list[Bar]
    interruptions: list[Bar]
    hits: list[tuple[float, HitT]]
    ticks: list[tuple[float, str]]


def timeline_bar(start: float, end: float, duration: float) -> Bar:
    scale = TIMELINE_WIDTH / duration if duration > 0 else 0.0
    x = max(0.0, min(TIMELINE_WIDTH, start * scale))
    # Keep very short events visible: at least one unit wide.
    w = max(1.0, min(TIMELINE_WIDTH - x, (end - start) * scale))
    return Bar(round(x, 1), round(w, 1), round(start, 2), round(end, 2))


def timeline_ticks(duration: float) -> list[tuple[float, str]]:
    if duration <= 0:
        return []
    step = next((s for s in (5, 10, 15, 30, 60, 120, 300, 600, 900, 1800)
                 if duration / s <= 10), 3600)
    return [(round(t * TIMELINE_WIDTH / duration, 1), clock(t))
            for t in range(0, int(duration) + 1, step)]


def timeline_view(call: Call, duration: float, hits: list[HitT]) -> TimelineView[HitT]:
    """The call's lanes of turns per role, its silences, overlaps and interruptions, and its
    hits at their start, across ``TIMELINE_WIDTH`` units for ``duration`` seconds."""
    turns = call.turns
    roles = [r for r in LANE_ROLES if any(t.role == r for t in turns)] or ["agent", "customer"]
    lane_h, top = 22.0, 18.0
    lanes = []
    for i, role in enumerate(roles):
        bars = [timeline_bar(t.start, t.end, duration) for t in turns if t.role == role]
        lanes.append(Lane(role, top + i * (lane_h + 6), bars))
    placed = [(timeline_bar(h.start, h.start, duration).x, h)
              for h in hits if h.start is not None]

    def bars(name: str) -> list[Bar]:
        return [timeline_bar(s, e, duration) for s, e in call.metrics.spans(name) if e >= s]

    return TimelineView(
        width=TIMELINE_WIDTH, height=top + len(lanes) * (lane_h + 6) + 16, lane_height=lane_h,
        lanes=lanes, silences=bars("silences"), overlaps=bars("overlaps"),
        interruptions=bars("interruptions"), hits=placed, ticks=timeline_ticks(duration))


@dataclass
class HistogramBar:
    label: str
    count: int
    x: float
    y: float
    w: float
    h: float
    low: bool
    """The bucket lies below the matrix's 80-point line."""


def score_histogram(scores: list[float]) -> tuple[list[HistogramBar], float, float]:
    counts = [sum(1 for s in scores if lo <= s < hi) for lo, hi in SCORE_BINS]
    top, height, slot = max(counts, default=0) or 1, 150.0, 100.0
    bars = []
    for i, ((lo, hi), n) in enumerate(zip(SCORE_BINS, counts)):
        h = round(height * n / top, 1)
        label = f"{lo}–{min(int(hi), 100)}"
        bars.append(HistogramBar(label, n, i * slot + 12, height - h + 14, slot - 24, h,
                                 hi <= 80))
    return bars, slot * len(bars), height + 34


def sparkline(trend: list[tuple[str, float]]) -> str:
    if len(trend) < 2:
        return ""
    step = 80 / (len(trend) - 1)
    return " ".join(f"{i * step:.1f},{18 - 16 * rate:.1f}" for i, (_, rate) in enumerate(trend))


@dataclass
class TrendPoint:
    month: str
    score: Optional[float]
    calls: int
    x: float
    y: Optional[float]


TREND_THRESHOLD = 80.0
"""The matrix's line: below it three months in a row means retraining."""


def trend_chart(points: list[tuple[str, Optional[float], int]]) -> tuple[list[TrendPoint], str,
                                                                        float, float, float]:
    """Chart geometry for ``(month, score, calls)`` points: the points, the polyline, the
    y of the 80-point line, and the chart's width and height."""
    width, height, pad = 560.0, 180.0, 28.0
    step = (width - 2 * pad) / max(1, len(points) - 1)
    scores = [s for _, s, _ in points if s is not None]
    low = min([60.0, *scores]) if scores else 60.0

    def y_of(score: float) -> float:
        return round(pad + (100 - score) / (100 - low) * (height - 2 * pad), 1)

    out = [TrendPoint(m, s, n, round(pad + i * step, 1), None if s is None else y_of(s))
           for i, (m, s, n) in enumerate(points)]
    line = " ".join(f"{p.x},{p.y}" for p in out if p.y is not None)
    return out, line, y_of(TREND_THRESHOLD), width, height
