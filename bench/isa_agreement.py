"""Same verdicts on every CPU: the whole pipeline under CTranslate2's AVX2 and AVX512 kernels.

    .venv/bin/python bench/isa_agreement.py [RECORDINGS ...] [--truth samples/truth]
        [--metadata samples/metadata.csv] [--out /tmp/isa] [--isa AVX2 AVX512] [--hotwords]

CTranslate2 picks its int8 kernels by the CPU's instruction set; rounding differs between
them, and Whisper can flip from a good transcript to a lost one on the same file. This runs
`qa-toolkit run` once per forced ISA (CT2_FORCE_CPU_ISA; a run folder that exists is resumed,
so a second call only re-evaluates), then prints the CER and micro F1 of each against the
truth, and the share of (call, rule) pairs whose outcome (hit / review / pass) agrees.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_toolkit.evaluate import evaluate  # noqa: E402
from qa_toolkit.truth import load_truth  # noqa: E402
from qa_toolkit.rules import load_pack  # noqa: E402
from qa_toolkit.runfolder import read_calls  # noqa: E402
from qa_toolkit.types import Call  # noqa: E402


def outcomes(calls: list[Call], rule_ids: list[str]) -> dict[tuple[str, str], str]:
    """(call, rule) → hit | review | pass."""
    out = {}
    for call in calls:
        hit = {h.rule_id for h in call.hits}
        review = {r.rule_id for r in call.review}
        for rule in rule_ids:
            out[call.call_id, rule] = "hit" if rule in hit else "review" if rule in review else "pass"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recordings", nargs="*", type=Path,
                        default=[ROOT / "samples" / "stereo", ROOT / "samples" / "mono"])
    parser.add_argument("--metadata", type=Path, default=None)
    parser.add_argument("--truth", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("/tmp/qa-isa"))
    parser.add_argument("--isa", nargs="+", default=["AVX2", "AVX512"])
    parser.add_argument("--rules", default="bank_zh")
    parser.add_argument("--hotwords", action="store_true", help="run with --hotwords")
    args = parser.parse_args()
    metadata = args.metadata or ROOT / "samples" / "metadata.csv"
    truth = load_truth([args.truth or ROOT / "samples" / "truth"])
    rule_ids = [r.id for r in load_pack(args.rules).rules]

    results = {}
    for isa in args.isa:
        out = args.out / isa
        env = dict(os.environ, CT2_FORCE_CPU_ISA=isa)
        run = subprocess.run([sys.executable, "-m", "qa_toolkit.cli.app", "run",
                              *map(str, args.recordings),
                              "--metadata", str(metadata), "--out", str(out), "--rules", args.rules,
                              "--quiet", *(["--hotwords"] if args.hotwords else [])],
                             env=env, cwd=ROOT, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"{isa}: run failed ({run.returncode}): {run.stderr.strip()[-500:]}")
        calls = read_calls(out)
        report = evaluate(calls, truth)
        flagged = {c.call_id for c in calls if "needs_review" in c.flags}
        results[isa] = (outcomes(calls, rule_ids), {g.name: g for g in report.groups}, flagged)

    print(f"{'ISA':<8} {'group':<7} {'CER':>6} {'role':>6} {'F1':>6} {'review calls':>12}")
    for isa, (_, groups, flagged) in results.items():
        for name in ("stereo", "mono", "all"):
            g = groups.get(name)
            if g is None:
                continue
            f1 = g.micro.f1 if g.micro.f1 is not None else float("nan")
            role = g.role_accuracy if g.role_accuracy is not None else float("nan")
            reviews = sum(1 for c in g.calls if c.out_id in flagged)
            print(f"{isa:<8} {name:<7} {g.asr['cer'].rate:6.3f} {role:6.3f} {f1:6.3f} "
                  f"{reviews:12d}")
    first, *others = results
    for other in others:
        a, b = results[first][0], results[other][0]
        pairs = sorted(set(a) & set(b))
        same = sum(a[p] == b[p] for p in pairs)
        print(f"outcome agreement {first} vs {other}: {same}/{len(pairs)} = {same / len(pairs):.1%}")
        for p in pairs:
            if a[p] != b[p]:
                print(f"  {p[0]} {p[1]}: {first} {a[p]}, {other} {b[p]}")


if __name__ == "__main__":
    main()
