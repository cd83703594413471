"""The ``qa-toolkit`` command: one Typer app composed from one module per command group."""

from __future__ import annotations

import sys

import typer

from qa_toolkit.cli import models as models_cmd
from qa_toolkit.cli import run as run_cmd
from qa_toolkit.cli import sample as sample_cmd
from qa_toolkit.cli import eval as eval_cmd
from qa_toolkit.cli import verify as verify_cmd
from qa_toolkit.cli.common import EXIT_USAGE, UserError

app = typer.Typer(
    name="qa-toolkit",
    help="Offline first-pass QA of recorded contact-centre calls.\n\n"
         "Example: qa-toolkit run samples/ --out out/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command groups: each module owns its commands; this is the one place they are registered.
# (Add new groups below, one line each.)
app.command("run")(run_cmd.run)
app.command("models")(models_cmd.models)
app.command("sample")(sample_cmd.sample)
app.command("status")(models_cmd.status)
app.command("verify")(verify_cmd.verify)
app.command("eval")(eval_cmd.eval_cmd)


def main() -> None:
    try:
        app()
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
