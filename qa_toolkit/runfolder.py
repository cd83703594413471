"""The run folder (OUT): where each call's record lives, and the one way files get written.

``OUT/calls/<call_id>.json`` is the record of a call (``types.Call.to_dict``); everything
else in OUT (pages, CSV summaries, the dashboard) is derived from those files. Every reader
of a run goes through ``read_call`` / ``iter_calls`` and gets a typed ``Call``; every writer
goes through ``atomic_write`` / ``atomic_path``, so a killed run never leaves half a file
where a whole one was.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Union

import orjson

from qa_toolkit.types import Call

log = logging.getLogger(__name__)

CALLS = "calls"
"""The folder of call records inside OUT."""


class CallFileError(ValueError):
    """A file in ``OUT/calls`` that is not a readable call record; the message names it."""


def _file_mode() -> int:
    """What open() would give a new file: mkstemp's 0600 would hide reports from the team."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _file_mode()


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path`` to write to; on success it is synced and moved over
    ``path`` in one step, on failure removed. For writers that want a file name (Parquet,
    XLSX, a hard link); ``atomic_write`` is the short form for bytes and text."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, _MODE)
        yield tmp
        # A writer may have replaced the file (a hard link does): sync what is there now.
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: Path, data: Union[bytes, str]) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one step."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as tmp:
        tmp.write_bytes(payload)
    return Path(path)


def call_json_bytes(call: Union[Call, dict[str, Any]]) -> bytes:
    """Sorted keys and fixed separators: the same call gives the same bytes."""
    data = call.to_dict() if isinstance(call, Call) else call
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def calls_dir(out: Path) -> Path:
    return Path(out) / CALLS


def call_path(out: Path, call_id: str) -> Path:
    return calls_dir(out) / f"{call_id}.json"


def call_paths(out: Path) -> list[Path]:
    """The call records of a run folder, sorted by name (empty when there is none)."""
    folder = calls_dir(out)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def read_call(path: Path) -> Call:
    """The call recorded in ``path``; ``CallFileError`` naming the file when it is not one."""
    path = Path(path)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise CallFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_call(blob, path)


def parse_call(blob: bytes, path: Union[Path, str], transcript: bool = True) -> Call:
    """The call in ``blob``, the bytes of the record ``path`` (named in errors).

    ``transcript=False`` leaves the turns and speech segments out (empty lists), for readers
    that use only the verdicts, score and metrics: building every word is most of the cost
    (the store's ingest: 4.4 → 3.1 s CPU for 5000 real-sized calls, bench/ingest.py)."""
    # orjson: a record carries every word of the transcript, and parsing it is most of the
    # cost of reading a run (3x faster than the json module on real calls).
    try:
        data = orjson.loads(blob)
    except orjson.JSONDecodeError as exc:
        raise CallFileError(f"{path}: not a readable call JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("call_id"), str):
        raise CallFileError(f"{path}: not a call JSON (no call_id)")
    if not transcript:
        data = {**data, "turns": [], "speech": []}
    try:
        return Call.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CallFileError(f"{path}: not a call JSON ({type(exc).__name__}: {exc})") from None


def iter_calls(out: Path, on_error: Optional[Callable[[CallFileError], None]] = None
               ) -> Iterator[Call]:
    """Every call of a run folder in file-name order. A bad file raises, or, with
    ``on_error``, is handed to it and skipped (a batch goes on past one bad file)."""
    for path in call_paths(out):
        try:
            yield read_call(path)
        except CallFileError as exc:
            if on_error is None:
                raise
            on_error(exc)


def read_calls(out: Path, on_error: Optional[Callable[[CallFileError], None]] = None
               ) -> list[Call]:
    return list(iter_calls(out, on_error))


def as_saved_record(call: Call) -> Call:
    """``call`` exactly as its record reads back (times and probabilities at the published
    precision): what every page built later from the JSON shows."""
    return parse_call(call_json_bytes(call), call.call_id)


def write_call(out: Path, call: Call) -> Path:
    """Save ``call`` as its record ``OUT/calls/<call_id>.json``."""
    return atomic_write(call_path(out, call.call_id), call_json_bytes(call))


def read_errors(out: Path) -> list[dict[str, str]]:
    """The failed recordings of a run (``OUT/errors.csv``: file, call_id, stage, reason)."""
    path = Path(out) / "errors.csv"
    if not path.is_file():
        return []
    # utf-8-sig: the run writes a BOM so that Excel opens the CSV as UTF-8.
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [dict(row) for row in csv.DictReader(f)]
