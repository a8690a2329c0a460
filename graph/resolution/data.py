"""The resolution tables (``graph/resolution/data``): read once, kept as plain mappings."""

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigurationError
from .text import clean_name

DATA = Path(__file__).resolve().parent / "data"


def _rows(path: Path, columns: int) -> list[list[str]]:
    """Tab-separated rows without ``#`` comments and without the header line."""
    rows: list[list[str]] = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and line[0] != "#"]
    for number, line in enumerate(lines[1:], start=2):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != columns or not all(cells):
            raise ConfigurationError(f"{path}: data line {number} needs {columns} tab-separated cells: {line!r}")
        rows.append(cells)
    return rows


def _words(path: Path) -> list[str]:
    return [w for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#" for w in line.split()]


@dataclass(frozen=True, eq=False)
class OrgAliasEntry:
    canonical: str
    prefix: bool
    source: str


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """Everything the name rules read: alias tables and general word lists."""

    org_aliases: dict[str, OrgAliasEntry]
    honour_aliases: dict[str, str]
    regions: dict[str, str]
    regional_bodies: frozenset[str]
    relative_prefixes: tuple[str, ...]
    relative_exceptions: tuple[str, ...]
    relative_exact: frozenset[str]
    #: (short form, full form) of bodies' names, longest short form first (妇联 → 妇女联合会)
    body_abbreviations: tuple[tuple[str, str], ...]


def _org_aliases(path: Path) -> dict[str, OrgAliasEntry]:
    table: dict[str, OrgAliasEntry] = {}
    for canonical, aliases, prefix in _rows(path, 3):
        canonical = clean_name(canonical)
        names = [canonical, *(clean_name(a) for a in aliases.split("|"))]
        if canonical.startswith("中华全国"):
            names.append(canonical.removeprefix("中华"))
        for name in names:
            source = f"{path.name}: {name} = {canonical}" if name != canonical else f"{path.name}: {canonical}"
            known = table.get(name)
            if known is not None and known.canonical != canonical:
                raise ConfigurationError(f"{path}: {name} is listed for both {known.canonical} and {canonical}")
            table[name] = OrgAliasEntry(canonical, prefix == "1" or (known is not None and known.prefix), source)
    return table


def _relative(path: Path) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    kinds: dict[str, list[str]] = {"prefix": [], "except": [], "exact": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line[0] == "#":
            continue
        kind, _, word = line.partition(" ")
        if kind not in kinds or not word.strip():
            raise ConfigurationError(f"{path}: expected 'prefix|except|exact WORD', got {line!r}")
        kinds[kind].append(word.strip())
    return tuple(kinds["prefix"]), tuple(kinds["except"]), frozenset(kinds["exact"])


def _longest_first(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    """(short, full) pairs from (full, short) rows, the longest short form first."""
    return tuple(sorted(((short, full) for full, short in rows), key=lambda pair: -len(pair[0])))


def load_vocabulary(folder: Path = DATA) -> Vocabulary:
    prefixes, exceptions, exact = _relative(folder / "relative_org_names.txt")
    honours: dict[str, str] = {}
    for canonical, aliases in _rows(folder / "honour_aliases.tsv", 2):
        for alias in aliases.split("|"):
            honours[clean_name(alias)] = clean_name(canonical)
    return Vocabulary(
        org_aliases=_org_aliases(folder / "org_aliases.tsv"),
        honour_aliases=honours,
        regions=dict(_rows(folder / "regions.tsv", 2)),
        regional_bodies=frozenset(_words(folder / "regional_bodies.txt")),
        relative_prefixes=prefixes,
        relative_exceptions=exceptions,
        relative_exact=exact,
        body_abbreviations=_longest_first(_rows(folder / "body_abbreviations.tsv", 2)),
    )


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    return load_vocabulary()
