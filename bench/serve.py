"""The review console's list and search pages over a store of N synthetic calls; prints the
median milliseconds per page (over HTTP, from a `qa-toolkit serve` subprocess).

    .venv/bin/python bench/serve.py                      # 100,000 calls
    .venv/bin/python bench/serve.py --calls 20000 --keep /tmp/bench-serve

The calls are bench/ingest.py's synthetic calls (500 agents, 10 teams, three months, 0-5
hits), each with three turns drawn from the real transcripts of tests/data/pipeline_calls
and one sentence naming its own ticket number, so a search can match one call or thousands.
Not timed: generating, ingesting and indexing the transcripts (the first start of serve).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from ingest import synthetic_call  # noqa: E402  (bench/ingest.py, this script's folder)
from console_fixtures import PASSWORD, Client, serving  # noqa: E402

from qa_toolkit.console_users import add_user  # noqa: E402
from qa_toolkit.store import Store  # noqa: E402


def write_calls(calls_dir: Path, n: int) -> None:
    rng = random.Random(11)
    pool = [t for f in sorted((ROOT / "tests" / "data" / "pipeline_calls").glob("*.json"))
            for t in json.loads(f.read_text(encoding="utf-8"))["turns"]]
    for i in range(n):
        call = synthetic_call(i, rng)
        turns = [dict(t, words=[]) for t in rng.sample(pool, 3)]
        turns.append({"speaker": "S0", "role": "agent", "start": 90.0, "end": 93.0,
                      "text": f"您的工单号是第{i}号", "words": []})
        call["turns"] = call["turns"] + turns
        (calls_dir / f"call{i:07d}.json").write_text(json.dumps(call, ensure_ascii=False),
                                                     encoding="utf-8")


def search(phrase: str) -> str:
    return "/calls?q=" + urllib.parse.quote(phrase)


def median_ms(client: Client, path: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        reply = client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        assert reply.status == 200, (path, reply.status)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="Work folder to keep (default: a temp dir).")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qa-bench-serve-"))
    db = work / "history.sqlite"
    try:
        if not db.is_file():
            calls_dir = work / "out" / "calls"
            calls_dir.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            write_calls(calls_dir, args.calls)
            with Store(db) as store:
                store.ingest(work / "out")
                add_user(store, "bench", "qa", PASSWORD)
            print(f"generated and ingested {args.calls} calls in "
                  f"{time.perf_counter() - t0:.0f} s (not timed below)")
        t0 = time.perf_counter()
        with serving(db) as (port, _):
            print(f"serve started (transcripts indexed) in {time.perf_counter() - t0:.1f} s")
            client = Client(port)
            client.logged_in("bench")
            first = client.get("/calls").text
            probe = min(31337, args.calls - 1)
            cursor = "/calls?" + urllib.parse.urlencode({"after": "2026-10-15T12:00:00\tcall0"})
            pages = {
                "calls, first page": "/calls",
                "calls, a page deep in October (keyset)": cursor,
                "calls of one agent": "/calls?agent=A123",
                "calls of one team and month": "/calls?team=T3&from=2026-11-01&to=2026-11-30",
                "calls with a rule hit": "/calls?rule=identity.not_verified",
                "calls scoring 80-90": "/calls?min=80&max=90",
                "calls needing review (none)": "/calls?state=review",
                "search: one call's ticket number": search(f"第{probe}号"),
                "search: a common phrase": search("很高兴为您服务"),
                "search: two characters (no index)": search("投诉"),
                "call page": f"/call?id=call{probe:07d}",
            }
            assert "call-link" in first
            print(f"{args.calls} calls, median of {args.repeat} requests each:")
            for label, path in pages.items():
                print(f"  {label:<42} {median_ms(client, path, args.repeat):8.1f} ms")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
