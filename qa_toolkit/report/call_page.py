"""The per-call page's view model: an ``AuditedCall`` → ``CallView`` for ``call.html.j2``.

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

from qa_toolkit.pii import mask_text, mask_turns
from qa_toolkit.report.audited import AuditedCall
from qa_toolkit.report.geometry import TimelineView, timeline_view
from qa_toolkit.report.evidence import BusinessNames, localise_evidence
from qa_toolkit.report.names import page_name
from qa_toolkit.report.values import masked_text, number, rounded
from qa_toolkit.types import Call, CallScore, Outcome, Turn, Word

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


def _minus(points: Optional[float]) -> float:
    """Points taken off as a step's value: 0 when none (not −0.0, which a page shows as "+-0")."""
    return -points if points else 0.0


def score_steps(detail: Optional[CallScore], hit_points: float, score: Optional[float],
                pipeline_score: Optional[float]) -> list[ScoreStep]:
    """Start − hits' points + covered + capped = deductions; − deductions + bonus = score."""
    if detail is None:
        return []
    steps = [ScoreStep("start", detail.start or 100.0),
             ScoreStep("hits", _minus(detail.hit_points or hit_points))]
    covered: dict[tuple[str, str], ScoreStep] = {}
    for item in detail.covered:
        pair = (str(item.get("rule_id")), str(item.get("covered_by")))
        step = covered.setdefault(pair, ScoreStep("covered", 0.0, list(pair), count=0))
        step.points = round((step.points or 0.0) + (number(item.get("points")) or 0.0), 2)
        step.count += 1
    steps += covered.values()
    for cap in detail.caps:
        steps.append(ScoreStep(f"cap_{cap.get('scope')}", round(
            (number(cap.get("points")) or 0.0) - (number(cap.get("max")) or 0.0), 2),
            [str(cap.get("id"))], number(cap.get("max"))))
    steps.append(ScoreStep("deductions", _minus(detail.deductions)))
    if detail.bonus:
        steps.append(ScoreStep("bonus", detail.bonus))
    if detail.red_line:
        steps.append(ScoreStep("red_line", None, [str(r) for r in detail.red_lines]))
    steps.append(ScoreStep("score", detail.score))
    if pipeline_score is not None and score is not None:
        steps.append(ScoreStep("disputes", score))
    return steps


_SEVERITY_ORDER = {"critical": 3, "major": 2, "minor": 1, "info": 0}


def _worst(severities: Iterable[str]) -> str:
    return max(severities, key=lambda s: _SEVERITY_ORDER.get(s, 0), default="")


def _hit_view(key: str, outcome: Outcome, disputes: dict[str, str],
              covered: Optional[dict[tuple[str, Optional[float]], str]] = None,
              lang: str = "zh", messages: Optional[dict[str, dict[str, str]]] = None,
              business: Optional[BusinessNames] = None) -> HitView:
    rule_id = outcome.rule_id
    start = number(outcome.start)
    message = (messages or {}).get(rule_id, {}).get(lang) or outcome.message
    return HitView(
        key=key, rule_id=rule_id, severity=outcome.severity or "",
        points=outcome.points or 0.0, start=start,
        end=number(outcome.end), role=outcome.role or "",
        message=masked_text(message),
        evidence=masked_text(localise_evidence(outcome.evidence, lang, business)),
        reason=masked_text(localise_evidence(outcome.reason, lang, business)),
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


def rule_messages(call: Call) -> dict[str, dict[str, str]]:
    """The messages of the call's rule pack: the file it ran with, else the pack by id."""
    path = (call.provenance.get("rule_pack") or {}).get("path")
    ref = path if path and Path(path).is_file() else call.rule_pack.get("id")
    return _pack_messages(str(ref)) if ref else {}


def covered_hits(call: Call) -> dict[tuple[str, Optional[float]], str]:
    """``(rule_id, start)`` of each hit another hit on the same words covers → that rule."""
    covered = [] if call.score is None else call.score.covered
    return {(str(c.get("rule_id")), rounded(number(c.get("start")))): str(c.get("covered_by"))
            for c in covered}


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


def _turn_pieces(turn: Turn, hits: list[HitView]) -> list[Piece]:
    """The turn's words grouped into runs with the same hits, masked as one text.

    Masking runs over the whole turn because Whisper splits a read-out card number over
    several words; ``mask_text`` keeps the length, so word offsets still line up.
    """
    hits = [h for h in hits if _same_party(h.role, turn.role)]
    if not turn.words:
        pieces = [Piece(masked_text(turn.text),
                        [h.key for h in hits if _covers(h, turn.start, turn.end)])]
    else:
        pieces = _word_pieces(turn.words, hits)
    for piece in pieces:
        covering = [h for h in hits if h.key in piece.hits]
        piece.severity = _worst(h.severity for h in covering)
        piece.seek = covering[0].start if covering else None
        piece.rule_ids = [h.rule_id for h in covering]
    return pieces


def _word_pieces(words: list[Word], hits: list[HitView]) -> list[Piece]:
    texts = [w.text for w in words]
    masked = mask_text("".join(texts))
    pieces: list[Piece] = []
    offset = 0
    for word, text in zip(words, texts):
        piece_text = masked[offset:offset + len(text)]
        offset += len(text)
        keys = [h.key for h in hits if _covers(h, word.start, word.end)]
        if pieces and pieces[-1].hits == keys:
            pieces[-1].text += piece_text
        else:
            pieces.append(Piece(piece_text, keys))
    return pieces


def _disputes(rows: list[dict[str, Any]]) -> list[DisputeView]:
    """The store's disputes of the call (``report.history``) as the page lists them."""
    return [DisputeView(rule_id=str(d.get("rule_id") or ""), status=str(d.get("status") or "open"),
                        opened_by=masked_text(d.get("opened_by")),
                        resolved_by=masked_text(d.get("resolved_by")),
                        note=masked_text(d.get("note")),
                        at=str(d.get("at") or ""))
            for d in rows]


def _flat_metrics(metrics: dict[str, Any]) -> list[tuple[str, str]]:
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

    walk("", metrics)
    return rows


def _role_confidence(call: Call) -> Optional[float]:
    return number(call.diarization.get("role_confidence"))


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


def build_call_view(audited: AuditedCall, html_dir: Path, embed_audio: bool = False,
                    lang: str = "zh", business: Optional[BusinessNames] = None) -> CallView:
    """The call page's view; ``business`` names business types in the evidence (the pack's
    titles, as the page's header does)."""
    call = audited.call
    disputes = _disputes(audited.disputes)
    dispute_status = {d.rule_id: d.status for d in disputes if d.rule_id}
    covered = covered_hits(call)
    messages = rule_messages(call)
    hits = [_hit_view(f"hit-{i}", h, dispute_status, covered, lang, messages, business)
            for i, h in enumerate(call.hits)]
    review = [_hit_view(f"review-{i}", h, dispute_status, None, lang, messages, business)
              for i, h in enumerate(call.review)]
    # A number read over two turns is masked in the JSON already, unless the run kept PII
    # (--keep-pii): the page masks on the speaker's digit stream all the same.
    masked, _ = mask_turns(call.turns)
    duration = call.duration_s or max((t.end for t in masked), default=0.0)
    turns = [TurnView(i, t.role or "unknown", t.speaker, t.start, t.end, _turn_pieces(t, hits))
             for i, t in enumerate(masked)]
    for piece in (p for t in turns for p in t.pieces):
        for h in hits:
            if h.key in piece.hits:
                h.in_transcript = True
    unplaced = []
    for h in hits:
        if h.in_transcript:
            continue
        # The turn the hit starts in, else one its span reaches: the mono mix can give an
        # interruption's overlap to the other party's turn, the interrupter's starting as it ends.
        home = None if h.start is None else next(
            (t for t in turns if t.start <= h.start <= t.end and _same_party(h.role, t.role)),
            None) or next(
            (t for t in turns if t.start <= (h.end or h.start) and h.start < t.end
             and _same_party(h.role, t.role)), None)
        if home is not None:
            home.markers.append(h)
        else:
            unplaced.append(h)
    agent = call.meta.agent_id or ""
    score, pipeline_score = audited.score, audited.pipeline_score
    hit_points = round(sum(h.points for h in hits), 2)
    return CallView(
        call_id=call.call_id, agent_id=agent,
        agent_page=f"../agents/{page_name(agent)}.html" if agent else "",
        team=call.meta.team or "", started_at=call.meta.started_at or "",
        duration_s=duration, score=score, pipeline_score=pipeline_score,
        red_line=call.score is not None and call.score.red_line,
        rule_pack_id=str(call.rule_pack.get("id") or ""),
        rule_pack_version=str(call.rule_pack.get("version") or ""),
        model=call.model, language=call.language,
        business_type=call.business_type or "",
        business_type_cues=_content_topic_cues(call),
        customer_tier=call.meta.customer_tier or "",
        diarization_backend=str(call.diarization.get("backend") or ""),
        role_confidence=_role_confidence(call),
        low_confidence=any("confidence" in f for f in call.flags),
        flags=list(call.flags),
        hits=hits, review=review, unplaced=unplaced, turns=turns,
        timeline=timeline_view(call, duration, hits),
        audio=audio_view(call.source, html_dir, embed_audio, page_name(call.call_id)),
        source_name=Path(call.source).name,
        disputes=disputes,
        deductions=call.score.deductions if call.score is not None else hit_points,
        score_steps=score_steps(call.score, hit_points, score, pipeline_score),
        metrics=_flat_metrics(call.metrics.to_dict()))


def _content_topic_cues(call: Call) -> Optional[int]:
    topic = call.topic
    if topic.get("source") != "content":
        return None
    return int((topic.get("cue_counts") or {}).get(str(topic.get("business_type")), 0) or 0)
