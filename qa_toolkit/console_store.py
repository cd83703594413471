"""What the review console reads and writes in the history store (tables: console_schema.py).

Per-hit review decisions, the transcript index, and the queries of the console's pages (the
calls list, one call, the review queue, exports, trends); users and logins are
``console_users.py``, calibration sessions ``console_calibration.py``. Everything works on an
open ``Store`` and its connection; decisions re-score the call through ``Store._rescore``,
the same code path as an accepted dispute.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from qa_toolkit.console_schema import DECISIONS
from qa_toolkit.pii import mask_text, mask_turns
from qa_toolkit.report.names import page_name
from qa_toolkit.runfolder import CallFileError, parse_call
from qa_toolkit.scoring import SEVERITIES
from qa_toolkit.store import Store, StoreError, now_iso
from qa_toolkit.types import Call, Turn

log = logging.getLogger(__name__)

PAGE_SIZE = 50


# --- decisions -------------------------------------------------------------------------------

def decide(store: Store, call_id: str, target: str, seq: int, decision: str, note: str,
           by: str, severity: Optional[str] = None) -> int:
    """Record a reviewer's decision on hit (or review outcome) ``seq`` and re-score the call;
    returns the decision id. Decisions are appended, never edited: the latest counts."""
    if target not in ("hit", "review"):
        raise StoreError(f"target {target!r}: expected hit or review")
    if decision not in DECISIONS:
        raise StoreError(f"decision {decision!r}: expected one of {', '.join(DECISIONS)}")
    if decision == "severity" and severity not in SEVERITIES:
        raise StoreError(f"severity {severity!r}: expected one of {', '.join(SEVERITIES)}")
    if not note.strip():
        raise StoreError("a decision needs a note saying why")
    table = "hits" if target == "hit" else "review_items"
    at, by, note = now_iso(), mask_text(by), mask_text(note)
    with store._transaction():
        row = store.conn.execute(f"SELECT rule_id FROM {table} WHERE call_id = ? AND seq = ?",
                                 (call_id, seq)).fetchone()
        if row is None:
            raise StoreError(f"call {call_id!r} has no {target} #{seq}")
        cur = store.conn.execute(
            "INSERT INTO hit_decisions (call_id, target, seq, rule_id, decision, severity, at, "
            "by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (call_id, target, seq, row[0], decision,
             severity if decision == "severity" else None, at, by, note))
        decision_id = int(cur.lastrowid)
        store._rescore(call_id, f"decision #{decision_id}: {decision} {target} #{seq}", at, by)
    log.info("decision #%d by %s: %s %s #%d of %s", decision_id, by, decision, target, seq,
             call_id)
    return decision_id


# --- transcripts -----------------------------------------------------------------------------

def masked_turns(call: Call) -> list[Turn]:
    """The call's turns with card, ID and phone numbers masked (as the static call page
    does: a JSON written by another tool, or before masking, may hold them in clear)."""
    return mask_turns(call.turns)[0]


def transcript_text(call: Call) -> str:
    """One line per turn, masked."""
    return "\n".join(t.text for t in masked_turns(call))


def index_transcripts(store: Store) -> int:
    """Index the transcript of every call whose JSON changed since it was last indexed
    (found in its run's ``OUT/calls/``); returns how many were (re)indexed."""
    stale = store.conn.execute(
        "SELECT c.call_id, c.content_hash, r.out_dir FROM calls c JOIN runs r USING (run_id) "
        "LEFT JOIN transcripts t USING (call_id) "
        "WHERE t.content_hash IS NOT c.content_hash").fetchall()
    if not stale:
        return 0
    by_dir: dict[str, dict[str, str]] = {}
    for call_id, digest, out_dir in stale:
        by_dir.setdefault(out_dir, {})[call_id] = digest
    rows = []
    for out_dir, wanted in by_dir.items():
        rows += _read_transcripts(Path(out_dir) / "calls", wanted)
    with store._transaction():
        store.conn.executemany("DELETE FROM transcripts WHERE call_id = ?",
                               [(r[0],) for r in rows])
        store.conn.executemany("INSERT INTO transcripts (call_id, content_hash, json_path, "
                               "body) VALUES (?, ?, ?, ?)", rows)
    log.info("indexed %d transcripts", len(rows))
    return len(rows)


def _read_transcripts(calls_dir: Path, wanted: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(call_id, content_hash, path, text) for the wanted calls whose JSON has that hash.

    The runner names each JSON after its call (``page_name``); other files of the folder
    are read only when some wanted call is not under its own name."""
    found: list[tuple[str, str, str, str]] = []
    missing = dict(wanted)
    guesses = [calls_dir / f"{page_name(c)}.json" for c in wanted]
    others = (sorted(set(calls_dir.glob("*.json")) - set(guesses))
              if calls_dir.is_dir() else [])
    for path in guesses + others:
        if not missing:
            break
        try:
            blob = path.read_bytes()
        except OSError:
            continue
        digest = hashlib.sha1(blob).hexdigest()
        if digest not in missing.values():
            continue
        try:
            call = parse_call(blob, path)
        except CallFileError as exc:
            log.warning("%s", exc)
            continue
        if missing.get(call.call_id) == digest:
            del missing[call.call_id]
            found.append((call.call_id, digest, str(path), transcript_text(call)))
    if missing:
        log.warning("%s: %d call JSONs are gone; their transcripts are not searchable",
                    calls_dir, len(missing))
    return found


def read_indexed_call(store: Store, call_id: str) -> Optional[Call]:
    """The call as indexed, if its record is still there and unchanged."""
    row = store.conn.execute("SELECT t.json_path, t.content_hash FROM transcripts t "
                             "WHERE call_id = ?", (call_id,)).fetchone()
    if row is None or not row[0]:
        return None
    try:
        blob = Path(row[0]).read_bytes()
    except OSError:
        return None
    if hashlib.sha1(blob).hexdigest() != row[1]:
        return None
    try:
        return parse_call(blob, row[0])
    except CallFileError as exc:
        log.warning("%s", exc)
        return None


def audio_file(store: Store, call_id: str) -> Optional[Path]:
    """The call's recording: the run's copy in ``OUT/audio/``, else the source path."""
    row = store.conn.execute("SELECT r.out_dir, c.source FROM calls c JOIN runs r "
                             "USING (run_id) WHERE call_id = ?", (call_id,)).fetchone()
    if row is None or not row[1]:
        return None
    out_dir, source = Path(row[0]), Path(row[1])
    bundled = out_dir / "audio" / f"{page_name(call_id)}{source.suffix.lower()}"
    for candidate in (bundled, source if source.is_absolute() else out_dir / source):
        if candidate.is_file():
            return candidate
    return None


# --- the calls list --------------------------------------------------------------------------

@dataclass
class CallFilter:
    """The calls list's filters; None/empty means no filter."""

    q: str = ""
    agent: str = ""
    team: str = ""
    date_from: str = ""
    date_to: str = ""
    business: str = ""
    rule: str = ""
    min_score: Optional[float] = None
    max_score: Optional[float] = None
    state: str = ""
    """``review`` (undecided review outcomes), ``disputed`` (open disputes), ``decided``."""
    after: str = ""
    """The keyset cursor: ``started_at`` and ``call_id`` of the last row shown, tab-joined."""


STATES = ("review", "disputed", "decided")


def list_calls(store: Store, f: CallFilter, limit: int = PAGE_SIZE
               ) -> tuple[list[dict[str, Any]], Optional[str]]:
    """One page of calls, newest first, and the cursor of the next page (None: last page).

    Paging is by keyset on (started_at, call_id), which the ``calls_started`` index serves,
    so the 2,000th page costs what the first does."""
    where, params = [], []

    def add(clause: str, *values: Any) -> None:
        where.append(clause)
        params.extend(values)

    if f.q:
        add(*_search_clause(store, f.q))
    for column, value in (("agent_id", f.agent), ("team", f.team),
                          ("business_type", f.business)):
        if value:
            add(f"c.{column} = ?", value)
    if f.date_from:
        add("c.started_at >= ?", f.date_from)
    if f.date_to:
        add("c.started_at < ?", f.date_to + "\uffff")  # the whole day given as YYYY-MM-DD
    if f.rule:
        add("EXISTS (SELECT 1 FROM hits h WHERE h.call_id = c.call_id AND h.rule_id = ?)",
            f.rule)
    if f.min_score is not None:
        add("s.score >= ?", f.min_score)
    if f.max_score is not None:
        add("s.score <= ?", f.max_score)
    if f.state == "review":
        add("EXISTS (SELECT 1 FROM review_items r WHERE r.call_id = c.call_id AND NOT EXISTS "
            "(SELECT 1 FROM hit_decisions d WHERE d.call_id = r.call_id AND d.target = "
            "'review' AND d.seq = r.seq AND d.rule_id = r.rule_id))")
    elif f.state == "disputed":
        add("EXISTS (SELECT 1 FROM dispute_status d WHERE d.call_id = c.call_id "
            "AND d.status = 'open')")
    elif f.state == "decided":
        add("EXISTS (SELECT 1 FROM hit_decisions d WHERE d.call_id = c.call_id)")
    if f.after:
        started, _, call_id = f.after.partition("\t")
        if started:  # calls without a start time come last
            add("(c.started_at < ? OR (c.started_at = ? AND c.call_id < ?) "
                "OR c.started_at IS NULL)", started, started, call_id)
        else:
            add("c.started_at IS NULL AND c.call_id < ?", call_id)
    sql = ("SELECT c.call_id, c.agent_id, c.team, c.started_at, c.business_type, "
           "c.duration_s, s.score, (SELECT count(*) FROM hits h WHERE h.call_id = c.call_id) "
           "AS hits FROM calls c JOIN scores s ON s.call_id = c.call_id AND s.rev = "
           "(SELECT max(rev) FROM scores WHERE call_id = c.call_id) "
           + ("WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY c.started_at DESC, c.call_id DESC LIMIT ?")
    cur = store.conn.execute(sql, [*params, limit + 1])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = f"{rows[-1]['started_at'] or ''}\t{rows[-1]['call_id']}" if more else None
    return rows, cursor


SEARCH_SCAN_AFTER = 20_000
"""A phrase in more transcripts than this is looked for call by call in list order (a page
fills after a few hundred calls); a rarer one through the list of its matches. Measured at
100,000 calls (bench/serve.py): the list costs ~1.8 ms per 1,000 matches, the walk ~0.15 ms
per call it checks, equal near 20,000 matches."""


def _search_clause(store: Store, q: str) -> tuple[str, ...]:
    """The WHERE clause and its parameter for a transcript search; the text is data: one
    quoted FTS5 phrase, or an ``instr`` argument."""
    if len(q) < 3:  # below the trigram index's smallest query: walk the calls
        return ("EXISTS (SELECT 1 FROM transcripts t WHERE t.call_id = c.call_id "
                "AND instr(t.body, ?) > 0)", q)
    phrase = '"' + q.replace('"', '""') + '"'
    matches = store.conn.execute("SELECT count(*) FROM (SELECT 1 FROM transcripts_fts WHERE "
                                 "transcripts_fts MATCH ? LIMIT ?)",
                                 (phrase, SEARCH_SCAN_AFTER + 1)).fetchone()[0]
    if matches > SEARCH_SCAN_AFTER:
        return ("EXISTS (SELECT 1 FROM transcripts t JOIN transcripts_fts f ON f.rowid = "
                "t.rowid WHERE t.call_id = c.call_id AND f.body MATCH ?)", phrase)
    return ("c.call_id IN (SELECT call_id FROM transcripts WHERE rowid IN (SELECT rowid "
            "FROM transcripts_fts WHERE transcripts_fts MATCH ?))", phrase)


def filter_choices(store: Store) -> dict[str, list[str]]:
    """The values the list's drop-downs offer."""
    def distinct(sql: str) -> list[str]:
        return [r[0] for r in store.conn.execute(sql) if r[0] is not None]

    return {"team": distinct("SELECT DISTINCT team FROM calls ORDER BY 1"),
            "business": distinct("SELECT DISTINCT business_type FROM calls ORDER BY 1"),
            "rule": distinct("SELECT DISTINCT rule_id FROM hits ORDER BY 1")}


# --- one call --------------------------------------------------------------------------------

def dicts(store: Store, sql: str, params: Any) -> list[dict[str, Any]]:
    """A query's rows as dicts keyed by column name."""
    cur = store.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def call_record(store: Store, call_id: str) -> Optional[dict[str, Any]]:
    """The call's row with its current score, hits and review outcomes (each with its latest
    decision and open dispute), its disputes and its change trail."""
    calls = dicts(store, "SELECT c.*, s.score, s.deductions, s.red_line, s.rev AS score_rev "
                         "FROM calls c JOIN call_scores s USING (call_id) WHERE call_id = ?",
                  (call_id,))
    if not calls:
        return None
    call = calls[0]
    call["first_score"] = store.conn.execute("SELECT score FROM scores WHERE call_id = ? AND "
                                             "rev = 1", (call_id,)).fetchone()[0]
    same = "d.call_id = x.call_id AND d.target = '{0}' AND d.seq = x.seq AND d.rule_id = x.rule_id"
    latest = (f"(SELECT decision FROM hit_decisions_latest d WHERE {same}) AS decision, "
              f"(SELECT severity FROM hit_decisions_latest d WHERE {same}) AS decided_severity")
    call["hits"] = dicts(
        store, f"SELECT x.*, {latest.format('hit')}, (SELECT dispute_id FROM dispute_status d "
               f"WHERE d.call_id = x.call_id AND d.rule_id = x.rule_id AND d.status = 'open' "
               f"AND coalesce(d.seq, x.seq) = x.seq) AS open_dispute, EXISTS (SELECT 1 FROM "
               f"overrides o WHERE o.call_id = x.call_id AND o.rule_id = x.rule_id) AS removed "
               f"FROM hits x WHERE call_id = ? ORDER BY seq", (call_id,))
    call["review"] = dicts(store, f"SELECT x.*, {latest.format('review')}, NULL AS "
                                  f"open_dispute, 0 AS removed FROM review_items x "
                                  f"WHERE call_id = ? ORDER BY seq", (call_id,))
    call["disputes"] = dicts(store, "SELECT * FROM dispute_status WHERE call_id = ? "
                                    "ORDER BY dispute_id", (call_id,))
    call["decisions"] = dicts(store, "SELECT * FROM hit_decisions WHERE call_id = ? "
                                     "ORDER BY decision_id", (call_id,))
    call["trail"] = store.trail(call_id).to_dicts()
    return call


# --- the review queue ------------------------------------------------------------------------

def review_queue(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """Undecided review outcomes and open disputes, oldest first (by when each was raised)."""
    return dicts(store, """
        SELECT * FROM (
          SELECT 'review' AS kind, r.call_id, r.seq, r.rule_id, r.message, r.reason AS why,
                 c.ingested_at AS since, c.agent_id, NULL AS dispute_id
          FROM review_items r JOIN calls c USING (call_id)
          WHERE NOT EXISTS (SELECT 1 FROM hit_decisions d WHERE d.call_id = r.call_id
                            AND d.target = 'review' AND d.seq = r.seq AND d.rule_id = r.rule_id)
          UNION ALL
          SELECT 'dispute', d.call_id, d.seq, d.rule_id, NULL, d.reason, d.opened_at,
                 c.agent_id, d.dispute_id
          FROM dispute_status d JOIN calls c USING (call_id) WHERE d.status = 'open')
        ORDER BY since, call_id, seq LIMIT ?""", (limit,))


def export_bytes(store: Store, what: str, by: Optional[str], period: Optional[str],
                 fmt: str) -> tuple[bytes, str]:
    """An export as ``qa-toolkit export`` writes it (same function), as bytes and file name."""
    import tempfile

    from qa_toolkit.export import export

    name = "-".join([what, *(["by", by.replace(",", "-")] if by else []),
                     *([period] if period else [])]) + f".{fmt}"
    with tempfile.TemporaryDirectory() as tmp:
        path, _ = export(store, what, Path(tmp) / name, by=by, fmt=fmt,  # type: ignore[arg-type]
                         period=period)
        return path.read_bytes(), name


# --- trends ----------------------------------------------------------------------------------

def trend(store: Store, agent: str = "", team: str = "", rule: str = "") -> list[dict[str, Any]]:
    """Per month of the scope (every call, a team's or an agent's): calls, mean current
    score, and with ``rule`` its hits per 100 calls (hits overturned by people counted out)."""
    where, params = ["c.period IS NOT NULL"], []
    for column, value in (("agent_id", agent), ("team", team)):
        if value:
            where.append(f"c.{column} = ?")
            params.append(value)
    scope = " AND ".join(where)
    months = dicts(store, f"SELECT c.period AS month, count(*) AS calls, round(avg(s.score), 2) "
                          f"AS score FROM calls c JOIN scores s ON s.call_id = c.call_id AND "
                          f"s.rev = (SELECT max(rev) FROM scores WHERE call_id = c.call_id) "
                          f"WHERE {scope} GROUP BY c.period ORDER BY c.period", params)
    hits: dict[str, int] = {}
    if rule:
        hits = dict(store.conn.execute(
            f"SELECT c.period, count(*) FROM hits h JOIN calls c USING (call_id) WHERE "
            f"h.rule_id = ? AND {scope} AND NOT EXISTS (SELECT 1 FROM overrides o WHERE "
            f"o.call_id = h.call_id AND o.rule_id = h.rule_id) AND NOT EXISTS (SELECT 1 FROM "
            f"hit_decisions_latest d WHERE d.call_id = h.call_id AND d.target = 'hit' AND "
            f"d.seq = h.seq AND d.rule_id = h.rule_id AND d.decision = 'overturn') "
            f"GROUP BY c.period",
            [rule, *params]).fetchall())
    for m in months:
        m["rule_per_100"] = round(100 * hits.get(m["month"], 0) / m["calls"], 2) if rule else None
    return months
