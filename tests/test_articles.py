"""Splitting a normalised page into stories: headlines, bylines, continuation markers."""

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.model import Article
from loaders.articles import split_articles
from loaders.bylines import lead_byline, parse_byline_line, parse_names_line, tail_byline
from loaders.normalise import normalise

BODY = "7月28日，论坛在北京展览馆举行，来自各地的劳模工匠代表参加了交流活动。"


def roles(article: Article) -> list[tuple[str, str]]:
    return [(entry.name, entry.role.value) for entry in article.byline]


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[str, list[Article]]:
    [path] = sorted((shared_dir / "fixtures" / "seed").glob("*.txt"))
    text = normalise(path.read_text(encoding="utf-8")).text
    return text, split_articles(text)


def test_seed_page_holds_five_stories_with_their_headlines(seed: tuple[str, list[Article]]) -> None:
    _, articles = seed
    assert [a.headline for a in articles] == [
        "会聚巾帼 匠心筑梦 第二届巾帼工匠论坛在京举办",
        "",  # the rest of the page-1 story, after (上接第1版)
        "顶尖科学家、卓越工程师、大国工匠 交流论坛在京举行",
        "“奋进新征程 建功新时代” 京津冀协同发展劳动和技能竞赛正式启动",
        "全国总工会启动“劳模工匠助企行”",
    ]
    assert [a.ordinal for a in articles] == [0, 1, 2, 3, 4]


def test_seed_bylines_belong_to_their_stories(seed: tuple[str, list[Article]]) -> None:
    _, articles = seed
    assert [roles(a) for a in articles] == [
        [("刘欣欣", "text"), ("陈艺", "photo")],
        [("郑莉", "text"), ("郝赫", "text"), ("朱欣文", "text"), ("陈艺", "photo")],
        [("任洁", "photo"), ("彭程", "photo")],
        [("白莹", "text")],
        [("白莹", "text")],
    ]


def test_seed_continuation_story_starts_at_its_marker(seed: tuple[str, list[Article]]) -> None:
    text, articles = seed
    assert text[articles[1].start :].startswith("(上接第1版)")


def test_seed_stories_are_ordered_disjoint_spans_of_the_page(seed: tuple[str, list[Article]]) -> None:
    text, articles = seed
    assert articles[0].start == 0 and articles[-1].end == len(text)
    for before, after in pairwise(articles):
        assert before.end < after.start
        assert text[before.end : after.start].strip() == ""
    for article in articles:
        assert text[article.start : article.end].startswith(article.headline)


def test_subheadline_stays_in_its_story(seed: tuple[str, list[Article]]) -> None:
    text, articles = seed
    assert text[articles[4].start : articles[4].end].split("\n\n")[1].startswith("力争到2025年末")


def test_each_dev_article_is_one_story_headed_by_its_first_line(shared_dir: Path) -> None:
    for path in sorted((shared_dir / "fixtures" / "dev").glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8")).text
        [article] = split_articles(text)
        assert (article.headline, article.start, article.end) == (text.split("\n")[0], 0, len(text)), path.name


def test_subheads_and_captions_inside_a_story_do_not_split_it() -> None:
    text = f"标题一\n\n{BODY}\n\n团队风采\n\n{BODY}\n\n图为工作照\n\n{BODY}"
    assert len(split_articles(text)) == 1


def test_headline_opening_a_dated_report_starts_a_new_story() -> None:
    text = f"标题一\n\n{BODY}\n\n标题二\n\n本报讯(记者 王小明) {BODY}"
    articles = split_articles(text)
    assert [a.headline for a in articles] == ["标题一", "标题二"]
    assert roles(articles[1]) == [("王小明", "text")]


def test_headline_after_a_trailing_byline_starts_a_new_story() -> None:
    text = f"标题一\n\n{BODY}\n\n本报记者 王小明\n\n标题二\n\n{BODY}"
    articles = split_articles(text)
    assert [a.headline for a in articles] == ["标题一", "标题二"]
    assert roles(articles[0]) == [("王小明", "text")] and roles(articles[1]) == []


def test_continued_on_marker_closes_the_story() -> None:
    articles = split_articles(f"标题一\n\n{BODY}\n\n(下转第2版)\n\n标题二\n\n{BODY}")
    assert [a.headline for a in articles] == ["标题一", "标题二"]


def test_continued_from_marker_inside_an_open_story_continues_it() -> None:
    articles = split_articles(f"标题一\n\n{BODY}\n\n(上接第1版)\n\n{BODY}")
    assert len(articles) == 1


def test_text_without_a_headline_is_one_story_without_headline() -> None:
    [article] = split_articles(BODY + "\n\n" + BODY)
    assert article.headline == ""


def test_byline_before_the_body_does_not_close_the_story() -> None:
    articles = split_articles(f"标题一\n\n本报记者 王小明\n\n{BODY}\n\n{BODY}")
    assert len(articles) == 1 and roles(articles[0]) == [("王小明", "text")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报记者 王小明/文 李华/摄", [("王小明", "text"), ("李华", "photo")]),
        ("本报记者 王小明 李华 摄影报道", [("王小明", "photo"), ("李华", "photo")]),
        ("本报记者 李华 摄", [("李华", "photo")]),
        ("记者 王小明", [("王小明", "text")]),
        ("文/王小明", [("王小明", "text")]),
        ("摄影 李华", [("李华", "photo")]),
        ("记者 王小明 摄影 李华", [("王小明", "text"), ("李华", "photo")]),
        ("（通讯员 欧阳明月）", [("欧阳明月", "text")]),
    ],
)
def test_byline_lines(line: str, expected: list[tuple[str, str]]) -> None:
    entries = parse_byline_line(line)
    assert entries is not None
    assert [(e.name, e.role.value) for e in entries] == expected


@pytest.mark.parametrize(
    "line",
    ["标题一", "结缘水稻，育种逐阳", "(上接第1版)", "记者节快乐！", "团队风采", "南开新闻网讯", "本报记者",
     "图为工作照"],
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert parse_byline_line(line) is None and parse_names_line(line) is None


def test_a_line_of_bare_names_is_writers() -> None:
    entries = parse_names_line("王小明 李华 司马光")
    assert entries is not None and [(e.name, e.role.value) for e in entries] == [
        ("王小明", "text"), ("李华", "text"), ("司马光", "text")
    ]


def test_words_without_a_surname_are_not_a_names_line() -> None:
    assert parse_names_line("匠心 筑梦 巾帼") is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本报讯(记者 王小明) 7月28日上午，活动启动。", [("王小明", "text")]),
        ("某大学新闻网讯（通讯员 王小明 李华）12月，会议召开。", [("王小明", "text"), ("李华", "text")]),
        ("某大学新闻网讯（记者 王小明 摄影 李华）会议召开。", [("王小明", "text"), ("李华", "photo")]),
        ("本报讯（记者王小明）会议召开。", [("王小明", "text")]),
        ("(上接第1版)", []),
        ("（2023年）会议召开。", []),
    ],
)
def test_bylines_opening_a_paragraph(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.name, e.role.value) for e in lead_byline(paragraph)] == expected


def test_byline_closing_a_paragraph_skips_the_organisation() -> None:
    assert [(e.name, e.role.value) for e in tail_byline("与会人员合影留念。（文/王小明 某某学院）")] == [
        ("王小明", "text")
    ]


def test_trailing_names_line_then_byline_line_close_one_story() -> None:
    text = f"标题一\n\n{BODY}\n\n王小明 李华\n本报记者 张强 摄\n\n标题二\n\n{BODY}"
    articles = split_articles(text)
    assert roles(articles[0]) == [("王小明", "text"), ("李华", "text"), ("张强", "photo")]
    assert articles[1].headline == "标题二"


_PIECES = st.sampled_from(
    ["标题一", "本报讯(记者 王小明) ", BODY, "团队风采", "(上接第1版)", "(下转第2版)", "本报记者 李华 摄",
     "王小明 李华", "\n", "\n\n", "。", "“", "”", "力争到2025年末"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_stories_are_ordered_disjoint_non_empty_spans_headed_by_their_headline(raw: str) -> None:
    text = normalise(raw).text
    articles = split_articles(text)
    assert [a.ordinal for a in articles] == list(range(len(articles)))
    for article in articles:
        assert 0 <= article.start < article.end <= len(text)
        assert text[article.start : article.end].startswith(article.headline)
    for before, after in pairwise(articles):
        assert before.end < after.start
    if text.strip():
        assert articles and articles[0].start == 0 and articles[-1].end == len(text)


def test_spans_exclude_surrounding_spaces_of_text_that_was_not_normalised() -> None:
    text = f"  标题一  \n\n  {BODY}  \n"
    [article] = split_articles(text)
    assert text[article.start : article.end] == f"标题一  \n\n  {BODY}"
