"""Regular expressions written in rule packs, compiled so that no pattern can hang a run.

A regex rule's pattern runs on RE2 (google-re2), which matches in time linear in the text:
``(.+)+保证收益`` takes microseconds there, where Python's backtracking engine does not return
within minutes on a long call. RE2 has no lookarounds and no backreferences; a pattern that
uses them is refused when the pack loads. A ``{regex: …}`` variable is spliced into the phrase
scanner, which runs on Python's ``re``; there a nested quantifier (a repeated group that itself
repeats, e.g. ``(a+)+`` or ``(\\d{3,6})*``, the shape of catastrophic backtracking) is refused.
"""

from __future__ import annotations

import re
from typing import Any, Optional

import re2

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # RE2 would also write each refusal to stderr

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | (
    {_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())


def compile_linear(pattern: str) -> Any:
    """``pattern`` compiled by RE2 (same ``finditer(text, pos, endpos)`` / match API as ``re``).

    Raises ``ValueError`` with a message for the pack author."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad regular expression: {exc}") from None
    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise ValueError(f"not supported by the linear-time matcher RE2 (no lookarounds or "
                         f"backreferences): {detail}") from None


def _children(op: Any, av: Any) -> list[Any]:
    """The parsed sub-patterns of one parsed item."""
    if op in _REPEATS:
        return [av[2]]
    if op is _sre.SUBPATTERN:
        return [av[-1]]
    if op is _sre.BRANCH:
        return list(av[1])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [av[1]]
    if op is _sre.GROUPREF_EXISTS:
        return [b for b in av[1:] if b is not None]
    return []


def _varies(items: Any) -> bool:
    """Whether parsed ``items`` hold a quantifier with a variable count (``+``, ``{3,6}``)."""
    return any((op in _REPEATS and av[0] != av[1]) or any(_varies(c) for c in _children(op, av))
               for op, av in items)


def _has_nested(items: Any) -> bool:
    """Whether a quantifier that repeats more than once holds a variable-count one."""
    for op, av in items:
        if op in _REPEATS and av[1] > 1 and _varies(av[2]):
            return True
        if any(_has_nested(c) for c in _children(op, av)):
            return True
    return False


def nested_quantifier(pattern: str) -> Optional[str]:
    """Why ``pattern`` is refused for Python's backtracking engine, or None."""
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error as exc:
        return f"bad regular expression: {exc}"
    if _has_nested(parsed):
        return ("nested quantifier (a repeated group that itself repeats, e.g. (a+)+): it can "
                "take exponential time; repeat the inner part only, e.g. .{0,6}")
    return None


class _TrieNode:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _TrieNode] = {}
        self.end = False


def literal_alternation(words: list[str]) -> str:
    """``"|".join(map(re.escape, words))`` with words that begin alike sharing their start
    (一天|一次 → 一(?:天|次)): the same matches, and far fewer tried.

    Python's engine tries an alternation's branches one by one at every position whose
    character can start one; with a hundred cues of a few dozen first syllables that was a
    third of the fact check's time (bench/rules.py). Sharing the start is exact when no word
    comes before a longer one it begins (words sorted longest first, as the callers sort
    them): both forms then try the words a position holds longest first. Other orders, and
    an empty word, are joined as given.
    """
    root = _TrieNode()
    for word in words:
        if not word:
            return "|".join(map(re.escape, words))
        node = root
        for ch in word:
            if node.end:  # a shorter word listed first would win here
                return "|".join(map(re.escape, words))
            node = node.children.setdefault(ch, _TrieNode())
        node.end = True
    return _trie_pattern(root, top=True)


def _trie_pattern(node: _TrieNode, top: bool = False) -> str:
    """The words below ``node`` as a regex; greedy, so the longest word a position holds is
    tried first and a shorter one only where the longer fails."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.children.items()]
    if top or (len(branches) == 1 and not node.end):
        return "|".join(branches)
    if not branches:
        return ""
    return "(?:" + "|".join(branches) + ")" + ("?" if node.end else "")
