"""A phrase set must be said by a role, optionally inside a window (greeting, closing…)."""

from __future__ import annotations

from qa_toolkit.rules.base import (LOOSER, EvalContext, Param, Rule, excerpt, fmt_span,
                                   fmt_time, said_in, window_bounds)
from qa_toolkit.types import Outcome


OPENING_WITHIN_S = 20.0
"""A role's first turn is its opening when it starts this early in the recording (the
staff number's window); one starting later is a recording cut into mid-call."""
TAG_REACH = 4
"""How far after an opening phrase a question tag makes it a question (是恒通银行的客服吧)."""


class PhraseRequired(Rule):
    type_name = "phrase_required"
    summary = "One of the phrases must be said by the role (in the window, if given)."
    params = {
        "phrases": Param("phrases", help="Any one of these counts; {variables} are filled in."),
        "window": Param("window", None, help="first_seconds | last_seconds | first_turns | last_turns"),
        "fuzzy": Param("bool", True, help="Accept homophones and near-homophones (pinyin)."),
        "partial_phrases": Param("phrases", [], help="Heard where the step should be, the "
                                 "step said but partly lost by ASR (工号 with misheard "
                                 "digits): review, not a hit."),
        "partial_window": Param("window", None, help="Where a partial phrase counts, if "
                                "narrower than `window` (the opening's first turn: the bank "
                                "named there opens the call, named later it answers 是恒通吗)."),
        "opening_phrases": Param("phrases", [], help="Phrases that say the step only inside "
                                 "`partial_window` (a bare four-digit number in the opening "
                                 "turn is the staff number; later, digits are the customer's)."),
        "question_tags": Param("list", [], help="An opening phrase followed within "
                               f"{TAG_REACH} characters by one of these is asked, not said "
                               "(是恒通银行吗: the caller checking whom they reached, merged "
                               "into the agent's turn in the mono mix)."),
        "answers_to": Param("phrases", [], help="Said by the other party in its turn just "
                            "before the role's, these make the role's turn an answer (是恒通"
                            "银行吗 → 对，恒通银行): there neither an opening phrase nor a "
                            "likeness to an example counts, only a phrase said outright (您好)."),
        "after_opening": Param("bool", False, help="The window begins after the role's first "
                               "turn (when it has more and the first starts in the first "
                               f"{OPENING_WITHIN_S:g} s): a closing comes after the opening, "
                               "and in a 15-second call the last 20 s hold the opening, "
                               "whose 感谢您致电 is no goodbye."),
        "min_fuzzy_syllables": Param("int", 2, help="Shorter phrases match exactly or as "
                                     "homophones only: a near syllable in a short phrase is "
                                     "too much of it misheard (还会 is not 再会)."),
        "sounds_like": Param("phrases", [], help="What the step sounds like when misheard: a "
                             "turn heard with low word probability that resembles none of "
                             f"these (phrases at {LOOSER:g} of the similarity that counts "
                             "them said) holds something else (喂，你说 is no greeting "
                             "misheard), and the absence stands. Without the list, any such "
                             "turn may hold the step: review."),
    }

    def setup(self) -> None:
        self.wanted = self.phrase_set(self.p.get("phrases") or [],
                                      min_fuzzy_syllables=int(self.p.get("min_fuzzy_syllables", 2)))
        self.partial = self.phrases("partial_phrases")
        self.opening = self.phrases("opening_phrases")
        self.answers_to = self.phrases("answers_to")
        self.sounds_like = self.resemblance(self.p["sounds_like"]) \
            if self.p.get("sounds_like") else None

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream = ctx.stream(role)
        t0, t1, label = window_bounds(ctx, stream, self.p.get("window"))
        if self.p.get("after_opening") and len(stream.turns) > 1 \
                and stream.turns[0].start < OPENING_WITHIN_S:
            t0 = max(t0, stream.turns[1].start)
        lo, hi = stream.window(t0, t1)
        plo, phi = lo, hi  # where the opening and partial phrases count
        if self.p.get("partial_window") and (self.opening or self.partial):
            p0, p1, _ = window_bounds(ctx, stream, self.p["partial_window"])
            plo, phi = stream.window(max(t0, p0), min(t1, p1))
        m = self.wanted.search_any(stream, lo, hi)
        while m is not None and m.kind == "intent" and self._answering(ctx, stream, m.start):
            # Only the turns after the answer can still hold the step.
            turn = stream.turn_at(m.start)
            after = stream.offsets[turn + 1] if turn + 1 < len(stream.turns) else hi
            m = self.wanted.search_any(stream, after, hi) if after < hi else None
        if m is None and self.opening and phi > plo:
            m = next((o for o in self.opening.finditer(stream, plo, phi)
                      if not self._asked(stream.norm, o.end)
                      and not self._answering(ctx, stream, o.start)), None)
        if m is not None:
            unsure = self.unreliable_match(ctx, stream, m)
            if not ctx.pass_evidence and unsure is None:
                return [self.passed(role=role)]
            evidence, s, e = self.match_evidence(stream, m, role)
            if unsure is not None:
                return [self.review(unsure, start=s, end=e, role=role, evidence=evidence,
                                    **self.match_detail(stream, m))]
            return [self.passed(start=s, end=e, role=role, evidence=evidence,
                                **self.match_detail(stream, m))]
        where = f"{label} of {role} speech ({fmt_span(t0, t1)})" if self.p.get("window") \
            else f"the whole call ({fmt_span(t0, t1)})"
        options = "、".join(f"「{p}」" for p in self.wanted.quoted[:4])
        said = said_in(stream, lo, hi)
        evidence = f"{where}: none of {options} said" + (f"; said: 「{said}」" if said else
                                                         f"; no {role} words there")
        if not stream.turns and ctx.turns:
            return [self.review(f"no speech attributed to {role}", start=t0, end=t1,
                                role=role, evidence=evidence)]
        part = None
        if self.partial and phi > plo:
            part = self.partial.search(stream, plo, phi)
        if part is not None:
            s, e = stream.time_span(part.start, part.end)
            return [self.review(f"「{excerpt(stream, part.start, part.end, 6)}」 heard at "
                                f"{fmt_time(s)}: the step was said, but the ASR lost part of "
                                f"it", start=s, end=e, role=role, evidence=evidence)]
        reason = ctx.uncertainty(role, t0, t1, roles_matter=self._said_by_anyone(ctx),
                                 could_hold=self.sounds_like)
        if reason:
            return [self.review(reason, start=t0, end=t1, role=role, evidence=evidence)]
        return [self.hit(start=t0, end=t1, role=role, evidence=evidence,
                         window=[round(t0, 2), round(t1, 2)])]

    def _asked(self, text: str, end: int) -> bool:
        """Whether a question tag begins within ``TAG_REACH`` characters after ``end``, in
        the same clause (是恒通银行吗, 是恒通银行的客服吧)."""
        after = text[end:end + TAG_REACH + 2]
        after = after[:next((i for i, c in enumerate(after) if c in "\n，。！？,.!?"), len(after))]
        return any(tag in after[:TAG_REACH + len(tag) - 1] for tag in self.p.get("question_tags") or ())

    def _answering(self, ctx: EvalContext, stream, pos: int) -> bool:
        """Whether the role's turn at stream position ``pos`` answers the other party's turn
        just before it (one since the role's previous turn) that said an ``answers_to``
        phrase."""
        if not self.answers_to:
            return False
        turn = stream.turn_at(pos)
        start = stream.turns[turn].start
        since = stream.turns[turn - 1].start if turn > 0 else float("-inf")
        other = ctx.stream("customer" if self.spec.role == "agent" else "agent")
        asked = [i for i, t in enumerate(other.turns) if since < t.start < start]
        if not asked:
            return False
        i = asked[-1]
        lo = other.offsets[i]
        return self.answers_to.search(other, lo, lo + len(other.norms[i])) is not None

    def _said_by_anyone(self, ctx: EvalContext) -> bool:
        """Whether any speaker said the step where it belongs, so that an unsure agent /
        customer assignment could have hidden it. Asked only when roles are unsure."""
        confidence = ctx.role_confidence()
        if confidence is None or confidence >= ctx.thresholds.role_confidence:
            return True
        anyone = ctx.stream("any")
        t0, t1, _ = window_bounds(ctx, anyone, self.p.get("window"), role="any")
        return self.wanted.search_any(anyone, *anyone.window(t0, t1)) is not None
