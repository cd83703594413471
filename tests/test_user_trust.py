"""Issue #16: numbers that explain themselves and mistakes that are never silent.

Each test is named after the numbered item it holds; each failed on the code before the fix.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from conftest import invoke_cli, run_cli, shipped_pack
from qa_toolkit.report import ReportOptions, render_call_page
from qa_toolkit.report.agent_page import build_agent_view
from qa_toolkit.report.audited import AuditedCall
from qa_toolkit.scoring import load_scorecard, score_call, scorecard_from_dict
from qa_toolkit.types import Outcome
from qa_toolkit.types import Call

REAL_CALLS = Path(__file__).parent / "data" / "pipeline_calls"


def rescored(name: str) -> dict:
    """A real call JSON scored with the shipped scorecard as it is now."""
    call = json.loads((REAL_CALLS / f"{name}.json").read_text(encoding="utf-8"))
    score = score_call([Outcome.from_dict(h) for h in call["hits"]], load_scorecard())
    call["score"], call["score_detail"] = score.score, score.to_dict()
    return call


def page_text(doc: str, element_id: str, tag: str = "table") -> str:
    start = doc.index(">", doc.index(f'id="{element_id}"')) + 1
    return html.unescape(re.sub(r"<[^>]+>", " ", doc[start:doc.index(f"</{tag}>", start)]))


# --- item 1: one sentence, one deduction; the total adds up --------------------------------

def test_item1_same_words_are_charged_once_and_the_total_adds_up(tmp_path):
    call = rescored("c07_forbidden_deadair-stereo")
    detail = call["score_detail"]
    # Three forbidden phrases (5 each) are also negative tone on the same words: the tone
    # hits stay, covered, at 0 points; dead air 3. 100 − (15 + 3) = 82, not 72.
    assert call["score"] == 82.0 and detail["deductions"] == 18.0 and detail["hit_points"] == 33.0
    assert [(c["rule_id"], c["covered_by"]) for c in detail["covered"]] == [
        ("emotion.agent_negative", "etiquette.forbidden_phrase")] * 3

    doc = render_call_page(Call.from_dict(call), tmp_path).read_text(encoding="utf-8")
    deducted = float(page_text(doc, "deducted", "dd"))
    assert deducted == 100 - call["score"]
    table = page_text(doc, "deductions")
    assert table.count("已由 服务禁语 扣分") == 3
    steps = " ".join(page_text(doc, "score-steps").split())
    for line in ("起始分 100", "各违规项扣分之和 −33", "免扣：坐席语气生硬或消极 已由 服务禁语 扣分 ×3 +15",
                 "扣分合计 −18", "得分 82"):
        assert line in steps, (line, steps)


def test_item1_a_clean_call_shows_no_minus_zero(tmp_path):
    """Nothing taken off reads +0 in every step, never +-0 (a −0.0 printed after its sign)."""
    call = rescored("c01_clean-stereo")
    score = score_call([], load_scorecard())
    call["hits"], call["score"], call["score_detail"] = [], score.score, score.to_dict()
    assert call["score"] == 100.0 and call["score_detail"]["deductions"] == 0.0
    steps = " ".join(page_text(render_call_page(Call.from_dict(call), tmp_path)
                               .read_text(encoding="utf-8"), "score-steps").split())
    assert "扣分合计 +0" in steps and "各违规项扣分之和 +0" in steps and "-0" not in steps, steps


def test_item1_a_late_greeting_costs_once():
    call = rescored("c10_missing_greeting-stereo")
    assert call["score"] == 95.0
    assert [c["covered_by"] for c in call["score_detail"]["covered"]] == ["greeting.missing"]


def test_item1_a_whole_call_rate_does_not_cover_a_phrase_inside_it():
    call = rescored("c06_interrupt_jargon-stereo")
    assert call["score_detail"]["covered"] == [] and call["score"] == 90.0


def test_item1_caps_and_red_lines_are_in_score_detail_and_on_the_page(tmp_path):
    card = scorecard_from_dict({"category_caps": {"etiquette": 4}, "red_line": ["risk.x"],
                                "overlap": "max"})
    hits = [Outcome("etiquette.jargon", "hit", "minor", 3, "m", 10 * i, 10 * i + 1, "agent")
            for i in range(3)]
    score = score_call(hits, card)
    assert score.caps == [{"scope": "category", "id": "etiquette", "points": 9.0, "max": 4.0}]
    assert score.score == 96.0 and score.red_lines == []
    red = score_call([*hits, Outcome("risk.x", "hit", "critical", 10, "m", 50, 51, "agent")],
                     card)
    assert red.score == 0.0 and red.red_lines == ["risk.x"]

    call = rescored("c07_forbidden_deadair-stereo")
    call["score"], call["score_detail"] = red.score, red.to_dict()
    steps = " ".join(page_text(render_call_page(Call.from_dict(call), tmp_path).read_text(encoding="utf-8"),
                               "score-steps").split())
    assert "类别封顶：etiquette 类最多扣 4 分 +5" in steps
    assert "触犯红线，本通得分记为最低分：risk.x" in steps


def test_item1_the_agent_page_counts_one_coaching_topic_for_one_sentence():
    call = Call.from_dict(rescored("c07_forbidden_deadair-stereo"))
    view = build_agent_view("A1003", [AuditedCall.of(call)],
                            coaching=load_scorecard().coaching)
    topics = {i.rule_id: i.count for i in view.issues}
    assert topics.get("etiquette.forbidden_phrase") == 3
    assert "emotion.agent_negative" not in topics


# --- item 4: a --db that does not exist is an error, not a fresh empty store ----------------

def test_item4_commands_that_read_the_store_never_create_one(tmp_path):
    missing = tmp_path / "typo.sqlite"
    scores = tmp_path / "csat.csv"
    scores.write_text("agent_id,period,score\nA1,2026-11,90\n", encoding="utf-8")
    for args in (("matrix", "--period", "2026-11"),
                 ("export", "hits", "--out", tmp_path / "hits.csv"),
                 ("dispute", "list"),
                 ("scores", "import", scores, "--kind", "csat")):
        result = run_cli(*args, "--db", missing, timeout=120)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stderr.count("\n") == 1 and "typo.sqlite: no history database" in \
            result.stderr, result.stderr
        assert not missing.exists() and not (tmp_path / "hits.csv").exists()


# --- item 6: status says "failed" with its exit code ----------------------------------------

def test_item6_status_exits_1_when_a_call_failed(tmp_path):
    from qa_toolkit.runner.batch import LEDGER_NAME
    from qa_toolkit.runner.ledger import Ledger

    ledger = Ledger(tmp_path / LEDGER_NAME)
    for call_id in ("ok", "bad"):
        ledger.queue(call_id, f"{call_id}.wav")
    ledger.mark_done("ok", "fp", 60.0, 6.0)
    ledger.mark_failed("bad", "decode", "not a readable audio file", 0.1)
    ledger.close()
    result = invoke_cli("status", tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "failed bad [decode]" in result.stdout


# --- item 5: one metadata format; a misspelt column is named ---------------------------------

def test_item5_a_misspelt_column_is_named_with_the_known_one(tmp_path, caplog):
    from qa_toolkit.runner.plan import plan

    (tmp_path / "c1.wav").write_bytes(b"")
    meta = tmp_path / "meta.csv"
    meta.write_text("call_id,file,agnet_id,team\nc1,c1.wav,A7,T\n", encoding="utf-8")
    with caplog.at_level("WARNING"):
        items = plan([], meta)
    assert [i.meta.call_id for i in items] == ["c1"]
    assert any("unknown column 'agnet_id', did you mean 'agent_id'" in r.getMessage()
               and "meta.csv" in r.getMessage() for r in caplog.records), caplog.text


def test_item5_sample_reads_the_run_metadata_csv(tmp_path, samples_dir):
    out = tmp_path / "sample.csv"
    result = invoke_cli("sample", samples_dir / "metadata.csv", "--out", out, "--n", "3",
                        "--seed", "1")
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("call_id,file,agent_id,team,started_at,business_type")
    assert "tags" not in lines[0]  # optional columns the input lacks are not invented
    assert len(lines) == 4 and all((out.parent / line.split(",")[1]).is_file()
                                   for line in lines[1:])
    missing = tmp_path / "no_agent.csv"
    missing.write_text("call_id,file,agnet_id,started_at\nc1,a.wav,A1,2026-11-02\n",
                       encoding="utf-8")
    result = invoke_cli("sample", missing, "--out", tmp_path / "s2.csv", "--n", "1")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "missing column(s) agent_id (found 'agnet_id'?)" in result.stderr, result.stderr


# --- item 13: exports a regulator can read --------------------------------------------------

def _store_with(tmp_path, agent_id: str = "A1"):
    from history_fixtures import FLAT_SCORECARD, built_call
    from qa_toolkit.store import Store

    out = tmp_path / "out"
    (out / "calls").mkdir(parents=True)
    hits = [Outcome("greeting.missing", "hit", "major", 5, "m", 1.0, 2.0, "agent", "e"),
            Outcome("flow.out_of_order", "hit", "minor", 1, "m", 30.0, 31.0, "agent", "e")]
    for call in (built_call("c1", hits, agent_id, "T1", "2026-11-02T09:00:00+08:00"),
                 built_call("c2", [], agent_id, "T1", "2026-11-03T09:00:00+08:00")):
        (out / "calls" / f"{call.call_id}.json").write_text(
            json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "h.sqlite"
    with Store(db) as store:
        store.ingest(out, scorecard_from_dict(FLAT_SCORECARD))
    return db


def test_item13_exports_name_rules_format_rates_and_sheets(tmp_path):
    from openpyxl import load_workbook

    db = _store_with(tmp_path)
    target = tmp_path / "hits.xlsx"
    result = invoke_cli("export", "hits", "--by", "rule", "--period", "2026-11", "--out", target,
                        "--db", db)
    assert result.returncode == 0, result.stderr
    book = load_workbook(target)
    assert book.sheetnames == ["rule hits by rule 2026-11"]
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["rule_id", "rule_title_zh", "rule_title_en", "severity"]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    greeting = rows["greeting.missing"]
    assert [c.value for c in greeting[1:4]] == ["缺少开场问候", "Greeting missing", "major"]
    share = greeting[header.index("share_of_calls_hit")]
    assert share.value == 0.5 and share.number_format == "0.0%"
    assert rows["flow.out_of_order"][1].value == "服务流程顺序颠倒"


# --- issue #21 items 6 and 7: hostile metadata ------------------------------------------------

def test_hostile_metadata_control_characters_never_break_an_export(tmp_path):
    from openpyxl import load_workbook

    db = _store_with(tmp_path, agent_id="A\x01B")  # as an older store may already hold
    for what in ("calls", "agents", "hits"):
        for suffix in ("csv", "parquet", "xlsx"):
            target = tmp_path / f"{what}.{suffix}"
            result = invoke_cli("export", what, "--out", target, "--db", db)
            assert result.returncode == 0, (what, suffix, result.stderr)
        cells = [c.value for row in load_workbook(tmp_path / f"{what}.xlsx").active.iter_rows()
                 for c in row]
        assert "AB" in cells and not any("\x01" in str(c) for c in cells)


def test_hostile_metadata_cells_are_cleaned_on_the_way_in(tmp_path):
    from qa_toolkit.runner.plan import plan

    (tmp_path / "c1.wav").write_bytes(b"")
    meta = tmp_path / "meta.csv"
    meta.write_text("call_id,file,agent_id,team\nc1,c1.wav,A\x01B,T\x1b[2J\n", encoding="utf-8")
    (item,) = plan([], meta)
    assert (item.meta.agent_id, item.meta.team) == ("AB", "T[2J")


def test_hostile_metadata_a_row_with_too_many_fields_is_one_line_and_the_rest_go_on(
        tmp_path, caplog):
    from qa_toolkit.runner.plan import plan

    for name in ("c1", "c2", "c3"):
        (tmp_path / f"{name}.wav").write_bytes(b"")
    meta = tmp_path / "meta.csv"
    meta.write_text("call_id,file,agent_id,team\nc1,c1.wav,A1,T\nc2,c2.wav,A2,一线A组,夜班\n"
                    "c3,c3.wav,A3,T\n", encoding="utf-8")
    with caplog.at_level("ERROR"):
        items = plan([tmp_path], meta)
    assert [(i.meta.call_id, i.meta.agent_id) for i in items] == [("c1", "A1"), ("c3", "A3")]
    (line,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert "meta.csv: line 3: 5 fields for 4 columns" in line


# --- item 2: no pay outcome from partial data; one conversation counts once ------------------

def test_item2_outcomes_need_the_weight_and_copies_count_once(tmp_path):
    from history_fixtures import FLAT_SCORECARD, built_call
    from qa_toolkit.matrix import load_matrix_config, matrix
    from qa_toolkit.store import Store

    out = tmp_path / "out"
    (out / "calls").mkdir(parents=True)
    five = [Outcome("etiquette.jargon", "hit", "minor", 5, "m", t, t + 1, "agent", "e")
            for t in range(0, 50, 10)]
    for agent in ("QA_ONLY", "WITH_MS"):
        for day in range(1, 7):
            started = f"2026-11-{day:02d}T09:00:00+08:00"
            for copy in ("stereo", "mono"):  # the same conversation, recorded twice
                call = built_call(f"{agent}-{day}-{copy}", five, agent, "T1", started)
                (out / "calls" / f"{call.call_id}.json").write_text(
                    json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "ms.csv").write_text("agent_id,period,score\nWITH_MS,2026-11,70\n",
                                     encoding="utf-8")
    with Store(tmp_path / "h.sqlite") as store:
        store.ingest(out, scorecard_from_dict(FLAT_SCORECARD))
        store.import_components(tmp_path / "ms.csv", "mystery_shopper")
        rows = {r["agent_id"]: r for r in
                matrix(store, "2026-11", load_matrix_config()).iter_rows(named=True)}
    qa_only, with_ms = rows["QA_ONLY"], rows["WITH_MS"]
    assert qa_only["calls"] == 6 and qa_only["duplicate_calls"] == 6
    # Recording QA alone is 30% of the weight: no warning and no cadre list from it.
    assert qa_only["weight_present"] == 0.3
    assert not qa_only["warning"] and not qa_only["reserve_cadre"] and qa_only["outcomes"] == ""
    assert "口头警告 (30% of the weight present < 70%)" in qa_only["withheld"]
    # With the mystery shopper, 70% is present: the warning stands and says what it lacks.
    assert with_ms["weight_present"] == 0.7 and with_ms["warning"]
    assert "口头警告 [missing: csat,peer]" in with_ms["outcomes"]


# --- item 7: verify from anywhere, and a hand-edited score is caught --------------------------

def _runner_call(tmp_path, monkeypatch) -> Path:
    """A call JSON as `qa-toolkit run rec/… --out out` writes it, started in tmp_path."""
    import shutil

    from qa_toolkit.provenance import build_provenance
    from test_provenance import CONFIG, RECORDING, _call_from_truth

    (tmp_path / "rec").mkdir()
    shutil.copyfile(RECORDING, tmp_path / "rec" / RECORDING.name)
    monkeypatch.chdir(tmp_path)
    given = Path("rec") / RECORDING.name  # relative to where the run was started
    pack, card = shipped_pack("bank_zh"), load_scorecard()
    call = _call_from_truth(str(given.resolve()))
    call.rule_pack = {"id": pack.id, "version": str(pack.version), "sha256": pack.sha256}
    outcomes = pack.evaluate(call)
    call.hits = [o for o in outcomes if o.status == "hit"]
    call.review = [o for o in outcomes if o.status == "review"]
    call.score = score_call(outcomes, card)
    call.provenance = build_provenance(given, "whisper-base", pack, CONFIG)
    path = tmp_path / "out" / "calls" / f"{call.call_id}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    return path


def test_item7_verify_from_another_folder_and_an_edited_score(tmp_path, monkeypatch):
    path = _runner_call(tmp_path, monkeypatch)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = invoke_cli("verify", path, cwd=elsewhere)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "input file sha256 matches" in result.stdout and "score 92 re-derived" in \
        result.stdout, result.stdout

    data = json.loads(path.read_text(encoding="utf-8"))
    data["score"] = 100.0  # hits unchanged
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = invoke_cli("verify", path, cwd=elsewhere)
    assert result.returncode == 1
    assert "mismatch: score 100 in the JSON, 92 from its hits" in result.stdout, result.stdout


# --- item 3: one speech-rate definition for the metrics and the rule ------------------------

def test_item3_rules_explain_quotes_the_metrics_speech_rate():
    call = REAL_CALLS / "c11_fast_agent-stereo.json"
    metric = json.loads(call.read_text(encoding="utf-8"))["metrics"]["roles"]["agent"]
    result = invoke_cli("rules", "explain", "etiquette.speech_rate", "--call", call)
    assert result.returncode == 0, result.stderr
    quoted = re.search(r"agent speaks (\d+) chars/min", result.stdout)
    assert quoted, result.stdout
    assert int(quoted.group(1)) == round(metric["speech_rate"]), (result.stdout, metric)


# --- item 8: a model that is not here is one line, and nothing is written -------------------

def test_item8_a_missing_model_is_one_line_and_writes_nothing(tmp_path, samples_dir):
    recording = samples_dir / "stereo" / "c01_clean-stereo.ogg"
    for name in ("whisper-small", "large-v1"):  # a wrong name; a real one not cached
        out = tmp_path / name
        result = invoke_cli("run", recording, "--model", name, "--out", out, "--quiet")
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert f"model '{name}' is not available offline (available: whisper-base" in \
            result.stderr and "qa-toolkit models" in result.stderr and "--allow-download" in \
            result.stderr, result.stderr
        assert not out.exists()


# --- item 9: every error once, on one line --------------------------------------------------

def test_item9_a_failed_recording_is_reported_once_even_quiet(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"junk" * 100)
    for quiet in ((), ("--quiet",)):
        result = run_cli("run", bad, "--out", tmp_path / f"out{len(quiet)}", *quiet,
                         timeout=300)
        assert result.returncode == 3, result.stderr
        lines = [line for line in result.stderr.splitlines() if "bad.wav" in line]
        assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr


def test_a_run_reports_its_own_failures_and_the_folder_keeps_all(tmp_path):
    """Night two writes into night one's folder: its stderr names night two's bad file only,
    while errors.csv (the folder's ledger) still lists both."""
    for night in ("one", "two"):
        (tmp_path / night).mkdir()
        (tmp_path / night / f"bad_{night}.wav").write_bytes(b"junk" * 100)
    run_cli("run", tmp_path / "one", "--out", tmp_path / "out", "--quiet", timeout=300)
    result = run_cli("run", tmp_path / "two", "--out", tmp_path / "out", "--quiet", timeout=300)
    assert result.returncode == 3, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "bad_two.wav" in errors[0], result.stderr
    listed = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8-sig")
    assert "bad_one.wav" in listed and "bad_two.wav" in listed


def test_item9_bad_and_unknown_options_are_one_line_exit_2(tmp_path):
    for args, needle in ((("run", tmp_path, "--workers", "zero"), "Invalid value for '--workers'"),
                         (("run", tmp_path, "--bogus"), "No such option: --bogus"),
                         (("status",), "Missing argument 'out'")):
        result = run_cli(*args, timeout=120)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ") and \
            needle in result.stderr and "╭" not in result.stderr, result.stderr


# --- item 10: a run folder that plays wherever it is copied ---------------------------------

def test_item10_a_moved_run_folder_plays_its_audio_and_says_when_it_is_gone(tmp_path,
                                                                            samples_dir):
    import shutil
    from urllib.parse import unquote

    start = tmp_path / "night"
    (start / "rec").mkdir(parents=True)
    shutil.copyfile(samples_dir / "stereo" / "c11_fast_agent-stereo.ogg",
                    start / "rec" / "c11.ogg")
    result = run_cli("run", "rec/c11.ogg", "--out", "out", "--quiet", "--workers", "1",
                     cwd=start, timeout=900)
    assert result.returncode == 0, result.stderr
    bundled = start / "out" / "audio" / "c11.ogg"
    assert bundled.stat().st_ino == (start / "rec" / "c11.ogg").stat().st_ino  # hard link

    share = tmp_path / "share" / "qa-2026-11-03"
    shutil.move(start / "out", share)
    shutil.rmtree(start)  # the recordings are not on the other machine
    page = share / "calls" / "c11.html"
    src = re.search(r'<source src="([^"]+)"', page.read_text(encoding="utf-8")).group(1)
    assert src == "../audio/c11.ogg" and (page.parent / unquote(src)).is_file()
    verified = run_cli("verify", share, cwd=tmp_path, timeout=300)
    assert "input file sha256 matches" in verified.stdout, verified.stdout

    (share / "audio" / "c11.ogg").unlink()
    assert run_cli("report", share, timeout=300).returncode == 0
    doc = page.read_text(encoding="utf-8")
    assert "<audio" not in doc and "录音文件不在此处，无法播放：c11.ogg" in doc


# --- item 11: each page in one language ------------------------------------------------------

CJK = re.compile(r"[\u3400-\u9fff]")
ENGLISH_WORD = re.compile(r"\b(?!XXXX\b)[A-Za-z]{3,}\b")
"""An English word on a Chinese page (XXXX is the pack's staff-number placeholder)."""


def _visible(fragment: str) -> str:
    fragment = re.sub(r"<code[^>]*>.*?</code>", " ", fragment, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def _ui_and_findings(doc: str) -> tuple[list[str], list[str], list[str]]:
    """(interface texts, rule messages, evidence and reasons) of a call page."""
    ui = re.findall(r"<(?:h2|th|dt)[^>]*>(.*?)</(?:h2|th|dt)>", doc, re.S)
    ui += re.findall(r'<div class="legend">(.*?)</div>', doc, re.S)
    ui += [m for m in re.findall(r'<table id="score-steps"[^>]*>(.*?)</table>', doc, re.S)]
    messages, evidence = [], []
    for table in ("deductions", "review"):
        body = re.search(rf'<table id="{table}">(.*?)</table>', doc, re.S)
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1) if body else "", re.S):
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
            if table == "deductions" and len(cells) == 8:
                ui.append(cells[1])
                messages.append(cells[5])
                evidence.append(cells[6])
            elif table == "review" and len(cells) == 5:
                ui.append(cells[1])
                evidence += [cells[2], cells[4]]
                messages.append(cells[3])
    return [_visible(t) for t in ui], [_visible(t) for t in messages], \
        [_visible(t) for t in evidence]


def test_item11_every_page_string_is_in_the_page_language(tmp_path):
    pages = 0
    for path in sorted(REAL_CALLS.glob("*.json")):
        call = rescored(path.stem)
        for lang in ("zh", "en"):
            doc = render_call_page(Call.from_dict(call), tmp_path / lang, ReportOptions(lang=lang)).read_text(
                encoding="utf-8")
            ui, messages, evidence = _ui_and_findings(doc)
            if lang == "zh":
                wrong = [t for t in ui + messages + evidence if ENGLISH_WORD.search(t)]
            else:  # evidence quotes the (Chinese) transcript; everything else is English
                wrong = [t for t in ui + messages if CJK.search(t)]
            assert not wrong, (path.stem, lang, wrong[:3])
            pages += 1
    assert pages == 24
    for rule in shipped_pack("bank_zh").rules:  # every rule has a title in both languages
        assert {"zh", "en"} <= rule.spec.title.keys(), rule.spec.id


QUOTED = re.compile(r"「[^」]*」|【[^】]*】")
CODE = re.compile(r"[\w/.:-]*[._/][\w/.:-]*")
"""Identifiers a disputing agent can look up (a KB entry, rules/bank_zh.kb.yaml:16)."""


def test_item11_every_rule_examples_evidence_reads_in_chinese(tmp_path):
    """The 24 real pages do not carry every finding; the rules' own examples do (a hang-up, a
    handling time, a wrong KB figure, a garbled step...): each hit's and review's evidence
    and reason, as a Chinese page shows them, holds no English word outside transcript quotes
    and identifiers, and names a step by a wording, never as intent:NAME."""
    from qa_toolkit.report.evidence import localise_evidence
    from qa_toolkit.report.i18n import business_labeller
    from qa_toolkit.rules.examples import example_call, run_examples
    from qa_toolkit.rules.pack import iter_examples

    pack = shipped_pack("bank_zh")
    business = business_labeller(pack.business_type_titles("zh"))
    shown, wrong = 0, []
    for result in run_examples(pack):
        for outcome in result.outcomes:
            if outcome.status not in ("hit", "review"):
                continue
            for text in (outcome.evidence, outcome.reason):
                zh = localise_evidence(text or "", "zh", business)
                left = CODE.sub(" ", QUOTED.sub(" ", zh))
                if ENGLISH_WORD.search(left) or "intent:" in zh:
                    wrong.append((result.case_id, zh))
                shown += bool(text)
    assert shown > 60 and not wrong, wrong[:5]
    # The page itself: a call typed by its content shows the type's title, not its key.
    short = next(r for r in run_examples(pack, "handling.time_standard")
                 if r.case_id.endswith("transfer_too_short"))
    case = next(c for spec, _, c in iter_examples(pack) if f"{spec.id}_{c['name']}" == short.case_id)
    call = example_call(case, "zh", call_id="short_transfer")
    call.rule_pack = {"id": "bank_zh"}
    call.hits = [o for o in short.outcomes if o.status == "hit"]
    doc = render_call_page(call, tmp_path, ReportOptions(lang="zh")).read_text(encoding="utf-8")
    title = pack.business_type_titles("zh")["transfer"]
    assert f"{title}类通话（依据通话内容，" in doc and "transfer call" not in doc


# --- item 12: coverage is named after the step done -----------------------------------------

def test_item12_coverage_columns_name_the_step_done_and_the_rule_filter_says_rules(tmp_path):
    from qa_toolkit.report import render_index
    from report_fixtures import make_call

    calls = [make_call("c1", started_at="2026-11-02T10:00:00"),
             make_call("c2", started_at="2026-11-05T10:00:00")]
    for lang, verified, staff_id, filter_rules in (
            ("zh", "身份核验完成率", "报工号完成率", "筛选规则…"),
            ("en", "Identity verified", "Staff ID given", "Filter rules…")):
        render_index(tmp_path / lang, [Call.from_dict(c) for c in calls], [], ReportOptions(lang=lang))
        doc = (tmp_path / lang / "compliance.html").read_text(encoding="utf-8")
        header = doc[doc.index('<table id="coverage"'):doc.index("</thead>")]
        columns = [html.unescape(c) for c in re.findall(r'title="[^"]+">([^<]+)</th>', header)]
        assert verified in columns and staff_id in columns, columns
        assert "未做身份核验" not in columns and "Identity not verified" not in columns
        search = re.search(r'data-filter="rule-stats" placeholder="([^"]+)"', doc).group(1)
        assert html.unescape(search) == filter_rules


# --- item 14: help that says what it means ----------------------------------------------------

def _help_text(*command: str) -> str:
    result = invoke_cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.replace("│", " ").split())


def test_item14_run_help_keeps_extras_and_the_whole_metadata_column_list():
    text = _help_text("run")
    assert "pip install 'qa-toolkit[ray]'" in text, text
    columns = "call_id, file, agent_id, team, started_at, business_type, customer_tier, " \
              "agent_channel"
    assert columns in text, text


def test_item14_help_examples_name_calls_that_exist_in_samples(samples_dir):
    stems = {p.stem for p in samples_dir.rglob("*.ogg")}
    examples = " ".join(_help_text(*c) for c in (("dispute",), ("dispute", "open"),
                                                   ("rules", "explain"), ("verify",),
                                                   ("sample",)))
    named = set(re.findall(r"\b(c\d\d[\w-]*?)(?:\.json\b|\s)", examples))
    assert named and named <= stems, named - stems
    for path in re.findall(r"\b(samples/[\w./-]+)", examples):
        assert (samples_dir.parent / path).exists(), path


def test_a_hold_with_music_reads_in_chinese():
    # The hold rule says "with music" when the gap was loud with nobody speaking; a zh page
    # must not leave that in English.
    from qa_toolkit.report.evidence import localise_evidence
    from qa_toolkit.rules.examples import example_call

    pack = shipped_pack("bank_zh")
    call = example_call({"metrics": {"silences": [{"start": 21.5, "end": 36.5, "sound_db": 17.0}]},
                         "turns": [["agent", 20.0, 21.5, "好的。"],
                                   ["agent", 36.5, 42.0, "您这张存单已经自动转存了。"]]})
    (hit,) = [o for o in pack.evaluate(call) if o.rule_id == "hold.no_notice" and o.status == "hit"]
    assert "with music" in hit.evidence
    shown = localise_evidence(hit.evidence, "zh")
    # The example quoted is a wording an agent can read, not the pack's intent name.
    assert "播放等待音乐" in shown and "intent:" not in shown and not ENGLISH_WORD.search(shown), shown
    # An intent match's similarity reads in Chinese too.
    step = localise_evidence("「我想汇一笔美元过去」 (intent big_money, similarity 0.54)", "zh")
    assert "相似度 0.54" in step and "intent" not in step, step
