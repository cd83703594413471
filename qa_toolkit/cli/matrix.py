"""``qa-toolkit matrix``: agent period scores and the reward-and-penalty outcomes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import echo, fail, inline
from qa_toolkit.cli.ingest import DbOption, history

_SHOWN = {"agent_id": "agent", "team": "team", "calls": "calls", "mystery_shopper": "MS",
          "recording_qa": "QA", "csat": "CSAT", "peer": "peer", "composite": "composite",
          "trend": "Δ", "missing": "missing", "weight_present": "weight", "rank": "rank",
          "outcomes": "outcome", "withheld": "withheld", "flag": "flag"}


def matrix(
    period: Annotated[str, typer.Option(help="2026-11 (month), 2026-Q4 (quarter) or 2026.",
                                        show_default=False)],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option(
        "--format", help="table | json | csv | parquet | xlsx (the last three need --out).")]
        = "table",
    out: Annotated[Optional[Path], typer.Option(help="File to export the matrix to.")] = None,
    config: Annotated[Optional[Path], typer.Option(
        help="Matrix config YAML (default: the shipped rules/matrix.yaml).")] = None,
    scorecard: Annotated[Optional[Path], typer.Option(
        help="Scorecard whose coaching map names the topics (default: bank_zh's).")] = None,
) -> None:
    """Composite scores (40% mystery shopper, 30% recording QA, 20% CSAT, 10% peer by
    default), ranks and outcomes: retraining, warning, reserve cadre, service star.

    Example: qa-toolkit matrix --period 2026-11 --format xlsx --out matrix-2026-11.xlsx
    """
    from qa_toolkit.export import WRITERS, sheet_name
    from qa_toolkit.matrix import load_matrix_config, matrix as build
    from qa_toolkit.scoring import load_scorecard

    if fmt not in ("table", "json", *WRITERS):
        fail(f"--format {fmt!r}: expected table, json, csv, parquet or xlsx")
    if fmt in WRITERS and out is None:
        fail(f"--format {fmt} writes a file: give --out FILE")
    with history(db) as store:
        cfg = load_matrix_config(config)
        card = load_scorecard(scorecard)
        df = build(store, period, cfg, card)
        if out is not None:
            chosen = fmt if fmt in WRITERS else _suffix_format(out)
            sheet = {"sheet": sheet_name("matrix", None, period)} if chosen == "xlsx" else {}
            WRITERS[chosen](df, out, **sheet)
            echo(f"{df.height} agents → {out}", err=fmt == "json")
    if fmt == "json":
        echo(json.dumps(df.to_dicts(), ensure_ascii=False, indent=1))
    elif fmt == "table":
        _print_table(df, period)


def _suffix_format(out: Path) -> str:
    from qa_toolkit.export import format_for

    try:
        return format_for(out)
    except ValueError as exc:
        fail(str(exc))


def _print_table(df, period: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"奖惩矩阵 reward-and-penalty matrix {period}")
    for name, header in _SHOWN.items():
        table.add_column(header, justify="right" if df.schema[name].is_numeric() else "left")
    for row in df.select(list(_SHOWN)).iter_rows():
        # Agent ids and teams come from metadata: rich keeps an ESC in them, so escape here.
        table.add_row(*["" if v is None else (f"{v:g}" if isinstance(v, float) else inline(v))
                        for v in row])
    # Piped output (cron mail) has no terminal width; do not squeeze 13 columns into 80.
    console = Console()
    Console(width=max(console.width, 140)).print(table)
    if df.height == 0:
        echo(f"no calls or component scores for {period}")
