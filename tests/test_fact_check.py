"""Wrong answers against the policy knowledge base (issue #19 item 1): the number reader, the
KB loader and the fact_check rule on the shipped pack and KB."""

from __future__ import annotations

import textwrap

import pytest

from qa_toolkit.numbers import quantities
from qa_toolkit.rules import load_pack
from qa_toolkit.rules.examples import example_call
from qa_toolkit.rules.yaml_source import PackError
from conftest import invoke_cli, shipped_pack

PACK = shipped_pack("bank_zh")
RULE = "answer.wrong_fact"


def _verdicts(*turns, meta=None):
    call = example_call({"turns": list(turns), "meta": meta or {}}, "zh")
    return [o for o in PACK.evaluate(call) if o.rule_id == RULE]


@pytest.mark.parametrize("said,value,unit", [
    ("五万", 50000, None), ("5万", 50000, None), ("50000元", 50000, "元"),
    ("五十万", 500000, None), ("一万二千元", 12000, "元"), ("一万二", 12000, None),
    ("三个工作日", 3, "工作日"), ("三百元", 300, "元"), ("叁佰元", 300, "元"),
    ("0.5%", 0.5, "%"), ("百分之零点五", 0.5, "%"), ("千分之八", 0.8, "%"), ("万分之五", 0.05, "%"),
    ("1,000块", 1000, "元"),
    ("两千五百块钱", 2500, "元"), ("十五天", 15, "工作日"),
    # Said with a measure word before the magnitude (north, south-west).
    ("五个万", 50000, None), ("二十个万", 200000, None), ("三个亿", 300000000, None),
    # Two neighbouring digits with a unit or a magnitude are an estimate (two or three days),
    # read as the larger; alone they may be digits read out (尾号三四).
    ("两三个工作日", 3, "工作日"), ("七八天", 8, "工作日"), ("三四万", 40000, None), ("三四", 34, None),
    # Per cent in the trade's speech: 一个点 is one per cent (not the clock's 三点).
    ("一个点", 1, "%"), ("零点五个点", 0.5, "%"),
])
def test_chinese_quantities_read_as_their_value_and_unit(said, value, unit):
    (q,) = quantities(f"是{said}，好的")
    assert (q.value, q.unit, q.text) == (value, unit, said)


@pytest.mark.parametrize("said,unit", [("五次", "次"), ("六遍", "次"), ("十二期", "期"),
                                       ("三个月", "月"), ("一年", "年"), ("两笔", "笔"),
                                       ("两个礼拜", "周"), ("一个星期", "周"), ("三周", "周"),
                                       # Another currency: 日元's 日 is no day.
                                       ("三百万日元", "外币"), ("五千美元", "外币")])
def test_counts_and_spans_carry_their_unit(said, unit):
    (q,) = quantities(f"是{said}，好的")
    assert (q.unit, q.text) == (unit, said)


def test_a_pause_between_the_measure_word_and_its_span_keeps_the_unit():
    """十一个，工作日: the ASR's comma for a pause does not cut the span from its figure; a
    count of things (两个，苹果) still has no unit."""
    (days,) = quantities("要九个，工作日，才能到")
    assert (days.value, days.unit, days.text) == (9, "工作日", "九个，工作日")
    assert [(q.value, q.unit) for q in quantities("三个，小时")] == [(3, "小时")]
    assert quantities("给了两个，苹果") == []


def test_working_days_named_first_and_counted_after():
    """工作日要数够九个: the span is named before its figure, and 个 counts it; a 个 that
    counts something else (工作日三个人值班) gives the figure no unit."""
    (days,) = quantities("补的新卡，工作日要数够九个，才寄得到")
    assert (days.value, days.unit, days.text) == (9, "工作日", "九个")
    assert [(q.value, q.unit) for q in quantities("工作日满十个就到")] == [(10, "工作日")]
    assert [(q.value, q.unit) for q in quantities("工作日三个人值班")] == [(3, None)]


def test_together_and_digit_places_are_no_figures_to_check():
    """加在一块儿 is together, not one yuan; 后四位 counts digits, not a fee of 4 %."""
    assert [(q.value, q.unit) for q in quantities("一天加在一块儿")] == [(1, "工作日")]
    assert [(q.value, q.unit) for q in quantities("身份证后四位")] == [(4, "位")]
    assert not [o for o in _verdicts(["agent", 5.0, 9.0, "柜台跨行转账是吧？先报一下身份证后四位。"])
                if o.status == "hit"]


def test_a_share_has_no_magnitude():
    """百分之零点五百万块: the ASR lost the comma; 百万块 is the sum the share is taken of."""
    assert [(q.value, q.unit) for q in quantities("抽百分之零点五百万块")] == [(0.5, "%"), (1000000, "元")]
    assert [(q.value, q.unit) for q in quantities("百分之五十")] == [(50, "%")]


def test_a_weekday_is_no_span_of_weeks():
    assert quantities("星期三到，下周一再来") == []


def test_a_span_in_weeks_is_counted_in_working_days():
    """两个礼拜 for money sent abroad is ten working days, not the KB's one to three."""
    (wrong,) = _verdicts(["agent", 5.0, 10.0, "境外汇款汇出去以后要两个礼拜才能到。"])
    assert wrong.status == "hit" and "【两个礼拜】" in wrong.evidence and "10" in wrong.evidence


def test_a_count_or_another_products_figure_is_not_the_topics_value():
    """刷满六次…五次 counts swipes, 普卡年费一百元 is the standard card's fee: neither is a
    wrong gold-card fee; the gold card's own wrong fee in the same turn still is."""
    outcomes = _verdicts(["agent", 5.0, 10.0, "金卡年费三百元，刷满六次免下一年年费，您近一年刷了五次。"],
                         ["agent", 11.0, 16.0, "普卡年费一百元，白金卡年费另算。"])
    assert [o.status for o in outcomes] == ["pass"], [o.evidence for o in outcomes]
    (wrong,) = _verdicts(["agent", 5.0, 10.0, "普卡年费一百元，您的金卡年费是五百元。"])
    assert wrong.status == "hit" and "【五百元】" in wrong.evidence


def test_a_share_whose_base_was_misheard_is_no_figure():
    """千分之五 heard 先分之五: a share of what is lost, so 五 is not five per cent."""
    assert quantities("按金额的先分之五收手续费") == []
    assert [(q.value, q.unit) for q in quantities("按金额的千分之五收")] == [(0.5, "%")]


def test_a_day_of_the_week_is_a_date_not_a_number():
    assert quantities("补发款上礼拜四进来了") == []
    assert quantities("星期三办好，周五到") == []
    # The figure after the weekday is still read.
    assert [(q.value, q.unit) for q in quantities("周四提交，五个工作日到")] == [(5.0, "工作日")]
    # 工作日's last syllable misheard (八个工作室, 七个工作人员) still counts days.
    assert [(q.value, q.unit) for q in quantities("要八个工作室左右")] == [(8.0, "工作日")]


def test_lone_one_and_two_are_words_not_numbers():
    assert quantities("我查一下，两个账户") == []


LIMIT_FORMS = ["五万", "5万", "50000元", "五万块钱", "伍万元"]
FEE_FORMS = ["三百元", "300元", "三百块", "叁佰元", "三百块钱"]


@pytest.mark.parametrize("limit,fee", list(zip(LIMIT_FORMS, FEE_FORMS)))
def test_correct_values_in_other_number_forms_are_no_hit(limit, fee):
    outcomes = _verdicts(["agent", 5.0, 10.0, f"手机银行单笔转账限额是{limit}。"],
                         ["agent", 11.0, 16.0, f"金卡年费是{fee}，刷满六次免次年年费。"])
    assert [o.status for o in outcomes] == ["pass"], [o.evidence for o in outcomes]
    assert "transfer.mobile_single_limit" in outcomes[0].evidence
    assert "card.annual_fee" in outcomes[0].evidence


def test_wrong_limit_and_wrong_fee_are_hits_quoting_the_words_and_the_kb_entry():
    outcomes = _verdicts(["agent", 5.0, 10.0, "手机银行单笔限额是五十万元。"],
                         ["agent", 11.0, 16.0, "金卡年费是五百元。"])
    assert [o.status for o in outcomes] == ["hit", "hit"]
    limit, fee = outcomes
    assert "【五十万元】" in limit.evidence and "states 500000元" in limit.evidence
    assert "KB transfer.mobile_single_limit" in limit.evidence
    assert "rules/bank_zh.kb.yaml:" in limit.evidence and "50000元" in limit.evidence
    assert (limit.start, limit.end, limit.detail["kb_values"]) == (5.0, 10.0, [50000.0])
    assert "【五百元】" in fee.evidence and "KB card.annual_fee" in fee.evidence
    assert fee.detail["stated_value"] == 500.0


def test_a_substitute_said_to_do_for_the_documents_is_a_hit_quoting_the_kb_items():
    """A copy or someone else's phone said to do, in a reply to what to bring for a new card:
    the KB's documents are the customer's own ID and phone."""
    (hit,) = _verdicts(["customer", 1.0, 4.0, "我想再办张卡，要带啥？"],
                       ["agent", 4.5, 9.0, "身份证复印件带一份就行，手机号留您媳妇的也可以。"])
    assert hit.status == "hit" and hit.detail["topic"] == "account.opening_documents"
    assert "【复印件带一份就行】" in hit.evidence and "on the topic customer named at" in hit.evidence
    assert "本人有效身份证件、本人手机" in hit.evidence
    # Refused, or the original being what will do, is right.
    for said in ("复印件不行，得带身份证原件。", "不用带复印件，带原件就行。",
                 "别用家里人的手机号，要您本人的才可以。"):
        assert _verdicts(["customer", 1.0, 4.0, "我想再办张卡，要带啥？"],
                         ["agent", 4.5, 9.0, said])[0].status == "pass", said


def test_a_number_whisper_was_unsure_of_is_review_not_hit():
    unsure = {"role": "agent", "start": 5.0, "end": 10.0, "text": "单笔限额是五十万元", "prob": 0.2}
    (outcome,) = _verdicts(unsure)
    assert outcome.status == "review"
    assert "五十万元" in outcome.reason and "misheard" in outcome.reason


def test_only_the_words_that_carry_the_value_can_put_it_in_doubt():
    """五十五万 heard clearly with its 元 unsure still states 550000; an unsure 十 does not."""
    def said(words):
        return {"role": "agent", "start": 5.0, "end": 10.0, "text": "".join(w for w, _ in words),
                "words": [list(w) for w in words]}
    (unit_unsure,) = _verdicts(said([("单笔", 0.9), ("限额", 0.9), ("是", 0.9), ("五十", 0.9),
                                     ("五万", 0.9), ("元", 0.2)]))
    assert unit_unsure.status == "hit" and "550000" in unit_unsure.evidence.replace(",", "")
    (value_unsure,) = _verdicts(said([("单笔", 0.9), ("限额", 0.9), ("是", 0.9), ("五十", 0.2),
                                      ("五万", 0.9), ("元", 0.9)]))
    assert value_unsure.status == "review" and "「五十」 0.20" in value_unsure.reason


def test_a_day_or_a_transfer_written_with_the_digit_one_still_names_the_topic():
    """Whisper writes 一天 and 一笔 as 1天 and 1笔: the cue is found, the figure checked."""
    (daily,) = _verdicts(["agent", 5.0, 10.0, "手机银行1天累计最多能转150万。"])
    assert daily.status == "hit" and daily.detail["topic"] == "transfer.mobile_daily_limit"
    (single,) = _verdicts(["agent", 5.0, 10.0, "手机银行1笔最多转8万。"])
    assert single.status == "hit" and single.detail["topic"] == "transfer.mobile_single_limit"
    (right,) = _verdicts(["agent", 5.0, 10.0, "手机银行1天累计最多转20万。"])
    assert right.status == "pass"


def test_numbers_in_another_unit_or_without_a_topic_are_not_checked():
    outcomes = _verdicts(["agent", 5.0, 10.0, "补卡需要带身份证，工本费十元。"],
                         ["agent", 11.0, 16.0, "您转的三千元已经到账了。"])
    assert [o.status for o in outcomes] == ["pass"]


def _write_pack(tmp_path, kb_text, intents="", by_example=""):
    """A pack of one fact_check rule on ``kb_text``; ``intents`` (YAML) and ``by_example`` (a
    flow mapping) are added when given."""
    kb = tmp_path / "t.kb.yaml"
    kb.write_text(textwrap.dedent(kb_text), encoding="utf-8")
    pack = tmp_path / "t.yaml"
    intents_block = textwrap.indent("intents:\n" + textwrap.indent(textwrap.dedent(intents), "  "),
                                    " " * 8) if intents else ""
    by_example_line = f"            by_example: {by_example}\n" if by_example else ""
    pack.write_text(textwrap.dedent(f"""\
        id: t
        version: 1
        language: zh
{intents_block}        rules:
          - id: answer.wrong_fact
            type: fact_check
            title: t
            message: {{zh: 错, en: wrong}}
            severity: major
            kb: {kb}
{by_example_line}            examples:
              pass:
                - name: new_fee_after_change
                  meta: {{started_at: "2026-07-01T09:00:00"}}
                  turns: [[agent, 1.0, 5.0, 年费二百元]]
              fail:
                - name: old_fee_after_change
                  meta: {{started_at: "2026-07-01T09:00:00"}}
                  turns: [[agent, 1.0, 5.0, 年费三百元]]
                - name: new_fee_before_change
                  meta: {{started_at: "2026-01-10T09:00:00"}}
                  turns: [[agent, 1.0, 5.0, 年费二百元]]
        """), encoding="utf-8")
    return pack, kb


def test_the_fact_in_force_on_the_call_date_is_the_one_checked(tmp_path):
    pack, _ = _write_pack(tmp_path, """\
        topics:
          card.annual_fee:
            title: {zh: 年费, en: annual fee}
            kind: fee
            cues: [年费]
            facts:
              - {values: [300], unit: 元, forms: [三百元], effective: 2025-01-01}
              - {values: [200], unit: 元, forms: [二百元, 两百块], effective: 2026-06-01}
            examples: {correct: [年费两百块], wrong: [年费三百元]}
        """)
    result = invoke_cli("rules", "test", pack, "-v")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5/5 examples pass" in result.stdout  # 3 in the pack, 2 from the KB
    assert "answer.wrong_fact_kb_card.annual_fee_wrong_1 (fail)" in result.stdout


@pytest.mark.parametrize("kb_text,problem", [
    ("""\
        topics:
          fee:
            title: &t {zh: 年费, en: fee}
            kind: fee
            cues: [年费]
            facts: [{values: [300], unit: 元, effective: 2025-01-01}]
          other:
            title: *t
        """, "t.kb.yaml:8: YAML alias (*name) not allowed"),
    ("""\
        topics:
          fee:
            title: {zh: 年费, en: fee}
            kind: fee
            cues: [年费]
            facts:
              - {values: [300], unit: 元, forms: [五百元], effective: 2025-01-01}
        """, "t.kb.yaml:7: topic fee fact: form '五百元' does not read as one of its values"),
    ("""\
        topics:
          fee:
            title: {zh: 年费, en: fee}
            kind: fee
            cues: [年费]
            facts:
              - {values: [300], unit: 元, effective: soon}
        """, "t.kb.yaml:7: topic fee fact: effective: expected a date"),
])
def test_a_broken_kb_is_one_error_line_naming_file_and_line(tmp_path, kb_text, problem):
    pack, _ = _write_pack(tmp_path, kb_text)
    result = invoke_cli("rules", "validate", pack)
    assert result.returncode == 2
    assert problem in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_explain_shows_the_kb_facts():
    result = invoke_cli("rules", "explain", RULE)
    assert result.returncode == 0, result.stderr
    assert "transfer.mobile_single_limit (手机银行单笔转账限额" in result.stdout
    assert "50000元 (五万 / 5万 / 50000元" in result.stdout
    assert "effective 2025-01-01" in result.stdout


def test_a_cue_whisper_wrote_with_homophones_still_names_the_topic():
    # c13 through the pipeline: 单笔 came out as 单比, 转账 as 转帐.
    (outcome,) = _verdicts(["agent", 5.0, 10.0, "手机银行单比转帐限额是50万元,运累计限额是20万元。"])
    assert outcome.status == "hit" and outcome.detail["topic"] == "transfer.mobile_single_limit"


@pytest.mark.parametrize("said,topic", [
    ("柜台跨行转账手机费是百分之二。", "transfer.interbank_fee"),          # 手续费 heard 手机费
    ("手机银行一次费多能转十万元。", "transfer.mobile_single_limit"),      # 最多 heard 费多
])
def test_a_long_cue_with_one_syllable_misheard_still_names_the_topic(said, topic):
    (outcome,) = _verdicts(["agent", 5.0, 10.0, said])
    assert outcome.status == "hit" and outcome.detail["topic"] == topic
    # A short cue must be heard whole: 年 alone, or 年x, names no fee.
    (short,) = _verdicts(["agent", 5.0, 10.0, "金卡年会是五百元。"])
    assert short.status == "pass"


def test_whispers_spaced_decimal_point_is_one_number():
    """Whisper writes 0.5% as "0. 5%": that is 0.5 %, the right fee, not 0 %."""
    assert [(q.text, q.value, q.unit) for q in quantities("手续费是0. 5%，就是800块")] == [
        ("0. 5%", 0.5, "%"), ("800块", 800.0, "元")]
    (outcome,) = _verdicts(["agent", 5.0, 10.0, "柜台跨行转账手续费是0. 5%。"])
    assert outcome.status == "pass", outcome.evidence


def test_a_last_one_after_a_round_amount_may_count_a_span():
    """五万一天 is 五万 and 一天, not 51000 days; 一万二 alone is still 12000."""
    assert [(q.text, q.value, q.unit) for q in quantities("最多能转五万一天不超过二十万")] == [
        ("五万", 50000.0, None), ("一天", 1.0, "工作日"), ("二十万", 200000.0, None)]
    assert [(q.text, q.value) for q in quantities("工资一万二")] == [("一万二", 12000.0)]
    # The ASR's comma inside 一十八万: 二十万 and 十八万, not 201000.
    assert [(q.text, q.value) for q in quantities("累计最多二十万一，十八万分开转")] == [
        ("二十万", 200000.0), ("十八万", 180000.0)]
    (outcome,) = _verdicts(["agent", 5.0, 10.0, "手机银行一次最多能转五万一天和起来不超过二十万。"])
    assert outcome.status == "pass", outcome.evidence


def test_a_lost_comma_between_two_figures_does_not_make_one():
    """20万十六万 is 20万 and 十六万 (the ASR dropped the comma): not two million, not 360000;
    magnitudes that only grow (5千万, 一亿二千万) and a decimal before one (二点五万) still read whole."""
    def read(text):
        return [(q.text, q.value) for q in quantities(text)]
    assert read("最多20万十六万分次转") == [("20万", 200000.0), ("十六万", 160000.0)]
    assert read("最多二十万十六万分次转") == [("二十万", 200000.0), ("十六万", 160000.0)]
    assert read("5千万和一亿二千万") == [("5千万", 5e7), ("一亿二千万", 1.2e8)]
    assert read("二点五万元") == [("二点五万元", 25000.0)]
    # A magnitude no smaller than one passed begins another figure; a bare 十 run into one is 是.
    assert read("五十六十个") == [("五十", 50.0), ("六十", 60.0)]
    assert read("金卡年费十三百元") == [("三百元", 300.0)]
    (outcome,) = _verdicts(["agent", 5.0, 10.0, "手机银行一天加起来最多20万十六万分两次转就行。"])
    assert outcome.status == "pass", outcome.evidence


def test_a_cue_in_parts_names_the_topic_with_words_between(tmp_path):
    """一天…最多 names the daily limit in 一天加起来最多; the parts alone, far apart, do not."""
    pack, _ = _write_pack(tmp_path, """\
        topics:
          transfer.daily:
            title: {zh: 日限额, en: daily limit}
            kind: limit
            cues: [一天…最多]
            facts: [{values: [200000], unit: 元, effective: 2025-01-01}]
        """)
    loaded = load_pack(pack)

    def verdict(said):
        call = example_call({"turns": [["agent", 5.0, 10.0, said]], "meta": {}}, "zh")
        return [o for o in loaded.evaluate(call) if o.rule_id == RULE]
    (hit,) = verdict("手机银行一天加起来最多三十万。")
    assert hit.status == "hit" and hit.detail["stated_value"] == 300000
    (far,) = verdict("一天之内您在手机银行上面的转账最多三十万。")
    assert far.status == "pass"


def test_a_cue_with_an_empty_part_is_a_pack_error(tmp_path):
    pack, _ = _write_pack(tmp_path, """\
        topics:
          transfer.daily:
            title: {zh: 日限额, en: daily limit}
            kind: limit
            cues: [一天…]
            facts: [{values: [200000], unit: 元, effective: 2025-01-01}]
        """)
    with pytest.raises(PackError, match="each part needs words"):
        load_pack(pack)


def test_an_edited_kb_changes_the_pack_hash(tmp_path):
    pack, kb = _write_pack(tmp_path, """\
        topics:
          card.annual_fee:
            title: {zh: 年费, en: annual fee}
            kind: fee
            cues: [年费]
            facts: [{values: [300], unit: 元, effective: 2025-01-01}]
        """)
    before = load_pack(pack)
    kb.write_text(kb.read_text(encoding="utf-8").replace("300", "200"), encoding="utf-8")
    assert load_pack(pack).sha256 != before.sha256


def test_a_topic_said_in_other_words_is_named_by_example_and_its_evidence_says_so():
    """在营业厅窗口往外行…按钱数收千分之八 holds no cue of the counter inter-bank fee: its
    intent names the topic, the figure with its unit is checked, and the evidence names the
    closest example and the similarity. The same words with the KB's figure pass; a share
    said of no other bank (分期) names nothing."""
    (hit,) = _verdicts(["agent", 5.0, 11.0, "您去营业厅窗口往外行的卡上汇，按钱数收千分之八。"])
    assert hit.status == "hit" and hit.detail["topic"] == "transfer.interbank_fee"
    assert hit.detail["stated_value"] == 0.8
    assert "intent kb_counter_interbank_fee" in hit.evidence and "similarity" in hit.evidence
    (right,) = _verdicts(["agent", 5.0, 11.0, "您去营业厅窗口往外行的卡上汇，按钱数收千分之五。"])
    assert right.status == "pass"
    # Whisper's digits: the % is in the turn as heard, not in its normalised text.
    (digits,) = _verdicts(["agent", 5.0, 11.0, "您去营业厅窗口往外行的卡上汇，按钱数收0.8%。"])
    assert digits.status == "hit" and digits.detail["stated_value"] == 0.8
    (other,) = _verdicts(["agent", 5.0, 11.0, "营业厅窗口办的分期，按钱数每期收千分之八。"])
    assert other.status == "pass"


@pytest.mark.parametrize("by_example,problem", [
    ("{transfer.daily: {intent: kb_daily}}", "is in 元; only %, "),
    ("{transfer.fee: {intent: kb_fee_no_needs}}", "lists no needs"),
    ("{transfer.fee: {intent: nowhere}}", "naming an intent of the pack"),
])
def test_a_topic_by_example_needs_a_unit_said_with_it_and_an_intent_with_needs(
        tmp_path, by_example, problem):
    pack, _ = _write_pack(tmp_path, """\
        topics:
          transfer.daily:
            title: {zh: 日限额, en: daily limit}
            kind: limit
            cues: [日限额]
            facts: [{values: [200000], unit: 元, effective: 2025-01-01}]
          transfer.fee:
            title: {zh: 跨行手续费, en: inter-bank fee}
            kind: rate
            cues: [跨行手续费]
            facts: [{values: [0.5], unit: "%", effective: 2025-01-01}]
        """, intents="""\
        kb_daily:
          own_vocabulary: true
          needs: [一天, 每天]
          examples: [一天最多转二十万, 每天累计转二十万封顶]
        kb_fee_no_needs:
          own_vocabulary: true
          examples: [去别的银行按金额收千分之五, 柜台跨行按比例收费]
        """, by_example=by_example)
    with pytest.raises(PackError, match=problem):
        load_pack(pack)
