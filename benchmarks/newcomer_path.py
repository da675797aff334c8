"""How long each page of the newcomer's path takes in a real Chromium, on a running server.

The path of issue 14: home → search "Phường 1" → a ward → its People's Committee → what it
reports (its reports, else the bodies it answers to) → the graph view. Each step is timed from
the click (or address) to the page's landmark being on screen, so it includes the server, the
transfer and the browser's own work. Run it against ``bomay serve`` on the default graph, twice
(the first visit warms the server's caches), in both languages:

    .venv/bin/bomay serve --port 8765 &
    .venv/bin/python benchmarks/newcomer_path.py http://127.0.0.1:8765/ [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict

from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def timed(times: dict[str, list[float]], name: str, action, landmark: str, page: Page) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    page.wait_for_selector(landmark, state="attached", timeout=120_000)
    times[name].append(time.perf_counter() - start)


def walk(page: Page, base: str, lang: str, times: dict[str, list[float]]) -> None:
    timed(times, "home", lambda: page.goto(f"{base}?lang={lang}"), "#home-search", page)
    page.fill("#home-search input[name=q]", "Phường 1")
    timed(times, "search 'Phường 1'", lambda: page.click("#home-search button"), "#search-results", page)
    ward = page.locator("#search-results a[href^='/id/unit/']").first
    timed(times, "a ward", ward.click, "#structure", page)
    committee = page.locator("#structure a[href$='/peoples-committee']").first
    timed(times, "its People's Committee", committee.click, "#entity-title", page)
    report = page.locator("#duties-reporter a[href^='/id/']").first
    if report.count() == 0:  # no reporting obligation loaded yet: the body it answers to
        report = page.locator("#structure a[href^='/id/body/']").first
    timed(times, "its reports", report.click, "#entity-title", page)
    page.go_back()
    page.wait_for_selector("#graph-link")
    timed(times, "graph view", lambda: page.click("#graph-link"), "body[data-bomay-drawn='1']", page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", help="the server's address, e.g. http://127.0.0.1:8765/")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    base = args.url if args.url.endswith("/") else args.url + "/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for lang in ("vi", "en"):
            times: dict[str, list[float]] = defaultdict(list)
            for _ in range(args.rounds):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                walk(context.new_page(), base, lang, times)
                context.close()
            print(f"\n{lang}: seconds per step over {args.rounds} rounds (first, median of the rest)")
            for name, values in times.items():
                rest = statistics.median(values[1:]) if len(values) > 1 else values[0]
                print(f"  {name:<24} {values[0]:6.2f}  {rest:6.2f}")
        browser.close()


if __name__ == "__main__":
    main()
