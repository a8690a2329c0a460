"""Rule-based extraction of the craftsman knowledge graph from one prepared document."""

from loaders.extract.extractor import Extractor

__all__ = ["Extractor"]
