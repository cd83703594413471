"""Where a run's time goes: per-stage wall time over a run folder, mono and stereo apart.

    .venv/bin/python bench/profile.py OUT [OUT ...]

Reads each call's stage timings from the run's ledger (what `qa-toolkit run` recorded as it
went: decode, asr, speakers, metrics, rules; ``diarize_busy`` is the diarizer's own time,
which overlaps ASR on mono calls with 2+ threads and is not added to the total) and prints,
per group, the median seconds per call of every stage, its share of the wall time, and the
wall seconds per audio hour. Run with the cores the night will have (the ledger records wall
time, so a busy machine inflates every figure alike).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
from pathlib import Path


def rows(out: Path) -> list[tuple[str, float, float, dict[str, float]]]:
    db = sqlite3.connect(f"file:{out / 'ledger.sqlite'}?mode=ro", uri=True)
    try:
        found = db.execute("SELECT call_id, audio_s, wall_s, timings FROM calls "
                           "WHERE status = 'done' AND timings IS NOT NULL").fetchall()
    finally:
        db.close()
    return [(c, a or 0.0, w or 0.0, json.loads(t) or {}) for c, a, w, t in found]


def group_of(out: Path, call_id: str) -> str:
    """stereo or mono, from the call's JSON (channels)."""
    try:
        return "stereo" if json.loads((out / "calls" / f"{call_id}.json").read_text("utf-8"))[
            "channels"] >= 2 else "mono"
    except (OSError, ValueError, KeyError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    args = parser.parse_args()
    for out in args.runs:
        groups: dict[str, list] = {}
        for call_id, audio_s, wall_s, timings in rows(out):
            groups.setdefault(group_of(out, call_id), []).append((audio_s, wall_s, timings))
        print(f"== {out}")
        for name, calls in sorted(groups.items()):
            stages = sorted({k for _, _, t in calls for k in t}, key=lambda k: (k == "diarize_busy", k))
            audio = sum(a for a, _, _ in calls)
            wall = sum(w for _, w, _ in calls)
            print(f"{name}: {len(calls)} calls, {audio / 60:.1f} audio min, wall {wall:.1f} s, "
                  f"{wall / audio * 3600:.0f} wall s per audio hour (RTF {wall / audio:.3f})")
            print(f"  {'stage':<14} {'median s':>9} {'total s':>9} {'share':>7}")
            for stage in stages:
                values = [t.get(stage, 0.0) for _, _, t in calls]
                total = sum(values)
                share = "" if stage == "diarize_busy" else f"{total / wall:7.1%}"
                print(f"  {stage:<14} {statistics.median(values):9.3f} {total:9.1f} {share:>7}")


if __name__ == "__main__":
    main()
