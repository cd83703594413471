"""Anything else: a regular expression over the role's normalised text.

Normalised text is Simplified, without punctuation or spaces, with digit runs as ASCII digits
(八零二七 → 8027), so patterns stay short (e.g. ``保证.{0,4}收益``).
"""

from __future__ import annotations

from qa_toolkit.rules.base import EvalContext, Param, Rule, excerpt, fmt_span, window_bounds
from qa_toolkit.rules.regexes import compile_linear
from qa_toolkit.types import Outcome


class RegexRule(Rule):
    type_name = "regex"
    summary = "Each match of the pattern in the role's normalised text is a hit (or a pass with expect: present)."
    params = {
        "pattern": Param("regex"),
        "window": Param("window", None),
        "expect": Param("choice", "absent", choices=("absent", "present"),
                        help="absent: a match is a hit; present: no match is a hit."),
        "max_hits": Param("int", 0),
    }

    def setup(self) -> None:
        self.regex = compile_linear(self.p["pattern"])  # linear time: a pack cannot hang a run

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream = ctx.stream(role)
        t0, t1, label = window_bounds(ctx, stream, self.p.get("window"))
        lo, hi = stream.window(t0, t1)
        found = list(self.regex.finditer(stream.norm, lo, hi))
        found = [m for m in found if "\n" not in m.group(0) and m.end() > m.start()]
        if self.p.get("expect") == "present":
            if found:
                s, e = stream.time_span(*found[0].span())
                return [self.passed(start=s, end=e, role=role, matched=found[0].group(0))]
            reason = ctx.uncertainty(role, t0, t1)
            evidence = f"{label} ({fmt_span(t0, t1)}): no match for /{self.p['pattern']}/"
            if reason:
                return [self.review(reason, start=t0, end=t1, role=role, evidence=evidence)]
            return [self.hit(start=t0, end=t1, role=role, evidence=evidence)]
        if not found:
            return [self.passed(role=role)]
        cap = int(self.p.get("max_hits") or 0)
        outcomes = []
        for m in found[:cap or None]:
            s, e = stream.time_span(*m.span())
            outcomes.append(self.hit(
                start=s, end=e, role=role, matched=m.group(0),
                evidence=f"{fmt_span(s, e)} {role}: {excerpt(stream, m.start(), m.end())}"))
        return outcomes
