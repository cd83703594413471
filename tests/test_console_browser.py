"""The review console in a real headless Chromium (Debian's, driven by Playwright) against a
`qa-toolkit serve` started by the test: the flow of QA, agent, supervisor and compliance."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from console_fixtures import PASSWORD, build_store, serving
from conftest import BROWSER_TESTS

pytestmark = BROWSER_TESTS


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("console_browser"))
    with serving(db) as (port, _):
        yield f"http://127.0.0.1:{port}"


class Session:
    """One user's browser context, logged in; collects console errors (CSP violations)."""

    def __init__(self, browser, base_url: str, name: str):
        self.context = browser.new_context(base_url=base_url, accept_downloads=True)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.goto("/login")
        self.page.fill("input[name=name]", name)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("#login-form button[type=submit]")
        self.page.wait_for_url("**/calls")

    def score(self) -> float:
        return float(self.page.inner_text("#score"))

    def close(self) -> None:
        self.context.close()
        assert self.problems == []


def test_review_flow_in_the_browser(browser, base_url):
    # QA: search a phrase the customer said, open the call, overturn a hit with a note.
    qa = Session(browser, base_url, "wang")
    qa.page.fill("#q", "根本没有消费")
    qa.page.click("#search")
    links = qa.page.locator("a.call-link")
    assert links.all_inner_texts() == ["c08_upset_customer-stereo"]
    links.first.click()
    before = qa.score()
    row = qa.page.locator("#hit-0")
    row.locator("select[name=decision]").select_option("overturn")
    row.locator("input[name=note]").fill("客户情绪由系统故障引起，坐席已安抚")
    row.locator("button[type=submit]").click()
    qa.page.wait_for_load_state("load")
    assert qa.score() == before + 5
    assert "客户情绪由系统故障引起" in qa.page.inner_text("#trail")
    qa.close()

    # The agent disputes one hit of their own call; first, the evidence's time seeks the
    # recording (a real WAV) to the hit.
    agent = Session(browser, base_url, "A01")
    agent.page.goto("/call?id=m-a01-1")
    seek = agent.page.locator("#hit-1 button.seek")
    agent.page.wait_for_function("document.getElementById('player').readyState >= 1")
    seek.click()
    at = agent.page.evaluate("document.getElementById('player').currentTime")
    assert abs(at - float(seek.get_attribute("data-seek"))) < 0.5 and at > 5
    agent.page.goto("/call?id=m-a01-2")
    assert agent.score() == 90
    row = agent.page.locator("#hit-1")
    row.locator("form.dispute input[name=note]").fill("这句是复述客户原话")
    row.locator("form.dispute button").click()
    agent.page.wait_for_load_state("load")
    assert "#" in agent.page.inner_text("#hit-1 .state")
    agent.close()

    # The supervisor finds it in the queue and accepts it: the deduction goes.
    supervisor = Session(browser, base_url, "zhao")
    supervisor.page.goto("/queue")
    supervisor.page.click("#queue a[href*='m-a01-2']")
    form = supervisor.page.locator("form.resolve")
    form.locator("select[name=outcome]").select_option("accept")
    form.locator("input[name=note]").fill("录音核实，申诉成立")
    form.locator("button").click()
    supervisor.page.wait_for_load_state("load")
    assert supervisor.score() == 95
    assert supervisor.page.locator("form.resolve").count() == 0
    supervisor.close()

    # Compliance downloads the rule statistics as XLSX.
    compliance = Session(browser, base_url, "he")
    compliance.page.goto("/export")
    compliance.page.select_option("select[name=what]", "hits")
    compliance.page.select_option("select[name=by]", "rule")
    compliance.page.select_option("select[name=format]", "xlsx")
    with compliance.page.expect_download() as info:
        compliance.page.click("#download")
    assert info.value.suggested_filename == "hits-by-rule.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(info.value.path().read_bytes())).active
    assert sheet.cell(1, 1).value == "rule_id" and sheet.max_row > 3
    compliance.close()

    # Another agent cannot open that agent's call.
    other = Session(browser, base_url, "A02")
    response = other.page.goto("/call?id=m-a01-1")
    assert response.status == 403
    assert re.search("不是您的通话", other.page.inner_text("#error-message"))
    other.problems.clear()  # the 403 itself is logged by Chromium as a failed resource
    other.close()
