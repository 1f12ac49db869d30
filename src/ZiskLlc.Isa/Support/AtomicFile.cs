namespace ZiskLlc.Isa;

/// <summary>
/// Writes an output file all at once: into a temporary file beside it, renamed over the target only
/// when complete, so a failure never leaves a half-written output behind.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes the bytes produced by <paramref name="write"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new UserError($"{path}: directory {dir} does not exist");
        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var s = new FileStream(tmp, FileMode.Create, FileAccess.Write))
                write(s);
            File.Move(tmp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException e) { throw new UserError($"{path}: cannot write ({e.Message})"); }
        catch (IOException e) when (e is not FileNotFoundException) { throw new UserError($"{path}: cannot write ({e.Message})"); }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    /// <summary>Writes bytes atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }

    /// <summary>Writes text atomically (UTF-8, no BOM).</summary>
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
