#!/usr/bin/env bash
# make bench-classic: the classic route's figures on the corpus — the baseline every figure of the
# direct compiler will be compared with. For each corpus program: build-elf (llc-22 + our runtime +
# ld.lld-22), then run with ZisK's soft-float library loaded, as ziskemu always does, so the figures
# use ziskemu's accounting (126 boot steps for the float library included). The reference columns are
# what the real ziskemu v0.18.0 measured for ../shared/corpus-elfs (built with the spec author's
# reference runtime), so the two runtimes can be told apart. Refreshes the "Classic route" section of
# bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ZISK_SHARED:-$(cd .. && pwd)/shared}
dotnet build src/ZiskLlc.Cli -c Release -nologo -v q -clp:NoSummary >/dev/null
Z=(dotnet src/ZiskLlc.Cli/bin/Release/net10.0/zisk-llc.dll)
out=build/bench-classic
mkdir -p "$out"
rows=$(mktemp); trap 'rm -f "$rows"' EXIT
for exp in "$shared"/corpus/expected/*.json; do
  n=$(basename "$exp" .json)
  "${Z[@]}" build-elf "build/corpus/$n/$n.bc" -o "$out/$n.elf"
  "${Z[@]}" run "$out/$n.elf" --json --float-lib "$shared/zisk-elfs/ziskfloat.elf" > "$out/$n.json" || true
  python3 - "$n" "$out/$n.json" "$shared/corpus-elfs/$n.json" "$exp" >> "$rows" <<'PY'
import json, sys
n, ours, ref, exp = sys.argv[1:]
o, r, e = json.load(open(ours)), json.load(open(ref)), json.load(open(exp))
ok = o["ended"] == e["ends"] and o["outputs"][0] == e["output0"] and o["stdout"] == e["stdout"]
print(f"| {n} | {o['steps']:,} | {o['total_cost']:,} | {r['steps']:,} | {r['total_cost']:,} | {o['steps'] - r['steps']:+,} | {'yes' if ok else 'NO'} |")
PY
done
section=$(mktemp)
{
  echo "## Classic route (baseline)"
  echo
  echo "Command: \`make bench-classic\` (\`tools/bench-classic.sh\`). Machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'). Date: $(date -u +%Y-%m-%d)."
  echo "Each corpus program through \`zisk-llc build-elf\` (llc-22 -O3, rv64ima, our runtime, ld.lld-22) and"
  echo "\`zisk-llc run --float-lib ziskfloat.elf\` (ziskemu's accounting). Reference: the real ziskemu v0.18.0 on"
  echo "../shared/corpus-elfs (same IR, the spec author's reference runtime). Steps and costs are exact counts, not"
  echo "timings; \"result ok\" = output word 0, stdout and end state equal ../shared/corpus/expected."
  echo
  echo "| program | steps | total cost | reference steps | reference total cost | steps − reference | result ok |"
  echo "|---|---|---|---|---|---|---|"
  cat "$rows"
  echo
} > "$section"
./tools/results-section.py bench/RESULTS.md "Classic route (baseline)" "$section"
echo "bench-classic: updated bench/RESULTS.md"
