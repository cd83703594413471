"""A long call through the whole pipeline: wall time, RTF and peak memory.

    .venv/bin/python bench/long_call.py [--minutes 60] [--threads 0]

Builds one mono 8 kHz recording of the requested length from the samples/ mono calls played
one after another (real speech, turns, holds and silences), runs ``CallPipeline.process`` on
it once, and prints wall seconds, RTF, words and turns found, and the process's peak resident
memory before and after (``ru_maxrss``). Decoded audio is held whole (16 kHz float32: 230 MB
per hour); everything else is processed in bounded pieces, so peak memory should grow with
the audio, not faster.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402

from qa_toolkit.audio import decode  # noqa: E402
from qa_toolkit.pipeline import CallPipeline, PipelineOptions  # noqa: E402
from qa_toolkit.types import CallMeta  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()

    pieces = [decode(p).mono() for p in sorted((ROOT / "samples" / "mono").glob("*.ogg"))]
    rate = decode(next((ROOT / "samples" / "mono").glob("*.ogg"))).sample_rate
    need = int(args.minutes * 60 * rate)
    out, have, i = [], 0, 0
    while have < need:
        piece = pieces[i % len(pieces)][: need - have]
        out.append(piece)
        have += len(piece)
        i += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-call.flac"
        sf.write(path, np.concatenate(out), rate)
        del out, pieces
        pipeline = CallPipeline(PipelineOptions(threads=args.threads)).load()
        before = _peak_mb()
        started = time.perf_counter()
        call = pipeline.process(path, CallMeta(call_id="long-call"))
        wall = time.perf_counter() - started
    words = sum(len(t.words) for t in call.turns)
    print(f"audio {call.duration_s / 60:.1f} min  wall {wall:.1f} s  RTF {wall / call.duration_s:.3f}")
    print(f"{len(call.turns)} turns, {words} words, {len(call.hits)} hits, roles "
          f"{call.diarization.get('roles')}")
    print("stages: " + " ".join(f"{k}={v:.1f}" for k, v in call.timings.items()))
    print(f"peak RSS: {before:.0f} MB after loading models, {_peak_mb():.0f} MB after the call "
          f"(+{_peak_mb() - before:.0f} MB for {call.duration_s / 60:.0f} min of audio)")


if __name__ == "__main__":
    main()
