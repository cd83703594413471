"""Speaking too fast or too slow: characters (zh) or words (en) per minute of speaking time,
as ``metrics.speech_rate`` defines it (the call's ``metrics.roles.<role>.speech_rate``)."""

from __future__ import annotations

from qa_toolkit.metrics import speech_rate
from qa_toolkit.rules.base import STUTTER, EvalContext, Param, Rule
from qa_toolkit.types import Outcome


class SpeechRate(Rule):
    type_name = "speech_rate"
    roles = ("agent", "customer")
    summary = "The role's units per minute of talk time outside [min, max]."
    params = {
        "min": Param("float", 0.0, help="Units per minute; 0 = no lower bound."),
        "max": Param("float", 0.0, help="Units per minute; 0 = no upper bound."),
        "min_talk_s": Param("float", 20.0, help="Less talk than this cannot be judged."),
    }

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream = ctx.stream(role)
        # The metrics' definition, so the verdict and the call's metrics quote one number.
        rate, units, talk, unit = speech_rate(stream.turns, "zh" if self.lang.chinese else "en")
        if rate is None or talk < float(self.p["min_talk_s"]):
            return [self.passed(role=role, talk_s=round(talk, 1),
                                evidence=f"{talk:.0f} s of {role} talk: too little to judge")]
        lo, hi = float(self.p.get("min") or 0), float(self.p.get("max") or 0)
        detail = dict(rate=rate, unit=unit, talk_s=round(talk, 1), units=units, band=[lo, hi])
        evidence = f"{role} speaks {rate:.0f} {unit} over {talk:.0f} s of talk"
        if (hi and rate > hi) or (lo and rate < lo):
            side = f"above {hi:g}" if hi and rate > hi else f"below {lo:g}"
            first, last = stream.turns[0].start, max(t.end for t in stream.turns)
            if hi and rate > hi:
                # Lost or misheard words only lower a rate. What can raise one is the ASR
                # looping (its repeats are not counted) or another speaker's words.
                looped = sum(len(m.group(0)) - len(m.group(1)) for m in STUTTER.finditer(stream.enc)) \
                    if self.lang.chinese else 0
                if looped and (units - looped) * 60.0 / talk <= hi:
                    reason = ctx.uncertainty(role, 0.0, ctx.end_of_call)
                else:
                    reason = ctx.role_doubt(role, 0.0, ctx.end_of_call)
            else:
                # Lost or unreliable words make a rate below the band by themselves.
                reason = ctx.uncertainty(role, 0.0, ctx.end_of_call)
            if reason:
                return [self.review(reason, role=role, evidence=f"{evidence} ({side})", **detail)]
            return [self.hit(start=first, end=last, role=role, evidence=f"{evidence} ({side})",
                             **detail)]
        return [self.passed(role=role, evidence=evidence, **detail)]
