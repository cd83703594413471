"""Issue "Hostile input" #2 and #5: a run's limits. One call cannot stall the night (a
default time limit scaled by the recording's duration), and the workers of a killed run do
not outlive it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import soundfile as sf

from conftest import CLI, ROOT, SAMPLES
from qa_toolkit.runner.worker import (DEFAULT_TIMEOUT_BASE_S, DEFAULT_TIMEOUT_PER_AUDIO_S,
                                      DEFAULT_TIMEOUT_UNKNOWN_S, RunOptions, call_timeout)


def test_default_call_timeout_scales_with_the_recording(tmp_path):
    sample = SAMPLES / "stereo" / "c01_clean-stereo.ogg"
    duration = sf.info(str(sample)).duration
    assert duration > 30
    default = call_timeout(RunOptions(tmp_path), sample)
    assert default == pytest.approx(DEFAULT_TIMEOUT_BASE_S + DEFAULT_TIMEOUT_PER_AUDIO_S * duration)
    assert call_timeout(RunOptions(tmp_path, timeout_s=12.5), sample) == 12.5
    garbage = tmp_path / "garbage.wav"
    garbage.write_bytes(os.urandom(4000))
    assert call_timeout(RunOptions(tmp_path), garbage) == DEFAULT_TIMEOUT_UNKNOWN_S


def _need_proc() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc (Linux)")


def _stat(pid: int) -> tuple[str, int]:
    """(state, parent pid) of a live process; ("X", 0) once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return "X", 0
    return fields[0], int(fields[1])


def _cmdline(pid: int) -> bytes:
    """A process's command line; empty once it is gone (it may end between listing and reading:
    a short-lived child of the run, such as a spawn's helper)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            state, parent = _stat(int(entry))
            if state not in "XZ":
                children.setdefault(parent, []).append(int(entry))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    return _stat(pid)[0] not in "XZ"  # a zombie has ended; only its exit status is left


def test_workers_exit_when_the_run_is_killed(tmp_path):
    """The real CLI runs ``--workers 2`` on real sample recordings; its main process is killed
    with SIGKILL (no clean-up runs) while the workers start. No process of the run may remain
    a few seconds later (read from /proc: psutil is not installed here)."""
    _need_proc()
    recordings = tmp_path / "in"
    recordings.mkdir()
    for name in ("c01_clean-stereo.ogg", "c02_no_staff_id-stereo.ogg"):
        os.symlink(SAMPLES / "stereo" / name, recordings / name)
    run = subprocess.Popen([*CLI, "run", str(recordings), "--out", str(tmp_path / "out"),
                            "--workers", "2", "--quiet"], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    everything: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.2)
            workers = {p for p in _descendants(run.pid) if b"spawn_main" in _cmdline(p)}
        assert len(workers) >= 2, "the run did not start its workers"
        time.sleep(2.0)  # the workers are past their start-up
        everything = _descendants(run.pid)  # the workers and the resource tracker
        run.send_signal(signal.SIGKILL)
        run.wait()
        gone_by = time.monotonic() + 5.0
        while time.monotonic() < gone_by and any(_alive(p) for p in everything):
            time.sleep(0.1)
        left = {p: _cmdline(p)[:80] for p in everything if _alive(p)}
        assert not left, f"still running after the run was killed: {left}"
    finally:  # never leave this test's processes behind, whatever the code under test does
        for pid in everything | _descendants(run.pid) | {run.pid}:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        run.wait()


def test_a_hub_token_never_lands_in_the_run_ledger(tmp_path):
    """The ledger keeps each run's options; a pyannote hub token among them is a credential."""
    import sqlite3

    from qa_toolkit.pipeline import PipelineOptions
    from qa_toolkit.runner.batch import LEDGER_NAME, run_batch
    from qa_toolkit.runner.worker import RunOptions

    token = "hf_NotARealTokenButSecret123"
    out = tmp_path / "out"
    run_batch([], RunOptions(out=out, pipeline=PipelineOptions(pyannote_token=token)))
    raw = b"".join(f.read_bytes() for f in out.glob(LEDGER_NAME + "*"))  # WAL included
    with sqlite3.connect(out / LEDGER_NAME) as db:
        (config,) = db.execute("SELECT config FROM runs").fetchone()
    assert '"pyannote_token": "<redacted>"' in config
    assert token.encode() not in raw
