#!/usr/bin/env python3
"""tools/fuzz.py - differential fuzzing of the direct route with Csmith (issue 9, item 1).

Each Csmith program (random seed, no argc, no floats unless --float) is built natively for the host (gcc, the
checksum printed by tools/csmith/csmith.h through putchar) and as guest IR with clang-22 at
-O0/-O1/-O2/-Os; every IR file goes through `zisk-llc compare --json -n STEPS` (classic route vs
direct route on the emulator). A program agrees when both routes end normally with identical
results and their stdout is the host's. Everything else is kept under fuzz/failures/<seed>-<opt>/
as a self-contained reproducer: mismatch (routes disagree, or disagree with the host), crash
(exit code 70, another error, a run that does not end normally). The direct route rejecting a
construct is "unsupported" (the construct is counted); a program the host does not finish in
HOST_TIMEOUT seconds, or that reaches the step limit, is "discarded".

usage: tools/fuzz.py N [--jobs J] [--seed S] [--opts O0,O1,O2,Os] [--steps N] [--out DIR] [--log FILE]
       tools/fuzz.py --summarize FILE...   (the summary of earlier --log files, e.g. of interrupted runs)
"""
import argparse, collections, json, os, re, shutil, subprocess, sys, tempfile, threading, time

# Every module verified again after each LLVM pipeline (off for users: LlvmSession.VerifyAfterPasses).
os.environ.setdefault("ZISK_LLC_VERIFY_EACH", "1")
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIM = os.path.join(ROOT, "tools", "csmith")
CLI = os.path.join(ROOT, "zisk-llc")  # ZISK_LLC_DLL=path: run that zisk-llc.dll instead (a snapshot while editing)
CSMITH_OPTS = ["--no-argc", "--no-float"]
GUEST = ["clang-22", "--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-mcmodel=medany",
         "-fno-pic", "-ffreestanding", "-nostdlib", "-w", "-Wno-error=incompatible-pointer-types", "-I" + SHIM, "-I" + os.path.join(ROOT, "runtime", "include"),
         "-emit-llvm", "-c"]
HOST = ["gcc", "-O1", "-w", "-funsigned-char", "-DCSMITH_HOST", "-I" + SHIM]
HOST_TIMEOUT = 5
CLIV = ["dotnet", os.environ["ZISK_LLC_DLL"]] if os.environ.get("ZISK_LLC_DLL") else [CLI]

def sh(args, timeout=None, cwd=None):
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=timeout, cwd=cwd)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timeout"

def construct(msg):
    """A short name for the unsupported construct a direct-route diagnostic names."""
    m = re.search(r"\(([^()]*not supported[^()]*)\)", msg) or re.search(r"': (.*)$", msg)
    text = m.group(1) if m else msg
    return re.sub(r"%[\w.]+|@[\w.]+|\b\d+\b", "#", text).strip()[:120]

def guest_case(work, seed, opt, host_out, steps):
    """One IR build through compare: (category, detail)."""
    bc = os.path.join(work, f"p{opt}.bc")
    rc, _, err = sh(GUEST + ["-" + opt, "prog.c", "-o", bc], cwd=work)
    if rc != 0:
        return "crash", "clang-22 failed: " + err[-2000:]
    rc, out, err = sh(CLIV + ["compare", bc, "--json", "-n", str(steps)], timeout=900)
    if rc is None:
        return "crash", "compare did not finish in 900 s"
    if rc == 70:
        return "crash", "internal error (exit 70): " + err[-4000:]
    try:
        j = json.loads(out)
    except ValueError:
        e = err.strip().splitlines()[-1] if err.strip() else f"exit {rc}, no output"
        if "not supported" in e or "unsupported" in e:
            return "unsupported", construct(e)
        return "crash", e
    c, d = j["classic"], j["direct"]
    if any("step limit" in r.get("message", "") for r in (c, d)):
        return "discarded", "step limit"  # either route: the other may take fewer steps
    if not j["outputs_match"]:
        return "mismatch", "routes disagree: " + err.strip()[-2000:]
    if d["ended"] != "ok":
        return "crash", f"both routes ended {d['ended']}"
    if d["stdout"] != host_out:
        return "mismatch", f"host printed {host_out!r}, both routes {d['stdout']!r}"
    return "agreed", ""

def keep(work, seed, opt, cat, detail, host_out, outdir, steps):
    """fuzz/failures/<seed>-<opt>/: source, IR, ROMs (or the error text), outputs, how to rerun."""
    d = os.path.join(outdir, f"{seed}-{opt}")
    os.makedirs(d, exist_ok=True)
    shutil.copy(os.path.join(work, "prog.c"), d)
    shutil.copy(os.path.join(ROOT, "tools", "csmith", "csmith.h"), d)
    bc = os.path.join(work, f"p{opt}.bc")
    if os.path.exists(bc):
        shutil.copy(bc, os.path.join(d, "prog.bc"))
        sh(["llvm-dis-22", "prog.bc", "-o", "prog.ll"], cwd=d)
        rc, out, err = sh(CLIV + ["compile", "prog.bc", "-o", "direct.zrom"], cwd=d, timeout=600)
        open(os.path.join(d, "direct.txt"), "w").write(f"exit {rc}\n{out}{err}")
        rc, out, err = sh(CLIV + ["build-elf", "prog.bc", "-o", "classic.elf"], cwd=d, timeout=600)
        if rc == 0:
            sh(CLIV + ["transpile", "classic.elf", "-o", "classic.zrom"], cwd=d, timeout=600)
        rc, out, err = sh(CLIV + ["compare", "prog.bc", "--json", "-n", str(steps)], cwd=d, timeout=900)
        open(os.path.join(d, "compare.json"), "w").write(out)
        open(os.path.join(d, "compare.stderr"), "w").write(err)
    open(os.path.join(d, "host.txt"), "w").write(host_out)
    open(os.path.join(d, "verdict.txt"), "w").write(f"{cat}: {detail}\n")
    open(os.path.join(d, "repro.sh"), "w").write(
        "#!/bin/sh\n# rebuild and compare (run from the repository root)\nset -x\n"
        f"csmith --seed {seed} {' '.join(CSMITH_OPTS)} > /tmp/prog.c  # = prog.c (csmith 2.3.0)\n"
        f"{' '.join(HOST)} {d}/prog.c -o /tmp/host && /tmp/host\n"
        f"{' '.join(GUEST)} -{opt} {d}/prog.c -o /tmp/prog.bc\n"
        f"./zisk-llc compare /tmp/prog.bc -n {steps}\n")

def one_seed(seed, opts, steps, outdir, tmp):
    work = tempfile.mkdtemp(prefix=f"s{seed}-", dir=tmp)
    try:
        rc, src, err = sh(["csmith", "--seed", str(seed)] + CSMITH_OPTS, cwd=work)  # it writes platform.info there
        if rc != 0:
            return [(seed, o, "discarded", "csmith failed") for o in opts]
        open(os.path.join(work, "prog.c"), "w").write(src)
        rc, _, err = sh(HOST + ["prog.c", "-o", "host"], cwd=work, timeout=120)
        if rc != 0:
            return [(seed, o, "discarded", "host build failed: " + err[-300:]) for o in opts]
        rc, host_out, _ = sh([os.path.join(work, "host")], timeout=HOST_TIMEOUT)
        if rc != 0:
            why = "host timeout" if rc is None else "host trapped: undefined float-to-int conversion" if rc == -4 and "--float" in CSMITH_OPTS else f"host exit {rc}"
            return [(seed, o, "discarded", why) for o in opts]
        res = []
        for o in opts:
            cat, detail = guest_case(work, seed, o, host_out, steps)
            if cat in ("mismatch", "crash"):
                keep(work, seed, o, cat, detail, host_out, outdir, steps)
            res.append((seed, o, cat, detail))
        return res
    finally:
        shutil.rmtree(work, ignore_errors=True)

def summary(results, opts, title):
    counts = collections.Counter(r[2] for r in results)
    print(f"fuzz: {title}")
    print(f"ran {len(results)}, agreed {counts['agreed']}, mismatches {counts['mismatch']}, crashes {counts['crash']}, "
          f"unsupported {counts['unsupported']}, discarded {counts['discarded']}")
    for o in opts:
        c = collections.Counter(r[2] for r in results if r[1] == o)
        print(f"  -{o}: agreed {c['agreed']}, mismatches {c['mismatch']}, crashes {c['crash']}, unsupported {c['unsupported']}, discarded {c['discarded']}")
    for k, v in collections.Counter(r[3] for r in results if r[2] == "unsupported").most_common():
        print(f"  unsupported x{v}: {k}")
    for k, v in collections.Counter(r[3] for r in results if r[2] == "discarded").most_common():
        print(f"  discarded x{v}: {k}")

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=0)
    ap.add_argument("--summarize", nargs="+", metavar="LOG", help="only print the summary of earlier --log files")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=None, help="first seed (default: from the clock)")
    ap.add_argument("--opts", default="O0,O1,O2,Os")
    ap.add_argument("--steps", type=int, default=50_000_000)
    ap.add_argument("--out", default=os.path.join(ROOT, "fuzz", "failures"))
    ap.add_argument("--csmith", default="", help="more csmith options, e.g. \"--max-funcs 15 --max-expr-complexity 15\" (not --builtins: it emits x86-only __builtin_ia32_crc32qi)")
    ap.add_argument("--log", default=None, help="append one JSON line per case to this file")
    ap.add_argument("--float", action="store_true", help="programs with float and double too (csmith --float): soft float through both routes against the host's hardware")
    a = ap.parse_args()
    if a.summarize:
        recs = [json.loads(l) for f in a.summarize for l in open(f) if l.strip()]
        summary([(r["seed"], r["opt"], r["result"], r["detail"]) for r in recs], a.opts.split(","), " + ".join(a.summarize))
        return 0
    if a.float:
        CSMITH_OPTS[CSMITH_OPTS.index("--no-float")] = "--float"
        # A float-to-int conversion out of the integer's range is undefined in C (C11 6.3.1.4): x86 gives
        # INT_MIN, softfloat.c saturates (as RISC-V's fcvt does). Csmith does not guard it, so the host
        # build traps on it (SIGILL) and such a program is discarded, not reported (seed 93022).
        HOST.extend(["-fsanitize=float-cast-overflow", "-fsanitize-undefined-trap-on-error"])
    CSMITH_OPTS.extend(a.csmith.split())
    first = a.seed if a.seed is not None else int(time.time()) % 1_000_000_000
    opts = a.opts.split(",")
    os.makedirs(a.out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="zisk-llc-fuzz-")
    lock = threading.Lock()
    results = []; bad = []
    log = open(a.log, "a") if a.log else None
    t0 = time.time()
    def done(fut):
        with lock:
            for seed, o, cat, detail in fut.result():
                results.append((seed, o, cat, detail))
                if cat in ("mismatch", "crash"):
                    bad.append((seed, o, cat, detail)); print(f"  {cat}: seed {seed} -{o}: {detail[:200]}", flush=True)
                if log: log.write(json.dumps({"seed": seed, "opt": o, "result": cat, "detail": detail}) + "\n"); log.flush()
    with ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for s in range(first, first + a.n):
            ex.submit(one_seed, s, opts, a.steps, a.out, tmp).add_done_callback(done)
    shutil.rmtree(tmp, ignore_errors=True)
    summary(results, opts, f"seeds {first}..{first + a.n - 1}, {len(opts)} opt levels, {time.time() - t0:.0f} s")
    if bad:
        print(f"reproducers in {a.out}/<seed>-<opt>/")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
