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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from qa_toolkit import audio as audio_mod
from qa_toolkit.types import Call, CallMeta, Hook, SpeakerSegment, Word, no_hook

logger = logging.getLogger(__name__)


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
    pyannote_pipeline: Optional[str] = None
    pyannote_token: Optional[str] = None
    role_confidence_min: float = 0.6
    """Below this the call is flagged for human review instead of trusted."""
    allow_download: bool = False
    keep_pii: bool = False
    """Keep customer card/ID/phone numbers unmasked in the call (and so in its JSON)."""

    def effective_threads(self) -> int:
        return self.threads or (os.cpu_count() or 1)


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
        from qa_toolkit.scoring import load_scorecard
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
        self.scorecard = load_scorecard(self.options.scorecard or self._default_scorecard())
        # The pack's vocabulary biases decoding towards its language: only use it on calls
        # in that language (Chinese hotwords turn English speech into Chinese text).
        # Hotwords, not an initial prompt: measured on samples/ with batched decoding, a
        # prompt of script sentences made Whisper skip whole 20 s chunks that repeated it
        # (CER 0.51 vs 0.10 on c01), while hotwords fixed 工号/恒通 with no loss.
        same_language = self.options.language == self.pack.language
        self.transcriber = Transcriber(TranscribeOptions(
            model=self.options.model, language=self.options.language,
            hotwords=(" ".join(self.pack.hotwords()) or None) if same_language else None,
            beam_size=self.options.beam_size, batch_size=self.options.batch_size,
            cpu_threads=threads, allow_download=self.options.allow_download))
        self._ready = True
        return self

    def _default_scorecard(self) -> Optional[str]:
        path = Path(self.pack.path).with_suffix(".scorecard.yaml") if getattr(self.pack, "path", None) else None
        return str(path) if path and path.is_file() else None

    @property
    def model_label(self) -> str:
        return self.transcriber.model_ref.name

    def process(self, path: Path, meta: CallMeta) -> Call:
        from qa_toolkit import speakers
        from qa_toolkit.metrics import compute_metrics
        from qa_toolkit.provenance import as_saved, build_provenance
        from qa_toolkit.scoring import score_call

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

        side_by_side = self.options.overlap_stages and self.options.effective_threads() >= 2
        diar_options = speakers.DiarizationOptions(
            backend=self.options.diarization, num_speakers=self.options.num_speakers,
            threads=1 if side_by_side else self.options.effective_threads(),
            pyannote_pipeline=self.options.pyannote_pipeline,
            pyannote_token=self.options.pyannote_token)

        def diarize() -> tuple[object, float]:
            started = time.perf_counter()
            result = speakers.diarize(audio16.samples, audio16.sample_rate, diar_options)
            return result, time.perf_counter() - started

        with ExitStack() as stack:
            pending = None
            if side_by_side:
                pool = stack.enter_context(ThreadPoolExecutor(1, "qa-toolkit-speakers"))
                pending = pool.submit(diarize)
            transcript = self.transcriber.transcribe(audio16.mono())
            mark("asr")
            self.hook("asr", transcript)
            try:
                diarization, diarize_s = pending.result() if pending else diarize()
            except ValueError as exc:
                raise StageError("speakers", str(exc)) from None
        timings["diarize_busy"] = round(diarize_s, 3)

        agent_channel = meta.agent_channel if meta.agent_channel is not None else self.options.agent_channel
        if decoded.channels < 2:
            agent_channel = None
        words, outside = drop_words_outside_speech(transcript.words, diarization.segments)
        turns = speakers.attribute_words(words, diarization)
        roles = speakers.assign_roles(turns, diarization, agent_channel=agent_channel,
                                      agent_cues=self.pack.agent_cues())
        mark("speakers")
        self.hook("speakers", roles)

        metrics = compute_metrics(audio16.samples, audio16.sample_rate, turns, roles.speech,
                                  decoded.duration_s, transcript.language)
        metrics["asr_dropped_words"] = dict(transcript.dropped, outside_speech=outside)
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
        config = asdict(self.options)
        config.pop("threads")  # cores do not change results; the JSON must not differ by them
        config.pop("overlap_stages")
        asr_options = {k: v for k, v in transcript.options.items() if k != "cpu_threads"}
        call.provenance = dict(build_provenance(path, self.options.model, self.pack, config,
                                                self.scorecard),
                               decoder=decoded.codec, asr_options=asr_options)
        # Judge the call exactly as its JSON will read back (rounded, masked), so that
        # `qa-toolkit verify` re-derives the very same verdicts from the saved transcript.
        call = as_saved(call, self.options.keep_pii)
        outcomes = self.pack.evaluate(call, pass_evidence=False)  # only hits/reviews are kept
        call.hits = [o for o in outcomes if o.status == "hit"]
        call.review = [o for o in outcomes if o.status == "review"]
        if call.review:
            call.flags.append("needs_review")
        call.score = score_call(outcomes, self.scorecard)
        mark("rules")
        call.timings = timings
        self.hook("call", call)
        return call
