"""Speaking too fast or too slow: characters (zh) or words (en) per minute of own talk time."""

from __future__ import annotations

from qa_toolkit.rules.base import EvalContext, Param, Rule
from qa_toolkit.rules.types.interruption import merge
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
        units = self.lang.total_units(stream.norms)
        # Talk time from the audio when the speakers stage gave it: Whisper turns include
        # pauses and trailing silence.
        spans = [(s, e) for s, e, _ in ctx.speech(role)] if ctx.speech_source() == "audio" \
            else [(t.start, t.end) for t in stream.turns]
        talk = sum(e - s for s, e in merge(spans, 0.0))
        if talk < float(self.p["min_talk_s"]):
            return [self.passed(role=role, talk_s=round(talk, 1),
                                evidence=f"{talk:.0f} s of {role} talk: too little to judge")]
        rate = units / (talk / 60.0)
        unit = "chars/min" if self.lang.chinese else "words/min"
        lo, hi = float(self.p.get("min") or 0), float(self.p.get("max") or 0)
        detail = dict(rate=round(rate, 1), unit=unit, talk_s=round(talk, 1), units=units,
                      band=[lo, hi], source=ctx.speech_source())
        evidence = f"{role} speaks {rate:.0f} {unit} over {talk:.0f} s of talk"
        if (hi and rate > hi) or (lo and rate < lo):
            side = f"above {hi:g}" if hi and rate > hi else f"below {lo:g}"
            first, last = stream.turns[0].start, max(t.end for t in stream.turns)
            # Lost or unreliable words make a rate out of band by themselves.
            reason = ctx.uncertainty(role, 0.0, ctx.end_of_call)
            if reason:
                return [self.review(reason, role=role, evidence=f"{evidence} ({side})", **detail)]
            return [self.hit(start=first, end=last, role=role, evidence=f"{evidence} ({side})",
                             **detail)]
        return [self.passed(role=role, evidence=evidence, **detail)]
