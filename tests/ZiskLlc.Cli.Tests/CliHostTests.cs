using ZiskLlc.Cli;
using ZiskLlc.Isa;

namespace ZiskLlc.Cli.Tests;

/// <summary>The command-line host: command discovery, help, and how errors reach the user.</summary>
public class CliHostTests
{
    static (int rc, string stdout, string stderr) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void HelpListsEveryCommand()
    {
        var (rc, stdout, _) = Run("--help");
        Assert.Equal(0, rc);
        foreach (var c in CliHost.BuildRoot().Subcommands)
            Assert.Contains(c.Name, stdout);
    }

    [Fact]
    public void UnknownCommandFails()
    {
        var (rc, _, stderr) = Run("frobnicate");
        Assert.NotEqual(0, rc);
        Assert.Contains("frobnicate", stderr);
    }

    [Fact]
    public void UserErrorIsOneLineWithoutTrace()
    {
        var e = new StringWriter();
        int rc = CliHost.ReportException(new UserError("prog.zrom: bad magic"), e);
        Assert.Equal(1, rc);
        Assert.Equal("zisk-llc: error: prog.zrom: bad magic" + Environment.NewLine, e.ToString());
    }

    [Fact]
    public void InternalErrorIsOneLineWithoutTrace()
    {
        var e = new StringWriter();
        int rc = CliHost.ReportException(new InvalidOperationException("boom"), e);
        Assert.Equal(70, rc);
        Assert.Single(e.ToString().TrimEnd().Split('\n'));
        Assert.DoesNotContain(" at ", e.ToString());
    }
}
