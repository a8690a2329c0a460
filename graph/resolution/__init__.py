"""Entity resolution across documents: canonical names, aliases, person disambiguation, explanations.

``Resolver().resolve(record)`` is a pure record → record transformation applied before rows are built;
see :mod:`graph.resolution.resolver` for what it sets and the modules it uses for the rules.
"""

from .notes import Note
from .resolver import Resolver

__all__ = ["Note", "Resolver"]
