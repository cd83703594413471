"""The report pages in a real headless Chromium (Debian's, driven by Playwright) from file://.

Install the browser with ``tools/install_browser.sh``; without /usr/bin/chromium these tests
are skipped (Playwright's own browser download is not reachable offline).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_toolkit.report import ReportOptions, render_call_page, render_index
from qa_toolkit.report.names import page_name
from conftest import BROWSER_TESTS
from report_fixtures import FORMULA_AGENT, SCRIPT, make_call, write_wav
from qa_toolkit.types import Call

EXTRA_CALLS = 120

pytestmark = BROWSER_TESTS


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    """A small OUT folder: three agents, a hostile call, real audio, one failed file."""
    root = tmp_path_factory.mktemp("report")
    out = root / "out"
    calls = [
        make_call("c1", source=write_wav(root / "rec" / "c1.wav"), agent_id="A02", score=91),
        make_call("c2", source=write_wav(root / "rec" / "c2.wav"), agent_id="A01", score=64),
        make_call("c3", source=write_wav(root / "rec" / "c3.wav"), agent_id="A03", score=78,
                  team="二线"),
        make_call("evil", source=write_wav(root / "rec" / "evil.wav"), hostile=True, score=70),
    ]
    for call in calls:
        render_call_page(Call.from_dict(call), out, ReportOptions())
    # Enough calls for the dashboard's call list to need a second page.
    extra = [make_call(f"x{i:03d}", agent_id="A04", score=float(40 + (i * 37) % 60),
                       review=False) for i in range(EXTRA_CALLS)]
    render_index(out, [Call.from_dict(c) for c in calls + extra], [{"file": "broken.wav", "stage": "decode",
                                       "reason": "not a readable audio file"}],
                 ReportOptions())
    return out


class Page:
    """A page plus every console error, uncaught exception and dialog it produced."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page()
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def open_page(browser):
    pages: list[Page] = []

    def opener(path: Path) -> Page:
        pages.append(Page(browser, path))
        return pages[-1]

    yield opener
    for page in pages:
        page.close()


def _all_pages(out: Path) -> list[Path]:
    return [out / "index.html", out / "compliance.html", *sorted((out / "calls").glob("*.html")),
            *sorted((out / "agents").glob("*.html"))]


def test_pages_load_without_console_errors(out_dir, open_page):
    pages = _all_pages(out_dir)
    assert len(pages) == 2 + 4 + 5
    for path in pages:
        page = open_page(path)
        page.page.wait_for_timeout(200)
        assert page.problems == [], (path.name, page.problems)


def _audio_ready(page) -> None:
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=10000)
    assert page.evaluate("document.getElementById('player').duration") == pytest.approx(40.0,
                                                                                      abs=0.1)


def _current_time(page) -> float:
    return page.evaluate("document.getElementById('player').currentTime")


def test_clicking_a_hit_seeks_the_audio(out_dir, open_page):
    page = open_page(out_dir / "calls" / "c2.html").page
    _audio_ready(page)
    mark = page.locator("#transcript mark").first
    start = float(mark.get_attribute("data-seek"))
    assert start > 5
    assert _current_time(page) == 0
    mark.click()
    page.wait_for_function(f"Math.abs(document.getElementById('player').currentTime - {start})"
                           " < 0.5", timeout=5000)

    # The time button of the deduction table and the timeline marker seek the same way.
    page.evaluate("document.getElementById('player').pause()")
    row_button = page.locator("#deductions button.seek").first
    row_start = float(row_button.get_attribute("data-seek"))
    page.evaluate("document.getElementById('player').currentTime = 0")
    row_button.click()
    assert abs(_current_time(page) - row_start) < 0.5
    page.evaluate("document.getElementById('player').pause()")
    page.evaluate("document.getElementById('player').currentTime = 0")
    page.locator("#timeline g[data-seek]").last.dispatch_event("click")
    last = float(page.locator("#timeline g[data-seek]").last.get_attribute("data-seek"))
    assert abs(_current_time(page) - last) < 0.5


def test_clicking_a_turn_seeks_to_it(out_dir, open_page):
    page = open_page(out_dir / "calls" / "c1.html").page
    _audio_ready(page)
    turn = page.locator("#turn-2")
    start = float(turn.get_attribute("data-seek"))
    turn.locator(".who").click()
    assert abs(_current_time(page) - start) < 0.5


def _column(page, table: str, index: int) -> list[str]:
    return page.eval_on_selector_all(
        f"#{table} tbody tr", f"rows => rows.map(r => r.cells[{index}].textContent.trim())")


def test_agents_table_sorts_by_clicked_header(out_dir, open_page):
    page = open_page(out_dir / "index.html").page
    header = page.locator("#agents th", has_text="平均分")
    index = page.eval_on_selector_all("#agents thead th", "ths => ths.map(t => t.textContent)"
                                      ).index(header.text_content())
    header.click()
    ascending = [float(v) for v in _column(page, "agents", index)]
    assert ascending == sorted(ascending) and len(ascending) == 5
    assert header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert [float(v) for v in _column(page, "agents", index)] == sorted(ascending, reverse=True)
    page.locator("#agents th", has_text="坐席").first.click()
    names = _column(page, "agents", 0)
    assert names == sorted(names, key=str.lower) and len(names) == 5


def test_call_list_pages_sorts_and_filters(out_dir, open_page):
    view = open_page(out_dir / "index.html")
    page = view.page
    total = 4 + EXTRA_CALLS
    assert len(_column(page, "calls", 0)) == 100
    pager = page.locator("[data-pager=calls] .range")
    assert pager.inner_text() == f"1–100 / {total}"
    page.locator("[data-pager=calls] [data-step='1']").click()
    assert len(_column(page, "calls", 0)) == total - 100
    page.locator("#calls th", has_text="得分").click()
    first_page = [float(v) for v in _column(page, "calls", 5)]
    assert pager.inner_text() == f"1–100 / {total}"
    assert first_page == sorted(first_page) and first_page[0] == 40.0
    page.locator("#calls th", has_text="得分").click()
    assert float(_column(page, "calls", 5)[0]) == 99.0
    page.locator("input[data-filter=calls]").fill("evil")
    assert _column(page, "calls", 0) == ["evil"]
    assert page.locator("#calls tbody a").get_attribute("href") == "calls/evil.html"
    assert view.problems == []


def test_hostile_text_renders_as_text(out_dir, open_page):
    page = open_page(out_dir / "calls" / f"{page_name('evil')}.html")
    assert SCRIPT in page.page.locator("#transcript").inner_text()
    assert page.page.locator("#summary a").first.inner_text() == FORMULA_AGENT
    index = open_page(out_dir / "index.html")
    assert FORMULA_AGENT in index.page.locator("#agents").inner_text()
    agent = open_page(out_dir / "agents" / f"{page_name(FORMULA_AGENT)}.html")
    assert FORMULA_AGENT in agent.page.locator("h1").inner_text()
    for p in (page, index, agent):
        p.page.wait_for_timeout(200)
        assert p.dialogs == [] and p.problems == []
    assert page.page.evaluate("document.scripts.length") == 1


def test_print_layout_hides_the_controls(out_dir, open_page):
    page = open_page(out_dir / "calls" / "c1.html").page
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.player', 'header.top', 'button.print']
        .map(s => getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none", "none", "none"]
    assert page.locator("#transcript").is_visible() and page.locator("#deductions").is_visible()
    page.emulate_media(media="screen")
    assert page.locator(".player").is_visible()
