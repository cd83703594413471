"""bank_zh against the planted violations of samples/truth (perfect transcripts).

Each truth file is a scripted call with who said what when and which violations were
planted. Evaluated as perfect turns (no ASR), the pack must find exactly the planted
violations: this isolates the rules from transcription and diarization, whose effect the
whole-pipeline measurement (``qa-toolkit eval``) adds on top.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import shipped_pack
from qa_toolkit.rules.examples import example_call

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRUTH = SAMPLES / "truth"
FILES = sorted(TRUTH.glob("*.json"))
TOLERANCE_S = 1.0


def _tiers() -> dict[str, str]:
    """Customer tier per truth call id, from samples/metadata.csv (rows per stereo/mono mix)."""
    with open(SAMPLES / "metadata.csv", encoding="utf-8", newline="") as f:
        return {row["call_id"].rsplit("-", 1)[0]: row.get("customer_tier") or ""
                for row in csv.DictReader(f)}


TIERS = _tiers() if (SAMPLES / "metadata.csv").is_file() else {}


def truth_call(data: dict):
    case = {"turns": [[t["role"], t["start"], t["end"], t["text"]] for t in data["turns"]],
            "meta": {"business_type": data.get("business_type"),
                     "customer_tier": TIERS.get(data["call_id"])},
            "duration": data.get("duration_s"),
            # The truth says where hold music played; the pipeline's metrics measure it as
            # sound well above the line's quiet (thresholds.hold_music_db).
            "metrics": {"silences": [{"start": s["start"], "end": s["end"],
                                      "sound_db": 16.0 if s.get("kind") == "hold_music" else 0.0}
                                     for s in data.get("silences") or []]}}
    return example_call(case, data.get("language", "zh"), call_id=data["call_id"])


def match_hits(planted: list[dict], hits: list) -> tuple[list, list, list]:
    """(matched pairs, missed planted, extra hits): same rule, overlapping times (± 1 s);
    a planted violation without times (something missing) matches any hit of its rule."""
    left = list(hits)
    pairs, missed = [], []
    for v in sorted(planted, key=lambda v: v.get("start") is None):
        def fits(h):
            if h.rule_id != v["rule_id"]:
                return False
            if v.get("start") is None or h.start is None:
                return True
            return h.start <= v["end"] + TOLERANCE_S and v["start"] - TOLERANCE_S <= h.end
        hit = next((h for h in left if fits(h)), None)
        if hit is None:
            missed.append(v)
        else:
            left.remove(hit)
            pairs.append((v, hit))
    return pairs, missed, left


@pytest.fixture(scope="module")
def bank():
    return shipped_pack("bank_zh")


def test_truth_files_present():
    assert len(FILES) >= 8, f"samples/truth has {len(FILES)} files"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_hits_equal_planted_violations(bank, path):
    data = json.loads(path.read_text(encoding="utf-8"))
    outcomes = bank.evaluate(truth_call(data))
    hits = [o for o in outcomes if o.status == "hit"]
    _, missed, extra = match_hits(data["violations"], hits)
    assert not [o for o in outcomes if o.status == "review"], "perfect transcripts are judgeable"
    assert not missed, f"planted but not found: {missed}"
    assert not extra, "found but not planted: " + " | ".join(f"{h.rule_id} {h.evidence}" for h in extra)


def test_every_planted_rule_is_covered_and_scores_are_perfect(bank):
    tp, fp, fn = Counter(), Counter(), Counter()
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        hits = [o for o in bank.evaluate(truth_call(data)) if o.status == "hit"]
        pairs, missed, extra = match_hits(data["violations"], hits)
        tp.update(v["rule_id"] for v, _ in pairs)
        fn.update(v["rule_id"] for v in missed)
        fp.update(h.rule_id for h in extra)
    public = {"greeting.missing", "greeting.staff_id_missing", "identity.not_verified",
              "risk.disclosure_missing", "closing.missing", "etiquette.interruption",
              "etiquette.jargon", "etiquette.forbidden_phrase", "etiquette.dead_air",
              "hold.no_notice", "etiquette.speech_rate", "emotion.agent_negative",
              "emotion.customer_negative", "risk.keyword_alert"}
    assert public <= set(tp), f"public rules without a planted case: {sorted(public - set(tp))}"
    micro_p = sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values()))
    micro_r = sum(tp.values()) / max(1, sum(tp.values()) + sum(fn.values()))
    assert (micro_p, micro_r) == (1.0, 1.0), f"tp={dict(tp)} fp={dict(fp)} fn={dict(fn)}"
