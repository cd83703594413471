"""Judging one call: the pack's verdicts, the call's topic and located times, and its score.

Every caller that turns a saved transcript into verdicts goes through ``judge``: the pipeline
(on the call exactly as its JSON will read back) and ``check --write`` (on the JSON itself), so
a re-check of an unchanged call writes the very same hits, review items, flags, topic and
score. (The history store re-scores stored hits after disputes and overrides with the same
``scoring.score_call``; it does not re-run the rules.)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Optional

from qa_toolkit.scoring import Scorecard, score_call
from qa_toolkit.types import Call, CallScore, Outcome

if TYPE_CHECKING:
    from qa_toolkit.rules.pack import RulePack
    from qa_toolkit.rules.topics import CallTopic

NEEDS_REVIEW = "needs_review"
"""The flag of a call with at least one rule the machine could not judge."""


@dataclass
class Judgement:
    outcomes: list[Outcome]
    """Every rule's outcomes (passes without their evidence)."""
    topic: "CallTopic"
    measures: dict[str, Any]
    """What the rules located, as call metrics (``RulePack.measures``: holds, interruptions)."""
    score: CallScore

    @property
    def hits(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "hit"]

    @property
    def review(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "review"]

    def flags(self, flags: list[str]) -> list[str]:
        """A call's flags with ``needs_review`` set by this judgement."""
        kept = sorted(f for f in flags if f != NEEDS_REVIEW)
        return sorted(kept + [NEEDS_REVIEW]) if self.review else kept

    def applied(self, call: Call) -> Call:
        """The call carrying this judgement."""
        return replace(call, hits=self.hits, review=self.review, score=self.score,
                       topic=self.topic.to_dict(), metrics=call.metrics.with_measures(self.measures),
                       flags=self.flags(call.flags))


def judge(call: Call, pack: "RulePack", scorecard: Optional[Scorecard]) -> Judgement:
    """The pack's verdicts on ``call`` as it is (judge the call as saved: see
    ``provenance.as_saved``), its topic, the times its rules located, and its score."""
    ctx = pack.context(call, pass_evidence=False)
    outcomes = pack.run(ctx)
    return Judgement(outcomes, ctx.topic, pack.measures(outcomes), score_call(outcomes, scorecard))
