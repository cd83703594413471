"""How the call sounded: talk time and share, silences, overlaps, speech rate, loudness and
pitch per role. Rules read these from ``call.metrics``. (Interruptions and holds are what the
pack's rules say they are: ``RulePack.measures`` adds them to the metrics after judging.)

Layout (all times in seconds, 2 decimals):
    roles.<role>: talk_time_s, talk_share, turns, speech_rate, speech_rate_unit,
                  loudness_dbfs, loudness_series [{start, dbfs}], loudness_jumps [{start, end, db}],
                  pitch_median_hz, pitch_range_hz, pitch_jumps [{start, end, semitones}],
                  pitch_jump_count
    talk_s {role: s}, silence_total_s, longest_silence_s, silences [{start, end, sound_db}] (≥ 3 s),
    overlap_count, overlap_total_s, overlaps [{start, end}]
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from typing import Any, Iterator, Optional

import numpy as np

from .types import CallMetrics, SpeakerSegment, Turn, r2

log = logging.getLogger(__name__)

SILENCE_REPORT_S = 3.0
"""Silences at least this long are listed (dead air); shorter gaps only add to the totals."""
FLOOR_PERCENTILE = 5
"""A silence's ``sound_db`` is its median frame level above this percentile of the call's
frames (the line's own quiet). Measured on the 46 listed gaps of samples/, heldout/ and
heldout2/: hold music 14.5-18.7 dB above it, a silent line or a quiet hold 0.5-1.2 dB."""
MIN_OVERLAP_S = 0.1
"""Overlaps shorter than this are diarization boundary jitter, not two people talking."""
PITCH_JUMP_SEMITONES = 4.0
LOUDNESS_JUMP_DB = 8.0
PITCH_SR = 8000
PITCH_MAX_S = 8.0
"""Seconds of speech per role fed to pYIN (20 ms hop, 50-cent bins): pYIN costs ~18 ms of CPU
per second (a Python loop per frame), and a median, a range and turn-to-turn jumps need no
more than the middle second of each turn."""
PITCH_TURN_S = 1.0
FRAME_S = 0.02

_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def _union(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[list[float]] = []
    for a, b in sorted(intervals):
        if b <= a:
            continue
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _total(intervals: list[tuple[float, float]]) -> float:
    return float(sum(b - a for a, b in intervals))


def _intersect(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if hi > lo:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _span(a: float, b: float) -> dict[str, float]:
    return {"start": r2(a), "end": r2(b)}


def speech_units(text: str, language: str) -> tuple[int, str]:
    """Characters for Chinese (and other CJK text), words otherwise."""
    cjk, words = _count_units(text) if len(text) >= _LONG_TEXT else (None, None)
    if cjk is None:
        # Counted by deleting (a findall would build a string per character: 4x slower).
        cjk = len(_NOT_CJK.sub("", text))
    if words is None:
        words = len(_LATIN_WORD.findall(text))
    if language.startswith("zh") or cjk > len(text) / 3:
        # A Latin word never holds a CJK character, so none need blanking out first.
        return cjk + words, "chars/min"
    return words, "words/min"


_LONG_TEXT = 200
"""From this length ``speech_units`` counts in numpy (a role's turns joined, 1,700
characters: the two regexes 43 µs, numpy 10; bench/rules.py, see the commit)."""
_UNIT_KIND = np.zeros(0x10000, dtype=np.uint8)
_UNIT_KIND[0x3400:0xA000] = _UNIT_KIND[0xF900:0xFB00] = 1  # _NOT_CJK's complement
_UNIT_KIND[np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                         dtype=np.uint8)] = 2  # _LATIN_WORD's letters and digits


def _count_units(text: str) -> tuple[Optional[int], Optional[int]]:
    """CJK characters and Latin words (``_LATIN_WORD``'s matches) of ``text``; the words
    None when an apostrophe may join two of them (it's), both None for a lone surrogate."""
    try:
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:
        return None, None
    kind = _UNIT_KIND[np.minimum(points, 0xFFFF)]  # beyond the BMP: neither
    cjk = int(np.count_nonzero(kind == 1))
    if "'" in text:
        return cjk, None
    # Without apostrophes a word is a maximal run of letters and digits: count run starts.
    alnum = kind == 2
    return cjk, int(alnum[:1].sum()) + int(np.count_nonzero(alnum[1:] & ~alnum[:-1]))


SPEECH_RATE_PAUSE_S = 0.5
"""Gaps between a turn's words longer than this are pauses, not speaking time."""


def speech_rate(turns: list[Turn], language: str) -> tuple[Optional[float], int, float, str]:
    """The one definition of speech rate, used by ``metrics`` and the ``speech_rate`` rule:
    characters (Chinese; Latin words count one each) or words of the turns' text per minute of
    speaking time, i.e. each turn from its first to its last word, pauses between words longer
    than ``SPEECH_RATE_PAUSE_S`` left out. Returns ``(rate or None under 1 s, units,
    speaking_s, unit)``."""
    units, speaking = 0, 0.0
    unit = "chars/min" if language.startswith("zh") else "words/min"
    if language.startswith("zh"):
        # Counts add up across turns (a space keeps words apart), so one count of the joined
        # text is the sum of the per-turn counts at a fraction of the cost.
        units = speech_units(" ".join(t.text for t in turns), language)[0]
    else:
        for t in turns:
            n, unit = speech_units(t.text, language)
            units += n
    for t in turns:
        speaking += _speaking_time(t)
    rate = round(units / (speaking / 60.0), 1) if speaking > 1.0 else None
    return rate, units, speaking, unit


def _speaking_time(turn: Turn, pause: float = SPEECH_RATE_PAUSE_S) -> float:
    """Time from first to last word, minus pauses longer than `pause` between words: the union
    of the words' spans (each at least 50 ms) plus the gaps between them up to `pause`."""
    words = turn.words
    if not words:
        return max(0.0, turn.end - turn.start)
    # One pass over words in time order (as the ASR emits them); summed span by span, each
    # span's length then the gap before it, so the figure is the same float the sorted union
    # gave. Per agent turn this was the speech-rate rule's cost (bench/rules.py: see commit).
    total, span_start, span_end, gap, last = 0.0, words[0].start, None, None, words[0].start
    for w in words:
        start = w.start
        if start < last:
            return _speaking_time_unordered(turn, pause)
        last = start
        end = w.end
        if end < start + 0.05:
            end = start + 0.05
        if span_end is None:
            span_start, span_end = start, end
        elif start <= span_end:
            if end > span_end:
                span_end = end
        else:
            total += span_end - span_start
            if gap is not None and gap <= pause:
                total += gap
            gap = start - span_end
            span_start, span_end = start, end
    total += span_end - span_start
    if gap is not None and gap <= pause:
        total += gap
    return total


def _speaking_time_unordered(turn: Turn, pause: float) -> float:
    spans = _union([(w.start, max(w.end, w.start + 0.05)) for w in turn.words])
    total, prev_end = 0.0, None
    for a, b in spans:
        total += b - a
        if prev_end is not None and a - prev_end <= pause:
            total += a - prev_end
        prev_end = b
    return total


def _frame_db(signal: np.ndarray, sample_rate: int) -> np.ndarray:
    from .speakers.channel import frame_db

    return frame_db(signal, max(1, int(round(FRAME_S * sample_rate))))


def _role_signal(channels: np.ndarray, speakers: set[str]) -> np.ndarray:
    """The role's own channel when the diarization is per channel (less bleed), else the mix."""
    idx = sorted(int(s[2:]) for s in speakers if re.fullmatch(r"ch\d+", s)
                 and int(s[2:]) < channels.shape[0])
    if idx and len(idx) == len(speakers):
        return channels[idx].mean(axis=0)
    return channels.mean(axis=0) if channels.shape[0] > 1 else channels[0]


def _loudness(db: np.ndarray, turns: list[Turn], speech: list[tuple[float, float]]
              ) -> tuple[list[dict[str, float]], list[float]]:
    series, values = [], []
    for t in turns:
        spans = _intersect([(t.start, t.end)], speech) or [(t.start, t.end)]
        idx = np.concatenate([np.arange(int(a / FRAME_S), max(int(a / FRAME_S) + 1,
                              int(np.ceil(b / FRAME_S)))) for a, b in spans])
        idx = idx[idx < len(db)]
        if not len(idx):
            continue
        level = float(10 * np.log10(np.mean(10 ** (db[idx] / 10)) + 1e-12))
        series.append({"start": r2(t.start), "dbfs": round(level, 1)})
        values.append(level)
    return series, values


def _pitch(signal: np.ndarray, sample_rate: int, turns: list[Turn]) -> list[Optional[np.ndarray]]:
    """Voiced f0 values (Hz) per turn from one pYIN pass over central snippets of the turns."""
    warm_up()
    import librosa
    from scipy.signal import resample_poly

    per_turn = max(0.4, min(PITCH_TURN_S, PITCH_MAX_S / max(1, len(turns))))
    pieces, owners = [], []
    budget = PITCH_MAX_S
    for i, t in enumerate(turns):
        length = min(per_turn, t.end - t.start, budget)
        if length < 0.25:
            continue
        mid = (t.start + t.end) / 2
        a = int(max(0.0, mid - length / 2) * sample_rate)
        pieces.append(signal[a:a + int(length * sample_rate)])
        owners.append(i)
        budget -= length
        if budget <= 0:
            break
    out: list[Optional[np.ndarray]] = [None] * len(turns)
    if not pieces:
        return out
    hop = PITCH_SR // 50
    resampled = [resample_poly(p, PITCH_SR, sample_rate).astype(np.float32) for p in pieces]
    padded = [np.pad(p, (0, (-len(p)) % hop)) for p in resampled]
    f0, voiced, _ = librosa.pyin(np.concatenate(padded), fmin=60, fmax=400, sr=PITCH_SR,
                                 frame_length=400, hop_length=hop, resolution=0.5,
                                 n_thresholds=20, center=False)
    offset = 0
    for owner, p in zip(owners, padded):
        n = len(p) // hop
        seg_f0, seg_v = f0[offset:offset + n], voiced[offset:offset + n]
        vals = seg_f0[seg_v & np.isfinite(seg_f0)]
        out[owner] = vals if len(vals) >= 5 else None
        offset += n
    return out


_warm = False


@contextmanager
def _numba_cache_lock() -> Iterator[None]:
    """One process at a time compiles librosa's numba code and writes it to numba's cache.

    librosa's gufuncs are cached as pairs of files (the kernel, and its ``guf-`` wrapper)
    written one after the other over some 25 s on first use. A process that starts while
    another is writing, or after one was killed between the two, can load a kernel with a
    wrapper built for different pointers and crash with SIGSEGV (numba/numba#10128; seen
    here as a whole run exiting -11 inside ``_parabolic_interpolation``). Behind this lock
    the first process writes the whole cache and the others find it complete.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: nothing to lock with; setup warms the cache instead
        yield
        return
    from qa_toolkit.models import cache_root

    lock_path = cache_root() / "numba-cache.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def warm_up() -> None:
    """Load librosa and run pYIN once on silence, so that its numba code is compiled (or
    loaded from the cache, ~3 s) before the first call, under the cache lock."""
    global _warm
    if _warm:
        return
    with _numba_cache_lock():
        import librosa

        librosa.pyin(np.zeros(PITCH_SR // 2, dtype=np.float32), fmin=60, fmax=400,
                     sr=PITCH_SR, frame_length=400, hop_length=PITCH_SR // 50, resolution=0.5,
                     n_thresholds=20, center=False)
    _warm = True


def _role_metrics(role: str, turns: list[Turn], speech: list[tuple[float, float]],
                  signal: np.ndarray, sample_rate: int, total_talk: float,
                  language: str) -> dict[str, Any]:
    talk = _total(speech)
    rate, _, _, unit_name = speech_rate(turns, language)
    db = _frame_db(signal, sample_rate)
    series, levels = _loudness(db, turns, speech)
    loud_jumps = [{"start": r2(turns[i].start), "end": r2(turns[i].end),
                   "db": round(levels[i] - levels[i - 1], 1)}
                  for i in range(1, min(len(levels), len(turns)))
                  if abs(levels[i] - levels[i - 1]) > LOUDNESS_JUMP_DB]
    f0s = _pitch(signal, sample_rate, turns) if turns else []
    voiced = [v for v in f0s if v is not None]
    all_f0 = np.concatenate(voiced) if voiced else np.zeros(0)
    jumps, prev = [], None
    for t, v in zip(turns, f0s):
        if v is None:
            continue
        med = float(np.median(v))
        if prev is not None and abs(12 * np.log2(med / prev)) > PITCH_JUMP_SEMITONES:
            jumps.append({"start": r2(t.start), "end": r2(t.end),
                          "semitones": round(float(12 * np.log2(med / prev)), 1)})
        prev = med
    return {
        "talk_time_s": r2(talk),
        "talk_share": round(talk / total_talk, 3) if total_talk > 0 else 0.0,
        "turns": len(turns),
        "speech_rate": rate,
        "speech_rate_unit": unit_name,
        "loudness_dbfs": round(float(np.median(levels)), 1) if levels else None,
        "loudness_series": series,
        "loudness_jumps": loud_jumps,
        "pitch_median_hz": round(float(np.median(all_f0)), 1) if len(all_f0) else None,
        "pitch_range_hz": round(float(np.percentile(all_f0, 90) - np.percentile(all_f0, 10)), 1)
        if len(all_f0) else None,
        "pitch_jumps": jumps,
        "pitch_jump_count": len(jumps),
    }


def _sound_above_floor(channels: np.ndarray, sample_rate: int,
                       gaps: list[tuple[float, float]]) -> list[Optional[float]]:
    """How loud each gap between speech is (median frame dB of the mix) above the call's
    quiet (``FLOOR_PERCENTILE``): a hold with music is loud with nobody speaking, dead air
    is the line's own quiet. None for a gap with no audio frames."""
    if not gaps or not channels.size:
        return [None] * len(gaps)
    db = _frame_db(channels.mean(axis=0), sample_rate)
    floor = float(np.percentile(db, FLOOR_PERCENTILE))
    out: list[Optional[float]] = []
    for a, b in gaps:
        frames = db[int(a / FRAME_S):int(np.ceil(b / FRAME_S))]
        out.append(round(float(np.median(frames)) - floor, 1) if len(frames) else None)
    return out


def compute_metrics(channels: np.ndarray, sample_rate: int, turns: list[Turn],
                    speech: list[SpeakerSegment], duration_s: float, language: str) -> CallMetrics:
    """A call's metrics from its audio and turns; ``speech`` are the diarization segments
    with roles filled in."""
    channels = np.asarray(channels, dtype=np.float32)
    if channels.ndim == 1:
        channels = channels[None, :]
    language = (language or "").lower()
    roles = sorted({s.role for s in speech} | {t.role for t in turns},
                   key=lambda r: ("agent", "customer", "unknown").index(r)
                   if r in ("agent", "customer", "unknown") else 9)
    by_role = {r: _union([(s.start, s.end) for s in speech if s.role == r]) for r in roles}
    total_talk = sum(_total(v) for v in by_role.values())
    per_role = {}
    for role in roles:
        role_turns = [t for t in turns if t.role == role]
        speakers = {s.speaker for s in speech if s.role == role} | {t.speaker for t in role_turns}
        signal = _role_signal(channels, speakers)
        per_role[role] = _role_metrics(role, role_turns, by_role[role], signal, sample_rate,
                                       total_talk, language)

    anyone = _union([(s.start, s.end) for s in speech])
    gaps = [(a[1], b[0]) for a, b in zip(anyone, anyone[1:])]
    listed = [(a, b) for a, b in gaps if b - a >= SILENCE_REPORT_S]
    sound = _sound_above_floor(channels, sample_rate, listed)
    overlaps = []
    labels = sorted({s.speaker for s in speech})
    tracks = {lab: _union([(s.start, s.end) for s in speech if s.speaker == lab]) for lab in labels}
    for i, x in enumerate(labels):
        for y in labels[i + 1:]:
            overlaps += _intersect(tracks[x], tracks[y])
    overlaps = [o for o in _union(overlaps) if o[1] - o[0] >= MIN_OVERLAP_S]
    return CallMetrics.from_dict({
        "duration_s": r2(duration_s),
        "roles": per_role,
        "talk_s": {r: per_role[r]["talk_time_s"] for r in roles},
        "silence_total_s": r2(sum(b - a for a, b in gaps)),
        "longest_silence_s": r2(max((b - a for a, b in gaps), default=0.0)),
        "silences": [{**_span(a, b), "sound_db": db} for (a, b), db in zip(listed, sound)],
        "overlap_count": len(overlaps),
        "overlap_total_s": r2(_total(overlaps)),
        "overlaps": [_span(a, b) for a, b in overlaps],
    })
