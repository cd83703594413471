"""Shared fixtures: real audio, and one real run of the whole pipeline over samples/.

The samples run is the expensive part of the suite (real model on every sample file); it runs
once per session and every end-to-end test reads its OUT folder. Set QA_TEST_SAMPLES_OUT to a
folder to keep that run between sessions while developing (the ledger makes re-runs instant).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

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


def invoke_cli(*args: str, env: Optional[dict[str, Optional[str]]] = None,
               cwd: Optional[Path] = None, input: Optional[str] = None
               ) -> subprocess.CompletedProcess:
    """The command line in this process: ``qa-toolkit ARGS`` through the console script's own
    ``main()`` (the same parsing, one-line errors and exit codes), without the new
    interpreter, imports and rule-pack compile that ``run_cli`` pays on every call.

    For tests whose point is what a command does, not the console script itself: a few tests
    per command group keep ``run_cli``. ``env`` holds variables to set for the call (None
    unsets one), not a whole environment; ``cwd`` is the folder it runs in. Besides
    ``sys.stdout``/``sys.stderr``, file descriptors 1 and 2 are captured as well, so what a
    native library prints (RE2, libmpg123) still shows in ``stdout``/``stderr``. Logging
    set up by the command is undone afterwards. Not for ``run`` with recordings to process
    (workers, signals): that stays a subprocess."""
    import ctypes
    import logging
    import tempfile

    from typer.testing import CliRunner

    from qa_toolkit.cli.app import main

    root = logging.getLogger()
    for name in ("faster_whisper", "numba", "urllib3", "httpx"):  # setup_logging's quieted
        logging.getLogger(name)
    handlers, levels = root.handlers[:], {
        name: logger.level for name, logger in root.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)}
    root_level = root.level
    saved_argv, saved_cwd = sys.argv, os.getcwd()
    code: Any = 0
    with tempfile.TemporaryFile() as native_out, tempfile.TemporaryFile() as native_err, \
            CliRunner().isolation(input=input, env=env) as (out, err, _):
        saved_fds = os.dup(1), os.dup(2)
        os.dup2(native_out.fileno(), 1)
        os.dup2(native_err.fileno(), 2)
        try:
            sys.argv = ["qa-toolkit", *map(str, args)]
            if cwd is not None:
                os.chdir(cwd)
            main()
        except SystemExit as exc:
            code = exc.code
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            ctypes.CDLL(None).fflush(None)  # C stdio buffers, before the descriptors go back
            os.dup2(saved_fds[0], 1)
            os.dup2(saved_fds[1], 2)
            for fd in saved_fds:
                os.close(fd)
            os.chdir(saved_cwd)
            sys.argv = saved_argv
            root.handlers[:] = handlers
            root.setLevel(root_level)
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)
        stdout, stderr = out.getvalue(), err.getvalue()
        for native in (native_out, native_err):
            native.seek(0)
        stdout += native_out.read()
        stderr += native_err.read()
    returncode = 0 if code is None else code if isinstance(code, int) else 1
    return subprocess.CompletedProcess(["qa-toolkit", *map(str, args)], returncode,
                                       stdout.decode("utf-8", "replace"),
                                       stderr.decode("utf-8", "replace"))


@functools.cache
def shipped_pack(name: str = "bank_zh"):
    """A pack shipped in rules/, loaded once per test process, for tests that only read it
    (evaluate calls with it, look at its rules); a test that changes a pack loads its own."""
    from qa_toolkit.rules import load_pack

    return load_pack(name)


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

    The two folders, not samples/: runs search folders recursively, and samples/heldout*/ are
    separate evaluation sets that must not enter the samples/ figures.
    """
    keep = os.environ.get("QA_TEST_SAMPLES_OUT")
    if keep:
        return _run_samples(samples_dir, Path(keep))
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return _run_samples(samples_dir, tmp_path_factory.mktemp("samples_run") / "out")
    # Under `pytest -n 2` (the README's test command) the workers share one run: the first to
    # take the lock makes it, the other waits and reads it (the run is half the model time).
    import fcntl

    shared = tmp_path_factory.getbasetemp().parent / "samples_run"
    shared.mkdir(exist_ok=True)
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "done").exists():
            _run_samples(samples_dir, shared / "out")
            (shared / "done").touch()
    return shared / "out"


def _run_samples(samples_dir: Path, out: Path) -> Path:
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
