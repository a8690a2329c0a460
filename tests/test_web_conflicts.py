"""Issue 19.2 in the browser: the entity page lists where documents disagree, each value with the documents
stating it and the chosen one marked (headless Chromium against `craftgraph serve`, embedded store)."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from graph.stores.embedded import EmbeddedStore
from tests.test_conflicts import PERSON, reports

from .web_fixtures import LAPTOP, BrowserPage, ServedExplorer, open_page


@pytest.fixture
def disagreeing_page(chromium: Any, tmp_path: Path) -> Iterator[BrowserPage]:
    db = tmp_path / "graph.lbdb"
    with EmbeddedStore(db) as store:
        store.write_records(reports())
    with ServedExplorer(db, tmp_path / "serve.log") as served:
        yield from open_page(chromium, served.url, LAPTOP)


def test_the_entity_page_shows_each_value_with_the_documents_stating_it(disagreeing_page: BrowserPage) -> None:
    page = disagreeing_page.open(f"#/entity/Person/{quote(PERSON, safe='')}")
    conflict = page.locator('.conflicts .conflict[data-property="gender"]')
    conflict.wait_for()
    values = conflict.locator(".conflict-value")
    assert values.count() == 2
    chosen = conflict.locator(".conflict-value.chosen")
    assert chosen.get_attribute("data-value") == "male"
    assert chosen.locator(".conflict-doc").all_inner_texts()[0].startswith("news/middle.txt")
    other = conflict.locator('.conflict-value[data-value="female"] .conflict-doc')
    assert other.count() == 1 and "news/early.txt" in other.inner_text()
    assert "most documents" in page.locator(".conflicts .conflict-rule").inner_text()
    disagreeing_page.screenshot("entity-conflicts")


def test_an_entity_the_documents_agree_on_shows_no_conflicts(disagreeing_page: BrowserPage) -> None:
    page = disagreeing_page.open(f"#/entity/Forum/{quote('匠心论坛', safe='')}")
    page.locator(".entity-head").wait_for()
    assert page.locator(".conflicts").count() == 0
