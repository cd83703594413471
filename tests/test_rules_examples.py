"""Every example of every rule of every shipped pack is a test case (sqlfluff style).

A case id is ``<pack>:<rule>_<case>``; a pack edit that breaks an example fails here with the
rule's file:line. A meta-test makes sure every rule shows at least one failing example, so a
rule that can never fire cannot hide.
"""

from __future__ import annotations

import re

import pytest

from conftest import shipped_pack
from qa_toolkit.rules import available_packs
from qa_toolkit.rules.examples import check_example, run_intent_examples
from qa_toolkit.rules.pack import iter_examples

PACKS = {name: shipped_pack(name) for name in available_packs()}
CASES = [(name, spec, kind, case) for name, pack in PACKS.items()
         for spec, kind, case in iter_examples(pack)]
INTENT_CASES = [(name, check) for name, pack in PACKS.items()
                for check in run_intent_examples(pack)]


def test_shipped_packs_found():
    assert {"bank_zh", "generic_en"} <= set(PACKS)


@pytest.mark.parametrize("pack_name,spec,kind,case", CASES,
                         ids=[f"{p}:{s.id}_{c['name']}" for p, s, _, c in CASES])
def test_rule_example(pack_name, spec, kind, case):
    result = check_example(PACKS[pack_name], spec, kind, case)
    assert result.ok, f"{spec.source} {kind} example {case['name']}: {result.problem}"


@pytest.mark.parametrize("pack_name,check", INTENT_CASES,
                         ids=[f"{p}:intent.{c.intent}_{c.kind}_{i}"
                              for i, (p, c) in enumerate(INTENT_CASES)])
def test_intent_sentence(pack_name, check):
    assert check.ok, f"{PACKS[pack_name].intents[check.intent].source}: {check.problem}"


def test_intent_paraphrases_share_no_word_with_the_examples():
    # The matcher must generalise: each intent has two or more paraphrases sharing no
    # two-character word with its examples (only single characters, pinyin and synonyms);
    # its other paraphrases are ASR renderings (身份何时成功) and Traditional characters.
    # A KB topic's figure and its unit (两三个工作日, 千分之五) are what the sentence states,
    # not its wording: they are left out of both sides.
    pack = PACKS["bank_zh"]

    def wording(text: str) -> str:
        return _FIGURE.sub("|", pack.lang.norm(text))

    for intent in pack.intents.every():
        words = {e[i:i + 2] for e in map(wording, intent.examples) for i in range(len(e) - 1)}
        disjoint = []
        for text in intent.paraphrases:
            norm = wording(text)
            if not {norm[i:i + 2] for i in range(len(norm) - 1)} & words - _FUNCTION_WORDS:
                disjoint.append(text)
        assert len(disjoint) >= 2, f"{intent.name}: only {disjoint} share no word"


_FIGURE = re.compile(r"[零一二两三四五六七八九十百千万几\d]+个?(?:工作日|分之[零一二两三四五六七八九十\d]+)")
"""A figure with its unit (numbers.py's forms)."""
_FUNCTION_WORDS = {"恒通", "请问", "您是", "一下", "我的", "您的", "已经", "可以", "还有", "不会",
                   "我要", "我把", "你们", "的人", "可能", "不要"}
"""Runs that carry no step (the bank's name, 请问, 一下, 您的…): a paraphrase may share them."""


def test_every_intent_is_used_and_tested():
    pack = PACKS["bank_zh"]
    used = {name for spec in pack.specs for name in pack.intents_of(spec)}
    assert used == {intent.name for intent in pack.intents.every()}
    for intent in pack.intents.every():
        assert 5 <= len(intent.examples) <= 12, intent.name
        assert intent.paraphrases and intent.unrelated, intent.name


@pytest.mark.parametrize("pack_name", sorted(PACKS))
def test_every_rule_has_a_failing_and_a_passing_example(pack_name):
    pack = PACKS[pack_name]
    no_fail = [s.id for s in pack.specs if not s.examples.get("fail")]
    no_pass = [s.id for s in pack.specs if not s.examples.get("pass")]
    assert not no_fail, f"rules without a failing example: {no_fail}"
    assert not no_pass, f"rules without a passing example: {no_pass}"


def test_bank_pack_defines_the_public_rule_ids():
    public = {"greeting.missing", "greeting.staff_id_missing", "identity.not_verified",
              "risk.disclosure_missing", "closing.missing", "etiquette.interruption",
              "etiquette.jargon", "etiquette.forbidden_phrase", "etiquette.dead_air",
              "hold.no_notice", "etiquette.speech_rate", "emotion.agent_negative",
              "emotion.customer_negative", "risk.keyword_alert"}
    assert public <= {s.id for s in PACKS["bank_zh"].specs}


def test_required_phrase_rules_show_a_cannot_assess_example():
    # Three-state verdicts: the script rules must demonstrate "review" on unreliable words.
    pack = PACKS["bank_zh"]
    for rule_id in ("greeting.missing", "greeting.staff_id_missing", "closing.missing",
                    "identity.not_verified", "risk.disclosure_missing"):
        assert pack.rule(rule_id).examples.get("review"), rule_id
