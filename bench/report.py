"""Render time and size of the HTML reports: per-call pages, and the dashboard for 5,000 calls.

    .venv/bin/python bench/report.py [--calls OUT/calls] [--n 5000] [--browser]

Template calls come from ``--calls`` (call JSONs of a real run; default ``out/calls`` or
``tests/data/pipeline_calls``), else from the report tests' builder. The batch is those calls
cycled with new ids, 200 agents, 8 teams and 6 months. ``--browser`` also times opening the
index in Debian's headless chromium and sorting its 5,000-row calls table.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from qa_toolkit.report import ReportOptions, render_call_page, render_index
from qa_toolkit.types import Call

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


def template_calls(folder: Path | None) -> tuple[list[dict], str]:
    for candidate in ([folder] if folder else [ROOT / "out" / "calls",
                                               ROOT / "tests" / "data" / "pipeline_calls"]):
        files = sorted(candidate.glob("*.json")) if candidate and candidate.is_dir() else []
        if files:
            return [json.loads(p.read_text(encoding="utf-8")) for p in files], str(candidate)
    make_call = _fixtures().make_call
    return [make_call(f"t{i}", repeat=r) for i, r in enumerate((1, 5, 20, 60))], "report_fixtures"


def _fixtures():
    """The report tests' call builder (``tests/report_fixtures.py``)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import report_fixtures

    return report_fixtures


def batch(templates: list[dict], n: int) -> list[dict]:
    calls = []
    for i in range(n):
        call = copy.deepcopy(templates[i % len(templates)])
        call.update(call_id=f"C{i:06d}", agent_id=f"A{i % 200:03d}", team=f"T{i % 8}",
                    started_at=f"2026-{6 + i % 6:02d}-{1 + i % 28:02d}T10:00:00")
        call["score"] = max(0.0, min(100.0, (call.get("score") or 90) - (i * 7919) % 35 + 15))
        calls.append(call)
    return calls


def open_in_browser(index: Path) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.goto(index.as_uri(), wait_until="load")
        loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        # Click the score header and force the layout, timed inside the page.
        sorted_ms = page.evaluate("""() => {
            const started = performance.now();
            document.querySelectorAll('#calls th')[5].click();
            document.body.getBoundingClientRect();
            return performance.now() - started; }""")
        browser.close()
    return loaded / 1000, sorted_ms / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=Path, help="folder of call JSONs to use as templates")
    parser.add_argument("--n", type=int, default=5000, help="calls in the dashboard batch")
    parser.add_argument("--browser", action="store_true", help="also time chromium")
    args = parser.parse_args()

    templates, origin = template_calls(args.calls)
    print(f"templates: {len(templates)} calls from {origin}")
    options = ReportOptions()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        render_call_page(Call.from_dict(templates[0]), out, options)  # parse templates once
        times, sizes = [], []
        for call in [Call.from_dict(c) for c in templates]:
            started = time.perf_counter()
            page = render_call_page(call, out, options)
            times.append(time.perf_counter() - started)
            sizes.append(page.stat().st_size)
        turns = max(len(c.get("turns") or []) for c in templates)
        print(f"per-call page: {1000 * statistics.fmean(times):.1f} ms mean, "
              f"{1000 * max(times):.1f} ms max; size {statistics.fmean(sizes) / 1024:.1f} KB "
              f"mean, {max(sizes) / 1024:.1f} KB max (limit 300 KB; up to {turns} turns)")

        # Worst case for the size limit: a 30-minute call with 302 turns and 151 findings.
        page = render_call_page(Call.from_dict(_fixtures().make_call("long", repeat=150)), out,
                                options)
        print(f"30-minute call page (302 turns, 151 findings): {page.stat().st_size / 1024:.1f} KB")

        calls = [Call.from_dict(c) for c in batch(templates, args.n)]
        started = time.perf_counter()
        index = render_index(out, calls, [{"file": "bad.wav", "stage": "decode",
                                           "reason": "empty file (0 bytes)"}], options)
        elapsed = time.perf_counter() - started
        agents = list((out / "agents").glob("*.html"))
        print(f"index for {len(calls)} calls: {elapsed:.2f} s to render (with "
              f"{len(agents)} agent pages and compliance.html); index.html "
              f"{index.stat().st_size / 1024:.0f} KB, compliance.html "
              f"{(out / 'compliance.html').stat().st_size / 1024:.0f} KB")
        if args.browser:
            loaded, sorted_s = open_in_browser(index)
            print(f"chromium: index loaded in {loaded:.2f} s; sorting the {len(calls)}-row "
                  f"calls table took {sorted_s:.2f} s")


if __name__ == "__main__":
    main()
