"""Why the customer called: the call's business type, from the metadata or from its words.

A pack's ``business_types:`` block names each type with its title and cue phrases (挂失,
转账, 理财, 投诉…; an item may be ``{intent: NAME}``). A call's type is the metadata's when the
telephony/CRM row has one; otherwise the type whose cues the call says most (the first listed
on a tie), or none when no cue is said. The content's answer is kept even when the metadata
wins, so `qa-toolkit eval` can measure how often content and metadata agree.

This is the one place a call's business type is decided: the ``handling_time`` rule reads it
from the evaluation context, the pipeline and ``check --write`` save it in the call JSON
(``business_type``, ``topic``), and reports and exports read it from there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from qa_toolkit.rules.matching import PhraseSet
from qa_toolkit.rules.streams import Lang, Stream

BUSINESS_TYPE_KEYS = {"title", "cues", "description"}


@dataclass(frozen=True)
class CallTopic:
    """A call's business type and where it came from."""

    business_type: Optional[str]
    """The type the call is judged and reported under: the metadata's, else the content's."""
    source: str
    """``metadata``, ``content`` or ``none`` (no metadata type and no cue said)."""
    from_content: Optional[str] = None
    """The type the call's words point to, whatever the metadata says."""
    cue_counts: dict[str, int] = field(default_factory=dict)
    """Cue phrases said per type (types with none left out)."""

    def to_dict(self) -> dict[str, Any]:
        return {"business_type": self.business_type, "source": self.source,
                "from_content": self.from_content, "cue_counts": dict(self.cue_counts)}

    def describe(self) -> str:
        if self.source == "metadata":
            return "metadata"
        if self.source == "content":
            return f"content ({self.cue_counts.get(self.business_type or '', 0)} cue word(s))"
        return "no business type in the metadata and no cue word said"


@dataclass
class BusinessType:
    name: str
    title: dict[str, str]
    cues: PhraseSet


class TopicBook:
    """The pack's business types, their cue phrases compiled once per pack."""

    def __init__(self, types: list[BusinessType]):
        self.types = types

    def __bool__(self) -> bool:
        return bool(self.types)

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.types]

    def title(self, name: str, language: str = "zh") -> str:
        found = next((t for t in self.types if t.name == name), None)
        if found is None:
            return name
        return found.title.get(language) or next(iter(found.title.values()), name)

    def classify(self, metadata_type: Optional[str], stream: Stream) -> CallTopic:
        counts: dict[str, int] = {}
        for kind in self.types:
            n = kind.cues.count(stream, *stream.window(0.0, 1e12))
            if n:
                counts[kind.name] = n
        from_content = max(counts, key=counts.__getitem__) if counts else None
        meta = metadata_type_of(metadata_type)
        if meta:
            return CallTopic(meta, "metadata", from_content, counts)
        if from_content:
            return CallTopic(from_content, "content", from_content, counts)
        return CallTopic(None, "none", None, counts)


def metadata_type_of(value: Optional[str]) -> str:
    """The metadata's business type as types are named ("" when it gives none): the call's
    type whenever it is not empty."""
    return (value or "").strip().lower()


def build_topic_book(raw: dict[str, dict[str, Any]], lang: Lang, variables: dict[str, Any],
                     intents: Any) -> TopicBook:
    """``raw`` is the pack's checked ``business_types`` block (see ``pack._check_business_types``)."""
    types = []
    for name, spec in raw.items():
        cues = spec.get("cues") or []
        refs = [intents[c["intent"]] for c in cues if isinstance(c, dict) and intents is not None]
        phrases = PhraseSet([c for c in cues if isinstance(c, str)], lang, variables,
                            fuzzy=False, intents=refs)
        title = spec.get("title") or {}
        if isinstance(title, str):
            title = {lang.code.split("-")[0]: title}
        types.append(BusinessType(str(name), {str(k): str(v) for k, v in title.items()}, phrases))
    return TopicBook(types)
