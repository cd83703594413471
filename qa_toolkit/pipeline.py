"""One call, end to end: decode → words → turns with roles → metrics → outcomes → score.

A pipeline is built once per worker (models and the rule pack load once) and then processes
many recordings. Stages report through the hook; the pipeline itself never prints.
"""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import numpy as np

from qa_toolkit import audio as audio_mod
from qa_toolkit.types import Call, CallMeta, Hook, SpeakerSegment, Word, no_hook

if TYPE_CHECKING:
    from qa_toolkit.transcribe import Transcript

logger = logging.getLogger(__name__)


NOT_RESULT_OPTIONS = ("threads", "overlap_stages")
"""PipelineOptions fields that decide how a call is computed, never what comes out."""


@dataclass
class PipelineOptions:
    rules: str = "bank_zh"
    """Rule pack name (in rules/) or path to a pack YAML."""
    scorecard: Optional[str] = None
    """Scorecard YAML; default: the one next to the rule pack, else 100 − points."""
    model: str = "whisper-base"
    """ASR model name or folder."""
    language: Optional[str] = "zh"
    """Call language (ISO code) or None to detect."""
    diarization: str = "auto"
    """auto | channel | embedded | pyannote."""
    agent_channel: Optional[int] = None
    """For stereo: which channel is the agent (metadata per call overrides)."""
    num_speakers: Optional[int] = 2
    threads: int = 0
    """CPU threads for this worker's ASR and speaker models; 0 = all cores."""
    overlap_stages: bool = True
    """With 2+ threads, diarize on one thread while ASR decodes. ASR keeps ~15% of its
    cores idle (feature extraction, VAD and word alignment are serial): measured on a 67 s
    mono call on 2 cores, ASR + diarization took 14.3 s side by side vs 16.1 s in turn.
    Results do not change: diarization then always runs on one torch thread."""
    batch_size: int = 8
    """Batched ASR decoding (0 = sequential)."""
    beam_size: int = 5
    hotwords: bool = False
    """Bias decoding with the pack's `asr.hotwords`. Off: measured on samples/ they were
    written into quiet channels as the list itself (words nobody said) and made CER swing
    both ways on noisy audio; with them on, a segment reciting them is dropped (`bias_echo`)."""
    redecode: bool = True
    """Decode speech that came out without words (or as a loop) a second time, on its own."""
    lost_speech_s: float = 4.0
    lost_speech_share: float = 0.15
    """A call whose speech has this many seconds, or this share, still without words after
    the second decode is flagged `speech_lost`: a human must listen before it is trusted."""
    pyannote_pipeline: Optional[str] = None
    pyannote_token: Optional[str] = None
    role_confidence_min: float = 0.6
    """Below this the call is flagged for human review instead of trusted."""
    allow_download: bool = False
    keep_pii: bool = False
    """Keep customer card/ID/phone numbers unmasked in the call (and so in its JSON)."""

    def effective_threads(self) -> int:
        return self.threads or (os.cpu_count() or 1)

    def result_options(self) -> dict:
        """The options that can change a call's results: the provenance of every call JSON
        and the batch fingerprint that decides whether a finished call is run again. How
        many cores a worker has (``threads``) and whether it diarizes beside ASR
        (``overlap_stages``) are not among them (tests/test_engines.py holds results equal)."""
        options = asdict(self)
        for how_not_what in NOT_RESULT_OPTIONS:
            options.pop(how_not_what)
        return options


class StageError(RuntimeError):
    """A call failed in a named stage; message is one line."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage


def drop_words_outside_speech(words: list[Word], speech: list[SpeakerSegment],
                              tolerance: float = 0.3) -> tuple[list[Word], int]:
    """Whisper invents text over silence and music: keep only words that touch speech."""
    if not speech:
        return words, 0
    spans = sorted((s.start - tolerance, s.end + tolerance) for s in speech)
    kept = []
    for w in words:
        if any(a < w.end and w.start < b for a, b in spans):
            kept.append(w)
    return kept, len(words) - len(kept)


def unworded_speech(speech: list[SpeakerSegment], words: list[Word],
                    per_speaker: bool) -> list[tuple[float, float]]:
    """Stretches of speech (≥ 1 s) with no word; per speaker when each word's speaker is
    its channel, else over all speech (a mono diarizer's overlaps would count twice)."""
    from qa_toolkit.transcribe import speech_without_words

    if not per_speaker:
        return speech_without_words([(s.start, s.end) for s in speech], words, min_s=1.0)
    out: list[tuple[float, float]] = []
    for speaker in sorted({s.speaker for s in speech}):
        out += speech_without_words([(s.start, s.end) for s in speech if s.speaker == speaker],
                                    [w for w in words if w.speaker == speaker], min_s=1.0)
    return out


def lost_speech(lost: list[tuple[float, float]], speech: list[SpeakerSegment],
                min_s: float, min_share: float) -> bool:
    total = sum(s.end - s.start for s in speech)
    unworded = sum(b - a for a, b in lost)
    return unworded >= min_s or (total > 0 and unworded / total >= min_share)


def silence_outside(wave: np.ndarray, speech: list[SpeakerSegment], sample_rate: int,
                    pad_s: float = 0.3) -> np.ndarray:
    """The channel with everything but its party's speech (padded) set to zero, so that the
    ASR's own VAD and decoder never see the other party's bleed or the line noise."""
    kept = np.zeros_like(wave)
    for seg in speech:
        a = max(0, int((seg.start - pad_s) * sample_rate))
        b = min(len(wave), int((seg.end + pad_s) * sample_rate))
        kept[a:b] = wave[a:b]
    return kept


def drop_bleed_words(words: list[Word], channels: np.ndarray, channel: int, sample_rate: int,
                     margin_db: float = 15.0) -> tuple[list[Word], int]:
    """Drop words whose audio is much louder on another channel at that time: the other
    party's echo on this line, which would otherwise be written twice."""
    from qa_toolkit.speakers.channel import frame_db

    step = 0.02
    db = np.stack([frame_db(ch, int(step * sample_rate)) for ch in channels])
    others = np.delete(db, channel, axis=0)
    last = db.shape[1] - 1
    kept = []
    for w in words:
        a = min(int(w.start / step), last)
        b = max(a + 1, min(int(np.ceil(w.end / step)), last + 1))
        if db[channel, a:b].max() >= others[:, a:b].max() - margin_db:
            kept.append(w)
    return kept, len(words) - len(kept)


@dataclass
class CallPipeline:
    options: PipelineOptions
    hook: Hook = no_hook
    _ready: bool = field(default=False, init=False)

    def load(self) -> "CallPipeline":
        """Load models and packs once; cheap to call again."""
        if self._ready:
            return self
        import torch
        from threadpoolctl import threadpool_limits

        from qa_toolkit.rules import load_pack
        from qa_toolkit.scoring import scorecard_for_pack
        from qa_toolkit.transcribe import TranscribeOptions, Transcriber

        threads = self.options.effective_threads()
        # ASR may use all of the worker's threads (the runner divides cores among workers);
        # the speaker models either use them too, after ASR, or one thread beside it
        # (overlap_stages), where they mostly fill the cycles ASR's serial phases leave idle.
        torch.set_num_threads(threads)
        # numpy's BLAS sums in a thread-count-dependent order (Whisper's mel filterbank is a
        # matmul): one BLAS thread everywhere keeps the results identical whatever the
        # engine, worker count or OMP_NUM_THREADS of the process.
        threadpool_limits(limits=1, user_api="blas")
        from qa_toolkit import metrics, speakers

        speakers.preload()
        metrics.warm_up()
        self.pack = load_pack(self.options.rules)
        self.scorecard = scorecard_for_pack(self.pack.path, self.options.scorecard)
        # No initial prompt: measured on samples/ with batched decoding, a prompt of script
        # sentences made Whisper skip whole 20 s chunks that repeated it (CER 0.51 vs 0.10 on
        # c01). Hotwords only when asked for, and only on calls in the pack's language
        # (Chinese hotwords turn English speech into Chinese text).
        use_hotwords = self.options.hotwords and self.options.language == self.pack.language
        self.transcriber = Transcriber(TranscribeOptions(
            model=self.options.model, language=self.options.language,
            hotwords=(" ".join(self.pack.hotwords()) or None) if use_hotwords else None,
            beam_size=self.options.beam_size, batch_size=self.options.batch_size,
            cpu_threads=threads, allow_download=self.options.allow_download,
            redecode=self.options.redecode))
        self._ready = True
        return self

    def _recover_channels(self, channels: np.ndarray, diarization, transcript: "Transcript",
                          words: list[Word]) -> tuple[list[Word], "Transcript"]:
        """Stereo: where a party's channel has speech but the mix gave that party no words
        (lost by the decoder, or drowned under the other party in an interruption), decode
        that stretch again from the party's own channel; the new words are that party's."""
        added: list[Word] = []
        replaced: set[int] = set()
        dropped = dict(transcript.dropped)
        redecoded = list(transcript.redecoded)
        for c, wave in enumerate(channels):
            label = f"ch{c}"
            own = [s for s in diarization.segments if s.speaker == label]
            if not own:
                continue
            mine = [w for w in words if w.speaker == label]
            # Where the mix's decode looped, the party's whole turns there are decoded again
            # from its own channel and those words taken when they pass the guards: what the
            # loop guard left is the loop's remnant (often the other party's words repeated,
            # as confident as a loop is), and it spans more of the turn than the repeats it
            # dropped. On the stereo calls of the saved runs that looped (18, both ISAs), CER
            # went from 29.1 % / 29.0 % to 26.9 % / 26.9 % (AVX-512 / AVX2).
            loops = sorted({(s.start, s.end) for a, b in transcript.loop_spans
                            for s in own if a < s.end and s.start < b})
            alone = replace(transcript, words=mine, loop_spans=loops, redecoded=[],
                            dropped={k: 0 for k in transcript.dropped})
            part = self.transcriber.recover(silence_outside(wave, own, 16000), alone,
                                            [(s.start, s.end) for s in own],
                                            own_channel=True)
            known = {id(w) for w in mine}
            # Stretched words (transcribe.is_stretched) the channel's decode replaced.
            replaced |= known - {id(w) for w in part.words}
            new, n_outside = drop_words_outside_speech([w for w in part.words if id(w) not in known], own)
            new, n_bleed = drop_bleed_words(new, channels, c, 16000)
            for w in new:
                w.speaker = label
            added += new
            for k, v in part.dropped.items():
                dropped[k] = dropped.get(k, 0) + v
            dropped["bleed"] = dropped.get("bleed", 0) + n_bleed
            dropped["outside_speech"] = dropped.get("outside_speech", 0) + n_outside
            redecoded += [dict(r, channel=label) for r in part.redecoded]
        merged = sorted([w for w in words if id(w) not in replaced] + added,
                        key=lambda w: (w.start, w.end))
        return merged, replace(transcript, dropped=dropped, redecoded=redecoded)

    @property
    def model_label(self) -> str:
        return self.transcriber.model_ref.name

    def process(self, path: Path, meta: CallMeta) -> Call:
        from qa_toolkit import speakers
        from qa_toolkit.judge import judge
        from qa_toolkit.metrics import compute_metrics
        from qa_toolkit.provenance import as_saved, build_provenance
        from qa_toolkit.runfolder import as_saved_record

        self.load()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()

        def mark(stage: str) -> None:
            nonlocal t0
            now = time.perf_counter()
            timings[stage] = round(now - t0, 3)
            t0 = now

        try:
            decoded = audio_mod.decode(path)
        except audio_mod.AudioError as exc:
            raise StageError("decode", str(exc)) from None
        audio16 = audio_mod.resample(decoded)
        mark("decode")
        self.hook("decode", decoded)

        by_channel = decoded.channels >= 2 and self.options.diarization in ("auto", "channel")
        side_by_side = (self.options.overlap_stages and not by_channel
                        and self.options.effective_threads() >= 2)
        diar_options = speakers.DiarizationOptions(
            backend=self.options.diarization, num_speakers=self.options.num_speakers,
            threads=1 if side_by_side else self.options.effective_threads(),
            pyannote_pipeline=self.options.pyannote_pipeline,
            pyannote_token=self.options.pyannote_token)

        def diarize() -> tuple[object, float]:
            started = time.perf_counter()
            try:
                result = speakers.diarize(audio16.samples, audio16.sample_rate, diar_options)
            except ValueError as exc:
                raise StageError("speakers", str(exc)) from None
            return result, time.perf_counter() - started

        # One transcript of the mix, for stereo too. Measured on samples/ (both CTranslate2
        # ISAs): decoding each channel alone raised CER from 13.6% to 17.2%, since a window
        # holding both sides of the dialogue decodes each side better; the channels are
        # used instead to say whose each word is and to recover what the mix lost.
        with ExitStack() as stack:
            pending = None
            if side_by_side:
                pool = stack.enter_context(ThreadPoolExecutor(1, "qa-toolkit-speakers"))
                pending = pool.submit(diarize)
            transcript = self.transcriber.transcribe(audio16.mono())
            diarization, diarize_s = pending.result() if pending else diarize()
        if by_channel:
            words, outside = drop_words_outside_speech(transcript.words, diarization.segments)
            words = speakers.label_words(words, diarization)
            words, transcript = self._recover_channels(audio16.samples, diarization,
                                                       transcript, words)
            turns = speakers.channel_turns(words, diarization)
        else:
            transcript = self.transcriber.recover(
                audio16.mono(), transcript, [(s.start, s.end) for s in diarization.segments])
            words, outside = drop_words_outside_speech(transcript.words, diarization.segments)
            turns = speakers.attribute_words(words, diarization)
        mark("asr")
        self.hook("asr", transcript)
        timings["diarize_busy"] = round(diarize_s, 3)

        agent_channel = meta.agent_channel if meta.agent_channel is not None else self.options.agent_channel
        if decoded.channels < 2:
            agent_channel = None
        roles = speakers.assign_roles(turns, diarization, agent_channel=agent_channel,
                                      agent_cues=self.pack.agent_cues(),
                                      role_words=self.pack.role_words())
        mark("speakers")
        self.hook("speakers", roles)

        metrics = compute_metrics(audio16.samples, audio16.sample_rate, turns, roles.speech,
                                  decoded.duration_s, transcript.language)
        metrics.asr_dropped_words = dict(
            transcript.dropped, outside_speech=transcript.dropped.get("outside_speech", 0) + outside)
        metrics.asr_redecoded = transcript.redecoded
        lost = unworded_speech(diarization.segments, words, per_speaker=by_channel)
        metrics.asr_unworded_speech_s = round(sum(b - a for a, b in lost), 2)
        mark("metrics")

        call = Call(
            call_id=meta.call_id, source=str(Path(path).resolve()), duration_s=decoded.duration_s,
            channels=decoded.channels, sample_rate=decoded.sample_rate,
            model=self.model_label, language=transcript.language,
            rule_pack={"id": self.pack.id, "version": str(self.pack.version),
                       "sha256": self.pack.sha256},
            turns=turns, meta=meta, speech=roles.speech,
            diarization={"backend": diarization.backend, "speakers": diarization.speakers,
                         "roles": roles.mapping, "role_confidence": round(roles.confidence, 3),
                         "role_method": roles.method, "role_reasons": roles.reasons,
                         "agent_channel": agent_channel},
            metrics=metrics,
        )
        if roles.confidence < self.options.role_confidence_min:
            call.flags.append("low_role_confidence")
        if lost_speech(lost, diarization.segments, self.options.lost_speech_s,
                       self.options.lost_speech_share):
            call.flags.append("speech_lost")
        config = self.options.result_options()
        asr_options = {k: v for k, v in transcript.options.items() if k != "cpu_threads"}
        call.provenance = dict(build_provenance(path, self.options.model, self.pack, config,
                                                self.scorecard),
                               decoder=decoded.codec, asr_options=asr_options)
        # Judge the call exactly as its JSON will read back (rounded, masked), so that
        # `qa-toolkit verify` re-derives the very same verdicts from the saved transcript.
        saved = as_saved(call, self.options.keep_pii)
        # The verdicts' own times are computed, not read: hand back the call as its record
        # reads back, so the page rendered now is the page `qa-toolkit report` renders later.
        call = as_saved_record(judge(saved, self.pack, self.scorecard).applied(saved))
        mark("rules")
        call.timings = timings
        self.hook("call", call)
        return call
