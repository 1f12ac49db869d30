using ZiskLlc.Isa;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>The two encodings of LLVM IR a file can hold.</summary>
public enum IrFileFormat
{
    /// <summary>Textual IR (<c>.ll</c>).</summary>
    Text,
    /// <summary>Bitcode (<c>.bc</c>), raw or in the Darwin wrapper.</summary>
    Bitcode,
}

/// <summary>
/// Reads LLVM IR files into an <see cref="LlvmSession"/>: detects text or bitcode by content, parses
/// each file, checks its target (64-bit little-endian pointers required; a non-riscv64 triple is a
/// warning), verifies it with the verifier's message, and links all inputs into one module with
/// LLVMLinkModules2. Every failure is a <see cref="UserError"/> naming the file.
/// </summary>
public static unsafe class IrReader
{
    /// <summary>Detects the encoding by content: the bitcode magic <c>BC C0 DE</c> or the wrapper magic 0x0B17C0DE, else text.</summary>
    public static IrFileFormat DetectFormat(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == (byte)'B' && bytes[1] == (byte)'C' && bytes[2] == 0xC0 && bytes[3] == 0xDE)
            return IrFileFormat.Bitcode;
        if (bytes.Length >= 4 && bytes[0] == 0xDE && bytes[1] == 0xC0 && bytes[2] == 0x17 && bytes[3] == 0x0B)
            return IrFileFormat.Bitcode;
        return IrFileFormat.Text;
    }

    /// <summary>
    /// Reads, checks, verifies and links <paramref name="paths"/> (at least one) into a new session.
    /// The lowering pipeline is not run (call <see cref="LlvmSession.RunLoweringPipeline"/>).
    /// </summary>
    public static LlvmSession Read(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) throw new UserError("no LLVM IR input given");
        var session = new LlvmSession(paths);
        try
        {
            for (int k = 0; k < paths.Count; k++) ReadInto(session, paths[k], first: k == 0);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Reads, checks, verifies and links more files into a session <see cref="Read"/> made
    /// (the direct route's runtime modules), before its pipelines run.</summary>
    public static void LinkMore(LlvmSession session, IReadOnlyList<string> paths)
    {
        foreach (var p in paths) ReadInto(session, p, first: false);
    }

    static void ReadInto(LlvmSession session, string path, bool first)
    {
        var bytes = ReadBytes(path);
        var format = DetectFormat(bytes);
        nint m = session.Parse(path, bytes, format);
        try
        {
            CheckTarget(session, path, m);
            if (LlvmSession.VerifyModule(m) is { } err)
                throw new UserError($"{path}: invalid LLVM IR: {string.Join(" | ", err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
        }
        catch
        {
            LlvmSession.DisposeModule(m);
            throw;
        }
        if (first) session.Adopt(m);
        else session.LinkIn(m, path); // consumes m, success or not
    }

    /// <summary>Reads and lowers: <see cref="Read"/>, the IR pipeline <paramref name="pipeline"/>
    /// (<see cref="LlvmSession.RunZiskPipeline"/>; none by default) then <see cref="LlvmSession.RunLoweringPipeline"/>.</summary>
    public static LlvmSession ReadAndLower(IReadOnlyList<string> paths, string pipeline = ZiskPipeline.None)
    {
        var s = Read(paths);
        try { s.RunZiskPipeline(pipeline); s.RunLoweringPipeline(); return s; }
        catch { s.Dispose(); throw; }
    }

    static byte[] ReadBytes(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (FileNotFoundException) { throw new UserError($"{path}: no such file"); }
        catch (DirectoryNotFoundException) { throw new UserError($"{path}: no such file"); }
        catch (UnauthorizedAccessException e) { throw new UserError($"{path}: cannot read ({e.Message})"); }
        catch (IOException e) { throw new UserError($"{path}: cannot read ({e.Message})"); }
        if (bytes.Length == 0) throw new UserError($"{path}: empty file (expected LLVM IR text or bitcode)");
        return bytes;
    }

    /// <summary>
    /// The backend assumes 64-bit little-endian pointers (RV64, ZisK §1): anything else is an error,
    /// because struct layouts and pointer arithmetic in the IR were computed for that layout. Another
    /// 64-bit triple is only a warning: target-independent IR from it may still be fine.
    /// </summary>
    static void CheckTarget(LlvmSession session, string path, nint m)
    {
        string triple = NativeText.Borrowed(LlvmNative.LLVMGetTarget(m));     // borrowed: owned by the module
        string layout = NativeText.Borrowed(LlvmNative.LLVMGetDataLayoutStr(m));
        nint td = LlvmNative.LLVMGetModuleDataLayout(m);                      // borrowed: never LLVMDisposeTargetData it
        uint ptrBytes = LlvmNative.LLVMPointerSize(td);
        bool little = LlvmNative.LLVMByteOrder(td) == 1; // LLVMLittleEndian
        if (ptrBytes != 8 || !little)
            throw new UserError($"{path}: IR for target '{(triple.Length == 0 ? "<none>" : triple)}' has {ptrBytes * 8}-bit " +
                                $"{(little ? "little" : "big")}-endian pointers (data layout \"{layout}\"); zisk-llc needs riscv64 IR " +
                                "(64-bit little-endian pointers): compile with --target=riscv64-unknown-elf");
        string arch = triple.Split('-')[0];
        if (arch != "riscv64")
            session.AddWarning(triple.Length == 0
                ? $"{path}: the module has no target triple; reading it as riscv64 IR"
                : $"{path}: target triple '{triple}' is not riscv64; reading it as riscv64 IR (target-specific IR may be wrong)");
    }
}
