"""A rule's own examples (small transcripts in the pack) as calls, and their verdicts.

Used by the test suite (every example of every rule of every pack is a pytest case) and by
``qa-toolkit rules test``. A ``pass`` case must give no hit and no review for its rule, a
``fail`` case at least one hit (exactly ``expect`` if given), a ``review`` case a review and
no hit. An intent's ``paraphrases`` must reach its threshold and its ``unrelated`` sentences
must not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from qa_toolkit.rules.pack import RulePack, RuleSpec, iter_examples
from qa_toolkit.types import Call, CallMeta, CallMetrics, Outcome, SpeakerSegment, Turn, Word


def _tokens(text: str, chinese: bool) -> list[str]:
    if chinese:
        return [c for c in text if not c.isspace()]
    return [" " + w for w in text.split()]


def example_call(case: dict[str, Any], language: str = "zh", call_id: str = "example") -> Call:
    """A Call from an example case: turns ``[role, start, end, text]`` or mappings with
    ``prob`` (then every character/word gets that Whisper probability) or ``words``
    (``[[text, prob], …]``, Whisper's words as given, spread evenly over the turn)."""
    chinese = language.startswith("zh")
    turns = []
    for raw in case.get("turns") or []:
        if isinstance(raw, list):
            role, start, end, text = raw
            prob, speaker = None, None
        else:
            role, start, end, text = raw["role"], raw["start"], raw["end"], raw["text"]
            prob, speaker = raw.get("prob"), raw.get("speaker")
        words: list[Word] = []
        if not isinstance(raw, list) and raw.get("words"):
            given = raw["words"]
            step = (end - start) / len(given)
            words = [Word(start + i * step, start + (i + 1) * step, str(tok), float(p),
                          speaker=speaker or role) for i, (tok, p) in enumerate(given)]
        elif prob is not None:
            tokens = _tokens(text, chinese)
            step = (end - start) / max(len(tokens), 1)
            words = [Word(start + i * step, start + (i + 1) * step, tok, float(prob),
                          speaker=speaker or role) for i, tok in enumerate(tokens)]
        turns.append(Turn(speaker=speaker or role, role=role, start=float(start),
                          end=float(end), text=text, words=words))
    meta_raw = case.get("meta") or {}
    meta = CallMeta(call_id=call_id, **{k: v for k, v in meta_raw.items()
                                        if k in CallMeta.__dataclass_fields__ and k != "call_id"})
    speech = []
    for role, start, end in case.get("speech") or []:
        speech.append(SpeakerSegment(start=float(start), end=float(end), speaker=role, role=role))
    duration = float(case.get("duration") or max((t.end for t in turns), default=0.0) + 1.0)
    diarization = {}
    if case.get("role_confidence") is not None:
        diarization["role_confidence"] = float(case["role_confidence"])
    call = Call(call_id=call_id, source="example", duration_s=duration, channels=2,
                sample_rate=8000, model="example", language=language, rule_pack={},
                turns=turns, meta=meta, diarization=diarization,
                metrics=CallMetrics.from_dict(case.get("metrics")), speech=speech)
    return call


@dataclass
class ExampleResult:
    rule: RuleSpec
    kind: str
    name: str
    ok: bool
    problem: str
    outcomes: list[Outcome]

    @property
    def case_id(self) -> str:
        return f"{self.rule.id}_{self.name}"


def check_example(pack: RulePack, spec: RuleSpec, kind: str, case: dict[str, Any]) -> ExampleResult:
    call = example_call(case, pack.language, call_id=f"{spec.id}_{case['name']}")
    outcomes = [o for o in pack.evaluate(call) if o.rule_id == spec.id]
    hits = [o for o in outcomes if o.status == "hit"]
    reviews = [o for o in outcomes if o.status == "review"]
    problem: Optional[str] = None
    if kind == "pass" and (hits or reviews):
        first = (hits or reviews)[0]
        problem = f"expected pass, got {first.status}: {first.evidence or first.reason}"
    elif kind == "fail":
        expect = case.get("expect")
        if not hits:
            why = reviews[0].reason if reviews else (outcomes[0].evidence if outcomes else "")
            problem = f"expected a hit, got {'review' if reviews else 'pass'}: {why}"
        elif expect is not None and len(hits) != int(expect):
            problem = f"expected {expect} hit(s), got {len(hits)}: " + " | ".join(h.evidence for h in hits)
    elif kind == "review":
        if hits:
            problem = f"expected review, got hit: {hits[0].evidence}"
        elif not reviews:
            problem = "expected review, got pass: " + (outcomes[0].evidence if outcomes else "")
    return ExampleResult(spec, kind, str(case["name"]), problem is None, problem or "", outcomes)


@dataclass
class IntentResult:
    """One of an intent's own test sentences: a paraphrase must match, an unrelated one
    must not."""

    intent: str
    kind: str
    """``paraphrase`` or ``unrelated``."""
    text: str
    similarity: float
    closest: str
    threshold: float

    @property
    def ok(self) -> bool:
        return (self.similarity >= self.threshold) == (self.kind == "paraphrase")

    @property
    def problem(self) -> str:
        if self.ok:
            return ""
        want = "match" if self.kind == "paraphrase" else "not match"
        return (f"{self.kind} 「{self.text}」 should {want}: similarity {self.similarity:.2f} "
                f"to 「{self.closest}」 (threshold {self.threshold:.2f})")


def run_intent_examples(pack: RulePack, names: Optional[set[str]] = None) -> list[IntentResult]:
    """Every paraphrase and unrelated sentence of the pack's intents (of ``names``, if
    given), scored as one turn against its intent."""
    out: list[IntentResult] = []
    for intent in (pack.intents.every() if pack.intents else ()):
        if names is not None and intent.name not in names:
            continue
        for kind, texts in (("paraphrase", intent.paraphrases), ("unrelated", intent.unrelated)):
            for text in texts:
                similarity, closest = intent.similarity(text)
                out.append(IntentResult(intent.name, kind, text, similarity, closest,
                                        intent.threshold))
    return out


def run_examples(pack: RulePack, rule_id: Optional[str] = None) -> list[ExampleResult]:
    return [check_example(pack, spec, kind, case) for spec, kind, case in iter_examples(pack)
            if rule_id is None or spec.id == rule_id]
