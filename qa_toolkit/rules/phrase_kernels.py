"""The phrase scan's pre-filter (``rules/matching.py``), compiled by Numba.

A pack's phrases are found by one regex per phrase set whose alternatives are grouped under
their head syllable. Python's regex engine skips positions whose character is no head, but
enters the pattern at every one that is: in a Chinese call half the positions, each entry
costing more than the check that then fails on the next syllable. This kernel lists the
positions where a head is followed by a syllable that one of its alternatives can take next
(a fifth of the heads, bench/rules.py's calls); the regex is tried only there. Measured in one
process on bench/rules.py's calls: these scans 0.84 -> 0.64 ms of a call's 2.4, the engine 3 %
faster (the rest of a scan's time is scoring what it finds).
"""

from __future__ import annotations

import numpy as np
from numba import njit

SYLLABLE_BASE = 0xE000
"""The first syllable code (``textnorm``)."""
ALPHABET = 1024
"""Syllable codes the tables cover; any other character is column ``ALPHABET``."""


@njit(cache=True)
def pair_candidates(codes, lo, hi, head_row, follow):  # pragma: no cover - compiled
    """Positions in [lo, hi) whose code is a head (``head_row[code - SYLLABLE_BASE] >= 0``)
    and whose next code, before ``hi``, is one that head's alternatives may take next
    (``follow[row, column]``; column ``ALPHABET + 1`` says whether nothing may follow)."""
    out = np.empty(max(hi - lo, 0), dtype=np.int64)
    n = 0
    for i in range(lo, hi):
        c = np.int64(codes[i]) - SYLLABLE_BASE
        if c < 0 or c >= ALPHABET:
            continue
        row = head_row[c]
        if row < 0:
            continue
        if i + 1 < hi:
            d = np.int64(codes[i + 1]) - SYLLABLE_BASE
            if d < 0 or d >= ALPHABET:
                d = ALPHABET
            if follow[row, d]:
                out[n] = i
                n += 1
        elif follow[row, ALPHABET + 1]:
            out[n] = i
            n += 1
    return out[:n]


def pair_tables(follows: dict[str, object]) -> tuple[np.ndarray, np.ndarray] | None:
    """``pair_candidates``'s tables from each head's follow set (a set of codes, or None:
    anything, or nothing). None when a head is no syllable code: the filter then does not
    apply and the regex scans alone."""
    head_row = np.full(ALPHABET, -1, dtype=np.int32)
    follow = np.zeros((len(follows), ALPHABET + 2), dtype=np.bool_)
    for row, (head, codes) in enumerate(follows.items()):
        at = ord(head) - SYLLABLE_BASE
        if len(head) != 1 or not 0 <= at < ALPHABET:
            return None
        head_row[at] = row
        if codes is None:
            follow[row, :] = True
            continue
        for code in codes:  # type: ignore[attr-defined]
            column = ord(code) - SYLLABLE_BASE if len(code) == 1 else -1
            follow[row, column if 0 <= column < ALPHABET else ALPHABET] = True
    return head_row, follow
