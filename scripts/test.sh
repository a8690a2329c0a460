#!/usr/bin/env bash
# Sets up the checkout, lints, and runs the whole test suite. Fails when a check fails AND when no test
# ran at all (an empty or mis-collected suite must never look green).
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() { printf 'test: error: %s\n' "$*" >&2; exit 1; }

# ---- services the tests need (the Neo4j helper fills these in; keep them idempotent) ----
# The tests' own Neo4j: the cached jars, but its own conf/data/logs and ports, so a developer's server and
# data are never touched. The test fixtures reuse it through CRAFTGRAPH_NEO4J_URI (docs/neo4j.md).
NEO4J_TEST_ENV=(CRAFTGRAPH_NEO4J_INSTANCE=.cache/neo4j-test CRAFTGRAPH_NEO4J_BOLT_PORT=17687
    CRAFTGRAPH_NEO4J_HTTP_PORT=17474 CRAFTGRAPH_NEO4J_HEAP=1g CRAFTGRAPH_NEO4J_PAGECACHE=512m
    CRAFTGRAPH_NEO4J_JVM_OPTIONS=-XX:TieredStopAtLevel=1)  # short-lived: C2 would compile longer than the tests run
start_services() {
    env "${NEO4J_TEST_ENV[@]}" .venv/bin/craftgraph neo4j start
    export CRAFTGRAPH_NEO4J_URI=bolt://127.0.0.1:17687
}

stop_services() {
    env "${NEO4J_TEST_ENV[@]}" .venv/bin/craftgraph neo4j stop || true
}
# ---- end of services ----

# Everything runs inside main, which bash parses whole before running it: editing this file while the
# tests run (they take minutes) cannot change what the running script does.
main() {
    bash scripts/setup.sh
    bash scripts/install_browser.sh  # Chromium and CJK fonts for the explorer's browser tests

    echo "test: ruff check ." >&2
    .venv/bin/ruff check .
    echo "test: mypy loaders/extract loaders/native.py (the compiled extractor relies on its types)" >&2
    .venv/bin/mypy loaders/extract loaders/native.py

    log=$(mktemp "${TMPDIR:-/tmp}/craftgraph-pytest.XXXXXX")
    trap 'stop_services; rm -f "$log"' EXIT
    start_services

    echo "test: pytest" >&2
    set +e
    .venv/bin/python -m pytest -p no:cacheprovider "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e

    if [[ $status -eq 5 ]]; then
        fail "pytest collected no tests (exit code 5)"
    elif [[ $status -ne 0 ]]; then
        fail "pytest failed (exit code $status)"
    fi
    passed=$(grep -Eo '[0-9]+ passed' "$log" | tail -n 1 | grep -Eo '[0-9]+' || true)
    if [[ -z $passed || $passed -eq 0 ]]; then
        fail "no test passed (pytest reported no 'N passed' line)"
    fi
    echo "test: ok, $passed tests passed" >&2
}

main "$@"; exit $?
