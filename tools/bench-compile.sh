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
rows, ratios, ratios0 = [], [], []
for f in sorted(os.listdir(expdir)):
    n = f[:-5]; bc = f"build/corpus/{n}/{n}.bc"
    a = [z, "compile", bc, "-o", f"/tmp/bench-compile-{n}.zrom"]
    a0 = a + ["--ir-pipeline", "none"]
    b = ["llc-22", "-O3", "-mattr=+m,+a,-c", "-code-model=medium", "-relocation-model=static", bc, "-o", f"/tmp/bench-compile-{n}.s"]
    t(a); t(a0); t(b)
    ta, ta0, tb = [], [], []
    for _ in range(5): ta.append(t(a)); ta0.append(t(a0)); tb.append(t(b))
    r, r0 = min(ta) / min(tb), min(ta0) / min(tb); ratios.append(r); ratios0.append(r0)
    rows.append(f"| {n} | {min(ta)*1000:.0f} | {min(ta0)*1000:.0f} | {min(tb)*1000:.0f} | {r:.2f} | {r0:.2f} |")
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
print("## Compile time")
print()
print(f"Command: `make bench-compile` (`tools/bench-compile.sh`). Machine: {os.cpu_count()} CPU(s), {cpu}. Date: {datetime.date.today()}.")
print("Whole processes, best of 5 alternating runs each (milliseconds): `zisk-llc compile X.bc -o X.zrom` (the Native AOT build of `make build`) against")
print("`llc-22 -O3 -mattr=+m,+a,-c -code-model=medium -relocation-model=static X.bc` (assembly out: llc's fastest output).")
print()
print("The direct route twice: as users get it (the IR pipeline, then the backend) and with `--ir-pipeline none` (the backend alone).")
print()
print("| program | zisk-llc compile (ms) | … --ir-pipeline none (ms) | llc-22 -O3 (ms) | ratio | ratio, backend only |")
print("|---|---|---|---|---|---|")
for r in rows: print(r)
g = lambda xs: math.exp(sum(map(math.log, xs))/len(xs))
print(f"| **geometric mean** | | | | **{g(ratios):.2f}** | **{g(ratios0):.2f}** |")
print(f"| **maximum** | | | | **{max(ratios):.2f}** | **{max(ratios0):.2f}** |")
print()
PY
./tools/results-section.py bench/RESULTS.md "Compile time" "$section"
echo "bench-compile: updated bench/RESULTS.md"
