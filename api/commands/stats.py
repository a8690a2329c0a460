"""``craftgraph stats``: what the configured store holds."""

import typer
from rich.console import Group

from api.output import FormatOption, OutputFormat, stdout_console, table, write_csv, write_json


def stats(fmt: FormatOption = OutputFormat.TABLE) -> None:
    """Count nodes per label and relationships per type, with totals."""
    from graph.stores import open_store

    with open_store() as store:
        counts = store.stats()
    if fmt is OutputFormat.JSON:
        write_json({
            "nodes": counts.nodes,
            "relationships": counts.relationships,
            "node_total": counts.node_total,
            "relationship_total": counts.relationship_total,
        })
        return
    rows = [["node", label, n] for label, n in sorted(counts.nodes.items())]
    rows += [["relationship", rtype, n] for rtype, n in sorted(counts.relationships.items())]
    if fmt is OutputFormat.CSV:
        write_csv(["kind", "name", "count"], rows)
        return
    nodes = table(["label", "nodes"], [[k, n] for k, n in sorted(counts.nodes.items())])
    nodes.add_section()
    nodes.add_row("total", str(counts.node_total), style="bold")
    rels = table(["type", "relationships"], [[k, n] for k, n in sorted(counts.relationships.items())])
    rels.add_section()
    rels.add_row("total", str(counts.relationship_total), style="bold")
    stdout_console().print(Group(nodes, rels))


def register(app: typer.Typer) -> None:
    app.command()(stats)
