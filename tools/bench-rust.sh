#!/usr/bin/env bash
# make bench-rust: the Rust guests of examples/rust through both routes (`zisk-llc compare --json`),
# each with a fixed input record; refreshes the "Rust guests: direct route vs classic route" section
# of bench/RESULTS.md. Builds with build-rust into build/rust-target (cached across runs).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/ZiskLlc.Cli -c Release -nologo -v q -clp:NoSummary >/dev/null
Z=(dotnet src/ZiskLlc.Cli/bin/Release/net10.0/zisk-llc.dll)
out=build/bench-rust
mkdir -p "$out"
python3 - "$out" <<'PY'
import struct, sys, random
out = sys.argv[1]
def rec(name, data):  # one ziskos input record: [u64 LE length][bytes][zero pad to 8]
    pad = (-len(data)) % 8
    open(f"{out}/{name}.in", "wb").write(struct.pack("<Q", len(data)) + data + b"\0" * pad)
rec("sha256-hello-100", struct.pack("<Q", 100))
rec("sha256-hello-100p", struct.pack("<Q", 100) + b"p")
random.seed(7)
rec("keccak-s", b"s" + bytes(random.randrange(256) for _ in range(1000)))
rec("keccak-p", b"p" + bytes(random.randrange(256) for _ in range(1000)))
trip = [(random.getrandbits(64), random.getrandbits(64), random.getrandbits(63) | 1) for _ in range(17)]
m = b"".join(struct.pack("<QQQ", *t) for t in trip)
big = lambda v: v.to_bytes(32, "little")
rec("modexp", struct.pack("<Q", 17) + m + big(random.getrandbits(255)) + big(random.getrandbits(255)) + big(random.getrandbits(255) | 1))
rec("collections", b" ".join(random.choice([b"zisk", b"proof", b"step", b"cost", b"prover", b"register", b"memory", b"jump"]) for _ in range(300)))
rec("floats", b"".join(struct.pack("<d", random.uniform(-1e6, 1e6)) for _ in range(500)))
PY
rows=$(mktemp); trap 'rm -f "$rows"' EXIT
for run in sha256-hello-100:sha256-hello sha256-hello-100p:sha256-hello keccak-s:keccak keccak-p:keccak modexp:modexp collections:collections floats:floats; do
  name=${run%%:*}; crate=${run##*:}
  [ -f "$out/$crate.bc" ] || "${Z[@]}" build-rust "examples/rust/$crate" -o "$out/$crate.bc" --target-dir build/rust-target >&2
  "${Z[@]}" compare "$out/$crate.bc" -i "$out/$name.in" --json > "$out/$name.json" || true
  python3 - "$name" "$out/$name.json" >> "$rows" <<'PY'
import json, sys
n, f = sys.argv[1:]
j = json.load(open(f)); c, d = j["classic"], j["direct"]
cv, dv = c["total_cost"] - c["base_cost"], d["total_cost"] - d["base_cost"]
print(f"| {n} | {c['steps']:,} | {d['steps']:,} | {d['steps']/c['steps']:.3f} | {cv:,} | {dv:,} | {dv/cv:.3f} | {'yes' if j['outputs_match'] else 'NO'} |")
PY
done
section=$(mktemp)
{
  echo "## Rust guests: direct route vs classic route"
  echo
  echo "Command: \`make bench-rust\` (\`tools/bench-rust.sh\`). Machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'). Date: $(date -u +%Y-%m-%d)."
  echo "examples/rust built once by \`zisk-llc build-rust\` (rustc 1.96, fat LTO, opt-level 3); the same bitcode through both routes"
  echo "with the input record shown (sha256-hello: n = 100, \`p\` = the sha256 precompile; keccak: 1000 bytes in software \`s\` or"
  echo "with the precompile \`p\`; modexp: 17 random 64-bit triples and one 256-bit one; collections: 300 words; floats: 500 random doubles)."
  echo
  echo "| run | classic steps | direct steps | steps ratio | classic variable cost | direct variable cost | cost ratio | identical |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$rows"
  echo
} > "$section"
./tools/results-section.py bench/RESULTS.md "Rust guests: direct route vs classic route" "$section"
echo "bench-rust: updated bench/RESULTS.md"
