using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>
/// Which function each floating-point operation is lowered to a call of. ZisK has no floating point
/// and guest ABI v1 is soft-float (§1), so every `float`/`double` operation is a call, as LLVM's
/// RISC-V backend makes it without F/D: arithmetic, conversions and comparisons call the runtime's
/// runtime/riscv/softfloat.c (libgcc/compiler-rt names, plus a single compare and a classifier of
/// its own), which the direct route links in as IR when a program needs it (DirectRoute) — the same
/// file the classic route links, so both routes compute the same bits. Math-library intrinsics
/// (llvm.sqrt, llvm.floor, …) call the C library function of that name, which, like every library
/// function but the guest ABI's, is the program's own (guest ABI §4): llc does the same; for the
/// exactly specified ones softfloat.c has weak definitions (<see cref="ProvidedLibraryFunctions"/>).
/// One table for three readers: <see cref="ModuleContext"/> (reachability, and an error naming a
/// missing function), the DirectRoute driver (whether to link softfloat.c) and the lowering.
/// </summary>
public static class FloatRuntime
{
    /// <summary>The runtime source (in runtime/riscv/) that defines the soft-float functions.</summary>
    public const string Source = "softfloat.c";

    /// <summary>libgcc's type suffix: sf for float, df for double; null for the types not supported
    /// (half, bfloat, fp128 — C's long double on riscv64 —, x86_fp80, ppc_fp128).</summary>
    public static string? Suffix(IrType t) => t.Kind switch { IrTypeKind.Float => "sf", IrTypeKind.Double => "df", _ => null };

    public static string Arith(IrOpcode op, string sfx) => op switch
    {
        IrOpcode.FAdd => $"__add{sfx}3", IrOpcode.FSub => $"__sub{sfx}3", IrOpcode.FMul => $"__mul{sfx}3", IrOpcode.FDiv => $"__div{sfx}3",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>One compare for every fcmp predicate: returns -1, 0, 1, or 2 when unordered.</summary>
    public static string Compare(string sfx) => $"__zisk_fcmp{sfx}";

    /// <summary>llvm.is.fpclass's class mask of a value (bit 0 signalling NaN … bit 9 +inf).</summary>
    public static string Class(string sfx) => $"__zisk_fpclass{sfx}";

    public static string Powi(string sfx) => $"__powi{sfx}2";

    public const string Extend = "__extendsfdf2";
    public const string Truncate = "__truncdfsf2";

    /// <summary>Float to an integer of <paramref name="width"/> bits, truncating; <paramref name="saturating"/>
    /// for llvm.fpto[su]i.sat (softfloat.c's conversions all saturate, NaN to 0, so plain and saturating
    /// share them where the width is a C type's). Null where no function fits (wider than 128 bits,
    /// or a saturating conversion to 65–127 bits).</summary>
    public static string? ToInt(bool signed, int width, string sfx, bool saturating)
    {
        string u = signed ? "" : "uns";
        if (saturating && width is 32 or 64 or 128 || !saturating && width <= 128)
            return width <= 32 ? $"__fix{u}{sfx}si" : width <= 64 ? $"__fix{u}{sfx}di" : $"__fix{u}{sfx}ti";
        if (saturating && width < 64) return $"__zisk_fpto{(signed ? 's' : 'u')}i_sat{sfx}";
        return null;
    }

    /// <summary>An integer of <paramref name="width"/> bits (extended to 64 or 128) to float; null above 128 bits.</summary>
    public static string? FromInt(bool signed, int width, string sfx) =>
        width <= 64 ? $"__float{(signed ? "" : "un")}di{sfx}" : width <= 128 ? $"__float{(signed ? "" : "un")}ti{sfx}" : null;

    /// <summary>The C library functions softfloat.c defines weakly (exactly specified ones: a program's
    /// own definition wins): a call of one, or of an intrinsic lowered to one, links it when the
    /// program has none.</summary>
    public static readonly HashSet<string> ProvidedLibraryFunctions = new(
        new[] { "sqrt", "fmod", "ldexp", "scalbn", "fmin", "fmax", "fminimum_num", "fmaximum_num", "fminimum", "fmaximum",
                "trunc", "floor", "ceil", "round", "roundeven", "rint", "nearbyint" }
            .SelectMany(f => new[] { f, f + "f" }), StringComparer.Ordinal);

    /// <summary>The C library function an intrinsic (or frem) calls, as llc lowers it: sqrt, floorf, fmin, …; null if none.</summary>
    public static string? LibraryFunction(string family, IrType t)
    {
        string? f = family switch
        {
            "frem" => "fmod",
            "llvm.sqrt" => "sqrt", "llvm.floor" => "floor", "llvm.ceil" => "ceil", "llvm.trunc" => "trunc",
            "llvm.round" => "round", "llvm.roundeven" => "roundeven", "llvm.rint" => "rint", "llvm.nearbyint" => "nearbyint",
            "llvm.minnum" => "fmin", "llvm.maxnum" => "fmax", "llvm.minimumnum" => "fminimum_num", "llvm.maximumnum" => "fmaximum_num",
            "llvm.minimum" => "fminimum", "llvm.maximum" => "fmaximum", "llvm.fma" => "fma", "llvm.ldexp" => "ldexp",
            "llvm.exp" => "exp", "llvm.exp2" => "exp2", "llvm.exp10" => "exp10", "llvm.log" => "log", "llvm.log2" => "log2",
            "llvm.log10" => "log10", "llvm.pow" => "pow", "llvm.sin" => "sin", "llvm.cos" => "cos", "llvm.tan" => "tan",
            "llvm.asin" => "asin", "llvm.acos" => "acos", "llvm.atan" => "atan", "llvm.atan2" => "atan2",
            "llvm.sinh" => "sinh", "llvm.cosh" => "cosh", "llvm.tanh" => "tanh",
            "llvm.lround" => "lround", "llvm.llround" => "llround", "llvm.lrint" => "lrint", "llvm.llrint" => "llrint",
            _ => null,
        };
        if (f is null) return null;
        return t.Kind switch { IrTypeKind.Double => f, IrTypeKind.Float => f + "f", _ => null };
    }

    /// <summary>A cheap first test: false where <see cref="Callees"/> is certainly empty.</summary>
    public static bool MayCall(IrInstruction i) => i.Opcode switch
    {
        IrOpcode.FAdd or IrOpcode.FSub or IrOpcode.FMul or IrOpcode.FDiv or IrOpcode.FRem or IrOpcode.FCmp
            or IrOpcode.FPToSI or IrOpcode.FPToUI or IrOpcode.SIToFP or IrOpcode.UIToFP or IrOpcode.FPExt or IrOpcode.FPTrunc => true,
        IrOpcode.Call => i.IntrinsicName is not null,
        _ => false,
    };

    /// <summary>The functions an instruction is lowered to calls of (empty for none, and for forms the
    /// lowering rejects with its own message).</summary>
    public static IEnumerable<string> Callees(IrInstruction i)
    {
        var ops = i.Operands;
        switch (i.Opcode)
        {
            case IrOpcode.FAdd or IrOpcode.FSub or IrOpcode.FMul or IrOpcode.FDiv when Suffix(i.Type) is { } s:
                yield return Arith(i.Opcode, s);
                break;
            case IrOpcode.FRem when LibraryFunction("frem", i.Type) is { } f:
                yield return f;
                break;
            case IrOpcode.FCmp when Suffix(ops[0].Type) is { } s && i.RealPredicate is not (IrRealPredicate.True or IrRealPredicate.False):
                yield return Compare(s);
                break;
            case IrOpcode.FPToSI or IrOpcode.FPToUI when Suffix(ops[0].Type) is { } s && i.Type.Kind == IrTypeKind.Integer
                && ToInt(i.Opcode == IrOpcode.FPToSI, i.Type.IntegerWidth, s, false) is { } f:
                yield return f;
                break;
            case IrOpcode.SIToFP or IrOpcode.UIToFP when Suffix(i.Type) is { } s && ops[0].Type.Kind == IrTypeKind.Integer
                && FromInt(i.Opcode == IrOpcode.SIToFP, ops[0].Type.IntegerWidth, s) is { } f:
                yield return f;
                break;
            case IrOpcode.FPExt when ops[0].Type.Kind == IrTypeKind.Float && i.Type.Kind == IrTypeKind.Double:
                yield return Extend;
                break;
            case IrOpcode.FPTrunc when ops[0].Type.Kind == IrTypeKind.Double && i.Type.Kind == IrTypeKind.Float:
                yield return Truncate;
                break;
            case IrOpcode.Call when i.IntrinsicFamily is { } fam:
            {
                var args = i.CallArguments;
                switch (fam)
                {
                    case "llvm.fmuladd" when Suffix(i.Type) is { } s:
                        yield return Arith(IrOpcode.FMul, s);
                        yield return Arith(IrOpcode.FAdd, s);
                        break;
                    case "llvm.powi" when Suffix(i.Type) is { } s:
                        yield return Powi(s);
                        break;
                    case "llvm.is.fpclass" when Suffix(args[0].Type) is { } s:
                        yield return Class(s);
                        break;
                    case "llvm.fptosi.sat" or "llvm.fptoui.sat" when Suffix(args[0].Type) is { } s && i.Type.Kind == IrTypeKind.Integer
                        && ToInt(fam == "llvm.fptosi.sat", i.Type.IntegerWidth, s, true) is { } f:
                        yield return f;
                        break;
                    default:
                        // lround & co. return an integer: their type is the argument's.
                        if (args.Count > 0 && LibraryFunction(fam, args[0].Type) is { } lib) yield return lib;
                        break;
                }
                break;
            }
        }
    }
}
