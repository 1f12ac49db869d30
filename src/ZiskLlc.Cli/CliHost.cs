using System.CommandLine;
using System.Reflection;
using ZiskLlc.Isa;

namespace ZiskLlc.Cli;

/// <summary>A sub-command of zisk-llc. Implementations live in Commands/, one file each.</summary>
public interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command, with its action set.</summary>
    Command Create();
}

/// <summary>
/// Builds the root command from every <see cref="ICliCommand"/> and runs it. User errors
/// (<see cref="UserError"/>, and a command line that does not parse) print one line
/// `zisk-llc: error: …` and exit 1; an unexpected exception
/// prints one line `zisk-llc: internal error: …` and exits 70 (no stack trace unless
/// ZISK_LLC_DEBUG=1).
/// </summary>
public static class CliHost
{
    /// <summary>Runs the command line; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var root = BuildRoot();
        var config = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
        };
        var err = stderr ?? Console.Error;
        try
        {
            var parse = root.Parse(args);
            // A command line that does not parse is a user error like any other: one line, exit 1
            // (System.CommandLine would print its messages followed by the whole help text).
            if (parse.Errors.Count > 0)
            {
                err.WriteLine($"zisk-llc: error: {string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')))}; see --help");
                return 1;
            }
            return parse.Invoke(config);
        }
        catch (Exception e)
        {
            return ReportException(e, err);
        }
    }

    /// <summary>Prints an exception as one clear line; returns the exit code for it.</summary>
    public static int ReportException(Exception e, TextWriter err)
    {
        if (e is TargetInvocationException { InnerException: { } inner }) e = inner;
        if (e is AggregateException { InnerExceptions.Count: 1 } ae) e = ae.InnerExceptions[0];
        if (e is UserError)
        {
            err.WriteLine($"zisk-llc: error: {e.Message}");
            return 1;
        }
        err.WriteLine($"zisk-llc: internal error: {e.GetType().Name}: {e.Message}");
        if (Environment.GetEnvironmentVariable("ZISK_LLC_DEBUG") == "1") err.WriteLine(e);
        return 70;
    }

    /// <summary>The root command with every sub-command, sorted by name.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "this assembly is a trimmer root (ZiskLlc.Cli.csproj): every command type survives trimming")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "this assembly is a trimmer root: the commands' constructors are kept")]
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("zisk-llc: LLVM IR to ZisK zkVM compiler, emulator and RISC-V transpiler");
        var commands = typeof(CliHost).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Create())
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var c in commands) root.Subcommands.Add(c);
        return root;
    }
}
