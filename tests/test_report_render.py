"""HTML audit pages rendered from call JSON: content, masking, escaping, links, languages."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
from pathlib import Path

import polars as pl
import pytest
import soundfile as sf
from markupsafe import escape

from conftest import invoke_cli, run_cli
from qa_toolkit.report import ReportOptions, render_call_page, render_index, render_out_dir
from qa_toolkit.report.i18n import CATALOGUE, FLAG_LABELS
from qa_toolkit.report.names import page_name
from report_fixtures import CARD, FORMULA_AGENT, MASKED_CARD, SCRIPT, make_call, write_wav
from qa_toolkit.types import Call

MAX_CALL_PAGE_BYTES = 300 * 1024
ROOT = Path(__file__).resolve().parents[1]
REAL_CALLS = Path(__file__).parent / "data" / "pipeline_calls"


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _marks(doc: str) -> list[tuple[str, str]]:
    """``(data-seek, text)`` of every highlighted stretch of the transcript."""
    return [(seek, html.unescape(text)) for seek, text in
            re.findall(r'<mark [^>]*data-seek="([^"]*)"[^>]*>(.*?)</mark>', doc)]


def _data(doc: str, script_id: str) -> list:
    """The JSON rows a page carries for its script (big call lists)."""
    return json.loads(re.search(rf'<script type="application/json" id="{script_id}">(.*?)'
                                r"</script>", doc, re.S).group(1))


def test_call_page_shows_header_hits_in_place_and_review(tmp_path):
    call = make_call(source=write_wav(tmp_path / "rec" / "c001.wav"))
    doc = _text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions()))

    assert '<html lang="zh-CN">' in doc
    for fact in ("c001", "A01", "一线一组", "2026-11-03T09:30:00", "0:40", "bank_zh", "1.2.0",
                 "whisper-base"):
        assert fact in doc
    forbidden = next(h for h in call["hits"] if h["rule_id"] == "etiquette.forbidden_phrase")
    # The highlight covers exactly the words inside the hit's time and seeks to its start.
    assert (str(forbidden["start"]), "你自己去网点办") in _marks(doc)
    # The missing staff id has no time: it is listed, not highlighted.
    unplaced = doc[doc.index('id="unplaced"'):]
    assert "未报工号" in unplaced[:unplaced.index("</ul>")]
    review = doc[doc.index('<table id="review"'):]
    review = review[:review.index("</table>")]
    assert "客户负面情绪" in review and "词置信度低" in review
    deductions = doc[doc.index('<table id="deductions"'):]
    deductions = deductions[:deductions.index("</table>")]
    assert deductions.count("<tr id=\"hit-") == 2 and "−10" in deductions
    assert "emotion.customer_negative" not in deductions


def test_a_hit_starting_just_before_its_partys_turn_is_marked_there_not_listed_untimed(tmp_path):
    # An interruption's overlap, 8.2-8.5 s, went to the customer's side of the mono mix and the
    # agent's turn starts as it ends: it has a time, so it belongs beside that turn, not under
    # "findings without a time".
    call = make_call(review=False)
    call["hits"].append({"rule_id": "etiquette.interruption", "status": "hit", "severity": "minor",
                         "points": 2.0, "message": "打断客户", "start": 8.2, "end": 8.5,
                         "role": "agent", "evidence": "00:08.2–00:08.5 坐席在客户讲话时开口"})
    doc = _text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions()))
    unplaced = doc[doc.index('id="unplaced"'):]
    unplaced = unplaced[:unplaced.index("</ul>")]
    assert "未报工号" in unplaced and "interruption" not in unplaced and "打断" not in unplaced


def test_card_numbers_are_masked_in_transcript_and_evidence(tmp_path):
    call = make_call()
    # Whisper split the number over five words; the evidence repeats it whole.
    assert CARD in json.dumps(call, ensure_ascii=False)
    doc = _text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions()))
    digits_only = re.sub(r"<[^>]+>", "", doc)
    assert CARD not in digits_only
    assert "2123" not in digits_only and "4567" not in digits_only
    assert digits_only.count(MASKED_CARD) == 2  # the customer's turn and the evidence


def test_hostile_text_is_escaped(tmp_path):
    call = make_call(hostile=True)
    out = tmp_path / "out"
    call_page = _text(render_call_page(Call.from_dict(call), out, ReportOptions()))
    render_index(out, [Call.from_dict(c) for c in [call]], [{"file": "bad<img src=x onerror=alert(2)>.wav",
                                "stage": "decode", "reason": SCRIPT}], ReportOptions())
    agent_page = out / "agents" / f"{page_name(FORMULA_AGENT)}.html"
    assert agent_page.is_file() and agent_page.parent == out / "agents"
    for doc in (call_page, _text(out / "index.html"), _text(agent_page)):
        assert "<script>alert" not in doc and "<img src=x" not in doc
        # One executable script, the report's own; the others are JSON data blocks.
        assert len(re.findall(r"<script>", doc)) == 1
        assert len(re.findall(r"<script\b", doc)) == 1 + doc.count(
            '<script type="application/json"')
        assert str(escape(FORMULA_AGENT)) in doc
    assert str(escape(SCRIPT)) in call_page


def test_content_security_policy_allows_exactly_the_inline_script(tmp_path):
    doc = _text(render_call_page(Call.from_dict(make_call()), tmp_path, ReportOptions()))
    script = re.search(r"<script>(.*?)</script>", doc, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', doc).group(1)
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert directives["default-src"] == "'none'"
    assert not re.search(r"(src|href)=\"(https?:)?//", doc), "external resource referenced"


def test_audio_link_is_relative_to_the_page(tmp_path):
    recording = write_wav(tmp_path / "recordings" / "day 1" / "c001.wav")
    page = render_call_page(Call.from_dict(make_call(source=recording)), tmp_path / "out", ReportOptions())
    src = html.unescape(re.search(r'<source src="([^"]+)"', _text(page)).group(1))
    assert not src.startswith(("/", "file:"))
    from urllib.parse import unquote
    assert (page.parent / unquote(src)).resolve() == recording.resolve()


def test_embedded_audio_is_compressed_and_decodes(tmp_path):
    recording = write_wav(tmp_path / "c001.wav", seconds=40.0)
    page = render_call_page(Call.from_dict(make_call(source=recording)), tmp_path / "out",
                            ReportOptions(embed_audio=True))
    src = re.search(r'<source src="data:audio/ogg;base64,([^"]+)"', _text(page)).group(1)
    payload = base64.b64decode(src)
    assert len(payload) < recording.stat().st_size / 2
    data, rate = sf.read(io.BytesIO(payload))
    assert abs(len(data) / rate - 40.0) < 0.1 and data.shape[1] == 2


def test_call_page_stays_small_without_audio(tmp_path):
    calls = [make_call(repeat=60)]  # a 12-minute call, 120 turns, 61 findings
    calls += [json.loads(p.read_text(encoding="utf-8"))
              for p in sorted(REAL_CALLS.glob("*.json"))[:5]]
    for call in calls:
        page = render_call_page(Call.from_dict(call), tmp_path, ReportOptions())
        assert page.stat().st_size < MAX_CALL_PAGE_BYTES, (call["call_id"],
                                                           page.stat().st_size)


def test_minimal_call_dict_renders(tmp_path):
    call = {"call_id": "bare", "source": "", "turns": [
        {"speaker": "S0", "role": "agent", "start": 0.0, "end": 2.0, "text": "您好"}],
        "hits": [{"rule_id": "closing.missing", "severity": "minor", "points": 5,
                  "start": None, "end": None, "role": "agent", "evidence": "",
                  "message": "缺少结束语"}], "score": 95}
    doc = _text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions(lang="en")))
    # No pack named: the rule is shown by its id.
    assert "closing.missing" in doc and "您好" in doc and "The recording is not here" in doc
    call["rule_pack"] = {"id": "bank_zh"}
    doc = _text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions(lang="en")))
    assert "Closing missing" in doc


def test_rules_are_named_by_the_pack_the_call_was_judged_with(tmp_path, caplog):
    """A site's pack names its own rules (title: {zh, en}) on pages and exports: the pack
    each call records (its path while the file is there, else its id in rules/); a pack
    that cannot be found leaves the rule's id, never a wrong name."""
    pack = tmp_path / "my_bank.yaml"
    pack.write_text(f"id: my_bank\nversion: '1'\nextends: {ROOT / 'rules' / 'bank_zh.yaml'}\n"
                    "rules:\n  - id: closing.missing\n    title: {zh: 没有道别, en: No goodbye}\n"
                    "  - id: custom.slang\n    type: phrase_forbidden\n    title: 口头禅\n"
                    "    message: 坐席使用口头禅\n    severity: minor\n    points: 1\n"
                    "    phrases: [那个啥]\n    examples:\n      pass:\n        - name: ok\n"
                    "          turns: [[agent, 0, 1, 好的]]\n      fail:\n        - name: slang\n"
                    "          turns: [[agent, 0, 1, 那个啥我看看]]\n", encoding="utf-8")
    hits = [{"rule_id": rid, "severity": "minor", "points": 1, "start": 1.0, "end": 2.0,
             "role": "agent", "evidence": "", "message": "m"}
            for rid in ("closing.missing", "custom.slang", "greeting.missing")]
    call = {"call_id": "mine", "source": "", "hits": hits, "score": 97,
            "rule_pack": {"id": "my_bank"},
            "provenance": {"rule_pack": {"id": "my_bank", "path": str(pack)}},
            "turns": [{"speaker": "S0", "role": "agent", "start": 0.0, "end": 2.0, "text": "您好"}]}
    for lang, names in (("en", ["No goodbye", "口头禅", "Greeting missing"]),
                        ("zh", ["没有道别", "口头禅", "缺少开场问候"])):
        doc = _text(render_call_page(Call.from_dict(call), tmp_path / lang, ReportOptions(lang=lang)))
        assert all(name in doc for name in names), (lang, names)
    pack.unlink()  # the pack is gone and rules/ has no my_bank: ids, not bank_zh's names
    for _ in range(3):  # one page each: the missing pack is reported once, not per page
        doc = _text(render_call_page(Call.from_dict(call), tmp_path / "gone",
                                     ReportOptions(lang="en")))
    assert "custom.slang" in doc and "closing.missing" in doc and "Closing missing" not in doc
    assert [r.getMessage() for r in caplog.records if "not found" in r.getMessage()] == \
        ["rule pack my_bank not found: its rules are shown by id"]


def test_business_type_is_named_by_the_pack(tmp_path):
    """The call page names the business type as the pack titles it (银行卡 / Card, not the
    metadata key card); a type the pack does not name shows as the metadata gave it."""
    call = {"call_id": "typed", "source": "", "hits": [], "score": 100, "business_type": "card",
            "rule_pack": {"id": "bank_zh"},
            "turns": [{"speaker": "S0", "role": "agent", "start": 0.0, "end": 2.0, "text": "您好"}]}

    def business(lang: str) -> str:
        doc = render_call_page(Call.from_dict(call), tmp_path / lang, ReportOptions(lang=lang))
        shown = re.search(r"<dt>(?:业务类型|Business type)</dt><dd>([^<]*)",
                          doc.read_text(encoding="utf-8"))
        assert shown, "no business type on the page"
        return shown.group(1).strip()

    assert business("zh") == "银行卡" and business("en") == "Card"
    call["business_type"] = "deposit"
    assert business("zh") == "deposit"
    del call["business_type"]
    assert business("zh") == "—"


def test_english_and_chinese_catalogues_match():
    assert CATALOGUE["zh"].keys() == CATALOGUE["en"].keys()
    assert FLAG_LABELS["zh"].keys() == FLAG_LABELS["en"].keys()


def test_english_page(tmp_path):
    doc = _text(render_call_page(Call.from_dict(make_call()), tmp_path, ReportOptions(lang="en")))
    assert '<html lang="en">' in doc
    assert "Deductions" in doc and "Forbidden phrase" in doc and "扣分明细" not in doc


def test_template_dir_overrides_shipped_templates(tmp_path):
    custom = tmp_path / "templates"
    custom.mkdir()
    (custom / "macros.html.j2").write_text(
        (Path(__file__).parents[1] / "reports" / "templates" / "macros.html.j2")
        .read_text(encoding="utf-8")
        .replace('<button type="button" class="seek"', '<button type="button" class="seek centre"'),
        encoding="utf-8")
    doc = _text(render_call_page(Call.from_dict(make_call()), tmp_path / "out",
                                 ReportOptions(template_dir=custom)))
    assert 'class="seek centre"' in doc


def test_bad_options_are_refused(tmp_path):
    with pytest.raises(ValueError, match="fr"):
        ReportOptions(lang="fr")
    with pytest.raises(ValueError, match="does not exist"):
        ReportOptions(template_dir=tmp_path / "missing")


def test_index_counts_review_queue_and_errors(tmp_path):
    calls = [make_call("c1", agent_id="A01", score=95, review=False),
             make_call("c2", agent_id="A01", score=72, review=True),
             make_call("c3", agent_id="A02", team="二线", score=58, review=False)]
    errors = [{"file": "x.wav", "stage": "decode", "reason": "empty file (0 bytes)"}]
    for call in calls:
        render_call_page(Call.from_dict(call), tmp_path, ReportOptions())
    doc = _text(render_index(tmp_path, [Call.from_dict(c) for c in calls], errors, ReportOptions()))
    assert re.search(r'id="kpi-sampled">4<', doc)
    assert re.search(r'id="kpi-processed">3<', doc)
    assert re.search(r'id="kpi-failed">1<', doc)
    review = _data(doc, "review-data")
    assert [(r["c"][0], r["h"]) for r in review] == [("c2", "calls/c2.html")]
    assert review[0]["c"][3] == {"b": ["客户负面情绪", "review"]}
    assert sorted(r["c"][0] for r in _data(doc, "calls-data")) == ["c1", "c2", "c3"]
    agents = doc[doc.index('<table id="agents"'):]
    agents = agents[:agents.index("</table>")]
    assert 'data-value="83.5"' in agents  # A01's mean of 95 and 72
    assert "empty file (0 bytes)" in doc
    # Every linked page exists.
    # A run fed by `qa-toolkit sample` has the plan in OUT: sampled and population from it.
    (tmp_path / "sample.plan.json").write_text(json.dumps(
        {"plan": "risk", "counts": {"population": 1200, "selected": 5}}), encoding="utf-8")
    with_plan = _text(render_index(tmp_path, [Call.from_dict(c) for c in calls], errors, ReportOptions()))
    assert re.search(r'id="kpi-population">1200<', with_plan)
    assert re.search(r'id="kpi-sampled">5<', with_plan) and "(risk)" in with_plan
    assert 'id="kpi-population"' not in doc
    links = re.findall(r'href="([^"#]+\.html)"', doc)
    links += [r["h"] for r in _data(doc, "calls-data")]
    for href in links:
        assert (tmp_path / href).is_file(), href


def test_compliance_page_rates_by_team_and_month(tmp_path):
    calls = [make_call("c1", started_at="2026-10-02T10:00:00"),
             make_call("c2", started_at="2026-11-02T10:00:00", repeat=2),
             make_call("c3", started_at="2026-11-05T10:00:00", team="二线")]
    render_index(tmp_path, [Call.from_dict(c) for c in calls], [], ReportOptions(lang="en"))
    doc = _text(tmp_path / "compliance.html")

    def rows(table: str) -> list[list[str]]:
        body = doc[doc.index(f'<table id="{table}"'):]
        body = body[body.index("<tbody>"):body.index("</tbody>")]
        return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
                for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]

    # rule, team, period, calls, hits, calls hit, rate, per 100 calls
    stats = rows("rule-stats")
    assert ["Forbidden phrase", "一线一组", "2026-10", "1", "1", "1", "100.0%", "100.0"] in stats
    assert ["Forbidden phrase", "一线一组", "2026-11", "1", "2", "1", "100.0%", "200.0"] in stats
    assert ["Forbidden phrase", "All teams", "2026-11", "2", "3", "2", "100.0%", "150.0"] in stats
    # Every call misses the staff id; none misses the identity check or the risk warning.
    coverage = {(r[0], r[1]): r[2:] for r in rows("coverage")}
    header = doc[doc.index('<table id="coverage"'):doc.index("</thead>",
                                                               doc.index('<table id="coverage"'))]
    rules = re.findall(r'<th class="num" data-sort="num" tabindex="0" title="([^"]+)"', header)
    assert "greeting.staff_id_missing" in rules and "identity.not_verified" in rules
    nov = dict(zip(rules, coverage[("2026-11", "All teams")][1:]))
    assert coverage[("2026-11", "All teams")][0] == "2"
    assert nov["greeting.staff_id_missing"] == "0.0%"
    assert nov["identity.not_verified"] == "100.0%"


def test_cli_report_rerenders_an_out_folder(tmp_path):
    out = tmp_path / "out"
    (out / "calls").mkdir(parents=True)
    call = make_call(source=write_wav(tmp_path / "c001.wav"))
    (out / "calls" / "c001.json").write_text(json.dumps(call, ensure_ascii=False),
                                             encoding="utf-8")
    result = invoke_cli("report", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert '<html lang="en">' in _text(out / "calls" / "c001.html")
    assert (out / "index.html").is_file() and (out / "compliance.html").is_file()

    bad = invoke_cli("report", out, "--lang", "fr")
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "fr" in bad.stderr
    missing = run_cli("report", tmp_path / "nowhere", timeout=300)  # the real console script
    assert missing.returncode == 2 and "not an OUT folder" in missing.stderr


def test_cli_report_help():
    result = invoke_cli("report", "--help")
    assert result.returncode == 0 and "Example: qa-toolkit report" in result.stdout


def _write_out(out: Path, calls: list[dict]) -> None:
    (out / "calls").mkdir(parents=True, exist_ok=True)
    for call in calls:
        (out / "calls" / f"{call['call_id']}.json").write_text(
            json.dumps(call, ensure_ascii=False), encoding="utf-8")


def test_agent_and_call_pages_from_the_history_store(tmp_path):
    from qa_toolkit.matrix import matrix
    from qa_toolkit.store import Store

    out = tmp_path / "out"
    # A01 breaks the same rules in every call for three months; A02 only misses the staff id.
    calls = [make_call(f"{agent}-{month}-{i}", agent_id=agent, repeat=repeat, review=False,
                       started_at=f"2026-{month:02d}-{i + 1:02d}T10:00:00")
             for agent, repeat in (("A01", 3), ("A02", 0)) for month in (9, 10, 11)
             for i in range(5)]
    _write_out(out, calls)
    db = tmp_path / "history.sqlite"
    with Store(db) as store:
        store.ingest(out)
        dispute = store.open_dispute("A01-11-0", "etiquette.forbidden_phrase", "客户要求的",
                                     by="A01")
        store.resolve_dispute(dispute, True, by="班组长王", note="录音确认客户主动提出")
        expected = {r["agent_id"]: r for r in matrix(store, "2026-11").to_dicts()}
        current = store.calls_frame().filter(pl.col("call_id") == "A01-11-0")["score"][0]

    render_out_dir(out, ReportOptions(db=db, lang="en"))
    a01 = _text(out / "agents" / "A01.html")
    # Recording QA alone is 30% of the weight: the warning is shown withheld, not issued.
    assert not expected["A01"]["outcomes"] and expected["A01"]["withheld"]
    assert "Withheld, too little data: " + expected["A01"]["withheld"].split("; ")[0] in \
        html.unescape(a01)
    assert f'id="composite">{expected["A01"]["composite"]:g}<' in a01.replace(".0<", "<")
    assert "Source: history store" in a01
    # Six months of trend, of which three have scores (all below the 80-point line).
    assert all(f">2026-{m:02d}<" in a01 for m in range(6, 12))
    assert a01.count("<circle") == 3 and a01.count('class="bar low"') == 3
    components = a01[a01.index('<table id="components"'):a01.index("</table>", a01.index(
        '<table id="components"'))]
    assert components.count(">missing<") == 3  # no mystery-shopper, CSAT or peer figures
    a02 = _text(out / "agents" / "A02.html")
    assert expected["A02"]["outcomes"] in a02 or "none yet" in a02
    assert expected["A01"]["withheld"] not in html.unescape(a02)

    disputed = _text(out / "calls" / "A01-11-0.html")
    assert "dispute accepted" in disputed and "录音确认客户主动提出" in disputed
    assert re.search(rf'class="score[^"]*">{current:g}<', disputed)
    assert 'id="pipeline-score">(before disputes' in disputed


def test_page_names_are_safe_and_distinct():
    ids = ["C-001", "a b x", "a_20b x", "a_5F20b x", "../etc/passwd", FORMULA_AGENT, "..", "坐席"]
    names = [page_name(i) for i in ids]
    assert names[0] == "C-001"  # ordinary ids keep their name, next to <call_id>.json
    assert len(set(names)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", n) and n not in (".", "..") for n in names)


def test_long_ids_get_distinct_pages_that_fit_the_file_system(tmp_path):
    """Issue "Hostile input" #8: ids that share their first 150 characters shared one page (the
    first call's page was overwritten), and a 100-character CJK id made a 300-byte name."""
    long_ascii = ["x" * 200 + " one", "x" * 200 + " two"]
    long_cjk = ["客户" * 60 + "甲", "客户" * 60 + "乙"]
    names = [page_name(i) for i in long_ascii + long_cjk]
    assert len(set(names)) == 4
    assert all(len(n.encode("utf-8")) <= 150 and re.fullmatch(r"[A-Za-z0-9._-]+", n)
               for n in names)
    for i, identifier in enumerate(long_ascii + long_cjk):
        doc = render_call_page(Call.from_dict(make_call(identifier)), tmp_path)
        assert doc.name == f"{names[i]}.html"
    assert len(list((tmp_path / "calls").glob("*.html"))) == 4


def _timed_call(call_id: str, agent: str, team: str, talk: tuple[float, float], hold: float,
                silence: float, duration: float = 100.0) -> dict:
    """A call JSON with the time measures the pipeline writes (metrics and the hold rule's)."""
    call = make_call(call_id, agent_id=agent, team=team, review=False)
    call["duration_s"] = duration
    call["metrics"] = {"talk_s": {"agent": talk[0], "customer": talk[1]},
                       "silence_total_s": silence, "hold_total_s": hold}
    return call


def _shares_table(page: str) -> dict[str, tuple[str, str]]:
    table = page[page.index('<table id="time-shares"'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr><td>([^<]*)</td><td class=\"num\">([^<]*)</td>"
                      r"<td class=\"num\">([^<]*)</td></tr>", table)
    return {name: (mine, team) for name, mine, team in rows}


def test_agent_page_and_export_show_time_shares_beside_the_team_median(tmp_path):
    """#19 item 4: talk/hold/silence shares per agent with the team's median beside them, the
    same figures on the batch page, the history-store page and the agents export."""
    from qa_toolkit.export import agents_report
    from qa_toolkit.store import Store

    out = tmp_path / "out"
    # Team A: A01 talks 60% and holds 10% of its 200 s; A02 and A03 hold less; B01 elsewhere.
    calls = [_timed_call("a01-1", "A01", "A", (60, 20), 10, 20),
             _timed_call("a01-2", "A01", "A", (60, 20), 10, 20),
             _timed_call("a02-1", "A02", "A", (40, 40), 0, 20),
             _timed_call("a03-1", "A03", "A", (50, 30), 5, 15),
             _timed_call("b01-1", "B01", "B", (10, 10), 70, 80)]
    _write_out(out, calls)
    render_out_dir(out, ReportOptions(lang="en"))
    a01 = _shares_table(_text(out / "agents" / "A01.html"))
    # Hold 10 s of 100 s is 10%; silence is what was not hold (20 - 10 s).
    assert a01 == {"Agent talking": ("60.0%", "50.0%"), "Customer talking": ("20.0%", "30.0%"),
                   "On hold": ("10.0%", "5.0%"), "Other silence": ("10.0%", "10.0%")}
    assert _shares_table(_text(out / "agents" / "B01.html"))["On hold"] == ("70.0%", "70.0%")

    db = tmp_path / "history.sqlite"
    with Store(db) as store:
        store.ingest(out)
        rows = {r["agent_id"]: r for r in agents_report(store, period="2026-11").to_dicts()}
    assert (rows["A01"]["hold_share"], rows["A01"]["team_median_hold_share"]) == (0.1, 0.05)
    assert (rows["A02"]["agent_talk_share"], rows["A02"]["team_median_agent_talk_share"]) \
        == (0.4, 0.5)
    assert rows["B01"]["silence_share"] == 0.1
    render_out_dir(out, ReportOptions(db=db, lang="en"))
    assert _shares_table(_text(out / "agents" / "A01.html")) == a01


def test_a_business_type_from_the_calls_words_says_so_on_the_call_page(tmp_path):
    call = make_call()
    call["business_type"] = "card"
    call["topic"] = {"business_type": "card", "source": "content", "from_content": "card",
                     "cue_counts": {"card": 3, "transfer": 1}}
    doc = html.unescape(_text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions(lang="en"))))
    assert "Card (not in the metadata; from the call's words, 3 cue word(s))" in \
        re.sub(r"<[^>]+>", "", doc)
    call["topic"]["source"] = "metadata"
    doc = html.unescape(_text(render_call_page(Call.from_dict(call), tmp_path, ReportOptions(lang="en"))))
    assert "from the call's words" not in doc
