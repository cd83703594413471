"""Every example of every rule of every shipped pack is a test case (sqlfluff style).

A case id is ``<pack>:<rule>_<case>``; a pack edit that breaks an example fails here with the
rule's file:line. A meta-test makes sure every rule shows at least one failing example, so a
rule that can never fire cannot hide.
"""

from __future__ import annotations

import pytest

from qa_toolkit.rules import available_packs, load_pack
from qa_toolkit.rules.examples import check_example
from qa_toolkit.rules.pack import iter_examples

PACKS = {name: load_pack(name) for name in available_packs()}
CASES = [(name, spec, kind, case) for name, pack in PACKS.items()
         for spec, kind, case in iter_examples(pack)]


def test_shipped_packs_found():
    assert {"bank_zh", "generic_en"} <= set(PACKS)


@pytest.mark.parametrize("pack_name,spec,kind,case", CASES,
                         ids=[f"{p}:{s.id}_{c['name']}" for p, s, _, c in CASES])
def test_rule_example(pack_name, spec, kind, case):
    result = check_example(PACKS[pack_name], spec, kind, case)
    assert result.ok, f"{spec.source} {kind} example {case['name']}: {result.problem}"


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
