"""Errors of the mention tagger, under the project's root exception."""

from graph.errors import CraftgraphError


class TaggerError(CraftgraphError):
    """The mention tagger cannot be trained or loaded."""


class TaggerDataError(TaggerError):
    """Training data that cannot be read: a missing folder, a malformed line or row."""


class TaggerModelError(TaggerError):
    """A model file that is missing or not a tagger model."""
