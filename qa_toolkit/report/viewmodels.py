"""View models: what the report templates show, built from call JSON dicts.

The templates only lay these out; every number is computed here and every string that came
from a transcript or a rule's evidence has already been through ``pii.mask_text``. The call
JSON is a public contract that grows, so optional fields are read with defaults and odd
shapes (``[s, e]`` pairs or ``{"start", "end"}`` dicts for intervals) are both accepted.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import quote

from qa_toolkit.handling import CallTimes, Share, agent_shares, call_times
from qa_toolkit.matrix import parse_period
from qa_toolkit.pii import mask_text, mask_turn_dicts
from qa_toolkit.report.i18n import localise_evidence
from qa_toolkit.runner.outputs import capped_name
from qa_toolkit.store import period_of

log = logging.getLogger(__name__)

TIMELINE_WIDTH = 1000
"""SVG user units across the per-call timeline; x positions are computed in these units."""

LANE_ROLES = ("agent", "customer", "unknown")

SCORE_BINS = ((0, 60), (60, 70), (70, 80), (80, 90), (90, 100.01))
"""Score histogram buckets of the dashboard; 80 is the matrix's retraining line."""

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


def page_name(identifier: str) -> str:
    """A file name for a call or agent id that is safe on every file system and in a URL.

    Ordinary ids are kept as they are so that the page sits next to ``<call_id>.json``;
    anything else (spaces, slashes, ``=HYPERLINK(...)``) is percent-encoded with ``_`` for
    ``%`` (and ``_`` itself encoded, so two ids never share a name), which needs no further
    URL encoding.
    """
    if _SAFE_NAME.fullmatch(identifier) and identifier not in (".", ".."):
        return identifier
    name = "_" + quote(identifier, safe="").replace("_", "%5F").replace("%", "_")
    return capped_name(name, identifier, PAGE_NAME_MAX_BYTES)


PAGE_NAME_MAX_BYTES = 150
"""File systems allow 255 bytes per name; this leaves room for ".html" and a temp suffix."""




def clock(seconds: Optional[float]) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a time in seconds; an em dash when there is none."""
    if seconds is None:
        return "—"
    total = int(round(float(seconds)))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def month_of(started_at: Optional[str]) -> str:
    """The ``YYYY-MM`` period of a call's start time, or ``""`` when unknown."""
    return period_of(started_at) or ""


def _num(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _intervals(value: Any) -> list[tuple[float, float]]:
    """Intervals from ``metrics``: a list of ``[s, e]`` pairs or ``{"start", "end"}`` dicts."""
    out = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict):
            s, e = _num(item.get("start")), _num(item.get("end"))
        elif isinstance(item, (list, tuple)) and len(item) >= 2:
            s, e = _num(item[0]), _num(item[1])
        else:
            continue
        if s is not None and e is not None and e >= s:
            out.append((s, e))
    return out


def _mask(value: Any) -> str:
    return mask_text(value) if isinstance(value, str) else ("" if value is None else str(value))


# --------------------------------------------------------------------------- per-call page


@dataclass
class HitView:
    """One deduction (or one ``review`` outcome) as shown in the table and the transcript."""

    key: str
    """Anchor id inside the page (``hit-3``, ``review-0``)."""
    rule_id: str
    severity: str
    points: float
    start: Optional[float]
    end: Optional[float]
    role: str
    message: str
    evidence: str
    reason: str = ""
    in_transcript: bool = False
    """True when the hit's time overlaps at least one word, i.e. it is highlighted in place."""
    disputed: str = ""
    """Status of a dispute opened against this rule on this call (``open``, ``accepted``, …)."""
    covered_by: str = ""
    """The rule whose larger deduction on the same words stands (this hit costs 0)."""


@dataclass
class Piece:
    """A run of transcript text that is either plain or inside the same set of hits."""

    text: str
    hits: list[str] = field(default_factory=list)
    """Keys of the hits covering this text."""
    severity: str = ""
    """The worst severity among ``hits``, for the highlight colour."""
    seek: Optional[float] = None
    """Where a click plays from: the first covering hit's start."""
    rule_ids: list[str] = field(default_factory=list)


@dataclass
class TurnView:
    index: int
    role: str
    speaker: str
    start: float
    end: float
    pieces: list[Piece]
    markers: list[HitView] = field(default_factory=list)
    """Hits that fall inside this turn's time but on no word (e.g. an absence noted there)."""


@dataclass
class Bar:
    """A horizontal stretch on an SVG chart, in chart units, with its time for seeking."""

    x: float
    w: float
    start: float
    end: float


@dataclass
class Lane:
    role: str
    y: float
    bars: list[Bar]


@dataclass
class TimelineView:
    width: int
    height: float
    lane_height: float
    lanes: list[Lane]
    silences: list[Bar]
    overlaps: list[Bar]
    interruptions: list[Bar]
    hits: list[tuple[float, HitView]]
    ticks: list[tuple[float, str]]


@dataclass
class DisputeView:
    rule_id: str
    status: str
    opened_by: str
    resolved_by: str
    note: str
    at: str


@dataclass
class AudioView:
    src: str
    """Relative URL from the HTML file to the recording, or a ``data:`` URI when embedded."""
    mime: str
    embedded: bool
    name: str


@dataclass
class CallView:
    call_id: str
    agent_id: str
    agent_page: str
    team: str
    started_at: str
    duration_s: float
    score: Optional[float]
    pipeline_score: Optional[float]
    """The pipeline's score when a resolved dispute has changed it since (else None)."""
    red_line: bool
    rule_pack_id: str
    rule_pack_version: str
    model: str
    language: str
    business_type: str
    business_type_cues: Optional[int]
    """Cue words said for the type when the call's words gave it (no metadata type), else None."""
    customer_tier: str
    diarization_backend: str
    role_confidence: Optional[float]
    low_confidence: bool
    """The speaker roles are unsure (flagged by the speakers stage): verdicts need a human."""
    flags: list[str]
    hits: list[HitView]
    review: list[HitView]
    unplaced: list[HitView]
    """Hits with no time or outside every turn (a missing greeting has no time)."""
    turns: list[TurnView]
    timeline: TimelineView
    audio: Optional[AudioView]
    source_name: str
    """The recording's file name (shown when the audio is absent)."""
    disputes: list[DisputeView]
    deductions: float
    """What the hits cost after overlap and caps: the start score − this + bonus = score."""
    score_steps: list["ScoreStep"]
    """The arithmetic from the hits' points to the score, one line a step."""
    metrics: list[tuple[str, str]]


@dataclass
class ScoreStep:
    """One line of a call's score arithmetic: ``key`` names the i18n label."""

    key: str
    points: Optional[float]
    """Signed change (or the running value for ``start`` / ``score``); None for red lines."""
    rule_ids: list[str] = field(default_factory=list)
    """The rules (or category) the step is about."""
    limit: Optional[float] = None
    """The cap's maximum."""
    count: int = 1
    """How many hits the step is about (covered hits of one rule by one other)."""


def score_steps(detail: dict[str, Any], hit_points: float, score: Optional[float],
                pipeline_score: Optional[float]) -> list[ScoreStep]:
    """Start − hits' points + covered + capped = deductions; − deductions + bonus = score."""
    if not detail or _num(detail.get("score")) is None:
        return []
    steps = [ScoreStep("start", _num(detail.get("start")) or 100.0),
             ScoreStep("hits", -(_num(detail.get("hit_points")) or hit_points))]
    covered: dict[tuple[str, str], ScoreStep] = {}
    for item in detail.get("covered") or []:
        pair = (str(item.get("rule_id")), str(item.get("covered_by")))
        step = covered.setdefault(pair, ScoreStep("covered", 0.0, list(pair), count=0))
        step.points = round((step.points or 0.0) + (_num(item.get("points")) or 0.0), 2)
        step.count += 1
    steps += covered.values()
    for cap in detail.get("caps") or []:
        steps.append(ScoreStep(f"cap_{cap.get('scope')}", round(
            (_num(cap.get("points")) or 0.0) - (_num(cap.get("max")) or 0.0), 2),
            [str(cap.get("id"))], _num(cap.get("max"))))
    steps.append(ScoreStep("deductions", -(_num(detail.get("deductions")) or 0.0)))
    if _num(detail.get("bonus")):
        steps.append(ScoreStep("bonus", _num(detail.get("bonus"))))
    red_lines = [str(r) for r in detail.get("red_lines") or []]
    if detail.get("red_line"):
        steps.append(ScoreStep("red_line", None, red_lines))
    steps.append(ScoreStep("score", _num(detail.get("score"))))
    if pipeline_score is not None and score is not None:
        steps.append(ScoreStep("disputes", score))
    return steps


_SEVERITY_ORDER = {"critical": 3, "major": 2, "minor": 1, "info": 0}


def _worst(severities: Iterable[str]) -> str:
    return max(severities, key=lambda s: _SEVERITY_ORDER.get(s, 0), default="")


def _hit_view(key: str, raw: dict[str, Any], disputes: dict[str, str],
              covered: Optional[dict[tuple[str, Optional[float]], str]] = None,
              lang: str = "zh", messages: Optional[dict[str, dict[str, str]]] = None
              ) -> HitView:
    rule_id = str(raw.get("rule_id") or "")
    start = _num(raw.get("start"))
    message = (messages or {}).get(rule_id, {}).get(lang) or raw.get("message")
    return HitView(
        key=key, rule_id=rule_id, severity=str(raw.get("severity") or ""),
        points=_num(raw.get("points")) or 0.0, start=start,
        end=_num(raw.get("end")), role=str(raw.get("role") or ""),
        message=_mask(message), evidence=_mask(localise_evidence(
            str(raw.get("evidence") or ""), lang)),
        reason=_mask(localise_evidence(str(raw.get("reason") or ""), lang)),
        disputed=disputes.get(rule_id, ""),
        covered_by=(covered or {}).get((rule_id, _rounded(start)), ""))


@functools.lru_cache(maxsize=8)
def _pack_messages(ref: str) -> dict[str, dict[str, str]]:
    """Each rule's message in every language of its pack (the call JSON keeps one)."""
    from qa_toolkit.rules import load_pack

    try:
        pack = load_pack(ref)
    except Exception as exc:  # a pack gone or broken: the JSON's own message is shown
        log.debug("rule pack %s not loaded for its messages: %s", ref, exc)
        return {}
    return {rule.spec.id: dict(rule.spec.message) for rule in pack.rules}


def rule_messages(call: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The messages of the call's rule pack: the file it ran with, else the pack by id."""
    prov = call.get("provenance") if isinstance(call.get("provenance"), dict) else {}
    saved = prov.get("rule_pack") if isinstance(prov.get("rule_pack"), dict) else {}
    pack = call.get("rule_pack") if isinstance(call.get("rule_pack"), dict) else {}
    path = saved.get("path")
    ref = path if path and Path(path).is_file() else pack.get("id")
    return _pack_messages(str(ref)) if ref else {}


def _rounded(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 2)


def covered_hits(call: dict[str, Any]) -> dict[tuple[str, Optional[float]], str]:
    """``(rule_id, start)`` of each hit another hit on the same words covers → that rule."""
    detail = call.get("score_detail") if isinstance(call.get("score_detail"), dict) else {}
    return {(str(c.get("rule_id")), _rounded(_num(c.get("start")))): str(c.get("covered_by"))
            for c in detail.get("covered") or [] if isinstance(c, dict)}


def _covers(hit: HitView, start: float, end: float) -> bool:
    """Whether a hit marks the word (or turn) spanning [start, end].

    Word times from Whisper overlap the hit's edges by a few hundredths of a second, so a
    word counts when at least half of it lies inside the hit, or when the hit lies inside it.
    """
    if hit.start is None:
        return False
    hit_end = hit.end if hit.end is not None and hit.end > hit.start else hit.start
    if start <= hit.start and hit_end <= end:
        return True
    overlap = min(end, hit_end) - max(start, hit.start)
    return overlap > 0 and overlap >= 0.5 * (end - start)


def _same_party(hit_role: str, turn_role: str) -> bool:
    """Whether a hit may be marked in a turn: an agent's interruption is not the customer's
    words said at the same moment; unknown roles match anything."""
    known = ("agent", "customer")
    return hit_role not in known or turn_role not in known or hit_role == turn_role


def _turn_pieces(turn: dict[str, Any], hits: list[HitView]) -> list[Piece]:
    """The turn's words grouped into runs with the same hits, masked as one text.

    Masking runs over the whole turn because Whisper splits a read-out card number over
    several words; ``mask_text`` keeps the length, so word offsets still line up.
    """
    hits = [h for h in hits if _same_party(h.role, str(turn.get("role") or ""))]
    words = [w for w in turn.get("words") or [] if isinstance(w, dict)]
    start, end = _num(turn.get("start")) or 0.0, _num(turn.get("end")) or 0.0
    if not words:
        pieces = [Piece(_mask(turn.get("text")),
                        [h.key for h in hits if _covers(h, start, end)])]
    else:
        pieces = _word_pieces(words, hits)
    for piece in pieces:
        covering = [h for h in hits if h.key in piece.hits]
        piece.severity = _worst(h.severity for h in covering)
        piece.seek = covering[0].start if covering else None
        piece.rule_ids = [h.rule_id for h in covering]
    return pieces


def _word_pieces(words: list[dict[str, Any]], hits: list[HitView]) -> list[Piece]:
    texts = [str(w.get("text") or "") for w in words]
    masked = mask_text("".join(texts))
    pieces: list[Piece] = []
    offset = 0
    for word, text in zip(words, texts):
        piece_text = masked[offset:offset + len(text)]
        offset += len(text)
        ws, we = _num(word.get("start")), _num(word.get("end"))
        keys = ([h.key for h in hits if _covers(h, ws, we if we is not None else ws)]
                if ws is not None else [])
        if pieces and pieces[-1].hits == keys:
            pieces[-1].text += piece_text
        else:
            pieces.append(Piece(piece_text, keys))
    return pieces


def _bar(start: float, end: float, duration: float) -> Bar:
    scale = TIMELINE_WIDTH / duration if duration > 0 else 0.0
    x = max(0.0, min(TIMELINE_WIDTH, start * scale))
    # Keep very short events visible: at least one unit wide.
    w = max(1.0, min(TIMELINE_WIDTH - x, (end - start) * scale))
    return Bar(round(x, 1), round(w, 1), round(start, 2), round(end, 2))


def _ticks(duration: float) -> list[tuple[float, str]]:
    if duration <= 0:
        return []
    step = next((s for s in (5, 10, 15, 30, 60, 120, 300, 600, 900, 1800)
                 if duration / s <= 10), 3600)
    return [(round(t * TIMELINE_WIDTH / duration, 1), clock(t))
            for t in range(0, int(duration) + 1, step)]


def _timeline(call: dict[str, Any], duration: float, hits: list[HitView]) -> TimelineView:
    turns = [t for t in call.get("turns") or [] if isinstance(t, dict)]
    roles = [r for r in LANE_ROLES if any(t.get("role") == r for t in turns)] or ["agent",
                                                                                  "customer"]
    lane_h, top = 22.0, 18.0
    lanes = []
    for i, role in enumerate(roles):
        bars = [_bar(_num(t.get("start")) or 0.0, _num(t.get("end")) or 0.0, duration)
                for t in turns if t.get("role") == role]
        lanes.append(Lane(role, top + i * (lane_h + 6), bars))
    metrics = call.get("metrics") if isinstance(call.get("metrics"), dict) else {}
    placed = [(_bar(h.start, h.start, duration).x, h) for h in hits if h.start is not None]
    return TimelineView(
        width=TIMELINE_WIDTH, height=top + len(lanes) * (lane_h + 6) + 16, lane_height=lane_h,
        lanes=lanes,
        silences=[_bar(s, e, duration) for s, e in _intervals(metrics.get("silences"))],
        overlaps=[_bar(s, e, duration) for s, e in _intervals(metrics.get("overlaps"))],
        interruptions=[_bar(s, e, duration)
                       for s, e in _intervals(metrics.get("interruptions"))],
        hits=placed, ticks=_ticks(duration))


def _disputes(call: dict[str, Any]) -> list[DisputeView]:
    out = []
    for d in call.get("disputes") or []:
        if isinstance(d, dict):
            out.append(DisputeView(
                rule_id=str(d.get("rule_id") or ""), status=str(d.get("status") or "open"),
                opened_by=_mask(d.get("opened_by") or d.get("by")),
                resolved_by=_mask(d.get("resolved_by")),
                note=_mask(d.get("note") or d.get("reason")),
                at=str(d.get("resolved_at") or d.get("opened_at") or d.get("at") or "")))
    return out


def _flat_metrics(metrics: Any) -> list[tuple[str, str]]:
    """Scalar metrics as ``(dotted.name, value)`` rows; lists (silences…) are drawn instead."""
    rows: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k in sorted(value):
                walk(f"{prefix}.{k}" if prefix else str(k), value[k])
        elif isinstance(value, bool) or isinstance(value, str):
            rows.append((prefix, str(value)))
        elif (n := _num(value)) is not None:
            rows.append((prefix, f"{n:g}" if n == int(n) else f"{n:.2f}"))

    walk("", metrics if isinstance(metrics, dict) else {})
    return rows


def _role_confidence(call: dict[str, Any]) -> Optional[float]:
    diar = call.get("diarization") if isinstance(call.get("diarization"), dict) else {}
    for key in ("role_confidence", "confidence"):
        if (n := _num(diar.get(key))) is not None:
            return n
    return None


def audio_view(source: str, html_dir: Path, embed: bool, page_stem: str = ""
               ) -> Optional[AudioView]:
    """The ``<audio>`` source: the run's copy in ``OUT/audio/`` when there is one (so a moved
    run folder still plays), else the recording where the call JSON says it is, as a relative
    link or a ``data:`` URI. None when neither exists: the page says the audio is absent."""
    if not source:
        return None
    from qa_toolkit.report.media import bundled_audio_path, embedded_audio, mime_type

    path = Path(source).expanduser()
    bundled = bundled_audio_path(html_dir.parent, page_stem, source) if page_stem else None
    # A relative source is relative to where the run was started; when the pages are
    # re-rendered from elsewhere, OUT itself is the next best guess.
    beside_out = html_dir.parent / path
    if bundled is not None and bundled.is_file():
        path = bundled
    elif not path.is_absolute() and not path.exists() and beside_out.exists():
        path = beside_out
    if not path.is_file():
        return None
    if embed:
        src, mime = embedded_audio(path)
        return AudioView(src, mime, True, path.name)
    rel = os.path.relpath(path.resolve(), html_dir.resolve())
    return AudioView(quote(Path(rel).as_posix()), mime_type(path), False, path.name)


def build_call_view(call: dict[str, Any], html_dir: Path, embed_audio: bool = False,
                    lang: str = "zh") -> CallView:
    disputes = _disputes(call)
    dispute_status = {d.rule_id: d.status for d in disputes if d.rule_id}
    covered = covered_hits(call)
    messages = rule_messages(call)
    hits = [_hit_view(f"hit-{i}", h, dispute_status, covered, lang, messages)
            for i, h in enumerate(call.get("hits") or []) if isinstance(h, dict)]
    review = [_hit_view(f"review-{i}", h, dispute_status, None, lang, messages)
              for i, h in enumerate(call.get("review") or []) if isinstance(h, dict)]
    # A number read over two turns is masked in the JSON already, unless the run kept PII
    # (--keep-pii): the page masks on the speaker's digit stream all the same.
    turns_raw = mask_turn_dicts([t for t in call.get("turns") or [] if isinstance(t, dict)])
    duration = _num(call.get("duration_s")) or max(
        (_num(t.get("end")) or 0.0 for t in turns_raw), default=0.0)
    turns = []
    for i, t in enumerate(turns_raw):
        turns.append(TurnView(i, str(t.get("role") or "unknown"), str(t.get("speaker") or ""),
                              _num(t.get("start")) or 0.0, _num(t.get("end")) or 0.0,
                              _turn_pieces(t, hits)))
    for piece in (p for t in turns for p in t.pieces):
        for h in hits:
            if h.key in piece.hits:
                h.in_transcript = True
    unplaced = []
    for h in hits:
        if h.in_transcript:
            continue
        home = next((t for t in turns if h.start is not None and t.start <= h.start <= t.end
                     and _same_party(h.role, t.role)), None)
        if home is not None:
            home.markers.append(h)
        else:
            unplaced.append(h)
    detail = call.get("score_detail") if isinstance(call.get("score_detail"), dict) else {}
    rule_pack = call.get("rule_pack") if isinstance(call.get("rule_pack"), dict) else {}
    agent = str(call.get("agent_id") or "")
    score = _num(call.get("score"))
    pipeline_score = (None if _num(call.get("pipeline_score")) == score
                      else _num(call.get("pipeline_score")))
    hit_points = round(sum(h.points for h in hits), 2)
    return CallView(
        call_id=str(call.get("call_id") or ""), agent_id=agent,
        agent_page=f"../agents/{page_name(agent)}.html" if agent else "",
        team=str(call.get("team") or ""), started_at=str(call.get("started_at") or ""),
        duration_s=duration, score=score, pipeline_score=pipeline_score,
        red_line=bool(detail.get("red_line")),
        rule_pack_id=str(rule_pack.get("id") or ""),
        rule_pack_version=str(rule_pack.get("version") or ""),
        model=str(call.get("model") or ""), language=str(call.get("language") or ""),
        business_type=str(call.get("business_type") or ""),
        business_type_cues=_content_topic_cues(call),
        customer_tier=str(call.get("customer_tier") or ""),
        diarization_backend=str((call.get("diarization") or {}).get("backend") or "")
        if isinstance(call.get("diarization"), dict) else "",
        role_confidence=_role_confidence(call),
        low_confidence=any("confidence" in str(f) for f in call.get("flags") or []),
        flags=[str(f) for f in call.get("flags") or []],
        hits=hits, review=review, unplaced=unplaced, turns=turns,
        timeline=_timeline(call, duration, hits),
        audio=audio_view(str(call.get("source") or ""), html_dir, embed_audio,
                         page_name(str(call.get("call_id") or ""))),
        source_name=Path(str(call.get("source") or "")).name,
        disputes=disputes,
        # A call JSON from before score_detail said its deductions: the hits' points.
        deductions=(_num(detail.get("deductions")) if _num(detail.get("deductions")) is not None
                    else hit_points),
        score_steps=score_steps(detail, hit_points, score, pipeline_score),
        metrics=_flat_metrics(call.get("metrics")))


def _content_topic_cues(call: dict[str, Any]) -> Optional[int]:
    topic = call.get("topic")
    if not isinstance(topic, dict) or topic.get("source") != "content":
        return None
    counts = topic.get("cue_counts") if isinstance(topic.get("cue_counts"), dict) else {}
    return int(counts.get(str(topic.get("business_type")), 0) or 0)


# --------------------------------------------------------------------------- batch pages


@dataclass
class CallRow:
    """One call in a dashboard table."""

    call_id: str
    page: str
    agent_id: str
    team: str
    started_at: str
    duration_s: float
    score: Optional[float]
    hits: int
    reasons: list[str]
    """Why the call needs a human: review outcomes' rules and the call's flags."""


@dataclass
class AgentRow:
    agent_id: str
    page: str
    team: str
    calls: int
    mean_score: Optional[float]
    min_score: Optional[float]
    hits_per_call: float
    review_calls: int


@dataclass
class RuleRate:
    rule_id: str
    calls_hit: int
    hits: int
    rate: float
    """Share of processed calls with at least one hit of the rule (0..1)."""
    trend: list[tuple[str, float]]
    """``(month, rate)`` per month present in the batch, oldest first."""
    spark: str
    """SVG polyline points for the trend sparkline (empty with fewer than two months)."""


@dataclass
class HistogramBar:
    label: str
    count: int
    x: float
    y: float
    w: float
    h: float
    low: bool
    """The bucket lies below the matrix's 80-point line."""


@dataclass
class ErrorRow:
    file: str
    stage: str
    reason: str


@dataclass
class IndexView:
    processed: int
    failed: int
    sampled: int
    """Calls the sampling plan selected (or processed + failed without a plan)."""
    population: Optional[int]
    """Calls recorded in the period the plan sampled from (None without a plan)."""
    plan: str
    """Name of the sampling plan (``sample.plan.json`` in OUT), or ``""``."""
    mean_score: Optional[float]
    median_score: Optional[float]
    histogram: list[HistogramBar]
    histogram_width: float
    histogram_height: float
    rules: list[RuleRate]
    agents: list[AgentRow]
    calls: list[CallRow]
    needs_review: list[CallRow]
    errors: list[ErrorRow]
    months: list[str]


def _call_row(call: dict[str, Any]) -> CallRow:
    call_id = str(call.get("call_id") or "")
    review = [r for r in call.get("review") or [] if isinstance(r, dict)]
    flags = [str(f) for f in call.get("flags") or []]
    return CallRow(
        call_id=call_id, page=f"calls/{page_name(call_id)}.html",
        agent_id=str(call.get("agent_id") or ""), team=str(call.get("team") or ""),
        started_at=str(call.get("started_at") or ""),
        duration_s=_num(call.get("duration_s")) or 0.0, score=_num(call.get("score")),
        hits=len([h for h in call.get("hits") or [] if isinstance(h, dict)]),
        reasons=sorted({str(r.get("rule_id") or "") for r in review} | set(flags)))


def _histogram(scores: list[float]) -> tuple[list[HistogramBar], float, float]:
    counts = [sum(1 for s in scores if lo <= s < hi) for lo, hi in SCORE_BINS]
    top, height, slot = max(counts, default=0) or 1, 150.0, 100.0
    bars = []
    for i, ((lo, hi), n) in enumerate(zip(SCORE_BINS, counts)):
        h = round(height * n / top, 1)
        label = f"{lo}–{min(int(hi), 100)}"
        bars.append(HistogramBar(label, n, i * slot + 12, height - h + 14, slot - 24, h,
                                 hi <= 80))
    return bars, slot * len(bars), height + 34


def _spark(trend: list[tuple[str, float]]) -> str:
    if len(trend) < 2:
        return ""
    step = 80 / (len(trend) - 1)
    return " ".join(f"{i * step:.1f},{18 - 16 * rate:.1f}" for i, (_, rate) in enumerate(trend))


def _rule_rates(calls: list[dict[str, Any]], months: list[str]) -> list[RuleRate]:
    hits_total: Counter[str] = Counter()
    calls_hit: Counter[str] = Counter()
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    calls_in_month: Counter[str] = Counter()
    for call in calls:
        month = month_of(call.get("started_at"))
        calls_in_month[month] += 1
        rules = [str(h.get("rule_id") or "") for h in call.get("hits") or []
                 if isinstance(h, dict)]
        hits_total.update(rules)
        calls_hit.update(set(rules))
        by_month[month].update(set(rules))
    out = []
    for rule_id in sorted(calls_hit, key=lambda r: (-calls_hit[r], r)):
        trend = [(m, by_month[m][rule_id] / calls_in_month[m]) for m in months]
        out.append(RuleRate(rule_id, calls_hit[rule_id], hits_total[rule_id],
                            calls_hit[rule_id] / len(calls), trend, _spark(trend)))
    return out


def _agent_rows(rows: list[CallRow]) -> list[AgentRow]:
    by_agent: dict[str, list[CallRow]] = defaultdict(list)
    for row in rows:
        by_agent[row.agent_id].append(row)
    out = []
    for agent, items in sorted(by_agent.items()):
        scores = [r.score for r in items if r.score is not None]
        teams = Counter(r.team for r in items if r.team)
        out.append(AgentRow(
            agent_id=agent, page=f"agents/{page_name(agent)}.html" if agent else "",
            team=teams.most_common(1)[0][0] if teams else "", calls=len(items),
            mean_score=round(statistics.fmean(scores), 1) if scores else None,
            min_score=min(scores) if scores else None,
            hits_per_call=round(sum(r.hits for r in items) / len(items), 2),
            review_calls=sum(1 for r in items if r.reasons)))
    return out


def build_index_view(calls: list[dict[str, Any]], errors: list[dict[str, Any]],
                     plan: Optional[dict[str, Any]] = None) -> IndexView:
    """The dashboard; ``plan`` is the sampling plan sidecar (``OUT/sample.plan.json``)."""
    rows = sorted((_call_row(c) for c in calls), key=lambda r: (r.started_at, r.call_id))
    scores = [r.score for r in rows if r.score is not None]
    months = sorted({m for c in calls if (m := month_of(c.get("started_at")))})
    histogram, hist_w, hist_h = _histogram(scores)
    counts = (plan or {}).get("counts") if isinstance((plan or {}).get("counts"), dict) else {}
    selected, population = _num(counts.get("selected")), _num(counts.get("population"))
    return IndexView(
        processed=len(rows), failed=len(errors),
        sampled=int(selected) if selected is not None else len(rows) + len(errors),
        population=int(population) if population is not None else None,
        plan=str((plan or {}).get("plan") or ""),
        mean_score=round(statistics.fmean(scores), 1) if scores else None,
        median_score=round(statistics.median(scores), 1) if scores else None,
        histogram=histogram, histogram_width=hist_w, histogram_height=hist_h,
        rules=_rule_rates(calls, months) if calls else [],
        agents=_agent_rows(rows), calls=rows,
        needs_review=[r for r in rows if r.reasons],
        errors=[ErrorRow(_mask(e.get("file")), _mask(e.get("stage")), _mask(e.get("reason")))
                for e in errors if isinstance(e, dict)],
        months=months)


# --------------------------------------------------------------------------- agent page


@dataclass
class Component:
    name: str
    """``recording_qa``, ``mystery_shopper``, ``csat`` or ``peer``."""
    score: Optional[float]
    """None when the component is missing for the period (shown as missing, never zero)."""
    weight: Optional[float]


@dataclass
class TrendPoint:
    month: str
    score: Optional[float]
    calls: int
    x: float
    y: Optional[float]


@dataclass
class Issue:
    rule_id: str
    count: int
    calls: int
    coaching: str


@dataclass
class AgentView:
    agent_id: str
    team: str
    period: str
    calls: int
    composite: Optional[float]
    components: list[Component]
    trend: list[TrendPoint]
    trend_line: str
    """SVG polyline points over the months that have a score."""
    threshold_y: float
    chart_width: float
    chart_height: float
    outcomes: list[str]
    ranked: bool
    issues: list[Issue]
    worst: list[CallRow]
    best: list[CallRow]
    from_store: bool
    """True when scores and outcomes come from the history store / matrix, not this batch."""
    withheld: list[str] = field(default_factory=list)
    """Outcomes the matrix withheld: too little of the composite's weight had data."""
    time_shares: list[Share] = field(default_factory=list)
    """Agent talk, customer talk, hold and other silence as shares of the agent's call time,
    each beside the median of their team's agents (``handling.py``)."""


TREND_THRESHOLD = 80.0
"""The matrix's line: below it three months in a row means retraining."""


def trend_chart(points: list[tuple[str, Optional[float], int]]) -> tuple[list[TrendPoint], str,
                                                                        float, float, float]:
    """Chart geometry for ``(month, score, calls)`` points: the points, the polyline, the
    y of the 80-point line, and the chart's width and height."""
    width, height, pad = 560.0, 180.0, 28.0
    step = (width - 2 * pad) / max(1, len(points) - 1)
    scores = [s for _, s, _ in points if s is not None]
    low = min([60.0, *scores]) if scores else 60.0

    def y_of(score: float) -> float:
        return round(pad + (100 - score) / (100 - low) * (height - 2 * pad), 1)

    out = [TrendPoint(m, s, n, round(pad + i * step, 1), None if s is None else y_of(s))
           for i, (m, s, n) in enumerate(points)]
    line = " ".join(f"{p.x},{p.y}" for p in out if p.y is not None)
    return out, line, y_of(TREND_THRESHOLD), width, height


def _agent_calls(calls: list[dict[str, Any]], agent_id: str) -> list[dict[str, Any]]:
    return [c for c in calls if str(c.get("agent_id") or "") == agent_id]


def build_agent_view(agent_id: str, calls: list[dict[str, Any]], period: Optional[str] = None,
                     coaching: Optional[dict[str, str]] = None, min_calls: int = 1,
                     worst_best: int = 3) -> AgentView:
    """An agent's page from the call JSONs of a batch: the recording-QA component only.

    ``period`` is ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY`` (default: the agent's latest month);
    the trend covers every month present. ``coaching`` maps rule ids to coaching topics.
    """
    mine = _agent_calls(calls, agent_id)
    months = sorted({month_of(c.get("started_at")) for c in mine})
    label = period if period is not None else (months[-1] if months else "")
    covered = set(parse_period(label).months) if label else {""}
    in_period = [c for c in mine if month_of(c.get("started_at")) in covered]
    points = []
    for month in months:
        scores = [s for c in mine if month_of(c.get("started_at")) == month
                  and (s := _num(c.get("score"))) is not None]
        points.append((month, round(statistics.fmean(scores), 1) if scores else None,
                       sum(1 for c in mine if month_of(c.get("started_at")) == month)))
    trend, line, threshold_y, width, height = trend_chart(points)
    scores = [s for c in in_period if (s := _num(c.get("score"))) is not None]
    recording = round(statistics.fmean(scores), 1) if scores else None
    rows = [_call_row(c) for c in in_period if _num(c.get("score")) is not None]
    rows.sort(key=lambda r: (r.score, r.call_id))
    teams = Counter(str(c.get("team")) for c in mine if c.get("team"))
    team = teams.most_common(1)[0][0] if teams else ""
    colleagues: dict[str, list[CallTimes]] = {}
    for c in calls:
        if team and str(c.get("team") or "") == team and c.get("agent_id") \
                and month_of(c.get("started_at")) in covered:
            colleagues.setdefault(str(c["agent_id"]), []).append(call_times(c))
    mine_times = [call_times(c) for c in in_period]
    return AgentView(
        agent_id=agent_id, team=team, period=label,
        calls=len(in_period), composite=None,
        components=[Component("recording_qa", recording, None)],
        trend=trend, trend_line=line, threshold_y=threshold_y, chart_width=width,
        chart_height=height, outcomes=[], ranked=len(in_period) >= min_calls,
        issues=_issues(in_period, coaching or {}),
        worst=rows[:worst_best], best=rows[::-1][:worst_best], from_store=False,
        time_shares=agent_shares(mine_times, colleagues or {agent_id: mine_times}))


def _issues(calls: list[dict[str, Any]], coaching: dict[str, str], top: int = 5) -> list[Issue]:
    counts: Counter[str] = Counter()
    calls_hit: Counter[str] = Counter()
    for call in calls:
        # A hit covered by another on the same words is one issue, not two coaching topics.
        covered = covered_hits(call)
        rules = [str(h.get("rule_id") or "") for h in call.get("hits") or []
                 if isinstance(h, dict) and (str(h.get("rule_id") or ""),
                                             _rounded(_num(h.get("start")))) not in covered]
        counts.update(rules)
        calls_hit.update(set(rules))
    ranked = sorted(counts, key=lambda r: (-calls_hit[r], -counts[r], r))[:top]
    return [Issue(r, counts[r], calls_hit[r], coaching.get(r, "")) for r in ranked]


# --------------------------------------------------------------------------- compliance page


ALL_TEAMS = None
"""``team`` of the rows that sum a period over every team."""


@dataclass
class RuleStat:
    rule_id: str
    team: Optional[str]
    """None on the all-teams row of a period."""
    period: str
    calls: int
    calls_hit: int
    hits: int

    @property
    def per100(self) -> float:
        return round(100 * self.hits / self.calls, 1) if self.calls else 0.0

    @property
    def rate(self) -> float:
        return self.calls_hit / self.calls if self.calls else 0.0


@dataclass
class CoverageCell:
    rule_id: str
    missing: int
    """Calls with a hit of the rule: the statement or check was not made."""
    review: int
    """Calls where the machine could not judge the rule (and found no hit)."""
    coverage: float


@dataclass
class Coverage:
    """One team (or all teams) in one period: coverage of every mandated rule."""

    team: Optional[str]
    period: str
    calls: int
    cells: list[CoverageCell]


@dataclass
class ExportLink:
    name: str
    href: str
    size: int


@dataclass
class ComplianceView:
    stats: list[RuleStat]
    mandated: list[str]
    coverage: list[Coverage]
    exports: list[ExportLink]


EXPORT_SUFFIXES = (".csv", ".parquet", ".xlsx")


def _exports(out_dir: Path) -> list[ExportLink]:
    found = []
    for folder in (out_dir, out_dir / "exports"):
        if folder.is_dir():
            found.extend(p for p in sorted(folder.iterdir())
                         if p.is_file() and p.suffix.lower() in EXPORT_SUFFIXES)
    return [ExportLink(p.relative_to(out_dir).as_posix(),
                       quote(p.relative_to(out_dir).as_posix()), p.stat().st_size)
            for p in found]


def build_compliance_view(calls: list[dict[str, Any]], out_dir: Path,
                          mandated: Iterable[str]) -> ComplianceView:
    """Per-rule hit statistics by team and month, and mandated-disclosure coverage.

    ``mandated`` are the scorecard's mandated rules; a call covers one when no hit of it
    stands (as ``export calls`` counts it); calls in review for the rule are shown apart.
    """
    mandated = list(mandated)
    groups: dict[tuple[Optional[str], str], list[dict[str, Any]]] = defaultdict(list)
    for call in calls:
        period = month_of(call.get("started_at"))
        groups[(str(call.get("team") or ""), period)].append(call)
        groups[(ALL_TEAMS, period)].append(call)
    stats, coverage = [], []
    # Per period: the all-teams row first, then each team.
    for (team, period), group in sorted(groups.items(),
                                        key=lambda kv: (kv[0][1], kv[0][0] is not None,
                                                        kv[0][0] or "")):
        hits: Counter[str] = Counter()
        calls_hit: Counter[str] = Counter()
        in_review: Counter[str] = Counter()
        for call in group:
            rules = [str(h.get("rule_id") or "") for h in call.get("hits") or []
                     if isinstance(h, dict)]
            hits.update(rules)
            calls_hit.update(set(rules))
            in_review.update({str(r.get("rule_id") or "") for r in call.get("review") or []
                              if isinstance(r, dict)} - set(rules))
        n = len(group)
        stats.extend(RuleStat(rule, team, period, n, calls_hit[rule], hits[rule])
                     for rule in sorted(hits))
        coverage.append(Coverage(team, period, n, [
            CoverageCell(rule, calls_hit[rule], in_review[rule], (n - calls_hit[rule]) / n)
            for rule in mandated]))
    return ComplianceView(stats=stats, mandated=mandated, coverage=coverage,
                          exports=_exports(out_dir))
