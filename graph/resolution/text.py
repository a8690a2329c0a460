"""Surface clean-up the name rules share (numbers and qualifiers are read by :mod:`graph.qualifiers`)."""

import re
import unicodedata

_SPACES_AND_QUOTES = re.compile(r"[\s\"'“”‘’「」『』]")


def clean_name(name: str) -> str:
    """NFKC (full-width brackets and digits become ASCII), no whitespace, no quotation marks."""
    return _SPACES_AND_QUOTES.sub("", unicodedata.normalize("NFKC", name))

