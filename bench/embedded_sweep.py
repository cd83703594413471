"""Sweep the embedded diarizer's knobs: DER on pyannote's phone sample and the samples/ mono
mixes, and CPU seconds per audio second, for each setting given.

    .venv/bin/python bench/embedded_sweep.py default= "short=embed_max_s=0.75" \\
        "coarse=seg_step_s=7.5,embed_max_s=0.75"

Each argument is NAME=FIELD=VALUE,... over ``EmbeddedParams`` (empty = the defaults). One
torch thread, collar 0.25 s, overlap scored, two speakers, as ``bench/der.py``.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from der import _annotation, _hyp  # noqa: E402

from qa_toolkit.audio import decode, resample  # noqa: E402
from qa_toolkit.speakers import embedded, networks  # noqa: E402


def _params(spec: str) -> embedded.EmbeddedParams:
    fields = {}
    for item in filter(None, spec.split(",")):
        key, value = item.split("=", 1)
        kind = type(getattr(embedded.EmbeddedParams, key))
        fields[key] = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
    return embedded.EmbeddedParams(**fields)


def main() -> None:
    warnings.filterwarnings("ignore")
    import torch
    from pyannote.metrics.diarization import DiarizationErrorRate
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    threadpool_limits(1, "blas")
    configs = dict(arg.split("=", 1) for arg in sys.argv[1:]) or {"default": ""}
    sample = ROOT / "tests" / "data" / "pyannote_sample"
    data = [("pyannote", resample(decode(sample / "sample.wav")).mono(), _annotation(
        [(float(p[3]), float(p[3]) + float(p[4]), p[7]) for p in
         (line.split() for line in (sample / "sample.rttm").read_text().splitlines())]))]
    for path in sorted((ROOT / "samples" / "truth").glob("*.json")):
        truth = json.loads(path.read_text())
        data.append((truth["call_id"], resample(decode(ROOT / "samples" / truth["files"]["mono"])).mono(),
                     _annotation([(t["start"], t["end"], t["role"]) for t in truth["turns"]])))
    networks.load_models()
    embedded.diarize_mono(data[0][1][:16000 * 20], 2, 4)  # warm-up
    print(f"{'setting':30} {'pyannote DER':>13} {'samples DER':>12} {'cpuRTF':>7}")
    for name, spec in configs.items():
        params = _params(spec)
        on_sample = DiarizationErrorRate(collar=0.25, skip_overlap=False)
        on_mixes = DiarizationErrorRate(collar=0.25, skip_overlap=False)
        cpu = audio = 0.0
        for call_id, wave, reference in data:
            started = time.process_time()
            result = embedded.diarize_mono(wave, 2, 4, params)
            cpu += time.process_time() - started
            audio += len(wave) / 16000
            (on_sample if call_id == "pyannote" else on_mixes)(reference, _hyp(result))
        print(f"{name:30} {abs(on_sample):13.4f} {abs(on_mixes):12.4f} {cpu / audio:7.4f}",
              flush=True)


if __name__ == "__main__":
    main()
