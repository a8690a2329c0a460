"""Acceptance thresholds of issue 3 on the seed page (reads ../shared; skipped when absent)."""

import tempfile
from pathlib import Path

from bench.quality import run


def test_seed_page_meets_the_acceptance_thresholds(shared_dir):
    from loaders.extract import Extractor

    with tempfile.TemporaryDirectory() as tmp:
        result = run(sorted((shared_dir / "fixtures" / "seed").glob("*.txt")), Extractor(), Path(tmp))
    s = result["summary"]
    assert s["entity"]["f1"] >= 0.97
    assert s["relation"]["f1"] >= 0.95
    assert s["role_accuracy"] == 1.0
    assert s["title_accuracy"] >= 0.9
