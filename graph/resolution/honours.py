"""Canonical honour names, and the edition and year a written form carries.

Rules, in order (each leaves a :class:`Note`):

1. ``normalise``: NFKC, no whitespace or quotes; a trailing 荣誉称号/称号 is dropped (``honour-suffix``).
2. ``honour-edition`` / ``honour-year``: a leading 第N届/第N批 becomes the edition (``第三届北京大工匠`` →
   ``北京大工匠``, edition 3) and a leading year (``2022年度``, ``2017-2019年度``: the last year) the year;
   both go to the HOLDS_HONOR relationship.
3. ``honour-alias-table``: a name listed in ``data/honour_aliases.tsv`` (``全国劳模`` → ``全国劳动模范``);
   ``honour-abbreviation``: any trailing 劳模 reads 劳动模范 (``天津市劳模`` → ``天津市劳动模范``).
4. ``honour-level-word``: 全省/全市 read 省/市 (``全省劳动模范`` = ``省劳动模范``).
5. ``document-local`` (not a rewrite): an honour of an unnamed region (``省劳动模范``, ``市五一劳动奖章``)
   differs from province to province and is never merged across documents.
"""

import re
from dataclasses import dataclass, field

from ..qualifiers import leading_qualifier
from .data import Vocabulary
from .notes import Note
from .text import clean_name

_SUFFIX = re.compile(r"(?:荣誉称号|光荣称号|称号)$")
_RELATIVE = re.compile(r"^(?:省|市|区|县|全省|全市|全区|全县|本省|本市)")


@dataclass(frozen=True)
class HonourName:
    name: str
    notes: list[Note] = field(default_factory=list)
    edition: int | None = None
    year: int | None = None
    document_local: bool = False


class HonourNames:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def canonical(self, written: str) -> HonourName:
        notes: list[Note] = []
        name = clean_name(written)
        if name != written.strip():
            notes.append(Note("normalise", f"{written} → {name}"))
        found: dict[str, int | None] = {"edition": None, "year": None}
        while True:  # until a fixed point, so that the canonical form of a canonical form is itself
            step: list[Note] = []
            rewritten = self._level_word(self._abbreviation(self._split_prefixes(self._strip_suffix(name, step),
                                                                                   step, found), step), step)
            if rewritten == name:
                break
            notes += step
            name = rewritten
        return HonourName(name, notes, found["edition"], found["year"], bool(_RELATIVE.match(name)))

    @staticmethod
    def _strip_suffix(name: str, notes: list[Note]) -> str:
        stripped = _SUFFIX.sub("", name)
        if stripped != name and len(stripped) >= 2:
            notes.append(Note("honour-suffix", f"{name} → {stripped}"))
            return stripped
        return name

    @staticmethod
    def _split_prefixes(name: str, notes: list[Note], found: dict[str, int | None]) -> str:
        prefix = leading_qualifier(name)
        if prefix is None or len(name) - prefix.end < 2:
            return name
        found[prefix.kind] = found[prefix.kind] or prefix.value
        notes.append(Note(f"honour-{prefix.kind}", f"{name} → {name[prefix.end:]}, {prefix.kind} {prefix.value}"))
        return name[prefix.end :]

    def _abbreviation(self, name: str, notes: list[Note]) -> str:
        listed = self.vocabulary.honour_aliases.get(name)
        if listed is not None:
            notes.append(Note("honour-alias-table", f"honour_aliases.tsv: {name} = {listed}"))
            return listed
        if name.endswith("劳模") and name != "劳模":
            result = name.removesuffix("劳模") + "劳动模范"
            notes.append(Note("honour-abbreviation", f"{name} → {result} (劳模 = 劳动模范)"))
            return result
        return name

    @staticmethod
    def _level_word(name: str, notes: list[Note]) -> str:
        if name[:2] in ("全省", "全市") and len(name) > 3:
            result = name[1:]
            notes.append(Note("honour-level-word", f"{name} → {result}"))
            return result
        return name
