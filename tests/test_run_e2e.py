"""The nightly run as a user runs it: the real CLI, the real model, real recordings."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import jiwer
import pytest
import soundfile as sf

from conftest import CLI, ROOT, run_cli
from qa_toolkit.evaluate import evaluate
from qa_toolkit.runfolder import read_calls
from qa_toolkit.runner.plan import discover
from qa_toolkit.textnorm import to_simplified
from qa_toolkit.truth import load_truth

CONTRACT_KEYS = {"call_id", "source", "agent_id", "duration_s", "channels", "model", "rule_pack",
                 "turns", "hits", "score", "metrics"}
TURN_KEYS = {"speaker", "role", "start", "end", "text", "words"}
WORD_KEYS = {"start", "end", "text", "prob"}
HIT_KEYS = {"rule_id", "severity", "points", "start", "end", "role", "evidence", "message"}


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _is_2dp(value) -> bool:
    return value is None or round(value, 2) == value


def test_every_sample_produces_the_public_outputs(samples_dir, samples_out):
    files = discover([samples_dir / "stereo", samples_dir / "mono"])
    assert len(files) >= 16, "samples/ should hold at least 8 calls as stereo and mono"
    calls = {p.stem: json.loads(p.read_text("utf-8")) for p in (samples_out / "calls").glob("*.json")}
    assert set(calls) == {p.stem for p in files}
    for call_id, call in calls.items():
        assert CONTRACT_KEYS <= call.keys(), call_id
        assert call["rule_pack"]["id"] == "bank_zh" and call["rule_pack"]["version"]
        assert 0 <= call["score"] <= 100
        assert call["turns"], f"{call_id}: no turns"
        roles = {t["role"] for t in call["turns"]}
        assert {"agent", "customer"} <= roles, f"{call_id}: roles {roles}"
        for turn in call["turns"]:
            assert TURN_KEYS <= turn.keys()
            assert turn["start"] <= turn["end"] and _is_2dp(turn["start"]) and _is_2dp(turn["end"])
            for word in turn["words"]:
                assert WORD_KEYS <= word.keys() and turn["start"] <= word["start"] <= turn["end"]
        for hit in call["hits"]:
            assert HIT_KEYS <= hit.keys()
            assert hit["evidence"], f"{call_id}: {hit['rule_id']} without evidence"
        # Simplified output, whatever the model wrote.
        text = "".join(t["text"] for t in call["turns"])
        assert to_simplified(text) == text
        assert (samples_out / "calls" / f"{call_id}.html").is_file()
    assert (samples_out / "index.html").is_file()
    rows = _csv(samples_out / "calls.csv")
    assert sorted(r["call_id"] for r in rows) == sorted(calls)
    hits = _csv(samples_out / "rule_hits.csv")
    assert len(hits) == sum(len(c["hits"]) for c in calls.values())
    assert _csv(samples_out / "errors.csv") == []


def test_the_runs_call_pages_are_what_report_renders_from_the_records(samples_out, tmp_path):
    """A page written during the run and one re-rendered later from the JSON are the same
    bytes: the run renders the call as its record reads back (2-decimal times)."""
    import shutil

    from qa_toolkit.report.render import render_call_page

    copy = tmp_path / "out"
    shutil.copytree(samples_out, copy)
    calls = read_calls(copy)
    assert len(calls) == 34
    for call in calls:
        page = render_call_page(call, copy)
        assert page.read_bytes() == (samples_out / "calls" / page.name).read_bytes(), page.name


def test_metadata_fills_agent_and_channel(samples_dir, samples_out):
    meta = {r["call_id"]: r for r in _csv(samples_dir / "metadata.csv")}
    for path in (samples_out / "calls").glob("*.json"):
        call = json.loads(path.read_text("utf-8"))
        row = meta[call["call_id"]]
        assert call["agent_id"] == row["agent_id"]
        if row["agent_channel"]:
            assert call["diarization"]["agent_channel"] == int(row["agent_channel"])
            agent_speaker = f"ch{row['agent_channel']}"
            assert call["diarization"]["roles"][agent_speaker] == "agent"


@pytest.fixture(scope="module")
def samples_eval(samples_dir, samples_out):
    """The samples' truth against the whole pipeline's output (audio in, hits out)."""
    truth = load_truth([samples_dir / "truth"])
    report = evaluate(read_calls(samples_out), truth)
    return {g.name: g for g in report.groups}


@pytest.mark.parametrize("mix", ["stereo", "mono"])
def test_transcription_cer_on_samples(samples_eval, mix):
    group = samples_eval[mix]
    cer = group.asr["cer"].rate
    worst = max(c.asr.rate for c in group.calls if c.asr)
    print(f"{mix}: CER {cer:.3f}, worst file {worst:.3f}")
    assert cer <= CER_BOUND[mix]
    assert worst <= CER_WORST_BOUND


@pytest.mark.parametrize("mix", ["stereo", "mono"])
def test_rule_hits_match_the_planted_violations(samples_eval, mix):
    """Issue "Rules": micro F1 of call-level rule verdicts, through the whole pipeline."""
    group = samples_eval[mix]
    micro = group.micro
    per_rule = {r.rule_id: (r.tp, r.fp, r.fn) for r in group.rules}
    print(f"{mix}: micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}", per_rule)
    assert micro.f1 >= F1_BOUND[mix], per_rule


# Measured on this machine, with hotwords off (the default since held-out audio showed no gain
# from them: CER 0.149 without, 0.153 with, and one script word written that nobody said):
# CER 0.158 stereo and 0.149 mono under AVX512 kernels, 0.156 and 0.151 under AVX2; worst file
# 0.271 (c11 mono, the agent speaking at 1.6x). With the old hotwords they were 0.137/0.127,
# but those were chosen on these very calls. Bounds sit a little above so a regression fails.
CER_BOUND = {"stereo": 0.175, "mono": 0.175}
# Micro F1 measured 0.968 stereo and 0.867 mono without hotwords (0.938 / 0.903 before the
# intent matcher): on mono, c06's interruption (the diarizer finds 0.3 s of the 1.2 s
# overlap), c09's hold notice (sent to review), c12's staff id (工号 misheard) and c10's
# flow.out_of_order (a 你好 said after the identity check) cost it.
F1_BOUND = {"stereo": 0.9, "mono": 0.85}
CER_WORST_BOUND = 0.30
WER_BOUND = 0.22


def test_wer_on_pyannote_phone_sample(pyannote_sample, tmp_path):
    """English telephone speech through the real CLI, against pyannote's own transcript."""
    out = tmp_path / "out"
    result = run_cli("run", pyannote_sample / "sample.wav", "--out", out, "--language", "en",
                     "--rules", "generic_en", "--quiet")
    assert result.returncode == 0, result.stderr
    call = json.loads((out / "calls" / "sample.json").read_text("utf-8"))
    reference = " ".join(line.split(maxsplit=5)[5] for line in
                         (pyannote_sample / "sample.stm").read_text().splitlines()
                         if len(line.split(maxsplit=5)) == 6)
    norm = jiwer.Compose([jiwer.ToLowerCase(), jiwer.RemovePunctuation(),
                          jiwer.RemoveMultipleSpaces(), jiwer.Strip()])
    hypothesis = " ".join(t["text"] for t in call["turns"])
    wer = jiwer.wer(norm(reference), norm(hypothesis))
    print("WER on pyannote sample:", round(wer, 3))
    assert wer <= WER_BOUND
    assert call["language"] == "en" and len({t["speaker"] for t in call["turns"]}) == 2


@pytest.fixture(scope="module")
def short_call(pyannote_sample, tmp_path_factory) -> Path:
    """12 s of real two-party telephone audio, 8 kHz like a call centre's."""
    data, rate = sf.read(pyannote_sample / "sample.wav", dtype="float32")
    folder = tmp_path_factory.mktemp("short")
    path = folder / "short.wav"
    segment = data[int(6.5 * rate): int(18.5 * rate)]
    import soxr
    sf.write(path, soxr.resample(segment, rate, 8000), 8000, subtype="PCM_16")
    return path


def test_bad_files_are_reported_and_the_batch_goes_on(short_call, tmp_path):
    recordings = tmp_path / "in"
    recordings.mkdir()
    shutil.copy(short_call, recordings / "good.wav")
    (recordings / "empty.wav").write_bytes(b"")
    (recordings / "corrupt.mp3").write_bytes(os.urandom(4096))
    (recordings / "notes.txt").write_text("not audio, ignored by extension")
    out = tmp_path / "out"
    result = run_cli("run", recordings, "--out", out, "--language", "en", "--rules",
                     "generic_en", "--quiet")
    assert result.returncode == 1, result.stderr
    errors = {Path(r["file"]).name: r for r in _csv(out / "errors.csv")}
    assert set(errors) == {"empty.wav", "corrupt.mp3"}
    assert "empty file" in errors["empty.wav"]["reason"]
    assert "not a readable audio file" in errors["corrupt.mp3"]["reason"]
    assert all(r["stage"] == "decode" for r in errors.values())
    assert [p.name for p in (out / "calls").glob("*.json")] == ["good.json"]
    # One line per bad file on stderr, naming it; no traceback.
    err_lines = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(err_lines) == 2 and "Traceback" not in result.stderr
    assert any("empty.wav" in l for l in err_lines) and any("corrupt.mp3" in l for l in err_lines)


def test_usage_errors_exit_2_with_one_line(tmp_path):
    result = run_cli("run", tmp_path / "missing", "--out", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error:") and "missing" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run_cli("run", tmp_path, "--out", tmp_path / "out", "--diarization", "magic")
    assert result.returncode == 2 and "--diarization" in result.stderr


def test_killed_run_resumes_and_every_call_is_done_once(short_call, tmp_path):
    """SIGKILL at random moments, several times; the end result equals an uninterrupted run."""
    recordings = tmp_path / "in"
    recordings.mkdir()
    for i in range(4):
        shutil.copy(short_call, recordings / f"call{i}.wav")

    def args(out):
        return [*CLI, "run", str(recordings), "--out", str(out), "--language", "en",
                "--rules", "generic_en", "--quiet"]

    reference = tmp_path / "reference"
    assert subprocess.run(args(reference), cwd=ROOT, capture_output=True,
                          timeout=900).returncode == 0
    out = tmp_path / "out"
    rng = random.Random(2026)
    finished: dict[str, int] = {}

    def calls_done() -> int:
        return len(list((out / "calls").glob("*.json"))) if (out / "calls").exists() else 0

    # The kills are tied to the run's progress, not to wall-clock guesses, so a faster machine
    # cannot finish every call before the first kill: the first kill lands during start-up,
    # each later one a moment after the next call is written (mid-way through the one after).
    for round_ in range(3):
        before = calls_done()
        if before >= 3:
            break
        proc = subprocess.Popen(args(out), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        if round_ == 0:
            time.sleep(rng.uniform(0.5, 2.5))
        else:
            deadline = time.monotonic() + 600
            while calls_done() == before and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for p in (out / "calls").glob("*.json"):
            json.loads(p.read_text("utf-8"))  # never a half-written JSON
            finished.setdefault(p.stem, p.stat().st_mtime_ns)
    assert len(finished) < 4, "the kills came too late to interrupt anything"

    result = subprocess.run(args(out), cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert f"{len(finished)} already done" in result.stdout
    after = {p.stem: p for p in (out / "calls").glob("*.json")}
    assert sorted(after) == [f"call{i}" for i in range(4)]
    assert all(after[k].stat().st_mtime_ns == v for k, v in finished.items()), \
        "a finished call was redone"
    for stem, path in after.items():
        assert path.read_bytes() == (reference / "calls" / f"{stem}.json").read_bytes(), stem
    with sqlite3.connect(out / "ledger.sqlite") as db:
        rows = dict(db.execute("SELECT call_id, status FROM calls"))
    assert rows == {f"call{i}": "done" for i in range(4)}
    assert len(_csv(out / "calls.csv")) == 4

    # One more run has nothing to do.
    again = subprocess.run(args(out), cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert "4 already done" in again.stdout and again.returncode == 0


def test_an_edited_scorecard_rescores_finished_calls(short_call, tmp_path):
    """The run's fingerprint covers the scorecard the calls are scored with, including the
    one found beside the pack: editing it must not leave stale scores behind."""
    pack = tmp_path / "en.yaml"
    shutil.copy(ROOT / "rules" / "generic_en.yaml", pack)
    card = tmp_path / "en.scorecard.yaml"
    card.write_text("id: en\nversion: '1'\nstart: 100\ndeduct_from: pack\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", short_call, "--out", out, "--language", "en", "--rules", pack, "--quiet")
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    again = run_cli(*args)
    assert "1 already done" in again.stdout
    card.write_text("id: en\nversion: '2'\nstart: 90\nmax_score: 90\ndeduct_from: pack\n",
                    encoding="utf-8")
    edited = run_cli(*args)
    assert "1 done, 0 already done" in edited.stdout, edited.stdout
    call = json.loads((out / "calls" / "short.json").read_text("utf-8"))
    assert call["score"] <= 90


def test_stereo_interruptions_keep_both_parties_words(samples_dir, samples_out):
    """c06's agent talks over the customer twice (1.2 s and 1.0 s): on stereo both parties'
    words are kept through the overlap, as two overlapping turns, not one lost side."""
    truth = json.loads((samples_dir / "truth" / "c06_interrupt_jargon.json").read_text("utf-8"))
    overlaps = [(v["start"], v["end"]) for v in truth["violations"]
                if v["rule_id"] == "etiquette.interruption"]
    call = json.loads((samples_out / "calls" / "c06_interrupt_jargon-stereo.json")
                      .read_text("utf-8"))
    for start, end in overlaps:
        near = {t["role"] for t in call["turns"] for w in t["words"]
                if w["end"] > start - 0.5 and w["start"] < end + 0.5}
        assert near == {"agent", "customer"}, (start, end, near)
