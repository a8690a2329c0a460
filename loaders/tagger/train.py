"""Training the mention tagger: a linear-chain CRF (CRFsuite, L-BFGS with L1 and L2 penalties) over the
features of :mod:`loaders.extract.char_features`, on any mix of the readers of :mod:`loaders.tagger.corpora`.

Reproducible: the sentences are shuffled with a seeded generator and L-BFGS is deterministic, so the same
data, seed and parameters give the same model file.
"""

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

from loaders.extract.char_features import Gazetteers, sentence_features
from loaders.extract.lexicon import lexicon
from loaders.tagger.corpora import LabelledSentence, spans_of
from loaders.tagger.errors import TaggerDataError


@dataclass(frozen=True)
class TrainingParams:
    c1: float = 0.1
    c2: float = 0.01
    max_iterations: int = 150
    seed: int = 2026
    min_feature_freq: int = 2


@dataclass(frozen=True)
class Scores:
    """Mention-level precision, recall and F1 per type and pooled (exact span and type)."""

    per_type: dict[str, tuple[float, float, float]]
    overall: tuple[float, float, float]


def train(
    sentences: Iterable[LabelledSentence],
    output: Path,
    params: TrainingParams = TrainingParams(),
    progress: Callable[[str], None] | None = None,
) -> int:
    """Train a model on ``sentences`` and write it to ``output``; returns the number of sentences used."""
    rows = [(text, labels) for text, labels in sentences if text.strip()]
    if not rows:
        raise TaggerDataError("no training sentences")
    random.Random(params.seed).shuffle(rows)
    gaz = Gazetteers.from_lexicon(lexicon())
    trainer = _QuietTrainer(progress, params.max_iterations)
    started = time.monotonic()
    for n, (text, labels) in enumerate(rows, 1):
        trainer.append(sentence_features(text, gaz), labels)
        if progress and n % 10000 == 0:
            progress(f"features of {n:,}/{len(rows):,} sentences")
    trainer.set_params(
        {
            "c1": params.c1,
            "c2": params.c2,
            "max_iterations": params.max_iterations,
            "feature.minfreq": params.min_feature_freq,
            "feature.possible_transitions": True,
        }
    )
    if progress:
        progress(f"training on {len(rows):,} sentences (up to {params.max_iterations} L-BFGS iterations)")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    trainer.train(str(partial))
    partial.replace(output)
    if progress:
        progress(f"trained in {time.monotonic() - started:.0f} s: {output} ({output.stat().st_size / 1e6:.1f} MB)")
    return len(rows)


class _QuietTrainer(pycrfsuite.Trainer):
    """CRFsuite's trainer, reporting every tenth L-BFGS iteration to ``progress`` instead of printing its log."""

    def __init__(self, progress: Callable[[str], None] | None, iterations: int) -> None:
        super().__init__(verbose=progress is not None)
        self._progress = progress
        self._iterations = iterations

    def on_iteration(self, log: str, info: dict) -> None:
        number = int(info.get("num", 0))
        if self._progress and (number % 10 == 0 or number == 1):
            loss = float(info.get("loss", 0.0))
            self._progress(f"iteration {number}/{self._iterations}, loss {loss:,.0f}")

    def on_start(self, log: str) -> None: ...
    def on_featgen_progress(self, log: str, percent: int) -> None: ...
    def on_featgen_end(self, log: str) -> None: ...
    def on_prepared(self, log: str) -> None: ...
    def on_prepare_error(self, log: str) -> None: ...
    def on_optimization_end(self, log: str) -> None: ...
    def on_end(self, log: str) -> None: ...


def evaluate(tag: Callable[[str], list[str]], sentences: Iterable[LabelledSentence]) -> Scores:
    """Score a labelling function against labelled sentences, mention by mention."""
    counts: dict[str, list[int]] = {}
    for text, gold in sentences:
        predicted = set(spans_of(tag(text)))
        expected = set(spans_of(gold))
        for span in predicted | expected:
            c = counts.setdefault(span[2], [0, 0, 0])
            c[0] += span in predicted and span in expected
            c[1] += span in predicted
            c[2] += span in expected
    per_type = {kind: _prf(*c) for kind, c in sorted(counts.items())}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return Scores(per_type, _prf(*total))


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
