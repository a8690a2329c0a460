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
