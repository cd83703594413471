"""Agent period scores and matrix outcomes over three months × 20 agents, from real call JSONs.

The calls are the pipeline's own outputs (see history_fixtures) given other agents, dates and
a known number of hits; the scorecard makes every hit cost 5 points, so every figure below
is computed by hand from the plan: composite = .4 MS + .3 QA + .2 CSAT + .1 peer.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import polars as pl
import pytest
import yaml

from history_fixtures import FLAT_SCORECARD, AgentMonth, template_calls, write_history
from qa_toolkit.matrix import (MatrixError, agent_scores, load_matrix_config, matrix,
                               parse_period, top_issues)
from qa_toolkit.scoring import load_scorecard, scorecard_from_dict
from qa_toolkit.store import Store

MONTHS = ("2026-09", "2026-10", "2026-11")
AGENTS = [f"A{i:02d}" for i in range(20)]
TEAMS = {a: "T1" if i < 10 else "T2" for i, a in enumerate(AGENTS)}
SIX = 6

# Profiles: (hits per call, mystery shopper, CSAT, peer); QA = 100 − 5 × mean hits.
BASELINE = AgentMonth([0, 4, 1, 3, 2, 2], 85, 90, 80)   # QA 90 → 34 + 27 + 18 + 8 = 87
LOW = AgentMonth([4] * SIX, 70, 75, 80)                 # QA 80 → 28 + 24 + 15 + 8 = 75
RECOVERED = AgentMonth([2] * SIX, 80, 80, 80)           # QA 90 → 32 + 27 + 16 + 8 = 83
NO_MYSTERY = AgentMonth([2] * SIX, None, 90, 60)        # (27 + 18 + 6) / .6 = 85
PERFECT_FEW = AgentMonth([0, 0, 0], 100, 100, 100)      # 100, but 3 calls < 5: not ranked
TOP = AgentMonth([0] * SIX, 100, 95, 90)                # 40 + 30 + 19 + 9 = 98
SECOND = AgentMonth([1] * SIX, 95, 95, 95)              # 38 + 28.5 + 19 + 9.5 = 95
THIRD = AgentMonth([1] * SIX, 90, 90, 90)               # 36 + 28.5 + 18 + 9 = 91.5
LOW_FEW = AgentMonth([4] * 4, 70, 75, 80)               # 75, but 4 calls: not ranked


def plan() -> dict[tuple[str, str], AgentMonth]:
    special = {
        "A00": (LOW, LOW, LOW),                 # below 80 three months running → retraining
        "A01": (LOW, RECOVERED, LOW),           # streak broken in October → warning only
        "A02": (NO_MYSTERY,) * 3,               # reweighted, mystery shopper shown missing
        "A03": (BASELINE, BASELINE, PERFECT_FEW),
        "A04": (BASELINE, BASELINE, TOP),
        "A05": (BASELINE, BASELINE, SECOND),
        "A06": (BASELINE, BASELINE, THIRD),
        "A08": (LOW, LOW_FEW, LOW),             # an unranked month breaks the streak
    }
    return {(agent, month): special.get(agent, (BASELINE,) * 3)[m]
            for agent in AGENTS for m, month in enumerate(MONTHS)}


NOVEMBER = {"A00": 75.0, "A01": 75.0, "A02": 85.0, "A03": 100.0, "A04": 98.0, "A05": 95.0,
            "A06": 91.5, "A08": 75.0}
"""Composite per agent in 2026-11; every other agent: 87."""


@pytest.fixture(scope="module")
def history_db(tmp_path_factory) -> Path:
    """Three months of history, ingested once; each test gets its own copy."""
    tmp = tmp_path_factory.mktemp("history")
    out = write_history(tmp / "out", template_calls(), plan(), TEAMS)
    with Store(tmp / "history.sqlite") as store:
        result = store.ingest(out, scorecard_from_dict(FLAT_SCORECARD), by="nightly")
        assert result.added == 20 * 3 * SIX - 3 - 2 and not result.errors
        for kind in ("mystery_shopper", "csat", "peer"):
            store.import_components(out / f"{kind}.csv", kind, by="hr")
    return tmp / "history.sqlite"


@pytest.fixture()
def history(history_db, tmp_path) -> Store:
    source = sqlite3.connect(history_db)
    copy = sqlite3.connect(tmp_path / "history.sqlite")
    source.backup(copy)
    source.close()
    copy.close()
    with Store(tmp_path / "history.sqlite") as store:
        yield store


def by_agent(df: pl.DataFrame) -> dict[str, dict]:
    return {row["agent_id"]: row for row in df.iter_rows(named=True)}


def test_composite_scores_against_hand_computed(history):
    rows = by_agent(agent_scores(history, "2026-11", load_matrix_config()))
    assert set(rows) == set(AGENTS)
    for agent in AGENTS:
        assert rows[agent]["composite"] == pytest.approx(NOVEMBER.get(agent, 87.0)), agent
    assert rows["A07"]["recording_qa"] == 90.0      # hits 0,4,1,3,2,2 → 100,80,95,85,90,90
    assert rows["A07"]["calls"] == SIX and rows["A07"]["team"] == "T1"
    assert rows["A02"]["mystery_shopper"] is None and rows["A02"]["missing"] == "mystery_shopper"
    assert rows["A07"]["missing"] == ""
    assert rows["A03"]["flag"] == "too few calls (3 < 5)" and rows["A03"]["rank"] is None
    assert [rows[a]["rank"] for a in ("A04", "A05", "A06", "A07", "A02", "A00", "A01", "A08")] \
        == [1, 2, 3, 4, 16, 17, 17, 17]


def test_matrix_outcomes_november(history):
    df = matrix(history, "2026-11", load_matrix_config(), load_scorecard(None))
    outcome = {kind: sorted(df.filter(pl.col(kind))["agent_id"]) for kind in
               ("retraining", "warning", "reserve_cadre", "service_star")}
    # 19 ranked agents: top 10% = ceil(1.9) = 2 (A03 scores 100 on 3 calls: not ranked).
    assert outcome == {"retraining": ["A00"], "warning": ["A01", "A08"],
                       "reserve_cadre": ["A04", "A05"], "service_star": []}
    rows = by_agent(df)
    assert rows["A00"]["outcomes"] == "待岗培训" and "待岗培训" in rows["A00"]["actions"]
    assert rows["A04"]["outcomes"] == "储备干部候选"
    # Trend vs October: A04 went from 87 to 98, A01 from 83 to 75.
    assert rows["A04"]["prev_composite"] == 87.0 and rows["A04"]["trend"] == 11.0
    assert rows["A01"]["trend"] == -8.0
    a07_rules = history.hits_frame(["2026-11"]).filter(pl.col("agent_id") == "A07")["rule_id"]
    assert rows["A07"]["top_issues"].count("→") == min(3, a07_rules.n_unique())


def test_matrix_outcomes_earlier_months(history):
    config = load_matrix_config()
    october = matrix(history, "2026-10", config)
    assert sorted(october.filter(pl.col("warning"))["agent_id"]) == ["A00"]
    assert october.filter(pl.col("retraining")).height == 0      # no August history
    assert by_agent(october)["A08"]["flag"] == "too few calls (4 < 5)"
    september = matrix(history, "2026-09", config)
    assert sorted(september.filter(pl.col("warning"))["agent_id"]) == ["A00", "A01", "A08"]


def test_quarter_scores_and_service_star(history, tmp_path):
    cfg_path = tmp_path / "matrix.yaml"
    # Q4 has calls in 2 months: 5 a month → 10. A03 (6 + 3 calls, composite 93) is not
    # ranked; A04 (12 calls) is.
    cfg_path.write_text(yaml.safe_dump({"min_calls_per_month": 5, "outcomes": {
        "service_star": {"per": "team", "count": 1, "min_score": 88}}}), encoding="utf-8")
    df = by_agent(matrix(history, "2026-Q4", load_matrix_config(cfg_path)))
    # Q4 so far = October + November. A04: QA mean of 12 calls (90 and 100) = 95;
    # MS (85+100)/2 = 92.5, CSAT 92.5, peer 85 → 37 + 28.5 + 18.5 + 8.5 = 92.5.
    assert df["A04"]["recording_qa"] == 95.0 and df["A04"]["composite"] == 92.5
    assert df["A03"]["flag"] == "too few calls (9 < 10)" and df["A04"]["rank"] == 1
    # T1's best is A04 (92.5 > A05's 91); T2's best is at most 87 < 88: no star there.
    stars = sorted(a for a, r in df.items() if r["service_star"])
    assert stars == ["A04"]


def test_accepted_dispute_moves_call_agent_and_matrix(history):
    config = load_matrix_config()
    call_id = "A00-2026-11-00"
    hits = history.hits_frame().filter(pl.col("call_id") == call_id)
    rule = hits["rule_id"][0]
    n = hits.filter(pl.col("rule_id") == rule).height
    before = by_agent(matrix(history, "2026-11", config))["A00"]
    dispute = history.open_dispute(call_id, rule, "the agent did say it at 00:05", by="A00")
    history.resolve_dispute(dispute, True, by="王质检", note="heard it on the recording")

    call = history.calls_frame().filter(pl.col("call_id") == call_id).row(0, named=True)
    assert call["score"] == 80.0 + 5 * n and call["score_rev"] == 2
    after = by_agent(matrix(history, "2026-11", config))["A00"]
    assert after["recording_qa"] == pytest.approx(80.0 + 5 * n / SIX, abs=0.01)
    assert after["composite"] == pytest.approx(75.0 + 0.3 * 5 * n / SIX, abs=0.01)
    assert after["composite"] > before["composite"]
    trail = history.trail(call_id)
    assert trail["what"].to_list() == ["score", f"dispute #{dispute} open",
                                       f"dispute #{dispute} accept", "override", "score"]
    assert trail["by"].to_list() == ["nightly", "A00", "王质检", "王质检", "王质检"]
    assert trail["why"][-1] == f"dispute #{dispute} accepted"
    assert history.hits_frame().filter((pl.col("call_id") == call_id)
                                       & (pl.col("rule_id") == rule))["overturned"].all()


def test_top_issues_use_the_coaching_map(history):
    card = load_scorecard(None)
    issues = top_issues(history, "2026-11", 3, card)
    a00 = issues.filter(pl.col("agent_id") == "A00")
    counts = history.hits_frame(["2026-11"]).filter(pl.col("agent_id") == "A00") \
        .group_by("rule_id").len()
    assert a00["place"].to_list() == list(range(1, min(3, counts.height) + 1))
    assert a00["hits"].is_sorted(descending=True)
    assert a00["hits"][0] == counts["len"].max()
    assert all(t and t == card.coaching_topic(r) for r, t in zip(a00["rule_id"], a00["topic"]))


@pytest.mark.parametrize("text, kind, months", [
    ("2026-11", "month", ("2026-11",)), ("2026-q4", "quarter", ("2026-10", "2026-11", "2026-12")),
    ("2026", "year", tuple(f"2026-{m:02d}" for m in range(1, 13)))])
def test_periods(text, kind, months):
    period = parse_period(text)
    assert (period.kind, period.months) == (kind, months)
    assert parse_period("2026-01").previous(2).label == "2025-11"
    assert parse_period("2026-Q1").previous().label == "2025-Q4"


def test_bad_period_and_config(tmp_path):
    with pytest.raises(MatrixError, match="2026-13"):
        parse_period("2026-13")
    bad = tmp_path / "m.yaml"
    bad.write_text("weights: {mystery_shopper: -1}\n", encoding="utf-8")
    with pytest.raises(MatrixError, match=r"m\.yaml: weights\.mystery_shopper"):
        load_matrix_config(bad)
    bad.write_text("outcomes: {medal: {label: x}}\n", encoding="utf-8")
    with pytest.raises(MatrixError, match="outcomes.medal: unknown outcome"):
        load_matrix_config(bad)


def test_shipped_config_follows_the_seeds():
    config = load_matrix_config()
    assert config.weights == {"mystery_shopper": 0.4, "recording_qa": 0.3, "csat": 0.2,
                              "peer": 0.1}
    assert config.outcomes["retraining"].below == 80 and config.outcomes["retraining"].months == 3
    assert config.outcomes["reserve_cadre"].top_share == 0.10


def test_template_folder_is_used_when_given(tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    call = template_calls()[0]
    (folder / "x.json").write_text(json.dumps(call), encoding="utf-8")
    assert template_calls(folder) == [call]
    assert template_calls(tmp_path / "missing") != []
