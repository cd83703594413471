"""Professional terms said to the customer without an explanation (过度使用专业术语).

Two kinds of proof: a term of the lexicon heard with no explanation after it, or the other
party saying right after a long turn that they did not follow it (你说的这些我没听懂): no
lexicon holds every product's terms, but the customer's answer says the turn was not plain.
A term of three syllables or more is heard by its sound too (等恶本息); a two-syllable one only
in its own characters, since the same two sounds are as often two other words (一句，付钱).
A term given as the name of what was just said in plain words (从高处往下掉的那一段叫回撤) was
explained before it, not after (``named_after``); one followed straight away by 就是 or 是指 and
what it is (起息日就是开始算利息的那天) is defined on the spot (``defined_by``), and so is a term
whose head word is defined so soon after (最大回撤三个点，回撤就是…).
"""

from __future__ import annotations

from qa_toolkit.pii import mask_text
from qa_toolkit.rules.base import EvalContext, Param, Rule, fmt_span, fmt_time, outside_contexts
from qa_toolkit.types import Outcome


class Jargon(Rule):
    type_name = "jargon"
    min_fuzzy_syllables = 3
    summary = ("Lexicon terms said by the role with no explanation right after; counted per "
               "call (one hit listing the terms), per term, or per occurrence.")
    params = {
        "terms": Param("phrases", help="The jargon lexicon (usually {jargon})."),
        "explanations": Param("phrases", [], help="Markers of a plain-words explanation "
                              "(也就是说, 意思是…) that excuse a term."),
        "explain_within_s": Param("float", 8.0, help="How soon after the term the explanation must come."),
        "named_after": Param("phrases", [], help="What names a thing just described, said "
                             "right before the term (…往下掉的那一段叫回撤): the description "
                             "before it was the explanation."),
        "defined_by": Param("phrases", [], help="Words that, said right after the term, "
                            "define it on the spot (起息日就是从这天开始算利息; 圈存是指…)."),
        "not_a_definition": Param("phrases", [], help="The same words starting something else "
                                  "(头寸就是不够: 就是 stresses, it defines nothing)."),
        "min_count": Param("int", 1, help="Unexplained terms needed for a hit."),
        "per": Param("choice", "call", choices=("call", "turn", "term", "occurrence")),
        "fuzzy": Param("bool", False, help="Terms are often short: exact (after normalising) by default."),
        "ordinary_words": Param("phrases", [], help="Everyday words that sound like a term "
                                "(支付 for 止付): a term heard in these very characters was not "
                                "said as jargon."),
        "allowed_contexts": Param("phrases", [], help="Longer phrases in which a term's "
                                  "characters are other words (上回撤评 is 上回测评 heard: 上回 is "
                                  "last time): a term inside one was not said."),
        "not_understood": Param("phrases", [], help="What the other party says when a turn "
                                "lost them (没听懂, 听不懂): said right after a long turn of the "
                                "role, that turn is a hit though no lexicon term was heard."),
        "not_understood_within_s": Param("float", 6.0, help="How soon after the turn's end "
                                         "the other party says so."),
        "pace_only": Param("phrases", [], help="A request to slow down (慢点说): a reply holding "
                           "one is about the pace (the speech-rate rule's), not the words, "
                           "whatever not-understood phrase comes with it."),
        "long_turn_units": Param("int", 30, help="A turn shorter than this is not a lecture in "
                                 "terms (冲正是什么意思 after one word is the lexicon's job)."),
    }

    def setup(self) -> None:
        self.terms = self.phrases("terms")
        self.explain = self.phrases("explanations")
        self.named_after = self.phrases("named_after")
        self.defined_by = self.phrases("defined_by")
        self.not_a_definition = self.phrases("not_a_definition")
        self.ordinary = frozenset(self.lang.norm(w) for w in self.phrases("ordinary_words").texts)
        self.allowed = self.phrases("allowed_contexts")
        self.lost = self.phrases("not_understood")
        self.pace = self.phrases("pace_only")

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream = ctx.stream(role)
        # A two-syllable term heard only by its sound (指付, 之父, 据附 for 止付, 支付, 拒付) is
        # another pair of words as often as the term: only its own characters count. Longer
        # terms keep their homophones (等恶本息 is 等额本息).
        found = [m for m in self.terms.finditer(stream)
                 if m.text not in self.ordinary and (m.kind == "exact" or len(m.text) > 2)]
        if self.allowed and found:
            found = outside_contexts(found, self.allowed.finditer(stream))
        explained = self.explain.finditer(stream) if self.explain and found else []
        naming_ends = ({x.end for x in self.named_after.finditer(stream)}
                       if self.named_after and found else set())
        definition_starts = self._definition_starts(stream) if found else set()
        within = float(self.p.get("explain_within_s", 8.0))
        unexplained = []
        # A term explained once is known to the caller: said again later, it needs no second
        # explanation (久期，您就当成…；久期越短…).
        known: set[str] = set()
        for m in found:
            s, e = stream.time_span(m.start, m.end)
            if m.phrase in known:
                continue
            if m.start in naming_ends or m.end in definition_starts:
                known.add(m.phrase)
                continue
            if any(x.start >= m.end and stream.time_span(x.start, x.end)[0] - e <= within
                   for x in explained):
                known.add(m.phrase)
                continue
            # Its head word defined soon after (最大回撤三个点，回撤就是净值从顶上落下来的…):
            # the term is explained through it.
            if any(x.start >= m.end and x.end in definition_starts and m.phrase.endswith(x.phrase)
                   and stream.time_span(x.start, x.end)[0] - e <= within for x in found):
                known.add(m.phrase)
                continue
            unexplained.append((m, s, e))
        if self.p.get("per") == "term":
            seen, unique = set(), []
            for item in unexplained:
                if item[0].phrase not in seen:
                    seen.add(item[0].phrase)
                    unique.append(item)
            unexplained = unique
        lost = self._lost_turns(ctx, {stream.turn_at(m.start) for m, _, _ in unexplained})
        too_few = len(unexplained) < int(self.p.get("min_count", 1))
        if too_few and not lost:
            return [self.passed(role=role, count=len(unexplained),
                                evidence=f"{len(unexplained)} unexplained term(s)")]
        lost_hits = [self.hit(start=turn.start, end=turn.end, role=role, evidence=evidence)
                     for turn, evidence in lost]
        if too_few:
            return lost_hits[:1] if self.p.get("per") == "call" else lost_hits
        if self.p.get("per") == "call":
            first = unexplained[0]
            terms = [m.phrase for m, _, _ in unexplained]
            evidence = f"{len(terms)} unexplained term(s): " + "; ".join(
                f"{fmt_time(s)} 「{m.phrase}」" for m, s, _ in unexplained[:8])
            return [self.hit(start=first[1], end=unexplained[-1][2], role=role,
                             evidence=evidence, count=len(terms), terms=terms)]
        out = lost_hits
        if self.p.get("per") == "turn":
            by_turn: dict[int, list] = {}
            for item in unexplained:
                by_turn.setdefault(stream.turn_at(item[0].start), []).append(item)
            for items in by_turn.values():
                terms = [m.phrase for m, _, _ in items]
                evidence, s, _ = self.match_evidence(stream, items[0][0], role,
                                                     "unexplained term(s) " + "、".join(terms) + ": ")
                out.append(self.hit(start=s, end=items[-1][2], role=role, evidence=evidence,
                                    count=len(terms), terms=terms))
            return sorted(out, key=lambda o: o.start or 0.0)
        for m, s, e in unexplained:
            evidence, s, e = self.match_evidence(stream, m, role, "unexplained term: ")
            out.append(self.hit(start=s, end=e, role=role, evidence=evidence,
                                **self.match_detail(stream, m)))
        return sorted(out, key=lambda o: o.start or 0.0)

    def _definition_starts(self, stream) -> set[int]:
        """Where a definition begins (就是, 是指), unless the same words begin something else
        (就是不够): a term ending there is defined on the spot."""
        if not self.defined_by:
            return set()
        starts = {x.start for x in self.defined_by.finditer(stream)}
        if self.not_a_definition:
            starts -= {x.start for x in self.not_a_definition.finditer(stream)}
        return starts

    def _lost_turns(self, ctx: EvalContext, already: set[int]) -> list[tuple]:
        """The role's long turns (not among ``already``, no explanation in them) that the
        other party answered, within ``not_understood_within_s``, by saying they did not
        follow; each with its evidence."""
        if not self.lost:
            return []
        role = self.spec.role
        other = "customer" if role == "agent" else "agent"
        mine, theirs = ctx.stream(role), ctx.stream(other)
        within = float(self.p.get("not_understood_within_s", 6.0))
        long_turn = int(self.p.get("long_turn_units", 30))
        out, seen = [], set()
        for m in self.lost.finditer(theirs):
            k = theirs.turn_at(m.start)
            reply = theirs.turns[k]
            if self.pace and self.pace.search(theirs, theirs.offsets[k],
                                              theirs.offsets[k] + len(theirs.norms[k])):
                continue
            before = [i for i, t in enumerate(mine.turns) if t.end <= reply.start + 0.5]
            if not before:
                continue
            i = before[-1]
            turn = mine.turns[i]
            if (i in seen or i in already or reply.start - turn.end > within
                    or self.lang.units(mine.norms[i]) < long_turn
                    or (self.explain and self.explain.search(
                        mine, mine.offsets[i], mine.offsets[i] + len(mine.norms[i])))):
                continue
            seen.add(i)
            said = mask_text(theirs.norms[theirs.turn_at(m.start)])
            out.append((turn, f"{fmt_span(turn.start, turn.end)} {role}: 「{mask_text(mine.norms[i])}」"
                              f"; then {other} said 「{said}」 at {fmt_time(reply.start)}: "
                              f"not understood"))
        return out
