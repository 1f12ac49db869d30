using System.Diagnostics;

namespace ZiskLlc.Llvm.Tests;

/// <summary>Runs the LLVM 22 command-line tools (clang-22, llvm-as-22) that tests use to make their inputs.</summary>
internal static class Tools
{
    /// <summary>Runs a tool; fails the test with its stderr when it exits non-zero.</summary>
    public static void Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {tool}");
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {err.Result}");
    }
}
