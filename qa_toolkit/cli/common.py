"""What every command shares: exit codes, one-line errors, logging set-up."""

from __future__ import annotations

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
EXIT_INTERRUPTED = 130


class UserError(Exception):
    """A problem the user can fix; printed as one line, no traceback."""


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def setup_logging(verbose: bool = False, quiet: bool = False) -> None:
    level = logging.DEBUG if verbose else (logging.WARNING if quiet else logging.INFO)
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
