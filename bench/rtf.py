"""Real-time factor: bare faster-whisper vs the whole qa-toolkit pipeline, same files, one run.

    .venv/bin/python bench/rtf.py [FILES_OR_FOLDERS ...] [--threads 2] [--bare sequential]

Prints, per file, per kind (mono, stereo) and in total: audio seconds, bare ASR seconds
(decoding the file, then faster-whisper with the same model and language, word timestamps
and Silero VAD, nothing else: ``--bare sequential``, the default, is plain
``WhisperModel.transcribe`` as a user would call it; ``--bare batched`` is the batched
pipeline the toolkit itself uses), pipeline seconds per stage, and the ratio pipeline / bare
(issue #18's targets: ≤ 1.0 on mono calls, ≤ 1.1 on stereo calls against sequential). Both sides
start from the file and decode it the same way (faster-whisper's own decoder downmixes stereo
differently, which changes what Whisper hears and how long it takes); models load before
timing starts.
``diarize_busy`` is the diarizer's own wall time; with 2+ threads it runs beside ASR, so it
is not added to the total (``asr`` then includes what sharing the cores costs ASR).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_toolkit.audio import decode, resample  # noqa: E402
from qa_toolkit.pipeline import CallPipeline, PipelineOptions  # noqa: E402
from qa_toolkit.runner.plan import discover  # noqa: E402
from qa_toolkit.types import CallMeta  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path,
                        default=[ROOT / "samples" / "stereo", ROOT / "samples" / "mono"])
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0, help="at most this many files")
    parser.add_argument("--bare", choices=("sequential", "batched"), default="sequential")
    args = parser.parse_args()

    files = discover(args.inputs)
    if args.limit:
        files = files[:args.limit]
    pipeline = CallPipeline(PipelineOptions(threads=args.threads)).load()
    batched = args.bare == "batched" and pipeline.transcriber.batched is not None
    whisper = pipeline.transcriber.batched if batched else pipeline.transcriber.model
    opts = pipeline.transcriber.options

    total_audio = total_bare = total_pipe = 0.0
    stage_totals: dict[str, float] = {}
    by_kind: dict[str, list[float]] = {}
    print(f"{'file':<32} {'audio_s':>8} {'bare_s':>8} {'pipe_s':>8} {'ratio':>6}  stages")
    for path in files:
        started = time.perf_counter()
        audio16 = resample(decode(path)).mono()
        kwargs = dict(language=opts.language, beam_size=opts.beam_size, temperature=0.0,
                      word_timestamps=True, vad_filter=True, initial_prompt=opts.initial_prompt,
                      hotwords=opts.hotwords, condition_on_previous_text=False)
        if batched:
            kwargs["batch_size"] = opts.batch_size
        segments, _ = whisper.transcribe(audio16, **kwargs)
        list(segments)
        bare = time.perf_counter() - started
        started = time.perf_counter()
        call = pipeline.process(path, CallMeta(call_id=path.stem))
        pipe = time.perf_counter() - started
        timings = call.timings
        for k, v in timings.items():
            stage_totals[k] = stage_totals.get(k, 0.0) + v
        kind = "stereo" if call.channels >= 2 else "mono"
        sums = by_kind.setdefault(kind, [0.0, 0.0, 0.0])
        sums[0] += call.duration_s
        sums[1] += bare
        sums[2] += pipe
        total_audio += call.duration_s
        total_bare += bare
        total_pipe += pipe
        print(f"{path.name[:32]:<32} {call.duration_s:8.1f} {bare:8.2f} {pipe:8.2f} "
              f"{pipe / bare:6.3f}  " + " ".join(f"{k}={v:.2f}" for k, v in timings.items()))
    if not files:
        print("no audio files found")
        return
    for kind, (audio_s, bare_s, pipe_s) in sorted(by_kind.items()):
        print(f"{kind.upper():<32} {audio_s:8.1f} {bare_s:8.2f} {pipe_s:8.2f} "
              f"{pipe_s / bare_s:6.3f}")
    print(f"{'TOTAL':<32} {total_audio:8.1f} {total_bare:8.2f} {total_pipe:8.2f} "
          f"{total_pipe / total_bare:6.3f}  "
          + " ".join(f"{k}={v:.2f}" for k, v in stage_totals.items()))
    print(f"bare = {args.bare} faster-whisper; "
          f"RTF bare={total_bare / total_audio:.3f} pipeline={total_pipe / total_audio:.3f} "
          f"overhead={(total_pipe / total_bare - 1) * 100:.1f}%")


if __name__ == "__main__":
    main()
