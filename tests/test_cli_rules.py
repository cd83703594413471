"""`qa-toolkit rules list|validate|test|explain` and `qa-toolkit check`, run as a user runs them."""

from __future__ import annotations

import csv
import json
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, invoke_cli, run_cli, shipped_pack
from qa_toolkit.rules.examples import example_call
from qa_toolkit.runfolder import write_call
from qa_toolkit.scoring import score_call

COMMANDS = [("rules",), ("rules", "list"), ("rules", "validate"), ("rules", "test"),
            ("rules", "explain"), ("check",)]


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help(path):
    result = invoke_cli(*path, "--help")
    assert result.returncode == 0, result.stderr
    assert "Example" in result.stdout


def test_list_shows_public_rules():
    result = invoke_cli("rules", "list", "--rules", "bank_zh")
    assert result.returncode == 0, result.stderr
    assert "identity.not_verified" in result.stdout and "critical" in result.stdout
    assert result.stdout.splitlines()[0].startswith("bank_zh 1.0.0 (zh) sha256 ")


def test_validate_all_shipped_packs():
    result = invoke_cli("rules", "validate")
    assert result.returncode == 0, result.stderr
    assert "ok bank_zh" in result.stdout and "ok generic_en" in result.stdout


def test_validate_broken_pack_gives_file_line_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nversion: 1\nlanguage: zh\nrules:\n  - id: greeting.missing\n"
                   "    type: phrase_required\n    title: t\n    message: {zh: m}\n"
                   "    severity: loud\n    phrases: [您好]\n", encoding="utf-8")
    result = run_cli("rules", "validate", bad, timeout=120)
    assert result.returncode == 2
    assert f"error: {bad}:9: rule greeting.missing: severity: expected one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_test_command_runs_examples_and_fails_on_a_broken_example(tmp_path):
    result = invoke_cli("rules", "test", "bank_zh")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "examples pass in bank_zh" in result.stdout
    # A pack whose failing example does not fail: exit 1 and the case named.
    pack = tmp_path / "p.yaml"
    pack.write_text(textwrap.dedent("""\
        id: p
        version: 1
        language: zh
        rules:
          - id: closing.missing
            type: phrase_required
            title: t
            message: {zh: m}
            severity: minor
            phrases: [再见]
            examples:
              fail:
                - name: says_bye
                  turns: [[agent, 1.0, 2.0, 再见]]
        """), encoding="utf-8")
    result = invoke_cli("rules", "test", pack)
    assert result.returncode == 1
    assert "FAIL closing.missing_says_bye (fail" in result.stdout
    assert "0/1 examples pass" in result.stdout


INTENT_PACK = """\
    id: p
    version: 1
    language: zh
    synonyms:
      本人: [本人, 卡主, 持卡人]
    intents:
      identity_check:
        title: {zh: 身份核验, en: identity verification}
        examples: [请问您是持卡人本人吗, 请提供身份证后四位]
        paraphrases: [请问您是卡主吗]
        unrelated: [%s]
    rules:
      - id: identity.asked
        type: phrase_required
        title: t
        message: {zh: m, en: m}
        severity: minor
        phrases: [{intent: identity_check}]
        examples:
          pass:
            - name: reworded
              turns: [[agent, 1.0, 3.0, 请问您是卡主吗]]
          fail:
            - name: other_talk
              turns: [[agent, 1.0, 3.0, 我们网点五点下班]]
    """


def test_test_command_runs_the_intents_test_sentences(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(textwrap.dedent(INTENT_PACK % "我们网点五点下班"), encoding="utf-8")
    result = invoke_cli("rules", "test", pack, "-v")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2/2 examples pass" in result.stdout and "2/2 intent test sentences pass" in result.stdout
    # An "unrelated" sentence the matcher takes for the step: exit 1, the intent's line named.
    pack.write_text(textwrap.dedent(INTENT_PACK % "请问您是持卡人吗"), encoding="utf-8")
    result = invoke_cli("rules", "test", pack)
    assert result.returncode == 1
    assert "FAIL intent identity_check (p.yaml:7)" in result.stdout.replace(str(tmp_path) + "/", "")
    assert "should not match" in result.stdout


def test_explain_shows_the_intent_examples_and_the_closest_one_as_evidence(tmp_path):
    call = example_call({"turns": [["agent", 0.5, 4.0, "您好，请问您是卡主本人吗"]]}, call_id="c1")
    path = tmp_path / "c1.json"
    path.write_text(json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    result = invoke_cli("rules", "explain", "identity.not_verified", "--call", path)
    assert result.returncode == 0, result.stderr
    assert "intent identity_check (身份核验)" in result.stdout
    assert "    请问您是持卡人本人吗" in result.stdout


def test_intent_mistakes_are_file_line_errors(tmp_path):
    pack = tmp_path / "p.yaml"
    text = textwrap.dedent(INTENT_PACK % "我们网点五点下班")
    text = text.replace("[本人, 卡主, 持卡人]", "[本人, 卡]").replace(
        "phrases: [{intent: identity_check}]", "phrases: [{intent: id_check}]").replace(
        "examples: [请问您是持卡人本人吗, 请提供身份证后四位]", "examples: [请问您是持卡人本人吗]")
    pack.write_text(text, encoding="utf-8")
    result = invoke_cli("rules", "validate", pack)
    assert result.returncode == 2
    err = result.stderr.replace(str(tmp_path) + "/", "")
    assert "p.yaml:5: synonyms.本人: 卡: a synonym needs two or more syllables" in err
    assert "p.yaml:9: intent identity_check: examples: give at least 2 sentences" in err
    assert "p.yaml:18: rule identity.asked: phrases: unknown intent 'id_check' (the pack's " \
           "intents: identity_check)" in err


def test_an_intent_window_needs_one_of_its_needed_words(tmp_path):
    """``needs``: a sentence near the examples only by their other words is not the step, and
    an example holding none of the needed words is the pack author's mistake."""
    pack = tmp_path / "p.yaml"
    text = textwrap.dedent(INTENT_PACK % "我们网点五点下班")
    pack.write_text(text, encoding="utf-8")
    assert invoke_cli("rules", "test", pack).returncode == 0
    # 请问您是本人吗 reaches the threshold on 请问您是 and the concept 本人; needing 身份证, 卡主 or
    # 持卡人, it no longer matches.
    needs = text.replace("    paraphrases:", "    needs: [身份证, 卡主, 持卡人]\n    paraphrases:")
    pack.write_text(needs.replace("unrelated: [我们网点五点下班]", "unrelated: [请问您是本人吗]"),
                    encoding="utf-8")
    assert invoke_cli("rules", "test", pack).returncode == 0
    pack.write_text(needs.replace("needs: [身份证, 卡主, 持卡人]", "needs: [身份证]"), encoding="utf-8")
    result = invoke_cli("rules", "validate", pack)
    assert result.returncode == 2
    assert "examples: 「请问您是持卡人本人吗」 holds none of the words it needs (身份证)" in result.stderr


def test_explain_rule_and_its_verdict_on_a_call(tmp_path):
    call = example_call({"turns": [["agent", 0.5, 4.0, "您好，恒通银行，公号8027"]]}, call_id="c1")
    path = tmp_path / "c1.json"
    path.write_text(json.dumps(call.to_dict(), ensure_ascii=False), encoding="utf-8")
    result = invoke_cli("rules", "explain", "greeting.staff_id_missing", "--call", path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "phrase_required" in out and "工号XXXX" in out and "first_seconds" in out
    assert "PASS" in out and "homophone" in out
    result = invoke_cli("rules", "explain", "no.such_rule")
    assert result.returncode == 2 and "not in pack bank_zh" in result.stderr


def _make_out(root: Path) -> Path:
    """A run folder whose calls were judged by bank_zh (transcripts as a run saves them)."""
    pack = shipped_pack("bank_zh")
    out = root / "out"
    cases = {
        "c1": [["agent", 0.5, 4.0, "您好，恒通银行，工号八零二七"],
               ["customer", 5.0, 8.0, "我想提额"],
               ["agent", 9.0, 12.0, "这个不归我管"],
               ["agent", 13.0, 15.0, "感谢您的来电，再见"]],
        "c2": [["agent", 0.5, 4.0, "您好，恒通银行，工号八零二七"],
               ["agent", 5.0, 9.0, "那个那个，您稍等"],
               ["agent", 10.0, 12.0, "感谢您的来电，再见"]],
    }
    for call_id, turns in cases.items():
        call = example_call({"turns": turns}, call_id=call_id)
        call.rule_pack = {"id": pack.id, "version": pack.version, "sha256": pack.sha256}
        outcomes = pack.evaluate(call)
        call.hits = [o for o in outcomes if o.status == "hit"]
        call.review = [o for o in outcomes if o.status == "review"]
        call.score = score_call(outcomes)
        write_call(out, call)
    return out


def test_check_reports_new_and_removed_hits_and_writes_only_when_asked(tmp_path):
    out = _make_out(tmp_path)
    tuned = tmp_path / "tuned.yaml"
    tuned.write_text(textwrap.dedent(f"""\
        id: tuned
        version: "1.1"
        extends: {ROOT / 'rules' / 'bank_zh.yaml'}
        rules:
          - id: etiquette.forbidden_phrase
            enabled: false
          - id: etiquette.filler_words
            type: phrase_forbidden
            title: 口头禅
            message: {{zh: 坐席口头禅过多}}
            severity: minor
            points: 1
            phrases: [那个那个]
        """), encoding="utf-8")
    before = (out / "calls" / "c1.json").read_bytes()
    result = invoke_cli("check", out, "--rules", tuned)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 call(s) re-checked with tuned 1.1")
    forbidden = next(l for l in lines if l.startswith("etiquette.forbidden_phrase "))
    assert forbidden.split()[1:5] == ["1", "0", "+0", "-1"]
    filler = next(l for l in lines if l.startswith("etiquette.filler_words "))
    assert filler.split()[1:5] == ["0", "1", "+1", "-0"]
    assert any(l.strip().startswith("removed etiquette.forbidden_phrase c1") for l in lines)
    assert lines[-1] == "total: 1 new, 1 removed hit(s)"
    assert (out / "calls" / "c1.json").read_bytes() == before      # nothing written

    result = invoke_cli("check", out, "--rules", tuned, "--write")
    assert result.returncode == 0, result.stderr
    saved = json.loads((out / "calls" / "c2.json").read_text(encoding="utf-8"))
    assert [h["rule_id"] for h in saved["hits"]] == ["etiquette.filler_words"]
    assert saved["rule_pack"]["id"] == "tuned" and saved["score"] == 99
    with open(out / "rule_hits.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    # c1 is a 15 s card call (提额): under the card minimum, an info-level hit of both packs.
    assert [(r["call_id"], r["rule_id"]) for r in rows] == [
        ("c1", "emotion.agent_negative"), ("c1", "handling.time_standard"),
        ("c2", "etiquette.filler_words")]
    result = invoke_cli("check", out, "--rules", tuned)
    assert result.stdout.splitlines()[-1] == "total: 0 new, 0 removed hit(s)"


def test_check_on_a_folder_without_calls(tmp_path):
    result = run_cli("check", tmp_path, timeout=120)
    assert result.returncode == 2 and "no calls/*.json" in result.stderr
