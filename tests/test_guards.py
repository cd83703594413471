"""Whisper invents text over silence and hold music; those stretches must produce no words."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from qa_toolkit.pipeline import CallPipeline, PipelineOptions
from qa_toolkit.transcribe import drop_repetition_loops, is_hallucination_phrase
from qa_toolkit.types import CallMeta, Word


def _hold_music(seconds: float, rate: int) -> np.ndarray:
    """A plain synthetic melody with harmonics, like a PBX hold loop."""
    rng = np.random.default_rng(7)
    notes = 220 * 2 ** (rng.integers(0, 12, size=int(seconds / 0.4) + 1) / 12)
    t = np.arange(int(0.4 * rate)) / rate
    envelope = np.minimum(1, t / 0.02) * np.exp(-3 * t)
    pieces = [sum(np.sin(2 * np.pi * f * k * t) / k for k in (1, 2, 3)) * envelope for f in notes]
    return (0.2 * np.concatenate(pieces)[: int(seconds * rate)]).astype(np.float32)


@pytest.fixture(scope="module")
def call_with_silence_and_music(pyannote_sample, tmp_path_factory):
    speech, rate = sf.read(pyannote_sample / "sample.wav", dtype="float32")
    first, second = speech[int(6.5 * rate):int(16.5 * rate)], speech[int(16.5 * rate):int(26.5 * rate)]
    noise = (np.random.default_rng(3).standard_normal(8 * rate) * 1e-3).astype(np.float32)
    audio = np.concatenate([first, noise, _hold_music(8, rate), second])
    path = tmp_path_factory.mktemp("guards") / "hold.wav"
    sf.write(path, audio, rate)
    return path, (10.0, 26.0)


def test_silence_and_music_produce_no_words(call_with_silence_and_music):
    path, (quiet_from, quiet_to) = call_with_silence_and_music
    pipeline = CallPipeline(PipelineOptions(rules="generic_en", language="en"))
    call = pipeline.process(path, CallMeta(call_id="hold"))
    words = call.words
    assert any(w.end <= quiet_from for w in words) and any(w.start >= quiet_to for w in words)
    inside = [w for w in words if quiet_from + 0.3 < (w.start + w.end) / 2 < quiet_to - 0.3]
    assert inside == [], [(w.start, w.text) for w in inside]
    assert call.metrics.asr_dropped_words is not None


def test_known_subtitle_lines_and_loops_are_recognised():
    assert is_hallucination_phrase("字幕由Amara.org社区提供")
    assert is_hallucination_phrase("請不吝點贊 訂閱 轉發 打賞支持明鏡與點點欄目".replace("請", "请").replace("點贊", "点赞"))
    assert not is_hallucination_phrase("您好，恒通银行，工号八零二七")
    words = [Word(i * 0.1, i * 0.1 + 0.1, t, 0.9) for i, t in enumerate("好 的 好 的 好 的 好 的 好 的 谢 谢".split())]
    kept, dropped = drop_repetition_loops(words, max_repeats=3)
    assert [w.text for w in kept] == "好 的 好 的 好 的 谢 谢".split()
    assert dropped == 4


def test_a_long_loop_split_into_different_words_each_time_is_cut_to_one_copy():
    # As Whisper base wrote a customer's twelve seconds on a stereo call (heldout4 m07): the
    # agent's opening, 17 words a copy, split differently from one copy to the next.
    copies = [["银", "行", "9", "20", "5", "位", "银", "校", "劳", "您", "有", "什么", "需要", "尽", "管", "开", "口?"],
              ["银行", "92", "05", "位", "银", "校劳", "您有", "什么需要", "尽管", "开口"],
              ["银", "行", "9205", "位银", "校", "劳", "您", "有什么", "需要尽管", "开口?"],
              ["银行", "9", "2"]]  # broken off mid-copy
    text = ["好"] + [w for c in copies for w in c] + ["我", "们", "老", "板"]
    words = [Word(i * 0.1, i * 0.1 + 0.1, t, 0.9) for i, t in enumerate(text)]
    kept, dropped = drop_repetition_loops(words, max_repeats=3)
    assert [w.text for w in kept] == ["好"] + copies[0] + ["我", "们", "老", "板"]
    assert dropped == len(text) - len(kept)
    # A phrase said twice, or a short one three times, is speech, not a loop.
    said = "请 您 提 供 身 份 证 请 您 提 供 身 份 证 好 的 好 的 好 的".split()
    words = [Word(i * 0.1, i * 0.1 + 0.1, t, 0.9) for i, t in enumerate(said)]
    assert drop_repetition_loops(words, max_repeats=3)[1] == 0


def test_long_phrase_loops_over_hold_music_are_cut_to_one_copy():
    phrase = "恒 通 银 行 工 号 80 2 请".split()
    text = ["您", "好"] + phrase * 6 + ["上", "个", "月"]
    words = [Word(i * 0.1, i * 0.1 + 0.1, t, 0.9) for i, t in enumerate(text)]
    kept, dropped = drop_repetition_loops(words, max_repeats=3)
    assert [w.text for w in kept] == ["您", "好"] + phrase + ["上", "个", "月"]
    assert dropped == len(phrase) * 5
