namespace ZiskLlc.Isa;

/// <summary>
/// An error caused by the user's input (a bad file, an unsupported construct, a failed run), as
/// opposed to a bug in zisk-llc. The command line prints only its message (which names the file,
/// function, instruction or address) and exits with a non-zero code; never a stack trace.
/// </summary>
public class UserError : Exception
{
    public UserError(string message) : base(message) { }
    public UserError(string message, Exception inner) : base(message, inner) { }
}
