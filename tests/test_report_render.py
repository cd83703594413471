"""HTML audit pages rendered from call JSON: content, masking, escaping, links, languages."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
from pathlib import Path

import pytest
import soundfile as sf
from markupsafe import escape

from conftest import run_cli
from qa_toolkit.report import ReportOptions, render_call_page, render_index
from qa_toolkit.report.i18n import CATALOGUE, RULE_LABELS
from qa_toolkit.report.viewmodels import page_name
from report_fixtures import CARD, FORMULA_AGENT, MASKED_CARD, SCRIPT, make_call, write_wav

MAX_CALL_PAGE_BYTES = 300 * 1024
REAL_CALLS = Path(__file__).parent / "data" / "pipeline_calls"


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _marks(doc: str) -> list[tuple[str, str]]:
    """``(data-seek, text)`` of every highlighted stretch of the transcript."""
    return [(seek, html.unescape(text)) for seek, text in
            re.findall(r'<mark [^>]*data-seek="([^"]*)"[^>]*>(.*?)</mark>', doc)]


def test_call_page_shows_header_hits_in_place_and_review(tmp_path):
    call = make_call(source=write_wav(tmp_path / "rec" / "c001.wav"))
    doc = _text(render_call_page(call, tmp_path, ReportOptions()))

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


def test_card_numbers_are_masked_in_transcript_and_evidence(tmp_path):
    call = make_call()
    # Whisper split the number over five words; the evidence repeats it whole.
    assert CARD in json.dumps(call, ensure_ascii=False)
    doc = _text(render_call_page(call, tmp_path, ReportOptions()))
    digits_only = re.sub(r"<[^>]+>", "", doc)
    assert CARD not in digits_only
    assert "2123" not in digits_only and "4567" not in digits_only
    assert digits_only.count(MASKED_CARD) == 2  # the customer's turn and the evidence


def test_hostile_text_is_escaped(tmp_path):
    call = make_call(hostile=True)
    out = tmp_path / "out"
    call_page = _text(render_call_page(call, out, ReportOptions()))
    render_index(out, [call], [{"file": "bad<img src=x onerror=alert(2)>.wav",
                                "stage": "decode", "reason": SCRIPT}], ReportOptions())
    agent_page = out / "agents" / f"{page_name(FORMULA_AGENT)}.html"
    assert agent_page.is_file() and agent_page.parent == out / "agents"
    for doc in (call_page, _text(out / "index.html"), _text(agent_page)):
        assert "<script>alert" not in doc and "<img src=x" not in doc
        # Exactly one script element: the report's own.
        assert len(re.findall(r"<script\b", doc)) == 1
        assert str(escape(FORMULA_AGENT)) in doc
    assert str(escape(SCRIPT)) in call_page


def test_content_security_policy_allows_exactly_the_inline_script(tmp_path):
    doc = _text(render_call_page(make_call(), tmp_path, ReportOptions()))
    script = re.search(r"<script>(.*?)</script>", doc, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', doc).group(1)
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert directives["default-src"] == "'none'"
    assert not re.search(r"(src|href)=\"(https?:)?//", doc), "external resource referenced"


def test_audio_link_is_relative_to_the_page(tmp_path):
    recording = write_wav(tmp_path / "recordings" / "day 1" / "c001.wav")
    page = render_call_page(make_call(source=recording), tmp_path / "out", ReportOptions())
    src = html.unescape(re.search(r'<source src="([^"]+)"', _text(page)).group(1))
    assert not src.startswith(("/", "file:"))
    from urllib.parse import unquote
    assert (page.parent / unquote(src)).resolve() == recording.resolve()


def test_embedded_audio_is_compressed_and_decodes(tmp_path):
    recording = write_wav(tmp_path / "c001.wav", seconds=40.0)
    page = render_call_page(make_call(source=recording), tmp_path / "out",
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
        page = render_call_page(call, tmp_path, ReportOptions())
        assert page.stat().st_size < MAX_CALL_PAGE_BYTES, (call["call_id"],
                                                           page.stat().st_size)


def test_minimal_call_dict_renders(tmp_path):
    call = {"call_id": "bare", "source": "", "turns": [
        {"speaker": "S0", "role": "agent", "start": 0.0, "end": 2.0, "text": "您好"}],
        "hits": [{"rule_id": "closing.missing", "severity": "minor", "points": 5,
                  "start": None, "end": None, "role": "agent", "evidence": "",
                  "message": "缺少结束语"}], "score": 95}
    doc = _text(render_call_page(call, tmp_path, ReportOptions(lang="en")))
    assert "Closing missing" in doc and "您好" in doc and "No recording" in doc


def test_english_and_chinese_catalogues_match():
    assert CATALOGUE["zh"].keys() == CATALOGUE["en"].keys()
    assert RULE_LABELS["zh"].keys() == RULE_LABELS["en"].keys()


def test_english_page(tmp_path):
    doc = _text(render_call_page(make_call(), tmp_path, ReportOptions(lang="en")))
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
    doc = _text(render_call_page(make_call(), tmp_path / "out",
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
        render_call_page(call, tmp_path, ReportOptions())
    doc = _text(render_index(tmp_path, calls, errors, ReportOptions()))
    assert re.search(r'id="kpi-sampled">4<', doc)
    assert re.search(r'id="kpi-processed">3<', doc)
    assert re.search(r'id="kpi-failed">1<', doc)
    review = doc[doc.index('<table id="needs-review"'):]
    review = review[:review.index("</table>")]
    assert "c2" in review and "c1" not in review and "c3" not in review
    agents = doc[doc.index('<table id="agents"'):]
    agents = agents[:agents.index("</table>")]
    assert 'data-value="83.5"' in agents  # A01's mean of 95 and 72
    assert "empty file (0 bytes)" in doc
    # Every linked page exists.
    for href in re.findall(r'href="([^"#]+\.html)"', doc):
        assert (tmp_path / href).is_file(), href


def test_compliance_page_rates_by_team_and_month(tmp_path):
    calls = [make_call("c1", started_at="2026-10-02T10:00:00"),
             make_call("c2", started_at="2026-11-02T10:00:00", repeat=2),
             make_call("c3", started_at="2026-11-05T10:00:00")]
    render_index(tmp_path, calls, [], ReportOptions(lang="en"))
    doc = _text(tmp_path / "compliance.html")
    rows = re.findall(r"<tr><td title=\"etiquette.forbidden_phrase\">.*?</tr>", doc)
    cells = [re.findall(r"<td[^>]*>([^<]*)</td>", row)[1:] for row in rows]
    # rule, team, period, calls, hits, calls hit, rate, per 100 calls
    assert ["一线一组", "2026-10", "1", "1", "1", "100.0%", "100.0"] in cells
    assert ["一线一组", "2026-11", "2", "3", "2", "100.0%", "150.0"] in cells


def test_cli_report_rerenders_an_out_folder(tmp_path):
    out = tmp_path / "out"
    (out / "calls").mkdir(parents=True)
    call = make_call(source=write_wav(tmp_path / "c001.wav"))
    (out / "calls" / "c001.json").write_text(json.dumps(call, ensure_ascii=False),
                                             encoding="utf-8")
    result = run_cli("report", out, "--lang", "en", timeout=300)
    assert result.returncode == 0, result.stderr
    assert '<html lang="en">' in _text(out / "calls" / "c001.html")
    assert (out / "index.html").is_file() and (out / "compliance.html").is_file()

    bad = run_cli("report", out, "--lang", "fr", timeout=300)
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "fr" in bad.stderr
    missing = run_cli("report", tmp_path / "nowhere", timeout=300)
    assert missing.returncode == 2 and "not an OUT folder" in missing.stderr


def test_cli_report_help():
    result = run_cli("report", "--help", timeout=120)
    assert result.returncode == 0 and "Example: qa-toolkit report" in result.stdout
