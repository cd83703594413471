"""Call-flow steps in order: greeting → need → identity check → answer → closing."""

from __future__ import annotations

from typing import Any

from qa_toolkit.rules.base import EvalContext, Param, Rule, fmt_time, first_match_time
from qa_toolkit.rules.matching import PhraseSet
from qa_toolkit.types import Outcome


class Sequence(Rule):
    type_name = "sequence"
    summary = ("Each step's first occurrence must come after the previous step's; a skipped "
               "step is a hit too when listed in `required`.")
    params = {
        "steps": Param("steps", help="List of {name, phrases, role?} in the expected order."),
        "required": Param("list", [], help="Step names whose absence is a hit."),
    }

    def setup(self) -> None:
        self.steps: list[tuple[str, str, PhraseSet]] = []
        for step in self.p["steps"]:
            phrases = self.phrase_set(step["phrases"], fuzzy=step.get("fuzzy", True))
            self.steps.append((str(step["name"]), str(step.get("role", self.spec.role)), phrases))

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        seen: list[tuple[str, float, Any]] = []
        missing = []
        for name, role, phrases in self.steps:
            found = first_match_time(ctx.stream(role), phrases)
            if found is None:
                missing.append((name, role))
            else:
                seen.append((name, found[1], found[0]))
        outcomes = []
        latest_name, latest_t = None, -1.0
        for name, t, m in seen:
            if t < latest_t:
                outcomes.append(self.hit(
                    start=t, end=latest_t, role=self.spec.role if self.spec.role != "any" else None,
                    evidence=f"step 「{name}」 at {fmt_time(t)} comes before step "
                             f"「{latest_name}」 at {fmt_time(latest_t)}",
                    step=name, after=latest_name, kind="out_of_order"))
            else:
                latest_name, latest_t = name, t
        for name, role in missing:
            if name not in (self.p.get("required") or []):
                continue
            reason = ctx.uncertainty(role, 0.0, ctx.end_of_call)
            evidence = f"step 「{name}」 never said by {role}"
            if reason:
                outcomes.append(self.review(reason, evidence=evidence, step=name, kind="skipped"))
            else:
                outcomes.append(self.hit(evidence=evidence, step=name, kind="skipped"))
        if outcomes or not ctx.pass_evidence:
            return outcomes or [self.passed()]
        order = " → ".join(f"{n}@{fmt_time(t)}" for n, t, _ in seen)
        return [self.passed(evidence=order, steps=[n for n, _, _ in seen])]
