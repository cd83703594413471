"""Professional terms said to the customer without an explanation (过度使用专业术语)."""

from __future__ import annotations

from qa_toolkit.rules.base import EvalContext, Param, Rule, fmt_time
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
        "min_count": Param("int", 1, help="Unexplained terms needed for a hit."),
        "per": Param("choice", "call", choices=("call", "turn", "term", "occurrence")),
        "fuzzy": Param("bool", False, help="Terms are often short: exact (after normalising) by default."),
        "ordinary_words": Param("phrases", [], help="Everyday words that sound like a term "
                                "(支付 for 止付): a term heard in these very characters was not "
                                "said as jargon."),
    }

    def setup(self) -> None:
        self.terms = self.phrases("terms")
        self.explain = self.phrases("explanations")
        self.ordinary = frozenset(self.lang.norm(w) for w in self.phrases("ordinary_words").texts)

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream = ctx.stream(role)
        found = [m for m in self.terms.finditer(stream) if m.text not in self.ordinary]
        explained = self.explain.finditer(stream) if self.explain and found else []
        within = float(self.p.get("explain_within_s", 8.0))
        unexplained = []
        for m in found:
            s, e = stream.time_span(m.start, m.end)
            if any(x.start >= m.end and stream.time_span(x.start, x.end)[0] - e <= within
                   for x in explained):
                continue
            unexplained.append((m, s, e))
        if self.p.get("per") == "term":
            seen, unique = set(), []
            for item in unexplained:
                if item[0].phrase not in seen:
                    seen.add(item[0].phrase)
                    unique.append(item)
            unexplained = unique
        if len(unexplained) < int(self.p.get("min_count", 1)):
            return [self.passed(role=role, count=len(unexplained),
                                evidence=f"{len(unexplained)} unexplained term(s)")]
        if self.p.get("per") == "call":
            first = unexplained[0]
            terms = [m.phrase for m, _, _ in unexplained]
            evidence = f"{len(terms)} unexplained term(s): " + "; ".join(
                f"{fmt_time(s)} 「{m.phrase}」" for m, s, _ in unexplained[:8])
            return [self.hit(start=first[1], end=unexplained[-1][2], role=role,
                             evidence=evidence, count=len(terms), terms=terms)]
        if self.p.get("per") == "turn":
            out = []
            by_turn: dict[int, list] = {}
            for item in unexplained:
                by_turn.setdefault(stream.turn_at(item[0].start), []).append(item)
            for items in by_turn.values():
                terms = [m.phrase for m, _, _ in items]
                evidence, s, _ = self.match_evidence(stream, items[0][0], role,
                                                     "unexplained term(s) " + "、".join(terms) + ": ")
                out.append(self.hit(start=s, end=items[-1][2], role=role, evidence=evidence,
                                    count=len(terms), terms=terms))
            return out
        out = []
        for m, s, e in unexplained:
            evidence, s, e = self.match_evidence(stream, m, role, "unexplained term: ")
            out.append(self.hit(start=s, end=e, role=role, evidence=evidence,
                                **self.match_detail(stream, m)))
        return out
