"""Agreement between two raters on (call, rule) verdicts: Cohen's kappa.

``qa-toolkit eval`` rates the machine against each QA reviewer and reviewers against each
other; the console's calibration sessions do the same per rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

MACHINE = "machine"
"""The machine's name as a rater."""


@dataclass
class Kappa:
    """Cohen's kappa of two raters over the (call, rule) items both judged."""

    a: str
    b: str
    both_hit: int = 0
    a_only: int = 0
    b_only: int = 0
    both_pass: int = 0

    @property
    def items(self) -> int:
        return self.both_hit + self.a_only + self.b_only + self.both_pass

    @property
    def agreement(self) -> Optional[float]:
        return (self.both_hit + self.both_pass) / self.items if self.items else None

    @property
    def kappa(self) -> Optional[float]:
        """None when undefined: no items, or both raters gave every item the same label."""
        n = self.items
        if not n:
            return None
        a_hit, b_hit = self.both_hit + self.a_only, self.both_hit + self.b_only
        expected = (a_hit * b_hit + (n - a_hit) * (n - b_hit)) / (n * n)
        if expected == 1.0:
            return None
        return (self.agreement - expected) / (1.0 - expected)


def kappa(a: str, b: str, verdicts_a: dict[tuple[str, str], bool],
          verdicts_b: dict[tuple[str, str], bool]) -> Kappa:
    out = Kappa(a, b)
    for item in sorted(set(verdicts_a) & set(verdicts_b)):
        va, vb = verdicts_a[item], verdicts_b[item]
        if va and vb:
            out.both_hit += 1
        elif va:
            out.a_only += 1
        elif vb:
            out.b_only += 1
        else:
            out.both_pass += 1
    return out
