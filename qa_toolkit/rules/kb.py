"""The policy knowledge base beside a pack (``rules/<pack>.kb.yaml``): what an agent may state.

Topics (fees, limits, rates, processing times, required documents, hours) with their facts:
values, unit, the forms an agent may say them in, and the date each version takes effect.
Read with the pack's YAML reader (file:line for every problem, no aliases); every accepted
form must parse to one of its fact's values, so the KB proves its own number forms. The
format is documented in docs/kb.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from qa_toolkit.numbers import UNIT_GROUPS, quantities, same_value
from qa_toolkit.resources import rules_dir
from qa_toolkit.rules.yaml_source import PackError, YDict, YList, read_yaml

NUMERIC_KINDS = ("fee", "limit", "rate", "time", "hours")
TEXT_KINDS = ("documents",)
_TOPIC_KEYS = {"title", "kind", "cues", "excludes", "names", "facts", "examples", "source"}
_FACT_KEYS = {"values", "unit", "forms", "effective", "items", "not_instead", "named_as",
              "other_documents", "note"}


@dataclass(frozen=True)
class Fact:
    """One version of a topic's fact, in force from ``effective``."""

    values: tuple[float, ...]
    unit: Optional[str]
    forms: tuple[str, ...]
    effective: dt.date
    items: tuple[str, ...] = ()
    """For documents: what the customer must bring."""
    where: str = ""
    not_instead: tuple[str, ...] = ()
    """For documents: what does not do instead of the items (复印件 for the original, 家人的
    for the customer's own phone); an agent saying one will do (带复印件就行) contradicts the
    fact."""
    named_as: tuple[str, ...] = ()
    """For documents: how the one document no list may leave out is said (身份证, 证件): said
    not to be needed (身份证不用带) contradicts the fact."""
    other_documents: tuple[str, ...] = ()
    """For documents: papers the items do not include (户口本, 工作证明): asked for by a turn that
    names none of ``named_as`` (带户口本原件就能开), they stand in for the documents."""

    def accepts(self, value: float) -> bool:
        return any(same_value(value, v) for v in self.values)

    def describe(self) -> str:
        if self.items:
            shown = "、".join(self.items)
        else:
            shown = " / ".join(f"{v:g}" for v in self.values) + (self.unit or "")
        forms = f" ({' / '.join(self.forms)})" if self.forms else ""
        return f"{shown}{forms}, effective {self.effective.isoformat()}"


@dataclass(frozen=True)
class Topic:
    name: str
    title: dict[str, str]
    kind: str
    cues: tuple[str, ...]
    facts: tuple[Fact, ...]
    """Versions, oldest first."""
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """``correct`` / ``wrong``: agent sentences ``rules test`` checks against the facts."""
    where: str = ""
    excludes: tuple[str, ...] = ()
    """Words that, in the cue's clause, make a figure another product's (普卡 beside the
    gold card's 年费): such a figure is not this topic's to check. Earlier in the cue's
    sentence too, unless one of ``names`` comes after them."""
    names: tuple[str, ...] = ()
    """Words naming the topic's own product (金卡): in 这张普卡，年费一百元，升级金卡以后，年费
    三百元 the product named last before each 年费 is the one whose fee it is."""

    def fact_on(self, day: Optional[dt.date]) -> Optional[Fact]:
        """The version in force on ``day`` (the newest when the call's date is unknown)."""
        if day is None:
            return self.facts[-1]
        in_force = [f for f in self.facts if f.effective <= day]
        return in_force[-1] if in_force else None


@dataclass(frozen=True)
class KnowledgeBase:
    id: str
    path: str
    topics: tuple[Topic, ...]

    def topic(self, name: str) -> Optional[Topic]:
        return next((t for t in self.topics if t.name == name), None)


def resolve_kb(ref: str) -> Path:
    """A KB named in a pack: a path as given if it exists, else a file in ``rules/``."""
    given = Path(ref)
    return given if given.is_file() else rules_dir() / ref


def load_kb(path: Path) -> KnowledgeBase:
    """Read and check a KB; raises PackError with every problem as ``file:line: what``."""
    data = read_yaml(path)
    errors: list[str] = []
    topics_raw = data.get("topics")
    if not isinstance(topics_raw, YDict) or not topics_raw:
        raise PackError([f"{data.where}: a knowledge base needs topics: (a mapping of name: topic)"])
    topics = []
    for name, raw in topics_raw.items():
        where = topics_raw.key_where[name]
        topic = _topic(name, raw, where, errors)
        if topic is not None:
            topics.append(topic)
    if errors:
        raise PackError(errors)
    return KnowledgeBase(str(data.get("id") or path.stem), data.where.rsplit(":", 1)[0],
                         tuple(topics))


def _topic(name: str, raw: Any, where: str, errors: list[str]) -> Optional[Topic]:
    if not isinstance(raw, YDict):
        errors.append(f"{where}: topic {name}: expected a mapping (title, kind, cues, facts)")
        return None
    start = len(errors)
    unknown = set(raw) - _TOPIC_KEYS
    if unknown:
        errors.append(f"{where}: topic {name}: unknown key(s) {', '.join(sorted(unknown))}")
    title = raw.get("title")
    if not isinstance(title, dict) or not {"zh", "en"} <= set(title):
        errors.append(f"{where}: topic {name}: title needs zh and en")
    kind = raw.get("kind")
    if kind not in NUMERIC_KINDS + TEXT_KINDS:
        errors.append(f"{where}: topic {name}: kind must be one of "
                      f"{', '.join(NUMERIC_KINDS + TEXT_KINDS)}, got {kind!r}")
    cues = raw.get("cues")
    if not isinstance(cues, list) or not cues or not all(isinstance(c, str) and c for c in cues):
        errors.append(f"{where}: topic {name}: cues: expected a list of phrases that name the topic")
    else:
        for cue in cues:
            if not all(part.strip() for part in cue.split("…")):
                errors.append(f"{where}: topic {name}: cue {cue!r}: … stands between two "
                              f"parts of the cue (一天…最多), each part needs words")
    excludes = raw.get("excludes") or []
    if not isinstance(excludes, list) or not all(isinstance(c, str) and c for c in excludes):
        errors.append(f"{where}: topic {name}: excludes: expected a list of phrases")
        excludes = []
    names = raw.get("names") or []
    if not isinstance(names, list) or not all(isinstance(c, str) and c for c in names):
        errors.append(f"{where}: topic {name}: names: expected a list of phrases")
        names = []
    facts_raw = raw.get("facts")
    if not isinstance(facts_raw, YList) or not facts_raw:
        errors.append(f"{where}: topic {name}: facts: expected a list of fact versions")
        facts_raw = YList()
    facts = [_fact(name, kind, f, facts_raw.item_where[i], errors)
             for i, f in enumerate(facts_raw)]
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"correct", "wrong"} or not all(
            isinstance(v, list) and all(isinstance(s, str) for s in v) for v in examples.values()):
        errors.append(f"{where}: topic {name}: examples: expected correct: and wrong: lists of "
                      f"agent sentences")
        examples = {}
    if len(errors) > start:
        return None
    facts.sort(key=lambda f: f.effective)
    return Topic(name, dict(title), kind, tuple(cues), tuple(facts),
                 {k: tuple(v) for k, v in examples.items()}, where, tuple(excludes),
                 tuple(names))


def _fact(topic: str, kind: Any, raw: Any, where: str, errors: list[str]) -> Fact:
    label = f"{where}: topic {topic} fact"
    if not isinstance(raw, dict):
        errors.append(f"{label}: expected a mapping (values, unit, forms, effective)")
        return Fact((), None, (), dt.date.min, where=where)
    unknown = set(raw) - _FACT_KEYS
    if unknown:
        errors.append(f"{label}: unknown key(s) {', '.join(sorted(unknown))}")
    effective = raw.get("effective")
    if not isinstance(effective, dt.date) or isinstance(effective, dt.datetime):
        errors.append(f"{label}: effective: expected a date (YYYY-MM-DD), got {effective!r}")
        effective = dt.date.min
    items = raw.get("items") or []
    if kind in TEXT_KINDS:
        if not isinstance(items, list) or not items or not all(isinstance(i, str) for i in items):
            errors.append(f"{label}: items: expected the list of documents")
            items = []
        words: dict[str, list[str]] = {}
        for key, shown in (("not_instead", "复印件, 别人的"), ("named_as", "身份证, 证件"),
                           ("other_documents", "户口本, 工作证明")):
            listed = raw.get(key) or []
            if not isinstance(listed, list) or not all(isinstance(i, str) and i for i in listed):
                errors.append(f"{label}: {key}: expected a list of words ({shown})")
                listed = []
            words[key] = listed
        return Fact((), None, (), effective, tuple(items), where, tuple(words["not_instead"]),
                    tuple(words["named_as"]), tuple(words["other_documents"]))
    values = raw.get("values")
    if not isinstance(values, list) or not values or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        errors.append(f"{label}: values: expected a list of numbers, got {values!r}")
        values = []
    unit = raw.get("unit")
    if unit not in UNIT_GROUPS:
        errors.append(f"{label}: unit: expected one of {', '.join(UNIT_GROUPS)}, got {unit!r}")
    forms = raw.get("forms") or []
    if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
        errors.append(f"{label}: forms: expected a list of strings")
        forms = []
    fact = Fact(tuple(float(v) for v in values), unit, tuple(forms), effective, where=where)
    for form in forms:
        said = quantities(form)
        if len(said) != 1 or not fact.accepts(said[0].value) or said[0].unit not in (None, unit):
            errors.append(f"{label}: form {form!r} does not read as one of its values "
                          f"({' / '.join(f'{v:g}' for v in fact.values)}{unit or ''})")
    return fact
