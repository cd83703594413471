"""``types.r2`` must equal ``round(x, 2)`` bit for bit: published times, and the rules' verdicts
on them, depend on it (``verify`` re-derives hits from the JSON)."""

from __future__ import annotations

import math
import random
import struct

from qa_toolkit.types import r2


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


def test_r2_is_round_to_two_decimals_bit_for_bit():
    rng = random.Random(2026)
    values = [rng.uniform(-10, 7200) for _ in range(400_000)]
    values += [round(rng.uniform(0, 7200), 2) for _ in range(200_000)]  # already published
    values += [k / 1000 for k in range(0, 7_200_000, 5)][:400_000]     # ties: x.xx5
    values += [k / 100 + 0.005 for k in range(-1000, 1000)]
    values += [0.0, -0.0, -0.001, -0.004, 0.004, 0.005, -0.005, 1e-300, 1e15, 1e300,
               math.inf, -math.inf, 3, True]
    for v in values:
        assert _bits(r2(v)) == _bits(round(float(v) + 0.0, 2)), v
    assert math.isnan(r2(math.nan))
