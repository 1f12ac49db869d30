#!/usr/bin/env python3
"""tools/test-suite.py - LLVM test-suite's single-file C programs through both routes, against the host.

Programs the project has never seen: each SingleSource/Benchmarks and SingleSource/UnitTests C file of an
llvm-test-suite checkout is built as the corpus is (../shared/corpus/build.sh: clang-22 for guest ABI v1,
-DSMALL_PROBLEM_SIZE, the corpus' minilibc and platform linked --only-needed), checked for symbols outside
the ABI (skipped then: math, stdio files, time, setjmp...), built natively with gcc as the reference, and run
through `zisk-llc compare --json` (classic route, direct route, direct route without the IR pipeline).

Verdicts: AGREED (all three builds and the host: stdout and exit code), MISMATCH (the builds disagree: a
compiler bug), HOSTDIFF (the builds agree, the host differs: minilibc's printf has no %f, argc is 0 in the
guest, undefined behaviour...), ERROR (a build failed: the direct route's one-line message), TIMEOUT (the
step limit, with every build's output so far equal), SKIP (not buildable for the guest ABI).

usage: tools/test-suite.py SRC [--opt O2] [--jobs 2] [--steps 400000000] [--out DIR] [--only NAME,...]
       (SRC: an llvm-test-suite checkout, e.g. `git archive` of github.com/llvm/llvm-test-suite)
"""
import argparse, collections, concurrent.futures, json, os, re, subprocess, sys

# Every module verified again after each LLVM pipeline (off for users: LlvmSession.VerifyAfterPasses).
os.environ.setdefault("ZISK_LLC_VERIFY_EACH", "1")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ZISK_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
CLI = os.path.join(ROOT, "zisk-llc")
SKIP_DIRS = ("Polybench", "Linpack", "SmallPT", "Vector", "X86", "AArch64", "Mips", "Threads", "Arm", "PowerPC", "SignlessTypes")
GUEST = ["clang-22", "--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-mcmodel=medany", "-fno-pic",
         "-ffreestanding", "-nostdlib", "-nostdlibinc", "-isystem", "/usr/include/newlib", "-fno-common",
         "-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-w", "-DSMALL_PROBLEM_SIZE",
         "-Wno-implicit-int", "-Wno-implicit-function-declaration", "-Wno-int-conversion", "-Wno-incompatible-pointer-types",
         "-Wno-incompatible-function-pointer-types", "-Wno-return-mismatch", "-emit-llvm", "-c"]
ALLOWED = set("zisk_putchar zisk_exit zisk_set_output zisk_input zisk_keccakf zisk_sha256f memcpy memmove memset memcmp bcmp".split())

def sh(args, timeout=None, **kw):
    try:
        p = subprocess.run(args, capture_output=True, timeout=timeout, **kw)
        return p.returncode, p.stdout.decode("latin-1"), p.stderr.decode("latin-1")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"

def first_diff(a, b):
    al, bl = a.split("\n"), b.split("\n")
    for k, (x, y) in enumerate(zip(al, bl)):
        if x != y: return f"line {k + 1}: {x[:100]!r} vs {y[:100]!r}"
    return f"{len(al)} vs {len(bl)} lines"

def one(name, src, a, rt):
    d = os.path.join(a.out, name, a.opt); os.makedirs(d, exist_ok=True)
    bc, prog = os.path.join(d, "p0.bc"), os.path.join(d, "prog.bc")
    rc, _, err = sh(GUEST + ["-" + a.opt, src, "-o", bc])
    if rc != 0: return "SKIP guest build: " + next((l for l in err.splitlines() if "error" in l), err[:120]).split("/")[-1][:120]
    rc, _, err = sh(["llvm-link-22", bc, "--only-needed", *rt, "-o", prog])
    if rc != 0: return "SKIP link: " + err.strip()[:120]
    _, nm, _ = sh(["llvm-nm-22", "--undefined-only", prog])
    bad = sorted({l.split()[-1] for l in nm.splitlines() if l.strip()} - ALLOWED)
    if bad: return "SKIP needs " + " ".join(bad[:6])
    host = os.path.join(d, "host")
    rc, _, err = sh(["gcc", "-O1", "-w", "-funsigned-char", "-DSMALL_PROBLEM_SIZE", src, "-o", host, "-lm"])
    if rc != 0: return "SKIP host build"
    hrc, hout, _ = sh([host], timeout=60, stdin=subprocess.DEVNULL)
    if hrc is None: return "SKIP host timeout"
    rc, out, err = sh([CLI, "compare", prog, "--json", "-n", str(a.steps)], timeout=1800)
    if rc is None: return "TIMEOUT wall clock"
    try: j = json.loads(out)
    except ValueError: return "ERROR " + (err.strip().splitlines() or ["?"])[0][:200]
    runs = [j[k] for k in ("classic", "direct", "direct_backend_only") if j.get(k)]
    key = lambda r: (r.get("stdout"), r.get("outputs"), r.get("ended"))
    if any("step limit" in (r.get("message") or "") for r in runs):
        outs = [r.get("stdout") or "" for r in runs]
        if all(o.startswith(min(outs, key=len)) for o in outs): return f"TIMEOUT step limit; steps {'/'.join(str(r['steps']) for r in runs)}"
    if any(key(r) != key(runs[0]) for r in runs):
        other = next(r for r in runs if key(r) != key(runs[0]))
        return f"MISMATCH {first_diff(runs[0].get('stdout') or '', other.get('stdout') or '')}; ended {runs[0].get('ended')} vs {other.get('ended')}"
    c = runs[0]
    gout, g0 = c.get("stdout") or "", (c.get("outputs") or [0])[0] & 0xFF
    if hout == gout and ((c.get("ended") == "ok" and g0 == hrc) or (c.get("ended") != "ok" and hrc != 0)):
        return f"AGREED steps classic/direct {c['steps']}/{runs[1]['steps']} ({runs[1]['steps'] / c['steps']:.3f})"
    why = "printf %f (minilibc has none); " if re.search(r"%[-+ #0-9.]*[lLhq]*[fFeEgGaA]", gout) else ""
    return f"HOSTDIFF {why}{first_diff(hout, gout)}; exit host {hrc} guest {g0} ({c.get('ended')})"

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src"); ap.add_argument("--opt", default="O2"); ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--steps", type=int, default=400_000_000); ap.add_argument("--out", default="/tmp/zisk-llc-test-suite")
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    progs = []
    for top in ("SingleSource/Benchmarks", "SingleSource/UnitTests"):
        for dp, dns, fns in os.walk(os.path.join(a.src, top)):
            dns[:] = sorted(x for x in dns if x not in SKIP_DIRS)
            for f in sorted(fns):
                if f.endswith(".c"):
                    rel = os.path.relpath(os.path.join(dp, f), os.path.join(a.src, "SingleSource"))
                    progs.append((rel[:-2].replace("/", "_"), os.path.join(dp, f)))
    if a.only: progs = [p for p in progs if p[0] in a.only.split(",")]
    os.makedirs(a.out, exist_ok=True)
    rt = []
    for f in ("minilibc.c", "platform.c"):   # the corpus' runtime, built as build.sh builds it
        o = os.path.join(a.out, f[:-2] + ".bc"); rt.append(o)
        flags = [x for x in GUEST if not x.startswith("-Wno") and x != "-DSMALL_PROBLEM_SIZE"]
        rc, _, err = sh(flags + ["-O2", os.path.join(SHARED, "corpus", "rt", f), "-o", o])
        if rc != 0: sys.exit(f"test-suite: cannot build the corpus runtime {f}: {err[:300]}")
    counts = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        for (name, _), v in zip(progs, ex.map(lambda p: one(p[0], p[1], a, rt), progs)):
            counts[v.split()[0]] += 1
            print(f"{name} -{a.opt} {v}", flush=True)
    print(f"test-suite -{a.opt}: {len(progs)} programs: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    sys.exit(1 if counts["MISMATCH"] else 0)

main()
