"""Decode a recording at its native rate, check it is usable, resample once to 16 kHz."""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import numpy as np

logger = logging.getLogger(__name__)

TARGET_RATE = 16000
"""What Whisper, Silero VAD, segmentation-3.0 and CAM++ all expect."""

AUDIO_EXTENSIONS = frozenset({
    ".wav", ".wave", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac",
    ".amr", ".wma", ".webm", ".au", ".aiff", ".aif",
})

MIN_DURATION_S = 0.5
SILENCE_PEAK = 1e-4
"""A peak below this (-80 dBFS) is digital silence: nothing to transcribe or judge."""


class AudioError(ValueError):
    """A recording that cannot be used; the message is one line naming the problem."""


@dataclass
class Audio:
    samples: np.ndarray
    """float32, shape [channels, frames], in [-1, 1]."""
    sample_rate: int
    codec: str
    """What decoded it and the container's sub-type, e.g. 'soundfile:ULAW'."""

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return self.samples.shape[1] / float(self.sample_rate)

    def mono(self) -> np.ndarray:
        return self.samples.mean(axis=0) if self.channels > 1 else self.samples[0]


def is_audio_file(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_EXTENSIONS


def header_duration(path: Path) -> Optional[float]:
    """The recording's length from its header alone (no decoding), or None if unknown."""
    import soundfile as sf

    try:
        with _c_stderr_to_log():
            return float(sf.info(str(path)).duration)
    except Exception:  # not a libsndfile format (m4a, amr) or unreadable
        pass
    try:
        import av

        with av.open(str(path)) as container:
            return container.duration / 1e6 if container.duration else None
    except Exception:  # garbage: the decoder will say what is wrong with it
        return None


def _decode_soundfile(path: Path) -> Audio:
    import soundfile as sf

    with sf.SoundFile(str(path)) as f:
        data = f.read(dtype="float32", always_2d=True)
        return Audio(np.ascontiguousarray(data.T), int(f.samplerate), f"soundfile:{f.subtype}")


def _decode_av(path: Path) -> Audio:
    # PyAV (a faster-whisper dependency) covers what libsndfile does not: m4a/aac, amr, wma.
    import av

    with av.open(str(path)) as container:
        streams = container.streams.audio
        if not streams:
            raise AudioError("no audio stream")
        stream = streams[0]
        rate = int(stream.codec_context.sample_rate or stream.rate)
        channels = int(stream.codec_context.channels or 1)
        resampler = av.AudioResampler(format="fltp", layout=stream.layout.name, rate=rate)
        chunks = []
        for frame in container.decode(stream):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray())
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray())
        codec = f"av:{stream.codec_context.name}"
    if not chunks:
        raise AudioError("no audio samples")
    data = np.concatenate(chunks, axis=1).astype(np.float32)
    return Audio(data[:channels], rate, codec)


MAX_CHANNELS = 2
"""Mono, or stereo with agent and customer on their own channels."""


@contextmanager
def _c_stderr_to_log() -> Iterator[None]:
    """Route what C libraries write to stderr (libmpg123's "Note: Illegal Audio-MPEG-Header"
    for every broken MP3) into the debug log, so the night's stderr holds one line per bad
    file. Python's own ``sys.stderr`` is untouched."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no file descriptor 2 (embedded): nothing to catch
        yield
        return
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            chatter = sink.read().decode("utf-8", "replace").strip()
            if chatter:
                logger.debug("decoder said: %s", " | ".join(chatter.splitlines()[:5]))


def _unreadable(path: Path) -> Optional[str]:
    """Why the file cannot be opened at all, in words (not a decoder's guess)."""
    if path.is_symlink() and not path.exists():
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "symbolic link loop"
        return "broken symbolic link (its target does not exist)"
    try:
        with open(path, "rb") as f:
            f.read(1)
    except PermissionError:
        return "permission denied"
    except IsADirectoryError:
        return "a folder, not a file"
    except OSError as exc:
        return f"cannot read file ({exc.strerror})"
    return None


def _decoder_said(exc: Exception, path: Path) -> str:
    text = (str(exc).splitlines() or [type(exc).__name__])[0]
    # The decoders repeat the path, and libsndfile says "File does not exist or is not a
    # regular file" for an MP3 it cannot parse: the file exists, its contents are the problem.
    text = text.replace(f"'{path}'", "").replace(str(path), "").replace("Error opening : ", "")
    if "does not exist" in text:
        text = "format not recognised"
    return re.sub(r"\[Errno -?\d+\] ", "", text).strip(" :.")


def decode(path: Path) -> Audio:
    """Decode a recording; raise AudioError with a one-line reason if it is unusable."""
    path = Path(path)
    problem = _unreadable(path)
    if problem:
        raise AudioError(problem)
    if path.stat().st_size == 0:
        raise AudioError("empty file (0 bytes)")
    errors = []
    audio = None
    for decoder in (_decode_soundfile, _decode_av):
        try:
            with _c_stderr_to_log():
                audio = decoder(path)
            break
        except AudioError:
            raise
        except Exception as exc:  # decoders raise many types for garbage input
            errors.append(f"{decoder.__name__.removeprefix('_decode_')}: "
                          f"{_decoder_said(exc, path)}")
    if audio is None:
        raise AudioError("not a readable audio file: not audio data ("
                         + "; ".join(errors)[:200] + ")")
    if audio.channels > MAX_CHANNELS:
        raise AudioError(f"{audio.channels} channels: expected mono, or stereo with agent and "
                         f"customer on their own channels")
    if audio.samples.size == 0 or audio.duration_s < MIN_DURATION_S:
        raise AudioError(f"too short or truncated ({audio.duration_s:.2f} s of audio)")
    if not np.isfinite(audio.samples).all():
        raise AudioError("corrupt samples (NaN or infinite values)")
    if float(np.abs(audio.samples).max()) < SILENCE_PEAK:
        raise AudioError(f"silent recording (no signal in {audio.duration_s:.1f} s)")
    logger.debug("decoded %s: %d ch, %d Hz, %.1f s, %s", path, audio.channels,
                 audio.sample_rate, audio.duration_s, audio.codec)
    return audio


def resample(audio: Audio, rate: int = TARGET_RATE) -> Audio:
    """Resample every channel once, to the rate all models share."""
    if audio.sample_rate == rate:
        return audio
    import soxr

    data = soxr.resample(audio.samples.T, audio.sample_rate, rate, quality="HQ").T
    return Audio(np.ascontiguousarray(data, dtype=np.float32), rate, audio.codec)
