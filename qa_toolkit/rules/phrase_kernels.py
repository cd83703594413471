"""The phrase scan's pre-filter (``rules/matching.py``), compiled by Numba.

A pack's phrases are found by one regex per phrase set whose alternatives are grouped under
their head syllable. Python's regex engine skips positions whose character is no head, but
enters the pattern at every one that is: in a Chinese call half the positions, each entry
costing more than the check that then fails on the next syllable. This kernel lists the
positions where a head is met by syllables one of its alternatives can take around it: the
syllable before (an alternative anchored on a phrase's second syllable looks behind at the
first), the one after and the one after that; the regex is tried only there.

Each alternative of a head is a bit (modulo 64: alternatives that share a bit share their
codes, a looser filter, never a stricter one), and a table per place around the head gives,
for each code, the alternatives that take it there; a position is a candidate when one bit
survives the three. Measured in one process on bench/rules.py's calls: the head and the
syllable after it alone listed 16 times the positions the regex then matched; the three
places list about 2.3 times (see the commit for the engine's calls/s).
"""

from __future__ import annotations

from typing import Iterable, Optional

import numpy as np
from numba import njit

SYLLABLE_BASE = 0xE000
"""The first syllable code (``textnorm``)."""
ALPHABET = 1024
"""Syllable codes the tables cover."""
ASCII = 128
"""Digits and Latin letters encode as themselves: they are heads and columns too (the
jargon's LPR, the regulator's hotline 12378)."""

Context = tuple[Optional[frozenset[str]], Optional[frozenset[str]], Optional[frozenset[str]]]
"""What one alternative takes before its head, after it and after that (None: anything)."""


@njit(cache=True)
def _slot(code):  # pragma: no cover - compiled
    """A code's index in ``head_row`` and ``column`` (-1: neither a syllable nor ASCII)."""
    c = np.int64(code)
    if SYLLABLE_BASE <= c < SYLLABLE_BASE + ALPHABET:
        return c - SYLLABLE_BASE
    if c < ASCII:
        return ALPHABET + c
    return -1


@njit(cache=True)
def _column(codes, j, hi, column, none):  # pragma: no cover - compiled
    """The table column of the code at ``j`` (``none`` outside [0, hi), ``none - 1`` for a
    code no alternative names)."""
    if j < 0 or j >= hi:
        return none
    at = _slot(codes[j])
    return column[at] if at >= 0 else none - 1


@njit(cache=True)
def context_candidates(codes, lo, hi, head_row, column, before, after,
                       after2):  # pragma: no cover - compiled
    """Positions in [lo, hi) whose code is a head (``head_row[_slot(code)] >= 0``)
    where one of that head's alternatives takes the code before (looked at whatever ``lo``:
    a look-behind sees before where the regex starts), the one after and the one after that
    (nothing past ``hi``: the regex stops there)."""
    out = np.empty(max(hi - lo, 0), dtype=np.int64)
    n = 0
    none = before.shape[1] - 1
    for i in range(lo, hi):
        at = _slot(codes[i])
        if at < 0:
            continue
        row = head_row[at]
        if row < 0:
            continue
        bits = after[row, _column(codes, i + 1, hi, column, none)]
        if bits == 0:
            continue
        bits &= after2[row, _column(codes, i + 2, hi, column, none)]
        if bits == 0:
            continue
        if before[row, _column(codes, i - 1, hi, column, none)] & bits:
            out[n] = i
            n += 1
    return out[:n]


def context_tables(heads: dict[str, list[Context]]
                   ) -> Optional[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """``context_candidates``'s tables (head_row, column, before, after, after2) from each
    head's alternatives. None when a head is neither a syllable code nor ASCII: the filter
    then does not apply and the regex scans alone."""
    known: dict[str, int] = {}
    for contexts in heads.values():
        for context in contexts:
            for codes in context:
                for code in codes or ():
                    if _index(code) is not None:
                        known.setdefault(code, len(known))
    column = np.full(ALPHABET + ASCII, len(known), dtype=np.int64)  # unnamed codes: "other"
    for code, col in known.items():
        column[_index(code)] = col  # type: ignore[index]
    other, none = len(known), len(known) + 1
    head_row = np.full(ALPHABET + ASCII, -1, dtype=np.int64)
    tables = [np.zeros((len(heads), none + 1), dtype=np.uint64) for _ in range(3)]
    for row, (head, contexts) in enumerate(heads.items()):
        at = _index(head)
        if at is None:
            return None
        head_row[at] = row
        for j, context in enumerate(contexts):
            bit = np.uint64(1 << (j % 64))
            for table, codes in zip(tables, context):
                _mark(table[row], bit, codes, known, other)
    return (head_row, column, *tables)


def _index(code: str) -> Optional[int]:
    """``_slot`` of a code written as a string (None: a code without a slot), in Python:
    a call into the compiled ``_slot`` per code was most of building the tables."""
    if len(code) != 1:
        return None
    c = ord(code)
    if SYLLABLE_BASE <= c < SYLLABLE_BASE + ALPHABET:
        return c - SYLLABLE_BASE
    return ALPHABET + c if c < ASCII else None


def _mark(row: np.ndarray, bit: np.uint64, codes: Optional[Iterable[str]],
          known: dict[str, int], other: int) -> None:
    if codes is None:
        row |= bit  # anything, a code no alternative names or nothing
        return
    for code in codes:
        if code in known:
            row[known[code]] |= bit
        else:
            row[other] |= bit  # a code without a column: every such code may be it
