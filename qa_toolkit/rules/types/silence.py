"""Silence between speech: dead air (静默) and holds (请您稍等 … 感谢您的耐心等待).

Gaps are measured on audio speech segments when present, else on the turns. A long gap the
agent did not announce (请您稍等) is dead air, whatever is said on coming back (a silent line
is what the caller heard; samples/README.md: dead air = nobody speaks, nothing announced),
unless hold music filled it (the metrics' ``sound_db``, ``thresholds.hold_music_db``): then it
is a hold without its notice. An announced gap, or one with music, is a hold: it needs the
notice before and the thanks after (感谢您的耐心等待). "After" is the agent's first turn back: a
thanks in the closing is no thanks for the wait. A notice is looked for since the caller's last
answer before the silence (``notice_since``): 我帮您查一下 said before a check the caller then
answered announced the check, not the wait after the answer. So one silence is judged by exactly
one of the two rules.
"""

from __future__ import annotations

from typing import Optional

from qa_toolkit.rules.base import EvalContext, Param, Rule, fmt_span
from qa_toolkit.rules.matching import PhraseSet
from qa_toolkit.rules.streams import Stream
from qa_toolkit.types import Outcome


EDGE_SLACK_HELP = ("Phrases timed up to this far inside the silence still count: Whisper's "
                   "word times run a few hundred ms early or late against the audio (a "
                   "thanks heard at the silence's end was timed 0.2 s before it).")


ANSWER_UNITS = 8
"""A caller's turn this long (in characters) between a notice and the silence answered
something the agent asked after the notice (身份证第三到第六位报一下 … 是二八零二，流量包一个月
三十八): the notice announced a check, not this wait. A short 好的 / 行，您查吧 leaves it standing."""


def notice_since(ctx: EvalContext, start: float, within: float, slack: float) -> float:
    """Where a notice for the silence starting at ``start`` may begin: ``within`` before it,
    but after the last caller's answer (``ANSWER_UNITS``) that ended before the silence."""
    since = start - within
    caller = ctx.stream("customer")
    for turn, norm in zip(caller.turns, caller.norms):
        if since < turn.end <= start + slack and caller.lang.units(norm) >= ANSWER_UNITS:
            since = max(since, turn.end - slack)
    return since


def said_near(stream: Stream, phrases: PhraseSet, t0: float, t1: float) -> Optional[str]:
    if not phrases:
        return None
    found = phrases.search_any(stream, *stream.window(t0, t1))
    return found.phrase if found else None


def thanked_on_return(stream: Stream, phrases: PhraseSet, end: float, slack: float,
                      within: float) -> Optional[str]:
    """The thanks said in the agent's first turn back after a silence ending at ``end``: a
    thanks for waiting is said on coming back, not in the closing a minute later (好奶奶谢谢您，
    您慢慢走 thirteen seconds on is no thanks for the wait)."""
    back = next((t for t in stream.turns if t.end > end - slack), None)
    if back is None:
        return None
    return said_near(stream, phrases, end - slack, min(back.end, end + within))


def notice_set(rule: Rule) -> PhraseSet:
    """A rule's notice phrases compiled. A notice excuses the silence, so a near match must keep
    each syllable's initial (证号后面 holds 号后, one initial from 稍后, in every identity check;
    收等 for 稍等 keeps it)."""
    return rule.phrase_set(rule.p.get("notice_phrases") or [], keep_initials=True)


class DeadAir(Rule):
    type_name = "dead_air"
    roles = ("agent", "any")
    summary = ("A silence of at least min_s, no hold music, that the agent did not announce "
               "(thanks on return do not make a silent line a hold).")
    params = {
        "min_s": Param("float", 6.0),
        "notice_phrases": Param("phrases", [], help="Said just before: an announced hold."),
        "notice_within_s": Param("float", 15.0),
        "edge_slack_s": Param("float", 1.0, help=EDGE_SLACK_HELP),
        "max_hits": Param("int", 0),
    }

    def setup(self) -> None:
        self.notice = notice_set(self)
        # The turn before heard unsure hides a notice only if it sounds like one (as for holds).
        self.notice_like = self.resemblance(self.p.get("notice_phrases") or [])

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        stream = ctx.stream("agent")
        outcomes = []
        for s, e in ctx.gaps(float(self.p["min_s"])):
            slack = float(self.p.get("edge_slack_s", 1.0))
            # Announced, it is a hold: the hold rule judges it. Thanks or an apology on coming
            # back do not make a silent line a hold: the caller heard nothing, unannounced
            # (samples/README.md: dead air = nobody speaks, nothing announced).
            since = notice_since(ctx, s, float(self.p["notice_within_s"]), slack)
            if said_near(stream, self.notice, since, s + slack):
                continue
            if ctx.has_hold_music(s, e):
                continue  # on hold with music, unannounced: the hold rule judges it
            evidence = f"{fmt_span(s, e)}: {e - s:.1f} s without speech, not announced"
            reason = ctx.uncertainty("agent", since, s, could_hold=self.notice_like)
            if reason:
                outcomes.append(self.review(reason, start=s, end=e, role="agent",
                                            evidence=evidence, silence_s=round(e - s, 2),
                                            source=ctx.speech_source()))
                continue
            outcomes.append(self.hit(start=s, end=e, role="agent", evidence=evidence,
                                     silence_s=round(e - s, 2), source=ctx.speech_source()))
        cap = int(self.p.get("max_hits") or 0)
        return (outcomes[:cap] if cap else outcomes) or [self.passed(source=ctx.speech_source())]


class Hold(Rule):
    type_name = "hold"
    roles = ("agent",)
    measures = "hold"
    summary = ("An announced silence of at least min_s, or one with hold music, needs a notice "
               "before and thanks after (a silent line never announced is dead air).")
    params = {
        "min_s": Param("float", 15.0),
        "notice_phrases": Param("phrases"),
        "thanks_phrases": Param("phrases", []),
        "notice_within_s": Param("float", 15.0),
        "thanks_within_s": Param("float", 15.0),
        "edge_slack_s": Param("float", 1.0, help=EDGE_SLACK_HELP),
        "require": Param("choice", "both", choices=("notice", "thanks", "both")),
    }

    def setup(self) -> None:
        self.notice = notice_set(self)
        self.thanks = self.phrases("thanks_phrases")
        # A turn heard unsure beside the hold hides the notice or the thanks only if it sounds
        # like one (好的核验通过 heard 好的合言通关 at 0.55 is no 请您稍等 misheard).
        self.notice_like = self.resemblance(self.p.get("notice_phrases") or [])
        self.thanks_like = self.resemblance(self.p.get("thanks_phrases") or [])

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        stream = ctx.stream("agent")
        need = self.p.get("require", "both")
        outcomes = []
        for s, e in ctx.gaps(float(self.p["min_s"])):
            slack = float(self.p.get("edge_slack_s", 1.0))
            since = notice_since(ctx, s, float(self.p["notice_within_s"]), slack)
            before = said_near(stream, self.notice, since, s + slack)
            music = ctx.has_hold_music(s, e)
            if not before and not music:
                continue  # a silent line never announced: dead air, judged by the dead_air rule
            after = thanked_on_return(stream, self.thanks, e, slack,
                                      float(self.p["thanks_within_s"]))
            missing = []
            if need in ("notice", "both") and not before:
                missing.append(f"no notice before (e.g. 「{self.notice.example}」)")
            if need in ("thanks", "both") and self.thanks and not after:
                missing.append(f"no thanks after (e.g. 「{self.thanks.example}」)")
            detail = dict(silence_s=round(e - s, 2), notice=before, thanks=after,
                          source=ctx.speech_source(), music=music)
            if not missing:
                outcomes.append(self.passed(start=s, end=e, role="agent", **detail))
                continue
            evidence = (f"{fmt_span(s, e)}: hold of {e - s:.1f} s"
                        f"{' with music' if music else ''}, " + "; ".join(missing))
            reason = None
            if not before:
                reason = ctx.uncertainty("agent", since, s, could_hold=self.notice_like)
            if reason is None and not after and need != "notice":
                reason = ctx.uncertainty("agent", e, e + float(self.p["thanks_within_s"]),
                                         could_hold=self.thanks_like)
            if reason:
                outcomes.append(self.review(reason, start=s, end=e, role="agent",
                                            evidence=evidence, **detail))
            else:
                outcomes.append(self.hit(start=s, end=e, role="agent", evidence=evidence, **detail))
        return outcomes or [self.passed(source=ctx.speech_source())]
