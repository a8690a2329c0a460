"""Ask in Chinese: relationship questions answered from the graph, without a language model.

A question is checked (:mod:`.guard`), its entity names are found among the graph's names and aliases
and linked through :mod:`graph.lookup` (:mod:`.linking`), a small grammar over the vocabulary in
``data/`` decides what is asked (:mod:`.grammar`), and one named query answers it with parameters only
(:mod:`.answer`). The answer (:mod:`.models`) carries the facts with their evidence, the Cypher and its
parameters. Nothing is answered from a guess: a name the graph does not hold gets suggestions, a name
several entities share gets candidates, and a question the grammar does not understand gets questions
it can answer about the entities it recognised.
"""

from .answer import Asker, ask
from .models import AskAnswer, AskFact

__all__ = ["AskAnswer", "AskFact", "Asker", "ask"]
