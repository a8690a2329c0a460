"""Rule-based extraction of the craftsman knowledge graph from one prepared document."""

from loaders.native import activate

activate()  # the compiled modules, when a build matching these sources exists (loaders/native.py)

# ruff: noqa: E402 - the modules below are imported after activate() chooses compiled or pure Python
from loaders.extract.coref import _is_sub_unit
from loaders.extract.extractor import Extractor
from loaders.extract.honours import _honour_at_end
from loaders.extract.names import NameFinder
from loaders.extract.orgs import OrgRules, clausal
from loaders.extract.orgs_found import OrgFinder, _closing_word, _short_own
from loaders.extract.persons import opens_common_word
from loaders.extract.spans import _window_opens_noun
from loaders.extract.unit_lists import organiser_lists


def clear_span_caches() -> None:
    """Forget the memoised answers about text spans (names, honours, organisation shapes), so that a
    benchmark can time extraction as on text never seen before; compiled gazetteers are kept."""
    for cached in (
        _honour_at_end,
        NameFinder._length_in,
        OrgRules._looks_like,
        OrgRules.clean,
        OrgFinder._proper,
        OrgFinder._generic,
        OrgFinder._named,
        clausal,
        _closing_word,
        _short_own,
        organiser_lists,
        _is_sub_unit,
        _window_opens_noun,
        opens_common_word,
    ):
        cached.cache_clear()


__all__ = ["Extractor", "clear_span_caches"]
