"""SHACL validation of an export against ``graph/rdf/shapes.ttl`` (pyshacl)."""

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pyshacl
from rdflib import Dataset, Graph
from rdflib.namespace import SH

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILE = "ontology.ttl"


def resource_text(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def _parsed(name: str) -> Graph:
    return Graph().parse(data=resource_text(name), format="turtle")


def shapes_graph() -> Graph:
    """The SHACL shapes (a copy: callers may change it)."""
    copy = Graph()
    for triple in _parsed(SHAPES_FILE):
        copy.add(triple)
    return copy


def ontology_graph() -> Graph:
    copy = Graph()
    for triple in _parsed(ONTOLOGY_FILE):
        copy.add(triple)
    return copy


@dataclass(frozen=True)
class ValidationOutcome:
    conforms: bool
    violations: int
    warnings: int
    report: str


def validate(data: Graph | Dataset) -> ValidationOutcome:
    """Validate ``data`` (named graphs merged); warnings do not make it non-conforming."""
    graph = data
    if isinstance(data, Dataset):
        graph = Graph()
        for s, p, o, _ in data.quads():
            graph.add((s, p, o))
    conforms, results, text = pyshacl.validate(
        graph, shacl_graph=_parsed(SHAPES_FILE), advanced=True, allow_warnings=True, inference="none"
    )
    severities = [str(o) for o in results.objects(predicate=SH.resultSeverity)]
    return ValidationOutcome(
        conforms=bool(conforms),
        violations=sum(s.endswith("#Violation") for s in severities),
        warnings=sum(s.endswith("#Warning") for s in severities),
        report=str(text),
    )
