"""Compliance exports from the history store: polars frames, then CSV, Parquet or XLSX.

Frames: ``hits_report`` (hits per 100 calls, share of calls hit, trend vs the previous
period), ``calls_report`` (scores and the share of calls passing each mandated disclosure),
``agents_report`` and ``matrix_report`` (agent period scores and outcomes, see matrix.py).
Every writer masks customer card, ID and phone numbers in every text cell; the CSV and XLSX
writers also neutralise cells a spreadsheet would run as a formula.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Callable, Literal, Optional

import polars as pl

from qa_toolkit.cells import FORMULA_START
from qa_toolkit.matrix import (MatrixConfig, Period, agent_scores, matrix, parse_period,
                               time_shares)
from qa_toolkit.pii import ELEVEN_DIGIT_RUN, mask_text
from qa_toolkit.runfolder import atomic_path
from qa_toolkit.scoring import Scorecard, load_scorecard
from qa_toolkit.store import Store

log = logging.getLogger(__name__)

What = Literal["hits", "calls", "agents", "matrix"]
By = Literal["rule", "agent", "team", "period", "business_type"]

_GROUP = {"rule": ["rule_id"], "agent": ["agent_id", "team"], "team": ["team"], "period": [],
          "business_type": ["business_type"]}


def group_keys(by: str) -> list[str]:
    """``rule`` → [rule_id]; ``rule,team`` → [rule_id, team] (every group is also per period)."""
    keys: list[str] = []
    for part in by.split(","):
        name = part.strip()
        if name not in _GROUP:
            raise ExportError(f"--by {by!r}: expected rule, agent, team, business_type or period "
                              f"(or a comma list such as rule,team)")
        keys += [k for k in _GROUP[name] if k not in keys]
    return keys


class ExportError(ValueError):
    """An export that cannot be made (bad combination, unwritable file), in one line."""


# --- frames --------------------------------------------------------------------------------

def _months(period: Optional[Period]) -> Optional[tuple[str, ...]]:
    """The months to read: the period's and the one before (for the trend), or all."""
    if period is None:
        return None
    return period.previous().months + period.months


def _label_months(df: pl.DataFrame, period: Optional[Period]) -> pl.DataFrame:
    """Quarter and year exports sum their months under the period's label."""
    if period is None or period.kind == "month":
        return df
    prev = period.previous()
    return df.with_columns(
        pl.when(pl.col("period").is_in(period.months)).then(pl.lit(period.label))
        .when(pl.col("period").is_in(prev.months)).then(pl.lit(prev.label))
        .alias("period"))


def _with_trend(df: pl.DataFrame, keys: list[str], value: str) -> pl.DataFrame:
    """Adds ``prev_<value>`` (same keys, the period just before) and ``trend_<value>``."""
    before = {p: parse_period(p).previous().label for p in df["period"].unique().to_list()}
    prev = df.select(*keys, pl.col("period").alias("prev_period"),
                     pl.col(value).alias(f"prev_{value}"))
    return (df.with_columns(pl.col("period").replace_strict(before, return_dtype=pl.String)
                            .alias("prev_period"))
            .join(prev, on=[*keys, "prev_period"], how="left", nulls_equal=True)
            .drop("prev_period")
            .with_columns((pl.col(value) - pl.col(f"prev_{value}")).round(2)
                          .alias(f"trend_{value}"))
            .sort([*keys, "period"], nulls_last=True))


def _keep_period(df: pl.DataFrame, period: Optional[Period]) -> pl.DataFrame:
    return df if period is None else df.filter(pl.col("period") == period.label)


def hits_report(store: Store, by: Optional[str] = None,
                period: Optional[Period | str] = None) -> pl.DataFrame:
    """Rule hits. ``by`` None: one row per hit (evidence included). Otherwise one row per
    group and period: calls in scope, hits, calls with a hit, hits per 100 calls, share of
    calls hit and the trend of hits per 100 calls vs the previous period. Hits overturned by
    an accepted dispute are counted out of the statistics.
    """
    period = parse_period(period) if isinstance(period, str) else period
    months = _months(period)
    hits = _label_months(store.hits_frame(months), period)
    if by is None:
        return _with_rule_titles(_keep_period(hits, period), store)
    keys = group_keys(by)
    calls = _label_months(store.calls_frame(months), period).filter(
        pl.col("period").is_not_null())
    scope = [k for k in keys if k != "rule_id"]
    denom = calls.group_by([*scope, "period"]).agg(pl.len().cast(pl.Int64).alias("calls"))
    if "business_type" in keys:  # a call attribute the hit rows do not carry
        hits = hits.join(calls.select("call_id", "business_type"), on="call_id", how="left")
    counted = hits.filter(~pl.col("overturned") & pl.col("period").is_not_null())
    numer = counted.group_by([*keys, "period"]).agg(
        pl.len().cast(pl.Int64).alias("hits"),
        pl.col("call_id").n_unique().cast(pl.Int64).alias("calls_with_hit"))
    if "rule_id" in keys:
        # Every rule in every group and period, so a rule that stopped firing shows its 0.
        grid = denom.join(numer.select("rule_id").unique(), how="cross")
    else:
        grid = denom
    df = (grid.join(numer, on=[*keys, "period"], how="left")
          .with_columns(pl.col("hits").fill_null(0), pl.col("calls_with_hit").fill_null(0))
          .with_columns((pl.col("hits") * 100 / pl.col("calls")).round(2)
                        .alias("hits_per_100_calls"),
                        (pl.col("calls_with_hit") / pl.col("calls")).round(4)
                        .alias("share_of_calls_hit")))
    df = _with_trend(df, keys, "hits_per_100_calls")
    df = _keep_period(df, period).select(
        *keys, "period", "calls", "hits", "calls_with_hit", "hits_per_100_calls",
        "share_of_calls_hit", "prev_hits_per_100_calls", "trend_hits_per_100_calls")
    if "rule_id" not in keys:
        return df
    severity = hits.group_by("rule_id").agg(pl.col("severity").first())
    return _with_rule_titles(df.join(severity, on="rule_id", how="left"), store)


def _with_rule_titles(df: pl.DataFrame, store: Store) -> pl.DataFrame:
    """``rule_title_zh``, ``rule_title_en`` and ``severity`` right after ``rule_id``: a
    regulator reads the title, not the id. Titles are those of the packs the calls were
    judged with (``rules.rule_titles``); a rule of a pack not found keeps its id."""
    from qa_toolkit.rules.pack import rule_titles

    packs = store.rule_packs()
    titles = [pl.col("rule_id").replace_strict(rule_titles(packs, lang), default=pl.col("rule_id"),
                                               return_dtype=pl.String)
              .alias(f"rule_title_{lang}") for lang in ("zh", "en")]
    df = df.with_columns(titles)
    lead = ["rule_id", "rule_title_zh", "rule_title_en", "severity"]
    at = df.columns.index("rule_id")
    rest = [c for c in df.columns if c not in lead]
    return df.select([*rest[:at], *lead, *rest[at:]])


def calls_report(store: Store, by: Optional[str] = None, period: Optional[Period | str] = None,
                 scorecard: Optional[Scorecard] = None) -> pl.DataFrame:
    """Calls. ``by`` None: one row per call with its current score and one ``passed_<rule>``
    column per mandated disclosure. Otherwise per group and period: calls, mean/min score,
    red-line calls, the share of calls passing each mandated disclosure (no hit of the rule
    that stands), and the trend of the mean score vs the previous period.
    """
    if by is not None and "rule_id" in group_keys(by):
        raise ExportError("calls cannot be grouped by rule; use `export hits --by rule`")
    period = parse_period(period) if isinstance(period, str) else period
    card = scorecard if scorecard is not None else load_scorecard(None)
    months = _months(period)
    calls = _label_months(store.calls_frame(months), period)
    failed = (store.hits_frame(months).filter(~pl.col("overturned")
                                              & pl.col("rule_id").is_in(card.mandated))
              .select("call_id", "rule_id").unique())
    passed = [(~pl.col("call_id").is_in(failed.filter(pl.col("rule_id") == rule)["call_id"]
                                         .implode())).alias(f"passed_{rule}")
              for rule in card.mandated]
    calls = calls.with_columns(passed).with_columns(pl.col("red_line").cast(pl.Boolean))
    if by is None:
        return _keep_period(calls, period)
    keys = group_keys(by)
    df = (calls.filter(pl.col("period").is_not_null())
          .group_by([*keys, "period"])
          .agg(pl.len().cast(pl.Int64).alias("calls"),
               pl.col("score").mean().round(2).alias("mean_score"),
               pl.col("score").min().alias("min_score"),
               pl.col("red_line").sum().cast(pl.Int64).alias("red_line_calls"),
               *[pl.col(f"passed_{r}").mean().round(4).alias(f"share_passed_{r}")
                 for r in card.mandated]))
    return _keep_period(_with_trend(df, keys, "mean_score"), period)


def agents_report(store: Store, by: Optional[By] = None, period: Optional[Period | str] = None,
                  config: Optional[MatrixConfig] = None) -> pl.DataFrame:
    """Agent period scores (one row per agent and month, or for the given period);
    ``by`` team/period: agents, ranked agents, and the mean composite and components of the
    ranked ones."""
    if by not in (None, "agent", "team", "period"):
        raise ExportError(f"agents are grouped by agent, team or period, not {by!r} "
                          f"(rule statistics: `export hits --by rule,agent`)")
    periods = ([parse_period(period) if isinstance(period, str) else period] if period
               else [parse_period(p) for p in _all_months(store)])
    frames = [agent_scores(store, p, config).join(time_shares(store, p, config),
                                                 on=["agent_id", "period"], how="left")
              for p in periods]
    df = pl.concat(frames) if frames else agent_scores(store, "1970-01", config)
    if by in (None, "agent"):
        return df
    keys = ["team"] if by == "team" else []
    ranked = pl.col("rank").is_not_null()
    # Means over ranked agents only: an agent with too few calls would skew the team's figure.
    return (df.group_by([*keys, "period"])
            .agg(pl.len().cast(pl.Int64).alias("agents"),
                 ranked.sum().cast(pl.Int64).alias("ranked_agents"),
                 *[pl.col(c).filter(ranked).mean().round(2) for c in
                   ("composite", "mystery_shopper", "recording_qa", "csat", "peer")])
            .sort([*keys, "period"]))


def matrix_report(store: Store, by: Optional[By] = None, period: Optional[Period | str] = None,
                  config: Optional[MatrixConfig] = None,
                  scorecard: Optional[Scorecard] = None) -> pl.DataFrame:
    """Matrix outcomes per agent for the period (every month in the store when None)."""
    if by not in (None, "agent", "period"):
        raise ExportError("the matrix is per agent and period; --by team/rule do not apply")
    periods = ([parse_period(period) if isinstance(period, str) else period] if period
               else [parse_period(p) for p in _all_months(store)])
    frames = [matrix(store, p, config, scorecard) for p in periods]
    return pl.concat(frames) if frames else matrix(store, "1970-01", config, scorecard)


def _all_months(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT period FROM calls WHERE period IS NOT NULL UNION "
        "SELECT DISTINCT period FROM components ORDER BY 1")]


REPORTS: dict[str, Callable[..., pl.DataFrame]] = {
    "hits": hits_report, "calls": calls_report, "agents": agents_report,
    "matrix": matrix_report}


# --- making frames safe --------------------------------------------------------------------

IDENTIFIERS = frozenset({"call_id", "run_id", "agent_id", "team", "period", "rule_id",
                         "category", "severity", "role", "started_at", "opened_at",
                         "imported_at", "resolved_at"})
"""Key columns are never masked: a call id that happens to pass a Luhn check must still join."""



def mask_frame(df: pl.DataFrame) -> pl.DataFrame:
    """Every text cell with card, resident-ID and mobile numbers masked (pii.mask_text)."""
    for name, dtype in df.schema.items():
        if dtype != pl.String or name in IDENTIFIERS:
            continue
        suspect = df[name].str.contains(ELEVEN_DIGIT_RUN).fill_null(False)
        if not suspect.any():
            continue
        values = df[name].to_list()
        for i in suspect.arg_true().to_list():
            values[i] = mask_text(values[i])
        df = df.with_columns(pl.Series(name, values, dtype=pl.String))
    return df


_CONTROL_CHARS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def strip_controls(df: pl.DataFrame) -> pl.DataFrame:
    """Text cells without control characters: XLSX cannot hold them (one ``\x01`` in an
    agent id failed every export of the store), and in a CSV they only confuse readers."""
    return df.with_columns(pl.col(c).str.replace_all(_CONTROL_CHARS, "")
                           for c, t in df.schema.items() if t == pl.String)


def neutralise_formulas(df: pl.DataFrame) -> pl.DataFrame:
    """Text cells a spreadsheet would evaluate get a leading apostrophe, which Excel and
    LibreOffice show as text (the OWASP advice); numbers stay numbers."""
    text = [c for c, t in df.schema.items() if t == pl.String]
    pattern = "^[" + "".join({"-": r"\-", "\t": r"\t", "\r": r"\r"}.get(ch, ch)
                             for ch in FORMULA_START) + "]"
    return df.with_columns(
        pl.when(pl.col(c).str.contains(pattern)).then(pl.lit("'") + pl.col(c))
        .otherwise(pl.col(c)).alias(c) for c in text)


def _flat(df: pl.DataFrame) -> pl.DataFrame:
    """CSV and spreadsheets take scalars only: lists become ``a, b`` text."""
    nested = [c for c, t in df.schema.items() if isinstance(t, (pl.List, pl.Array))]
    return df.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(", ") for c in nested)


# --- writers -------------------------------------------------------------------------------

def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    try:
        with atomic_path(path) as tmp:
            write(tmp)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path


def write_csv(df: pl.DataFrame, path: str | Path) -> Path:
    """UTF-8 with BOM, so Excel on a Chinese desktop opens it without mojibake."""
    safe = neutralise_formulas(strip_controls(mask_frame(_flat(df))))
    return _atomic(Path(path), lambda p: safe.write_csv(p, include_bom=True))


def write_parquet(df: pl.DataFrame, path: str | Path) -> Path:
    safe = mask_frame(df)
    return _atomic(Path(path), lambda p: safe.write_parquet(p))


PERCENT_COLUMNS = re.compile(r"^(prev_|trend_)?share_")
"""Shares (0..1) that a spreadsheet shows as percentages."""


def sheet_name(what: str, by: Optional[str] = None, period: Optional[str] = None) -> str:
    """What the sheet holds, e.g. ``rule hits by rule 2026-11`` (Excel: at most 31
    characters, none of ``[]:*?/\\``)."""
    titles = {"hits": "rule hits", "calls": "call scores", "agents": "agent scores",
              "matrix": "reward-penalty matrix"}
    name = " ".join(filter(None, (titles.get(what, what), f"by {by}" if by else "", period)))
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31]


def write_xlsx(df: pl.DataFrame, path: str | Path, sheet: str = "export") -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    safe = neutralise_formulas(strip_controls(mask_frame(_flat(df))))
    percent = [bool(PERCENT_COLUMNS.match(c)) for c in safe.columns]

    def write(p: Path) -> None:
        book = Workbook(write_only=True)
        ws = book.create_sheet(sheet[:31])
        ws.append(safe.columns)
        for row in safe.iter_rows():
            cells = []
            for value, as_percent in zip(row, percent):
                cell = WriteOnlyCell(ws, value=value)
                if as_percent:
                    cell.number_format = "0.0%"
                cells.append(cell)
            ws.append(cells)
        book.save(p)

    return _atomic(Path(path), write)


WRITERS: dict[str, Callable[..., Path]] = {"csv": write_csv, "parquet": write_parquet,
                                            "xlsx": write_xlsx}


def format_for(path: str | Path, fmt: Optional[str] = None) -> str:
    """The explicit format, else the file suffix."""
    chosen = (fmt or Path(path).suffix.lstrip(".")).lower()
    if chosen not in WRITERS:
        raise ExportError(f"{path}: unknown export format {chosen!r} (csv, parquet, xlsx)")
    return chosen


def export(store: Store, what: What, out: str | Path, by: Optional[str] = None,
           fmt: Optional[str] = None, period: Optional[str] = None,
           config: Optional[MatrixConfig] = None,
           scorecard: Optional[Scorecard] = None) -> tuple[Path, int]:
    """Build the ``what`` report and write it; returns the path and the number of rows."""
    if what not in REPORTS:
        raise ExportError(f"unknown export {what!r} (known: {', '.join(REPORTS)})")
    chosen = format_for(out, fmt)
    extra = {"config": config} if what in ("agents", "matrix") else {}
    if what in ("calls", "matrix"):
        extra["scorecard"] = scorecard
    df = REPORTS[what](store, by=by, period=period, **extra)
    sheet = {"sheet": sheet_name(what, by, period)} if chosen == "xlsx" else {}
    path = WRITERS[chosen](df, out, **sheet)
    log.info("exported %d %s rows to %s", df.height, what, path)
    return path, df.height
