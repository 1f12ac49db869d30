namespace ZiskLlc.Cli.Tests;

/// <summary>Runs zisk-llc in process and captures what it prints.</summary>
static class CliRunner
{
    public static (int rc, string stdout, string stderr) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int rc = CliHost.Run(args, o, e);
        return (rc, o.ToString(), e.ToString());
    }

    /// <summary>A temporary folder removed on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("zisk-llc-cli-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
