"""Diarization accuracy and cost: DER/JER (collar 0.25 s, overlap scored), role-time error,
role-assignment accuracy and the real-time factor of the speakers stage.

    .venv/bin/python bench/der.py [--threads 1] [--samples samples] [--asr]

Files:
- tests/data/pyannote_sample/sample.wav against sample.rttm (real English phone call, mono);
- samples/mono/*.ogg|flac against samples/truth/<id>.json turns (speaker = truth role);
- samples/stereo/*.ogg|flac: channel split + agent channel from the truth file, scored as
  role-time error (pyannote IdentificationErrorRate: no label mapping, collar 0.25 s).

Roles on mono need words: by default the truth text is spread over the truth turn times (this
measures diarization + role logic, not ASR); --asr uses the real transcriber instead.
RTF = CPU seconds of `speakers.diarize` / audio seconds (process time, so that other jobs on a
shared machine do not inflate it), plus wall time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from qa_toolkit import speakers  # noqa: E402
from qa_toolkit.audio import decode, resample  # noqa: E402
from qa_toolkit.truth import truth_words  # noqa: E402
from qa_toolkit.types import Diarization  # noqa: E402

COLLAR = 0.25


def _annotation(rows):
    from pyannote.core import Annotation, Segment

    ann = Annotation()
    for start, end, label in rows:
        if end > start:
            ann[Segment(start, end)] = label
    return ann


def _hyp(diarization: Diarization, labels: dict[str, str] | None = None):
    return _annotation([(s.start, s.end, (labels or {}).get(s.speaker, s.speaker))
                        for s in diarization.segments])


def _timed_diarize(samples: np.ndarray, options: speakers.DiarizationOptions):
    cpu, wall = time.process_time(), time.perf_counter()
    d = speakers.diarize(samples, 16000, options)
    return d, time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--asr", action="store_true", help="roles from real ASR words")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")

    from pyannote.metrics.diarization import DiarizationErrorRate, JaccardErrorRate
    from pyannote.metrics.identification import IdentificationErrorRate

    from qa_toolkit.rules import load_pack

    cues = load_pack("bank_zh").agent_cues()
    transcriber = None
    if args.asr:
        from qa_toolkit.transcribe import TranscribeOptions, Transcriber

        transcriber = Transcriber(TranscribeOptions(cpu_threads=args.threads))
    options = speakers.DiarizationOptions(threads=args.threads)
    from qa_toolkit.speakers.networks import load_models

    load_models()  # loading is a per-process cost, not a per-call one

    der_all = DiarizationErrorRate(collar=COLLAR, skip_overlap=False)
    jer_all = JaccardErrorRate(collar=COLLAR, skip_overlap=False)
    rows: list[tuple] = []
    audio_s = cpu_s = wall_s = 0.0
    roles_right = roles_total = 0

    def score_mono(name, samples, reference, truth_turns=None):
        nonlocal audio_s, cpu_s, wall_s, roles_right, roles_total
        d, cpu, wall = _timed_diarize(samples, options)
        dur = samples.shape[-1] / 16000
        audio_s, cpu_s, wall_s = audio_s + dur, cpu_s + cpu, wall_s + wall
        der = der_all(reference, _hyp(d))
        jer = jer_all(reference, _hyp(d))
        role_ok = ""
        if truth_turns is not None:
            if transcriber is not None:
                words = transcriber.transcribe(samples.mean(axis=0)).words
            else:
                words = truth_words(truth_turns)
            turns = speakers.attribute_words(words, d)
            roles = speakers.assign_roles(turns, d, agent_channel=None, agent_cues=cues)
            # The diarized speaker that overlaps the truth agent most must be called agent.
            truth_agent = _annotation([(t["start"], t["end"], "agent") for t in truth_turns
                                       if t["role"] == "agent"]).get_timeline()
            best = max(d.speakers, default=None, key=lambda s: sum(
                seg.duration for seg in _annotation(
                    [(x.start, x.end, s) for x in d.segments if x.speaker == s]
                ).get_timeline().crop(truth_agent)))
            ok = best is not None and roles.mapping.get(best) == "agent"
            roles_right += int(ok)
            roles_total += 1
            role_ok = f"{'ok' if ok else 'WRONG'} ({roles.confidence:.2f})"
        rows.append((name, "mono", len(d.speakers), der, jer, role_ok, cpu / dur, wall / dur))

    # pyannote's real phone sample
    sample = ROOT / "tests" / "data" / "pyannote_sample"
    audio = resample(decode(sample / "sample.wav"))
    ref = _annotation([(float(p[3]), float(p[3]) + float(p[4]), p[7]) for p in
                       (line.split() for line in (sample / "sample.rttm").read_text().splitlines())])
    score_mono("pyannote/sample", audio.samples, ref)

    truth_dir = args.samples / "truth"
    ier_all = IdentificationErrorRate(collar=COLLAR, skip_overlap=False)
    stereo_rows = []
    for truth_path in sorted(truth_dir.glob("*.json")) if truth_dir.is_dir() else []:
        truth = json.loads(truth_path.read_text())
        turns = truth["turns"]
        reference = _annotation([(t["start"], t["end"], t["role"]) for t in turns])
        files = truth.get("files") or {}
        mono = args.samples / files["mono"] if files.get("mono") else None
        if mono and mono.is_file():
            audio = resample(decode(mono))
            score_mono(truth["call_id"], audio.samples, reference, turns)
        stereo = args.samples / files["stereo"] if files.get("stereo") else None
        if stereo and stereo.is_file():
            audio = resample(decode(stereo))
            d, cpu, wall = _timed_diarize(audio.samples, options)
            roles = speakers.assign_roles([], d, agent_channel=int(truth.get("agent_channel", 0)),
                                          agent_cues=cues)
            ier = ier_all(reference, _hyp(d, roles.mapping))
            stereo_rows.append((truth["call_id"], ier, cpu / audio.duration_s))

    print(f"{'file':28} {'kind':6} {'spk':>3} {'DER':>7} {'JER':>7}  {'role':14} "
          f"{'cpuRTF':>7} {'wallRTF':>7}")
    for name, kind, n, der, jer, role, cpu_rtf, wall_rtf in rows:
        print(f"{name:28} {kind:6} {n:>3} {der:7.4f} {jer:7.4f}  {role:14} "
              f"{cpu_rtf:7.4f} {wall_rtf:7.4f}")
    print(f"{'OVERALL mono':28} {'':6} {'':>3} {abs(der_all):7.4f} {abs(jer_all):7.4f}  "
          f"{f'{roles_right}/{roles_total} roles':14} {cpu_s / audio_s:7.4f} "
          f"{wall_s / audio_s:7.4f}")
    if stereo_rows:
        print()
        print(f"{'stereo file':28} {'role-time error':>16} {'cpuRTF':>8}")
        for name, ier, rtf in stereo_rows:
            print(f"{name:28} {ier:16.4f} {rtf:8.4f}")
        print(f"{'OVERALL stereo':28} {abs(ier_all):16.4f}")
    print(f"\nthreads={args.threads}  collar={COLLAR}s  overlap scored  "
          f"roles from {'ASR words' if args.asr else 'truth text'}")


if __name__ == "__main__":
    main()
