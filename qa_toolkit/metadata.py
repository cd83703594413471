"""The one call-metadata CSV format, read by ``run --metadata`` and ``qa-toolkit sample``.

The telephony/CRM export and a day's call manifest are the same file: one row a call, the
columns below, extra columns optional (kept as the call's extra fields). ``sample`` needs
``started_at`` and ``agent_id`` on top of a ``call_id`` and ``file``; ``duration_s`` and
``tags`` only make the risk plan better. A column qa-toolkit does not know is most often a
typo (``agnet_id``): it is reported with the nearest known name rather than silently dropped.
"""

from __future__ import annotations

import difflib
import logging
import re
from typing import Iterable

log = logging.getLogger(__name__)

CALL_COLUMNS = ("call_id", "file", "agent_id", "team", "started_at", "business_type",
                "customer_tier", "agent_channel")
"""What a call's JSON and pages take from the row (``file`` is relative to the CSV)."""
SAMPLING_COLUMNS = ("duration_s", "direction", "tags", "agent_tenure_days", "caller_id")
"""Read by ``qa-toolkit sample`` (``tags`` as ``a;b``); carried along as extras by ``run``."""
WRITTEN_COLUMNS = ("sample_reason", "risk_weight")
"""Added by ``qa-toolkit sample`` to the manifest it writes."""
KNOWN_COLUMNS = CALL_COLUMNS + SAMPLING_COLUMNS + WRITTEN_COLUMNS
ALIASES = {"path": "file"}
"""Older manifests name the recording ``path``."""
SAMPLE_REQUIRED = ("call_id", "file", "agent_id", "started_at")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class MetadataError(ValueError):
    """A metadata file that cannot be used; one line naming the file."""


def clean_value(value: str) -> str:
    """A cell as a call carries it: stripped, control characters removed (one ``\\x01`` in an
    agent id would otherwise make every later XLSX export of the store fail)."""
    return _CONTROL.sub("", value).strip()


def canonical_columns(columns: Iterable[str]) -> list[str]:
    """Header names stripped, with aliases mapped onto their canonical names."""
    return [ALIASES.get(c.strip(), c.strip()) for c in columns]


def check_columns(columns: Iterable[str], where: str, required: Iterable[str] = ()) -> None:
    """Raise for a missing required column; warn for each unknown column with the nearest
    known name, since a misspelt ``agent_id`` would leave every call without an agent."""
    names = canonical_columns(columns)
    unknown = [c for c in names if c and c not in KNOWN_COLUMNS]
    missing = [c for c in required if c not in names]
    if missing:
        hints = [f"{c} (found {_nearest(c, unknown)!r}?)" if _nearest(c, unknown) else c
                 for c in missing]
        raise MetadataError(f"{where}: missing column(s) {', '.join(hints)} "
                            f"(found: {', '.join(names) or 'none'})")
    for column in unknown:
        near = _nearest(column, KNOWN_COLUMNS)
        if near:
            log.warning("%s: unknown column %r, did you mean %r? (its values are kept as an "
                        "extra field, not used as %s)", where, column, near, near)


def _nearest(name: str, candidates: Iterable[str]) -> str:
    found = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.75)
    return found[0] if found else ""
