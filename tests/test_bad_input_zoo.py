"""Issue "Nightly": a night's worth of odd recordings; each gets a result or a one-line reason."""

from __future__ import annotations

import csv
import json
import os
import time

import numpy as np
import pytest
import soundfile as sf
import soxr

from conftest import invoke_cli, run_cli


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


# --- Hostile rule packs (issue "Hostile input" #2, #3): refused in seconds, never exit 70 ------

def _pack(path, variables: str = "", pattern: str = "保证.{0,4}收益", text: str = "保证收益"):
    path.write_text(f"""id: hostile
version: "1"
language: zh
title: hostile
{variables}
rules:
  - id: risk.guaranteed_return
    type: regex
    title: 承诺保本保收益
    message: {{zh: 保证收益, en: guaranteed return}}
    severity: critical
    points: 10
    role: agent
    pattern: '{pattern}'
    examples:
      pass:
        - name: long_text_without_the_phrase
          turns:
            - [agent, 0.0, 15.0, {"这款产品您放心" * 8}保证]
      fail:
        - name: promise
          turns:
            - [agent, 10.0, 15.0, 这款产品您放心，{text}。]
""", encoding="utf-8")
    return path


def _alias_bomb(path):
    lines = ['id: bomb', 'version: "1"', 'language: zh', 'title: bomb', 'variables:',
             '  a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"  {name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path.write_text("\n".join(lines + ["rules: []", ""]), encoding="utf-8")
    return path


@pytest.mark.parametrize("make, line, message", [
    (_alias_bomb, 7, "YAML alias (*name) not allowed"),
    (lambda p: p.write_text('id: r\nversion: "1"\nlanguage: zh\ntitle: r\nvariables:\n'
                            '  a: &a [x, *a]\nrules: []\n', encoding="utf-8") and p,
     6, "YAML alias (*name) not allowed"),
    (lambda p: _pack(p, "variables:\n  anything: {regex: '(.+)+', label: X}"), 6,
     "nested quantifier"),
    (lambda p: _pack(p, pattern="(?<=保证)收益"), 14, "not supported by the linear-time"),
], ids=["alias_bomb", "recursive_alias", "nested_quantifier_variable", "lookbehind"])
@pytest.mark.timeout(120)  # in this process: a hang fails the test, as the CLI's timeout did
def test_hostile_pack_is_refused_in_seconds(tmp_path, make, line, message):
    pack = make(tmp_path / "pack.yaml")
    assert pack.stat().st_size < 1000
    out = _out_with_call(tmp_path / "out")
    for command in (("rules", "validate", pack), ("rules", "test", pack),
                    ("check", out, "--rules", pack)):
        started = time.monotonic()
        result = invoke_cli(*command)
        assert time.monotonic() - started < 30
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert f"pack.yaml:{line}: " in result.stderr and message in result.stderr
        assert "Traceback" not in result.stderr and "re2.cc" not in result.stderr


def _out_with_call(out):
    """A run folder holding one long call whose agent says a long turn without the phrase."""
    from report_fixtures import make_call

    (out / "calls").mkdir(parents=True)
    call = make_call("long", repeat=20)
    long_turn = "这款产品您放心" * 400 + "保证"
    call["turns"].append({"speaker": "S0", "role": "agent", "start": 300.0, "end": 340.0,
                          "text": long_turn, "words": [{"start": 300.0, "end": 340.0,
                                                        "text": long_turn, "prob": 0.9}]})
    (out / "calls" / "long.json").write_text(json.dumps(call, ensure_ascii=False),
                                             encoding="utf-8")
    return out


@pytest.mark.timeout(120)  # in this process: a hang fails the test, as the CLI's timeout did
def test_backtracking_regex_rule_runs_in_seconds(tmp_path):
    """`(.+)+保证收益` takes Python's re minutes on a long turn; RE2 runs it in linear time."""
    pack = _pack(tmp_path / "redos.yaml", pattern="(.+)+保证收益")
    out = _out_with_call(tmp_path / "out")
    for command in (("rules", "validate", pack), ("rules", "test", pack),
                    ("check", out, "--rules", pack)):
        started = time.monotonic()
        result = invoke_cli(*command)
        assert time.monotonic() - started < 30, command
        assert result.returncode == 0, (command, result.stdout, result.stderr)


# --- Hostile call ids (issue "Hostile input" #8): capped by bytes before any work is done -----

def test_long_call_ids_are_capped_by_bytes_and_stay_distinct(tmp_path):
    from qa_toolkit.runner.plan import CALL_ID_MAX_BYTES, plan

    recordings = tmp_path / "in"
    recordings.mkdir()
    ids = ["客户" * 50 + "甲", "客户" * 50 + "乙", "x" * 300]
    with open(tmp_path / "metadata.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["call_id", "file"])
        for n, call_id in enumerate(ids):
            (recordings / f"r{n}.wav").write_bytes(b"")
            writer.writerow([call_id, f"in/r{n}.wav"])
    items = plan([recordings], tmp_path / "metadata.csv")
    call_ids = [item.meta.call_id for item in items]
    assert len(set(call_ids)) == 3
    for call_id in call_ids:
        assert len(call_id.encode("utf-8")) <= CALL_ID_MAX_BYTES
        # The names the run will write: they must be valid on the file system.
        (tmp_path / f"{call_id}.json").write_text("{}", encoding="utf-8")
        (tmp_path / f".{call_id}.json.abcdefgh.tmp").write_text("{}", encoding="utf-8")
    assert call_ids[0].startswith("客户客户") and call_ids[2].startswith("xxxx")


# --- Smaller hostile inputs (issue "Hostile input" #10) -----------------------------------------

def test_broken_links_garbage_and_six_channels_get_one_clear_line_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dangling.wav").symlink_to(tmp_path / "gone.wav")
    (folder / "loop.wav").symlink_to(folder / "loop.wav")
    (folder / "random.mp3").write_bytes(np.random.default_rng(7).bytes(20000))
    rng = np.random.default_rng(6)
    sf.write(folder / "six.wav", (0.1 * rng.standard_normal((8000 * 3, 6))).astype(np.float32),
             8000)
    out = tmp_path / "out"
    result = run_cli("run", folder, "--out", out, "--language", "en", "--rules", "generic_en",
                     "--quiet", timeout=600)
    assert result.returncode == 3, result.stderr  # not one recording could be processed
    assert "Traceback" not in result.stderr
    assert "Note:" not in result.stderr and "MPEG" not in result.stderr  # libmpg123 chatter
    errors = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in _rows(out / "errors.csv")}
    assert errors == {
        "dangling.wav": "broken symbolic link (its target does not exist)",
        "loop.wav": "symbolic link loop",
        "random.mp3": errors["random.mp3"],
        "six.wav": "6 channels: expected mono, or stereo with agent and customer on their "
                   "own channels"}
    assert errors["random.mp3"].startswith("not a readable audio file: not audio data")
    assert "does not exist" not in errors["random.mp3"]
    summary = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(summary) == 4, result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file")
def test_unreadable_file_says_permission_denied(tmp_path):
    from qa_toolkit.audio import AudioError, decode

    path = tmp_path / "locked.wav"
    sf.write(path, np.zeros(8000, dtype=np.float32), 8000)
    path.chmod(0)
    with pytest.raises(AudioError, match="^permission denied$"):
        decode(path)


def test_run_ledger_given_as_history_db_exits_2(tmp_path):
    from qa_toolkit.runner.ledger import Ledger

    ledger_path = tmp_path / "out" / "ledger.sqlite"
    ledger_path.parent.mkdir()
    Ledger(ledger_path).close()
    before = ledger_path.read_bytes()
    for command in (("dispute", "list"), ("ingest", tmp_path / "out"),
                    ("export", "calls", "--out", tmp_path / "x.csv")):
        result = invoke_cli(*command, "--db", ledger_path)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.strip() == (f"error: {ledger_path}: not a qa-toolkit history "
                                         f"database (it holds tables calls, runs, "
                                         f"sqlite_sequence; a run's ledger?)")
    assert ledger_path.read_bytes() == before  # nothing written into the ledger


def test_escape_codes_in_names_are_printed_escaped(tmp_path):
    """Issue "Hostile input" #9: a file name can clear the screen or forge a line."""
    pack = _alias_bomb(tmp_path / "evil\x1b[2J\r\x07.yaml")
    result = run_cli("rules", "validate", pack, timeout=60)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\r" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b[2J\\r\\x07.yaml:7: YAML alias" in result.stderr
