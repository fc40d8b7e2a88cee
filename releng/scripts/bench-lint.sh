#!/usr/bin/env bash
# Lint benchmark: Cartograph's policy lint against apigeelint on the same generated Apigee bundles.
#   1. ./cartograph cli bench-lint (hidden) generates N bundles of M policies into a scratch folder
#      and lints them in one JVM: the first pass (cold: class loading, JIT) and R warm passes;
#   2. ./cartograph cli policy lint over all bundles as one process, start-up included (what a CI
#      step costs);
#   3. apigeelint (npm, installed on first use into ~/.cache/cartograph/apigeelint) over the same
#      bundles, one `apigeelint -s BUNDLE/apiproxy` per bundle, as pipelines call it.
# Prints the wall times and the ratios. Without npm or network, says so and reports Cartograph only.
# Usage: bench-lint.sh PROJECT_ROOT [--proxies N] [--policies M] [--runs R] [--keep]
set -euo pipefail
root=$1; shift
proxies=200 policies=20 runs=5 keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --proxies) proxies=${2:?--proxies needs a number}; shift 2 ;;
    --policies) policies=${2:?--policies needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "bench lint: unknown option '$1' (--proxies N, --policies M, --runs R, --keep)" >&2; exit 2 ;;
  esac
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/cartograph-bench-lint.XXXXXX")
if $keep; then echo "The bundles stay in $scratch/bundles"; else trap 'rm -rf "$scratch"' EXIT; fi
export CARTOGRAPH_HOME="$scratch/home"
bundles="$scratch/bundles"
cli=${CARTOGRAPH_CLI:-"$root/cartograph cli"}   # another launcher for the same commands, e.g. a dev build

ms() { echo $(( ($2 - $1) / 1000000 )); }
declare -A value
while IFS='=' read -r key val; do
  [ -n "$val" ] && value[$key]=$val
done < <($cli bench-lint --out "$bundles" --proxies "$proxies" --policies "$policies" --runs "$runs")
echo "Generated ${value[bundles]} bundles with ${value[policies]} policies in $bundles (${value[generate_ms]:-?} ms)."

mapfile -t folders < <(find "$bundles" -mindepth 1 -maxdepth 1 -type d | sort)
started=$(date +%s%N)
set +e
$cli policy lint "${folders[@]}" --format json > "$scratch/cartograph.json" 2> "$scratch/cartograph.err"
cli_status=$?
set -e
cli_ms=$(ms "$started" "$(date +%s%N)")
if [ "$cli_status" -gt 1 ]; then
  echo "cartograph policy lint failed (exit $cli_status):" >&2; cat "$scratch/cartograph.err" >&2; exit 1
fi

apigeelint_ms="" apigeelint_note=""
cache="${XDG_CACHE_HOME:-$HOME/.cache}/cartograph/apigeelint"
linter="$cache/node_modules/.bin/apigeelint"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apigeelint_note="node or npm is not installed: apigeelint was not run"
elif [ ! -x "$linter" ] && ! (mkdir -p "$cache" && cd "$cache" && npm install --no-audit --no-fund --silent apigeelint >"$scratch/npm.log" 2>&1); then
  apigeelint_note="npm install apigeelint failed (registry not reachable?), npm said so above: apigeelint was not run"
  echo "npm install apigeelint failed; its last lines:" >&2; tail -5 "$scratch/npm.log" >&2
fi
if [ -z "$apigeelint_note" ]; then
  version=$("$linter" --version 2>/dev/null || echo "?")
  started=$(date +%s%N)
  for folder in "${folders[@]}"; do
    # apigeelint exits non-zero when it finds errors; the benchmark only times it
    "$linter" -s "$folder/apiproxy" -f json.js > "$scratch/apigeelint-$(basename "$folder").json" 2>/dev/null || true
  done
  apigeelint_ms=$(ms "$started" "$(date +%s%N)")
  findings=$(cat "$scratch"/apigeelint-*.json | grep -o '"ruleId"' | wc -l || true)
fi

echo
echo "Lint benchmark: $proxies proxies x $policies policies, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(java -version 2>&1 | head -1); node $(node --version 2>/dev/null || echo absent)"
printf '%-54s %10s\n' "" "wall ms"
printf '%-54s %10s\n' "Cartograph, in one JVM, first pass (cold)" "${value[cold_ms]}"
printf '%-54s %10s\n' "Cartograph, in one JVM, warm (median of $runs)" "${value[warm_median_ms]}"
printf '%-54s %10s\n' "Cartograph, cli policy lint process (JVM start incl.)" "$cli_ms"
echo "Cartograph findings: ${value[findings]} (exit $cli_status)"
if [ -n "$apigeelint_ms" ]; then
  printf '%-54s %10s\n' "apigeelint $version, one process per bundle" "$apigeelint_ms"
  echo "apigeelint findings: $findings"
  ratio() { awk -v a="$apigeelint_ms" -v b="$1" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }
  echo "apigeelint / Cartograph: $(ratio "$cli_ms") against the CLI process, $(ratio "${value[cold_ms]}") against the cold pass," \
    "$(ratio "${value[warm_median_ms]}") against a warm pass"
else
  echo "apigeelint: $apigeelint_note"
fi
