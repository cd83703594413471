"""Ingest N synthetic call JSONs into a fresh history store, then export and rank; prints seconds.

    .venv/bin/python bench/ingest.py                # 100,000 calls
    .venv/bin/python bench/ingest.py --calls 20000 --keep /tmp/bench-history
    .venv/bin/python bench/ingest.py --calls 20000 --from tests/data/pipeline_calls

The calls follow the public call-JSON contract with a short transcript and 0-5 hits of the
contract's rule ids; 500 agents in 10 teams over three months. ``--from DIR`` gives them the
transcripts (every word) and metrics of real call JSONs instead: real-sized files, where
parsing the JSON is most of the ingest. ``--pii-share`` of the hits quote a phone number in
their evidence (default 5%; 1.0 is the worst case for masking). Timed: first ingest, a second (idempotent) ingest, the Parquet copy, hit
exports by rule / team / month (CSV, Parquet and XLSX) and the matrix of the last month.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Optional

from qa_toolkit.export import export
from qa_toolkit.matrix import matrix
from qa_toolkit.store import Store

RULES = [("greeting.missing", "major", 5), ("greeting.staff_id_missing", "minor", 2),
         ("identity.not_verified", "critical", 10), ("risk.disclosure_missing", "major", 5),
         ("closing.missing", "minor", 3), ("etiquette.interruption", "minor", 2),
         ("etiquette.jargon", "minor", 2), ("etiquette.forbidden_phrase", "major", 5),
         ("etiquette.dead_air", "minor", 2), ("hold.no_notice", "minor", 2),
         ("etiquette.speech_rate", "info", 0), ("emotion.agent_negative", "major", 5),
         ("emotion.customer_negative", "info", 0), ("risk.keyword_alert", "info", 0)]
MONTHS = ("2026-09", "2026-10", "2026-11")


def synthetic_call(i: int, rng: random.Random, template: Optional[dict] = None,
                   pii_share: float = 0.05) -> dict:
    agent = rng.randrange(500)
    hits = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5))):
        rule, severity, points = rng.choice(RULES)
        t = round(rng.uniform(0, 240), 2)
        hits.append({"rule_id": rule, "severity": severity, "points": points, "start": t,
                     "end": round(t + 2.5, 2), "role": "agent",
                     "evidence": f"{int(t // 60):02d}:{t % 60:05.2f} 坐席: 请问您的手机号是"
                                 + (f"{13800000000 + i}吗" if rng.random() < pii_share
                                    else "尾号多少"), "message": rule})
    day = 1 + i % 28
    return {
        "schema_version": 1, "call_id": f"call{i:07d}", "source": f"rec/call{i:07d}.wav",
        "agent_id": f"A{agent:03d}", "team": f"T{agent % 10}",
        "started_at": f"{MONTHS[i % 3]}-{day:02d}T{9 + i % 9:02d}:{i % 60:02d}:00+08:00",
        "business_type": rng.choice(("card", "account", "transfer", "wealth", "complaint")),
        "customer_tier": rng.choice(("normal", "vip", "elderly")),
        "duration_s": round(rng.uniform(60, 600), 2), "channels": 2, "sample_rate": 8000,
        "model": "whisper-base", "language": "zh",
        "rule_pack": {"id": "bank_zh", "version": "1"}, "diarization": {"backend": "channel"},
        "turns": [{"speaker": "S0", "role": "agent", "start": 0.0, "end": 4.0,
                   "text": "您好，XX银行，工号8027，很高兴为您服务", "words": []},
                  {"speaker": "S1", "role": "customer", "start": 4.5, "end": 7.0,
                   "text": "我想查一下信用卡账单", "words": []}],
        "hits": hits, "review": [], "score": None, "score_detail": None, "metrics": {},
        "flags": [], "provenance": {},
    } | ({k: template[k] for k in ("turns", "metrics", "diarization", "provenance",
                                   "duration_s") if k in template} if template else {})


def _cpu() -> float:
    """CPU seconds of this process and of the worker processes it has reaped."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(label: str, fn):
    """Wall and CPU seconds: on a shared machine the CPU figure is the one that repeats."""
    t0, c0 = time.perf_counter(), _cpu()
    value = fn()
    print(f"{label:<46} {time.perf_counter() - t0:7.2f} s wall {_cpu() - c0:7.2f} s cpu")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="Work folder to keep (default: a temp dir).")
    parser.add_argument("--pii-share", type=float, default=0.05,
                        help="Share of hits whose evidence holds a phone number.")
    parser.add_argument("--from", dest="templates", type=Path,
                        help="Folder of real call JSONs whose transcripts the calls carry.")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qa-bench-ingest-"))
    out = work / "out"
    calls_dir = out / "calls"
    calls_dir.mkdir(parents=True, exist_ok=True)
    try:
        rng = random.Random(7)
        templates = ([json.loads(f.read_text(encoding="utf-8"))
                      for f in sorted(args.templates.glob("*.json"))] if args.templates else [])
        t0 = time.perf_counter()
        size = 0
        for i in range(args.calls):
            template = templates[i % len(templates)] if templates else None
            call = synthetic_call(i, rng, template, args.pii_share)
            blob = json.dumps(call, ensure_ascii=False).encode("utf-8")
            (calls_dir / f"call{i:07d}.json").write_bytes(blob)
            size += len(blob)
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"generated {args.calls} call JSONs ({size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - t0:.1f} s (not part of the figures below)")
        db = work / "history.sqlite"
        db.unlink(missing_ok=True)
        with Store(db) as store:
            first = timed(f"ingest {args.calls} calls", lambda: store.ingest(out))
            print(f"  {first.added} added, {store.conn.execute('SELECT count(*) FROM hits').fetchone()[0]} hits")
            second = timed("ingest again (idempotent, nothing changes)", lambda: store.ingest(out))
            assert second.unchanged == args.calls and second.added == 0
            timed("parquet copy of all tables", lambda: store.write_parquet(work / "parquet"))
            for by in ("rule", "team", "period"):
                for fmt in ("csv", "parquet", "xlsx"):
                    timed(f"export hits --by {by} --format {fmt}",
                          lambda: export(store, "hits", work / f"hits-{by}.{fmt}", by=by))
            timed("export calls --by team (mandated disclosures)",
                  lambda: export(store, "calls", work / "calls-team.csv", by="team"))
            timed("export hits (one row per hit) parquet",
                  lambda: export(store, "hits", work / "hits.parquet"))
            timed("matrix --period 2026-11", lambda: matrix(store, "2026-11"))
        print(f"database {db.stat().st_size / 1e6:.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
