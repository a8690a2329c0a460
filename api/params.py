"""``--param k=v`` parsing shared by the ``cypher`` and ``query`` commands.

A value is read as JSON when it parses (``n=3``, ``names=["a","b"]``, ``s='"007"'``), otherwise it is
kept as the string typed, so ``name=巾帼工匠论坛`` needs no quoting.
"""

import json
from typing import Annotated, Any

import typer


def parse_value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def parse_param(text: str) -> tuple[str, Any]:
    """Split ``k=v`` at the first ``=``; raise ``ValueError`` when there is no ``=`` or no key."""
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise ValueError(f"expected KEY=VALUE, got {text!r}")
    return key, parse_value(raw)


def parse_params(items: list[str] | None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in items or []:
        key, value = parse_param(item)
        params[key] = value
    return params


def _check_params(items: list[str] | None) -> list[str]:
    try:
        parse_params(items)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    return items or []


ParamOption = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        metavar="KEY=VALUE",
        callback=_check_params,
        help="Query parameter, repeatable. VALUE is parsed as JSON when it parses (numbers, lists, "
        "quoted strings), else taken as a string.",
    ),
]
