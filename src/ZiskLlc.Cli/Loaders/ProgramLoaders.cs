using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Loaders;

/// <summary>Options that change how a program file becomes a <see cref="ZiskProgram"/>.</summary>
public sealed record LoadOptions
{
    /// <summary>ZisK's soft-float library ELF, loaded as payload 0 of an ELF the way ziskemu does (spec §5.1), or null.</summary>
    public string? FloatLib { get; init; }
}

/// <summary>Turns one kind of program file (recognised by its first bytes) into a program. Implementations
/// live in this folder, one per file kind, and are discovered by <see cref="ProgramLoaders"/>.</summary>
public interface IProgramLoader
{
    /// <summary>A short name of the file kind, for messages ("ZisK ROM", "RISC-V ELF").</summary>
    string Kind { get; }
    /// <summary>True when the file starts with this kind's magic.</summary>
    bool Recognises(ReadOnlySpan<byte> head);
    /// <summary>Loads the file; throws <see cref="UserError"/> on bad input.</summary>
    ZiskProgram Load(string path, LoadOptions options);
}

/// <summary>Loads any program file the tool understands, choosing the loader by the file's magic.</summary>
public static class ProgramLoaders
{
    static readonly IProgramLoader[] All = Discover();

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "this assembly is a trimmer root (ZiskLlc.Cli.csproj): every loader type survives trimming")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "this assembly is a trimmer root: the loaders' constructors are kept")]
    static IProgramLoader[] Discover() => typeof(ProgramLoaders).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProgramLoader).IsAssignableFrom(t))
        .Select(t => (IProgramLoader)Activator.CreateInstance(t)!)
        .OrderBy(l => l.Kind, StringComparer.Ordinal).ToArray();

    /// <summary>True when the file starts with the .zrom magic.</summary>
    public static bool IsZrom(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            return f.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && ZromFile.HasMagic(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>Loads <paramref name="path"/> as whatever kind of program it is.</summary>
    public static ZiskProgram Load(string path, LoadOptions options)
    {
        RequireFile(path, "program");
        var head = new byte[16];
        int n;
        try
        {
            using var f = File.OpenRead(path);
            n = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"{path}: cannot read ({e.Message})"); }
        var loader = All.FirstOrDefault(l => l.Recognises(head.AsSpan(0, n)))
            ?? throw new UserError($"{path}: not a program file this tool knows (expected one of: {string.Join(", ", All.Select(l => l.Kind))})");
        return loader.Load(path, options);
    }

    /// <summary>Fails with a user error unless <paramref name="path"/> names an existing file (a
    /// directory is told apart from a missing path); <paramref name="roleWhenMissing"/> names the
    /// role for a file the user may not know they gave (an option's).</summary>
    public static void RequireFile(string path, string role, bool roleWhenMissing = false)
    {
        if (Directory.Exists(path)) throw new UserError($"{path}: is a directory, not a {role} file");
        if (!File.Exists(path)) throw new UserError($"{path}: no such file{(roleWhenMissing ? $" (the {role})" : "")}");
    }
}
