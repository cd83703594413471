"""Negative or impatient wording by a role, plus prosody (loudness/pitch jumps) when measured."""

from __future__ import annotations

from typing import Optional

from qa_toolkit.rules.base import EvalContext, Param, excerpt, fmt_span, fmt_time
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
        "reactions": Param("phrases", [], help="Said by the other party as its turn begins, "
                           "right after one of the role's turns, these show that turn was a "
                           "rebuff (我就是问问 after 您这问题小学生都会), whatever its words."),
    }

    def setup(self) -> None:
        super().setup()
        self.reactions = self.phrases("reactions")

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        outcomes = super().evaluate(ctx)
        if self.reactions:
            outcomes = self._with_reactions(ctx, outcomes)
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

    def _with_reactions(self, ctx: EvalContext, outcomes: list[Outcome]) -> list[Outcome]:
        """A hit for each of the role's turns the other party answered with a reaction."""
        role = self.spec.role
        other = "customer" if role == "agent" else "agent"
        mine, theirs = ctx.stream(role), ctx.stream(other)
        if len(mine.turns) < 2 or not theirs.turns:
            return outcomes
        flagged = [(o.start, o.end) for o in outcomes if o.status == "hit"]
        added = []
        for m in self.reactions.finditer(theirs):
            ti = theirs.turn_at(m.start)
            if m.start - theirs.offsets[ti] > REACTION_REACH:
                continue
            t_react = theirs.turns[ti].start
            # The role's last turn before the reaction; never its opening (a greeting
            # answered with 我就是问问… asks something, it does not take offence).
            before = [i for i, t in enumerate(mine.turns) if t.start < t_react]
            if len(before) < 2:
                continue
            turn = mine.turns[before[-1]]
            if not 0.0 <= t_react - turn.end <= REACTION_GAP_S:
                continue
            if any(s is not None and s < turn.end and (e or s) > turn.start for s, e in flagged):
                continue
            lo = mine.offsets[before[-1]]
            evidence = (f"{fmt_span(turn.start, turn.end)} {role}: "
                        f"{excerpt(mine, lo, lo + len(mine.norms[before[-1]]), 40)}; "
                        f"{other} at {fmt_time(t_react)}: {excerpt(theirs, m.start, m.end)}")
            added.append(self.hit(start=turn.start, end=turn.end, role=role, evidence=evidence,
                                  reaction=m.phrase))
            flagged.append((turn.start, turn.end))
        if not added:
            return outcomes
        return [o for o in outcomes if o.status != "pass"] + added


REACTION_GAP_S = 3.0
"""The other party's reaction starts at most this long after the role's turn ends."""
REACTION_REACH = 4
"""…and within this many characters of its own turn's start (我没嚷嚷，我就是问问怎么办)."""


def _jumps(metrics: CallMetrics, role: str) -> Optional[list[tuple[float, float]]]:
    """Prosody jumps of a role from the metrics stage; None when it did not measure them."""
    measured = (metrics.roles or {}).get(role)
    if measured is None or (measured.loudness_jumps is None and measured.pitch_jumps is None):
        return None
    return sorted(span_pairs(measured.loudness_jumps) + span_pairs(measured.pitch_jumps))
