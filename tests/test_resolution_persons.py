"""Persons across documents: the organisation context decides (graph.resolution.persons)."""

from graph.model import ExtractionRecord
from graph.resolution import Resolver
from graph.resolution.persons import organisation_root
from graph.rows import entity_node_key
from tests.resolution_records import position, record


def person_key(rec: ExtractionRecord, name: str = "柯远舟") -> str:
    resolved = Resolver().resolve(rec)
    return next(entity_node_key(e) for e in resolved.entities if e.name == name)


def test_the_same_name_in_the_same_organisation_is_one_identity() -> None:
    assert person_key(position("a", "柯远舟", "青山大学")) == person_key(position("b", "柯远舟", "青山大学", "教授"))


def test_the_same_name_in_different_organisations_is_two_identities() -> None:
    assert person_key(position("a", "柯远舟", "青山大学")) != person_key(position("b", "柯远舟", "星河精工集团"))


def test_departments_of_one_university_are_one_context() -> None:
    union, school = position("a", "柯远舟", "青山大学工会"), position("b", "柯远舟", "青山大学化学学院")
    assert person_key(union) == person_key(school)


def test_forms_of_one_organisation_are_one_context() -> None:
    assert person_key(position("a", "柯远舟", "全总")) == person_key(position("b", "柯远舟", "中华全国总工会"))


def test_a_person_without_organisation_keeps_the_plain_name() -> None:
    rec = record("a", [("柯远舟获评全国劳动模范。", [("HOLDS_HONOR", "p", "h", {})])],
                 {"p": ("Person", "柯远舟"), "h": ("Honor", "全国劳动模范")})
    assert person_key(rec) == "柯远舟"


def test_a_person_of_a_document_local_organisation_is_document_local() -> None:
    assert person_key(position("a", "柯远舟", "我校")) != person_key(position("b", "柯远舟", "我校"))


def test_a_position_outweighs_a_membership() -> None:
    rec = record("a", [("星河精工集团成员柯远舟。", [("MEMBER_OF", "p", "m", {})]),
                       ("青山大学主任柯远舟。", [("HOLDS_POSITION", "p", "o", {"titles": ["主任"]})])],
                 {"p": ("Person", "柯远舟"), "o": ("Organization", "青山大学"), "m": ("Organization", "星河精工集团")})
    assert person_key(rec) == "柯远舟#青山大学"


def test_the_context_is_explained_with_its_sentence() -> None:
    resolved = Resolver().resolve(position("a", "柯远舟", "青山大学"))
    note = next(e for e in resolved.entities if e.name == "柯远舟").properties["resolution"]
    assert note.startswith("person-org-context") and "青山大学主任柯远舟出席会议。" in note


def test_the_root_of_a_group_unit_keeps_the_legal_form() -> None:
    assert organisation_root("星河精工集团有限公司研发总院") == "星河精工集团有限公司"


def test_the_root_of_a_union_department_is_the_union() -> None:
    assert organisation_root("中华全国总工会青年部") == "中华全国总工会"
