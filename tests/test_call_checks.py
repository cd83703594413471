"""Unresolved calls, abnormal hang-ups and handling time (issue #19 items 2-4) on the shipped
pack: what each hit quotes, beyond the pack's own pass/fail examples."""

from __future__ import annotations

from conftest import shipped_pack
from qa_toolkit.rules import load_pack
from qa_toolkit.rules.examples import example_call

PACK = shipped_pack("bank_zh")


def _outcomes(case, rule_id):
    return [o for o in PACK.evaluate(example_call(case, "zh")) if o.rule_id == rule_id]


def test_repeated_question_quotes_every_ask_with_its_time_in_one_hit():
    case = {"turns": [
        ["customer", 5.0, 8.0, "我转三万块钱给我妈妈，什么时候能到账？"],
        ["agent", 8.5, 10.0, "这个要看对方银行。"],
        ["customer", 11.0, 14.0, "我就是问转三万块钱给我妈妈什么时候能到账？"],
        ["agent", 14.5, 16.0, "一般都挺快的。"],
        ["customer", 17.0, 21.0, "你还是没说，转三万块钱给我妈妈什么时候能到账？"]]}
    (hit,) = _outcomes(case, "resolution.repeated_question")
    assert hit.status == "hit" and (hit.start, hit.end) == (5.0, 21.0)
    assert "asked 3 times" in hit.evidence
    assert "00:05.0 「我转三万块钱给我妈妈什么时候能到账」" in hit.evidence
    assert "00:17.0" in hit.evidence and "【你还是没说】" in hit.evidence


def test_one_repeat_is_not_yet_unresolved():
    case = {"turns": [["customer", 5.0, 8.0, "我的信用卡账单什么时候出？"],
                      ["agent", 8.5, 10.0, "您稍等。"],
                      ["customer", 11.0, 14.0, "我的信用卡账单什么时候出？"]]}
    assert [o.status for o in _outcomes(case, "resolution.repeated_question")] == ["pass"]


def test_abnormal_hangup_gives_the_timing_and_is_separate_from_closing_missing():
    case = {"duration": 44.0, "turns": [["agent", 30.0, 34.0, "转账已经提交了。"],
                                        ["customer", 35.0, 41.0, "那对方什么时候能收到？"]]}
    (hit,) = _outcomes(case, "closing.abnormal_hangup")
    assert hit.status == "hit"
    assert "ended 3.0 s after the customer's question at 00:35.0" in hit.evidence
    assert (hit.detail["agent_last_s"], hit.detail["customer_last_s"], hit.detail["call_end_s"]) \
        == (34.0, 41.0, 44.0)
    assert [o.status for o in _outcomes(case, "closing.missing")] == ["hit"]
    # The closing said, the same ending is normal.
    case["turns"].insert(1, ["agent", 34.2, 34.9, "感谢您的来电，再见。"])
    assert [o.status for o in _outcomes(case, "closing.abnormal_hangup")] == ["pass"]


def test_handling_time_takes_the_business_type_from_content_when_metadata_has_none():
    case = {"duration": 800.0, "turns": [["customer", 5.0, 9.0, "我要投诉你们，太不像话了。"],
                                         ["agent", 9.5, 12.0, "非常抱歉，我来帮您处理。"]]}
    (hit,) = _outcomes(case, "handling.time_standard")
    assert hit.status == "hit" and hit.severity == "info" and hit.points == 0
    assert hit.detail["business_type"] == "complaint"
    assert hit.detail["business_type_source"].startswith("content")
    assert "lasted 13:20.0, above the complaint standard 12:00.0" in hit.evidence
    case["meta"] = {"business_type": "wealth"}  # the metadata's type wins over the content
    (hit,) = _outcomes(case, "handling.time_standard")
    assert hit.detail["business_type_source"] == "metadata" and hit.detail["standard_s"] == 600.0


# -- the call's topic (#19 item 5): one decision, saved, read back, shown ---------------------

def test_the_topic_comes_from_the_metadata_else_from_the_cue_words_said_most():
    case = {"turns": [["customer", 1.0, 5.0, "我的信用卡丢了，想挂失一下，顺便问问年费。"],
                      ["agent", 5.5, 9.0, "好的，先帮您挂失，转账功能也会暂停。"]]}
    topic = PACK.context(example_call(case, "zh")).topic
    assert (topic.business_type, topic.source) == ("card", "content")
    assert topic.cue_counts["card"] == 4 and topic.cue_counts["transfer"] == 1
    case["meta"] = {"business_type": "Complaint"}
    topic = PACK.context(example_call(case, "zh")).topic
    assert (topic.business_type, topic.source, topic.from_content) == \
        ("complaint", "metadata", "card")
    quiet = PACK.context(example_call({"turns": [["customer", 1.0, 3.0, "你好，在吗？"]]}, "zh")).topic
    assert (quiet.business_type, quiet.source, quiet.cue_counts) == (None, "none", {})


def test_a_type_from_content_is_published_but_not_read_back_as_metadata():
    import dataclasses

    from qa_toolkit.types import Call

    case = {"duration": 800.0, "turns": [["customer", 5.0, 9.0, "我要投诉你们，太不像话了。"]]}
    call = example_call(case, "zh")
    call = dataclasses.replace(call, topic=PACK.context(call).topic.to_dict())
    saved = call.to_dict()
    assert saved["business_type"] == "complaint" and saved["topic"]["source"] == "content"
    back = Call.from_dict(saved)
    # Read back as metadata, the type's source would change and verify would see new evidence.
    assert back.meta.business_type is None and back.topic == saved["topic"]
    before = [o.to_dict() for o in PACK.evaluate(call) if o.rule_id == "handling.time_standard"]
    after = [o.to_dict() for o in PACK.evaluate(back) if o.rule_id == "handling.time_standard"]
    assert before == after and "content (2 cue word(s))" in after[0]["evidence"]


def test_a_bad_business_types_block_is_one_error_naming_the_line(tmp_path):
    import pytest

    from qa_toolkit.rules.pack import PackError

    pack = tmp_path / "p.yaml"
    pack.write_text("id: p\nversion: '1'\nlanguage: zh\nextends: bank_zh\nbusiness_types:\n"
                    "  loan:\n    title: {zh: 贷款}\n    cues: []\nrules: []\n", encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(pack)
    assert "p.yaml:8" in str(err.value) and "business type loan: cues" in str(err.value)


def test_handling_time_standards_no_longer_take_cues(tmp_path):
    import pytest

    from qa_toolkit.rules.pack import PackError

    pack = tmp_path / "p.yaml"
    pack.write_text("id: p\nversion: '1'\nlanguage: zh\nextends: bank_zh\nrules:\n"
                    "  - id: handling.time_standard\n    standards:\n"
                    "      loan: {max_s: 600, cues: [贷款]}\n", encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(pack)
    assert "cues now live in the pack's business_types" in str(err.value)


def test_interruptions_and_holds_in_the_metrics_are_what_the_rules_judged():
    """One definition: the metrics (and so the report's timeline) list the interruption and
    hold rules' own spans, not a second detector with its own thresholds."""
    from qa_toolkit.judge import judge
    from qa_toolkit.rules.pack import iter_examples

    case = next(c for spec, kind, c in iter_examples(PACK)
                if spec.id == "etiquette.interruption" and kind == "fail")
    judged = judge(example_call(case, "zh"), PACK, None)
    hits = [o for o in judged.outcomes if o.rule_id == "etiquette.interruption"
            and o.status in ("hit", "review")]
    assert hits and judged.measures["interruptions"] == [
        {"start": o.start, "end": o.end} for o in sorted(hits, key=lambda o: o.start)]
    assert judged.measures["interruption_count"] == len(hits)
    # A proper hold (announced and thanked) passes, yet its seconds are measured.
    held = example_call({"duration": 60.0, "turns": [
        ["agent", 1.0, 4.0, "好的，请您稍等，我帮您查询一下。"],
        ["agent", 25.0, 28.0, "感谢您的耐心等待，已经查到了。"]]}, "zh")
    judged = judge(held, PACK, None)
    assert [o.status for o in judged.outcomes if o.rule_id == "hold.no_notice"] == ["pass"]
    assert judged.measures["hold_total_s"] == 21.0 and judged.measures["hold_count"] == 1
    assert judged.applied(held).metrics.holds == [{"start": 4.0, "end": 25.0}]
