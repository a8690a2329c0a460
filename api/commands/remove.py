"""``craftgraph remove``: delete documents' facts, and the entities no other document supports."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from graph.store import GraphStore

DOC_HELP = ("A stored document: its key (the content sha256, or a unique prefix of at least 8 characters), or "
            "its source (the path relative to the folder it was loaded from, a page URL, a JSON Lines url or "
            "source), or the path of its file.")
MIN_PREFIX = 8


def path_sources(path: Path) -> list[str]:
    """The sources a file may be stored under: its absolute path (an older craftgraph's), and its path
    relative to each folder above it (the folder given to ``load`` is one of them), nearest first. Several
    stored documents matching is an ambiguity the command reports (with their keys), never a guess."""
    resolved = path.resolve()
    parts = resolved.parts[1:]
    return [str(resolved)] + ["/".join(parts[i:]) for i in range(len(parts) - 1, -1, -1)]


def _matches(store: "GraphStore", doc: str) -> list[tuple[str, str]]:
    """(key, source) of the stored documents ``doc`` names."""
    sources = [doc]
    path = Path(doc)
    if path.is_file():
        sources += path_sources(path)
    # A prefix shorter than MIN_PREFIX is replaced by one no sha256 starts with.
    prefix = doc.lower() if len(doc) >= MIN_PREFIX else "-"
    query = ("MATCH (d:Document) WHERE d.key = $doc OR d.source IN $sources OR d.key STARTS WITH $prefix "
             "RETURN d.key AS key, d.source AS source")
    rows = store.run(query, {"doc": doc, "sources": sources, "prefix": prefix}).rows
    return sorted({(key, source) for key, source in rows})


def remove(
    docs: Annotated[list[str], typer.Argument(metavar="DOC", help=DOC_HELP, show_default=False)],
) -> None:
    """Remove documents from the configured store (CRAFTGRAPH_STORE).

    Deletes each document's node, articles and every relationship it supplied; entities that no remaining
    document mentions are deleted too, and the names, properties and aliases of the others are recomputed,
    so the graph equals a fresh load of the remaining documents. Every DOC is checked before anything is
    removed: one that names no stored document, or several, stops the command.
    """
    from graph.errors import AmbiguousNameError, InputError
    from graph.stores import open_store
    from loaders.updates import remove_document

    with open_store() as store:
        chosen: list[tuple[str, str]] = []
        for doc in docs:
            found = _matches(store, doc)
            if not found:
                raise InputError(f"no stored document has the key or source {doc!r}; `craftgraph cypher "
                                 "'MATCH (d:Document) RETURN d.key, d.source'` lists them")
            if len(found) > 1:
                listed = "; ".join(f"{key[:12]}… {source}" for key, source in found[:5])
                raise AmbiguousNameError(f"{doc!r} names {len(found)} documents ({listed}); give a full key",
                                         [{"key": key, "source": source} for key, source in found])
            chosen.append(found[0])
        before = store.stats()
        for key, source in dict.fromkeys(chosen):
            removal = remove_document(store, key)
            typer.echo(f"removed {source} ({key[:12]}…): {removal.relationships} relationships")
        after = store.stats()
    typer.echo(f"the store now holds {after.node_total} nodes ({after.node_total - before.node_total:+d}) and "
               f"{after.relationship_total} relationships ({after.relationship_total - before.relationship_total:+d})")


def register(app: typer.Typer) -> None:
    app.command()(remove)
