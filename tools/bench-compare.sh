#!/usr/bin/env bash
# make bench-compare: both routes from the same IR on every corpus program (`zisk-llc compare --json`):
# steps and total variable cost (TOTAL − BASE) of each route, their ratio, geometric means, and
# whether the results are identical. Neither side loads the soft-float library (same boot accounting).
# Refreshes the "Direct route vs classic route" section of bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ZISK_SHARED:-$(cd .. && pwd)/shared}
dotnet build src/ZiskLlc.Cli -c Release -nologo -v q -clp:NoSummary >/dev/null
Z=(dotnet src/ZiskLlc.Cli/bin/Release/net10.0/zisk-llc.dll)
out=build/bench-compare
mkdir -p "$out"
for exp in "$shared"/corpus/expected/*.json; do
  n=$(basename "$exp" .json)
  "${Z[@]}" compare "build/corpus/$n/$n.bc" --json > "$out/$n.json" || true
done
section=$(mktemp); trap 'rm -f "$section"' EXIT
python3 - "$out" "$shared/corpus/expected" > "$section" <<'PY'
import json, math, os, sys, subprocess, datetime
out, expdir = sys.argv[1:]
rows, rs, rv = [], [], []
for f in sorted(os.listdir(expdir)):
    n = f[:-5]
    try: j = json.load(open(os.path.join(out, n + ".json")))
    except Exception: rows.append(f"| {n} | – | – | – | – | – | – | compare failed |"); continue
    c, d = j["classic"], j["direct"]
    cv, dv = c["total_cost"] - c["base_cost"], d["total_cost"] - d["base_cost"]
    s, v = d["steps"] / c["steps"], dv / cv
    rs.append(s); rv.append(v)
    rows.append(f"| {n} | {c['steps']:,} | {d['steps']:,} | {s:.3f} | {cv:,} | {dv:,} | {v:.3f} | {'yes' if j['outputs_match'] else 'NO'} |")
g = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float('nan')
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), '?')
print("## Direct route vs classic route")
print()
print(f"Command: `make bench-compare` (`tools/bench-compare.sh`, i.e. `zisk-llc compare --json` per program). Machine: {os.cpu_count()} CPU(s), {cpu}. Date: {datetime.date.today()}.")
print("Same whole-program IR (../shared/corpus, clang -O2 per module) through both routes; no soft-float library on either side.")
print("The direct route runs no IR passes beyond the shared lowering pipeline, so every difference is the backend's.")
print("Steps and costs are exact counts. \"identical\" = stdout, the 64 output words and the end state are equal.")
print()
print("| program | classic steps | direct steps | steps ratio | classic variable cost | direct variable cost | cost ratio | identical |")
print("|---|---|---|---|---|---|---|---|")
for r in rows: print(r)
print(f"| **geometric mean** | | | **{g(rs):.3f}** | | | **{g(rv):.3f}** | |")
print()
PY
# The chart (Debian's matplotlib; installed here when missing, as `make` installs every package it needs).
/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-matplotlib >/dev/null; }
/usr/bin/python3 tools/bench-chart.py "$out" bench/ratios.svg
echo "![direct/classic ratios per corpus program](ratios.svg)" >> "$section"
echo >> "$section"
./tools/results-section.py bench/RESULTS.md "Direct route vs classic route" "$section"
echo "bench-compare: updated bench/RESULTS.md"
