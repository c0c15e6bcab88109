#!/usr/bin/env bash
# Finds the pinned schemathesis CLI, installing it if necessary into a project-local venv (like the Temporal
# binaries of scripts/temporal-bins.sh, but its own venv: its Python dependencies never touch the servers' venv).
# stdout carries only `SCHEMATHESIS_PATH=path`, so callers can `eval "$(bash scripts/schemathesis.sh)"`; the rest goes
# to stderr. Exit status 1 when it cannot be found or installed.
#
# Options: --no-install   only report what is already there.
# Env:     SCHEMATHESIS_PATH          an explicit executable (checked, never looked past).
#          PYTHON                     interpreter used to create the venv (default python3).
#          PARCOURS_SCHEMATHESIS_VENV venv location (default <repo>/.venv-schemathesis).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${PARCOURS_SCHEMATHESIS_VENV:-$root/.venv-schemathesis}"
requirements="$root/scripts/schemathesis-requirements.txt"
stamp="$venv/.requirements.stamp"
install=1
[[ "${1:-}" == "--no-install" ]] && install=0
log() { printf 'schemathesis: %s\n' "$*" >&2; }

if [[ -n "${SCHEMATHESIS_PATH:-}" ]]; then
  if [[ -x "$SCHEMATHESIS_PATH" ]]; then printf 'SCHEMATHESIS_PATH=%q\n' "$SCHEMATHESIS_PATH"; exit 0; fi
  log "SCHEMATHESIS_PATH=$SCHEMATHESIS_PATH is not an executable file"
  exit 1
fi

current() { [[ -x "$venv/bin/schemathesis" && -f "$stamp" ]] && cmp -s "$stamp" "$requirements"; }

if ! current && [[ $install -eq 1 ]]; then
  python="${PYTHON:-python3}"
  command -v "$python" >/dev/null 2>&1 || { log "$python not found: cannot create $venv"; exit 1; }
  mkdir -p "$venv"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$venv/.install.lock"
    flock 9
  fi
  if ! current; then
    log "installing pinned schemathesis into $venv (once)"
    [[ -x "$venv/bin/pip" ]] || "$python" -m venv "$venv" >&2
    "$venv/bin/pip" install --no-input --disable-pip-version-check -q -r "$requirements" >&2
    cp "$requirements" "$stamp"
  fi
fi

if current; then printf 'SCHEMATHESIS_PATH=%q\n' "$venv/bin/schemathesis"; exit 0; fi
log "schemathesis not found in $venv: run bash scripts/schemathesis.sh (needs PyPI) or set SCHEMATHESIS_PATH"
exit 1
