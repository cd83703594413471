"""The recording of a per-call page: its copy in ``OUT/audio/`` (a run folder that plays
wherever it is copied), or inside the page for ``--embed-audio`` (pages mailed alone)."""

from __future__ import annotations

import base64
import io
import logging
import os
import shutil
from pathlib import Path

from qa_toolkit.audio import decode, resample
from qa_toolkit.runfolder import atomic_path

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


AUDIO_DIR = "audio"
"""The run's own copies of its recordings, beside ``calls/``."""


def bundled_audio_path(out_dir: Path, page_stem: str, source: str | Path) -> Path:
    """Where the run keeps a call's recording: ``OUT/audio/<page name><suffix>``."""
    return Path(out_dir) / AUDIO_DIR / f"{page_stem}{Path(source).suffix.lower()}"


def bundle_audio(source: Path, target: Path) -> Path:
    """Put the recording at ``target``: a hard link (no extra disk), else a copy (another
    file system, or links not allowed). An existing target of the same size is kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return target
    with atomic_path(target) as tmp:
        tmp.unlink()
        try:
            os.link(source, tmp)
        except OSError:
            shutil.copyfile(source, tmp)
    return target


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
