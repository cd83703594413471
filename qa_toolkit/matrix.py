"""Agent period scores and the reward-and-penalty matrix outcomes (奖惩机制).

Per agent and period (a month ``2026-11``, a quarter ``2026-Q4`` or a year ``2026``): the
recording-QA component is the mean current score of the agent's calls in the period (so an
accepted dispute shows up at once); mystery-shopper, CSAT and peer scores are the imported
monthly figures, averaged over the period's months. The composite weighs the components
present and reweights the rest to 1; absent ones are listed in ``missing``, never counted as 0,
and ``weight_present`` says how much of the weight the composite rests on. An outcome that
costs or pays money needs ``min_weight_present`` of it (default 70%): below that it is
``withheld``, not issued; an outcome issued on partial data names what is missing.
Agents with too few calls are flagged and take no rank and no outcome.

One conversation recorded twice (the stereo and the mono copy of a call) counts once: calls
with the same ``dedupe_key`` values (default agent_id + started_at, both present) are one call
whose score is the mean of the copies; ``duplicate_calls`` counts the copies merged.

Outcomes and weights come from ``rules/matrix.yaml`` (see that file for each rule).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

import polars as pl
import yaml

from qa_toolkit.handling import SHARES
from qa_toolkit.resources import rules_dir
from qa_toolkit.scoring import Scorecard, load_scorecard
from qa_toolkit.store import COMPONENT_KINDS, Store

log = logging.getLogger(__name__)

COMPONENTS = ("mystery_shopper", "recording_qa", "csat", "peer")


class MatrixError(ValueError):
    """A bad matrix config or period, in one line naming what is wrong."""


@dataclass
class OutcomeRule:
    """One outcome of the matrix; which fields matter depends on the outcome."""

    label: str
    action: str = ""
    """The reward or penalty attached, as the centre words it."""
    below: float = 80.0
    """retraining / warning: composite under this."""
    months: int = 3
    """retraining: that many consecutive months below."""
    top_share: float = 0.10
    """reserve_cadre: this share of the ranked agents (rounded up; ties at the cut included)."""
    per: Literal["team", "all"] = "team"
    """service_star: best agents per team, or over the whole centre."""
    count: int = 1
    """service_star: stars per team (ties included)."""
    min_score: float = 90.0
    """service_star: no star below this composite."""
    min_weight_present: Optional[float] = None
    """Share of the composite's weight that must have data for this outcome to be issued
    (None: the config's ``min_weight_present``)."""


@dataclass
class MatrixConfig:
    """Weights, minimum sample and outcome rules (``rules/matrix.yaml``)."""

    weights: dict[str, float] = field(default_factory=lambda: {
        "mystery_shopper": 0.4, "recording_qa": 0.3, "csat": 0.2, "peer": 0.1})
    min_calls_per_month: int = 5
    """Fewer calls than this × the period's months with calls: flagged, not ranked."""
    outcomes: dict[str, OutcomeRule] = field(default_factory=lambda: {
        "retraining": OutcomeRule("待岗培训", below=80, months=3),
        "warning": OutcomeRule("口头警告", below=80),
        "reserve_cadre": OutcomeRule("储备干部候选", top_share=0.10),
        "service_star": OutcomeRule("服务之星", per="team", count=1, min_score=90)})
    coaching_top: int = 3
    """Recurring issues listed per agent."""
    min_weight_present: float = 0.70
    """Outcomes are withheld for an agent whose present components carry less of the weight."""
    dedupe_key: tuple[str, ...] = ("agent_id", "started_at")
    """Call columns that identify one conversation recorded more than once."""

    def weight_needed(self, kind: str) -> float:
        own = self.outcomes[kind].min_weight_present
        return self.min_weight_present if own is None else own


OUTCOME_KINDS = ("retraining", "warning", "reserve_cadre", "service_star")


def load_matrix_config(path: Optional[str | Path] = None) -> MatrixConfig:
    """Read the matrix config; None reads ``rules/matrix.yaml``."""
    file = Path(path) if path is not None else rules_dir() / "matrix.yaml"
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise MatrixError(f"{file}: matrix config not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise MatrixError(f"{file}: cannot read matrix config ({str(exc).splitlines()[0]})") \
            from None
    if not isinstance(data, dict):
        raise MatrixError(f"{file}: expected a mapping at the top level")
    config = MatrixConfig()
    unknown = sorted(set(data) - {"weights", "min_calls_per_month", "outcomes", "coaching_top",
                                  "min_weight_present", "dedupe_key"})
    if unknown:
        raise MatrixError(f"{file}: {unknown[0]}: unknown key")
    if "weights" in data:
        weights = data["weights"]
        if not isinstance(weights, dict) or set(weights) - set(COMPONENTS):
            raise MatrixError(f"{file}: weights: expected a mapping of {', '.join(COMPONENTS)}")
        for name, w in weights.items():
            if isinstance(w, bool) or not isinstance(w, (int, float)) or w < 0:
                raise MatrixError(f"{file}: weights.{name}: expected a number >= 0, got {w!r}")
        config.weights = {name: float(weights.get(name, 0.0)) for name in COMPONENTS}
        if not sum(config.weights.values()) > 0:
            raise MatrixError(f"{file}: weights: all zero")
    for key in ("min_calls_per_month", "coaching_top"):
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise MatrixError(f"{file}: {key}: expected a whole number >= 0, got {value!r}")
            setattr(config, key, value)
    if "min_weight_present" in data:
        config.min_weight_present = _share(file, "min_weight_present", data["min_weight_present"])
    if "dedupe_key" in data:
        key = data["dedupe_key"]
        if not isinstance(key, list) or not key or set(key) - set(DEDUPE_COLUMNS):
            raise MatrixError(f"{file}: dedupe_key: expected a list of call columns from "
                              f"{', '.join(DEDUPE_COLUMNS)}")
        config.dedupe_key = tuple(key)
    outcomes = data.get("outcomes") or {}
    if not isinstance(outcomes, dict):
        raise MatrixError(f"{file}: outcomes: expected a mapping")
    known = set(OutcomeRule.__dataclass_fields__)
    for name, spec in outcomes.items():
        if name not in OUTCOME_KINDS:
            raise MatrixError(f"{file}: outcomes.{name}: unknown outcome "
                              f"(known: {', '.join(OUTCOME_KINDS)})")
        if not isinstance(spec, dict) or set(spec) - known:
            bad = sorted(set(spec) - known)[0] if isinstance(spec, dict) else ""
            raise MatrixError(f"{file}: outcomes.{name}{'.' + bad if bad else ''}: "
                              f"unknown key (known: {', '.join(sorted(known))})")
        if spec.get("per", "team") not in ("team", "all"):
            raise MatrixError(f"{file}: outcomes.{name}.per: must be 'team' or 'all'")
        merged = {**config.outcomes[name].__dict__, **spec}
        if merged.get("min_weight_present") is not None:
            merged["min_weight_present"] = _share(file, f"outcomes.{name}.min_weight_present",
                                                  merged["min_weight_present"])
        try:
            config.outcomes[name] = OutcomeRule(**{
                k: v if k == "min_weight_present" else type(getattr(OutcomeRule("x"), k))(v)
                for k, v in merged.items()})
        except (TypeError, ValueError):
            raise MatrixError(f"{file}: outcomes.{name}: a value has the wrong type") from None
    return config


DEDUPE_COLUMNS = ("agent_id", "started_at", "business_type", "customer_tier", "duration_s",
                  "team")


def _share(file: Path, key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise MatrixError(f"{file}: {key}: expected a share between 0 and 1, got {value!r}")
    return float(value)


# --- periods -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """A month, quarter or year, with the months it covers."""

    label: str
    kind: Literal["month", "quarter", "year"]
    months: tuple[str, ...]

    def previous(self, steps: int = 1) -> "Period":
        year, month = map(int, self.months[0].split("-"))
        size = len(self.months)
        index = year * 12 + month - 1 - size * steps
        start_year, start_month = divmod(index, 12)
        if self.kind == "month":
            return parse_period(f"{start_year:04d}-{start_month + 1:02d}")
        if self.kind == "quarter":
            return parse_period(f"{start_year:04d}-Q{start_month // 3 + 1}")
        return parse_period(f"{start_year:04d}")


def parse_period(text: str) -> Period:
    """``2026-11`` (month), ``2026-Q4`` (quarter) or ``2026`` (year)."""
    value = text.strip()
    if m := re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", value):
        return Period(value, "month", (value,))
    if m := re.fullmatch(r"(\d{4})-[Qq]([1-4])", value):
        year, q = m.group(1), int(m.group(2))
        return Period(f"{year}-Q{q}", "quarter",
                      tuple(f"{year}-{3 * (q - 1) + i:02d}" for i in (1, 2, 3)))
    if re.fullmatch(r"\d{4}", value):
        return Period(value, "year", tuple(f"{value}-{i:02d}" for i in range(1, 13)))
    raise MatrixError(f"period {text!r}: expected YYYY-MM, YYYY-Qn or YYYY")


# --- agent period scores -------------------------------------------------------------------

AGENT_SCHEMA = {"agent_id": pl.String, "team": pl.String, "period": pl.String,
                "calls": pl.Int64, "red_line_calls": pl.Int64,
                **{c: pl.Float64 for c in COMPONENTS}, "composite": pl.Float64,
                "missing": pl.String, "weight_present": pl.Float64, "duplicate_calls": pl.Int64,
                "flag": pl.String, "rank": pl.Int64}


TIME_COLUMNS = ("duration_s", "agent_talk_s", "customer_talk_s", "hold_s", "silence_s")


def one_per_conversation(calls: pl.DataFrame, key: tuple[str, ...]) -> pl.DataFrame:
    """Calls with copies of one conversation merged (``dedupe_key``): the first call id
    stands for them, with the mean score, any red line and ``copies`` = how many there were.
    A call missing any key value is never merged."""
    complete = pl.all_horizontal([pl.col(c).is_not_null() for c in key])
    conversation = (pl.when(complete)
                    .then(pl.concat_str([pl.col(c).cast(pl.String) for c in key],
                                        separator="\x1f"))
                    .otherwise(pl.lit("\x00") + pl.col("call_id")))
    return (calls.sort("call_id").with_columns(conversation.alias("_conversation"))
            .group_by("_conversation", maintain_order=True)
            .agg(pl.col("call_id").first(), pl.col("agent_id").first(),
                 pl.col("team").first(), pl.col("started_at").first(),
                 pl.col("period").first(), pl.col("score").mean(),
                 pl.col("red_line").max(), pl.len().cast(pl.Int64).alias("copies"),
                 # One conversation's time, measured on its first copy.
                 *[pl.col(c).first() for c in TIME_COLUMNS if c in calls.columns])
            .drop("_conversation"))


def agent_scores(store: Store, period: Period | str,
                 config: Optional[MatrixConfig] = None) -> pl.DataFrame:
    """One row per agent seen in the period (calls or components), see ``AGENT_SCHEMA``."""
    period = parse_period(period) if isinstance(period, str) else period
    config = config or MatrixConfig()
    calls = one_per_conversation(
        store.calls_frame(period.months).filter(pl.col("agent_id").is_not_null()),
        config.dedupe_key)
    qa = (calls.sort("started_at", nulls_last=False)
          .group_by("agent_id")
          .agg(pl.len().cast(pl.Int64).alias("calls"),
               pl.col("score").mean().round(2).alias("recording_qa"),
               pl.col("red_line").sum().cast(pl.Int64).alias("red_line_calls"),
               (pl.col("copies") - 1).sum().cast(pl.Int64).alias("duplicate_calls"),
               pl.col("team").drop_nulls().last().alias("team")))
    comps = store.components_frame().filter(pl.col("period").is_in(period.months))
    per_kind = (comps.group_by("agent_id", "kind").agg(pl.col("score").mean().round(2))
                .pivot(on="kind", index="agent_id", values="score")
                if comps.height else pl.DataFrame(schema={"agent_id": pl.String}))
    for kind in COMPONENT_KINDS:
        if kind not in per_kind.columns:
            per_kind = per_kind.with_columns(pl.lit(None, pl.Float64).alias(kind))
    comp_team = (comps.sort("imported_at").group_by("agent_id")
                 .agg(pl.col("team").drop_nulls().last().alias("comp_team")))
    df = (qa.join(per_kind, on="agent_id", how="full", coalesce=True)
          .join(comp_team, on="agent_id", how="left")
          .with_columns(pl.col("calls").fill_null(0), pl.col("red_line_calls").fill_null(0),
                        pl.col("duplicate_calls").fill_null(0),
                        pl.coalesce("team", "comp_team").alias("team"),
                        pl.lit(period.label).alias("period"))
          .drop("comp_team"))

    weights = config.weights
    present = [pl.col(c).is_not_null() & pl.lit(weights.get(c, 0.0) > 0) for c in COMPONENTS]
    num = pl.sum_horizontal([pl.col(c).fill_null(0.0) * weights.get(c, 0.0) for c in COMPONENTS])
    den = pl.sum_horizontal([p.cast(pl.Float64) * weights.get(c, 0.0)
                             for p, c in zip(present, COMPONENTS)])
    missing = pl.concat_list([pl.when(pl.col(c).is_null() & pl.lit(weights.get(c, 0.0) > 0))
                              .then(pl.lit(c)) for c in COMPONENTS]).list.drop_nulls()
    # A quarter or year still under way (or before the store's first month) asks for the
    # months that have calls, not for months nobody could have worked yet.
    active = max(1, calls["period"].n_unique()) if calls.height else 1
    min_calls = config.min_calls_per_month * active
    df = df.with_columns(
        pl.when(den > 0).then((num / den).round(2)).alias("composite"),
        missing.list.join(",").alias("missing"),
        (den / sum(weights.values())).round(4).alias("weight_present"),
        pl.when(pl.col("calls") < min_calls)
        .then(pl.format("too few calls ({} < {})", pl.col("calls"), pl.lit(min_calls)))
        .alias("flag"))
    ranked = pl.col("flag").is_null() & pl.col("composite").is_not_null()
    df = df.with_columns(
        pl.when(ranked).then(pl.col("composite")).rank("min", descending=True)
        .cast(pl.Int64).alias("rank"))
    return (df.select(list(AGENT_SCHEMA)).cast(AGENT_SCHEMA)  # type: ignore[arg-type]
            .sort("rank", "agent_id", nulls_last=True))


def time_shares(store: Store, period: Period, config: Optional[MatrixConfig] = None
                ) -> pl.DataFrame:
    """Per agent in the period: the share of their calls' time in agent talk, customer talk,
    hold and other silence (``handling.py``), and beside each the median of their team's
    agents. Calls that do not measure a part (ingested before it was measured) are left out
    of that part."""
    config = config or MatrixConfig()
    calls = one_per_conversation(
        store.calls_frame(period.months).filter(pl.col("agent_id").is_not_null()),
        config.dedupe_key)
    parts = []
    for part in SHARES:
        measured = pl.col(f"{part}_s").is_not_null()
        seconds = pl.col("duration_s").filter(measured).sum()
        parts.append(pl.when(seconds > 0).then(
            (pl.col(f"{part}_s").filter(measured).sum() / seconds).round(4))
            .alias(f"{part}_share"))
    per_agent = (calls.group_by("agent_id")
                 .agg(pl.col("team").drop_nulls().last().alias("team"), *parts))
    team = (per_agent.group_by("team")
            .agg(*[pl.col(f"{p}_share").median().round(4).alias(f"team_median_{p}_share")
                   for p in SHARES]))
    return (per_agent.join(team, on="team", how="left", nulls_equal=True).drop("team")
            .with_columns(pl.lit(period.label).alias("period"))
            .select("agent_id", "period", *[c for p in SHARES
                                             for c in (f"{p}_share", f"team_median_{p}_share")]))


# --- outcomes ------------------------------------------------------------------------------

def matrix(store: Store, period: Period | str, config: Optional[MatrixConfig] = None,
           scorecard: Optional[Scorecard] = None) -> pl.DataFrame:
    """Agent scores of the period plus trend, outcomes, their actions and top issues.

    Adds ``prev_composite``, ``trend``, one boolean column per outcome, ``outcomes`` (labels,
    ``; ``-joined), ``actions`` and ``top_issues`` (rule ×hits → coaching topic).
    """
    period = parse_period(period) if isinstance(period, str) else period
    config = config or MatrixConfig()
    df = agent_scores(store, period, config)
    prev = agent_scores(store, period.previous(), config).select(
        "agent_id", pl.col("composite").alias("prev_composite"))
    df = df.join(prev, on="agent_id", how="left").with_columns(
        (pl.col("composite") - pl.col("prev_composite")).round(2).alias("trend"))
    ranked = pl.col("rank").is_not_null()
    rules = config.outcomes

    flags: dict[str, pl.Expr] = {}
    if period.kind == "month" and "retraining" in rules:
        rule = rules["retraining"]
        below = df.filter(ranked & (pl.col("composite") < rule.below))["agent_id"].to_list()
        streak = set(below)
        for back in range(1, rule.months):
            earlier = agent_scores(store, period.previous(back), config)
            streak &= set(earlier.filter(pl.col("rank").is_not_null()
                                         & (pl.col("composite") < rule.below))["agent_id"])
        flags["retraining"] = pl.col("agent_id").is_in(sorted(streak))
    if period.kind == "month" and "warning" in rules:
        flags["warning"] = ranked & (pl.col("composite") < rules["warning"].below)
        if "retraining" in flags:
            flags["warning"] = flags["warning"] & ~flags["retraining"]
    if "reserve_cadre" in rules:
        scores = df.filter(ranked)["composite"].sort(descending=True)
        k = math.ceil(len(scores) * rules["reserve_cadre"].top_share - 1e-9)
        cut = scores[k - 1] if k > 0 else math.inf
        flags["reserve_cadre"] = ranked & (pl.col("composite") >= cut)
    if period.kind == "quarter" and "service_star" in rules:
        rule = rules["service_star"]
        group = "team" if rule.per == "team" else pl.lit(1)
        place = (pl.when(ranked).then(pl.col("composite"))
                 .rank("min", descending=True).over(group))
        flags["service_star"] = ranked & (pl.col("composite") >= rule.min_score) & \
            (place <= rule.count)
    # An outcome that costs or pays money is not issued from too little of the weight.
    enough = {k: pl.col("weight_present") >= config.weight_needed(k) - 1e-9 for k in flags}
    df = df.with_columns(
        pl.concat_str([pl.when(flags[k].fill_null(False) & ~enough[k])
                       .then(pl.format("{} ({}% of the weight present < {}%)",
                                       pl.lit(rules[k].label),
                                       (pl.col("weight_present") * 100).round(0).cast(pl.Int64),
                                       pl.lit(round(config.weight_needed(k) * 100))))
                       for k in OUTCOME_KINDS if k in flags],
                      separator="; ", ignore_nulls=True).alias("withheld")
        if flags else pl.lit("").alias("withheld"))
    df = df.with_columns([(flags[kind] & enough[kind]).fill_null(False).alias(kind)
                          if kind in flags else pl.lit(False).alias(kind)
                          for kind in OUTCOME_KINDS])
    # An outcome issued on partial data says which components it lacks.
    lacking = pl.when(pl.col("missing") != "").then(pl.format(" [missing: {}]", "missing")) \
        .otherwise(pl.lit(""))
    df = df.with_columns(
        pl.concat_str([pl.when(pl.col(k)).then(pl.lit(rules[k].label) + lacking)
                       for k in OUTCOME_KINDS if k in rules],
                      separator="; ", ignore_nulls=True).alias("outcomes"),
        pl.concat_str([pl.when(pl.col(k)).then(pl.lit(rules[k].action)) for k in OUTCOME_KINDS
                       if k in rules], separator="; ", ignore_nulls=True).alias("actions"))

    issues = top_issues(store, period, config.coaching_top, scorecard)
    summary = (issues.sort("agent_id", "place")
               .with_columns(pl.format("{} ×{} → {}", "rule_id", "hits", "topic").alias("issue"))
               .group_by("agent_id", maintain_order=True)
               .agg(pl.col("issue").str.join("; ").alias("top_issues")))
    return df.join(summary, on="agent_id", how="left").sort("rank", "agent_id", nulls_last=True)


def top_issues(store: Store, period: Period | str, top: int = 3,
               scorecard: Optional[Scorecard] = None) -> pl.DataFrame:
    """Each agent's most frequent rules in the period (overturned hits left out).

    Columns: agent_id, place, rule_id, hits, calls_with_hit, hits_per_100_calls, topic.
    Ties are broken by the rule id so the list is stable.
    """
    period = parse_period(period) if isinstance(period, str) else period
    card = scorecard if scorecard is not None else load_scorecard(None)
    calls = (store.calls_frame(period.months).filter(pl.col("agent_id").is_not_null())
             .group_by("agent_id").agg(pl.len().alias("agent_calls")))
    hits = store.hits_frame(period.months).filter(~pl.col("overturned")
                                                  & pl.col("agent_id").is_not_null())
    topics = {rule: card.coaching_topic(rule) for rule in hits["rule_id"].unique().to_list()}
    return (hits.group_by("agent_id", "rule_id")
            .agg(pl.len().cast(pl.Int64).alias("hits"),
                 pl.col("call_id").n_unique().cast(pl.Int64).alias("calls_with_hit"))
            .join(calls, on="agent_id")
            .with_columns((pl.col("hits") * 100 / pl.col("agent_calls")).round(1)
                          .alias("hits_per_100_calls"),
                          pl.col("rule_id").replace_strict(topics, default="", return_dtype=pl.String)
                          .alias("topic"))
            .sort(["agent_id", "hits", "rule_id"], descending=[False, True, False])
            .with_columns(pl.int_range(1, pl.len() + 1).over("agent_id").cast(pl.Int64)
                          .alias("place"))
            .filter(pl.col("place") <= top)
            .select("agent_id", "place", "rule_id", "hits", "calls_with_hit",
                    "hits_per_100_calls", "topic"))
