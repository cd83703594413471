"""Everything a run writes into OUT, each file replaced atomically.

OUT/calls/<id>.json is the record; OUT/calls/<id>.html, index.html and the CSV summaries are
derived from the JSON files and the ledger, so a killed run loses nothing: the next run
rebuilds them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

from qa_toolkit.cells import neutralise_cell

CALL_COLUMNS = ("call_id", "source", "agent_id", "team", "started_at", "business_type",
                "customer_tier", "duration_s", "channels", "score", "hit_count", "points_lost",
                "review_count", "flags", "role_confidence", "model", "rule_pack",
                "rule_pack_version")
HIT_COLUMNS = ("call_id", "agent_id", "team", "started_at", "rule_id", "severity", "points",
               "start", "end", "role", "evidence", "message")
ERROR_COLUMNS = ("file", "call_id", "stage", "reason")


def _file_mode() -> int:
    """What open() would give a new file: mkstemp's 0600 would hide reports from the team."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _file_mode()


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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def call_json_bytes(call: dict[str, Any]) -> bytes:
    """Sorted keys and fixed separators: the same call gives the same bytes."""
    return (json.dumps(call, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _csv_text(columns: Iterable[str], rows: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutralise_cell("" if v is None else v) for k, v in row.items()})
    # UTF-8 with BOM so that Excel on a Chinese Windows desktop shows the characters.
    return "\ufeff" + buf.getvalue()


def call_row(call: dict[str, Any]) -> dict[str, Any]:
    return {
        "call_id": call["call_id"], "source": call["source"], "agent_id": call.get("agent_id"),
        "team": call.get("team"), "started_at": call.get("started_at"),
        "business_type": call.get("business_type"), "customer_tier": call.get("customer_tier"),
        "duration_s": call["duration_s"], "channels": call["channels"], "score": call["score"],
        "hit_count": len(call["hits"]),
        "points_lost": round(sum(h["points"] for h in call["hits"]), 2),
        "review_count": len(call.get("review", [])), "flags": ";".join(call.get("flags", [])),
        "role_confidence": call.get("diarization", {}).get("role_confidence"),
        "model": call["model"], "rule_pack": call["rule_pack"]["id"],
        "rule_pack_version": call["rule_pack"]["version"],
    }


def hit_rows(call: dict[str, Any]) -> list[dict[str, Any]]:
    base = {k: call.get(k) for k in ("call_id", "agent_id", "team", "started_at")}
    return [dict(base, **{k: h.get(k) for k in HIT_COLUMNS if k in h}) for h in call["hits"]]


def write_summaries(out: Path, calls: list[dict[str, Any]], errors: list[dict[str, Any]]) -> None:
    calls = sorted(calls, key=lambda c: c["call_id"])
    atomic_write_text(out / "calls.csv", _csv_text(CALL_COLUMNS, (call_row(c) for c in calls)))
    atomic_write_text(out / "rule_hits.csv",
                      _csv_text(HIT_COLUMNS, (r for c in calls for r in hit_rows(c))))
    atomic_write_text(out / "errors.csv", _csv_text(ERROR_COLUMNS, sorted(
        errors, key=lambda e: (e["file"], e.get("stage") or ""))))


def load_calls(out: Path) -> list[dict[str, Any]]:
    calls = []
    for path in sorted((out / "calls").glob("*.json")):
        with open(path, encoding="utf-8") as f:
            calls.append(json.load(f))
    return calls
