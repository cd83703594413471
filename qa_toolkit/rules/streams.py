"""A call's text as the rules read it: one *stream* per role (and ``any``), each the role's
turns normalised (``Lang``: Chinese by syllable, other languages by word) and joined by
newlines with their syllable encoding (``textnorm``), and the way back from a stream position
to its turn, word and time, and from a time span to positions.

``CallText`` builds the streams of one call once; every rule of the pack shares them.
Phrases are matched over them by ``matching.PhraseSet``, intents by ``intents.IntentBook``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable, Optional, Sequence

import numpy as np

from qa_toolkit import textnorm
from qa_toolkit.types import Call, Turn, Word

SEPARATOR = "\n"
"""Between turns in a stream; no phrase class contains it and ``.`` never matches it."""


@dataclass(frozen=True)
class Lang:
    """How one language turns text into matchable units."""

    code: str

    @cached_property
    def chinese(self) -> bool:
        return self.code.startswith("zh")

    def norm(self, text: str) -> str:
        if self.chinese:
            return textnorm.normalize(text)
        # Word languages keep one space between words so phrases match whole words.
        return " ".join(_WORD.findall(text.lower()))

    def kept(self, text: str) -> int:
        return textnorm.kept_length(text) if self.chinese else len(self.norm(text))

    def encode(self, norm: str) -> str:
        return textnorm.encode(norm) if self.chinese else norm

    def units(self, norm: str) -> int:
        """Size of a text for rates: characters (zh) or words (en)."""
        if self.chinese:
            return len(norm)
        return norm.count(" ") + 1 if norm else 0

    def total_units(self, norms: Iterable[str]) -> int:
        return sum(map(len, norms)) if self.chinese else sum(map(self.units, norms))


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


class Stream:
    """One role's turns (or all turns) as matchable text, with a way back to time and words.

    ``norm`` is the turns' normalised texts joined by ``SEPARATOR`` and ``enc`` their syllable
    encoding (same length); turn ``i`` starts at ``offsets[i]`` in both. A position maps to
    its turn (``turn_at``), to its word and time (``char_times``, ``time_span``) and a time
    span back to positions (``window``).
    """

    def __init__(self, lang: Lang, turns: list[Turn], norms: list[str], encs: list[str]):
        self.lang = lang
        self.turns = turns
        self.norms = norms
        self.norm = SEPARATOR.join(norms)
        self.enc = SEPARATOR.join(encs)
        self.offsets: list[int] = []
        pos = 0
        for norm in norms:
            self.offsets.append(pos)
            pos += len(norm) + len(SEPARATOR)
        self.starts = [t.start for t in turns]
        self.ends = [t.end for t in turns]
        """Start and end time of every turn, in turn order."""
        self.cache: dict[Any, Any] = {}
        """Per-call tables other matchers build over this stream (``intents.IntentBook``)."""
        self._times: dict[int, list[tuple[float, float, int]]] = {}
        self._lengths: dict[int, Optional[list[int]]] = {}
        self._windows: dict[tuple[float, float], tuple[int, int]] = {}

    @cached_property
    def codes(self) -> np.ndarray:
        """``enc`` as an array of code points: the compiled matchers' input."""
        return np.frombuffer(self.enc.encode("utf-32-le"), dtype=np.uint32)

    def turn_at(self, pos: int) -> int:
        """Index of the turn holding stream position ``pos`` (a separator: the turn before)."""
        return max(bisect.bisect_right(self.offsets, pos) - 1, 0)

    def char_times(self, index: int) -> list[tuple[float, float, int]]:
        """(start, end, word index or -1) of every normalised character of turn ``index``."""
        cached = self._times.get(index)
        if cached is not None:
            return cached
        turn, norm = self.turns[index], self.norms[index]
        out: list[tuple[float, float, int]] = []
        words = turn.words
        lengths = self._word_lengths(index)
        if lengths is not None:
            out = [(w.start, w.end, wi) for wi, (w, k) in enumerate(zip(words, lengths))
                   for _ in range(k)]
        elif words:
            chinese = self.lang.chinese
            kept = textnorm.kept_length if chinese else self.lang.kept
            for wi, word in enumerate(words):
                # Simplified and Traditional keep the same characters: no conversion needed.
                k = kept(word.text)
                if k and not chinese and out:
                    k += 1  # the space between words
                if k:
                    out += ((word.start, word.end, wi),) * k
        if len(out) != len(norm):
            # No words (a truth transcript) or a rare length change: spread the turn evenly.
            n = max(len(norm), 1)
            step = (turn.end - turn.start) / n
            out = [(turn.start + i * step, turn.start + (i + 1) * step, -1) for i in range(len(norm))]
        self._times[index] = out
        return out

    def time_span(self, start: int, end: int) -> tuple[float, float]:
        """Start and end time of stream characters [start, end)."""
        last = max(end - 1, start)
        ti, tj = self.turn_at(start), self.turn_at(last)
        la = start - self.offsets[ti]
        if ti == tj:
            lengths = self._word_lengths(ti)
            if lengths is not None:
                lb = last - self.offsets[ti]
                t0 = None
                pos = 0
                for word, k in zip(self.turns[ti].words, lengths):
                    pos += k
                    if t0 is None and pos > la:
                        t0 = word.start
                    if pos > lb:
                        return t0, word.end
        a = self.char_times(ti)
        b = self.char_times(tj)
        lb = last - self.offsets[tj]
        t0 = a[min(la, len(a) - 1)][0] if a else self.turns[ti].start
        t1 = b[min(lb, len(b) - 1)][1] if b else self.turns[tj].end
        return t0, t1

    def _word_lengths(self, index: int) -> Optional[list[int]]:
        """How many stream characters each word of turn ``index`` gives (Chinese, when the
        words add up to the turn's text; else None). Lets a single character be timed by
        walking words, without building the turn's whole ``char_times``."""
        if not self.lang.chinese or index in self._times:
            return None
        if index not in self._lengths:
            words = self.turns[index].words
            lengths = textnorm.kept_lengths([w.text for w in words]) if words else None
            if lengths is not None and sum(lengths) != len(self.norms[index]):
                lengths = None
            self._lengths[index] = lengths
        return self._lengths[index]

    def window(self, t0: float, t1: float) -> tuple[int, int]:
        """Stream positions [lo, hi) of the characters spoken inside [t0, t1]."""
        key = (t0, t1)
        found = self._windows.get(key)
        if found is None:
            found = self._windows[key] = self._window(t0, t1)
        return found

    def _window(self, t0: float, t1: float) -> tuple[int, int]:
        if not self.turns:
            return 0, 0
        first = bisect.bisect_right(self.ends, t0)
        while first < len(self.turns) and self.ends[first] <= t0:
            first += 1
        last = bisect.bisect_left(self.starts, t1) - 1
        if first >= len(self.turns) or last < first:
            return 0, 0
        # Characters are timed only for a turn the window cuts through.
        lo = self.offsets[first] + (0 if self.turns[first].start >= t0
                                    else self._first_at_or_after(first, t0))
        hi = self.offsets[last] + (len(self.norms[last]) if self.turns[last].end <= t1
                                   else self._last_before(last, t1))
        return lo, max(hi, lo)

    def _first_at_or_after(self, index: int, t0: float) -> int:
        """The first character of turn ``index`` whose middle is at or after ``t0``."""
        lengths = self._word_lengths(index)
        if lengths is None:
            return _first_at_or_after(self.char_times(index), t0)
        pos = 0
        for word, k in zip(self.turns[index].words, lengths):
            if k:
                if (word.start + word.end) / 2 >= t0:
                    return pos
                pos += k
        return pos

    def _last_before(self, index: int, t1: float) -> int:
        """One past the last character of turn ``index`` whose middle is at or before ``t1``."""
        lengths = self._word_lengths(index)
        if lengths is None:
            return _last_before(self.char_times(index), t1)
        end = len(self.norms[index])
        for word, k in zip(reversed(self.turns[index].words), reversed(lengths)):
            if k:
                if (word.start + word.end) / 2 <= t1:
                    return end
                end -= k
        return 0

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words under stream characters [start, end) (none for a turn without words)."""
        out: list[Word] = []
        for ti in self.turn_indexes(start, end):
            times = self.char_times(ti)
            words = self.turns[ti].words
            off = self.offsets[ti]
            seen = {times[p - off][2] for p in range(max(start, off), min(end, off + len(times)))}
            out.extend(words[i] for i in sorted(seen) if 0 <= i < len(words))
        return out

    def turn_indexes(self, lo: int, hi: int) -> range:
        if hi <= lo:
            return range(0)
        return range(self.turn_at(lo), self.turn_at(hi - 1) + 1)


def _first_at_or_after(times: Sequence[tuple[float, float, int]], t0: float) -> int:
    for i, (s, e, _) in enumerate(times):
        if (s + e) / 2 >= t0:
            return i
    return len(times)


def _last_before(times: Sequence[tuple[float, float, int]], t1: float) -> int:
    for i in range(len(times) - 1, -1, -1):
        s, e, _ = times[i]
        if (s + e) / 2 <= t1:
            return i + 1
    return 0


ROLE_KEYS = ("agent", "customer", "unknown", "any")
_ROLE_SET = frozenset(ROLE_KEYS[:-1])


class CallText:
    """The streams of one call, built once and shared by every rule."""

    def __init__(self, call: Call, lang: Lang):
        self.lang = lang
        # Times as published (a call read from its JSON is already), so that a saved call
        # re-checked later (`check`, `verify`) gets exactly the verdicts of the run.
        turns = list(call.at_published_precision().turns)
        starts = [t.start for t in turns]
        if starts != sorted(starts):
            turns.sort(key=lambda t: (t.start, t.end))
        self.turns = turns
        self.ends = [t.end for t in turns]
        """End time of every turn (in time order)."""
        texts = [t.text for t in turns]
        if not all(texts):
            texts = [t.text or _turn_text(t) for t in turns]
        joined = SEPARATOR.join(texts)
        if joined.count(SEPARATOR) != len(turns) - 1 and turns:  # a turn's text holds one
            joined = SEPARATOR.join([_turn_text(t).replace(SEPARATOR, " ") for t in turns])
        if lang.chinese:
            # One OpenCC call and one vectorised pass for the whole call; lines = turns.
            norm_all, enc_all = textnorm.normalize_encode_lines(joined, simplify=True)
            norms, encs = norm_all.split(SEPARATOR), enc_all.split(SEPARATOR)
        else:
            norms = [lang.norm(line) for line in joined.split(SEPARATOR)]
            encs = norms
        if len(norms) != len(turns):  # pragma: no cover - OpenCC keeps newlines
            norms = [lang.norm(textnorm.to_simplified(_turn_text(t))) for t in turns]
            encs = [lang.encode(n) for n in norms]
        self._norms, self._encs = norms, encs
        self._roles = [t.role if t.role in _ROLE_SET else "unknown" for t in turns]
        self.streams: dict[str, Stream] = {}

    def stream(self, role: str) -> Stream:
        """The role's stream (``agent``, ``customer``, ``unknown``; anything else: ``any``),
        built when first asked for."""
        key = role if role in ROLE_KEYS else "any"
        stream = self.streams.get(key)
        if stream is None:
            stream = self.streams[key] = self._build(key)
        return stream

    def _build(self, key: str) -> Stream:
        if key == "any":
            return Stream(self.lang, self.turns, self._norms, self._encs)
        mine = [i for i, role in enumerate(self._roles) if role == key]
        return Stream(self.lang, [self.turns[i] for i in mine], [self._norms[i] for i in mine],
                      [self._encs[i] for i in mine])


def _turn_text(turn: Turn) -> str:
    # The turn's text is its words joined; words only give times (see Stream.char_times).
    return turn.text if turn.text or not turn.words else "".join(w.text for w in turn.words)
