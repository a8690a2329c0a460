"""The CSV that ``neo4j-admin database import full`` reads, one field at a time.

What the importer makes of a field (Neo4j 5.26, measured, with the options :data:`FORMAT_OPTIONS` names):

* unquoted and empty: no property (null); quoted ``""``: an empty string;
* inside quotes everything is literal (commas, line breaks ``\\n``, ``\\r``, NUL) and a quote is doubled
  (RFC 4180); a backslash is an ordinary character (``--legacy-style-quoting=false``);
* an array column is split on the array delimiter, with no way to escape it, so the delimiter must be a
  character no element contains (:func:`choose_array_delimiter`); an empty field is null, never an empty
  array, so empty lists are written as null and set afterwards (:mod:`graph.bulk_import`), and a list of
  one empty string cannot be written at all.

Every string is quoted, every integer is not, so a null and an empty string stay apart.
"""

import csv
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import InputError
from .schema import INT, STRING, STRING_LIST

FIELD_DELIMITER, QUOTE, LINE_END = ",", '"', "\n"

#: Options of ``neo4j-admin database import full`` that the files are written for (the array delimiter and
#: the file lists come on top).
FORMAT_OPTIONS: tuple[str, ...] = (
    f"--delimiter={FIELD_DELIMITER}",
    f"--quote={QUOTE}",
    "--multiline-fields=true",
    "--legacy-style-quoting=false",
    "--ignore-empty-strings=false",
    "--trim-strings=false",
    "--normalize-types=true",
    "--input-encoding=UTF-8",
)

#: Array delimiters to choose from, most readable first: the ASCII separators, then the Private Use Area.
ARRAY_DELIMITER_CANDIDATES: tuple[str, ...] = (
    "\x1f", "\x1e", "\x1d", "\x1c", *(chr(c) for c in range(0xE000, 0xF900)),
)
_CANDIDATE = re.compile("[\x1c-\x1f\ue000-\uf8ff]")
_CANDIDATES = frozenset(ARRAY_DELIMITER_CANDIDATES)

#: The importer's type of each schema kind (its header suffix).
HEADER_TYPES: dict[str, str] = {STRING: "string", INT: "long", STRING_LIST: "string[]"}


class ImportDialect(csv.Dialect):
    """The files as Python's ``csv`` module reads them back (it cannot tell a null from an empty string)."""

    delimiter = FIELD_DELIMITER
    quotechar = QUOTE
    doublequote = True
    escapechar = None
    lineterminator = LINE_END
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = False
    strict = True


def delimiter_option(delimiter: str) -> str:
    """``--array-delimiter`` in the importer's ``U+XXXX`` form, safe on any command line."""
    return f"--array-delimiter=U+{ord(delimiter):04X}"


def note_candidates(element: str, used: set[str]) -> None:
    """Add to ``used`` the candidate delimiters ``element`` contains (cheap when it contains none)."""
    if _CANDIDATE.search(element):
        used.update(ch for ch in element if ch in _CANDIDATES)


def choose_array_delimiter(used: Iterable[str]) -> str:
    """The first candidate delimiter not in ``used`` (characters found in array elements)."""
    taken = set(used)
    for candidate in ARRAY_DELIMITER_CANDIDATES:
        if candidate not in taken:
            return candidate
    raise InputError("every candidate array delimiter (U+001C–U+001F, U+E000–U+F8FF) occurs in the list "
                     "properties of the records; neo4j-admin import cannot separate their elements")


def header_line(columns: Sequence[str]) -> str:
    """A header line; names are the importer's (``key:ID(Person)``, ``ordinal:long``, ``:LABEL``), never quoted."""
    return FIELD_DELIMITER.join(columns) + LINE_END


def column(name: str, kind: str) -> str:
    """A property column of the header: ``name:type``."""
    return f"{name}:{HEADER_TYPES[kind]}"


def quoted(text: str) -> str:
    return QUOTE + text.replace(QUOTE, QUOTE + QUOTE) + QUOTE


def encode(value: Any, kind: str, array_delimiter: str, what: str) -> str:
    """One field: ``value`` of schema type ``kind``; ``what`` names the row and property in errors.

    An empty list is written as null (see the module doc); a list of one empty string, an element holding
    the array delimiter, or a value of another type than the schema's raises :class:`InputError`.
    """
    if value is None:
        return ""
    if kind == STRING and isinstance(value, str):
        return quoted(value)
    if kind == INT and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if kind == STRING_LIST and isinstance(value, list) and all(isinstance(v, str) for v in value):
        if value == [""]:
            raise InputError(f"{what} is a list of one empty string, which neo4j-admin import reads as no "
                             "list; remove the empty string from the input")
        if any(array_delimiter in v for v in value):
            raise InputError(f"{what} contains the array delimiter U+{ord(array_delimiter):04X}")
        return quoted(array_delimiter.join(value)) if value else ""
    raise InputError(f"{what} is {value!r}, the schema wants {kind}; nothing was imported")


def row_line(fields: Iterable[str]) -> str:
    return FIELD_DELIMITER.join(fields) + LINE_END
