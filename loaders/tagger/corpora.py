"""Training sentences for the mention tagger, read from the public corpora and from gold files.

Every reader yields ``(text, labels)``: one BIO label per character, over the tagger's three types.
"""

__all__ = ["TYPES", "LabelledSentence", "read_bio", "read_cluener", "read_gold_dir", "spans_of"]

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.extract.char_features import spans_of
from loaders.tagger.errors import TaggerDataError

#: The tagger's mention types: person, organisation, place.
TYPES = ("PER", "ORG", "LOC")
LabelledSentence = tuple[str, list[str]]

_CLUENER_TYPES = {
    "name": "PER",
    "organization": "ORG",
    "company": "ORG",
    "government": "ORG",
    "address": "LOC",
}
_GOLD_TYPES = {"Person": "PER", "Organization": "ORG", "Place": "LOC"}
_SENTENCE_END = re.compile(r"(?<=[。！？；\n])")


def read_bio(path: Path) -> Iterator[LabelledSentence]:
    """MSRA-style files: one ``character<TAB or space>label`` per line, a blank line between sentences."""
    chars: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield "".join(chars), labels
                chars, labels = [], []
                continue
            parts = line.split()
            if len(parts) != 2 or len(parts[0]) != 1:
                raise TaggerDataError(f"{path}:{number}: expected 'character label', got {line!r}")
            label = parts[1]
            if label != "O" and (label[:2] not in ("B-", "I-") or label[2:] not in TYPES):
                label = "O"
            chars.append(parts[0])
            labels.append(label)
    if chars:
        yield "".join(chars), labels


def read_cluener(path: Path) -> Iterator[LabelledSentence]:
    """CLUENER2020 JSON Lines: ``{"text", "label": {type: {surface: [[start, end_inclusive], ...]}}}``."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                spans = row.get("label", {})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise TaggerDataError(f"{path}:{number}: not a CLUENER row ({exc})") from exc
            labels = ["O"] * len(text)
            for kind, surfaces in spans.items():
                tag = _CLUENER_TYPES.get(kind)
                if tag is None:
                    continue
                for places in surfaces.values():
                    for start, end in places:
                        _mark(labels, start, end + 1, tag)
            yield text, labels


def read_gold_dir(folder: Path) -> Iterator[LabelledSentence]:
    """Texts with gold files beside them (``X.txt`` and ``X.gold.json``): every occurrence of an entity's
    name or alias is labelled, longest first, then the text is cut into sentences."""
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise TaggerDataError(f"{folder}: no *.gold.json files")
    for gold_path in golds:
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        try:
            text = text_path.read_text(encoding="utf-8")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise TaggerDataError(f"{gold_path}: cannot read it or its text ({exc})") from exc
        yield from _sentences(text, _gold_labels(text, gold.get("entities", [])))


def _gold_labels(text: str, entities: Iterable[dict]) -> list[str]:
    surfaces: list[tuple[str, str]] = []
    for entity in entities:
        tag = _GOLD_TYPES.get(entity.get("type", ""))
        if tag is None:
            continue
        for surface in [entity.get("name", ""), *entity.get("aliases", [])]:
            if len(surface) >= 2:
                surfaces.append((surface, tag))
    labels = ["O"] * len(text)
    taken = bytearray(len(text))
    for surface, tag in sorted(surfaces, key=lambda st: -len(st[0])):
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if not any(taken[at:end]):
                _mark(labels, at, end, tag)
                taken[at:end] = b"\x01" * (end - at)
            at = text.find(surface, end)
    return labels


def _sentences(text: str, labels: list[str]) -> Iterator[LabelledSentence]:
    start = 0
    for piece in _SENTENCE_END.split(text):
        end = start + len(piece)
        stripped = piece.rstrip("\n")
        if stripped.strip():
            yield stripped, labels[start : start + len(stripped)]
        start = end


def _mark(labels: list[str], start: int, end: int, tag: str) -> None:
    if start < 0 or end > len(labels) or start >= end:
        return
    labels[start] = "B-" + tag
    for i in range(start + 1, end):
        labels[i] = "I-" + tag
