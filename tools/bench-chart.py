#!/usr/bin/python3
"""Draws bench/ratios.svg from build/bench-compare/*.json (written by tools/bench-compare.sh): per corpus
program, the direct route's steps (with the IR pipeline and by the backend alone) and variable cost as a
fraction of the classic route's, with the
parity line and the issue's targets. Uses Debian's matplotlib (python3-matplotlib)."""
import json, os, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

src, out = sys.argv[1], sys.argv[2]
names, steps, cost, bsteps = [], [], [], []
for f in sorted(os.listdir(src)):
    if not f.endswith(".json"): continue
    try: j = json.load(open(os.path.join(src, f)))
    except Exception: continue
    c, d = j["classic"], j["direct"]
    names.append(f[:-5])
    steps.append(d["steps"] / c["steps"])
    cost.append((d["total_cost"] - d["base_cost"]) / (c["total_cost"] - c["base_cost"]))
    b = j.get("direct_backend_only") or d
    bsteps.append(b["steps"] / c["steps"])
fig, ax = plt.subplots(figsize=(8, 0.42 * len(names) + 1.5))
y = range(len(names))
ax.barh([i - 0.27 for i in y], bsteps, height=0.27, label="steps, backend only (no IR passes)", color="#9ab8d8")
ax.barh([i for i in y], steps, height=0.27, label="steps (direct / classic)", color="#3b6ea8")
ax.barh([i + 0.27 for i in y], cost, height=0.27, label="variable cost (direct / classic)", color="#e0a030")
ax.axvline(1.0, color="black", linewidth=1)
ax.axvline(0.65, color="#3b6ea8", linestyle="--", linewidth=1, label="steps target (geomean 0.65)")
ax.axvline(0.70, color="#e0a030", linestyle="--", linewidth=1, label="cost target (geomean 0.70)")
ax.axvline(0.90, color="#b03030", linestyle=":", linewidth=1, label="steps ceiling per program (0.90)")
ax.set_yticks(list(y)); ax.set_yticklabels(names); ax.invert_yaxis()
ax.set_xlabel("direct route / classic route (lower is better)")
ax.set_title("zisk-llc: direct vs classic route on the corpus")
ax.legend(loc="lower right", fontsize=8)
fig.tight_layout()
fig.savefig(out, format="svg")
print(f"bench-chart: wrote {out}")
