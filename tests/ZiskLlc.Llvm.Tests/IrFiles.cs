using ZiskLlc.Llvm;

namespace ZiskLlc.Llvm.Tests;

/// <summary>Writes hand-written IR snippets to a per-test temporary folder and reads them into sessions.</summary>
internal sealed class IrFiles : IDisposable
{
    public const string Header = """
        target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
        target triple = "riscv64-unknown-unknown-elf"

        """;

    public string Dir { get; } = Directory.CreateTempSubdirectory("zisk-llc-llvm-test-").FullName;

    /// <summary>Writes <paramref name="text"/> (with the riscv64 header unless <paramref name="header"/> is false) to NAME.</summary>
    public string Write(string name, string text, bool header = true)
    {
        var p = Path.Combine(Dir, name);
        File.WriteAllText(p, header ? Header + text : text);
        return p;
    }

    /// <summary>Writes raw bytes to NAME.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var p = Path.Combine(Dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    /// <summary>Reads one snippet into a session (verified, not lowered).</summary>
    public LlvmSession Read(string text, string name = "t.ll") => IrReader.Read([Write(name, text)]);

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
