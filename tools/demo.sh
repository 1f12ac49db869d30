#!/usr/bin/env bash
# make demo: the bundled examples end to end.
#  1. examples/collatz.c → LLVM IR (clang-22, guest ABI flags) → classic-route ELF (build-elf) → run with statistics;
#  2. the same IR through the direct route (compile) → validate → run, then `compare` of both routes;
#  3. examples/fib.zasm → ZisK ROM (asm) → validate → run with statistics;
#  4. examples/rust/sha256-hello (ZisK's hello world in Rust) → bitcode (build-rust) → ELF → run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/demo
mkdir -p "$out"
Z=./zisk-llc

echo "== 1. C → LLVM IR → RISC-V ELF (classic route) → ZisK emulator"
clang-22 --target=riscv64-unknown-elf -march=rv64ima -mabi=lp64 -mcmodel=medany -fno-pic -O2 \
  -ffreestanding -nostdlib -Iruntime/include -c -emit-llvm examples/collatz.c -o "$out/collatz.bc"
$Z build-elf "$out/collatz.bc" -o "$out/collatz.elf"
$Z run "$out/collatz.elf" --stats

echo
echo "== 2. the same IR straight to a ZisK ROM (direct route), validated and run; then both routes compared"
$Z compile "$out/collatz.bc" -o "$out/collatz.zrom" --stats
$Z validate "$out/collatz.zrom"
$Z run "$out/collatz.zrom"
$Z compare "$out/collatz.bc"

echo
echo "== 3. ZisK assembly → ROM → validator → ZisK emulator"
$Z asm examples/fib.zasm -o "$out/fib.zrom"
$Z validate "$out/fib.zrom"
echo "public output words 0 and 1 (fib(90) = 0x27f80ddaa1ba7878, low word first):"
$Z run "$out/fib.zrom" -c | head -2
$Z run "$out/fib.zrom" --stats

echo
echo "== 4. Rust guest (ZisK's hello world) → bitcode (build-rust) → RISC-V ELF → ZisK emulator"
$Z build-rust examples/rust/sha256-hello -o "$out/hello.bc" --target-dir build/rust-target
$Z build-elf "$out/hello.bc" -o "$out/hello.elf"
printf '\x64\0\0\0\0\0\0\0' > "$out/n100.bin"   # n = 100
$Z run "$out/hello.elf" --legacy-inputs "$out/n100.bin" --stats
