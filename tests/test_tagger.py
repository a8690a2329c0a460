"""The mention tagger: its training data readers, a retrain on a tiny corpus, loading the packaged model,
and the extractor working, and saying so, without a model."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.extract import Extractor
from loaders.extract.char_features import compact
from loaders.extract.lexicon import lexicon
from loaders.extract.tagged import Span, organisation_names, person_names
from loaders.tagger import TaggerDataError, TaggerModelError, load_tagger, packaged_model
from loaders.tagger.corpora import _mark, read_bio, read_cluener, read_gold_dir, spans_of
from loaders.tagger.model import MentionTagger
from tests.extract_helpers import extract_with, names

# Invented sentences: names of people and units that no fixture holds.
TINY = [
    ("记者见到邵立恒时，他正在东岭机床厂调试设备。", [("邵立恒", "PER"), ("东岭机床厂", "ORG")]),
    ("祁文澜来自青禾化工有限公司，今年四十岁。", [("祁文澜", "PER"), ("青禾化工有限公司", "ORG")]),
    ("邵立恒和祁文澜一同前往临江市参加比赛。", [("邵立恒", "PER"), ("祁文澜", "PER"), ("临江市", "LOC")]),
    ("东岭机床厂的技术骨干邵立恒获得表彰。", [("东岭机床厂", "ORG"), ("邵立恒", "PER")]),
]


def _bio_lines(sentences: list[tuple[str, list[tuple[str, str]]]]) -> str:
    out = []
    for text, mentions in sentences:
        labels = ["O"] * len(text)
        for surface, kind in mentions:
            at = text.find(surface)
            _mark(labels, at, at + len(surface), kind)
        out += [f"{c} {label}" for c, label in zip(text, labels, strict=True)] + [""]
    return "\n".join(out) + "\n"


@pytest.fixture
def tiny_bio(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.bio"
    path.write_text(_bio_lines(TINY * 5), encoding="utf-8")
    return path


def _train(bio: Path, output: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "tagger", "train", "--bio", str(bio), "--output", str(output),
         "--iterations", "30", "--seed", "7"],
        capture_output=True, text=True, check=False,
    )


def test_bio_reader_keeps_the_three_types_and_reads_other_labels_as_outside(tmp_path):
    path = tmp_path / "x.bio"
    path.write_text("林 B-PER\n某 I-PER\n在 O\n京 B-GPE\n\n", encoding="utf-8")
    assert list(read_bio(path)) == [("林某在京", ["B-PER", "I-PER", "O", "O"])]


def test_bio_reader_names_the_file_and_line_of_a_malformed_line(tmp_path):
    path = tmp_path / "x.bio"
    path.write_text("林 B-PER\n某某 I-PER\n", encoding="utf-8")
    with pytest.raises(TaggerDataError, match=r"x\.bio:2"):
        list(read_bio(path))


def test_cluener_reader_maps_companies_and_governments_to_organisations(tmp_path):
    path = tmp_path / "c.json"
    row = {"text": "青禾公司的林某", "label": {"company": {"青禾公司": [[0, 3]]}, "name": {"林某": [[5, 6]]},
                                                 "game": {"x": [[4, 4]]}}}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    [(_text, labels)] = read_cluener(path)
    assert spans_of(labels) == [(0, 4, "ORG"), (5, 7, "PER")]


def test_cluener_reader_names_the_line_of_a_malformed_row(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"text": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(TaggerDataError, match=r"c\.json:2"):
        list(read_cluener(path))


def test_gold_reader_labels_every_occurrence_longest_surface_first(tmp_path):
    (tmp_path / "a.txt").write_text("东岭机床厂邵立恒。\n\n邵立恒说，东岭机床厂很好。\n", encoding="utf-8")
    gold = {"entities": [{"type": "Organization", "name": "东岭机床厂", "aliases": []},
                         {"type": "Person", "name": "邵立恒", "aliases": []},
                         {"type": "Honor", "name": "机床", "aliases": []}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    sentences = list(read_gold_dir(tmp_path))
    found = [(text[s:e], kind) for text, labels in sentences for s, e, kind in spans_of(labels)]
    assert found == [("东岭机床厂", "ORG"), ("邵立恒", "PER"), ("邵立恒", "PER"), ("东岭机床厂", "ORG")]


def test_gold_reader_refuses_a_folder_without_gold(tmp_path):
    with pytest.raises(TaggerDataError, match=r"no \*\.gold\.json"):
        list(read_gold_dir(tmp_path))


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 5), st.sampled_from(["PER", "ORG", "LOC"])), max_size=6))
def test_marked_spans_read_back_as_themselves(spans):
    labels = ["O"] * 40
    placed = []
    for start, length, kind in spans:
        end = start + length
        if all(end <= s or e <= start for s, e, _k in placed):
            _mark(labels, start, end, kind)
            placed.append((start, end, kind))
    assert spans_of(labels) == sorted(placed)


@given(st.text(alphabet="林某 \u3000东\n，", max_size=30))
def test_compacting_drops_only_spaces_and_keeps_each_offset(text):
    kept, where = compact(text, 0, len(text))
    assert kept == "".join(c for c in text if c not in " \u3000\n")
    assert all(text[i] == c for i, c in zip(where, kept, strict=True))


def test_retraining_on_a_tiny_corpus_writes_a_model_that_finds_its_names(tiny_bio, tmp_path):
    model = tmp_path / "tiny.crfsuite"
    result = _train(tiny_bio, model)
    assert result.returncode == 0, result.stderr
    assert "trained in" in result.stderr
    spans = MentionTagger.open(model).tag("邵立恒来自东岭机床厂。")
    assert ("邵立恒", "PER") in {(s.name, s.kind) for s in spans}


def test_retraining_with_the_same_seed_gives_the_same_model(tiny_bio, tmp_path):
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    assert _train(tiny_bio, first).returncode == 0
    assert _train(tiny_bio, second).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_training_without_any_source_is_a_usage_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "tagger", "train", "--output", str(tmp_path / "m")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    assert "at least one" in result.stderr


def test_the_packaged_model_ships_within_the_size_budget():
    path = packaged_model()
    assert path.is_file(), "run `craftgraph tagger train` as docs/extraction.md says"
    assert path.stat().st_size <= 20 * 1024 * 1024


def test_the_packaged_model_finds_a_name_no_rule_anchors():
    tagger = MentionTagger.open(packaged_model())
    spans = tagger.tag("出生在湖南乡下的邵立恒，十八岁进厂当学徒。")
    assert ("邵立恒", "PER") in {(s.name, s.kind) for s in spans}


def test_a_padded_byline_name_is_a_person_written_with_its_spaces():
    record = extract_with(Extractor(), "东岭机床厂技能比武落幕\n\n本报记者  邵立恒  祁  澜\n")
    assert {"邵立恒", "祁  澜"} <= names(record, "Person")


def test_an_absent_model_file_means_no_tagger(tmp_path):
    assert load_tagger(str(tmp_path / "none.crfsuite")) is None


def test_a_file_that_is_no_model_is_an_error_naming_it(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(TaggerModelError, match=r"bad\.crfsuite"):
        MentionTagger.open(bad)


def test_the_extractor_without_a_tagger_still_extracts_and_says_so():
    extractor = Extractor(use_tagger=False)
    record = extract_with(extractor, "东海市总工会主席邵立恒出席会议。")
    assert "邵立恒" in names(record, "Person")
    assert record.extractor.endswith("(rules only: no tagger)")


def test_the_extractor_with_the_tagger_says_so():
    record = extract_with(Extractor(), "东海市总工会主席邵立恒出席会议。")
    assert record.extractor.endswith("+tagger")


def test_status_reports_an_absent_model_with_exit_code_3(tmp_path):
    env = {"CRAFTGRAPH_TAGGER_MODEL": str(tmp_path / "none.crfsuite"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "api.cli", "tagger", "status"], capture_output=True, text=True,
                            check=False, env=env)
    assert result.returncode == 3
    assert "rules alone" in result.stdout


def _lex():
    return lexicon()


def test_a_tagged_name_that_begins_a_longer_word_is_no_person():
    text = "南开大学马克思主义学院院长致辞。"
    assert person_names([Span(4, 7, "PER", "马克思")], _lex(), [], text) == []


def test_a_tagged_name_standing_alone_is_a_person():
    text = "出生在湖南乡下的邵立恒，十八岁进厂当学徒。"
    assert person_names([Span(8, 11, "PER", "邵立恒")], _lex(), [], text) == ["邵立恒"]


def test_a_tagged_name_where_the_rules_found_one_is_left_to_the_rules():
    text = "记者邵立恒报道。"
    assert person_names([Span(2, 5, "PER", "邵立恒")], _lex(), [(2, 5)], text) == []


@pytest.mark.parametrize("name", ["工会委员会", "上级工会", "新一届工会委员会", "江龙院长作学院", "早早赶到游客中心"])
def test_generic_or_clausal_tagged_organisations_are_not_taken(name):
    assert organisation_names([Span(0, len(name), "ORG", name)], _lex(), []) == []


def test_a_ministry_tagged_with_national_before_it_keeps_its_own_name():
    [span] = organisation_names([Span(3, 8, "ORG", "国家教育部")], _lex(), [])
    assert (span.start, span.name) == (5, "教育部")


def test_a_tagged_organisation_with_a_proper_name_and_a_suffix_is_taken():
    spans = organisation_names([Span(0, 7, "ORG", "东岭机床有限公司")], _lex(), [])
    assert [s.name for s in spans] == ["东岭机床有限公司"]
