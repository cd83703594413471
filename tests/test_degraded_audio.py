"""Issue "Trust": worse audio must lead to "cannot assess", never to a false deduction."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile as sf

from qa_toolkit.pipeline import CallPipeline, PipelineOptions
from qa_toolkit.types import CallMeta

REQUIRED_PHRASE_RULES = {"greeting.missing", "greeting.staff_id_missing", "closing.missing",
                         "identity.not_verified", "risk.disclosure_missing"}


@pytest.fixture(scope="module")
def pipeline():
    return CallPipeline(PipelineOptions())


def _degrade(src, dst, snr_db: float, gain_db: float) -> None:
    audio, rate = sf.read(src, dtype="float32", always_2d=True)
    rng = np.random.default_rng(11)
    speech_power = float(np.mean(audio ** 2))
    noise = rng.standard_normal(audio.shape).astype(np.float32)
    noise *= np.sqrt(speech_power / 10 ** (snr_db / 10))
    sf.write(dst, (audio + noise) * 10 ** (gain_db / 20), rate)


def test_clean_call_degraded_gets_review_not_deductions(pipeline, samples_dir, samples_out,
                                                       tmp_path):
    source = samples_dir / "mono" / "c01_clean-mono.ogg"
    # The clean call as the shared samples run judged it (same pipeline, same options).
    clean = json.loads((samples_out / "calls" / "c01_clean-mono.json").read_text("utf-8"))
    assert not {h["rule_id"] for h in clean["hits"]} & REQUIRED_PHRASE_RULES

    noisy = tmp_path / "c01_noisy.wav"
    _degrade(source, noisy, snr_db=-3.0, gain_db=-20.0)
    degraded = pipeline.process(noisy, CallMeta(call_id="noisy"))
    false_deductions = {h.rule_id for h in degraded.hits} & REQUIRED_PHRASE_RULES
    assert false_deductions == set(), [h.evidence for h in degraded.hits]
    review = {o.rule_id: o.reason for o in degraded.review}
    assert review.keys() & REQUIRED_PHRASE_RULES, (review, [w.prob for w in degraded.words][:40])
    assert all(review[r] for r in review)
    assert "needs_review" in degraded.flags
