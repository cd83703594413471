"""Silero VAD (the ONNX model faster-whisper ships) as a speech-vs-everything-else gate.

Energy and the segmentation model both take hold music for talk; Silero does not, at about
0.005 s of CPU per second of audio.
"""

from __future__ import annotations

import numpy as np

from .frames import binarize

WINDOW = 512
"""Silero's window at 16 kHz (32 ms)."""


CONTEXT = 64
"""Samples of the previous window Silero sees before each window."""
BATCH_WINDOWS = 10000
"""faster-whisper's batch (the LSTM state carried from one to the next): the equality test's audio
crosses it, so that running ``STEP_WINDOWS`` at a time is shown to give the same numbers."""
STEP_WINDOWS = 250
"""Windows (8 s) run at a time here, the state carried between them (the same numbers as one
batch), so that the state can be reset after a long silence."""
SPEECH_ONSET = 0.5
"""Silero's probability from which a window is speech (faster-whisper's default threshold)."""
RESET_AFTER_SILENT_S = 30.0
"""After this long below ``SPEECH_ONSET``, Silero starts again from a fresh state. Its state
carried through a long hold makes it slow to hear speech again: after 175 s of a silent line it
heard an agent's thanks (228 s) only at 232 s, and the words there were lost (heldout58 br14,
mono); from a fresh state, at 228.1 s."""


def speech_probability(wave: np.ndarray) -> np.ndarray:
    """Speech probability per 32 ms window of a 16 kHz mono signal.

    The same numbers as ``faster_whisper.vad.SileroVADModel(wave)`` wherever no silence lasts
    ``RESET_AFTER_SILENT_S``, but built a few seconds at a time (its whole-file input copy took
    ~0.8 GB per hour of audio), and from a fresh state after such a silence.
    """
    from faster_whisper.vad import get_vad_model

    x = np.asarray(wave, dtype=np.float32)
    if not len(x):
        return np.zeros(0, dtype=np.float32)
    windows = np.pad(x, (0, (-len(x)) % WINDOW)).reshape(-1, WINDOW)
    # faster-whisper zeroes the tail of the last window (its context buffer is a view of the
    # audio); do the same so that both give identical probabilities.
    windows[-1, -CONTEXT:] = 0
    session = get_vad_model().session
    h = np.zeros((1, 1, 128), dtype=np.float32)
    c = np.zeros((1, 1, 128), dtype=np.float32)
    tail = np.zeros(CONTEXT, dtype=np.float32)
    out = []
    silent, reset_after = 0, int(RESET_AFTER_SILENT_S * 16000 / WINDOW)
    for first in range(0, len(windows), STEP_WINDOWS):
        if silent >= reset_after:
            h, c = np.zeros_like(h), np.zeros_like(c)
        part = windows[first:first + STEP_WINDOWS]
        context = np.concatenate([tail[None, :], part[:-1, -CONTEXT:]], axis=0)
        prob, h, c = session.run(None, {"input": np.concatenate([context, part], axis=1),
                                        "h": h, "c": c})
        prob = np.asarray(prob, dtype=np.float32).reshape(-1)
        out.append(prob)
        tail = part[-1, -CONTEXT:]
        heard = np.flatnonzero(prob >= SPEECH_ONSET)
        silent = silent + len(prob) if not len(heard) else len(prob) - 1 - int(heard[-1])
    return np.concatenate(out)


def speech_gate(wave: np.ndarray, n_frames: int, frame_step: float, onset: float = SPEECH_ONSET,
                offset: float = 0.35, pad_s: float = 0.25) -> np.ndarray:
    """Boolean mask on another frame grid (n_frames × frame_step s): True where Silero hears
    speech, widened by pad_s on both sides because it reacts late to onsets and early to ends."""
    prob = speech_probability(wave)
    active = binarize(prob, onset, offset)
    if pad_s > 0 and active.any():
        k = int(np.ceil(pad_s / (WINDOW / 16000)))
        active = np.convolve(active.astype(np.int32), np.ones(2 * k + 1, dtype=np.int32),
                             mode="same") > 0
    idx = np.minimum(((np.arange(n_frames) + 0.5) * frame_step * 16000 / WINDOW).astype(int),
                     max(len(active) - 1, 0))
    return active[idx] if len(active) else np.zeros(n_frames, dtype=bool)
