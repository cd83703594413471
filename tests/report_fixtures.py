"""Call JSON dicts for the report tests, built from the real types (``Call.to_dict()``).

The dialogue follows the bank's call flow; ``hostile=True`` puts a script tag in the
customer's words and a spreadsheet formula in the agent id, as an attacker with a phone (or
a CRM field) could.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np
import soundfile as sf

from qa_toolkit.types import Call, CallMeta, CallMetrics, CallScore, Outcome, Turn, Word

SCRIPT = "<script>alert(1)</script>"
FORMULA_AGENT = '=HYPERLINK("http://x","y")'
CARD = "6222021234567890128"
"""A Luhn-valid 19-digit card number, read out by the customer."""
MASKED_CARD = "6222***********0128"


def write_wav(path: Path, seconds: float = 40.0, rate: int = 8000) -> Path:
    """A real stereo telephone-rate recording (two tones, one per party)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    t = np.arange(int(seconds * rate)) / rate
    sf.write(path, np.stack([0.1 * np.sin(2 * np.pi * 440 * t),
                             0.1 * np.sin(2 * np.pi * 300 * t)], axis=1), rate)
    return path


def _turn(role: str, start: float, chunks: list[str], step: float = 0.25) -> Turn:
    """One turn whose words are ``chunks`` spoken ``step`` seconds apart."""
    words = [Word(start + i * step, start + (i + 1) * step, text, 0.92)
             for i, text in enumerate(chunks)]
    return Turn("S0" if role == "agent" else "S1", role, start, words[-1].end,
                "".join(chunks), words)


def make_call(call_id: str = "c001", *, source: Optional[Path] = None, agent_id: str = "A01",
              team: str = "一线一组", started_at: str = "2026-11-03T09:30:00",
              hostile: bool = False, score: float = 85.0, review: bool = True,
              repeat: int = 1) -> dict:
    """A call JSON dict. ``repeat`` > 1 makes a long call (the dialogue body n times)."""
    agent = FORMULA_AGENT if hostile else agent_id
    customer_words = ["我", "的", "卡", "号", "是", *[CARD[i:i + 4] for i in range(0, 19, 4)]]
    if hostile:
        customer_words += ["，", SCRIPT]
    turns = [_turn("agent", 0.5, ["您好", "，", "XX", "银行", "，", "很", "高兴", "为您", "服务"])]
    hits = [Outcome("greeting.staff_id_missing", "hit", "minor", 5.0, "开场未报工号",
                    role="agent", evidence="0:00 坐席：“您好，XX银行” 之后没有工号")]
    t = 4.0
    for _ in range(repeat):
        turns.append(_turn("customer", t, customer_words))
        turns.append(_turn("agent", t + 4.5, ["这个", "是", "系统", "问题", "，", "你", "自己",
                                              "去", "网点", "办"]))
        # The forbidden phrase is words 5..9 of that agent turn.
        start = t + 4.5 + 5 * 0.25
        hits.append(Outcome("etiquette.forbidden_phrase", "hit", "major", 10.0,
                            "服务禁语：你自己去网点办", start, start + 5 * 0.25, "agent",
                            f"{start:.2f}s 坐席：“你自己去网点办”（客户卡号 {CARD}）"))
        t += 12.0
    turns.append(_turn("agent", t, ["请问", "还有", "其他", "可以", "帮您", "的", "吗"]))
    outcomes = [] if not review else [
        Outcome("emotion.customer_negative", "review", "info", 0.0, "客户情绪无法判断",
                4.0, 6.0, "customer", "4.00s 客户：音量过低", reason="词置信度低")]
    duration = max(40.0, t + 4.0)
    call = Call(
        call_id=call_id, source=str(source or Path(f"/nonexistent/{call_id}.wav")),
        duration_s=duration, channels=2, sample_rate=8000, model="whisper-base",
        language="zh", rule_pack={"id": "bank_zh", "version": "1.2.0"}, turns=turns,
        meta=CallMeta(call_id, agent, team, started_at, "card", "VIP"),
        diarization={"backend": "channel", "role_confidence": 0.97}, hits=hits,
        review=outcomes, score=CallScore(score, 100 - score),
        metrics=CallMetrics.from_dict({
            "silences": [[20.0, 23.5]], "overlaps": [{"start": 8.2, "end": 8.9}],
            "interruptions": [{"start": 8.4, "end": 8.5}],
            "talk_s": {"agent": 12.3, "customer": 9.1}}),
        flags=["review"] if review else [])
    return call.to_dict()
