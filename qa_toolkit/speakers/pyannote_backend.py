"""``--diarization pyannote``: a pyannote.audio pipeline for users who have one.

pyannote.audio is an optional extra (``pip install qa-toolkit[pyannote]``) because torchaudio
pins a torch other than the CPU build qa-toolkit pins; it is imported lazily and nothing is
downloaded unless the user passes a hub id together with a token.
"""

from __future__ import annotations

import functools
import logging
from typing import Optional

import numpy as np

from ..types import Diarization, SpeakerSegment

log = logging.getLogger(__name__)

INSTALL_HINT = ("install it with `pip install qa-toolkit[pyannote]` in an environment whose "
                "torch matches torchaudio")


class PyannoteUnavailable(ValueError):
    """pyannote.audio or the requested pipeline cannot be used here; message is one line."""


@functools.lru_cache(maxsize=4)
def _load(pipeline: str, token: Optional[str]):
    try:
        from pyannote.audio import Pipeline
    except Exception as exc:  # ImportError, or a torch/torchaudio ABI mismatch at import
        raise PyannoteUnavailable(
            f"--diarization pyannote needs pyannote.audio ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'not importable'}); {INSTALL_HINT}") from None
    try:
        try:
            loaded = Pipeline.from_pretrained(pipeline, token=token)
        except TypeError:  # pyannote.audio 3.x spells it use_auth_token
            loaded = Pipeline.from_pretrained(pipeline, use_auth_token=token)
    except Exception as exc:
        raise PyannoteUnavailable(
            f"cannot load pyannote pipeline {pipeline!r} offline "
            f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); pass a local "
            f"pipeline folder with --pyannote-pipeline, or a hub id plus a token") from None
    if loaded is None:
        raise PyannoteUnavailable(f"pyannote pipeline {pipeline!r} is gated or missing; "
                                  "accept its conditions on the hub and pass a token")
    return loaded


def diarize_pyannote(wave: np.ndarray, sample_rate: int, pipeline: Optional[str],
                     token: Optional[str], num_speakers: Optional[int],
                     max_speakers: int, threads: int) -> Diarization:
    """Run the pipeline on one mono 16 kHz signal and convert its annotation."""
    if not pipeline:
        raise PyannoteUnavailable("--diarization pyannote needs --pyannote-pipeline "
                                  "(a local pipeline folder or a hub id)")
    model = _load(pipeline, token)
    import torch

    from .embedded import torch_threads

    kwargs = {"num_speakers": num_speakers} if num_speakers else {"max_speakers": max_speakers}
    with torch_threads(threads):
        output = model({"waveform": torch.from_numpy(np.asarray(wave, dtype=np.float32))[None],
                        "sample_rate": sample_rate}, **kwargs)
    # pyannote.audio 4 returns a DiarizeOutput; 3.x returns the Annotation itself.
    annotation = getattr(output, "speaker_diarization", output)
    segments = [SpeakerSegment(start=float(seg.start), end=float(seg.end), speaker=str(label))
                for seg, _, label in annotation.itertracks(yield_label=True)]
    segments.sort(key=lambda s: (s.start, s.end))
    overlap = annotation.get_overlap()
    return Diarization(segments=segments, backend="pyannote",
                       speakers=sorted({s.speaker for s in segments}),
                       overlap=[(float(s.start), float(s.end)) for s in overlap])
