"""Real-time factor: bare faster-whisper vs the whole qa-toolkit pipeline, same files, one run.

    .venv/bin/python bench/rtf.py [FILES_OR_FOLDERS ...] [--threads 2] [--repeat 1]

Prints, per file and in total: audio seconds, bare ASR seconds (decoding the file, then
faster-whisper with the same model, options and batched decoding the pipeline uses, nothing
else), pipeline seconds per stage, and the ratio pipeline / bare (target ≤ 1.15). Both sides
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
    args = parser.parse_args()

    files = discover(args.inputs)
    if args.limit:
        files = files[:args.limit]
    pipeline = CallPipeline(PipelineOptions(threads=args.threads)).load()
    whisper = pipeline.transcriber.batched or pipeline.transcriber.model
    opts = pipeline.transcriber.options

    total_audio = total_bare = total_pipe = 0.0
    stage_totals: dict[str, float] = {}
    print(f"{'file':<32} {'audio_s':>8} {'bare_s':>8} {'pipe_s':>8} {'ratio':>6}  stages")
    for path in files:
        started = time.perf_counter()
        audio16 = resample(decode(path)).mono()
        kwargs = dict(language=opts.language, beam_size=opts.beam_size, temperature=0.0,
                      word_timestamps=True, vad_filter=True, initial_prompt=opts.initial_prompt,
                      hotwords=opts.hotwords, condition_on_previous_text=False)
        if pipeline.transcriber.batched is not None:
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
        total_audio += call.duration_s
        total_bare += bare
        total_pipe += pipe
        print(f"{path.name[:32]:<32} {call.duration_s:8.1f} {bare:8.2f} {pipe:8.2f} "
              f"{pipe / bare:6.3f}  " + " ".join(f"{k}={v:.2f}" for k, v in timings.items()))
    if not files:
        print("no audio files found")
        return
    print(f"{'TOTAL':<32} {total_audio:8.1f} {total_bare:8.2f} {total_pipe:8.2f} "
          f"{total_pipe / total_bare:6.3f}  "
          + " ".join(f"{k}={v:.2f}" for k, v in stage_totals.items()))
    print(f"RTF bare={total_bare / total_audio:.3f} pipeline={total_pipe / total_audio:.3f} "
          f"overhead={(total_pipe / total_bare - 1) * 100:.1f}%")


if __name__ == "__main__":
    main()
