"""The newcomer's path in a real Chromium, in both languages: home → search "Phường 1" → a ward
→ its People's Committee → its reports → the graph view. Requests off the machine are blocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bomay.web.testing import build_store, start_server, stop_server
from tests.conftest import CHROMIUM, block_off_machine

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "fixtures"
WORDS = {  # what each language calls the landmarks on the way
    "en": {"home": "Home", "bodies": "Bodies of this unit", "reports": "Reports to", "graph": "Show in the graph view"},
    "vi": {"home": "Trang chủ", "bodies": "Các cơ quan của đơn vị", "reports": "Báo cáo cho",
           "graph": "Xem trên đồ thị"},
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-core; ./run test does it)")
    store = tmp_path_factory.mktemp("newcomer") / "store"
    build_store(store, [FIXTURES / "newcomer.ttl"])
    proc, url = start_server(store)
    yield url
    stop_server(proc)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_newcomer_path(chromium, server: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    blocked: list[str] = []
    errors: list[str] = []
    block_off_machine(page, blocked)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    words = WORDS[lang]

    page.goto(server + f"?lang={lang}")
    assert page.get_attribute("html", "lang") == lang and words["home"] in page.inner_text("header")
    page.fill("#home-search input[name=q]", "Phường 1")
    page.click("#home-search button")
    page.wait_for_selector("#search-results")
    assert page.get_attribute("html", "lang") == lang  # the choice is remembered
    ward_row = page.locator("#search-results tr", has_text="Quận Bình Thạnh").filter(
        has=page.locator("a[href='/id/unit/pre2025/26944']"))
    assert "Thành phố Hồ Chí Minh" in ward_row.inner_text()  # namesakes told apart by their place
    assert page.locator("#search-results tr", has_text="Quận 3").count() >= 1
    ward_row.locator("a[href='/id/unit/pre2025/26944']").click()

    page.wait_for_selector("#structure")
    assert page.inner_text("#entity-title") == "Phường 1"
    assert words["bodies"] in page.inner_text("#structure")
    page.click("#structure a[href='/id/body/pre2025/26944/peoples-committee']")

    page.wait_for_selector("#duties")
    assert "Ward 1" in page.inner_text("#entity-title") or "Phường 1" in page.inner_text("#entity-title")
    duties = page.inner_text("#duties")
    assert words["reports"] in duties and "tình hình kinh tế - xã hội" in duties
    page.click("#duties-reporter a[href^='/id/obligation/']")
    page.wait_for_selector("#entity-title")
    assert "kinh tế - xã hội" in page.inner_text("main")
    page.go_back()

    page.wait_for_selector("#graph-link")
    assert page.inner_text("#graph-link") == words["graph"]
    page.click("#graph-link")
    page.wait_for_selector("body[data-bomay-drawn='1']", state="attached", timeout=30_000)
    assert words["home"] in page.inner_text("header")  # the site's navigation on the graph view too
    assert page.evaluate("network.body.data.nodes.length") >= 2
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not blocked, f"requests left the machine: {blocked}"


def test_results_show_labels_places_plain_dates_a_map_and_a_timeline(chromium, server: str) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import quote

    page = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    query = ("SELECT ?unit ?end ?lat ?long WHERE { ?unit a bm:AdminUnit ; schema:endDate ?end "
             "OPTIONAL { ?unit schema:latitude ?lat ; schema:longitude ?long } }")
    page.goto(server + "query?lang=vi&query=" + quote(query))
    page.locator("#result-table tbody tr").first.wait_for(timeout=20_000)
    table = page.inner_text("#result-table")
    assert "Phường 1" in table and "Quận Bình Thạnh › Thành phố Hồ Chí Minh" in table  # label and place
    assert "2025-06-30" in table and "^^" not in table and "XMLSchema" not in table  # plain dates
    assert page.locator("#result-map circle").count() == 1  # the one unit with coordinates
    assert "2025-06-30" in page.inner_text("#result-timeline")
    width = page.evaluate("document.querySelector('#result-table').getBoundingClientRect().width")
    assert width > 800  # the table uses the page's width
    page.context.close()
