using System.Buffers.Binary;
using System.Text;
using ZiskLlc.Emulator;

namespace ZiskLlc.Toolchain.Tests;

/// <summary>The classic-route runtime honours guest ABI v1 (§2 entry/exit/traps, §3 functions, §4 mem functions).</summary>
public class GuestAbiTests
{
    [Fact]
    public void MainsResultIsOutputWordZero()
    {
        var r = GuestHarness.RunC("int main(void) { return -2; }");
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal(0xFFFFFFFEu, r.Outputs[0]);
    }

    [Fact]
    public void ZiskExitEndsNormallyFromAnywhere()
    {
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            static void deep(int n) { if (n == 0) zisk_exit(7); deep(n - 1); zisk_putchar('x'); }
            int main(void) { deep(5); return 1; }
            """);
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal(7u, r.Outputs[0]);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void PutcharWritesBytesAndSetOutputFillsWords()
    {
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            int main(void) {
                const char *s = "hi\n";
                while (*s) zisk_putchar(*s++);
                zisk_putchar(0x1FF);               /* only the low byte is written */
                zisk_set_output(63, 0xDEADBEEF);
                zisk_set_output(1, 42);
                return 0;
            }
            """);
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal("hi\n\xFF", Encoding.Latin1.GetString(r.Stdout));
        Assert.Equal(42u, r.Outputs[1]);
        Assert.Equal(0xDEADBEEFu, r.Outputs[63]);
        Assert.Equal(0u, r.Outputs[0]);
    }

    [Fact]
    public void InputRecordIsReadInPlace()
    {
        var payload = Encoding.ASCII.GetBytes("zisk input!");
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            int main(void) {
                uint64_t len;
                const uint8_t *p = zisk_input(&len);
                uint32_t sum = 0;
                for (uint64_t i = 0; i < len; i++) sum += p[i];
                zisk_set_output(1, (uint32_t)len);
                return (int)sum;
            }
            """, EmulatorInput.Frame(payload));
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal((uint)payload.Length, r.Outputs[1]);
        Assert.Equal((uint)payload.Sum(b => b), r.Outputs[0]);
    }

    [Fact]
    public void BuiltinTrapEndsTheRunWithAnError()
    {
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            volatile int v = 3;
            int main(void) { zisk_putchar('a'); if (v == 3) __builtin_trap(); zisk_putchar('b'); return 0; }
            """);
        Assert.Equal(RunEnd.Halted, r.End);
        Assert.Equal("a", Encoding.ASCII.GetString(r.Stdout));
    }

    /// <summary>An `unreachable` that is reached ends with an error (llc -trap-unreachable → the trap function).
    /// Written as IR: C's __builtin_unreachable is optimised away before it can be reached.</summary>
    [Fact]
    public void ReachedUnreachableEndsTheRunWithAnError()
    {
        using var dir = new GuestHarness.TempDir();
        var ll = dir.File("unreachable.ll");
        File.WriteAllText(ll, """
            target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
            target triple = "riscv64-unknown-unknown-elf"
            declare void @zisk_putchar(i32)
            define i32 @main() {
              call void @zisk_putchar(i32 65)
              unreachable
            }
            """);
        var r = GuestHarness.BuildAndRun(dir, ll);
        Assert.Equal(RunEnd.Halted, r.End);
        Assert.Equal("A", Encoding.ASCII.GetString(r.Stdout));
    }

    [Fact]
    public void MemFunctionsHaveCSemantics()
    {
        var r = GuestHarness.RunC("""
            #include <stddef.h>
            void *memcpy(void *, const void *, size_t);
            void *memmove(void *, const void *, size_t);
            void *memset(void *, int, size_t);
            int memcmp(const void *, const void *, size_t);
            int bcmp(const void *, const void *, size_t);
            #include "zisk.h"
            static char buf[64];
            static volatile size_t n13 = 13, n5 = 5, n0 = 0;
            int main(void) {
                memset(buf, 'a', n13);
                memset(buf + 13, 0, n5);
                memset(buf + 18, 0xC3, n5);
                memcpy(buf + 30, "hello world!", n13);
                memmove(buf + 32, buf + 30, n13);        /* overlapping, forwards */
                memmove(buf + 1, buf + 2, n5);           /* overlapping, backwards */
                zisk_set_output(1, (unsigned char)buf[0] | (unsigned char)buf[12] << 8 | (unsigned char)buf[13] << 16 | (unsigned char)buf[18] << 24);
                zisk_set_output(2, memcmp(buf + 30, "hehello world!", 15) == 0);
                zisk_set_output(3, memcmp("abc", "abd", n13 > 3 ? 3 : 0) < 0);
                zisk_set_output(4, bcmp("abc", "abc", 3) == 0 && memcmp("x", "y", n0) == 0);
                return buf[0] == 'a' ? 0 : 1;
            }
            """);
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal(0u, r.Outputs[0]);
        Assert.Equal((uint)'a' | (uint)'a' << 8 | 0u << 16 | 0xC3u << 24, r.Outputs[1]);
        Assert.Equal(1u, r.Outputs[2]);
        Assert.Equal(1u, r.Outputs[3]);
        Assert.Equal(1u, r.Outputs[4]);
    }

    /// <summary>__udivti3/__umodti3/__divti3/__modti3 against .NET's UInt128/Int128: every pair of edge
    /// operands (zero and one, word boundaries, powers of two and their neighbours, signed extremes, so
    /// divisor > dividend, high word zero, divisor high word set, MIN / -1 all occur), quotient-digit
    /// correction cases (q*d + d-1 with normalised and unnormalised divisors), and 600 random pairs of
    /// every width.</summary>
    [Fact]
    public void I128DivisionLibcallsMatchDotNet()
    {
        var rng = new Random(12345);
        var pairs = new List<(UInt128 a, UInt128 b)>();
        var edges = new List<UInt128> { 0, 1, 2, 3, 7, 10, ulong.MaxValue, ulong.MaxValue - 1, UInt128.MaxValue, UInt128.MaxValue - 1,
            (UInt128)Int128.MaxValue, (UInt128)Int128.MinValue, (UInt128)(Int128)(-1), (UInt128)(Int128)(-2), (UInt128)(Int128)(-7),
            (UInt128)0xFFFFFFFF << 64 | 0xFFFFFFFF00000000, (UInt128)0x8000000000000001 << 64 | 1, (UInt128)0x1234 << 64 | 0xFFFFFFFFFFFFFFFF };
        foreach (int k in new[] { 31, 32, 33, 63, 64, 65, 96, 100, 126, 127 })
        {
            edges.Add((UInt128)1 << k);
            edges.Add(((UInt128)1 << k) - 1);
            edges.Add(((UInt128)1 << k) + 1);
        }
        foreach (var a in edges) foreach (var b in edges) if (b != 0) pairs.Add((a, b));
        UInt128 Rand()
        {
            var hi = (ulong)rng.NextInt64() << rng.Next(0, 2);
            var lo = (ulong)rng.NextInt64() << rng.Next(0, 2);
            return ((UInt128)(hi >> rng.Next(0, 64)) << 64 | lo) >> rng.Next(0, 127);
        }
        // a = q*b + r with r = b-1 or 0: the largest remainder, where a digit estimate is most often too large.
        for (int i = 0; i < 100; i++)
        {
            var b = Rand() | 1;
            var q = Rand() >> rng.Next(0, 128);
            if (q != 0 && b > UInt128.MaxValue / q) continue;
            var a = q * b;
            if (a <= UInt128.MaxValue - (b - 1)) pairs.Add((a + (i % 2 == 0 ? b - 1 : 0), b));
        }
        for (int added = 0; added < 600;) { var b = Rand(); if (b != 0) { pairs.Add((Rand(), b)); added++; } }

        var input = new byte[pairs.Count * 32];
        for (int i = 0; i < pairs.Count; i++)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(input.AsSpan(32 * i), pairs[i].a);
            BinaryPrimitives.WriteUInt128LittleEndian(input.AsSpan(32 * i + 16), pairs[i].b);
        }
        var r = GuestHarness.RunC("""
            #include "zisk.h"
            typedef unsigned __int128 u128; typedef __int128 i128;
            static void put(u128 v) { for (int i = 0; i < 16; i++) { zisk_putchar((int)(v & 0xff)); v >>= 8; } }
            int main(void) {
                uint64_t len; const uint8_t *p = zisk_input(&len);
                for (uint64_t off = 0; off + 32 <= len; off += 32) {
                    u128 a = *(const u128 *)(p + off), b = *(const u128 *)(p + off + 16);
                    put(a / b); put(a % b); put((u128)((i128)a / (i128)b)); put((u128)((i128)a % (i128)b));
                }
                return 0;
            }
            """, EmulatorInput.Frame(input));
        Assert.Equal(RunEnd.Ok, r.End);
        Assert.Equal(pairs.Count * 64, r.Stdout.Length);
        for (int i = 0; i < pairs.Count; i++)
        {
            var (a, b) = pairs[i];
            var o = r.Stdout.AsSpan(64 * i);
            Assert.Equal(a / b, BinaryPrimitives.ReadUInt128LittleEndian(o));
            Assert.Equal(a % b, BinaryPrimitives.ReadUInt128LittleEndian(o[16..]));
            Int128 sa = (Int128)a, sb = (Int128)b;
            // .NET throws on MIN / -1 (overflow); the C operation wraps to MIN with remainder 0.
            bool overflow = sa == Int128.MinValue && sb == -1;
            Assert.Equal(overflow ? sa : sa / sb, (Int128)BinaryPrimitives.ReadUInt128LittleEndian(o[32..]));
            Assert.Equal(overflow ? 0 : sa % sb, (Int128)BinaryPrimitives.ReadUInt128LittleEndian(o[48..]));
        }
    }
}
