"""``qa-toolkit eval``: a run's accuracy against truth files and QA reviewers' labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from qa_toolkit.cli.common import echo, fail


def _pct(value: Optional[float]) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _num(value: Optional[float]) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _print(report) -> None:
    for g in report.groups:
        echo(f"== {g.name}: {len(g.calls)} calls")
        for unit, score in sorted(g.asr.items()):
            echo(f"{unit.upper()}: {_pct(score.rate)} ({score.errors} errors / "
                       f"{score.reference}; S={score.substitutions} D={score.deletions} "
                       f"I={score.insertions})")
        echo(f"DER: {_pct(g.der)}  JER: {_pct(g.jer)}  (collar 0.25 s)")
        echo(f"role accuracy: {_pct(g.role_accuracy)} of {g.role_total_s:.1f} s truth speech")
        if g.topic_total:
            echo(f"business type from content: {g.topic_agree}/{g.topic_total} "
                 f"({_pct(g.topic_accuracy)}) agree with the truth"
                 + (f"; {'; '.join(g.topic_misses)}" if g.topic_misses else ""))
        echo(f"{'rule':<28} {'TP':>3} {'FP':>3} {'FN':>3} {'rev':>3} "
                   f"{'P':>6} {'R':>6} {'F1':>6}")
        for r in g.rules + [g.micro]:
            echo(f"{r.rule_id:<28} {r.tp:>3} {r.fp:>3} {r.fn:>3} {r.review:>3} "
                       f"{_num(r.precision):>6} {_num(r.recall):>6} {_num(r.f1):>6}")
        for k in g.kappas:
            echo(f"kappa {k.a} ~ {k.b}: {_num(k.kappa)} over {k.items} items "
                       f"(agreement {_pct(k.agreement)})")
    if report.reviewer_kappas:
        echo("== reviewers")
    for k in report.reviewer_kappas:
        echo(f"kappa {k.a} ~ {k.b}: {_num(k.kappa)} over {k.items} items "
                   f"(agreement {_pct(k.agreement)})")
    if report.unmatched:
        echo(f"no truth for {len(report.unmatched)} call(s): {', '.join(report.unmatched)}")


def eval_cmd(
    truth: Annotated[list[Path], typer.Option(
        help="Truth: a folder of <call>.json truth files and/or label CSVs "
             "(call_id,rule_id,verdict hit|pass,reviewer), or such a file. Repeatable.",
        show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Run folder written by `qa-toolkit run`.")],
    report: Annotated[Optional[Path], typer.Option(
        help="Also write the confusions page (HTML) here.")] = None,
    export: Annotated[Optional[Path], typer.Option(
        help="Also write every figure as CSV rows here.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the HTML page: zh or en.")] = "zh",
) -> None:
    """Measure a run against truth: CER/WER, DER/JER, role accuracy, per-rule
    precision/recall/F1 and Cohen's kappa against each QA reviewer.

    Example: qa-toolkit eval --truth samples/truth --out out --report out/eval.html
    """
    from qa_toolkit import evaluate
    from qa_toolkit.truth import load_truth
    from qa_toolkit.runfolder import calls_dir, read_calls

    if not calls_dir(out).is_dir():
        fail(f"{out}: not a run folder (no calls/ inside)")
    try:
        calls = read_calls(out)
        result = evaluate.evaluate(calls, load_truth(truth))
    except ValueError as exc:  # EvalError and unreadable call JSON: one line each
        fail(str(exc))
    _print(result)
    if export is not None:
        echo(f"figures: {evaluate.write_csv(result, export)}")
    if report is not None:
        try:
            echo(f"confusions: {evaluate.write_html(result, report, out, lang, calls)}")
        except ValueError as exc:
            fail(str(exc))
