"""The trained mention tagger: a CRF over characters that proposes person, organisation and place names,
which the rules then check, bound and relate (see docs/extraction.md, "The mention tagger")."""

from loaders.tagger.errors import TaggerDataError, TaggerError, TaggerModelError
from loaders.tagger.model import MentionTagger, TaggedSpan, load_tagger, packaged_model


def default_tagger() -> MentionTagger | None:
    """The tagger the settings ask for (``CRAFTGRAPH_TAGGER``, ``CRAFTGRAPH_TAGGER_MODEL``), or ``None``."""
    from graph.settings import get_settings

    settings = get_settings()
    if not settings.tagger:
        return None
    return load_tagger(str(settings.tagger_model) if settings.tagger_model else None)


__all__ = [
    "MentionTagger",
    "TaggedSpan",
    "TaggerDataError",
    "TaggerError",
    "TaggerModelError",
    "default_tagger",
    "load_tagger",
    "packaged_model",
]
