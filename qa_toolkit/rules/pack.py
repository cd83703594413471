"""Rule packs: YAML files QA staff edit, loaded with file:line errors, ``extends`` and overrides.

A pack has ``id``, ``version``, ``language``, ``variables`` (bank name, staff-id pattern,
lexicons), ``thresholds`` (when a verdict becomes "cannot assess"), ``asr`` (hot words that
bias Whisper when a run asks for them), ``agent_cues`` (phrases that mark the agent for role
assignment), ``role_words`` (words each side says more: 您 and 我) and ``rules``;
``synonyms`` and ``intents`` describe script steps by example sentence (see
``rules/intents.py``). A pack may ``extends:`` another (by name or relative
path): variables, thresholds, asr, synonyms and intents merge key by key; a rule with a
parent's id replaces the keys it gives (``enabled: false`` drops it); new rules are appended.
The YAML itself is read by ``rules/yaml_source.py``, which the knowledge base shares.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional


from qa_toolkit.resources import rules_dir
from qa_toolkit.rules.base import EvalContext, Rule, RuleSpec, Thresholds
from qa_toolkit.rules.intents import IntentBook
from qa_toolkit.rules.matching import PhraseSyntaxError, expand
from qa_toolkit.rules.streams import Lang
from qa_toolkit.rules.pack_checks import (EXAMPLE_KINDS, PACK_KEYS, Checker, check_business_types,
                                          check_intents, check_rule, check_synonyms,
                                          check_thresholds, check_variables, is_intent_ref)
from qa_toolkit.rules.topics import TopicBook, build_topic_book
from qa_toolkit.rules.yaml_source import (PackError, YDict, YList, plain, read_yaml,
                                          source_label, where_of)
from qa_toolkit.types import Call, Outcome

log = logging.getLogger(__name__)

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

    def titles(self, language: str) -> dict[str, str]:
        """Every rule's title in ``language`` (else the pack's own), by rule id."""
        return {spec.id: spec.title_in(language) for spec in self.specs}

    def business_type_titles(self, language: str) -> dict[str, str]:
        """Every business type's title in ``language`` (else the pack's own), by name."""
        return {name: self.topics.title(name, language) for name in self.topics.names}

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

    def role_words(self) -> dict[str, list[str]]:
        """Words that lean a speaker to a role ({agent: [您], customer: [我]}) by how often
        each is said (``speakers/roles.py``)."""
        words = self.data.get("role_words") or {}
        return {role: [str(w) for w in words.get(role) or []] for role in ("agent", "customer")}

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
    chk = Checker()
    for key in data:
        if key not in PACK_KEYS:
            chk.error(where_of(data, key), f"unknown key {key!r} (known: {', '.join(sorted(PACK_KEYS))})")
    for key in ("id", "version", "language", "rules"):
        if key not in data:
            chk.error(f"{source_label(path)}:1", f"missing {key}")
    language = str(data.get("language") or "zh")
    lang = Lang(language)
    variables = check_variables(chk, data)
    thresholds = check_thresholds(chk, data)
    intent_list = check_intents(chk, data, thresholds, lang)
    chk.intents = frozenset(i.name for i in intent_list)
    intents = IntentBook(intent_list, lang, check_synonyms(chk, data, lang))
    business_types = check_business_types(chk, data)
    for key in ("agent_cues",):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            chk.error(where_of(data, key), f"{key}: expected a list of phrases")
    role_words = data.get("role_words", {})
    if not isinstance(role_words, dict) or set(role_words) - {"agent", "customer"} or not all(
            isinstance(v, list) and all(isinstance(w, str) and w for w in v)
            for v in role_words.values()):
        chk.error(where_of(data, "role_words"),
                  "role_words: expected {agent: [words], customer: [words]}")
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
        spec = check_rule(chk, raw, where, variables, lang, RULE_TYPES)
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


def rule_titles(packs: Iterable[Mapping[str, Any]], language: str) -> dict[str, str]:
    """The titles, in ``language``, of the rules of the packs some calls were judged with.

    ``packs`` holds each call's pack record (``rule_pack``: ``id``, and ``path`` where the
    run recorded it; ``calls``: how many calls it stands for, default 1): the pack is read
    from that path while the file is there, else found by id in rules/. Where two packs title
    one rule differently, the pack more calls used wins.
    A pack that cannot be found or read gives no titles (its rules show their ids), with a
    warning: reports, exports and the console never fail for a missing pack.
    """
    titles: dict[str, str] = {}
    for pack in _packs_in_use(packs):
        titles.update(pack.titles(language))
    return titles


def business_type_titles(packs: Iterable[Mapping[str, Any]], language: str) -> dict[str, str]:
    """The titles of the business types of the packs some calls were judged with, found as
    ``rule_titles`` finds the packs; a type no pack names (a site's own metadata value)
    keeps its name."""
    titles: dict[str, str] = {}
    for pack in _packs_in_use(packs):
        titles.update(pack.business_type_titles(language))
    return titles


def _packs_in_use(packs: Iterable[Mapping[str, Any]]) -> list[RulePack]:
    """The packs the records name, the most used last (so that its titles win)."""
    used: Counter[str] = Counter()
    for record in packs:
        path = record.get("path")
        ref = path if path and Path(str(path)).is_file() else record.get("id")
        if ref:
            used[str(ref)] += int(record.get("calls", 1))
    found = (_titled_pack(ref) for ref, _ in reversed(used.most_common()))
    return [pack for pack in found if pack is not None]


_MISSING_PACKS: set[str] = set()
"""Packs already reported missing: a report asks once per page, the warning says it once."""


def _titled_pack(ref: str) -> Optional[RulePack]:
    try:
        path = resolve_path(ref)
        stamp = path.stat().st_mtime_ns
    except (OSError, PackError):
        if ref not in _MISSING_PACKS:
            _MISSING_PACKS.add(ref)
            log.warning("rule pack %s not found: its rules are shown by id", ref)
        return None
    return _load_cached(str(path), stamp)


@lru_cache(maxsize=16)
def _load_cached(path: str, stamp: int) -> Optional[RulePack]:
    """``stamp`` (the file's mtime) keys the cache: a long-lived console sees an edited pack."""
    try:
        return load_pack(path)
    except PackError as exc:
        log.warning("rule pack %s unreadable, its rules are shown by id: %s", path,
                    str(exc).splitlines()[0])
        return None


def iter_examples(pack: RulePack) -> Iterator[tuple[RuleSpec, str, dict[str, Any]]]:
    """(rule, kind, case) for every example of every rule, in pack order: the pack's own,
    then those a rule derives from its data (a fact_check rule's knowledge-base sentences)."""
    for spec, rule in zip(pack.specs, pack.rules):
        derived = rule.derived_examples()
        for kind in EXAMPLE_KINDS:
            for case in [*(spec.examples.get(kind) or []), *derived.get(kind, [])]:
                yield spec, kind, case
