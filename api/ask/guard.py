"""What a question may be: not empty, at most MAX_CHARS characters, and no Cypher."""

import re

from graph.errors import InputError

MAX_CHARS = 500

#: A clause keyword followed by what a clause takes, or a node/relationship pattern: the question holds
#: Cypher. Questions are answered from named queries only, so such text is refused, not run.
_CYPHER = re.compile(
    r"(?i)\b(?:match|merge|create|delete|detach|return|unwind|remove|foreach|load\s+csv|call|optional\s+match|set)"
    r"\s*[(\[{$`'\"a-z_]"
    r"|\(\s*[a-z_]\w*\s*:\s*[a-z_`]|-\s*\[\s*[a-z_]*\s*:?\s*[a-z_`]*\s*\]\s*-|\]\s*->|<-\s*\[|\$[a-z_]\w*"
)


class QuestionError(InputError):
    """A question that cannot be asked: empty, too long, or holding Cypher."""


def check_question(question: str) -> str:
    """The question with surrounding whitespace removed, or :class:`QuestionError`."""
    text = question.strip()
    if not text:
        raise QuestionError("the question is empty: ask in Chinese, e.g. 谁在东海工匠论坛上作了主旨发言？")
    if len(question) > MAX_CHARS:
        raise QuestionError(f"the question has {len(question)} characters; at most {MAX_CHARS} are read")
    if _CYPHER.search(text):
        raise QuestionError(
            "the question holds Cypher; ask in Chinese, or run Cypher with `craftgraph cypher` or POST /cypher"
        )
    return text
