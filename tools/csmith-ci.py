#!/usr/bin/env python3
"""tools/csmith-ci.py - (re)generates the fixed Csmith programs of the CI test (CsmithTests.cs).

Csmith's output for a seed changes between Csmith versions, so the CI subset is committed as
source (tests/ZiskLlc.Codegen.Tests/csmith/*.c) rather than generated at test time: the test then
needs no csmith binary and always runs the same programs. This script takes seeds from --seed on
(csmith 2.3.0, smaller programs than tools/fuzz.py makes), keeps a program when the host build
(gcc x86-64) finishes within 5 s and both routes agree with the host at its optimisation level
(-O0/-O1/-O2/-Os in rotation) within the step limit, and writes each with a first line giving the
seed, options and the host's checksum line (what the test expects).

usage: tools/csmith-ci.py [--count 50] [--seed 1] [--steps 5000000]
"""
import argparse, glob, json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
fuzz = importlib.import_module("fuzz")

OPTS = ["--no-argc", "--no-float", "--max-funcs", "4", "--max-block-depth", "3"]
LEVELS = ["O0", "O1", "O2", "Os"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--steps", type=int, default=5_000_000)
    a = ap.parse_args()
    out = os.path.join(fuzz.ROOT, "tests", "ZiskLlc.Codegen.Tests", "csmith")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "*.c")):
        os.remove(f)
    kept, seed = 0, a.seed
    while kept < a.count:
        lvl = LEVELS[kept % 4]
        with tempfile.TemporaryDirectory() as w:
            src = subprocess.run(["csmith", "--seed", str(seed)] + OPTS, capture_output=True, text=True, cwd=w).stdout
            open(os.path.join(w, "prog.c"), "w").write(src)
            ok = subprocess.run(fuzz.HOST + ["prog.c", "-o", "host"], cwd=w, capture_output=True).returncode == 0
            host = fuzz.sh([os.path.join(w, "host")], timeout=5) if ok else (1, "", "")
            if host[0] == 0 and host[1].startswith("checksum = "):
                cat, detail = fuzz.guest_case(w, seed, lvl, host[1], a.steps)
                print(f"seed {seed} -{lvl}: {cat} {detail[:100]}", flush=True)
                if cat == "agreed":
                    name = f"{kept:02d}-seed{seed}-{lvl}.c"
                    head = (f"/* Csmith 2.3.0 --seed {seed} {' '.join(OPTS)} (tools/csmith-ci.py, for CsmithTests.cs);"
                            f" expected: {host[1].strip()} */\n")
                    open(os.path.join(out, name), "w").write(head + src)
                    kept += 1
        seed += 1

if __name__ == "__main__":
    main()
