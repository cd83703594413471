"""Find and mask customer card, resident-ID and mobile numbers in transcripts.

Customers read these numbers aloud, so Whisper writes them as ASCII digits, full-width digits,
Chinese numerals (一二三, 幺 for 1, 〇/零 for 0) or a mix, often in groups separated by spaces,
commas or dashes, and often split over several words. Only digit runs that validate are masked
(Luhn for cards, the GB 11643 checksum for resident IDs, the 1[3-9] prefix for mobiles), so
amounts, dates and times stay readable. The mask keeps the length, the separators and the last
four digits (cards also keep their first four, mobiles their first three, as bank statements
do), e.g. ``6222********1234`` and ``138****5678``. ``pii_time_spans`` and ``bleep`` do the same
for an exported audio clip.
"""

from __future__ import annotations

import re

import copy
import logging
from dataclasses import dataclass, replace
from typing import Any, Literal, Optional

import numpy as np

from qa_toolkit.types import Call, Outcome, Word

log = logging.getLogger(__name__)

PiiKind = Literal["card", "resident_id", "mobile"]

MASK_CHAR = "*"

_DIGITS: dict[str, str] = {}
for _i, _c in enumerate("0123456789"):
    _DIGITS[_c] = _c
    _DIGITS[chr(0xFF10 + _i)] = _c  # full-width ０-９
for _chars, _d in (("零〇○洞", "0"), ("一壹幺", "1"), ("二贰两", "2"), ("三叁", "3"),
                   ("四肆", "4"), ("五伍", "5"), ("六陆", "6"), ("七柒拐", "7"),
                   ("八捌", "8"), ("九玖勾", "9")):
    for _c in _chars:
        _DIGITS[_c] = _d

_ID_CHECK_X = {"X", "x", "Ｘ", "ｘ"}
"""The resident-ID check character 10 is written X; it may only end an ID."""

_SEPARATORS = set(" \t\u3000,，、-－—–_·。;；")
"""Not ".": a decimal such as 0.6666666666666666 is not a number read out in groups."""
_MAX_GAP = 2
"""Separator characters allowed between two digits of one number (e.g. "，" plus a space)."""

DIGIT_CHARS = "".join(sorted(_DIGITS))
"""Every character read as a digit: ASCII, full-width and Chinese numerals."""
ELEVEN_DIGIT_RUN = ("[" + re.escape(DIGIT_CHARS) + "](?:[" + re.escape("".join(sorted(_SEPARATORS)))
                    + "]{0," + str(_MAX_GAP) + "}[" + re.escape(DIGIT_CHARS) + "]){10}")
"""11 digits in a row (separators allowed as ``find_pii`` allows them): card, resident-ID and
mobile numbers all have at least 11, so text without such a run needs no masking. A regex
both Python and polars understand (exports pre-filter cells with it)."""
_eleven_digit_run = re.compile(ELEVEN_DIGIT_RUN)

_KEEP_HEAD = {"card": 4, "mobile": 3, "resident_id": 0}
_KEEP_TAIL = 4
_SPECIFICITY = {"resident_id": 2, "mobile": 1, "card": 0}
"""Tie-break between equally long readings: a checksum plus structure beats Luhn alone."""
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class PiiSpan:
    """One personal number found in a text; offsets are character indexes into that text."""

    start: int
    """Index of the number's first digit."""
    end: int
    """Index after the number's last digit (separators inside stay inside the span)."""
    kind: PiiKind
    digits: str
    """The number normalised to ASCII digits (and X); never write this anywhere."""
    positions: tuple[int, ...]
    """Text index of every digit, in order; the separators between them are not masked."""

    def masked_positions(self) -> tuple[int, ...]:
        """Indexes of the digits the mask hides."""
        head = _KEEP_HEAD[self.kind]
        return self.positions[head:len(self.positions) - _KEEP_TAIL]


def luhn_ok(digits: str) -> bool:
    """The bank-card (ISO/IEC 7812) check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def resident_id_ok(digits: str) -> bool:
    """The PRC resident ID check character (GB 11643-1999, ISO 7064 MOD 11-2)."""
    if len(digits) != 18 or not digits[:17].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(digits[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == digits[17].upper()


def _mobile_ok(digits: str) -> bool:
    return len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"


def _classify(digits: str) -> Optional[PiiKind]:
    """What a whole digit string is, if it is a personal number."""
    if len(digits) == 18 and resident_id_ok(digits):
        return "resident_id"
    if "X" in digits:
        return None
    if 13 <= len(digits) <= 19 and luhn_ok(digits):
        return "card"
    if _mobile_ok(digits):
        return "mobile"
    return None


def _digit_runs(text: str) -> list[list[tuple[int, str]]]:
    """Runs of (index, digit) where consecutive digits are at most _MAX_GAP separators apart."""
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    gap = 0
    for i, ch in enumerate(text):
        digit = _DIGITS.get(ch)
        if digit is None and ch in _ID_CHECK_X and current:
            digit = "X"
        if digit is not None:
            current.append((i, digit))
            gap = 0
            if digit == "X":  # an X can only close a number
                runs.append(current)
                current = []
            continue
        if current and ch in _SEPARATORS and gap < _MAX_GAP:
            gap += 1
            continue
        if current:
            runs.append(current)
        current, gap = [], 0
    if current:
        runs.append(current)
    return [run for run in runs if len(run) >= 11]


def _spans_in_run(run: list[tuple[int, str]]) -> list[PiiSpan]:
    digits = "".join(d for _, d in run)

    def span(lo: int, hi: int, kind: PiiKind) -> PiiSpan:
        part = run[lo:hi]
        return PiiSpan(part[0][0], part[-1][0] + 1, kind, digits[lo:hi],
                       tuple(i for i, _ in part))

    if len(digits) == 13 and digits.startswith("86") and _mobile_ok(digits[2:]):
        return [span(2, 13, "mobile")]  # +86 country code: a mobile, not a 13-digit card
    kind = _classify(digits)
    if kind is not None:
        return [span(0, len(run), kind)]
    # Several numbers read in one breath, or a number with stray digits around it: choose the
    # valid windows that cover the most digits (a short Luhn window passes by chance one time
    # in ten, so taking the first one found would split the real numbers).
    n = len(digits)
    best: list[tuple[int, int, list[tuple[int, int, PiiKind]]]] = [(0, 0, [])] * (n + 1)
    for lo in range(n - 1, -1, -1):
        best[lo] = best[lo + 1]
        for length in (11, 13, 14, 15, 16, 17, 18, 19):
            window_kind = _classify(digits[lo:lo + length]) if lo + length <= n else None
            if window_kind is None:
                continue
            covered, specific, picks = best[lo + length]
            option = (covered + length, specific + _SPECIFICITY[window_kind],
                      [(lo, lo + length, window_kind)] + picks)
            if option[:2] > best[lo][:2]:
                best[lo] = option
    return [span(lo, hi, k) for lo, hi, k in best[0][2]]


def find_pii(text: str) -> list[PiiSpan]:
    """Every card, resident-ID and mobile number in ``text``, in order of position."""
    return [s for run in _digit_runs(text) for s in _spans_in_run(run)]


def _apply(text: str, spans: list[PiiSpan]) -> str:
    if not spans:
        return text
    chars = list(text)
    for s in spans:
        for i in s.masked_positions():
            chars[i] = MASK_CHAR
    return "".join(chars)


def mask_text(text: str) -> str:
    """``text`` with every personal number masked (same length, last four digits kept)."""
    if not text or not _eleven_digit_run.search(text):  # most texts: no number long enough
        return text
    return _apply(text, find_pii(text))


def _word_spans(words: list[Word]) -> tuple[list[PiiSpan], list[tuple[int, int]]]:
    """Numbers in the words read as one text, and joined index → (word, index in word)."""
    owner = [(wi, ci) for wi, w in enumerate(words) for ci in range(len(w.text))]
    return find_pii("".join(w.text for w in words)), owner


def mask_turn_words(words: list[Word]) -> list[Word]:
    """Mask numbers whose digits Whisper split over several words; times and probs are kept.

    The words are read as one text, so "幺三八" + "一二三四" + "五六七八" is one mobile number.
    A changed word loses its ``raw`` spelling, which would otherwise still hold the digits.
    """
    spans, owner = _word_spans(words)
    if not spans:
        return list(words)
    chars = [list(w.text) for w in words]
    touched: set[int] = set()
    for s in spans:
        for i in s.masked_positions():
            wi, ci = owner[i]
            chars[wi][ci] = MASK_CHAR
            touched.add(wi)
    return [replace(w, text="".join(chars[wi]), raw=None) if wi in touched else w
            for wi, w in enumerate(words)]


def pii_time_spans(words: list[Word]) -> list[tuple[float, float]]:
    """When the masked digits are spoken (from the *unmasked* words), for bleeping audio.

    A word that holds masked and kept digits together is covered whole: Whisper gives no time
    inside a word, and hiding a kept digit is better than letting a masked one through.
    """
    spans, owner = _word_spans(words)
    out = []
    for s in spans:
        held = {owner[i][0] for i in s.masked_positions()}
        if held:
            out.append((min(words[i].start for i in held), max(words[i].end for i in held)))
    return out


BLEEP_HZ = 1000.0
BLEEP_LEVEL = 0.1
"""-20 dBFS: clearly a bleep, not painful in a headset."""


def bleep(samples: np.ndarray, rate: int, spans: list[tuple[float, float]]) -> np.ndarray:
    """A copy of ``samples`` ([channels, frames] or [frames]) with a tone over each span."""
    out = np.array(samples, dtype=np.float32, copy=True)
    frames = out.shape[-1]
    for start, end in spans:
        a, b = max(0, int(start * rate)), min(frames, int(np.ceil(end * rate)))
        if b > a:
            tone = BLEEP_LEVEL * np.sin(2 * np.pi * BLEEP_HZ * np.arange(a, b) / rate)
            out[..., a:b] = tone.astype(np.float32)
    return out


def _mask_outcome(outcome: Outcome) -> Outcome:
    return replace(outcome, evidence=mask_text(outcome.evidence),
                   message=mask_text(outcome.message), reason=mask_text(outcome.reason),
                   detail=mask_strings(outcome.detail))


def mask_strings(value: Any) -> Any:
    """A copy of a JSON-like value with every string masked (for hit details, export rows)."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: mask_strings(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(mask_strings(v) for v in value)
    return value


def mask_call(call: Call) -> Call:
    """A copy of ``call`` safe to leave the run folder: transcript, evidence and messages masked.

    Hashes, paths and ids in ``provenance``/``source`` are left alone: they are not spoken
    numbers, and masking them would break ``qa-toolkit verify``. ``provenance["pii_masked"]``
    records how many numbers the transcript had, so a reader knows the text was changed.
    """
    out = copy.copy(call)
    out.turns = [replace(t, text=mask_text(t.text), words=mask_turn_words(t.words))
                 for t in call.turns]
    out.hits = [_mask_outcome(h) for h in call.hits]
    out.review = [_mask_outcome(h) for h in call.review]
    masked = sum(len(find_pii("".join(w.text for w in t.words) or t.text)) for t in call.turns)
    out.provenance = dict(call.provenance, pii_masked=masked)
    if masked:
        log.debug("%s: masked %d personal numbers", call.call_id, masked)
    return out
