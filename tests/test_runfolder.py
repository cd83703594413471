"""The run folder: the one reader and writer of call records, and atomic writes."""

from __future__ import annotations

import json
import os

import pytest

from qa_toolkit.runfolder import (CallFileError, atomic_path, atomic_write, call_json_bytes,
                                  call_path, iter_calls, read_call, read_calls, write_call)
from qa_toolkit.types import CallMetrics
from tests.report_fixtures import make_call


def _saved(tmp_path, call_id="c1"):
    from qa_toolkit.types import Call

    call = Call.from_dict(make_call(call_id))
    write_call(tmp_path, call)
    return call


def test_a_written_call_reads_back_as_the_same_bytes(tmp_path):
    call = _saved(tmp_path)
    path = call_path(tmp_path, "c1")
    again = read_call(path)
    assert call_json_bytes(again) == path.read_bytes()
    assert again.metrics.silences == [{"start": 20.0, "end": 23.5}]
    assert again.metrics.spans("interruptions") == [(8.4, 8.5)]


@pytest.mark.parametrize("content, problem", [
    (b"{not json", "not a readable call JSON"),
    (b"\xff\xfe", "not a readable call JSON"),
    (b"[1, 2]", "not a call JSON (no call_id)"),
    (b'{"call_id": "x", "turns": [{"start": "soon"}]}', "not a call JSON"),
])
def test_a_bad_record_is_one_line_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "calls" / "bad.json"
    path.parent.mkdir()
    path.write_bytes(content)
    with pytest.raises(CallFileError) as exc:
        read_call(path)
    message = str(exc.value)
    assert message.startswith(f"{path}: {problem}") and "\n" not in message


def test_iter_calls_reports_a_bad_file_and_goes_on(tmp_path):
    _saved(tmp_path, "a1")
    _saved(tmp_path, "c3")
    (tmp_path / "calls" / "b2.json").write_text("{", encoding="utf-8")
    problems = []
    calls = read_calls(tmp_path, on_error=problems.append)
    assert [c.call_id for c in calls] == ["a1", "c3"]
    assert len(problems) == 1 and "b2.json" in str(problems[0])
    with pytest.raises(CallFileError):
        list(iter_calls(tmp_path))


def test_an_interrupted_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "summary.csv"
    atomic_write(target, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.csv"]


def test_written_files_get_the_umask_mode_not_mkstemps_private_one(tmp_path):
    umask = os.umask(0o022)
    try:
        path = atomic_write(tmp_path / "page.html", "<p>")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644


def test_metrics_read_older_and_hand_written_shapes_in_one_place():
    metrics = CallMetrics.from_dict({
        "per_role": {"agent": {"talk_time_s": 3.0, "pitch_jumps": [{"start": 1, "end": 2}]}},
        "customer": {"loudness_jumps": [[4.0, 5.0]]},
        "overlap": [[8.2, 8.9]],
        "future_measure": {"kept": True},
    })
    assert metrics.roles["agent"].talk_time_s == 3.0
    assert metrics.roles["customer"].loudness_jumps == [{"start": 4.0, "end": 5.0}]
    assert metrics.spans("overlaps") == [(8.2, 8.9)]
    assert metrics.spans("holds") == [] and metrics.holds is None
    assert metrics.to_dict()["future_measure"] == {"kept": True}


def test_metrics_as_the_pipeline_writes_them_round_trip_exactly():
    data = {"duration_s": 66.84, "asr_unworded_speech_s": 0, "talk_s": {"agent": 39.4},
            "roles": {"agent": {"talk_time_s": 39.4, "speech_rate": None,
                                "loudness_dbfs": -21.8, "pitch_median_hz": None,
                                "pitch_range_hz": None, "loudness_series": [
                                    {"dbfs": -21.4, "start": 0.6}],
                                "loudness_jumps": [], "pitch_jumps": []}},
            "silences": [{"end": 35.86, "start": 30.84}], "hold_count": 1}
    assert json.dumps(CallMetrics.from_dict(data).to_dict(), sort_keys=True) == \
        json.dumps(data, sort_keys=True)
    assert CallMetrics().to_dict() == {}
