"""``craftgraph neo4j import``: a first bulk load of extraction records with ``neo4j-admin database import
full``, on the project's own server; for a server elsewhere, the files and the command to run there.

The import makes a new database holding exactly what the Neo4j store would write for the same records
(:mod:`graph.bulk_import`). Once the server is up again the lists CSV cannot write empty are set and the
store's own constraints and indexes are created (:meth:`Neo4jStore.ensure_schema`), so later documents
are loaded, replaced and removed through the store as in any graph it wrote itself.

On the project's server: a database that holds data is refused unless ``overwrite`` is given; the server is
stopped for the import and started again; a failed import leaves the database as it was
(:meth:`Neo4jServer.import_database`) and the server running if it was.
"""

import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

from .bulk_import import AFTER_IMPORT_FILE, ImportFiles, Progress, RecordSource, write_import_files
from .errors import ConfigurationError, CraftgraphError, InputError, StoreError
from .neo4j_server import Neo4jServer
from .settings import Settings
from .stores.neo4j_cypher import schema_statements
from .stores.neo4j_store import Neo4jStore

#: Neo4j Community serves one user database, and the project's server leaves its name at the default.
DEFAULT_DATABASE = "neo4j"
INSTRUCTIONS_FILE = "IMPORT.txt"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class ImportSummary:
    documents: int
    duplicates: int
    nodes: int
    relationships: int
    #: The whole command; then its parts: writing the files, stopping the server and importing, starting
    #: it with the empty lists set and the schema created.
    seconds: float
    files_s: float
    import_s: float
    finish_s: float

    def line(self) -> str:
        skipped = f" ({self.duplicates:,} repeated documents skipped)" if self.duplicates else ""
        return (f"imported {self.documents:,} documents{skipped}: {self.nodes:,} nodes and {self.relationships:,} "
                f"relationships in {self.seconds:.1f} s (files {self.files_s:.1f} s, stop and neo4j-admin "
                f"{self.import_s:.1f} s, start, empty lists and schema {self.finish_s:.1f} s)")


def serves(server: Neo4jServer, uri: str) -> bool:
    """Whether ``uri`` names the project's own server (on this machine, on its Bolt port)."""
    try:
        parts = urlsplit(uri)
        return parts.hostname in _LOOPBACK and (parts.port or 7687) == server.bolt_port
    except ValueError:
        return False


def import_records(source: RecordSource, server: Neo4jServer, settings: Settings, *, overwrite: bool = False,
                   progress: Progress | None = None) -> ImportSummary:
    """Replace the project's server's database by the graph of the records of ``source``."""
    say = progress or (lambda _msg: None)
    begun = time.perf_counter()
    database = _checked_target(server, settings)
    server.install(say)
    _refuse_data(server, settings, overwrite, say)
    imports = server.instance / "import"
    imports.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="craftgraph-import-", dir=imports))
    try:
        files = _written(source, folder, settings, say)
    except BaseException:  # a malformed record: nothing was touched, nothing is kept
        shutil.rmtree(folder, ignore_errors=True)
        raise
    was_running = server.pid() is not None
    started = time.perf_counter()
    server.stop(say)
    try:
        server.import_database(database, files.options(overwrite=True), folder, say)
    except CraftgraphError:
        if was_running:
            server.start(say)
        raise
    import_s = time.perf_counter() - started
    started = time.perf_counter()
    server.start(say)
    nodes, relationships = _finish(settings, files, say)
    if (nodes, relationships) != (files.node_count, files.relationship_count):
        raise StoreError(f"the import wrote {nodes:,} nodes and {relationships:,} relationships where the files in "
                         f"{folder} hold {files.node_count:,} and {files.relationship_count:,}; see its import.report")
    shutil.rmtree(folder)
    return ImportSummary(files.documents, files.duplicates, nodes, relationships, time.perf_counter() - begun,
                         files.seconds, import_s, time.perf_counter() - started)


def write_files_only(source: RecordSource, directory: Path, settings: Settings, *, overwrite: bool = False,
                     progress: Progress | None = None) -> tuple[ImportFiles, str]:
    """Write the import files, ``after-import.cypher`` and instructions into ``directory``; the instructions."""
    say = progress or (lambda _msg: None)
    files = _written(source, directory, settings, say)
    statements = [*files.after_import_statements(), *schema_statements(), "CALL db.awaitIndexes(300)"]
    (directory / AFTER_IMPORT_FILE).write_text("".join(f"{s};\n" for s in statements), encoding="utf-8")
    text = instructions(files, settings, overwrite=overwrite)
    (directory / INSTRUCTIONS_FILE).write_text(text + "\n", encoding="utf-8")
    return files, text


def instructions(files: ImportFiles, settings: Settings, *, overwrite: bool) -> str:
    """How to import the files into a Neo4j 5 server craftgraph does not run."""
    database, user = settings.neo4j_database, settings.neo4j_user
    replace = ("it replaces the database" if overwrite else
               "neo4j-admin refuses a database that exists, even the empty one a new server makes: once it holds "
               "nothing you need, run the command with --overwrite-destination=true (`craftgraph neo4j import "
               "--overwrite` writes it so)")
    return "\n".join([
        f"To import into the Neo4j server at {settings.neo4j_uri} (neo4j-admin runs on that server's machine):",
        f"  1. copy {files.directory} to that machine and cd into it;",
        f"  2. stop the database (`neo4j stop`; Enterprise: STOP DATABASE {database});",
        f"  3. {files.command_line(database, overwrite=overwrite)}",
        f"     ({replace});",
        f"  4. start it again (`neo4j start`; Enterprise: START DATABASE {database});",
        f"  5. cypher-shell -u {user} -d {database} -f {AFTER_IMPORT_FILE}",
        "     (sets the lists CSV cannot write empty, and creates the constraints and indexes craftgraph uses).",
    ])


def _written(source: RecordSource, folder: Path, settings: Settings, say: Progress) -> ImportFiles:
    files = write_import_files(source, folder, settings.base_iri, say)
    if not files.documents:
        raise InputError("there are no records to import")
    say(f"wrote {files.node_count:,} nodes and {files.relationship_count:,} relationships of {files.documents:,} "
        f"documents into {folder} in {files.seconds:.1f} s")
    return files


def _checked_target(server: Neo4jServer, settings: Settings) -> str:
    if not serves(server, settings.neo4j_uri):
        raise ConfigurationError(
            f"CRAFTGRAPH_NEO4J_URI is {settings.neo4j_uri}, a server craftgraph does not run (its own listens on "
            f"{server.bolt_uri}, CRAFTGRAPH_NEO4J_BOLT_PORT); neo4j-admin must run on that server's machine: "
            "pass --files-only DIR to write the import files and the command to run there"
        )
    if settings.neo4j_database != DEFAULT_DATABASE:
        raise ConfigurationError(
            f"CRAFTGRAPH_NEO4J_DATABASE is {settings.neo4j_database!r}, but the project's Neo4j Community server "
            f"serves one database, {DEFAULT_DATABASE!r}; set CRAFTGRAPH_NEO4J_DATABASE={DEFAULT_DATABASE}"
        )
    return settings.neo4j_database


def _refuse_data(server: Neo4jServer, settings: Settings, overwrite: bool, say: Progress) -> None:
    """Raise unless the database is empty or ``overwrite`` is given (a stopped server is started to look)."""
    if overwrite:
        return
    if server.pid() is None:
        if not (server.data_dir / "databases" / settings.neo4j_database).exists():
            return
        say(f"starting Neo4j to see whether database {settings.neo4j_database!r} holds data")
        server.start(say)
    with Neo4jStore.from_settings(settings) as store:
        nodes = int(store.run("MATCH (n) RETURN count(n) AS n").rows[0][0])
    if nodes:
        raise StoreError(
            f"database {settings.neo4j_database!r} at {settings.neo4j_uri} holds {nodes:,} nodes; an import makes a "
            "new database from the records alone. Pass --overwrite to replace it (everything in it is deleted), or "
            "add documents to it with `craftgraph load`"
        )


def _finish(settings: Settings, files: ImportFiles, say: Progress) -> tuple[int, int]:
    """Empty lists and schema on the started server; the node and relationship totals it now holds."""
    statements = files.after_import_statements()
    if statements:
        say("setting the empty lists of " + ", ".join(f"{e.name}.{e.prop} ({e.rows:,})" for e in files.empty_lists))
        _auto_commit(settings, statements)
    say("creating the constraints and indexes")
    with Neo4jStore.from_settings(settings) as store:
        store.ensure_schema()
        stats = store.stats()
    return stats.node_total, stats.relationship_total


def _auto_commit(settings: Settings, statements: list[str]) -> None:
    """Run statements that commit as they go (``CALL { … } IN TRANSACTIONS``: not in a managed transaction)."""
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    try:
        with GraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver, \
                driver.session(database=settings.neo4j_database) as session:
            for statement in statements:
                session.run(statement).consume()
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
        raise StoreError(f"Neo4j at {settings.neo4j_uri} failed after the import, setting empty lists: {exc}; "
                         "the data is imported, run `craftgraph neo4j import` again to redo it") from exc
