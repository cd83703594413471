"""Screenshots of the review console for docs/console.md, from the console tests' store.

    .venv/bin/python tools/console_screenshots.py [--out docs/screenshots]

Builds the store the console tests use (real pipeline calls + report fixtures), starts
`qa-toolkit serve` and photographs the pages in Debian's Chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from console_fixtures import PASSWORD, build_store, serving  # noqa: E402
from test_report_browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, serving(build_store(Path(tmp))) as (port, _), \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)

        def login(name: str):
            page = browser.new_context(base_url=f"http://127.0.0.1:{port}",
                                       viewport={"width": 1280, "height": 900}).new_page()
            page.goto("/login")
            page.fill("input[name=name]", name)
            page.fill("input[name=password]", PASSWORD)
            page.click("#login-form button[type=submit]")
            page.wait_for_url("**/calls")
            return page

        qa = login("wang")
        qa.fill("#q", "银行卡")
        qa.click("#search")
        qa.screenshot(path=args.out / "console_calls.png", full_page=True)
        qa.goto("/call?id=c08_upset_customer-stereo")
        row = qa.locator("#hit-0")
        row.locator("select[name=decision]").select_option("overturn")
        row.locator("input[name=note]").fill("已提前告知客户稍等")
        row.locator("button[type=submit]").click()
        qa.wait_for_load_state("load")
        qa.screenshot(path=args.out / "console_call.png", full_page=True)
        agent = login("A01")
        agent.goto("/call?id=m-a01-2")
        row = agent.locator("#hit-1")
        row.locator("form.dispute input[name=note]").fill("这句是复述客户原话")
        row.locator("form.dispute button").click()
        agent.wait_for_load_state("load")
        supervisor = login("zhao")
        supervisor.goto("/queue")
        supervisor.screenshot(path=args.out / "console_queue.png", full_page=True)
        supervisor.goto("/trends?agent=A01&rule=etiquette.forbidden_phrase")
        supervisor.screenshot(path=args.out / "console_trends.png", full_page=True)
        supervisor.goto("/calibration")
        supervisor.fill("input[name=name]", "11月校准")
        supervisor.fill("textarea[name=calls]", "c01_clean-stereo\nc02_no_staff_id-stereo\n"
                                                "c03_no_identity-stereo")
        supervisor.click("#calibration-new button")
        supervisor.wait_for_load_state("load")
        session_url = supervisor.url
        for name, ticks in (("wang", {"c02_no_staff_id-stereo": "greeting.staff_id_missing"}),
                            ("li", {"c02_no_staff_id-stereo": "greeting.staff_id_missing",
                                    "c03_no_identity-stereo": "greeting.staff_id_missing"})):
            reviewer = login(name)
            reviewer.goto(session_url)
            for link in reviewer.locator("a.score-link").all_inner_texts():
                reviewer.goto(session_url)
                reviewer.click(f"a.score-link:text-is('{link}')")
                if link in ticks:
                    reviewer.check(f"input[value='{ticks[link]}']")
                if name == "li" and link == "c03_no_identity-stereo":
                    reviewer.screenshot(path=args.out / "console_calibration_blind.png",
                                        full_page=True)
                reviewer.click("#marks button")
                reviewer.wait_for_load_state("load")
        supervisor.goto(session_url)
        supervisor.screenshot(path=args.out / "console_calibration.png", full_page=True)
        browser.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
