"""ASR-robust phrase matching over a call's turns.

A call is turned once into *streams* (``rules/streams.py``: one per role plus ``any``): the
normalised text of the role's turns joined by newlines, and its syllable encoding
(``textnorm``: one code character per syllable, same length). A rule's phrases compile to one regular expression over the
encoding: each alternative starts with one exact syllable and the other positions are classes
of near syllables (one confusable edit away, see ``textnorm.near_syllables``); a candidate is
then scored (1 − letter edits / phrase letters) and kept when the similarity reaches the
pack's threshold. So 公号 ≈ 工号 (homophone, 1.0), 收等 ≈ 稍等 (fuzzy, 0.88), a dropped 的 in
a long phrase costs its letters, and 8027 = 八零二七 after normalising.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, Optional, Sequence

try:  # Python 3.11 moved the regex parser into the re package
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]

import numpy as np

from qa_toolkit import textnorm
from qa_toolkit.rules import phrase_kernels
from qa_toolkit.rules.streams import Lang, Stream

_VAR = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

class PhraseSyntaxError(ValueError):
    """A phrase refers to an unknown variable or holds a bad regex variable."""


@dataclass(slots=True)
class Match:
    """One phrase found in a stream."""

    phrase: str
    """The pack's phrase (variables filled in)."""
    start: int
    end: int
    similarity: float
    kind: str
    """``exact`` (same characters), ``homophone`` (same pinyin), ``fuzzy`` (near pinyin) or
    ``intent`` (close enough to an example sentence of a pack intent)."""
    text: str = ""
    """What the transcript says there (normalised)."""
    intent: str = ""
    """For ``kind == "intent"``: the pack intent whose example ``phrase`` is the closest."""


RARE_READING_COST = 1
"""Letters a syllable heard as a rare reading of the phrase character costs (see _Literal)."""


@dataclass
class _Literal:
    norm: str
    classes: list[frozenset[str]]
    """Per position: the exact codes (all readings of the phrase character)."""
    readings: list[tuple[str, ...]]
    usual: list[str] = field(default_factory=list)
    """Per position: the code of the character's usual reading. A syllable heard only as a
    rare reading (尾 yǐ, 号 xiāo) is a near homophone, one letter off, not a homophone:
    otherwise 以效 ≈ 尾号 at 1.0 (in 请问有什么可以效劳的)."""


@dataclass
class _Phrase:
    text: str
    parts: list[Any]
    """_Literal or a raw regex string (from a ``{regex: …}`` variable)."""
    letters: int


@dataclass
class _Branch:
    """One alternative of the combined regex: a phrase anchored on an exact syllable."""

    phrase: _Phrase
    pattern: str
    head: list[tuple[int, int, int]]
    """(part, position, offset from match start) of the positions matched by the branch head."""
    groups: list[tuple[int, int, int]]
    """(part, position or -1 for a regex part, group number) of the other positions, in the
    branch's own pattern."""
    back: int
    """How far the phrase starts before the match (1 when anchored on the second syllable)."""
    head_code: str = ""
    scan_pattern: str = ""
    """``pattern`` without groups, for the combined scanning regex."""
    contiguous: bool = False
    """One literal, no syllable it may drop: phrase character ``i`` is always at match start
    + ``i``, so ``_score`` needs no group positions."""
    contexts: list[phrase_kernels.Context] = field(default_factory=list)
    """Per alternative of ``scan_pattern``: the codes it takes before the head, after it and
    after that (None: anything, or nothing), for ``phrase_kernels``' pre-filter."""
    near: bool = True
    """Whether near syllables count (the phrase is long enough); when not, a syllable heard
    only as a rare reading of the phrase character is no match either (货带 is not 火大 by
    大's reading dai)."""

    @cached_property
    def regex(self) -> re.Pattern:
        """The branch's own pattern, compiled when first needed (most branches never are)."""
        return re.compile(self.pattern)

    @cached_property
    def syllables(self) -> int:
        """The phrase's syllables in its literal parts."""
        return sum(len(p.norm) for p in self.phrase.parts if isinstance(p, _Literal))


_Marked = tuple[_Branch, list[tuple[int, int, int]]]

_UNSEEN: Any = object()
"""A cache's answer for a key not yet met (its values may be None)."""

_NEGATIONS = frozenset("不没别未非勿")
_NUMERALS = frozenset("0123456789零〇一二三四五六七八九十两幺")


def _negated(text: str) -> bool:
    return not _NEGATIONS.isdisjoint(text)


class PhraseSet:
    """A rule's phrases, compiled into one regex over syllable codes.

    Every alternative starts with an exact syllable code (the phrase's first syllable, or its
    second when the first is only near), so the regex engine skips in C to the few positions
    holding one of those codes instead of trying every phrase at every position; the other
    positions are classes of near syllables, and ``_score`` decides.
    """

    def __init__(self, phrases: Iterable[str], lang: Lang, variables: dict[str, Any],
                 threshold: float = 0.8, fuzzy: bool = True, min_fuzzy_syllables: int = 2,
                 intents: Sequence[Any] = (), keep_initials: bool = False,
                 strict_near: bool = False):
        self.lang = lang
        self.intents = list(intents)
        """Pack intents (``intents.Intent``) that count like the phrases: a stretch close
        enough to one of their example sentences is a match of kind ``intent``."""
        self.threshold = threshold
        self.fuzzy = fuzzy and lang.chinese
        self.min_fuzzy_syllables = max(2, min_fuzzy_syllables)
        self.keep_initials = keep_initials
        """A near syllable must keep the phrase syllable's initial (or its confusable partner,
        sh/s, n/l…). For phrases whose presence is the fault: the ASR's slips on the phone
        band keep the initial (稍等 → 收等, 来占线 → 来占信), a changed one is another word
        said (随便起 is not 随便你, 下单了 not 下班了, 为什么用 not 有什么用)."""
        self.strict_near = strict_near
        """A phrase of four syllables or fewer may be heard with one near syllable only (not
        half of them): for phrases whose presence is the fault, two of four syllables other
        (别照着新 for 别占着线) are other words said."""
        self.phrases: list[_Phrase] = []
        self.shared: list[PhraseSet] = []
        """A list variable used whole (``{rebuffs}``) in several rules' lists: compiled once
        and scanned once per stream (its matches are kept in the stream's cache)."""
        listed: list[str] = []
        for text in phrases:
            whole = _VAR.fullmatch(text.strip())
            if whole and isinstance(variables.get(whole.group(1)), (list, tuple)):
                sub = _shared_set(whole.group(1), lang, variables, threshold, fuzzy,
                                  min_fuzzy_syllables, keep_initials, strict_near)
                self.shared.append(sub)
                listed.extend(sub.listed)
                continue
            for expanded in expand(text, variables):
                self.phrases.append(self._compile_phrase(expanded))
                listed.append(self.phrases[-1].text)
        self.listed = [f"intent:{i.name}" for i in self.intents] + list(dict.fromkeys(listed))
        """The phrases in the pack's order (for evidence: the first is the usual wording)."""
        # Longer phrases first, so that a phrase and its prefix report the longer one.
        self.phrases.sort(key=lambda p: -p.letters)
        self.branches: list[_Branch] = []
        self.regexes: list[tuple[re.Pattern, Optional[dict[int, _Marked]]]] = []
        """The scanning regex of the branches anchored on a syllable (None: the branch is
        then found by ``_try_branches``) and the combined regex of the others, with each
        branch and its groups as numbered there, by the number of its last group."""
        self._plain = False
        """Exact syllables only (no near ones, no regex parts, no intents): every hit of the
        scanning regex is a match, so ``count`` can count them without building Matches."""
        self._pairs: Optional[tuple[Any, Any]] = None
        """``phrase_kernels``' tables for the scanning regex (None: it scans alone)."""
        self._start_pairs: Optional[tuple[Any, ...]] = None
        """``phrase_kernels``' tables for the combined regex of the branches led by a regex
        variable: its first three characters as ``_start_contexts`` reads them (None: it is
        searched at every position)."""
        if self.phrases:
            self._build()

    def __bool__(self) -> bool:
        return bool(self.phrases or self.intents or self.shared)

    def __len__(self) -> int:
        return len(self.phrases) + len(self.intents) + sum(len(s) for s in self.shared)

    @property
    def texts(self) -> list[str]:
        return self.listed

    @property
    def quoted(self) -> list[str]:
        """Wordings to quote in evidence, in the pack's order: each intent by its first example
        sentence (a reader sees 「您好，恒通银行…」, not an intent's name), then the phrases."""
        return [i.examples[0] for i in self.intents] + [
            t for t in self.listed if not t.startswith("intent:")]

    @property
    def example(self) -> str:
        """A wording to quote as an example in evidence: the first listed phrase, or the first
        example sentence of the first intent (an agent reads 「请您稍等」, not an intent's name)."""
        quoted = self.quoted
        plain = quoted[len(self.intents):]
        return (plain or quoted or ["?"])[0]

    def _compile_phrase(self, parts: list[Any]) -> _Phrase:
        compiled: list[Any] = []
        display, letters = [], 0
        for part in parts:
            if isinstance(part, _Raw):
                pattern = part.pattern
                if self.lang.chinese:
                    pattern = _regex_over_codes(pattern)
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
            compiled.append(_Literal(norm, classes, reads,
                                     [textnorm.syllable_code(rs[0]) if textnorm.is_han(c) else c
                                      for c, rs in zip(norm, reads)]))
        return _Phrase("".join(display), compiled, max(letters, 1))

    def _build(self) -> None:
        fast: list[_Branch] = []
        slow: list[_Branch] = []
        any_near = False
        for phrase in self.phrases:
            syllables = sum(len(p.norm) for p in phrase.parts if isinstance(p, _Literal))
            # Fuzzy single syllables would match half the dictionary: exact only there.
            near = self.fuzzy and syllables >= self.min_fuzzy_syllables
            any_near = any_near or near
            first = phrase.parts[0]
            if not isinstance(first, _Literal):
                slow.append(self._branch(phrase, near, head_codes=None, back=0))
                continue
            usual = self._usual_only(phrase, near)
            for code in ([first.usual[0]] if usual else sorted(first.classes[0])):
                fast.append(self._branch(phrase, near, head_codes=code, back=0, usual=usual))
            if near and len(first.norm) >= 2 and textnorm.is_han(first.norm[0]) \
                    and self._codes(first, 0, True) - first.classes[0]:
                # The first syllable misheard (收等 for 稍等): anchor on the second.
                for code in sorted(first.classes[1]):
                    fast.append(self._branch(phrase, near, head_codes=code, back=1))
        if fast:
            # Found by a regex without groups (the engine's cost per attempt grows with the
            # group count), its alternatives grouped under their head syllable so that a
            # position tries one group, not every branch; which branch matched is then found
            # by the branches' own patterns, in order (_try_branches).
            rests: dict[str, list[str]] = {}
            for br in fast:
                head = re.escape(br.head_code)
                rests.setdefault(head, []).append(br.scan_pattern[len(head):])
            self.regexes.append((re.compile("|".join(
                head + (f"(?:{'|'.join(r)})" if len(r) > 1 else r[0])
                for head, r in rests.items())), None))
            self.branches.extend(fast)
        if slow:
            group, patterns, by_marker = 0, [], {}
            for br in slow:
                # Renumber the branch's groups into the combined pattern.
                pattern = br.pattern
                n_groups = re.compile(pattern).groups
                # The branch's last group (its trailing "()") tells which branch matched.
                by_marker[group + n_groups] = (br, [(pi, i, g + group) for pi, i, g in br.groups])
                group += n_groups
                patterns.append(pattern)
            self.regexes.append((re.compile("|".join(patterns)), by_marker))
            self.branches.extend(slow)
            heads = _start_contexts(self.regexes[-1][0])
            if heads is not None:
                self._start_pairs = phrase_kernels.context_tables(heads)
        self._head_scans: dict[tuple[str, str], Optional[re.Pattern]] = {}
        """``_head_scan`` by head and the code after it, filled as codes are met."""
        self._head_scan_regexes: dict[tuple[str, tuple[int, ...]], Optional[re.Pattern]] = {}
        """``_head_scan``'s regexes by head and the branches they hold (a head's codes after
        it share a few of them)."""
        self._by_head: dict[str, list[_Branch]] = {}
        self._tails: dict[tuple[str, int], tuple[Optional[re.Pattern], Optional[dict]]] = {}
        """``_branches_from``'s regexes, built when first needed."""
        contexts: dict[str, list[phrase_kernels.Context]] = {}
        """Every alternative of each head, as the pre-filter sees it."""
        for br in fast:
            self._by_head.setdefault(br.head_code, []).append(br)
            contexts.setdefault(br.head_code, []).extend(br.contexts)
        if fast:
            self._pairs = phrase_kernels.context_tables(contexts)
        self._plain = (not self.intents and not slow and not any_near and self.threshold <= 1.0
                       and all(br.contiguous for br in fast))
        self._usual = {"".join(c for p in phrase.parts if isinstance(p, _Literal) for c in p.usual)
                       for phrase in self.phrases} if self._plain else set()
        """Each phrase as its characters' usual syllables: the hits ``count`` may take as they are."""

    @staticmethod
    def _usual_only(phrase: _Phrase, near: bool) -> bool:
        """Whether the phrase is sought by its characters' usual readings only. Without near
        syllables a syllable heard as a rare reading scores 0 (``_score``), so where no regex
        part can stretch past it the other readings find nothing: 短款 is not tried at every
        短信 (款 is also read xin), seven times a call in the jargon (a test holds the matches
        equal)."""
        return not near and all(isinstance(p, _Literal) for p in phrase.parts)

    def _branch(self, phrase: _Phrase, near: bool, head_codes: Optional[str], back: int,
                usual: bool = False) -> _Branch:
        """Pattern of one alternative; its own groups are numbered from 1. ``usual``: each
        syllable by its character's usual reading only (see ``_build``)."""
        pieces: list[str] = []
        scan: list[str] = []
        """The same pattern without groups (see ``_build``)."""
        droppable: list[int] = []
        """Indexes in ``scan`` of syllables ASR may have lost (at most one may be missing)."""
        lead = 0  # scan pieces of the anchor (the escaped head, and its lookbehind)
        class_codes: dict[int, frozenset[str]] = {}
        """The codes of each ``scan`` piece that is one syllable's class."""
        head: list[tuple[int, int, int]] = []
        groups: list[tuple[int, int, int]] = []
        group = 0
        single_literal = len(phrase.parts) == 1
        for pi, part in enumerate(phrase.parts):
            if not isinstance(part, _Literal):
                group += 1
                groups.append((pi, -1, group))
                pieces.append(f"({part})")
                scan.append(f"(?:{part})")
                group += re.compile(part).groups
                continue
            n = len(part.norm)
            optional = near and single_literal and n >= MIN_SYLLABLES_TO_DROP
            for i in range(n):
                if pi == 0 and head_codes is not None and i <= back:
                    if i == back:
                        anchor = [re.escape(head_codes)]
                        if back == 1:
                            others = self._codes(part, 0, True) - part.classes[0]
                            misheard_first = _class(others)
                            anchor.append(f"(?<={misheard_first}.)")
                        elif not self.lang.chinese:
                            anchor.append(r"(?<![^\W_].)")
                        pieces += anchor
                        scan += anchor  # the escaped head first: _build groups on it
                        lead = len(scan)
                    head.append((0, i, i - back))
                    continue
                group += 1
                groups.append((pi, i, group))
                codes = frozenset((part.usual[i],)) if usual else self._codes(part, i, near)
                cls = _class(codes)
                class_codes[len(scan)] = codes
                # Long phrases survive one syllable lost by ASR (感谢您耐心等待).
                if optional and 0 < i < n - 1 and i != back:
                    pieces.append(f"({cls})?")
                    droppable.append(len(scan))
                    scan.append(cls)
                else:
                    pieces.append(f"({cls})")
                    scan.append(cls)
        if not self.lang.chinese:
            pieces.append(r"(?![^\W_])")
            scan.append(r"(?![^\W_])")
            if head_codes is None:
                pieces.insert(0, r"(?<![^\W_])")
                scan.insert(0, r"(?<![^\W_])")
        pieces.append("()")
        anchor = scan[:lead - 1] if back == 1 else scan[:lead]
        rest = list(range(lead, len(scan)))
        if droppable and head_codes is not None:
            # Each syllable optional would let the scan stop wherever most of a long phrase
            # is missing (已经帮您修改 at 以在, five times a call), each stop then scored and
            # refused (two lost): the scan lists the phrase whole or with one syllable lost.
            # It only finds where to try, so the matches are those of the optional pattern.
            alternatives, optional = [[k for k in rest if k != skip]
                                      for skip in [-1, *droppable]], []
        else:
            alternatives, optional = [rest], droppable
        texts: list[str] = []
        contexts: list[phrase_kernels.Context] = []
        for alt in alternatives:
            opening = alt[0] if alt and alt[0] not in optional and alt[0] in class_codes else None
            # A gap, an optional syllable or the end: anything may follow (None).
            second = alt[1] if opening is not None and len(alt) > 1 \
                and alt[1] not in optional and alt[1] in class_codes else None
            contexts.append((others if back == 1 else None,
                             None if opening is None else class_codes[opening],
                             None if second is None else class_codes[second]))
            text = [f"{scan[k]}?" if k in optional else scan[k] for k in alt]
            if back == 1:
                # The first syllable's look-behind is checked after the syllable that
                # follows the head where that is one class: the regex engine skips an
                # alternative that opens with a class at the cost of one lookup, but enters
                # every one that opens with a look-behind wherever its head is said.
                if opening is not None:
                    text.insert(1, f"(?<={misheard_first}..)")
                else:
                    text.insert(0, f"(?<={misheard_first}.)")
            texts.append("".join(text))
        scan_pattern = "".join(anchor) + (texts[0] if len(texts) == 1
                                          else "(?:" + "|".join(texts) + ")")
        contiguous = single_literal and isinstance(phrase.parts[0], _Literal) and not (
            near and len(phrase.parts[0].norm) >= MIN_SYLLABLES_TO_DROP)
        return _Branch(phrase, "".join(pieces), head, groups, back, head_code=head_codes or "",
                       scan_pattern=scan_pattern, contiguous=contiguous, near=near,
                       contexts=contexts)

    def _codes(self, lit: _Literal, i: int, near: bool) -> frozenset[str]:
        codes = set(lit.classes[i])
        if near and textnorm.is_han(lit.norm[i]):
            # Near neighbours of the usual reading only: those of rare readings (被 pi) let
            # unrelated words in (资到 ≈ 被盗).
            codes.update(textnorm.syllable_code(s)
                         for s in textnorm.near_syllables(lit.readings[i][0]))
        return frozenset(codes)

    def _score(self, br: _Branch, m: re.Match, groups: list[tuple[int, int, int]], enc: str,
               norm: str) -> tuple[float, str, int]:
        """Similarity (1 − letter edits / phrase letters), the kind of match, and its start."""
        anchor = m.start()
        start = anchor - br.back
        if br.contiguous:
            return self._score_contiguous(br, start, enc, norm, self.keep_initials,
                                          self.strict_near)
        where: dict[tuple[int, int], int] = {(pi, i): anchor + off for pi, i, off in br.head}
        for pi, i, g in groups:
            if i >= 0:
                at, to = m.span(g)
                where[(pi, i)] = at if to > at else -1  # an optional syllable not heard
        cost, dropped, same, near = 0, 0, True, 0
        # Past either limit the score is 0 whatever the rest: stop there (most candidates
        # the scan finds are other words, two syllables near in three).
        allowed = _near_allowed(br.syllables, self.strict_near)
        for pi, part in enumerate(br.phrase.parts):
            if not isinstance(part, _Literal):
                continue
            for i, ch in enumerate(part.norm):
                at = where.get((pi, i), -1)
                if at < 0:
                    dropped += 1
                    if dropped > 1:
                        return 0.0, "fuzzy", start
                    cost += len(part.readings[i][0])
                    same = False
                    continue
                if norm[at] == ch:
                    continue
                same = False
                code = enc[at]
                if code != part.usual[i]:
                    # A near syllable, or a rare reading of the phrase character (a near
                    # homophone): either counts against the phrase's allowance.
                    near += 1
                    if near > allowed:
                        return 0.0, "fuzzy", start
                    extra = _off_reading_cost(br, part, i, code)
                    if extra is None:
                        return 0.0, "fuzzy", start
                    cost += extra
                if self.keep_initials and not _initial_kept(code, part, i):
                    return 0.0, "fuzzy", start
        if same:
            return 1.0, "exact", start
        return 1.0 - cost / br.phrase.letters, ("homophone" if cost == 0 else "fuzzy"), start

    @staticmethod
    def _score_contiguous(br: _Branch, start: int, enc: str, norm: str,
                          keep_initials: bool = False,
                          strict_near: bool = False) -> tuple[float, str, int]:
        """``_score`` for a contiguous branch (a test holds the two equal). Most phrases are
        one literal, and finding each position from the match's groups was a third of the
        time of counting a call's business-type cues (bench/rules.py: see the commit)."""
        part = br.phrase.parts[0]
        said = norm[start:start + len(part.norm)]
        if said == part.norm:
            return 1.0, "exact", start
        cost = near = 0
        allowed = _near_allowed(len(part.norm), strict_near)
        for i, ch in enumerate(part.norm):
            if said[i] == ch:
                continue
            code = enc[start + i]
            if code != part.usual[i]:
                near += 1
                if near > allowed:
                    return 0.0, "fuzzy", start
                extra = _off_reading_cost(br, part, i, code)
                if extra is None:
                    return 0.0, "fuzzy", start
                cost += extra
            if keep_initials and not _initial_kept(code, part, i):
                return 0.0, "fuzzy", start
        return 1.0 - cost / br.phrase.letters, ("homophone" if cost == 0 else "fuzzy"), start

    def _scan(self, regex: re.Pattern, by_marker: Optional[dict[int, _Marked]], enc: str, norm: str,
              lo: int, hi: int, limit: Optional[int]) -> list[Match]:
        out: list[Match] = []
        pos = lo
        floor = lo  # no match may start before the end of the previous one
        search = regex.search
        while pos < hi:
            m = search(enc, pos, hi)
            if m is None:
                break
            if by_marker is None:
                # The scanning regex has no groups: the first branch (in its order) that
                # matches here and scores is the one.
                found = self._try_branches(m.start(), enc, norm, floor, hi)
            else:
                chosen, groups = by_marker[m.lastindex]
                found = self._accept(chosen, m, groups, enc, norm, floor)
            if found is None:
                pos = m.start() + 1
                continue
            out.append(found)
            if limit is not None and len(out) >= limit:
                break
            pos = floor = found.end
        return out

    def _candidates(self, stream: Stream, kind: str, lo: int, hi: int,
                    listing: Any) -> list[int]:
        """The positions a pre-filter lists (``listing(start, end)``), once per stream over the
        stretch asked for (half the sets are asked for the first or last seconds only), widened
        when a later range reaches past it: a range ending inside the stretch may get a
        candidate or two too many at its end (the syllables after it lie past the range),
        which the regex refuses."""
        key = (id(self), kind)
        cached = stream.cache.get(key)
        if cached is None or not cached[0] <= lo <= hi <= cached[1]:
            start, end = (lo, hi) if cached is None else (min(lo, cached[0]), max(hi, cached[1]))
            cached = stream.cache[key] = (start, end, listing(start, end))
        return cached[2]

    def _scan_pairs(self, regex: re.Pattern, stream: Stream, lo: int, hi: int,
                    limit: Optional[int]) -> list[Match]:
        """``_scan`` of the fast regex, tried only where a head meets syllables one of its
        alternatives can take around it (``phrase_kernels``): the same matches, found
        without entering the regex at every head (a test holds the two equal)."""
        enc, norm = stream.enc, stream.norm
        pairs: Any = self._pairs
        scans = self._head_scans

        def listing(a: int, b: int) -> list[int]:
            return phrase_kernels.context_candidates(stream.codes, a, b, *pairs).tolist()

        candidates = self._candidates(stream, "pairs", lo, hi, listing)

        def found_at(at: int, floor: int) -> Optional[Match]:
            key = (enc[at], enc[at + 1] if at + 1 < hi else "")
            scan = scans.get(key, _UNSEEN)
            if scan is _UNSEEN:
                scan = self._head_scan(*key)
            if scan is None or scan.match(enc, at, hi) is None:
                return None
            return self._try_branches(at, enc, norm, floor, hi)

        return _scan_candidates(candidates, lo, hi, limit, found_at)

    def _head_scan(self, head: str, after: str) -> Optional[re.Pattern]:
        """The scanning regex at a position holding ``head`` followed by ``after`` ("": the
        range ends there): the alternatives of the head's branches that can take ``after``
        next (by their ``contexts``), None when none can. The whole scanning regex tries every
        head's alternatives in turn, and one head's alone are up to ninety in the forbidden
        phrases, each opening with a class (this regex's time in cProfile on bench/rules.py's
        calls: 18 -> 5 ms for 80 of them). Where the scanning regex matches, these do (the
        branch that matches takes ``after``), so the scan finds the same (a test holds the
        two equal)."""
        branches = self._by_head[head]
        takes = tuple(j for j, br in enumerate(branches)
                      if any(opening is None or after in opening
                             for _, opening, _ in br.contexts))
        regex = self._head_scan_regexes.get((head, takes), _UNSEEN)
        if regex is _UNSEEN:
            escaped = re.escape(head)
            tails = [branches[j].scan_pattern[len(escaped):] for j in takes]
            regex = re.compile(escaped + "(?:" + "|".join(tails) + ")") if tails else None
            self._head_scan_regexes[(head, takes)] = regex
        self._head_scans[(head, after)] = regex
        return regex

    def _scan_start_pairs(self, regex: re.Pattern, by_marker: dict[int, _Marked],
                          stream: Stream, lo: int, hi: int, limit: Optional[int]) -> list[Match]:
        """``_scan`` of the combined regex of the branches led by a regex variable, entered
        only where its first character meets a second and third it can take
        (``phrase_kernels``, from ``_start_contexts``). Its branches begin with a group, so
        Python's engine cannot skip ahead in C and would enter every branch at every position;
        stopping at each character a match may start with still ran the whole regex at every
        您, 你 or 一 (the fraud, hand-off and rebuff sets). The same matches (a test holds the
        two equal)."""
        enc, norm = stream.enc, stream.norm
        match = regex.match
        pairs: Any = self._start_pairs

        def listing(a: int, b: int) -> list[int]:
            return phrase_kernels.context_candidates(stream.codes, a, b, *pairs).tolist()

        candidates = self._candidates(stream, "starts", lo, hi, listing)

        def found_at(at: int, floor: int) -> Optional[Match]:
            m = match(enc, at, hi)
            if m is None:
                return None
            chosen, groups = by_marker[m.lastindex]  # type: ignore[index]
            return self._accept(chosen, m, groups, enc, norm, floor)

        return _scan_candidates(candidates, lo, hi, limit, found_at)

    def _accept(self, br: _Branch, m: re.Match, groups: list[tuple[int, int, int]], enc: str,
                norm: str, floor: int) -> Optional[Match]:
        """The branch's regex match ``m`` as a Match, if it scores and does not overlap the
        previous one (``floor``): every phrase match is made here."""
        sim, kind, start = self._score(br, m, groups, enc, norm)
        if start < floor or sim + 1e-9 < self.threshold:
            return None
        end = m.end()
        if kind != "exact" and _NUMERALS.issuperset(norm[start:end]) \
                and not _NUMERALS.intersection(br.phrase.text):
            # Digits read out (身份证后四位是七四五九) are no word that sounds like them (气死).
            return None
        if kind == "fuzzy" and _negated(br.phrase.text) != _negated(norm[start:end]):
            # A near match that gains or loses the negation says the opposite (跟您说清楚
            # is not 跟你说不清, 这是我的疏忽 not 这不是我的事).
            return None
        return Match(br.phrase.text, start, end, similarity=sim if sim == 1.0 else round(sim, 3),
                     kind=kind, text=norm[start:end])

    def _try_branches(self, at: int, enc: str, norm: str, floor: int, hi: int) -> Optional[Match]:
        """The first fast branch that matches at ``at`` and scores.

        The branches of the head from the ``k``-th on are one regex (``_branches_from``),
        which tries them in order in C and says by its marker group which matched first;
        only when that one does not score are the ones after it tried. Matching each branch
        by its own regex in turn was a Python call per branch, most failing (seven branches
        a head in the disclosure rule's trigger: bench/rules.py)."""
        head = enc[at]
        branches = self._by_head.get(head)
        if not branches:
            return None
        k = 0
        while k < len(branches):
            regex, by_marker = self._branches_from(head, k)
            if by_marker is None:  # the branches cannot be one regex: each in turn
                for br in branches[k:]:
                    m = br.regex.match(enc, at, hi)
                    if m is not None:
                        found = self._accept(br, m, br.groups, enc, norm, floor)
                        if found is not None:
                            return found
                return None
            m = regex.match(enc, at, hi)
            if m is None:
                return None
            j, br, groups = by_marker[m.lastindex]  # type: ignore[index]
            found = self._accept(br, m, groups, enc, norm, floor)
            if found is not None:
                return found
            k = j + 1
        return None

    def _branches_from(self, head: str, k: int) -> tuple[Optional[re.Pattern], Optional[dict]]:
        """The head's branches from the ``k``-th on as one regex, each branch's groups
        renumbered and keyed by its last group (every branch ends with a marker group):
        (regex, {last group: (branch index, branch, its groups)}). (None, None) when they
        cannot be joined (a regex variable referring to a group by number or name)."""
        key = (head, k)
        found = self._tails.get(key)
        if found is None:
            found = self._tails[key] = _joined_branches(self._by_head[head], k)
        return found

    def finditer(self, stream: Stream, lo: int = 0, hi: Optional[int] = None,
                 limit: Optional[int] = None) -> list[Match]:
        """Non-overlapping matches in ``stream.enc[lo:hi]``, left to right (a phrase before
        an intent window where they overlap: its wording is the exact evidence)."""
        if not self.regexes and not self.intents and not self.shared:
            return []
        hi = len(stream.enc) if hi is None else hi
        return self._with_intents(stream, lo, hi, limit,
                                  self._phrase_matches(stream, lo, hi, limit))

    def _with_intents(self, stream: Stream, lo: int, hi: int, limit: Optional[int],
                      found: list[Match]) -> list[Match]:
        """``finditer`` given the phrase matches ``found`` (``_phrase_matches``)."""
        if self.intents:
            intent_hi = hi
            if limit == 1 and found:
                # Only a window starting before the phrase found can come first; it ends by
                # that start plus the longest example, so nothing further is scored.
                first = found[0].start
                intent_hi = min(hi, first + max(i.longest for i in self.intents))
            for intent in self.intents:
                found.extend(m for m in intent.finditer(stream, lo, intent_hi, limit)
                             if intent_hi == hi or m.start < first)
            found = _leftmost(found)
        return found[:limit] if limit is not None else found

    def _phrase_matches(self, stream: Stream, lo: int, hi: int,
                        limit: Optional[int]) -> list[Match]:
        found: list[Match] = []
        for regex, by_marker in self.regexes:
            if by_marker is None and self._pairs is not None:
                found.extend(self._scan_pairs(regex, stream, lo, hi, limit))
            elif by_marker is not None and self._start_pairs is not None:
                found.extend(self._scan_start_pairs(regex, by_marker, stream, lo, hi, limit))
            else:
                found.extend(self._scan(regex, by_marker, stream.enc, stream.norm, lo, hi,
                                        limit))
        for sub in self.shared:
            key = (id(sub), lo, hi, limit)
            got = stream.cache.get(key)
            if got is None:
                got = stream.cache[key] = sub._phrase_matches(stream, lo, hi, limit)
            found.extend(got)
        if len(self.regexes) + len(self.shared) > 1:
            found = _leftmost(found)
        return found[:limit] if limit is not None else found

    def count(self, stream: Stream, lo: int = 0, hi: Optional[int] = None) -> int:
        """``len(finditer(stream, lo, hi))``. For a set of exact phrases the scanning regex's
        own hits are the matches (the first branch in order at each position, the next from
        its end: what ``_scan`` does), counted without building a Match each: a call's
        business-type cues, 150 -> 25 µs a call (bench/rules.py: see the commit; a test holds
        the two equal)."""
        hi = len(stream.enc) if hi is None else hi
        if self._plain and not self.shared:
            regex, _ = self.regexes[0]
            norm = stream.norm
            hits = list(regex.finditer(stream.enc, lo, hi))
            # A hit through a character's other reading (银航 for 银行, 行 also read hang) is
            # refused by the phrase's own scoring, and digits read out (九十 for 就是) by
            # ``_accept``: then only finditer can say what counts.
            if all(h.group() in self._usual and not _NUMERALS.issuperset(norm[h.start():h.end()])
                   for h in hits):
                return len(hits)
        return len(self.finditer(stream, lo, hi))

    def search(self, stream: Stream, lo: int = 0, hi: Optional[int] = None) -> Optional[Match]:
        found = self.finditer(stream, lo, hi, limit=1)
        return found[0] if found else None

    def search_any(self, stream: Stream, lo: int = 0,
                   hi: Optional[int] = None) -> Optional[Match]:
        """A match, not necessarily the first: a phrase if one is said (cheap), else an
        intent window. For rules that need only whether the step was said."""
        if self.intents and (self.regexes or self.shared):
            hi = len(stream.enc) if hi is None else hi
            found = self._phrase_matches(stream, lo, hi, 1)
            if found:
                return found[0]
            # No phrase: the first intent window, without scanning for the phrases again.
            found = self._with_intents(stream, lo, hi, 1, found)
            return found[0] if found else None
        return self.search(stream, lo, hi)


_SHARED: dict[tuple, PhraseSet] = {}


def _initial_kept(code: str, part: "_Literal", i: int) -> bool:
    """Whether the syllable heard (``code``) at ``part``'s position ``i`` keeps the initial of
    the reading the phrase means there (its usual one: 有 read wei, a rare reading, is not 为)."""
    if code == part.usual[i]:
        return True
    return textnorm.initial_kept(textnorm.code_syllable(code), part.readings[i][0])


def _shared_set(name: str, lang: Lang, variables: dict[str, Any], threshold: float, fuzzy: bool,
                min_fuzzy_syllables: int, keep_initials: bool,
                strict_near: bool = False) -> PhraseSet:
    """The phrase set of list variable ``name``, one object for every rule that lists it
    whole with the same matching options (keyed by content, so packs never share by name)."""
    key = (name, lang.code, threshold, fuzzy, min_fuzzy_syllables, keep_initials, strict_near,
           repr(sorted((k, repr(v)) for k, v in variables.items())))
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = PhraseSet([str(v) for v in variables[name]], lang, variables,
                                         threshold, fuzzy, min_fuzzy_syllables,
                                         keep_initials=keep_initials, strict_near=strict_near)
    return found


def _leftmost(found: list[Match]) -> list[Match]:
    """Matches left to right, none overlapping an earlier one (at one start: a phrase
    before an intent window, then the longer)."""
    found.sort(key=lambda m: (m.start, m.kind == "intent", -(m.end - m.start)))
    merged: list[Match] = []
    for m in found:
        if not merged or m.start >= merged[-1].end:
            merged.append(m)
    return merged


@dataclass(frozen=True)
class _Raw:
    pattern: str
    label: str


def _class(codes: frozenset[str] | set[str]) -> str:
    if len(codes) == 1:
        return re.escape(next(iter(codes)))
    return "[" + "".join(re.escape(c) for c in sorted(codes)) + "]"


_DIGIT_SYLLABLES = ("ling", "yi", "yao", "er", "liang", "san", "si", "wu", "liu", "qi", "ba", "jiu")


def _scan_candidates(candidates: list[int], lo: int, hi: int, limit: Optional[int],
                     found_at: Any) -> list[Match]:
    """Non-overlapping matches at a pre-filter's candidate positions in [lo, hi), left to
    right: ``found_at(at, floor)`` is the match starting at ``at`` (None: none there), and no
    match may start before the end of the one before it."""
    out: list[Match] = []
    pos = floor = lo
    for k in range(bisect.bisect_left(candidates, lo), bisect.bisect_left(candidates, hi)):
        at = candidates[k]
        if at < pos:
            continue
        found = found_at(at, floor)
        if found is None:
            continue
        out.append(found)
        if limit is not None and len(out) >= limit:
            break
        pos = floor = found.end
    return out


def _joined_branches(branches: list[_Branch], first: int
                     ) -> tuple[Optional[re.Pattern], Optional[dict]]:
    """``PhraseSet._branches_from`` of ``branches[first:]``. An alternation tries its
    alternatives in order and takes the first that matches, as each alone would match: the
    same match as the first branch whose own regex matches."""
    patterns: list[str] = []
    by_marker: dict[int, tuple[int, _Branch, list[tuple[int, int, int]]]] = {}
    group = 0
    for j in range(first, len(branches)):
        br = branches[j]
        if _refers_to_groups(br.pattern):
            return None, None
        n_groups = br.regex.groups
        by_marker[group + n_groups] = (j, br, [(pi, i, g + group) for pi, i, g in br.groups])
        group += n_groups
        patterns.append(br.pattern)
    try:
        return re.compile("|".join(patterns)), by_marker
    except re.error:  # a group name given twice
        return None, None


def _refers_to_groups(pattern: str) -> bool:
    """Whether a pattern refers back to a group (``\\1``, ``(?P=name)``, ``(?(1)…)``): a
    reference whose group has another number once joined to other patterns."""
    c = sre_constants
    refs = {c.GROUPREF, c.GROUPREF_EXISTS} | {getattr(c, name) for name in (
        "GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE") if hasattr(c, name)}

    def walk(items: Any) -> bool:
        for op, av in items:
            if op in refs:
                return True
            for value in (av if isinstance(av, (tuple, list)) else (av,)):
                if isinstance(value, sre_parser.SubPattern) and walk(value):
                    return True
                if isinstance(value, (tuple, list)) and any(
                        isinstance(v, sre_parser.SubPattern) and walk(v) for v in value):
                    return True
        return False

    return walk(sre_parser.parse(pattern))


_STARTS_SIZE = 0x10000
"""Code points ``phrase_kernels``' pre-filter tables are built for (the syllable codes, digits
and letters; a pattern that may start with one beyond has no pre-filter)."""


class Sieve:
    """A regex searched only where its first three characters fit (``_start_contexts``, by
    ``phrase_kernels``' pre-filter): for an alternation of words many of which open with a
    common syllable (the KB's cues: 会, 到, 去, 不…), which Python's engine enters wherever
    one is said. What ``search`` and ``finditer`` find is what the regex's own find (a test
    holds them equal); a pattern the pre-filter cannot read is searched as it is."""

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        heads = _start_contexts(self.regex)
        self._tables = None if heads is None else phrase_kernels.context_tables(heads)

    def candidates(self, text: str, codes: Optional[np.ndarray] = None) -> Optional[list[int]]:
        """The positions of ``text`` where a match may start (None: anywhere); ``codes``:
        the text's code points, when the caller has them."""
        if self._tables is None:
            return None
        if codes is None:
            codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        return phrase_kernels.context_candidates(codes, 0, len(text), *self._tables).tolist()

    def search(self, text: str, pos: int = 0,
               candidates: Optional[list[int]] = None) -> Optional[re.Match]:
        """``regex.search(text, pos)``, given ``candidates(text)`` when asked more than once."""
        if candidates is None:
            candidates = self.candidates(text)
            if candidates is None:
                return self.regex.search(text, pos)
        match = self.regex.match
        for k in range(bisect.bisect_left(candidates, pos), len(candidates)):
            found = match(text, candidates[k])
            if found is not None:
                return found
        return None

    def finditer(self, text: str, codes: Optional[np.ndarray] = None) -> list[re.Match]:
        """``list(regex.finditer(text))`` (the pattern never matches empty: see
        ``_start_contexts``)."""
        candidates = self.candidates(text, codes)
        if candidates is None:
            return list(self.regex.finditer(text))
        out: list[re.Match] = []
        match = self.regex.match
        pos = 0
        for at in candidates:
            if at < pos:
                continue
            found = match(text, at)
            if found is not None:
                out.append(found)
                pos = found.end()
        return out


_PREFIX = 3
"""Characters ``_start_contexts`` reads: a head, the one after it and the one after that."""


def _start_contexts(regex: re.Pattern) -> Optional[dict[str, list[phrase_kernels.Context]]]:
    """What a match of ``regex`` may begin with, as ``phrase_kernels.context_tables`` takes
    it: for each possible first character, an alternative per possible second character with
    the third characters that may follow those two (None: any character, or the match's
    end). None when a match may start with any character or be empty, or the pattern holds
    what is not read here (a back-reference, a conditional, ignored case)."""
    if regex.flags & re.IGNORECASE:
        return None
    prefixes = _prefixes(list(sre_parser.parse(regex.pattern)))
    if prefixes is None:
        return None
    grouped: dict[str, dict[Optional[str], Optional[set[str]]]] = {}
    for prefix in prefixes:
        head, second, third = (prefix + (None,) * _PREFIX)[:_PREFIX]
        if head is None or head >= _STARTS_SIZE - 1:
            return None
        thirds = grouped.setdefault(chr(head), {})
        key = None if second is None else chr(second)
        if key in thirds and thirds[key] is None:
            continue
        if third is None:
            thirds[key] = None
        else:
            thirds.setdefault(key, set()).add(chr(third))  # type: ignore[union-attr]
    return {head: [(None, None if second is None else frozenset((second,)),
                    None if third is None else frozenset(third))
                   for second, third in thirds.items()]
            for head, thirds in grouped.items()}


_Prefixes = set[tuple[Optional[int], ...]]
"""The first characters a sequence may match, each tuple up to ``_PREFIX`` long (None: any
character); a shorter tuple is one the sequence may end after."""


def _prefixes(items: list) -> Optional[_Prefixes]:
    """``_Prefixes`` of a parsed sequence, or None when an item is not read here."""
    out: _Prefixes = {()}
    for op, av in items:
        if all(len(prefix) >= _PREFIX for prefix in out):
            break  # what follows cannot change how a match begins
        item = _item_prefixes(op, av)
        if item is None:
            return None
        out = _concat(out, item)
    return out


def _concat(left: _Prefixes, right: _Prefixes) -> _Prefixes:
    """Each prefix of ``left`` followed by one of ``right`` where it may end, cut at
    ``_PREFIX`` characters."""
    out: _Prefixes = set()
    for a in left:
        if len(a) >= _PREFIX:
            out.add(a)
        else:
            out.update((a + b)[:_PREFIX] for b in right)
    return out


def _class_codes(av: Any) -> Optional[set[int]]:
    """The characters a parsed character class takes, or None for any character (a negated
    class, a category, a wide range)."""
    c = sre_constants
    codes: set[int] = set()
    for kind, value in av:
        if kind is c.LITERAL:
            codes.add(value)
        elif kind is c.RANGE and value[1] - value[0] < 512:
            codes.update(range(value[0], value[1] + 1))
        else:
            return None
    return codes


def _item_prefixes(op: Any, av: Any) -> Optional[_Prefixes]:
    c = sre_constants
    if op is c.LITERAL:
        return {(av,)}
    if op is c.IN:
        codes = _class_codes(av)
        return {(None,)} if codes is None else {(code,) for code in codes}
    if op in (c.ANY, c.NOT_LITERAL):
        return {(None,)}
    if op is c.SUBPATTERN:
        return _prefixes(list(av[3]))
    if op is getattr(c, "ATOMIC_GROUP", None):  # Python 3.11+
        return _prefixes(list(av))
    if op is c.BRANCH:
        out: _Prefixes = set()
        for alternative in av[1]:
            found = _prefixes(list(alternative))
            if found is None:
                return None
            out |= found
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, item = av
        once = _prefixes(list(item))
        if once is None:
            return None
        # Past _PREFIX repeats nothing new begins: each repeat that takes a character
        # takes one of the first _PREFIX, and the others may as well come first.
        out, reps = set(), {()}
        for n in range(min(high, _PREFIX) + 1):
            if n >= min(low, _PREFIX):
                out |= reps
            reps = _concat(reps, once)
        return out
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {()}
    return None  # a back-reference, a conditional


def _regex_over_codes(pattern: str) -> str:
    r"""A regex variable as it runs over the encoded text: ``\d`` also takes a digit's
    syllable (Whisper writes 六一五三 as 留一五三), and a Chinese character is the syllables it
    is read as, so that ``[\d十][千百万]`` is written in characters (exact syllables: a regex
    part is never near-matched)."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
            if ch == "d":
                digits = _digit_class()
                out.append(digits[1:-1] if in_class else digits)
            else:
                out.append("\\" + ch)
            continue
        if ch == "\\":
            escaped = True
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        if textnorm.is_han(ch):
            codes = "".join(re.escape(c) for c in sorted(
                {textnorm.syllable_code(r) for r in textnorm.spoken_readings(ch)}))
            out.append(codes if in_class or len(codes) == 1 else f"[{codes}]")
        else:
            out.append(ch)
    return "".join(out)


def _digit_class() -> str:
    codes = "".join(re.escape(textnorm.syllable_code(s)) for s in _DIGIT_SYLLABLES)
    return f"[0-9{codes}]"


def _off_reading_cost(br: Any, part: Any, i: int, code: str) -> Optional[float]:
    """The cost of a syllable heard off the phrase character's usual reading: a rare reading
    of it (a near homophone, only where the branch allows near syllables: None otherwise) or
    the distance to its nearest reading. Both scoring paths of a match count it so."""
    if code in part.classes[i]:
        return RARE_READING_COST if br.near else None
    heard = textnorm.code_syllable(code)
    return min(textnorm.syllable_distance(heard, r) for r in part.readings[i])


def _near_allowed(syllables: int, strict: bool = False) -> int:
    """Near (not homophone) syllables a phrase of this many syllables may be heard with: half,
    at least one. Two near syllables in three leave one in common (专辑李 is not 转进来, 新的换
    not 闲得慌), a chance likeness, not the phrase misheard; in four or five the rest hold it
    (修复真讯 is 修复征信, 指定的政府 指定的账户). ``strict`` (PhraseSet.strict_near): one up to
    four syllables."""
    if strict and syllables <= 4:
        return 1
    return max(1, syllables // 2)


MIN_SYLLABLES_TO_DROP = 5
"""Only phrases this long tolerate a dropped syllable: in short ones it changes the meaning."""


def expand(text: str, variables: dict[str, Any], _depth: int = 0) -> list[list[Any]]:
    """Fill ``{name}`` variables into a phrase: a list variable gives one phrase per item.

    A variable ``{regex: "…", label: "…"}`` is inserted as a regular expression over the
    encoded text (digits and Latin letters encode as themselves, one syllable is ``.``).
    A list item may itself use variables (a shared list of rebuffs holding ``{gap}``).
    """
    if _depth > 3:
        raise PhraseSyntaxError(f"phrase {text!r}: variables nested too deep (a variable "
                                "that names itself?)")
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
            options: list[list[Any]] = [[_Raw(str(value["regex"]),
                                              str(value.get("label", "{" + name + "}")))]]
        elif isinstance(value, (list, tuple)):
            options = [parts for v in value for parts in expand(str(v), variables, _depth + 1)]
        else:
            options = [[str(value)]]
        results = [r + ([literal] if literal else []) + o for r in results for o in options]
    tail = text[pos:]
    if tail:
        results = [r + [tail] for r in results]
    return results
