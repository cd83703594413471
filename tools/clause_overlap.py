#!/usr/bin/env python3
"""Check that a held-out generator shares no clause with the generators written before it (dev-only).

A held-out set measures generalisation only if its wording is new: no clause of five characters or
more may appear, in either direction, in make_samples.py or any other make_heldout*.py. Clauses are
what the calls say: the Chinese string literals of each file (read with ``ast``, nothing is imported,
so this runs with any Python) but for docstrings, a call's "title" and the notes of ``mark(...)``
(the labeller's words, not the speakers'), split at punctuation and spaces.

    python3 tools/clause_overlap.py tools/make_heldout18.py
    python3 tools/clause_overlap.py tools/make_heldout18.py --min-chars 5

Exit code 0 when nothing is shared, 1 when something is (each shared clause printed with its file).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
CLAUSE_SPLIT = re.compile(r"[\s，。？！、；：,.?!;:…“”‘’「」（）()《》—\-~～]+")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _labeller_strings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are not speech: docstrings, titles, mark() notes."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node) is not None:
            skipped.add(id(node.body[0].value))
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "title":
                    skipped.update(id(n) for n in ast.walk(value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "mark":
            skipped.update(id(n) for arg in node.args for n in ast.walk(arg))
    return skipped


def clauses(path: Path, min_chars: int) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped = _labeller_strings(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and HAN.search(node.value):
            for piece in CLAUSE_SPLIT.split(node.value):
                if len(piece) >= min_chars and HAN.search(piece):
                    found.add(piece)
    return found


def earlier_generators(new: Path) -> list[Path]:
    others = [TOOLS / "make_samples.py", *sorted(TOOLS.glob("make_heldout*.py"))]
    return [p for p in others if p.exists() and p.resolve() != new.resolve()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("generator", type=Path, help="the new generator, e.g. tools/make_heldout18.py")
    parser.add_argument("--min-chars", type=int, default=5, help="shortest clause that counts (default 5)")
    args = parser.parse_args(argv)
    if not args.generator.is_file():
        print(f"{args.generator}: no such file", file=sys.stderr)
        return 2
    new = clauses(args.generator, args.min_chars)
    earlier: dict[str, str] = {}
    for path in earlier_generators(args.generator):
        for clause in clauses(path, args.min_chars):
            earlier.setdefault(clause, path.name)
    joined_earlier = "\n".join(earlier)
    joined_new = "\n".join(new)
    new_in_old = sorted(c for c in new if c in joined_earlier)
    old_in_new = sorted(c for c in earlier if c in joined_new)
    for clause in new_in_old:
        owner = next(name for old, name in earlier.items() if clause in old)
        print(f"new clause found earlier: {clause}  ({owner})")
    for clause in old_in_new:
        print(f"earlier clause found in new: {clause}  ({earlier[clause]})")
    print(f"{len(new)} clauses here, {len(earlier)} earlier; shared: {len(new_in_old)} and {len(old_in_new)}")
    return 1 if new_in_old or old_in_new else 0


if __name__ == "__main__":
    sys.exit(main())
