"""Names close to one the graph does not hold, and parts of names, found in ask's name index
(api/ask/suggesting.py, api/ask/grams.py): the same suggestions graph.lookup.suggest finds with its
query, on each store, and the same texts a full scan finds."""

import difflib
import random
from collections.abc import Iterator

import pytest

from api.ask.grams import GramIndex
from api.ask.linking import NameIndex
from api.ask.suggesting import _closest
from graph.lookup import suggest
from graph.schema import ENTITY_LABELS
from graph.settings import Settings
from graph.store import GraphStore
from tests.records import RecordBuilder, corpus

from .store_fixtures import STORE_KINDS, open_test_store

#: Forums alike enough to compete for the five suggestions.
SIMILAR_FORUMS = [f"第{n}届测试{topic}论坛" for n in "一二三四五" for topic in ("工匠", "技能", "工匠精神")]


def similar_forums() -> RecordBuilder:
    b = RecordBuilder("similar-forums.txt").entity("p", "Person", "试庚", "庚师傅")
    for i, name in enumerate(SIMILAR_FORUMS):
        b.entity(f"f{i}", "Forum", name).fact("SPOKE_AT", "p", f"f{i}", f"试庚在{name}上发言。")
    return b


@pytest.fixture(scope="module", params=STORE_KINDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    settings = Settings(store=request.param, db_path=tmp_path_factory.mktemp("ask-suggest") / "graph")  # type: ignore[call-arg]
    with open_test_store(request.param, settings) as store:
        store.write_records([*corpus(), similar_forums().build()])
        yield store


UNKNOWN = ["第六届测试工匠论坛", "测试工匠", "测试", "试", "工匠精神论坛测试", "庚师", "测试劳动奖", "X", "论坛第一届"]


@pytest.mark.parametrize("name", UNKNOWN)
@pytest.mark.parametrize("labels", [ENTITY_LABELS, ("Forum",), ("Person", "Honor")])
def test_the_index_suggests_what_the_lookup_query_does(
    loaded: GraphStore, name: str, labels: tuple[str, ...]
) -> None:
    index = NameIndex.read(loaded)
    assert index.suggest(name, labels) == suggest(loaded, name, labels)


def test_an_unknown_forum_gets_the_closest_forums(loaded: GraphStore) -> None:
    found = NameIndex.read(loaded).suggest("第六届测试工匠论坛", ("Forum",))
    assert len(found) == 5 and all(name in SIMILAR_FORUMS for name in found)


def test_a_part_of_a_name_finds_every_entity_holding_it(loaded: GraphStore) -> None:
    index = NameIndex.read(loaded)
    for part in ("测试工匠", "工匠精神论坛", "测试", "第一届测试工匠论坛", "无此名"):
        scanned = {(e.label, e.key) for name, es in index.names.items() if part in name for e in es}
        assert {(e.label, e.key) for e in index.containing(part, ENTITY_LABELS)} == scanned, part


def test_a_piece_is_found_in_exactly_the_texts_holding_it() -> None:
    texts = ["东海工匠论坛", "工匠精神", "论坛", "东海", "海工匠论坛东海"]
    index = GramIndex(texts)
    for piece in ("工匠", "东海工匠", "论", "海工匠论坛", "无", "坛东海", ""):
        assert index.holding(piece) == [i for i, text in enumerate(texts) if piece in text], piece


def test_the_closest_texts_are_those_difflib_ranks_first() -> None:
    rng = random.Random(7)
    alphabet = "测试工匠论坛技能第一二届"
    texts = sorted({"".join(rng.choices(alphabet, k=rng.randint(2, 10))) for _ in range(400)})
    for wanted in ("测试工匠论坛", "第一届", "技能", "坛"):
        ratio = {t: difflib.SequenceMatcher(None, wanted, t).ratio() for t in texts}
        for floor in (0.0, 0.5):
            ranked = sorted((t for t in texts if ratio[t] >= floor), key=lambda t: (-ratio[t], t))
            assert _closest(wanted, texts, 5, floor) == ranked[:5], (wanted, floor)
