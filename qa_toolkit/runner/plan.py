"""What a run will process: recordings found on disk, joined with their metadata rows."""

from __future__ import annotations

import csv
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qa_toolkit.audio import is_audio_file
from qa_toolkit.metadata import CALL_COLUMNS, MetadataError, canonical_columns, check_columns, \
    clean_value
from qa_toolkit.runner.outputs import capped_name
from qa_toolkit.types import CallMeta

logger = logging.getLogger(__name__)


class PlanError(ValueError):
    """The recordings or metadata given cannot be planned; one line."""


@dataclass
class WorkItem:
    path: Path
    meta: CallMeta


CALL_ID_MAX_BYTES = 120
"""``calls/<call_id>.json`` and its temp file must fit the file system's 255 bytes per name."""


def safe_call_id(text: str) -> str:
    """Call ids become file names: keep letters of any script, digits, dot, dash, underscore;
    at most CALL_ID_MAX_BYTES of UTF-8 (a long id keeps a hash of itself, so two long ids with
    the same beginning stay two calls). Decided here, before any work is done on the call."""
    cleaned = re.sub(r"[^\w.\-]+", "_", text.strip(), flags=re.UNICODE).strip("._")
    return capped_name(cleaned, text, CALL_ID_MAX_BYTES) if cleaned else "call"


def discover(inputs: list[Path]) -> list[Path]:
    """Audio files under folders (recursive) and named files, in a stable order."""
    found: list[Path] = []
    for item in inputs:
        if item.is_dir():
            # A broken or looping symlink is kept: the run names it in errors.csv.
            found.extend(p for p in sorted(item.rglob("*"))
                         if (p.is_file() or p.is_symlink()) and is_audio_file(p)
                         and not any(part.startswith(".") for part in p.relative_to(item).parts))
        elif item.is_file():
            found.append(item)
        else:
            raise PlanError(f"{item}: no such file or folder")
    unique, seen = [], set()
    for p in found:
        key = _real(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _real(path: Path) -> Path:
    """The file a path leads to; unlike ``Path.resolve``, no error for a symlink loop."""
    return Path(os.path.realpath(path))


def _channel(value: str, where: str) -> Optional[int]:
    value = (value or "").strip()
    if not value:
        return None
    if value not in ("0", "1"):
        raise PlanError(f"{where}: agent_channel must be 0, 1 or empty, not {value!r}")
    return int(value)


@dataclass
class Metadata:
    rows: list[dict[str, str]]
    rejected: list[dict[str, str]]
    """Rows that cannot be read as the header says (more fields than columns): each was
    reported on one line; their recordings are left out of the run rather than processed
    with shifted values."""


def read_metadata(path: Path) -> Metadata:
    """The rows of a metadata CSV (format: ``qa_toolkit.metadata``), cells cleaned."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if not header:
                raise PlanError(f"{path}: empty metadata file (no header)")
            columns = canonical_columns(header)
            if not {"call_id", "file"} & set(columns):
                raise PlanError(f"{path}: metadata needs a call_id or a file column "
                                f"(found: {', '.join(header)})")
            check_columns(header, str(path))
            rows, rejected = [], []
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                row = {k: clean_value(v) for k, v in zip(columns, values) if k}
                if len(values) > len(columns):
                    logger.error("%s: line %d: %d fields for %d columns (an unquoted comma?); "
                                 "row skipped, its recording is not processed", path,
                                 reader.line_num, len(values), len(columns))
                    rejected.append(row)
                else:
                    rows.append(row)
            return Metadata(rows, rejected)
    except MetadataError as exc:
        raise PlanError(str(exc)) from None
    except OSError as exc:
        raise PlanError(f"{path}: cannot read metadata ({exc.strerror})") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise PlanError(f"{path}: not a UTF-8 CSV file ({exc})") from None


def _meta_from_row(row: dict[str, str], call_id: str, where: str) -> CallMeta:
    extra = {k: v for k, v in row.items() if k not in CALL_COLUMNS and k}
    return CallMeta(call_id=call_id, agent_id=row.get("agent_id") or None,
                    team=row.get("team") or None, started_at=row.get("started_at") or None,
                    business_type=row.get("business_type") or None,
                    customer_tier=row.get("customer_tier") or None,
                    agent_channel=_channel(row.get("agent_channel", ""), where), extra=extra)


def _listed_file(metadata: Path, value: str) -> Path:
    file = Path(value)
    return _real(file if file.is_absolute() else metadata.parent / file)


def plan(inputs: list[Path], metadata: Optional[Path] = None) -> list[WorkItem]:
    """Join recordings with metadata: by the ``file`` column, else by call_id = file stem.

    With metadata and no recordings given, the metadata's ``file`` column is the list
    (a sample manifest from ``qa-toolkit sample``).
    """
    table = read_metadata(metadata) if metadata else Metadata([], [])
    rows = table.rows
    by_file: dict[Path, dict[str, str]] = {}
    by_id: dict[str, dict[str, str]] = {}
    for row in rows:
        if row.get("file"):
            by_file[_listed_file(metadata, row["file"])] = row
        if row.get("call_id"):
            by_id[row["call_id"]] = row
    rejected_files = {_listed_file(metadata, r["file"]) for r in table.rejected if r.get("file")}
    rejected_ids = {r["call_id"] for r in table.rejected if r.get("call_id")}
    paths = discover(inputs) if inputs else [p for p in by_file if is_audio_file(p) or p.exists()]
    paths = [p for p in paths if _real(p) not in rejected_files
             and not (p.stem in rejected_ids and _real(p) not in by_file)]
    if table.rejected and not paths:
        raise PlanError(f"{metadata}: no readable row left")
    if not inputs and not paths:
        raise PlanError(f"{metadata}: lists no recordings (no file column values)")

    stems: dict[str, int] = {}
    for p in paths:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    items, used_ids = [], set()
    for p in paths:
        row = by_file.get(_real(p)) or by_id.get(p.stem)
        if row and row.get("call_id"):
            call_id = safe_call_id(row["call_id"])
        elif stems[p.stem] > 1:
            # Same stem in two folders: keep the folder in the id rather than overwrite.
            call_id = safe_call_id(f"{p.parent.name}__{p.stem}")
        else:
            call_id = safe_call_id(p.stem)
        base, n = call_id, 2
        while call_id in used_ids:
            call_id, n = f"{base}_{n}", n + 1
        used_ids.add(call_id)
        meta = _meta_from_row(row, call_id, f"{metadata}: row {row.get('call_id') or row.get('file')}") \
            if row else CallMeta(call_id=call_id)
        items.append(WorkItem(path=p, meta=meta))
    if metadata and rows:
        unmatched = len(paths) - sum(1 for p in paths if by_file.get(_real(p)) or by_id.get(p.stem))
        if unmatched:
            logger.warning("%d recording(s) have no metadata row in %s", unmatched, metadata)
    return items
