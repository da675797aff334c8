"""The pages in a real headless Chromium, with every non-loopback request blocked (no CDN)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bomay.web.testing import build_store, start_server, stop_server
from tests.conftest import CHROMIUM, block_off_machine

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "web_sample.ttl"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-core; ./run test does it)")
    store = tmp_path_factory.mktemp("web") / "store"
    build_store(store, [FIXTURE])
    proc, url = start_server(store)
    yield url
    stop_server(proc)


@pytest.fixture
def page(chromium, server: str) -> Iterator[tuple[object, list[str]]]:  # type: ignore[no-untyped-def]
    """A page whose requests off the loopback interface are blocked and recorded."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    blocked: list[str] = []
    block_off_machine(page, blocked)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page, blocked
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def shot(page, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(path, ARTIFACTS / path.name)
    return path


def test_query_page_runs_an_example_and_shows_rows(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, blocked = page
    page.goto(server + "query")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.click('form.example[data-name="classes"] button[type="submit"]')
    rows = page.locator("#result-table tbody tr")
    rows.first.wait_for(timeout=20_000)
    assert rows.count() > 5
    assert "Administrative unit" in page.locator("#result-table").inner_text()  # IRIs by their label
    assert page.locator("#result-table a[title$='#AdminUnit']").count() == 1
    assert page.locator(".yasqe_share:visible").count() == 0  # one share link, not two
    assert "query=" in page.url  # the address bar holds a link to this query
    assert shot(page, tmp_path, "query-page").stat().st_size > 10_000
    assert not blocked, f"requests left the machine: {blocked}"


def test_shared_link_opens_and_runs_its_query(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, blocked = page
    query = "SELECT ?body WHERE { ?body a bm:PeoplesCommittee }"
    page.goto(server + "query?query=" + query.replace(" ", "%20"))
    page.locator("#result-table tbody tr").first.wait_for(timeout=20_000)
    assert page.locator("#result-table a[href*='peoples-committee']").count() >= 1
    page.click("#share")
    assert page.input_value("#share-link").startswith(server + "query?query=")
    assert not blocked, f"requests left the machine: {blocked}"


def test_entity_search_ontology_and_home_pages_render(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, blocked = page
    page.goto(server)
    assert "What the graph holds" in page.inner_text("main")
    shot(page, tmp_path, "home-page")
    page.fill("header input[name=q]", "ubnd tp hcm")
    page.keyboard.press("Enter")
    page.wait_for_selector("#search-results")
    shot(page, tmp_path, "search-page")
    page.click("#search-results a >> nth=0")
    page.wait_for_selector("#entity-title")
    assert page.inner_text("#entity-title") == "Ho Chi Minh City People's Committee"
    assert page.locator("#duties-assigner tbody tr").count() == 1
    assert "giao Sở Nội vụ" in page.inner_text("#duties")
    shot(page, tmp_path, "entity-page")
    page.goto(server + "ontology")
    assert page.locator("#PeoplesCommittee").count() == 1
    shot(page, tmp_path, "ontology-page")
    page.goto(server + "api-docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    shot(page, tmp_path, "api-docs")
    assert not blocked, f"requests left the machine: {blocked}"
