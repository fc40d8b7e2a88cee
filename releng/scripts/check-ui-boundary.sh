#!/usr/bin/env bash
# Guard rail: only io.cartograph.app and bundles named *.ui* may depend on SWT, JFace or the
# e4 UI. Everything else (model, store, rules, policy, connectors, sync, server) stays headless
# so that it can be tested without a display and reused by the team server.
# Checks both the manifests (Require-Bundle / Import-Package) and the Java imports.
# Usage: check-ui-boundary.sh [PROJECT_ROOT]   exit 0 = clean, 1 = violations listed on stderr
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
ui_pattern='org\.eclipse\.(swt|jface|e4\.ui|nebula|swtchart)'
violations=()

for bundle in "$root"/bundles/*/; do
  [ -d "$bundle" ] || continue
  name=$(basename "$bundle")
  case "$name" in
    io.cartograph.app|*.ui|*.ui.*) continue ;;
  esac
  manifest="$bundle/META-INF/MANIFEST.MF"
  if [ -f "$manifest" ]; then
    # Unfold continuation lines, then look only at the dependency headers.
    deps=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$manifest" \
           | grep -E '^(Require-Bundle|Import-Package):' || true)
    if hits=$(grep -oE "$ui_pattern[a-zA-Z0-9_.]*" <<<"$deps"); then
      while read -r hit; do violations+=("$name: META-INF/MANIFEST.MF depends on $hit"); done <<<"$hits"
    fi
  fi
  while IFS= read -r -d '' source; do
    if hits=$(grep -nE "^import( static)? +$ui_pattern" "$source"); then
      while read -r hit; do violations+=("$name: ${source#"$bundle"}:$hit"); done <<<"$hits"
    fi
  done < <(find "$bundle" -name '*.java' -not -path '*/target/*' -print0)
done

if [ ${#violations[@]} -gt 0 ]; then
  echo "UI boundary violated: only io.cartograph.app and *.ui* bundles may use SWT, JFace or e4 UI." >&2
  printf '  %s\n' "${violations[@]}" >&2
  echo "Move the UI code into a *.ui bundle, or keep this bundle headless." >&2
  exit 1
fi
echo "UI boundary respected: headless bundles use no SWT, JFace or e4 UI."
