"""The recording inside a per-call page, for ``--embed-audio`` (pages mailed or archived alone)."""

from __future__ import annotations

import base64
import io
import logging
from pathlib import Path

from qa_toolkit.audio import decode, resample

log = logging.getLogger(__name__)

EMBED_AS_IS_MAX_BYTES = 512 * 1024
"""A compressed recording up to this size goes into the page unchanged."""

OPUS_RATES = (8000, 12000, 16000, 24000, 48000)
"""The only sample rates an Opus stream can carry."""

_MIME = {
    ".wav": "audio/wav", ".wave": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".m4a": "audio/mp4",
    ".mp4": "audio/mp4", ".aac": "audio/aac", ".webm": "audio/webm", ".amr": "audio/amr",
}

_BROWSER_COMPRESSED = {".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm"}
"""Compressed formats every Chromium/Firefox plays; WAV may be µ-law, which they do not."""


def mime_type(path: Path) -> str:
    return _MIME.get(path.suffix.lower(), "application/octet-stream")


def embedded_audio(path: Path) -> tuple[str, str]:
    """A ``data:`` URI and its MIME type: the file itself if small, else Ogg/Opus.

    Opus keeps telephone speech intelligible at a few kB per second, so a ten-minute call
    adds well under a megabyte to the page.
    """
    if path.suffix.lower() in _BROWSER_COMPRESSED and path.stat().st_size <= EMBED_AS_IS_MAX_BYTES:
        mime, payload = mime_type(path), path.read_bytes()
    else:
        import soundfile as sf

        audio = decode(path)
        if audio.sample_rate not in OPUS_RATES:
            audio = resample(audio, min(r for r in OPUS_RATES if r >= min(audio.sample_rate,
                                                                          48000)))
        buf = io.BytesIO()
        sf.write(buf, audio.samples.T, audio.sample_rate, format="OGG", subtype="OPUS")
        mime, payload = "audio/ogg", buf.getvalue()
        log.debug("%s: embedded as Ogg/Opus, %d bytes", path, len(payload))
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}", mime
