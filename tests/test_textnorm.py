"""ASR-robust text forms: script folding, numbers, punctuation, pinyin codes, near syllables."""

from __future__ import annotations

import pytest

from qa_toolkit import textnorm


def test_to_simplified_folds_traditional():
    assert textnorm.to_simplified("您好，恆通銀行，工號八零二七，很高興為您服務") == \
        "您好，恒通银行，工号八零二七，很高兴为您服务"
    assert textnorm.to_simplified("Hello 123") == "Hello 123"
    assert textnorm.to_simplified("") == ""


@pytest.mark.parametrize("text,expected", [
    ("工号八零二七", "工号8027"),
    ("工号八〇二七", "工号8027"),
    ("工号 8027。", "工号8027"),
    ("工号８０２７", "工号8027"),
    ("工号幺三五七", "工号1357"),
    ("工号8零27", "工号8027"),
    ("请您稍等一下！", "请您稍等一下"),          # a lone 一 is a word, not a number
    ("两个问题", "两个问题"),
    ("八零二七，两个", "8027两个"),              # a comma ends the number
    ("Thank You, SIR", "thankyousir"),
])
def test_normalize(text, expected):
    assert textnorm.normalize(text) == expected
    assert textnorm.kept_length(text) == len(expected)


def test_encode_makes_homophones_equal_and_keeps_length():
    a, b = textnorm.normalize("工号8027"), textnorm.normalize("公号八零二七")
    assert textnorm.encode(a) == textnorm.encode(b)
    assert len(textnorm.encode(a)) == len(a)
    assert textnorm.encode("稍等") != textnorm.encode("收等")
    assert textnorm.syllables("收等") == ["shou", "deng"]


def test_syllable_distance_and_near_syllables():
    assert textnorm.syllable_distance("shou", "shao") == 1      # ao/ou: one confusable edit
    assert textnorm.syllable_distance("an", "ang") == 1
    assert textnorm.syllable_distance("zhi", "zi") == 1
    assert textnorm.syllable_distance("bei", "zi") >= 2
    near = textnorm.near_syllables("shao")
    assert {"shou", "sao", "zhao", "shao"} <= near
    assert "deng" not in near
    assert textnorm.edit_distance("kitten", "sitting") == 3


def test_inventory_covers_mandarin():
    inventory = textnorm.syllable_inventory()
    assert 400 <= len(inventory) <= 450
    assert {"lv", "nv", "zhuang", "a", "er"} <= set(inventory)


def test_readings_lists_heteronyms():
    assert set(textnorm.readings("行")) >= {"xing", "hang"}
    assert textnorm.readings("7") == ("7",)


def test_spoken_readings_keep_the_readings_words_use():
    # 行 is hang in 银行, 还 huan in 还款: readings some word uses stay, the usual one first.
    assert textnorm.spoken_readings("行")[0] == "xing" and "hang" in textnorm.spoken_readings("行")
    assert set(textnorm.spoken_readings("还")) >= {"hai", "huan"}
    # A classical or dictionary-only reading no word uses drops out.
    assert "si" in textnorm.readings("以") and textnorm.spoken_readings("以") == ("yi",)
    assert "qi" in textnorm.readings("甭") and textnorm.spoken_readings("甭") == ("beng",)
    assert textnorm.spoken_readings("7") == ("7",)


def test_backchannel():
    lex = frozenset({"嗯", "好的", "对"})
    assert textnorm.is_backchannel("嗯嗯好的", lex)
    assert not textnorm.is_backchannel("嗯这个情况", lex)


def test_the_particle_zhe_written_traditionally_is_simplified():
    """Whisper writes the particle 着 as 著 (Traditional usage), which OpenCC keeps because
    著 is a Simplified character too; the literary words keep it."""
    assert textnorm.to_simplified("我們管不著") == "我们管不着"
    assert textnorm.to_simplified("您等著，別著急") == "您等着，别着急"
    assert textnorm.to_simplified("收益顯著") == "收益显著"
    assert textnorm.to_simplified("著名的土著") == "著名的土著"


def test_the_accounts_zhang_written_the_older_way_is_folded():
    """Whisper and OpenCC write 账 as 帐 (帳 → 帐); the tent and the net keep it."""
    assert textnorm.to_simplified("轉帳到對方帳戶") == "转账到对方账户"
    assert textnorm.to_simplified("月底调帐") == "月底调账"
    assert textnorm.to_simplified("帐") == "账"
    assert textnorm.to_simplified("搭帐篷，挂蚊帐") == "搭帐篷，挂蚊帐"


def test_opencc_is_skipped_only_where_it_would_change_nothing():
    """``to_simplified`` skips OpenCC for texts without a trigger character; every
    dictionary key, every converted phrase and random texts of non-trigger characters must
    come out exactly as OpenCC itself gives them."""
    import random

    import opencc

    triggers = textnorm._t2s_triggers()
    assert triggers is not None, "the installed OpenCC's dictionaries could not be read"
    opencc_t2s = opencc.OpenCC("t2s").convert

    def convert(text: str) -> str:  # OpenCC, then to_simplified's own steps (著 as 着, 帐 as 账)
        return textnorm._ACCOUNT_ZHANG.sub("账", textnorm._PARTICLE_ZHE.sub("着", opencc_t2s(text)))
    entries = textnorm._t2s_entries()
    keys = sorted({key for key, _ in entries})
    assert len(keys) > 5000
    assert [textnorm.to_simplified(k) for k in keys] == [convert(k) for k in keys]
    # Phrases converted although none of their characters is (深沈 → 深沉) are caught too.
    assert textnorm.to_simplified("夜色深沈") == "夜色深沉"
    rng = random.Random(7)
    plain = [chr(c) for c in range(0x4E00, 0x9FA6) if not triggers.search(chr(c))]
    assert len(plain) > 10000  # most characters are the same in both scripts
    identity_phrases = [k for k, v in entries if len(k) > 1 and v == k]
    for _ in range(300):
        pieces = rng.choices(plain, k=rng.randrange(5, 60))
        pieces += rng.choices(identity_phrases, k=2)
        rng.shuffle(pieces)
        text = "".join(pieces)
        assert textnorm.to_simplified(text) == convert(text)
        if "著" not in text and "帐" not in text:
            assert convert(text) == text
    # Transcript-like text with one Traditional character is converted.
    assert textnorm.to_simplified("您好，請問有什麼可以幫您") == "您好，请问有什么可以帮您"


def test_whole_call_pass_equals_line_by_line():
    """The vectorised pass over a call's joined turns (OpenCC
    skipped without trigger characters) gives what normalize/encode give line by line, also
    with fresh tables, Traditional text and characters
    beyond the BMP."""
    import random

    textnorm._tables.cache_clear()
    assert textnorm.normalize_encode_lines("工号六一五三") == ("工号6153", textnorm.encode("工号6153"))
    rng = random.Random(3)
    pool = [chr(c) for c in [*range(0x20, 0x7F), *range(0x4E00, 0x4E00 + 3000),
                             *range(0xFF01, 0xFF5F), 0x3000, 0x3001, 0x2014, 0xE9, 0x212B]]
    digits = list("0123456789０１２３４５６７８９零〇○一幺二两三四五六七八九")
    extra = ["\n"] * 20 + digits * 8 + [" ", "\t", " \t "] * 5 + [
        "八零二七", "8 0 2 7", "一下", "𠀁", "嘺", "這個", "深沈"]
    for _ in range(1500):
        text = "".join(rng.choice(pool + extra) for _ in range(rng.randrange(0, 160)))
        for simplify in (False, True):
            source = textnorm.to_simplified(text) if simplify else text
            norms = [textnorm.normalize(line) for line in source.split("\n")]
            expected = ("\n".join(norms), "\n".join(textnorm.encode(n) for n in norms))
            assert textnorm.normalize_encode_lines(text, simplify=simplify) == expected, text
