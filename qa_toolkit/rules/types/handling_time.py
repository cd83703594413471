"""Handling time against the standard of the call's business type (an info-level finding).

The business type is the call's topic (``rules/topics.py``): the metadata's, else the type
whose cue words (the pack's ``business_types``) the call says most. An over-long call (above
``max_s``) and an over-short one (below ``min_s``: a possible hang-up) are hits with the
duration and the standard; the pack sets them to ``info`` so they inform coaching without
costing points.
"""

from __future__ import annotations

from typing import Any

from qa_toolkit.rules.base import EvalContext, Param, Rule, fmt_time
from qa_toolkit.types import Outcome


class HandlingTime(Rule):
    type_name = "handling_time"
    roles = ("any",)
    summary = ("A call longer than its business type's max_s or shorter than its min_s "
               "(type from metadata, else from the pack's business_types cues) is a hit with "
               "the duration.")
    params = {
        "standards": Param("dict", help="business type: {max_s, min_s} (types as the "
                                        "metadata and the pack's business_types name them)."),
    }

    def setup(self) -> None:
        self.standards: dict[str, dict[str, Any]] = {}
        for name, standard in self.p["standards"].items():
            if not isinstance(standard, dict) or not ({"max_s", "min_s"} & set(standard)):
                raise ValueError(f"standards.{name}: expected a mapping with max_s and/or min_s")
            unknown = set(standard) - {"max_s", "min_s"}
            if unknown:
                raise ValueError(f"standards.{name}: unknown key(s) {', '.join(sorted(unknown))}"
                                 + (" (cues now live in the pack's business_types)"
                                    if "cues" in unknown else ""))
            self.standards[str(name).lower()] = standard

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        kind, source = ctx.business
        duration = ctx.end_of_call
        detail = {"business_type": kind, "business_type_source": source,
                  "duration_s": round(duration, 1)}
        standard = self.standards.get(kind or "")
        if standard is None:
            return [self.passed(evidence=f"no handling-time standard for {kind or 'an unknown type'}"
                                         f" ({source})", **detail)]
        longest, shortest = standard.get("max_s"), standard.get("min_s")
        said = f"{kind} call ({source}) lasted {fmt_time(duration)}"
        if longest is not None and duration > float(longest):
            return [self.hit(start=0.0, end=duration, standard_s=float(longest), **detail,
                             evidence=f"{said}, above the {kind} standard {fmt_time(float(longest))}")]
        if shortest is not None and duration < float(shortest):
            return [self.hit(start=0.0, end=duration, standard_s=float(shortest), **detail,
                             evidence=f"{said}, below the {kind} minimum {fmt_time(float(shortest))} "
                                      f"(possible hang-up)")]
        return [self.passed(evidence=f"{said}, within its standard", **detail)]
