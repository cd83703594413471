"""The compliance page (``compliance.html.j2``): per-rule hit statistics by team and month,
coverage of the scorecard's mandated rules, and links to the exports in OUT.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import quote

from qa_toolkit.report.values import month_of
from qa_toolkit.types import Call


ALL_TEAMS = None
"""``team`` of the rows that sum a period over every team."""


@dataclass
class RuleStat:
    rule_id: str
    team: Optional[str]
    """None on the all-teams row of a period."""
    period: str
    calls: int
    calls_hit: int
    hits: int

    @property
    def per100(self) -> float:
        return round(100 * self.hits / self.calls, 1) if self.calls else 0.0

    @property
    def rate(self) -> float:
        return self.calls_hit / self.calls if self.calls else 0.0


@dataclass
class CoverageCell:
    rule_id: str
    missing: int
    """Calls with a hit of the rule: the statement or check was not made."""
    review: int
    """Calls where the machine could not judge the rule (and found no hit)."""
    coverage: float


@dataclass
class Coverage:
    """One team (or all teams) in one period: coverage of every mandated rule."""

    team: Optional[str]
    period: str
    calls: int
    cells: list[CoverageCell]


@dataclass
class ExportLink:
    name: str
    href: str
    size: int


@dataclass
class ComplianceView:
    stats: list[RuleStat]
    mandated: list[str]
    coverage: list[Coverage]
    exports: list[ExportLink]


EXPORT_SUFFIXES = (".csv", ".parquet", ".xlsx")


def _exports(out_dir: Path) -> list[ExportLink]:
    found = []
    for folder in (out_dir, out_dir / "exports"):
        if folder.is_dir():
            found.extend(p for p in sorted(folder.iterdir())
                         if p.is_file() and p.suffix.lower() in EXPORT_SUFFIXES)
    return [ExportLink(p.relative_to(out_dir).as_posix(),
                       quote(p.relative_to(out_dir).as_posix()), p.stat().st_size)
            for p in found]


def build_compliance_view(calls: list[Call], out_dir: Path,
                          mandated: Iterable[str]) -> ComplianceView:
    """Per-rule hit statistics by team and month, and mandated-disclosure coverage.

    ``mandated`` are the scorecard's mandated rules; a call covers one when no hit of it
    stands (as ``export calls`` counts it); calls in review for the rule are shown apart.
    """
    mandated = list(mandated)
    groups: dict[tuple[Optional[str], str], list[Call]] = defaultdict(list)
    for call in calls:
        period = month_of(call.meta.started_at)
        groups[(call.meta.team or "", period)].append(call)
        groups[(ALL_TEAMS, period)].append(call)
    stats, coverage = [], []
    # Per period: the all-teams row first, then each team.
    for (team, period), group in sorted(groups.items(),
                                        key=lambda kv: (kv[0][1], kv[0][0] is not None,
                                                        kv[0][0] or "")):
        hits: Counter[str] = Counter()
        calls_hit: Counter[str] = Counter()
        in_review: Counter[str] = Counter()
        for call in group:
            rules = [h.rule_id for h in call.hits]
            hits.update(rules)
            calls_hit.update(set(rules))
            in_review.update({r.rule_id for r in call.review} - set(rules))
        n = len(group)
        stats.extend(RuleStat(rule, team, period, n, calls_hit[rule], hits[rule])
                     for rule in sorted(hits))
        coverage.append(Coverage(team, period, n, [
            CoverageCell(rule, calls_hit[rule], in_review[rule], (n - calls_hit[rule]) / n)
            for rule in mandated]))
    return ComplianceView(stats=stats, mandated=mandated, coverage=coverage,
                          exports=_exports(out_dir))
