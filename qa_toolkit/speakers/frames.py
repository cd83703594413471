"""Frame-grid helpers shared by the diarization backends (boolean activity ↔ segments)."""

from __future__ import annotations

import numpy as np

from ..types import SpeakerSegment


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index pairs of the True runs of a boolean array."""
    if not len(mask):
        return []
    d = np.diff(np.concatenate([[0], np.asarray(mask, dtype=np.int8), [0]]))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


def fill_short(mask: np.ndarray, value: bool, max_len: int) -> np.ndarray:
    """Flip inner runs of `value` shorter than max_len frames (edges are kept as they are)."""
    out = mask.copy()
    for a, b in runs(mask == value):
        if b - a < max_len and a > 0 and b < len(mask):
            out[a:b] = not value
    return out


def binarize(scores: np.ndarray, onset: float, offset: float) -> np.ndarray:
    """Hysteresis thresholding: a region starts above onset and lasts until below offset."""
    out = np.zeros(len(scores), dtype=bool)
    active = False
    for i, v in enumerate(scores):
        active = bool(v > (offset if active else onset))
        out[i] = active
    return out


def to_segments(mask: np.ndarray, step: float, speaker: str, duration: float) -> list[SpeakerSegment]:
    """Segments of one speaker from its per-frame activity (frame i covers [i·step, (i+1)·step))."""
    return [SpeakerSegment(start=round(a * step, 3), end=round(min(b * step, duration), 3),
                           speaker=speaker) for a, b in runs(mask)]


def to_regions(mask: np.ndarray, step: float, duration: float) -> list[tuple[float, float]]:
    return [(round(a * step, 3), round(min(b * step, duration), 3)) for a, b in runs(mask)]
