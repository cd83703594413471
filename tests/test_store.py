"""The SQLite history store: schema, idempotent ingest, components, disputes, append-only."""

from __future__ import annotations

import json
import sqlite3

import polars as pl
import pytest

from history_fixtures import FLAT_SCORECARD, AgentMonth, template_calls, write_history
from qa_toolkit.scoring import load_scorecard, scorecard_from_dict
from qa_toolkit.store import MIGRATIONS, TABLES, Store, StoreError, default_db_path, period_of

FLAT = scorecard_from_dict(FLAT_SCORECARD)
PLAN = {("A01", "2026-11"): AgentMonth([1, 2, 0], 80, 90, None),
        ("A02", "2026-10"): AgentMonth([3], 70, None, 60)}
TEAMS = {"A01": "T1", "A02": "T2"}


@pytest.fixture()
def out(tmp_path):
    return write_history(tmp_path / "out", template_calls(), PLAN, TEAMS)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "h.sqlite") as s:
        yield s


def dump(store: Store) -> dict[str, list]:
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def test_schema_is_versioned_wal(tmp_path):
    path = tmp_path / "h.sqlite"
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as again:  # reopening migrates nothing and keeps the data
        assert again.schema_version == len(MIGRATIONS)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer than this qa-toolkit"):
        Store(path)


def test_ingest_is_idempotent(store, out):
    first = store.ingest(out, FLAT, by="nightly")
    assert (first.added, first.updated, first.unchanged) == (4, 0, 0)
    before = dump(store)
    second = store.ingest(out, FLAT, by="nightly")
    assert (second.added, second.updated, second.unchanged) == (0, 0, 4)
    assert dump(store) == before
    calls = store.calls_frame()
    assert dict(zip(calls["call_id"], calls["score"])) == {
        "A01-2026-11-00": 95.0, "A01-2026-11-01": 90.0, "A01-2026-11-02": 100.0,
        "A02-2026-10-00": 85.0}
    assert store.hits_frame().height == 6
    assert set(calls["period"]) == {"2026-10", "2026-11"}


def test_reprocessed_call_is_updated_and_keeps_its_override(store, out):
    store.ingest(out, FLAT)
    file = out / "calls" / "A01-2026-11-01.json"
    call = json.loads(file.read_text(encoding="utf-8"))
    rule = call["hits"][0]["rule_id"]
    dispute = store.open_dispute(call["call_id"], rule, "wrong", by="A01")
    store.resolve_dispute(dispute, True, by="qa", note="agreed")
    call["hits"].append(dict(call["hits"][0], rule_id="closing.missing"))
    file.write_text(json.dumps(call, ensure_ascii=False), encoding="utf-8")
    result = store.ingest(out, FLAT)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 3)
    row = store.calls_frame().filter(pl.col("call_id") == call["call_id"]).row(0, named=True)
    kept = [h for h in call["hits"] if h["rule_id"] != rule]
    assert row["score"] == 100 - 5 * len(kept) and row["score_rev"] == 3
    assert store.hits_frame().filter(pl.col("call_id") == call["call_id"]).height == 3


def test_bad_call_json_is_named_and_the_rest_ingested(store, out):
    (out / "calls" / "broken.json").write_text("{not json", encoding="utf-8")
    (out / "calls" / "nocall.json").write_text('{"hits": []}', encoding="utf-8")
    result = store.ingest(out, FLAT)
    assert result.added == 4 and len(result.errors) == 2
    assert any("broken.json: not a readable call JSON" in e for e in result.errors)
    assert any("nocall.json: not a call JSON (no call_id)" in e for e in result.errors)
    with pytest.raises(StoreError, match="no calls/ inside"):
        store.ingest(out / "calls", FLAT)


def test_evidence_is_masked_on_the_way_in(store, out):
    file = out / "calls" / "A02-2026-10-00.json"
    call = json.loads(file.read_text(encoding="utf-8"))
    call["hits"][0]["evidence"] = "00:31 客户: 我的手机号是13812345678"
    call["review"] = [dict(call["hits"][0], reason="卡号 6222 0202 0011 2233 445 听不清")]
    file.write_text(json.dumps(call, ensure_ascii=False), encoding="utf-8")
    store.ingest(out, FLAT)
    evidence = store.hits_frame().filter(pl.col("call_id") == call["call_id"])["evidence"][0]
    assert "13812345678" not in evidence and evidence.endswith("138****5678")
    reason = store.conn.execute("SELECT reason FROM review_items").fetchone()[0]
    assert "6222 0202 0011 2233 445" not in reason


def test_default_scorecard_follows_the_calls_pack(store, out):
    store.ingest(out)  # no scorecard given: bank_zh's, as the calls say rule_pack.id = bank_zh
    card = load_scorecard(None)
    digest = store.conn.execute("SELECT DISTINCT scorecard FROM calls").fetchall()
    assert digest == [(card.digest,)]


def test_append_only_tables_refuse_edits(store, out):
    store.ingest(out, FLAT)
    call_id = "A01-2026-11-00"
    rule = store.hits_frame().filter(pl.col("call_id") == call_id)["rule_id"][0]
    store.open_dispute(call_id, rule, "x", by="A01")
    for sql in ("UPDATE scores SET score = 100", "DELETE FROM scores",
                "UPDATE disputes SET reason = 'y'", "DELETE FROM dispute_events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.conn.execute(sql)


def test_dispute_rules(store, out):
    store.ingest(out, FLAT)
    call_id = "A01-2026-11-01"
    rules = store.hits_frame().filter(pl.col("call_id") == call_id)["rule_id"].to_list()
    with pytest.raises(StoreError, match="has no hit of rule 'nope.rule'"):
        store.open_dispute(call_id, "nope.rule", "x")
    with pytest.raises(StoreError, match="not in"):
        store.open_dispute("ghost", rules[0], "x")
    with pytest.raises(StoreError, match="needs a reason"):
        store.open_dispute(call_id, rules[0], "  ")
    first = store.open_dispute(call_id, rules[0], "said it", by="A01")
    with pytest.raises(StoreError, match="already open"):
        store.open_dispute(call_id, rules[0], "again")
    with pytest.raises(StoreError, match="needs a note"):
        store.resolve_dispute(first, False, by="qa", note="")
    store.resolve_dispute(first, False, by="qa", note="not said")
    assert store.calls_frame().filter(pl.col("call_id") == call_id)["score_rev"][0] == 1
    with pytest.raises(StoreError, match="already closed"):
        store.resolve_dispute(first, True, by="qa", note="changed my mind")
    second = store.open_dispute(call_id, rules[0], "listen again please", by="A01")
    store.resolve_dispute(second, True, by="lead", note="yes, at 00:05")
    with pytest.raises(StoreError, match="already removed"):
        store.open_dispute(call_id, rules[0], "once more")
    listing = store.disputes_frame()
    assert listing["status"].to_list() == ["reject", "accept"]
    assert listing["resolved_by"].to_list() == ["qa", "lead"]
    assert store.disputes_frame("accept")["dispute_id"].to_list() == [second]


def test_components_import(store, tmp_path):
    csv = tmp_path / "csat.csv"
    csv.write_text("agent_id,period,score,team\nA01,2026-11,92.5,T1\nA02,2026-11,88,\n",
                   encoding="utf-8")
    assert store.import_components(csv, "csat", by="hr") == (2, 0)
    assert store.import_components(csv, "csat", by="hr") == (0, 2)
    csv.write_text("agent_id,period,score\nA01,2026-11,95\n", encoding="utf-8")
    assert store.import_components(csv, "csat", by="hr2") == (1, 0)
    current = store.components_frame().sort("agent_id")
    assert current["score"].to_list() == [95.0, 88.0]
    assert store.conn.execute("SELECT count(*) FROM components").fetchone()[0] == 3


@pytest.mark.parametrize("text, message", [
    ("agent,period,score\nA1,2026-11,90\n", "missing column(s) agent_id"),
    ("agent_id,period,score\nA1,2026/11,90\n", ":2: period '2026/11' is not YYYY-MM"),
    ("agent_id,period,score\nA1,2026-11,90\nA2,2026-11,abc\n", ":3: score 'abc' is not a number"),
    ("agent_id,period,score\nA1,2026-11,120\n", ":2: score 120 is outside 0-100"),
])
def test_components_import_errors_name_file_and_line(store, tmp_path, text, message):
    csv = tmp_path / "ms.csv"
    csv.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        store.import_components(csv, "mystery_shopper")
    assert str(csv) in str(err.value) and message in str(err.value)
    with pytest.raises(StoreError, match="unknown component kind"):
        store.import_components(csv, "mood")


def test_parquet_tables_open_in_polars(store, out, tmp_path):
    store.ingest(out, FLAT)
    written = store.write_parquet(tmp_path / "pq")
    assert {p.stem for p in written} == set(TABLES) | {"call_scores"}
    calls = pl.read_parquet(tmp_path / "pq" / "call_scores.parquet")
    assert calls.height == 4 and calls["score"].sum() == 370.0
    assert pl.read_parquet(tmp_path / "pq" / "hits.parquet").height == 6
    assert store.write_parquet(tmp_path / "pq") == []          # nothing changed: skipped
    call_id = "A02-2026-10-00"
    rule = store.hits_frame().filter(pl.col("call_id") == call_id)["rule_id"][0]
    store.resolve_dispute(store.open_dispute(call_id, rule, "x", by="A02"), True, "qa", "ok")
    assert store.write_parquet(tmp_path / "pq")                  # the dispute reaches analysts
    calls = pl.read_parquet(tmp_path / "pq" / "call_scores.parquet")
    assert calls.filter(pl.col("call_id") == call_id)["score_rev"][0] == 2


def test_db_path_and_period(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_TOOLKIT_DB", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("QA_TOOLKIT_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "qa-toolkit" / "history.sqlite"
    assert period_of("2026-11-30T23:30:00+08:00") == "2026-11"
    assert period_of("not a date") is None and period_of(None) is None


def test_pii_pre_check_never_skips_what_pii_would_mask():
    import random
    import re

    from qa_toolkit.pii import ELEVEN_DIGIT_RUN, find_pii

    run = re.compile(ELEVEN_DIGIT_RUN)
    rng = random.Random(11)
    alphabet = list("0123456789０１２３４５６７８９零一二三四五六七八九幺两拐洞X -，、.:：元号年"
                    "嗯呃叉\x1e") + ["那个", "就是", "艾克斯"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(5, 40)))
             for _ in range(3000)]
    texts += ["6222020200112233445", "4111 1111 1111 1111", "110105194912310026",
              "幺三八，一二三四，五六七八", "１３８－１２３４－５６７８"]
    found = 0
    for text in texts:
        if find_pii(text):  # mask_text skips texts without a run: it must never skip these
            found += 1
            assert run.search(text), text
    assert found > 20  # the sample does exercise the masking path


def test_parallel_ingest_matches_one_process(tmp_path, out, monkeypatch):
    import qa_toolkit.store.ingest as ingest_mod

    (out / "calls" / "broken.json").write_text("{not json", encoding="utf-8")
    with Store(tmp_path / "serial.sqlite", workers=1) as serial:
        expected = serial.ingest(out, FLAT)
        expected_calls, expected_hits = serial.calls_frame(), serial.hits_frame()
    # Real worker processes on chunks of two files: the threshold is lowered, not faked.
    monkeypatch.setattr(ingest_mod, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(ingest_mod, "CHUNK_FILES", 2)
    with Store(tmp_path / "parallel.sqlite", workers=2) as parallel:
        result = parallel.ingest(out, FLAT)
        assert result.added == expected.added == 4 and result.errors == expected.errors
        assert len(result.errors) == 1 and "broken.json" in result.errors[0]
        timeless = [c for c in expected_calls.columns if not c.endswith("_at")]
        assert parallel.calls_frame().select(timeless).equals(expected_calls.select(timeless))
        assert parallel.hits_frame().equals(expected_hits)
        again = parallel.ingest(out, FLAT)
        assert (again.added, again.unchanged) == (0, 4)
