"""``qa-toolkit ingest``: add a run's calls to the history store (and its Parquet copy).

Also the pieces every history command shares: the ``--db`` option and opening the store.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from qa_toolkit.cli.common import EXIT_SOME_FAILED, echo, fail

DbOption = Annotated[Optional[Path], typer.Option(
    "--db", envvar="QA_TOOLKIT_DB", show_default=False,
    help="History database (SQLite). Default: $QA_TOOLKIT_DB, else `db` of the store "
         "section of ./qa-toolkit.toml, else ~/.local/share/qa-toolkit/history.sqlite.")]


def resolve_db(db: Optional[Path]) -> Path:
    """--db (or $QA_TOOLKIT_DB, which Typer maps onto it), then the config file, then the
    per-user default."""
    if db is not None:
        return db
    from qa_toolkit.config import ConfigError, load_config
    from qa_toolkit.store import default_db_path

    try:
        configured = load_config().store.db
    except ConfigError as exc:
        fail(str(exc))
    return configured or default_db_path()


@contextmanager
def history(db: Optional[Path], create: bool = False
            ) -> Iterator["Store"]:  # noqa: F821 - imported lazily
    """The open store; any error of the history modules becomes one line and exit 2.

    Only ``ingest`` creates a store (``create=True``): a mistyped ``--db`` for a command that
    reads would otherwise answer from a fresh, empty database ("0 rows") and exit 0.
    """
    from qa_toolkit.export import ExportError
    from qa_toolkit.matrix import MatrixError
    from qa_toolkit.scoring import ScorecardError
    from qa_toolkit.store import Store, StoreError

    path = resolve_db(db)
    if not create and not path.is_file():
        fail(f"{path}: no history database here (create one with `qa-toolkit ingest OUT "
             f"--db {path}`)")
    try:
        with Store(path) as store:
            yield store
    except (StoreError, ScorecardError, MatrixError, ExportError) as exc:
        fail(str(exc))


def ingest(
    out: Annotated[Path, typer.Argument(help="Run folder of `qa-toolkit run` (has calls/).",
                                        show_default=False)],
    db: DbOption = None,
    scorecard: Annotated[Optional[Path], typer.Option(
        help="Score every call with this scorecard (default: the one next to each call's "
             "rule pack).")] = None,
    parquet: Annotated[Optional[Path], typer.Option(
        help="Folder for the Parquet copy of the tables (default: <db>-parquet/ next to "
             "the database).")] = None,
    no_parquet: Annotated[bool, typer.Option(
        "--no-parquet", help="Do not write the Parquet copy.")] = False,
    by: Annotated[Optional[str], typer.Option(
        help="Who ingests (recorded with the scores; default: the login name).")] = None,
) -> None:
    """Add a run's calls, hits and scores to the history store. Ingesting the same run
    again changes nothing; a call re-processed since is updated (disputes still apply).
    A call_id already in the store for another recording (another input sha256) is refused
    with one error line naming both, and the exit code is 1; nothing is replaced.
    The Parquet copy is rewritten whenever the store changed (new calls, disputes, imports).

    Example: qa-toolkit ingest out/ --db /srv/qa/history.sqlite
    """
    from qa_toolkit.scoring import load_scorecard

    with history(db, create=True) as store:
        card = load_scorecard(scorecard) if scorecard is not None else None
        result = store.ingest(out, card, by=by)
        for line in result.errors:
            echo(f"error: {line}", err=True)
        echo(f"{out}: {result.added} calls added, {result.updated} updated, "
             f"{result.unchanged} unchanged, {len(result.errors)} not ingested "
             f"→ {store.path}")
        if result.rescored:
            echo(f"note: {result.rescored} calls score differently with the store's "
                       f"scorecard than in their JSON (another scorecard was used in the run)")
        if not no_parquet:
            folder = parquet if parquet is not None else store.path.with_name(
                store.path.stem + "-parquet")
            if store.write_parquet(folder):
                echo(f"parquet tables → {folder}")
    if result.errors:
        raise typer.Exit(EXIT_SOME_FAILED)
