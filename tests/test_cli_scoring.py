"""The history commands as a user runs them: ingest, scores, matrix, dispute, export."""

from __future__ import annotations

import json

import openpyxl
import polars as pl
import pytest

from conftest import invoke_cli, run_cli
from history_fixtures import AgentMonth, template_calls, write_history

COMMANDS = [("ingest",), ("scores", "import"), ("matrix",), ("dispute", "open"),
            ("dispute", "resolve"), ("dispute", "list"), ("export",)]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_has_an_example(command):
    result = invoke_cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Example" in result.stdout


@pytest.fixture()
def out(tmp_path):
    plan = {(a, m): AgentMonth([1, 0, 2, 1, 1], 90 if a == "A1" else 70, 90, 80)
            for a in ("A1", "A2") for m in ("2026-10", "2026-11")}
    return write_history(tmp_path / "out", template_calls(), plan, {"A1": "T1", "A2": "T2"})


def cli(db, *args):
    return invoke_cli(*args, "--db", db)


def test_history_workflow(out, tmp_path):
    db = tmp_path / "history.sqlite"
    first = cli(db, "ingest", out)
    assert first.returncode == 0, first.stderr
    assert "20 calls added" in first.stdout
    assert (tmp_path / "history-parquet" / "call_scores.parquet").is_file()
    again = cli(db, "ingest", out)
    assert "0 calls added, 0 updated, 20 unchanged" in again.stdout
    for kind in ("mystery_shopper", "csat", "peer"):
        result = cli(db, "scores", "import", out / f"{kind}.csv", "--kind", kind)
        assert result.returncode == 0 and "4 " in result.stdout, result.stderr

    shown = cli(db, "matrix", "--period", "2026-11", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    agents = {r["agent_id"]: r for r in json.loads(shown.stdout)}
    assert agents["A1"]["rank"] == 1 and agents["A1"]["reserve_cadre"]
    before = agents["A1"]["recording_qa"]

    table = cli(db, "matrix", "--period", "2026-11")
    assert table.returncode == 0 and "A1" in table.stdout and "储备干部候选" in table.stdout
    xlsx = tmp_path / "matrix.xlsx"
    assert cli(db, "matrix", "--period", "2026-11", "--format", "xlsx", "--out",
               xlsx).returncode == 0
    assert openpyxl.load_workbook(xlsx).active.max_row == 3

    call = json.loads((out / "calls" / "A1-2026-11-02.json").read_text(encoding="utf-8"))
    rule = call["hits"][0]["rule_id"]
    opened = invoke_cli("dispute", "open", call["call_id"], rule, "--reason", "said it at 00:03",
                        "--by", "A1", env={"QA_TOOLKIT_DB": str(db)})
    assert opened.returncode == 0, opened.stderr
    assert "dispute #1 opened" in opened.stdout
    listed = cli(db, "dispute", "list", "--status", "open")
    assert "said it at 00:03" in listed.stdout
    resolved = cli(db, "dispute", "resolve", "1", "--accept", "--by", "王质检", "--note", "heard it")
    assert resolved.returncode == 0, resolved.stderr
    assert "accepted" in resolved.stdout
    trail = cli(db, "dispute", "list", "--call", call["call_id"])
    assert "王质检" in trail.stdout and "heard it" in trail.stdout
    after = {r["agent_id"]: r for r in json.loads(
        cli(db, "matrix", "--period", "2026-11", "--format", "json").stdout)}
    assert after["A1"]["recording_qa"] > before

    for fmt in ("csv", "parquet", "xlsx"):
        target = tmp_path / f"hits.{fmt}"
        result = cli(db, "export", "hits", "--by", "rule", "--period", "2026-11",
                     "--format", fmt, "--out", target)
        assert result.returncode == 0, result.stderr
    frame = pl.read_parquet(tmp_path / "hits.parquet")
    assert set(frame["period"]) == {"2026-11"} and frame["calls"].to_list()[0] == 10
    assert pl.read_csv(tmp_path / "hits.csv").height == frame.height


@pytest.mark.parametrize("args, message", [
    (("scores", "import", "nope.csv", "--kind", "csat"), "nope.csv: file not found"),
    (("scores", "import", "nope.csv", "--kind", "mood"), "unknown component kind"),
    (("matrix", "--period", "November"), "period 'November'"),
    (("matrix", "--period", "2026-11", "--format", "xlsx"), "give --out FILE"),
    (("dispute", "open", "ghost", "greeting.missing", "--reason", "x"), "call 'ghost' is not in"),
    (("dispute", "resolve", "9", "--reject", "--by", "qa", "--note", "n"), "no dispute #9"),
    (("export", "calls", "--by", "rule", "--out", "x.csv"), "export hits --by rule"),
    (("export", "hits", "--out", "x.txt"), "unknown export format"),
    (("ingest", "no-such-out"), "not an OUT folder"),
])
def test_errors_are_one_line_with_exit_2(tmp_path, args, message):
    from qa_toolkit.store import Store

    Store(tmp_path / "h.sqlite").close()  # only ingest creates a store; these read one
    result = invoke_cli(*args, "--db", tmp_path / "h.sqlite", cwd=tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_unreadable_call_json_exits_1_and_names_it(out, tmp_path):
    (out / "calls" / "bad.json").write_text("{", encoding="utf-8")
    result = run_cli("ingest", out, "--no-parquet", "--db", tmp_path / "h.sqlite",
                     timeout=300)  # the real console script
    assert result.returncode == 1
    assert "bad.json: not a readable call JSON" in result.stderr
    assert "20 calls added" in result.stdout


def test_typed_text_is_masked_when_stored_and_escaped_when_printed(out, tmp_path):
    """An agent quotes the customer's numbers in a dispute and hides terminal codes in it."""
    import sqlite3

    db = tmp_path / "history.sqlite"
    assert cli(db, "ingest", out).returncode == 0
    call = json.loads((out / "calls" / "A1-2026-11-02.json").read_text(encoding="utf-8"))
    rule = call["hits"][0]["rule_id"]
    card, mobile = "6222021234567894", "13812345678"
    reason = ("客户卡号62220212 嗯 34567894\x1b[2J\r\n#1 accept  fake line\x07")
    opened = cli(db, "dispute", "open", call["call_id"], rule, "--reason", reason,
                 "--by", "A1 手机一三八，嗯，一二三四，五六七八")
    assert opened.returncode == 0, opened.stderr
    decided = cli(db, "dispute", "resolve", "1", "--reject", "--by", f"qa{mobile}",
                  "--note", f"客户手机{mobile[:7]}，{mobile[7:]}")
    assert decided.returncode == 0, decided.stderr
    assert cli(db, "ingest", out).returncode == 0  # rewrites the Parquet copy

    with sqlite3.connect(db) as conn:
        stored = " ".join(str(v) for table in ("disputes", "dispute_events", "overrides")
                          for row in conn.execute(f"SELECT * FROM {table}") for v in row)
    parquet = " ".join(str(v) for name in ("disputes", "dispute_events")
                       for row in pl.read_parquet(tmp_path / "history-parquet"
                                                  / f"{name}.parquet").iter_rows() for v in row)
    listed = cli(db, "dispute", "list")
    trail = cli(db, "dispute", "list", "--call", call["call_id"])
    for text in (stored, parquet, listed.stdout, trail.stdout):
        digits = "".join(c for c in text.translate(str.maketrans("一二三四五六七八", "12345678"))
                         if c.isdigit() or c == "*")
        for number in (card, mobile):
            for i in range(len(number) - 5):
                assert number[i:i + 6] not in digits, (number, text)
    for shown in (listed.stdout, trail.stdout):
        assert "\x1b" not in shown and "\r" not in shown and "\x07" not in shown
        assert "\\x1b[2J" in shown
    # The reason cannot start a line of its own: one line per dispute.
    assert len(listed.stdout.strip().splitlines()) == 1
    assert listed.stdout.startswith("#1 reject")


def test_a_call_id_with_another_recording_is_refused_not_replaced(tmp_path):
    """Issue "Hostile input" #4: `dup` from another recording must not replace A6's call."""
    import sqlite3

    from report_fixtures import make_call

    def write_run(out, agent, input_sha, score, source):
        call = make_call("dup", agent_id=agent, score=score, source=source)
        call["provenance"] = {"input_sha256": input_sha}
        (out / "calls").mkdir(parents=True, exist_ok=True)
        (out / "calls" / "dup.json").write_text(json.dumps(call, ensure_ascii=False),
                                                encoding="utf-8")
        return out

    db = tmp_path / "history.sqlite"
    first = write_run(tmp_path / "night1", "A6", "a" * 64, 85.0, tmp_path / "rec1" / "dup.wav")
    assert cli(db, "ingest", first, "--no-parquet").returncode == 0

    def stored():
        with sqlite3.connect(db) as conn:
            return (conn.execute("SELECT agent_id, input_sha256, source FROM calls").fetchall(),
                    conn.execute("SELECT count(*) FROM hits WHERE call_id = 'dup'").fetchone())

    before = stored()
    assert before[0] == [("A6", "a" * 64, str(tmp_path / "rec1" / "dup.wav"))]

    other = write_run(tmp_path / "night2", "A7", "b" * 64, 70.0, tmp_path / "rec2" / "dup.wav")
    refused = cli(db, "ingest", other, "--no-parquet")
    assert refused.returncode == 1, (refused.stdout, refused.stderr)
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in refused.stderr
    assert "rec1/dup.wav" in lines[0] and "rec2/dup.wav" in lines[0] and "'dup'" in lines[0]
    assert "0 calls added, 0 updated" in refused.stdout
    assert stored() == before

    # The same recording processed again (a new rule pack, another score) still updates.
    rerun = write_run(tmp_path / "night1", "A6", "a" * 64, 60.0, tmp_path / "rec1" / "dup.wav")
    updated = cli(db, "ingest", rerun, "--no-parquet")
    assert updated.returncode == 0, updated.stderr
    assert "0 calls added, 1 updated" in updated.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT pipeline_score FROM calls").fetchone() == (60.0,)


def test_matrix_table_prints_hostile_agent_and_team_escaped(tmp_path):
    """Issue "Hostile input" #9: agent ids and teams come from CRM metadata."""
    agent = "A\x1b[2J1"
    plan = {(agent, "2026-11"): AgentMonth([1, 0, 2, 1, 1], 90, 90, 80)}
    out = write_history(tmp_path / "out", template_calls(), plan, {agent: "T\x1b]0;x\x07"})
    db = tmp_path / "h.sqlite"
    assert cli(db, "ingest", out, "--no-parquet").returncode == 0
    table = cli(db, "matrix", "--period", "2026-11")
    assert table.returncode == 0, table.stderr
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout
    assert "A\\x1b[2J1" in table.stdout
