#!/usr/bin/env bash
# Runs every test project and ends with one plain summary line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
config=${1:-Release}
log=$(mktemp)
# Every module verified again after each LLVM pipeline too (LlvmSession.VerifyAfterPasses; off for users).
export ZISK_LLC_VERIFY_EACH=1
dotnet test ZiskLlc.slnx -c "$config" --no-build -nologo 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
# VSTest prints one line per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
read -r passed failed skipped < <(grep -E '(Passed|Failed)!  - Failed:' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
