"""`qa-toolkit eval` figures on a hand-made truth/OUT pair, checked against values computed by
hand (worked out in the comments next to each assertion)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from qa_toolkit.agreement import Kappa
from qa_toolkit.evaluate import evaluate, write_csv, write_html
from qa_toolkit.runfolder import read_calls
from qa_toolkit.types import Call
from qa_toolkit.truth import EvalError, load_truth

# Truth: three calls. cA and cB are Chinese, cE English. cA exists as a stereo recording only,
# cB as stereo and mono, cE as mono only.
TRUTH = {
    "cA": {"call_id": "cA", "language": "zh",
           "files": {"stereo": "samples/stereo/cA-stereo.flac"},
           "turns": [{"role": "agent", "start": 0.0, "end": 4.0, "text": "您好，工号1234。"},
                     {"role": "customer", "start": 4.0, "end": 6.0, "text": "查余额"}],
           "violations": [{"rule_id": "closing.missing", "start": 5.0, "end": 6.0}]},
    "cB": {"call_id": "cB", "language": "zh",
           "files": {"stereo": "samples/stereo/cB-stereo.flac",
                     "mono": "samples/mono/cB-mono.flac"},
           "turns": [{"role": "agent", "start": 0.0, "end": 5.0, "text": "请问还有其他问题吗？"},
                     {"role": "customer", "start": 5.0, "end": 8.0, "text": "没有了，谢谢。"}],
           "violations": [{"rule_id": "greeting.missing", "start": 0.0, "end": 1.0},
                          {"rule_id": "etiquette.interruption", "start": 4.8, "end": 5.2}]},
    "cE": {"call_id": "cE", "language": "en",
           "files": {"mono": "samples/mono/cE-mono.flac"},
           "turns": [{"role": "agent", "start": 0.0, "end": 2.0, "text": "Hello, how can I help?"},
                     {"role": "customer", "start": 2.0, "end": 4.0, "text": "My card is lost."}],
           "violations": []},
}

LABELS = [
    ("cA", "closing.missing", "hit", "wang"), ("cA", "etiquette.jargon", "pass", "wang"),
    ("cB", "greeting.missing", "hit", "wang"), ("cB", "etiquette.interruption", "hit", "wang"),
    ("cA", "closing.missing", "hit", "li"), ("cA", "etiquette.jargon", "hit", "li"),
    ("cB", "greeting.missing", "hit", "li"), ("cB", "etiquette.interruption", "pass", "li"),
]


def _turn(speaker, role, start, end, text):
    return {"speaker": speaker, "role": role, "start": start, "end": end, "text": text,
            "words": []}


def _hit(rule_id, start, end, evidence, role="agent"):
    return {"rule_id": rule_id, "severity": "major", "points": 5, "start": start, "end": end,
            "role": role, "evidence": evidence, "message": evidence}


OUT_CALLS = [
    # Words right (Traditional 餘額 counts as 余额); the customer turn has no role: 4 of 6 s.
    {"call_id": "cA-stereo", "source": "samples/stereo/cA-stereo.flac", "duration_s": 6.0,
     "language": "zh",
     "turns": [_turn("S0", "agent", 0.0, 4.0, "您好，工号1234"),
               _turn("S1", "unknown", 4.0, 6.0, "查餘額")],
     "hits": [_hit("closing.missing", None, None, "no closing phrase"),
              _hit("etiquette.jargon", 1.0, 2.0, "客户手机13812345678 说了 LPR")],
     "review": []},
    # 其它 for 其他 (1 substitution) and 没有谢谢 for 没有了谢谢 (1 deletion); the interruption
    # could not be assessed (a review item, not a hit).
    {"call_id": "cB-stereo", "source": "samples/stereo/cB-stereo.flac", "duration_s": 8.0,
     "language": "zh",
     "turns": [_turn("S0", "agent", 0.0, 5.0, "请问还有其它问题吗"),
               _turn("S1", "customer", 5.0, 8.0, "没有谢谢")],
     "hits": [_hit("greeting.missing", None, None, "no greeting")],
     "review": [dict(_hit("etiquette.interruption", 4.8, 5.2, "overlap"), reason="low prob")]},
    # Words right, but the agent turn runs 1 s into the customer's speech.
    {"call_id": "cB-mono", "source": "samples/mono/cB-mono.flac", "duration_s": 8.0,
     "language": "zh",
     "turns": [_turn("S0", "agent", 0.0, 6.0, "请问还有其他问题吗没有"),
               _turn("S1", "customer", 6.0, 8.0, "了谢谢")],
     "hits": [_hit("greeting.missing", None, None, "no greeting"),
              _hit("etiquette.interruption", 4.9, 5.1, "agent talked over customer"),
              _hit("risk.keyword_alert", 6.0, 7.0, "冻结", role="customer")],
     "review": []},
    # "was" for "is": 1 substitution in 9 words.
    {"call_id": "cE-mono", "source": "samples/mono/cE-mono.flac", "duration_s": 4.0,
     "language": "en",
     "turns": [_turn("A", "agent", 0.0, 2.0, "hello how can i help"),
               _turn("B", "customer", 2.0, 4.0, "my card was lost")],
     "hits": [], "review": []},
]


def write_pair(tmp: Path) -> tuple[Path, Path]:
    """Write the truth folder (JSON + labels CSV) and the OUT folder; return both."""
    truth_dir, out = tmp / "truth", tmp / "out"
    truth_dir.mkdir()
    (out / "calls").mkdir(parents=True)
    for call_id, data in TRUTH.items():
        (truth_dir / f"{call_id}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with open(truth_dir / "labels.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["call_id", "rule_id", "verdict", "reviewer"])
        writer.writerows(LABELS)
    for call in OUT_CALLS:
        (out / "calls" / f"{call['call_id']}.json").write_text(
            json.dumps(call, ensure_ascii=False), "utf-8")
    return truth_dir, out


@pytest.fixture
def report(tmp_path):
    truth_dir, out = write_pair(tmp_path)
    calls = read_calls(out)
    return evaluate(calls, load_truth([truth_dir]))


def _group(report, name):
    return next(g for g in report.groups if g.name == name)


def _rules(group):
    return {r.rule_id: (r.tp, r.fp, r.fn, r.review) for r in group.rules}


def test_groups_follow_the_truth_files(report):
    assert [g.name for g in report.groups] == ["mono", "stereo", "all"]
    assert [c.out_id for c in _group(report, "stereo").calls] == ["cA-stereo", "cB-stereo"]
    assert {c.truth_id for c in _group(report, "mono").calls} == {"cB", "cE"}
    assert report.unmatched == []


def test_asr_error_rates(report):
    stereo, mono, everything = (_group(report, n) for n in ("stereo", "mono", "all"))
    # cA: 您好工号1234 + 查余额 = 11 characters, 0 errors; cB: 9 + 5 = 14 characters, 2 errors.
    assert (stereo.asr["cer"].errors, stereo.asr["cer"].reference) == (2, 25)
    assert stereo.asr["cer"].rate == pytest.approx(2 / 25)
    assert (stereo.asr["cer"].substitutions, stereo.asr["cer"].deletions) == (1, 1)
    # Turn boundaries do not matter: the mono call's text is right.
    assert mono.asr["cer"].rate == 0.0 and mono.asr["cer"].reference == 14
    assert mono.asr["wer"].rate == pytest.approx(1 / 9)
    assert everything.asr["cer"].rate == pytest.approx(2 / 39)
    assert "wer" not in stereo.asr


def test_diarization_error_rates(report):
    stereo, mono, everything = (_group(report, n) for n in ("stereo", "mono", "all"))
    assert stereo.der == pytest.approx(0.0) and stereo.jer == pytest.approx(0.0)
    # cB-mono: collars of ±0.125 s around the truth boundaries 0, 5, 8 leave
    # [0.125, 4.875] (agent) and [5.125, 7.875] (customer): 7.5 s. The agent label covers
    # [5.125, 6]: 0.875 s of confusion. cE-mono adds 3.5 s scored without error.
    cb = next(c for c in mono.calls if c.out_id == "cB-mono")
    assert cb.der == pytest.approx(0.875 / 7.5)
    assert mono.der == pytest.approx(0.875 / 11)
    # cA-stereo scores 5.5 s and cB-stereo 7.5 s, both without error.
    assert everything.der == pytest.approx(0.875 / 24)
    # JER per truth speaker: agent 1 - 4.75/5.625, customer 1 - 1.875/2.75; averaged over
    # every truth speaker of the group (cE's two are perfect).
    jer_agent, jer_customer = 0.875 / 5.625, 0.875 / 2.75
    assert cb.jer == pytest.approx((jer_agent + jer_customer) / 2)
    assert mono.jer == pytest.approx((jer_agent + jer_customer) / 4)
    assert everything.jer == pytest.approx((jer_agent + jer_customer) / 8)


def test_role_accuracy(report):
    stereo, mono, everything = (_group(report, n) for n in ("stereo", "mono", "all"))
    # cA: 4 of 6 s (customer turn unlabelled); cB-stereo: 8 of 8 s.
    assert stereo.role_accuracy == pytest.approx(12 / 14)
    # cB-mono: agent 5 of 5 s, customer 2 of 3 s; cE: 4 of 4 s.
    assert mono.role_accuracy == pytest.approx(11 / 12)
    assert everything.role_accuracy == pytest.approx(23 / 26)


def test_rule_precision_recall_f1(report):
    stereo, mono, everything = (_group(report, n) for n in ("stereo", "mono", "all"))
    assert _rules(stereo) == {"closing.missing": (1, 0, 0, 0), "etiquette.jargon": (0, 1, 0, 0),
                              "greeting.missing": (1, 0, 0, 0),
                              "etiquette.interruption": (0, 0, 1, 1)}
    micro = stereo.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    assert micro.precision == pytest.approx(2 / 3) and micro.recall == pytest.approx(2 / 3)
    assert micro.f1 == pytest.approx(2 / 3)
    assert _rules(mono) == {"greeting.missing": (1, 0, 0, 0),
                            "etiquette.interruption": (1, 0, 0, 0),
                            "risk.keyword_alert": (0, 1, 0, 0)}
    assert mono.micro.f1 == pytest.approx(0.8)  # P 2/3, R 1
    rules = {r.rule_id: r for r in everything.rules}
    assert (rules["greeting.missing"].tp, rules["etiquette.interruption"].recall) == (2, 0.5)
    assert rules["etiquette.jargon"].precision == 0.0 and rules["etiquette.jargon"].recall is None
    assert everything.micro.f1 == pytest.approx(8 / 11)  # TP 4, FP 2, FN 1


def _kappas(kappas):
    return {(k.a, k.b): k for k in kappas}


def test_cohen_kappa(report):
    stereo = _kappas(_group(report, "stereo").kappas)
    # machine vs wang on 4 items: agree on 2 hits, 1 each way → po 0.5, pe (9+1)/16.
    k = stereo[("machine", "wang")]
    assert (k.both_hit, k.a_only, k.b_only, k.both_pass) == (2, 1, 1, 0)
    assert k.kappa == pytest.approx(-1 / 3)
    assert stereo[("machine", "li")].kappa == pytest.approx(1.0)
    mono = _kappas(_group(report, "mono").kappas)
    # Only cB has a mono recording: both raters say "hit" to both items → kappa undefined.
    assert mono[("machine", "wang")].items == 2 and mono[("machine", "wang")].kappa is None
    assert mono[("machine", "li")].kappa == pytest.approx(0.0)  # po 0.5, pe 0.5
    # all: stereo (2,1,1,0) + mono (2,0,0,0) → po 4/6, pe 26/36.
    assert _kappas(_group(report, "all").kappas)[("machine", "wang")].kappa == pytest.approx(-0.2)
    reviewers = _kappas(report.reviewer_kappas)
    assert list(reviewers) == [("li", "wang")]
    assert reviewers[("li", "wang")].kappa == pytest.approx(-1 / 3)


def test_kappa_of_textbook_table():
    # 50 items: 20 both yes, 5/10 disagreements, 15 both no → po 0.7, pe 0.5, kappa 0.4.
    k = Kappa("a", "b", both_hit=20, a_only=5, b_only=10, both_pass=15)
    assert k.kappa == pytest.approx(0.4)


def test_confusions_name_calls_and_evidence(report):
    stereo = _group(report, "stereo")
    by_rule = {c.rule_id: c for c in stereo.confusions}
    assert set(by_rule) == {"etiquette.jargon", "etiquette.interruption"}
    fp = by_rule["etiquette.jargon"]
    assert (fp.kind, fp.out_id) == ("FP", "cA-stereo")
    assert "138****5678" in fp.machine[0]["evidence"]
    fn = by_rule["etiquette.interruption"]
    assert (fn.kind, fn.out_id, fn.review, fn.truth_times) == ("FN", "cB-stereo", True,
                                                               [(4.8, 5.2)])
    assert [w["text"] for w in fn.words] == ["请问还有其它问题吗", "没有谢谢"]


def test_html_and_csv_outputs(tmp_path, report):
    page = write_html(report, tmp_path / "out" / "eval.html", tmp_path / "out", lang="en")
    html = page.read_text(encoding="utf-8")
    assert 'href="calls/cA-stereo.html"' in html
    assert "138****5678" in html and "13812345678" not in html
    assert "etiquette.interruption" in html and "Missed" in html
    assert write_html(report, tmp_path / "eval-zh.html", tmp_path / "out").is_file()

    rows = list(csv.DictReader(open(write_csv(report, tmp_path / "eval.csv"), encoding="utf-8")))
    micro = next(r for r in rows if (r["group"], r["metric"], r["subject"]) ==
                 ("all", "f1", "micro"))
    assert float(micro["value"]) == pytest.approx(8 / 11, abs=1e-4)
    assert (micro["tp"], micro["fp"], micro["fn"]) == ("4", "2", "1")
    assert any(r["metric"] == "der" and r["subject"] == "cB-mono" for r in rows)


def test_labels_alone_give_rule_figures(tmp_path):
    # A centre without truth files: the reviewers' majority is the reference, ties excluded.
    labels = tmp_path / "labels.csv"
    labels.write_text("call_id,rule_id,verdict,reviewer\n"
                      "x1,greeting.missing,hit,wang\nx1,greeting.missing,hit,li\n"
                      "x1,closing.missing,hit,wang\nx1,closing.missing,pass,li\n"
                      "x2,greeting.missing,pass,wang\nx2,greeting.missing,pass,li\n",
                      encoding="utf-8")
    calls = [{"call_id": "x1", "turns": [], "hits": [_hit("greeting.missing", 0, 1, "")]},
             {"call_id": "x2", "turns": [], "hits": [_hit("greeting.missing", 0, 1, ""),
                                                     _hit("etiquette.jargon", 0, 1, "")]}]
    result = evaluate([Call.from_dict(c) for c in calls], load_truth([labels]))
    (group,) = result.groups
    # x1 TP, x2 FP; closing is a tie and jargon was judged by nobody: neither counts.
    assert _rules(group) == {"greeting.missing": (1, 1, 0, 0)}
    assert group.asr == {} and group.der is None


def test_stm_transcript_gives_wer_and_der_only(tmp_path):
    stm = tmp_path / "sample.stm"
    stm.write_text(";; file channel speaker start end text\n"
                   "sample 1 Diane 0.0 2.0 Hello there.\nsample 1 Sheila 2.0 4.0 Good morning!\n",
                   encoding="utf-8")
    call = {"call_id": "sample", "language": "en", "duration_s": 4.0,
            "turns": [_turn("SPEAKER_00", "unknown", 0.0, 2.0, "hello there"),
                      _turn("SPEAKER_01", "unknown", 2.0, 4.0, "good evening")],
            "hits": [_hit("greeting.missing", None, None, "")]}
    (group,) = evaluate([Call.from_dict(call)], load_truth([stm])).groups
    assert group.asr["wer"].rate == pytest.approx(1 / 4)
    assert group.der == pytest.approx(0.0) and group.jer == pytest.approx(0.0)
    # No roles and no planted violations in an STM: neither figure is invented.
    assert group.role_accuracy is None and group.rules == []


@pytest.mark.parametrize("content, message", [
    ("call_id,rule_id,reviewer\nx,y,z\n", r"missing column\(s\) verdict"),
    ("call_id,rule_id,verdict,reviewer\nx,y,maybe,z\n", "labels.csv:2"),
])
def test_bad_labels_name_the_file(tmp_path, content, message):
    path = tmp_path / "labels.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_truth([path])
