"""Issue 19.1: a document's source names it for everyone: its path relative to the folder given to ``load``
(or to CRAFTGRAPH_SOURCE_ROOT), or its URL where the input has one. Loading the same corpus from another
checkout folder replaces changed documents instead of adding them, and stores written with absolute paths
are migrated by loading the files again."""

import json
import shutil
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.store import GraphStore
from loaders.load_service import Loader
from loaders.reading import input_files, iter_file
from tests.graph_snapshot import differences, snapshot
from tests.store_fixtures import StoreFactory
from tests.test_cli import craftgraph, ok

STORY = "青山论坛举行\n\n青山大学主任柯远舟出席青山论坛并致辞。\n"
OTHER = "星河论坛举行\n\n星河精工集团董事长林望出席星河论坛。\n"


def corpus(folder: Path) -> Path:
    (folder / "2023").mkdir(parents=True)
    (folder / "2023" / "qingshan.txt").write_text(STORY, encoding="utf-8")
    (folder / "xinghe.txt").write_text(OTHER, encoding="utf-8")
    return folder


def sources(folder: Path, root: Path | None = None) -> list[str]:
    return [doc.source for item in input_files([folder], root) for doc in iter_file(item.path, item.root)
            if not isinstance(doc, InputError)]


def stored_sources(store: GraphStore) -> list[str]:
    return sorted(row[0] for row in store.run("MATCH (d:Document) RETURN d.source").rows)


# ---- reading ----

def test_a_source_is_the_path_relative_to_the_folder_given(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "checkout" / "news")
    assert sources(folder) == ["2023/qingshan.txt", "xinghe.txt"]
    assert sources(folder / "2023" / "qingshan.txt") == ["qingshan.txt"]  # a file given alone: its own folder


def test_a_source_root_setting_names_sources_relative_to_it(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "checkout" / "news")
    assert sources(folder / "2023", root=tmp_path / "checkout") == ["news/2023/qingshan.txt"]
    with pytest.raises(InputError, match="CRAFTGRAPH_SOURCE_ROOT"):
        input_files([folder], tmp_path / "elsewhere")


def test_an_html_canonical_link_is_the_source(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text('<html><head><link rel="canonical" href="https://news.example.org/2023/1.html">'
                    f"<title>青山论坛举行</title></head><body><p>{STORY}</p></body></html>", encoding="utf-8")
    relative = tmp_path / "relative.html"
    relative.write_text(f'<link rel="canonical" href="/2023/1.html"><p>{OTHER}</p>', encoding="utf-8")
    assert sources(tmp_path) == ["relative.html", "https://news.example.org/2023/1.html"]


def test_a_json_lines_url_or_source_is_the_source(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"text": STORY, "url": "https://news.example.org/1", "source": "青山日报"},
             {"text": OTHER, "source": "星河日报 2023-07-01"}, {"text": STORY + "又及。"}]
    feed.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    assert sources(tmp_path) == ["https://news.example.org/1", "星河日报 2023-07-01", ""]


# ---- stores ----

def test_loading_from_another_checkout_replaces_changed_documents(new_store: StoreFactory, tmp_path: Path) -> None:
    first = corpus(tmp_path / "one" / "news")
    second = tmp_path / "two" / "news"
    shutil.copytree(first, second)
    (second / "xinghe.txt").write_text(OTHER + "\n林望在论坛上作主旨发言。\n", encoding="utf-8")
    with new_store() as store:
        Loader(store, workers=1).load([first])
        report = Loader(store, workers=1).load([second])
        assert (report.written, report.replaced, report.skipped) == (1, 1, 1)
        assert stored_sources(store) == ["2023/qingshan.txt", "xinghe.txt"]
        reloaded = snapshot(store)
    with new_store() as store:
        Loader(store, workers=1).load([second])
        assert differences(reloaded, snapshot(store)) == []


def test_a_store_with_absolute_sources_is_migrated_by_loading_again(new_store: StoreFactory, tmp_path: Path) -> None:
    folder = corpus(tmp_path / "news")
    with new_store() as store:
        Loader(store, workers=1).load([folder])
        # what an older craftgraph stored: the absolute path of each file
        store.run("MATCH (d:Document) SET d.source = $root + '/' + d.source", {"root": str(folder.resolve())},
                  write=True)
        (folder / "xinghe.txt").write_text(OTHER + "\n林望在论坛上作主旨发言。\n", encoding="utf-8")
        report = Loader(store, workers=1).load([folder])
        assert (report.renamed, report.replaced, report.written) == (1, 1, 1)
        assert stored_sources(store) == ["2023/qingshan.txt", "xinghe.txt"]
        assert Loader(store, workers=1).load([folder]).skipped == 2


def test_the_load_command_reports_the_migration_and_remove_takes_a_relative_source(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "news")
    db = tmp_path / "db"
    ok(craftgraph("load", "-j", "1", str(folder), db=db))
    ok(craftgraph("cypher", "--write", "MATCH (d:Document) SET d.source = $root + '/' + d.source",
                  "--param", f"root={folder.resolve()}", db=db))
    assert "absolute path" in ok(craftgraph("load", "-j", "1", str(folder), db=db)).stdout
    assert "removed 2023/qingshan.txt" in ok(craftgraph("remove", "2023/qingshan.txt", db=db)).stdout
    assert "removed xinghe.txt" in ok(craftgraph("remove", str(folder / "xinghe.txt"), db=db)).stdout
