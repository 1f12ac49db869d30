using System.Text.Json;
using ZiskLlc.Emulator.Reporting;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The JSON form of a run (RunReport.Json) stays valid whatever the program printed.</summary>
public class RunReportTests
{
    static RunResult WithStdout(int bytes, RunEnd end) =>
        new() { Steps = 3, End = end, Message = end == RunEnd.Ok ? null : "pc 0x1008 (…) at step 2: boom", Stdout = new byte[bytes] };

    /// <summary>16 MiB of NUL bytes is the worst case (each escapes to six characters).</summary>
    [Fact]
    public void Stdout_up_to_the_cap_is_whole_and_unmarked()
    {
        var j = JsonDocument.Parse(RunReport.Json(WithStdout(RunReport.MaxJsonStdoutBytes, RunEnd.Ok))).RootElement;
        Assert.Equal(RunReport.MaxJsonStdoutBytes, j.GetProperty("stdout").GetString()!.Length);
        Assert.False(j.TryGetProperty("stdout_truncated", out _));
        Assert.Equal("ok", j.GetProperty("ended").GetString());
    }

    [Fact]
    public void Longer_stdout_is_cut_and_says_so()
    {
        // The UART cap of a run is 256 MiB, far above what one JSON string value may hold; the cut
        // itself is shown with a small cap (the CLI test runs a program past the real one).
        const int Cap = 1000;
        var r = WithStdout(Cap + 5, RunEnd.Fault);
        r.Stdout[^1] = 0x41; // past the cut: must not appear
        r.Stdout[Cap - 1] = 0x42;
        var j = JsonDocument.Parse(RunReport.Json(r, Cap)).RootElement;
        var s = j.GetProperty("stdout").GetString()!;
        Assert.Equal(Cap, s.Length);
        Assert.Equal('B', s[^1]);
        Assert.True(j.GetProperty("stdout_truncated").GetBoolean());
        Assert.Equal(Cap + 5, j.GetProperty("stdout_bytes").GetInt64());
        Assert.Equal("error", j.GetProperty("ended").GetString());
        Assert.Equal(r.Message, j.GetProperty("message").GetString());
    }
}
