"""Checking a rule pack as written: every parameter by its kind's validator, the variables,
thresholds, synonyms, intents, business types, rules and their examples. Errors are
collected with their file:line (``yaml_source``), so one load reports them all.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable, Optional

from qa_toolkit.rules.base import REQUIRED, WINDOW_KEYS, Param, Rule, RuleSpec, Thresholds
from qa_toolkit.rules.intents import Intent
from qa_toolkit.rules.matching import PhraseSyntaxError, expand
from qa_toolkit.rules.streams import Lang
from qa_toolkit.rules.regexes import compile_linear, nested_quantifier
from qa_toolkit.rules.topics import BUSINESS_TYPE_KEYS
from qa_toolkit.rules.yaml_source import YDict, YList, plain, where_of

log = logging.getLogger(__name__)

SEVERITIES = ("info", "minor", "major", "critical")
RULE_KEYS = {"id", "type", "title", "message", "severity", "points", "role", "category",
             "enabled", "unless_hit", "description", "examples"}
PACK_KEYS = {"id", "version", "language", "title", "description", "extends", "message_language",
             "thresholds", "variables", "asr", "agent_cues", "role_words", "synonyms", "intents",
             "business_types", "rules"}
INTENT_KEYS = {"title", "examples", "unlike", "threshold", "paraphrases", "unrelated",
               "needs", "description", "own_vocabulary", "synonyms"}
_INTENT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
EXAMPLE_KINDS = ("pass", "fail", "review")
_RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


# -- locating and merging packs ------------------------------------------------------------

class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.intents: frozenset[str] = frozenset()
        """Names of the pack's intents, which phrase lists may name as ``{intent: NAME}``."""

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def value(self, where: str, name: str, param: Param, value: Any,
              variables: dict[str, Any], lang: Lang) -> Any:
        """``value`` of the parameter ``name`` checked by its kind's validator (errors are
        collected, file:line first); the value the rule gets, or None when unusable."""
        validator = _VALIDATORS.get(param.kind)
        if validator is None:  # a rule type declared a kind this table lacks: a bug
            raise AssertionError(f"unknown param kind {param.kind}")
        return validator(self, _Value(where, name, param, value, variables, lang))


@dataclass
class _Value:
    """One rule parameter as written in the pack, and where."""

    where: str
    name: str
    param: Param
    value: Any
    variables: dict[str, Any]
    lang: Lang


def _phrases(chk: Checker, v: _Value) -> Any:
    items = [v.value] if isinstance(v.value, (str, dict)) else v.value
    if not isinstance(items, list) or not all(
            isinstance(p, str) and p or is_intent_ref(p) for p in items):
        chk.error(v.where, f"{v.name}: expected a list of phrases (strings) or {{intent: NAME}}")
        return None
    for p in items:
        if is_intent_ref(p):
            if p["intent"] not in chk.intents:
                known = ", ".join(sorted(chk.intents)) or "none"
                chk.error(where_of(p), f"{v.name}: unknown intent {p['intent']!r} "
                                       f"(the pack's intents: {known})")
            continue
        try:
            expand(p, v.variables)
        except PhraseSyntaxError as exc:
            chk.error(v.where, f"{v.name}: {exc}")
    return items


def _window(chk: Checker, v: _Value) -> Any:
    if v.value is None:
        return None
    if not isinstance(v.value, dict) or len(v.value) != 1 \
            or next(iter(v.value)) not in WINDOW_KEYS:
        chk.error(v.where, f"{v.name}: expected one of {', '.join(WINDOW_KEYS)} with a number")
        return None
    (key, number), = v.value.items()
    if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
        chk.error(v.where, f"{v.name}.{key}: expected a positive number, got {number!r}")
        return None
    return dict(v.value)


def _choice(chk: Checker, v: _Value) -> Any:
    if v.value not in v.param.choices:
        chk.error(v.where, f"{v.name}: expected one of {', '.join(v.param.choices)}, "
                           f"got {v.value!r}")
    return v.value


def _number(chk: Checker, v: _Value) -> Any:
    whole = v.param.kind == "int"
    if isinstance(v.value, bool) or not isinstance(v.value, (int, float)) \
            or (whole and not float(v.value).is_integer()):
        chk.error(v.where, f"{v.name}: expected {'an integer' if whole else 'a number'}, "
                           f"got {v.value!r}")
        return None
    if v.value < 0:
        chk.error(v.where, f"{v.name}: must not be negative")
    return int(v.value) if whole else float(v.value)


def _of_type(kind: type, expected: str, quote: bool = False) -> Callable[[Checker, _Value], Any]:
    """A validator that only checks the value's type (``quote``: the message shows it)."""
    def check(chk: Checker, v: _Value) -> Any:
        if not isinstance(v.value, kind):
            got = f", got {v.value!r}" if quote else ""
            chk.error(v.where, f"{v.name}: expected {expected}{got}")
        return v.value
    return check


def _text(chk: Checker, v: _Value) -> Any:
    if not isinstance(v.value, str):
        chk.error(v.where, f"{v.name}: expected a string, got {v.value!r}")
        return v.value
    if v.param.kind == "regex":
        try:
            compile_linear(v.value)
        except ValueError as exc:
            chk.error(v.where, f"{v.name}: {exc}")
    return v.value


def _steps(chk: Checker, v: _Value) -> Any:
    if not isinstance(v.value, list) or not v.value:
        chk.error(v.where, f"{v.name}: expected a list of steps")
        return v.value
    for i, step in enumerate(v.value):
        w = v.value.item_where[i] if isinstance(v.value, YList) else v.where
        if not isinstance(step, dict) or "name" not in step or "phrases" not in step:
            chk.error(w, f"{v.name}[{i}]: a step needs name and phrases")
            continue
        chk.value(w, f"{v.name}[{i}].phrases", Param("phrases"), step["phrases"], v.variables,
                  v.lang)
        if step.get("role", "agent") not in ("agent", "customer", "any"):
            chk.error(w, f"{v.name}[{i}].role: expected agent, customer or any")
    return v.value


_TRIGGER_KEYS = {"role", "phrases", "business_types", "customer_tiers", "fuzzy", "unless",
                 "hedges", "incoming", "restated"}


def _trigger(chk: Checker, v: _Value) -> Any:
    value = v.value
    if not isinstance(value, dict) or not (value.get("phrases") or value.get("business_types")
                                           or value.get("customer_tiers")):
        chk.error(v.where, f"{v.name}: expected a mapping with phrases, business_types "
                           f"and/or customer_tiers")
        return value
    unknown = set(value) - _TRIGGER_KEYS
    if unknown:
        chk.error(v.where, f"{v.name}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("phrases", "unless", "hedges", "incoming"):
        if key in value:
            chk.value(where_of(value, key), f"{v.name}.{key}", Param("phrases"),
                      value[key], v.variables, v.lang)
    if value.get("role", "customer") not in ("agent", "customer", "any"):
        chk.error(v.where, f"{v.name}.role: expected agent, customer or any")
    if not isinstance(value.get("restated", False), bool):
        chk.error(v.where, f"{v.name}.restated: expected true or false")
    return value


_VALIDATORS: dict[str, Callable[[Checker, _Value], Any]] = {
    "phrases": _phrases, "window": _window, "choice": _choice, "float": _number,
    "int": _number, "bool": _of_type(bool, "true or false", quote=True), "str": _text,
    "regex": _text, "list": _of_type(list, "a list"), "dict": _of_type(dict, "a mapping"),
    "steps": _steps, "trigger": _trigger,
}
"""One validator per parameter kind (``rules.base.Param.kind``): what a rule type may declare."""


def check_variables(chk: Checker, data: YDict) -> dict[str, Any]:
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


_RATE_THRESHOLDS = {"min_units_per_speech_s", "hold_music_db"}
"""Thresholds that are rates or levels, not probabilities or shares."""


def check_thresholds(chk: Checker, data: YDict) -> Thresholds:
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


def check_synonyms(chk: Checker, data: YDict, lang: Lang) -> dict[str, list[str]]:
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


def check_intents(chk: Checker, data: YDict, thresholds: Thresholds,
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
        for key in ("examples", "unlike", "paraphrases", "unrelated", "needs"):
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
        needed = [lang.encode(lang.norm(t)) for t in lists["needs"]]
        for key in ("examples", "paraphrases"):
            for t in lists[key] if needed else []:
                if not any(n in lang.encode(lang.norm(t)) for n in needed):
                    chk.error(where_of(spec, key), f"intent {name}: {key}: 「{t}」 holds none "
                                                 f"of the words it needs ({', '.join(lists['needs'])})")
        own = spec.get("own_vocabulary", False)
        if not isinstance(own, bool):
            chk.error(where_of(spec, "own_vocabulary"), f"intent {name}: own_vocabulary: "
                                                       f"expected true or false")
            own = False
        synonyms = check_synonyms(chk, spec, lang) if "synonyms" in spec else {}
        if synonyms and not own:
            chk.error(where_of(spec, "synonyms"), f"intent {name}: synonyms: only an intent "
                                                f"with own_vocabulary has synonyms of its own")
        out.append(Intent(str(name), lists["examples"], float(threshold),
                          {str(k): str(v) for k, v in title.items()}, lists["paraphrases"],
                          lists["unrelated"], lists["unlike"], needs=lists["needs"],
                          own_vocabulary=own, synonyms=synonyms, source=w))
    return out


def check_business_types(chk: Checker, data: YDict) -> dict[str, dict[str, Any]]:
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


def check_rule(chk: Checker, raw: Any, where: str, variables: dict[str, Any], lang: Lang,
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
    message = _by_language(chk, raw, "message", rid, lang)
    title = _by_language(chk, raw, "title", rid, lang)
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
        check_examples(chk, rid, kind, cases, where_of(examples, kind))
    if len(chk.errors) > n_before:
        return None
    return RuleSpec(id=rid, type=rtype, title=title, message=message,
                    severity=severity, points=float(points), role=role, params=params,
                    category=str(raw.get("category") or rid.split(".")[0]),
                    unless_hit=list(unless), description=str(raw.get("description") or ""),
                    examples=plain(examples), source=where)


def _by_language(chk: Checker, raw: dict, key: str, rid: str, lang: Lang) -> dict[str, str]:
    """A rule's ``title`` or ``message``: ``{zh: …, en: …}``, or one string in the pack's
    language."""
    value = raw.get(key)
    if key not in raw:
        return {}
    if isinstance(value, str):
        value = {lang.code.split("-")[0]: value}
    if not isinstance(value, dict) or not value or \
            not all(isinstance(v, str) and v for v in value.values()):
        chk.error(where_of(raw, key), f"rule {rid}: {key}: expected {{zh: …, en: …}}")
        return {}
    return {str(k): v for k, v in value.items()}


def check_examples(chk: Checker, rid: str, kind: str, cases: Any, where: str) -> None:
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


_TURN_KEYS = frozenset(("role", "start", "end", "text", "prob", "words", "speaker"))


def _turn_problem(turn: Any) -> Optional[str]:
    if isinstance(turn, list):
        if len(turn) != 4:
            return "expected [role, start, end, text]"
        role, start, end, text = turn
    elif isinstance(turn, dict):
        role, start, end, text = (turn.get(k) for k in ("role", "start", "end", "text"))
        unknown = set(turn) - _TURN_KEYS
        if unknown:
            return f"unknown key(s) {', '.join(sorted(unknown))}"
        words = turn.get("words")
        if words is not None and not (
                isinstance(words, list) and words
                and all(isinstance(w, list) and len(w) == 2 and isinstance(w[0], str)
                        and isinstance(w[1], (int, float)) and 0 <= w[1] <= 1 for w in words)):
            return "words: expected [[text, probability 0–1], …]"
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

