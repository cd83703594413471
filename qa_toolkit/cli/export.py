"""``qa-toolkit export``: compliance statistics from the history store as CSV/Parquet/XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import fail
from qa_toolkit.cli.ingest import DbOption, history


def export(
    what: Annotated[str, typer.Argument(help="hits | calls | agents | matrix.",
                                        show_default=False)],
    out: Annotated[Path, typer.Option(help="File to write.", show_default=False)],
    by: Annotated[Optional[str], typer.Option(
        help="rule | agent | team | business_type | period, or a comma list (rule,team): one "
             "row per group "
             "and month with rates and trend. Without it: one row per hit / call / agent.")]
        = None,
    fmt: Annotated[Optional[str], typer.Option(
        "--format", help="csv | parquet | xlsx (default: from the --out suffix).")] = None,
    period: Annotated[Optional[str], typer.Option(
        help="Only this month (2026-11), quarter (2026-Q4) or year; the trend compares "
             "with the one before. Default: every month.")] = None,
    db: DbOption = None,
    config: Annotated[Optional[Path], typer.Option(
        help="Matrix config YAML for agents/matrix (default: rules/matrix.yaml).")] = None,
    scorecard: Annotated[Optional[Path], typer.Option(
        help="Scorecard naming the mandated disclosures and coaching topics "
             "(default: bank_zh's).")] = None,
) -> None:
    """Export hit statistics (hits per 100 calls, share of calls hit), call scores with the
    share of calls passing each mandated disclosure, agent scores or matrix outcomes, with
    the trend vs the previous period. Card, ID and phone numbers are masked; cells starting
    with = + - @ are neutralised in CSV and XLSX.

    Example: qa-toolkit export hits --by rule --period 2026-11 --format xlsx --out hits.xlsx
    """
    from qa_toolkit.export import REPORTS, export as run_export
    from qa_toolkit.matrix import load_matrix_config
    from qa_toolkit.scoring import load_scorecard

    if what not in REPORTS:
        fail(f"{what!r}: expected one of {', '.join(REPORTS)}")
    with history(db) as store:
        path, rows = run_export(store, what, out, by=by, fmt=fmt, period=period,  # type: ignore[arg-type]
                                config=load_matrix_config(config),
                                scorecard=load_scorecard(scorecard))
    typer.echo(f"{rows} {what} rows → {path}")
