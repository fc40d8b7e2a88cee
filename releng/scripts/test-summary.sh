#!/usr/bin/env bash
# Totals of every Surefire report of the build (Tycho's OSGi test fragments and the product's
# smoke tests), per test class, so that the end of ./cartograph test shows the whole suite at once.
# Usage: test-summary.sh PROJECT_ROOT [WALL_SECONDS] [STARTED_MARKER_FILE]
# With a marker file, only reports newer than it count (a module that did not run is not green).
set -uo pipefail
root=$1
wall=${2:-}
marker=${3:-}
shopt -s nullglob
reports=()
for report in "$root"/tests/*/target/surefire-reports/TEST-*.xml; do
  if [ -z "$marker" ] || [ "$report" -nt "$marker" ]; then reports+=("$report"); fi
done
echo
echo "Cartograph test summary"
echo "-----------------------"
if [ ${#reports[@]} -eq 0 ]; then
  echo "No test reports were written: the build stopped before any test ran."
  exit 0
fi
total=0 failures=0 errors=0 skipped=0
for report in "${reports[@]}"; do
  # The <testsuite ...> element carries the counts of one test class.
  header=$(grep -m1 -o '<testsuite [^>]*>' "$report")
  attr() { sed -n "s/.* $1=\"\([0-9.]*\)\".*/\1/p" <<<"$header"; }
  name=$(sed -n 's/.* name="\([^"]*\)".*/\1/p' <<<"$header")
  t=$(attr tests); f=$(attr failures); e=$(attr errors); s=$(attr skipped); time=$(attr time)
  module=$(basename "$(dirname "$(dirname "$(dirname "$report")")")")
  status=ok; [ "$((f + e))" -gt 0 ] && status=FAILED
  printf '  %-6s %-55s %3s tests  %6ss  (%s)\n' "$status" "${name##*.}" "$t" "${time:-?}" "$module"
  total=$((total + t)); failures=$((failures + f)); errors=$((errors + e)); skipped=$((skipped + ${s:-0}))
done
# Why tests were skipped (a gated benchmark, an absent ../shared folder): said, not just counted.
reasons=$(for report in "${reports[@]}"; do
  name=$(grep -m1 -o '<testsuite [^>]*>' "$report" | sed -n 's/.* name="\([^"]*\)".*/\1/p')
  grep -o '<skipped message="[^"]*"\|Assumption failed: [^]]*' "$report" \
    | sed -e 's/^<skipped message="//' -e 's/"$//' -e 's/^Assumption failed: //' -e "s/^/  skipped ${name##*.}: /" | sort -u
done)
if [ -n "$reasons" ]; then
  echo
  echo "$reasons"
fi
echo
[ -n "$wall" ] && echo "Wall time: $((wall / 60)) min $((wall % 60)) s"
echo "Tests run: $total, Failures: $failures, Errors: $errors, Skipped: $skipped"
echo "$((total - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
