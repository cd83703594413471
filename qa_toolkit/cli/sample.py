"""``qa-toolkit sample``: draw tonight's calls from the day's call manifest."""

from __future__ import annotations

import dataclasses
from datetime import date as Date
from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import echo, fail, setup_logging
from qa_toolkit.config import ConfigError, load_config, merge
from qa_toolkit.sampling import PLANS, SampleOptions, plan_path_for, sample_manifest


def sample(
    manifest: Annotated[Path, typer.Argument(
        help="The day's calls, CSV or Parquet, in the metadata format of `run --metadata` "
             "(README, Metadata CSV): call_id, file, agent_id, started_at required; team, "
             "business_type, customer_tier, agent_channel, duration_s, direction, tags (a;b), "
             "agent_tenure_days, caller_id optional.",
        show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Sample manifest to write (CSV for `run --metadata`); the plan "
                            "goes next to it as OUT.plan.json.", show_default=False)],
    plan: Annotated[Optional[str], typer.Option(
        help=f"Sampling plan: {', '.join(PLANS)} (default: the config's, else random).",
        show_default=False)] = None,
    n: Annotated[Optional[int], typer.Option(
        "--n", "-n", help="Number of calls to sample.", show_default=False)] = None,
    fraction: Annotated[Optional[float], typer.Option(
        help="Share of the calls to sample, e.g. 0.05.", show_default=False)] = None,
    per_agent: Annotated[Optional[int], typer.Option(
        help="At least K calls per agent and period (stratified: default 1).",
        show_default=False)] = None,
    period: Annotated[Optional[str], typer.Option(
        help="Period of --per-agent and --date: day or week (default: day).",
        show_default=False)] = None,
    always_tag: Annotated[Optional[list[str]], typer.Option(
        help="Always include calls with this tag (repeatable), e.g. complaint.",
        show_default=False)] = None,
    seed: Annotated[Optional[int], typer.Option(
        help="Seed; same manifest + seed = same sample. Default: a fresh seed, recorded "
             "in the plan file.", show_default=False)] = None,
    date: Annotated[Optional[str], typer.Option(
        help="Only calls started on this day (or in its ISO week with --period week), "
             "YYYY-MM-DD.", show_default=False)] = None,
    config: Annotated[Optional[Path], typer.Option(
        help="Settings file whose \\[sample] section gives the defaults "
             "(default: ./qa-toolkit.toml if present).",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option(help="Print nothing but errors.")] = False,
) -> None:
    """Sample the day's calls for QA: random, stratified per agent, or risk-weighted.

    Examples:
      qa-toolkit sample samples/metadata.csv --out sample.csv --plan risk --n 6 --seed 7
      qa-toolkit sample day.parquet -o s.csv --plan stratified --per-agent 2 --always-tag complaint
    """
    setup_logging(quiet=True)
    try:
        day = Date.fromisoformat(date) if date else None
    except ValueError:
        fail(f"--date {date!r} is not a date (YYYY-MM-DD)")
    try:
        settings = load_config(config).sample
    except ConfigError as exc:
        fail(str(exc))
    if n is not None or fraction is not None:
        # A size on the command line replaces the file's, whichever form the file uses.
        settings = dataclasses.replace(settings, n=None, fraction=None)
    try:
        settings = merge(settings, plan=plan, n=n, fraction=fraction, per_agent=per_agent,
                         period=period, always_tags=always_tag, seed=seed)
    except ConfigError as exc:
        fail(str(exc))
    options = SampleOptions(plan=settings.plan, n=settings.n, fraction=settings.fraction,
                            per_agent=settings.per_agent, period=settings.period,
                            always_tags=tuple(settings.always_tags), seed=settings.seed,
                            date=day, weights=settings.risk)
    try:
        result = sample_manifest(manifest, out, options)
    except ValueError as exc:  # ManifestError and bad option combinations
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or out}: cannot write ({exc.strerror})")
    if not quiet:
        counts = result.plan["counts"]
        over = (f" (target {counts['target']}: always-included and per-agent calls exceed it)"
                if counts["target"] is not None and counts["selected"] > counts["target"] else "")
        echo(f"sampled {counts['selected']} of {counts['population']} calls "
                   f"({options.plan} plan, seed {result.plan['seed']}){over} -> {out}, "
                   f"plan {plan_path_for(out)}")
