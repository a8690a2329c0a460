"""The normaliser re-joins words split by hard line breaks, keeps real paragraph breaks, and maps offsets back."""

import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.normalise import normalise

BODY = "本次论坛由全国总工会主办，全国妇联、北京市总工会承办，来自各地的劳模工匠代表参加了交流活动并进行了深入研讨"


@pytest.fixture(scope="module")
def seed_text(shared_dir: Path) -> str:
    [path] = sorted((shared_dir / "fixtures" / "seed").glob("*.txt"))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("word", ["总装师", "打造", "切磋技艺", "维护保障", "省级工匠、超过"])
def test_seed_words_split_by_page_breaks_are_rejoined(seed_text: str, word: str) -> None:
    assert word not in seed_text
    assert word in normalise(seed_text).text


@pytest.mark.parametrize(
    "boundary",
    [
        "第二届巾帼工匠论坛在京举办\n\n7月28日",  # headline, then body
        "巾帼风采。\n\n本报记者 刘欣欣/文 陈艺/摄",  # body, then byline
        "陈艺/摄\n\n(上接第1版)\n\n此次大会",  # continuation marker
        "参加开幕式。\n\n郑莉 郝赫 朱欣文\n本报记者 陈艺 摄",  # trailing names, then byline
        "劳模工匠助企行”\n\n力争到2025年末",  # headline, then subheadline
        "参与此项活动\n\n本报讯(记者 白莹)",  # subheadline, then dateline
    ],
)
def test_seed_paragraph_breaks_that_are_real_stay(seed_text: str, boundary: str) -> None:
    assert boundary in normalise(seed_text).text


def test_dev_articles_keep_every_paragraph_break(shared_dir: Path) -> None:
    for path in sorted((shared_dir / "fixtures" / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert normalise(text).text == text.strip(), path.name


def test_short_headline_without_punctuation_keeps_its_break() -> None:
    text = "会聚巾帼 匠心筑梦 第二届巾帼工匠论坛在京举办\n\n7月28日，论坛在北京开幕。"
    assert normalise(text).text == text


def test_long_body_line_cut_mid_word_joins_the_next_line() -> None:
    assert normalise(BODY + "\n\n会。").text == BODY + "会。"


def test_line_ending_in_a_pause_mark_joins_the_next_line() -> None:
    assert normalise("人才包括103名大国工匠、\n\n超过3.8万名工匠。").text == "人才包括103名大国工匠、超过3.8万名工匠。"


def test_body_line_cut_before_a_quoted_object_joins_it() -> None:
    line = "2019年9月9日，教师节来临之际，我校海洋学院许文涛教授喜获"
    assert normalise(line + "\n\n“全国优秀教师”称号。").text == line + "“全国优秀教师”称号。"


def test_paragraph_opening_with_a_quote_after_a_full_stop_keeps_its_break() -> None:
    text = "许文涛在车间里工作了二十多年，带出了一批又一批徒弟。\n\n“劳动最光荣。”他说。"
    assert normalise(text).text == text


def test_short_subhead_with_a_comma_inside_keeps_its_break() -> None:
    text = "结缘水稻，育种逐阳\n\n陈勇从我校毕业后就职于农科所。"
    assert normalise(text).text == text


def test_label_ending_in_a_colon_keeps_its_break() -> None:
    text = "报告人简介：\n\n刘某，男，汉族，1974年1月生。"
    assert normalise(text).text == text


def test_long_line_before_a_byline_keeps_its_break() -> None:
    assert normalise(BODY + "\n\n本报记者 陈艺 摄").text == BODY + "\n\n本报记者 陈艺 摄"


def test_photo_captions_in_a_row_keep_their_breaks() -> None:
    captions = (
        "全国总工会副主席、全国五一劳动奖章获得者、全国劳动模范、2020年“大国工匠年度人物”某某某作报告\n\n"
        "市职业技术学院党委常委、副院长某某出席报告会\n\n"
        "活动现场\n\n"
        "13日下午，报告会在东湖职工之家举行。"
    )
    assert normalise(captions).text == captions


def test_long_headline_keeps_its_break_before_a_caption() -> None:
    text = "“匠心铸梦，技能报国”主题系列活动之“工匠讲堂”第三期——全国技术能手走进机械工程学院\n\n比赛进行时\n\n正文。"
    assert normalise(text).text == text


def test_line_with_an_open_book_title_joins_a_short_next_line() -> None:
    line = "在首届全省高校院（系）党组织书记论坛上，材料学院党委书记代表学校作题为《党建引领"
    assert normalise(line + "\n\n三抓聚力\n\n服务地方》的发言。").text == line + "三抓聚力服务地方》的发言。"


def test_a_single_character_after_a_long_line_is_a_split_word() -> None:
    assert normalise(BODY + "\n\n会").text == BODY + "会"


def test_line_ends_spaces_and_blank_runs_are_tidied() -> None:
    result = normalise("\n\n  标题 \r\n\r\n\r\n\r\n　　正文第一句。\t\r\n第二行。  \n\n\n")
    assert result.text == "标题\n\n正文第一句。\n第二行。"


def test_nfc_composes_and_maps_to_the_first_source_character() -> None:
    result = normalise("Cafe\u0301 论坛")
    assert result.text == "Café 论坛"
    assert result.offsets == [0, 1, 2, 3, 5, 6, 7]


def test_offsets_point_at_the_original_characters_of_the_seed(seed_text: str) -> None:
    result = normalise(seed_text)
    assert all(seed_text[o] == ch for o, ch in zip(result.offsets, result.text, strict=True))


def test_span_of_a_rejoined_word_maps_back_across_the_break(seed_text: str) -> None:
    result = normalise(seed_text)
    start = result.text.index("总装师")
    a, b = result.to_original(start, start + 3)
    assert seed_text[a:b] == "总装\n\n师"


# --- properties -------------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["总装", "师", "论坛", "工匠", "本报记者", " 陈艺 摄", "(上接第1版)", "。", "，", "、", "：", "“", "”",
     "\n", "\n\n", "\n\n\n", " ", "\u3000", "\t", "7", "AB", BODY, "郑莉 郝赫 朱欣文", "本报讯(记者 白莹) "]
)
_PLAIN = st.lists(_PIECES, max_size=40).map("".join)
_ANY = st.text(
    alphabet=st.sampled_from(list("工匠论坛。，、\n \r\t\u3000\xa0e\u0301\u0958\uf900\u212bA1")), max_size=80
) | _PLAIN


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_there_is_one_offset_per_character_in_range_and_in_order(text: str) -> None:
    result = normalise(text)
    assert len(result.offsets) == len(result.text)
    assert all(0 <= o < len(text) for o in result.offsets)
    assert all(a <= b for a, b in pairwise(result.offsets))


@settings(max_examples=300, deadline=None)
@given(_PLAIN)
def test_without_unicode_changes_offsets_increase_and_hit_the_same_character(text: str) -> None:
    result = normalise(text)
    assert all(a < b for a, b in pairwise(result.offsets))
    assert all(text[o] == ch for o, ch in zip(result.offsets, result.text, strict=True))


@settings(max_examples=300, deadline=None)
@given(_PLAIN, st.data())
def test_a_span_maps_back_to_the_same_text_up_to_whitespace(text: str, data: st.DataObject) -> None:
    result = normalise(text)
    start = data.draw(st.integers(0, len(result.text)))
    end = data.draw(st.integers(start, len(result.text)))
    a, b = result.to_original(start, end)
    assert 0 <= a <= b <= len(text)
    assert re.sub(r"\s", "", text[a:b]) == re.sub(r"\s", "", result.text[start:end])


def test_break_between_two_latin_words_is_left_alone() -> None:
    text = "The forum on craftsmanship opened in Beijing with speeches by model workers and\n\nengineers."
    assert normalise(text).text == text


def test_a_report_opening_with_a_dateline_is_never_joined_to_the_subtitle_before_it() -> None:
    subtitle = "495项职工创新成果在线签订成果转化意向书，涉及总金额84.86亿元，覆盖全国三十一个省区市的职工创新成果"
    text = normalise(f"{subtitle}\n本报讯（记者林明华）首届西岭工匠大会4月29日在西岭市落幕。").text
    assert text == f"{subtitle}\n本报讯（记者林明华）首届西岭工匠大会4月29日在西岭市落幕。"
