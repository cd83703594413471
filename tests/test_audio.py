"""Decoding real files of every kind a call centre produces, and refusing bad ones clearly."""

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from qa_toolkit.audio import AudioError, decode, resample


def _tone(seconds=2.0, rate=8000, channels=1):
    t = np.arange(int(seconds * rate)) / rate
    sig = 0.3 * np.sin(2 * np.pi * 440 * t)
    return np.stack([sig * (c + 1) / channels for c in range(channels)], axis=1).astype(np.float32)


@pytest.mark.parametrize("subtype", ["PCM_16", "ULAW", "ALAW"])
def test_wav_telephony_codecs_decode_at_native_rate(tmp_path, subtype):
    path = tmp_path / f"call_{subtype}.wav"
    sf.write(path, _tone(channels=2), 8000, subtype=subtype)
    audio = decode(path)
    assert audio.sample_rate == 8000
    assert audio.channels == 2
    assert subtype in audio.codec
    assert abs(audio.duration_s - 2.0) < 0.01
    assert abs(float(np.abs(audio.samples[0]).max()) - 0.15) < 0.02


def test_flac_and_ogg_decode(tmp_path):
    for name, kwargs in (("a.flac", {}), ("b.ogg", {"format": "OGG", "subtype": "VORBIS"})):
        sf.write(tmp_path / name, _tone(rate=16000), 16000, **kwargs)
        assert decode(tmp_path / name).sample_rate == 16000


def test_resample_once_to_16k_keeps_duration_and_channels(tmp_path):
    sf.write(tmp_path / "a.wav", _tone(3.0, 8000, 2), 8000)
    audio = resample(decode(tmp_path / "a.wav"))
    assert audio.sample_rate == 16000 and audio.channels == 2
    assert abs(audio.duration_s - 3.0) < 0.01


@pytest.mark.parametrize("content, expected", [
    (b"", "empty file"),
    (b"this is not audio at all" * 100, "not a readable audio file"),
])
def test_bad_files_give_one_line_reasons(tmp_path, content, expected):
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError) as err:
        decode(path)
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_truncated_and_silent_files_are_refused(tmp_path):
    good = tmp_path / "good.wav"
    sf.write(good, _tone(5.0), 8000)
    truncated = tmp_path / "truncated.wav"
    truncated.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(AudioError, match="too short or truncated"):
        decode(truncated)
    silent = tmp_path / "silent.wav"
    sf.write(silent, np.zeros((8000 * 3, 1), dtype=np.float32), 8000)
    with pytest.raises(AudioError, match="silent recording"):
        decode(silent)


def test_missing_file(tmp_path):
    with pytest.raises(AudioError, match="cannot read file"):
        decode(Path(tmp_path / "nope.wav"))
