"""Ingest: the call JSONs of an OUT folder become rows of the store.

A second ingest of the same files is a no-op (files are known by their hash), another
recording under a stored call_id is refused, and evidence and messages are PII-masked on
the way in. A large ingest parses the JSONs in spawned worker processes, chunk by chunk,
while the main process writes SQLite (``PARALLEL_MIN_FILES``, ``CHUNK_FILES``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from qa_toolkit.handling import CallTimes, call_times
from qa_toolkit.types import Outcome
from qa_toolkit.pii import mask_text
from qa_toolkit import runfolder
from qa_toolkit.runfolder import CallFileError, parse_call
from qa_toolkit.scoring import (Scorecard, category, default_scorecard_path, load_scorecard,
                                score_call)
from qa_toolkit.store.common import StoreBase, StoreError, current_user, now_iso, period_of

log = logging.getLogger(__name__)


@dataclass
class IngestResult:
    """What one ``ingest`` did."""

    run_id: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rescored: int = 0
    """Calls whose pipeline score differs from the store's (another scorecard was used)."""
    errors: list[str] = field(default_factory=list)
    """One line per call JSON that could not be read: ``file: problem``."""


class IngestMixin(StoreBase):
    """Adding an OUT folder's calls, their hits, review items and first score revision."""

    def ingest(self, out_dir: str | Path, scorecard: Optional[Scorecard] = None,
               by: Optional[str] = None) -> IngestResult:
        """Add (or update) the calls of an OUT folder; a second ingest of the same files is a no-op.

        ``scorecard`` scores every call; None picks the scorecard of each call's rule pack.
        """
        out = Path(out_dir)
        calls_dir = runfolder.calls_dir(out)
        if not calls_dir.is_dir():
            raise StoreError(f"{out}: not an OUT folder (no calls/ inside)")
        run_id = hashlib.sha1(str(out.resolve()).encode("utf-8")).hexdigest()[:12]
        result = IngestResult(run_id=run_id)
        by = mask_text(by or current_user())
        # The write lock is taken before reading what is known, so two ingests running at
        # once (WAL readers are never blocked) cannot both add the same call.
        with self._transaction():
            known: dict[str, str] = {}
            recordings: dict[str, tuple[Optional[str], Optional[str]]] = {}
            for call_id, content_hash, input_sha, source in self.conn.execute(
                    "SELECT call_id, content_hash, input_sha256, source FROM calls"):
                known[call_id] = content_hash
                recordings[call_id] = (input_sha, source)
            overridden: dict[str, set[str]] = {}
            for call_id, rule_id in self.conn.execute("SELECT call_id, rule_id FROM overrides"):
                overridden.setdefault(call_id, set()).add(rule_id)
            names = [p.name for p in runfolder.call_paths(out)]
            at = now_iso()
            batch: dict[str, str] = {}
            digests: dict[int, str] = {}
            registered = False
            for chunk in _prepared_chunks(str(calls_dir), names, known, overridden, scorecard,
                                          self.workers):
                call_rows, hit_rows, review_rows, score_rows, replaced = [], [], [], [], []
                for item in chunk:
                    if item is None:
                        result.unchanged += 1
                        continue
                    if isinstance(item, str):
                        result.errors.append(item)
                        continue
                    call_id = item.call_id
                    if known.get(call_id) == item.digest:
                        result.unchanged += 1
                        continue
                    if call_id in batch:
                        result.errors.append(f"{calls_dir / item.name}: call_id {call_id!r} "
                                             f"also in {batch[call_id]}")
                        continue
                    conflict = _other_recording(recordings.get(call_id), item,
                                                calls_dir / item.name)
                    if conflict:
                        result.errors.append(conflict)
                        continue
                    batch[call_id] = item.name
                    card = scorecard if scorecard is not None else pack_scorecard(item.pack_id)
                    if id(card) not in digests:  # hashing a scorecard per call would dominate
                        digests[id(card)] = self._remember_scorecard(card)
                    if call_id in known:
                        replaced.append(call_id)
                        result.updated += 1
                    else:
                        result.added += 1
                    known[call_id] = item.digest
                    call_rows.append((call_id, run_id, *item.row, digests[id(card)], item.flags,
                                      item.digest, at, item.input_sha256, item.source,
                                      *item.times.as_row()))
                    hit_rows.extend(item.hits)
                    review_rows.extend(item.review)
                    result.rescored += item.rescored
                    score_rows.append((call_id, item.score, "ingest" + (
                        " (overrides applied)" if call_id in overridden else "")))
                if not call_rows:
                    continue
                if not registered:
                    self.conn.execute(
                        "INSERT INTO runs (run_id, out_dir, first_ingested_at, last_ingested_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                        "last_ingested_at = excluded.last_ingested_at",
                        (run_id, str(out.resolve()), at, at))
                    registered = True
                self._insert(call_rows, hit_rows, review_rows, score_rows, replaced, at, by)
            if not registered:
                log.info("%s: nothing new (%d calls unchanged)", out, result.unchanged)
                return result
            self.conn.execute("UPDATE runs SET calls = (SELECT count(*) FROM calls "
                              "WHERE run_id = ?) WHERE run_id = ?", (run_id, run_id))
        log.info("%s: %d calls added, %d updated, %d unchanged, %d unreadable", out,
                 result.added, result.updated, result.unchanged, len(result.errors))
        return result

    def _insert(self, call_rows: list[tuple[Any, ...]], hit_rows: list[tuple[Any, ...]],
                review_rows: list[tuple[Any, ...]], score_rows: list[tuple[str, Any, str]],
                replaced: list[str], at: str, by: str) -> None:
        for table in ("hits", "review_items"):
            self.conn.executemany(f"DELETE FROM {table} WHERE call_id = ?",
                                  [(c,) for c in replaced])
        self.conn.executemany(
            "INSERT INTO calls VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) "
            "ON CONFLICT (call_id) DO UPDATE SET run_id = excluded.run_id, "
            "agent_id = excluded.agent_id, team = excluded.team, "
            "started_at = excluded.started_at, period = excluded.period, "
            "business_type = excluded.business_type, customer_tier = excluded.customer_tier, "
            "duration_s = excluded.duration_s, rule_pack_id = excluded.rule_pack_id, "
            "rule_pack_version = excluded.rule_pack_version, model = excluded.model, "
            "pipeline_score = excluded.pipeline_score, scorecard = excluded.scorecard, "
            "flags = excluded.flags, content_hash = excluded.content_hash, "
            "ingested_at = excluded.ingested_at, "
            "input_sha256 = coalesce(excluded.input_sha256, input_sha256), "
            "source = excluded.source, agent_talk_s = excluded.agent_talk_s, "
            "customer_talk_s = excluded.customer_talk_s, hold_s = excluded.hold_s, "
            "silence_s = excluded.silence_s", call_rows)
        self.conn.executemany("INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              hit_rows)
        self.conn.executemany(
            "INSERT INTO review_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", review_rows)
        self._add_scores(score_rows, at, by)
        # The parsing workers know only the rule-wide overrides; a call that reviewers
        # decided hit by hit is scored once more with those decisions.
        decided = self.conn.execute(
            "SELECT DISTINCT call_id FROM hit_decisions WHERE call_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(replaced),)).fetchall()
        for (call_id,) in decided:
            self._rescore(call_id, "ingest (decisions applied)", at, by)


@functools.lru_cache(maxsize=None)
def pack_scorecard(pack_id: Optional[str]) -> Scorecard:
    """The scorecard shipped next to a rule pack, else the built-in default (100 − points)."""
    path = default_scorecard_path(pack_id) if pack_id else None
    return load_scorecard(path) if path is not None and path.is_file() else Scorecard()


@dataclass
class _Prepared:
    """One call JSON made into rows."""

    name: str
    call_id: str
    digest: str
    pack_id: Optional[str]
    row: tuple[Any, ...]
    """The ``calls`` columns from agent_id to pipeline_score."""
    flags: str
    hits: list[tuple[Any, ...]]
    review: list[tuple[Any, ...]]
    score: Any
    rescored: bool
    input_sha256: Optional[str]
    """The recording's hash (provenance), None in JSONs that do not carry it."""
    source: Optional[str]
    times: CallTimes
    """Where the call's time went (``handling.call_times``)."""


def _other_recording(stored: Optional[tuple[Optional[str], Optional[str]]], item: _Prepared,
                     file: Path) -> Optional[str]:
    """The error line when ``item`` is another recording than the stored call of its id."""
    if stored is None or stored[0] is None or item.input_sha256 is None \
            or stored[0] == item.input_sha256:
        return None
    return (f"{file}: call_id {item.call_id!r} is another recording ({item.source}, sha256 "
            f"{item.input_sha256[:12]}) than the one in the store ({stored[1]}, sha256 "
            f"{stored[0][:12]}); not replaced: give one of them another call_id")


PARALLEL_MIN_FILES = 4000
"""Below this many call files an ingest parses them in its own process (starting workers
costs ~0.5 s); above, one worker per core parses while the main process writes SQLite."""
CHUNK_FILES = 2000


def _prepared_chunks(calls_dir: str, names: list[str], known: dict[str, str],
                     overridden: dict[str, set[str]], scorecard: Optional[Scorecard],
                     workers: int) -> Iterator[list[Optional[str | _Prepared]]]:
    """The prepared files in name order, in chunks; parsed by a process pool when it pays."""
    chunks = [names[i:i + CHUNK_FILES] for i in range(0, len(names), CHUNK_FILES)]
    # Each worker gets only the digests of its own files, not the whole store's.
    jobs = [(calls_dir, chunk, {n[:-5]: known[n[:-5]] for n in chunk if n[:-5] in known},
             overridden, scorecard) for chunk in chunks]
    if workers <= 1 or len(names) < PARALLEL_MIN_FILES:
        for job in jobs:
            yield _prepare_files(*job)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    done = 0
    try:
        # spawn, not fork: the parent holds an open SQLite connection and a write transaction.
        with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=get_context("spawn")) as pool:
            for chunk in pool.map(_prepare_files, *zip(*jobs)):
                yield chunk
                done += 1
    except BrokenProcessPool:
        # A script without an ``if __name__ == "__main__"`` guard cannot spawn workers.
        log.warning("ingest: worker processes failed to start; parsing in this process")
        for job in jobs[done:]:
            yield _prepare_files(*job)


def _prepare_files(calls_dir: str, names: list[str], known: dict[str, str],
                   overridden: dict[str, set[str]],
                   scorecard: Optional[Scorecard]) -> list[Optional[str | _Prepared]]:
    """None (unchanged), an error line, or the prepared call, for every file name in order."""
    out: list[Optional[str | _Prepared]] = []
    scores: dict[tuple[Any, ...], Any] = {}
    for name in names:
        file = os.path.join(calls_dir, name)
        try:
            with open(file, "rb") as handle:
                blob = handle.read()
        except OSError as exc:
            out.append(f"{file}: cannot read ({exc.strerror})")
            continue
        digest = hashlib.sha1(blob).hexdigest()
        if known.get(name[:-5]) == digest:
            out.append(None)
            continue
        try:
            call = parse_call(blob, file, transcript=False)
        except CallFileError as exc:
            out.append(str(exc))
            continue
        pack_id = call.rule_pack.get("id")
        card = scorecard if scorecard is not None else pack_scorecard(pack_id)
        gone = overridden.get(call.call_id, ())
        kept = [h for h in call.hits if h.rule_id not in gone]
        # A score depends only on the hits' rule, severity, points and (for overlapping
        # hits) span and speaker: most calls share a handful of such patterns, so each is
        # scored once per chunk.
        key = (id(card), tuple((h.rule_id, h.severity, h.points, h.start, h.end, h.role)
                               for h in kept))
        score = scores.get(key)
        if score is None:
            score = scores[key] = score_call(kept, card)
        saved_score = None if call.score is None else call.score.score
        out.append(_Prepared(
            name=name, call_id=call.call_id, digest=digest, pack_id=pack_id,
            row=(call.meta.agent_id, call.meta.team, call.meta.started_at,
                 period_of(call.meta.started_at), call.business_type,
                 call.meta.customer_tier, call.duration_s, pack_id,
                 call.rule_pack.get("version"), call.model, saved_score),
            flags=json.dumps(sorted(call.flags), ensure_ascii=False) if call.flags else "[]",
            hits=[_hit_row(call.call_id, seq, h) for seq, h in enumerate(call.hits)],
            review=[_hit_row(call.call_id, seq, h) + (mask_text(h.reason),)
                    for seq, h in enumerate(call.review)],
            score=score,
            rescored=saved_score is not None and abs(saved_score - score.score) > 0.005,
            input_sha256=_text_or_none(call.provenance.get("input_sha256")),
            source=_text_or_none(call.source), times=call_times(call)))
    return out


def _text_or_none(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value else None


def _hit_row(call_id: str, seq: int, h: Outcome) -> tuple[Any, ...]:
    return (call_id, seq, h.rule_id, category(h.rule_id), h.severity, h.points, h.start,
            h.end, h.role, mask_text(h.evidence), mask_text(h.message))
