"""The agent starts talking while the customer is mid-utterance (打断客户陈述).

Measured on audio speech segments with roles when the speakers stage provides them (Whisper
word times drift and a segment can swallow a pause); otherwise on the turns.
"""

from __future__ import annotations

from qa_toolkit import textnorm
from qa_toolkit.rules.base import EvalContext, Param, Rule, excerpt, fmt_span
from qa_toolkit.types import Outcome


def merge(spans: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    """Join spans separated by less than ``gap`` seconds (VAD splits one utterance)."""
    out: list[tuple[float, float]] = []
    first = end = 0.0
    for s, e in sorted(spans):
        if out and s - end < gap:
            if e > end:
                end = e
                out[-1] = (first, end)
        else:
            first, end = s, e
            out.append((s, e))
    return out


class Interruption(Rule):
    type_name = "interruption"
    roles = ("agent", "customer")
    measures = "interruption"
    summary = "The role starts speaking while the other party is mid-utterance (backchannels excluded)."
    params = {
        "min_overlap_s": Param("float", 0.5, help="Both talk at least this long."),
        "min_speaking_before_s": Param("float", 1.0, help="The other party had been talking this long."),
        "min_remaining_s": Param("float", 0.3, help="…and keeps talking this long after the start."),
        "min_utterance_s": Param("float", 0.4, help="Shorter bursts (coughs, 嗯) are ignored."),
        "merge_gap_s": Param("float", 0.3, help="Pauses shorter than this do not end an utterance."),
        "backchannels": Param("phrases", [], help="Utterances made only of these do not interrupt."),
        "max_hits": Param("int", 0),
    }

    def setup(self) -> None:
        self.backchannels = frozenset(self.lang.norm(b) for b in self.phrases("backchannels").texts)

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        other = "customer" if role == "agent" else "agent"
        gap = float(self.p["merge_gap_s"])
        mine = merge([(s, e) for s, e, r in ctx.speech(role)], gap)
        theirs = merge([(s, e) for s, e, r in ctx.speech(other)], gap)
        if not mine or not theirs:
            return [self.passed(role=role, evidence="no speech by both parties",
                                source=ctx.speech_source())]
        rc = ctx.role_confidence()
        my_stream, their_stream = ctx.stream(role), ctx.stream(other)
        outcomes = []
        min_utterance = float(self.p["min_utterance_s"])
        before = float(self.p["min_speaking_before_s"])
        remaining = float(self.p["min_remaining_s"])
        min_overlap = float(self.p["min_overlap_s"])
        j, n_theirs = 0, len(theirs)
        for s, e in mine:
            if e - s < min_utterance:
                continue
            while j < n_theirs and theirs[j][1] <= s:
                j += 1
            if j >= n_theirs:
                break
            cs, ce = theirs[j]
            if not (cs + before <= s and ce - s >= remaining):
                continue
            overlap = (e if e < ce else ce) - s
            if overlap < min_overlap:
                continue
            lo, hi = my_stream.window(s, e)
            said = my_stream.norm[lo:hi].replace("\n", "")
            if self.backchannels and said and textnorm.is_backchannel(said, self.backchannels):
                continue
            if not said and e - s < 1.0:
                continue  # a short burst without words: most likely a backchannel or noise
            clo, chi = their_stream.window(cs, ce)
            evidence = (f"{fmt_span(s, e)} {role} starts while {other} speaks "
                        f"({fmt_span(cs, ce)}), overlap {overlap:.1f} s: {role} "
                        f"{excerpt(my_stream, lo, hi) if hi > lo else '(no words)'}; {other} "
                        f"{excerpt(their_stream, clo, chi) if chi > clo else '(no words)'}")
            detail = dict(overlap_s=round(overlap, 2), other_start=round(cs, 2),
                          other_end=round(ce, 2), source=ctx.speech_source())
            unsure = None
            if rc is not None and rc < ctx.thresholds.role_confidence:
                unsure = f"role confidence {rc:.2f} below {ctx.thresholds.role_confidence:.2f}"
            elif not said:
                unsure = f"no {role} words in the overlap: cannot tell a backchannel or noise"
            if unsure:
                outcomes.append(self.review(unsure, start=s, end=min(e, ce), role=role,
                                            evidence=evidence, **detail))
            else:
                outcomes.append(self.hit(start=s, end=min(e, ce), role=role, evidence=evidence,
                                         **detail))
        cap = int(self.p.get("max_hits") or 0)
        if cap:
            outcomes = outcomes[:cap]
        return outcomes or [self.passed(role=role, source=ctx.speech_source())]
