"""Call scores from outcomes and a scorecard: deductions, caps, red lines, bonus, loading."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_toolkit.scoring import (ScorecardError, category, default_scorecard_path,
                                load_scorecard, outcome_from_hit, score_call)
from qa_toolkit.types import Outcome


def hit(rule_id: str, points: float = 2.0, severity: str = "minor",
        status: str = "hit") -> Outcome:
    return Outcome(rule_id=rule_id, status=status, severity=severity, points=points,  # type: ignore[arg-type]
                   message=rule_id, start=1.0, end=2.0, role="agent", evidence="00:01 agent")


def write_card(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "t.scorecard.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_default_is_100_minus_points_of_hits_only():
    outcomes = [hit("greeting.missing", 5, "major"), hit("etiquette.jargon", 2),
                hit("etiquette.jargon", 2), hit("closing.missing", 3, status="review"),
                hit("identity.not_verified", 10, "critical", status="pass")]
    score = score_call(outcomes)
    assert score.score == 91.0
    assert score.deductions == 9.0
    assert score.by_category == {"etiquette": 4.0, "greeting": 5.0}
    assert not score.red_line


def test_default_floors_at_zero():
    score = score_call([hit("etiquette.jargon", 30)] * 4)
    assert score.score == 0.0 and score.deductions == 120.0


def test_rule_max_and_category_cap(tmp_path):
    card = load_scorecard(write_card(tmp_path, {
        "rules": {"etiquette.interruption": {"max": 6}, "greeting.missing": 8},
        "category_caps": {"etiquette": 10}}))
    outcomes = [hit("etiquette.interruption", 3)] * 5 + [hit("etiquette.jargon", 3)] * 2 + \
        [hit("greeting.missing", 5)]
    score = score_call(outcomes, card)
    # interruption 15 → max 6; + jargon 6 = 12 → cap 10; greeting overridden to 8.
    assert score.by_category == {"etiquette": 10.0, "greeting": 8.0}
    assert score.score == 82.0


def test_severity_table(tmp_path):
    card = load_scorecard(write_card(tmp_path, {
        "deduct_from": "severity",
        "by_severity": {"info": 0, "minor": 1, "major": 4, "critical": 9}}))
    score = score_call([hit("a.x", 50, "major"), hit("b.y", 50, "minor"), hit("c.z", 7, "info")],
                       card)
    assert score.score == 95.0


def test_red_line_fails_the_call(tmp_path):
    card = load_scorecard(write_card(tmp_path, {"red_line": ["identity.not_verified"],
                                                "floor": 0}))
    score = score_call([hit("identity.not_verified", 1)], card)
    assert score.red_line and score.score == 0.0
    assert not score_call([hit("identity.not_verified", 1, status="review")], card).red_line


def test_bonus_with_unless_and_max(tmp_path):
    card = load_scorecard(write_card(tmp_path, {
        "bonus": [{"rule_id": "emotion.customer_negative", "points": 3,
                   "unless": ["emotion.agent_negative"]},
                  {"rule_id": "closing.missing", "when": "pass", "points": 4}],
        "max_bonus": 5, "rules": {"emotion.customer_negative": 0}}))
    upset = hit("emotion.customer_negative", 2)
    calm = score_call([upset, hit("closing.missing", status="pass"), hit("etiquette.jargon", 2)],
                      card)
    assert calm.bonus == 5.0 and calm.score == 100.0  # 100 - 2 + 5 capped at max_score
    rude = score_call([upset, hit("emotion.agent_negative", 4)], card)
    assert rude.bonus == 0.0 and rude.score == 96.0


def test_shipped_scorecard_loads_and_round_trips():
    card = load_scorecard(None)
    assert card.source == str(default_scorecard_path())
    assert card.id == "bank_zh" and card.start == 100
    assert "identity.not_verified" in card.red_line
    assert card.coaching_topic("etiquette.jargon")
    assert card.coaching_topic("greeting.missing") == card.coaching["greeting"]
    from qa_toolkit.scoring import scorecard_from_dict
    assert scorecard_from_dict(card.to_dict()).digest == card.digest
    # The customer's mood never costs the agent points.
    assert score_call([hit("emotion.customer_negative", 5)], card).deductions == 0


def test_default_scorecard_path_next_to_pack(tmp_path):
    assert default_scorecard_path(str(tmp_path / "my_pack.yaml")) == \
        tmp_path / "my_pack.scorecard.yaml"


@pytest.mark.parametrize("data, fragment", [
    ({"start": "hundred"}, "start: expected a number"),
    ({"deduct_from": "mood"}, "deduct_from"),
    ({"by_severity": {"fatal": 3}}, "by_severity.fatal: unknown severity"),
    ({"rules": {"etiquette.jargon": {"points": -1}}}, "rules.etiquette.jargon.points"),
    ({"bonus": [{"points": 2}]}, "bonus[0].rule_id"),
    ({"category_caps": [1, 2]}, "category_caps: expected a mapping"),
    ({"colour": 1}, "colour: unknown key"),
    ({"deduct_from": "severity", "by_severity": {"minor": 1}}, "needs points for info"),
])
def test_bad_scorecard_names_file_and_key(tmp_path, data, fragment):
    path = write_card(tmp_path, data)
    with pytest.raises(ScorecardError) as err:
        load_scorecard(path)
    assert str(path) in str(err.value) and fragment in str(err.value)


def test_broken_yaml_and_missing_file(tmp_path):
    path = tmp_path / "broken.scorecard.yaml"
    path.write_text("start: 100\nrules: {a: [\n", encoding="utf-8")
    with pytest.raises(ScorecardError, match=r"broken\.scorecard\.yaml:\d+: invalid YAML"):
        load_scorecard(path)
    with pytest.raises(ScorecardError, match="not found"):
        load_scorecard(tmp_path / "nope.yaml")


def test_outcome_from_call_json_hit_scores_the_same():
    original = [hit("greeting.missing", 5, "major"), hit("etiquette.jargon", 2)]
    rebuilt = [outcome_from_hit(o.to_dict()) for o in original]
    assert score_call(rebuilt) == score_call(original)
    assert category("greeting.staff_id_missing") == "greeting" and category("solo") == "solo"


def test_shipped_scorecard_names_only_rules_of_its_pack():
    from conftest import shipped_pack

    card = load_scorecard(None)
    rule_ids = {r.id for r in shipped_pack(card.id).rules}
    categories = {category(r) for r in rule_ids}
    named = set(card.rules) | set(card.red_line) | set(card.mandated) | \
        {b.rule_id for b in card.bonus} | {u for b in card.bonus for u in b.unless}
    assert named <= rule_ids, named - rule_ids
    assert set(card.coaching) <= rule_ids | categories
    # Every rule of the pack has a coaching topic, so no recurring issue goes without one.
    assert all(card.coaching_topic(r) for r in rule_ids), \
        [r for r in rule_ids if not card.coaching_topic(r)]
