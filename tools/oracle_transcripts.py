#!/usr/bin/env python3
"""Judge every generator's dialogue text as if it were the transcript (dev-only).

No audio, no ASR: each call of ``make_samples.py`` and ``make_heldout*.py`` becomes a call whose
turns are its dialogue lines, one word per character, and the pack judges it. Call-level
true/false hits and misses per text-decidable rule (timing rules left out) against the
generator's own labels. It separates what the rules decide from what the ASR loses: a false hit
here is the rule's, whatever the audio. Sets not yet measured unseen must be left out (``--until``).

    .venv/bin/python tools/oracle_transcripts.py --until 26
    .venv/bin/python tools/oracle_transcripts.py --until 26 --rule disclosure --show fp
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

from qa_toolkit.judge import judge  # noqa: E402
from qa_toolkit.rules import load_pack  # noqa: E402
from qa_toolkit.rules.examples import example_call  # noqa: E402
from qa_toolkit.types import Call  # noqa: E402

RULES = ["greeting.missing", "greeting.staff_id_missing", "identity.not_verified",
         "risk.disclosure_missing", "risk.keyword_alert", "risk.elderly_fraud_advice",
         "risk.guaranteed_return", "emotion.customer_negative", "emotion.agent_negative",
         "etiquette.forbidden_phrase", "etiquette.jargon", "answer.wrong_fact",
         "resolution.repeated_question", "closing.missing", "closing.abnormal_hangup"]
CHAR_S = 0.22
GAP_S = 0.6


def generators(until: int) -> list[str]:
    names = ["make_samples", "make_heldout"]
    names += [f"make_heldout{n}" for n in range(2, until + 1)
              if (TOOLS / f"make_heldout{n}.py").exists()]
    return names


def as_call(spec: dict) -> tuple[Call, set[str]]:
    """The call the pack's own examples would make of this dialogue (``example_call``): one
    word per character, a silence as time between turns; and its labels."""
    turns, speech, t = [], [], 0.5
    labels = {v["rule_id"] for v in spec.get("violations", [])}
    for line in spec["turns"]:
        if "silence" in line:
            t += line["silence"]
            continue
        if "text" not in line:
            continue
        labels |= {m["rule_id"] for m in line.get("marks") or []}
        end = t + CHAR_S * len(line["text"])
        turns.append({"role": line["role"], "start": t, "end": end, "text": line["text"], "prob": 0.9})
        speech.append([line["role"], t, end])
        t = end + GAP_S
    meta = {k: spec.get(k) for k in ("business_type", "customer_tier", "agent_id")}
    case = {"turns": turns, "speech": speech, "meta": meta, "duration": t, "role_confidence": 0.95}
    return example_call(case, call_id=spec["call_id"]), labels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--until", type=int, required=True,
                        help="the last heldoutN measured unseen (later sets stay unread)")
    parser.add_argument("--pack", default="bank_zh")
    parser.add_argument("--rule", default="", help="only rules whose id contains this")
    parser.add_argument("--show", choices=("fp", "fn"), help="list the calls of that kind")
    args = parser.parse_args()
    pack = load_pack(args.pack)
    totals: dict[str, Counter] = defaultdict(Counter)
    for name in generators(args.until):
        module = importlib.import_module(name)
        calls = next(v for k, v in vars(module).items() if k.endswith("CALLS") and isinstance(v, list))
        for spec in calls:
            call, labels = as_call(spec)
            hits = {o.rule_id: o for o in judge(call, pack, None).hits}
            for rule in RULES:
                if args.rule not in rule:
                    continue
                kind = ("tp" if rule in labels and rule in hits else "fp" if rule in hits
                        else "fn" if rule in labels else None)
                if kind is None:
                    continue
                totals[rule][kind] += 1
                totals["micro"][kind] += 1
                if args.show == kind:
                    print(f"{kind.upper()} {rule} {name[5:]} {spec['call_id']}")
                    if kind == "fp":
                        print("     ", hits[rule].evidence[:300])
    for rule, c in sorted(totals.items()):
        f1 = 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0
        print(f"{rule:32s} tp {c['tp']:4d} fp {c['fp']:4d} fn {c['fn']:4d} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
