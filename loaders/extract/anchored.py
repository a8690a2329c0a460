"""Removing what an anchored pattern matches at the start or the end of a short string.

``pattern.sub("", s)`` with a ``^``- or ``$``-anchored pattern still tries the pattern at every position
of ``s``; these try it once (a lead), or only when the string can end with it (a tail).
"""

import re


def cut_lead(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub("", text)`` for a pattern anchored by ``^`` (not MULTILINE): it can match at 0 only."""
    m = pattern.match(text)
    return text[m.end() :] if m else text


def cut_tail(pattern: re.Pattern[str], text: str, finals: tuple[str, ...]) -> str:
    """``pattern.sub("", text)`` for a ``$``-anchored pattern whose every match ends with one of ``finals``:
    searched only when the text ends so (``$`` also matches before a final newline)."""
    if text.endswith(finals) or (text.endswith("\n") and text[:-1].endswith(finals)):
        return pattern.sub("", text)
    return text
