"""The ``qa-toolkit`` command: one Typer app composed from one module per command group."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import typer

from qa_toolkit.cli import models as models_cmd
from qa_toolkit.cli import report as report_cmd
from qa_toolkit.cli import run as run_cmd
from qa_toolkit.cli import sample as sample_cmd
from qa_toolkit.cli import eval as eval_cmd
from qa_toolkit.cli import verify as verify_cmd
from qa_toolkit.cli import dispute as dispute_cmd
from qa_toolkit.cli import export as export_cmd
from qa_toolkit.cli import ingest as ingest_cmd
from qa_toolkit.cli import matrix as matrix_cmd
from qa_toolkit.cli import scores as scores_cmd
from qa_toolkit.cli import rules as rules_cmd
from qa_toolkit.cli import check as check_cmd
from qa_toolkit.cli import serve as serve_cmd
from qa_toolkit.cli import users as users_cmd
from qa_toolkit.cli.common import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, UserError, echo

app = typer.Typer(
    name="qa-toolkit",
    help="Offline first-pass QA of recorded contact-centre calls.\n\n"
         "Example: qa-toolkit run samples/stereo --out out/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command groups: each module owns its commands; this is the one place they are registered.
# (Add new groups below, one line each.)
app.command("run")(run_cmd.run)
app.command("models")(models_cmd.models)
app.command("report")(report_cmd.report)
app.command("sample")(sample_cmd.sample)
app.command("status")(models_cmd.status)
app.command("verify")(verify_cmd.verify)
app.command("eval")(eval_cmd.eval_cmd)
app.command("ingest")(ingest_cmd.ingest)
app.add_typer(scores_cmd.app, name="scores")
app.command("matrix")(matrix_cmd.matrix)
app.add_typer(dispute_cmd.app, name="dispute")
app.command("export")(export_cmd.export)
app.add_typer(rules_cmd.app, name="rules")
app.command("check")(check_cmd.check)
app.add_typer(users_cmd.app, name="users")
app.command("serve")(serve_cmd.serve)


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except typer.Abort:  # Ctrl-C as Click reports it
        echo("error: interrupted; run the same command again to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except typer.TyperException as exc:  # a bad or unknown option: one line, not a box
        message = " ".join(exc.format_message().split())
        if message:  # empty when no arguments printed the help instead
            echo(f"error: {message} (see --help)", err=True)
        sys.exit(EXIT_USAGE)
    except UserError as exc:
        echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        echo("error: interrupted; run the same command again to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # a bug, not a user error: one line, traceback only on request
        logging.getLogger("qa_toolkit").debug("internal error", exc_info=True)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        echo(f"error: internal error: {type(exc).__name__}: {exc} "
                   f"({Path(where.filename).name}:{where.lineno}; --verbose for details)",
                   err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
