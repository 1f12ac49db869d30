using System.Diagnostics;
using ZiskLlc.Isa;

namespace ZiskLlc.Toolchain;

/// <summary>
/// Finds and runs the LLVM 22 command line tools of the classic route (Debian's clang-22, llvm-22,
/// lld-22). A missing tool or a failing one becomes one <see cref="UserError"/> that says what to do.
/// </summary>
public static class ExternalTools
{
    const string LlvmBin = "/usr/lib/llvm-22/bin";

    /// <summary>The path of a versioned tool: "llc-22" on PATH, else "llc" in /usr/lib/llvm-22/bin.</summary>
    public static string Find(string name)
    {
        var versioned = name + "-22";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = Path.Combine(dir, versioned);
            if (File.Exists(p)) return p;
        }
        var inLlvm = Path.Combine(LlvmBin, name);
        if (File.Exists(inLlvm)) return inLlvm;
        throw new UserError($"{versioned} is not installed: run `make deps` or `apt-get install -y clang-22 llvm-22 lld-22`");
    }

    /// <summary>Runs a tool to completion; a non-zero exit becomes a UserError carrying its (trimmed) stderr.</summary>
    public static string Run(string tool, IEnumerable<string> args, string what)
    {
        var psi = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new UserError($"cannot start {tool}");
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var stdout = stdoutTask.Result;
        if (p.ExitCode != 0)
            throw new UserError($"{what} failed ({Path.GetFileName(tool)} exit code {p.ExitCode}): {Trim(stderr)}");
        return stdout;
    }

    /// <summary>Keeps the first lines of a tool's error output, without blank lines.</summary>
    internal static string Trim(string stderr, int maxLines = 12)
    {
        var lines = stderr.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var kept = string.Join("\n  ", lines.Take(maxLines));
        return lines.Count > maxLines ? kept + $"\n  … ({lines.Count - maxLines} more lines)" : kept;
    }
}
