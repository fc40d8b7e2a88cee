#!/usr/bin/env bash
# The documentation's pictures of the governance views as a user sees them after a first
# harvest: a fresh sample workspace, the sandbox tenant, CONFIGURATION, RUNTIME and INVENTORY
# run headless, then one screenshot of the workbench per view (brought forward and maximized).
# Usage: harvested-pictures.sh ROOT [OUT_DIR]   (OUT_DIR defaults to ROOT/docs/images)
set -euo pipefail
ROOT=$1
OUT=${2:-$ROOT/docs/images}
CARTOGRAPH="$ROOT/cartograph"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cartograph-pictures.XXXXXX")
SANDBOX_PID=
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# A secret store of its own: the pictures never touch the user's secrets.
export CARTOGRAPH_HOME="$WORK/home" CARTOGRAPH_MASTER_PASSWORD=pictures-only
mkdir -p "$OUT"

"$CARTOGRAPH" cli sample --workspace "$WORK/ws"
# The sample's CPI_SANDBOX source reads the sandbox on its default port.
"$CARTOGRAPH" sandbox >"$WORK/sandbox.log" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 60); do
  grep -q "Stop with Ctrl+C" "$WORK/sandbox.log" 2>/dev/null && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.log" >&2; echo "the sandbox did not start (is port 8765 taken?)" >&2; exit 1; }
  sleep 1
done
printf 'sandbox-secret\n' | "$CARTOGRAPH" cli secrets set --workspace "$WORK/ws" --data-source CPI_SANDBOX
for task in CONFIGURATION RUNTIME; do
  "$CARTOGRAPH" cli tasks run --workspace "$WORK/ws" --data-source CPI_SANDBOX --task "$task" | tail -1
done
"$CARTOGRAPH" cli inventory run --workspace "$WORK/ws" --data-source CPI_SANDBOX 2>/dev/null

for picture in transformation-rules:rules-editor strategy-fit:strategy-fit todo:todo dashboard:dashboard \
               end-to-end-proposals:proposals; do
  view=${picture%%:*}
  "$CARTOGRAPH" --screenshot "$OUT/${picture#*:}.png" --workspace "$WORK/ws" --show "$view" --maximize \
    2>/dev/null | grep "screenshot saved"
done
