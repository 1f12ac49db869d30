using System.Buffers.Binary;
using ZiskLlc.Isa;

namespace ZiskLlc.Emulator;

/// <summary>Builds the input bytes of a run from a file, the two ways ziskemu does (spec §5.7).</summary>
public static class EmulatorInput
{
    /// <summary>`ziskemu -i FILE`: the raw bytes; the length must be a multiple of 8 and at most
    /// 128 MiB − 8 (§4.2).</summary>
    public static byte[] FromFile(string path)
    {
        if (File.Exists(path)) CheckSize(path, new FileInfo(path).Length); // before reading a file that is far too big
        var data = ReadFile(path);
        if (data.Length % 8 != 0)
            throw new UserError($"{path}: input size must be a multiple of 8 bytes (got {data.Length}); use --legacy-inputs to frame it");
        CheckSize(path, data.Length);
        return data;
    }

    /// <summary>`ziskemu --legacy-inputs FILE`: [u64 LE length][bytes][zero pad to 8].</summary>
    public static byte[] Legacy(string path) => Frame(ReadFile(path), path);

    /// <summary>The legacy framing of a byte string.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> data, string name = "input")
    {
        var r = new byte[8 + ((data.Length + 7) & ~7)];
        BinaryPrimitives.WriteUInt64LittleEndian(r, (ulong)data.Length);
        data.CopyTo(r.AsSpan(8));
        CheckSize(name, r.Length);
        return r;
    }

    static void CheckSize(string name, long length)
    {
        if ((ulong)length > MemoryMap.DefaultMaxInputMem - 8)
            throw new UserError($"{name}: input too big ({length} bytes; the limit is {MemoryMap.DefaultMaxInputMem - 8})");
    }

    static byte[] ReadFile(string path)
    {
        if (Directory.Exists(path)) throw new UserError($"{path}: is a directory, not an input file");
        try { return File.ReadAllBytes(path); }
        catch (FileNotFoundException) { throw new UserError($"{path}: no such file"); }
        catch (DirectoryNotFoundException) { throw new UserError($"{path}: no such file"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"{path}: cannot read ({e.Message})"); }
    }
}
