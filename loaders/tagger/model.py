"""The trained mention tagger: finds person, organisation and place names in a text, offline, on CPU.

The model file ships in the package (``loaders/tagger/data/mention_tagger.crfsuite``); another one is
chosen with ``CRAFTGRAPH_TAGGER_MODEL``. When no model file is there, :func:`load_tagger` returns ``None``
and says why once: the extractor then works from its rules alone.
"""

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

from loaders.extract.char_features import Gazetteers, compact, sentence_features, spans_of, split_for_tagging
from loaders.extract.lexicon import lexicon
from loaders.extract.tagged import Span as TaggedSpan
from loaders.tagger.errors import TaggerModelError

log = logging.getLogger(__name__)

MODEL_NAME = "mention_tagger.crfsuite"


def packaged_model() -> Path:
    return Path(str(resources.files("loaders.tagger") / "data" / MODEL_NAME))


@dataclass(eq=False)
class MentionTagger:
    path: Path
    _tagger: pycrfsuite.Tagger
    _gazetteers: Gazetteers

    @classmethod
    def open(cls, path: Path) -> "MentionTagger":
        if not path.is_file():
            raise TaggerModelError(f"no tagger model at {path}; train one with `craftgraph tagger train`")
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise TaggerModelError(f"{path} is not a CRFsuite tagger model ({exc})") from exc
        return cls(path, tagger, Gazetteers.from_lexicon(lexicon()))

    def tag(self, text: str) -> list[TaggedSpan]:
        """Every mention in ``text``, with offsets into it. Spaces are taken out before tagging (padded
        bylines write 许  诺) and a mention keeps the text's own form, spaces included."""
        out: list[TaggedSpan] = []
        for start, end in split_for_tagging(text):
            piece, where = compact(text, start, end)
            if not piece:
                continue
            labels = self._tagger.tag(sentence_features(piece, self._gazetteers))
            for s, e, kind in spans_of(labels):
                first, last = where[s], where[e - 1] + 1
                out.append(TaggedSpan(first, last, kind, text[first:last]))
        return out

    def labels_of(self, sentence: str) -> list[str]:
        """The BIO label of each character of one sentence (what evaluation compares)."""
        return list(self._tagger.tag(sentence_features(sentence, self._gazetteers)))

    def labels(self) -> list[str]:
        return list(self._tagger.labels())


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None) -> MentionTagger | None:
    """The tagger of ``path`` (default: the packaged model), or ``None`` when that file is absent; a file
    that is there but unreadable is an error, not a silent fallback."""
    model = Path(path) if path else packaged_model()
    if not model.is_file():
        log.warning("mention tagger: no model at %s; extracting with the rules alone", model)
        return None
    return MentionTagger.open(model)
