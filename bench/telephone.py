"""Accuracy under telephone conditions: samples/ clean, `moderate` and `harsh`, one table.

    .venv/bin/python bench/telephone.py [--out /tmp/qa-telephone] [--seed 7] [--workers 1]
                                        [--levels clean,moderate,harsh] [--samples samples]

For each level: render the samples with tools/telephone.py into OUT/<level>-set (clean uses
the samples folder as it is; a set already rendered from the same folder with the same seed is
kept), run `qa-toolkit run` into OUT/<level>-run (the run's ledger makes an unchanged re-run
instant, so existing runs are reused), then measure it against the set's truth. Prints one
row per level and variant (stereo, mono): CER, deletions, role accuracy, micro
precision/recall/F1 of the planted violations, calls flagged needs_review or speech_lost ("flagged"), rule
outcomes sent to review ("review"), and how many calls have a transcript that holds a script
phrase (工号, 持卡人, 核实, 风险, 验证码, 身份证) more often than the call's truth says it
("invented"; listed below the table as written/said, 1/0 being a phrase nobody said). A run
took 25-60 s per recording on one worker here (2 shared cores), 24 recordings per level.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_toolkit import evaluate, truth as truth_files  # noqa: E402

REVIEW_FLAGS = {"needs_review", "speech_lost", "low_role_confidence"}
"""A call with any of these flags is in the report's needs-review list."""
from qa_toolkit.runfolder import read_calls  # noqa: E402
from qa_toolkit.types import Call  # noqa: E402

SCRIPT_PHRASES = ("工号", "持卡人", "核实", "风险", "验证码", "身份证")


def _render(samples: Path, level: str, seed: int, out: Path) -> Path:
    if level == "clean":
        return samples
    target = out / f"{level}-set"
    conditions = target / "conditions.json"
    if conditions.is_file():
        kept = json.loads(conditions.read_text(encoding="utf-8"))
        if (kept["seed"], kept["level"], kept["source"]) == (seed, level, str(samples.resolve())):
            return target
    subprocess.run([sys.executable, str(ROOT / "tools" / "telephone.py"), str(samples),
                    "--level", level, "--out", str(target), "--seed", str(seed)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def _run(audio_set: Path, run: Path, workers: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "qa_toolkit.cli.app", "run", str(audio_set),
                             "--metadata", str(audio_set / "metadata.csv"), "--out", str(run),
                             "--workers", str(workers), "--quiet"], env=env)
    if result.returncode not in (0, 1):  # 1: some recordings failed, the rest are measured
        sys.exit(f"qa-toolkit run {audio_set} failed with exit code {result.returncode}")


def invented_phrases(call: Call, truth: truth_files.TruthCall) -> dict[str, str]:
    """Script phrases the transcript holds more often than the call's truth turns say them,
    as {phrase: "written/said"}; said 0 times is the issue's case, more is a recital."""
    said = "\n".join(t.text for t in truth.turns)
    written = "\n".join(t.text for t in call.turns)
    return {p: f"{written.count(p)}/{said.count(p)}" for p in SCRIPT_PHRASES
            if written.count(p) > said.count(p)}


def measure(audio_set: Path, run: Path) -> list[dict]:
    calls = read_calls(run)
    truth = truth_files.load_truth([audio_set / "truth"])
    report = evaluate.evaluate(calls, truth)
    matched = evaluate.match_calls(calls, truth)
    rows = []
    for group in report.groups:
        if group.name == "all":
            continue
        members = [c for c in matched if (c.variant or "calls") == group.name and c.truth]
        cer, micro = group.asr.get("cer"), group.micro
        invented = {c.out_id: found for c in members
                    if (found := invented_phrases(c.call, c.truth))}
        rows.append({
            "variant": group.name, "calls": len(group.calls),
            "cer": cer.rate if cer else None, "deletions": cer.deletions if cer else None,
            "role_accuracy": group.role_accuracy, "precision": micro.precision,
            "recall": micro.recall, "f1": micro.f1,
            "needs_review": sum(bool(REVIEW_FLAGS & set(c.call.flags)) for c in members),
            "review_outcomes": micro.review, "invented": invented})
    return rows


def _fmt(value, pattern: str) -> str:
    return "n/a" if value is None else format(value, pattern)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/qa-telephone"))
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--levels", default="clean,moderate,harsh")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    table = []
    for level in args.levels.split(","):
        audio_set = _render(args.samples.resolve(), level, args.seed, args.out)
        run = args.out / f"{level}-run"
        _run(audio_set, run, args.workers)
        table += [dict(row, level=level) for row in measure(audio_set, run)]

    print(f"{'level':<9} {'variant':<7} {'calls':>5} {'CER':>6} {'D':>5} {'roles':>6} "
          f"{'P':>6} {'R':>6} {'F1':>6} {'flagged':>7} {'review':>6} {'invented':>8}")
    for r in table:
        print(f"{r['level']:<9} {r['variant']:<7} {r['calls']:>5} {_fmt(r['cer'], '6.3f')} "
              f"{_fmt(r['deletions'], '>5')} {_fmt(r['role_accuracy'], '6.1%')} "
              f"{_fmt(r['precision'], '6.3f')} {_fmt(r['recall'], '6.3f')} "
              f"{_fmt(r['f1'], '6.3f')} {r['needs_review']:>7} {r['review_outcomes']:>6} "
              f"{len(r['invented']):>8}")
    for r in table:
        for call, phrases in r["invented"].items():
            print(f"more than said in {r['level']}/{call} (written/said): "
                  + ", ".join(f"{p} {n}" for p, n in phrases.items()))
    (args.out / "telephone.json").write_text(json.dumps(table, ensure_ascii=False, indent=1),
                                             encoding="utf-8")


if __name__ == "__main__":
    main()
