"""A person's cross-document identity: the name plus the organisation context of its document.

Policy (deterministic and independent of load order, since it reads one document only):

* ``person-org-context``: the disambiguator is the ROOT of the organisation the person holds a position
  in (HOLDS_POSITION first, then MEMBER_OF; the earliest sentence first, then the name). The root is the
  shortest leading part of the canonical name that ends like an institution (大学, 集团(+legal form),
  总工会, 科学院, 公司, 部, 厅 ...): 南开大学工会 and 南开大学马克思主义学院 both give 南开大学, so one
  person reported by two departments of one university is one node. A document-local organisation
  (我校) gives a document-local person.
* ``person-no-context``: a person with no organisation in the document keeps the plain name: every such
  mention of the name, in every document, is one node (honours never conflict, so they do not split it).

The same name in two roots stays two nodes; ``queries/possible_duplicates.cypher`` lists them.
"""

import re
from dataclasses import dataclass

from ..model import Entity, EntityType, ExtractionRecord, RelationType
from .notes import Note
from .orgs import OrgName, OrgNames

_ROOT_END = re.compile(r"(?:大学|集团(?:股份有限公司|有限责任公司|有限公司|公司)?|总工会|科学院|工程院|股份有限公司"
                       r"|有限责任公司|有限公司|公司|部|厅)")
_MIN_ROOT = 3
_CONTEXT_TYPES = (RelationType.HOLDS_POSITION, RelationType.MEMBER_OF)


@dataclass(frozen=True)
class PersonContext:
    disambiguator: str | None
    note: Note


def organisation_root(name: str) -> str:
    """The shortest leading part of ``name`` that ends like an institution (at least 3 characters)."""
    for m in _ROOT_END.finditer(name):
        if m.end() >= _MIN_ROOT:
            return name[: m.end()]
    return name


def person_context(
    person: Entity, record: ExtractionRecord, orgs: dict[str, OrgName], org_names: OrgNames, local_tag: str
) -> PersonContext:
    """The disambiguator of ``person`` in ``record``; ``orgs`` maps entity ids to resolved organisations."""
    candidates = [
        (_CONTEXT_TYPES.index(rel.type), rel.evidence.start, orgs[rel.tail].name, rel)
        for rel in record.relations
        if rel.head == person.id and rel.type in _CONTEXT_TYPES and rel.tail in orgs
    ]
    if not candidates:
        return PersonContext(None, Note("person-no-context", f"{person.name}: no organisation in this document"))
    _, _, org_name, rel = min(candidates, key=lambda c: c[:3])
    root = org_names.canonical(organisation_root(org_name))
    disambiguator = f"{root.name}@{local_tag}" if root.document_local or orgs[rel.tail].document_local else root.name
    via = f" (root of {org_name})" if root.name != org_name else ""
    return PersonContext(
        disambiguator,
        Note("person-org-context", f"{person.name} @ {disambiguator}{via}, {rel.type.value}: {rel.evidence.text}"),
    )


def is_person(entity: Entity) -> bool:
    return entity.type is EntityType.PERSON
