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
