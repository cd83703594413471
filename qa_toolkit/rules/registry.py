"""The one table of rule types: a pack's ``type:`` names a class here."""

from __future__ import annotations

from qa_toolkit.rules.base import Rule
from qa_toolkit.rules.types.abnormal_hangup import AbnormalHangup
from qa_toolkit.rules.types.conditional import Conditional
from qa_toolkit.rules.types.emotion import Emotion
from qa_toolkit.rules.types.fact_check import FactCheck
from qa_toolkit.rules.types.handling_time import HandlingTime
from qa_toolkit.rules.types.interruption import Interruption
from qa_toolkit.rules.types.jargon import Jargon
from qa_toolkit.rules.types.keyword_alert import KeywordAlert
from qa_toolkit.rules.types.phrase_forbidden import PhraseForbidden
from qa_toolkit.rules.types.phrase_required import PhraseRequired
from qa_toolkit.rules.types.regex import RegexRule
from qa_toolkit.rules.types.repetition import Repetition
from qa_toolkit.rules.types.sequence import Sequence
from qa_toolkit.rules.types.silence import DeadAir, Hold
from qa_toolkit.rules.types.speech_rate import SpeechRate

RULE_TYPES: dict[str, type[Rule]] = {cls.type_name: cls for cls in (
    PhraseRequired, PhraseForbidden, Sequence, Conditional, Interruption, DeadAir, Hold,
    SpeechRate, Jargon, Emotion, KeywordAlert, RegexRule, FactCheck, Repetition, AbnormalHangup,
    HandlingTime,
)}
