#!/usr/bin/env bash
# make bench-compile: compile time of the direct route (`zisk-llc compile`, the native (AOT) build of
# `make build`) against llc-22 -O3 on the same IR, each as a whole process (start-up included), best
# of 5 runs each, alternating; refreshes the "Compile time" section of bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ZISK_SHARED:-$(cd .. && pwd)/shared}
Z=build/zisk-llc/zisk-llc
[ -x "$Z" ] || { echo "bench-compile: $Z is missing: run make build" >&2; exit 1; }
section=$(mktemp); trap 'rm -f "$section"' EXIT
python3 - "$Z" "$shared/corpus/expected" > "$section" <<'PY'
import os, subprocess, sys, time, math, datetime
z, expdir = sys.argv[1:]
def t(cmd):
    s = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); return time.perf_counter() - s
rows, ratios = [], []
for f in sorted(os.listdir(expdir)):
    n = f[:-5]; bc = f"build/corpus/{n}/{n}.bc"
    a = [z, "compile", bc, "-o", f"/tmp/bench-compile-{n}.zrom"]
    b = ["llc-22", "-O3", "-mattr=+m,+a,-c", "-code-model=medium", "-relocation-model=static", bc, "-o", f"/tmp/bench-compile-{n}.s"]
    t(a); t(b)
    ta, tb = [], []
    for _ in range(5): ta.append(t(a)); tb.append(t(b))
    r = min(ta) / min(tb); ratios.append(r)
    rows.append(f"| {n} | {min(ta)*1000:.0f} | {min(tb)*1000:.0f} | {r:.2f} |")
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
print("## Compile time")
print()
print(f"Command: `make bench-compile` (`tools/bench-compile.sh`). Machine: {os.cpu_count()} CPU(s), {cpu}. Date: {datetime.date.today()}.")
print("Whole processes, best of 5 alternating runs each (milliseconds): `zisk-llc compile X.bc -o X.zrom` (the Native AOT build of `make build`) against")
print("`llc-22 -O3 -mattr=+m,+a,-c -code-model=medium -relocation-model=static X.bc` (assembly out: llc's fastest output).")
print()
print("| program | zisk-llc compile (ms) | llc-22 -O3 (ms) | ratio |")
print("|---|---|---|---|")
for r in rows: print(r)
print(f"| **geometric mean** | | | **{math.exp(sum(map(math.log, ratios))/len(ratios)):.2f}** |")
print()
PY
./tools/results-section.py bench/RESULTS.md "Compile time" "$section"
echo "bench-compile: updated bench/RESULTS.md"
