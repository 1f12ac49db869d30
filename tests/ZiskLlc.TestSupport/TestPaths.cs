namespace ZiskLlc.TestSupport;

/// <summary>
/// Where tests find their inputs: the repository root, the read-only `../shared` folder beside it
/// (spec, corpus, measured ELFs; CI has it too), and the build folder where `make` puts the corpus IR.
/// Environment overrides: ZISK_SHARED, ZISK_BUILD.
/// </summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder with ZiskLlc.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder (../shared beside the repository).</summary>
    public static string Shared { get; } = Environment.GetEnvironmentVariable("ZISK_SHARED") is { Length: > 0 } s
        ? Path.GetFullPath(s) : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The build folder (build/ in the repository).</summary>
    public static string Build { get; } = Environment.GetEnvironmentVariable("ZISK_BUILD") is { Length: > 0 } b
        ? Path.GetFullPath(b) : Path.Combine(RepoRoot, "build");

    /// <summary>A path inside ../shared; fails the test with a clear message when it is missing.</summary>
    public static string SharedFile(params string[] parts)
    {
        var p = Path.Combine([Shared, .. parts]);
        if (!File.Exists(p) && !Directory.Exists(p))
            throw new FileNotFoundException($"test input {p} is missing: the tests need ../shared beside the repository (or ZISK_SHARED)");
        return p;
    }

    /// <summary>The names of the 27 corpus programs (from ../shared/corpus/expected).</summary>
    public static IReadOnlyList<string> CorpusNames() =>
        Directory.GetFiles(SharedFile("corpus", "expected"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The names of the ROM-level vectors of ../shared/zisk-rom-micro (NAME.zasm with the
    /// real ziskemu's figures in NAME.json).</summary>
    public static IReadOnlyList<string> RomMicroNames() =>
        Directory.GetFiles(SharedFile("zisk-rom-micro"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The whole-program IR of a corpus program built by `make corpus` (build/corpus/NAME/NAME.{bc,ll}).</summary>
    public static string CorpusIr(string name, string ext = "bc")
    {
        var p = Path.Combine(Build, "corpus", name, $"{name}.{ext}");
        if (!File.Exists(p))
            throw new FileNotFoundException($"{p} is missing: run `make corpus` (the Makefile's test target does) to build the corpus IR");
        return p;
    }

    static string FindRepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "ZiskLlc.slnx"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("cannot find the repository root (ZiskLlc.slnx) above " + AppContext.BaseDirectory);
    }
}
