"""``qa-toolkit check OUT --rules PACK``: re-run rules on saved transcripts, show what changes.

QA staff tune a pack on last night's calls without re-transcribing: the saved
``OUT/calls/*.json`` are read back, the pack is evaluated on their turns, and new and removed
hits are counted per rule. Nothing is written unless ``--write`` is given.
"""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from qa_toolkit.cli.common import echo, fail
from qa_toolkit.runfolder import call_paths

if TYPE_CHECKING:
    from qa_toolkit.judge import Judgement
    from qa_toolkit.types import Call


@dataclass
class RuleDiff:
    before: int = 0
    after: int = 0
    added: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    removed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    review_before: int = 0
    review_after: int = 0


def _key(hit: dict[str, Any]) -> tuple:
    return (hit.get("rule_id"), hit.get("start"), hit.get("end"), hit.get("role"))


def diff_hits(call_id: str, old: list[dict[str, Any]], new: list[dict[str, Any]],
              diffs: dict[str, RuleDiff]) -> bool:
    """Add one call's changes to ``diffs``; True when its hits changed."""
    left = Counter(_key(h) for h in old)
    right = Counter(_key(h) for h in new)
    for h in old:
        diffs.setdefault(h["rule_id"], RuleDiff()).before += 1
    for h in new:
        diffs.setdefault(h["rule_id"], RuleDiff()).after += 1
    removed, added = left - right, right - left
    for h in old:
        if removed[_key(h)] > 0:
            removed[_key(h)] -= 1
            diffs[h["rule_id"]].removed.append((call_id, h))
    for h in new:
        if added[_key(h)] > 0:
            added[_key(h)] -= 1
            diffs[h["rule_id"]].added.append((call_id, h))
    return left != right


def check(
    out: Annotated[Path, typer.Argument(help="A run folder written by `qa-toolkit run`.")],
    rules: Annotated[str, typer.Option(
        "--rules", "-r", help="Pack name in rules/ or path to a pack YAML.")] = "bank_zh",
    write: Annotated[bool, typer.Option(
        help="Save the new hits, review items and scores into the call JSONs and CSVs.")] = False,
    show: Annotated[int, typer.Option(help="Changed hits to list per rule.")] = 3,
    scorecard: Annotated[Optional[Path], typer.Option(
        help="Scorecard YAML for --write (default: the pack's <pack>.scorecard.yaml).")] = None,
    jobs: Annotated[int, typer.Option(
        help="Worker processes (0 = one per core; small folders use one).")] = 0,
) -> None:
    """Re-run a rule pack on saved calls (no re-transcribing) and show new/removed hits per rule.

    Example: qa-toolkit check out/ --rules rules/bank_zh.yaml --write
    """
    from qa_toolkit.rules import PackError, load_pack
    from qa_toolkit.scoring import scorecard_path

    paths = call_paths(out)
    if not paths:
        fail(f"{out}: no calls/*.json (not a run folder?)")
    try:
        pack = load_pack(rules)
    except PackError as exc:
        fail(str(exc))
    card_path = scorecard_path(str(pack.path), scorecard)
    if write:
        _load_scorecard(card_path)  # a bad scorecard fails here, not in every worker
    workers = min(jobs or os.cpu_count() or 1, max(1, len(paths) // MIN_CALLS_PER_WORKER))
    args = [str(p) for p in paths]
    if workers > 1:
        with ProcessPoolExecutor(workers, initializer=_init_worker,
                                 initargs=(pack.path, card_path, write)) as pool:
            results = list(pool.map(_recheck, args, chunksize=16))
    else:
        _init_worker(pack.path, card_path, write, pack)
        results = [_recheck(a) for a in args]
    diffs: dict[str, RuleDiff] = {}
    changed: list["Call"] = []
    skipped = 0
    for path, result in zip(paths, results):
        if isinstance(result, str):
            echo(f"warning: {path}: {result}; skipped", err=True)
            skipped += 1
            continue
        call_id, old_hits, hits, old_review, review, updated = result
        for item in old_review:
            diffs.setdefault(item["rule_id"], RuleDiff()).review_before += 1
        for item in review:
            diffs.setdefault(item["rule_id"], RuleDiff()).review_after += 1
        diff_hits(call_id, old_hits, hits, diffs)
        if updated is not None:
            changed.append(updated)
    _print(pack, len(paths) - skipped, diffs, show)
    if write:
        _write(out, changed)
        echo(f"wrote {len(changed)} call JSON(s) and the CSV summaries; "
                   f"re-render pages with `qa-toolkit report {out}`")


MIN_CALLS_PER_WORKER = 50
"""Below this a worker's start-up (imports, pack compile) costs more than it saves."""

_STATE: dict[str, Any] = {}


def _init_worker(pack_path: str, card_path: Optional[Path], write: bool, pack: Any = None) -> None:
    from qa_toolkit.rules import load_pack

    _STATE["pack"] = pack if pack is not None else load_pack(pack_path)
    _STATE["card"] = _load_scorecard(card_path) if write else None


def _recheck(path: str) -> Any:
    """One saved call re-judged: (call_id, old hits, new hits, old review, new review,
    the call to save or None), or a one-line problem."""
    from qa_toolkit.judge import judge
    from qa_toolkit.runfolder import CallFileError, call_json_bytes, read_call

    pack = _STATE["pack"]
    try:
        call = read_call(Path(path))
    except CallFileError as exc:
        return str(exc).removeprefix(f"{path}: ")
    judged = judge(call, pack, _STATE["card"])
    hits = [o.to_dict() for o in judged.hits]
    review = [o.to_dict() for o in judged.review]
    updated = None
    if _STATE["card"] is not None:
        new = _updated(call, pack, judged)
        if call_json_bytes(new) != Path(path).read_bytes():
            updated = new
    return (call.call_id, [o.to_dict() for o in call.hits], hits,
            [o.to_dict() for o in call.review], review, updated)


def _load_scorecard(path: Optional[Path]):
    from qa_toolkit.scoring import ScorecardError, load_scorecard

    try:
        return load_scorecard(path)
    except (ScorecardError, OSError) as exc:
        fail(str(exc))


def _updated(call: "Call", pack: Any, judged: "Judgement") -> "Call":
    """The call carrying a new judgement (``judge.Judgement``) by ``pack``."""
    new = judged.applied(call)
    identity = {"id": pack.id, "version": str(pack.version), "sha256": pack.sha256}
    new.rule_pack = {**call.rule_pack, **identity}
    if call.provenance.get("rule_pack") is not None:
        new.provenance = dict(call.provenance, rule_pack={**identity, "path": str(pack.path)})
    return new


def _print(pack: Any, n_calls: int, diffs: dict[str, RuleDiff], show: int) -> None:
    echo(f"{n_calls} call(s) re-checked with {pack.id} {pack.version} "
               f"(sha256 {pack.sha256[:12]})")
    echo(f"{'rule':<30} {'before':>6} {'after':>6} {'new':>5} {'removed':>7} "
               f"{'review':>9}")
    for rule_id in sorted(diffs):
        d = diffs[rule_id]
        echo(f"{rule_id:<30} {d.before:>6} {d.after:>6} {'+' + str(len(d.added)):>5} "
                   f"{'-' + str(len(d.removed)):>7} {d.review_before:>4}→{d.review_after:<4}")
    for rule_id in sorted(diffs):
        d = diffs[rule_id]
        for label, items in (("new", d.added), ("removed", d.removed)):
            for call_id, h in items[:show]:
                where = "" if h.get("start") is None else f" {h['start']:.2f}s"
                echo(f"  {label:<7} {rule_id} {call_id}{where}: {h.get('evidence', '')}")
            if len(items) > show:
                echo(f"  … {len(items) - show} more {label} {rule_id}")
    total_new = sum(len(d.added) for d in diffs.values())
    total_removed = sum(len(d.removed) for d in diffs.values())
    echo(f"total: {total_new} new, {total_removed} removed hit(s)")


def _write(out: Path, changed: list["Call"]) -> None:
    from qa_toolkit.runfolder import read_calls, read_errors, write_call
    from qa_toolkit.runner.outputs import write_summaries

    for call in changed:
        write_call(out, call)
    write_summaries(out, read_calls(out, on_error=lambda exc: echo(f"warning: {exc}", err=True)),
                    read_errors(out))
