"""Call JSONs for the history-store, matrix and export tests.

``template_calls`` gives call JSONs to vary: the real pipeline outputs of ``samples/`` in
``tests/data/pipeline_calls/`` (the 12 stereo calls of ``qa-toolkit run samples/ --out out/``,
copied as written), else calls built from ``qa_toolkit.types``. ``write_history`` turns them into a
centre's months: each generated call is a real call with another agent, team, date and set of
hits (hits taken from the real calls' own hits, cycled), so the store sees real evidence,
turns and metrics while the test knows exactly how many hits every call has.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from qa_toolkit.types import Call, CallMeta, CallScore, Outcome, Turn, Word

PIPELINE_CALLS = Path(__file__).parent / "data" / "pipeline_calls"

FLAT_SCORECARD = {"id": "flat5", "version": "1", "deduct_from": "severity",
                  "by_severity": {"info": 5, "minor": 5, "major": 5, "critical": 5}}
"""Every hit costs 5 points and nothing is capped: a call with k hits scores 100 − 5k."""


def built_call(call_id: str, hits: list[Outcome], agent_id: str = "A00", team: str = "T1",
               started_at: str = "2026-11-02T09:00:00+08:00") -> Call:
    """A small call of the public contract, made from the shared dataclasses."""
    turns = [Turn("S0", "agent", 0.0, 3.2, "您好，XX银行，工号8027，很高兴为您服务",
                  [Word(0.0, 3.2, "您好，XX银行，工号8027，很高兴为您服务", 0.93)]),
             Turn("S1", "customer", 3.5, 6.0, "我想查一下信用卡账单",
                  [Word(3.5, 6.0, "我想查一下信用卡账单", 0.9)])]
    call = Call(call_id=call_id, source=f"{call_id}.flac", duration_s=6.0, channels=2,
                sample_rate=8000, model="base", language="zh",
                rule_pack={"id": "bank_zh", "version": "1"}, turns=turns,
                meta=CallMeta(call_id, agent_id, team, started_at, "card", "normal"), hits=hits)
    call.score = CallScore(score=100 - sum(h.points for h in hits), deductions=0)
    return call


def built_templates() -> list[dict[str, Any]]:
    hit = lambda rule, sev, pts, t, ev: Outcome(rule, "hit", sev, pts, rule, t, t + 1.5,  # noqa: E731
                                                 "agent", ev)
    return [
        built_call("t1", [hit("greeting.staff_id_missing", "major", 5, 0.0,
                              "00:00.00 坐席: 您好，XX银行 (未报工号)"),
                          hit("etiquette.jargon", "minor", 2, 12.3, "00:12.30 坐席: 年化收益率")]
                   ).to_dict(),
        built_call("t2", [hit("etiquette.interruption", "minor", 2, 20.0,
                              "00:20.00 坐席打断客户 0.8 s"),
                          hit("closing.missing", "major", 5, 58.0, "00:58.00 未致谢道别")]
                   ).to_dict(),
    ]


def template_calls(folder: Optional[Path] = None) -> list[dict[str, Any]]:
    """Real pipeline call JSONs from ``folder`` (default tests/data/pipeline_calls), if any."""
    folder = folder or PIPELINE_CALLS
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    return [json.loads(f.read_text(encoding="utf-8")) for f in files] or built_templates()


@dataclass
class AgentMonth:
    """What one agent did in one month: the hits of each call and the other components."""

    hits_per_call: list[int]
    mystery_shopper: Optional[float] = None
    csat: Optional[float] = None
    peer: Optional[float] = None


def write_history(out: Path, templates: list[dict[str, Any]],
                  plan: dict[tuple[str, str], AgentMonth], teams: dict[str, str]) -> Path:
    """Write OUT/calls/*.json for every (agent, month) of ``plan`` and the component CSVs.

    Calls cycle through the templates; hits cycle through all the templates' hits (real
    evidence), so a call with k planned hits carries exactly k hits. Returns ``out``.
    """
    pool = [h for t in templates for h in t["hits"]]
    if not pool:
        raise ValueError("the template calls have no hits to vary")
    calls_dir = out / "calls"
    calls_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    for (agent, month), am in sorted(plan.items()):
        for i, k in enumerate(am.hits_per_call):
            call = copy.deepcopy(templates[n % len(templates)])
            call_id = f"{agent}-{month}-{i:02d}"
            call.update(call_id=call_id, agent_id=agent, team=teams[agent],
                        started_at=f"{month}-{1 + i % 28:02d}T{9 + i % 8:02d}:15:00+08:00",
                        hits=[dict(pool[(n + j) % len(pool)]) for j in range(k)], review=[])
            (calls_dir / f"{call_id}.json").write_text(
                json.dumps(call, ensure_ascii=False), encoding="utf-8")
            n += 1
    for kind in ("mystery_shopper", "csat", "peer"):
        lines = ["agent_id,period,score"] + [
            f"{agent},{month},{getattr(am, kind):g}"
            for (agent, month), am in sorted(plan.items()) if getattr(am, kind) is not None]
        (out / f"{kind}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
