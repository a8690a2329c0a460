"""The pipeline: files in, one outcome per document out; one bad file or line never stops the others.

The extractor here is a tiny test-local one: these tests are about the pipeline, not about extraction.
"""

import json
import pickle
from pathlib import Path

import pytest

from graph.errors import ExtractionError, InputError
from graph.model import ExtractionRecord
from loaders.document import PreparedDocument
from loaders.pipeline import Outcome, extract_document, iter_outcomes, prepare, process_file
from loaders.reading import read_file

STORY = "标题一\n\n本报讯(记者 王小明) 7月28日，全国总工会正式启动活动，来自各地的劳模工匠代表参加了交流活\n\n动。"


class HeadlineExtractor:
    """Emits a record with the document's text and articles, and no entities."""

    def extract(self, doc: PreparedDocument) -> ExtractionRecord:
        if "坏" in doc.text:
            raise ValueError("cannot handle this document")
        return ExtractionRecord(
            doc=doc.raw.doc, sha256=doc.raw.sha256, source=doc.raw.source, published=doc.raw.published,
            title=doc.articles[0].headline if doc.articles else "", text=doc.text, extractor="test",
            articles=doc.articles,
        )


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_prepare_repairs_the_text_and_splits_articles(tmp_path: Path) -> None:
    [raw] = read_file(write(tmp_path / "a.txt", STORY))
    prepared = prepare(raw)
    assert prepared.text.endswith("交流活动。")
    assert [a.headline for a in prepared.articles] == ["标题一"]
    assert prepared.articles[0].end == len(prepared.text)
    assert prepared.normalised.to_original(0, len(prepared.text)) == (0, len(STORY))


def test_one_record_per_document_in_file_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", STORY)
    write(tmp_path / "a.txt", "标题二\n\n正文。")
    outcomes = list(iter_outcomes([tmp_path], HeadlineExtractor()))
    assert [o.doc for o in outcomes] == ["a.txt", "b.txt"]
    assert all(o.ok and o.record is not None for o in outcomes)
    assert outcomes[1].record is not None and outcomes[1].record.articles[0].headline == "标题一"


def test_bad_files_become_error_outcomes_and_the_others_still_extract(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    write(tmp_path / "d.txt", STORY)
    outcomes = list(iter_outcomes([tmp_path], HeadlineExtractor()))
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert isinstance(outcomes[1].error, InputError) and "b.txt: file is empty" in str(outcomes[1].error)
    assert "c.txt: looks like a binary file" in str(outcomes[2].error)
    assert outcomes[1].doc == str(tmp_path / "b.txt")


def test_truncated_jsonl_line_is_one_error_outcome_between_records(tmp_path: Path) -> None:
    good = json.dumps({"text": STORY}, ensure_ascii=False)
    path = write(tmp_path / "batch.jsonl", f'{good}\n{{"text": "截断\n{good}\n')
    outcomes = process_file(path, HeadlineExtractor())
    assert [o.ok for o in outcomes] == [True, False, True]
    assert [o.doc for o in outcomes if o.ok] == ["batch.jsonl#L1", "batch.jsonl#L3"]
    assert f"{path}: line 2" in str(outcomes[1].error)


def test_extractor_failure_is_an_error_outcome_naming_the_document(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "坏文档\n\n正文。")
    write(tmp_path / "b.txt", STORY)
    outcomes = list(iter_outcomes([tmp_path], HeadlineExtractor()))
    assert [o.ok for o in outcomes] == [False, True]
    assert isinstance(outcomes[0].error, ExtractionError)
    assert str(outcomes[0].error) == "a.txt: extraction failed: ValueError: cannot handle this document"


def test_missing_path_raises_before_any_document_is_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    with pytest.raises(InputError, match=r"missing\.txt: no such file or directory"):
        iter_outcomes([tmp_path / "a.txt", tmp_path / "missing.txt"], HeadlineExtractor())


def test_outcome_is_immutable() -> None:
    outcome = Outcome("a.txt", error=InputError("a.txt: file is empty"))
    with pytest.raises(AttributeError):
        outcome.doc = "b.txt"  # type: ignore[misc]


def test_per_document_work_can_be_sent_to_a_worker_process(tmp_path: Path) -> None:
    [raw] = read_file(write(tmp_path / "a.txt", STORY))
    work = pickle.loads(pickle.dumps((extract_document, raw, HeadlineExtractor())))
    outcome = work[0](work[1], work[2])
    assert outcome.ok and outcome.record is not None and outcome.record.doc == "a.txt"


def test_seed_page_goes_through_with_its_five_articles(shared_dir: Path) -> None:
    outcomes = list(iter_outcomes([shared_dir / "fixtures" / "seed"], HeadlineExtractor()))
    assert len(outcomes) == 1 and outcomes[0].record is not None
    assert len(outcomes[0].record.articles) == 5
