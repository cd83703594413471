"""PII masking: numbers written as digits, Chinese numerals or a mix, whole or split over words."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from conftest import SAMPLES

from qa_toolkit.pii import (BLEEP_LEVEL, bleep, find_pii, luhn_ok, mask_call, mask_text,
                            mask_turn_words, pii_time_spans, resident_id_ok)
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
    # Two numbers in one breath.
    (f"{MOBILE}{CARD}", "138****5678" + "6222********7894"),
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
    CARD[:-1] + "5",        # fails Luhn
    "一下一个一会儿",          # ordinary Chinese text full of 一
])
def test_leaves_other_numbers(text):
    assert find_pii(text) == []
    assert mask_text(text) == text


def test_span_reports_kind_and_digits():
    spans = find_pii(f"手机幺三八一二三四五六七八，身份证{RESIDENT_ID}")
    assert [(s.kind, s.digits) for s in spans] == [("mobile", MOBILE),
                                                   ("resident_id", RESIDENT_ID)]


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
