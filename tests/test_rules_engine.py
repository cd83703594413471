"""The rule engine: pack loading and errors, extends, matching, three-state verdicts, timing
rules on audio segments, graceful degradation without metrics, and the call JSON round trip."""

from __future__ import annotations

import json
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import shipped_pack
from qa_toolkit.rules import PackError, load_pack
from qa_toolkit.rules.examples import example_call
from qa_toolkit.rules.matching import PhraseSet, PhraseSyntaxError
from qa_toolkit.rules.streams import CallText, Lang
from qa_toolkit.types import Call, SpeakerSegment

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bank():
    return shipped_pack("bank_zh")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def outcomes_of(pack, case, rule_id):
    return [o for o in pack.evaluate(example_call(case, pack.language)) if o.rule_id == rule_id]


# -- packs ------------------------------------------------------------------------------------

def test_pack_api(bank):
    assert (bank.id, bank.language) == ("bank_zh", "zh")
    assert len(bank.sha256) == 64
    assert "恒通银行" in bank.hotwords()
    cues = bank.agent_cues()
    assert "恒通银行" in cues and "工号" in cues
    assert bank.path.endswith("bank_zh.yaml")


BROKEN = """\
    id: broken
    version: 1
    language: zh
    variables:
      bank: 恒通银行
    rules:
      - id: greeting.missing
        type: phrase_required
        title: t
        message: {zh: m}
        severity: severe
        points: five
        phrases: ["{bnak}"]
      - id: Bad Id
        type: no_such_type
        title: t
        message: {zh: m}
        severity: minor
      - id: closing.missing
        type: phrase_required
        title: t
        message: {zh: m}
        severity: minor
        phrase: [再见]
        window: {first_minutes: 3}
    """


def test_broken_pack_errors_name_file_line_and_problem(tmp_path):
    path = _write(tmp_path, "broken.yaml", BROKEN)
    with pytest.raises(PackError) as info:
        load_pack(path)
    errors = info.value.errors
    text = "\n".join(errors)
    assert f"{path}:11: rule greeting.missing: severity: expected one of info, minor, major, critical, got 'severe'" in text
    assert f"{path}:12: rule greeting.missing: points" in text
    assert f"{path}:13: rule greeting.missing: phrases: phrase '{{bnak}}' uses unknown variable" in text
    assert f"{path}:14: rule id 'Bad Id'" in text
    assert f"{path}:15: rule Bad Id: unknown type 'no_such_type'" in text
    assert f"{path}:24: rule closing.missing: unknown key 'phrase'" in text
    assert f"{path}:25: rule closing.missing: window" in text
    assert "rule closing.missing: missing parameter 'phrases'" in text
    assert str(info.value).startswith(f"{path}:")


def test_role_words_of_the_wrong_shape_name_file_and_line(tmp_path):
    path = _write(tmp_path, "words.yaml", """\
        id: words
        version: 1
        language: zh
        role_words: {agent: [您], caller: [我]}
        rules: []
        """)
    with pytest.raises(PackError, match=r"words\.yaml:4: role_words: expected \{agent"):
        load_pack(path)


def test_yaml_syntax_error_names_line(tmp_path):
    path = _write(tmp_path, "bad.yaml", "id: x\nversion: 1\nrules: [\n  - a: b\n")
    with pytest.raises(PackError, match=r"bad\.yaml:\d+: YAML syntax"):
        load_pack(path)


def test_unknown_pack_name_lists_available():
    with pytest.raises(PackError, match="no rule pack named 'nope'.*bank_zh"):
        load_pack("nope")


def _pack_with_one_example_turn(tmp_path, name: str, turn: str):
    """A one-rule pack whose one fail example has the given turn (YAML), line 15 of ex.yaml."""
    return _write(tmp_path, "ex.yaml", f"""\
        id: ex
        version: 1
        language: zh
        rules:
          - id: closing.missing
            type: phrase_required
            title: t
            message: {{zh: m}}
            severity: minor
            phrases: [再见]
            examples:
              fail:
                - name: {name}
                  turns:
                    - {turn}
        """)


def test_example_turn_problems_are_reported(tmp_path):
    path = _pack_with_one_example_turn(tmp_path, "bad_turn", "[boss, 1.0, 0.5, 再见]")
    with pytest.raises(PackError, match=r"ex\.yaml:15: rule closing.missing: example bad_turn turn 1: role 'boss'"):
        load_pack(path)


def test_example_words_must_be_text_and_probability(tmp_path):
    path = _pack_with_one_example_turn(
        tmp_path, "bad_words", "{role: agent, start: 1.0, end: 2.0, text: 好的, words: [[好的, 1.5]]}")
    with pytest.raises(PackError, match=r"example bad_words turn 1: words: expected \[\[text, probability 0–1\]"):
        load_pack(path)


def test_example_words_keep_their_own_probabilities():
    call = example_call({"turns": [{"role": "agent", "start": 0.0, "end": 2.0, "text": "你说:「",
                                     "words": [["你说", 0.8], [":「", 0.1]]}]})
    (turn,) = call.turns
    assert [(w.text, w.prob) for w in turn.words] == [("你说", 0.8), (":「", 0.1)]
    assert turn.words[1].start == pytest.approx(1.0) and turn.words[1].end == pytest.approx(2.0)


def test_extends_overrides_and_disables(tmp_path, bank):
    path = _write(tmp_path, "my_bank.yaml", f"""\
        id: my_bank
        version: "2"
        extends: {ROOT / 'rules' / 'bank_zh.yaml'}
        variables:
          bank: 金桥银行
        thresholds:
          similarity: 0.9
        rules:
          - id: etiquette.speech_rate
            enabled: false
          - id: closing.missing
            points: 4
            examples:
              pass:
                - name: bye
                  turns: [[agent, 1.0, 2.0, 再见]]
              fail:
                - name: silent
                  turns: [[agent, 1.0, 2.0, 好的]]
          - id: custom.no_slang
            type: phrase_forbidden
            title: 禁止口头禅
            message: {{zh: 坐席使用口头禅}}
            severity: minor
            points: 1
            phrases: [那个那个]
        """)
    child = load_pack(path)
    ids = [s.id for s in child.specs]
    assert "etiquette.speech_rate" not in ids and ids[-1] == "custom.no_slang"
    assert child.rule("closing.missing").points == 4
    assert child.rule("closing.missing").type == "phrase_required"          # inherited
    assert child.rule("greeting.missing").points == bank.rule("greeting.missing").points
    assert child.thresholds.similarity == 0.9
    assert child.thresholds.mean_word_prob == bank.thresholds.mean_word_prob
    assert child.language == "zh" and child.version == "2"
    assert "金桥银行" in child.hotwords() and "恒通银行" not in child.hotwords()
    assert child.sha256 != bank.sha256
    assert child.files[-1] == str(path) and child.files[0].endswith("bank_zh.yaml")
    hit = outcomes_of(child, {"turns": [["agent", 0.5, 3.0, "您好，金桥银行"]]}, "custom.no_slang")
    assert hit[0].status == "pass"


def test_extends_cycle_is_an_error(tmp_path):
    _write(tmp_path, "a.yaml", "id: a\nversion: 1\nextends: b.yaml\nrules: []\n")
    _write(tmp_path, "b.yaml", "id: b\nversion: 1\nextends: a.yaml\nrules: []\n")
    with pytest.raises(PackError, match="extends cycle"):
        load_pack(tmp_path / "a.yaml")


def test_sha256_follows_content_and_parents(tmp_path):
    parent = _write(tmp_path, "p.yaml", """\
        id: p
        version: 1
        language: zh
        rules:
          - {id: closing.missing, type: phrase_required, title: t, message: {zh: m}, severity: minor, phrases: [再见]}
        """)
    child = _write(tmp_path, "c.yaml", "id: c\nversion: 1\nextends: p.yaml\nrules: []\n")
    first = load_pack(child).sha256
    assert load_pack(child).sha256 == first
    parent.write_text(parent.read_text(encoding="utf-8").replace("再见", "拜拜"), encoding="utf-8")
    assert load_pack(child).sha256 != first


# -- matching ---------------------------------------------------------------------------------

def _stream(text, role="agent"):
    call = example_call({"turns": [[role, 0.0, 10.0, text]]})
    return CallText(call, Lang("zh")).stream(role)


@pytest.mark.parametrize("said,phrase,kind", [
    ("您好恒通银行工号八零二七", "工号{staff}", "exact"),
    ("您好恒通银行公号8027", "工号{staff}", "homophone"),
    ("您好，恆通銀行，工號八〇二七。", "工号{staff}", "exact"),
    ("好的请您收等一下", "请您稍等", "fuzzy"),
    ("好的收等一下", "稍等", "fuzzy"),               # first syllable misheard: found from
    ("亲您稍等一下", "请您稍等", "fuzzy"),           # the second, scored from the first
    ("感谢您耐心等待", "感谢您的耐心等待", "fuzzy"),     # ASR dropped 的
    ("我想提前环款", "提前还款", "fuzzy"),           # 还's other reading (huan): near, kept
])
def test_phrase_matching_is_asr_robust(said, phrase, kind):
    variables = {"staff": {"regex": r"\d{4}", "label": "XXXX"}}
    found = PhraseSet([phrase], Lang("zh"), variables).search(_stream(said))
    assert found is not None and found.kind == kind
    assert 0.8 <= found.similarity <= 1.0
    assert (found.similarity == 1.0) == (kind != "fuzzy")


@pytest.mark.parametrize("said,phrase", [
    ("工资到账", "被盗"),          # a rare reading (被 pi) must not open a fuzzy door
    ("我想查一下余额", "稍等"),
    ("工号稍后告诉您", "工号{staff}"),
    ("请问有什么可以效劳的", "尾号"),  # 以 and 效 are only rare readings of 尾 (yǐ) and 号 (xiāo)
    ("后四位是七、四、五、九", "气死"),  # digits read out are no word that sounds like them
])
def test_phrase_matching_rejects_others(said, phrase):
    variables = {"staff": {"regex": r"\d{4}", "label": "XXXX"}}
    assert PhraseSet([phrase], Lang("zh"), variables).search(_stream(said)) is None


@pytest.mark.parametrize("said,phrase", [
    ("这一点先跟您说清楚", "跟你说不清"),     # the negation lost: the opposite
    ("您提醒得对这是我的疏忽", "这不是我的事"),
])
def test_a_near_match_that_loses_or_gains_a_negation_is_no_match(said, phrase):
    assert PhraseSet([phrase], Lang("zh"), {}).search(_stream(said)) is None
    # The same phrase with its negation heard still matches near.
    near = PhraseSet([phrase], Lang("zh"), {}).search(_stream(said.replace("说清楚", "说不清楚")
                                                                  .replace("这是我的疏忽", "这不是我的是")))
    assert near is not None and near.kind in ("fuzzy", "exact", "homophone")



@pytest.mark.parametrize("said,phrase,kept", [
    ("您点确认就下单了", "下班了", False),           # ban → dan: another word said
    ("说不清为什么用个人账户", "有什么用", False),    # 有's rare reading wei is not 为
    ("对方说他们的账户在曼谷", "他个人的账户", False),  # ren → men, and 个 lost
    ("好的请您收等一下", "请您稍等", True),          # shao → shou: the initial kept
    ("专门打电话来占信", "来占线", True),            # xian → xin
    ("你自己不开说明书", "自己不看", True),          # kan → kai
])
def test_a_phrase_whose_presence_is_the_fault_keeps_every_initial(said, phrase, kept):
    lenient = PhraseSet([phrase], Lang("zh"), {}).search(_stream(said))
    strict = PhraseSet([phrase], Lang("zh"), {}, keep_initials=True).search(_stream(said))
    assert lenient is not None and lenient.kind == "fuzzy"   # a near match by letters alone
    assert (strict is not None) == kept
    # The same through a shared list variable, scanned once for every rule naming it.
    shared = PhraseSet(["{bad}"], Lang("zh"), {"bad": [phrase, "管不着"]}, keep_initials=True)
    assert (shared.search(_stream(said)) is not None) == kept



@pytest.mark.parametrize("said,phrase,found", [
    ("新的换好以后寄给您", "闲得慌", False),          # xin≈xian and huan≈huang: two in three
    ("理财服务专辑李财经理", "转进来", False),        # ji≈jin and li≈lai: only zhuan in common
    ("好的请您收等一下", "请您稍等", True),           # one near syllable in four
    ("我上网找了家说能修复真讯的公司", "修复征信", True),  # two in four: the rest hold it
    ("让我把钱转到学校指定的政府", "指定的账户", True),   # two in five
])
def test_near_syllables_may_be_at_most_half_of_a_phrase(said, phrase, found):
    assert (PhraseSet([phrase], Lang("zh"), {}).search(_stream(said)) is not None) == found


def test_a_phrase_too_short_for_near_matches_takes_no_rare_reading_either():
    """货带 is not 火大 by 大's rare reading dai: a phrase shorter than min_fuzzy_syllables
    matches as said or as a homophone of its usual reading only."""
    said = _stream("有个货带今天加我微信", role="customer")
    assert PhraseSet(["火大"], Lang("zh"), {}, min_fuzzy_syllables=3).search(said) is None
    # Long enough for near matches, a rare reading still costs one letter (环款 for 还款).
    found = PhraseSet(["提前还款"], Lang("zh"), {}).search(_stream("我想提前环款"))
    assert found is not None and found.kind == "fuzzy"

SUM = {"sum": {"regex": r"(?:[\d十][千百万块元]|\d\d)", "label": "X千"}}


@pytest.mark.parametrize("said,found", [
    ("七月五号市社保局转入九千六百元", True),     # 九 a digit, 千 a unit: a sum read back
    ("他行转入一般不限额", False),               # 一 a digit, 般 no unit (般 ≈ 百 is near, not exact)
    ("每天转入最多五万", False),                 # the sum not straight after the verb
    ("轉入兩千元", True),                       # Traditional characters, 两 a digit's syllable
    ("昨天转入9600元", True),                   # Whisper's Arabic digits
])
def test_a_regex_variables_characters_are_exact_syllables(said, found):
    assert (PhraseSet(["转入{sum}"], Lang("zh"), SUM).search(_stream(said)) is not None) == found


@pytest.mark.parametrize("said,found", [
    ("这种电话甭理", True),
    ("这种电话别理", True),
    ("您这张卡过期理赔", False),   # 期 is qi, a reading of 甭 no word uses
    ("以后可以办理", False),
])
def test_a_regex_variables_characters_take_only_readings_words_use(said, found):
    """甭 is also read qi in pypinyin's character table: a regex over syllables would take a
    heard 期 for it, and 以 (also si) a heard 四. Only readings some word uses count."""
    refusal = {"refusal": {"regex": "(?:甭|别)理", "label": "甭理"}}
    assert (PhraseSet(["{refusal}"], Lang("zh"), refusal).search(_stream(said)) is not None) \
        == found
    four = {"fourth": {"regex": "周[以一二三]", "label": "周…"}}
    assert PhraseSet(["{fourth}扣款"], Lang("zh"), four).search(_stream("周四扣款")) is None
    assert PhraseSet(["{fourth}扣款"], Lang("zh"), four).search(_stream("周一扣款")) is not None


def test_a_list_variable_may_hold_phrases_with_variables():
    variables = {**SUM, "gap": {"regex": ".{0,3}", "label": "…"},
                 "rebuffs": ["自己{gap}不看", "管不着"]}
    rebuffs = PhraseSet(["{rebuffs}"], Lang("zh"), variables)
    assert rebuffs.texts == ["自己…不看", "管不着"]
    assert rebuffs.search(_stream("短信写得清清楚楚，您自己压根不看")) is not None
    assert rebuffs.search(_stream("您自己在手机上看一下")) is None
    with pytest.raises(PhraseSyntaxError, match="nested too deep"):
        PhraseSet(["{loop}"], Lang("zh"), {"loop": ["a{loop}"]})

def test_english_matches_whole_words():
    call = example_call({"turns": [["agent", 0.0, 3.0, "This is Sam, HI there!"]]}, "en")
    stream = CallText(call, Lang("en")).stream("agent")
    ps = PhraseSet(["hi"], Lang("en"), {})
    m = ps.search(stream)
    assert m is not None and m.text == "hi" and stream.norm[:m.start].endswith("sam ")


def test_hit_records_variant_similarity_and_time(bank):
    case = {"turns": [{"role": "agent", "start": 10.0, "end": 14.0, "text": "這個不歸我管", "prob": 0.9}]}
    (hit,) = [o for o in outcomes_of(bank, case, "etiquette.forbidden_phrase") if o.status == "hit"]
    assert hit.detail["phrase"] == "不归我管" and hit.detail["similarity"] == 1.0
    assert 11.0 < hit.start < hit.end <= 14.0
    assert "agent" in hit.evidence and "不归我管" in hit.evidence and "00:1" in hit.evidence


# -- three-state ------------------------------------------------------------------------------

GREETING = "您好，恒通银行，很高兴为您服务"


def test_missing_staff_id_is_a_hit_on_confident_words(bank):
    case = {"turns": [{"role": "agent", "start": 0.5, "end": 4.0, "text": GREETING, "prob": 0.95}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "hit" and o.points == 3


def test_missing_staff_id_on_unreliable_words_cannot_be_assessed(bank):
    case = {"turns": [{"role": "agent", "start": 0.5, "end": 4.0, "text": GREETING, "prob": 0.3}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "review" and "mean probability 0.30" in o.reason


def test_low_role_confidence_and_unknown_speech_go_to_review(bank):
    # The staff number was said, by the speaker taken for the customer: roles may be swapped.
    case = {"role_confidence": 0.3,
            "turns": [{"role": "agent", "start": 0.5, "end": 4.0, "text": GREETING, "prob": 0.95},
                      {"role": "customer", "start": 4.5, "end": 7.0, "text": "工号八零二七",
                       "prob": 0.95}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "review" and "role confidence 0.30" in o.reason
    case = {"turns": [["unknown", 0.5, 4.0, "您好恒通银行工号八零二七"], ["agent", 5.0, 8.0, "请问有什么可以帮您"]]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "review" and "no role" in o.reason


def test_a_step_nobody_said_is_a_hit_however_unsure_the_roles(bank):
    # Whoever is the agent, no one gave a staff number: the role assignment cannot matter.
    case = {"role_confidence": 0.3,
            "turns": [{"role": "agent", "start": 0.5, "end": 2.0, "text": "喂，你说", "prob": 0.95},
                      {"role": "customer", "start": 2.5, "end": 7.0,
                       "text": "你好，我想问一下信用卡还款", "prob": 0.95}]}
    (staff,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    (greeting,) = outcomes_of(bank, case, "greeting.missing")
    assert staff.status == "hit", staff.reason
    # The customer's 你好 is a greeting said by someone: unsure roles leave it to a person.
    assert greeting.status == "review" and "role confidence" in greeting.reason


def test_a_staff_number_said_as_its_own_number_counts_however_the_sentence_goes_on(bank):
    # DOMAIN: the agent gives their staff number; "NNNN号" names it whatever follows
    # (为您服务, 坐席, 话务员…), so only the number and its 号 are required.
    for said in ("您好恒通银行我是三零六二号坐席请讲", "您好恒通银行6208号话务员很高兴为您服务"):
        case = {"turns": [{"role": "agent", "start": 0.5, "end": 5.0, "text": said, "prob": 0.95}]}
        (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
        assert o.status == "pass", (said, o.reason)


def test_staff_number_heard_but_its_digits_lost_is_review(bank):
    for heard in ("您好恒通银行工号持二次一很高兴为您服务", "您好恒通银行工号五五样很高兴为您服务"):
        case = {"turns": [{"role": "agent", "start": 0.5, "end": 5.0, "text": heard, "prob": 0.9}]}
        (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
        assert o.status == "review" and "工号" in o.reason and "lost part" in o.reason, heard


def test_a_bare_staff_number_counts_in_the_opening_turn_only(bank):
    # The symmetric loss: the digits came through, 工号 did not (heard as another word), or
    # the number had a title of no list: in the opening turn it is the staff number.
    case = {"turns": [{"role": "agent", "start": 0.5, "end": 5.0, "prob": 0.9,
                       "text": "您好恒通银行搞好三九六一很高兴为您服务"}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "pass", o.reason
    # The same digits in a later turn of the window are someone's card or ID digits.
    case = {"turns": [
        {"role": "agent", "start": 0.5, "end": 3.0, "prob": 0.9, "text": "您好恒通银行请讲"},
        {"role": "customer", "start": 3.5, "end": 6.0, "prob": 0.9, "text": "我的卡尾号多少来着"},
        {"role": "agent", "start": 6.5, "end": 9.0, "prob": 0.9, "text": "搞好三九六一对吧"}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "hit", o.evidence


def test_a_garbled_turn_in_a_clear_window_cannot_prove_a_step_absent(bank):
    case = {"turns": [
        {"role": "agent", "start": 40.0, "end": 50.0, "text": "好的这个已经帮您登记好了一般三个工作日内处理完成",
         "prob": 0.95},
        {"role": "agent", "start": 52.0, "end": 55.0, "text": "请那个他的吗呃", "prob": 0.2}]}
    (o,) = outcomes_of(bank, case, "closing.missing")
    assert o.status == "review" and "00:52.0" in o.reason and "misheard" in o.reason
    case["turns"][1]["prob"] = 0.9
    (o,) = outcomes_of(bank, case, "closing.missing")
    assert o.status == "hit"


def test_heavy_overlap_goes_to_review(bank):
    case = {"metrics": {"overlaps": [{"start": 0.5, "end": 12.0}]},
            "turns": [{"role": "agent", "start": 0.5, "end": 4.0, "text": GREETING, "prob": 0.95}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "review" and "overlapping speech" in o.reason


def test_speech_without_words_goes_to_review(bank):
    # The audio shows the agent talking in the window, Whisper gave no words there.
    case = {"speech": [["agent", 0.5, 6.0], ["customer", 7.0, 9.0], ["agent", 30.0, 33.0]],
            "turns": [{"role": "customer", "start": 7.0, "end": 9.0, "text": "喂", "prob": 0.9},
                      {"role": "agent", "start": 30.0, "end": 33.0, "text": "您好", "prob": 0.9}]}
    (o,) = outcomes_of(bank, case, "greeting.staff_id_missing")
    assert o.status == "review" and "Whisper lost the rest" in o.reason


# -- timing rules -----------------------------------------------------------------------------

def test_interruption_prefers_audio_segments(bank):
    turns = [["customer", 5.0, 12.0, "我前天给别人转了两千块钱对方说一直没收到"],
             ["agent", 11.0, 14.0, "这个情况我了解了"]]
    on_turns = outcomes_of(bank, {"turns": turns}, "etiquette.interruption")
    assert [o.status for o in on_turns] == ["hit"]
    assert on_turns[0].detail["source"] == "turns"
    audio = {"turns": turns, "speech": [["customer", 5.0, 10.8], ["agent", 11.0, 14.0]]}
    on_audio = outcomes_of(bank, audio, "etiquette.interruption")
    assert [o.status for o in on_audio] == ["pass"]


def test_dead_air_and_hold_judge_each_silence_once(bank):
    unannounced = {"turns": [["agent", 18.0, 19.5, "好的，核验通过。"],
                             ["agent", 35.0, 38.0, "额度是系统自动评估的。"]]}
    dead = outcomes_of(bank, unannounced, "etiquette.dead_air")
    hold = outcomes_of(bank, unannounced, "hold.no_notice")
    assert [o.status for o in dead] == ["hit"] and [o.status for o in hold] == ["pass"]
    assert dead[0].detail["silence_s"] == 15.5
    # Thanks on return do not make a silent line a hold: still dead air, and only that.
    thanked = {"turns": [["agent", 18.0, 19.5, "好的，核验通过。"],
                         ["agent", 35.0, 38.0, "让您久等了，感谢您的耐心等待。"]]}
    assert [o.status for o in outcomes_of(bank, thanked, "etiquette.dead_air")] == ["hit"]
    assert [o.status for o in outcomes_of(bank, thanked, "hold.no_notice")] == ["pass"]
    # Music on the line makes it a hold, unannounced: the hold rule's, not dead air.
    music = dict(thanked, metrics={"silences": [{"start": 19.5, "end": 35.0, "sound_db": 16.0}]})
    assert [o.status for o in outcomes_of(bank, music, "etiquette.dead_air")] == ["pass"]
    assert [o.status for o in outcomes_of(bank, music, "hold.no_notice")] == ["hit"]
    # Announced, it is a hold, thanked or not.
    announced = {"turns": [["agent", 18.0, 19.5, "好的，请您稍等。"],
                           ["agent", 35.0, 38.0, "额度是系统自动评估的。"]]}
    assert [o.status for o in outcomes_of(bank, announced, "etiquette.dead_air")] == ["pass"]
    assert [o.status for o in outcomes_of(bank, announced, "hold.no_notice")] == ["hit"]


def test_missing_metrics_degrade_gracefully(bank):
    # Emotion prosody needs metrics; without them the rule still judges the words.
    pack = bank
    case = {"turns": [["agent", 1.0, 3.0, "你自己看着办吧"]], "metrics": {}}
    call = example_call(case)
    outcomes = pack.evaluate(call)
    assert {o.rule_id for o in outcomes} == {s.id for s in pack.specs}
    assert not [o for o in outcomes if "rule error" in o.reason]


def test_prosody_metric_unavailable_is_noted(tmp_path):
    path = _write(tmp_path, "emo.yaml", """\
        id: emo
        version: 1
        language: zh
        rules:
          - id: emotion.agent_negative
            type: emotion
            title: t
            message: {zh: m}
            severity: major
            points: 5
            phrases: [看着办]
            prosody: {min_jumps: 2}
        """)
    pack = load_pack(path)
    (o,) = pack.evaluate(example_call({"turns": [["agent", 1.0, 3.0, "你自己看着办吧"]]}))
    assert o.status == "hit" and o.detail["prosody"] == "metric unavailable"
    # A prosody-only rule cannot judge a call the metrics stage did not measure.
    path.write_text(path.read_text(encoding="utf-8").replace("    phrases: [看着办]\n", ""),
                    encoding="utf-8")
    pack = load_pack(path)
    (o,) = pack.evaluate(example_call({"turns": [["agent", 1.0, 3.0, "你自己看着办吧"]]}))
    assert o.status == "review" and o.reason.startswith("metric unavailable")
    loud = {"turns": [["agent", 1.0, 3.0, "好的"]],
            "metrics": {"agent": {"loudness_jumps": [{"start": 1.0, "end": 1.5},
                                                     {"start": 2.0, "end": 2.4}]}}}
    (o,) = pack.evaluate(example_call(loud))
    assert o.status == "hit" and o.detail["prosody_jumps"] == 2


def test_conditional_business_type_trigger(bank):
    case = {"meta": {"business_type": "wealth"},
            "turns": [["customer", 3.0, 5.0, "那个还能买吗"], ["agent", 6.0, 9.0, "可以的，起购一万元"]]}
    (o,) = outcomes_of(bank, case, "risk.disclosure_missing")
    assert o.status == "hit" and o.detail["trigger"] == "business type wealth"
    case["meta"] = {"business_type": "card"}
    (o,) = outcomes_of(bank, case, "risk.disclosure_missing")
    assert o.status == "pass"


# -- call JSON --------------------------------------------------------------------------------

def test_evaluation_is_identical_after_json_round_trip(bank):
    # The run judges unrounded times and probabilities; `check` and `verify` judge the saved
    # JSON (2-decimal times, 3-decimal probabilities): the verdicts must be the same.
    case = {"speech": [["agent", 0.5123, 6.0049], ["customer", 6.5151, 12.0049],
                       ["agent", 11.0049, 15.0051], ["agent", 24.0049, 25.0]],
            "role_confidence": 0.9,
            "turns": [{"role": "agent", "start": 0.5123, "end": 6.0049,
                       "text": "您好，恆通銀行，公号八零二七", "prob": 0.55049},
                      {"role": "customer", "start": 6.5151, "end": 12.0049,
                       "text": "我的卡被盗刷了我要投诉", "prob": 0.7},
                      {"role": "agent", "start": 11.0049, "end": 15.0051,
                       "text": "这个不归我管", "prob": 0.49951},
                      {"role": "agent", "start": 24.0049, "end": 25.0, "text": "再见", "prob": 0.9}]}
    call = example_call(case)
    first = [o.to_dict() for o in bank.evaluate(call)]
    again = Call.from_dict(json.loads(json.dumps(call.to_dict())))
    assert isinstance(again.speech[0], SpeakerSegment) and again.speech[0].role == "agent"
    assert [o.to_dict() for o in bank.evaluate(again)] == first


def test_timing_by_walking_words_equals_timing_every_character():
    """A published Chinese call times a match or a window edge by walking its turn's words;
    the result must be what the per-character table (``char_times``) gives, also with
    punctuation-only words, several characters to a word, out-of-order word times and words
    that do not add up to the turn's text."""
    import random

    rng = random.Random(11)
    pieces = ["您", "好", "，", "请", "稍等", "。", "八零二七", "工号", "?", "", "谢谢您", "、", "嗯"]
    turns = []
    t = 0.0
    for i in range(60):
        words = []
        for _ in range(rng.randrange(1, 12)):
            start = round(t + rng.uniform(-0.3, 0.5), 2)  # sometimes before the previous
            end = round(start + rng.uniform(0.05, 0.6), 2)
            words.append({"start": start, "end": end, "text": rng.choice(pieces), "prob": 0.9})
            t = max(t, end)
        text = "".join(w["text"] for w in words) + ("啊" if rng.random() < 0.1 else "")
        turns.append({"speaker": "A", "role": rng.choice(["agent", "customer"]),
                      "start": words[0]["start"], "end": t, "text": text, "words": words})
        t += rng.uniform(0.2, 2.0)
    data = {"call_id": "walk", "turns": turns, "duration_s": t + 1}
    for role in ("agent", "customer"):
        walk = CallText(Call.from_dict(data), Lang("zh")).stream(role)
        table = CallText(Call.from_dict(data), Lang("zh")).stream(role)
        for i in range(len(table.turns)):
            table.char_times(i)  # every turn timed per character up front
        n = len(walk.enc)
        for _ in range(400):
            a = rng.randrange(0, n)
            b = rng.randrange(a, min(n, a + 8)) + 1
            if "\n" not in walk.enc[a:b]:
                assert walk.time_span(a, b) == table.time_span(a, b)
            t0 = round(rng.uniform(0, t), 2)
            t1 = round(t0 + rng.uniform(0, 30), 2)
            assert walk.window(t0, t1) == table.window(t0, t1)
        # Window edges inside turns, on and next to word middles (where the two can differ).
        for turn in walk.turns:
            for w in turn.words:
                mid = (w.start + w.end) / 2
                for edge in (mid - 0.01, mid, mid + 0.01):
                    assert walk.window(turn.start + 0.01, edge) == table.window(turn.start + 0.01, edge)
                    assert walk.window(edge, turn.end - 0.01) == table.window(edge, turn.end - 0.01)


# -- intents (script steps by example sentence) -------------------------------------------

def test_a_reworded_step_passes_with_its_closest_example_and_similarity_as_evidence(bank):
    case = {"turns": [["customer", 3.0, 6.0, "我卡里还有多少钱？"],
                      ["agent", 6.5, 9.0, "请问您是卡主本人吗？"],
                      ["agent", 9.5, 13.0, "好的，身份何时成功。您的账户可用余额是八千元。"]]}
    (o,) = outcomes_of(bank, case, "identity.not_verified")
    assert o.status == "pass"
    assert o.detail["match"] == "intent" and o.detail["intent"] == "identity_check"
    assert o.detail["phrase"] == "请问您是持卡人本人吗" and o.detail["similarity"] >= 0.35
    assert "≈ 「请问您是持卡人本人吗」 (intent identity_check, similarity" in o.evidence


def test_an_account_action_worded_freely_before_any_check_is_a_hit(bank):
    case = {"turns": [["customer", 3.0, 6.0, "我手机银行的登录密码忘了，帮我重置一下。"],
                      ["agent", 6.5, 10.0, "好的，新口令已经设好了，您用短信里的临时口令登录就可以。"]]}
    (o,) = outcomes_of(bank, case, "identity.not_verified")
    assert o.status == "hit"
    quoted = o.evidence[o.evidence.index("【") + 1:o.evidence.index("】")]
    assert "新口令已经设好了" in quoted, o.evidence


def test_intent_matched_only_on_unreliable_words_goes_to_review(bank):
    case = {"turns": [{"role": "agent", "start": 50.0, "end": 53.0,
                       "text": "您看另外还有别的不", "prob": 0.3}]}
    (o,) = outcomes_of(bank, case, "closing.missing")
    assert o.status == "review" and "mean probability 0.30" in o.reason
    case["turns"][0]["prob"] = 0.9
    (o,) = outcomes_of(bank, case, "closing.missing")
    assert o.status == "pass" and o.detail["intent"] == "closing"


@pytest.mark.parametrize("said,triggered", [
    ("我前天给我儿子转了三千块，他说还没收到。", False),
    ("我想查一下信用卡账单。", False),
    ("公安局的人说我涉嫌洗钱，让我把五十万转到安全账户。", True),
    ("刚才有人说是你们银行的，我把短信验证码告诉他了。", True),
    ("对方让我装了个共享屏幕的软件。", True),
    ("我想往国外给孩子汇学费。", True),
])
def test_risk_warning_is_required_by_what_the_customer_says_not_by_any_transfer(bank, said,
                                                                                triggered):
    case = {"turns": [["customer", 3.0, 8.0, said],
                      ["agent", 8.5, 12.0, "好的，我帮您看一下。"]]}
    (o,) = outcomes_of(bank, case, "risk.disclosure_missing")
    assert (o.status == "hit") == triggered, o.evidence


def test_the_words_before_a_window_can_make_it_a_near_miss(bank):
    # The window 验证码说给他听 alone is close to a code given away; the sentence it ends is
    # a question about the bank's own staff, closer to the intent's near miss.
    intent = bank.intents["fraud_signal"]
    question = "去营业厅的时候，工作人员会不会让我把手机收到的验证码说给他听"
    given = "对方让我把手机收到的验证码说给他听，我说了"
    assert intent.longest_near_miss > 0
    for said, found in ((question, False), (given, True)):
        case = {"turns": [["customer", 3.0, 8.0, said]]}
        call = example_call(case, bank.language)
        ctx = bank.context(call, pass_evidence=True)
        assert bool(intent.finditer(ctx.stream("customer"))) is found, said


def test_a_fraud_situation_in_the_customers_own_words_is_a_risk_alert(bank):
    # DOMAIN: risk words trigger human attention; the fraud situations the pack knows as the
    # fraud_signal step (police/court, safe accounts, codes, remote apps) are risk words too.
    case = {"turns": [["customer", 5.0, 11.0, "警察打电话说我涉嫌洗钱，让我把钱转到安全账户"]]}
    (o,) = outcomes_of(bank, case, "risk.keyword_alert")
    assert o.status == "hit" and "fraud_signal" in o.evidence, o.reason
    case = {"turns": [["customer", 5.0, 11.0, "我想给我女儿转三千块生活费"]]}
    (o,) = outcomes_of(bank, case, "risk.keyword_alert")
    assert o.status == "pass"


def test_a_swindle_named_in_the_reply_marks_the_story_not_the_follow_up(bank):
    # The agent names the swindle after the caller's short follow-up: the hit is the story
    # the caller told (its time is what a reviewer plays), not 还没交，那我该咋办.
    story = "有个自称快递公司的人说我的包裹丢了要理赔，让我先交五百块保证金到他发的账户。"
    case = {"turns": [["customer", 3.0, 12.0, story],
                      ["agent", 12.5, 15.0, "您交了没有？"],
                      ["customer", 15.5, 17.0, "还没交。那我该咋办？"],
                      ["agent", 17.5, 24.0, "快递理赔不会先收钱，这是冒充快递公司理赔的骗局，那五百块千万别交。"]]}
    hits = [o for o in outcomes_of(bank, case, "risk.keyword_alert") if o.status == "hit"]
    assert [(o.start, o.end) for o in hits] == [(3.0, 12.0)], [o.evidence for o in hits]


JARGON_WITH_ORDINARY = """\
    id: jargon_ordinary
    version: 1
    language: zh
    rules:
      - id: etiquette.jargon
        type: jargon
        title: t
        message: {zh: m}
        severity: minor
        role: agent
        per: turn
        terms: [结售汇]
        ORDINARY
        examples:
          pass:
            - name: everyday_words_with_the_terms_sound
              turns:
                - [agent, 1.0, 5.0, 我们接受会员预约。]
          fail:
            - name: the_term_itself
              turns:
                - [agent, 1.0, 5.0, 这笔要走结售汇。]
    """


def test_jargon_ordinary_words_excuse_a_terms_sound_in_their_own_characters(tmp_path):
    from qa_toolkit.rules.examples import run_examples

    with_ordinary = load_pack(_write(tmp_path, "with.yaml", JARGON_WITH_ORDINARY.replace(
        "ORDINARY", "ordinary_words: [接受会]")))
    assert all(r.ok for r in run_examples(with_ordinary))
    # Without the list, 接受会 is heard as the term by its sound and the pass example fails.
    without = load_pack(_write(tmp_path, "without.yaml", JARGON_WITH_ORDINARY.replace(
        "ORDINARY", "")))
    failed = [r for r in run_examples(without) if not r.ok]
    assert [r.name for r in failed] == ["everyday_words_with_the_terms_sound"]


def test_an_intent_with_its_own_vocabulary_moves_no_other_intents_scores():
    """A KB topic's intent (``own_vocabulary``) is scored in a book of its own: adding it
    leaves every other intent's IDF, and so its similarities, as they were."""
    from qa_toolkit.rules.intents import Intent, IntentBook

    lang = Lang("zh")

    def step() -> Intent:
        return Intent("warning", ["转账之前一定要核实对方身份", "不要把验证码告诉任何人",
                                  "陌生人让您汇款都是骗局"], 0.3, {})

    alone = IntentBook([step()], lang)
    fee = Intent("kb_fee", ["柜台跨行转账按金额收千分之五", "往别的银行转钱按比例收手续费"],
                 0.3, {}, needs=["跨行", "别的银行", "外行"], own_vocabulary=True,
                 synonyms={"他行": ["别的银行", "外行"]})
    shared = IntentBook([step(), replace(fee, own_vocabulary=False, synonyms={})], lang)
    together = IntentBook([step(), fee], lang)
    sentence = "转钱给别的银行之前先核实对方身份"
    assert together["warning"].similarity(sentence) == alone["warning"].similarity(sentence)
    assert shared["warning"].similarity(sentence) != alone["warning"].similarity(sentence)
    assert "kb_fee" in together and [i.name for i in together.every()] == ["warning", "kb_fee"]
    assert together["kb_fee"].similarity("去外行汇款按金额收千分之五")[0] >= 0.3


def test_own_synonyms_need_an_own_vocabulary_and_a_flag_needs_a_bool(tmp_path):
    path = _write(tmp_path, "own.yaml", """\
        id: own
        version: 1
        language: zh
        intents:
          fee:
            own_vocabulary: yes please
            examples: [柜台跨行按金额收费, 往别的银行转钱按比例收]
          warn:
            synonyms: {他行: [别的银行, 外行]}
            examples: [转账前核实对方身份, 不要告诉别人验证码]
        rules: []
        """)
    with pytest.raises(PackError) as info:
        load_pack(path)
    text = "\n".join(info.value.errors)
    assert f"{path}:6: intent fee: own_vocabulary: expected true or false" in text
    assert f"{path}:9: intent warn: synonyms: only an intent with own_vocabulary" in text
