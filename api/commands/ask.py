"""``craftgraph ask``: a relationship question in Chinese, answered from the graph."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from api.output import stdout_console, table, write_json

if TYPE_CHECKING:
    from api.ask import AskAnswer


class AskFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def ask(
    question: Annotated[
        str, typer.Argument(metavar="QUESTION", help="The question in Chinese (at most 500 characters).")
    ],
    fmt: Annotated[
        AskFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="table for reading; json: the API's answer."),
    ] = AskFormat.TABLE,
) -> None:
    """Answer a relationship question in Chinese, with the facts, their evidence and the Cypher it ran.

    Example: craftgraph ask 谁在巾帼工匠论坛上作了主旨发言？ An unknown name gets close names, a name
    several entities share gets the candidates, and a question it does not understand gets questions it
    can answer; it never answers from a guess.
    """
    from api.ask import Asker
    from api.ask.guard import check_question
    from graph.stores import open_store

    check_question(question)  # before opening the store: a bad question needs none
    with open_store() as store:
        answer = Asker(store).ask(question)
    if fmt is AskFormat.JSON:
        write_json(answer.model_dump(mode="json"))
    else:
        _print(answer)


def _print(answer: "AskAnswer") -> None:
    console = stdout_console()
    console.print(answer.answer, markup=False, highlight=False)
    if answer.facts:
        rows = []
        for fact in answer.facts:
            notes = [fact.role, fact.role_text, "、".join(fact.titles or []), fact.year, fact.start_date, fact.end_date]
            sentence = fact.evidence[0].sentence if fact.evidence else ""
            more = f" (+{len(fact.evidence) - 1})" if len(fact.evidence) > 1 else ""
            rows.append(
                [
                    fact.source.name if fact.source else "",
                    fact.relation,
                    fact.target.name if fact.target else "",
                    "，".join(str(n) for n in notes if n),
                    f"{sentence}{more}",
                ]
            )
        console.print(table(["head", "relation", "tail", "details", "evidence"], rows))
    if answer.suggestions:
        console.print("did you mean: " + "、".join(answer.suggestions), markup=False)
    if answer.questions:
        console.print("try: " + " ".join(answer.questions), markup=False)
    if answer.cypher:
        console.print(answer.cypher.strip(), style="dim", markup=False, highlight=False)
        console.print(f"params: {answer.params}", style="dim", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(ask)
