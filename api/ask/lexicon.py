"""The question vocabulary of ``data/``: cue words by class, function words, generic names, titles."""

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from graph.errors import ConfigurationError

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _table(name: str, columns: int) -> list[list[str]]:
    rows = []
    for line in _lines(name):
        cells = line.split("\t")
        if len(cells) != columns:
            raise ConfigurationError(f"{DATA / name}: needs {columns} tab-separated cells: {line!r}")
        rows.append(cells)
    return rows


@dataclass(frozen=True)
class Lexicon:
    #: word -> (class, value), e.g. 主旨发言 -> (SPEAK, keynote)
    cues: dict[str, tuple[str, str]]
    function_words: frozenset[str]
    heads: frozenset[str]
    titles: frozenset[str]
    stop_names: frozenset[str]
    relation_words: dict[str, str]
    suggestions: list[tuple[str, str]]

    @cached_property
    def longest_word(self) -> int:
        return max(len(w) for w in (*self.cues, *self.function_words, *self.titles))


@cache
def lexicon() -> Lexicon:
    cues: dict[str, tuple[str, str]] = {}
    for kind, word, value in _table("cues.tsv", 3):
        if word in cues:  # the later row would silently win
            raise ConfigurationError(f"{DATA / 'cues.tsv'}: {word!r} is listed twice ({cues[word][0]} and {kind})")
        cues[word] = (kind, value)
    titles = {t for line in _lines("titles.txt") for t in line.split()}
    titles |= {f"副{t}" for t in titles}
    return Lexicon(
        cues=cues,
        function_words=frozenset(_lines("function_words.txt")) | frozenset(_lines("heads.txt")),
        heads=frozenset(_lines("heads.txt")),
        titles=frozenset(titles),
        stop_names=frozenset(_lines("stop_names.txt")),
        relation_words={rel: words for rel, words in _table("relations.tsv", 2)},
        suggestions=[(label, template) for label, template in _table("suggestions.tsv", 2)],
    )
