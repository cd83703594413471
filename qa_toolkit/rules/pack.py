"""Rule packs: YAML files QA staff edit, loaded with file:line errors, ``extends`` and overrides.

A pack has ``id``, ``version``, ``language``, ``variables`` (bank name, staff-id pattern,
lexicons), ``thresholds`` (when a verdict becomes "cannot assess"), ``asr`` (hot words that
bias Whisper when a run asks for them), ``agent_cues`` (phrases that mark the agent for role
assignment) and ``rules``; ``synonyms`` and ``intents`` describe script steps by example
sentence (see ``rules/intents.py``). A pack may ``extends:`` another (by name or relative
path): variables, thresholds, asr, synonyms and intents merge key by key; a rule with a
parent's id replaces the keys it gives (``enabled: false`` drops it); new rules are appended.
The YAML itself is read by ``rules/yaml_source.py``, which the knowledge base shares.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional


from qa_toolkit.resources import rules_dir
from qa_toolkit.rules.base import (REQUIRED, WINDOW_KEYS, EvalContext, Param, Rule, RuleSpec,
                                   Thresholds)
from qa_toolkit.rules.intents import Intent, IntentBook
from qa_toolkit.rules.matching import Lang, PhraseSyntaxError, expand
from qa_toolkit.rules.regexes import compile_linear, nested_quantifier
from qa_toolkit.rules.topics import BUSINESS_TYPE_KEYS, TopicBook, build_topic_book
from qa_toolkit.rules.yaml_source import (PackError, YDict, YList, plain, read_yaml,
                                          source_label, where_of)
from qa_toolkit.types import Call, Outcome

log = logging.getLogger(__name__)

SEVERITIES = ("info", "minor", "major", "critical")
RULE_KEYS = {"id", "type", "title", "message", "severity", "points", "role", "category",
             "enabled", "unless_hit", "description", "examples"}
PACK_KEYS = {"id", "version", "language", "title", "description", "extends", "message_language",
             "thresholds", "variables", "asr", "agent_cues", "synonyms", "intents",
             "business_types", "rules"}
INTENT_KEYS = {"title", "examples", "unlike", "threshold", "paraphrases", "unrelated",
               "description"}
_INTENT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
EXAMPLE_KINDS = ("pass", "fail", "review")
_RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


# -- locating and merging packs ------------------------------------------------------------

def resolve_path(ref: str | Path, base: Optional[Path] = None) -> Path:
    """A pack name (``bank_zh``) in ``rules/`` or a path to a YAML file."""
    text = str(ref)
    candidate = Path(text)
    if text.endswith((".yaml", ".yml")) or "/" in text or candidate.is_file():
        if not candidate.is_absolute() and base is not None and (base / candidate).is_file():
            return base / candidate
        return candidate
    for directory in ([base] if base else []) + [rules_dir()]:
        path = directory / f"{text}.yaml"
        if path.is_file():
            return path
    names = ", ".join(available_packs()) or "none"
    raise PackError([f"no rule pack named {text!r} in {rules_dir()} (available: {names})"])


_PACK_MARK = re.compile(r"^rules:[ \t]*(#.*)?\n(\s*#.*\n|\s*\n)*\s*- ", re.MULTILINE)
"""A top-level ``rules:`` list: what tells a pack from the scorecards and matrices beside it."""


def available_packs() -> list[str]:
    """Names of the rule packs in ``rules/`` (other YAML there, e.g. scorecards, is skipped)."""
    names = []
    for path in sorted(rules_dir().glob("*.yaml")):
        if path.name.endswith(".scorecard.yaml"):
            continue
        try:
            if _PACK_MARK.search(path.read_text(encoding="utf-8")):
                names.append(path.stem)
        except (OSError, UnicodeDecodeError):
            continue
    return names


def _merge(parent: YDict, child: YDict) -> YDict:
    out = YDict(parent)
    out.where = child.where
    out.key_where = dict(parent.key_where)
    for key, value in child.items():
        if key == "extends":
            continue
        if key in ("variables", "thresholds", "asr", "synonyms", "intents", "business_types") \
                and isinstance(value, dict) \
                and isinstance(parent.get(key), dict):
            merged = YDict(parent[key])
            merged.where = value.where if isinstance(value, YDict) else parent[key].where
            merged.key_where = {**getattr(parent[key], "key_where", {}),
                                **getattr(value, "key_where", {})}
            merged.update(value)
            out[key] = merged
        elif key == "rules" and isinstance(value, list) and isinstance(parent.get(key), list):
            out[key] = _merge_rules(parent[key], value)
        else:
            out[key] = value
        out.key_where[key] = child.key_where.get(key, child.where)
    return out


def _merge_rules(parent: YList, child: YList) -> YList:
    merged = YList(parent)
    merged.where, merged.item_where = child.where, list(parent.item_where)
    index = {r.get("id"): i for i, r in enumerate(merged) if isinstance(r, dict)}
    for rule, where in zip(child, child.item_where):
        rid = rule.get("id") if isinstance(rule, dict) else None
        if rid in index and isinstance(rule, YDict):
            base = merged[index[rid]]
            combined = YDict(base)
            combined.where = rule.where
            combined.key_where = {**getattr(base, "key_where", {}), **rule.key_where}
            combined.update(rule)
            merged[index[rid]] = combined
            merged.item_where[index[rid]] = where
        else:
            index[rid] = len(merged)
            merged.append(rule)
            merged.item_where.append(where)
    return merged


def _resolve(path: Path, seen: tuple[Path, ...] = ()) -> tuple[YDict, list[Path]]:
    real = path.resolve()
    if real in seen:
        chain = " → ".join(p.name for p in seen + (real,))
        raise PackError([f"{source_label(path)}: extends cycle: {chain}"])
    data = read_yaml(path)
    parent_ref = data.get("extends")
    if not parent_ref:
        return data, [path]
    if not isinstance(parent_ref, str):
        raise PackError([f"{where_of(data, 'extends')}: extends: expected a pack name or path"])
    try:
        parent_path = resolve_path(parent_ref, base=path.parent)
    except PackError as exc:
        raise PackError([f"{where_of(data, 'extends')}: extends: {exc.errors[0]}"]) from None
    parent, files = _resolve(parent_path, seen + (real,))
    return _merge(parent, data), files + [path]


# -- validation ------------------------------------------------------------------------------

class _Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.intents: frozenset[str] = frozenset()
        """Names of the pack's intents, which phrase lists may name as ``{intent: NAME}``."""

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def value(self, where: str, name: str, param: Param, value: Any,
              variables: dict[str, Any], lang: Lang) -> Any:
        kind = param.kind
        if kind == "phrases":
            items = [value] if isinstance(value, (str, dict)) else value
            if not isinstance(items, list) or not all(
                    isinstance(p, str) and p or is_intent_ref(p) for p in items):
                self.error(where, f"{name}: expected a list of phrases (strings) or "
                                  f"{{intent: NAME}}")
                return None
            for p in items:
                if is_intent_ref(p):
                    if p["intent"] not in self.intents:
                        known = ", ".join(sorted(self.intents)) or "none"
                        self.error(where_of(p), f"{name}: unknown intent {p['intent']!r} "
                                              f"(the pack's intents: {known})")
                    continue
                try:
                    expand(p, variables)
                except PhraseSyntaxError as exc:
                    self.error(where, f"{name}: {exc}")
            return items
        if kind == "window":
            if value is None:
                return None
            if not isinstance(value, dict) or len(value) != 1 or next(iter(value)) not in WINDOW_KEYS:
                self.error(where, f"{name}: expected one of {', '.join(WINDOW_KEYS)} with a number")
                return None
            (key, number), = value.items()
            if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
                self.error(where, f"{name}.{key}: expected a positive number, got {number!r}")
                return None
            return dict(value)
        if kind == "choice":
            if value not in param.choices:
                self.error(where, f"{name}: expected one of {', '.join(param.choices)}, got {value!r}")
            return value
        if kind in ("float", "int"):
            if isinstance(value, bool) or not isinstance(value, (int, float)) \
                    or (kind == "int" and not float(value).is_integer()):
                self.error(where, f"{name}: expected {'an integer' if kind == 'int' else 'a number'}, got {value!r}")
                return None
            if value < 0:
                self.error(where, f"{name}: must not be negative")
            return int(value) if kind == "int" else float(value)
        if kind == "bool":
            if not isinstance(value, bool):
                self.error(where, f"{name}: expected true or false, got {value!r}")
            return value
        if kind in ("str", "regex"):
            if not isinstance(value, str):
                self.error(where, f"{name}: expected a string, got {value!r}")
                return value
            if kind == "regex":
                try:
                    compile_linear(value)
                except ValueError as exc:
                    self.error(where, f"{name}: {exc}")
            return value
        if kind == "list":
            if not isinstance(value, list):
                self.error(where, f"{name}: expected a list")
            return value
        if kind == "dict":
            if not isinstance(value, dict):
                self.error(where, f"{name}: expected a mapping")
            return value
        if kind == "steps":
            if not isinstance(value, list) or not value:
                self.error(where, f"{name}: expected a list of steps")
                return value
            for i, step in enumerate(value):
                w = value.item_where[i] if isinstance(value, YList) else where
                if not isinstance(step, dict) or "name" not in step or "phrases" not in step:
                    self.error(w, f"{name}[{i}]: a step needs name and phrases")
                    continue
                self.value(w, f"{name}[{i}].phrases", Param("phrases"), step["phrases"], variables, lang)
                if step.get("role", "agent") not in ("agent", "customer", "any"):
                    self.error(w, f"{name}[{i}].role: expected agent, customer or any")
            return value
        if kind == "trigger":
            if not isinstance(value, dict) or not (value.get("phrases") or value.get("business_types")
                                                   or value.get("customer_tiers")):
                self.error(where, f"{name}: expected a mapping with phrases, business_types "
                                  f"and/or customer_tiers")
                return value
            unknown = set(value) - {"role", "phrases", "business_types", "customer_tiers", "fuzzy"}
            if unknown:
                self.error(where, f"{name}: unknown key(s) {', '.join(sorted(unknown))}")
            if "phrases" in value:
                self.value(where_of(value, "phrases"), f"{name}.phrases", Param("phrases"),
                           value["phrases"], variables, lang)
            if value.get("role", "customer") not in ("agent", "customer", "any"):
                self.error(where, f"{name}.role: expected agent, customer or any")
            return value
        raise AssertionError(f"unknown param kind {kind}")  # pragma: no cover


def _check_variables(chk: _Checker, data: YDict) -> dict[str, Any]:
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        chk.error(where_of(data, "variables"), "variables: expected a mapping of name: value")
        return {}
    out: dict[str, Any] = {}
    for name, value in variables.items():
        w = where_of(variables, name)
        if isinstance(value, dict):
            if set(value) - {"regex", "label"} or "regex" not in value:
                chk.error(w, f"variables.{name}: a mapping variable has regex (and label)")
                continue
            refused = nested_quantifier(str(value["regex"]))
            if refused:
                chk.error(w, f"variables.{name}.regex: {refused}")
                continue
        elif isinstance(value, list):
            if not all(isinstance(v, (str, int)) for v in value):
                chk.error(w, f"variables.{name}: list items must be strings")
                continue
            value = [str(v) for v in value]
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            value = str(value)
        else:
            chk.error(w, f"variables.{name}: expected a string, a list or {{regex: …}}")
            continue
        out[str(name)] = value
    return out


_RATE_THRESHOLDS = {"min_units_per_speech_s"}
"""Thresholds that are rates, not probabilities or shares."""


def _check_thresholds(chk: _Checker, data: YDict) -> Thresholds:
    raw = data.get("thresholds") or {}
    known = Thresholds.fields()
    if not isinstance(raw, dict):
        chk.error(where_of(data, "thresholds"), "thresholds: expected a mapping")
        return Thresholds()
    values = {}
    for key, value in raw.items():
        w = where_of(raw, key)
        if key not in known:
            chk.error(w, f"thresholds.{key}: unknown threshold (known: {', '.join(known)})")
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 \
                or (value > 1 and key not in _RATE_THRESHOLDS):
            chk.error(w, f"thresholds.{key}: expected a number from 0 to 1, got {value!r}"
                      if key not in _RATE_THRESHOLDS else
                      f"thresholds.{key}: expected a number ≥ 0, got {value!r}")
        else:
            values[key] = float(value)
    return Thresholds(**values)


def is_intent_ref(item: Any) -> bool:
    """``{intent: NAME}`` in a phrase list: any example sentence of the pack intent counts."""
    return isinstance(item, dict) and set(item) == {"intent"} and isinstance(item["intent"], str)


def _check_synonyms(chk: _Checker, data: YDict, lang: Lang) -> dict[str, list[str]]:
    raw = data.get("synonyms") or {}
    if not isinstance(raw, dict):
        chk.error(where_of(data, "synonyms"), "synonyms: expected a mapping of concept: [words]")
        return {}
    out: dict[str, list[str]] = {}
    for concept, words in raw.items():
        if not isinstance(words, list) or not words \
                or not all(isinstance(w, str) and w.strip() for w in words):
            chk.error(where_of(raw, concept), f"synonyms.{concept}: expected a list of words")
            continue
        short = [w for w in words if lang.chinese and len(lang.norm(w)) < 2]
        if short:
            # Matched by pinyin: one syllable would match every homophone (块 = 快 in 愉快).
            chk.error(where_of(raw, concept), f"synonyms.{concept}: {', '.join(short)}: a "
                                            f"synonym needs two or more syllables")
            continue
        out[str(concept)] = [str(w) for w in words]
    return out


def _check_intents(chk: _Checker, data: YDict, thresholds: Thresholds,
                   lang: Lang) -> list[Intent]:
    raw = data.get("intents") or {}
    if not isinstance(raw, dict):
        chk.error(where_of(data, "intents"), "intents: expected a mapping of name: {examples, …}")
        return []
    out: list[Intent] = []
    for name, spec in raw.items():
        w = where_of(raw, name)
        if not _INTENT_NAME.match(str(name)):
            chk.error(w, f"intent {name!r}: expected a lower-case name like identity_check")
            continue
        if not isinstance(spec, dict):
            chk.error(w, f"intent {name}: expected a mapping with examples (and title, "
                         f"threshold, paraphrases, unrelated)")
            continue
        unknown = set(spec) - INTENT_KEYS
        if unknown:
            chk.error(w, f"intent {name}: unknown key(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(sorted(INTENT_KEYS))})")
        lists: dict[str, list[str]] = {}
        for key in ("examples", "unlike", "paraphrases", "unrelated"):
            items = spec.get(key, [])
            if not isinstance(items, list) or not all(
                    isinstance(t, str) and lang.norm(t) for t in items):
                chk.error(where_of(spec, key), f"intent {name}: {key}: expected a list of "
                                             f"sentences")
                items = []
            lists[key] = [str(t) for t in items]
        if len(lists["examples"]) < 2 and "examples" in spec:
            chk.error(where_of(spec, "examples"), f"intent {name}: examples: give at least 2 "
                                                f"sentences (5-10 is usual)")
        elif "examples" not in spec:
            chk.error(w, f"intent {name}: missing examples")
        threshold = spec.get("threshold", thresholds.intent_similarity)
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) \
                or not 0 < threshold <= 1:
            chk.error(where_of(spec, "threshold"), f"intent {name}: threshold: expected a number "
                                                 f"above 0 and at most 1, got {threshold!r}")
            threshold = thresholds.intent_similarity
        title = spec.get("title") or {}
        if isinstance(title, str):
            title = {lang.code.split("-")[0]: title}
        if not isinstance(title, dict) or not all(isinstance(v, str) for v in title.values()):
            chk.error(where_of(spec, "title"), f"intent {name}: title: expected {{zh: …, en: …}}")
            title = {}
        out.append(Intent(str(name), lists["examples"], float(threshold),
                          {str(k): str(v) for k, v in title.items()}, lists["paraphrases"],
                          lists["unrelated"], lists["unlike"], source=w))
    return out


def _check_business_types(chk: _Checker, data: YDict) -> dict[str, dict[str, Any]]:
    raw = data.get("business_types") or {}
    if not isinstance(raw, dict):
        chk.error(where_of(data, "business_types"), "business_types: expected a mapping of "
                                                   "name: {title, cues}")
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name, spec in raw.items():
        w = where_of(raw, name)
        if not _INTENT_NAME.match(str(name)):
            chk.error(w, f"business type {name!r}: expected a lower-case name like complaint")
            continue
        if not isinstance(spec, dict):
            chk.error(w, f"business type {name}: expected a mapping with title and cues")
            continue
        unknown = set(spec) - BUSINESS_TYPE_KEYS
        if unknown:
            chk.error(w, f"business type {name}: unknown key(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(sorted(BUSINESS_TYPE_KEYS))})")
        cues = spec.get("cues")
        if not isinstance(cues, list) or not cues or not all(
                (isinstance(c, str) and c.strip()) or is_intent_ref(c) for c in cues):
            chk.error(where_of(spec, "cues") if "cues" in spec else w,
                      f"business type {name}: cues: expected a list of phrases or "
                      f"{{intent: NAME}}")
            continue
        bad = [c["intent"] for c in cues if is_intent_ref(c) and c["intent"] not in chk.intents]
        if bad:
            chk.error(where_of(spec, "cues"), f"business type {name}: cues: unknown intent(s) "
                                             f"{', '.join(bad)}")
            continue
        out[str(name)] = spec
    return out


def _check_rule(chk: _Checker, raw: Any, where: str, variables: dict[str, Any], lang: Lang,
                types: dict[str, type[Rule]]) -> Optional[RuleSpec]:
    if not isinstance(raw, dict):
        chk.error(where, "a rule is a mapping (id, type, title, message, severity, points, …)")
        return None
    n_before = len(chk.errors)
    rid = raw.get("id")
    if not isinstance(rid, str) or not _RULE_ID.match(rid):
        chk.error(where_of(raw, "id") if "id" in raw else where,
                  f"rule id {rid!r}: expected dotted lower-case like greeting.missing")
        rid = str(rid)
    for key in ("type", "title", "message", "severity"):
        if key not in raw:
            chk.error(where, f"rule {rid}: missing {key}")
    rtype = raw.get("type")
    cls = types.get(rtype) if isinstance(rtype, str) else None
    if "type" in raw and cls is None:
        chk.error(where_of(raw, "type"), f"rule {rid}: unknown type {rtype!r} "
                                       f"(known: {', '.join(sorted(types))})")
    message = raw.get("message")
    if "message" in raw:
        if isinstance(message, str):
            message = {lang.code.split("-")[0]: message}
        if not isinstance(message, dict) or not message or \
                not all(isinstance(v, str) and v for v in message.values()):
            chk.error(where_of(raw, "message"), f"rule {rid}: message: expected {{zh: …, en: …}}")
            message = {}
    severity = raw.get("severity")
    if "severity" in raw and severity not in SEVERITIES:
        chk.error(where_of(raw, "severity"),
                  f"rule {rid}: severity: expected one of {', '.join(SEVERITIES)}, got {severity!r}")
    points = raw.get("points", 0)
    if isinstance(points, bool) or not isinstance(points, (int, float)) or points < 0:
        chk.error(where_of(raw, "points"), f"rule {rid}: points: expected a number ≥ 0, got {points!r}")
        points = 0
    role = raw.get("role", "agent")
    if cls is not None and role not in cls.roles:
        chk.error(where_of(raw, "role"), f"rule {rid}: role: {rtype} rules take one of "
                                       f"{', '.join(cls.roles)}, got {role!r}")
    unless = raw.get("unless_hit", [])
    if not isinstance(unless, list) or not all(isinstance(u, str) for u in unless):
        chk.error(where_of(raw, "unless_hit"), f"rule {rid}: unless_hit: expected a list of rule ids")
        unless = []
    params: dict[str, Any] = {}
    if cls is not None:
        for key in raw:
            if key not in RULE_KEYS and key not in cls.params:
                chk.error(where_of(raw, key), f"rule {rid}: unknown key {key!r} for type {rtype} "
                                            f"(its parameters: {', '.join(cls.params)})")
        for name, param in cls.params.items():
            if name in raw:
                params[name] = chk.value(where_of(raw, name), f"rule {rid}: {name}", param,
                                         raw[name], variables, lang)
            elif param.default is REQUIRED:
                chk.error(where, f"rule {rid}: missing parameter {name!r} for type {rtype}")
            else:
                params[name] = param.default
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - set(EXAMPLE_KINDS):
        chk.error(where_of(raw, "examples"),
                  f"rule {rid}: examples: expected a mapping with {', '.join(EXAMPLE_KINDS)}")
        examples = {}
    for kind, cases in examples.items():
        _check_examples(chk, rid, kind, cases, where_of(examples, kind))
    if len(chk.errors) > n_before:
        return None
    return RuleSpec(id=rid, type=rtype, title=str(raw["title"]), message=dict(message),
                    severity=severity, points=float(points), role=role, params=params,
                    category=str(raw.get("category") or rid.split(".")[0]),
                    unless_hit=list(unless), description=str(raw.get("description") or ""),
                    examples=plain(examples), source=where)


def _check_examples(chk: _Checker, rid: str, kind: str, cases: Any, where: str) -> None:
    if not isinstance(cases, list) or not cases:
        chk.error(where, f"rule {rid}: examples.{kind}: expected a list of cases")
        return
    names = set()
    for i, case in enumerate(cases):
        w = cases.item_where[i] if isinstance(cases, YList) else where
        if not isinstance(case, dict) or not isinstance(case.get("name"), str):
            chk.error(w, f"rule {rid}: examples.{kind}[{i}]: a case needs a name and turns")
            continue
        if case["name"] in names:
            chk.error(w, f"rule {rid}: examples.{kind}: duplicate case name {case['name']!r}")
        names.add(case["name"])
        unknown = set(case) - {"name", "turns", "metrics", "meta", "speech", "role_confidence",
                               "duration", "expect", "note"}
        if unknown:
            chk.error(w, f"rule {rid}: example {case['name']}: unknown key(s) {', '.join(sorted(unknown))}")
        turns = case.get("turns")
        if not isinstance(turns, list):
            chk.error(w, f"rule {rid}: example {case['name']}: turns: expected a list")
            continue
        for j, turn in enumerate(turns):
            tw = turns.item_where[j] if isinstance(turns, YList) else w
            problem = _turn_problem(turn)
            if problem:
                chk.error(tw, f"rule {rid}: example {case['name']} turn {j + 1}: {problem}")


def _turn_problem(turn: Any) -> Optional[str]:
    if isinstance(turn, list):
        if len(turn) != 4:
            return "expected [role, start, end, text]"
        role, start, end, text = turn
    elif isinstance(turn, dict):
        role, start, end, text = (turn.get(k) for k in ("role", "start", "end", "text"))
        if set(turn) - {"role", "start", "end", "text", "prob", "speaker"}:
            return f"unknown key(s) {', '.join(sorted(set(turn) - {'role', 'start', 'end', 'text', 'prob', 'speaker'}))}"
    else:
        return "expected [role, start, end, text] or a mapping"
    if role not in ("agent", "customer", "unknown"):
        return f"role {role!r}: expected agent, customer or unknown"
    if not all(isinstance(t, (int, float)) and not isinstance(t, bool) for t in (start, end)) \
            or end < start:
        return f"times {start!r}–{end!r}: expected start ≤ end in seconds"
    if not isinstance(text, str):
        return "text: expected a string"
    return None


# -- the pack ----------------------------------------------------------------------------------

@dataclass
class RulePack:
    """A loaded, validated and compiled rule pack."""

    id: str
    version: str
    language: str
    title: str
    path: str
    files: list[str]
    sha256: str
    variables: dict[str, Any]
    thresholds: Thresholds
    specs: list[RuleSpec]
    rules: list[Rule]
    data: dict[str, Any] = field(repr=False, default_factory=dict)
    message_language: str = "zh"
    intents: Optional[IntentBook] = field(repr=False, default=None)
    """The pack's script steps by example sentence, vectorised once (``rules/intents.py``)."""
    topics: TopicBook = field(repr=False, default_factory=lambda: TopicBook([]))
    """The pack's business types and their cues (``rules/topics.py``)."""

    @property
    def lang(self) -> Lang:
        return Lang(self.language)

    def rule(self, rule_id: str) -> Optional[RuleSpec]:
        return next((s for s in self.specs if s.id == rule_id), None)

    def intents_of(self, spec: RuleSpec) -> list[str]:
        """Names of the intents a rule's parameters name (``{intent: NAME}``), in order."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if is_intent_ref(value):
                found.append(value["intent"])
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(spec.params)
        return list(dict.fromkeys(found))

    def _fill(self, texts: list[str]) -> list[str]:
        out: list[str] = []
        for text in texts:
            for parts in expand(text, self.variables):
                out.append("".join(p if isinstance(p, str) else p.label for p in parts))
        return list(dict.fromkeys(out))

    def hotwords(self) -> list[str]:
        return self._fill([str(h) for h in (self.data.get("asr") or {}).get("hotwords") or []])

    def agent_cues(self) -> list[str]:
        """Phrases that only the agent says (greeting, bank name, 工号, closing)."""
        cues = [c for c in self._fill([str(c) for c in self.data.get("agent_cues") or []])
                if "{" not in c]
        return cues

    def context(self, call: Call, pass_evidence: bool = True) -> EvalContext:
        """The call as this pack's rules see it (see ``evaluate`` for ``pass_evidence``)."""
        return EvalContext(call, self.lang, self.thresholds, pass_evidence, self.topics)

    def measures(self, outcomes: list[Outcome]) -> dict[str, Any]:
        """What the rules located, as call metrics: for each name a rule type ``measures``
        (``hold``, ``interruption``), the spans of its rules' outcomes whatever their verdict
        (``<name>s``: [{start, end}]), how many (``<name>_count``) and their union in seconds
        (``<name>_total_s``; two rules judging one hold count it once)."""
        measured = {rule.id: rule.measures for rule in self.rules if rule.measures}
        spans: dict[str, set[tuple[float, float]]] = {m: set() for m in set(measured.values())}
        for o in outcomes:
            name = measured.get(o.rule_id)
            if name and o.start is not None and o.end is not None and o.end > o.start:
                spans[name].add((o.start, o.end))
        out: dict[str, Any] = {}
        for name in sorted(spans):
            found = sorted(spans[name])
            total, reach = 0.0, float("-inf")
            for start, end in found:
                if end > reach:
                    total += end - max(start, reach)
                    reach = end
            out[f"{name}s"] = [{"start": round(s, 2), "end": round(e, 2)} for s, e in found]
            out[f"{name}_count"] = len(found)
            out[f"{name}_total_s"] = round(total, 2)
        return out

    def evaluate(self, call: Call, pass_evidence: bool = True) -> list[Outcome]:
        """Every rule's outcomes on one call: hit, pass or review (cannot assess).

        Hits and reviews always carry their evidence. ``pass_evidence=False`` spares
        locating and quoting what made a rule pass, for callers that keep hits and reviews
        only (the pipeline, ``check``, ``verify``); a pass then has its status and rule.
        """
        return self.run(self.context(call, pass_evidence))

    def run(self, ctx: EvalContext) -> list[Outcome]:
        """Every rule's outcomes on the call of ``ctx``, in pack order."""
        call = ctx.call
        outcomes: list[Outcome] = []
        for rule in self.rules:
            blockers = [rid for rid in rule.spec.unless_hit
                        if any(o.status == "hit" for o in ctx.outcomes.get(rid, ()))] \
                if rule.spec.unless_hit else None
            if blockers:
                found = [rule.passed(evidence=f"superseded by {', '.join(blockers)}",
                                     superseded_by=blockers)]
            else:
                try:
                    found = rule.evaluate(ctx)
                except Exception as exc:  # one broken rule must not lose the call's other verdicts
                    log.exception("rule %s failed on call %s", rule.id, call.call_id)
                    found = [rule.review(f"rule error: {type(exc).__name__}: {exc}")]
            ctx.outcomes[rule.id] = found
            outcomes.extend(found)
        return outcomes


def load_pack(ref: str | Path = "bank_zh") -> RulePack:
    """Load a pack by name (in ``rules/``) or path; raises PackError naming file:line."""
    from qa_toolkit.rules.registry import RULE_TYPES

    path = resolve_path(ref)
    if not path.is_file():
        raise PackError([f"{path}: no such rule pack file"])
    data, files = _resolve(path)
    chk = _Checker()
    for key in data:
        if key not in PACK_KEYS:
            chk.error(where_of(data, key), f"unknown key {key!r} (known: {', '.join(sorted(PACK_KEYS))})")
    for key in ("id", "version", "language", "rules"):
        if key not in data:
            chk.error(f"{source_label(path)}:1", f"missing {key}")
    language = str(data.get("language") or "zh")
    lang = Lang(language)
    variables = _check_variables(chk, data)
    thresholds = _check_thresholds(chk, data)
    intent_list = _check_intents(chk, data, thresholds, lang)
    chk.intents = frozenset(i.name for i in intent_list)
    intents = IntentBook(intent_list, lang, _check_synonyms(chk, data, lang))
    business_types = _check_business_types(chk, data)
    for key in ("agent_cues",):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            chk.error(where_of(data, key), f"{key}: expected a list of phrases")
    asr = data.get("asr") or {}
    if isinstance(asr, dict) and "prompt" in asr:
        chk.error(where_of(data, "asr"), "asr.prompt: not used any more (a prompt of script words "
                  "made Whisper skip whole chunks that repeated it); remove it")
    elif not isinstance(asr, dict) or set(asr) - {"hotwords"}:
        chk.error(where_of(data, "asr"), "asr: expected a mapping with hotwords")
    message_language = str(data.get("message_language") or language.split("-")[0])
    specs: list[RuleSpec] = []
    rules_raw = data.get("rules") or []
    if not isinstance(rules_raw, list):
        chk.error(where_of(data, "rules"), "rules: expected a list of rules")
        rules_raw = YList()
    seen: dict[str, str] = {}
    item_where = getattr(rules_raw, "item_where", [])
    for i, raw in enumerate(rules_raw):
        where = item_where[i] if i < len(item_where) else where_of(data, "rules")
        if isinstance(raw, dict) and raw.get("enabled", True) is False:
            continue
        spec = _check_rule(chk, raw, where, variables, lang, RULE_TYPES)
        if spec is None:
            continue
        if spec.id in seen:
            chk.error(where, f"rule {spec.id}: duplicate id (first at {seen[spec.id]})")
            continue
        seen[spec.id] = where
        specs.append(spec)
    for spec in specs:
        for rid in spec.unless_hit:
            if rid not in seen:
                chk.error(spec.source, f"rule {spec.id}: unless_hit names unknown rule {rid!r}")
            elif list(seen).index(rid) > list(seen).index(spec.id):
                chk.error(spec.source, f"rule {spec.id}: unless_hit rule {rid!r} must come earlier")
    rules: list[Rule] = []
    if not chk.errors:
        for spec in specs:
            try:
                rules.append(RULE_TYPES[spec.type](spec, lang, variables, thresholds,
                                                   message_language, intents))
            except (PhraseSyntaxError, re.error, KeyError, TypeError, ValueError) as exc:
                chk.error(spec.source, f"rule {spec.id}: {exc}")
    topics = TopicBook([])
    if not chk.errors:
        try:
            topics = build_topic_book(business_types, lang, variables, intents)
        except (PhraseSyntaxError, re.error, KeyError) as exc:
            chk.error(where_of(data, "business_types"), f"business_types: {exc}")
    if chk.errors:
        raise PackError(chk.errors)
    resolved = plain(data)
    # Files a rule reads beyond the pack (a fact_check rule's knowledge base) are part of
    # what decided the verdicts: a changed KB must change the pack's hash (provenance, the
    # batch ledger's fingerprint, `verify`).
    read_by_rules = sorted({str(f) for rule in rules for f in rule.data_files()})
    hashed = {"pack": resolved, "data_files": {
        Path(f).name: hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in read_by_rules}} \
        if read_by_rules else resolved
    digest = hashlib.sha256(json.dumps(hashed, sort_keys=True, ensure_ascii=False,
                                       default=str).encode("utf-8")).hexdigest()
    return RulePack(id=str(data["id"]), version=str(data["version"]), language=language,
                    title=str(data.get("title") or data["id"]), path=str(path),
                    files=[str(f) for f in files], sha256=digest, variables=variables,
                    thresholds=thresholds, specs=specs, rules=rules, data=resolved,
                    message_language=message_language, intents=intents, topics=topics)


def iter_examples(pack: RulePack) -> Iterator[tuple[RuleSpec, str, dict[str, Any]]]:
    """(rule, kind, case) for every example of every rule, in pack order: the pack's own,
    then those a rule derives from its data (a fact_check rule's knowledge-base sentences)."""
    for spec, rule in zip(pack.specs, pack.rules):
        derived = rule.derived_examples()
        for kind in EXAMPLE_KINDS:
            for case in [*(spec.examples.get(kind) or []), *derived.get(kind, [])]:
                yield spec, kind, case
