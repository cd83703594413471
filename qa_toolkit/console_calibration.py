"""Calibration sessions of the review console (tables ``calibrations``, ``calibration_calls``
and the append-only ``calibration_marks``): reviewers judge the same calls blind, and the
supervisor sees per rule how they agree with each other and with the machine.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from qa_toolkit.agreement import MACHINE, kappa
from qa_toolkit.console_store import dicts
from qa_toolkit.pii import mask_text
from qa_toolkit.store import Store, StoreError, now_iso


def create_calibration(store: Store, name: str, call_ids: list[str], by: str) -> int:
    """A calibration session over ``call_ids``; returns its id."""
    if not name.strip():
        raise StoreError("a calibration session needs a name")
    wanted = list(dict.fromkeys(c.strip() for c in call_ids if c.strip()))
    if not wanted:
        raise StoreError("a calibration session needs at least one call")
    known = {r[0] for r in store.conn.execute(
        "SELECT call_id FROM calls WHERE call_id IN (SELECT value FROM json_each(?))",
        (json.dumps(wanted),))}
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise StoreError(f"not in the store: {', '.join(unknown[:5])}")
    with store._transaction():
        cur = store.conn.execute("INSERT INTO calibrations (name, created_at, created_by) "
                                 "VALUES (?, ?, ?)", (mask_text(name), now_iso(), by))
        calibration_id = int(cur.lastrowid)
        store.conn.executemany("INSERT INTO calibration_calls VALUES (?, ?)",
                               [(calibration_id, c) for c in wanted])
    return calibration_id


def calibration_rules(store: Store) -> list[str]:
    """The rules reviewers judge: every rule the store has seen fire or ask for review, so
    the list does not hint at what the machine found in the call at hand."""
    return [r[0] for r in store.conn.execute(
        "SELECT rule_id FROM hits UNION SELECT rule_id FROM review_items ORDER BY 1")]


def calibration(store: Store, calibration_id: int, reviewer: str) -> Optional[dict[str, Any]]:
    """The session, its calls, and which of them ``reviewer`` has judged."""
    found = dicts(store, "SELECT * FROM calibrations WHERE calibration_id = ?", (calibration_id,))
    if not found:
        return None
    session = found[0]
    session["calls"] = dicts(
        store, "SELECT k.call_id, EXISTS (SELECT 1 FROM calibration_marks m WHERE "
               "m.calibration_id = k.calibration_id AND m.call_id = k.call_id AND "
               "m.reviewer = ?) AS judged FROM calibration_calls k WHERE calibration_id = ? "
               "ORDER BY call_id", (reviewer, calibration_id))
    return session


def calibrations(store: Store) -> list[dict[str, Any]]:
    return dicts(store, "SELECT c.*, (SELECT count(*) FROM calibration_calls k WHERE "
                        "k.calibration_id = c.calibration_id) AS calls, (SELECT count(DISTINCT "
                        "reviewer) FROM calibration_marks m WHERE m.calibration_id = "
                        "c.calibration_id) AS reviewers FROM calibrations c "
                        "ORDER BY calibration_id DESC", ())


def mark(store: Store, calibration_id: int, call_id: str, reviewer: str,
         hits: set[str]) -> None:
    """``reviewer``'s verdict on every calibration rule for one call: ``hits`` violated, the
    others passed. A second submission is added; the latest counts."""
    if store.conn.execute("SELECT 1 FROM calibration_calls WHERE calibration_id = ? AND "
                          "call_id = ?", (calibration_id, call_id)).fetchone() is None:
        raise StoreError(f"call {call_id!r} is not in calibration #{calibration_id}")
    rules = calibration_rules(store)
    unknown = sorted(hits - set(rules))
    if unknown:
        raise StoreError(f"unknown rule(s): {', '.join(unknown)}")
    at = now_iso()
    with store._transaction():
        store.conn.executemany(
            "INSERT INTO calibration_marks (calibration_id, call_id, reviewer, rule_id, hit, "
            "at) VALUES (?, ?, ?, ?, ?, ?)",
            [(calibration_id, call_id, reviewer, r, int(r in hits), at) for r in rules])


def calibration_results(store: Store, calibration_id: int) -> dict[str, Any]:
    """Per rule: Cohen's kappa of every pair of reviewers and of each reviewer with the
    machine (agreement.kappa, as ``qa-toolkit eval`` computes it), and every (call, rule)
    where a reviewer and the machine differ."""
    marks: dict[str, dict[tuple[str, str], bool]] = {}
    for call_id, reviewer, rule_id, hit in store.conn.execute(
            "SELECT call_id, reviewer, rule_id, hit FROM calibration_marks m WHERE "
            "calibration_id = ? AND mark_id = (SELECT max(mark_id) FROM calibration_marks n "
            "WHERE n.calibration_id = m.calibration_id AND n.call_id = m.call_id AND "
            "n.reviewer = m.reviewer AND n.rule_id = m.rule_id)", (calibration_id,)):
        marks.setdefault(reviewer, {})[(call_id, rule_id)] = bool(hit)
    items = {item for verdicts in marks.values() for item in verdicts}
    fired = {(c, r) for c, r in store.conn.execute(
        "SELECT DISTINCT h.call_id, h.rule_id FROM hits h JOIN calibration_calls k USING "
        "(call_id) WHERE k.calibration_id = ?", (calibration_id,))}
    machine = {item: item in fired for item in items}
    reviewers = sorted(marks)
    rules = []
    # Rules nobody (machine or reviewer) found in any call agree trivially: not listed.
    found = {r for c, r in items if machine[(c, r)] or any(marks[n].get((c, r))
                                                           for n in reviewers)}
    for rule in sorted(found):
        pairs = [kappa(a, b, _of_rule(marks[a], rule), _of_rule(marks[b], rule))
                 for i, a in enumerate(reviewers) for b in reviewers[i + 1:]]
        versus = [kappa(MACHINE, r, _of_rule(machine, rule), _of_rule(marks[r], rule))
                  for r in reviewers]
        rules.append({"rule_id": rule, "pairs": pairs, "machine": versus})
    differences = [{"call_id": c, "rule_id": r, "machine": machine[(c, r)],
                    "reviewers": {name: marks[name].get((c, r)) for name in reviewers}}
                   for c, r in sorted(items)
                   if any(marks[name].get((c, r)) not in (None, machine[(c, r)])
                          for name in reviewers)]
    return {"reviewers": reviewers, "rules": rules, "differences": differences}


def _of_rule(verdicts: dict[tuple[str, str], bool], rule: str) -> dict[tuple[str, str], bool]:
    return {item: hit for item, hit in verdicts.items() if item[1] == rule}


def my_marks(store: Store, calibration_id: int, call_id: str, reviewer: str) -> set[str]:
    """The rules ``reviewer`` last said were violated in the call (none judged yet: empty)."""
    return {r for r, hit in store.conn.execute(
        "SELECT rule_id, hit FROM calibration_marks m WHERE calibration_id = ? AND call_id = ? "
        "AND reviewer = ? AND mark_id = (SELECT max(mark_id) FROM calibration_marks n WHERE "
        "n.calibration_id = m.calibration_id AND n.call_id = m.call_id AND n.reviewer = "
        "m.reviewer AND n.rule_id = m.rule_id)", (calibration_id, call_id, reviewer)) if hit}
