"""Which of many texts hold a piece of text, without reading them all: the texts holding each character
and each pair of characters, so that a piece is looked for only in the texts holding all of its pairs.

Ask looks for parts of names (a short form 资本论论坛, an unknown name's pieces) among every name and
alias of the graph; read one by one that cost milliseconds a question on the benchmark graph.
"""

from collections.abc import Sequence

#: A piece's pairs whose text lists are intersected at most (the rarest ones); the rest is checked in full.
INTERSECTED = 3


class GramIndex:
    """``texts`` by the characters and pairs of characters they hold; ids are positions in ``texts``."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        postings: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            for gram in {*text, *(text[j : j + 2] for j in range(len(text) - 1))}:
                postings.setdefault(gram, []).append(i)
        self._postings = postings

    def having(self, gram: str) -> list[int]:
        """The texts holding ``gram`` (one or two characters), in id order."""
        return self._postings.get(gram, [])

    def holding(self, piece: str) -> list[int]:
        """The texts holding ``piece``, in id order."""
        if len(piece) <= 2:
            return self.having(piece) if piece else list(range(len(self.texts)))
        lists = sorted((self.having(piece[j : j + 2]) for j in range(len(piece) - 1)), key=len)
        found = set(lists[0])
        for ids in lists[1:INTERSECTED]:
            found.intersection_update(ids)
        return sorted(i for i in found if piece in self.texts[i])
