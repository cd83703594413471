"""Where the shipped rule packs and report templates live.

A wheel carries them under ``qa_toolkit/_data``; a source checkout (editable install) keeps
them at the top level of the repository, where QA staff edit them.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for path in candidates:
        if path.is_dir():
            return path
    return candidates[0]


def rules_dir() -> Path:
    return _first_existing(_PACKAGE / "_data" / "rules", _PACKAGE.parent / "rules")


def templates_dir() -> Path:
    return _first_existing(_PACKAGE / "_data" / "templates",
                           _PACKAGE.parent / "reports" / "templates")
