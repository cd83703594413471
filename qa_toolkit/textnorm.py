"""Text forms that make rule matching robust to what Whisper writes.

Whisper (base, 8 kHz phone audio) writes Mandarin in Traditional or Simplified characters at
random, picks homophones (公号 for 工号) and near-homophones (收等 for 稍等), writes numbers as
8027, 八零二七 or 八〇二七, and sprinkles punctuation and spaces. Rules compare three forms:

- ``normalize(text)``: Simplified, half-width, lower-case, punctuation and spaces dropped, runs
  of Chinese digits (incl. 幺 and 两) folded to ASCII digits. One output character per kept
  input character, so positions map back to words.
- ``encode(norm)``: one character per syllable (toneless pinyin), so homophones are equal
  strings; digits and Latin letters stay themselves. Same length as ``norm``.
- ``near_syllables(syl)``: syllables one edit away, where a confusable initial or final pair
  (sh/s, an/ang, ao/ou) is one edit (shou ≈ shao): the basis of the bounded edit-distance match
  in ``qa_toolkit.rules.matching``.

Every per-character decision is cached in a translation table, so normalising and encoding a
whole turn are single ``str.translate`` calls.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import tempfile
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

log = logging.getLogger(__name__)

ZH_DIGITS = {"零": "0", "〇": "0", "○": "0", "一": "1", "幺": "1", "二": "2", "两": "2",
              "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# A single 一 or 两 is a word (一下, 两个), not a number: only runs of two or more digits, or
# Chinese digits touching ASCII digits, are numbers (8027, 八零二七, 8零27).
# Runs are found before punctuation is dropped, so "8027，两个" keeps its 两.
_DIGIT_CLASS = "[0-9０-９零〇○一幺二两三四五六七八九]"
_NUMBER_RUN = re.compile(f"{_DIGIT_CLASS}(?:[ \t]*{_DIGIT_CLASS})+")
_ZH_DIGIT_TABLE = str.maketrans(ZH_DIGITS)

_SYLLABLE_BASE = 0xE000
"""Syllable codes live in the Private Use Area, which no transcript contains."""


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (OpenCC ``t2s``, then the particle 著 as 着 and the
    account's 帐 as 账); other text is returned unchanged."""
    if not text or text.isascii():
        return text
    triggers = _t2s_triggers()
    # Without a trigger character OpenCC would change nothing (most transcripts are Simplified).
    if triggers is None or triggers.search(text) is not None:
        text = _t2s().convert(text)
    if "著" in text:
        text = _PARTICLE_ZHE.sub("着", text)
    return _ACCOUNT_ZHANG.sub("账", text) if "帐" in text else text


_ACCOUNT_ZHANG = re.compile("(?<![蚊营帷军床])帐(?![篷幕])")
"""OpenCC writes Traditional 帳 as 帐, the older form of 账 that Whisper also writes itself (转帐,
帐户, 调帐): in the saved runs' transcripts every 帐 is the account. The tent and the net (帐篷,
蚊帐) keep it. Folded so that a term the pack writes 调账 is heard in its own characters."""


_PARTICLE_ZHE = re.compile("(?<![显土卓昭名原编专巨论遗合所新])著(?![名作称录者])")
"""Traditional text writes the particle 着 as 著 (等著, 管不著, 著急), which OpenCC keeps,
since 著 is also a Simplified character (显著, 著名). Whisper writes Traditional: in the saved
runs' transcripts 著 is the particle in all but a handful of 2,864 turns that hold it. The
literary words keep it."""


@lru_cache(maxsize=1)
def _t2s_triggers() -> Optional[re.Pattern]:
    """A character class that every text OpenCC ``t2s`` would change contains.

    Read from the installed OpenCC's own dictionaries (dumped with its ``opencc_dict``
    tool): every character converted on its own, plus one character of each phrase that is
    converted although none of its characters is (深沈 → 深沉: 沈), and anything beyond the
    BMP. A text without any of them comes out of OpenCC unchanged. None when the
    dictionaries cannot be read; then every text is converted.
    """
    try:
        entries = _t2s_entries()
    except Exception as exc:  # any failure only costs speed
        log.debug("OpenCC dictionaries not readable (%s): converting every text", exc)
        return None
    converting = {key for key, value in entries if len(key) == 1 and value != key}
    phrases = [key for key, value in entries
               if len(key) > 1 and value != key and not converting.intersection(key)]
    # Of each such phrase, the character that is itself a dictionary entry (甦 in 甦醒, a
    # variant form) and shared by most of them: rare in Simplified text.
    listed = {key for key, _ in entries if len(key) == 1}
    counts = Counter(c for key in phrases for c in set(key))
    triggers = converting | {max(key, key=lambda c: (c in listed, counts[c], c))
                             for key in phrases}
    if not triggers:
        return None
    # Beyond the BMP the class would be checked character by character: any character there
    # triggers instead (rare in transcripts, and converting is always right).
    bmp = sorted(c for c in triggers if ord(c) <= 0xFFFF)
    return re.compile("[" + "".join(re.escape(c) for c in bmp) + "\U00010000-\U0010FFFF]")


def _t2s_entries() -> list[tuple[str, str]]:
    """(key, first value) of every entry of the dictionaries behind OpenCC's t2s."""
    import opencc

    root = Path(opencc.__file__).parent / "clib"
    share, tool = root / "share" / "opencc", root / "bin" / "opencc_dict"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files: list[str] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("file"):
                files.append(str(node["file"]))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(config)
    if not files:
        raise ValueError("t2s.json names no dictionary")
    entries: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in files:
            source = share / name
            if source.suffix != ".ocd2":
                raise ValueError(f"{name}: not an ocd2 dictionary")
            dumped = Path(tmp) / (source.stem + ".txt")
            subprocess.run([str(tool), "-i", str(source), "-o", str(dumped), "-f", "ocd2",
                            "-t", "text"], check=True, capture_output=True, timeout=60)
            for line in dumped.read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                if key and values:
                    entries.append((key, values.split(" ")[0]))
    if not entries:
        raise ValueError("the t2s dictionaries are empty")
    return entries


class _NormTable(dict):
    """Per-character normalisation, decided once per distinct character."""

    def __missing__(self, code: int) -> Optional[str]:
        # str.translate looks characters up by code point.
        folded = unicodedata.normalize("NFKC", chr(code)).lower()
        out: Optional[str]
        if len(folded) == 1 and folded.isalnum():
            out = folded
        elif len(folded) > 1 and folded[0].isalnum():
            # Ligatures and compatibility forms: keep one character so positions stay 1:1.
            out = folded[0]
        else:
            out = None
        self[code] = out
        return out


_NORM = _NormTable()


def _fold_run(match: re.Match) -> str:
    return match.group(0).translate(_ZH_DIGIT_TABLE)


def normalize(text: str) -> str:
    """Simplified, half-width, lower-case, no punctuation/space, digit runs as ASCII digits.

    Expects Simplified input (call ``to_simplified`` first; it is a separate step so that a
    whole call is converted in one OpenCC call).
    """
    return _NUMBER_RUN.sub(_fold_run, text).translate(_NORM)


_KEPT_LENGTHS: dict[str, int] = {}
_KEPT_LENGTHS_MAX = 100_000


def kept_length(text: str) -> int:
    """How many characters ``normalize(text)`` keeps (used to map positions to words).

    Remembered per text: it is asked for every word of every checked turn, and words (one to
    a few characters in Chinese) repeat endlessly.
    """
    n = _KEPT_LENGTHS.get(text)
    if n is None:
        if len(_KEPT_LENGTHS) >= _KEPT_LENGTHS_MAX:
            _KEPT_LENGTHS.clear()
        n = _KEPT_LENGTHS[text] = len(text.translate(_NORM))
    return n


def kept_lengths(texts: list[str]) -> list[int]:
    """``kept_length`` of each text (one dictionary lookup each when all are known)."""
    lengths = list(map(_KEPT_LENGTHS.get, texts))
    return lengths if None not in lengths else [kept_length(t) for t in texts]


@lru_cache(maxsize=1)
def syllable_inventory() -> tuple[str, ...]:
    """Every toneless pinyin syllable pypinyin knows (about 430), sorted."""
    from pypinyin.pinyin_dict import pinyin_dict

    marked = {r for value in set(pinyin_dict.values()) for r in value.split(",")}
    found = {_toneless(r) for r in marked}
    return tuple(sorted(s for s in found if s.isascii() and s.isalpha()))


def _toneless(reading: str) -> str:
    # pypinyin's Style.NORMAL writes ü as v; the dictionary marks tones as combining accents.
    plain = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in plain if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {syl: chr(_SYLLABLE_BASE + i) for i, syl in enumerate(syllable_inventory())}


@lru_cache(maxsize=1)
def _syllable_of_code() -> dict[str, str]:
    return {code: syl for syl, code in _codes().items()}


def syllable_code(syl: str) -> str:
    """The one-character code of a toneless syllable (new syllables get a new code)."""
    codes = _codes()
    code = codes.get(syl)
    if code is None:
        code = codes[syl] = chr(_SYLLABLE_BASE + len(codes))
        _syllable_of_code()[code] = syl
    return code


def code_syllable(code: str) -> str:
    """The syllable behind a code; non-codes (digits, letters) are returned as they are."""
    return _syllable_of_code().get(code, code)


def is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0002ebef"


@lru_cache(maxsize=None)
def readings(char: str) -> tuple[str, ...]:
    """All toneless readings of one Han character, the usual one first (行 → xing, hang…)."""
    if not is_han(char):
        return (char,)
    from pypinyin.pinyin_dict import pinyin_dict

    marked = pinyin_dict.get(ord(char))
    if not marked:
        return (char,)
    out = tuple(dict.fromkeys(r for r in map(_toneless, marked.split(",")) if r.isalpha()))
    return out or (char,)


@lru_cache(maxsize=1)
def _readings_in_words() -> dict[str, frozenset[str]]:
    from pypinyin.phrases_dict import phrases_dict

    found: dict[str, set[str]] = {}
    for phrase, marked in phrases_dict.items():
        for char, reading in zip(phrase, marked):
            found.setdefault(char, set()).add(reading[0])
    return {char: frozenset(map(_toneless, marks)) for char, marks in found.items()}


@lru_cache(maxsize=None)
def spoken_readings(char: str) -> tuple[str, ...]:
    """The readings of one Han character that speech uses: the usual one and those some word
    of pypinyin's phrase dictionary reads it with (行 → xing, hang). Rare and classical
    readings drop out (以 is also si, 有 wei, 台 yi and si): a pack regex written with 以 must
    not take a heard 四."""
    every = readings(char)
    in_words = _readings_in_words().get(char, frozenset())
    return (every[0],) + tuple(r for r in every[1:] if r in in_words)


class _EncodeTable(dict):
    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = syllable_code(readings(char)[0]) if is_han(char) else char
        self[code] = out
        return out


_ENCODE = _EncodeTable()


_LONG_TEXT = 200
"""From this length ``encode`` looks characters up in a numpy table: ``str.translate`` with
a dict costs ~60 ns a character (a role's turns, 1,600 characters: 100 µs, then 10 µs)."""


def encode(norm: str) -> str:
    """One code character per syllable of a normalised text (same length as ``norm``)."""
    if len(norm) < _LONG_TEXT:
        return norm.translate(_ENCODE)
    import numpy as np

    try:
        points = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return norm.translate(_ENCODE)
    tables = _tables()
    try:
        codes = tables.code[points]
    except IndexError:  # beyond the BMP
        return norm.translate(_ENCODE)
    if np.maximum.reduce(codes) == tables.UNSEEN:
        for cp in np.unique(points[codes == tables.UNSEEN]).tolist():
            tables.code[cp] = ord(_ENCODE[cp])
        codes = tables.code[points]
    return codes.tobytes().decode("utf-32-le")


_BMP = 0x10000


class _Tables:
    """Code-point lookup arrays over the BMP (normalised char, 0 = dropped, UNSEEN = not yet
    decided; syllable code of a normalised char), filled lazily for the characters seen."""

    UNSEEN = 0xFFFFFFFF

    def __init__(self) -> None:
        import numpy as np

        self.norm = np.full(_BMP, self.UNSEEN, dtype=np.uint32)
        self.enc = np.zeros(_BMP, dtype=np.uint32)
        self.code = np.full(_BMP, self.UNSEEN, dtype=np.uint32)
        """Syllable code of a character as it is (``encode``'s ``_ENCODE``), not normalised."""
        newline = ord("\n")
        self.norm[newline] = self.enc[newline] = newline

    def learn(self, points) -> None:
        import numpy as np

        for cp in np.unique(points[self.norm[points] == self.UNSEEN]).tolist():
            kept = _NORM[cp] if not 0xD800 <= cp <= 0xDFFF else None
            if kept is None:
                self.norm[cp] = 0
                continue
            self.norm[cp] = ord(kept)
            self.enc[cp] = ord(_ENCODE[ord(kept)])
            # A kept character's own entry is needed too when it differs (Ａ → a).
            if self.norm[ord(kept)] == self.UNSEEN:
                self.learn(np.array([ord(kept)], dtype=np.uint32))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def normalize_encode_lines(text: str, simplify: bool = False) -> tuple[str, str]:
    """``normalize`` and ``encode`` of every line of ``text`` in one vectorised pass
    (``to_simplified`` first when ``simplify``).

    Newlines are kept, so a call's turns joined by newlines come back line for line; this is
    what makes re-checking thousands of calls cheap (a table lookup per character in numpy
    instead of a Python dict lookup). Number runs are folded by the regex: a numpy version
    measured slower.
    """
    import numpy as np

    folded = _NUMBER_RUN.sub(_fold_run, to_simplified(text) if simplify else text)
    points = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
    tables = _tables()
    try:
        kept = tables.norm[points]
    except IndexError:  # beyond the BMP: character by character
        lines = folded.split("\n")
        norms = [line.translate(_NORM) for line in lines]
        return "\n".join(norms), "\n".join(encode(n) for n in norms)
    if kept.size and np.maximum.reduce(kept) == tables.UNSEEN:
        tables.learn(points)
        kept = tables.norm[points]
    kept = kept[kept != 0]
    coded = tables.enc[kept]
    return kept.tobytes().decode("utf-32-le"), coded.tobytes().decode("utf-32-le")


def syllables(norm: str) -> list[str]:
    """The toneless syllables of a normalised text (digits and letters as themselves)."""
    return [code_syllable(c) for c in encode(norm)]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (the strings here are a few letters long)."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
             "x", "r", "z", "c", "s", "y", "w")
# Pairs that 8 kHz phone audio, accents and Whisper confuse; each costs one letter edit. The
# band cuts the bursts that tell k from t: Whisper writes 卡 as 塔 there (塔一直在我钱包里).
_CLOSE_INITIALS = {frozenset(p) for p in (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"),
                                          ("h", "f"), ("r", "l"), ("k", "t"))}
_CLOSE_FINALS = {frozenset(p) for p in (("an", "ang"), ("en", "eng"), ("in", "ing"),
                                        ("ian", "iang"), ("uan", "uang"), ("ao", "ou"),
                                        ("o", "uo"), ("e", "o"), ("ai", "ei"), ("ong", "eng"))}


def split_syllable(syl: str) -> tuple[str, str]:
    """Initial and final of a toneless syllable (shou → sh, ou)."""
    for ini in _INITIALS:
        if syl.startswith(ini) and len(syl) > len(ini):
            return ini, syl[len(ini):]
    return "", syl


@lru_cache(maxsize=65536)
def syllable_distance(a: str, b: str) -> int:
    """Letter edits between two syllables, where a confusable initial or final pair (sh/s,
    ao/ou, an/ang…) counts as one edit: shou ≈ shao costs 1, as a one-letter slip does."""
    if a == b:
        return 0
    plain = edit_distance(a, b)
    if not (a.isalpha() and b.isalpha()):
        return plain
    (ia, fa), (ib, fb) = split_syllable(a), split_syllable(b)
    ci = 0 if ia == ib else (1 if frozenset((ia, ib)) in _CLOSE_INITIALS else edit_distance(ia, ib))
    cf = 0 if fa == fb else (1 if frozenset((fa, fb)) in _CLOSE_FINALS else edit_distance(fa, fb))
    return min(plain, ci + cf)


@lru_cache(maxsize=65536)
def initial_kept(a: str, b: str) -> bool:
    """Whether syllable ``a`` keeps ``b``'s initial or its confusable partner (sh/s, n/l…);
    two syllables with no initial (an, e) keep it too."""
    if not (a.isalpha() and b.isalpha()):
        return a == b
    ia, ib = split_syllable(a)[0], split_syllable(b)[0]
    return ia == ib or frozenset((ia, ib)) in _CLOSE_INITIALS


@lru_cache(maxsize=None)
def near_syllables(syl: str) -> frozenset[str]:
    """Syllables one edit away (shao → shou, sao, zhao…), including ``syl`` itself."""
    if not syl.isalpha():
        return frozenset((syl,))
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates = {syl[:i] + syl[i + 1:] for i in range(len(syl))}
    candidates |= {syl[:i] + c + syl[i + 1:] for i in range(len(syl)) for c in letters}
    candidates |= {syl[:i] + c + syl[i:] for i in range(len(syl) + 1) for c in letters}
    ini, fin = split_syllable(syl)
    for pair in _CLOSE_INITIALS:
        if ini in pair:
            candidates |= {other + fin for other in pair}
    for pair in _CLOSE_FINALS:
        if fin in pair:
            candidates |= {ini + other for other in pair}
    return frozenset(candidates & _inventory_set()) | {syl}


@lru_cache(maxsize=1)
def _inventory_set() -> frozenset[str]:
    return frozenset(syllable_inventory())


def is_backchannel(norm: str, lexicon: frozenset[str]) -> bool:
    """True when a normalised utterance consists only of backchannel words (嗯, 对, 好的)."""
    rest = norm
    # Greedy longest-first strip: 嗯嗯好的 → '' with lexicon {嗯, 好的}.
    ordered = sorted(lexicon, key=len, reverse=True)
    while rest:
        for word in ordered:
            if word and rest.startswith(word):
                rest = rest[len(word):]
                break
        else:
            return False
    return True
