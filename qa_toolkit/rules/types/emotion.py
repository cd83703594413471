"""Negative or impatient wording by a role, plus prosody (loudness/pitch jumps) when measured."""

from __future__ import annotations

from typing import Any, Optional

from qa_toolkit.rules.base import EvalContext, Param, fmt_span
from qa_toolkit.rules.types.phrase_forbidden import PhraseForbidden
from qa_toolkit.types import Outcome


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


def _jumps(metrics: dict[str, Any], role: str) -> Optional[list[tuple[float, float]]]:
    """Prosody jumps of a role from the metrics stage; None when it did not measure them."""
    per_role: Any = metrics.get(role) or (metrics.get("roles") or {}).get(role) \
        or (metrics.get("per_role") or {}).get(role)
    if not isinstance(per_role, dict):
        return None
    found: Optional[list[tuple[float, float]]] = None
    for key in ("loudness_jumps", "pitch_jumps", "jumps"):
        value = per_role.get(key)
        if isinstance(value, list):
            found = (found or []) + [
                (float(v["start"]), float(v.get("end", v["start"]))) if isinstance(v, dict)
                else (float(v), float(v)) for v in value]
        elif isinstance(value, dict) and isinstance(value.get("times"), list):
            found = (found or []) + [(float(t), float(t)) for t in value["times"]]
    return None if found is None else sorted(found)
