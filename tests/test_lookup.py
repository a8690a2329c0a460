"""Resolving a typed name to one entity, on every store: key first, then names and aliases."""

import pytest

from graph.errors import AmbiguousNameError, EntityNotFoundError
from graph.lookup import find_by_key, resolve
from graph.store import GraphStore
from tests.records import RecordBuilder

SHARED, ALIASED, OTHER = "试名", "试别", "试外"


@pytest.fixture
def people(store: GraphStore) -> GraphStore:
    """Two namesakes told apart by a disambiguator, one of them also known by the name of a third person."""
    b = RecordBuilder("lookup.txt").entity("h", "Honor", "测试奖")
    b.entity("a", "Person", SHARED, ALIASED, disambiguator="甲").entity("b", "Person", SHARED, disambiguator="乙")
    b.entity("c", "Person", ALIASED).entity("d", "Person", OTHER, "试外号")
    for ident, name in (("a", SHARED), ("b", SHARED), ("c", ALIASED), ("d", OTHER)):
        b.fact("HOLDS_HONOR", ident, "h", f"{name}获得测试奖。")
    store.write_records([b.build()])
    return store


def test_a_name_that_is_a_key_wins_over_another_entity_s_alias(people: GraphStore) -> None:
    assert resolve(people, ALIASED, ("Person",)).key == ALIASED
    assert resolve(people, ALIASED).key == ALIASED  # every label: no shortcut, same rule


def test_a_shared_name_lists_both_namesakes(people: GraphStore) -> None:
    with pytest.raises(AmbiguousNameError) as raised:
        resolve(people, SHARED, ("Person",))
    assert sorted(c["key"] for c in raised.value.candidates) == [f"{SHARED}#乙", f"{SHARED}#甲"]


def test_a_namesake_s_key_resolves_it(people: GraphStore) -> None:
    assert resolve(people, f"{SHARED}#甲", ("Person",)).name == SHARED


def test_an_alias_and_an_unnormalised_name_resolve(people: GraphStore) -> None:
    assert resolve(people, "试外号", ("Person",)).key == OTHER
    assert resolve(people, f" {OTHER} ", ("Person",)).key == OTHER


def test_a_key_of_another_label_is_not_found(people: GraphStore) -> None:
    assert find_by_key(people, "测试奖", "Person") is None
    with pytest.raises(EntityNotFoundError):
        resolve(people, "测试奖", ("Person",))
