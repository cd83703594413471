"""tools/oracle_transcripts.py: a generator's dialogue judged as its own transcript."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "oracle_transcripts.py"


def _tool():
    spec = importlib.util.spec_from_file_location("oracle_transcripts", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_dialogue_becomes_a_call_with_its_labels():
    tool = _tool()
    spec = {"call_id": "x01", "business_type": "card", "customer_tier": "standard",
            "turns": [{"role": "agent", "text": "您好。"}, {"silence": 9.0, "kind": "hold"},
                      {"role": "customer", "text": "我的卡被盗刷了，我要报警。",
                       "marks": [{"rule_id": "risk.keyword_alert", "note": ""}]}],
            "violations": [{"rule_id": "closing.missing", "note": ""}]}
    call, labels = tool.as_call(spec)
    assert labels == {"risk.keyword_alert", "closing.missing"}
    assert [t.role for t in call.turns] == ["agent", "customer"]
    # The silence is kept as time between the turns, one word per character.
    assert call.turns[1].start - call.turns[0].end > 9.0
    assert "".join(w.text for w in call.turns[1].words) == "我的卡被盗刷了，我要报警。"


def test_samples_judged_as_text():
    out = subprocess.run([sys.executable, str(TOOL), "--until", "1", "--rule", "closing.missing"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    micro = next(line for line in out.splitlines() if line.startswith("micro")).split()
    tp, fp, fn = int(micro[2]), int(micro[4]), int(micro[6])
    # samples/ and heldout/ label missing closings; their text is what the pack was written for.
    assert tp >= 5 and fp + fn <= 2
