"""Find and mask customer card, resident-ID and mobile numbers in transcripts.

Customers read these numbers aloud, so Whisper writes them as ASCII digits, full-width digits,
Chinese numerals (一二三, 幺 for 1, 两 for 2, 〇/零 for 0) or a mix, and the ID's check
character as X, 叉 or 艾克斯. A reading pauses: fillers (嗯, 呃, 那个, 就是), commas and spaces
fall between the digits, Whisper splits it over several words, and the customer often goes on
in the next turn after the agent's "嗯". So masking works on each speaker's digit stream: the
digits of all their turns, read across fillers, punctuation and turn boundaries up to
``MAX_TURN_GAP_S`` apart.

It decides by shape, not by checksum ("mask by shape"): a misheard digit fails the Luhn or ID
checksum, yet the other digits are still the customer's. The shapes: 11 digits starting 1[3-9]
(mobile; also after 86), 18 characters or 12-18 ending in X (resident ID), 13-19 digits (card;
this includes the old 15-digit ID). Shorter numbers stay readable (amounts, dates, times, the
agent's 4-digit staff number), and so do 11-12 digit runs that fit no shape. The mask keeps the
length, the separators and the last four digits (cards also keep their first four, mobiles their
first three, as bank statements do), e.g. ``6222********1234`` and ``138****5678``. A run holding
several numbers read in one breath is split where checksums say (else by shape) and keeps only
each number's last four, so no six digits of one number stay side by side. ``pii_time_spans``
and ``bleep`` do the same for an exported audio clip.
"""

from __future__ import annotations

import re

import copy
import logging
from dataclasses import dataclass, replace
from typing import Any, Literal, Optional, Sequence

import numpy as np

from qa_toolkit.types import Call, Outcome, Turn, Word

log = logging.getLogger(__name__)

PiiKind = Literal["card", "resident_id", "mobile", "digits"]
""""digits": what lies between the numbers of a run too long to be one (masked whole)."""

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

_SPOKEN_X = ("艾克斯", "爱克斯", "埃克斯", "叉", "X", "x", "Ｘ", "ｘ")
"""The resident-ID check character 10, as written or as Whisper spells it said aloud; it may
only end an ID."""

_SEPARATORS = set(" \t\u3000,，、-－—–_·。;；…?？!！")
"""Not ".": a decimal such as 0.6666666666666666 is not a number read out in groups."""
_FILLERS = ("那个", "就是", "然后", "嗯", "呃", "额", "啊", "呀", "哦", "噢", "唔", "诶")
"""Hesitations said between the groups of a number."""
_MAX_GAP = 6
"""Separator and filler characters allowed between two digits of one number ("，呃，就是，")."""
_SOFT_BREAK = "\x1e"
"""Joins two turns of one speaker less than MAX_TURN_GAP_S apart: a pause inside a number."""
_HARD_BREAK = "\x00"
"""Joins turns further apart: no number runs across it."""
MAX_TURN_GAP_S = 5.0
"""A customer reading a number waits for the agent's "嗯" (or types it in) and goes on; a
number read more than this after the last digits is another number."""
_MIN_DIGITS = 11
"""Every shape has at least 11 digits (an X-ended ID at least 11 plus the X)."""

DIGIT_CHARS = "".join(sorted(_DIGITS))
"""Every character read as a digit: ASCII, full-width and Chinese numerals."""
_GAP = ("(?:[" + re.escape("".join(sorted(_SEPARATORS))) + "]|"
        + "|".join(sorted(_FILLERS, key=len, reverse=True)) + "){0," + str(_MAX_GAP) + "}")
ELEVEN_DIGIT_RUN = ("[" + re.escape(DIGIT_CHARS) + "](?:(?:" + _GAP + re.escape(_SOFT_BREAK)
                    + ")*" + _GAP + "[" + re.escape(DIGIT_CHARS) + "]){" + str(_MIN_DIGITS - 1)
                    + "}")
"""11 digits in a row (separators and fillers allowed as ``find_pii`` allows them): every
shape has at least 11, so text without such a run needs no masking. A regex both Python and
polars understand (exports pre-filter cells with it)."""
_eleven_digit_run = re.compile(ELEVEN_DIGIT_RUN)

_KEEP_HEAD = {"card": 4, "mobile": 3, "resident_id": 0, "digits": 0}
_KEEP_TAIL = 4
_SPECIFICITY = {"resident_id": 2, "mobile": 1, "card": 0}
"""Tie-break between equally long readings: a checksum plus structure beats Luhn alone."""
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_WINDOW_LENGTHS = (11, 12, 13, 14, 15, 16, 17, 18, 19)
_MAX_SPLIT_DIGITS = 80
"""A longer run is not numbers read out (a pasted table, noise): all its digits are hidden
but the last four, without searching it for numbers (that search grows with the run)."""


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
    keep_head: Optional[int] = None
    """Leading digits left readable; None: as bank statements do for ``kind``."""
    keep_tail: int = _KEEP_TAIL

    def masked_positions(self) -> tuple[int, ...]:
        """Indexes of the digits the mask hides."""
        head = _KEEP_HEAD[self.kind] if self.keep_head is None else self.keep_head
        return self.positions[head:len(self.positions) - self.keep_tail]


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


def _shape(digits: str) -> Optional[PiiKind]:
    """What a whole digit string looks like, checksum or not (a misheard digit fails it)."""
    if digits.endswith("X"):
        return "resident_id" if 12 <= len(digits) <= 18 else None
    if len(digits) == 18:
        return "resident_id"
    if _mobile_ok(digits):
        return "mobile"
    if 13 <= len(digits) <= 19:
        return "card"
    return None


def _checks(digits: str, kind: PiiKind) -> bool:
    """Whether the number's own check passes: where to split numbers read in one breath."""
    if kind == "resident_id":
        return resident_id_ok(digits)
    return _mobile_ok(digits) if kind == "mobile" else luhn_ok(digits)


def _digit_runs(text: str) -> list[list[tuple[int, str]]]:
    """Runs of (index, digit) whose digits are at most _MAX_GAP separator or filler characters
    apart (a spoken X counts as one digit at its first character and ends the run)."""
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    gap = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        digit = _DIGITS.get(ch)
        if digit is not None:
            current.append((i, digit))
            gap = 0
            i += 1
            continue
        if current:
            spoken_x = next((x for x in _SPOKEN_X if text.startswith(x, i)), None)
            if spoken_x is not None:
                current.append((i, "X"))
                runs.append(current)
                current, gap = [], 0
                i += len(spoken_x)
                continue
            if ch == _SOFT_BREAK:  # the turns' own gap is bounded by MAX_TURN_GAP_S
                gap = 0
                i += 1
                continue
            skip = 1 if ch in _SEPARATORS else len(next(
                (f for f in _FILLERS if text.startswith(f, i)), ""))
            if skip and gap + skip <= _MAX_GAP:
                gap += skip
                i += skip
                continue
            runs.append(current)
            current, gap = [], 0
        i += 1
    if current:
        runs.append(current)
    return [run for run in runs if sum(d != "X" for _, d in run) >= _MIN_DIGITS]


def _spans_in_run(run: list[tuple[int, str]]) -> list[PiiSpan]:
    digits = "".join(d for _, d in run)

    def span(lo: int, hi: int, kind: PiiKind, keep_head: Optional[int] = None) -> PiiSpan:
        part = run[lo:hi]
        return PiiSpan(part[0][0], part[-1][0] + 1, kind, digits[lo:hi],
                       tuple(i for i, _ in part), keep_head)

    if len(digits) == 13 and digits.startswith("86") and _mobile_ok(digits[2:]):
        return [span(2, 13, "mobile")]  # +86 country code: a mobile, not a 13-digit card
    kind = _shape(digits)
    if kind is not None:
        return [span(0, len(run), kind)]
    # Several numbers read in one breath, or a number with stray digits around it: choose the
    # windows of a shape that cover the most digits, preferring ones whose checksum passes (a
    # short Luhn window passes by chance one time in ten, so the first one found would split
    # the real numbers). Each keeps only its last four: a wrong split must not leave a kept
    # head beside a kept tail, six digits of one real number in a row.
    n = len(digits)
    if n > _MAX_SPLIT_DIGITS:  # no one reads this many digits as numbers: hide them all
        return [span(0, n, "digits", keep_head=0)]
    # best[lo]: (digits covered, checksums passed, specificity) of digits[lo:]; step[lo]: the
    # window taken at lo, or None to leave digit lo out.
    best: list[tuple[int, int, int]] = [(0, 0, 0)] * (n + 1)
    step: list[Optional[tuple[int, PiiKind]]] = [None] * (n + 1)
    for lo in range(n - 1, -1, -1):
        best[lo] = best[lo + 1]
        for length in _WINDOW_LENGTHS:
            if lo + length > n:
                break
            window = digits[lo:lo + length]
            window_kind = _shape(window)
            if window_kind is None:
                continue
            covered, checked, specific = best[lo + length]
            option = (covered + length, checked + _checks(window, window_kind),
                      specific + _SPECIFICITY[window_kind])
            if option > best[lo]:
                best[lo], step[lo] = option, (length, window_kind)
    spans, lo = [], 0
    while lo < n:
        if step[lo] is None:
            lo += 1
            continue
        length, window_kind = step[lo]
        spans.append(span(lo, lo + length, window_kind, keep_head=0))
        lo += length
    if n > max(_WINDOW_LENGTHS):  # longer than any one number: the digits between them go too
        taken = {i for s in spans for i in s.positions}
        stray = [(i, d) for i, d in run if i not in taken]
        if stray:
            spans.append(PiiSpan(stray[0][0], stray[-1][0] + 1, "digits",
                                 "".join(d for _, d in stray), tuple(i for i, _ in stray),
                                 keep_head=0, keep_tail=0))
        spans.sort(key=lambda s: s.start)
    return spans


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


def _mask_pieces(pieces: Sequence[str], joins: Sequence[str]) -> tuple[list[str], int]:
    """``pieces`` masked as one text with ``joins[k]`` between piece k and k + 1 (joins hold no
    digit, so nothing in them is masked); and how many numbers were found."""
    offsets, parts = [], []
    length = 0
    for k, piece in enumerate(pieces):
        offsets.append(length)
        parts.append(piece)
        length += len(piece)
        if k < len(joins):
            parts.append(joins[k])
            length += len(joins[k])
    text = "".join(parts)
    if not _eleven_digit_run.search(text):
        return list(pieces), 0
    spans = find_pii(text)
    masked = _apply(text, spans)
    return [masked[o:o + len(p)] for o, p in zip(offsets, pieces)], len(spans)


def _with_texts(words: Sequence[Word], texts: Sequence[str]) -> list[Word]:
    """The words with their masked texts; a changed word loses its ``raw`` spelling, which
    would otherwise still hold the digits. Times and probabilities are kept."""
    return [replace(w, text=t, raw=None) if t != w.text else w for w, t in zip(words, texts)]


def _word_spans(words: list[Word]) -> tuple[list[PiiSpan], list[tuple[int, int]]]:
    """Numbers in the words read as one text, and joined index → (word, index in word)."""
    owner = [(wi, ci) for wi, w in enumerate(words) for ci in range(len(w.text))]
    return find_pii("".join(w.text for w in words)), owner


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


@dataclass(frozen=True)
class _TurnText:
    """What masking needs of a turn, from a ``Turn`` or from a call JSON's turn dict."""

    speaker: str
    start: float
    end: float
    text: str
    words: tuple[str, ...]


def _mask_transcript(turns: Sequence[_TurnText]) -> tuple[list[str], list[list[str]], int]:
    """Each turn's text and word texts masked on its speaker's digit stream, and the count of
    numbers found. A speaker's turns less than MAX_TURN_GAP_S apart are read as one text, so a
    number read in two turns (the agent's "嗯" between them) is one number."""
    texts = [t.text for t in turns]
    words = [list(t.words) for t in turns]
    found = 0
    by_speaker: dict[str, list[int]] = {}
    for i, t in enumerate(turns):
        by_speaker.setdefault(t.speaker, []).append(i)
    for order in by_speaker.values():
        order.sort(key=lambda i: (turns[i].start, i))
        joins = [_SOFT_BREAK if turns[b].start - turns[a].end <= MAX_TURN_GAP_S else _HARD_BREAK
                 for a, b in zip(order, order[1:])]
        masked, count = _mask_pieces([texts[i] for i in order], joins)
        found += count
        for i, text in zip(order, masked):
            texts[i] = text
        pieces: list[str] = []
        piece_joins: list[str] = []
        owners: list[tuple[int, int]] = []
        pending = ""
        for k, i in enumerate(order):
            if k:  # a turn without words passes its break on; a hard one wins
                pending = _HARD_BREAK if _HARD_BREAK in (pending, joins[k - 1]) else joins[k - 1]
            for wi, word in enumerate(words[i]):
                if pieces:
                    piece_joins.append(pending)
                pieces.append(word)
                owners.append((i, wi))
                pending = ""
        masked_words, _ = _mask_pieces(pieces, piece_joins)
        for (i, wi), text in zip(owners, masked_words):
            words[i][wi] = text
    return texts, words, found


def mask_turns(turns: Sequence[Turn]) -> tuple[list[Turn], int]:
    """The turns with every personal number masked across fillers, words and the speaker's
    turns; and how many numbers there were."""
    texts, words, found = _mask_transcript([
        _TurnText(t.speaker, t.start, t.end, t.text, tuple(w.text for w in t.words))
        for t in turns])
    return [replace(t, text=text, words=_with_texts(t.words, word_texts))
            for t, text, word_texts in zip(turns, texts, words)], found


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
    out.turns, masked = mask_turns(call.turns)
    out.hits = [_mask_outcome(h) for h in call.hits]
    out.review = [_mask_outcome(h) for h in call.review]
    out.provenance = dict(call.provenance, pii_masked=masked)
    if masked:
        log.debug("%s: masked %d personal numbers", call.call_id, masked)
    return out
