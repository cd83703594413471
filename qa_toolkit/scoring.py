"""Call score from rule outcomes, driven by a scorecard (YAML next to the rule pack).

A scorecard is what a centre's QA form says about points: the start score, what each hit
costs (the pack's points, or a table per rule / severity), how much one category of rules may
cost at most in one call (category = the rule id's prefix, ``etiquette.jargon`` →
``etiquette``), red-line rules that fail the call outright, and bonus items. Only outcomes with
status ``hit`` cost points; ``review`` outcomes wait for a human and cost nothing.

``overlap`` says how two hits of different rules on the same words combine (a forbidden
phrase that is also a negative tone, a late greeting that also lacks the staff number):
``max`` charges the larger deduction once and keeps the other, shown as covered by it at 0
points; ``sum`` charges both. Every step from the hits to the score (covered hits, caps, red
lines, bonus) is in the ``CallScore``, so a page can show the arithmetic.

Without a scorecard the score is the seeds' rule: 100 − the points of the hits, floor 0.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal, Mapping, Optional

import yaml

from qa_toolkit.resources import rules_dir
from qa_toolkit.types import CallScore, Outcome

log = logging.getLogger(__name__)

DEFAULT_PACK = "bank_zh"
SCORECARD_SUFFIX = ".scorecard.yaml"
SEVERITIES = ("info", "minor", "major", "critical")


class ScorecardError(ValueError):
    """A scorecard file that cannot be used; the message names the file and the problem."""


@dataclass
class RuleDeduction:
    """What one rule costs, overriding the pack and the severity table."""

    points: Optional[float] = None
    """Points per occurrence; None keeps the pack's (or the severity table's) points."""
    max: Optional[float] = None
    """At most this many points for all occurrences of the rule in one call."""


@dataclass
class BonusItem:
    """Points given back for something the agent did well (never above ``max_score``)."""

    rule_id: str
    """The rule whose outcome earns the bonus."""
    points: float
    when: Literal["hit", "pass"] = "hit"
    """Outcome status that earns it: ``hit`` for "did well" rules, ``pass`` for checks passed."""
    unless: list[str] = field(default_factory=list)
    """No bonus if any of these rules is hit in the same call."""
    title: str = ""


@dataclass
class Scorecard:
    """How a call's outcomes become its score."""

    id: str = "default"
    version: str = "1"
    start: float = 100.0
    """Points a call starts with."""
    floor: float = 0.0
    """A call never scores below this."""
    max_score: float = 100.0
    """Bonus items never lift a call above this."""
    deduct_from: Literal["pack", "severity"] = "pack"
    """``pack``: a hit costs the points the rule pack gave it; ``severity``: the severity table."""
    by_severity: dict[str, float] = field(default_factory=dict)
    """Points per hit by severity; used with ``deduct_from: severity`` or when a hit has none."""
    rules: dict[str, RuleDeduction] = field(default_factory=dict)
    """Per-rule overrides of points and per-call maximum."""
    category_caps: dict[str, float] = field(default_factory=dict)
    """Maximum deduction per category (rule id prefix) in one call."""
    red_line: list[str] = field(default_factory=list)
    """Rules whose hit fails the call outright: score = floor, ``red_line`` set."""
    bonus: list[BonusItem] = field(default_factory=list)
    max_bonus: Optional[float] = None
    """At most this many bonus points per call."""
    mandated: list[str] = field(default_factory=list)
    """Rules whose passing proves a mandated disclosure (greeting, identity check, risk
    warning); compliance exports report the share of calls that passed each."""
    coaching: dict[str, str] = field(default_factory=dict)
    """Rule id or category → coaching topic (training content) for recurring issues."""
    overlap: Literal["sum", "max"] = "sum"
    """How hits of different rules on the same words combine: ``sum`` charges each, ``max``
    charges the largest and marks the others covered by it."""
    overlap_share: float = 0.5
    """Two hits are on the same words when their spans share at least this part of the
    longer span (and the speaker): a phrase inside a whole-call speech-rate hit is not."""
    source: Optional[str] = None
    """The file it was read from (None: built in)."""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("source")
        return out

    @property
    def digest(self) -> str:
        """Identifies the scoring rules (not the file): equal digests score every call equally."""
        blob = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    def coaching_topic(self, rule_id: str) -> str:
        return self.coaching.get(rule_id) or self.coaching.get(category(rule_id), "")

    def points_for(self, outcome: Outcome) -> float:
        """The deduction of one hit before per-rule and per-category caps."""
        override = self.rules.get(outcome.rule_id)
        if override is not None and override.points is not None:
            return float(override.points)
        if self.deduct_from == "severity" or outcome.points is None:
            return float(self.by_severity.get(outcome.severity, 0.0))
        return float(outcome.points)


def category(rule_id: str) -> str:
    """``etiquette.jargon`` → ``etiquette``; a rule id without a dot is its own category."""
    return rule_id.split(".", 1)[0]


def same_words(a: Outcome, b: Outcome, share: float) -> bool:
    """Whether two hits are about the same stretch of the same speaker's words."""
    if a.start is None or b.start is None or (a.role and b.role and a.role != b.role):
        return False
    a_end = a.end if a.end is not None else a.start
    b_end = b.end if b.end is not None else b.start
    common = min(a_end, b_end) - max(a.start, b.start)
    longest = max(a_end - a.start, b_end - b.start)
    return common > 0 and common >= share * longest if longest > 0 else a.start == b.start


def _covering(hits: list[Outcome], points: list[float], card: Scorecard) -> dict[int, int]:
    """Index of each covered hit → index of the hit that covers it (``overlap: max``).

    The larger deduction stands; on a tie, the rule earlier in the pack. A hit is covered
    only by one that is itself charged, so chains cannot cancel each other out.
    """
    if card.overlap != "max":
        return {}
    order = sorted(range(len(hits)), key=lambda i: (-points[i], i))
    charged: list[int] = []
    covered: dict[int, int] = {}
    for i in order:
        by = next((j for j in charged if hits[j].rule_id != hits[i].rule_id
                   and same_words(hits[i], hits[j], card.overlap_share)), None)
        if by is None:
            charged.append(i)
        else:
            covered[i] = by
    return covered


def score_call(outcomes: Iterable[Outcome], scorecard: Optional[Scorecard] = None) -> CallScore:
    """Score one call from all its outcomes (hits, passes and reviews alike)."""
    card = scorecard if scorecard is not None else Scorecard()
    outcomes = list(outcomes)
    hits = [o for o in outcomes if o.status == "hit"]
    points = [card.points_for(h) for h in hits]
    covered = _covering(hits, points, card)

    per_rule: dict[str, float] = {}
    for i, hit in enumerate(hits):
        per_rule[hit.rule_id] = per_rule.get(hit.rule_id, 0.0) + (0.0 if i in covered
                                                                   else points[i])
    caps: list[dict[str, Any]] = []
    by_category: dict[str, float] = {}
    for rule_id, total in per_rule.items():
        override = card.rules.get(rule_id)
        if override is not None and override.max is not None and total > override.max:
            caps.append({"scope": "rule", "id": rule_id, "points": _clean(total),
                         "max": float(override.max)})
            total = float(override.max)
        cat = category(rule_id)
        by_category[cat] = by_category.get(cat, 0.0) + total
    for cat, total in sorted(by_category.items()):
        if cat in card.category_caps and total > card.category_caps[cat]:
            caps.append({"scope": "category", "id": cat, "points": _clean(total),
                         "max": float(card.category_caps[cat])})
            by_category[cat] = float(card.category_caps[cat])
    by_category = {cat: _clean(p) for cat, p in sorted(by_category.items()) if p}
    deductions = _clean(sum(by_category.values()))

    hit_ids = {h.rule_id for h in hits}
    status_ids = {(o.rule_id, o.status) for o in outcomes}
    bonus = 0.0
    for item in card.bonus:
        if (item.rule_id, item.when) in status_ids and not hit_ids.intersection(item.unless):
            bonus += item.points
    if card.max_bonus is not None:
        bonus = min(bonus, float(card.max_bonus))
    bonus = _clean(bonus)

    red_lines = [r for r in card.red_line if r in hit_ids]
    if red_lines:
        score = card.floor
    else:
        # Bonus points give back deductions up to max_score; they never lift a call past it.
        earned = card.start - deductions
        score = max(card.floor, min(earned + bonus, max(card.max_score, earned)))
    return CallScore(
        score=_clean(score), deductions=deductions, red_line=bool(red_lines), bonus=bonus,
        by_category=by_category, start=card.start, hit_points=_clean(sum(points)),
        covered=[{"rule_id": hits[i].rule_id,
                  "start": None if hits[i].start is None else _clean(hits[i].start),
                  "points": _clean(points[i]), "covered_by": hits[j].rule_id}
                 for i, j in sorted(covered.items())],
        caps=caps, red_lines=red_lines)


def outcome_from_hit(hit: Mapping[str, Any], status: str = "hit") -> Outcome:
    """Rebuild an outcome from a hit of the call JSON (to re-score a saved call)."""
    return Outcome(rule_id=str(hit["rule_id"]), status=status,  # type: ignore[arg-type]
                   severity=hit.get("severity") or "minor", points=hit.get("points"),
                   message=hit.get("message") or "", start=hit.get("start"),
                   end=hit.get("end"), role=hit.get("role"), evidence=hit.get("evidence") or "")


def _clean(value: float) -> float:
    """Scores are published with 2 decimals; -0.0 and float noise never reach a report."""
    return round(float(value), 2) + 0.0


# --- loading -------------------------------------------------------------------------------

def default_scorecard_path(pack: str = DEFAULT_PACK) -> Path:
    """The scorecard shipped next to a rule pack: ``rules/<pack>.scorecard.yaml``.

    ``pack`` is a pack id (``bank_zh``) or the path of a pack file (``rules/bank_zh.yaml``).
    """
    as_path = Path(pack)
    if as_path.suffix in (".yaml", ".yml"):
        return as_path.with_name(as_path.stem + SCORECARD_SUFFIX)
    return rules_dir() / f"{pack}{SCORECARD_SUFFIX}"


def scorecard_for_pack(pack_path: Optional[str], explicit: Optional[str | Path] = None) -> Scorecard:
    """The scorecard a run scores with: the one given, else the one beside the pack's file,
    else the default pack's. The pipeline and the run's fingerprint both ask here, so an
    edited scorecard re-scores finished calls on the next run."""
    return load_scorecard(scorecard_path(pack_path, explicit))


def scorecard_path(pack_path: Optional[str], explicit: Optional[str | Path] = None
                   ) -> Optional[Path]:
    """The file ``scorecard_for_pack`` reads (None: the default pack's shipped scorecard)."""
    if explicit:
        return Path(explicit)
    beside = Path(pack_path).with_name(Path(pack_path).stem + SCORECARD_SUFFIX) if pack_path else None
    return beside if beside and beside.is_file() else None


def load_scorecard(path: Optional[str | Path] = None) -> Scorecard:
    """Read a scorecard YAML; None reads the one shipped with the default pack (bank_zh)."""
    file = Path(path) if path is not None else default_scorecard_path()
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScorecardError(f"{file}: scorecard file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScorecardError(f"{file}: cannot read scorecard ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ScorecardError(f"{file}{where}: invalid YAML ({problem})") from None
    card = scorecard_from_dict(data, str(file))
    log.debug("scorecard %s %s from %s", card.id, card.version, file)
    return card


_TOP_KEYS = {"id", "version", "start", "floor", "max_score", "deduct_from", "by_severity",
             "rules", "category_caps", "red_line", "bonus", "max_bonus", "mandated",
             "coaching", "description", "overlap", "overlap_share"}


def scorecard_from_dict(data: Any, where: str = "scorecard") -> Scorecard:
    """Validate a parsed scorecard; errors name ``where`` and the offending key."""

    def bad(key: str, problem: str) -> ScorecardError:
        return ScorecardError(f"{where}: {key}: {problem}")

    def number(key: str, value: Any, minimum: Optional[float] = 0.0) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            raise bad(key, f"expected a number, got {value!r}")
        if minimum is not None and value < minimum:
            raise bad(key, f"must be >= {minimum:g}, got {value!r}")
        return float(value)

    def mapping(key: str, value: Any) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise bad(key, f"expected a mapping, got {type(value).__name__}")
        return {str(k): v for k, v in value.items()}

    def strings(key: str, value: Any) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key, "expected a list of rule ids")
        return list(value)

    if not isinstance(data, dict):
        raise ScorecardError(f"{where}: expected a mapping at the top level")
    unknown = sorted(set(map(str, data)) - _TOP_KEYS)
    if unknown:
        raise bad(unknown[0], f"unknown key (known: {', '.join(sorted(_TOP_KEYS))})")

    card = Scorecard(id=str(data.get("id", "default")), version=str(data.get("version", "1")),
                     source=where if where != "scorecard" else None)
    for key in ("start", "floor", "max_score"):
        if key in data:
            setattr(card, key, number(key, data[key]))
    if card.floor > card.start:
        raise bad("floor", f"is above start ({card.floor:g} > {card.start:g})")
    deduct_from = data.get("deduct_from", "pack")
    if deduct_from not in ("pack", "severity"):
        raise bad("deduct_from", f"must be 'pack' or 'severity', got {deduct_from!r}")
    card.deduct_from = deduct_from
    overlap = data.get("overlap", "sum")
    if overlap not in ("sum", "max"):
        raise bad("overlap", f"must be 'sum' or 'max', got {overlap!r}")
    card.overlap = overlap
    if "overlap_share" in data:
        card.overlap_share = number("overlap_share", data["overlap_share"])
        if not 0 < card.overlap_share <= 1:
            raise bad("overlap_share", f"must be in (0, 1], got {card.overlap_share:g}")
    for sev, points in mapping("by_severity", data.get("by_severity")).items():
        if sev not in SEVERITIES:
            raise bad(f"by_severity.{sev}", f"unknown severity (known: {', '.join(SEVERITIES)})")
        card.by_severity[sev] = number(f"by_severity.{sev}", points)
    if card.deduct_from == "severity":
        missing = [s for s in SEVERITIES if s not in card.by_severity]
        if missing:
            raise bad("by_severity", f"deduct_from: severity needs points for {', '.join(missing)}")
    for rule_id, spec in mapping("rules", data.get("rules")).items():
        key = f"rules.{rule_id}"
        if isinstance(spec, (int, float)) and not isinstance(spec, bool):
            card.rules[rule_id] = RuleDeduction(points=number(key, spec))
            continue
        spec = mapping(key, spec)
        extra = sorted(set(spec) - {"points", "max"})
        if extra:
            raise bad(f"{key}.{extra[0]}", "unknown key (known: points, max)")
        card.rules[rule_id] = RuleDeduction(
            points=None if spec.get("points") is None else number(f"{key}.points", spec["points"]),
            max=None if spec.get("max") is None else number(f"{key}.max", spec["max"]))
    for cat, cap in mapping("category_caps", data.get("category_caps")).items():
        card.category_caps[cat] = number(f"category_caps.{cat}", cap)
    card.red_line = strings("red_line", data.get("red_line"))
    card.mandated = strings("mandated", data.get("mandated"))
    bonus = data.get("bonus") or []
    if not isinstance(bonus, list):
        raise bad("bonus", "expected a list of items")
    for i, item in enumerate(bonus):
        key = f"bonus[{i}]"
        item = mapping(key, item)
        extra = sorted(set(item) - {"rule_id", "points", "when", "unless", "title"})
        if extra:
            raise bad(f"{key}.{extra[0]}", "unknown key (known: rule_id, points, when, unless, title)")
        if not isinstance(item.get("rule_id"), str):
            raise bad(f"{key}.rule_id", "missing or not a string")
        when = item.get("when", "hit")
        if when not in ("hit", "pass"):
            raise bad(f"{key}.when", f"must be 'hit' or 'pass', got {when!r}")
        card.bonus.append(BonusItem(rule_id=item["rule_id"],
                                    points=number(f"{key}.points", item.get("points")),
                                    when=when, unless=strings(f"{key}.unless", item.get("unless")),
                                    title=str(item.get("title", ""))))
    if data.get("max_bonus") is not None:
        card.max_bonus = number("max_bonus", data["max_bonus"])
    for rule_id, topic in mapping("coaching", data.get("coaching")).items():
        if not isinstance(topic, str):
            raise bad(f"coaching.{rule_id}", "expected a topic string")
        card.coaching[rule_id] = topic
    return card
