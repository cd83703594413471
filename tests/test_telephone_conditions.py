"""tools/telephone.py: the telephone-conditions test set is reproducible, holds the conditions it
reports, and keeps the truth and metadata that `qa-toolkit run` and `eval` read (no model)."""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from qa_toolkit.audio import decode
from qa_toolkit.truth import load_truth
from qa_toolkit.runner.plan import plan

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "telephone.py"
CALLS = ("c01_clean", "c05_no_closing", "c07_forbidden_deadair")
"""A hold, the agent on channel 1, 12 s of dead air: the layouts the renderer must keep."""


def _load_tool():
    spec = importlib.util.spec_from_file_location("telephone_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tel = _load_tool()


def _render_cli(folder: Path, out: Path, level: str, seed: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), str(folder), "--level", level,
                           "--out", str(out), "--seed", str(seed)],
                          capture_output=True, text=True, timeout=300)


def _render_main(folder: Path, out: Path, level: str, seed: int) -> subprocess.CompletedProcess:
    """The tool's ``main()`` with the same arguments in this process (no new interpreter and
    imports): its exit code and what it printed, as ``_render_cli`` gives them."""
    args = [str(folder), "--level", level, "--out", str(out), "--seed", str(seed)]
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = tel.main(args)
    return subprocess.CompletedProcess(args, code, stdout.getvalue(), stderr.getvalue())


@pytest.fixture(scope="module")
def subset(samples_dir, tmp_path_factory) -> Path:
    """Three sample calls in the samples/ layout."""
    folder = tmp_path_factory.mktemp("subset") / "samples"
    (folder / "truth").mkdir(parents=True)
    for call in CALLS:
        truth = json.loads((samples_dir / "truth" / f"{call}.json").read_text(encoding="utf-8"))
        shutil.copy(samples_dir / "truth" / f"{call}.json", folder / "truth")
        for relative in truth["files"].values():
            (folder / relative).parent.mkdir(exist_ok=True)
            shutil.copy(samples_dir / relative, folder / relative)
    with (samples_dir / "metadata.csv").open(encoding="utf-8") as f:
        lines = f.read().splitlines()
    kept = [lines[0]] + [l for l in lines[1:] if l.split(",")[0].rsplit("-", 1)[0] in CALLS]
    (folder / "metadata.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rendered(subset, tmp_path_factory) -> dict[str, Path]:
    """moderate and harsh at seed 7 through the tool's main() (stdout kept beside)."""
    outs = {}
    for level in ("moderate", "harsh"):
        out = tmp_path_factory.mktemp(level) / "set"
        result = _render_main(subset, out, level, 7)
        assert result.returncode == 0, result.stderr
        (out.parent / "stdout.txt").write_text(result.stdout, encoding="utf-8")
        outs[level] = out
    return outs


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def _conditions(out: Path) -> list[dict]:
    return json.loads((out / "conditions.json").read_text(encoding="utf-8"))["calls"]


def _truth(out: Path, call: str) -> dict:
    return json.loads((out / "truth" / f"{call}.json").read_text(encoding="utf-8"))


def test_g711_is_the_reference_codec_and_the_wav_holds_it_exactly():
    # ITU-T G.711 table ends: mu-law 0x80 = +32124, 0x00 = -32124, 0xFF = 0; A-law 0xD5 = +8,
    # 0x2A = -32256 (16-bit scale).
    assert tel.ulaw_decode(np.array([0x80, 0x00, 0xFF], np.uint8)).tolist() == \
        [32124 / 32768, -32124 / 32768, 0.0]
    assert tel.alaw_decode(np.array([0xD5, 0x2A], np.uint8)).tolist() == [8 / 32768, -32256 / 32768]
    codes = np.arange(256, dtype=np.uint8)
    for law, (encode, decode_codes) in tel.CODECS.items():
        values = decode_codes(codes)
        back = encode(values)
        # mu-law has two codes for zero (0x7F, 0xFF); every other code survives the round trip
        same = back == codes
        assert same.all() or (law == "ULAW" and np.flatnonzero(~same).tolist() == [0x7F]), law
        x = np.random.default_rng(0).uniform(-1, 1, 8000).astype(np.float32)
        coded = tel.g711_round_trip(x, law)
        assert 30 < 10 * np.log10(np.mean(x ** 2) / np.mean((x - coded) ** 2)) < 40, law
        buffer = io.BytesIO()
        sf.write(buffer, coded, 8000, subtype=law, format="WAV")
        buffer.seek(0)
        assert np.array_equal(sf.read(buffer, dtype="float32")[0], coded), law


def test_same_seed_gives_the_same_bytes_and_another_seed_does_not(subset, rendered, tmp_path):
    again = tmp_path / "again"
    other = tmp_path / "other"
    tel.render_set(subset, again, "moderate", 7)
    tel.render_set(subset, other, "moderate", 8)
    first = _files(rendered["moderate"])
    assert _files(again) == first
    changed = _files(other)
    audio = [name for name in first if name.endswith(".wav")]
    assert len(audio) == 2 * len(CALLS)
    assert all(changed[name] != first[name] for name in audio)
    assert changed["metadata.csv"] == first["metadata.csv"]


@pytest.mark.parametrize("level", ["moderate", "harsh"])
def test_reported_conditions_fall_in_the_level_ranges(rendered, level):
    ranges = tel.LEVELS[level]
    calls = _conditions(rendered[level])
    assert [c["call_id"] for c in calls] == list(CALLS)
    frames_tolerance = 100 / 2000  # one 20 ms frame of the shortest (40 s) call, in %
    for call in calls:
        lo, hi = ranges.customer_offset_db
        # the offset is measured in the file: echo, codec and loss move it by up to 0.1 dB
        assert max(6.0, lo - 0.1) <= call["customer_offset_db"] <= min(9.0, hi + 0.1), call
        for line in call["lines"]:
            assert ranges.snr_db[0] <= line["snr_db"] <= ranges.snr_db[1], call
            assert ranges.echo_db[0] <= line["echo_db"] <= ranges.echo_db[1], call
            assert ranges.echo_delay_ms[0] <= line["echo_delay_ms"] <= ranges.echo_delay_ms[1]
            assert ranges.loss_pct[0] - frames_tolerance <= line["loss_pct"] \
                <= ranges.loss_pct[1] + frames_tolerance, call
            assert ranges.clip_pct[0] * 0.9 <= line["clip_pct"] <= ranges.clip_pct[1] * 1.1, call
    stdout = (rendered[level].parent / "stdout.txt").read_text(encoding="utf-8")
    for call in calls:
        printed = next(l for l in stdout.splitlines() if l.startswith(call["call_id"]))
        agent = call["lines"][0]
        assert f"SNR {agent['snr_db']:.1f} dB" in printed and \
            f"echo {agent['echo_db']:.1f} dB" in printed and \
            f"loss {agent['loss_pct']:.2f}%" in printed and \
            f"clip {agent['clip_pct']:.2f}%" in printed, printed


def _active_dbfs(samples: np.ndarray, truth: dict, role: str) -> float:
    mask = tel.turn_mask(truth["turns"], samples.size, role)
    return 10 * np.log10(np.mean(samples[mask].astype(np.float64) ** 2))


@pytest.mark.parametrize("level", ["moderate", "harsh"])
def test_customer_line_is_6_to_9_db_quieter_in_the_files(rendered, level):
    out = rendered[level]
    for call in _conditions(out):
        truth = _truth(out, call["call_id"])
        stereo = decode(out / truth["files"]["stereo"])
        agent = truth["agent_channel"]
        measured = (_active_dbfs(stereo.samples[agent], truth, "agent")
                    - _active_dbfs(stereo.samples[1 - agent], truth, "customer"))
        assert 6.0 <= measured <= 9.0, (call["call_id"], measured)
        assert abs(measured - call["customer_offset_db"]) < 0.01, (call["call_id"], measured)


@pytest.mark.parametrize("level", ["moderate", "harsh"])
def test_lost_packets_are_in_the_files_as_reported(rendered, level):
    out = rendered[level]
    for call in _conditions(out):
        truth = _truth(out, call["call_id"])
        stereo = decode(out / truth["files"]["stereo"]).samples
        channels = [truth["agent_channel"], 1 - truth["agent_channel"]]
        for channel, line in zip(channels, call["lines"]):
            x = stereo[channel]
            frames = x[:x.size // tel.FRAME * tel.FRAME].reshape(-1, tel.FRAME)
            if line["conceal"] == "zero":
                # the codec's silence: 0 in mu-law, the smallest step in A-law
                silence = tel.g711_round_trip(np.zeros(1, np.float32), call["law"])[0]
                concealed = (frames == silence).all(axis=1)
            else:
                concealed = np.r_[False, (frames[1:] == frames[:-1]).all(axis=1)]
            assert 100 * concealed.mean() == pytest.approx(line["loss_pct"], abs=1e-9), \
                (call["call_id"], line["role"])


def test_babble_level_in_the_silences_matches_the_reported_snr(rendered):
    # Where nobody speaks for seconds (c01's hold, c07's dead air) the agent's line holds only
    # office babble: its level against the agent's speech is the SNR the tool reports.
    for level, out in rendered.items():
        checked = 0
        for call in _conditions(out):
            truth = _truth(out, call["call_id"])
            stereo = decode(out / truth["files"]["stereo"]).samples
            x = stereo[truth["agent_channel"]].astype(np.float64)
            quiet = ~tel.turn_mask([dict(t, start=t["start"] - 0.3, end=t["end"] + 0.5)
                                    for t in truth["turns"]], x.size)
            quiet[:tel.RATE] = False
            if quiet.sum() < 3 * tel.RATE:
                continue
            speech = tel.turn_mask(truth["turns"], x.size, "agent")
            noise = np.mean(x[quiet] ** 2)
            estimate = 10 * np.log10((np.mean(x[speech] ** 2) - noise) / noise)
            assert abs(estimate - call["lines"][0]["snr_db"]) < 2.5, (level, call, estimate)
            checked += 1
        assert checked == 2, level  # c01's hold and c07's dead air


def test_mono_is_the_mix_of_the_degraded_lines(rendered):
    out = rendered["harsh"]
    for call in CALLS:
        truth = _truth(out, call)
        stereo = decode(out / truth["files"]["stereo"]).samples.astype(np.float64)
        mono = decode(out / truth["files"]["mono"]).samples[0].astype(np.float64)
        mix = stereo.sum(axis=0)
        assert np.corrcoef(mix, mono)[0, 1] > 0.999, call


def test_truth_and_metadata_round_trip_for_run_and_eval(subset, rendered):
    out = rendered["moderate"]
    with (subset / "metadata.csv").open(encoding="utf-8") as f:
        source_rows = list(csv.DictReader(f))
    with (out / "metadata.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["call_id"] for r in rows] == [r["call_id"] for r in source_rows]
    for row, source in zip(rows, source_rows):
        assert row == dict(source, file=str(Path(source["file"]).with_suffix(".wav")))
    for call in CALLS:
        source = json.loads((subset / "truth" / f"{call}.json").read_text(encoding="utf-8"))
        truth = _truth(out, call)
        assert truth == dict(source, files={k: str(Path(v).with_suffix(".wav"))
                                            for k, v in source["files"].items()})
    items = plan([out], out / "metadata.csv")
    assert sorted(i.meta.call_id for i in items) == sorted(r["call_id"] for r in rows)
    by_id = {r["call_id"]: r for r in rows}
    for item in items:
        audio = decode(item.path)
        assert audio.sample_rate == 8000 and audio.codec in ("soundfile:ULAW", "soundfile:ALAW")
        assert audio.channels == (2 if item.meta.agent_channel is not None else 1)
        assert str(item.meta.agent_channel if item.meta.agent_channel is not None else "") \
            == by_id[item.meta.call_id]["agent_channel"]
        source = decode(subset / Path(by_id[item.meta.call_id]["file"]).with_suffix(".ogg"))
        assert abs(audio.duration_s - source.duration_s) < 1e-3
    truth = load_truth([out / "truth"])
    assert {Path(f).name for c in truth.calls.values() for f in c.files.values()} == \
        {p.name for p in out.rglob("*.wav")}


def test_bad_input_is_one_line_and_the_other_calls_still_render(subset, tmp_path):
    result = _render_cli(tmp_path / "nowhere", tmp_path / "out1", "moderate", 7)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "metadata.csv" in result.stderr

    broken = tmp_path / "broken"
    shutil.copytree(subset, broken)
    (broken / "stereo" / "c05_no_closing-stereo.ogg").write_bytes(b"not audio at all")
    result = _render_main(broken, tmp_path / "out2", "moderate", 7)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    errors = result.stderr.strip().splitlines()
    assert any("c05_no_closing-stereo.ogg" in e for e in errors), errors
    assert all(e.startswith("error: ") for e in errors)
    assert sorted(p.name for p in (tmp_path / "out2" / "stereo").iterdir()) == \
        ["c01_clean-stereo.wav", "c07_forbidden_deadair-stereo.wav"]
    assert "c05" not in (tmp_path / "out2" / "metadata.csv").read_text(encoding="utf-8")
