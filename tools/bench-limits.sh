#!/usr/bin/env bash
# make bench-limits (issue 9 item 5): (1) compile a module of at least 200k lines of IR
# (bench/programs/gen-big.py) with the direct route, recording time and peak memory; (2) run about
# 10^9 steps in one emulator run (bench/programs/loop1e9.c), recording peak memory at two run lengths
# to show it stays flat. Measured with GNU time (/usr/bin/time -v). Refreshes the "Limits" section.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/bench-limits; mkdir -p "$out"
CFLAGS=(--target=riscv64-unknown-elf -march=rv64ima -mabi=lp64 -mcmodel=medany -fno-pic -O2 -ffreestanding -nostdlib -Iruntime/include)
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
Z=./zisk-llc
./bench/programs/gen-big.py 6000 > "$out/big.c"
clang-22 "${CFLAGS[@]}" -S -emit-llvm "$out/big.c" -o "$out/big.ll"
lines=$(wc -l < "$out/big.ll")
m() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
read -r ct cm < <(m $Z compile "$out/big.ll" -o "$out/big.zrom")
read -r c0t c0m < <(m $Z compile "$out/big.ll" -o "$out/big0.zrom" --ir-pipeline none)
read -r lt lm < <(m llc-22 -O3 -mattr=+m,+a,-c -code-model=medium -relocation-model=static "$out/big.ll" -o "$out/big.s")
clang-22 "${CFLAGS[@]}" -c -emit-llvm bench/programs/loop1e9.c -o "$out/loop.bc"
$Z compile "$out/loop.bc" -o "$out/loop.zrom"
read -r rt rm < <(m $Z run "$out/loop.zrom" -n 2000000000)
steps=$($Z run "$out/loop.zrom" --json -n 2000000000 | python3 -c 'import json,sys; print(json.load(sys.stdin)["steps"])')
sed 's/round < 500/round < 50/' bench/programs/loop1e9.c > "$out/loop1e8.c"
clang-22 "${CFLAGS[@]}" -c -emit-llvm "$out/loop1e8.c" -o "$out/loop8.bc"
$Z compile "$out/loop8.bc" -o "$out/loop8.zrom"
read -r rt8 rm8 < <(m $Z run "$out/loop8.zrom")
section=$(mktemp); trap 'rm -f "$section"' EXIT
{
  echo "## Limits"
  echo
  echo "Command: \`make bench-limits\` (\`tools/bench-limits.sh\`, GNU time). Machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'). Date: $(date -u +%Y-%m-%d)."
  echo
  echo "| what | size | wall time | peak memory |"
  echo "|---|---|---|---|"
  echo "| \`zisk-llc compile\` of a generated module (6,000 functions) | $lines lines of IR | ${ct} s | $((cm / 1024)) MiB |"
  echo "| \`zisk-llc compile --ir-pipeline none\` (the backend alone) of the same module | $lines lines of IR | ${c0t} s | $((c0m / 1024)) MiB |"
  echo "| \`llc-22 -O3\` of the same module | $lines lines of IR | ${lt} s | $((lm / 1024)) MiB |"
  echo "| \`zisk-llc run\` (fast mode), one run | $(printf "%'d" "$steps") steps | ${rt} s | $((rm / 1024)) MiB |"
  echo "| the same program with a tenth of the rounds | about a tenth of the steps | ${rt8} s | $((rm8 / 1024)) MiB |"
  echo
  echo "Peak memory of the emulator does not grow with the number of steps (the same program at a tenth of the rounds peaks at the same size)."
  echo
} > "$section"
./tools/results-section.py bench/RESULTS.md "Limits" "$section"
echo "bench-limits: updated bench/RESULTS.md"
