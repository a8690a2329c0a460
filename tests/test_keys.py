"""Keys and IRIs keep their form: a stored node or relationship is found again by them."""

import hashlib
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from graph.keys import node_iri, relation_key

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)


@given(TEXT)
def test_a_node_iri_quotes_its_key_as_urllib_does(key: str) -> None:
    assert node_iri("https://example.org/id/", "Person", key) == f"https://example.org/id/person/{quote(key, safe='')}"


@given(st.lists(st.one_of(st.none(), TEXT, st.integers()), max_size=8))
def test_a_relation_key_digests_its_parts_none_as_empty(parts: list[object]) -> None:
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    assert relation_key(*parts) == hashlib.sha1(raw.encode("utf-8")).hexdigest()
