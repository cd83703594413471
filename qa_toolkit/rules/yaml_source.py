"""The YAML files QA staff edit (rule packs, knowledge bases), read with file:line for
every mapping, key and list item, aliases refused; every problem is a ``PackError``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import yaml


class PackError(ValueError):
    """A rule pack that cannot be used; ``errors`` holds every problem as ``file:line: what``."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        more = f" (and {len(errors) - 1} more problem(s); see `qa-toolkit rules validate`)" \
            if len(errors) > 1 else ""
        super().__init__(errors[0] + more if errors else "invalid rule pack")


# -- YAML with line numbers ---------------------------------------------------------------

class YDict(dict):
    """A mapping from YAML that remembers where it and each of its keys came from."""

    where: str = ""
    key_where: dict[str, str]


class YList(list):
    where: str = ""
    item_where: list[str]


def _convert(node: yaml.Node, loader: yaml.SafeLoader, file: str) -> Any:
    where = f"{file}:{node.start_mark.line + 1}"
    if isinstance(node, yaml.MappingNode):
        out = YDict()
        out.where, out.key_where = where, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            out[str(key)] = _convert(value_node, loader, file)
            out.key_where[str(key)] = f"{file}:{key_node.start_mark.line + 1}"
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = YList(_convert(item, loader, file) for item in node.value)
        seq.where = where
        seq.item_where = [f"{file}:{item.start_mark.line + 1}" for item in node.value]
        return seq
    return loader.construct_object(node, deep=True)


class _AliasFound(Exception):
    def __init__(self, mark: yaml.Mark):
        self.mark = mark


class _PackLoader(yaml.SafeLoader):
    """A YAML loader that refuses aliases (``*name``).

    A pack is edited by QA staff and copied around; an alias saves them nothing, but a few
    hundred bytes of nested aliases expand to gigabytes in the converter (an alias bomb) and
    an alias inside its own anchor recurses for ever. Refused at the alias, with its line."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self.peek_event().start_mark)
        return super().compose_node(parent, index)


def read_yaml(path: Path) -> YDict:
    label = source_label(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PackError([f"{label}: cannot read: {exc.strerror or exc}"]) from None
    except UnicodeDecodeError:
        raise PackError([f"{label}: not UTF-8 text"]) from None
    loader = _PackLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PackError([f"{label}:1: empty file"])
        data = _convert(node, loader, label)
    except _AliasFound as alias:
        raise PackError([f"{label}:{alias.mark.line + 1}: YAML alias (*name) not allowed in a "
                         f"rule pack; write the value out"]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise PackError([f"{label}{line}: YAML syntax: {exc.problem or exc}"]) from None
    except yaml.YAMLError as exc:
        raise PackError([f"{label}: YAML: {exc}"]) from None
    finally:
        loader.dispose()
    if not isinstance(data, YDict):
        raise PackError([f"{label}:1: a rule pack is a mapping (id, version, rules, …)"])
    return data


def source_label(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def plain(value: Any) -> Any:
    """YDict/YList → dict/list (for hashing and JSON)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def where_of(obj: Any, key: Optional[str] = None) -> str:
    if key is not None and isinstance(obj, YDict):
        return obj.key_where.get(key, obj.where)
    return getattr(obj, "where", "?")
