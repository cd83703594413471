"""``qa-toolkit eval``: measure a run against truth files and human QA labels.

A centre calibrates a rule pack before trusting it: how well the words were heard (CER for
Chinese, WER for English), who spoke when (DER/JER), whether agent and customer were told
apart (role accuracy), how often each rule is right (precision/recall/F1 per rule, call level)
and how the machine agrees with each QA reviewer compared with how reviewers agree with each
other (Cohen's kappa).

The truth is read by ``truth.py`` (truth JSON, reviewers' label CSVs, STM transcripts), the
agreement between raters is ``agreement.py``'s Cohen's kappa.

A run's calls are named after their recordings (``c01_clean-stereo``), so each is matched to
its truth through the truth's ``files`` entries; the variant (stereo, mono) groups the figures.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from qa_toolkit.agreement import MACHINE, Kappa, kappa
from qa_toolkit.pii import mask_text
from qa_toolkit.textnorm import normalize, to_simplified
from qa_toolkit.truth import EvalError, Label, Truth, TruthCall
from qa_toolkit.types import Call

log = logging.getLogger(__name__)

COLLAR_S = 0.25
"""Forgiveness around reference turn boundaries for DER/JER (pyannote: ±collar/2)."""


# --------------------------------------------------------------------------- matching


@dataclass
class EvalCall:
    """One call of the run, with the truth it is measured against."""

    out_id: str
    variant: str
    call: Call
    truth: Optional[TruthCall]

    @property
    def truth_id(self) -> str:
        return self.truth.call_id if self.truth else self.out_id

    @property
    def rules_judged(self) -> bool:
        """Truth lists every violation of this call, so any other hit is a false alarm."""
        return self.truth is not None and self.truth.rules_judged

    @property
    def machine_hits(self) -> set[str]:
        return {h.rule_id for h in self.call.hits}

    @property
    def machine_review(self) -> set[str]:
        return {h.rule_id for h in self.call.review}


def match_calls(calls: list[Call], truth: Truth) -> list[EvalCall]:
    """Pair each run call with its truth call by recording stem (or by call id)."""
    by_stem: dict[str, tuple[TruthCall, str]] = {}
    for tc in truth.calls.values():
        for variant, file in tc.files.items():
            by_stem[Path(file).stem] = (tc, variant)
    out = []
    for call in calls:
        out_id = call.call_id
        source_stem = Path(call.source).stem
        found = by_stem.get(out_id) or by_stem.get(source_stem)
        if found:
            out.append(EvalCall(out_id, found[1], call, found[0]))
        else:
            out.append(EvalCall(out_id, "", call, truth.calls.get(out_id)))
    return sorted(out, key=lambda c: (c.variant, c.out_id))


# --------------------------------------------------------------------------- figures


@dataclass
class AsrScore:
    """Character (zh) or word (en) errors of one call or of a group of calls."""

    unit: str
    """``"cer"`` or ``"wer"``."""
    errors: int = 0
    reference: int = 0
    substitutions: int = 0
    deletions: int = 0
    insertions: int = 0

    @property
    def rate(self) -> Optional[float]:
        return self.errors / self.reference if self.reference else None

    def add(self, other: "AsrScore") -> None:
        self.errors += other.errors
        self.reference += other.reference
        self.substitutions += other.substitutions
        self.deletions += other.deletions
        self.insertions += other.insertions


def _is_english(language: str) -> bool:
    return language.lower().startswith("en")


def _asr_units(text: str, english: bool) -> list[str]:
    if english:
        return re.sub(r"[^\w\s']", " ", text.lower()).split()
    return list(normalize(to_simplified(text)))


def asr_score(reference: str, hypothesis: str, language: str) -> AsrScore:
    """CER on normalised characters (Simplified, no punctuation) for Chinese, WER for English."""
    import jiwer

    english = _is_english(language)
    ref, hyp = _asr_units(reference, english), _asr_units(hypothesis, english)
    score = AsrScore("wer" if english else "cer")
    if not ref:
        score.insertions = score.errors = len(hyp)
        return score
    if english:
        out = jiwer.process_words(" ".join(ref), " ".join(hyp))
    else:
        out = jiwer.process_characters("".join(ref), "".join(hyp))  # what jiwer.cer measures
    score.substitutions, score.deletions, score.insertions = (
        out.substitutions, out.deletions, out.insertions)
    score.errors = out.substitutions + out.deletions + out.insertions
    score.reference = len(ref)
    return score


def _intervals_union(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def role_time(truth: TruthCall, call: Call) -> tuple[float, float]:
    """(seconds of truth speech whose predicted role matches, seconds of truth speech)."""
    predicted: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for t in call.turns:
        predicted[t.role].append((t.start, t.end))
    union = {role: _intervals_union(spans) for role, spans in predicted.items()}
    matched = total = 0.0
    for t in truth.turns:
        if t.role not in ("agent", "customer"):
            continue  # an STM truth names speakers, not roles
        total += max(0.0, t.end - t.start)
        for s, e in union.get(t.role, []):
            matched += max(0.0, min(e, t.end) - max(s, t.start))
    return matched, total


def _annotations(truth: TruthCall, call: Call):
    from pyannote.core import Annotation, Segment, Timeline

    ref, hyp = Annotation(uri=truth.call_id), Annotation(uri=truth.call_id)
    for i, t in enumerate(truth.turns):
        if t.end > t.start:
            ref[Segment(t.start, t.end), i] = t.speaker or t.role
    for i, t in enumerate(call.turns):
        if t.end > t.start:
            hyp[Segment(t.start, t.end), i] = t.speaker
    ends = [t.end for t in truth.turns] + [t.end for t in call.turns]
    duration = max([call.duration_s] + ends)
    return ref, hyp, Timeline([Segment(0.0, duration)], uri=truth.call_id)


@dataclass
class CallFigures:
    out_id: str
    truth_id: str
    variant: str
    asr: Optional[AsrScore] = None
    der: Optional[float] = None
    jer: Optional[float] = None
    role_matched_s: float = 0.0
    role_total_s: float = 0.0

    @property
    def role_accuracy(self) -> Optional[float]:
        return self.role_matched_s / self.role_total_s if self.role_total_s else None


@dataclass
class RuleFigures:
    rule_id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    review: int = 0
    """Items where the machine said *cannot assess* (counted as not hit above)."""

    @property
    def precision(self) -> Optional[float]:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> Optional[float]:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> Optional[float]:
        return _f1(self.tp, self.fp, self.fn)


def _f1(tp: int, fp: int, fn: int) -> Optional[float]:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None


@dataclass
class Confusion:
    """A (call, rule) item the machine got wrong: what it saw, and what truth says."""

    rule_id: str
    kind: str
    """``"FP"`` (machine hit, truth pass) or ``"FN"`` (violation missed)."""
    out_id: str
    truth_times: list[tuple[float, float]] = field(default_factory=list)
    machine: list[dict[str, Any]] = field(default_factory=list)
    """The machine's hits (or review items) for the rule: start, end, role, evidence."""
    words: list[dict[str, Any]] = field(default_factory=list)
    """What the transcript says around the planted times: start, end, role, text."""
    review: bool = False


@dataclass
class GroupFigures:
    """Every figure for one set of calls (one variant, or all)."""

    name: str
    calls: list[CallFigures] = field(default_factory=list)
    asr: dict[str, AsrScore] = field(default_factory=dict)
    """``"cer"`` and/or ``"wer"`` over the group."""
    der: Optional[float] = None
    jer: Optional[float] = None
    role_matched_s: float = 0.0
    role_total_s: float = 0.0
    rules: list[RuleFigures] = field(default_factory=list)
    kappas: list[Kappa] = field(default_factory=list)
    confusions: list[Confusion] = field(default_factory=list)
    topic_agree: int = 0
    topic_total: int = 0
    """Calls whose truth names a business type, and how many of them the call's words alone
    (``topic.from_content``, whatever the metadata said) put in that type."""
    topic_misses: list[str] = field(default_factory=list)
    """``call: truth → content`` for every disagreement."""

    @property
    def topic_accuracy(self) -> Optional[float]:
        return self.topic_agree / self.topic_total if self.topic_total else None

    @property
    def role_accuracy(self) -> Optional[float]:
        return self.role_matched_s / self.role_total_s if self.role_total_s else None

    @property
    def micro(self) -> RuleFigures:
        return RuleFigures("micro", tp=sum(r.tp for r in self.rules),
                           fp=sum(r.fp for r in self.rules), fn=sum(r.fn for r in self.rules),
                           review=sum(r.review for r in self.rules))


@dataclass
class EvalReport:
    groups: list[GroupFigures]
    reviewer_kappas: list[Kappa]
    """Human against human, over the items both reviewers labelled."""
    unmatched: list[str]
    """Run calls with neither truth file nor labels."""


def _reference_verdicts(calls: list[EvalCall], labels: list[Label]) -> dict[tuple[str, str], bool]:
    """(out_id, rule) → violated? Planted truth where a truth file exists; else the reviewers'
    majority (a tie is no verdict). Unlisted rules of a truth-file call are implicit passes."""
    out: dict[tuple[str, str], bool] = {}
    for c in calls:
        if c.rules_judged:
            for rule_id, _, _ in c.truth.violations:
                out[(c.out_id, rule_id)] = True
            continue
        votes: dict[str, list[bool]] = defaultdict(list)
        for label in labels:
            if label.call_id in (c.out_id, c.truth_id):
                votes[label.rule_id].append(label.hit)
        for rule_id, v in votes.items():
            hits = sum(v)
            if hits * 2 != len(v):
                out[(c.out_id, rule_id)] = hits * 2 > len(v)
    return out


def _planted_times(c: EvalCall, rule_id: str) -> list[tuple[float, float]]:
    return [(s, e) for r, s, e in (c.truth.violations if c.truth else []) if r == rule_id]


def _words_near(call: Call, spans: list[tuple[float, float]],
                pad: float = 2.0) -> list[dict[str, Any]]:
    return [{"start": t.start, "end": t.end, "role": t.role, "text": mask_text(t.text)}
            for t in call.turns if any(t.start < b + pad and a - pad < t.end for a, b in spans)]


def _machine_items(call: Call, rule_id: str, key: str) -> list[dict[str, Any]]:
    return [{"start": h.start, "end": h.end, "role": h.role,
             "evidence": mask_text(h.evidence or h.message), "reason": mask_text(h.reason)}
            for h in (call.hits if key == "hits" else call.review) if h.rule_id == rule_id]


def _rule_figures(calls: list[EvalCall], reference: dict[tuple[str, str], bool]
                  ) -> tuple[list[RuleFigures], list[Confusion]]:
    by_call = {c.out_id: c for c in calls}
    items = set(reference)
    for c in calls:
        for rule_id in c.machine_hits | c.machine_review:
            # A hit on a rule nobody judged only counts where truth lists every violation.
            if c.rules_judged or (c.out_id, rule_id) in reference:
                items.add((c.out_id, rule_id))
    rules: dict[str, RuleFigures] = {}
    confusions: list[Confusion] = []
    for out_id, rule_id in sorted(items):
        c = by_call[out_id]
        fig = rules.setdefault(rule_id, RuleFigures(rule_id))
        truth_hit = reference.get((out_id, rule_id), False)
        machine_hit = rule_id in c.machine_hits
        in_review = rule_id in c.machine_review and not machine_hit
        fig.review += in_review
        if machine_hit and truth_hit:
            fig.tp += 1
            continue
        if machine_hit:
            fig.fp += 1
            kind = "FP"
        elif truth_hit:
            fig.fn += 1
            kind = "FN"
        else:
            continue
        times = _planted_times(c, rule_id)
        machine = _machine_items(c.call, rule_id, "hits" if machine_hit else "review")
        confusions.append(Confusion(
            rule_id, kind, out_id, times, machine,
            _words_near(c.call, times) if kind == "FN" else [], review=in_review))
    return [rules[r] for r in sorted(rules)], confusions


def _machine_vs_reviewers(calls: list[EvalCall], labels: list[Label]) -> list[Kappa]:
    per_reviewer: dict[str, dict[tuple[str, str], bool]] = defaultdict(dict)
    machine: dict[tuple[str, str], bool] = {}
    for c in calls:
        for label in labels:
            if label.call_id in (c.out_id, c.truth_id):
                item = (c.out_id, label.rule_id)
                per_reviewer[label.reviewer][item] = label.hit
                machine[item] = label.rule_id in c.machine_hits
    return [kappa(MACHINE, r, machine, per_reviewer[r]) for r in sorted(per_reviewer)]


def _reviewer_pairs(labels: list[Label]) -> list[Kappa]:
    per_reviewer: dict[str, dict[tuple[str, str], bool]] = defaultdict(dict)
    for label in labels:
        per_reviewer[label.reviewer][(label.call_id, label.rule_id)] = label.hit
    names = sorted(per_reviewer)
    return [kappa(a, b, per_reviewer[a], per_reviewer[b])
            for i, a in enumerate(names) for b in names[i + 1:]]


def _call_figures(c: EvalCall) -> CallFigures:
    fig = CallFigures(c.out_id, c.truth_id, c.variant)
    if c.truth is None or not c.truth.turns:
        return fig
    language = c.truth.language or c.call.language or "zh"
    reference = " ".join(t.text for t in sorted(c.truth.turns, key=lambda t: t.start))
    hypothesis = " ".join(t.text for t in sorted(c.call.turns, key=lambda t: t.start))
    fig.asr = asr_score(reference, hypothesis, language)
    fig.role_matched_s, fig.role_total_s = role_time(c.truth, c.call)
    return fig


def _group(name: str, calls: list[EvalCall], labels: list[Label]) -> GroupFigures:
    from pyannote.metrics.diarization import DiarizationErrorRate, JaccardErrorRate

    group = GroupFigures(name)
    der_metric = DiarizationErrorRate(collar=COLLAR_S, skip_overlap=False)
    jer_metric = JaccardErrorRate(collar=COLLAR_S, skip_overlap=False)
    diarized = 0
    for c in calls:
        fig = _call_figures(c)
        if fig.asr is not None:
            group.asr.setdefault(fig.asr.unit, AsrScore(fig.asr.unit)).add(fig.asr)
            ref, hyp, uem = _annotations(c.truth, c.call)
            with warnings.catch_warnings():
                # pyannote warns about overlapping segments of one label; turns may touch.
                warnings.simplefilter("ignore")
                fig.der = float(der_metric(ref, hyp, uem=uem))
                fig.jer = float(jer_metric(ref, hyp, uem=uem))
            diarized += 1
            group.role_matched_s += fig.role_matched_s
            group.role_total_s += fig.role_total_s
        topic = c.call.topic
        if c.truth is not None and c.truth.business_type and topic:
            group.topic_total += 1
            if topic.get("from_content") == c.truth.business_type:
                group.topic_agree += 1
            else:
                group.topic_misses.append(f"{c.out_id}: {c.truth.business_type} → "
                                          f"{topic.get('from_content') or 'none'}")
        group.calls.append(fig)
    if diarized:
        group.der, group.jer = abs(der_metric), abs(jer_metric)
    group.rules, group.confusions = _rule_figures(calls, _reference_verdicts(calls, labels))
    group.kappas = _machine_vs_reviewers(calls, labels)
    return group


def evaluate(calls: list[Call], truth: Truth) -> EvalReport:
    """All figures, per recording variant (stereo, mono) and over all calls when mixed."""
    matched = match_calls(calls, truth)
    labelled = {label.call_id for label in truth.labels}
    usable = [c for c in matched if c.truth is not None or c.out_id in labelled]
    unmatched = sorted(c.out_id for c in matched if c not in usable)
    if unmatched:
        log.info("no truth for %d call(s): %s", len(unmatched), ", ".join(unmatched))
    if not usable:
        raise EvalError("no call of the run matches a truth file or a labelled call_id "
                        "(run call ids are recording stems such as c01_clean-stereo)")
    variants = sorted({c.variant for c in usable})
    groups = [_group(v or "calls", [c for c in usable if c.variant == v], truth.labels)
              for v in variants]
    if len(groups) > 1:
        groups.append(_group("all", usable, truth.labels))
    return EvalReport(groups, _reviewer_pairs(truth.labels), unmatched)


# --------------------------------------------------------------------------- outputs


def figure_rows(report: EvalReport) -> list[dict[str, Any]]:
    """The figures as long-format rows (group, metric, subject, value, counts) for CSV."""
    rows: list[dict[str, Any]] = []

    def row(group: str, metric: str, subject: str, value: Optional[float], **counts: int):
        rows.append({"group": group, "metric": metric, "subject": subject,
                     "value": None if value is None else round(value, 4),
                     "tp": counts.get("tp"), "fp": counts.get("fp"), "fn": counts.get("fn"),
                     "n": counts.get("n")})

    for g in report.groups:
        for unit, score in sorted(g.asr.items()):
            row(g.name, unit, "all", score.rate, n=score.reference)
        row(g.name, "der", "all", g.der, n=sum(c.der is not None for c in g.calls))
        row(g.name, "jer", "all", g.jer, n=sum(c.jer is not None for c in g.calls))
        row(g.name, "role_accuracy", "all", g.role_accuracy)
        if g.topic_total:
            row(g.name, "business_type_accuracy", "all", g.topic_accuracy, n=g.topic_total)
        for c in g.calls:
            if c.asr is not None:
                row(g.name, c.asr.unit, c.out_id, c.asr.rate, n=c.asr.reference)
                row(g.name, "der", c.out_id, c.der)
                row(g.name, "jer", c.out_id, c.jer)
                row(g.name, "role_accuracy", c.out_id, c.role_accuracy)
        for r in g.rules + [g.micro]:
            counts = dict(tp=r.tp, fp=r.fp, fn=r.fn)
            row(g.name, "precision", r.rule_id, r.precision, **counts)
            row(g.name, "recall", r.rule_id, r.recall, **counts)
            row(g.name, "f1", r.rule_id, r.f1, **counts)
        for k in g.kappas:
            row(g.name, "kappa", f"{k.a}~{k.b}", k.kappa, n=k.items)
    for k in report.reviewer_kappas:
        row("reviewers", "kappa", f"{k.a}~{k.b}", k.kappa, n=k.items)
    return rows


def write_csv(report: EvalReport, path: Path) -> Path:
    import polars as pl

    schema = {"group": pl.Utf8, "metric": pl.Utf8, "subject": pl.Utf8, "value": pl.Float64,
              "tp": pl.Int64, "fp": pl.Int64, "fn": pl.Int64, "n": pl.Int64}
    path.parent.mkdir(parents=True, exist_ok=True)
    pl.DataFrame(figure_rows(report), schema=schema).write_csv(path)
    return path


def write_html(report: EvalReport, path: Path, out_dir: Path, lang: str = "zh",
               calls: Sequence[Call] = ()) -> Path:
    """The confusions page: per rule, which calls were missed or wrongly hit, with the words;
    rules named by the titles of the packs ``calls`` were judged with."""
    from qa_toolkit.report.names import page_name
    from qa_toolkit.report.render import ReportOptions, environment
    from qa_toolkit.runfolder import atomic_write

    root = os.path.relpath(Path(out_dir).resolve(), Path(path).resolve().parent)
    root = "" if root == "." else root.replace(os.sep, "/") + "/"
    links = {c.out_id: f"{root}calls/{page_name(c.out_id)}.html"
             for g in report.groups for c in g.calls}
    html = environment(ReportOptions(lang=lang), calls).get_template("eval.html.j2").render(
        report=report, collar=COLLAR_S, links=links, root=root)
    atomic_write(Path(path), html)
    return Path(path)
