"""How the report shows values: times as ``m:ss``, months, numbers, masked text.

Text that came from a transcript or a rule's evidence goes through ``pii.mask_text`` before
any page shows it.
"""

from __future__ import annotations

import math
from typing import Any, Optional

from qa_toolkit.pii import mask_text
from qa_toolkit.store import period_of


def clock(seconds: Optional[float]) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a time in seconds; an em dash when there is none."""
    if seconds is None:
        return "—"
    total = int(round(float(seconds)))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def month_of(started_at: Optional[str]) -> str:
    """The ``YYYY-MM`` period of a call's start time, or ``""`` when unknown."""
    return period_of(started_at) or ""


def number(value: Any) -> Optional[float]:
    """The value as a finite float, else None (missing, bool, NaN or not numeric)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def masked_text(value: Any) -> str:
    """Text with card, ID and phone numbers masked; other values as ``str``, None as ``""``."""
    return mask_text(value) if isinstance(value, str) else ("" if value is None else str(value))


def rounded(value: Optional[float]) -> Optional[float]:
    """To hundredths of a second, as ``score_detail`` keys a hit by its start."""
    return None if value is None else round(value, 2)
