#!/usr/bin/env bash
# Retrains the packaged mention tagger (loaders/tagger/data/mention_tagger.crfsuite) exactly as shipped:
# MSRA NER and CLUENER2020 training sets plus the gold of the seed, dev and dev2 fixtures and of the blind
# sets bench/blind .. bench/blind18 except bench/blind9 (three times each; blind9 is held out, so that
# one blind set measures the model on text it never saw), seed 2026, 150 L-BFGS iterations. About 7-10
# minutes on one core. See docs/extraction.md.
# Usage: bash scripts/train_tagger.sh [OUTPUT]   (SHARED=/path/to/shared to read the data elsewhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED="${SHARED:-../shared}"
OUTPUT="${1:-loaders/tagger/data/mention_tagger.crfsuite}"
TRAINED_BLIND_SETS="blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind10 blind11 blind12 blind13 blind14 blind15
    blind16 blind17 blind18"

# The blind golds live in bench/, their texts under $SHARED/corpus: bench.quality.blind_pairs joins them,
# and one folder of links puts X.txt beside X.gold.json, as `tagger train --gold` reads them (in name
# order, so the model is the same every time).
blind_gold="$(mktemp -d)"
trap 'rm -rf "$blind_gold"' EXIT
.venv/bin/python - "$SHARED" "$blind_gold" $TRAINED_BLIND_SETS <<'PYTHON'
import sys
from pathlib import Path

from bench.quality import blind_pairs

shared, folder, *sets = sys.argv[1:]
for name in sets:
    for text, gold in blind_pairs(Path(shared), name):
        (Path(folder) / text.name).symlink_to(text.resolve())
        (Path(folder) / f"{text.stem}.gold.json").symlink_to(gold.resolve())
PYTHON

.venv/bin/craftgraph tagger train --output "$OUTPUT" --seed 2026 --iterations 150 --gold-weight 3 \
    --bio "$SHARED/datasets/ner/msra/train.bio" \
    --cluener "$SHARED/datasets/ner/cluener2020/train.json" \
    --gold "$SHARED/fixtures/seed" --gold "$SHARED/fixtures/dev" --gold "$SHARED/fixtures/dev2" \
    --gold "$blind_gold"
