#!/usr/bin/env bash
# The README's test command: builds the solution, runs every test project, and ends with the line
#   tests: N passed, N failed[, N skipped]
# Exit code is non-zero when the build or any test fails. SQL Server variants run only when
# SWARMNET_TEST_SQLSERVER holds a connection string, and are reported as skipped otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

if ! dotnet build SwarmNet.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "tests: 0 passed, 0 failed"
  exit 1
fi

dotnet test SwarmNet.sln --no-build --nologo -v quiet --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

sum() { grep -ho "<Counters [^>]*" "$results"/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed)
failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) ))
total=$(sum total)
skipped=$(( total - passed - failed ))
projects=$(ls "$results"/*.trx 2>/dev/null | wc -l)

if [ "$projects" -eq 0 ]; then
  echo "no test results were produced"
  status=1
elif [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "a test run ended abnormally"
  failed=1
fi

summary="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
exit "$status"
