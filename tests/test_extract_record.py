"""Properties of every extraction record: offsets index the normalised text, the record is well formed."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract_helpers import extract

_PIECES = st.sampled_from(
    [
        "林晓峰",
        "周雨桐",
        "东海大学",
        "院长",
        "党委书记",
        "、",
        "，",
        "。",
        "\n",
        "出席",
        "并致辞",
        "论坛",
        "第三届",
        "全国劳动模范",
        "由",
        "主办",
        "承办",
        "在",
        "南湖",
        "举行",
        "“",
        "”",
        "等",
        "7月8日",
        "大会",
        "（",
        "）",
        "兼",
    ]
)


def test_relation_evidence_is_the_sentence_found_at_its_offsets():
    rec = extract(
        "东海工匠论坛举行\n\n7月8日，第三届东海工匠论坛在南湖会展中心举行。论坛由东海省总工会主办。"
        "全国劳动模范、东海大学院长林晓峰出席并致辞。\n\n本报记者 周雨桐 摄\n"
    )
    assert rec.relations
    for rel in rec.relations:
        assert rec.text[rel.evidence.start : rel.evidence.end] == rel.evidence.text


def test_entity_mentions_point_at_their_surface():
    rec = extract("7月8日，第三届东海工匠论坛在南湖举行。东海大学院长林晓峰出席。")
    for ent in rec.entities:
        for m in ent.mentions:
            assert rec.text[m.start : m.end] == m.text
            assert m.text == ent.name or m.text in ent.aliases


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_gives_a_valid_record_with_consistent_offsets(text):
    rec = extract(text)
    ids = {e.id for e in rec.entities}
    for rel in rec.relations:
        assert rel.head in ids and rel.tail in ids
        assert rec.text[rel.evidence.start : rel.evidence.end] == rel.evidence.text
