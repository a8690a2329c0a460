#!/usr/bin/env bash
# Sets up a working checkout: .venv (Python 3.11) with craftgraph installed in editable mode plus its dev
# tools. Idempotent: every step is skipped when it is already done, so the demo and test scripts run it.
# Usage: bash scripts/setup.sh        (PYTHON=/path/to/python3.11 to choose the interpreter)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3.11}"
VENV=.venv

step() { printf 'setup: %s\n' "$*" >&2; }
fail() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

ensure_venv() {
    if [[ -x $VENV/bin/python ]]; then
        return
    fi
    command -v "$PYTHON" >/dev/null || fail "$PYTHON not found; install Python 3.11 or set PYTHON=/path/to/python3.11"
    step "creating $VENV with $PYTHON"
    "$PYTHON" -m venv "$VENV"
}

install_package() {
    # Re-install only when pyproject.toml changed since the last successful install.
    local stamp=$VENV/.craftgraph-setup digest
    digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [[ -f $stamp && $(<"$stamp") == "$digest" && -x $VENV/bin/craftgraph ]]; then
        step "craftgraph already installed in $VENV"
        return
    fi
    step "installing craftgraph and its dev tools into $VENV (pip install -e .[dev])"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[dev]" \
        || fail "pip install failed; see the messages above"
    printf '%s\n' "$digest" >"$stamp"
}

ensure_venv
install_package

# ---- further set-up steps go below (web explorer build, Neo4j install), each idempotent ----

build_explorer() {
    # The explorer page: web/ (TypeScript + cytoscape) bundled by vite into api/http/static/. The built
    # files are committed, so a machine without npm still serves the page; with npm they are rebuilt
    # whenever web/'s sources or lock file changed since the last build. Builds are serialised by a lock
    # and land in a scratch folder swapped in at the end, so a concurrent run or a running server never
    # sees an empty api/http/static/.
    local static=api/http/static built=api/http/static/index.html stamp=web/node_modules/.craftgraph-build
    local digest scratch
    if ! command -v npm >/dev/null; then
        [[ -f $built ]] || fail "npm not found and $built is missing; install Node.js 20+ with npm to build the explorer page"
        step "npm not found: keeping the committed explorer page in $static/ (not rebuilt)"
        return
    fi
    digest=$(find web/src web/index.html web/package-lock.json web/tsconfig.json web/vite.config.ts -type f -print0 \
        | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
    exec 9>"${TMPDIR:-/tmp}/craftgraph-web-build.lock"
    flock 9
    if [[ -f $built && -f $stamp && $(<"$stamp") == "$digest" ]]; then
        step "explorer page already built"
        flock -u 9
        return
    fi
    step "building the explorer page (npm ci, type check and vite build in web/)"
    scratch=$(mktemp -d api/http/.static-build.XXXXXX)
    if ! (cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && npx --no-install tsc --noEmit \
        && npx --no-install vite build --outDir "../$scratch" --emptyOutDir --logLevel warn); then
        rm -rf "$scratch"
        fail "building the explorer page failed; see the messages above"
    fi
    rm -rf "$static.old"
    [[ -d $static ]] && mv "$static" "$static.old"
    mv "$scratch" "$static" && chmod 755 "$static"
    rm -rf "$static.old"
    printf '%s\n' "$digest" >"$stamp"
    flock -u 9
}

build_explorer

install_neo4j() {
    # Neo4j Community from Maven Central into CRAFTGRAPH_NEO4J_HOME (.cache/neo4j); skipped when cached.
    if ! command -v mvn >/dev/null || ! command -v java >/dev/null; then
        step "Maven or Java missing: skipping the Neo4j install (craftgraph neo4j install needs both)"
        return
    fi
    "$VENV/bin/craftgraph" neo4j install || fail "could not install Neo4j; see the messages above"
}
install_neo4j

build_native() {
    # The extractor compiled to C with mypyc (loaders/native.py), about 1.3x faster than pure Python. It is
    # used only while it matches the sources, so an edit never runs stale code; when it cannot be built the
    # pure Python extractor is used and set-up goes on. CRAFTGRAPH_NATIVE=0 skips it.
    if [[ ${CRAFTGRAPH_NATIVE:-1} == 0 ]]; then
        step "CRAFTGRAPH_NATIVE=0: not compiling the extractor"
        return
    fi
    exec 8>"${TMPDIR:-/tmp}/craftgraph-native-build.lock"
    flock 8
    if "$VENV/bin/craftgraph" native status >/dev/null 2>&1; then
        step "compiled extractor up to date"
    elif ! "$VENV/bin/craftgraph" native build; then
        step "warning: the extractor could not be compiled (see above); the pure Python extractor is used"
    fi
    flock -u 8
}

build_native
