"""``qa-toolkit scores import``: the matrix components the centre already measures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import echo
from qa_toolkit.cli.ingest import DbOption, history

app = typer.Typer(help="Mystery-shopper, CSAT and peer scores for the matrix.\n\n"
                       "Example: qa-toolkit scores import csat-2026-11.csv --kind csat",
                  no_args_is_help=True)


@app.command("import")
def import_scores(
    file: Annotated[Path, typer.Argument(help="CSV with columns agent_id,period,score "
                                              "(optional team); period YYYY-MM, score 0-100.",
                                         show_default=False)],
    kind: Annotated[str, typer.Option(help="mystery_shopper | csat | peer.",
                                      show_default=False)],
    db: DbOption = None,
    by: Annotated[Optional[str], typer.Option(
        help="Who imports (recorded; default: the login name).")] = None,
) -> None:
    """Import one component's scores per agent and month. Values already current are
    skipped; a changed value is added as a new row (the old one stays, with who and when).

    Example: qa-toolkit scores import mystery-2026-11.csv --kind mystery_shopper
    """
    with history(db) as store:
        added, unchanged = store.import_components(file, kind, by=by)
    echo(f"{file}: {added} {kind} scores imported, {unchanged} unchanged")
