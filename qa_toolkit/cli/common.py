"""What every command shares: exit codes, one-line errors, logging set-up."""

from __future__ import annotations

import json
import logging
import sys
from typing import NoReturn

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


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


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
    handler.setFormatter(JsonLineFormatter() if json_lines else logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Third-party libraries chat at INFO; the run's own progress is what the user asked for.
    for noisy in ("faster_whisper", "numba", "urllib3", "httpx"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
