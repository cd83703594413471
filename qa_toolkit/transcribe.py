"""Words with times from faster-whisper, normalised and guarded against hallucination.

The default model on 8 kHz Mandarin writes Traditional characters, homophones for script words
and invents text over silence or music; this stage keeps the raw spelling, folds to Simplified,
and drops what the guards recognise as invented (counted, never silently).
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Optional

import numpy as np

from qa_toolkit.types import Word

logger = logging.getLogger(__name__)

HALLUCINATION_PHRASES = (
    "字幕由", "字幕提供", "字幕志愿者", "中文字幕", "请不吝点赞", "点赞订阅", "订阅转发", "打赏支持",
    "明镜与点点", "谢谢观看", "感谢观看", "谢谢大家观看", "优优独播剧场", "本期节目", "下期再见",
    "amara.org", "thank you for watching", "thanks for watching", "subtitles by",
    "please subscribe", "like and subscribe",
)
"""Lines Whisper is known to invent over silence and hold music (matched after folding)."""


STRETCHED_WORD_S = 3.0
"""No spoken word (a Chinese syllable or two, an English word) takes this long. In the saved runs
of samples/ and heldout43–54 (both ISAs), 50 words longer than 2 s had over a second of speech
under them past their first two seconds: a segment's last word stretched over what was not
decoded (8 s and more in the openings lost)."""


@dataclass
class TranscribeOptions:
    model: str = "whisper-base"
    """Model name or folder (see qa_toolkit.models.resolve)."""
    language: Optional[str] = "zh"
    """ISO code, or None to detect per call."""
    initial_prompt: Optional[str] = None
    """Text in the call's language naming the bank and its script words; biases spelling."""
    hotwords: Optional[str] = None
    """Words to bias decoding towards. Off by default: measured on samples/, they leaked into
    quiet channels as the list itself (工号持卡人身份证…, said by nobody) and made CER less
    stable, not better. Where a site turns them on, `drop_bias_echo` guards the output."""
    beam_size: int = 5
    batch_size: int = 8
    """Batched decoding measured 1.26x faster than sequential on 2 cores; 0 = sequential."""
    cpu_threads: int = 2
    vad_filter: bool = True
    no_speech_threshold: float = 0.6
    drop_no_speech_prob: float = 0.6
    """A segment whose no-speech probability is above this and whose log-prob is low is dropped."""
    drop_avg_logprob: float = -1.0
    max_repeats: int = 3
    """An n-gram repeated more times than this in a row is a decoding loop; extra copies dropped."""
    allow_download: bool = False
    """Let faster-whisper fetch a named model from a hub (off: offline by default)."""
    redecode: bool = True
    """Decode again, on its own, each stretch of speech that came out without words or whose
    words the loop guard dropped (sequential, temperature fallback, no bias words)."""
    redecode_min_s: float = 0.8
    """Speech without words shorter than this is not worth a second decode."""
    max_word_s: float = STRETCHED_WORD_S
    """A word longer than this covers no speech: Whisper stretched a segment's last word over
    speech it never decoded (您 over a caller's whole 8-second story). That speech is decoded
    again as speech without words, and the stretched word gives way to what comes back."""
    redecode_temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8)
    """faster-whisper's fallback: a hotter retry when a hypothesis is too repetitive or unlikely."""
    sampling_seed: int = 20261204
    """Seed of CTranslate2's sampler (the hotter retries sample): without one it seeds from the
    OS, and the same call, run twice, could come out with different words."""
    redecode_min_logprob: float = -1.0
    """A re-decoded segment with a lower mean token log-probability is not kept."""
    redecode_max_compression: float = 2.4
    """…nor one whose text compresses better than this (a loop)."""


@dataclass
class Transcript:
    words: list[Word]
    language: str
    language_probability: float
    duration_s: float
    options: dict[str, Any] = field(default_factory=dict)
    """The options used, echoed for provenance (like faster-whisper's TranscriptionInfo)."""
    dropped: dict[str, int] = field(default_factory=dict)
    """Words removed by each guard."""
    loop_spans: list[tuple[float, float]] = field(default_factory=list)
    """Where the loop guard dropped words: candidates for a second decode."""
    redecoded: list[dict[str, Any]] = field(default_factory=list)
    """Stretches decoded a second time: start, end, why, and whether the result was kept."""


def _fold(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text.lower())


_FOLDED_PHRASES = tuple(_fold(p) for p in HALLUCINATION_PHRASES)


def is_hallucination_phrase(text: str) -> bool:
    folded = _fold(text)
    return any(p in folded for p in _FOLDED_PHRASES)


def drop_repetition_loops(words: list[Word], max_repeats: int,
                          longest: int = 16) -> tuple[list[Word], int]:
    """Keep the first copies of an n-gram that repeats back-to-back in a decoding loop.

    Short n-grams (≤ 3 words) may repeat a little in real speech (对对对, 好的好的); a phrase
    of 4+ words said three times in a row is a loop (seen over hold music), kept once.
    """
    kept = list(words)
    dropped = 0
    for n in range(1, longest + 1):
        allowed = max_repeats if n <= 3 else 1
        trigger = max_repeats if n <= 3 else 2
        i, out = 0, []
        while i < len(kept):
            gram = [w.text for w in kept[i:i + n]]
            j = i + n
            repeats = 1
            while len(gram) == n and [w.text for w in kept[j:j + n]] == gram:
                repeats += 1
                j += n
            if repeats > trigger and any(_fold(t) for t in gram):
                out.extend(kept[i:i + n * allowed])
                dropped += (repeats - allowed) * n
                i = j
            else:
                out.append(kept[i])
                i += 1
        kept = out
    looped = _character_loops(kept)
    if looped:
        kept = [w for i, w in enumerate(kept) if i not in looped]
        dropped += len(looped)
    return kept, dropped


_CHARACTER_LOOP = re.compile(r"(.{%d,%d}?)\1{2,}" % (6, 40))
"""A stretch of 6-40 characters written three or more times back to back. Whisper splits
each copy of a loop into different words (银行|9|20|5 once, 银行|92|05 the next), so the word
n-grams above miss a long one; on the characters a copy is a copy. Real speech does not say a
phrase of six characters or more three times in a row (the short 对对对, 好的好的 are left to
the word pass)."""


def _character_loops(words: list[Word]) -> set[int]:
    """Indices of the words that are the second and later copies of a character loop (the
    first copy is kept), including a copy the loop broke off in the middle of. A word with
    characters outside the copies (the kept copy's, or speech after the loop) stays."""
    spans: list[tuple[int, int]] = []  # each word's [first, end) character
    pieces: list[str] = []
    at = 0
    for w in words:
        folded = _fold(w.text)
        pieces.append(folded)
        spans.append((at, at + len(folded)))
        at += len(folded)
    text = "".join(pieces)
    if len(text) < 18:
        return set()
    drop: set[int] = set()
    for m in _CHARACTER_LOOP.finditer(text):
        unit, start, end = m.group(1), m.start(), m.end()
        while end < len(text) and text[end] == unit[(end - start) % len(unit)]:
            end += 1
        copies_from = start + len(unit)
        drop.update(i for i, (a, b) in enumerate(spans)
                    if b > a and a >= copies_from and b <= end)
    return drop


def bias_echo_span(text: str, bias_terms: list[str], min_terms: int = 3,
                   max_gap: int = 3) -> Optional[tuple[int, int]]:
    """Where `text` recites the bias vocabulary: `min_terms` or more of the terms, in the
    order given, each within `max_gap` characters of the previous one (homophones count).

    With hotwords on, Whisper writes the list itself over a quiet channel (工号持卡人身份证…,
    said by nobody); real speech rarely strings three script terms back to back in list order.
    Returns the (first, last) character span in the normalised text, or None.
    """
    from qa_toolkit.textnorm import normalize, syllables

    norm = normalize(text)
    if not norm or not bias_terms:
        return None
    text_syl = syllables(norm)
    terms = [syllables(normalize(t)) for t in bias_terms]
    best: Optional[tuple[int, int]] = None
    for first in range(len(norm)):
        pos, count, term_index, span_start = first, 0, 0, None
        while term_index < len(terms):
            found = None
            for t in range(term_index, len(terms)):
                syl = terms[t]
                limit = pos + (max_gap if count else 0)
                for at in range(pos, min(limit, len(text_syl) - len(syl)) + 1):
                    if syl and text_syl[at:at + len(syl)] == syl:
                        found = (t, at, at + len(syl))
                        break
                if found:
                    break
            if not found:
                break
            t, at, stop = found
            span_start = at if span_start is None else span_start
            count, pos, term_index = count + 1, stop, t + 1
        if count >= min_terms and span_start is not None:
            if best is None or pos - span_start > best[1] - best[0]:
                best = (span_start, pos)
    return best


def _spans(words: list[Word], join_gap: float = 1.0) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: w.start):
        if spans and w.start - spans[-1][1] <= join_gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], w.end))
        else:
            spans.append((w.start, w.end))
    return spans


def is_stretched(word: Word, max_s: float = STRETCHED_WORD_S) -> bool:
    """Whether Whisper stretched the word over speech it did not decode (longer than ``max_s``)."""
    return word.end - word.start > max_s


def speech_without_words(speech: list[tuple[float, float]], words: list[Word],
                         min_s: float, pad_s: float = 0.3,
                         max_word_s: float = STRETCHED_WORD_S) -> list[tuple[float, float]]:
    """Stretches of speech (merged) that no word touches, at least `min_s` long. A stretched
    word (``is_stretched``) touches nothing."""
    covered = sorted((w.start - pad_s, w.end + pad_s) for w in words
                     if not is_stretched(w, max_word_s))
    out = []
    for a, b in _spans([Word(a, b, "", 1.0) for a, b in speech], join_gap=0.3):
        cursor = a
        for c, d in covered:
            if d <= cursor or c >= b:
                continue
            if c - cursor >= min_s:
                out.append((cursor, c))
            cursor = max(cursor, d)
        if b - cursor >= min_s:
            out.append((cursor, b))
    return out


def _mean_log_prob(words: list[Word]) -> float:
    return float(np.mean([np.log(max(w.prob, 1e-6)) for w in words])) if words else -np.inf


class Transcriber:
    """Loads the model once; transcribes many calls."""

    def __init__(self, options: TranscribeOptions):
        import ctranslate2
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        from qa_toolkit import models

        # Before the model's worker thread first samples: it seeds its generator then, once.
        ctranslate2.set_random_seed(options.sampling_seed)

        self.options = options
        self.model_ref = models.resolve(options.model)
        self.model = WhisperModel(self.model_ref.path, device="cpu", compute_type="int8",
                                  cpu_threads=options.cpu_threads, num_workers=1,
                                  local_files_only=not options.allow_download)
        self.batched = BatchedInferencePipeline(self.model) if options.batch_size > 0 else None

    def _words(self, segments, dropped: dict[str, int], offset: float = 0.0,
               min_logprob: Optional[float] = None,
               max_compression: Optional[float] = None) -> list[Word]:
        """Words of the segments that pass the guards; what a guard removes is counted."""
        from qa_toolkit.textnorm import to_simplified

        opts = self.options
        bias_terms = opts.hotwords.split() if opts.hotwords else []
        words: list[Word] = []
        for seg in segments:
            seg_words = [w for w in (seg.words or []) if w.word.strip()]
            text = to_simplified(seg.text)
            if is_hallucination_phrase(text):
                dropped["hallucination_phrase"] += len(seg_words)
                continue
            if seg.no_speech_prob > opts.drop_no_speech_prob and seg.avg_logprob < opts.drop_avg_logprob:
                dropped["no_speech"] += len(seg_words)
                continue
            if (min_logprob is not None and seg.avg_logprob < min_logprob) or \
                    (max_compression is not None and seg.compression_ratio > max_compression):
                dropped["redecode_rejected"] += len(seg_words)
                continue
            if bias_terms and bias_echo_span(text, bias_terms):
                dropped["bias_echo"] += len(seg_words)
                continue
            for w in seg_words:
                raw = w.word.strip()
                words.append(Word(start=float(w.start) + offset, end=float(w.end) + offset,
                                  text=to_simplified(raw), prob=float(w.probability), raw=raw))
        return words

    def transcribe(self, audio_16k: np.ndarray) -> Transcript:
        opts = self.options
        kwargs: dict[str, Any] = dict(
            language=opts.language, beam_size=opts.beam_size, temperature=0.0,
            word_timestamps=True, vad_filter=opts.vad_filter,
            initial_prompt=opts.initial_prompt, hotwords=opts.hotwords,
            no_speech_threshold=opts.no_speech_threshold,
            condition_on_previous_text=False,
        )
        if self.batched is not None:
            segments, info = self.batched.transcribe(audio_16k, batch_size=opts.batch_size, **kwargs)
        else:
            segments, info = self.model.transcribe(audio_16k, **kwargs)

        dropped = {"hallucination_phrase": 0, "no_speech": 0, "repetition": 0, "bias_echo": 0,
                   "redecode_rejected": 0}
        decoded = self._words(segments, dropped)
        words, dropped["repetition"] = drop_repetition_loops(decoded, opts.max_repeats)
        kept = {id(w) for w in words}
        loop_spans = _spans([w for w in decoded if id(w) not in kept])
        echoed = asdict(opts)
        echoed["model_path"] = self.model_ref.path
        return Transcript(words=words, language=info.language,
                          language_probability=float(info.language_probability),
                          duration_s=float(info.duration), options=echoed, dropped=dropped,
                          loop_spans=loop_spans)

    def recover(self, audio_16k: np.ndarray, transcript: Transcript,
                speech: list[tuple[float, float]], own_channel: bool = False) -> Transcript:
        """Decode again each stretch where speech has no words, or where the loop guard
        dropped words: alone, sequentially, with temperature fallback and no bias words.

        A stretch with no words keeps the new words that pass the guards; a loop stretch takes
        them only if they are more likely than the words the loop guard left, or, decoded
        from one party's own channel (``own_channel``), whenever they pass the guards: the
        channel holds that party alone, the mix's loop there was the decoder's, and its
        remnant is as confident as a loop ever is.
        """
        opts = self.options
        if not opts.redecode:
            return transcript
        rate = 16000
        total_s = len(audio_16k) / rate
        regions = [(a, b, "no_words") for a, b in
                   speech_without_words(speech, transcript.words, opts.redecode_min_s,
                                        max_word_s=opts.max_word_s)]
        regions += [(a, b, "loop") for a, b in transcript.loop_spans]
        words = list(transcript.words)
        dropped = dict(transcript.dropped)
        log = []
        for start, end, why in sorted(regions):
            a, b = max(0.0, start - 0.2), min(total_s, end + 0.2)
            piece = audio_16k[int(a * rate):int(b * rate)]
            if len(piece) < rate // 4:
                continue
            segments, _ = self.model.transcribe(
                piece, language=transcript.language, beam_size=opts.beam_size,
                temperature=list(opts.redecode_temperatures), word_timestamps=True,
                vad_filter=False, condition_on_previous_text=False,
                no_speech_threshold=opts.no_speech_threshold,
                log_prob_threshold=opts.redecode_min_logprob,
                compression_ratio_threshold=opts.redecode_max_compression)
            new = self._words(segments, dropped, offset=a, min_logprob=opts.redecode_min_logprob,
                              max_compression=opts.redecode_max_compression)
            new, looped = drop_repetition_loops(new, opts.max_repeats)
            dropped["repetition"] += looped
            new = [w for w in new if w.end > start and w.start < end]
            old = [w for w in words if w.end > start and w.start < end]
            # A stretched word over the stretch is no word heard there; the new words replace it.
            heard = [w for w in old if not is_stretched(w, opts.max_word_s)]
            keep = bool(new) and (why == "no_words" and not heard
                                  or why == "loop" and (own_channel or
                                                        _mean_log_prob(new) > _mean_log_prob(old)))
            if keep:
                words = [w for w in words if not (w.end > start and w.start < end)] + new
            log.append({"start": round(start, 2), "end": round(end, 2), "why": why,
                        "kept": keep, "words": len(new) if keep else 0})
        words.sort(key=lambda w: (w.start, w.end))
        return replace(transcript, words=words, dropped=dropped,
                       redecoded=transcript.redecoded + log)
