#!/usr/bin/env bash
# Runs every popcon test: installs what the tests need, builds, checks formatting, runs all test
# projects, and closes with one summary line ("N passed, N failed, N skipped").
set -uo pipefail
cd "$(dirname "$0")"

./scripts/install-test-deps.sh || exit 1

dotnet build popcon.sln -nologo -v quiet || exit 1

echo "test.sh: checking formatting (dotnet format --verify-no-changes)"
dotnet format popcon.sln --verify-no-changes --no-restore || {
  echo "test.sh: formatting differs; run 'dotnet format popcon.sln' and commit the result"
  exit 1
}

results=artifacts/test-results
rm -rf "$results"
dotnet test popcon.sln --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" \
  -- RunConfiguration.TestSessionTimeout=3000000
status=$?

python3 scripts/summarize-trx.py "$results" || status=1
exit $status
