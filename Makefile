# zisk-llc — the two commands a fresh machine needs: `make demo` and `make test` (README.md).
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
CONFIG ?= Release
SHARED ?= $(abspath ../shared)
BUILD := $(abspath build)
DOTNET := dotnet
# Debian packages: LLVM 22's C library (the IR reader) and its static libraries (linked into the native zisk-llc), clang/llc/lld 22 (classic route, corpus), newlib headers (corpus),
# Rust 1.96 with LLVM 22 and the standard library's source (build-rust), the crates the Rust examples use,
# Csmith's safe-math header (the committed Csmith programs of CsmithTests).
DEB_PKGS := libllvm22 llvm-22-dev clang-22 llvm-22 lld-22 libnewlib-dev rustc-web cargo-web rust-web-src \
  librust-sha2-dev librust-tiny-keccak-dev librust-serde-dev librust-serde-derive-dev libcsmith-dev
# make fuzz only: the Csmith generator, the host compiler, a test-case reducer.
FUZZ_PKGS := csmith gcc cvise
N ?= 100
JOBS ?= 2
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export ZISK_SHARED := $(SHARED)

.PHONY: all deps fuzz-deps build demo test corpus fuzz bench bench-emu bench-classic bench-compare bench-rust bench-float bench-compile bench-limits fuzz-readers clean

all: build

## deps: install the Debian packages that are missing (apt-get; run as root)
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@command -v $(DOTNET) >/dev/null || { echo "make deps: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

## fuzz-deps: deps and the Debian packages only make fuzz needs
fuzz-deps: deps
	@missing=""; for p in $(FUZZ_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make fuzz-deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

## build: the solution, in Release, and the command line tool published as a native executable
## (Native AOT, linked by clang-22 with lld) in build/zisk-llc/, with LLVM's static libraries linked in
## (llvm-22-dev): it starts in milliseconds and loads no libLLVM.so, so `compile` is a fair whole-process
## match for llc-22. Should that link fail, the native executable loads libLLVM.so instead; should the
## AOT toolchain be unavailable, a ReadyToRun build takes their place.
LLVM_CONFIG := /usr/lib/llvm-22/bin/llvm-config
# The LLVM libraries the C API calls of src/ZiskLlc.Llvm/Interop/LlvmNative.cs need (llvm-config adds their dependencies).
LLVM_COMPONENTS := core bitreader bitwriter irreader linker passes riscv
AOT := $(DOTNET) publish src/ZiskLlc.Cli -c $(CONFIG) -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=clang-22 -p:LinkerFlavor=lld -o $(BUILD)/zisk-llc -nologo -v q -clp:NoSummary
build: deps
	$(DOTNET) build ZiskLlc.slnx -c $(CONFIG) -nologo -v q -clp:NoSummary
	@llvm=$$($(LLVM_CONFIG) --link-static --libfiles $(LLVM_COMPONENTS) 2>/dev/null | tr '\n' ' ') || llvm=""; \
	mkdir -p $(BUILD); echo "-Wl,--start-group $$llvm -Wl,--end-group -l:libz.so.1 -l:libzstd.so.1 -lstdc++" > $(BUILD)/llvm-static.rsp; \
	{ [ -n "$$llvm" ] && $(AOT) -p:ZiskStaticLlvm=true -p:ZiskLlvmLinkArgs=@$(BUILD)/llvm-static.rsp; } \
	  || { echo "make build: linking LLVM's static libraries failed; publishing a native executable that loads libLLVM.so"; \
	       $(AOT); } \
	  || { echo "make build: Native AOT publishing failed; publishing ReadyToRun instead"; \
	       $(DOTNET) publish src/ZiskLlc.Cli -c $(CONFIG) -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o $(BUILD)/zisk-llc -nologo -v q -clp:NoSummary; }
	@touch $(BUILD)/zisk-llc/zisk-llc

## corpus: the whole-program IR of ../shared/corpus into build/corpus
corpus: deps
	@mkdir -p $(BUILD)
	@[ -d $(SHARED)/corpus ] || { echo "make corpus: $(SHARED)/corpus is missing (../shared must be beside the repository)" >&2; exit 1; }
	$(SHARED)/corpus/build.sh OUT=$(BUILD)/corpus > $(BUILD)/corpus.log 2>&1 || { tail -20 $(BUILD)/corpus.log; exit 1; }

## demo: the main job on a bundled example
demo: build
	./tools/demo.sh

## test: the whole suite
test: build corpus
	./tools/run-tests.sh $(CONFIG)

## fuzz: differential fuzzing with Csmith, N programs x 4 opt levels, JOBS at a time (SEED=first seed);
## reproducers of every mismatch or crash in fuzz/failures/ (tools/fuzz.py)
fuzz: fuzz-deps
	dotnet build src/ZiskLlc.Cli -c $(CONFIG) -nologo -v q -clp:NoSummary
	python3 tools/fuzz.py $(N) --jobs $(JOBS) $(if $(SEED),--seed $(SEED)) $(if $(FLOAT),--float)

## bench: every benchmark, results in bench/RESULTS.md
bench: bench-emu bench-classic bench-compare bench-rust bench-float bench-compile bench-limits

## bench-classic: the classic route's steps and cost on every corpus program (the baseline)
bench-classic: build corpus
	./tools/bench-classic.sh

## bench-compare: both routes from the same IR on the corpus (steps, variable cost, ratios)
bench-compare: build corpus
	./tools/bench-compare.sh

## bench-rust: the Rust examples through both routes
bench-rust: build
	./tools/bench-rust.sh

## bench-float: C programs with float and double (examples/nbody.c, float.c) through both routes
bench-float: build
	./tools/bench-float.sh

## bench-compile: compile time of the direct route against llc-22 -O3 (whole processes)
bench-compile: build corpus
	./tools/bench-compile.sh

## bench-limits: a 200k-line module through the direct route; 10^9 steps in one run (issue 9 item 5)
bench-limits: build
	./tools/bench-limits.sh

## bench-emu: emulator throughput (steps/s), fast and statistics modes
bench-emu: build
	./tools/bench-emu.sh

## fuzz-readers: N mutated ELF/.zrom/assembly/input files through every command (tools/fuzz-readers); SEED, JOBS optional
N ?= 100000
SEED ?= 1
JOBS ?= 2
fuzz-readers: deps
	$(DOTNET) build tools/fuzz-readers -c $(CONFIG) -nologo -v q -clp:NoSummary
	$(DOTNET) tools/fuzz-readers/bin/$(CONFIG)/net10.0/ZiskLlc.FuzzReaders.dll --count $(N) --seed $(SEED) --jobs $(JOBS) --save $(BUILD)/fuzz-failures

clean:
	rm -rf $(BUILD)
	find src tests -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
