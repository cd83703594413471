"""Nightly throughput: calls/hour and audio-hours/hour for 1 vs 2 workers and Ray vs local.

    .venv/bin/python bench/throughput.py [RECORDINGS ...] [--engines local1,local2,ray2]

Each configuration runs the real CLI into a fresh OUT folder (model loading included, as in
a nightly job) and checks that every configuration wrote byte-identical call JSON.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_toolkit.audio import decode  # noqa: E402
from qa_toolkit.runner.plan import discover  # noqa: E402

CONFIGS = {
    "local1": ["--workers", "1"],
    "local2": ["--workers", "2"],
    "ray1": ["--workers", "1", "--engine", "ray"],
    "ray2": ["--workers", "2", "--engine", "ray"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=[ROOT / "samples" / "mono"])
    parser.add_argument("--engines", default="local1,local2,ray2")
    parser.add_argument("--extra", default="", help="more `run` options, e.g. '--language en'")
    args = parser.parse_args()

    files = discover(args.inputs)
    audio_h = sum(decode(p).duration_s for p in files) / 3600
    print(f"{len(files)} files, {audio_h * 60:.1f} audio min")
    outputs = {}
    print(f"{'config':<8} {'wall_s':>8} {'calls/h':>9} {'audio_h/h':>10}")
    for name in args.engines.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            cmd = [sys.executable, "-m", "qa_toolkit.cli.app", "run", *map(str, args.inputs),
                   "--out", str(out), "--quiet", *CONFIGS[name], *args.extra.split()]
            started = time.perf_counter()
            result = subprocess.run(cmd, capture_output=True, text=True)
            wall = time.perf_counter() - started
            if result.returncode != 0:
                print(f"{name}: failed ({result.returncode}): {result.stderr.strip()[-300:]}")
                continue
            outputs[name] = {p.name: p.read_bytes() for p in (out / "calls").glob("*.json")}
        print(f"{name:<8} {wall:8.1f} {len(files) / wall * 3600:9.0f} {audio_h / wall * 3600:10.1f}")
    names = list(outputs)
    same = all(outputs[n] == outputs[names[0]] for n in names[1:])
    print("identical call JSON across configurations:", same)


if __name__ == "__main__":
    main()
