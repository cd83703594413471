"""What every command shares: exit codes, one-line errors, logging set-up."""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any, NoReturn

import typer

# Exit codes are public: cron jobs and CI pipelines key on them.
EXIT_OK = 0
EXIT_SOME_FAILED = 1
"""The batch ran to the end, but at least one recording failed (see OUT/errors.csv)."""
EXIT_USAGE = 2
"""Bad arguments, missing files, an invalid rule pack or config."""
EXIT_ALL_FAILED = 3
"""Not a single recording could be processed."""
EXIT_INTERNAL = 70
"""A bug in qa-toolkit (EX_SOFTWARE); please report it with the --verbose output."""
EXIT_INTERRUPTED = 130


class UserError(Exception):
    """A problem the user can fix; printed as one line, no traceback."""


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile(_CONTROL.pattern[:-1] + "\n\t]")


def _escaped(match: re.Match[str]) -> str:
    return repr(match.group())[1:-1]


def terminal_text(text: Any) -> str:
    """``text`` safe to print: control characters (escape sequences that clear the screen,
    carriage returns that overwrite a line, bidi overrides) shown as ``\\x1b``-style escapes.
    Newlines and tabs are kept: messages span lines on purpose."""
    return _CONTROL.sub(_escaped, str(text))


def inline(value: Any) -> str:
    """A value from a file or the store, for one line of a listing: also newlines and tabs
    escaped, so a value cannot start a line of its own (a fake "accepted" entry)."""
    return _CONTROL_OR_NEWLINE.sub(_escaped, "" if value is None else str(value))


def echo(message: Any = "", err: bool = False) -> None:
    """``typer.echo`` for everything the CLI prints: control characters escaped."""
    typer.echo(terminal_text(message), err=err)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    echo(f"error: {message}", err=True)
    raise typer.Exit(code)


class TerminalFormatter(logging.Formatter):
    """Log lines with control characters escaped (a file name may hold any of them)."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_text(super().format(record))


class JsonLineFormatter(logging.Formatter):
    """One JSON object per line, for log shippers watching the nightly job."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": round(record.created, 3), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(verbose: bool = False, quiet: bool = False, json_lines: bool = False) -> None:
    level = logging.DEBUG if verbose else (logging.WARNING if quiet else logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLineFormatter() if json_lines else TerminalFormatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Third-party libraries chat at INFO; the run's own progress is what the user asked for.
    for noisy in ("faster_whisper", "numba", "urllib3", "httpx"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
