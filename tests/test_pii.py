"""PII masking: numbers written as digits, Chinese numerals or a mix, whole or split over words."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile as sf

from conftest import SAMPLES
from report_fixtures import make_call

from qa_toolkit.pii import (BLEEP_LEVEL, bleep, find_pii, luhn_ok, mask_call, mask_text,
                            mask_turns, pii_time_spans, resident_id_ok)
from qa_toolkit.types import Call, CallMeta, Outcome, Turn, Word

# Built by hand: 6222 0212 3456 7894 passes Luhn (check digit 4); the resident ID
# 11010519491231002X is the checksum example of GB 11643-1999.
CARD = "6222021234567894"
CARD_19 = "6222021234567890128"
RESIDENT_ID = "11010519491231002X"
RESIDENT_ID_DIGIT = "440304199001011233"
MOBILE = "13812345678"

CN = dict(zip("0123456789", "零一二三四五六七八九"))


def chinese(digits: str) -> str:
    return "".join(CN[d] for d in digits)


def test_check_digits():
    assert luhn_ok(CARD) and luhn_ok(CARD_19)
    assert not luhn_ok(CARD[:-1] + "5")
    assert resident_id_ok(RESIDENT_ID) and resident_id_ok(RESIDENT_ID_DIGIT)
    assert not resident_id_ok(RESIDENT_ID[:-1] + "3")


@pytest.mark.parametrize("text, expected", [
    (f"卡号{CARD}", "卡号6222********7894"),
    (f"卡号{CARD_19}。", "卡号6222***********0128。"),
    (f"手机号 {MOBILE}", "手机号 138****5678"),
    ("手机号 138-1234-5678", "手机号 138-****-5678"),
    ("+86 138 1234 5678", "+86 138 **** 5678"),
    (f"身份证{RESIDENT_ID}", "身份证**************002X"),
    (f"身份证号{RESIDENT_ID_DIGIT}", "身份证号**************1233"),
    # Spoken forms: Chinese numerals, 幺 for one, 〇 for zero, grouped with commas or spaces.
    ("我手机是幺三八，幺二三四，五六七八", "我手机是幺三八，****，五六七八"),
    ("一三八 一二三四 五六七八", "一三八 **** 五六七八"),
    ("卡号六二二二〇二一二三四五六七八九四", "卡号六二二二********七八九四"),
    ("电话幺叁捌壹贰叁肆伍陆柒捌。", "电话幺叁捌****伍陆柒捌。"),  # formal numerals
    # Mixed digits and numerals, full-width digits.
    ("一三八1234五六七八", "一三八****五六七八"),
    ("１３８１２３４５６７８", "１３８****５６７８"),
    # Mask by shape, not by checksum: a misheard digit still leaves the customer's others.
    (CARD[:-1] + "5", "6222********7895"),
    ("手机一三八，嗯，一二三四，五六七八", "手机一三八，嗯，****，五六七八"),
    # Two numbers in one breath: split where the checksums say, each keeps only its last four
    # (a wrong split must not put one number's kept head beside another's kept tail).
    (f"{MOBILE}{CARD}", "*******5678" + "************7894"),
])
def test_masks_valid_numbers(text, expected):
    masked = mask_text(text)
    assert masked == expected
    assert len(masked) == len(text)


@pytest.mark.parametrize("text", [
    "转账金额100000元，手续费5元",
    "2024年10月15日下午3点",
    "工号12345，很高兴为您服务",
    "12345678901",          # 11 digits but not a mobile prefix
    "一下一个一会儿",          # ordinary Chinese text full of 一
])
def test_leaves_other_numbers(text):
    assert find_pii(text) == []
    assert mask_text(text) == text


def test_span_reports_kind_and_digits():
    spans = find_pii(f"手机幺三八一二三四五六七八，身份证{RESIDENT_ID}")
    assert [(s.kind, s.digits) for s in spans] == [("mobile", MOBILE),
                                                   ("resident_id", RESIDENT_ID)]


def mask_turn_words(words: list[Word]) -> list[Word]:
    """The words of one turn as ``mask_turns`` masks them."""
    turns, _ = mask_turns([Turn("S1", "customer", 0.0, 10.0, "".join(w.text for w in words),
                                words)])
    return turns[0].words


def _words(*texts: str) -> list[Word]:
    return [Word(start=i * 0.5, end=i * 0.5 + 0.4, text=t, prob=0.9, raw=t)
            for i, t in enumerate(texts)]


def test_mask_turn_words_across_words_keeps_times():
    words = _words("我的", "手机号是", "幺三八", "一二", "三四", "五六七八", "谢谢")
    masked = mask_turn_words(words)
    assert [w.text for w in masked] == ["我的", "手机号是", "幺三八", "**", "**", "五六七八", "谢谢"]
    assert [(w.start, w.end, w.prob) for w in masked] == [(w.start, w.end, w.prob) for w in words]
    # The raw spelling of a masked word would leak the digits.
    assert masked[3].raw is None and masked[0].raw == "我的"
    assert words[3].text == "一二"  # input untouched


def test_mask_turn_words_digits_in_whisper_style_words():
    words = _words(" 6222", " 0212", " 3456", " 7894")
    assert "".join(w.text for w in mask_turn_words(words)) == " 6222 **** **** 7894"


def test_mask_call_masks_transcript_and_evidence_only():
    words = _words("卡号", "6222", "0212", "3456", "7894")
    text = "".join(w.text for w in words)
    hit = Outcome(rule_id="risk.keyword_alert", status="hit", severity="major", points=5,
                  message=f"customer said {text}", evidence=f"00:01 customer: {text}",
                  detail={"matched": text})
    call = Call(call_id="c1", source="/x/13812345678.flac", duration_s=3, channels=2,
                sample_rate=8000, model="m", language="zh", rule_pack={"id": "p"},
                turns=[Turn("S1", "customer", 0, 2.4, text, words)], meta=CallMeta("c1"),
                hits=[hit], provenance={"input_sha256": "a" * 64})
    masked = mask_call(call)
    blob = str(masked.to_dict())
    assert "0212" not in blob
    assert [w.text for w in masked.turns[0].words] == ["卡号", "6222", "****", "****", "7894"]
    for value in (masked.turns[0].text, masked.hits[0].evidence, masked.hits[0].message,
                  masked.hits[0].detail["matched"]):
        assert "卡号6222********7894" in value
    # Not spoken: file names and hashes stay as they are.
    assert "/x/13812345678.flac" in blob
    assert masked.provenance == {"input_sha256": "a" * 64, "pii_masked": 1}
    assert call.turns[0].text == text


def test_time_spans_cover_the_masked_digits_only():
    words = _words("我的", "手机号是", "幺三八", "一二", "三四", "五六七八", "谢谢")
    # Masked digits 一二三四 sit in words 3 and 4: 1.5-1.9 and 2.0-2.4 s.
    assert pii_time_spans(words) == [(1.5, 2.4)]
    assert pii_time_spans(_words("您好", "工号", "8027")) == []


def test_bleep_replaces_only_the_spans_in_real_audio():
    audio, rate = sf.read(SAMPLES / "stereo" / "c01_clean-stereo.ogg", dtype="float32",
                          always_2d=True)
    audio = audio.T[:, : rate * 4]
    out = bleep(audio, rate, [(1.5, 2.4)])
    a, b = int(1.5 * rate), int(np.ceil(2.4 * rate))
    assert np.array_equal(out[:, :a], audio[:, :a]) and np.array_equal(out[:, b:], audio[:, b:])
    assert np.array_equal(out[0, a:b], out[1, a:b])  # both channels: the number is gone
    assert np.abs(out[:, a:b]).max() == pytest.approx(BLEEP_LEVEL, rel=0.01)
    assert not np.allclose(out[:, a:b], audio[:, a:b])


# --- Numbers as people read them aloud ---------------------------------------------------------
# Each form is a real number said the way customers say it: in groups, with fillers and pauses,
# 幺 for one, 两 for two, 洞/〇 for zero, the ID's X as 叉 or 艾克斯, digits and numerals mixed.
# Several fail their checksum on purpose (a misheard digit): masking goes by shape.
MISHEARD_CARD = CARD[:-1] + "5"
MISHEARD_ID = RESIDENT_ID[:-2] + "3X"
MOBILE_2 = "15902226666"
NUMBERS = {"mobile": [MOBILE, MOBILE_2], "card": [CARD, CARD_19, MISHEARD_CARD],
           "id": [RESIDENT_ID, RESIDENT_ID_DIGIT, MISHEARD_ID]}
GROUPS = {"mobile": (3, 4, 4), "card": (4, 4, 4, 4, 3), "id": (6, 4, 4, 4)}
SPOKEN = {  # digit → how it is said, per reading style
    "numerals": dict(zip("0123456789", "零一二三四五六七八九")),
    "yao": dict(zip("0123456789", "零幺二三四五六七八九")),
    "liang_dong": dict(zip("0123456789", "洞幺两三四五六拐八勾")),
    "ling_circle": dict(zip("0123456789", "〇一两三四五六七八九")),
    "arabic": {d: d for d in "0123456789"},
    "full_width": {d: chr(0xFF10 + int(d)) for d in "0123456789"},
}
SPOKEN_X = ["X", "x", "叉", "艾克斯", "爱克斯"]
PAUSES = ["，嗯，", " 呃 ", "，那个，", "…就是…", "、", " ", "。嗯。", "，啊，", "-", "，呃，就是，"]
TO_ARABIC = {c: d for style in SPOKEN.values() for d, c in style.items()}


def read_aloud(number: str, kind: str, style: str, pause: str, x_word: str = "X",
               mixed: bool = False) -> list[str]:
    """The number's groups as said: ``style`` digits (``mixed``: every other group in Arabic),
    ``pause`` between groups; returns the groups with their pauses, ready to join or split."""
    groups, at = [], 0
    for size in GROUPS[kind]:
        if at < len(number):
            groups.append(number[at:at + size])
            at += size
    said = []
    for g, group in enumerate(groups):
        table = SPOKEN["arabic"] if mixed and g % 2 else SPOKEN[style]
        said.append("".join(x_word if d == "X" else table[d] for d in group))
    return [piece + (pause if i < len(said) - 1 else "") for i, piece in enumerate(said)]


def _readout_corpus() -> list[tuple[str, str, list[str]]]:
    """(id, number, groups as said) for every combination the corpus covers."""
    corpus = []
    styles = list(SPOKEN)
    k = 0
    for kind, numbers in NUMBERS.items():
        for number in numbers:
            for s, style in enumerate(styles):
                pause = PAUSES[k % len(PAUSES)]
                x_word = SPOKEN_X[k % len(SPOKEN_X)]
                mixed = s % 2 == 1
                corpus.append((f"{kind}-{number[-4:]}-{style}-{k}", number,
                               read_aloud(number, kind, style, pause, x_word, mixed)))
                k += 1
    return corpus


READOUTS = _readout_corpus()
FROM_THE_ISSUE = [
    ("issue-filler", MOBILE, ["手机一三八，嗯，", "一二三四，", "五六七八"]),
    ("issue-card-filler", CARD, ["卡号62220212 嗯 ", "34567894"]),
    ("issue-id-cha", RESIDENT_ID, ["身份证号一一〇一〇五", "一九四九一二三一", "〇〇二叉"]),
    ("issue-id-aikesi", RESIDENT_ID, ["一一零一零五，一九四九，", "一二三一，零零二艾克斯"]),
]


def as_arabic(text: str) -> str:
    """What a reader can still make out: every spoken digit as an Arabic one (X as X); masks
    stay as breaks, everything else (fillers, punctuation, words) is dropped."""
    for x_word in sorted(SPOKEN_X, key=len, reverse=True):
        text = text.replace(x_word, "X")
    return "".join(TO_ARABIC.get(c, c) for c in text if c in TO_ARABIC or c in "X*")


def assert_no_six_digits_of(number: str, masked: str) -> None:
    visible = as_arabic(masked)
    for i in range(len(number) - 5):
        assert number[i:i + 6] not in visible, (number, masked)


def test_the_corpus_is_large_and_varied():
    forms = READOUTS + FROM_THE_ISSUE
    assert len(forms) >= 50
    said = "".join("".join(groups) for _, _, groups in forms)
    for needle in ("幺", "两", "洞", "〇", "叉", "艾克斯", "嗯", "呃", "那个", "就是", "，", "…",
                   "１", "X"):
        assert needle in said, needle


@pytest.mark.parametrize("number, groups", [(n, g) for _, n, g in READOUTS + FROM_THE_ISSUE],
                         ids=[i for i, _, _ in READOUTS + FROM_THE_ISSUE])
def test_read_out_numbers_are_masked_in_text_words_and_over_two_turns(number, groups):
    said = "".join(groups)
    assert as_arabic(said).count(number) == 1  # the form does hold the whole number
    masked = mask_text(f"好的，{said}，对的")
    assert len(masked) == len(said) + 6
    assert_no_six_digits_of(number, masked)

    # Whisper's words: two characters each; then the same number read over two customer
    # turns with the agent's "嗯" between them.
    words = _words(*[said[i:i + 2] for i in range(0, len(said), 2)])
    assert_no_six_digits_of(number, "".join(w.text for w in mask_turn_words(words)))
    half = max(1, len(groups) // 2)
    first, second = "".join(groups[:half]), "".join(groups[half:])
    turns = [Turn("S1", "customer", 10.0, 12.0, first, _words(first)),
             Turn("S0", "agent", 12.2, 12.5, "嗯", _words("嗯")),
             Turn("S1", "customer", 13.0, 15.0, second, _words(second))]
    masked_turns, found = mask_turns(turns)
    assert found >= 1
    assert_no_six_digits_of(number, "".join(t.text for t in masked_turns))
    assert_no_six_digits_of(number, "".join(w.text for t in masked_turns for w in t.words))
    # Timing is untouched, so rules and pages still place every word.
    assert [(w.start, w.end) for t in masked_turns for w in t.words] == \
        [(w.start, w.end) for t in turns for w in t.words]


@pytest.mark.parametrize("text", [
    "好的，转账五万元，手续费两块",
    "您好，恒通银行，工号八零二七，很高兴为您服务",
    "工号幺两三四，嗯，为您服务",
    "您的账户余额是两万五千六百元",
    "我下午三点，嗯，四十五分到",
    "身份证后四位，嗯，一二三四",
    "验证码是三八五，嗯，九二一",
    "2024年10月15日，嗯，下午3点",
    "订单号12345678901",  # 11 digits, not a mobile prefix: no shape
])
def test_short_numbers_stay_readable(text):
    assert mask_text(text) == text
    turns, found = mask_turns([Turn("S0", "agent", 0, 2, text, _words(text))])
    assert found == 0 and turns[0].text == text


def test_turns_far_apart_or_of_another_speaker_are_not_joined():
    # 一三八一二三 then 四五六七八 said by the other party, or a minute later: two short numbers.
    def turns(second_speaker: str, gap: float) -> list[Turn]:
        return [Turn("S1", "customer", 0.0, 2.0, "一三八一二三", _words("一三八一二三")),
                Turn(second_speaker, "agent", 2.0 + gap, 4.0 + gap, "四五六七八",
                     _words("四五六七八"))]
    assert mask_turns(turns("S0", 0.5))[1] == 0
    assert mask_turns(turns("S1", 60.0))[1] == 0
    assert mask_turns(turns("S1", 0.5))[1] == 1


def test_saved_call_json_and_its_page_hold_no_read_out_number(tmp_path):
    """The default run's path: as_saved writes the call JSON, the page is built from it."""
    from qa_toolkit.provenance import as_saved
    from qa_toolkit.report import render_call_page

    raw = make_call()
    turns = [t for t in raw["turns"]]
    t = 60.0
    for _, number, groups in FROM_THE_ISSUE + READOUTS[::7]:
        half = max(1, len(groups) // 2)
        for part in ("".join(groups[:half]), "".join(groups[half:])):
            turns.append({"speaker": "S1", "role": "customer", "start": t, "end": t + 2,
                          "text": part, "words": [
                              {"start": t + i * 0.1, "end": t + i * 0.1 + 0.1,
                               "text": part[i:i + 3], "prob": 0.9}
                              for i in range(0, len(part), 3)]})
            turns.append({"speaker": "S0", "role": "agent", "start": t + 2.1, "end": t + 2.4,
                          "text": "嗯", "words": [{"start": t + 2.1, "end": t + 2.4,
                                                  "text": "嗯", "prob": 0.9}]})
            t += 3.0
        t += 30.0
    turns.append({"speaker": "S0", "role": "agent", "start": t, "end": t + 2,
                  "text": "工号八零二七，嗯，为您服务", "words": [
                      {"start": t, "end": t + 1, "text": "工号八零二七", "prob": 0.9},
                      {"start": t + 1, "end": t + 2, "text": "，嗯，为您服务", "prob": 0.9}]})
    raw["turns"] = turns
    raw["duration_s"] = t + 2
    saved = as_saved(Call.from_dict(raw)).to_dict()
    blob = json.dumps(saved, ensure_ascii=False)
    page = render_call_page(Call.from_dict(raw), tmp_path).read_text(encoding="utf-8")
    for _, number, _ in FROM_THE_ISSUE + READOUTS[::7]:
        assert_no_six_digits_of(number, blob)
        assert_no_six_digits_of(number, page)
    assert saved["provenance"]["pii_masked"] >= len(FROM_THE_ISSUE + READOUTS[::7])
    # The agent's staff number stays for the staff-id rule.
    assert "工号八零二七" in blob and "工号八零二七" in page


def test_a_huge_digit_run_is_masked_in_linear_time():
    """A pasted table or a hostile dispute reason: 100,000 digits (fillers between them)."""
    import time

    for text in ("1" * 100_000, "一嗯" * 50_000, "幺三八，嗯，一二三四，五六七八" * 5000):
        started = time.perf_counter()
        masked = mask_text(text)
        assert time.perf_counter() - started < 5
        assert len(masked) == len(text)
        assert len(as_arabic(masked).rstrip("0123456789")) >= len(as_arabic(text)) - 4
