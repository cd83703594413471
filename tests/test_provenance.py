"""The evidence bundle: what it records, and `verify` catching a changed input or transcript."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import SAMPLES, shipped_pack
from qa_toolkit.pii import mask_call
from qa_toolkit.provenance import as_saved, build_provenance, cached_sha256, verify_call
from qa_toolkit.types import Call, CallMeta, SpeakerSegment, Turn, Word

# A call with planted interruptions and jargon, so that there are hits to re-derive.
CALL_ID = "c06_interrupt_jargon-stereo"
TRUTH = SAMPLES / "truth" / "c06_interrupt_jargon.json"
RECORDING = SAMPLES / "stereo" / f"{CALL_ID}.ogg"
CONFIG = {"rules": "bank_zh", "language": "zh", "beam_size": 5, "pyannote_token": "hf_secret"}


def _words(text: str, start: float, end: float) -> list[Word]:
    """One word per character, evenly spread over the turn (times to 2 decimals, as saved)."""
    chars = [c for c in text if not c.isspace()]
    step = (end - start) / max(1, len(chars))
    return [Word(round(start + i * step, 2), round(start + (i + 1) * step, 2), c, 0.9)
            for i, c in enumerate(chars)]


def _call_from_truth(source: str) -> Call:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    turns = [Turn("S0" if t["role"] == "agent" else "S1", t["role"], t["start"], t["end"],
                  t["text"], _words(t["text"], t["start"], t["end"])) for t in truth["turns"]]
    return Call(call_id=CALL_ID, source=source, duration_s=truth["duration_s"],
                channels=2, sample_rate=8000, model="whisper-base", language="zh",
                rule_pack={}, turns=turns, meta=CallMeta(CALL_ID),
                speech=[SpeakerSegment(t.start, t.end, t.speaker) for t in turns])


def write_verified_call(root: Path, edit=None, call: Call | None = None,
                        as_runner: bool = False) -> Path:
    """A run folder with one call: the recording copied in, hits from the real rule pack, the
    provenance bundle; ``edit(call)`` changes the transcript after the hits were derived."""
    out = root / "out"
    (out / "calls").mkdir(parents=True)
    shutil.copyfile(RECORDING, out / RECORDING.name)
    pack = shipped_pack("bank_zh")
    call = call or _call_from_truth(RECORDING.name)
    call.rule_pack = {"id": pack.id, "version": str(pack.version), "sha256": pack.sha256}
    # The runner's way: rules on the call as it will be saved, then the masked copy is written.
    outcomes = pack.evaluate(as_saved(call) if as_runner else call)
    call.hits = [o for o in outcomes if o.status == "hit"]
    call.review = [o for o in outcomes if o.status == "review"]
    call.provenance = build_provenance(out / RECORDING.name, "whisper-base", pack, CONFIG)
    call.provenance["input"]["path"] = RECORDING.name  # relative to OUT: portable
    if as_runner:
        call = mask_call(call)
    if edit is not None:
        edit(call)
    path = out / "calls" / f"{CALL_ID}.json"
    path.write_text(json.dumps(call.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_bundle_records_hashes_versions_and_config(tmp_path):
    path = write_verified_call(tmp_path)
    prov = json.loads(path.read_text(encoding="utf-8"))["provenance"]
    assert prov["input"]["sha256"] == cached_sha256(RECORDING)
    assert prov["input"]["size"] == RECORDING.stat().st_size
    assert prov["rule_pack"]["id"] == "bank_zh" and len(prov["rule_pack"]["sha256"]) == 64
    assert prov["software"]["faster-whisper"] and prov["software"]["ctranslate2"]
    assert prov["software"]["libsndfile"] and prov["software"]["ffmpeg"]["libavcodec"]
    assert prov["config"]["beam_size"] == 5
    assert prov["config"]["pyannote_token"] == "<redacted>"
    assert "hf_secret" not in path.read_text(encoding="utf-8")


def test_bundle_is_deterministic(tmp_path):
    pack = shipped_pack("bank_zh")
    first = build_provenance(RECORDING, "whisper-base", pack, CONFIG)
    second = build_provenance(RECORDING, "whisper-base", pack, dict(reversed(CONFIG.items())))
    assert json.dumps(first, sort_keys=False) == json.dumps(second, sort_keys=False)


def test_model_hash_is_cached_by_size_and_mtime(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_TOOLKIT_CACHE", str(tmp_path / "cache"))
    weights = tmp_path / "model" / "model.bin"
    weights.parent.mkdir()
    weights.write_bytes(b"\x00" * 4096)
    first = cached_sha256(weights)
    assert sorted(p.name for p in weights.parent.iterdir()) == ["model.bin"]  # never beside it
    (sidecar,) = (tmp_path / "cache" / "hashes").iterdir()
    assert json.loads(sidecar.read_text())["sha256"] == first
    weights.write_bytes(b"\x01" * 4096)  # new content, new mtime: the cache must not answer
    assert cached_sha256(weights) != first


def test_untouched_call_verifies(tmp_path):
    path = write_verified_call(tmp_path)
    saved = json.loads(path.read_text(encoding="utf-8"))["hits"]
    assert {h["rule_id"] for h in saved} >= {"etiquette.interruption", "etiquette.jargon"}
    report = verify_call(path)
    assert report.ok, report.mismatches
    assert any("input file sha256 matches" in line for line in report.checked)
    assert f"{len(saved)} hits re-derived from the saved transcript" in report.checked


def test_changed_input_file_is_caught(tmp_path):
    path = write_verified_call(tmp_path)
    recording = tmp_path / "out" / RECORDING.name
    data = bytearray(recording.read_bytes())
    data[len(data) // 2] ^= 0xFF
    recording.write_bytes(bytes(data))
    report = verify_call(path)
    assert not report.ok
    assert [line for line in report.mismatches if line.startswith("input file changed")]


def test_missing_input_file_is_caught(tmp_path):
    path = write_verified_call(tmp_path)
    (tmp_path / "out" / RECORDING.name).unlink()
    assert any("input file not found" in m for m in verify_call(path).mismatches)


def _drop_greeting(call: Call) -> None:
    # The agent's opening line loses 您好 and the bank's name: a greeting hit must appear.
    first = call.turns[0]
    first.words = [w for w in first.words if w.text not in "您好恒通银行"]
    first.text = "".join(w.text for w in first.words)


def test_edited_transcript_is_caught(tmp_path):
    path = write_verified_call(tmp_path, edit=_drop_greeting)
    report = verify_call(path)
    assert not report.ok
    appeared = [m for m in report.mismatches if "re-derived but not saved" in m]
    assert any("greeting" in m for m in appeared), report.mismatches
    # One line per difference.
    assert all("\n" not in m for m in report.mismatches)


def test_edited_hit_is_caught(tmp_path):
    path = write_verified_call(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["hits"].append({"rule_id": "closing.missing", "severity": "major", "points": 5,
                         "start": None, "end": None, "role": "agent", "evidence": "forged",
                         "message": "forged"})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = verify_call(path)
    assert report.mismatches == ["hit not re-derived from the transcript: "
                                 "closing.missing @ call (agent): forged"]


def test_changed_rule_pack_is_caught(tmp_path):
    path = write_verified_call(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["provenance"]["rule_pack"]["sha256"] = "0" * 64
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert any(m.startswith("rule pack changed") for m in verify_call(path).mismatches)


def test_runner_path_verifies_with_raw_times_and_masked_numbers(tmp_path):
    # Whisper's times have many decimals and the customer reads a mobile number out: the JSON
    # keeps 2 decimals and a masked number, and verify must still re-derive every hit.
    call = _call_from_truth(RECORDING.name)
    for turn in call.turns:
        for w in turn.words:
            w.start, w.end = w.start + 0.0049, w.end + 0.0031
    customer = next(t for t in call.turns if t.role == "customer")
    customer.words += _words("手机号幺三八一二三四五六七八", customer.end, customer.end + 0.9)
    customer.text += "手机号幺三八一二三四五六七八"
    path = write_verified_call(tmp_path, call=call, as_runner=True)
    text = path.read_text(encoding="utf-8")
    assert "一二三四" not in text and "幺三八****五六七八" in text
    assert json.loads(text)["provenance"]["pii_masked"] == 1
    report = verify_call(path)
    assert report.ok, report.mismatches
