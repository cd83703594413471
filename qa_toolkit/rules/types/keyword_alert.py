"""Risk and complaint words (投诉, 被骗, 盗刷…) from a role: an escalation signal, not a fault."""

from __future__ import annotations

from qa_toolkit.rules.base import SUPPOSED_REACH, EvalContext, Param, supposed
from qa_toolkit.rules.matching import Match
from qa_toolkit.rules.streams import Stream
from qa_toolkit.rules.types.phrase_forbidden import PhraseForbidden
from qa_toolkit.types import Outcome


class KeywordAlert(PhraseForbidden):
    type_name = "keyword_alert"
    taboo_strict_near = False  # an alert of four syllables may be heard with two near (修复真讯)
    summary = "Alert words from the role raise one escalation hit per call (all words listed)."
    params = {
        **PhraseForbidden.params,
        "per": Param("choice", "call", choices=("occurrence", "turn", "call")),
        "escalate_to": Param("str", "", help="Who must look at the call (shown in the hit)."),
        "what_if": Param("phrases", [], help="Said just before an alert word in its clause, "
                         "these make it a what-if (要是…报警, 会不会被冻结), not a report."),
    }

    def setup(self) -> None:
        super().setup()
        self.what_if = self.phrases("what_if")

    def findings(self, ctx: EvalContext, role: str) -> tuple[Stream, list[Match]]:
        stream, found = super().findings(ctx, role)
        if self.what_if and found:
            found = [m for m in found if not supposed(stream, self.what_if, m)]
        return stream, found

    def _reacted_to(self, stream: Stream, turn_index: int) -> bool:
        """A turn that opens as a what-if (要是有人让我扫码交钱…) asks what to do: the agent's
        先别扫 answers the question, no swindle was told."""
        if not self.what_if:
            return True
        lo = stream.offsets[turn_index]
        hi = min(lo + SUPPOSED_REACH, lo + len(stream.norms[turn_index]))
        return self.what_if.search(stream, lo, hi) is None

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        outcomes = super().evaluate(ctx)
        for o in outcomes:
            if o.status == "hit" and self.p.get("escalate_to"):
                o.detail["escalate_to"] = self.p["escalate_to"]
        return outcomes
