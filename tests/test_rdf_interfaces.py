"""``craftgraph export`` run as a user runs it (a subprocess over a real embedded store) and ``GET /export``
over real HTTP, with content negotiation."""

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.rdf.export import export_graph
from graph.rdf.formats import FORMATS
from graph.settings import Settings
from graph.stores import open_store

from .rdf_fixtures import hand_built_records, named_graphs, rdflib_graph

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding the hand-built records, closed so a subprocess can open it."""
    path = tmp_path_factory.mktemp("rdf-cli") / "graph.lbdb"
    with open_store(Settings(store="embedded", db_path=path)) as store:  # type: ignore[call-arg]
        store.write_records(hand_built_records())
    return path


@pytest.fixture(scope="module")
def expected(db: Path) -> Graph:
    with open_store(Settings(store="embedded", db_path=db)) as store:  # type: ignore[call-arg]
        return rdflib_graph(export_graph(store, Settings()).quads())  # type: ignore[call-arg]


def craftgraph(*args: str, db: Path, umask: int | None = None) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRAFTGRAPH_")}
    environ.update({"CRAFTGRAPH_STORE": "embedded", "CRAFTGRAPH_DB_PATH": str(db), "PYTHONIOENCODING": "utf-8"})
    return subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=REPO, env=environ, capture_output=True,
                          timeout=300, check=False, umask=-1 if umask is None else umask)


# --------------------------------------------------------------------------------------------- CLI


def test_export_writes_turtle_to_standard_output_by_default(db: Path, expected: Graph) -> None:
    proc = craftgraph("export", db=db)
    assert proc.returncode == 0, proc.stderr.decode()
    assert isomorphic(Graph().parse(data=proc.stdout, format="turtle"), expected)
    assert b"triples" in proc.stderr


@pytest.mark.parametrize("name", ["ntriples", "jsonld", "rdfxml"])
def test_export_writes_the_chosen_format_to_a_file(db: Path, expected: Graph, tmp_path: Path, name: str) -> None:
    out = tmp_path / f"graph.{FORMATS[name].extension}"
    proc = craftgraph("export", "--format", name, "-o", str(out), db=db)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == b""
    assert isomorphic(Graph().parse(out, format=FORMATS[name].rdflib_name), expected)


def test_export_as_trig_keeps_a_graph_per_document(db: Path, expected: Graph, tmp_path: Path) -> None:
    out = tmp_path / "graph.trig"
    assert craftgraph("export", "-f", "trig", "-o", str(out), "--validate", db=db).returncode == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    graphs = named_graphs(dataset)
    assert len(graphs) == len(hand_built_records()) + 1
    merged = Graph()
    for graph in graphs.values():
        for triple in graph:
            merged.add(triple)
    assert isomorphic(merged, expected)


@pytest.mark.parametrize(("extension", "name"), [("ttl", "turtle"), ("nt", "ntriples"), ("jsonld", "jsonld"),
                                               ("rdf", "rdfxml"), ("xml", "rdfxml"), ("trig", "trig"),
                                               ("nq", "nquads")])
def test_export_takes_the_format_from_the_file_extension(
    db: Path, expected: Graph, tmp_path: Path, extension: str, name: str
) -> None:
    out = tmp_path / f"graph.{extension}"
    proc = craftgraph("export", "-o", str(out), db=db)
    assert proc.returncode == 0, proc.stderr.decode()
    assert f"as {name}".encode() in proc.stderr
    fmt = FORMATS[name]
    if fmt.dataset:
        dataset = Dataset()
        dataset.parse(out, format=fmt.rdflib_name)
        merged = Graph()
        for graph in named_graphs(dataset).values():
            for triple in graph:
                merged.add(triple)
        assert isomorphic(merged, expected)
    else:
        assert isomorphic(Graph().parse(out, format=fmt.rdflib_name), expected)


@pytest.mark.parametrize(("fmt", "file"), [("turtle", "graph.nt"), ("ntriples", "graph.ttl"), ("trig", "graph.nq")])
def test_a_format_contradicting_the_file_extension_is_refused(db: Path, tmp_path: Path, fmt: str, file: str) -> None:
    proc = craftgraph("export", "--format", fmt, "-o", str(tmp_path / file), db=db)
    assert proc.returncode == 2
    message = proc.stderr.decode()
    assert "contradicts" in message and fmt in message and file in message
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_extension_without_format_writes_turtle(db: Path, expected: Graph, tmp_path: Path) -> None:
    out = tmp_path / "graph.out"
    assert craftgraph("export", "-o", str(out), db=db).returncode == 0
    assert isomorphic(Graph().parse(out, format="turtle"), expected)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_the_exported_file_gets_the_mode_the_umask_allows(db: Path, tmp_path: Path, umask: int, mode: int) -> None:
    out = tmp_path / "graph.nt"
    assert craftgraph("export", "-o", str(out), db=db, umask=umask).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_a_replaced_export_keeps_the_mode_of_the_file_it_replaces(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    out.write_bytes(b"")
    out.chmod(0o604)
    assert craftgraph("export", "-o", str(out), db=db, umask=0o077).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604 and out.stat().st_size > 0


def test_export_to_a_directory_fails_with_one_clear_line_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    proc = craftgraph("export", "-o", str(tmp_path), db=db)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip().startswith("error:")
    assert "directory" in proc.stderr.decode()
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_an_unknown_format(db: Path) -> None:
    proc = craftgraph("export", "--format", "n3x", db=db)
    assert proc.returncode == 2
    assert b"turtle" in proc.stderr


# -------------------------------------------------------------------------------------------- HTTP


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[httpx.Client]:
    from api.http.app import create_app

    from .http_fixtures import LiveServer

    settings = Settings(store="embedded", db_path=db)  # type: ignore[call-arg]
    with LiveServer(create_app(settings)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.dataset])
def test_get_export_serves_the_format_asked_for(api: httpx.Client, expected: Graph, name: str) -> None:
    response = api.get("/export", params={"format": name})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(FORMATS[name].media_type)
    assert isomorphic(Graph().parse(data=response.content, format=FORMATS[name].rdflib_name), expected)


@pytest.mark.parametrize(
    ("accept", "name"),
    [("text/turtle", "turtle"), ("application/ld+json", "jsonld"), ("application/rdf+xml", "rdfxml"),
     ("application/n-triples;q=0.9, text/turtle;q=0.5", "ntriples"), ("application/trig", "trig"), ("*/*", "turtle")],
)
def test_get_export_negotiates_the_format_from_accept(api: httpx.Client, accept: str, name: str) -> None:
    response = api.get("/export", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(FORMATS[name].media_type)
    assert "Accept" in response.headers.get("vary", "")


def test_get_export_answers_406_when_no_rdf_format_is_acceptable(api: httpx.Client) -> None:
    response = api.get("/export", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "text/turtle" in response.json()["detail"]


def test_get_export_rejects_an_unknown_format_naming_the_known_ones(api: httpx.Client) -> None:
    response = api.get("/export", params={"format": "n3x"})
    assert response.status_code == 422
    assert "turtle" in response.text


@pytest.mark.parametrize("path", ["/export/ontology", "/export/shapes"])
def test_the_ontology_and_the_shapes_are_served_as_turtle(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=response.content, format="turtle")) > 50
