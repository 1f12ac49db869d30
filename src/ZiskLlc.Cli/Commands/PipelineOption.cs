using System.CommandLine;
using ZiskLlc.Llvm;

namespace ZiskLlc.Cli.Commands;

/// <summary>`--ir-pipeline zisk|none|PASSES`: the direct route's IR pipeline (<see cref="ZiskPipeline"/>).</summary>
static class PipelineOption
{
    public static Option<string> Create() => new("--ir-pipeline")
    {
        Description = $"the LLVM IR passes run before the backend: '{ZiskPipeline.Name}' (default: inlining and unrolling tuned for ZisK), "
            + $"'{ZiskPipeline.None}' (the backend alone, the IR as given), or a pipeline in opt's -passes= syntax",
        DefaultValueFactory = _ => ZiskPipeline.Name,
    };
}
