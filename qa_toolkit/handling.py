"""Where a call's time went: agent talk, customer talk, hold and other silence.

Read from the call JSON's metrics (``talk_s`` per role and ``silence_total_s`` from the audio,
``hold_total_s`` from the pack's hold rule: silences the agent announced or thanked for). The
history store keeps these seconds per call; an agent's share is their calls' seconds over
their calls' duration (a long call weighs more, as it does in handling time), and the team's
figure beside it is the median of its agents' shares.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Iterable, Optional

from qa_toolkit.types import Call

SHARES = ("agent_talk", "customer_talk", "hold", "silence")
"""The parts of a call's time, in the order reports show them."""


@dataclass(frozen=True)
class CallTimes:
    """One call's seconds by part; None where the call JSON does not say (older runs)."""

    duration_s: Optional[float]
    agent_talk_s: Optional[float]
    customer_talk_s: Optional[float]
    hold_s: Optional[float]
    silence_s: Optional[float]
    """Silence between anyone's speech that was not a hold (dead air, pauses)."""

    def as_row(self) -> tuple[Optional[float], ...]:
        return (self.agent_talk_s, self.customer_talk_s, self.hold_s, self.silence_s)


def call_times(call: Call) -> CallTimes:
    metrics = call.metrics
    talk = metrics.talk_s
    silence, hold = metrics.silence_total_s, metrics.hold_total_s
    if silence is not None and hold is not None:
        silence = round(max(0.0, silence - hold), 2)
    return CallTimes(call.duration_s,
                     None if talk is None else talk.get("agent"),
                     None if talk is None else talk.get("customer"), hold, silence)


@dataclass(frozen=True)
class Share:
    """One part of the time: this agent's share and the median of their team's agents."""

    part: str
    share: Optional[float]
    team_median: Optional[float]


def shares(calls: Iterable[CallTimes]) -> dict[str, Optional[float]]:
    """Seconds of each part over the duration of the calls that measured it."""
    calls = list(calls)
    out: dict[str, Optional[float]] = {}
    for i, part in enumerate(SHARES):
        known = [(c.as_row()[i], c.duration_s) for c in calls
                 if c.as_row()[i] is not None and c.duration_s]
        total = sum(d for _, d in known)
        out[part] = round(sum(s for s, _ in known) / total, 4) if total else None
    return out


def agent_shares(agent: Iterable[CallTimes],
                 team: dict[str, Iterable[CallTimes]]) -> list[Share]:
    """An agent's shares beside the median share of the agents of their team
    (``team`` maps each team agent, this one included, to their calls)."""
    mine = shares(agent)
    per_agent = [shares(calls) for calls in team.values()]
    out = []
    for part in SHARES:
        values = [s[part] for s in per_agent if s[part] is not None]
        out.append(Share(part, mine[part],
                         round(statistics.median(values), 4) if values else None))
    return out
