"""Sampling plans over real manifest files (CSV and Parquet), through the library and the CLI."""

from __future__ import annotations

import csv
import hashlib
import json
import random
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from conftest import invoke_cli, run_cli

from qa_toolkit.sampling import (METADATA_COLUMNS, ManifestError, SampleOptions, plan_path_for,
                                 read_manifest, sample_manifest)


def synthetic_calls(n: int, agents: int = 40, days: tuple[int, ...] = (29,),
                    complaint_rate: float = 0.05, seed: int = 1) -> list[dict]:
    """A day (or days) of calls with realistic shapes: skewed durations, few complaints."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        tags = [t for t, p in (("complaint", complaint_rate), ("transfer", 0.1))
                if rng.random() < p]
        agent = rng.randrange(agents)
        rows.append({
            "path": f"rec/{i:06d}.wav", "call_id": f"{i:06d}", "agent_id": f"A{agent:03d}",
            "team": f"T{agent % 4}",
            "started_at": f"2026-11-{rng.choice(days):02d} {rng.randrange(8, 20):02d}:"
                          f"{rng.randrange(60):02d}:00",
            "duration_s": round(rng.expovariate(1 / 240), 1), "direction": "in",
            "tags": ";".join(tags),
            # Agent tenure is a property of the agent, not of the call.
            "agent_tenure_days": 30 + agent * 17, "caller_id": f"C{rng.randrange(n)}",
            "business_type": rng.choice(["card", "account", "wealth"]),
        })
    return rows


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_sample(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "calls.csv", synthetic_calls(3000))


def test_same_seed_same_sample_whatever_the_row_order(tmp_path: Path, manifest: Path):
    rows = list(csv.DictReader(open(manifest, encoding="utf-8")))
    random.Random(5).shuffle(rows)
    shuffled = write_csv(tmp_path / "shuffled.csv", rows)
    opts = SampleOptions(plan="risk", n=400, per_agent=1, always_tags=("complaint",), seed=11)

    a = sample_manifest(manifest, tmp_path / "a.csv", opts)
    b = sample_manifest(shuffled, tmp_path / "b.csv", opts)
    again = sample_manifest(manifest, tmp_path / "c.csv", opts)
    other = sample_manifest(manifest, tmp_path / "d.csv",
                            SampleOptions(plan="risk", n=400, per_agent=1,
                                          always_tags=("complaint",), seed=12))

    text = (tmp_path / "a.csv").read_text(encoding="utf-8")
    assert text == (tmp_path / "b.csv").read_text(encoding="utf-8")
    assert text == (tmp_path / "c.csv").read_text(encoding="utf-8")
    assert a.plan["strata"] == b.plan["strata"] and a.plan["counts"] == b.plan["counts"]
    ids = set(a.sample["call_id"])
    assert len(ids) == 400 and ids == set(again.sample["call_id"])
    # Another seed draws other calls (only the always-included ones must coincide).
    assert len(ids ^ set(other.sample["call_id"])) > 40


def test_output_is_what_run_metadata_reads(tmp_path: Path, manifest: Path):
    out = tmp_path / "nightly" / "sample.csv"
    sample_manifest(manifest, out, SampleOptions(plan="random", n=20, seed=1))
    rows = read_sample(out)
    header = list(rows[0])
    assert header[:len(METADATA_COLUMNS)] == list(METADATA_COLUMNS)
    assert "path" not in header and {"duration_s", "tags", "caller_id"} <= set(header)
    assert [r["call_id"] for r in rows] == sorted(r["call_id"] for r in rows)
    # call_ids stay text (leading zeros) and files resolve from the sample's own folder,
    # which is how `run --metadata` reads them.
    assert all(len(r["call_id"]) == 6 for r in rows)
    for r in rows:
        assert (out.parent / r["file"]).resolve() == (manifest.parent / "rec" /
                                                      f"{r['call_id']}.wav").resolve()
        assert r["business_type"] in ("card", "account", "wealth")
        assert r["sample_reason"] == "random"
    # A sample is itself a valid manifest once it has a path column again.
    again = tmp_path / "again.csv"
    write_csv(tmp_path / "as_manifest.csv", [dict(r, path=r["file"]) for r in rows])
    sample_manifest(tmp_path / "as_manifest.csv", again, SampleOptions(n=5, seed=2))
    assert list(read_sample(again)[0]).count("sample_reason") == 1


def test_per_agent_minimum_is_respected_per_day_and_per_week(tmp_path: Path):
    rows = synthetic_calls(1200, agents=30, days=(23, 24, 25))
    # Two agents with fewer calls than the minimum: they give all they have.
    rows += [dict(rows[0], call_id=f"rare{i}", agent_id="RARE", path=f"rec/rare{i}.wav",
                  started_at="2026-11-24 10:00:00") for i in range(2)]
    manifest = write_csv(tmp_path / "week.csv", rows)
    df = pl.DataFrame(rows).with_columns(day=pl.col("started_at").str.slice(0, 10))

    for period, keys in (("day", ["agent_id", "day"]), ("week", ["agent_id"])):
        out = tmp_path / f"{period}.csv"
        result = sample_manifest(manifest, out, SampleOptions(
            plan="stratified", per_agent=3, n=400, period=period, seed=3))
        sample = pl.read_csv(out, infer_schema=False).with_columns(
            day=pl.col("started_at").str.slice(0, 10))
        have = df.group_by(keys).len("population").join(
            sample.group_by(keys).len("selected"), on=keys, how="left").fill_null(0)
        minimum = have["population"].clip(upper_bound=3)
        assert (have["selected"] >= minimum).all(), period
        assert sample.height == 400  # the minimums fit in N, the rest is random fill
        assert result.plan["counts"]["by_reason"] == {"per_agent": minimum.sum(),
                                                      "random": 400 - minimum.sum()}
        strata = {(s["agent_id"], s["period"]): s for s in result.plan["strata"]}
        rare = [s for (agent, _), s in strata.items() if agent == "RARE"]
        assert [(s["population"], s["selected"]) for s in rare] == [(2, 2)]
        if period == "week":
            assert {p for _, p in strata} == {"2026-W48"}


def test_always_included_tags_are_always_in(tmp_path: Path, manifest: Path):
    complaints = {r["call_id"] for r in read_sample(manifest) if "complaint" in r["tags"]}
    assert len(complaints) > 100
    for plan in ("random", "stratified", "risk"):
        result = sample_manifest(manifest, tmp_path / f"{plan}.csv", SampleOptions(
            plan=plan, n=10, always_tags=("Complaint",), seed=4))
        rows = read_sample(tmp_path / f"{plan}.csv")
        chosen = {r["call_id"] for r in rows}
        assert complaints <= chosen, plan
        assert {r["sample_reason"] for r in rows if r["call_id"] in complaints} == \
            {"always:complaint"}
        assert result.plan["counts"]["by_tag"]["complaint"] == {
            "population": len(complaints), "selected": len(complaints)}


def test_risk_plan_over_represents_risky_calls(tmp_path: Path):
    rows = synthetic_calls(20000, agents=100, complaint_rate=0.05, seed=9)
    manifest = write_csv(tmp_path / "big.csv", rows)
    n = 1000
    risk = sample_manifest(manifest, tmp_path / "risk.csv",
                           SampleOptions(plan="risk", n=n, seed=2026)).sample
    uniform = sample_manifest(manifest, tmp_path / "random.csv",
                              SampleOptions(plan="random", n=n, seed=2026)).sample

    def share(df: pl.DataFrame, expr: pl.Expr) -> float:
        return df.select(expr.mean()).item()

    complaint = pl.col("tags").fill_null("").str.contains("complaint")
    population = share(pl.DataFrame(rows), complaint)
    # Expected ≈ 4× the population share (weight 5 against ~1.2 on average); 2.5× leaves
    # ~10 binomial standard deviations of margin, and the random plan stays near 1×.
    assert share(risk, complaint) > 2.5 * population
    assert abs(share(uniform, complaint) - population) < 0.02
    new_agent = pl.col("agent_tenure_days").cast(pl.Float64) < 90
    assert share(risk, new_agent) > 1.4 * share(uniform, new_agent)
    assert risk.height == uniform.height == n
    assert (risk["risk_weight"] >= 1).all() and risk["sample_reason"].unique().to_list() == ["risk"]


def test_parquet_manifest_gives_the_same_sample_as_csv(tmp_path: Path):
    rows = synthetic_calls(2000, days=(28, 29))
    csv_path = write_csv(tmp_path / "calls.csv", rows)
    typed = pl.DataFrame(rows).with_columns(
        pl.col("started_at").str.to_datetime("%Y-%m-%d %H:%M:%S"),
        pl.col("tags").str.split(";").list.eval(pl.element().filter(pl.element() != "")))
    pq_path = tmp_path / "calls.parquet"
    typed.sample(fraction=1.0, shuffle=True, seed=1).write_parquet(pq_path)
    assert read_manifest(pq_path).schema["started_at"] == pl.Datetime("us")

    opts = SampleOptions(plan="risk", fraction=0.05, per_agent=1, always_tags=("complaint",),
                         seed=8, date=date(2026, 11, 29))
    from_csv = sample_manifest(csv_path, tmp_path / "from_csv.csv", opts)
    from_pq = sample_manifest(pq_path, tmp_path / "from_pq.csv", opts)
    assert from_pq.sample["call_id"].to_list() == from_csv.sample["call_id"].to_list()
    assert from_pq.plan["counts"] == from_csv.plan["counts"]
    assert from_csv.plan["counts"]["population"] < len(rows)  # --date kept one day
    pq_rows = read_sample(tmp_path / "from_pq.csv")
    assert all(r["started_at"].startswith("2026-11-29T") for r in pq_rows)
    assert any(r["tags"] == "complaint" for r in pq_rows)


def test_plan_sidecar_records_plan_seed_input_and_strata(tmp_path: Path, manifest: Path):
    out = tmp_path / "s.csv"
    res = invoke_cli("sample", manifest, "--out", out, "--plan", "stratified", "--per-agent", "2",
                     "--n", "200", "--always-tag", "complaint", "--seed", "99")
    assert res.returncode == 0, res.stderr
    assert "sampled 200 of 3000 calls" in res.stdout
    plan_file = plan_path_for(out)
    assert plan_file == tmp_path / "s.plan.json"
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    assert plan["plan"] == "stratified" and plan["seed"] == 99
    assert plan["parameters"] == {"n": 200, "fraction": None, "per_agent": 2, "period": "day",
                                  "always_tags": ["complaint"], "date": None}
    assert plan["input"]["sha256"] == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert plan["input"]["path"] == str(manifest.resolve())
    assert plan["output"] == {"path": str(out.resolve()), "rows": 200}
    counts = plan["counts"]
    assert counts["population"] == 3000 and counts["selected"] == 200
    assert sum(counts["by_reason"].values()) == 200
    assert set(counts["by_reason"]) == {"always:complaint", "per_agent", "random"}
    assert sum(s["population"] for s in plan["strata"]) == 3000
    assert sum(s["selected"] for s in plan["strata"]) == 200
    assert len(plan["strata"]) == 40 and all(s["selected"] >= 2 for s in plan["strata"])
    sample = read_sample(out)
    per_agent = {s["agent_id"]: s["selected"] for s in plan["strata"]}
    assert per_agent == {a: sum(r["agent_id"] == a for r in sample) for a in per_agent}


def test_without_seed_a_fresh_one_is_recorded_and_replays(tmp_path: Path, manifest: Path):
    first = invoke_cli("sample", manifest, "-o", tmp_path / "a.csv", "--fraction", "0.02")
    assert first.returncode == 0, first.stderr
    seed = json.loads((tmp_path / "a.plan.json").read_text())["seed"]
    replay = invoke_cli("sample", manifest, "-o", tmp_path / "b.csv", "--fraction", "0.02",
                        "--seed", str(seed))
    assert replay.returncode == 0, replay.stderr
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


@pytest.mark.parametrize("content, problem", [
    ("path,call_id,agent_id\nx.wav,1,A\n", "missing column(s) started_at"),
    ("path,call_id,agent_id,team,started_at,duration_s,direction,tags\n"
     "a.wav,1,A,T,2026-11-29 09:00:00,60,in,\n"
     "b.wav,2,A,T,2026-11-29 09:00:00,long,in,\n", "line 3: duration_s is not a non-negative "
                                                  "number: 'long'"),
    ("path,call_id,agent_id,team,started_at,duration_s,direction,tags\n"
     "a.wav,1,A,T,yesterday,60,in,\n", "line 2: started_at is not a date: 'yesterday'"),
    ("path,call_id,agent_id,team,started_at,duration_s,direction,tags,agent_tenure_days\n"
     "a.wav,1,A,T,2026-11-29,60,in,,\n"
     "b.wav,2,A,T,2026-11-29,60,in,,three months\n",
     "line 3: agent_tenure_days is not a number: 'three months'"),
    ("path,call_id,agent_id,team,started_at,duration_s,direction,tags\n"
     "a.wav,7,A,T,2026-11-29 09:00:00,60,in,\n"
     "b.wav,7,A,T,2026-11-29 09:00:00,60,in,\n", "duplicate call_id '7'"),
])
def test_bad_manifest_is_one_line_naming_file_and_problem(tmp_path: Path, content: str,
                                                          problem: str):
    bad = tmp_path / "bad manifest.csv"
    bad.write_text(content, encoding="utf-8")
    res = invoke_cli("sample", bad, "--out", tmp_path / "s.csv", "--n", "1", "--seed", "1")
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ") and problem in lines[0]
    assert not (tmp_path / "s.csv").exists() and not (tmp_path / "s.plan.json").exists()


def test_unreadable_and_missing_manifests(tmp_path: Path):
    junk = tmp_path / "calls.parquet"
    junk.write_bytes(b"RIFF....WAVEfmt not parquet at all")
    with pytest.raises(ManifestError, match=r"calls\.parquet: not a readable Parquet manifest"):
        read_manifest(junk)
    gbk = tmp_path / "calls.csv"
    gbk.write_bytes("path,call_id,agent_id,team,started_at,duration_s,direction,tags\n"
                    "a.wav,1,张三,一组,2026-11-29,60,in,投诉\n".encode("gbk"))
    with pytest.raises(ManifestError, match=r"calls\.csv: not a readable CSV manifest "
                                            r"\(not UTF-8 text"):
        read_manifest(gbk)
    res = run_cli("sample", tmp_path / "nope.csv", "--out", tmp_path / "s.csv", "--n", "1")
    assert res.returncode == 2
    assert res.stderr.strip() == f"error: {tmp_path / 'nope.csv'}: no such file"


def test_bad_options_are_one_line_errors(tmp_path: Path, manifest: Path):
    for args, problem in ((["--plan", "risk"], "the risk plan needs n or fraction"),
                          (["--n", "5", "--fraction", "0.1"],
                           "--fraction must be absent when n is set"),
                          (["--plan", "weekly"], "--plan must be one of random, stratified"),
                          (["--n", "5", "--per-agent", "2"], "per_agent needs the stratified"),
                          (["--n", "5", "--date", "29/11/2026"], "--date '29/11/2026'"),
                          (["--n", "5", "--date", "2026-12-25"], "no calls in day 2026-12-25")):
        res = invoke_cli("sample", manifest, "-o", tmp_path / "s.csv", *args)
        assert res.returncode == 2, args
        assert len(res.stderr.strip().splitlines()) == 1 and problem in res.stderr, res.stderr


def test_config_file_gives_defaults_and_flags_win(tmp_path: Path, manifest: Path):
    (tmp_path / "qa-toolkit.toml").write_text(
        '[sample]\nplan = "risk"\nfraction = 0.01\nalways_tags = ["transfer"]\nseed = 5\n'
        '[sample.risk]\ntags = { transfer = 3.0 }\n', encoding="utf-8")
    res = invoke_cli("sample", manifest, "-o", "a.csv", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    plan = json.loads((tmp_path / "a.plan.json").read_text())
    assert (plan["plan"], plan["seed"], plan["counts"]["target"]) == ("risk", 5, 30)
    assert plan["parameters"]["risk"]["factors"]["tag:transfer"] == 3.0
    assert "tag:complaint" not in plan["parameters"]["risk"]["factors"]

    res = invoke_cli("sample", manifest, "-o", "b.csv", "--n", "7", "--plan", "random",
                     "--always-tag", "complaint", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    plan = json.loads((tmp_path / "b.plan.json").read_text())
    assert (plan["plan"], plan["seed"]) == ("random", 5)
    assert plan["parameters"]["n"] == 7 and plan["parameters"]["fraction"] is None
    assert plan["parameters"]["always_tags"] == ["complaint"]


def test_sample_help_has_an_example():
    res = invoke_cli("sample", "--help")
    assert res.returncode == 0
    assert "qa-toolkit sample samples/metadata.csv --out sample.csv" in res.stdout
    for option in ("--plan", "--per-agent", "--always-tag", "--seed", "--date", "--config"):
        assert option in res.stdout
