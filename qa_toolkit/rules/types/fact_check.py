"""Wrong answers: a value the agent states for a knowledge-base topic that the KB contradicts.

A topic is named by one of its cues (单笔限额, 年费, 到账时间); the first number after the cue in
the same turn, in the fact's unit or without a unit, is the value stated (五十万, 三百元, 三个工作日,
read by ``qa_toolkit.numbers``). A value none of the fact's versions in force on the call's
date accepts is a hit quoting the words and the KB entry; when Whisper was unsure of the
number's words it may have misheard the number, so that is a review.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional

from qa_toolkit.numbers import VALUE_CHARS, Quantity, quantities
from qa_toolkit.pii import mask_text
from qa_toolkit.rules.base import EvalContext, Param, Rule, fmt_span
from qa_toolkit.rules.intents import Intent
from qa_toolkit.rules.matching import Sieve
from qa_toolkit.rules.regexes import literal_alternation
from qa_toolkit.rules.kb import NUMERIC_KINDS, TEXT_KINDS, Fact, Topic, load_kb, resolve_kb
from qa_toolkit.textnorm import encode, to_simplified
from qa_toolkit.types import Outcome, Turn


LONG_CUE = 6
"""A cue of this many syllables or more is found with any one of them misheard (跨行转账手续费
heard 跨行转账手机费, 一次最多能转 heard 一次费多能转): its other syllables pin it down. Shorter
cues (年费, 补卡) must be heard whole, by syllable. (Five gave the same verdicts on every saved
run, but its two-syllable halves, 跨行 or 日累, picked a candidate turn in most calls.)"""

_SYLLABLE = r"[^\s\d，。！？；、,.!?;:：…]"

CUE_GAP = "…"
"""In a cue, where a few other syllables may come between its parts (一天…最多 names the daily
limit in 一天加起来最多 and 一天里最多): the parts are what names the topic, not the filler."""

CUE_GAP_SYLLABLES = 4
_GAP_UNIT = rf"(?:{_SYLLABLE}|\d+(?:[.,]\d+)*)"
"""What a cue's gap counts: a syllable, or a figure written in digits as one (一笔5万封顶:
the figure between the parts is the value stated, 一笔五万封顶 its spoken form)."""


def _cue_pattern(cue: str) -> str:
    """A cue's syllable codes as a regex: exact, or for a long cue one syllable anything; the
    parts of a cue with gaps each so, with up to ``CUE_GAP_SYLLABLES`` syllables between."""
    if CUE_GAP in cue:
        return f"{_GAP_UNIT}{{0,{CUE_GAP_SYLLABLES}}}".join(
            f"(?:{_cue_pattern(part)})" for part in cue.split(CUE_GAP))
    if len(cue) < LONG_CUE:
        return re.escape(cue)
    return "|".join([re.escape(cue)] + [re.escape(cue[:i]) + _SYLLABLE + re.escape(cue[i + 1:])
                                        for i in range(len(cue))])


def _cues_pattern(cues: list[str]) -> str:
    """One regex for a list of cue codes, longest first. Cues in parts that begin alike
    (一天…最多, 一天…上限) share one branch, ``一天 gap (?:最多|上限)``: an alternation of every
    pairing made a search try each at each position (bench/rules.py: this rule's share of the
    engine went from 3 % to 16 % with the parts' pairings as separate branches)."""
    plain: list[str] = []
    tails: dict[str, list[str]] = {}
    for cue in sorted(set(cues), key=len, reverse=True):
        head, sep, rest = cue.partition(CUE_GAP)
        if sep:
            tails.setdefault(head, []).append(rest)
        else:
            plain.append(_cue_pattern(cue))
    gap = f"{_GAP_UNIT}{{0,{CUE_GAP_SYLLABLES}}}"
    grouped = [f"(?:{_cue_pattern(head)}){gap}(?:"
               + "|".join(f"(?:{_cue_pattern(rest)})" for rest in rests) + ")"
               for head, rests in tails.items()]
    return "|".join(plain + grouped)


def _named_pattern(cues: list[str]) -> str:
    """A regex that matches a text where ``_cues_pattern(cues)`` does, for asking only
    whether a text names one of the cues, with every alternative opening with a plain
    syllable: the engine then skips in C to where one is said. A long cue's variant with its
    first syllable misheard starts at its second syllable and looks behind for the first;
    a cue in parts has its gap and later parts after each variant of its first part.
    ``_cues_pattern``'s own alternatives open with a class or a group there, which made
    Python's engine try every cue at every position (a candidate turn was 20 µs; a test
    holds the two equal)."""
    alternatives: list[str] = []
    gap = f"{_GAP_UNIT}{{0,{CUE_GAP_SYLLABLES}}}"
    for cue in sorted(set(cues), key=len, reverse=True):
        head, sep, rest = cue.partition(CUE_GAP)
        tail = gap + f"(?:{_cue_pattern(rest)})" if sep else ""
        for variant in _variants(head):
            if not variant:
                return ""  # an empty cue is named everywhere
            alternatives.append(variant + tail)
    return "|".join(alternatives)


def _variants(cue: str) -> list[str]:
    """``_cue_pattern(cue)``'s alternatives (a cue without gaps), each opening with a plain
    syllable."""
    return [pattern for _, pattern in _led_variants(cue)]


def _led_variants(cue: str) -> list[tuple[str, str]]:
    """``_variants(cue)``, each with the syllable it opens with."""
    if len(cue) < LONG_CUE:
        return [(cue[:1], re.escape(cue))]
    first_misheard = re.escape(cue[1]) + f"(?<={_SYLLABLE}.)" + re.escape(cue[2:])
    return [(cue[0], re.escape(cue)), (cue[1], first_misheard)] + [
        (cue[0], re.escape(cue[:i]) + _SYLLABLE + re.escape(cue[i + 1:]))
        for i in range(1, len(cue))]


class _Names:
    """Whether a text names one of the cues: ``_named_pattern(cues)`` searched, its
    alternatives grouped by the syllable they open with and each group tried only where that
    syllable is said. The whole pattern tried its four hundred alternatives in turn wherever a
    leading syllable was, 6 µs a turn (bench/rules.py); the same answers (a test holds them
    equal)."""

    def __init__(self, cues: list[str]):
        by_head: dict[str, list[str]] = {}
        gap = f"{_GAP_UNIT}{{0,{CUE_GAP_SYLLABLES}}}"
        self.everywhere = not cues
        """An empty cue (or none: an empty pattern) is named everywhere."""
        for cue in sorted(set(cues), key=len, reverse=True):
            head, sep, rest = cue.partition(CUE_GAP)
            tail = gap + f"(?:{_cue_pattern(rest)})" if sep else ""
            for lead, variant in _led_variants(head):
                if not variant:
                    self.everywhere = True
                    continue
                by_head.setdefault(lead, []).append(variant + tail)
        self.by_head = {lead: re.compile("|".join(alternatives)).match
                        for lead, alternatives in by_head.items()}
        self.leads = re.compile("[" + "".join(map(re.escape, by_head)) + "]" if by_head
                                else "(?!)")

    def __call__(self, text: str) -> bool:
        if self.everywhere:
            return True
        by_head = self.by_head
        return any(by_head[m.group()](text, m.start()) for m in self.leads.finditer(text))


class FactCheck(Rule):
    type_name = "fact_check"
    summary = ("A value the agent states for a knowledge-base topic (fee, limit, rate, time) "
               "that the KB contradicts is a hit; a misheard-looking number is review.")
    params = {
        "kb": Param("str", help="The knowledge base file (rules/<name> or a path)."),
        "topics": Param("list", [], help="Only these KB topics (default: every numeric topic)."),
        "max_gap_chars": Param("int", 12, help="Most characters between the cue and the number."),
        "answers": Param("bool", False, help="Also check the agent's reply to a caller's "
                         "question that names a topic (一笔最多能转多少？ → 最多十万): the reply's "
                         "first figure in the topic's unit; a reply naming a topic itself answers "
                         "the question's other topics with figures before its first cue; and the "
                         "reply to a question asked after the agent named a topic back to confirm "
                         "it (柜台跨行转账是吧？ → 对，收多少？ → 百分之一)."),
        "answer_reach_chars": Param("int", 16, help="How far into the reply its figure may be."),
        "answer_within_s": Param("float", 6.0, help="Most seconds from the question's end to "
                                 "the reply's start."),
        "by_example": Param("dict", {}, help="KB topic: {intent: NAME}. A turn naming no cue "
                            "names such a topic when a stretch of it is that pack intent (its "
                            "example sentences) and the turn states a figure in the topic's "
                            "unit, said with the unit: only topics in per cent or in a span "
                            "of time (a bare sum is said of everything)."),
    }

    def setup(self) -> None:
        self.kb = load_kb(resolve_kb(self.p["kb"]))
        wanted = self.p.get("topics") or []
        unknown = [t for t in wanted if self.kb.topic(t) is None]
        if unknown:
            raise ValueError(f"kb {self.kb.path} has no topic(s) {', '.join(unknown)}")
        self.topics = [t for t in self.kb.topics
                       if t.kind in NUMERIC_KINDS and (not wanted or t.name in wanted)]
        # Cues match by syllable, as the pack's phrases do: Whisper writes 单笔 as 单比.
        self.cue_codes = {t.name: [encode(to_simplified(c)) for c in t.cues] for t in self.topics}
        self.exclude_codes = {t.name: [encode(to_simplified(c)) for c in t.excludes]
                              for t in self.topics}
        self.name_codes = {t.name: [encode(to_simplified(c)) for c in t.names]
                           for t in self.topics}
        # Longer cues first, so that a cue and its tail (跨行转账手续费, 手续费率) report the longer.
        self.cue_res = {name: re.compile(_cues_pattern(codes))
                        for name, codes in self.cue_codes.items()}
        # Whether a turn names a topic at all, asked far more often than where (``_named``).
        self.names_topic = {name: _Names(codes) for name, codes in self.cue_codes.items()}
        every_cue = sorted({c for codes in self.cue_codes.values() for c in codes}, key=len,
                           reverse=True)
        # Documents topics whose facts say what does not do instead (复印件, 别人的): an agent
        # saying one will do is checked against them (``_documents``).
        self.doc_topics = [t for t in self.kb.topics
                           if t.kind in TEXT_KINDS and (not wanted or t.name in wanted)
                           and any(f.not_instead or f.named_as for f in t.facts)]
        # What any of the checks needs said, as one cheap search of the call's text: a
        # substitute or another paper, or the ID with a waiver beside it (身份证 alone is said in
        # nearly every call, by the identity check).
        substitutes = sorted({w for t in self.doc_topics for f in t.facts
                              for w in f.not_instead + f.other_documents},
                             key=len, reverse=True)
        named_as = sorted({w for t in self.doc_topics for f in t.facts for w in f.named_as},
                          key=len, reverse=True)
        # Only ever asked whether it matches: every alternative opens with a plain character
        # (the ID's names and the waivers spelled out one by one), so that the regex engine
        # skips in C to where one is said instead of entering a group at every position.
        alternatives = [literal_alternation(substitutes)] if substitutes else []
        if named_as:
            ids = "(?:" + "|".join(map(re.escape, named_as)) + ")"
            alternatives += [re.escape(w) + WAIVED_AFTER for w in named_as]
            alternatives += [re.escape(w) + _WAIVED_BEFORE_TAIL + ids for w in _WAIVERS]
        self._any_substitute = re.compile("|".join(alternatives)) if alternatives else None
        self.doc_cue_res = {t.name: re.compile(_cues_pattern(
            [encode(to_simplified(c)) for c in t.cues])) for t in self.doc_topics}
        self.by_example = self._topics_by_example()
        needed = sorted({code for _, intent in self.by_example for code in intent.needed_codes},
                        key=len, reverse=True)
        self._by_example_needs = re.compile(literal_alternation(needed) or "(?!)")
        # One search tells whether a turn names any topic at all (most turns do not).
        # A long cue with one syllable misheard keeps one of its halves whole: the halves
        # find the candidate turns as plain strings (a regex of wildcard variants scanned every
        # turn five times slower), each topic's own pattern then decides (``cue_res``).
        # A cue in parts is found by its longest part (the last of equals): every part must be
        # there, and a short one (补, 寄) is a syllable half the turns hold (不, 机).
        anchors = {half for c in every_cue
                   for part in [max(reversed(c.split(CUE_GAP)), key=len)]
                   for half in ((part[:len(part) // 2], part[len(part) // 2:])
                                if len(part) >= LONG_CUE else (part,))}
        # Sifted: a dozen of the halves open with a syllable said every few seconds (会, 到,
        # 去, 出), where the regex engine entered the alternation (50 µs a call).
        self._any_cue = Sieve(literal_alternation(sorted(anchors, key=len, reverse=True)))
        # A candidate turn found by a half often names nothing: one search tells, before
        # each topic's own pattern is tried.
        self._any_named = _Names(every_cue)

    def _topics_by_example(self) -> list[tuple[Topic, Intent]]:
        """The (topic, pack intent) pairs of ``by_example``, checked: a known numeric topic in
        a unit said with it, and an intent of the pack."""
        out: list[tuple[Topic, Intent]] = []
        for name, ref in (self.p.get("by_example") or {}).items():
            topic = next((t for t in self.topics if t.name == name), None)
            if topic is None:
                raise ValueError(f"by_example: kb {self.kb.path} has no numeric topic {name}")
            units = {f.unit for f in topic.facts}
            if not units <= BY_EXAMPLE_UNITS:
                raise ValueError(f"by_example: topic {name} is in {', '.join(map(str, units))}; "
                                 f"only {', '.join(sorted(BY_EXAMPLE_UNITS))} are said with "
                                 "their unit")
            wanted = ref.get("intent") if isinstance(ref, dict) else None
            if self.intents is None or wanted not in self.intents:
                raise ValueError(f"by_example: topic {name}: expected {{intent: NAME}} naming "
                                 f"an intent of the pack, got {ref!r}")
            intent = self.intents[wanted]
            if not intent.needs:
                # A figure with a day or a per cent is in many turns: the words the intent
                # needs are what keeps this search off most of them (bench/rules.py).
                raise ValueError(f"by_example: topic {name}: intent {wanted} lists no needs")
            out.append((topic, intent))
        return out

    def data_files(self) -> list[Path]:
        return [resolve_kb(self.p["kb"])]

    def derived_examples(self) -> dict[str, list[dict[str, Any]]]:
        """Each KB topic's ``correct`` sentences as pass cases, ``wrong`` ones as fail cases
        (said by the agent, dated when the topic's newest fact is in force)."""
        cases: dict[str, list[dict[str, Any]]] = {"pass": [], "fail": []}
        for topic in self.topics + self.doc_topics:
            meta = {"started_at": f"{topic.facts[-1].effective.isoformat()}T10:00:00"}
            for kind, label in (("pass", "correct"), ("fail", "wrong")):
                for i, sentence in enumerate(topic.examples.get(label, ())):
                    cases[kind].append({"name": f"kb_{topic.name}_{label}_{i + 1}", "meta": meta,
                                        "turns": [["agent", 5.0, 10.0, sentence]]})
        return cases

    def explain_lines(self) -> list[str]:
        lines = [f"knowledge base {self.kb.id} [{self.kb.path}]:"]
        for topic in self.topics + self.doc_topics:
            lines.append(f"  {topic.name} ({topic.title['zh']} / {topic.title['en']}) "
                         f"[{topic.where}], cues {'、'.join(topic.cues)}:")
            lines.extend(f"    {fact.describe()}" for fact in topic.facts)
        for topic, intent in self.by_example:
            lines.append(f"  {topic.name} is also named by example (intent {intent.name}): "
                         + "、".join(intent.examples))
        return lines

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        day = _call_date(ctx.call.meta.started_at if ctx.call.meta else None)
        outcomes: list[Outcome] = []
        checked: list[str] = []
        in_force = [(topic, fact) for topic in self.topics
                    if (fact := topic.fact_on(day)) is not None]
        for turn, text, codes, named, stated_by, asked in self._statements(ctx, role, in_force):
            for topic, fact in named:
                for stated in stated_by(topic, fact):
                    words = f"「{mask_text(text)}」 → 【{stated.text}】"
                    if fact.accepts(stated.value):
                        checked.append(f"{topic.name}: {stated.text}")
                        continue
                    evidence = (f"{fmt_span(turn.start, turn.end)} {role}: {words}{asked} states "
                                f"{stated.value:g}{fact.unit or ''}; KB {topic.name} "
                                f"({topic.title['zh']}, {fact.where}): {fact.describe()}")
                    detail = {"topic": topic.name, "stated": stated.text,
                              "stated_value": stated.value, "kb_values": list(fact.values),
                              "unit": fact.unit, "effective": fact.effective.isoformat()}
                    doubt = self._misheard(ctx, turn, text, stated) or _trailing_one(stated, fact)
                    if doubt:
                        outcomes.append(self.review(doubt, start=turn.start, end=turn.end,
                                                    role=role, evidence=evidence, **detail))
                    else:
                        outcomes.append(self.hit(start=turn.start, end=turn.end, role=role,
                                                 evidence=evidence, **detail))
        outcomes.extend(self._documents(ctx, role, day))
        if outcomes:
            return outcomes
        evidence = ("agrees with the KB: " + "; ".join(checked)) if checked and ctx.pass_evidence \
            else ""
        return [self.passed(role=role, evidence=evidence)]

    def _statements(self, ctx: EvalContext, role: str, in_force: list) -> Iterator[tuple]:
        """Each turn of the role that states a value for a topic: (turn, text, codes, the
        topics in force it names, how to read its values for one of them, the question it
        replies to or ""). A turn names a topic by its cue; with ``answers``, the reply to a
        question naming one does so too."""
        naming = list(self._naming_turns(ctx.stream(role).turns))
        for turn, text, codes in naming:
            named = self._named(codes, in_force)
            if not named:
                continue
            said = quantities(text)
            if said:
                yield (turn, text, codes, named,
                       lambda topic, fact, c=codes, s=said: self._stated(c, topic, fact.unit, s),
                       "")
        replied: set[int] = set()
        if self.p.get("answers"):
            for reply in self._replies(ctx, role, in_force):
                replied.add(id(reply[0]))
                yield reply
            for reply in self._after_naming_back(ctx, role, in_force, naming):
                if id(reply[0]) not in replied:
                    replied.add(id(reply[0]))
                    yield reply
        if self.by_example:
            for named in self._named_by_example(ctx, role, in_force):
                if id(named[0]) not in replied:
                    yield named

    def _named_by_example(self, ctx: EvalContext, role: str, in_force: list) -> Iterator[tuple]:
        """The role's turns that name no cue but say a ``by_example`` topic in other words
        (在柜面往外行汇钱，按钱数收千分之八): a stretch of the turn is the topic's intent, and the
        turn states a figure with the topic's unit. The figure is the turn's first in that
        unit; the evidence names the closest example and the similarity."""
        stream = ctx.stream(role)
        if not stream.turns:
            return
        facts = {topic.name: fact for topic, fact in in_force}
        wanted = [(topic, intent, facts[topic.name]) for topic, intent in self.by_example
                  if topic.name in facts]
        if not wanted:
            return
        # Cheap first, one search of the call's own encoding: the turns holding a word a
        # topic's intent needs (外行, 境外), then of those the ones with a unit said.
        candidates = sorted({stream.turn_at(m.start())
                             for m in self._by_example_needs.finditer(stream.enc)})
        for i in candidates:
            # The turn as heard: normalising drops the % of 0.8%.
            if not _UNIT_SAID.search(stream.turns[i].text):
                continue
            lo = stream.offsets[i]
            hi = lo + len(stream.norms[i])
            enc = stream.enc[lo:hi]
            mine = [(topic, intent, fact) for topic, intent, fact in wanted
                    if any(code in enc for code in intent.needed_codes)]
            if not mine:
                continue
            turn = stream.turns[i]
            text = to_simplified(turn.text)
            codes = _cue_codes(text)
            if self._any_named(codes):
                continue  # its cues say what its figures are
            said = quantities(text)
            for topic, intent, fact in mine:
                stated = next((q for q in _in_days(said, fact.unit) if q.unit == fact.unit
                               and not (fact.unit == "%" and q.value == 0)), None)
                if stated is None:
                    continue
                if any(word in codes for word in self.exclude_codes[topic.name]):
                    continue
                # Scored as the turn alone: a search of the stream would compute this
                # intent's grams over every turn of the role (bench/rules.py).
                similarity, example = intent.turn_similarity(stream.norms[i], enc)
                if similarity < intent.threshold:
                    continue
                note = (f" (names the topic by example: intent {intent.name}, similarity "
                        f"{similarity:.2f} to 「{example}」)")
                yield (turn, text, codes, [(topic, fact)],
                       lambda topic, fact, q=stated: [q], note)

    def _named(self, codes: str, in_force: list) -> list:
        """The (topic, fact) pairs in force whose cue the codes hold."""
        if not self._any_named(codes):
            return []
        return [(topic, fact) for topic, fact in in_force
                if self.names_topic[topic.name](codes)]

    def _replies(self, ctx: EvalContext, role: str, in_force: list) -> Iterator[tuple]:
        """The role's replies to the other side's questions that name a topic and state no
        value for it (一笔最多能转多少？): the reply's first figure in the topic's unit, within
        ``answer_reach_chars`` of its start, is the value it states. A reply naming a topic
        itself answers by it only the question's other topics, with figures before its first
        cue (its cues say what the figures after them are)."""
        other = "customer" if role == "agent" else "agent"
        theirs = ctx.stream(other)
        if not theirs.turns:
            return
        # Cheap tests first (bench/rules.py): a cue's anchor in the other side's text as the
        # call already encoded it, a reply in time, a numeral near the reply's start; only
        # then is the question read for its topics and the reply for its figures.
        naming = sorted({theirs.turn_at(m.start())
                         for m in self._any_cue.finditer(theirs.enc, theirs.codes)})
        if not naming:
            return
        replies = ctx.stream(role).turns
        starts = [r.start for r in replies]
        asked = theirs.turns
        within = float(self.p.get("answer_within_s", 6.0))
        reach = int(self.p.get("answer_reach_chars", 16))
        for index in naming:
            question = asked[index]
            before = asked[index + 1].start if index + 1 < len(asked) else float("inf")
            at = bisect.bisect_right(starts, question.start)
            reply = replies[at] if at < len(replies) else None
            if reply is None or not (reply.start < before
                                     and reply.start <= question.end + within):
                continue
            text = to_simplified(reply.text)
            if not _NUMERAL.search(text, 0, reach):
                continue
            q_text = to_simplified(question.text)
            q_codes = _cue_codes(q_text)
            q_said = quantities(q_text)
            # The caller's own figure for the topic (一笔最多五万对吧) is no question of it.
            named = [(topic, fact) for topic, fact in self._named(q_codes, in_force)
                     if not self._stated(q_codes, topic, fact.unit, q_said)]
            if not named:
                continue
            codes = _cue_codes(text)
            # A reply that names a topic itself says by its cues what the figures after them
            # are; what it says before the first of them answers the question's other topics
            # (一笔能转八万，柜台跨行收千分之五: the limit, then the fee by its cue).
            own_named = self._named(codes, in_force)
            own = {topic.name for topic, _ in own_named}
            named = [(topic, fact) for topic, fact in named if topic.name not in own]
            if not named:
                continue
            until = min([reach] + [m.start() for name in own
                                   if (m := self.cue_res[name].search(codes))])
            in_reply = quantities(text)
            # A figure its own cue states (收三百块年费: the figure right before 年费) is that
            # topic's, not an answer to the question's other one.
            bound = [id(q) for topic, fact in own_named
                     for q in self._stated(codes, topic, fact.unit, in_reply)]
            said = [q for q in in_reply if (q.end <= until if own else q.start < reach)
                    and id(q) not in bound]
            if said:
                note = (f" in reply to {other} at {fmt_span(question.start, question.end)} "
                        f"「{mask_text(q_text)}」")
                yield (reply, text, codes, named,
                       lambda topic, fact, s=said: self._first_in_unit(s, fact.unit), note)

    def _after_naming_back(self, ctx: EvalContext, role: str, in_force: list,
                           naming: list[tuple[Turn, str, str]]) -> Iterator[tuple]:
        """The role names a topic back with no value for it (柜台跨行转账是吧，我给您讲), the
        other side asks with no figure of its own (对，手续费收多少？), and the role's next turn,
        naming no topic itself, answers: its first figure in the topic's unit within
        ``answer_reach_chars`` of its start is the value stated for the topic named back."""
        other = "customer" if role == "agent" else "agent"
        mine = ctx.stream(role).turns
        theirs = ctx.stream(other).turns
        if len(mine) < 2 or not theirs:
            return
        index = {id(turn): at for at, turn in enumerate(mine)}
        starts = [turn.start for turn in theirs]
        within = float(self.p.get("answer_within_s", 6.0))
        reach = int(self.p.get("answer_reach_chars", 16))
        for turn, text, codes in naming:
            at = index[id(turn)]
            if at + 1 >= len(mine):
                continue
            # Named back as a question to confirm (…是吧, …对不, …吗？), not said in passing.
            if not _CONFIRMING.search(text):
                continue
            said = quantities(text)
            named = [(topic, fact) for topic, fact in self._named(codes, in_force)
                     if not self._stated(codes, topic, fact.unit, said)]
            if not named:
                continue
            reply = mine[at + 1]
            first = bisect.bisect_left(starts, turn.start)
            asked = [q for q in theirs[first:] if q.start < reply.start]
            # One question between, in time, with no figure: a caller reciting digits or
            # giving a sum of their own is not asking the value.
            if len(asked) != 1 or reply.start > asked[0].end + within:
                continue
            question = asked[0]
            q_text = to_simplified(question.text)
            if _NUMERAL.search(q_text):
                continue
            r_text = to_simplified(reply.text)
            if not _NUMERAL.search(r_text, 0, reach):
                continue
            r_codes = _cue_codes(r_text)
            if self._named(r_codes, in_force):
                continue
            figures = [q for q in quantities(r_text) if q.start < reach]
            if figures:
                note = (f" in reply to {other} at {fmt_span(question.start, question.end)} "
                        f"「{mask_text(q_text)}」 on the topic {role} named at "
                        f"{fmt_span(turn.start, turn.end)} 「{mask_text(to_simplified(text))}」")
                yield (reply, r_text, r_codes, named,
                       lambda topic, fact, s=figures: self._first_in_unit(s, fact.unit), note)

    def _documents(self, ctx: EvalContext, role: str, day: Optional[dt.date]) -> list[Outcome]:
        """A hit for each of the role's turns on a documents topic (naming it, or starting
        within ``DOCUMENTS_CONTEXT_S`` of a turn by either side that named it) that says
        something the fact lists as no substitute will do (带复印件就行, 手机号留您爱人的也可以),
        that the ID is not needed (身份证不用带), or that asks for another paper without naming
        the ID (带户口本就能开)."""
        stream = ctx.stream(role)
        mine = stream.turns
        # Cheap first, on the text the call has already normalised: most calls say none of the
        # substitutes at all.
        if not mine or self._any_substitute is None or not self._any_substitute.search(stream.norm):
            return []
        other = "customer" if role == "agent" else "agent"
        other_stream = ctx.stream(other)
        texts = to_simplified("\n".join(t.text for t in mine)).split("\n")
        if len(texts) != len(mine):  # a turn's own text holds a newline
            texts = [to_simplified(t.text) for t in mine]
        joined = "\n".join(texts)
        out: list[Outcome] = []
        for topic in self.doc_topics:
            fact = topic.fact_on(day)
            if fact is None or not any(w in joined for w in fact.not_instead + fact.named_as
                                       + fact.other_documents):
                continue
            cue = self.doc_cue_res[topic.name]
            # Where the topic was named, by either side: a turn soon after is on it (开张卡…
            # 要带什么？… 您替他办就行), whatever its own words: one scan of each stream's codes
            # (a search per turn was most of this rule's time on calls that name the topic).
            named = sorted(((s.turns[i], who, said[i] if said is not None
                             else to_simplified(s.turns[i].text))
                            for who, s, said in ((role, stream, texts), (other, other_stream, None))
                            for i in sorted({s.turn_at(m.start()) for m in cue.finditer(s.enc)})),
                           key=lambda x: x[0].start)
            on_topic: dict[int, str] = {}
            for i, turn in enumerate(mine):
                before = [(t, who, text) for t, who, text in named if t.start <= turn.start
                          and turn.start - t.end <= DOCUMENTS_CONTEXT_S]
                if before:
                    t, who, text = before[-1]
                    on_topic[i] = "" if t is turn else (
                        f" on the topic {who} named at {fmt_span(t.start, t.end)} "
                        f"「{mask_text(text)}」")
            for i, (turn, text) in enumerate(zip(mine, texts)):
                if i not in on_topic:
                    continue
                found = _stated_wrong(text, fact)
                if found is None:
                    continue
                word, said, verb = found
                evidence = (f"{fmt_span(turn.start, turn.end)} {role}: 「{mask_text(text)}」"
                            f"{on_topic[i]} {verb.format(said)}; KB "
                            f"{topic.name} ({topic.title['zh']}, {fact.where}): "
                            f"{fact.describe()}")
                out.append(self.hit(start=turn.start, end=turn.end, role=role, evidence=evidence,
                                    topic=topic.name, stated=said, substitute=word,
                                    kb_items=list(fact.items),
                                    effective=fact.effective.isoformat()))
        return out

    @staticmethod
    def _first_in_unit(said: list[Quantity], unit: Optional[str]) -> list[Quantity]:
        """The reply's first figure in the fact's unit; a bare figure (最多五万) counts for a
        sum of money only from a thousand (a bare 四 is a digit count or an ordinal)."""
        for q in _in_days(said, unit):
            if q.unit == unit or (q.unit is None and unit == "元" and q.value >= 1000):
                return [q]
        return []

    def _naming_turns(self, turns: list[Turn]) -> Iterator[tuple[Turn, str, str]]:
        """Each turn that names a topic (a cue, by syllable), with its simplified text and that
        text's syllable codes. A turn naming none states nothing to check: the role's turns are
        converted and encoded as one text and searched once, numbers read only where a cue is
        (reading every turn's numbers was most of this rule's time: bench/rules.py, see the
        commit)."""
        if not turns:
            return
        texts = [t.text for t in turns]
        simplified = to_simplified("\n".join(texts)).split("\n")
        if len(simplified) != len(turns):  # a turn's own text holds a newline
            simplified = [to_simplified(t) for t in texts]
        joined = _cue_codes("\n".join(simplified))
        starts, pos = [], 0
        for text in simplified:
            starts.append(pos)
            pos += len(text) + 1
        at = 0
        candidates = self._any_cue.candidates(joined)
        while True:
            found = self._any_cue.search(joined, at, candidates)
            if found is None:
                return
            i = bisect.bisect_right(starts, found.start()) - 1
            yield turns[i], simplified[i], joined[starts[i]:starts[i] + len(simplified[i])]
            at = starts[i] + len(simplified[i]) + 1
            if at > len(joined):
                return

    def _stated(self, codes: str, topic: Topic, unit: Optional[str],
                said: list[Quantity]) -> list[Quantity]:
        """The value stated after each mention of the topic (first number in its unit);
        ``codes`` is the turn's text as syllable codes, one per character."""
        gap = int(self.p.get("max_gap_chars", 12))
        excludes = self.exclude_codes[topic.name]
        names = self.name_codes[topic.name]
        out: list[Quantity] = []
        for cue in self.cue_res[topic.name].finditer(codes):
            at, after = cue.span()
            # A rate of nothing (百分之零点零) is a decimal misheard (零点五 heard 零点零 or
            # 零点以): no fee is quoted as zero per cent, so it is no figure to check.
            # A bare figure of a hundred or more is no per cent (转账金额最多五万).
            # A span of time is said with its unit (三个工作日, 两天): a bare figure after a
            # time topic's cue is a fee or a sum (境外汇款…手续费一百五), no number of days.
            said_here = [q for q in _in_days(said, unit) if q.unit in (None, unit) and not (
                unit == "%" and (q.value == 0 or (q.unit is None and q.value >= 100)))
                and not (q.unit is None and unit in TIME_UNITS)]
            # A figure between the cue's parts (一笔五万封顶) is the one it states; else the
            # first after it; else one in the topic's unit just before it (每年收一千二百块年费).
            # A bare figure after a sum in yuan is what that sum costs (一万块钱，收您五十), no
            # share: a rate is said as one (千分之五), or bare before any sum.
            # A bare digit after it does not outweigh a figure in the topic's unit right before
            # it (收300块年费，转账走手机三比…: 三 is 单笔's first syllable heard, no fee).
            just_before = next((q for q in said_here if unit and q.unit == unit
                                and 0 <= at - q.end <= 1), None)
            first_after = next((q for q in said_here if after <= q.start <= after + gap
                                and not (unit == "%" and q.unit is None
                                         and any(o.unit == "元" and after <= o.start < q.start
                                                 for o in said))), None)
            if just_before is not None and first_after is not None and first_after.unit is None \
                    and first_after.value < 10:
                first_after = None
            stated = next((q for q in said_here if at < q.start and q.end < after), None) or \
                first_after or just_before
            if stated is None and unit == "%":
                stated = _worked_rate(said, after, codes)
            if stated is not None and stated not in out and not (
                    excludes and _names_another(codes, at, stated.end, excludes, names)):
                out.append(stated)
        return out

    def _misheard(self, ctx: EvalContext, turn: Turn, text: str,
                  stated: Quantity) -> Optional[str]:
        """Why the number's words may be misheard (a word under ``low_word_prob``), or None.

        Only words that carry the value count: 五十五万 heard clearly with 元 unsure (五十五万元,
        「元」 0.30) states fifty-five ten-thousands whatever the unit's word was."""
        limit = ctx.thresholds.low_word_prob
        position = 0
        low: list[str] = []
        for word in turn.words:
            token = word.text.strip()
            found = text.find(token, position) if token else -1
            if found < 0:
                continue
            position = found + len(token)
            if found < stated.end and position > stated.start and word.prob < limit and \
                    not VALUE_CHARS.isdisjoint(text[max(found, stated.start):min(position, stated.end)]):
                low.append(f"「{token}」 {word.prob:.2f}")
        if not low:
            return None
        return (f"the number 【{stated.text}】 has words below probability {limit:.2f} "
                f"({', '.join(low)}): it may be misheard")


WORKED_SUM_REACH = 30
"""Characters after a rate's cue where a sum worked through may stand (按金额收，三万块就是九百块)."""
WORKED_SUM_LINK = 8
"""Most characters between the sum and what it costs (三万块就是九百块, 转五万的话手续费就是二百五)."""


@lru_cache(maxsize=1)
def _jiao_words() -> dict[str, str]:
    """毛 and 角, tenths of a yuan, by syllable code (encoded on first use: the first encoding
    builds textnorm's tables)."""
    return {encode(word): word for word in ("毛", "角")}


def _worked_rate(said: list[Quantity], after: int, codes: str) -> Optional[Quantity]:
    """A rate stated only as what a sum costs (三万块就是九百块, 一万块钱收您五十): the cost over
    the sum, in per cent, spanning both figures. An agent who works the fee through on the
    caller's sum states the rate as surely as one who names it, and the ASR may keep the
    sums when it loses the rate's own words. The cost is at most a tenth of the sum (a
    second sum is no fee), and a bare figure is money only beside one said in yuan."""
    near = [q for q in said if after <= q.start <= after + WORKED_SUM_REACH]
    for base, cost in zip(near, near[1:]):
        base_is_money = base.unit == "元" or (base.unit is None and base.value >= 1000)
        jiao = (_jiao_words().get(codes[cost.end], "")
                if cost.unit is None and cost.end < len(codes) else "")
        cost_is_money = cost.unit == "元" or (cost.unit is None and base.unit == "元")
        value = cost.value / 10 if jiao else cost.value  # 一百块钱收五毛: 0.5 yuan
        if (base_is_money and cost_is_money and cost.start - base.end <= WORKED_SUM_LINK
                and 0 < value <= base.value / 10):
            return Quantity(round(value * 100 / base.value, 6), "%", base.start,
                            cost.end + len(jiao), f"{base.text}…{cost.text}{jiao}")
    return None


def _trailing_one(stated: Quantity, fact: Fact) -> Optional[str]:
    """Why a figure ending in 万一 or 千一 may not be the one said, when without its 一 it is
    the KB's: 五万一 is 51,000, but the 一 may as well begin what follows (五万，一天二十万
    heard 五万一…) or be 万一 (in case)."""
    if len(stated.text) < 3 or stated.text[-1] != "一" or stated.text[-2] not in "万千":
        return None
    shorter = quantities(stated.text[:-1])
    if len(shorter) != 1 or not fact.accepts(shorter[0].value):
        return None
    return (f"【{stated.text}】 is {shorter[0].text} as the KB has it if its 一 begins what "
            f"follows (一天, 一次) or is 万一: the figure is unsure")


_CONFIRMING = re.compile(r"是吧|对吧|对不|是不是|对不对|是不|吗|么|嘛|[？?]")
"""A turn that puts what it names as a question to confirm (柜台跨行转账是吧)."""

_NUMERAL = re.compile(r"[\d零一二两三四五六七八九十百千万]")
"""A figure's first character, digits or Chinese."""

_ONE_AS_DIGIT = re.compile(r"(?<![\d.])1(?=[天笔次回日])")
"""Whisper writes 一天, 一笔 and 一次 as 1天, 1笔, 1次 (手机银行1天累计顶到150万): read as the
word for finding a cue; the figure itself is read from the text as heard."""


def _cue_codes(text: str) -> str:
    """``text``'s syllable codes with a lone 1 before a day, a transfer or a time read as 一."""
    return encode(_ONE_AS_DIGIT.sub("一", text))


_CLAUSE_END = re.compile(r"[，。！？；、,.!?;\s]")
_SENTENCE_END = re.compile(r"[。！？；.!?;]")


def _names_another(codes: str, cue_at: int, number_end: int, excludes: list[str],
                   names: list[str]) -> bool:
    """Whether the figure is another product's: one is named in the clause from its start to
    the end of the stated number's own clause (100元一年的那种是普卡), or earlier in the
    sentence with none of ``names`` after it."""
    start = max((m.end() for m in _CLAUSE_END.finditer(codes, 0, cue_at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(codes, number_end)), len(codes))
    if any(word in codes[start:end] for word in excludes):
        return True
    begun = max((m.end() for m in _SENTENCE_END.finditer(codes, 0, cue_at)), default=0)
    before = codes[begun:cue_at]
    other = max(before.rfind(word) for word in excludes)
    return other >= 0 and other > max((before.rfind(word) for word in names), default=-1)


TIME_UNITS = frozenset({"工作日", "小时", "分钟"})
"""Units of a span of time: a figure stated for one must carry its unit."""

BY_EXAMPLE_UNITS = TIME_UNITS | {"%"}
"""Units a topic named by example may have: figures said with them (千分之五, 三个工作日) are
few in a call; a bare sum (五万, 三百) is said of everything."""

_UNIT_SAID = re.compile(r"[百千万]分之|%|％|‰|工作日|个工作|[天日]|小时|分钟|个月")
"""Where a figure with one of ``BY_EXAMPLE_UNITS`` may be said (numbers.py reads it), in a
turn's text as heard."""

WORKING_DAYS_A_MONTH = 21
"""A month said for a span of working days (新卡要一个月左右) is about this many of them."""


WORKING_DAYS_A_WEEK = 5
"""A week said for a span of working days (要两个礼拜才能到) is this many of them."""

_WORKING_DAYS_IN = {"月": WORKING_DAYS_A_MONTH, "周": WORKING_DAYS_A_WEEK}


def _in_days(said: list[Quantity], unit: Optional[str]) -> list[Quantity]:
    """The figures, with months and weeks counted in working days when the fact is in working
    days: a month or a week is no figure the KB gives in days, yet it states one."""
    if unit != "工作日" or not any(q.unit in _WORKING_DAYS_IN for q in said):
        return said
    return [Quantity(q.value * _WORKING_DAYS_IN[q.unit], unit, q.start, q.end, q.text)
            if q.unit in _WORKING_DAYS_IN else q for q in said]


DOCUMENTS_CONTEXT_S = 30.0
"""A turn starting this soon after a turn that named a documents topic is on that topic."""

_WILL_DO = re.compile(r"就行|也行|也可以|就可以|都可以|可以|没问题|都行|没关系|也成|就成")
"""Said after a substitute (复印件带一份就行): it will do."""
_REFUSED_BEFORE = ("不", "没", "别")
"""Just before a substitute (不用带复印件, 别用别人的): it is refused."""
_NOT_IT = ("不", "没", "别", "原件", "本人", "自己")
"""Between a substitute and its 就行 (复印件不行，带原件就行): something else is what will do."""


def _accepted_instead(text: str, words: tuple[str, ...]) -> Optional[tuple[str, str]]:
    """The first of ``words`` said to do instead (带复印件就行): the word, and the words from it
    to the 就行 within its sentence; None if each is refused or none is said."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            lead = text[max(0, at - 4):at]
            end = at + len(word)
            rest = text[end:end + 10]
            stop = _SENTENCE_END.search(rest)
            rest = rest[:stop.start()] if stop else rest
            will = _WILL_DO.search(rest)
            if will and not any(n in lead for n in _REFUSED_BEFORE) \
                    and not any(n in rest[:will.start()] for n in _NOT_IT):
                return word, text[at:end + will.end()]
            at = text.find(word, at + 1)
    return None


def _stated_wrong(text: str, fact: Fact) -> Optional[tuple[str, str, str]]:
    """How the turn states the documents wrong, first found: (the word, the words said, the
    evidence's verb with a slot for them), or None."""
    found = _accepted_instead(text, fact.not_instead)
    if found is not None:
        return (*found, "accepts 【{}】 instead of the documents")
    found = _waived(text, fact.named_as)
    if found is not None:
        return (*found, "says 【{}】: not needed")
    found = _asked_instead(text, fact.named_as, fact.other_documents)
    if found is not None:
        return (*found, "asks for 【{}】 instead of the documents")
    return None


_WAIVERS = ("不用", "不需要", "不必", "用不着", "可以不", "无须", "无需", "甭")
_WAIVED = "(?:" + "|".join(_WAIVERS) + ")"
"""Said of the one document (身份证不用带, 不用带身份证): it is not needed."""
WAIVED_AFTER = "[也就都]{0,2}" + _WAIVED
"""Right after the document, at most 也/就/都 between (身份证就不用带了)."""
_WAIVED_BEFORE_TAIL = "[再也]?带?"
WAIVED_BEFORE = _WAIVED + _WAIVED_BEFORE_TAIL
"""Right before it, with 带 (不用带身份证)."""
_ASKED = re.compile(r"带|拿|要|需要|准备|得有|就行|就可以|才能")
"""Around another paper (带户口本就行, 要工作证明才能开): it is asked for."""
_REFUSED_AFTER = re.compile(r"不行|不可以|不能|不算|没用|不管用|代替不了|顶不了")
"""Just after another paper (户口本不行): it is turned down."""


def _waived(text: str, named_as: tuple[str, ...]) -> Optional[tuple[str, str]]:
    """The document said not to be needed: a waiver right after it, at most 也/就/都 between
    (身份证就不用带了), or right before it with 带 (不用带身份证); its copy waived (身份证复印件
    不用带) is not it."""
    for word in named_as:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            after = re.match(WAIVED_AFTER, text[end:end + 6])
            lead = text[max(0, at - 5):at]
            before = re.search(WAIVED_BEFORE + "$", lead)
            if after:
                return word, text[at:end + after.end()]
            if before:
                return word, lead[before.start():] + word
            at = text.find(word, end)
    return None


def _asked_instead(text: str, named_as: tuple[str, ...], others: tuple[str, ...]
                   ) -> Optional[tuple[str, str]]:
    """Another paper asked for by a turn that names none of ``named_as`` (要带户口本原件就能开):
    the documents said to be something else."""
    if not others or any(word in text for word in named_as):
        return None
    for word in others:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            lead, rest = text[max(0, at - 4):at], text[end:end + 10]
            if _REFUSED_AFTER.match(rest.lstrip("也都就原件")) or any(n in lead for n in _REFUSED_BEFORE):
                at = text.find(word, end)
                continue
            asked = _ASKED.search(lead) or _ASKED.search(rest)
            if asked:
                return word, text[at:end]
            at = text.find(word, end)
    return None


def _call_date(started_at: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(str(started_at)[:10]) if started_at else None
    except ValueError:
        return None
