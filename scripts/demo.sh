#!/usr/bin/env bash
# The main job: set up, load the seed newspaper page and the dev articles from ../shared/fixtures into a
# fresh embedded graph (data/demo), and print who spoke where.
# Usage: bash scripts/demo.sh        (CRAFTGRAPH_SHARED=/path/to/shared if it is not beside the checkout)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

shared="${CRAFTGRAPH_SHARED:-../shared}"
if [[ ! -d $shared/fixtures/seed || ! -d $shared/fixtures/dev ]]; then
    printf 'demo: error: %s/fixtures/{seed,dev} not found; put the shared folder beside the checkout or set CRAFTGRAPH_SHARED\n' \
        "$shared" >&2
    exit 1
fi

bash scripts/setup.sh

export CRAFTGRAPH_STORE=embedded
export CRAFTGRAPH_DB_PATH=data/demo
rm -rf "$CRAFTGRAPH_DB_PATH"
mkdir -p data

echo "demo: craftgraph load $shared/fixtures/seed $shared/fixtures/dev" >&2
.venv/bin/craftgraph load "$shared/fixtures/seed" "$shared/fixtures/dev"

echo "demo: craftgraph query who_spoke_where" >&2
.venv/bin/craftgraph query who_spoke_where
