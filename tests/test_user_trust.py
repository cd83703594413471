"""Issue #16: numbers that explain themselves and mistakes that are never silent.

Each test is named after the numbered item it holds; each failed on the code before the fix.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from conftest import run_cli
from qa_toolkit.report import ReportOptions, render_call_page
from qa_toolkit.report.viewmodels import build_agent_view
from qa_toolkit.scoring import load_scorecard, score_call, scorecard_from_dict
from qa_toolkit.types import Outcome

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

    doc = render_call_page(call, tmp_path).read_text(encoding="utf-8")
    deducted = float(page_text(doc, "deducted", "dd"))
    assert deducted == 100 - call["score"]
    table = page_text(doc, "deductions")
    assert table.count("已由 服务禁语 扣分") == 3
    steps = " ".join(page_text(doc, "score-steps").split())
    for line in ("起始分 100", "各违规项扣分之和 −33", "免扣：坐席语气生硬或消极 已由 服务禁语 扣分 +5",
                 "扣分合计 −18", "得分 82"):
        assert line in steps, (line, steps)


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
    steps = " ".join(page_text(render_call_page(call, tmp_path).read_text(encoding="utf-8"),
                               "score-steps").split())
    assert "类别封顶：etiquette 类最多扣 4 分 +5" in steps
    assert "触犯红线，本通得分记为最低分：risk.x" in steps


def test_item1_the_agent_page_counts_one_coaching_topic_for_one_sentence():
    view = build_agent_view("A1003", [rescored("c07_forbidden_deadair-stereo")],
                            coaching=load_scorecard().coaching)
    topics = {i.rule_id: i.count for i in view.issues}
    assert topics.get("etiquette.forbidden_phrase") == 3
    assert "emotion.agent_negative" not in topics
