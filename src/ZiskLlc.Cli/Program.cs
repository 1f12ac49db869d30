using System.CommandLine;
using ZiskLlc.Cli;

// zisk-llc: every sub-command is a class implementing ICliCommand in this assembly (Commands/);
// they are discovered here so adding a command never touches this file.
return CliHost.Run(args);
