"""Each shortcut the rule engine takes for speed gives what the plain definition beside it
gives (bench/rules.py holds the engine at >= 500 calls/s; these hold it to the same answers):
speaking time in one pass vs the sorted union, speech units of joined turns vs per turn, the
numpy syllable encoder vs the per-character table, contiguous phrase scoring vs scoring from
the match's groups, counting exact cues vs finding them, the intent kernels' binary search vs
numpy's, the repeated-question grouping's skips vs comparing every pair, the scan of long
phrases for at most one lost syllable vs every droppable syllable optional, a list variable
shared by rules vs the same phrases compiled in each, the phrase scan tried only where a head
meets a syllable it can take (by the alternatives of its head that take the syllable after
it) vs the regex at every position, the scan of branches led by a regex variable tried only
where one can start, or where its first three characters fit, vs at every position, phrases
without near syllables sought by usual readings vs every reading, the fact check's cues
sifted by their first syllables and asked by the syllable they open with vs its plain
patterns, the tables' code index in Python vs the compiled one, the intent kernels' hash
filters vs searching every key, words that begin alike sharing their start in one alternation
vs the plain alternation, the fact check's documents pre-filter vs its plain pattern."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest

from conftest import shipped_pack
from qa_toolkit import metrics, textnorm
from qa_toolkit.rules import intent_kernels
from qa_toolkit.rules.intent_kernels import first_at_least
from qa_toolkit.rules.examples import example_call
from qa_toolkit.rules.matching import PhraseSet
from qa_toolkit.rules.streams import CallText, Lang, Stream
from qa_toolkit.runfolder import read_call
from qa_toolkit.types import Turn, Word

CALLS = sorted((Path(__file__).parent / "data" / "pipeline_calls").glob("*.json"))


@pytest.fixture(scope="module")
def streams():
    """Every role's stream of the recorded pipeline calls: real Whisper text, homophones,
    Traditional characters and misheard digits included."""
    out = []
    for path in CALLS:
        text = CallText(read_call(path), Lang("zh"))
        out += [text.stream(role) for role in ("agent", "customer", "any")]
    assert len(out) >= 30
    return out


def test_speaking_time_in_one_pass_is_the_sorted_union():
    rng = random.Random(7)
    turns = [t for path in CALLS for t in read_call(path).turns]
    for _ in range(5000):
        words, t = [], rng.uniform(0, 100)
        for _ in range(rng.randint(1, 12)):
            t += rng.choice([0.0, rng.uniform(-0.3, 1.5)])
            length = rng.choice([0.0, -0.1, rng.uniform(0, 0.8)])
            words.append(Word(round(t, 2), round(t + length, 2), "字", 0.9))
        if rng.random() < 0.2:
            rng.shuffle(words)  # out of order: the one pass must notice and sort
        turns.append(Turn("S1", "agent", words[0].start, words[-1].end, "字", words))
    for turn in turns:
        assert metrics._speaking_time(turn) == metrics._speaking_time_unordered(turn, 0.5)


def test_speech_units_of_the_joined_turns_are_the_sum_per_turn():
    texts = [t.text for path in CALLS for t in read_call(path).turns]
    texts += ["ATM机转账limit是5万", "don't 你好 it's", "", "，。"]
    assert metrics.speech_rate([Turn("S", "agent", 0, 1, x) for x in texts], "zh")[1] == \
        sum(metrics.speech_units(x, "zh")[0] for x in texts)


def test_speech_units_are_characters_and_latin_words_however_counted():
    cjk = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
    latin = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")

    def plain(text: str, language: str) -> tuple[int, str]:
        chars = len(cjk.findall(text))
        if language.startswith("zh") or chars > len(text) / 3:
            return chars + len(latin.findall(cjk.sub(" ", text))), "chars/min"
        return len(latin.findall(text)), "words/min"

    rng = random.Random(1)
    pool = "abc'中文 don't it's ATM 5万 O'Neil x'y '中 1.5 ％ Ａ豈"
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        for language in ("zh", "en"):
            assert metrics.speech_units(text, language) == plain(text, language)


def test_speech_units_of_long_texts_counted_in_numpy_are_the_regexes():
    not_cjk = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
    latin = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
    rng = random.Random(5)
    pool = list("abc'中文 don't it's ATM 5万 O'Neil x'y '中 1.5 ％ Ａ豈_9Z\n") + [
        "\U00020000", "\uffff", "\ufaff", "\uf900", "\u33ff", "\u3400", "\u9fff", "\ua000"]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(200, 600))) for _ in range(2000)]
    texts += [t.replace("'", "") for t in texts] + ["好的\ud800" * 200]
    for text in texts:
        cjk, words = len(not_cjk.sub("", text)), len(latin.findall(text))
        assert metrics.speech_units(text, "zh") == (cjk + words, "chars/min")
        assert metrics.speech_units(text, "en") == ((cjk + words, "chars/min") if cjk > len(text) / 3
                                                    else (words, "words/min"))


def test_encoding_a_long_text_is_the_per_character_table():
    rng = random.Random(3)
    pool = "您好恒通银行工号八零二七很高兴为您服务，。？ABCabc123０１２％一二万單筆限額轉帳\n "
    pool += "".join(chr(rng.randint(0x3400, 0x9FFF)) for _ in range(300))
    pool += "".join(chr(c) for c in rng.sample(range(0x20, 0xD7FF), 300))
    for n in (0, 1, 199, 200, 201, 1500):
        for _ in range(20):
            text = "".join(rng.choice(pool) for _ in range(n))
            assert textnorm.encode(text) == text.translate(textnorm._ENCODE)
    beyond_bmp = "中" * 300 + "\U00020000"
    assert textnorm.encode(beyond_bmp) == beyond_bmp.translate(textnorm._ENCODE)


def _phrase_sets():
    pack = shipped_pack("bank_zh")
    sets = [kind.cues for kind in pack.topics.types]
    for rule in pack.rules:
        sets += [v for v in vars(rule).values() if isinstance(v, PhraseSet)]
    lang = Lang("zh")
    sets += [PhraseSet(["稍等", "工号", "感谢您耐心等待", "持卡人本人", "请问还有其他可以帮您的吗"],
                       lang, {}, threshold=0.7),
             PhraseSet(["稍等", "工号"], lang, {}, fuzzy=False)]
    return [s for s in sets if s]


def test_contiguous_scoring_is_scoring_from_the_groups(streams):
    checked = 0
    for phrases in _phrase_sets():
        contiguous = [br for br in phrases.branches if br.contiguous]
        try:
            for br in contiguous:
                br.contiguous = False
            slow = [phrases.finditer(s) for s in streams]
        finally:
            for br in contiguous:
                br.contiguous = True
        fast = [phrases.finditer(s) for s in streams]
        assert fast == slow
        checked += sum(map(len, fast))
    assert checked > 200


def test_counting_exact_cues_is_finding_them(streams):
    plain = 0
    for phrases in _phrase_sets():
        plain += phrases._plain
        for stream in streams:
            lo, hi = stream.window(0.0, 1e12)
            assert phrases.count(stream, lo, hi) == len(phrases.finditer(stream, lo, hi))
    assert plain >= 6  # the business types' cues at least


def test_the_kernels_binary_search_is_numpys():
    rng = np.random.default_rng(5)
    for size in (0, 1, 2, 7, 100):
        keys = np.sort(rng.integers(0, 50, size).astype(np.uint64))
        for key in range(-1, 52):
            key = np.uint64(max(key, 0))
            assert first_at_least(keys, key) == np.searchsorted(keys, key)


def _plain_repetition_groups(stream, least: float, shortest: int) -> list[list[int]]:
    """The repeated-question grouping by its definition: each turn joins the first group whose
    first turn's syllable bigrams it overlaps by Dice >= ``least``, else starts a group."""
    groups: list[tuple[set, list[int]]] = []
    for i, norm in enumerate(stream.norms):
        if len(norm) < shortest:
            continue
        off = stream.offsets[i]
        enc = stream.enc[off:off + len(norm)]
        grams = {enc[k:k + 2] for k in range(len(enc) - 1)}
        for first, members in groups:
            dice = 2 * len(first & grams) / (len(first) + len(grams)) if first and grams else 0.0
            if dice >= least:
                members.append(i)
                break
        else:
            groups.append((grams, [i]))
    return [members for _, members in groups]


@pytest.mark.parametrize("least,shortest", [(0.6, 5), (0.3, 1), (0.9, 2), (1.0, 5)])
def test_repeated_question_groups_skip_only_what_cannot_match(streams, least, shortest):
    """The rule skips pairs of very different lengths and rejoins a text heard before to its
    group without comparing again; the groups must be the plain definition's."""
    rule = next(r for r in shipped_pack().rules if r.type_name == "repetition")
    rule.p = dict(rule.p, similarity=least, min_chars=shortest)
    rng = random.Random(3)
    repeated = ["我的卡到底能不能用", "我的卡到底能不能用啊", "那大概要多久", "好的明白了",
                "您这个问题我刚才已经说过了", "卡"]
    lang = Lang("zh")
    texts = [rng.choice(repeated) for _ in range(60)]
    norms = [lang.norm(t) for t in texts]
    extra = Stream(lang, [Turn("S", "customer", i, i + 1, t) for i, t in enumerate(texts)],
                   norms, [lang.encode(n) for n in norms])
    for stream in streams + [extra]:
        assert rule._groups(stream) == _plain_repetition_groups(stream, least, shortest)


def test_scanning_long_phrases_for_one_lost_syllable_finds_what_all_optional_finds(streams):
    checked = 0
    for phrases in _phrase_sets():
        long = [br for br in phrases.branches if "?" in br.pattern.replace("(?", "")]
        if not long:
            continue
        fast = [phrases.finditer(s) for s in streams]
        # The plain definition: every droppable syllable optional in the scan too.
        loose = re.compile("|".join(
            re.escape(br.head_code) + f"(?:{br.regex.pattern[len(re.escape(br.head_code)):]})"
            for br in phrases.branches if br.head_code))
        saved, pairs = phrases.regexes, phrases._pairs
        try:
            phrases.regexes = [(loose, None)] + [r for r in saved if r[1] is not None]
            phrases._pairs = None  # the pair filter knows the scan's alternatives, not these
            slow = [phrases.finditer(s) for s in streams]
        finally:
            phrases.regexes, phrases._pairs = saved, pairs
        assert fast == slow
        checked += len(long)
    assert checked > 50


def test_a_list_variable_used_whole_is_one_set_scanned_once_per_stream(streams):
    rules = {rule.id: rule for rule in shipped_pack("bank_zh").rules}
    forbidden = rules["etiquette.forbidden_phrase"].bad
    negative = rules["emotion.agent_negative"].bad
    assert forbidden.shared and forbidden.shared[0] is negative.shared[0]  # one object
    # Matches are those of the same phrases compiled as one set, with the rule's own matching
    # options (keep_initials, strict_near…: 再问也是 must not be heard in 在本月十).
    variables = rules["etiquette.forbidden_phrase"].variables
    for phrases in (forbidden, negative):
        texts = [t for t in phrases.listed if not t.startswith("intent:")]
        whole = PhraseSet([*variables["rebuffs"], *[t for t in texts if t not in
                                                      set(forbidden.shared[0].listed)]],
                          Lang("zh"), variables, phrases.threshold, phrases.fuzzy,
                          phrases.min_fuzzy_syllables, keep_initials=phrases.keep_initials,
                          strict_near=phrases.strict_near)
        for stream in streams:
            lo, hi = 0, len(stream.enc)
            assert ([(m.start, m.end) for m in phrases._phrase_matches(stream, lo, hi, None)]
                    == [(m.start, m.end) for m in whole._phrase_matches(stream, lo, hi, None)])


def _dense_streams(rng: random.Random) -> list[Stream]:
    """Streams made of the pack's own phrases cut, joined and sprinkled with other syllables:
    far more heads, near misses and matches per character than a call has."""
    lang = Lang("zh")
    texts = [t for phrases in _phrase_sets() for t in phrases.texts if "{" not in t]
    filler = "的了是我您在有这个们来到时大地为子中你说生国年着就那和要她出也得里后自以会"
    out = []
    for _ in range(12):
        turns = []
        for i in range(rng.randint(3, 10)):
            pieces = []
            for _ in range(rng.randint(1, 6)):
                text = rng.choice(texts)
                if len(text) > 2 and rng.random() < 0.5:
                    cut = rng.randrange(len(text))
                    text = text[:cut] + rng.choice(filler) + text[cut + rng.randint(0, 1):]
                pieces.append(text if rng.random() < 0.7 else text[rng.randrange(len(text)):])
                pieces.append("".join(rng.choice(filler) for _ in range(rng.randint(0, 3))))
            turns.append(Turn("S", "agent", i, i + 1, "".join(pieces)))
        norms = [lang.norm(t.text) for t in turns]
        out.append(Stream(lang, turns, norms, [lang.encode(n) for n in norms]))
    return out


def test_the_scan_tried_only_where_a_head_meets_a_syllable_it_can_take_is_the_regex_scan(streams):
    """The fast regex is entered only where ``phrase_kernels.context_candidates`` says; the
    matches, with and without a limit, over whole streams and ranges ending anywhere, must be
    those of the regex searched at every position."""
    rng = random.Random(11)
    checked = filtered = 0
    all_streams = streams + _dense_streams(rng)
    for phrases in _phrase_sets():
        if phrases._pairs is None:
            continue
        filtered += 1
        regex = next(r for r, by_marker in phrases.regexes if by_marker is None)
        for stream in all_streams:
            size = len(stream.enc)
            spans = [(0, size)] + [tuple(sorted(rng.sample(range(size + 1), 2)))
                                   for _ in range(4)] if size > 1 else [(0, size)]
            for lo, hi in spans:
                for limit in (None, 1):
                    fast = phrases._scan_pairs(regex, stream, lo, hi, limit)
                    slow = phrases._scan(regex, None, stream.enc, stream.norm, lo, hi, limit)
                    assert fast == slow, (phrases.texts[:3], lo, hi, limit)
                    checked += len(fast)
    assert filtered >= 20 and checked > 2000


def _example_streams() -> list[Stream]:
    """The pack's rule examples as streams, one per case: the wordings the regex variables
    were written for (``{wait_asked}``, the figures), which ``_dense_streams`` leaves out."""
    lang = Lang("zh")
    return [CallText(example_call(case), lang).stream("any")
            for rule in shipped_pack("bank_zh").rules
            for cases in rule.spec.examples.values() for case in cases if case.get("turns")]


def test_the_scan_of_branches_led_by_a_variable_tried_only_where_three_characters_fit(streams):
    """The combined regex of the branches led by a regex variable is entered only where its
    first character meets a second and a third it can take (``_start_contexts``); the
    matches, with and without a limit, over whole streams and ranges ending anywhere, must be
    those of the regex searched at every position."""
    rng = random.Random(17)
    checked = filtered = 0
    all_streams = streams + _dense_streams(rng) + _example_streams()
    for phrases in {id(s): s for top in _phrase_sets() for s in [top, *top.shared]}.values():
        if phrases._start_pairs is None:
            continue
        filtered += 1
        regex, by_marker = next((r, b) for r, b in phrases.regexes if b is not None)
        for stream in all_streams:
            stream.cache.clear()
            size = len(stream.enc)
            spans = [(0, size)] + [tuple(sorted(rng.sample(range(size + 1), 2)))
                                   for _ in range(2)] if size > 1 else [(0, size)]
            for lo, hi in spans:
                for limit in (None, 1):
                    fast = phrases._scan_start_pairs(regex, by_marker, stream, lo, hi, limit)
                    slow = phrases._scan(regex, by_marker, stream.enc, stream.norm, lo, hi,
                                         limit)
                    assert fast == slow, (phrases.texts[:3], lo, hi, limit)
                    checked += len(fast)
    assert filtered >= 15 and checked > 1000


class _EveryReading(PhraseSet):
    """A phrase set that seeks every phrase by all its characters' readings."""

    @staticmethod
    def _usual_only(phrase, near):
        return False


def test_phrases_without_near_syllables_sought_by_usual_readings_find_what_every_reading_finds(
        streams):
    """A phrase without near syllables (a set not fuzzy, a single syllable) is sought by its
    characters' usual readings only: the matches must be those of seeking every reading."""
    rng = random.Random(19)
    lang = Lang("zh")
    all_streams = streams + _dense_streams(rng)
    checked = 0
    for phrases in _phrase_sets():
        # The set's phrases without near syllables, each as its characters read.
        texts = list(dict.fromkeys(br.phrase.text for br in phrases.branches if not br.near))
        if not texts:
            continue
        options = dict(threshold=phrases.threshold, fuzzy=phrases.fuzzy,
                       min_fuzzy_syllables=phrases.min_fuzzy_syllables,
                       keep_initials=phrases.keep_initials, strict_near=phrases.strict_near)
        usual, every = PhraseSet(texts, lang, {}, **options), _EveryReading(texts, lang, {}, **options)
        for stream in all_streams:
            stream.cache.clear()
            got = usual.finditer(stream)
            stream.cache.clear()
            assert got == every.finditer(stream), texts[:3]
            checked += len(got)
    assert checked > 300


def test_a_sieve_finds_what_its_regex_finds(streams):
    """``Sieve`` (the fact check's cue anchors) enters its regex only where the first three
    characters fit: ``search`` from any position and ``finditer`` must give the regex's own
    matches, over the pack's streams and over text with punctuation left in."""
    from qa_toolkit.rules.matching import Sieve

    rule = next(r for r in shipped_pack("bank_zh").rules if r.id == "answer.wrong_fact")
    rng = random.Random(23)
    sieves = [rule._any_cue, Sieve("(?:ab|a[cd]e?|xy{0,2}z)"), Sieve(r"(a)\1")]
    texts = [s.enc for s in streams + _dense_streams(rng)] + [
        textnorm.encode("\n".join(t.text for t in read_call(path).turns)) for path in CALLS]
    texts += ["abacdacexzxyyzaa"]
    checked = 0
    for sieve in sieves:
        for text in texts:
            got = [m.span() for m in sieve.finditer(text)]
            assert got == [m.span() for m in sieve.regex.finditer(text)]
            candidates = sieve.candidates(text)
            for pos in rng.sample(range(len(text) + 1), min(len(text) + 1, 20)):
                found, want = sieve.search(text, pos, candidates), sieve.regex.search(text, pos)
                assert (found and found.span()) == (want and want.span())
            checked += len(got)
    assert rule._any_cue._tables is not None and checked > 40


def test_a_codes_table_index_in_python_is_the_compiled_slot():
    from qa_toolkit.rules import phrase_kernels

    for point in list(range(0, 0x300)) + list(range(0xDF00, 0xE500)) + [0x4E00, 0xFFFF]:
        slot = int(phrase_kernels._slot(point))
        assert phrase_kernels._index(chr(point)) == (slot if slot >= 0 else None), point
    assert phrase_kernels._index("ab") is None


def test_the_first_three_characters_of_a_pattern():
    from qa_toolkit.rules.matching import _start_contexts

    def read(pattern):
        found = _start_contexts(re.compile(pattern))
        return None if found is None else {
            head: sorted(("*" if b is None else "".join(sorted(b)),
                          "*" if c is None else "".join(sorted(c))) for _, b, c in contexts)
            for head, contexts in found.items()}

    assert read("(a|b)cd") == {"a": [("c", "d")], "b": [("c", "d")]}
    assert read("(?<!x)(?:y)?[z-z]q") == {"y": [("z", "q")], "z": [("q", "*")]}  # *: any
    assert read("a.{0,2}b") == {"a": [("*", "*"), ("b", "*")]}
    assert read("ab?c{2,}") == {"a": [("b", "c"), ("c", "c")]}
    assert read("a(?:b|)c") == {"a": [("b", "c"), ("c", "*")]}
    assert read(".{0,2}a") is None  # any character may lead
    assert read("a?") is None  # may match empty anywhere
    assert read(r"(a)\1") is None  # a back-reference is not read


def test_the_intent_kernels_hash_filters_change_no_row():
    """The filters only skip searches that would find nothing: every key's row is the one a
    search of the whole table gives."""
    book = next(intent.book for phrases in _phrase_sets() for intent in phrases.intents)
    text = "".join(t for phrases in _phrase_sets() for t in phrases.texts if "{" not in t)
    codes = np.frombuffer(Lang("zh").encode(Lang("zh").norm(text)).encode("utf-32-le"),
                          dtype=np.uint32)
    keys, empty = book._keys(codes)
    rows = intent_kernels.vocabulary_rows(keys, empty, book.vocab, book.unseen_row,
                                          book.empty_row, book._syllable_rows, book._vocab_seen)
    for k in range(keys.shape[0]):
        for i in np.flatnonzero(~empty[k]):
            at = int(np.searchsorted(book.vocab, keys[k, i]))
            found = at < len(book.vocab) and book.vocab[at] == keys[k, i]
            if found:
                assert rows[k, i] == at
            else:
                assert rows[k, i] == (book.unseen_row if k < 3 else book.empty_row)
    # Every synonym is found where it is written, filter or not.
    everything = np.ones_like(book._hash_seen)
    plain, _ = intent_kernels.gram_keys(codes, book._concept_hash, book._concept_length,
                                        book._concept_id, book._lengths, book._starts_word,
                                        everything)
    assert (plain == keys).all() and (keys[3] != 0).sum() > 50


def test_counting_a_cue_heard_through_another_reading_is_finding_it():
    """行 is also read hang, so the scanning regex takes 银航 for 银行 where finditer's scoring
    refuses it: count must agree with finditer, not with the regex."""
    lang = Lang("zh")
    phrases = PhraseSet(["银行", "要是"], lang, {}, fuzzy=False)
    assert phrases._plain
    for text in ("恒通银航您好", "需要提供收款账号", "恒通银行您好，要是有事请讲"):
        stream = CallText(example_call({"turns": [["agent", 0.0, 3.0, text]]}), lang).stream("agent")
        lo, hi = stream.window(0.0, 1e12)
        assert phrases.count(stream, lo, hi) == len(phrases.finditer(stream, lo, hi))


def _plain_alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


def test_words_sharing_their_start_match_as_the_plain_alternation():
    """``literal_alternation`` (a trie) finds, at every position, the word the plain
    alternation finds, and the same spans when found one after another or inside a longer
    pattern; words listed in an order where sharing would change that are joined as given."""
    from qa_toolkit.rules.regexes import literal_alternation

    rng = random.Random(11)
    alphabet = "abcd"
    shared = 0
    for _ in range(400):
        words = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                      for _ in range(rng.randint(1, 12))})
        ordered = rng.random() < 0.7
        words.sort(key=len, reverse=True) if ordered else rng.shuffle(words)
        pattern = literal_alternation(words)
        shared += pattern != _plain_alternation(words)
        for wrap in ("{}", "(?:{})x?b", "(?:{})(?:{})"):
            trie = re.compile(wrap.format(pattern, pattern))
            plain = re.compile(wrap.format(_plain_alternation(words), _plain_alternation(words)))
            for _ in range(5):
                text = "".join(rng.choice(alphabet + "x") for _ in range(rng.randint(0, 30)))
                assert [m.span() for m in trie.finditer(text)] == \
                    [m.span() for m in plain.finditer(text)], (words, text, wrap)
                for at in range(len(text)):
                    a, b = trie.match(text, at), plain.match(text, at)
                    assert (a and a.span()) == (b and b.span()), (words, text, at)
    assert shared > 200
    # A word before a longer one it begins wins there: sharing would take the longer.
    assert literal_alternation(["ab", "abc"]) == "ab|abc"
    assert literal_alternation(["abc", "ab", "b"]) == "ab(?:c)?|b"
    assert literal_alternation(["", "a"]) == "|a"


def test_the_fact_checks_documents_prefilter_is_the_plain_alternation(streams):
    """The fact check's one search for anything a documents topic needs said opens every
    alternative with a plain character; it must say yes exactly where the pattern of the
    substitutes, then the ID with a waiver after or before it, says yes."""
    from qa_toolkit.rules.types import fact_check as fc

    rule = next(r for r in shipped_pack("bank_zh").rules if r.type_name == "fact_check")
    substitutes = sorted({w for t in rule.doc_topics for f in t.facts
                          for w in f.not_instead + f.other_documents}, key=len, reverse=True)
    named_as = sorted({w for t in rule.doc_topics for f in t.facts for w in f.named_as},
                      key=len, reverse=True)
    ids = "(?:" + "|".join(map(re.escape, named_as)) + ")"
    plain = re.compile("|".join([re.escape(w) for w in substitutes]
                                + [ids + fc.WAIVED_AFTER, fc.WAIVED_BEFORE + ids]))
    rng = random.Random(5)
    # The ID, the waivers and what may come between them, most often; a few substitutes.
    pieces = named_as + list(fc._WAIVERS) + list("也就都再带") + substitutes[:3] + ["好的"]
    texts = [s.norm for s in streams] + [s.norm[i:i + 40] for s in streams
                                         for i in range(0, len(s.norm), 40)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    said = 0
    for text in texts:
        found = plain.search(text) is not None
        assert (rule._any_substitute.search(text) is not None) == found, text
        said += found
    assert 300 < said < len(texts) - 300


def _each_branch_in_turn(phrases: PhraseSet, at: int, enc: str, norm: str, floor: int,
                         hi: int):
    """The plain definition of ``PhraseSet._try_branches``: each branch of the head by its own
    regex, in order; the first that matches and scores."""
    for br in phrases._by_head.get(enc[at], ()):
        m = br.regex.match(enc, at, hi)
        if m is not None:
            found = phrases._accept(br, m, br.groups, enc, norm, floor)
            if found is not None:
                return found
    return None


def test_a_heads_branches_tried_as_one_regex_are_each_tried_in_turn(streams):
    """A head's branches are tried as one regex (the ones after a branch that matched but did
    not score as another); at every head of every stream, with the floor anywhere before
    and the end anywhere after, the match must be the one trying each branch in turn gives."""
    rng = random.Random(17)
    checked = found = joined = 0
    all_streams = streams + _dense_streams(rng) + _example_streams()
    for phrases in _phrase_sets():
        if not getattr(phrases, "_by_head", None):
            continue
        for stream in all_streams:
            enc, norm = stream.enc, stream.norm
            for at, code in enumerate(enc):
                if code not in phrases._by_head:
                    continue
                floor = rng.randint(max(0, at - 3), at)
                hi = rng.choice([len(enc), rng.randint(at + 1, len(enc))])
                got = phrases._try_branches(at, enc, norm, floor, hi)
                assert got == _each_branch_in_turn(phrases, at, enc, norm, floor, hi), \
                    (phrases.texts[:3], norm[at:at + 12], floor, hi)
                checked += 1
                found += got is not None
        joined += sum(by_marker is not None for _, by_marker in phrases._tails.values())
    assert checked > 100000 and found > 1000 and joined > 100
    # A regex variable referring back to a group keeps its branches apart.
    lang = Lang("zh")
    echo = PhraseSet(["好{twice}", "好的"], lang,
                     {"twice": {"regex": r"(?P<d>\d)(?P=d)", "label": "XX"}})
    assert echo._branches_from(textnorm.encode("好"), 0) == (None, None)
    text = textnorm.encode("好11")
    stream = Stream(lang, [Turn("S", "agent", 0, 1, "好11")], ["好11"], [text])
    assert [m.text for m in echo.finditer(stream)] == ["好11"]


def test_whether_a_turn_names_a_kb_topic_is_what_the_cue_patterns_say(streams):
    """The fact check asks whether a turn names a topic with patterns whose alternatives all
    open with a plain syllable (``_named_pattern``), tried by the syllable they open with
    (``_Names``); they must say yes exactly where the cue
    patterns (``_cues_pattern``) do: on the calls' texts, and on texts made of the cues cut,
    joined, one syllable changed and digits or punctuation put between their parts."""
    from qa_toolkit.rules.types import fact_check as fc

    rule = next(r for r in shipped_pack("bank_zh").rules if r.type_name == "fact_check")
    groups = list(rule.cue_codes.values()) + [[c for codes in rule.cue_codes.values()
                                               for c in codes], []]
    cues = [c for codes in rule.cue_codes.values() for c in codes]
    assert any(fc.CUE_GAP in c for c in cues) and any(len(c) >= fc.LONG_CUE for c in cues)
    rng = random.Random(23)
    other = textnorm.encode("的了是我您在有这个们来到时大") + "5，。 \n"
    texts = [s.enc[i:i + 30] for s in streams for i in range(0, len(s.enc), 30)]
    for _ in range(6000):
        parts = []
        for _ in range(rng.randint(1, 3)):
            cue = rng.choice(cues).replace(fc.CUE_GAP, "".join(
                rng.choice(other) for _ in range(rng.randint(0, 6))))
            if rng.random() < 0.5:
                at = rng.randrange(len(cue))
                cue = cue[:at] + rng.choice(other) + cue[at + rng.randint(0, 1):]
            if rng.random() < 0.3:
                cue = cue[rng.randrange(len(cue)):]
            parts.append(cue + "".join(rng.choice(other) for _ in range(rng.randint(0, 2))))
        texts.append("".join(parts))
    named = 0
    for codes in groups:
        plain = re.compile(fc._cues_pattern(codes))
        fast = re.compile(fc._named_pattern(codes))
        by_lead = fc._Names(codes)
        for text in texts:
            found = plain.search(text) is not None
            assert (fast.search(text) is not None) == found, (codes[:3], text)
            assert by_lead(text) == found, (codes[:3], text)
            named += found
    assert named > 3000


def _score_in_full(phrases: PhraseSet, br, m, groups, enc: str, norm: str):
    """``PhraseSet._score`` as first written: every syllable costed, the limits on dropped
    and near syllables checked at the end."""
    from qa_toolkit.rules import matching

    anchor = m.start()
    start = anchor - br.back
    where = {(pi, i): anchor + off for pi, i, off in br.head}
    for pi, i, g in groups:
        if i >= 0:
            at, to = m.span(g)
            where[(pi, i)] = at if to > at else -1
    cost, dropped, same, near = 0, 0, True, 0
    for pi, part in enumerate(br.phrase.parts):
        if not isinstance(part, matching._Literal):
            continue
        for i, ch in enumerate(part.norm):
            at = where.get((pi, i), -1)
            if at < 0:
                dropped += 1
                cost += len(part.readings[i][0])
                same = False
                continue
            if norm[at] == ch:
                continue
            same = False
            code = enc[at]
            if code not in part.classes[i]:
                heard = textnorm.code_syllable(code)
                cost += min(textnorm.syllable_distance(heard, r) for r in part.readings[i])
                near += 1
            elif code != part.usual[i]:
                if not br.near:
                    return 0.0, "fuzzy", start
                cost += matching.RARE_READING_COST
                near += 1  # a rare reading is a near homophone (see _Literal.usual)
            if phrases.keep_initials and not matching._initial_kept(code, part, i):
                return 0.0, "fuzzy", start
    if dropped > 1 or near > matching._near_allowed(br.syllables, phrases.strict_near):
        return 0.0, "fuzzy", start
    if same:
        return 1.0, "exact", start
    return 1.0 - cost / br.phrase.letters, ("homophone" if cost == 0 else "fuzzy"), start


def test_scoring_that_stops_at_the_first_syllable_too_many_is_scoring_them_all(streams):
    """``_score`` returns 0 as soon as one syllable too many is dropped or near; at every
    match of every branch's own regex over the test streams it must give what costing every
    syllable first gives (contiguous branches through ``_score_contiguous``)."""
    rng = random.Random(29)
    checked = refused = 0
    all_streams = streams + _dense_streams(rng) + _example_streams()
    for phrases in _phrase_sets():
        for br in getattr(phrases, "branches", ()):
            for stream in all_streams:
                enc, norm = stream.enc, stream.norm
                at = enc.find(br.head_code) if br.head_code else 0
                while 0 <= at < len(enc):
                    m = br.regex.match(enc, at)
                    if m is not None:
                        got = phrases._score(br, m, br.groups, enc, norm)
                        assert got == _score_in_full(phrases, br, m, br.groups, enc, norm), \
                            (br.phrase.text, norm[at:at + 10])
                        checked += 1
                        refused += got[0] == 0.0
                    at = enc.find(br.head_code, at + 1) if br.head_code else at + 1
    assert checked > 5000 and refused > 2000


def test_a_phrase_led_by_a_variable_that_refers_back_is_searched_as_before():
    """A regex variable with a back-reference is not read by ``_start_contexts``: the set
    loads all the same, without a pre-filter, and finds what the plain search finds."""
    lang = Lang("zh")
    twice = PhraseSet(["{twice}好", "好的"], lang,
                      {"twice": {"regex": r"(?P<d>\d)(?P=d)", "label": "XX"}})
    assert twice._start_pairs is None
    stream = Stream(lang, [Turn("S", "agent", 0, 1, "说11好的")], ["说11好的"],
                    [textnorm.encode("说11好的")])
    assert [m.text for m in twice.finditer(stream)] == ["11好"]
