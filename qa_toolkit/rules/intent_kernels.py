"""The intent matcher's inner loops (``rules/intents.py``), compiled by Numba.

Written as numpy array code they took some 40 small numpy calls per range a rule asked
about, and the per-call overhead alone put the rule engine at 210 calls/s on the benchmark
(target 500). Compiled (``cache=True``: once per installation, then loaded from
``__pycache__``), a call's intents cost microseconds. Numba comes with librosa.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

SEPARATOR_CODE = 10
"""``\\n`` between turns."""
SHIFT = 21
"""Bits of one code point: a 1-3-syllable gram is its code points packed into one integer."""
HASH_BASE = np.uint64(1_000_003)
"""Multiplier of the polynomial hash of a synonym's code points (wraps at 64 bits)."""
CONCEPT_BASE = np.uint64(1 << 63)
"""Concept keys: above every packed gram (three code points take 63 bits)."""


@njit(cache=True)
def span_hash(codes, start, length):  # pragma: no cover - compiled
    h = np.uint64(0)
    for k in range(length):
        h = h * HASH_BASE + np.uint64(codes[start + k])
    return h


HASH_FILTER_MASK = np.uint64(0xFFFF)
"""Bits of a hash that index ``gram_keys``'s filter of synonym hashes (64 KB, cache-resident:
most spans of a call are no synonym, and the filter says so for a fraction of a search's cost)."""

KEY_FILTER_BITS = 14
"""Least bits of ``vocabulary_table``'s slots (16384 slots, 64 KB: cache-resident)."""
KEY_MIX = np.uint64(0x9E3779B97F4A7C15)
"""``key_slot``'s multiplier: 2**64 divided by the golden ratio."""

BMP = 0x10000
"""Code points with a lookup table entry; others take a binary search."""


@njit(cache=True)
def first_at_least(sorted_keys, key):  # pragma: no cover - compiled
    """``np.searchsorted(sorted_keys, key)`` written out: called per position, numpy's own
    cost a third of these kernels' time (bench/rules.py, see the commit)."""
    lo = 0
    hi = len(sorted_keys)
    while lo < hi:
        mid = (lo + hi) >> 1
        if sorted_keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit(cache=True)
def gram_keys(codes, concept_hash, concept_length, concept_id, lengths,
              starts_word, hash_seen):  # pragma: no cover - compiled
    """[4, positions] keys of the 1-, 2-, 3-syllable grams and the synonym concept starting
    at each position, and where a kind has none (across a turn separator, past the end, no
    concept). A concept is the longest synonym starting there; one inside a longer synonym
    found before it (本人 in 您本人) is not counted again. ``hash_seen[h & HASH_FILTER_MASK]``
    is set for every synonym's hash ``h``: a span whose entry is not set is no synonym,
    without a search of the table."""
    size = len(codes)
    keys = np.zeros((4, size), dtype=np.uint64)
    empty = np.ones((4, size), dtype=np.bool_)
    for i in range(size):
        if codes[i] == SEPARATOR_CODE:
            continue
        key = np.uint64(codes[i])
        keys[0, i] = key
        empty[0, i] = False
        for n in range(1, 3):
            if i + n >= size or codes[i + n] == SEPARATOR_CODE:
                break
            key = key | (np.uint64(codes[i + n]) << np.uint64(SHIFT * n))
            keys[n, i] = key
            empty[n, i] = False
    if len(lengths) == 0:
        return keys, empty
    longest = lengths[len(lengths) - 1]
    prefix_hash = np.zeros(longest + 1, dtype=np.uint64)
    reach = 0
    for i in range(size):
        if i < reach or codes[i] == SEPARATOR_CODE \
                or codes[i] < BMP and not starts_word[codes[i]]:
            continue
        # span_hash of every length at once: each is the hash of the one before, extended.
        room = min(longest, size - i)
        h = np.uint64(0)
        for k in range(room):
            h = h * HASH_BASE + np.uint64(codes[i + k])
            prefix_hash[k + 1] = h
        for li in range(len(lengths) - 1, -1, -1):  # longest first
            length = lengths[li]
            if length > room:
                continue
            h = prefix_hash[length]
            if not hash_seen[h & HASH_FILTER_MASK]:
                continue
            at = first_at_least(concept_hash, h)
            while at < len(concept_hash) and concept_hash[at] == h:
                if concept_length[at] == li:
                    keys[3, i] = CONCEPT_BASE + np.uint64(concept_id[at])
                    empty[3, i] = False
                    reach = i + length
                    break
                at += 1
            if not empty[3, i]:
                break
    return keys, empty


@njit(cache=True)
def drop_unheard_concepts(chars, concept_keys, no_concept, concept_rows, empty_row, written_hash,
                          written_concept, written_lengths, reach):  # pragma: no cover - compiled
    """Point at ``empty_row`` the concepts heard only by their sound with no concept said as
    written within ``reach`` positions (``IntentBook._by_sound_only``): the characters at a
    concept's position are checked against the written forms' hashes (``written_hash`` sorted,
    ``written_concept`` alongside) of the lengths its concept's words have
    (``written_lengths[concept]``, a bit per length)."""
    size = len(chars)
    found = np.flatnonzero(~no_concept)
    n = len(found)
    said = np.zeros(n, dtype=np.bool_)
    for k in range(n):
        i = found[k]
        concept = np.int64(concept_keys[i] - CONCEPT_BASE)
        mask = written_lengths[concept]
        h = np.uint64(0)
        length = 0
        while mask != 0 and i + length < size:
            h = h * HASH_BASE + np.uint64(chars[i + length])
            length += 1
            bit = np.int64(1) << np.int64(length)
            if mask & bit == 0:
                continue
            mask &= ~bit
            at = first_at_least(written_hash, h)
            while at < len(written_hash) and written_hash[at] == h:
                if written_concept[at] == concept:
                    said[k] = True
                    break
                at += 1
            if said[k]:
                break
    last = -(1 << 40)
    drop = np.zeros(n, dtype=np.bool_)
    for k in range(n):  # the nearest written one before ...
        if said[k]:
            last = found[k]
        elif found[k] - last > reach:
            drop[k] = True
    following = 1 << 40
    for k in range(n - 1, -1, -1):  # ... or after
        if said[k]:
            following = found[k]
        elif drop[k] and following - found[k] > reach:
            concept_rows[found[k]] = empty_row


@njit(cache=True)
def key_slot(key, bits):  # pragma: no cover - compiled
    """A key's slot in a table of ``2**bits``: its bits mixed (Fibonacci hashing), so that
    grams sharing their first syllable, the packed key's low bits, spread out."""
    return (key * KEY_MIX) >> np.uint64(64 - bits)


def vocabulary_table(vocab: np.ndarray) -> np.ndarray:
    """``vocabulary_rows``' hash table of the vocabulary: the row of each key at its
    ``key_slot`` or, taken, at the next free slot (-1: free); at most a quarter full."""
    bits = max(KEY_FILTER_BITS, (4 * len(vocab)).bit_length())
    table = np.full(1 << bits, -1, dtype=np.int32)
    mask = (1 << bits) - 1
    for row, slot in enumerate(key_slot(vocab, bits).astype(np.int64).tolist()):
        while table[slot] >= 0:
            slot = (slot + 1) & mask
        table[slot] = row
    return table


@njit(cache=True)
def vocabulary_rows(keys, empty, vocab, unseen_row, empty_row,
                    syllable_rows, vocab_seen):  # pragma: no cover - compiled
    """The vocabulary row of every key; a gram no example holds gets ``unseen_row``, a
    concept no example names and an empty position ``empty_row``. ``syllable_rows`` holds
    the row of each one-syllable gram (-1: none); a longer gram is looked up only when its
    first syllable is in the vocabulary (every example's syllables are), in ``vocab_seen``
    (``vocabulary_table``): a probe or two where a binary search of the vocabulary took a
    dozen steps (most grams of a call are in no example, and their slot is free)."""
    kinds, size = keys.shape
    rows = np.empty((kinds, size), dtype=np.int64)
    mask = np.uint64((1 << SHIFT) - 1)
    slots = len(vocab_seen)
    bits = 0
    while (1 << bits) < slots:
        bits += 1
    for k in range(kinds):
        for i in range(size):
            if empty[k, i]:
                rows[k, i] = empty_row
                continue
            first = keys[k, i] & mask
            if k < 3 and first < BMP:
                single = syllable_rows[first]
                if k == 0 or single < 0:
                    rows[k, i] = single if single >= 0 else unseen_row
                    continue
            row = unseen_row if k < 3 else empty_row
            slot = np.int64(key_slot(keys[k, i], bits))
            while vocab_seen[slot] >= 0:
                if vocab[vocab_seen[slot]] == keys[k, i]:
                    row = vocab_seen[slot]
                    break
                slot = (slot + 1) & (slots - 1)
            rows[k, i] = row
    return rows


@njit(cache=True)
def turn_ends(codes):  # pragma: no cover - compiled
    """Where the turn of each position ends (its separator, or the end)."""
    size = len(codes)
    out = np.empty(size, dtype=np.int64)
    end = size
    for i in range(size - 1, -1, -1):
        if codes[i] == SEPARATOR_CODE:
            end = i
        out[i] = end
    return out


@njit(cache=True)
def score_windows(rows, turn_end, lo, hi, weights, idf2, example_norms, lengths, examples,
                  words, live, min_shared):  # pragma: no cover - compiled
    """For each start in [lo, hi): the best similarity of its window to an example (0 when
    the window shares fewer than ``min_shared`` words with the examples, or is closer to a
    near miss), which example, where the window ends, and the best similarity of a window
    starting there to a near miss. See ``rules/intents.py``."""
    size = hi - lo
    kinds = rows.shape[0]
    columns = weights.shape[1]
    best = np.zeros(size)
    which = np.zeros(size, dtype=np.int64)
    ends = np.zeros(size, dtype=np.int64)
    nearest = np.zeros(size)
    if size <= 0:
        return best, which, ends, nearest
    shared = np.zeros(size + 1, dtype=np.int64)
    squared = np.zeros(size + 1)
    for i in range(size):
        s = 0
        q = 0.0
        for k in range(kinds):
            row = rows[k, lo + i]
            q += idf2[row]
            if k > 0 and words[row]:
                s = 1
        # One word per position: a two-syllable gram and the concept it names (收益 as 理财)
        # are one word said, not two.
        shared[i + 1] = shared[i] + s
        squared[i + 1] = squared[i] + q
    longest = 0
    for e in range(columns):
        longest = max(longest, lengths[e])
    if shared[size] < min_shared:
        return best, which, ends, nearest
    dot = np.empty((size + 1, columns))  # every row is written before it is read
    for e in range(columns):
        dot[0, e] = 0.0
    summed = False
    for a in range(size):
        stop = min(turn_end[lo + a], hi) - lo
        if shared[min(a + longest, stop)] - shared[a] < min_shared:
            continue
        if not summed:
            # Row by row (a gram's weights are one contiguous row), adding the kinds in the
            # same order as a column-by-column sum would, and skipping the grams no example
            # or near miss holds (adding 0.0 changes no float): the same sums, bit for bit,
            # for a fraction of the work (most of a call's grams are in no example).
            for i in range(size):
                for e in range(columns):
                    dot[i + 1, e] = dot[i, e]
                for k in range(kinds):
                    row = rows[k, lo + i]
                    if live[row]:
                        for e in range(columns):
                            dot[i + 1, e] += weights[row, e]
            summed = True
        top, pick, near, top_end = 0.0, 0, 0.0, a
        last_b, size_w = -1, 0.0
        for e in range(columns):
            b = min(a + lengths[e], stop)
            # The words are counted in this window, not in the longest one from a: a short
            # example met on single syllables (个, 手) is no match because a word it shares
            # comes later in the turn.
            if e < examples and shared[b] - shared[a] < min_shared:
                continue
            shared_weight = dot[b, e] - dot[a, e]
            norm2 = squared[b] - squared[a]
            # A window sharing no gram with this example scores 0, which wins nothing:
            # skipping it before the square roots changes no result.
            if b <= a or norm2 <= 0.0 or shared_weight <= 0.0:
                continue
            if b != last_b:  # windows cut at the turn's end share their length
                size_w = math.sqrt(norm2)
                last_b = b
            # The length factor is at most 1, so a window whose cosine alone does not beat
            # the best so far cannot win: skipped, it changes no result.
            cosine = shared_weight / size_w
            if cosine <= (top if e < examples else near):
                continue
            size_e = example_norms[e]
            sim = cosine * math.sqrt(min(size_w, size_e) / max(size_w, size_e))
            if e < examples:
                if sim > top:
                    top, pick, top_end = sim, e, b
            elif sim > near:
                near = sim
        top = min(top, 1.0)  # counting each occurrence overstates a repeated gram
        if near >= top:
            top = 0.0
        best[a] = top
        which[a] = pick
        ends[a] = lo + top_end
        nearest[a] = near
    return best, which, ends, nearest
