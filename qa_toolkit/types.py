"""The data that flows between stages.

audio → words → turns with roles → rule outcomes → call score. Every stage takes and returns
these plain dataclasses; ``to_dict()`` of each is exactly the public JSON contract of
``OUT/calls/<call_id>.json`` (fields may be added, never removed).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal, Optional, Protocol

Role = Literal["agent", "customer", "unknown"]
Severity = Literal["info", "minor", "major", "critical"]
Status = Literal["hit", "pass", "review"]

SCHEMA_VERSION = 1


def r2(value: float) -> float:
    """Times and durations are published with 2 decimals: exactly ``round(value, 2)``.

    ``round(x, 2)`` formats the number to round it (~0.8 µs), and the rule engine rounds
    every word time of every call. Away from a tie, the integer rounding of x·100 divided
    by 100 is the same double, at half the cost; ties, zero and non-finite values take
    ``round`` itself (tests/test_types_rounding.py checks a million values).
    """
    v = float(value) + 0.0
    n = v * 100.0
    try:
        k = round(n)
    except (OverflowError, ValueError):  # inf, nan
        return round(v, 2)
    if k and -0.49 < n - k < 0.49:
        return k / 100
    return round(v, 2)


@dataclass(slots=True)
class Word:
    # Slots: a call holds a word per character (thousands), and the rules walk them several
    # times a call (speech rate, word probabilities, timing a match); without a dict each is
    # smaller and quicker to read (bench/rules.py: about 4 % of the engine's time).
    start: float
    end: float
    text: str
    prob: float
    speaker: Optional[str] = None
    raw: Optional[str] = None
    """The model's own spelling before normalisation (e.g. Traditional characters)."""

    def to_dict(self) -> dict[str, Any]:
        out = {"start": r2(self.start), "end": r2(self.end), "text": self.text,
               "prob": round(float(self.prob), 3)}
        if self.raw is not None and self.raw != self.text:
            out["raw"] = self.raw
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Word":
        return cls(start=float(data["start"]), end=float(data["end"]), text=str(data["text"]),
                   prob=float(data.get("prob", 1.0)), speaker=data.get("speaker"),
                   raw=data.get("raw"))


@dataclass
class SpeakerSegment:
    """A stretch of audio attributed to one speaker label (labels are backend-specific)."""

    start: float
    end: float
    speaker: str
    role: Role = "unknown"
    """Filled in by role assignment (speakers.assign_roles)."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SpeakerSegment":
        return cls(start=float(data["start"]), end=float(data["end"]),
                   speaker=str(data.get("speaker", "")), role=data.get("role") or "unknown")


@dataclass
class Diarization:
    """Who spoke when, as found from the audio alone (no words)."""

    segments: list[SpeakerSegment]
    backend: str
    speakers: list[str] = field(default_factory=list)
    overlap: list[tuple[float, float]] = field(default_factory=list)
    """Stretches where two or more speakers talk at once."""


@dataclass
class Turn:
    speaker: str
    role: Role
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "role": self.role, "start": r2(self.start),
                "end": r2(self.end), "text": self.text,
                "words": [w.to_dict() for w in self.words]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Turn":
        speaker = str(data.get("speaker", ""))
        return cls(speaker=speaker, role=data.get("role") or "unknown",
                   start=float(data["start"]), end=float(data["end"]),
                   text=str(data.get("text", "")),
                   words=[Word(float(w["start"]), float(w["end"]), str(w["text"]),
                               float(w.get("prob", 1.0)), speaker, w.get("raw"))
                          for w in data.get("words") or []])


@dataclass
class Outcome:
    """One rule's verdict on one call (or one occurrence inside it)."""

    rule_id: str
    status: Status
    severity: Severity
    points: float
    message: str
    start: Optional[float] = None
    end: Optional[float] = None
    role: Optional[Role] = None
    evidence: str = ""
    """Human-readable proof: time, speaker, the words (or their absence) and why."""
    detail: dict[str, Any] = field(default_factory=dict)
    """Machine-readable proof: matched variant, similarity, word indexes, thresholds."""
    reason: str = ""
    """For status == 'review': why the machine cannot judge."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule_id": self.rule_id, "severity": self.severity, "points": self.points,
            "start": None if self.start is None else r2(self.start),
            "end": None if self.end is None else r2(self.end),
            "role": self.role, "evidence": self.evidence, "message": self.message,
        }
        if self.detail:
            out["detail"] = self.detail
        if self.status == "review":
            out["reason"] = self.reason
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], status: Status = "hit") -> "Outcome":
        """An outcome from the call JSON (``hits`` are status hit, ``review`` items review)."""
        return cls(rule_id=str(data["rule_id"]), status=data.get("status") or status,
                   severity=data.get("severity") or "info", points=float(data.get("points") or 0),
                   message=str(data.get("message") or ""), start=data.get("start"),
                   end=data.get("end"), role=data.get("role"),
                   evidence=str(data.get("evidence") or ""), detail=dict(data.get("detail") or {}),
                   reason=str(data.get("reason") or ""))


@dataclass
class CallScore:
    """A call's score and every step to it: ``start − deductions + bonus`` (capped at the
    scorecard's maximum), or the floor when a red-line rule was hit."""

    score: float
    deductions: float
    """What the hits cost after covered hits and caps: ``hit_points − covered − capped``."""
    red_line: bool = False
    bonus: float = 0.0
    by_category: dict[str, float] = field(default_factory=dict)
    start: float = 100.0
    hit_points: Optional[float] = None
    """The hits' points before overlap and caps (None in JSON written before it existed)."""
    covered: list[dict[str, Any]] = field(default_factory=list)
    """Hits that cost nothing because a larger one on the same words stands:
    ``{rule_id, start, points, covered_by}``."""
    caps: list[dict[str, Any]] = field(default_factory=list)
    """Caps that cut a deduction: ``{scope: rule|category, id, points, max}``."""
    red_lines: list[str] = field(default_factory=list)
    """The red-line rules hit (any one fails the call)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CallScore":
        hit_points = data.get("hit_points")
        return cls(score=float(data["score"]), deductions=float(data.get("deductions", 0)),
                   red_line=bool(data.get("red_line", False)), bonus=float(data.get("bonus", 0)),
                   by_category=dict(data.get("by_category") or {}),
                   start=float(data.get("start", 100.0)),
                   hit_points=None if hit_points is None else float(hit_points),
                   covered=list(data.get("covered") or []), caps=list(data.get("caps") or []),
                   red_lines=list(data.get("red_lines") or []))


Span = dict[str, Any]
"""A stretch of the call as metrics publish it: ``{"start": s, "end": e}`` (seconds), and
sometimes what was measured there (``db``, ``semitones``)."""


def _spans(value: Any) -> list[Span]:
    """Spans from a metrics list; ``[start, end]`` pairs (older JSON, hand-written examples)
    become ``{"start", "end"}``, anything else is dropped."""
    out: list[Span] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict) and "start" in item and "end" in item:
            out.append(dict(item))
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            out.append({"start": item[0], "end": item[1]})
    return out


def span_pairs(spans: Optional[list[Span]]) -> list[tuple[float, float]]:
    return [(float(s["start"]), float(s["end"])) for s in spans or []]


_ROLE_FIELDS = ("talk_time_s", "talk_share", "turns", "speech_rate", "speech_rate_unit",
                "loudness_dbfs", "pitch_median_hz", "pitch_range_hz", "pitch_jump_count")
_ROLE_SPANS = ("loudness_jumps", "pitch_jumps")


@dataclass
class RoleMetrics:
    """What the metrics stage measured of one role's speech (``metrics.roles.<role>``)."""

    talk_time_s: Optional[float] = None
    talk_share: Optional[float] = None
    turns: Optional[int] = None
    speech_rate: Optional[float] = None
    """Characters (zh) or words per minute of speaking time (``metrics.speech_rate``)."""
    speech_rate_unit: Optional[str] = None
    loudness_dbfs: Optional[float] = None
    pitch_median_hz: Optional[float] = None
    pitch_range_hz: Optional[float] = None
    pitch_jump_count: Optional[int] = None
    loudness_series: Optional[list[dict[str, float]]] = None
    """``{start, dbfs}`` per stretch of steady loudness."""
    loudness_jumps: Optional[list[Span]] = None
    """Turns whose loudness jumped from the turn before; None when not measured."""
    pitch_jumps: Optional[list[Span]] = None
    """Turns whose median pitch jumped from the turn before; None when not measured."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in _ROLE_FIELDS
                               if getattr(self, k) is not None or k in _ALWAYS_ROLE}
        out.update({k: getattr(self, k) for k in _ROLE_SPANS if getattr(self, k) is not None})
        if self.loudness_series is not None:
            out["loudness_series"] = self.loudness_series
        return out

    @classmethod
    def from_dict(cls, data: Any) -> "RoleMetrics":
        data = data if isinstance(data, dict) else {}
        series = data.get("loudness_series")
        return cls(**{k: data[k] for k in _ROLE_FIELDS if k in data},
                   **{k: _spans(data[k]) for k in _ROLE_SPANS if k in data},
                   loudness_series=[dict(x) for x in series if isinstance(x, dict)]
                   if isinstance(series, list) else None)


_ALWAYS_ROLE = ("speech_rate", "loudness_dbfs", "pitch_median_hz", "pitch_range_hz")
"""Published even when unmeasurable (null): a role with no voiced frame has no pitch."""

_CALL_SPANS = ("silences", "overlaps", "holds", "interruptions")


@dataclass
class CallMetrics:
    """What was measured of a call (the JSON's ``metrics``): from the audio and turns
    (``metrics.compute_metrics``), from the ASR's guards (``asr_*``) and from what the rules
    located (``holds``, ``interruptions``: ``RulePack.measures``). A field is None when the
    run that wrote the call did not measure it; ``from_dict`` is the one place that reads
    older or hand-written shapes."""

    duration_s: Optional[float] = None
    roles: Optional[dict[str, RoleMetrics]] = None
    """Per role (agent, customer, unknown) that spoke."""
    talk_s: Optional[dict[str, float]] = None
    """Seconds each role spoke (the diarizer's speech, not the words)."""
    silence_total_s: Optional[float] = None
    """Seconds between anyone's speech (holds included)."""
    longest_silence_s: Optional[float] = None
    silences: Optional[list[Span]] = None
    overlap_count: Optional[int] = None
    overlap_total_s: Optional[float] = None
    overlaps: Optional[list[Span]] = None
    """Stretches where two speakers talk at once."""
    holds: Optional[list[Span]] = None
    hold_count: Optional[int] = None
    hold_total_s: Optional[float] = None
    interruptions: Optional[list[Span]] = None
    interruption_count: Optional[int] = None
    interruption_total_s: Optional[float] = None
    asr_dropped_words: Optional[dict[str, int]] = None
    """Words the ASR guards removed, by guard (bias_echo, bleed, repetition, …)."""
    asr_redecoded: Optional[list[dict[str, Any]]] = None
    """Stretches decoded a second time and what that gave (``Transcriber.recover``)."""
    asr_unworded_speech_s: Optional[float] = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Keys this version does not know, kept as read so that re-saving loses nothing."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "roles":
                if value is not None:
                    out["roles"] = {role: m.to_dict() for role, m in value.items()}
            elif f.name != "extra" and value is not None:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Any) -> "CallMetrics":
        data = dict(data) if isinstance(data, dict) else {}
        known = {f.name for f in fields(cls)} - {"roles", "extra"}
        roles_data = data.pop("roles", None)
        if roles_data is None:
            roles_data = data.pop("per_role", None)
        for role in ("agent", "customer", "unknown"):
            # Hand-written cases put a role's measures at the top level.
            if isinstance(data.get(role), dict):
                roles_data = {**(roles_data or {}), role: data.pop(role)}
        if "overlaps" not in data and "overlap" in data:
            data["overlaps"] = data.pop("overlap")
        out = cls(roles=None if not isinstance(roles_data, dict) else
                  {str(r): RoleMetrics.from_dict(m) for r, m in roles_data.items()})
        for key, value in data.items():
            if key in _CALL_SPANS:
                setattr(out, key, _spans(value))
            elif key in known:
                setattr(out, key, value)
            else:
                out.extra[key] = value
        return out

    def with_measures(self, measures: dict[str, Any]) -> "CallMetrics":
        """These metrics with what the rules located (``RulePack.measures``) in place."""
        return CallMetrics.from_dict({**self.to_dict(), **measures})

    def spans(self, name: str) -> list[tuple[float, float]]:
        """``(start, end)`` of each span of ``silences``, ``overlaps``, ``holds`` or
        ``interruptions`` (empty when not measured)."""
        return span_pairs(getattr(self, name))


@dataclass
class CallMeta:
    """What the telephony/CRM system says about a call (metadata CSV row)."""

    call_id: str
    agent_id: Optional[str] = None
    team: Optional[str] = None
    started_at: Optional[str] = None
    business_type: Optional[str] = None
    customer_tier: Optional[str] = None
    agent_channel: Optional[int] = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """Everything known about one processed recording; ``to_dict`` is the call JSON."""

    call_id: str
    source: str
    duration_s: float
    channels: int
    sample_rate: int
    model: str
    language: str
    rule_pack: dict[str, str]
    turns: list[Turn]
    meta: CallMeta
    diarization: dict[str, Any] = field(default_factory=dict)
    hits: list[Outcome] = field(default_factory=list)
    review: list[Outcome] = field(default_factory=list)
    score: Optional[CallScore] = None
    metrics: CallMetrics = field(default_factory=CallMetrics)
    provenance: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    speech: list[SpeakerSegment] = field(default_factory=list)
    """Who spoke when, from the audio (not Whisper): timing rules prefer these."""
    topic: dict[str, Any] = field(default_factory=dict)
    """Why the customer called (``rules.topics.CallTopic.to_dict``): business type, its source
    (metadata | content | none) and the cue counts. The JSON's ``business_type`` is this type,
    so reports and exports group calls by it."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage. Not in the JSON: it differs run to run, the JSON must not."""
    published: bool = field(default=False, repr=False, compare=False)
    """True when read from the call JSON (``from_dict``): times and probabilities are already
    at the published precision, so the rule engine need not round them again. Not in the
    JSON; a call whose times are changed afterwards should be rebuilt, not flagged."""

    def at_published_precision(self) -> "Call":
        """This call with its times and probabilities as its JSON publishes them (what
        ``from_dict(to_dict())`` would read back), the rest shared; itself when read from
        JSON already. The rule engine judges this, so a saved call re-checks the same."""
        if self.published:
            return self
        turns = [Turn(t.speaker, t.role, r2(t.start), r2(t.end), t.text,
                      [Word(r2(w.start), r2(w.end), w.text, round(float(w.prob), 3), w.speaker,
                            w.raw) for w in t.words]) for t in self.turns]
        speech = [SpeakerSegment(r2(s.start), r2(s.end), s.speaker, s.role)
                  for s in self.speech]
        return replace(self, duration_s=r2(self.duration_s), turns=turns, speech=speech,
                       published=True)

    @property
    def business_type(self) -> Optional[str]:
        """The metadata's business type, else the one the call's words gave (``topic``)."""
        return self.meta.business_type or self.topic.get("business_type")

    @property
    def words(self) -> list[Word]:
        return [w for t in self.turns for w in t.words]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "call_id": self.call_id,
            "source": self.source,
            "agent_id": self.meta.agent_id,
            "team": self.meta.team,
            "started_at": self.meta.started_at,
            "business_type": self.business_type,
            "customer_tier": self.meta.customer_tier,
            "duration_s": r2(self.duration_s),
            "channels": self.channels,
            "sample_rate": self.sample_rate,
            "model": self.model,
            "language": self.language,
            "rule_pack": dict(self.rule_pack),
            "diarization": self.diarization,
            "turns": [t.to_dict() for t in self.turns],
            "speech": [{"speaker": s.speaker, "role": s.role,
                        "start": r2(s.start), "end": r2(s.end)} for s in self.speech],
            "hits": [h.to_dict() for h in self.hits],
            "review": [h.to_dict() for h in self.review],
            "score": None if self.score is None else self.score.score,
            "score_detail": None if self.score is None else self.score.to_dict(),
            "metrics": self.metrics.to_dict(),
            "flags": sorted(self.flags),
            "provenance": self.provenance,
            **({"topic": self.topic} if self.topic else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Call":
        """The inverse of ``to_dict``: a saved ``OUT/calls/<id>.json`` back as a Call."""
        detail = data.get("score_detail")
        published = data.get("score")
        published = float(published) if isinstance(published, (int, float)) \
            and not isinstance(published, bool) else None
        score = CallScore.from_dict(detail) if isinstance(detail, dict) else (
            CallScore(score=published, deductions=100.0 - published)
            if published is not None else None)
        if score is not None and published is not None:
            # The published score is what a reader sees; verify must catch it edited alone.
            score.score = published
        topic = dict(data.get("topic") or {})
        # A type the content gave is not the metadata's: re-judging must derive it again.
        metadata_type = None if topic.get("source") in ("content", "none") \
            else data.get("business_type")
        return cls(
            call_id=str(data["call_id"]), source=str(data.get("source", "")),
            duration_s=float(data.get("duration_s") or 0.0),
            channels=int(data.get("channels") or 1), sample_rate=int(data.get("sample_rate") or 0),
            model=str(data.get("model") or ""), language=str(data.get("language") or ""),
            rule_pack=dict(data.get("rule_pack") or {}),
            turns=[Turn.from_dict(t) for t in data.get("turns") or []],
            meta=CallMeta(call_id=str(data["call_id"]), agent_id=data.get("agent_id"),
                          team=data.get("team"), started_at=data.get("started_at"),
                          business_type=metadata_type,
                          customer_tier=data.get("customer_tier")),
            diarization=dict(data.get("diarization") or {}),
            hits=[Outcome.from_dict(h, "hit") for h in data.get("hits") or []],
            review=[Outcome.from_dict(h, "review") for h in data.get("review") or []],
            score=score, metrics=CallMetrics.from_dict(data.get("metrics")),
            provenance=dict(data.get("provenance") or {}), flags=list(data.get("flags") or []),
            speech=[SpeakerSegment.from_dict(x) for x in data.get("speech") or []],
            topic=topic, published=True)


class Hook(Protocol):
    """Progress/timing/debug callback passed down by the runner (pyannote style)."""

    def __call__(self, step: str, artifact: Any = None, *, total: Optional[int] = None,
                 completed: Optional[int] = None) -> None: ...


def no_hook(step: str, artifact: Any = None, *, total: Optional[int] = None,
            completed: Optional[int] = None) -> None:
    return None
