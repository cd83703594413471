"""If the call's topic needs it, the agent must do something first.

E.g. the customer asks about a transfer → the agent verifies identity before giving account
details (身份核验); the customer asks about a cross-border remittance or a wealth product →
the agent gives a risk warning (风险提示), optionally before the product answer.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from qa_toolkit.numbers import quantities
from qa_toolkit.rules.base import (EvalContext, Param, Rule, describe_match, excerpt,
                                   fmt_span, fmt_time, supposed)
from qa_toolkit.rules.matching import Match
from qa_toolkit.rules.streams import Stream
from qa_toolkit.types import Outcome


HEDGE_REACH = 20
"""Characters before a trigger phrase, in its clause, where a hedge (差点就…) makes it one: a
near miss is told with its story between (我差点就听那个业务员的打到他私人卡上)."""
INCOMING_REACH = (10, 16)
"""Characters before and after a trigger phrase, in its turn, where money coming in (汇了两千美金
过来, 货款到了没有) makes it no money the caller is moving: a sum and its arrival are said close
together (韩国那边的客户将美元货款前天就汇了，我想问到了没)."""


class Conditional(Rule):
    type_name = "conditional"
    roles = ("agent",)
    summary = ("When the trigger (topic words or business type) occurs, the role must say a "
               "`then` phrase — before the first `before` phrase if given (each such early "
               "answer is a hit), or at all.")
    params = {
        "when": Param("trigger", None, help="{role, phrases, business_types, customer_tiers}: "
                      "any of them triggers; absent = every call. `unless`: phrases that, "
                      "said by the trigger's role anywhere in the call, make the rule not "
                      "apply (a fraud reported after the fact needs no warning before it). "
                      "`hedges`: said just before a trigger phrase in its clause, these make "
                      "it something that did not happen (差点就打到他私人卡上). `incoming`: "
                      "said next to a trigger phrase in its turn, these make it money coming "
                      "to the caller (汇过来, 到了没有), not money the caller moves. "
                      "`restated`: the agent restating the caller's need at the start of a "
                      "reply (您是要往越南汇两万美元，对吧) triggers too, when the caller's own "
                      "words did not."),
        "then": Param("phrases", help="What the role must say (e.g. identity-check questions)."),
        "before": Param("phrases", [], help="…before these (e.g. account details)."),
        "before_role": Param("choice", "agent", choices=("agent", "customer", "any")),
        "require_without_anchor": Param("bool", True, help="With `before`: also a hit when "
                                        "no `before` phrase follows and `then` is never said."),
        "from_trigger": Param("bool", False, help="Only `then` phrases after the trigger count."),
        "each_anchor": Param("bool", True, help="One hit per `before` phrase said too early "
                             "(else one per call)."),
        "recited_digits": Param("int", 0, help="A customer turn reciting this many digits in a "
                                "row (not a sum, a date or a count) counts as the step done: "
                                "the caller answered a check whose question the ASR lost "
                                "(0: off)."),
    }

    def setup(self) -> None:
        when = self.p.get("when") or {}
        self.trigger_role = when.get("role", "customer")
        # Triggers and anchors deduct when *present*: near matches only on 3+ syllables, as
        # for forbidden phrases (机银 must not pass for 基金).
        self.trigger = self.phrase_set(when.get("phrases") or [], fuzzy=when.get("fuzzy", True),
                                       min_fuzzy_syllables=3)
        self.business_types = {str(b).lower() for b in when.get("business_types") or []}
        self.customer_tiers = {str(b).lower() for b in when.get("customer_tiers") or []}
        self.always = not when
        restated = bool(when.get("restated", False)) and self.trigger_role == "customer"
        # A restated need is told by the listed phrases (往…私人卡上打, 汇…美元): an intent's
        # similarity over every agent turn would cost most of the rule's time (bench/rules.py)
        # and find the agent's own talk of money as often as a need restated.
        self.restated_trigger = (self.phrase_set(
            [v for v in when.get("phrases") or [] if isinstance(v, str)],
            fuzzy=when.get("fuzzy", True), min_fuzzy_syllables=3) if restated else None)
        self.unless = self.phrase_set(when.get("unless") or [], min_fuzzy_syllables=3)
        self.hedges = self.phrase_set(when.get("hedges") or [], fuzzy=False)
        # Money coming in waives the warning, so it must be said, not sounded near: 到了没
        # near-matched 货还没见到，也没签 (到也没), and a payment into a seller's card lost its
        # warning. Homophones still count.
        self.incoming = self.phrase_set(when.get("incoming") or [], fuzzy=False)
        # A two-syllable step word heard with one syllable near is half the word (快人 is
        # no 坏人): near matches on 3+ syllables here too; homophones still count.
        self.then = self.phrase_set(self.p.get("then") or [], min_fuzzy_syllables=3)
        self.before = self.phrase_set(self.p.get("before") or [], min_fuzzy_syllables=3)

    def _trigger(self, ctx: EvalContext) -> Optional[tuple[float, Any]]:
        """When the topic comes up and why: a string, or for a phrase the match to quote
        (quoted only if an outcome will show it)."""
        if self.always:
            return 0.0, ""
        stream = ctx.stream(self.trigger_role)
        m = self.trigger.search(stream) if self.trigger else None
        if m is not None and not self._moved_by_caller(stream, m):
            m = next((n for n in self.trigger.finditer(stream)
                      if self._moved_by_caller(stream, n)), None)
        role = self.trigger_role
        if m is None and self.restated_trigger:
            stream, role = ctx.stream("agent"), "agent (restating the need)"
            m = next((n for n in self.restated_trigger.finditer(stream)
                      if _restating(stream, n) and self._moved_by_caller(stream, n)), None)
        if m is not None:
            s, _ = stream.time_span(m.start, m.end)
            return s, (s, stream, m, self.unreliable_match(ctx, stream, m), role)
        meta = ctx.call.meta
        kind, source = ctx.business if self.business_types else (None, "")
        if kind is not None and kind in self.business_types:
            return 0.0, f"business type {kind}" + (
                "" if source == "metadata" else " (from the call's words)")
        tier = ((meta.customer_tier if meta else None) or "").lower()
        if tier and tier in self.customer_tiers:
            return 0.0, f"customer tier {tier}"
        return None

    def _moved_by_caller(self, stream: Stream, m: Match) -> bool:
        """Whether a trigger match is something the caller is doing: not narrowly missed
        (hedges) and not money coming to them (incoming)."""
        if self.hedges and supposed(stream, self.hedges, m, HEDGE_REACH):
            return False
        if self.incoming:
            turn = stream.turn_at(m.start)
            lo = max(stream.offsets[turn], m.start - INCOMING_REACH[0])
            hi = min(stream.offsets[turn] + len(stream.norms[turn]), m.end + INCOMING_REACH[1])
            if self.incoming.search(stream, lo, hi) is not None:
                return False
        return True

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        trig = self._trigger(ctx)
        if trig is None:
            return [self.passed(role=role, evidence="topic not present", applicable=False)]
        t_trig, found = trig
        if self.unless:
            trigger_stream = ctx.stream(self.trigger_role)
            waived = self.unless.search_any(trigger_stream)
            if waived is not None:
                at = trigger_stream.time_span(waived.start, waived.end)[0]
                return [self.passed(role=role, applicable=False,
                                    evidence=f"not applicable: {fmt_time(at)} "
                                             f"{self.trigger_role}: "
                                             f"{excerpt(trigger_stream, waived.start, waived.end)}")]

        def why() -> str:
            if not isinstance(found, tuple):
                return found
            at, trigger_stream, m, _, said_by = found
            how = f" ≈ 「{m.phrase}」 ({describe_match(m)})" if m.kind == "intent" else ""
            return (f"{fmt_time(at)} {said_by}: "
                    f"{excerpt(trigger_stream, m.start, m.end)}{how}")

        # A topic recognised only by similarity on misheard words may not be there at all.
        trigger_unsure = found[3] if isinstance(found, tuple) else None

        stream = ctx.stream(role)
        start_from = t_trig if self.p.get("from_trigger") else 0.0
        lo, _ = stream.window(start_from, 1e12)
        done = self._first_done(ctx, stream, lo, t_trig)
        t_done = stream.time_span(done.start, done.end)[0] if done else None
        recited = self._recited(ctx, start_from)
        if recited is not None and (t_done is None or recited[0] < t_done):
            done, t_done = None, recited[0]
        else:
            recited = None
        if self.before:
            anchor_stream = ctx.stream(self.p.get("before_role", "agent"))
            alo, ahi = anchor_stream.window(t_trig, 1e12 if t_done is None else t_done)
            anchors = []
            for a in self.before.finditer(anchor_stream, alo, ahi):
                # A listed phrase heard only near (打款方是 for 底款当时) inside a question is
                # no more told than a sentence recognised by similarity.
                if a.kind in ("intent", "fuzzy") and _asked_of_caller(anchor_stream.norm, a):
                    continue
                if a.kind == "intent" and (_restated(anchor_stream.norm, a.end)
                                           or _leads_into(anchor_stream, a, stream, done)):
                    continue
                if _figure_heard_first(ctx, anchor_stream, a) or _figure_unsaid(anchor_stream, a):
                    continue
                s, e = anchor_stream.time_span(a.start, a.end)
                if t_done is None or s < t_done:
                    anchors.append((a, s, e))
            # Several anchor phrases in one turn are one early answer.
            early, seen_turns = [], set()
            for a, s, e in anchors:
                turn = anchor_stream.turn_at(a.start)
                if turn not in seen_turns:
                    seen_turns.add(turn)
                    early.append((a, s, e))
            if early:
                if not self.p.get("each_anchor", True):
                    early = early[:1]
                out = []
                for a, s, e in early:
                    evidence = (f"{_because(why())}{fmt_span(s, e)} answered "
                                f"{excerpt(anchor_stream, a.start, a.end)} with no "
                                f"「{self.then.example}」-type step before it")
                    if t_done is not None:
                        evidence += f" (done only later, at {fmt_time(t_done)})"
                    reason = ctx.uncertainty(role, start_from, s) if t_done is None else None
                    reason = reason or self.unreliable_match(ctx, anchor_stream, a) \
                        or trigger_unsure
                    if reason:
                        out.append(self.review(reason, start=s, end=e, role=role,
                                               evidence=evidence, trigger=why() or None))
                    else:
                        out.append(self.hit(start=s, end=e, role=role, evidence=evidence,
                                            trigger=why() or None, late=t_done is not None))
                return out
            if done is None and not self.p.get("require_without_anchor", True):
                return [self.passed(role=role, trigger=why() or None,
                                    evidence=f"{_because(why())}no answer given")]
        if done is not None:
            unsure = self.unreliable_match(ctx, stream, done)
            if not ctx.pass_evidence and unsure is None:
                return [self.passed(role=role)]
            evidence, s, e = self.match_evidence(stream, done, role)
            if unsure is not None:
                return [self.review(unsure, start=s, end=e, role=role, evidence=evidence,
                                    trigger=why() or None, **self.match_detail(stream, done))]
            return [self.passed(start=s, end=e, role=role, evidence=evidence,
                                trigger=why() or None,
                                **self.match_detail(stream, done))]
        if recited is not None:
            at, customer, (a, b) = recited
            return [self.passed(start=at, role=role, trigger=why() or None,
                                evidence=f"{fmt_time(at)} customer recited "
                                         f"{excerpt(customer, a, b)}: the answer to a check "
                                         f"whose question was not heard")]
        end = ctx.end_of_call
        evidence = (f"{_because(why())}no 「{self.then.example}」-type step by {role} "
                    f"in {fmt_span(start_from, end)}")
        reason = ctx.uncertainty(role, start_from, end) or trigger_unsure
        if reason:
            return [self.review(reason, start=t_trig, end=end, role=role, evidence=evidence,
                                trigger=why() or None)]
        return [self.hit(start=None, end=None, role=role, evidence=evidence,
                         trigger=why() or None)]


    def _recited(self, ctx: EvalContext, t0: float) -> Optional[tuple[float, Any, tuple[int, int]]]:
        """When the customer first recited a number of ``recited_digits`` digits after ``t0``
        (the customer stream and the digits' span): a check's answer."""
        wanted = int(self.p.get("recited_digits") or 0)
        if not wanted:
            return None
        customer = ctx.stream("customer")
        agent = ctx.stream("agent")
        # An answer follows a question: digits in the caller's first words, before the agent
        # has replied to them (退给我1450，你帮我看下), answer no check.
        if not customer.turns:
            return None
        asked = next((t.start for t in agent.turns if t.start > customer.turns[0].start), None)
        if asked is None:
            return None
        lo, hi = customer.window(max(t0, asked), 1e12)
        for m in _DIGIT_RUN.finditer(customer.norm, lo, hi):
            if len(m.group(0)) >= wanted:
                return customer.time_span(m.start(), m.end())[0], customer, m.span()
        return None

    def _first_done(self, ctx: EvalContext, stream: Any, lo: int, t_trig: float) -> Any:
        """The first `then` step after ``lo``. When a phrase is said and no `before` answer
        comes ahead of it, an intent window earlier still would change nothing but the
        evidence: the intents are scored only when an answer may precede the phrase."""
        said = self.then.search_any(stream, lo)
        if said is None or said.kind == "intent" or not self.then.intents:
            return said
        anchor_stream = ctx.stream(self.p.get("before_role", "agent"))
        t_said = stream.time_span(said.start, said.end)[0]
        if self.before and self.before.search_any(
                anchor_stream, *anchor_stream.window(t_trig, t_said)) is not None:
            return self.then.search(stream, lo)
        return said


def _because(trigger: str) -> str:
    return f"topic {trigger}; " if trigger else ""


_DIGIT_RUN = re.compile(r"\d+(?![\d.]|[块元万千百亿年月日号岁个笔次分毛角钱多余来])")
"""A run of digits that is no sum, date or count (8000块, 2012年, 3笔 are not a check's answer,
nor 7000多 or 30来: a round figure and more)."""

_CONFIRM_TAG = re.compile(r"[^\n]{0,10}?(?:是吗|对吗|是吧|对吧|是不是|对不对|没(?:听|说)?[错差]吧"
                          r"|我(?:这么|这样)(?:理解|归纳|说)|没跑偏|差不离|准不准|明白了|了解了)")
TAG_REACH_BACK = 5
"""Characters before a matched window's end where its tag may start: the window can end
inside the tag (…再补一张我这么理 | 解，差不离吧)."""


def _figure_heard_first(ctx: EvalContext, stream: Any, m: Any) -> bool:
    """Whether an account detail ends in a figure the customer said earlier (您是充话费，卡上扣
    了一百 after 我充了100块): the agent restating the problem tells the caller nothing new."""
    said = quantities(stream.norm[m.start:m.end])
    if not said or said[-1].end != m.end - m.start:
        return False
    customer = ctx.stream("customer")
    lo, hi = customer.window(0.0, stream.time_span(m.start, m.end)[0])
    heard = customer.norm[lo:hi]
    if not any(q.value == said[-1].value for q in quantities(heard)):
        return False
    # The record's own date read back with it (9月12号下午…打进来两千元) is news to the caller.
    turn = stream.turn_at(m.start)
    return not any(d.group(0) not in heard
                   for d in _DATE.finditer(stream.norm, stream.offsets[turn], m.end))


_DATE = re.compile(r"\d{1,2}月\d{1,2}[号日]")

_NUMERAL_CHARS = frozenset("0123456789零〇一二三四五六七八九十百千万两幺")


def _figure_unsaid(stream: Any, m: Any) -> bool:
    """Whether a listed anchor written with a figure (卡…有X千) matched words that hold none:
    phrases match by sound, and 卡上扣的幼儿园 (a check's question about a fee on file) is
    卡…有二元 by its syllables. No figure said, no record read back."""
    return "X" in m.phrase and _NUMERAL_CHARS.isdisjoint(stream.norm[m.start:m.end])


RESTATE_REACH = 14
"""Characters from a reply's start within which a restated need begins (您是要往那位师傅私人卡上打…)."""
RESTATE_OPENERS = ("您", "你", "是要", "是想", "要往", "想往")
"""How a restatement opens: the caller addressed (您是要…, 您要往…), or its 是要 when 您 is lost."""
GREETINGS = ("您好", "你好")
"""An opening (您好，恒通银行理财经理…) addresses the caller too, and restates nothing."""
HYPOTHETICAL = ("的话", "要是", "如果", "假如", "万一")
"""A reply's 您要往国外汇款的话… is general information, no need restated."""


def _restating(stream: Stream, m: Match) -> bool:
    """Whether an agent's trigger phrase restates the caller's need (复述确认, DOMAIN's second
    step): it stands at the start of a reply that addresses the caller, not in a what-if.
    The agent speaks the standard language, so the need is often heard there when a
    dialect caller's own words were not."""
    k = stream.turn_at(m.start)
    norm = stream.norms[k]
    lead = m.start - stream.offsets[k]
    clause = norm[:m.end - stream.offsets[k] + 4]
    return (0 <= lead <= RESTATE_REACH and norm.startswith(RESTATE_OPENERS)
            and not norm.startswith(GREETINGS)
            and not any(word in clause for word in HYPOTHETICAL))


LEAD_IN_CHARS = 6
"""Characters between a window recognised by similarity and the step it leads into."""


def _leads_into(anchor_stream: Any, a: Any, stream: Any, done: Any) -> bool:
    """Whether a sentence recognised only by similarity runs straight into the step, in the
    same turn (挂失得由卡主本人来，请讲身份证…): the action named as the reason for the check
    is not the account acted on."""
    if done is None or anchor_stream is not stream:
        return False
    return (stream.turn_at(a.start) == stream.turn_at(done.start)
            and 0 <= done.start - a.end <= LEAD_IN_CHARS)


_ASKING = re.compile(r"哪|几[月号年天时点个]|多少|什么时候|啥时候|啥时")
ASK_REACH = 4
"""Characters past a matched window's end where its question word may still fall."""


_ASKED_WHAT = re.compile(r"(?:是|叫|填的|写的|留的)(?:什么|啥)")
ASKED_WHAT_REACH = 8
"""Characters past a matched window's end where a "what was it" (…当时登记的用途是什么) may
still fall: the thing asked is named first, so it ends further on than a question word."""


def _asked_of_caller(norm: str, m: Match) -> bool:
    """Whether a sentence recognised only by similarity (or a listed phrase heard only near)
    asks the caller an account fact (您存的那笔定期，哪个月到期？; 那笔贷款当时登记的用途是
    什么: a check's question about what is on file): it holds a question word, so it tells
    the caller nothing."""
    line_end = norm.find("\n", m.end)
    limit = len(norm) if line_end < 0 else line_end
    return (_ASKING.search(norm, m.start, min(m.end + ASK_REACH, limit)) is not None
            or _ASKED_WHAT.search(norm, m.start, min(m.end + ASKED_WHAT_REACH, limit)) is not None)


def _restated(norm: str, end: int) -> bool:
    """Whether a sentence recognised only by similarity ends, within a few syllables, in a
    confirmation tag (…想重新设置，是吗): the agent restating the customer's request to
    confirm it (复述确认, DOMAIN's second step), which tells the customer nothing new. A
    listed phrase (余额是, 转入{sum}) counts however the sentence ends."""
    line_start = norm.rfind("\n", 0, end) + 1
    return any(_CONFIRM_TAG.match(norm, at) is not None
               for at in range(max(line_start, end - TAG_REACH_BACK), end + 1))
