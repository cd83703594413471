"""Script steps recognised by example sentences (intents), however the agent words them.

A pack's ``intents:`` block lists, per step (greeting, identity check, closing…), a handful of
example sentences. A stretch of one role's speech *is* that step when its similarity to the
closest example reaches the intent's threshold (Alibaba SCA's similarity operator).

The similarity is a cosine of TF-IDF vectors of syllable 1-, 2- and 3-grams over the stream's
syllable encoding (``textnorm.encode``: toneless pinyin, one code per character), so
homophones (身份何时成功 = 身份核实成功), Traditional characters (folded before encoding) and
digits written either way are the same grams, and a reordered or partly reworded sentence
keeps most of its grams. IDF is learnt from the pack's examples: syllables every step uses
(您, 请, 的) weigh little, a step's own words (本人, 核实, 稍等) a lot; a gram no example holds
weighs half the most, so talk about something else pulls a window away from every example.

Words alone cannot carry a reworded step (卡主 for 持卡人, 证件号 for 身份证): the pack's
``synonyms:`` group such words under one concept, and an occurrence of any of them adds that
concept as one more gram where it starts, so 请问您是卡主吗 meets 您是持卡人本人吗 on the
concept as well as on 请问您是. A concept heard only by its sound (高速 for 告诉, 手以 for 收益)
counts only beside a concept said as written: alone, its sound is as often other words.

Windows: every start position of the role's stream, as long as the example it is compared
with, cut at the end of the turn and of the range a rule asks about (ASR turns merge sentences,
so whole turns would dilute the step). A window holds the grams starting in it and each occurrence counts, which lets every
window's dot product and norm come from prefix sums; only windows sharing two or more words
(multi-syllable grams or concepts) with the intent's examples are scored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Optional

import numpy as np

from qa_toolkit.rules import intent_kernels as kernels
from qa_toolkit.rules.matching import Match
from qa_toolkit.rules.streams import Lang

ORDERS = (1, 2, 3)
"""Syllable n-gram lengths: 1 keeps single shared syllables, 3 rewards the example's order."""
CONCEPT_WEIGHT = 3.0
UNSEEN_WEIGHT = 0.5
"""A concept counts three times its idf, a gram no example holds half the highest idf: with
these, the pack's reworded test sentences scored 0.36–1.0 against their intent and its
unrelated ones at most 0.27 (weights 1 and 1: 0.11–0.78 against up to 0.78; a paraphrase's
new words outweighed the concepts it shared)."""
CORROBORATION = 4
"""Syllables from a concept heard only by its sound to a concept said in its own characters
that makes it count (see ``IntentBook._by_sound_only``)."""
MIN_SHARED_WORDS = 2
"""A window sharing fewer multi-syllable grams or concepts with the examples of an intent is
not scored for it (no test sentence of the pack passed with fewer)."""


def _codes(enc: str) -> np.ndarray:
    return np.frombuffer(enc.encode("utf-32-le"), dtype=np.uint32)


@dataclass
class Intent:
    """One script step: its example sentences as TF-IDF columns of the pack's vocabulary."""

    name: str
    examples: list[str]
    threshold: float
    title: dict[str, str]
    paraphrases: list[str] = field(default_factory=list)
    """Wordings that must match (the pack's own test of the matcher)."""
    unrelated: list[str] = field(default_factory=list)
    """Wordings that must not match."""
    unlike: list[str] = field(default_factory=list)
    """Near misses: sentences close to the examples that are not this step (the opening's
    请问有什么可以帮您 for the closing's 请问还有其他可以帮您的吗). A window closer to one of
    them than to every example does not match."""
    needs: list[str] = field(default_factory=list)
    """Words one of which a window must hold, by syllable (a large or foreign sum needs money
    named: 钱, 款, 汇…): a window near the examples only by their other words (儿子…上学 for
    给在国外留学的孩子汇学费) is not the step."""
    own_vocabulary: bool = False
    """Scored in a book of its own (its vocabulary and IDF from its own examples), so that
    adding it moves no other intent's scores: a KB topic's wording, not a script step."""
    synonyms: dict[str, list[str]] = field(default_factory=dict)
    """Concepts of its own book, beside the pack's (``own_vocabulary`` only)."""
    source: str = ""
    book: "IntentBook" = field(repr=False, default=None)  # type: ignore[assignment]
    needed_codes: list[str] = field(repr=False, default_factory=list)
    """The needed words' syllable codes (set by ``IntentBook``)."""
    columns: slice = field(default_factory=lambda: slice(0, 0))
    lengths: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, dtype=np.int64))
    """Syllables of each example, then of each near miss (its columns' window lengths)."""
    weights: np.ndarray = field(repr=False, default_factory=lambda: np.zeros((0, 0)))
    """Per vocabulary row (and its columns): idf × the example's weight / its norm."""
    norms: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))
    """Each column's vector norm."""
    words: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, dtype=bool))
    """Per vocabulary row: a multi-syllable gram or concept of one of the examples."""
    live: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, dtype=bool))
    """Per vocabulary row: a gram of one of the examples or near misses (a nonzero weight)."""

    def finditer(self, stream: Any, lo: int = 0, hi: Optional[int] = None,
                 limit: Optional[int] = None) -> list[Match]:
        """Non-overlapping windows of ``stream`` inside [lo, hi) that are this step, left to
        right; each the best-scoring window among those starting in the first passing one."""
        hi = len(stream.enc) if hi is None else hi
        if hi <= lo or not self.examples:
            return []
        best, which, ends, nearest = self.book.scores(stream, self, lo, hi)
        passing = np.flatnonzero(best >= self.threshold)
        found: list[Match] = []
        next_free = lo
        for first in passing.tolist():
            if first + lo < next_free:
                continue
            stop = max(int(ends[first]) - lo, first + 1)
            top = first + int(np.argmax(best[first:stop]))
            start, end = lo + top, int(ends[top])
            if self.needs and not self._holds_needed(stream.enc[start:end]):
                continue
            # The words before a window can make it a near miss (柜员会不会让我报验证码 is a
            # question about the bank, 我报验证码 alone a code given away): a window that
            # starts earlier, long enough for a near miss to reach this one's end, and is as
            # close to a near miss as this one is to its example makes it no match.
            if self.unlike:
                lead = max(0, self.longest_near_miss - (end - start))
                if nearest[max(0, top - lead):top + 1].max() >= best[top]:
                    continue
            found.append(Match(self.examples[int(which[top])], start, end,
                               similarity=round(float(best[top]), 3), kind="intent",
                               text=stream.norm[start:end], intent=self.name))
            if limit is not None and len(found) >= limit:
                break
            next_free = end
        return found

    def _holds_needed(self, enc: str) -> bool:
        return any(code in enc for code in self.needed_codes)

    @property
    def longest_near_miss(self) -> int:
        """Syllables of the longest near miss."""
        return int(self.lengths[len(self.examples):].max()) if self.unlike else 0

    @property
    def longest(self) -> int:
        """Syllables of the longest example or near miss: the longest window scored."""
        return int(self.lengths.max()) if len(self.lengths) else 0

    def search(self, stream: Any, lo: int = 0, hi: Optional[int] = None) -> Optional[Match]:
        found = self.finditer(stream, lo, hi, limit=1)
        return found[0] if found else None

    def similarity(self, text: str) -> tuple[float, str]:
        """Best similarity of a sentence (as one turn) to this intent, and its closest
        example (0 and "" when no window of it is scored)."""
        lang = self.book.lang
        norm = lang.norm(_simplified(text, lang))
        return self.turn_similarity(norm, lang.encode(norm))

    def turn_similarity(self, norm: str, enc: str) -> tuple[float, str]:
        """``similarity`` of one turn already normalised and encoded (a stream's ``norms[i]``
        and its slice of ``enc``): only its own grams are computed, not the whole stream's."""
        probe = _Probe(norm, enc)
        best, which, ends, _ = self.book.scores(probe, self, 0, len(probe.enc))
        if self.needs and len(best):
            best = np.array([b if b and self._holds_needed(probe.enc[at:int(ends[at])]) else 0.0
                             for at, b in enumerate(best.tolist())])
        if not len(best) or not best.any():
            return 0.0, ""
        top = int(np.argmax(best))
        return float(best[top]), self.examples[int(which[top])]


@dataclass
class _Probe:
    """A one-turn stream (``Intent.similarity``)."""

    norm: str
    enc: str
    cache: dict = field(default_factory=dict)


class IntentBook:
    """Every intent of a pack, vectorised once when the pack loads."""

    def __init__(self, intents: list[Intent], lang: Lang,
                 synonyms: Optional[dict[str, list[str]]] = None):
        self.lang = lang
        own = [i for i in intents if i.own_vocabulary]
        intents = [i for i in intents if not i.own_vocabulary]
        self.intents = {i.name: i for i in intents}
        """The intents scored in this book's vocabulary."""
        self.separate: dict[str, Intent] = {
            i.name: IntentBook([replace(i, own_vocabulary=False)], lang,
                               {**(synonyms or {}), **i.synonyms})[i.name] for i in own}
        """Intents with a vocabulary of their own, each in its own book."""
        self.synonyms = {c: list(words) for c, words in (synonyms or {}).items()}
        concept_of: dict[str, int] = {}
        written: set[tuple[str, int]] = set()
        for number, words in enumerate(self.synonyms.values()):
            for word in words:
                norm = lang.norm(_simplified(word, lang))
                enc = lang.encode(norm)
                if enc:
                    concept_of.setdefault(enc, number)
                    written.add((norm, number))
        # Every synonym as written: (hash of its characters, concept), sorted, and per concept
        # a bit per length its words have (IntentBook._by_sound_only).
        by_hash = sorted((int(kernels.span_hash(_codes(w), 0, len(w))), c) for w, c in written)
        self._written_hash = np.array([h for h, _ in by_hash], dtype=np.uint64)
        self._written_concept = np.array([c for _, c in by_hash], dtype=np.int64)
        self._written_lengths = np.zeros(len(self.synonyms), dtype=np.int64)
        for w, c in written:
            self._written_lengths[c] |= 1 << min(len(w), 62)
        # All synonyms in one sorted table of (hash of the code points, length, concept).
        self._lengths = np.array(sorted({len(w) for w in concept_of}), dtype=np.int64)
        pairs = sorted((int(kernels.span_hash(_codes(w), 0, len(w))),
                        int(np.searchsorted(self._lengths, len(w))), concept)
                       for w, concept in concept_of.items())
        self._concept_hash = np.array([h for h, _, _ in pairs], dtype=np.uint64)
        self._concept_length = np.array([k for _, k, _ in pairs], dtype=np.int64)
        self._concept_id = np.array([c for _, _, c in pairs], dtype=np.int64)
        self._hash_seen = np.zeros(int(kernels.HASH_FILTER_MASK) + 1, dtype=np.bool_)
        self._hash_seen[self._concept_hash & kernels.HASH_FILTER_MASK] = True
        self._starts_word = np.zeros(kernels.BMP, dtype=np.bool_)
        for word in concept_of:
            if ord(word[0]) < kernels.BMP:
                self._starts_word[ord(word[0])] = True
        encs: list[str] = []
        column = 0
        for intent in intents:
            intent.book = self
            intent.needed_codes = [c for c in (lang.encode(lang.norm(_simplified(w, lang)))
                                               for w in intent.needs) if c]
            # The examples' columns, then the near misses' (scored alike, never matched).
            mine = [lang.encode(lang.norm(_simplified(e, lang)))
                    for e in intent.examples + intent.unlike]
            intent.columns = slice(column, column + len(mine))
            intent.lengths = np.array([len(e) for e in mine], dtype=np.int64)
            column += len(mine)
            encs.extend(mine)
        # Vocabulary and document frequency over the examples (each example one document).
        per_example: list[dict[int, int]] = []
        for enc in encs:
            counts: dict[int, int] = {}
            keys, empty = self._keys(_codes(enc))
            for key in keys[~empty].tolist():
                counts[key] = counts.get(key, 0) + 1
            per_example.append(counts)
        vocab = sorted({k for c in per_example for k in c})
        self.vocab = np.array(vocab, dtype=np.uint64)
        self._vocab_seen = kernels.vocabulary_table(self.vocab)
        index = {k: i for i, k in enumerate(vocab)}
        df = np.zeros(len(vocab))
        for counts in per_example:
            for key in counts:
                df[index[key]] += 1
        docs = len(encs)
        self._syllable_rows = np.full(kernels.BMP, -1, dtype=np.int64)
        singles = np.flatnonzero(self.vocab < np.uint64(kernels.BMP))
        self._syllable_rows[self.vocab[singles].astype(np.int64)] = singles
        idf = np.log((1 + docs) / (1 + df)) + 1.0
        concept = self.vocab >= kernels.CONCEPT_BASE
        idf[concept] *= CONCEPT_WEIGHT
        # Two extra rows: a gram no example holds, and no gram (across turns; no concept).
        self.unseen_row, self.empty_row = len(vocab), len(vocab) + 1
        self.idf = np.concatenate([idf, [(math.log(1 + docs) + 1.0) * UNSEEN_WEIGHT, 0.0]])
        self.idf2 = self.idf ** 2
        weights = np.zeros((len(vocab) + 2, docs))
        for col, counts in enumerate(per_example):
            for key, count in counts.items():
                weights[index[key], col] = count * idf[index[key]]
        norms = np.sqrt((weights ** 2).sum(axis=0))
        norms[norms == 0] = 1.0
        # A window's gram weighs count × idf: a row holds idf × the examples' weights over
        # their norms, so a window's dot product with each example is a sum of rows.
        weights *= self.idf[:, None] / norms[None, :]
        # Words a window must share with an intent's examples to be scored: grams of two or
        # three syllables and concepts.
        single = np.zeros(len(vocab) + 2, dtype=bool)
        single[:len(vocab)] = self.vocab < np.uint64(1 << kernels.SHIFT)
        for intent in intents:
            mine = weights[:, intent.columns]
            intent.weights = np.ascontiguousarray(mine)
            intent.words = (mine[:, :len(intent.examples)] != 0).any(axis=1) & ~single
            intent.live = (mine != 0).any(axis=1)
            intent.norms = np.ascontiguousarray(norms[intent.columns])

    def __contains__(self, name: str) -> bool:
        return name in self.intents or name in self.separate

    def __getitem__(self, name: str) -> Intent:
        found = self.intents.get(name)
        return found if found is not None else self.separate[name]

    def every(self) -> list[Intent]:
        """Every intent of the pack, its own vocabulary or not, in the pack's order."""
        return list(self.intents.values()) + list(self.separate.values())

    def _keys(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Keys of a text's grams ([kinds, positions]: 1-, 2-, 3-syllable grams, then the
        synonym concepts, each at the start of its word) and where a kind has none."""
        return kernels.gram_keys(codes, self._concept_hash, self._concept_length,
                                 self._concept_id, self._lengths, self._starts_word,
                                 self._hash_seen)

    def _by_sound_only(self, norm: str, keys: np.ndarray, empty: np.ndarray,
                       rows: np.ndarray) -> None:
        """Drop the concepts heard only by their sound, with no concept said in its own
        characters within ``CORROBORATION`` syllables: a concept's sound in other characters
        is as often other words across a word boundary (到手以后 holds 收益's sound, 三万六学费
        留学's), but next to a word said as written it is the step misheard (身份合适 for
        身份核实). The syllable grams still carry the sound."""
        kernels.drop_unheard_concepts(_codes(norm), keys[3], empty[3], rows[3], self.empty_row,
                                      self._written_hash, self._written_concept,
                                      self._written_lengths, CORROBORATION)

    def _rows(self, stream: Any) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary row of each gram kind at each position of the stream, and where
        each position's turn ends. Cached on the stream: every intent and range of the
        call shares them."""
        cached = stream.cache.get(id(self))
        if cached is None:
            codes = _codes(stream.enc)
            keys, empty = self._keys(codes)
            rows = kernels.vocabulary_rows(keys, empty, self.vocab, self.unseen_row,
                                           self.empty_row, self._syllable_rows, self._vocab_seen)
            self._by_sound_only(stream.norm, keys, empty, rows)
            cached = stream.cache[id(self)] = (rows, kernels.turn_ends(codes))
        return cached

    def scores(self, stream: Any, intent: Intent, lo: int,
               hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For every start position in [lo, hi): the best similarity of its window to the
        intent's examples (0 where not scored), which example, and where the window ends (a
        stream position, by hi). Cached on the stream: rules asking the same range share it."""
        key = (id(self), intent.name, lo, hi)
        cached = stream.cache.get(key)
        if cached is None:
            rows, turn_end = self._rows(stream)
            cached = stream.cache[key] = kernels.score_windows(
                rows, turn_end, lo, hi, intent.weights, self.idf2, intent.norms,
                intent.lengths, len(intent.examples), intent.words, intent.live,
                MIN_SHARED_WORDS)
        return cached


def _simplified(text: str, lang: Lang) -> str:
    from qa_toolkit import textnorm

    return textnorm.to_simplified(text) if lang.chinese else text
