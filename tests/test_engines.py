"""1 worker, 2 workers and a local Ray cluster give identical results."""

from __future__ import annotations


import pytest

from conftest import run_cli


@pytest.fixture(scope="module")
def three_calls(tmp_path_factory, pyannote_sample):
    import soundfile as sf

    data, rate = sf.read(pyannote_sample / "sample.wav", dtype="float32")
    folder = tmp_path_factory.mktemp("engines")
    for i, (a, b) in enumerate([(6.5, 16.0), (14.0, 24.0), (20.0, 30.0)]):
        sf.write(folder / f"part{i}.wav", data[int(a * rate):int(b * rate)], rate)
    return folder


def _run(folder, out, *extra):
    result = run_cli("run", folder, "--out", out, "--language", "en", "--rules", "generic_en",
                     "--quiet", *extra, timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    return {p.name: p.read_bytes() for p in sorted((out / "calls").glob("*.json"))}


def test_workers_and_ray_match_one_worker(three_calls, tmp_path):
    pytest.importorskip("ray", reason="Ray is in the test extra: pip install -e '.[test]'")
    one = _run(three_calls, tmp_path / "one")
    assert len(one) == 3
    two = _run(three_calls, tmp_path / "two", "--workers", "2")
    # One thread per actor: results must not depend on how many cores a worker has.
    ray = _run(three_calls, tmp_path / "ray", "--workers", "2", "--engine", "ray")
    assert two == one
    assert ray == one


def test_timeout_fails_the_call_not_the_batch(three_calls, tmp_path):
    out = tmp_path / "out"
    result = run_cli("run", three_calls / "part0.wav", "--out", out, "--language", "en",
                     "--rules", "generic_en", "--quiet", "--timeout", "0.01")
    assert result.returncode == 3
    assert "gave up after 0.01 s" in (out / "errors.csv").read_text("utf-8-sig")


def test_timeout_is_not_swallowed_by_broad_exception_handlers():
    """Under load the deadline can expire inside audio.decode, whose decoder fallback catches
    every Exception: the call must still end as a timeout, not as an unreadable file."""
    import time

    from qa_toolkit.runner.worker import CallTimeout, call_deadline

    swallowed = 0
    give_up = time.monotonic() + 2.0  # bounded, so that a swallowed timeout fails, not hangs
    with pytest.raises(CallTimeout):
        with call_deadline(0.01):
            while time.monotonic() < give_up:
                try:
                    time.sleep(0.001)
                except Exception:  # what a decoder fallback does
                    swallowed += 1
    assert swallowed == 0
