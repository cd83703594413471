"""The per-call page's view model: a call JSON dict → ``CallView`` for ``call.html.j2``.

The template only lays it out: the hits and review outcomes with their messages in the page's
language, the transcript cut into runs of words under the same hits, the score arithmetic,
the recording's link, the disputes and the scalar metrics. Every string that came from a
transcript or a rule's evidence has been through ``pii.mask_text``.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional
from urllib.parse import quote

from qa_toolkit.pii import mask_text, mask_turn_dicts
from qa_toolkit.report.geometry import TimelineView, timeline_view
from qa_toolkit.report.i18n import localise_evidence
from qa_toolkit.report.names import page_name
from qa_toolkit.report.values import masked_text, number, rounded

log = logging.getLogger(__name__)


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
    timeline: TimelineView[HitView]
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
    if not detail or number(detail.get("score")) is None:
        return []
    steps = [ScoreStep("start", number(detail.get("start")) or 100.0),
             ScoreStep("hits", -(number(detail.get("hit_points")) or hit_points))]
    covered: dict[tuple[str, str], ScoreStep] = {}
    for item in detail.get("covered") or []:
        pair = (str(item.get("rule_id")), str(item.get("covered_by")))
        step = covered.setdefault(pair, ScoreStep("covered", 0.0, list(pair), count=0))
        step.points = round((step.points or 0.0) + (number(item.get("points")) or 0.0), 2)
        step.count += 1
    steps += covered.values()
    for cap in detail.get("caps") or []:
        steps.append(ScoreStep(f"cap_{cap.get('scope')}", round(
            (number(cap.get("points")) or 0.0) - (number(cap.get("max")) or 0.0), 2),
            [str(cap.get("id"))], number(cap.get("max"))))
    steps.append(ScoreStep("deductions", -(number(detail.get("deductions")) or 0.0)))
    if number(detail.get("bonus")):
        steps.append(ScoreStep("bonus", number(detail.get("bonus"))))
    red_lines = [str(r) for r in detail.get("red_lines") or []]
    if detail.get("red_line"):
        steps.append(ScoreStep("red_line", None, red_lines))
    steps.append(ScoreStep("score", number(detail.get("score"))))
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
    start = number(raw.get("start"))
    message = (messages or {}).get(rule_id, {}).get(lang) or raw.get("message")
    return HitView(
        key=key, rule_id=rule_id, severity=str(raw.get("severity") or ""),
        points=number(raw.get("points")) or 0.0, start=start,
        end=number(raw.get("end")), role=str(raw.get("role") or ""),
        message=masked_text(message), evidence=masked_text(localise_evidence(
            str(raw.get("evidence") or ""), lang)),
        reason=masked_text(localise_evidence(str(raw.get("reason") or ""), lang)),
        disputed=disputes.get(rule_id, ""),
        covered_by=(covered or {}).get((rule_id, rounded(start)), ""))


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


def covered_hits(call: dict[str, Any]) -> dict[tuple[str, Optional[float]], str]:
    """``(rule_id, start)`` of each hit another hit on the same words covers → that rule."""
    detail = call.get("score_detail") if isinstance(call.get("score_detail"), dict) else {}
    return {(str(c.get("rule_id")), rounded(number(c.get("start")))): str(c.get("covered_by"))
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
    start, end = number(turn.get("start")) or 0.0, number(turn.get("end")) or 0.0
    if not words:
        pieces = [Piece(masked_text(turn.get("text")),
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
        ws, we = number(word.get("start")), number(word.get("end"))
        keys = ([h.key for h in hits if _covers(h, ws, we if we is not None else ws)]
                if ws is not None else [])
        if pieces and pieces[-1].hits == keys:
            pieces[-1].text += piece_text
        else:
            pieces.append(Piece(piece_text, keys))
    return pieces


def _disputes(call: dict[str, Any]) -> list[DisputeView]:
    out = []
    for d in call.get("disputes") or []:
        if isinstance(d, dict):
            out.append(DisputeView(
                rule_id=str(d.get("rule_id") or ""), status=str(d.get("status") or "open"),
                opened_by=masked_text(d.get("opened_by") or d.get("by")),
                resolved_by=masked_text(d.get("resolved_by")),
                note=masked_text(d.get("note") or d.get("reason")),
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
        elif (n := number(value)) is not None:
            rows.append((prefix, f"{n:g}" if n == int(n) else f"{n:.2f}"))

    walk("", metrics if isinstance(metrics, dict) else {})
    return rows


def _role_confidence(call: dict[str, Any]) -> Optional[float]:
    diar = call.get("diarization") if isinstance(call.get("diarization"), dict) else {}
    for key in ("role_confidence", "confidence"):
        if (n := number(diar.get(key))) is not None:
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
    duration = number(call.get("duration_s")) or max(
        (number(t.get("end")) or 0.0 for t in turns_raw), default=0.0)
    turns = []
    for i, t in enumerate(turns_raw):
        turns.append(TurnView(i, str(t.get("role") or "unknown"), str(t.get("speaker") or ""),
                              number(t.get("start")) or 0.0, number(t.get("end")) or 0.0,
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
    score = number(call.get("score"))
    pipeline_score = (None if number(call.get("pipeline_score")) == score
                      else number(call.get("pipeline_score")))
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
        timeline=timeline_view(call, duration, hits),
        audio=audio_view(str(call.get("source") or ""), html_dir, embed_audio,
                         page_name(str(call.get("call_id") or ""))),
        source_name=Path(str(call.get("source") or "")).name,
        disputes=disputes,
        # A call JSON from before score_detail said its deductions: the hits' points.
        deductions=(number(detail.get("deductions")) if number(detail.get("deductions")) is not None
                    else hit_points),
        score_steps=score_steps(detail, hit_points, score, pipeline_score),
        metrics=_flat_metrics(call.get("metrics")))


def _content_topic_cues(call: dict[str, Any]) -> Optional[int]:
    topic = call.get("topic")
    if not isinstance(topic, dict) or topic.get("source") != "content":
        return None
    counts = topic.get("cue_counts") if isinstance(topic.get("cue_counts"), dict) else {}
    return int(counts.get(str(topic.get("business_type")), 0) or 0)
