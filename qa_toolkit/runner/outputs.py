"""The CSV summaries of a run folder, and file names that fit any file system.

OUT/calls/<id>.json is the record; OUT/calls/<id>.html, index.html and the CSV summaries are
derived from the JSON files and the ledger, so a killed run loses nothing: the next run
rebuilds them.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path
from typing import Any, Iterable

from qa_toolkit.cells import neutralise_cell
from qa_toolkit.runfolder import atomic_write
from qa_toolkit.types import Call, r2

CALL_COLUMNS = ("call_id", "source", "agent_id", "team", "started_at", "business_type",
                "customer_tier", "duration_s", "channels", "score", "hit_count", "points_lost",
                "review_count", "flags", "role_confidence", "model", "rule_pack",
                "rule_pack_version")
HIT_COLUMNS = ("call_id", "agent_id", "team", "started_at", "rule_id", "severity", "points",
               "start", "end", "role", "evidence", "message")
ERROR_COLUMNS = ("file", "call_id", "stage", "reason")


_HASH_CHARS = 10


def capped_name(name: str, identifier: str, max_bytes: int) -> str:
    """``name`` if it fits in ``max_bytes`` of UTF-8, else cut (on a character boundary) and
    ended with a short hash of ``identifier``: two long ids that share their beginning must
    not share a file (the second would overwrite the first). File systems allow 255 bytes
    per name, and a CJK character takes 3."""
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    suffix = "-" + hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:_HASH_CHARS]
    head = name.encode("utf-8")[:max_bytes - len(suffix)].decode("utf-8", "ignore")
    return head + suffix


def _csv_text(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutralise_cell("" if v is None else v) for k, v in row.items()})
    # UTF-8 with BOM so that Excel on a Chinese Windows desktop shows the characters.
    return "\ufeff" + buf.getvalue()


def call_row(call: Call) -> dict[str, Any]:
    return {
        "call_id": call.call_id, "source": call.source, "agent_id": call.meta.agent_id,
        "team": call.meta.team, "started_at": call.meta.started_at,
        "business_type": call.business_type, "customer_tier": call.meta.customer_tier,
        "duration_s": r2(call.duration_s), "channels": call.channels,
        "score": None if call.score is None else call.score.score,
        "hit_count": len(call.hits),
        "points_lost": round(sum(h.points for h in call.hits), 2),
        "review_count": len(call.review), "flags": ";".join(sorted(call.flags)),
        "role_confidence": call.diarization.get("role_confidence"),
        "model": call.model, "rule_pack": call.rule_pack["id"],
        "rule_pack_version": call.rule_pack["version"],
    }


def hit_rows(call: Call) -> list[dict[str, Any]]:
    base = {"call_id": call.call_id, "agent_id": call.meta.agent_id, "team": call.meta.team,
            "started_at": call.meta.started_at}
    return [dict(base, **{k: v for k, v in h.to_dict().items() if k in HIT_COLUMNS})
            for h in call.hits]


def write_summaries(out: Path, calls: list[Call], errors: list[dict[str, Any]]) -> None:
    calls = sorted(calls, key=lambda c: c.call_id)
    atomic_write(out / "calls.csv", _csv_text(CALL_COLUMNS, (call_row(c) for c in calls)))
    atomic_write(out / "rule_hits.csv",
                 _csv_text(HIT_COLUMNS, (r for c in calls for r in hit_rows(c))))
    atomic_write(out / "errors.csv", _csv_text(ERROR_COLUMNS, sorted(
        errors, key=lambda e: (e["file"], e.get("stage") or ""))))
