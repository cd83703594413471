"""What every rule type shares: its parameter schema, the evaluation context, and verdicts.

A rule type is a small class: ``params`` declares its YAML parameters (validated when the pack
loads, with file:line errors), ``evaluate(ctx)`` returns its outcomes. The helpers here turn
findings into ``Outcome``s with evidence (time, role, words) and decide when the machine
cannot judge (three-state verdicts: hit, pass, review).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ClassVar, Optional, Sequence

from qa_toolkit.pii import mask_text
from qa_toolkit.rules.intents import IntentBook
from qa_toolkit.rules.matching import Match, PhraseSet
from qa_toolkit.rules.streams import CallText, Lang, Stream
from qa_toolkit.rules.topics import CallTopic, TopicBook, metadata_type_of
from qa_toolkit.types import Call, Outcome, Turn, Word, span_pairs

log = logging.getLogger(__name__)

_ROLES = frozenset(("agent", "customer", "unknown"))

UNRELIABLE_TURN_WORDS = 4
"""A turn of at least this many words, below the mean-probability threshold, could hold a
whole script step that Whisper misheard, even where the window's other words are clear.
Shorter turns are interjections and backchannels (喂, 嗯嗯, 好的, 请讲), not a lost step."""
STUTTER = re.compile(r"((?:(?!\d).){2,4})\1\1")
"""Two to four syllables said three times running (银行银行银行): the ASR looping in place of
what was said, so an absence there proves nothing. On the syllable codes: homophones count."""


def spoken(word: Word) -> bool:
    """Whether a word holds speech: Whisper also emits punctuation alone as words (「 。」 :「)
    with low probabilities that say nothing about how well what was said was heard."""
    return any(ch.isalnum() for ch in word.text)


REQUIRED = object()
"""Marks a parameter without default."""
LOOSER = 0.75
"""A misheard step keeps some of its sound: a turn heard with low probability is the step
misheard only if one of the step's phrases or intents is in it at this share of what counts it
said (a phrase at similarity 0.6 for 0.8, an intent at 0.3 for 0.4): ``Rule.resemblance``."""


@dataclass(frozen=True)
class Param:
    """One YAML parameter of a rule type."""

    kind: str
    """phrases | str | int | float | bool | choice | list | dict | window | band"""
    default: Any = REQUIRED
    choices: tuple[str, ...] = ()
    help: str = ""


@dataclass(frozen=True)
class Thresholds:
    """When a verdict is too uncertain to deduct points (all overridable in the pack)."""

    similarity: float = 0.8
    """Least pinyin similarity (1 − letter edits / letters) for a phrase to count as said."""
    mean_word_prob: float = 0.55
    """Mean Whisper word probability in a window below this → cannot assess an absence."""
    low_word_prob: float = 0.35
    """A word below this probability counts as unreliable…"""
    low_word_share: float = 0.4
    """…and a window where this share of words is unreliable cannot prove an absence."""
    role_confidence: float = 0.6
    """Role assignment (agent vs customer) less sure than this → cannot assess role rules."""
    heavy_overlap: float = 0.3
    """Share of a window spent in overlapping speech above which words may be lost."""
    unknown_role_share: float = 0.3
    """Share of a window's speech by an unknown-role speaker above which role is unclear."""
    min_word_coverage: float = 0.5
    """Share of a role's audio speech in a window that must carry words; below it, Whisper
    lost words there (noise, overlap, a dropped segment) and an absence proves nothing."""
    min_units_per_speech_s: float = 1.5
    """Characters (zh) or words (en) per second of the role's audio speech below which words
    were lost (normal Mandarin is 4-5 chars/s; a dropped segment leaves far fewer)."""
    fuzzy_hit_prob: float = 0.5
    """A fuzzy (not exact) match of a forbidden phrase on words below this mean probability is
    sent for review instead of deducted."""
    intent_similarity: float = 0.4
    """Least similarity (cosine of syllable n-gram and synonym TF-IDF, ``rules/intents.py``)
    of a stretch of speech to an intent's closest example for it to count as that step; an
    intent may set its own ``threshold``."""
    hold_music_db: float = 8.0
    """A gap between speech at least this many dB above the call's quiet (the metrics'
    ``sound_db``) had hold music: a hold, not dead air. Measured on 46 gaps of samples/,
    heldout/ and heldout2/: music 14.5-18.7 dB, a silent line or a quiet hold 0.5-1.2 dB.
    One value for the dead_air and hold rules, so a gap is judged by exactly one of them."""

    @classmethod
    def fields(cls) -> dict[str, float]:
        return {name: getattr(cls(), name) for name in cls.__dataclass_fields__}


@dataclass
class RuleSpec:
    """A rule as written in the pack (after ``extends`` merging), with its YAML location."""

    id: str
    type: str
    title: dict[str, str]
    """The rule's name by language (``{zh: …, en: …}``): the one source of the name reports,
    exports, the console and ``rules list`` show."""
    message: dict[str, str]
    severity: str
    points: float
    role: str
    params: dict[str, Any]
    category: str
    unless_hit: list[str] = field(default_factory=list)
    description: str = ""
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    source: str = ""
    """file:line of the rule, for messages."""

    def title_in(self, language: str) -> str:
        """The title in ``language``, else in the first language the pack gives."""
        return self.title.get(language) or next(iter(self.title.values()), self.id)


class EvalContext:
    """One call as the rules see it; normalised text is built once and shared."""

    def __init__(self, call: Call, lang: Lang, thresholds: Thresholds,
                 pass_evidence: bool = True, topics: Optional[TopicBook] = None):
        self.call = call = call.at_published_precision()
        self.topics = topics if topics is not None else TopicBook([])
        self._topic: Optional[CallTopic] = None
        self.lang = lang
        self.thresholds = thresholds
        self.pass_evidence = pass_evidence
        """False: a pass needs only its status (see ``RulePack.evaluate``)."""
        self.text = CallText(call, lang)
        self.outcomes: dict[str, list[Outcome]] = {}
        self.turns = self.text.turns
        """The call's turns in time order, times rounded as published (see CallText)."""
        self.end_of_call = max(max(self.text.ends, default=0.0), call.duration_s)
        self._speech: dict[Optional[str], list[tuple[float, float, str]]] = {}
        self._bounds: dict[str, Optional[tuple[float, float]]] = {}
        self._turn_probs: dict[int, tuple[float, int, int]] = {}
        self._breaks: Optional[list[tuple[float, float]]] = None
        self._source: Optional[str] = None

    def stream(self, role: str) -> Stream:
        return self.text.stream(role)

    @property
    def topic(self) -> CallTopic:
        """The call's business type (``rules/topics.py``), decided once per call."""
        if self._topic is None:
            meta = self.call.meta.business_type if self.call.meta else None
            self._topic = self.topics.classify(meta, self.stream("any"))
        return self._topic

    @property
    def business(self) -> tuple[Optional[str], str]:
        """The call's business type and where it came from (``CallTopic.describe``): what the
        rules judge by. A type in the metadata is the call's type whatever its words say, so
        the cues need not be counted for it; only the saved topic reports their counts
        (``judge`` asks ``topic``): six scans of the call, 4 % of bench/rules.py's time."""
        if self._topic is None:
            meta = metadata_type_of(self.call.meta.business_type if self.call.meta else None)
            if meta:
                return meta, "metadata"
        return self.topic.business_type, self.topic.describe()

    # -- audio-side facts, each degrading gracefully when a stage did not provide it --------

    def speech(self, role: Optional[str] = None) -> list[tuple[float, float, str]]:
        """(start, end, role) of speech: audio segments when present, else the turns."""
        every = self._speech.get(None)
        if every is None:
            every = self._speech[None] = self._find_speech()
        if role is None:
            return every
        cached = self._speech.get(role)
        if cached is None:
            cached = self._speech[role] = [s for s in every if s[2] == role]
        return cached

    def speech_bounds(self, role: str) -> Optional[tuple[float, float]]:
        """First start and last end of the role's speech (audio, its turns, or unknown role)."""
        if role not in self._bounds:
            starts: list[float] = []
            ends: list[float] = []
            for spans in (self.speech(role), self.speech("unknown")):
                if spans:  # in order of start
                    starts.append(spans[0][0])
                    ends.append(max(e for _, e, _ in spans))
            stream = self.stream(role)
            if stream.turns:  # in order of start
                starts.append(stream.turns[0].start)
                ends.append(max(stream.ends))
            self._bounds[role] = (min(starts), max(ends)) if starts else None
        return self._bounds[role]

    def _find_speech(self) -> list[tuple[float, float, str]]:
        segments = self.call.speech
        out = [(s.start, s.end, s.role) for s in segments]
        roles = {r for _, _, r in out}
        if None in roles or "" in roles:
            out = [(s, e, r or "unknown") for s, e, r in out]
            roles = {r for _, _, r in out}
        if not out or roles == {"unknown"} and any(t.role != "unknown" for t in self.turns):
            out = [(t.start, t.end, t.role) for t in self.turns]
        out.sort()
        return out

    def speech_source(self) -> str:
        if self._source is None:
            segments = self.call.speech
            self._source = "audio" if segments and any(
                (s.role or "unknown") != "unknown" for s in segments) else "turns"
        return self._source

    def role_confidence(self) -> Optional[float]:
        value = (self.call.diarization or {}).get("role_confidence")
        return float(value) if isinstance(value, (int, float)) else None

    def overlaps(self) -> Optional[list[tuple[float, float]]]:
        """Stretches of overlapping speech from the call's metrics; None if not measured."""
        spans = self.call.metrics.overlaps
        return None if spans is None else span_pairs(spans)

    # -- three-state support --------------------------------------------------------------

    def role_doubt(self, role: str, t0: float, t1: float) -> Optional[str]:
        """Why the speech in [t0, t1] may not be ``role``'s (or ``role``'s may be missing
        from it): low role confidence, or too much speech with no role. None if sure."""
        if role not in ("agent", "customer"):
            return None
        th = self.thresholds
        rc = self.role_confidence()
        if rc is not None and rc < th.role_confidence:
            return f"role confidence {rc:.2f} below {th.role_confidence:.2f}"
        speech = self.speech()
        total = sum(_clip(s, e, t0, t1) for s, e, _ in speech)
        unknown = sum(_clip(s, e, t0, t1) for s, e, r in speech if r == "unknown")
        if total > 0 and unknown / total > th.unknown_role_share:
            return (f"{unknown / total:.0%} of the speech in {fmt_span(t0, t1)} has no role "
                    f"(above {th.unknown_role_share:.0%})")
        return None

    def uncertainty(self, role: str, t0: float, t1: float, roles_matter: bool = True,
                    could_hold: Optional[Callable[[Stream, int], bool]] = None) -> Optional[str]:
        """Why an absence in [t0, t1] by ``role`` cannot be trusted, or None if it can.

        ``roles_matter=False`` when nobody at all said the step there: then an unsure
        agent/customer assignment cannot change the verdict, only unreliable words can.
        ``could_hold(stream, turn index)``: whether a turn heard with low probability sounds
        enough like the step to be it misheard. Asked only of a turn whose words are on
        average still above ``low_word_prob``: below that they tell nothing of what was said.
        A turn it rejects is left out of the window's word statistics too.
        """
        th = self.thresholds
        if roles_matter:
            doubt = self.role_doubt(role, t0, t1)
            if doubt:
                return doubt
        stream = self.stream(role)
        lo, hi = stream.window(t0, t1)
        total_p, n_words, n_low = 0.0, 0, 0
        garbled: Optional[tuple[float, float]] = None
        for i in stream.turn_indexes(lo, hi):
            turn = stream.turns[i]
            if t0 <= turn.start and turn.end <= t1:
                s_p, n, n_l = self._prob_stats(turn)
            else:
                probs = [w.prob for w in turn.words if w.end > t0 and w.start < t1 and spoken(w)]
                s_p, n, n_l = sum(probs), len(probs), sum(p < th.low_word_prob for p in probs)
            if could_hold is not None and th.low_word_prob * n <= s_p < th.mean_word_prob * n \
                    and not could_hold(stream, i):
                # Heard unsure but well enough to tell it sounds like something else (喂，你说
                # for a greeting): it holds no misheard step, and its words cannot make the
                # window unsure.
                continue
            total_p, n_words, n_low = total_p + s_p, n_words + n, n_low + n_l
            if garbled is None and n >= UNRELIABLE_TURN_WORDS and s_p < th.mean_word_prob * n:
                garbled = (turn.start, s_p / n)
        if n_words:
            mean = total_p / n_words
            low = n_low / n_words
            if mean < th.mean_word_prob:
                return (f"words in {fmt_span(t0, t1)} have mean probability {mean:.2f} "
                        f"(below {th.mean_word_prob:.2f})")
            if low >= th.low_word_share:
                return (f"{low:.0%} of the words in {fmt_span(t0, t1)} are below probability "
                        f"{th.low_word_prob:.2f}")
        if garbled is not None:
            return (f"the {role} turn at {fmt_time(garbled[0])} has words of mean probability "
                    f"{garbled[1]:.2f} (below {th.mean_word_prob:.2f}): the step may be there, "
                    f"misheard")
        stutter = STUTTER.search(stream.enc, lo, hi) if self.lang.chinese else None
        if stutter is not None:
            s, _ = stream.time_span(stutter.start(), stutter.end())
            return (f"the ASR repeated 「{stream.norm[stutter.start():stutter.start() + len(stutter.group(1))]}」"
                    f" three times at {fmt_time(s)}: what was said there is lost")
        if self.speech_source() == "audio" and any(t.words for t in self.turns):
            # The audio has this role talking here but Whisper gave (almost) no words: they
            # were lost, not unsaid.
            heard = sum(_clip(s, e, t0, t1) for s, e, _ in self.speech(role))
            worded = sum(_clip(stream.turns[i].start, stream.turns[i].end, t0, t1)
                          for i in stream.turn_indexes(lo, hi))
            if heard >= 1.0 and worded < th.min_word_coverage * heard:
                return (f"only {worded:.1f} s of the {heard:.1f} s of {role} speech in "
                        f"{fmt_span(t0, t1)} has words (Whisper lost the rest)")
            units = sum(self.lang.units(stream.norms[i]) for i in stream.turn_indexes(lo, hi))
            if heard >= 2.0 and units < th.min_units_per_speech_s * heard:
                return (f"{heard:.1f} s of {role} speech in {fmt_span(t0, t1)} but only {units} "
                        f"{'characters' if self.lang.chinese else 'words'} (Whisper lost words)")
        overlaps = self.overlaps()
        if overlaps and t1 > t0:
            share = sum(_clip(s, e, t0, t1) for s, e in overlaps) / (t1 - t0)
            if share > th.heavy_overlap:
                return (f"{share:.0%} of {fmt_span(t0, t1)} is overlapping speech "
                        f"(above {th.heavy_overlap:.0%})")
        return None

    def _prob_stats(self, turn: Turn) -> tuple[float, int, int]:
        """Sum of word probabilities, word count and unreliable-word count of a turn."""
        key = id(turn)
        stats = self._turn_probs.get(key)
        if stats is None:
            probs = [w.prob for w in turn.words if spoken(w)]
            stats = self._turn_probs[key] = (
                sum(probs), len(probs), sum(p < self.thresholds.low_word_prob for p in probs))
        return stats

    def gaps(self, min_s: float) -> list[tuple[float, float]]:
        """Stretches of at least ``min_s`` seconds where nobody speaks (audio when present)."""
        if self._breaks is None:
            # Every pause between merged stretches of speech, in one pass over the speech
            # (sorted by start): a pause is where a start comes after every end so far.
            breaks: list[tuple[float, float]] = []
            latest = None
            for s, e, _ in self.speech():
                if latest is None:
                    latest = e
                elif s > latest:
                    breaks.append((latest, s))
                    latest = e
                elif e > latest:
                    latest = e
            self._breaks = breaks
        return [(a, b) for a, b in self._breaks if b - a >= min_s]

    def has_hold_music(self, start: float, end: float) -> bool:
        """Whether the gap [start, end] was loud with nobody speaking (``hold_music_db`` or
        more above the call's quiet), as the metrics measured the listed silence covering most
        of it; False for a call whose metrics have no ``sound_db``."""
        best, level = 0.0, None
        for span in (self.call.metrics.silences if self.call.metrics else None) or []:
            shared = min(end, span["end"]) - max(start, span["start"])
            if shared > best and span.get("sound_db") is not None:
                best, level = shared, float(span["sound_db"])
        return level is not None and best >= 0.5 * (end - start) \
            and level >= self.thresholds.hold_music_db

    def words_prob(self, stream: Stream, start: int, end: int) -> Optional[float]:
        """Mean word probability under stream characters [start, end) (None without words)."""
        probs = [w.prob for w in stream.words_in(start, end) if spoken(w)]
        return sum(probs) / len(probs) if probs else None


def _clip(s: float, e: float, t0: float, t1: float) -> float:
    """Seconds of [s, e] inside [t0, t1]."""
    return max(min(e, t1) - max(s, t0), 0.0)


def fmt_time(t: Optional[float]) -> str:
    if t is None:
        return "--:--"
    m, s = divmod(max(t, 0.0), 60)
    return "%02d:%04.1f" % (m, s)


def fmt_span(t0: float, t1: float) -> str:
    return f"{fmt_time(t0)}–{fmt_time(t1)}"


def excerpt(stream: Stream, start: int, end: int, width: int = 24) -> str:
    """The transcript around stream characters [start, end), with the match in 【】."""
    ti = stream.turn_at(start)
    off = stream.offsets[ti]
    # Masked before it is cut: a number the window cuts in two would no longer look like one.
    norm = mask_text(stream.norms[ti])
    a, b = start - off, min(end - off, len(norm))
    left = norm[max(a - width, 0):a]
    right = norm[b:b + width]
    return (("…" if a > width else "") + left + "【" + norm[a:b] + "】" + right
            + ("…" if b + width < len(norm) else ""))


class Rule:
    """Base of all rule types. Subclasses set ``type_name`` and ``params``."""

    type_name: ClassVar[str] = ""
    params: ClassVar[dict[str, Param]] = {}
    roles: ClassVar[tuple[str, ...]] = ("agent", "customer", "any")
    summary: ClassVar[str] = ""
    measures: ClassVar[str] = ""
    """What this type's outcomes locate in the call, whatever their verdict (``hold``: the
    holds; ``interruption``): ``RulePack.measures`` lists, counts and sums their spans into
    the call's metrics, so the report's timeline shows exactly what the rules judged."""
    min_fuzzy_syllables: ClassVar[int] = 2
    """Rules that deduct when a phrase is *present* raise this: a near match on a short word
    is more likely another word than a misheard one."""

    def __init__(self, spec: RuleSpec, lang: Lang, variables: dict[str, Any],
                 thresholds: Thresholds, message_language: str,
                 intents: Optional[IntentBook] = None):
        self.spec = spec
        self.intents = intents
        self.lang = lang
        self.variables = variables
        self.thresholds = thresholds
        self.p = spec.params
        self.message = spec.message.get(message_language) or next(iter(spec.message.values()))
        self.setup()

    def setup(self) -> None:
        """Compile parameters (phrase sets, regexes) once per pack load."""

    def phrases(self, name: str, fuzzy: Optional[bool] = None) -> PhraseSet:
        return self.phrase_set(self.p.get(name) or [], fuzzy)

    def phrase_set(self, values: Any, fuzzy: Optional[bool] = None,
                   min_fuzzy_syllables: Optional[int] = None,
                   keep_initials: bool = False, strict_near: bool = False) -> PhraseSet:
        """A phrase list of the pack compiled: strings are phrases, ``{intent: NAME}`` items
        the pack intent of that name (matched by its example sentences)."""
        if isinstance(values, (str, dict)):
            values = [values]
        intents = [self.intents[v["intent"]] for v in values
                   if isinstance(v, dict) and self.intents is not None]
        return PhraseSet([v for v in values if isinstance(v, str)], self.lang, self.variables,
                         self.thresholds.similarity,
                         fuzzy=self.p.get("fuzzy", True) if fuzzy is None else fuzzy,
                         min_fuzzy_syllables=min_fuzzy_syllables or self.min_fuzzy_syllables,
                         intents=intents, keep_initials=keep_initials, strict_near=strict_near)

    def resemblance(self, values: Any) -> Callable[[Stream, int], bool]:
        """Whether a turn sounds enough like a step (its phrases and ``{intent: NAME}`` items,
        loosened by ``LOOSER``) to be it misheard: ``EvalContext.uncertainty``'s
        ``could_hold``."""
        if isinstance(values, (str, dict)):
            values = [values]
        phrases = PhraseSet([v for v in values if isinstance(v, str)], self.lang, self.variables,
                            self.thresholds.similarity * LOOSER)
        intents = [self.intents[v["intent"]] for v in values
                   if isinstance(v, dict) and self.intents is not None]

        def could_hold(stream: Stream, index: int) -> bool:
            lo = stream.offsets[index]
            hi = lo + len(stream.norms[index])
            if phrases and phrases.search(stream, lo, hi) is not None:
                return True
            for intent in intents:
                best = intent.book.scores(stream, intent, lo, hi)[0]
                if len(best) and best.max() >= intent.threshold * LOOSER:
                    return True
            return False

        return could_hold

    @property
    def id(self) -> str:
        return self.spec.id

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        raise NotImplementedError

    def derived_examples(self) -> dict[str, list[dict[str, Any]]]:
        """Example cases (pass/fail/review, as in the pack) built from data the rule reads
        beyond the pack, so ``rules test`` checks that data too."""
        return {}

    def data_files(self) -> list[Path]:
        """Files the rule reads beyond the pack; their contents count in the pack's hash."""
        return []

    def explain_lines(self) -> list[str]:
        """What ``rules explain`` shows beyond the parameters (e.g. the KB facts checked)."""
        return []

    # -- outcome builders -----------------------------------------------------------------

    def outcome(self, status: str, *, start: Optional[float] = None, end: Optional[float] = None,
                role: Optional[str] = None, evidence: str = "", reason: str = "",
                points: Optional[float] = None, **detail: Any) -> Outcome:
        spec = self.spec
        if status == "pass":
            points = 0.0
        elif points is None:
            points = spec.points
        return Outcome(spec.id, status, spec.severity, points, self.message, start=start,
                       end=end, role=role if role in _ROLES else None, evidence=evidence,
                       detail={k: v for k, v in detail.items() if v is not None},
                       reason=reason)

    def hit(self, **kw: Any) -> Outcome:
        return self.outcome("hit", **kw)

    def passed(self, **kw: Any) -> Outcome:
        return self.outcome("pass", **kw)

    def review(self, reason: str, **kw: Any) -> Outcome:
        return self.outcome("review", reason=reason, **kw)

    def match_detail(self, stream: Stream, m: Match) -> dict[str, Any]:
        return {"phrase": m.phrase, "matched": mask_text(m.text), "similarity": m.similarity,
                "match": m.kind, "intent": m.intent or None}

    def unreliable_match(self, ctx: EvalContext, stream: Stream, m: Match) -> Optional[str]:
        """Why a step recognised only by its similarity to an intent's examples proves
        nothing: its words are below ``fuzzy_hit_prob`` (a near sentence made of misheard
        words may be anything). None for phrase matches and for clear words."""
        if m.kind != "intent":
            return None
        prob = ctx.words_prob(stream, m.start, m.end)
        limit = ctx.thresholds.fuzzy_hit_prob
        if prob is None or prob >= limit:
            return None
        return (f"「{m.text}」 is like 「{m.phrase}」 ({describe_match(m)}) but its words have "
                f"mean probability {prob:.2f} (below {limit:.2f})")

    def match_evidence(self, stream: Stream, m: Match, role: str, what: str = "") -> tuple[str, float, float]:
        t0, t1 = stream.time_span(m.start, m.end)
        how = "" if m.kind == "exact" else f" ≈ 「{m.phrase}」 ({describe_match(m)})"
        text = f"{fmt_span(t0, t1)} {role}: {excerpt(stream, m.start, m.end)}{how}"
        return (f"{what}{text}" if what else text), t0, t1


def describe_match(m: Match) -> str:
    """How a match was made, for evidence: ``fuzzy, similarity 0.88`` or, for an intent,
    ``intent identity_check, similarity 0.61`` (the closest example is quoted beside it)."""
    kind = f"intent {m.intent}" if m.kind == "intent" else m.kind
    return f"{kind}, similarity {m.similarity:.2f}"


def window_bounds(ctx: EvalContext, stream: Stream, window: Optional[dict[str, Any]],
                  role: Optional[str] = None) -> tuple[float, float, str]:
    """[t0, t1] of a window spec relative to the role's speech, and a label for evidence.

    ``first_seconds``/``last_seconds`` count from the role's first speech / back from its
    last, where speech is the audio segments when present (Whisper may have lost the words)
    and speech of unknown role counts too (it may be this role's); ``first_turns`` /
    ``last_turns`` take whole turns. No window = the whole call.
    """
    end_of_call = ctx.end_of_call
    if not window:
        return 0.0, end_of_call, "the call"
    turns = stream.turns
    bounds = ctx.speech_bounds(role or turns[0].role) if turns else None
    if bounds is None:
        return 0.0, end_of_call, "the call"
    if "first_seconds" in window:
        t0 = bounds[0]
        return t0, t0 + float(window["first_seconds"]), f"the first {window['first_seconds']:g} s"
    if "last_seconds" in window:
        t1 = bounds[1]
        return max(0.0, t1 - float(window["last_seconds"])), t1, f"the last {window['last_seconds']:g} s"
    if not turns:
        return 0.0, end_of_call, "the call"
    if "first_turns" in window:
        n = int(window["first_turns"])
        chosen = turns[:n]
        return chosen[0].start, chosen[-1].end, f"the first {n} turn(s)"
    if "last_turns" in window:
        n = int(window["last_turns"])
        chosen = turns[-n:]
        return chosen[0].start, chosen[-1].end, f"the last {n} turn(s)"
    return 0.0, end_of_call, "the call"


WINDOW_KEYS = ("first_seconds", "last_seconds", "first_turns", "last_turns")


SUPPOSED_REACH = 8
"""Characters before a phrase, in its clause, where a what-if or near-miss word makes it one."""
_CLAUSE_END = "\n，。！？,.!?；;"


def supposed(stream: Stream, words: PhraseSet, m: Match, reach: int = SUPPOSED_REACH) -> bool:
    """Whether one of ``words`` (要是, 万一, 差点就…) leads ``m`` in its clause: the match is
    then supposed or narrowly missed (要是卡被冻结了, 差点就打到他私人卡上), not done."""
    lo = max(0, m.start - reach)
    before = stream.norm[lo:m.start]
    lo += max(before.rfind(c) for c in _CLAUSE_END) + 1
    return lo < m.start and words.search(stream, lo, m.start) is not None


def said_in(stream: Stream, lo: int, hi: int, limit: int = 40) -> str:
    """What the role said in a window, shortened, for 'absent' evidence."""
    text = stream.norm[lo:hi].replace("\n", " / ")
    text = mask_text(text)  # before cutting, as in excerpt()
    return text if len(text) <= limit else text[:limit] + "…"


def outside_contexts(found: Sequence[Match], contexts: Sequence[Match]) -> list[Match]:
    """The matches no context match wholly covers (a rule's ``allowed_contexts``: 我不知道您
    in 我不知道您是否…, 回撤 in 上回撤评)."""
    return [m for m in found if not any(a.start <= m.start and m.end <= a.end for a in contexts)]


def first_match_time(stream: Stream, phrases: PhraseSet, after: float = 0.0,
                     before: Optional[float] = None) -> Optional[tuple[Match, float, float]]:
    lo, hi = stream.window(after, before if before is not None else 1e12)
    m = phrases.search(stream, lo, hi)
    if m is None:
        return None
    t0, t1 = stream.time_span(m.start, m.end)
    return m, t0, t1


def all_matches(stream: Stream, phrases: PhraseSet, t0: float = 0.0,
                t1: float = 1e12) -> Sequence[Match]:
    lo, hi = stream.window(t0, t1)
    return phrases.finditer(stream, lo, hi)
