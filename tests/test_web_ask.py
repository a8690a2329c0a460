"""The explorer's ask box in a real headless Chromium over ``craftgraph serve`` (seed page and dev articles):
a question typed and asked shows the answer, the facts, and each fact's evidence highlighted in its article."""

from urllib.parse import quote

from .web_fixtures import BrowserPage

QUESTION = "谁在巾帼工匠论坛上作了主旨发言？"


def test_asking_in_the_box_shows_the_answer_and_its_facts(browser_page: BrowserPage) -> None:
    page = browser_page.open("#/ask")
    page.locator("#ask-input").fill(QUESTION)
    page.locator(".ask-form button[type=submit]").click()
    answer = page.locator(".ask-answer")
    answer.wait_for()
    assert "主旨发言" in answer.inner_text() and "黄宇红" in answer.inner_text()
    assert page.locator(".ask-fact").count() == 3
    assert page.locator(".ask-fact", has_text="黄宇红").first.locator(".fact-evidence").inner_text()
    assert "MATCH" in page.locator(".ask-cypher pre").first.text_content()
    browser_page.screenshot("ask")


def test_a_facts_evidence_opens_highlighted_in_its_article(browser_page: BrowserPage) -> None:
    page = browser_page.open(f"#/ask?q={quote(QUESTION)}")
    fact = page.locator(".ask-fact", has_text="黄宇红").first
    fact.wait_for()
    sentence = fact.locator(".fact-evidence").text_content()
    fact.locator(".evidence-link").first.click()
    mark = page.locator("#evidence mark.evidence-mark")
    mark.wait_for()
    assert mark.inner_text() == sentence
    assert page.locator("#evidence .evidence-source").inner_text().startswith("来源 Source:")
    browser_page.screenshot("ask-evidence")


def test_a_question_not_understood_offers_questions_that_answer(browser_page: BrowserPage) -> None:
    page = browser_page.open(f"#/ask?q={quote('黄宇红喜欢吃什么？')}")
    offered = page.locator(".ask-offered a").first
    offered.wait_for()
    assert "黄宇红" in offered.inner_text()
    offered.click()
    page.locator(".ask-fact").first.wait_for()
    assert page.locator(".ask-result").get_attribute("data-understood") == "true"


def test_an_unknown_name_offers_close_names(browser_page: BrowserPage) -> None:
    page = browser_page.open(f"#/ask?q={quote('第三届巾帼工匠论坛上谁发言？')}")
    page.locator(".ask-suggestions a", has_text="第二届巾帼工匠论坛").first.wait_for()
    assert page.locator(".ask-fact").count() == 0


def test_the_facts_draw_as_a_network(browser_page: BrowserPage) -> None:
    page = browser_page.open(f"#/ask?q={quote(QUESTION)}")
    page.locator(".ask-fact").first.wait_for()
    page.locator(".ask-facts-view [role=tab]", has_text="网络 Network").click()
    page.wait_for_function("() => window.craftgraphGraph && window.craftgraphGraph.edges().length === 3")
    names = page.evaluate("() => window.craftgraphGraph.nodes().map(n => n.data('name'))")
    assert {"黄宇红", "王晓君", "何光华", "第二届巾帼工匠论坛"} <= set(names)
    browser_page.screenshot("ask-network")
