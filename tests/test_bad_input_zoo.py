"""Issue "Nightly": a night's worth of odd recordings; each gets a result or a one-line reason."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
import soundfile as sf
import soxr

from conftest import run_cli


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def zoo(pyannote_sample, tmp_path_factory):
    speech, rate = sf.read(pyannote_sample / "sample.wav", dtype="float32")
    speech = speech[int(6.5 * rate):int(16.5 * rate)]
    folder = tmp_path_factory.mktemp("zoo")
    (folder / "nested" / "深 层").mkdir(parents=True)

    def at(r):
        return soxr.resample(speech, rate, r).astype(np.float32)

    stereo_one_silent = np.stack([at(8000), np.zeros_like(at(8000))], axis=1)
    sf.write(folder / "ulaw_8k_one_silent_channel.wav", stereo_one_silent, 8000, subtype="ULAW")
    sf.write(folder / "alaw_8k.wav", at(8000), 8000, subtype="ALAW")
    sf.write(folder / "wide_16k.flac", at(16000), 16000)
    sf.write(folder / "nested" / "深 层" / "客户 通话 44k.wav", at(44100), 44100)
    (folder / "empty.wav").write_bytes(b"")
    good = (folder / "alaw_8k.wav").read_bytes()
    (folder / "truncated.wav").write_bytes(good[:600])
    (folder / "not_audio.m4a").write_bytes(b"<html>this is a saved web page</html>" * 50)
    sf.write(folder / "silent.wav", np.zeros(8000 * 5, dtype=np.float32), 8000)
    (folder / "notes.txt").write_text("ignored")

    metadata = folder / "metadata.csv"
    with open(metadata, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["call_id", "file", "agent_id", "team", "started_at", "business_type",
                         "customer_tier", "agent_channel"])
        writer.writerow(["hostile", "alaw_8k.wav", '=HYPERLINK("http://x","y")',
                         "<script>alert(1)</script>", "2026-11-29T10:00:00", "card", "", ""])
        writer.writerow(["one_silent", "ulaw_8k_one_silent_channel.wav", "A7", "T1", "", "", "",
                         "0"])
        # wide_16k.flac and the 44.1 kHz file have no metadata row on purpose.
    return folder, metadata


def test_zoo(zoo, tmp_path):
    folder, metadata = zoo
    out = tmp_path / "out"
    result = run_cli("run", folder, "--metadata", metadata, "--out", out, "--language", "en",
                     "--rules", "generic_en", "--quiet")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in _rows(out / "errors.csv")}
    assert set(errors) == {"empty.wav", "truncated.wav", "not_audio.m4a", "silent.wav"}
    assert "empty file" in errors["empty.wav"]
    assert "truncated" in errors["truncated.wav"] or "not a readable" in errors["truncated.wav"]
    assert "not a readable audio file" in errors["not_audio.m4a"]
    assert "silent recording" in errors["silent.wav"]

    calls = {p.stem: json.loads(p.read_text("utf-8")) for p in (out / "calls").glob("*.json")}
    assert set(calls) == {"hostile", "one_silent", "wide_16k", "客户_通话_44k"}
    assert calls["wide_16k"]["sample_rate"] == 16000
    assert calls["客户_通话_44k"]["sample_rate"] == 44100
    assert calls["客户_通话_44k"]["agent_id"] is None  # no metadata row: still processed
    one_silent = calls["one_silent"]
    assert one_silent["channels"] == 2 and one_silent["turns"]
    assert {t["speaker"] for t in one_silent["turns"]} == {"ch0"}
    # Hostile metadata is kept as data, and neutralised where a spreadsheet would run it.
    assert calls["hostile"]["agent_id"] == '=HYPERLINK("http://x","y")'
    row = next(r for r in _rows(out / "calls.csv") if r["call_id"] == "hostile")
    assert row["agent_id"].startswith("'=")
    page = (out / "calls" / "hostile.html").read_text("utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
