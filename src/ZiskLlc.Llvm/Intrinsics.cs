namespace ZiskLlc.Llvm;

/// <summary>
/// Intrinsics are identified by name, never by LLVM's numeric intrinsic ID (which is renumbered
/// between LLVM versions). An overloaded intrinsic's name carries its types as dot-separated
/// suffixes (<c>llvm.memcpy.p0.p0.i64</c>, <c>llvm.fshl.i32</c>, <c>llvm.umax.v4i32</c>); the family
/// is the name without them (<c>llvm.memcpy</c>), which is what the backend dispatches on.
/// </summary>
public static class Intrinsics
{
    /// <summary>The intrinsic family of a full intrinsic name: type suffixes removed.</summary>
    public static string Family(string name)
    {
        if (!name.StartsWith("llvm.", StringComparison.Ordinal)) return name;
        var parts = name.Split('.');
        int keep = parts.Length;
        while (keep > 2 && IsTypeSuffix(parts[keep - 1])) keep--;
        return string.Join('.', parts, 0, keep);
    }

    /// <summary>
    /// True for an overload suffix: iN, pN (pointer in address space N), f16/f32/f64/f80/f128/bf16,
    /// ppcf128, vectors (vNi32, nxvNi8), isVoid, and struct/array/function mangles (sl_…s, aN…, f_…f,
    /// named struct types "s_…").
    /// </summary>
    public static bool IsTypeSuffix(string s)
    {
        if (s.Length < 2) return false;
        static bool Digits(ReadOnlySpan<char> t) => t.Length > 0 && t.IndexOfAnyExceptInRange('0', '9') < 0;
        switch (s[0])
        {
            case 'i': return Digits(s.AsSpan(1)) || s == "isVoid";
            case 'p': return Digits(s.AsSpan(1)) || s == "ppcf128";
            case 'f': return s is "f16" or "f32" or "f64" or "f80" or "f128" || s.StartsWith("f_", StringComparison.Ordinal);
            case 'b': return s == "bf16";
            case 'v': { int k = 1; while (k < s.Length && char.IsAsciiDigit(s[k])) k++; return k > 1 && k < s.Length && IsTypeSuffix(s[k..]); }
            case 'n': return s.StartsWith("nxv", StringComparison.Ordinal) && IsTypeSuffix(s[2..]);
            case 'a': { int k = 1; while (k < s.Length && char.IsAsciiDigit(s[k])) k++; return k > 1 && k < s.Length && IsTypeSuffix(s[k..]); }
            case 's': return s.StartsWith("sl_", StringComparison.Ordinal) || s.StartsWith("s_", StringComparison.Ordinal);
            default: return false;
        }
    }
}
