"""Speakers stage: who spoke when (diarization), which words are whose (attribution), and which
speaker is the agent (roles).

    diarization = diarize(audio16.samples, 16000, DiarizationOptions())
    turns = attribute_words(words, diarization)
    roles = assign_roles(turns, diarization, agent_channel=0, agent_cues=pack.agent_cues())
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..types import Diarization
from .attribution import attribute_words, channel_turns, label_words
from .roles import RoleAssignment, assign_roles

log = logging.getLogger(__name__)

BACKENDS = ("auto", "channel", "embedded", "pyannote")
SAMPLE_RATE = 16000

__all__ = ["BACKENDS", "DiarizationOptions", "RoleAssignment", "assign_roles",
           "attribute_words", "channel_turns", "diarize", "label_words", "preload"]


@dataclass
class DiarizationOptions:
    backend: str = "auto"
    """auto | channel | embedded | pyannote. auto = channel split for stereo, embedded for mono."""
    num_speakers: Optional[int] = 2
    """Expected number of parties; None = estimate (1..max_speakers). The embedded backend still
    reports a single speaker when only one voice is ever heard."""
    max_speakers: int = 4
    """Upper bound when estimating the count."""
    threads: int = 1
    """Torch threads for this stage (the caller pins them so ASR and speakers never
    oversubscribe the cores)."""
    pyannote_pipeline: Optional[str] = None
    """Local pipeline folder or hub id, for backend "pyannote"."""
    pyannote_token: Optional[str] = None
    """Hub token for a gated pyannote pipeline."""


def preload() -> None:
    """Load the embedded models and Silero once, before timing or forking workers (otherwise
    the first call pays ~2-5 s for it)."""
    from faster_whisper.vad import get_vad_model

    from .networks import load_models

    load_models()
    get_vad_model()


def _mix(channels: np.ndarray) -> np.ndarray:
    return channels.mean(axis=0) if channels.shape[0] > 1 else channels[0]


def diarize(channels: np.ndarray, sample_rate: int, options: DiarizationOptions) -> Diarization:
    """Who spoke when in one recording.

    channels: float32 [n_channels, n_samples] at 16 kHz (mono has one row). Segments may
    overlap; ``overlap`` lists stretches with two or more speakers. The channel backend labels
    speakers "ch0", "ch1"; the others "spk0", "spk1" ….
    """
    channels = np.asarray(channels, dtype=np.float32)
    if channels.ndim == 1:
        channels = channels[None, :]
    if sample_rate != SAMPLE_RATE:
        raise ValueError(f"diarization expects {SAMPLE_RATE} Hz audio, got {sample_rate} Hz")
    if options.backend not in BACKENDS:
        raise ValueError(f"unknown diarization backend {options.backend!r} "
                         f"(choose from {', '.join(BACKENDS)})")
    backend = options.backend
    if backend == "auto":
        backend = "channel" if channels.shape[0] >= 2 else "embedded"
    if backend == "channel":
        from .channel import diarize_channels

        return diarize_channels(channels, sample_rate)
    if backend == "pyannote":
        from .pyannote_backend import diarize_pyannote

        return diarize_pyannote(_mix(channels), sample_rate, options.pyannote_pipeline,
                                options.pyannote_token, options.num_speakers,
                                options.max_speakers, options.threads)
    from .embedded import diarize_mono, torch_threads

    with torch_threads(options.threads):
        return diarize_mono(_mix(channels), options.num_speakers, options.max_speakers)
