"""Risk and complaint words (投诉, 被骗, 盗刷…) from a role: an escalation signal, not a fault."""

from __future__ import annotations

from qa_toolkit.rules.base import EvalContext, Param
from qa_toolkit.rules.types.phrase_forbidden import PhraseForbidden
from qa_toolkit.types import Outcome


class KeywordAlert(PhraseForbidden):
    type_name = "keyword_alert"
    summary = "Alert words from the role raise one escalation hit per call (all words listed)."
    params = {
        **PhraseForbidden.params,
        "per": Param("choice", "call", choices=("occurrence", "turn", "call")),
        "escalate_to": Param("str", "", help="Who must look at the call (shown in the hit)."),
    }

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        outcomes = super().evaluate(ctx)
        for o in outcomes:
            if o.status == "hit" and self.p.get("escalate_to"):
                o.detail["escalate_to"] = self.p["escalate_to"]
        return outcomes
