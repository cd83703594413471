"""Truth files that a run is measured against (``qa-toolkit eval``), in three formats:

- ``samples/truth/<id>.json``: ``call_id``, ``files`` {variant: recording path},
  ``turns`` [{role, start, end, text}], ``violations`` [{rule_id, start, end}] (planted);
- a CSV QA staff fill in: ``call_id, rule_id, verdict (hit|pass), reviewer``;
- NIST STM transcripts (speakers and words only), such as pyannote's English sample.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from qa_toolkit.types import Word

_VERDICTS = {"hit": True, "pass": False, "1": True, "0": False, "yes": True, "no": False,
             "true": True, "false": False, "违规": True, "合格": False}
_CSV_COLUMNS = ("call_id", "rule_id", "verdict", "reviewer")
_TRUTH_SUFFIXES = (".json", ".csv", ".stm")


class EvalError(ValueError):
    """Truth or run input that cannot be used; one line naming the file and the problem."""


@dataclass
class TruthTurn:
    role: str
    start: float
    end: float
    text: str
    speaker: str = ""
    """Optional speaker label; DER falls back to the role when absent."""


@dataclass
class TruthCall:
    call_id: str
    turns: list[TruthTurn] = field(default_factory=list)
    violations: list[tuple[str, float, float]] = field(default_factory=list)
    """Planted (rule_id, start, end)."""
    files: dict[str, str] = field(default_factory=dict)
    """Variant (stereo, mono) → recording path."""
    language: str = ""
    rules_judged: bool = True
    """``violations`` lists every violation (a truth JSON); False for a bare transcript."""
    business_type: str = ""
    """Why the customer called, as the truth says (measures the topic from content)."""


@dataclass
class Label:
    """One reviewer's verdict on one rule of one call."""

    call_id: str
    rule_id: str
    hit: bool
    reviewer: str


@dataclass
class Truth:
    calls: dict[str, TruthCall] = field(default_factory=dict)
    labels: list[Label] = field(default_factory=list)


def _read_truth_json(path: Path) -> TruthCall:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        call = TruthCall(
            call_id=str(data.get("call_id") or path.stem),
            turns=[TruthTurn(str(t.get("role", "unknown")), float(t["start"]), float(t["end"]),
                             str(t.get("text", "")), str(t.get("speaker") or ""))
                   for t in data.get("turns") or []],
            violations=[(str(v["rule_id"]), float(v.get("start") or 0.0),
                         float(v.get("end") or 0.0)) for v in data.get("violations") or []],
            files={str(k): str(v) for k, v in (data.get("files") or {}).items() if v},
            language=str(data.get("language") or ""),
            business_type=str(data.get("business_type") or "").lower())
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EvalError(f"{path}: not a truth file ({type(exc).__name__}: {exc})") from None
    return call


def _read_truth_stm(path: Path) -> list[TruthCall]:
    """NIST STM transcripts (``file channel speaker start end text``), e.g. pyannote's sample:
    speakers and words without roles or planted violations."""
    calls: dict[str, TruthCall] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith(";;"):
            continue
        parts = line.split(maxsplit=5)
        try:
            turn = TruthTurn("unknown", float(parts[3]), float(parts[4]),
                             parts[5] if len(parts) > 5 else "", parts[2])
        except (IndexError, ValueError):
            raise EvalError(f"{path}:{number}: not an STM line "
                            "(file channel speaker start end text)") from None
        calls.setdefault(parts[0], TruthCall(parts[0], rules_judged=False)).turns.append(turn)
    return list(calls.values())


def _read_labels_csv(path: Path) -> list[Label]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            fields = [c.strip().lower() for c in reader.fieldnames or []]
            missing = [c for c in _CSV_COLUMNS if c not in fields]
            if missing:
                raise EvalError(f"{path}: missing column(s) {', '.join(missing)} "
                                f"(need {', '.join(_CSV_COLUMNS)})")
            labels = []
            for line, row in enumerate(reader, start=2):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                if not any(row.values()):
                    continue
                verdict = _VERDICTS.get(row["verdict"].lower())
                if verdict is None or not row["call_id"] or not row["rule_id"]:
                    raise EvalError(f"{path}:{line}: need call_id, rule_id and verdict hit|pass "
                                    f"(got {row['verdict']!r})")
                labels.append(Label(row["call_id"], row["rule_id"], verdict,
                                    row["reviewer"] or "reviewer"))
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror})") from None
    return labels


def truth_words(turns: list[dict[str, Any]]) -> list[Word]:
    """The text of truth turns as words, one character each, spread evenly over its turn:
    what diarization and role logic can be scored on without ASR errors."""
    words = []
    for t in turns:
        chars = [c for c in t["text"] if not c.isspace()]
        step = (t["end"] - t["start"]) / max(1, len(chars))
        words += [Word(t["start"] + i * step, t["start"] + (i + 1) * step, c, 1.0)
                  for i, c in enumerate(chars)]
    return words


def load_truth(paths: Iterable[Path]) -> Truth:
    """Truth JSON files, STM transcripts and label CSVs, from files or folders."""
    truth = Truth()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.suffix.lower() in _TRUTH_SUFFIXES)
            if not files:
                raise EvalError(f"{path}: no truth *.json, *.stm or labels *.csv in this folder")
        elif path.is_file():
            files = [path]
        else:
            raise EvalError(f"{path}: no such file or folder")
        for file in files:
            if file.suffix.lower() == ".csv":
                truth.labels.extend(_read_labels_csv(file))
            elif file.suffix.lower() == ".stm":
                truth.calls.update((c.call_id, c) for c in _read_truth_stm(file))
            else:
                call = _read_truth_json(file)
                truth.calls[call.call_id] = call
    return truth
