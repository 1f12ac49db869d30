using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Xunit.Abstractions;
using ZiskLlc.Emulator;
using ZiskLlc.Isa;
using ZiskLlc.Riscv;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Toolchain.Tests;

/// <summary>
/// Builds each example of examples/rust once per test run (build-rust, shared target folder
/// build/rust-target, so core/alloc/compiler_builtins are compiled once and cached across runs) and
/// its classic-route ELF (build-elf), for the tests of <see cref="RustGuestTests"/>.
/// </summary>
public sealed class RustExamples
{
    public static string TargetDir => Path.Combine(TestPaths.Build, "rust-target");
    readonly ConcurrentDictionary<string, Lazy<(string bc, string elf, double seconds)>> built = new();
    readonly string dir = Directory.CreateTempSubdirectory("zisk-llc-rust-examples-").FullName;

    public static string CrateDir(string name) => Path.Combine(TestPaths.RepoRoot, "examples", "rust", name);

    /// <summary>The example's bitcode and ELF, built on first use; seconds = the build-rust time.</summary>
    public (string bc, string elf, double seconds) Get(string name) => built.GetOrAdd(name, n => new Lazy<(string, string, double)>(() =>
    {
        var bc = Path.Combine(dir, n + ".bc");
        var elf = Path.Combine(dir, n + ".elf");
        var log = new StringBuilder();
        var sw = Stopwatch.StartNew();
        try
        {
            RustBuilder.Build(CrateDir(n), bc, new RustBuildOptions { TargetDir = TargetDir, Log = l => log.AppendLine(l) });
        }
        catch (UserError e)
        {
            throw new InvalidOperationException($"build-rust {n} failed: {e.Message}\n{log}");
        }
        var seconds = sw.Elapsed.TotalSeconds;
        ElfBuilder.Build([bc], elf);
        return (bc, elf, seconds);
    })).Value;

    readonly ConcurrentDictionary<string, Lazy<ZiskLlc.Rom.ZiskProgram>> direct = new();

    /// <summary>The example's direct-route ROM (compiled once, allocation checker on, validated).</summary>
    public ZiskLlc.Rom.ZiskProgram Direct(string name) => direct.GetOrAdd(name, n => new Lazy<ZiskLlc.Rom.ZiskProgram>(() =>
    {
        var p = DirectRoute.Compile([Get(n).bc], new ZiskLlc.Codegen.CompileOptions { CheckAllocation = true }).Program;
        var errors = ZiskLlc.Rom.RomValidator.Validate(p).Where(v => v.Severity == ZiskLlc.Rom.Severity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException($"{n}: the direct route's ROM fails validation: {string.Join("; ", errors.Take(3))}");
        return p;
    })).Value;

    /// <summary>Runs the example through both routes (issue 10: identical results); returns the classic run.</summary>
    public RunResult Run(string name, byte[] record, bool statistics = false) => RunBoth(name, record, statistics).Classic;

    public (RunResult Classic, RunResult Direct) RunBoth(string name, byte[] record, bool statistics = false)
    {
        var program = ElfTranspiler.Transpile(Get(name).elf, new TranspileOptions());
        var opts = new EmulatorOptions { Input = EmulatorInput.Frame(record), Statistics = statistics };
        var classic = ZiskEmulator.Run(program, opts);
        var d = ZiskEmulator.Run(Direct(name), opts);
        if (classic.End != d.End || !classic.Stdout.AsSpan().SequenceEqual(d.Stdout) || !classic.Outputs.AsSpan().SequenceEqual(d.Outputs))
            throw new InvalidOperationException($"{name}: the routes disagree: classic {classic.End} \"{Encoding.UTF8.GetString(classic.Stdout)}\", direct {d.End} \"{Encoding.UTF8.GetString(d.Stdout)}\" ({d.Message})");
        return (classic, d);
    }
}

[CollectionDefinition("rust examples")]
public sealed class RustExamplesCollection : ICollectionFixture<RustExamples>;

/// <summary>The Rust guests of examples/rust through both routes (build-rust → build-elf → transpile
/// → emulator, and build-rust → compile → emulator; the two must agree exactly), each result checked
/// against .NET's own computation.</summary>
[Collection("rust examples")]
public class RustGuestTests(RustExamples examples, ITestOutputHelper log)
{
    static string Text(RunResult r) => Encoding.UTF8.GetString(r.Stdout);

    static string Hex(ReadOnlySpan<byte> b) => Convert.ToHexStringLower(b);

    void Report(string name, string what, RunResult r) =>
        log.WriteLine($"{name} ({what}): {r.Steps} steps; build-rust {examples.Get(name).seconds:F1} s");

    [Fact]
    public void BitcodeKeepsToTheGuestAbi()
    {
        var nm = ExternalTools.Find("llvm-nm");
        foreach (var name in new[] { "sha256-hello", "keccak", "modexp", "serde-input", "collections", "floats" })
        {
            var bc = examples.Get(name).bc;
            var undefined = ExternalTools.Run(nm, ["-u", "--format=just-symbols", bc], "nm").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(undefined, s => Assert.Contains(s, RustBuilder.AllowedUndefined));
            var defined = ExternalTools.Run(nm, ["--defined-only", "-g", "--format=just-symbols", bc], "nm").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["main"], defined);   // everything else is internal after LTO: no memcpy, no __udivti3
            var ir = ExternalTools.Run(ExternalTools.Find("llvm-dis"), [bc, "-o", "-"], "llvm-dis");
            Assert.Contains("target datalayout = \"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"", ir);
            Assert.Contains("define dso_local noundef signext i32 @main()", ir);
            // No compressed instructions: in every function's target-features the last word on c and
            // zca (the one that counts) disables them.
            var features = System.Text.RegularExpressions.Regex.Matches(ir, "\"target-features\"=\"([^\"]*)\"");
            Assert.NotEmpty(features);
            foreach (System.Text.RegularExpressions.Match f in features)
                foreach (var ext in new[] { "c", "zca" })
                    Assert.Equal("-" + ext, f.Groups[1].Value.Split(',').Last(w => w.Length > 1 && w[1..] == ext));
            var asm = ExternalTools.Run(ExternalTools.Find("llvm-objdump"), ["-d", "-M", "no-aliases", examples.Get(name).elf], "objdump");
            Assert.DoesNotMatch(@"\sc\.[a-z]", asm);
        }
    }

    [Theory]
    [InlineData(0UL, false)]
    [InlineData(1UL, false)]
    [InlineData(100UL, false)]
    [InlineData(100UL, true)]
    public void Sha256HelloHashesNTimes(ulong n, bool precompile)
    {
        var input = new byte[precompile ? 9 : 8];
        BinaryPrimitives.WriteUInt64LittleEndian(input, n);
        if (precompile) input[8] = (byte)'p';
        var r = examples.Run("sha256-hello", input, statistics: true);
        Assert.True(r.EndedOk, r.Message + Text(r));
        var hash = new byte[32];
        for (ulong i = 0; i < n; i++) hash = SHA256.HashData(hash);
        for (int i = 0; i < 8; i++) Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(4 * i)), r.Outputs[i]);
        Assert.Equal($"sha256^{n}(0^32) = {Hex(hash)}\n", Text(r));
        // sha2 in software never reaches the precompile; zisk-rt's sha256 makes one call per hash.
        Assert.Equal(precompile ? n : 0, r.Costs!.ByOpcode.Where(o => o.Name == "sha256").Aggregate(0UL, (acc, o) => acc + o.Count));
        Report("sha256-hello", $"n = {n}, {(precompile ? "precompile" : "sha2 crate")}", r);
    }

    [Fact]
    public void PanicPrintsItsMessageAndEndsWithAnError()
    {
        var r = examples.Run("sha256-hello", [1, 2, 3]);   // not a u64: the guest's expect() panics
        Assert.False(r.EndedOk);
        Assert.Matches(@"^panicked at src/main\.rs:\d+:\d+:\nthe input is a u64 \(8 bytes\)", Text(r));
    }

    [Fact]
    public void KeccakPrecompileAndSoftwareAgree()
    {
        // Known vector, both ways in one run (the guest asserts they agree).
        var r = examples.Run("keccak", [(byte)'b', .. "abc"u8]);
        Assert.True(r.EndedOk, r.Message + Text(r));
        const string abc = "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";
        Assert.Equal($"precompile {abc}\nsoftware   {abc}\nsha256     {Hex(SHA256.HashData("abc"u8))}\nkeccak256 of 3 bytes = {abc}\n", Text(r));

        // Block boundaries of both paddings: SHA-256 needs a second block from 56 bytes on (64-byte
        // blocks), Keccak-256 a block of padding alone after 136 bytes.
        foreach (var len in new[] { 55, 56, 63, 64, 135, 136, 137, 272 })
        {
            var m = Enumerable.Range(0, len).Select(i => (byte)(i * 7 + len)).ToArray();
            var rm = examples.Run("keccak", [(byte)'b', .. m]);
            Assert.True(rm.EndedOk, rm.Message + Text(rm));
            Assert.Contains($"\nsha256     {Hex(SHA256.HashData(m))}\n", Text(rm));
        }

        // A 1000-byte message (8 blocks): each way on its own, the same hash and outputs.
        var message = new byte[1000];
        new Random(7).NextBytes(message);
        var p = examples.Run("keccak", [(byte)'p', .. message], statistics: true);
        var s = examples.Run("keccak", [(byte)'s', .. message], statistics: true);
        var both = examples.Run("keccak", [(byte)'b', .. message]);
        Assert.True(p.EndedOk && s.EndedOk && both.EndedOk, p.Message + s.Message + both.Message + Text(both));
        Assert.Equal(p.Outputs, s.Outputs);
        Assert.Equal(Text(p), Text(s));
        Assert.StartsWith("keccak256 of 1000 bytes = ", Text(p));
        Assert.Equal(8UL, p.Costs!.ByOpcode.Single(o => o.Name == "keccak").Count);
        Assert.DoesNotContain(s.Costs!.ByOpcode, o => o.Name == "keccak" && o.Count > 0);
        Report("keccak", "1000 bytes, precompile", p);
        Report("keccak", "1000 bytes, tiny-keccak", s);
    }

    [Fact]
    public void ModexpMatchesBigInteger()
    {
        var rng = new Random(99);
        var triples = new List<(ulong b, ulong e, ulong m)>
        {
            (3, 200, 1_000_000_007), (6, 10, 9), (2, 0, 1), (ulong.MaxValue, ulong.MaxValue, ulong.MaxValue - 1),
            (123456789, 987654321, 18446744073709551557),
        };
        for (int i = 0; i < 12; i++) triples.Add(((ulong)rng.NextInt64(), (ulong)rng.NextInt64(), (ulong)rng.NextInt64() | 1));
        var m256 = BigInteger.Pow(2, 255) - 19;
        var b256 = BigInteger.Pow(2, 200) + 12345;
        var e256 = BigInteger.Pow(2, 256) - 1 - BigInteger.Pow(2, 100);

        var input = new List<byte>();
        void U64(ulong v) { var b = new byte[8]; BinaryPrimitives.WriteUInt64LittleEndian(b, v); input.AddRange(b); }
        void U256(BigInteger v) { var b = new byte[32]; v.TryWriteBytes(b, out _, isUnsigned: true); input.AddRange(b); }
        U64((ulong)triples.Count);
        foreach (var (b, e, m) in triples) { U64(b); U64(e); U64(m); }
        U256(b256); U256(e256); U256(m256);

        var expected = new StringBuilder();
        foreach (var (b, e, m) in triples)
        {
            expected.Append(CultureInfo.InvariantCulture, $"{b}^{e} mod {m} = {BigInteger.ModPow(b, e, m)}\n");
            expected.Append(BigInteger.GreatestCommonDivisor(b, m) == 1 || m == 1
                ? string.Create(CultureInfo.InvariantCulture, $"1/{b} mod {m} = {(m == 1 ? 0 : ModInverse(b, m))}\n")
                : string.Create(CultureInfo.InvariantCulture, $"1/{b} mod {m}: none\n"));
        }
        var r256 = BigInteger.ModPow(b256, e256, m256);
        expected.Append($"modexp256 = 0x{r256.ToString("x64", CultureInfo.InvariantCulture)[^64..]}\n");

        var r = examples.Run("modexp", [.. input]);
        Assert.True(r.EndedOk, r.Message + Text(r));
        Assert.Equal(expected.ToString(), Text(r));
        var words = new byte[32];
        r256.TryWriteBytes(words, out _, isUnsigned: true);
        for (int i = 0; i < 8; i++) Assert.Equal(BinaryPrimitives.ReadUInt32LittleEndian(words.AsSpan(4 * i)), r.Outputs[i]);
        Report("modexp", $"{triples.Count} triples + 256-bit", r);
    }

    static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger r0 = a, r1 = m, s0 = 1, s1 = 0;
        while (r1 != 0) { var q = r0 / r1; (r0, r1) = (r1, r0 - q * r1); (s0, s1) = (s1, s0 - q * s1); }
        return ((s0 % m) + m) % m;
    }

    /// <summary>bincode 2's standard encoding, written from its specification (docs/spec.md), independent
    /// of the guest's decoder.</summary>
    sealed class Bincode2
    {
        public readonly List<byte> Bytes = [];
        public Bincode2 Var(UInt128 v)
        {
            if (v < 251) Bytes.Add((byte)v);
            else if (v <= ushort.MaxValue) { Bytes.Add(251); Bytes.AddRange(BitConverter.GetBytes((ushort)v)); }
            else if (v <= uint.MaxValue) { Bytes.Add(252); Bytes.AddRange(BitConverter.GetBytes((uint)v)); }
            else if (v <= ulong.MaxValue) { Bytes.Add(253); Bytes.AddRange(BitConverter.GetBytes((ulong)v)); }
            else { Bytes.Add(254); var b = new byte[16]; BinaryPrimitives.WriteUInt128LittleEndian(b, v); Bytes.AddRange(b); }
            return this;
        }
        public Bincode2 Signed(long v) => Var((ulong)((v << 1) ^ (v >> 63)));
        public Bincode2 Str(string s) { var b = Encoding.UTF8.GetBytes(s); Var((ulong)b.Length); Bytes.AddRange(b); return this; }
        public Bincode2 Byte(byte b) { Bytes.Add(b); return this; }
        public Bincode2 Char(char c) { Bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString())); return this; }
    }

    [Fact]
    public void SerdeInputDecodesBincode2AndCommitsTheSummary()
    {
        (ulong sku, ushort qty, long price)[] items = [(1001, 3, 250), (70000, 1, -1999), (42, 300, 12345678901)];
        var e = new Bincode2().Var(77).Str("Zoë Ölund").Var((ulong)items.Length);
        foreach (var (sku, qty, price) in items) e.Var(sku).Var(qty).Signed(price);
        e.Byte(1).Str("leave at door ☺");                     // note: Some(..)
        e.Var(2).Var(86400);                                  // Priority::Urgent { deadline }
        e.Var(((UInt128)1 << 100) + 5);                       // nonce (u128, tag 254)
        e.Var(2).Char('é').Byte(1).Char('x').Byte(0);         // tags: [('é', true), ('x', false)]
        var r = examples.Run("serde-input", [.. e.Bytes], statistics: true);
        Assert.True(r.EndedOk, r.Message + Text(r));
        long total = items.Sum(i => i.qty * i.price);
        Assert.Equal(
            "order 77 for \"Zoë Ölund\" (Urgent { deadline: 86400 })\n" +
            "    1001 x3   @ 250\n   70000 x1   @ -1999\n      42 x300 @ 12345678901\n" +
            "  note: leave at door ☺\n  deadline 86400\n" +
            "  nonce 0x10000000000000000000000005, tags [('é', true), ('x', false)]\n" +
            string.Create(CultureInfo.InvariantCulture, $"total {total} in 304 units\n"), Text(r));
        // The committed Summary { id: u32, total: i64, units: u32, urgent: bool, customer_len: u8 }.
        var summary = new Bincode2().Var(77).Signed(total).Var(304).Byte(1).Byte(9).Bytes;
        var outBytes = r.Outputs.SelectMany(BitConverter.GetBytes).ToArray();
        Assert.Equal(summary, outBytes[..summary.Count]);
        Assert.All(outBytes[summary.Count..], b => Assert.Equal(0, b));
        Report("serde-input", "one order", r);

        // An input that does not decode is a panic naming the error.
        var bad = examples.Run("serde-input", [77, 200]);
        Assert.False(bad.EndedOk);
        Assert.Contains("Deserialization failed: unexpected end of input", Text(bad));
    }

    [Fact]
    public void CollectionsFormatsWhatDotNetComputes()
    {
        const string text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! " +
                            "Zero-knowledge proofs prove the run: 42 steps, 42 proofs. Über-naïve words stay apart.";
        var r = examples.Run("collections", Encoding.UTF8.GetBytes(text), statistics: true);
        Assert.True(r.EndedOk, r.Message + Text(r));

        var words = new List<string>();
        var cur = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (c < 128 && char.IsAsciiLetterOrDigit(c)) cur.Append(char.ToLowerInvariant(c));
            else { if (cur.Length > 0) words.Add(cur.ToString()); cur.Clear(); }
        }
        var counts = new SortedDictionary<string, uint>(StringComparer.Ordinal);
        foreach (var w in words) counts[w] = counts.GetValueOrDefault(w) + 1;
        var x = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        x.Append(inv, $"words: {words.Count}, distinct: {counts.Count}\n");
        foreach (var (w, n) in counts) x.Append(inv, $"{w,-14}|{n,4}\n");
        x.Append("top: " + string.Join(", ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(3).Select(p => string.Create(inv, $"{p.Key}={p.Value}"))) + "\n");
        foreach (var g in counts.Keys.GroupBy(w => w.Length).OrderByDescending(g => g.Key).Take(2))
            x.Append(inv, $"length {g.Key}: [{string.Join(", ", g.Select(w => $"\"{w}\""))}]\n");
        BigInteger fact = 1;
        for (int i = 1; i <= 34; i++) fact *= i;
        BigInteger a = 0, b = 1;
        for (int i = 0; i < 180; i++) (a, b) = (b, (a + b) % BigInteger.Pow(2, 128));
        BigInteger prod = 1;
        foreach (var n in counts.Values) prod = prod * (n + 1) % BigInteger.Pow(2, 128);
        x.Append(inv, $"34! = {fact} = 0x{fact.ToString("x", CultureInfo.InvariantCulture).TrimStart('0')}\n");
        x.Append(inv, $"fib(180) = {a}\n");
        x.Append(inv, $"prod(count+1) = {prod,40}\n");
        x.Append(inv, $"({UInt128.MaxValue / 3}, {Int128.MinValue / 7}, {prod % 1_000_000_007})\n");
        Assert.Equal(x.ToString(), Text(r));
        Assert.Equal((uint)words.Count, r.Outputs[0]);
        Assert.Equal((uint)counts.Count, r.Outputs[1]);
        Report("collections", $"{words.Count} words", r);
    }

    /// <summary>floats: f64/f32 arithmetic, f64::min/max (llvm.minimumnum: the runtime's fminimum_num),
    /// `%` (fmod) and saturating `as` — soft float in both routes — against .NET's IEEE 754 doubles
    /// (double.MinNumber is minimumNumber; (int) of a double saturates in .NET as Rust's `as` does).</summary>
    [Fact]
    public void FloatsComputeWhatDotNetComputes()
    {
        double[] xs = [1.5, -2.25, 3.1415926, 1e-300, 6.02e13, -0.0, 123456.789, -1e10, 5e-324, 42.0, 0.1, -7.75];
        var r = examples.Run("floats", xs.SelectMany(x => BitConverter.GetBytes(x)).ToArray(), statistics: true);
        Assert.True(r.EndedOk, r.Message + Text(r));
        double sum = 0, comp = 0;
        foreach (var x in xs) { var y = x - comp; var t = sum + y; comp = (t - sum) - y; sum = t; }
        double mean = sum / xs.Length;
        double var = xs.Aggregate(0.0, (a, x) => a + (x - mean) * (x - mean)) / xs.Length;
        double sd = 0;
        if (var > 0) { sd = var > 1 ? var : 1; for (int i = 0; i < 80; i++) sd = 0.5 * (sd + var / sd); }
        double lo = xs.Aggregate(double.PositiveInfinity, double.MinNumber), hi = xs.Aggregate(double.NegativeInfinity, double.MaxNumber);
        double rem = xs.Aggregate(0.0, (a, x) => a + x % 7.5);
        float dot = xs.Zip(xs.Reverse()).Aggregate(0.0f, (a, p) => a + (float)p.First * (float)p.Second);
        string B(double d) => BitConverter.DoubleToUInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"n = {xs.Length}\n");
        sb.Append(inv, $"sum {B(sum)} mean {B(mean)} var {B(var)} sd {B(sd)}\n");
        sb.Append(inv, $"min {B(lo)} max {B(hi)} rem {B(rem)} dot {BitConverter.SingleToUInt32Bits(dot):x8}\n");
        sb.Append(inv, $"as i32 [{string.Join(", ", xs.Select(v => ((int)(v * 1000.0)).ToString(inv)))}]\n");
        // Rust's `as` saturates (NaN to 0); .NET's (byte) of a double wraps, so both are spelled out.
        string Sat(double v, double max) => (double.IsNaN(v) || v <= 0 ? 0UL : v >= max ? (ulong)max : (ulong)v).ToString(inv);
        sb.Append(inv, $"as u8 [{string.Join(", ", xs.Select(v => Sat(v, byte.MaxValue)))}]\n");
        sb.Append(inv, $"as u64 [{string.Join(", ", xs.Select(v => v >= 18446744073709551615.0 ? ulong.MaxValue.ToString(inv) : Sat(v, 1e300)))}]\n");
        sb.Append(inv, $"mean = {mean.ToString("F4", inv)}, sd = {sd.ToString("F4", inv)}\n");
        Assert.Equal(sb.ToString(), Text(r));
        Assert.Equal((uint)(int)(mean * 1000.0), r.Outputs[0]);
        Assert.Equal((uint)BitConverter.DoubleToUInt64Bits(sd), r.Outputs[1]);
        Assert.Equal((uint)(BitConverter.DoubleToUInt64Bits(sd) >> 32), r.Outputs[2]);
        Report("floats", $"{xs.Length} values", r);
    }

    [Fact]
    public void BuildRustErrorsAreOneLineUserErrors()
    {
        using var dir = new GuestHarness.TempDir();
        var e = Assert.Throws<UserError>(() => RustBuilder.Build(dir.File("none"), dir.File("x.bc")));
        Assert.Contains("no such folder", e.Message);
        e = Assert.Throws<UserError>(() => RustBuilder.Build(dir.Path, dir.File("x.bc")));
        Assert.Contains("not a Rust crate", e.Message);

        // A guest that calls a C function the ABI does not have: named, no output written.
        var crate = WriteCrate(dir.File("bad"), """
            extern "C" { fn puts(s: *const u8) -> i32; }
            fn main() -> i32 { unsafe { puts(b"hi\0".as_ptr()) } }
            """);
        var log = new StringBuilder();
        e = Assert.Throws<UserError>(() => RustBuilder.Build(crate, dir.File("bad.bc"),
            new RustBuildOptions { TargetDir = RustExamples.TargetDir, Log = l => log.AppendLine(l) }));
        Assert.Contains("leaves puts undefined", e.Message);
        Assert.Single(e.Message.Split('\n'));
        Assert.False(File.Exists(dir.File("bad.bc")));
    }

    /// <summary>A guest crate in <paramref name="path"/> on zisk-rt whose main.rs is the entry point plus <paramref name="body"/>.</summary>
    static string WriteCrate(string path, string body)
    {
        Directory.CreateDirectory(Path.Combine(path, "src"));
        var rt = Path.Combine(TestPaths.RepoRoot, "runtime", "rust", "zisk-rt").Replace("\\", "/");
        File.WriteAllText(Path.Combine(path, "Cargo.toml"),
            $"[package]\nname = \"{Path.GetFileName(path)}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nzisk-rt = {{ path = \"{rt}\" }}\n");
        File.WriteAllText(Path.Combine(path, "src", "main.rs"), "#![no_std]\n#![no_main]\nzisk_rt::entrypoint!(main);\n" + body);
        return path;
    }

    /// <summary>zisk-rt's exit rules: an entry point's non-zero code (or Err) ends the run with an error;
    /// success keeps output word 0 as the program set it (not the exit code 0); commit_slice shares a
    /// partly filled word between calls.</summary>
    [Fact]
    public void ExitCodesAndOutputWordZero()
    {
        using var dir = new GuestHarness.TempDir();
        var crate = WriteCrate(dir.File("exits"), """
            use zisk_rt::{io::commit_slice, read_input_slice, set_output};
            fn main() -> Result<i32, ()> {
                let input = read_input_slice();
                match input[0] {
                    b'e' => Err(()),
                    b'c' => Ok(input[1] as i32),
                    _ => {
                        commit_slice(&[0x11, 0x22, 0x33]);
                        commit_slice(&[0x44, 0x55]);
                        set_output(5, 0xdead_beef);
                        Ok(0)
                    }
                }
            }
            """);
        var bc = dir.File("exits.bc");
        var log = new StringBuilder();
        RustBuilder.Build(crate, bc, new RustBuildOptions { TargetDir = RustExamples.TargetDir, Log = l => log.AppendLine(l) });
        var elf = dir.File("exits.elf");
        ElfBuilder.Build([bc], elf);
        var program = ElfTranspiler.Transpile(elf, new TranspileOptions());
        RunResult Run(byte[] record) => ZiskEmulator.Run(program, new EmulatorOptions { Input = EmulatorInput.Frame(record) });

        var ok = Run("o"u8.ToArray());
        Assert.True(ok.EndedOk, ok.Message + Text(ok));
        Assert.Equal(0x44332211u, ok.Outputs[0]);   // the second call completed word 0 ...
        Assert.Equal(0x55u, ok.Outputs[1]);          // ... and began word 1
        Assert.Equal(0xdeadbeefu, ok.Outputs[5]);

        var code = Run([(byte)'c', 7]);
        Assert.False(code.EndedOk);
        Assert.Equal("zisk-rt: the entry point returned exit code 7\n", Text(code));
        var err = Run("e"u8.ToArray());
        Assert.False(err.EndedOk);
        Assert.Equal("zisk-rt: the entry point returned exit code 1\n", Text(err));
        var zero = Run([(byte)'c', 0]);
        Assert.True(zero.EndedOk, zero.Message);
        Assert.All(zero.Outputs, w => Assert.Equal(0u, w));
    }
}
