"""ASR-robust phrase matching over a call's turns.

A call is turned once into *streams* (one per role plus ``any``): the normalised text of the
role's turns joined by newlines, and its syllable encoding (``textnorm.encode``), which has the
same length. A phrase compiles to one regular expression over the encoding in which every
syllable position is a character class of the phrase syllable's readings and their one-letter
neighbours; the match is then scored (letter edits over the phrase's letters) and kept when
the similarity reaches the pack's threshold. So 公号 ≈ 工号 (homophone, similarity 1.0),
收等 ≈ 稍等 (0.88), 8027 = 八零二七, and all phrases of a rule are found with one regex scan.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from qa_toolkit import textnorm
from qa_toolkit.types import Call, Turn

SEPARATOR = "\n"
"""Between turns in a stream; no phrase class contains it and ``.`` never matches it."""

_VAR = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class PhraseSyntaxError(ValueError):
    """A phrase refers to an unknown variable or holds a bad regex variable."""


@dataclass(frozen=True)
class Lang:
    """How one language turns text into matchable units."""

    code: str

    @property
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

    @property
    def joiner(self) -> str:
        return "" if self.chinese else " "

    def units(self, norm: str) -> int:
        """Size of a text for rates: characters (zh) or words (en)."""
        if self.chinese:
            return len(norm)
        return norm.count(" ") + 1 if norm else 0


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


@dataclass
class Match:
    """One phrase found in a stream."""

    phrase: str
    """The pack's phrase (variables filled in)."""
    start: int
    end: int
    similarity: float
    kind: str
    """``exact`` (same characters), ``homophone`` (same pinyin) or ``fuzzy`` (near pinyin)."""
    text: str = ""
    """What the transcript says there (normalised)."""


@dataclass
class _Literal:
    norm: str
    classes: list[frozenset[str]]
    """Per position: the exact codes (all readings of the phrase character)."""
    readings: list[tuple[str, ...]]
    group: int = 0


@dataclass
class _Phrase:
    text: str
    parts: list[Any]
    """_Literal or a raw regex string (from a ``{regex: …}`` variable)."""
    letters: int
    group: int = 0
    penalty: int = 0
    """Letters of a syllable dropped from the phrase (ASR often loses 的, 一下…)."""


class PhraseSet:
    """A rule's phrases, compiled into one regex over syllable codes."""

    def __init__(self, phrases: Iterable[str], lang: Lang, variables: dict[str, Any],
                 threshold: float = 0.8, fuzzy: bool = True):
        self.lang = lang
        self.threshold = threshold
        self.fuzzy = fuzzy and lang.chinese
        self.phrases: list[_Phrase] = []
        for text in phrases:
            for expanded in expand(text, variables):
                phrase = self._compile_phrase(expanded)
                self.phrases.append(phrase)
                if self.fuzzy:
                    self.phrases.extend(_with_one_dropped(phrase))
        # Longer phrases first, so that a phrase and its prefix report the longer one.
        self.phrases.sort(key=lambda p: -p.letters)
        self.regex = self._build() if self.phrases else None

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __len__(self) -> int:
        return len(self.phrases)

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.phrases]

    def _compile_phrase(self, parts: list[Any]) -> _Phrase:
        compiled: list[Any] = []
        display, letters = [], 0
        for part in parts:
            if isinstance(part, _Raw):
                pattern = part.pattern
                if self.lang.chinese:
                    # \d also takes a digit's syllable: Whisper writes 六一五三 as 留一五三.
                    pattern = pattern.replace(r"\d", _digit_class())
                compiled.append(pattern)
                display.append(part.label)
                continue
            norm = self.lang.norm(part)
            if not norm:
                continue
            display.append(part)
            if self.lang.chinese:
                reads = [textnorm.readings(c) for c in norm]
                classes = [frozenset(textnorm.syllable_code(r) for r in rs) if textnorm.is_han(c)
                           else frozenset(c) for c, rs in zip(norm, reads)]
                letters += sum(len(rs[0]) for rs in reads)
            else:
                reads = [(c,) for c in norm]
                classes = [frozenset(c) for c in norm]
                letters += len(norm)
            compiled.append(_Literal(norm, classes, reads))
        return _Phrase("".join(display), compiled, max(letters, 1))

    def _position_class(self, lit: _Literal, i: int, allow_near: bool) -> str:
        codes = set(lit.classes[i])
        if allow_near and textnorm.is_han(lit.norm[i]):
            for r in lit.readings[i]:
                codes.update(textnorm.syllable_code(s) for s in textnorm.near_syllables(r))
        if len(codes) == 1:
            return re.escape(next(iter(codes)))
        return "[" + "".join(re.escape(c) for c in sorted(codes)) + "]"

    def _build(self) -> re.Pattern:
        branches, group = [], 0
        self._by_group: dict[int, _Phrase] = {}
        for phrase in self.phrases:
            syllable_count = sum(len(p.norm) for p in phrase.parts if isinstance(p, _Literal))
            # Fuzzy single syllables would match half the dictionary: exact only there.
            allow_near = self.fuzzy and syllable_count >= 2
            group += 1
            phrase.group = group
            self._by_group[group] = phrase
            pieces = []
            for part in phrase.parts:
                if isinstance(part, _Literal):
                    group += 1
                    part.group = group
                    body = "".join(self._position_class(part, i, allow_near)
                                   for i in range(len(part.norm)))
                    pieces.append(f"({body})")
                else:
                    pieces.append(f"(?:{part})")
                    group += re.compile(part).groups
            body = "".join(pieces)
            if not self.lang.chinese:
                body = rf"(?<![^\W_]){body}(?![^\W_])"
            branches.append(f"({body})")
        return re.compile("|".join(branches))

    def _score(self, phrase: _Phrase, m: re.Match, enc: str, norm: str) -> tuple[float, str]:
        """Similarity (1 − letter edits / phrase letters) and the kind of match."""
        cost, same_chars = 0, True
        for part in phrase.parts:
            if not isinstance(part, _Literal):
                continue
            lo, hi = m.span(part.group)
            if norm[lo:hi] == part.norm:
                continue
            same_chars = False
            for i, code in enumerate(enc[lo:hi]):
                if code in part.classes[i]:
                    continue
                said = textnorm.code_syllable(code)
                cost += min(textnorm.syllable_distance(said, r) for r in part.readings[i])
        cost += phrase.penalty
        if same_chars and not phrase.penalty:
            return 1.0, "exact"
        sim = 1.0 - cost / phrase.letters
        return sim, ("homophone" if cost == 0 else "fuzzy")

    def finditer(self, stream: "Stream", lo: int = 0, hi: Optional[int] = None,
                 limit: Optional[int] = None) -> list[Match]:
        """Non-overlapping matches in ``stream.enc[lo:hi]``, left to right."""
        if self.regex is None:
            return []
        enc, norm = stream.enc, stream.norm
        hi = len(enc) if hi is None else hi
        out: list[Match] = []
        pos = lo
        search = self.regex.search
        while pos < hi:
            m = search(enc, pos, hi)
            if m is None:
                break
            phrase = self._by_group[m.lastindex]  # the outer group of the branch closes last
            start, end = m.span()
            said = norm[start:end]
            sim, kind = self._score(phrase, m, enc, norm)
            if sim + 1e-9 < self.threshold:
                pos = start + 1
                continue
            out.append(Match(phrase.text, start, end, round(sim, 3), kind, said))
            if limit is not None and len(out) >= limit:
                break
            pos = max(end, start + 1)
        return out

    def search(self, stream: "Stream", lo: int = 0, hi: Optional[int] = None) -> Optional[Match]:
        found = self.finditer(stream, lo, hi, limit=1)
        return found[0] if found else None


@dataclass(frozen=True)
class _Raw:
    pattern: str
    label: str


_DIGIT_SYLLABLES = ("ling", "yi", "yao", "er", "liang", "san", "si", "wu", "liu", "qi", "ba", "jiu")


def _digit_class() -> str:
    codes = "".join(re.escape(textnorm.syllable_code(s)) for s in _DIGIT_SYLLABLES)
    return f"[0-9{codes}]"


MIN_SYLLABLES_TO_DROP = 5
"""Only phrases this long tolerate a dropped syllable: in short ones it changes the meaning."""


def _with_one_dropped(phrase: _Phrase) -> list[_Phrase]:
    if len(phrase.parts) != 1 or not isinstance(phrase.parts[0], _Literal):
        return []
    lit = phrase.parts[0]
    if len(lit.norm) < MIN_SYLLABLES_TO_DROP:
        return []
    out = []
    for i in range(1, len(lit.norm) - 1):
        if lit.norm[i] == lit.norm[i - 1]:
            continue  # dropping either of two equal neighbours gives the same variant
        shorter = _Literal(lit.norm[:i] + lit.norm[i + 1:], lit.classes[:i] + lit.classes[i + 1:],
                           lit.readings[:i] + lit.readings[i + 1:])
        out.append(_Phrase(phrase.text, [shorter], phrase.letters,
                           penalty=len(lit.readings[i][0])))
    return out


def expand(text: str, variables: dict[str, Any]) -> list[list[Any]]:
    """Fill ``{name}`` variables into a phrase: a list variable gives one phrase per item.

    A variable ``{regex: "…", label: "…"}`` is inserted as a regular expression over the
    encoded text (digits and Latin letters encode as themselves, one syllable is ``.``).
    """
    results: list[list[Any]] = [[]]
    pos = 0
    for m in _VAR.finditer(text):
        literal = text[pos:m.start()]
        pos = m.end()
        name = m.group(1)
        if name not in variables:
            raise PhraseSyntaxError(f"phrase {text!r} uses unknown variable {{{name}}}")
        value = variables[name]
        if isinstance(value, dict):
            if "regex" not in value:
                raise PhraseSyntaxError(f"variable {name!r} is a mapping without 'regex'")
            try:
                re.compile(value["regex"])
            except re.error as exc:
                raise PhraseSyntaxError(f"variable {name!r}: bad regex: {exc}") from None
            options: list[Any] = [_Raw(str(value["regex"]), str(value.get("label", "{" + name + "}")))]
        elif isinstance(value, (list, tuple)):
            options = [str(v) for v in value]
        else:
            options = [str(value)]
        results = [r + ([literal] if literal else []) + [o] for r in results for o in options]
    tail = text[pos:]
    if tail:
        results = [r + [tail] for r in results]
    return results


@dataclass
class Stream:
    """One role's turns (or all turns) as matchable text, with a way back to time and words."""

    lang: Lang
    turns: list[Turn] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    norm: str = ""
    enc: str = ""
    _times: dict[int, list[tuple[float, float, int]]] = field(default_factory=dict)

    def finish(self, encs: list[str]) -> None:
        self.norm = SEPARATOR.join(self.norms)
        self.enc = SEPARATOR.join(encs)
        self.offsets, pos = [], 0
        for n in self.norms:
            self.offsets.append(pos)
            pos += len(n) + 1
        self._starts = [t.start for t in self.turns]
        self._ends = [t.end for t in self.turns]

    def turn_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.offsets, pos) - 1)

    def char_times(self, index: int) -> list[tuple[float, float, int]]:
        """(start, end, word index or -1) of every normalised character of turn ``index``."""
        cached = self._times.get(index)
        if cached is not None:
            return cached
        turn, norm = self.turns[index], self.norms[index]
        out: list[tuple[float, float, int]] = []
        if turn.words:
            for wi, word in enumerate(turn.words):
                k = self.lang.kept(textnorm.to_simplified(word.text))
                if k and not self.lang.chinese and out:
                    k += 1  # the space between words
                out.extend([(word.start, word.end, wi)] * k)
        if len(out) != len(norm):
            # No words (a truth transcript) or a rare length change: spread the turn evenly.
            n = max(len(norm), 1)
            step = (turn.end - turn.start) / n
            out = [(turn.start + i * step, turn.start + (i + 1) * step, -1) for i in range(len(norm))]
        self._times[index] = out
        return out

    def time_span(self, start: int, end: int) -> tuple[float, float]:
        """Start and end time of stream characters [start, end)."""
        ti, tj = self.turn_at(start), self.turn_at(max(start, end - 1))
        a = self.char_times(ti)
        b = self.char_times(tj)
        la = start - self.offsets[ti]
        lb = max(start, end - 1) - self.offsets[tj]
        t0 = a[min(la, len(a) - 1)][0] if a else self.turns[ti].start
        t1 = b[min(lb, len(b) - 1)][1] if b else self.turns[tj].end
        return t0, t1

    def window(self, t0: float, t1: float) -> tuple[int, int]:
        """Stream positions [lo, hi) of the characters spoken inside [t0, t1]."""
        if not self.turns:
            return 0, 0
        first = bisect.bisect_right(self._ends, t0)
        while first < len(self.turns) and self._ends[first] <= t0:
            first += 1
        last = bisect.bisect_left(self._starts, t1) - 1
        if first >= len(self.turns) or last < first:
            return 0, 0
        lo = self.offsets[first] + _first_at_or_after(self.char_times(first), t0)
        hi = self.offsets[last] + _last_before(self.char_times(last), t1)
        return lo, max(lo, hi)

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


class CallText:
    """The streams of one call, built once and shared by every rule."""

    def __init__(self, call: Call, lang: Lang):
        self.lang = lang
        turns = sorted((t for t in call.turns), key=lambda t: (t.start, t.end))
        raw = [_turn_text(t) for t in turns]
        if lang.chinese:
            # One OpenCC call for the whole call; newlines survive conversion unchanged.
            joined = textnorm.to_simplified(SEPARATOR.join(r.replace(SEPARATOR, " ") for r in raw))
            simplified = joined.split(SEPARATOR)
            if len(simplified) != len(raw):  # pragma: no cover - OpenCC keeps newlines
                simplified = [textnorm.to_simplified(r) for r in raw]
        else:
            simplified = raw
        self.streams = {key: Stream(lang) for key in ROLE_KEYS}
        encs: dict[str, list[str]] = {key: [] for key in ROLE_KEYS}
        for turn, text in zip(turns, simplified):
            norm = lang.norm(text)
            enc = lang.encode(norm)
            for key in (turn.role if turn.role in ROLE_KEYS else "unknown", "any"):
                stream = self.streams[key]
                stream.turns.append(turn)
                stream.norms.append(norm)
                encs[key].append(enc)
        for key, stream in self.streams.items():
            stream.finish(encs[key])

    def stream(self, role: str) -> Stream:
        return self.streams[role if role in self.streams else "any"]


def _turn_text(turn: Turn) -> str:
    if turn.words:
        return "".join(w.text for w in turn.words)
    return turn.text
