"""Spreadsheet cells that must stay text, shared by a run's CSVs and the compliance exports.

A spreadsheet runs a cell starting with = + - @ (or tab/CR) as a formula (OWASP "CSV
injection"); a transcript, a file name or hostile metadata can start that way. Kept apart
from ``export`` so that the runner's workers need not import polars for it.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet cell a formula."""


def neutralise_cell(value: Any) -> Any:
    """A string that would run as a formula, prefixed with ' so that it reads as text."""
    if isinstance(value, str) and value[:1] in FORMULA_START:
        return "'" + value
    return value
