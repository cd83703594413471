"""Stereo diarization: one party per channel, speech activity from frame energy.

Telephone recorders leak each party into the other channel (bleed, typically 25-40 dB down).
A frame counts as speech of a channel only if it is well above that channel's own noise floor,
Silero VAD calls it speech (hold music is loud too), AND it is not explained as bleed: a channel that is far quieter than the loudest other channel in the
same frame is only echoing it. Genuine overlap (both parties talking) keeps both channels active
because both are then near their own speech level.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from ..types import Diarization
from .frames import fill_short, runs, to_regions, to_segments
from .vad import speech_gate

log = logging.getLogger(__name__)


@dataclass
class ChannelParams:
    """Energy-VAD knobs (dB values are relative, frames are 20 ms)."""

    frame_s: float = 0.02
    floor_margin_db: float = 12.0
    """A speech frame is at least this far above the channel's noise floor."""
    bleed_margin_db: float = 15.0
    """A channel this much quieter than the loudest other channel is bleed, not speech."""
    level_drop_db: float = 25.0
    """…and a speech frame is within this distance of the channel's own typical speech level."""
    absolute_floor_dbfs: float = -60.0
    """Nothing quieter than this is speech, however quiet the line is."""
    min_speech_s: float = 0.12
    min_silence_s: float = 0.5
    """Gaps shorter than this inside one party's speech (clause pauses) are bridged, as
    diarization references and turn-taking rules count them as part of the turn."""
    silero_gate: bool = True
    """Require Silero VAD to hear speech too: energy alone takes hold music for the agent."""


def frame_db(x: np.ndarray, frame: int) -> np.ndarray:
    """Energy in dBFS per non-overlapping frame (last partial frame included)."""
    n = int(np.ceil(len(x) / frame))
    padded = np.zeros(n * frame, dtype=np.float32)
    padded[:len(x)] = x
    power = np.mean(padded.reshape(n, frame).astype(np.float64) ** 2, axis=1)
    return 10.0 * np.log10(power + 1e-12)


def channel_activity(channels: np.ndarray, sample_rate: int,
                     params: ChannelParams = ChannelParams()) -> tuple[np.ndarray, float]:
    """Boolean activity [n_channels, n_frames] and the frame step in seconds."""
    frame = max(1, int(round(params.frame_s * sample_rate)))
    db = np.stack([frame_db(ch, frame) for ch in channels])
    step = frame / sample_rate
    active = np.zeros_like(db, dtype=bool)
    for c in range(len(db)):
        floor = np.percentile(db[c], 10)
        candidate = (db[c] > floor + params.floor_margin_db) & (db[c] > params.absolute_floor_dbfs)
        if not candidate.any():
            continue
        level = np.percentile(db[c][candidate], 90)
        others = np.delete(db, c, axis=0)
        loudest_other = others.max(axis=0) if len(others) else np.full(db.shape[1], -np.inf)
        bleed = db[c] < loudest_other - params.bleed_margin_db
        active[c] = candidate & ~bleed & (db[c] > level - params.level_drop_db)
        if params.silero_gate and active[c].any():
            active[c] &= speech_gate(channels[c], db.shape[1], step)
        active[c] = fill_short(active[c], False, int(round(params.min_silence_s / step)))
        active[c] = fill_short(active[c], True, int(round(params.min_speech_s / step)))
        # fill_short keeps runs at the edges; drop isolated clicks there too.
        for a, b in runs(active[c]):
            if b - a < params.min_speech_s / step:
                active[c, a:b] = False
    return active, step


def diarize_channels(channels: np.ndarray, sample_rate: int,
                     params: ChannelParams = ChannelParams()) -> Diarization:
    """Speakers "ch0", "ch1", … one per channel that has any speech."""
    if channels.ndim != 2 or channels.shape[0] < 2:
        raise ValueError("channel diarization needs a recording with 2 or more channels "
                         "(one party per channel); use --diarization embedded for mono")
    duration = channels.shape[1] / sample_rate
    active, step = channel_activity(channels, sample_rate, params)
    segments = []
    for c in range(len(active)):
        segments.extend(to_segments(active[c], step, f"ch{c}", duration))
    segments.sort(key=lambda s: (s.start, s.end))
    overlap = to_regions(active.sum(axis=0) >= 2, step, duration)
    speakers = [f"ch{c}" for c in range(len(active)) if active[c].any()]
    log.debug("channel diarization: %d segments, speakers %s", len(segments), speakers)
    return Diarization(segments=segments, backend="channel", speakers=speakers, overlap=overlap)
