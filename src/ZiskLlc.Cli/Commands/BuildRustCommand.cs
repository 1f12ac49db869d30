using System.CommandLine;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc build-rust CRATE_DIR -o PROG.bc`: a Rust guest crate → one whole-program bitcode
/// file, offline with Debian's Rust, see <see cref="RustBuilder"/>.</summary>
public sealed class BuildRustCommand : ICliCommand
{
    public Command Create()
    {
        var crate = new Argument<string>("crate-dir") { Description = "the guest crate's folder (the one with Cargo.toml)" };
        var output = new Option<string>("--output", "-o") { Description = "the bitcode file to write", Required = true };
        var targetDir = new Option<string?>("--target-dir") { Description = "cargo's target folder (default CRATE_DIR/target); crates sharing one share the standard library build" };
        var bin = new Option<string?>("--bin") { Description = "the binary to build when the crate has several" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "cargo's parallel jobs", DefaultValueFactory = _ => 2 };
        var cmd = new Command("build-rust", "Build a Rust guest crate (zisk-rt) into one whole-program LLVM bitcode file, offline with Debian's Rust");
        cmd.Arguments.Add(crate);
        cmd.Options.Add(output);
        cmd.Options.Add(targetDir);
        cmd.Options.Add(bin);
        cmd.Options.Add(jobs);
        cmd.SetAction(r =>
        {
            if (r.GetValue(jobs) < 1) throw new ZiskLlc.Isa.UserError("build-rust: --jobs must be at least 1");
            RustBuilder.Build(r.GetValue(crate)!, r.GetValue(output)!, new RustBuildOptions
            {
                TargetDir = r.GetValue(targetDir),
                Bin = r.GetValue(bin),
                Jobs = r.GetValue(jobs),
            });
            return 0;
        });
        return cmd;
    }
}
