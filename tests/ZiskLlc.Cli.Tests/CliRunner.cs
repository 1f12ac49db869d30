using System.Diagnostics;

namespace ZiskLlc.Cli.Tests;

/// <summary>Runs zisk-llc in process, or any program in a child process, and captures what it prints.</summary>
static class CliRunner
{
    public static (int rc, string stdout, string stderr) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int rc = CliHost.Run(args, o, e);
        return (rc, o.ToString(), e.ToString());
    }

    /// <summary>Runs <paramref name="exe"/> in a child process with <paramref name="env"/> added to its environment.</summary>
    public static (int rc, string stdout, string stderr) RunProcess(string exe, IEnumerable<string> args, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout, err.Result);
    }

    /// <summary>A temporary folder removed on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("zisk-llc-cli-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
