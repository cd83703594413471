"""Disputes: an agent contests a deduction, a supervisor accepts or rejects it.

Every step is an appended row (``disputes``, ``dispute_events``, ``overrides`` or a
per-hit ``hit_decisions`` row), never an edit; an accepted dispute re-scores the call
through ``StoreBase._rescore``. ``trail`` reads back everything that changed a call's score.
"""

from __future__ import annotations

from typing import Optional

import polars as pl

from qa_toolkit.pii import mask_text
from qa_toolkit.store.common import StoreBase, StoreError, current_user, now_iso


class DisputesMixin(StoreBase):
    """Opening and resolving disputes; reading them and a call's change trail back."""

    def open_dispute(self, call_id: str, rule_id: str, reason: str,
                     by: Optional[str] = None, seq: Optional[int] = None) -> int:
        """Contest the deduction(s) of ``rule_id`` in a call (only hit ``seq`` when given);
        returns the dispute id."""
        if not reason.strip():
            raise StoreError("a dispute needs a reason")
        if self.conn.execute("SELECT 1 FROM calls WHERE call_id = ?", (call_id,)).fetchone() is None:
            raise StoreError(f"call {call_id!r} is not in {self.path}")
        if self.conn.execute("SELECT 1 FROM hits WHERE call_id = ? AND rule_id = ? "
                             "AND coalesce(?, seq) = seq",
                             (call_id, rule_id, seq)).fetchone() is None:
            raise StoreError(f"call {call_id!r} has no hit of rule {rule_id!r} to dispute")
        if self.conn.execute("SELECT 1 FROM overrides WHERE call_id = ? AND rule_id = ?",
                             (call_id, rule_id)).fetchone() is not None:
            raise StoreError(f"the {rule_id} deduction of call {call_id} was already removed")
        # A dispute on the whole rule and one on a single hit of it would decide the same
        # deduction twice: one open dispute per rule and call.
        open_id = self.conn.execute(
            "SELECT dispute_id FROM dispute_status WHERE call_id = ? AND rule_id = ? "
            "AND status = 'open'", (call_id, rule_id)).fetchone()
        if open_id is not None:
            raise StoreError(f"dispute #{open_id[0]} on {call_id} {rule_id} is already open")
        # What people type is masked before it is stored: an agent quoting the customer's card
        # number in a reason would otherwise put it in the store and its Parquet copies.
        at, by, reason = now_iso(), mask_text(by or current_user()), mask_text(reason)
        with self._transaction():
            cur = self.conn.execute(
                "INSERT INTO disputes (call_id, rule_id, opened_at, opened_by, reason, seq) "
                "VALUES (?, ?, ?, ?, ?, ?)", (call_id, rule_id, at, by, reason, seq))
            dispute_id = int(cur.lastrowid)
            self.conn.execute("INSERT INTO dispute_events (dispute_id, action, at, by, note) "
                              "VALUES (?, 'open', ?, ?, ?)", (dispute_id, at, by, reason))
        return dispute_id

    def resolve_dispute(self, dispute_id: int, accept: bool, by: str, note: str) -> None:
        """Accept (the deduction goes, the call is re-scored) or reject a dispute."""
        if not by.strip():
            raise StoreError("resolving a dispute needs the name of who decided (--by)")
        if not note.strip():
            raise StoreError("resolving a dispute needs a note saying why")
        at, by, note = now_iso(), mask_text(by), mask_text(note)
        # The status is read inside the write lock: two supervisors resolving at once cannot
        # both close it.
        with self._transaction():
            row = self.conn.execute("SELECT call_id, rule_id, status, seq FROM dispute_status "
                                    "WHERE dispute_id = ?", (dispute_id,)).fetchone()
            if row is None:
                raise StoreError(f"no dispute #{dispute_id} in {self.path}")
            call_id, rule_id, status, seq = row
            if status != "open":
                raise StoreError(f"dispute #{dispute_id} is already closed ({status}ed)")
            self.conn.execute("INSERT INTO dispute_events (dispute_id, action, at, by, note) "
                              "VALUES (?, ?, ?, ?, ?)",
                              (dispute_id, "accept" if accept else "reject", at, by, note))
            if accept and seq is None:
                self.conn.execute(
                    "INSERT INTO overrides (call_id, rule_id, action, dispute_id, at, by, why) "
                    "VALUES (?, ?, 'remove_deduction', ?, ?, ?, ?)",
                    (call_id, rule_id, dispute_id, at, by, note))
            elif accept:
                self.conn.execute(
                    "INSERT INTO hit_decisions (call_id, target, seq, rule_id, decision, "
                    "dispute_id, at, by, note) VALUES (?, 'hit', ?, ?, 'overturn', ?, ?, ?, ?)",
                    (call_id, seq, rule_id, dispute_id, at, by, note))
            if accept:
                self._rescore(call_id, f"dispute #{dispute_id} accepted", at, by)

    def disputes_frame(self, status: Optional[str] = None) -> pl.DataFrame:
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        return self.frame(
            f"SELECT dispute_id, call_id, rule_id, status, opened_at, opened_by, reason, "
            f"(SELECT at FROM dispute_events e WHERE e.dispute_id = d.dispute_id AND "
            f"action != 'open') AS resolved_at, "
            f"(SELECT by FROM dispute_events e WHERE e.dispute_id = d.dispute_id AND "
            f"action != 'open') AS resolved_by, "
            f"(SELECT note FROM dispute_events e WHERE e.dispute_id = d.dispute_id AND "
            f"action != 'open') AS note "
            f"FROM dispute_status d {where} ORDER BY dispute_id", params,
            schema={"dispute_id": pl.Int64, "resolved_at": pl.String, "resolved_by": pl.String,
                    "note": pl.String})

    def trail(self, call_id: str) -> pl.DataFrame:
        """Everything that changed a call's score, oldest first: who, when, why."""
        # Same-second events keep their causal order: open → decision → override → re-score.
        return self.frame(
            "SELECT at, by, what, value, why FROM ("
            "SELECT at, by, 'score' AS what, 'rev ' || rev || ': ' || score AS value, "
            "cause AS why, CASE rev WHEN 1 THEN 0 ELSE 4 END AS step, rev AS n "
            "FROM scores WHERE call_id = :c "
            "UNION ALL SELECT e.at, e.by, 'dispute #' || d.dispute_id || ' ' || e.action, "
            "d.rule_id, e.note, CASE e.action WHEN 'open' THEN 1 ELSE 2 END, e.event_id "
            "FROM dispute_events e JOIN disputes d USING (dispute_id) WHERE d.call_id = :c "
            "UNION ALL SELECT at, by, 'override', rule_id || ' ' || action, why, 3, override_id "
            "FROM overrides WHERE call_id = :c) ORDER BY at, step, n", {"c": call_id})
