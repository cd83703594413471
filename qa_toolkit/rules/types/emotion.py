"""Negative or impatient wording by a role, plus prosody (loudness/pitch jumps) when measured."""

from __future__ import annotations

from typing import Optional

from qa_toolkit.rules.base import EvalContext, Param, fmt_span
from qa_toolkit.rules.types.phrase_forbidden import PhraseForbidden
from qa_toolkit.types import CallMetrics, Outcome, span_pairs


class Emotion(PhraseForbidden):
    type_name = "emotion"
    summary = ("Negative/impatient words by the role; with prosody thresholds, loudness or pitch "
               "jumps in the role's speech count too (when the metrics stage measured them).")
    params = {
        **PhraseForbidden.params,
        "phrases": Param("phrases", [], help="Negative/impatient wording (may be empty for a "
                         "prosody-only rule)."),
        "per": Param("choice", "turn", choices=("occurrence", "turn", "call")),
        "prosody": Param("dict", {}, help="min_jumps: how many loudness/pitch jumps in the "
                         "role's speech make a hit on their own (needs metrics; 0/absent = off)."),
    }

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        outcomes = super().evaluate(ctx)
        min_jumps = int((self.p.get("prosody") or {}).get("min_jumps", 0) or 0)
        if not min_jumps:
            return outcomes
        role = self.spec.role
        jumps = _jumps(ctx.call.metrics, role)
        hits = [o for o in outcomes if o.status == "hit"]
        if jumps is None:
            if not self.bad:
                # A prosody-only rule cannot judge without the measurement.
                return [self.review("metric unavailable: no loudness/pitch jumps in metrics",
                                    role=role)]
            for o in outcomes:
                o.detail["prosody"] = "metric unavailable"
            return outcomes
        if len(jumps) >= min_jumps:
            s, e = jumps[0]
            evidence = (f"{len(jumps)} loudness/pitch jump(s) in {role} speech, first at "
                        f"{fmt_span(s, e)}")
            if hits:
                hits[0].detail["prosody_jumps"] = len(jumps)
                hits[0].evidence += f" | {evidence}"
                return outcomes
            return [self.hit(start=s, end=e, role=role, evidence=evidence,
                             prosody_jumps=len(jumps))]
        return outcomes


def _jumps(metrics: CallMetrics, role: str) -> Optional[list[tuple[float, float]]]:
    """Prosody jumps of a role from the metrics stage; None when it did not measure them."""
    measured = (metrics.roles or {}).get(role)
    if measured is None or (measured.loudness_jumps is None and measured.pitch_jumps is None):
        return None
    return sorted(span_pairs(measured.loudness_jumps) + span_pairs(measured.pitch_jumps))
