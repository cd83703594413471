"""Phrases that must not be said (service taboo phrases 服务禁语), except in allowed contexts."""

from __future__ import annotations

from qa_toolkit.rules.base import (EvalContext, Param, Rule, all_matches, excerpt, fmt_span,
                                   fmt_time, outside_contexts, window_bounds)
from qa_toolkit.rules.matching import Match
from qa_toolkit.rules.streams import Stream
from qa_toolkit.types import Outcome, Turn

REACTION_GAP_S = 3.0
"""The other party's reaction starts at most this long after the role's turn ends."""
REACTION_REACH = 4
"""…and, by default, within this many characters of its own turn's start (我没嚷嚷，我就是问问怎么办)."""
NAMED_REACH_S = 30.0
"""A reply naming what was told (这是冒充公检法的骗局) looks back this far for the telling."""
NAMED_LOOKBACK_TURNS = 3
"""…among the role's last this many turns."""


def _is_hit(turn: Turn, flagged: list[tuple]) -> bool:
    """Whether the turn overlaps a hit already raised (start, end; end may be None)."""
    return any(s is not None and s < turn.end and (e or s) > turn.start for s, e in flagged)


class PhraseForbidden(Rule):
    type_name = "phrase_forbidden"
    min_fuzzy_syllables = 3
    taboo_min_fuzzy_syllables = 4
    """A taboo of three syllables near-matched was other words more often than the taboo
    misheard (看这边 for 看着办, 管不住 for 管不着, 有什么样 for 有什么用: eight false hits on
    the saved runs, no true one): it counts as its syllables; near matches from four."""
    taboo_strict_near = True
    """A taboo of four syllables near-matched in two of them was other words (别照着新 for
    别占着线, a warning heard as a rebuff, once the particle 著 read as 着): one near syllable
    up to four (PhraseSet.strict_near). An alert keeps half (修复真讯 is 修复征信)."""
    summary = "Each occurrence of a phrase by the role is a hit (one per call with per: call)."
    params = {
        "phrases": Param("phrases"),
        "allowed_contexts": Param("phrases", [], help="Longer phrases that make a match fine "
                                  "(e.g. 我不知道您 … in 我不知道您是否…)."),
        "window": Param("window", None),
        "per": Param("choice", "occurrence", choices=("occurrence", "turn", "call"),
                     help="One hit per match, per turn with matches, or per call."),
        "max_hits": Param("int", 0, help="At most this many hits a call (0 = no limit)."),
        "fuzzy": Param("bool", True),
        "reactions": Param("phrases", [], help="Said by the other party as its turn begins, "
                           "right after one of the role's turns, these show that turn was a "
                           "rebuff (我就是问问 after 您这问题小学生都会), whatever its words."),
        "reaction_reach": Param("int", REACTION_REACH, help="Characters from the start of the "
                                "other party's turn within which a reaction must begin."),
        "reaction_after_yes": Param("list", [], help="A reaction that follows only one of "
                                    "these at its turn's start (对，就问问) says yes to a question; "
                                    "it answers, it takes no offence."),
        "named_in_reply": Param("phrases", [], help="Said anywhere in the other party's turn "
                                "right after one of the role's turns, these name what that "
                                "turn told (这是冒充领导的骗局), whatever its words."),
        "reaction_to_opening": Param("bool", False, help="Whether the role's first turn can be "
                                     "the one reacted to (a customer's opening states the "
                                     "errand; an agent's is the greeting)."),
    }

    def setup(self) -> None:
        # The phrase said is the fault, so a near match must keep every initial (see
        # PhraseSet.keep_initials); the allowed contexts only excuse, and stay lenient.
        self.bad = self.phrase_set(self.p.get("phrases") or [], keep_initials=True,
                                   min_fuzzy_syllables=self.taboo_min_fuzzy_syllables,
                                   strict_near=self.taboo_strict_near)
        self.allowed = self.phrases("allowed_contexts")
        self.reactions = self.phrases("reactions")
        self.named_in_reply = self.phrases("named_in_reply")

    def findings(self, ctx: EvalContext, role: str) -> tuple[Stream, list[Match]]:
        stream = ctx.stream(role)
        t0, t1, _ = window_bounds(ctx, stream, self.p.get("window"))
        found = all_matches(stream, self.bad, t0, t1)
        if self.allowed and found:
            lo, hi = stream.window(t0, t1)
            found = outside_contexts(found, self.allowed.finditer(stream, lo, hi))
        if found and (role == "agent" or any(m.kind == "intent" for m in found)):
            found = self._answering(ctx, role, stream, found)
        return stream, list(found)

    @staticmethod
    def _answering(ctx: EvalContext, role: str, stream: Stream, found: list[Match]) -> list[Match]:
        """The matches but those before the other party said a word: a rebuff answers someone.
        The agent's words before the caller's first (the greeting) are none, however they read
        (有什么用得着我的 offers help and holds 有什么用; 您那头遇到什么情况啊 sounds like 您着什么急啊);
        a caller's, only the sentences recognised by similarity (a caller may start first,
        and 我卡被盗刷了 then still reports it)."""
        theirs = ctx.stream("customer" if role == "agent" else "agent")
        if not theirs.turns:
            return found  # a one-sided transcript: who was answered is unknown
        first = theirs.turns[0].start
        return [m for m in found
                if (m.kind != "intent" and role != "agent")
                or stream.time_span(m.start, m.end)[0] >= first]

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        outcomes = self._phrase_outcomes(ctx)
        if self.reactions or self.named_in_reply:
            outcomes = self._with_reactions(ctx, outcomes)
        return outcomes

    def _with_reactions(self, ctx: EvalContext, outcomes: list[Outcome]) -> list[Outcome]:
        """A hit for each of the role's turns the other party answered with a reaction (as its
        turn begins) or by naming what the turn told (anywhere in it)."""
        role = self.spec.role
        other = "customer" if role == "agent" else "agent"
        mine, theirs = ctx.stream(role), ctx.stream(other)
        # By default never the role's opening: a greeting answered with 我就是问问… asks
        # something, it does not take offence.
        least = 1 if self.p.get("reaction_to_opening") else 2
        if len(mine.turns) < least or not theirs.turns:
            return outcomes
        flagged = [(o.start, o.end) for o in outcomes if o.status == "hit"]
        reach = int(self.p.get("reaction_reach", REACTION_REACH))
        yes = set(self.p.get("reaction_after_yes") or [])
        # (match, whether it names what was told anywhere in the reply)
        found = []
        for m in self.reactions.finditer(theirs):
            lead = theirs.norm[theirs.offsets[theirs.turn_at(m.start)]:m.start]
            if len(lead) <= reach and lead not in yes:
                found.append((m, False))
        if self.named_in_reply:
            found = sorted(found + [(m, True) for m in self.named_in_reply.finditer(theirs)],
                           key=lambda item: item[0].start)
        added = []
        for m, names_it in found:
            t_react = theirs.turns[theirs.turn_at(m.start)].start
            before = [i for i, t in enumerate(mine.turns) if t.start < t_react]
            if len(before) < least:
                continue
            if not 0.0 <= t_react - mine.turns[before[-1]].end <= REACTION_GAP_S:
                continue
            told = self._telling_turn(mine, before, t_react, flagged) if names_it else before[-1]
            if told is None or not self._reacted_to(mine, told):
                continue
            turn = mine.turns[told]
            if _is_hit(turn, flagged):
                continue
            lo = mine.offsets[told]
            evidence = (f"{fmt_span(turn.start, turn.end)} {role}: "
                        f"{excerpt(mine, lo, lo + len(mine.norms[told]), 40)}; "
                        f"{other} at {fmt_time(t_react)}: {excerpt(theirs, m.start, m.end)}")
            added.append(self.hit(start=turn.start, end=turn.end, role=role, evidence=evidence,
                                  reaction=m.phrase))
            flagged.append((turn.start, turn.end))
        if not added:
            return outcomes
        return [o for o in outcomes if o.status != "pass"] + added

    @staticmethod
    def _telling_turn(stream: Stream, before: list[int], t_reply: float,
                      flagged: list[tuple]) -> "int | None":
        """The role's turn that told what the reply names: of its last turns within
        NAMED_REACH_S of the reply, the longest (the story, not a follow-up such as 还没交，
        那我该咋办). None when one of those turns is already a hit: naming it again is no second
        telling."""
        recent = [i for i in before[-NAMED_LOOKBACK_TURNS:]
                  if t_reply - stream.turns[i].end <= NAMED_REACH_S] or before[-1:]
        if any(_is_hit(stream.turns[i], flagged) for i in recent):
            return None
        return max(reversed(recent), key=lambda i: len(stream.norms[i]))

    def _reacted_to(self, stream: Stream, turn_index: int) -> bool:
        """Whether the role's turn can be the one a reaction answers."""
        return True

    def _phrase_outcomes(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream, found = self.findings(ctx, role)
        if not found:
            return [self.passed(role=role, evidence="none of the phrases said")]
        per = self.p.get("per", "occurrence")
        groups: list[list[Match]] = []
        for m in found:
            if groups and (per == "call" or per == "turn" and
                           stream.turn_at(groups[-1][0].start) == stream.turn_at(m.start)):
                groups[-1].append(m)
            else:
                groups.append([m])
        outcomes = [self._verdict(ctx, stream, role, group) for group in groups]
        cap = int(self.p.get("max_hits") or 0)
        hits = [o for o in outcomes if o.status == "hit"]
        if cap and len(hits) > cap:
            drop = {id(o) for o in hits[cap:]}
            outcomes = [o for o in outcomes if id(o) not in drop]
            hits[cap - 1].detail["more_not_counted"] = len(drop)
        return outcomes

    def _verdict(self, ctx: EvalContext, stream: Stream, role: str, group: list[Match]) -> Outcome:
        parts = [self.match_evidence(stream, m, role) for m in group]
        evidence = " | ".join(p[0] for p in parts[:5]) + (
            f" (+{len(parts) - 5} more)" if len(parts) > 5 else "")
        start, end = parts[0][1], parts[-1][2]
        detail = self.match_detail(stream, group[0])
        if len(group) > 1:
            detail["count"] = len(group)
            detail["matches"] = [m.phrase for m in group]
        # A hit resting only on near matches over unreliable words goes to a human.
        probs = [ctx.words_prob(stream, m.start, m.end) for m in group if m.kind != "exact"]
        if len(probs) == len(group) and all(p is not None and p < ctx.thresholds.fuzzy_hit_prob
                                            for p in probs):
            return self.review(f"only near matches ({group[0].kind}, similarity "
                               f"{group[0].similarity:.2f}) on words of mean probability "
                               f"{max(probs):.2f}", start=start, end=end, role=role,
                               evidence=evidence, **detail)
        return self.hit(start=start, end=end, role=role, evidence=evidence, **detail)

