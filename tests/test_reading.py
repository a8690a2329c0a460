"""Reading input files: formats, encodings, and a clear error naming the file for every bad input."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import InputError
from loaders.reading import iter_file, iter_input_files, read_file, sha256_of

STORY = "全国总工会启动“劳模工匠助企行”\n\n本报讯(记者 王小明) 7月28日，全国总工会正式启动活动。"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "reported"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"),
                               ("gb18030", "gb18030"), ("utf-16", "utf-16")]
)
def test_text_file_is_decoded_in_each_supported_encoding(tmp_path: Path, encoding: str, reported: str) -> None:
    [doc] = read_file(write(tmp_path / "story.txt", STORY, encoding))
    assert doc.text == STORY
    assert doc.encoding == reported


def test_same_story_in_two_encodings_has_one_digest(tmp_path: Path) -> None:
    [utf8] = read_file(write(tmp_path / "a.txt", STORY))
    [gbk] = read_file(write(tmp_path / "b.txt", STORY, "gbk"))
    assert utf8.sha256 == gbk.sha256 == sha256_of(STORY)


def test_text_document_is_named_after_its_file(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path / "page.txt", STORY))
    assert doc.doc == "page.txt"
    assert doc.source == str(tmp_path / "page.txt")


def test_markdown_front_matter_gives_title_and_date_and_is_removed(tmp_path: Path) -> None:
    md = (
        '---\ntitle: "我校教师获评优秀工会工作者"\ndate: 2020-12-03T10:00:00+08:00\n---\n'
        "**南开新闻网讯**日前，我校教师获评优秀工会工作者。\n\n![图](http://example.org/a.jpg)\n\n"
        "详见[原文](http://example.org/a)。\n"
    )
    [doc] = read_file(write(tmp_path / "post.md", md))
    assert doc.title == "我校教师获评优秀工会工作者"
    assert doc.published == "2020-12-03"
    assert doc.text == "我校教师获评优秀工会工作者\n\n南开新闻网讯日前，我校教师获评优秀工会工作者。\n\n详见原文。"


def test_markdown_more_marker_inside_a_sentence_rejoins_the_words(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path / "post.md", "他专注教\n<!--more-->\n学科研。\n<!--more-->\n下一段。"))
    assert doc.text == "他专注教学科研。\n\n下一段。"


def test_html_body_text_keeps_blocks_and_drops_scripts(tmp_path: Path) -> None:
    html = (
        "<html><head><title>站点标题</title><style>p{}</style></head><body>"
        "<h1>董事长参加建设推进会</h1><script>var x = '不要';</script>"
        "<p>7月15日，推进会在连云港\n召开。</p><p>第二段<br>换行</p></body></html>"
    )
    [doc] = read_file(write(tmp_path / "news.html", html))
    assert doc.title == "董事长参加建设推进会"
    assert doc.text == "董事长参加建设推进会\n\n7月15日，推进会在连云港召开。\n\n第二段\n换行"


def test_html_without_h1_takes_its_title_as_headline(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path / "news.htm", "<title>标题</title><p>正文。</p>", "gbk"))
    assert (doc.title, doc.text, doc.encoding) == ("标题", "标题\n\n正文。", "gb18030")


def test_jsonl_gives_one_document_per_line(tmp_path: Path) -> None:
    lines = [
        {"text": "第一篇。", "source": "https://example.org/1", "published": "2023-7-28"},
        {"text": "第二篇。"},
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    docs = read_file(path)
    assert [d.doc for d in docs] == ["batch.jsonl#L1", "batch.jsonl#L2"]
    assert (docs[0].source, docs[0].published) == ("https://example.org/1", "2023-07-28")
    assert docs[1].text == "第二篇。"


def test_truncated_jsonl_line_is_reported_and_the_other_lines_still_load(tmp_path: Path) -> None:
    good = json.dumps({"text": "完整的一行。"}, ensure_ascii=False)
    path = write(tmp_path / "batch.jsonl", f'{good}\n{{"text": "被截断\n{good}\n')
    items = list(iter_file(path))
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "RawDocument"]
    assert str(items[1]).startswith(f"{path}: line 2: not valid JSON")
    with pytest.raises(InputError, match=r"batch\.jsonl: line 2"):
        read_file(path)


@pytest.mark.parametrize(
    ("line", "problem"),
    [('["a list"]', "expected a JSON object"), ('{"source": "x"}', '"text" field is missing'),
     ('{"text": "正文", "published": 2023}', "'published' field must be a string")],
)
def test_jsonl_line_of_the_wrong_shape_is_named(tmp_path: Path, line: str, problem: str) -> None:
    path = write(tmp_path / "bad.jsonl", line + "\n")
    with pytest.raises(InputError, match=f"bad.jsonl: line 1: .*{problem}"):
        read_file(path)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  ", "\ufeff\n".encode()])
def test_empty_file_is_an_error_naming_it(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"empty\.txt: file is empty"):
        read_file(path)


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), bytes(range(1, 32)) * 40]
)
def test_binary_file_is_an_error_naming_it(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"picture\.txt: looks like a binary file, not text"):
        read_file(path)


def test_missing_path_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.txt: no such file or directory"):
        iter_input_files([tmp_path / "nowhere.txt"])


def test_explicit_file_of_unsupported_type_is_an_error_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf", "x")
    with pytest.raises(InputError, match=r"report\.pdf: unsupported file type '\.pdf'"):
        iter_input_files([path])


def test_folders_are_searched_recursively_in_sorted_order_skipping_other_files(tmp_path: Path) -> None:
    names = ["b.txt", "a.md", "sub/c.html", "sub/d.jsonl", "a.gold.json", "notes.pdf", ".hidden/x.txt", "README.md"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / name, STORY)
    found = iter_input_files([tmp_path, tmp_path / "b.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b.txt", "sub/c.html", "sub/d.jsonl"]


def test_shared_fixture_folders_yield_only_the_texts(shared_dir: Path) -> None:
    found = iter_input_files([shared_dir / "fixtures" / "seed", shared_dir / "fixtures" / "dev"])
    assert found and all(p.suffix == ".txt" for p in found)
    assert not any(p.name.endswith(".gold.json") for p in found)


def test_readme_is_read_when_named_explicitly(tmp_path: Path) -> None:
    path = write(tmp_path / "README.md", STORY)
    assert iter_input_files([path]) == [path]


def test_folder_without_readable_files_is_an_error_naming_it(tmp_path: Path) -> None:
    write(tmp_path / "notes.pdf", "x")
    with pytest.raises(InputError, match=r"folder holds no \.txt"):
        iter_input_files([tmp_path])


def test_markdown_inline_html_tags_are_dropped(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path / "post.md", '<p align="center">第一行<br/>第二行</p>\n'))
    assert doc.text == "第一行\n第二行"


def test_text_in_an_unknown_encoding_is_rejected_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 \u00e9t\u00e9".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt: .*neither UTF-8 nor GB18030"):
        read_file(path)


_CHINESE = st.text(alphabet=st.sampled_from(list("住中国工匠劳模论坛总装师。，、“”（）\n 0123456789Aa")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(
    _CHINESE.filter(lambda t: t.strip()),
    st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030"]),
)
def test_any_chinese_text_reads_back_as_written(tmp_path_factory: pytest.TempPathFactory, text: str, enc: str) -> None:
    path = tmp_path_factory.mktemp("enc") / "story.txt"
    path.write_bytes(text.encode(enc))
    [doc] = read_file(path)
    assert doc.text == text
