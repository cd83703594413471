"""Call metrics on signals whose answers are known: voiced tones of set pitch and level placed
at set times, with turns and speech segments that say who talked when."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa_toolkit.metrics import compute_metrics, speech_units
from qa_toolkit.types import SpeakerSegment, Turn, Word

SR = 16000


def _voice(f0: float, seconds: float, dbfs: float) -> np.ndarray:
    """A buzzy vowel-like tone: harmonics of f0 with a falling spectrum, at an exact RMS level."""
    t = np.arange(int(seconds * SR)) / SR
    x = sum(np.sin(2 * np.pi * f0 * h * t) / h for h in range(1, 8))
    x = x / np.sqrt(np.mean(x ** 2)) * 10 ** (dbfs / 20)
    return x.astype(np.float32)


def _turn(role: str, start: float, end: float, text: str) -> Turn:
    n = len(text)
    step = (end - start) / n
    words = [Word(start + i * step, start + (i + 1) * step, ch, 0.9) for i, ch in enumerate(text)]
    return Turn(speaker="ch0" if role == "agent" else "ch1", role=role, start=start, end=end,
                text=text, words=words)


@pytest.fixture(scope="module")
def call():
    """Agent 150 Hz at -20 dBFS on ch0, customer 240 Hz at -30 dBFS on ch1.

    0-4 agent | 4.5-9 customer | agent cuts in at 8.0 (customer still has 1 s) until 10 |
    5 s of dead air | 15-17 customer | 16.9-19 agent (0.1 s early: not an interruption) |
    19.5-21.5 agent an octave higher.
    """
    duration = 22.0
    ch = np.zeros((2, int(duration * SR)), dtype=np.float32)
    plan = [("agent", 0.0, 4.0, 150, -20, "您好工商银行很高兴为您服务"),
            ("customer", 4.5, 9.0, 240, -30, "我的卡被锁了怎么办呢"),
            ("agent", 8.0, 10.0, 150, -20, "您先别急"),
            ("customer", 15.0, 17.0, 240, -30, "好的"),
            ("agent", 16.9, 19.0, 150, -20, "请问还有其他问题吗"),
            ("agent", 19.5, 21.5, 300, -20, "祝您生活愉快")]
    turns, speech = [], []
    for role, a, b, f0, db, text in plan:
        c = 0 if role == "agent" else 1
        ch[c, int(a * SR):int(a * SR) + int((b - a) * SR)] += _voice(f0, b - a, db)
        turns.append(_turn(role, a, b, text))
        speech.append(SpeakerSegment(a, b, f"ch{c}", role=role))
    # The JSON contract (``metrics`` of the call file) is what these tests read.
    return compute_metrics(ch, SR, turns, speech, duration, "zh").to_dict()


def test_metrics_are_json(call):
    assert json.loads(json.dumps(call)) == call


def test_talk_time_and_share(call):
    agent, customer = call["roles"]["agent"], call["roles"]["customer"]
    assert agent["talk_time_s"] == pytest.approx(4.0 + 2.0 + 2.1 + 2.0, abs=0.01)
    assert customer["talk_time_s"] == pytest.approx(4.5 + 2.0, abs=0.01)
    assert agent["talk_share"] + customer["talk_share"] == pytest.approx(1.0, abs=0.002)
    assert call["talk_s"] == {"agent": agent["talk_time_s"], "customer": customer["talk_time_s"]}


def test_silences_ignore_nothing_but_leading_and_trailing(call):
    assert call["longest_silence_s"] == pytest.approx(5.0, abs=0.01)
    assert call["silences"] == [{"start": 10.0, "end": 15.0, "sound_db": 0.0}]
    assert call["silence_total_s"] == pytest.approx(0.5 + 5.0 + 0.5, abs=0.01)


def test_a_silence_filled_with_music_is_loud_above_the_lines_quiet():
    """Hold music fills a gap nobody speaks in; dead air is the line's own hiss. Each listed
    silence says how far its median level sits above the call's quiet (sound_db), which
    tells the hold rule a put-on-music hold from dead air."""
    duration = 24.0
    rng = np.random.default_rng(7)
    ch = (rng.standard_normal((2, int(duration * SR))) * 10 ** (-60 / 20)).astype(np.float32)
    t = np.arange(int(8.0 * SR)) / SR
    music = sum(np.sin(2 * np.pi * f * t) for f in (262, 330, 392)) * 10 ** (-32 / 20)
    ch[0, int(12.0 * SR):int(12.0 * SR) + len(t)] += music.astype(np.float32)
    plan = [("agent", 0.0, 4.0, "您好很高兴为您服务"), ("customer", 9.0, 12.0, "我想查一下"),
            ("agent", 20.0, 24.0, "查到了")]
    turns, speech = [], []
    for role, a, b, text in plan:
        c = 0 if role == "agent" else 1
        ch[c, int(a * SR):int(b * SR)] += _voice(150 if c == 0 else 240, b - a, -22)
        turns.append(_turn(role, a, b, text))
        speech.append(SpeakerSegment(a, b, f"ch{c}", role=role))
    silences = compute_metrics(ch, SR, turns, speech, duration, "zh").to_dict()["silences"]
    (quiet, hold) = silences
    assert (quiet["start"], quiet["end"], hold["start"], hold["end"]) == (4.0, 9.0, 12.0, 20.0)
    assert quiet["sound_db"] < 3.0 < 15.0 < hold["sound_db"]


def test_overlaps(call):
    assert call["overlap_count"] == 2
    assert call["overlap_total_s"] == pytest.approx(1.0 + 0.1, abs=0.01)
    # Interruptions are the interruption rule's (RulePack.measures), never a second detector.
    assert not any(key.startswith("interruption") for key in call)


def test_speech_rate_in_chars_per_minute(call):
    agent = call["roles"]["agent"]
    chars = len("您好工商银行很高兴为您服务" "您先别急" "请问还有其他问题吗" "祝您生活愉快")
    assert agent["speech_rate_unit"] == "chars/min"
    assert agent["speech_rate"] == pytest.approx(chars / (10.1 / 60), rel=0.02)


def test_loudness_per_role_and_per_turn(call):
    agent, customer = call["roles"]["agent"], call["roles"]["customer"]
    assert agent["loudness_dbfs"] == pytest.approx(-20, abs=1.0)
    assert customer["loudness_dbfs"] == pytest.approx(-30, abs=1.0)
    assert [p["start"] for p in agent["loudness_series"]] == [0.0, 8.0, 16.9, 19.5]
    assert not agent["loudness_jumps"]


def test_pitch_median_range_and_jumps(call):
    agent, customer = call["roles"]["agent"], call["roles"]["customer"]
    assert customer["pitch_median_hz"] == pytest.approx(240, rel=0.04)
    assert agent["pitch_median_hz"] == pytest.approx(150, rel=0.04)
    assert agent["pitch_range_hz"] > 100          # the last turn is an octave up
    assert customer["pitch_range_hz"] < 20
    assert agent["pitch_jump_count"] == 1
    jump = agent["pitch_jumps"][0]
    assert jump["start"] == 19.5 and jump["semitones"] == pytest.approx(12.0, abs=0.7)


def test_speech_units_by_language():
    assert speech_units("您好，请问ATM在哪", "zh") == (7, "chars/min")  # ATM is one unit
    assert speech_units("Hello, how are you?", "en") == (4, "words/min")


def test_empty_call_has_zero_metrics():
    m = compute_metrics(np.zeros((1, SR), dtype=np.float32), SR, [], [], 1.0, "zh").to_dict()
    assert m["roles"] == {} and m["silence_total_s"] == 0.0 and m["overlaps"] == []
