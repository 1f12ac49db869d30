#!/usr/bin/env bash
# make bench-emu: emulator throughput (steps/s) in fast and statistics modes on one core; refreshes
# the "Emulator throughput" section of bench/RESULTS.md. Options are passed to the benchmark
# (--steps N, --reps N); defaults: 200 M steps, 5 repetitions per mode.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/ZiskLlc.Bench -c Release -nologo -v q -clp:NoSummary
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
# One core: the emulator is single-threaded; taskset keeps the measurement on one CPU.
runner=()
command -v taskset >/dev/null && runner=(taskset -c 0)
shared=${ZISK_SHARED:-../shared}
corpus=()
[ -d "$shared/corpus-elfs" ] && corpus=(--corpus "$shared/corpus-elfs" --float-lib "$shared/zisk-elfs/ziskfloat.elf")
"${runner[@]}" dotnet bench/ZiskLlc.Bench/bin/Release/net10.0/ZiskLlc.Bench.dll --markdown "$rows" "${corpus[@]}" "$@"

cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
section=$(mktemp)
{
  echo "## Emulator throughput"
  echo
  echo "Command: \`make bench-emu\` (\`tools/bench-emu.sh $*\`). Machine: $(nproc) CPU(s), $cpu; .NET $(dotnet --version)."
  echo "Date: $(date -u +%Y-%m-%d). Program: the loop of \`bench/ZiskLlc.Bench/BenchPrograms.cs\` (10 steps per"
  echo "iteration: add, xor, 8-byte store, 8-byte indirect load, mul, sll, and, 1-byte indirect store, sub, eq/branch),"
  echo "run on one core, Release build; best and median of the repetitions, in millions of steps per second. The"
  echo "corpus rows run the 27 measured ELFs of ../shared/corpus-elfs (real compiled code, transpiled once, emulation"
  echo "time only, each repetition runs all of them)."
  echo
  echo "| mode | steps per run | repetitions | best (M steps/s) | median (M steps/s) |"
  echo "|---|---|---|---|---|"
  cat "$rows"
  echo
  echo "Notes: the corpus rates include each run's set-up (ROM index, RAM mapping, result), a sizeable share of these"
  echo "short (≈2 M-step) runs; the \"without set-up\" rows subtract it (timed as runs stopped after one step). Real"
  echo "compiled code also has more indirect jumps (returns: an address lookup each) than the loop."
  echo
} > "$section"

./tools/results-section.py bench/RESULTS.md "Emulator throughput" "$section"
echo "bench-emu: updated bench/RESULTS.md"
