"""``qa-toolkit rules list|validate|test|explain``: read, check and try rule packs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from qa_toolkit.cli.common import EXIT_SOME_FAILED, EXIT_USAGE, echo, fail

app = typer.Typer(help="Read, validate and test rule packs (YAML in rules/).\n\n"
                       "Example: qa-toolkit rules test bank_zh",
                  no_args_is_help=True)

PackOption = Annotated[str, typer.Option(
    "--rules", "-r", help="Pack name in rules/ (bank_zh) or path to a pack YAML.")]


def _load(ref: str):
    from qa_toolkit.rules import PackError, load_pack

    try:
        return load_pack(ref)
    except PackError as exc:
        fail(str(exc))


@app.command("list")
def list_rules(rules: PackOption = "bank_zh") -> None:
    """List a pack's rules: id, type, severity, points, role, title.

    Example: qa-toolkit rules list --rules bank_zh
    """
    pack = _load(rules)
    echo(f"{pack.id} {pack.version} ({pack.language}) sha256 {pack.sha256[:12]} "
               f"files: {', '.join(pack.files)}")
    for spec in pack.specs:
        echo(f"{spec.id:<28} {spec.type:<16} {spec.severity:<8} {spec.points:>5g}  "
                   f"{spec.role:<8} {spec.title_in(pack.message_language)}")


@app.command("validate")
def validate(
    packs: Annotated[Optional[list[str]], typer.Argument(
        help="Pack names or YAML paths (default: every pack in rules/).")] = None,
) -> None:
    """Check packs against the schema; every problem is printed as file:line: what.

    Example: qa-toolkit rules validate rules/my_bank.yaml
    """
    from qa_toolkit.rules import PackError, available_packs, load_pack

    bad = 0
    for ref in packs or available_packs():
        try:
            pack = load_pack(ref)
        except PackError as exc:
            bad += 1
            for line in exc.errors:
                echo(f"error: {line}", err=True)
            continue
        examples = sum(len(v) for s in pack.specs for v in s.examples.values())
        echo(f"ok {pack.id} {pack.version}: {len(pack.specs)} rules, {examples} examples "
                   f"({pack.path})")
    if bad:
        raise typer.Exit(EXIT_USAGE)


@app.command("test")
def test(
    pack_ref: Annotated[str, typer.Argument(metavar="PACK",
                                            help="Pack name or YAML path.")] = "bank_zh",
    rule: Annotated[Optional[str], typer.Option(help="Only this rule id.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Also show passing cases.")] = False,
) -> None:
    """Run every rule's own examples (pass, fail and review cases) and report the failures.

    Example: qa-toolkit rules test bank_zh --rule greeting.missing
    """
    from qa_toolkit.rules.examples import run_examples, run_intent_examples

    pack = _load(pack_ref)
    spec = pack.rule(rule) if rule else None
    if rule and spec is None:
        fail(f"rule {rule!r} is not in pack {pack.id}")
    results = run_examples(pack, rule)
    failed = [r for r in results if not r.ok]
    for r in results:
        if not r.ok:
            echo(f"FAIL {r.case_id} ({r.kind}, {r.rule.source}): {r.problem}")
        elif verbose:
            echo(f"ok   {r.case_id} ({r.kind})")
    # The intents' own sentences test the similarity matcher itself.
    checks = run_intent_examples(pack, set(pack.intents_of(spec)) if spec else None)
    wrong = [c for c in checks if not c.ok]
    for c in checks:
        if not c.ok:
            echo(f"FAIL intent {c.intent} ({pack.intents[c.intent].source}): {c.problem}")
        elif verbose:
            echo(f"ok   intent {c.intent} {c.kind} {c.similarity:.2f} 「{c.text}」")
    echo(f"{len(results) - len(failed)}/{len(results)} examples pass in {pack.id} {pack.version}")
    if checks:
        echo(f"{len(checks) - len(wrong)}/{len(checks)} intent test sentences pass")
    if failed or wrong:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("explain")
def explain(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. greeting.staff_id_missing.")],
    rules: PackOption = "bank_zh",
    call: Annotated[Optional[Path], typer.Option(
        help="A call JSON (OUT/calls/<id>.json): show this rule's verdict on it.")] = None,
) -> None:
    """Show what a rule checks: type, message, parameters (variables filled in), examples;
    with --call, its verdict on a saved call and why.

    Example: qa-toolkit rules explain hold.no_notice --call out/calls/c09_hold_no_notice-stereo.json
    """
    from qa_toolkit.rules.registry import RULE_TYPES

    pack = _load(rules)
    spec = pack.rule(rule_id)
    if spec is None:
        fail(f"rule {rule_id!r} is not in pack {pack.id} (try `qa-toolkit rules list`)")
    cls = RULE_TYPES[spec.type]
    echo(f"{spec.id} — {spec.title_in(pack.message_language)}   [{spec.source}]")
    echo(f"type {spec.type}: {cls.summary}")
    echo(f"severity {spec.severity}, {spec.points:g} points, role {spec.role}, "
               f"category {spec.category}")
    for lang, text in spec.message.items():
        echo(f"message[{lang}]: {text}")
    if spec.unless_hit:
        echo(f"not judged when hit: {', '.join(spec.unless_hit)}")
    rule = next(r for r in pack.rules if r.id == rule_id)
    for name, param in cls.params.items():
        value = spec.params.get(name)
        if param.kind == "phrases" and value:
            shown = rule.phrases(name).texts if name in rule.p else value
            value = "、".join(dict.fromkeys(shown))
        echo(f"  {name}: {value}" + (f"   # {param.help}" if param.help else ""))
    for line in rule.explain_lines():
        echo(line)
    for kind, cases in spec.examples.items():
        echo(f"examples {kind}: {', '.join(c['name'] for c in cases)}")
    for name in pack.intents_of(spec):
        intent = pack.intents[name]
        title = intent.title.get(pack.message_language) or next(iter(intent.title.values()), name)
        echo(f"intent {name} ({title}), similarity ≥ {intent.threshold:.2f} to one of "
                   f"[{intent.source}]:")
        for example in intent.examples:
            echo(f"    {example}")
        if intent.unlike:
            echo(f"  not when closer to: {'、'.join(intent.unlike)}")
    if call is not None:
        _explain_call(pack, rule_id, call)


def _explain_call(pack: Any, rule_id: str, path: Path) -> None:
    from qa_toolkit.types import Call

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        c = Call.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        fail(f"{path}: not a readable call JSON ({exc})")
    echo(f"on {c.call_id}:")
    for o in pack.evaluate(c):
        if o.rule_id != rule_id:
            continue
        where = "" if o.start is None else f" {o.start:.2f}–{o.end:.2f}s"
        echo(f"  {o.status.upper()}{where} {o.evidence}")
        if o.reason:
            echo(f"    cannot assess: {o.reason}")
        if o.detail:
            echo(f"    detail: {json.dumps(o.detail, ensure_ascii=False, sort_keys=True)}")
