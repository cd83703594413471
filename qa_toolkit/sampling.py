"""Sampling plans: which of the day's calls the nightly job audits.

A manifest (CSV or Parquet, one row per recorded call) goes in; a sample manifest that
``qa-toolkit run --metadata`` reads comes out, with a ``.plan.json`` sidecar that records the
plan, its parameters, the seed, the input's sha256 and counts per stratum.

Reproducibility: every call gets a key derived from ``(seed, call_id)`` alone, so the same
manifest and seed give the same sample whatever the row order, and adding calls to a
manifest never reshuffles the keys of the others. A plan keeps the calls with the smallest
keys; the risk plan divides exponential keys by the call's weight (Efraimidis–Spirakis
weighted sampling without replacement).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import secrets
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any, Literal, Optional

import polars as pl

from qa_toolkit import __version__
from qa_toolkit.metadata import (CALL_COLUMNS, SAMPLE_REQUIRED, MetadataError, canonical_columns,
                                 check_columns)
from qa_toolkit.models import sha256_file
from qa_toolkit.runfolder import atomic_path, atomic_write

log = logging.getLogger(__name__)

PlanName = Literal["random", "stratified", "risk"]
Period = Literal["day", "week"]
PLANS: tuple[str, ...] = ("random", "stratified", "risk")
PERIODS: tuple[str, ...] = ("day", "week")

METADATA_COLUMNS = CALL_COLUMNS
"""The leading columns of a sample manifest, in the order ``run --metadata`` expects."""

PLAN_SCHEMA_VERSION = 1


class ManifestError(ValueError):
    """A manifest that cannot be sampled; the message is one line naming the file."""


@dataclass
class RiskWeights:
    """How much more likely a risky call is to be drawn; factors multiply."""

    tags: dict[str, float] = field(default_factory=lambda: {"complaint": 5.0, "transfer": 2.0})
    """Weight per tag (a call with several weighted tags multiplies them)."""
    long_call: float = 2.0
    """Weight of a call at or above the ``long_quantile`` of the day's durations."""
    long_quantile: float = 0.95
    """Durations at or above this quantile of the sampled population count as very long."""
    short_call: float = 1.5
    """Weight of a call at or below the ``short_quantile`` (hang-ups, cut-off service)."""
    short_quantile: float = 0.05
    """Durations at or below this quantile count as very short."""
    new_agent: float = 2.0
    """Weight of a call taken by an agent with tenure below ``new_agent_days``."""
    new_agent_days: float = 90.0
    """Tenure (``agent_tenure_days``) under which an agent counts as new."""
    repeat_caller: float = 2.0
    """Weight of a call whose ``caller_id`` called more than once that day."""


@dataclass
class SampleOptions:
    """What to draw from a manifest."""

    plan: PlanName = "random"
    """random: uniform; stratified: at least ``per_agent`` per agent and period, then uniform
    fill; risk: weighted by ``weights`` (and ``per_agent`` when given)."""
    n: Optional[int] = None
    """Target sample size (mutually exclusive with ``fraction``)."""
    fraction: Optional[float] = None
    """Target sample size as a share of the calls in scope, in (0, 1]."""
    per_agent: Optional[int] = None
    """Minimum calls per agent and period (stratified defaults to 1; random rejects it)."""
    period: Period = "day"
    """The period of the per-agent minimum and of ``date``: a calendar day or an ISO week."""
    always_tags: tuple[str, ...] = ()
    """Calls with any of these tags are always included (they count towards the minimums)."""
    seed: Optional[int] = None
    """Seed of the per-call keys; None draws a fresh one, recorded in the plan sidecar."""
    date: Optional[Date] = None
    """Keep only calls started in the period (day or ISO week) containing this date."""
    weights: RiskWeights = field(default_factory=RiskWeights)
    """Risk factors of the risk plan."""


@dataclass
class SampleResult:
    """A drawn sample: the rows to write and the plan record."""

    sample: pl.DataFrame
    """Sample manifest rows, ``METADATA_COLUMNS`` first, ordered by call_id."""
    plan: dict[str, Any]
    """The content of the ``.plan.json`` sidecar."""


def plan_path_for(sample_csv: Path) -> Path:
    """``SAMPLE.csv`` → ``SAMPLE.plan.json`` (the sidecar that ``run`` copies into OUT)."""
    sample_csv = Path(sample_csv)
    return sample_csv.with_name(sample_csv.stem + ".plan.json")


def read_manifest(path: Path) -> pl.DataFrame:
    """Read a CSV or Parquet manifest; CSV cells stay text so ids like ``007`` survive."""
    path = Path(path)
    if not path.is_file():
        raise ManifestError(f"{path}: no such file")
    is_parquet = path.suffix.lower() in (".parquet", ".pq")
    try:
        if is_parquet:
            df = pl.read_parquet(path)
        else:
            df = pl.read_csv(path, infer_schema=False, encoding="utf8")
    except Exception as exc:  # polars raises many types for unreadable files
        kind = "Parquet" if is_parquet else "CSV"
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "utf-8" in reason.lower():
            # Exports from Chinese telephony systems are often GBK.
            reason = "not UTF-8 text; save it as UTF-8"
        raise ManifestError(f"{path}: not a readable {kind} manifest ({reason})") from None
    try:
        check_columns(df.columns, str(path), SAMPLE_REQUIRED)
    except MetadataError as exc:
        raise ManifestError(str(exc)) from None
    if "file" in df.columns and "path" in df.columns:
        df = df.drop("path")  # the alias of an older manifest format; file is the name now
    return df.rename(dict(zip(df.columns, canonical_columns(df.columns))))


def _row_label(path: Path, index: int, is_csv: bool) -> str:
    # CSV users look up the line in an editor: header is line 1.
    return f"{path}: line {index + 2}" if is_csv else f"{path}: row {index + 1}"


def _prepare(df: pl.DataFrame, path: Path) -> pl.DataFrame:
    """Add typed helper columns (prefixed ``_``) and check the values sampling relies on."""
    is_csv = path.suffix.lower() not in (".parquet", ".pq")
    df = df.with_row_index("_row")

    def bad(mask: pl.Expr, what: str, column: str) -> None:
        hit = df.filter(mask).head(1)
        if hit.height:
            value = hit[column][0]
            shown = "" if value is None or str(value).strip() == "" else f": {value!r}"
            raise ManifestError(f"{_row_label(path, hit['_row'][0], is_csv)}: {what}{shown}")

    call_id = pl.col("call_id").cast(pl.String).str.strip_chars()
    bad(call_id.is_null() | (call_id == ""), "call_id is empty", "call_id")
    file_ = pl.col("file").cast(pl.String).str.strip_chars()
    bad(file_.is_null() | (file_ == ""), "file is empty", "file")

    started = pl.col("started_at")
    if df.schema["started_at"].is_temporal():
        day = started.cast(pl.Date)
    else:
        day = (started.cast(pl.String).str.strip_chars().str.slice(0, 10)
               .str.replace_all("/", "-").str.to_date("%Y-%m-%d", strict=False))
    # duration_s and tags are optional: without them the risk plan has no long/short-call
    # or tag factors, and says so in the plan file.
    raw_duration = (pl.col("duration_s").cast(pl.String).str.strip_chars()
                    if "duration_s" in df.columns else pl.lit(None, dtype=pl.String))
    duration = raw_duration.cast(pl.Float64, strict=False)
    if "tags" in df.columns and isinstance(df.schema["tags"], pl.List):
        tags = pl.col("tags").cast(pl.List(pl.String))
    else:
        tags = (pl.col("tags").cast(pl.String) if "tags" in df.columns
                else pl.lit(None, dtype=pl.String)).fill_null("").str.split(";")
    tags = tags.list.eval(pl.element().str.strip_chars().str.to_lowercase()
                          .filter(pl.element() != "")).list.unique(maintain_order=True)

    df = df.with_columns(_call_id=call_id, _day=day, _duration=duration, _tags=tags)
    bad(pl.col("_day").is_null(), "started_at is not a date", "started_at")
    bad((pl.col("_duration").is_null() & raw_duration.is_not_null() & (raw_duration != ""))
        | pl.col("_duration").is_nan() | (pl.col("_duration") < 0),
        "duration_s is not a non-negative number", "duration_s")

    dup = df.filter(pl.col("_call_id").is_duplicated()).sort("_row").head(1)
    if dup.height:
        raise ManifestError(f"{_row_label(path, dup['_row'][0], is_csv)}: duplicate call_id "
                            f"{dup['_call_id'][0]!r}")
    if "agent_tenure_days" in df.columns:
        raw = pl.col("agent_tenure_days").cast(pl.String).str.strip_chars()
        df = df.with_columns(_tenure=pl.col("agent_tenure_days").cast(pl.Float64, strict=False))
        bad(pl.col("_tenure").is_null() & raw.is_not_null() & (raw != ""),
            "agent_tenure_days is not a number", "agent_tenure_days")
    return df


def _period_key(period: str) -> pl.Expr:
    if period == "day":
        return pl.col("_day").dt.strftime("%Y-%m-%d")
    return pl.col("_day").dt.strftime("%G-W%V")


def _period_of(d: Date, period: str) -> str:
    if period == "day":
        return d.isoformat()
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _unit_keys(call_ids: list[str], seed: int) -> list[float]:
    """A uniform number in (0, 1) per call that depends only on the seed and the call id."""
    out = []
    for cid in call_ids:
        h = hashlib.blake2b(f"{seed}\x1f{cid}".encode(), digest_size=8).digest()
        out.append((int.from_bytes(h, "big") + 0.5) / 2.0**64)
    return out


def _risk_columns(df: pl.DataFrame, w: RiskWeights) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Flag risk factors and multiply their weights into ``_weight``."""
    long_cut = df["_duration"].quantile(w.long_quantile, "linear") if df.height else None
    short_cut = df["_duration"].quantile(w.short_quantile, "linear") if df.height else None
    flags: dict[str, pl.Expr] = {}
    factor: dict[str, float] = {}
    for tag, weight in w.tags.items():
        name = f"tag:{tag.lower()}"
        flags[name] = pl.col("_tags").list.contains(tag.lower())
        factor[name] = weight
    if long_cut is not None:
        flags["long_call"] = pl.col("_duration") >= long_cut
        flags["short_call"] = pl.col("_duration") <= short_cut
        factor.update(long_call=w.long_call, short_call=w.short_call)
    if "_tenure" in df.columns:
        flags["new_agent"] = pl.col("_tenure").fill_null(math.inf) < w.new_agent_days
        factor["new_agent"] = w.new_agent
    if "caller_id" in df.columns:
        caller = pl.col("caller_id").cast(pl.String).str.strip_chars()
        flags["repeat_caller"] = (caller.is_not_null() & (caller != "")
                                  & (pl.len().over(["_day", caller]) > 1))
        factor["repeat_caller"] = w.repeat_caller
    df = df.with_columns(**{f"_f_{k}": v.fill_null(False) for k, v in flags.items()})
    weight = pl.lit(1.0)
    for k, v in factor.items():
        weight = weight * pl.when(pl.col(f"_f_{k}")).then(pl.lit(float(v))).otherwise(1.0)
    df = df.with_columns(_weight=weight)
    info = {"factors": factor,
            "long_call_min_s": None if long_cut is None else round(long_cut, 2),
            "short_call_max_s": None if short_cut is None else round(short_cut, 2),
            "unavailable": [k for k, col in (("long_call", "duration_s"),
                                            ("new_agent", "agent_tenure_days"),
                                            ("repeat_caller", "caller_id"))
                            if col not in df.columns]}
    return df, info


def _target_size(options: SampleOptions, population: int) -> Optional[int]:
    if options.n is not None:
        return min(options.n, population)
    if options.fraction is not None:
        return min(population, int(math.floor(options.fraction * population + 0.5)))
    return None


def check_options(options: SampleOptions) -> None:
    """Reject option combinations that have no meaning (ValueError with one line)."""
    if options.plan not in PLANS:
        raise ValueError(f"unknown plan {options.plan!r} (choose from {', '.join(PLANS)})")
    if options.period not in PERIODS:
        raise ValueError(f"unknown period {options.period!r} (choose from day, week)")
    if options.n is not None and options.fraction is not None:
        raise ValueError("give either n or fraction, not both")
    if options.n is not None and options.n < 0:
        raise ValueError(f"n must be >= 0, got {options.n}")
    if options.fraction is not None and not 0 < options.fraction <= 1:
        raise ValueError(f"fraction must be in (0, 1], got {options.fraction}")
    if options.per_agent is not None and options.per_agent < 0:
        raise ValueError(f"per_agent must be >= 0, got {options.per_agent}")
    if options.plan == "random" and options.per_agent:
        raise ValueError("per_agent needs the stratified or risk plan")
    if options.plan != "stratified" and options.n is None and options.fraction is None:
        raise ValueError(f"the {options.plan} plan needs n or fraction")
    bad = [k for k, v in {**options.weights.tags,
                          **{k: v for k, v in asdict(options.weights).items() if k != "tags"}
                          }.items() if not (isinstance(v, (int, float)) and v > 0)]
    if bad:
        raise ValueError(f"risk weights must be positive numbers: {', '.join(bad)}")
    for q in ("long_quantile", "short_quantile"):
        if not 0 < getattr(options.weights, q) < 1:
            raise ValueError(f"{q} must be in (0, 1)")


def draw_sample(manifest: pl.DataFrame, options: SampleOptions, source: Path) -> SampleResult:
    """Draw a sample from the manifest ``read_manifest(source)`` returned.

    ``source`` names the file in errors and its sha256 goes into the plan record.
    """
    check_options(options)
    seed = options.seed if options.seed is not None else secrets.randbelow(2**31)
    source = Path(source)
    df = _prepare(manifest, source).with_columns(_period=_period_key(options.period))
    total_rows = df.height
    all_days = df["_day"]

    if options.date is not None:
        wanted = _period_of(options.date, options.period)
        df = df.filter(pl.col("_period") == wanted)
        if df.height == 0 and total_rows:
            lo, hi = all_days.min(), all_days.max()
            raise ManifestError(f"{source}: no calls in {options.period} {wanted} "
                                f"(the manifest spans {lo} to {hi})")
    # Sorting by call_id first makes every later tie-break independent of the input order.
    df = df.sort("_call_id")

    risk_info: Optional[dict[str, Any]] = None
    if options.plan == "risk":
        df, risk_info = _risk_columns(df, options.weights)
    else:
        df = df.with_columns(_weight=pl.lit(1.0))
    unit = pl.Series("_u", _unit_keys(df["_call_id"].to_list(), seed), dtype=pl.Float64)
    df = df.with_columns(unit).with_columns(_key=-pl.col("_u").log() / pl.col("_weight"))

    always = [t.strip().lower() for t in options.always_tags if t.strip()]
    reason = pl.lit(None, dtype=pl.String)
    for tag in reversed(always):  # the first listed tag names the reason
        reason = pl.when(pl.col("_tags").list.contains(tag)).then(pl.lit(f"always:{tag}")) \
            .otherwise(reason)
    df = df.with_columns(_reason=reason)

    stratum = ["agent_id", "_period"]
    per_agent = options.per_agent if options.per_agent is not None else (
        1 if options.plan == "stratified" else 0)
    if per_agent:
        # Always-included calls count towards the minimum; the rest of each stratum is
        # ranked by key among the calls not chosen yet.
        have = pl.col("_reason").is_not_null().sum().over(stratum).cast(pl.Int64)  # no u32 wrap
        open_key = pl.when(pl.col("_reason").is_null()).then(pl.col("_key")).otherwise(math.inf)
        rank = pl.int_range(pl.len()).over(stratum, order_by=[open_key, pl.col("_call_id")])
        df = df.with_columns(_reason=pl.when(pl.col("_reason").is_null()
                                             & (rank < per_agent - have))
                             .then(pl.lit("per_agent")).otherwise(pl.col("_reason")))

    target = _target_size(options, df.height)
    chosen = df.filter(pl.col("_reason").is_not_null()).height
    if target is not None and chosen < target:
        fill_ids = (df.filter(pl.col("_reason").is_null())
                    .sort(["_key", "_call_id"]).head(target - chosen)["_call_id"])
        df = df.with_columns(_reason=pl.when(pl.col("_call_id").is_in(fill_ids.implode()))
                             .then(pl.lit(options.plan if options.plan != "stratified"
                                          else "random"))
                             .otherwise(pl.col("_reason")))
    if target is not None and df.filter(pl.col("_reason").is_not_null()).height > target:
        log.warning("%s: always-included and per-agent calls exceed the target of %d",
                    source, target)

    selected = df.filter(pl.col("_reason").is_not_null())
    plan = _plan_record(df, selected, options, seed, source, total_rows, target, per_agent,
                        risk_info)
    return SampleResult(sample=_output_frame(selected, options.plan == "risk"), plan=plan)


def _output_frame(selected: pl.DataFrame, with_weight: bool) -> pl.DataFrame:
    lead = [pl.col("_call_id").alias("call_id"), pl.col("file").cast(pl.String).alias("file")]
    for col in METADATA_COLUMNS[2:]:
        lead.append(pl.col(col) if col in selected.columns
                    else pl.lit(None, dtype=pl.String).alias(col))
    # Re-sampling a sample must not duplicate the columns this function adds.
    own = {*METADATA_COLUMNS, "sample_reason", "risk_weight"}
    extras = [c for c in selected.columns if not c.startswith("_") and c not in own]
    tail = [pl.col(c).list.join(";") if isinstance(selected.schema[c], pl.List) else pl.col(c)
            for c in extras]
    tail.append(pl.col("_reason").alias("sample_reason"))
    if with_weight:
        tail.append(pl.col("_weight").round(4).alias("risk_weight"))
    out = selected.sort("_call_id").select(lead + tail)
    if isinstance(out.schema["started_at"], pl.Datetime):
        out = out.with_columns(pl.col("started_at").dt.strftime("%Y-%m-%dT%H:%M:%S"))
    return out


def _plan_record(df: pl.DataFrame, selected: pl.DataFrame, options: SampleOptions, seed: int,
                 source: Path, total_rows: int, target: Optional[int], per_agent: int,
                 risk_info: Optional[dict[str, Any]]) -> dict[str, Any]:
    strata = (df.group_by(["agent_id", "_period"])
              .agg(population=pl.len(), selected=pl.col("_reason").is_not_null().sum())
              .with_columns(pl.col("agent_id").cast(pl.String))
              .sort(["agent_id", "_period"], nulls_last=True)
              .rename({"_period": "period"}))
    by_reason = (selected.group_by("_reason").len().sort("_reason"))
    tags = (df.select("_tags", sel=pl.col("_reason").is_not_null()).explode("_tags")
            .drop_nulls("_tags").group_by("_tags")
            .agg(population=pl.len(), selected=pl.col("sel").sum()).sort("_tags"))
    counts: dict[str, Any] = {
        "manifest_rows": total_rows,
        "population": df.height,
        "target": target,
        "selected": selected.height,
        "by_reason": dict(zip(by_reason["_reason"], by_reason["len"])),
        "by_tag": {r["_tags"]: {"population": r["population"], "selected": r["selected"]}
                   for r in tags.iter_rows(named=True)},
    }
    if risk_info is not None:
        counts["by_risk_factor"] = {
            name: {"population": int(df[f"_f_{name}"].sum()),
                   "selected": int(selected[f"_f_{name}"].sum())}
            for name in risk_info["factors"]}
    params: dict[str, Any] = {
        "n": options.n, "fraction": options.fraction, "per_agent": per_agent,
        "period": options.period, "always_tags": list(options.always_tags),
        "date": options.date.isoformat() if options.date else None,
    }
    if risk_info is not None:
        params["risk"] = {"weights": asdict(options.weights), **risk_info}
    return {
        "schema_version": PLAN_SCHEMA_VERSION,
        "tool": f"qa-toolkit {__version__}",
        "plan": options.plan,
        "seed": seed,
        "parameters": params,
        "input": {"path": str(source.resolve()), "sha256": sha256_file(source)},
        "counts": counts,
        "strata": strata.to_dicts(),
    }


def sample_manifest(manifest: Path, out: Path, options: SampleOptions) -> SampleResult:
    """Read ``manifest``, draw, write ``out`` (CSV) and its ``.plan.json`` sidecar.

    Both files are replaced atomically so a nightly job never reads half a sample.
    """
    manifest, out = Path(manifest), Path(out)
    result = draw_sample(read_manifest(manifest), options, manifest)
    # ``run --metadata`` takes relative files from the sample's folder; the manifest's are
    # relative to the manifest's folder, so rebase them when the two folders differ.
    src_dir, out_dir = manifest.parent.resolve(), out.parent.resolve()
    if src_dir != out_dir:
        result.sample = result.sample.with_columns(pl.col("file").map_elements(
            lambda f: f if os.path.isabs(f) else os.path.relpath(src_dir / f, out_dir),
            return_dtype=pl.String))
    result.plan["output"] = {"path": str(out.resolve()), "rows": result.sample.height}
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as tmp:
        result.sample.write_csv(tmp)
    text = json.dumps(result.plan, ensure_ascii=False, indent=2, default=str) + "\n"
    atomic_write(plan_path_for(out), text)
    log.info("%s: %d of %d calls sampled (%s plan, seed %d) -> %s", manifest,
             result.sample.height, result.plan["counts"]["population"], options.plan,
             result.plan["seed"], out)
    return result
