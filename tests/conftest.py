"""Shared fixtures: real audio, and one real run of the whole pipeline over samples/.

The samples run is the expensive part of the suite (real model on every sample file); it runs
once per session and every end-to-end test reads its OUT folder. Set QA_TEST_SAMPLES_OUT to a
folder to keep that run between sessions while developing (the ledger makes re-runs instant).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PYANNOTE_SAMPLE = ROOT / "tests" / "data" / "pyannote_sample"
CLI = [sys.executable, "-m", "qa_toolkit.cli.app"]


def run_cli(*args: str, timeout: float = 1800, **kwargs) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it.

    With Python's fault handler on: a native crash (SIGSEGV in a model library) then leaves
    the Python stack of every thread in stderr instead of an empty string and exit -11."""
    env = dict(kwargs.pop("env", None) or os.environ)
    env.setdefault("PYTHONFAULTHANDLER", "1")
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=kwargs.pop("cwd", ROOT), env=env, **kwargs)


CHROMIUM = Path("/usr/bin/chromium")
"""Debian's Chromium (tools/install_browser.sh); Playwright's own download is unreachable."""
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BROWSER_TESTS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="/usr/bin/chromium missing: run tools/install_browser.sh"),
]
"""``pytestmark`` of a module whose tests drive the browser."""


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not (SAMPLES / "metadata.csv").is_file():
        pytest.fail("samples/ is missing its metadata.csv")
    return SAMPLES


@pytest.fixture(scope="session")
def pyannote_sample() -> Path:
    return PYANNOTE_SAMPLE


@pytest.fixture(scope="session")
def samples_out(samples_dir, tmp_path_factory) -> Path:
    """OUT folder of `qa-toolkit run samples/stereo samples/mono --metadata samples/metadata.csv`.

    The two folders, not samples/: runs search folders recursively, and samples/heldout/ is a
    separate evaluation set that must not enter the samples/ figures.
    """
    keep = os.environ.get("QA_TEST_SAMPLES_OUT")
    out = Path(keep) if keep else tmp_path_factory.mktemp("samples_run") / "out"
    # Two workers of one thread: 1.13x faster here than one of two threads (median of three
    # A/B runs on six sample files), and results are the same whatever the workers
    # (tests/test_engines.py); one worker is what the other end-to-end tests run.
    result = run_cli("run", samples_dir / "stereo", samples_dir / "mono",
                     "--metadata", samples_dir / "metadata.csv",
                     "--out", out, "--quiet", "--workers", "2")
    if result.returncode != 0:
        # A crash dump starts with the crashing thread's stack; an error ends with its line.
        shown = result.stderr[:6000] if result.returncode < 0 else result.stderr[-2000:]
        pytest.fail(f"samples run failed ({result.returncode}): {shown}")
    return out


MODEL_FIXTURES = {"samples_out", "samples_eval", "harsh_run", "short_call",
                  "call_with_silence_and_music", "sample_diarization", "transcriber",
                  "c08_channels"}
"""Fixtures that run the real ASR or speaker models."""
MODEL_TESTS = {"test_zoo", "test_samples_mono_der_and_roles", "test_samples_stereo_role_time_error",
               "test_item9_a_failed_recording_is_reported_once_even_quiet",
               "test_item10_a_moved_run_folder_plays_its_audio_and_says_when_it_is_gone"}
"""Tests that run the real model themselves."""
MODEL_MODULES = {"test_engines", "test_degraded_audio", "test_run_e2e", "test_run_limits"}
"""Modules whose every test runs the real model through the CLI."""


def pytest_collection_modifyitems(config, items):
    """`pytest -m "not slow"` is the fast tier: everything but the real models (and the
    browser, marked `browser`). A test is slow when it asks for a model-backed fixture or
    lives in a module that runs the model in every test; CI runs both tiers."""
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if module in MODEL_MODULES or item.originalname in MODEL_TESTS \
                or MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
        if module in ("test_report_browser", "test_console_browser"):
            item.add_marker(pytest.mark.browser)
