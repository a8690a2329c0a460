#!/usr/bin/env bash
# Retrains the packaged mention tagger (loaders/tagger/data/mention_tagger.crfsuite) exactly as shipped:
# MSRA NER and CLUENER2020 training sets plus the gold of the seed, dev and dev2 fixtures (three times
# each), seed 2026, 150 L-BFGS iterations. About 10 minutes on one core. See docs/extraction.md.
# Usage: bash scripts/train_tagger.sh [OUTPUT]   (SHARED=/path/to/shared to read the data elsewhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED="${SHARED:-../shared}"
OUTPUT="${1:-loaders/tagger/data/mention_tagger.crfsuite}"
.venv/bin/craftgraph tagger train --output "$OUTPUT" --seed 2026 --iterations 150 --gold-weight 3 \
    --bio "$SHARED/datasets/ner/msra/train.bio" \
    --cluener "$SHARED/datasets/ner/cluener2020/train.json" \
    --gold "$SHARED/fixtures/seed" --gold "$SHARED/fixtures/dev" --gold "$SHARED/fixtures/dev2"
