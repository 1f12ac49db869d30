using System.Globalization;

namespace ZiskLlc.Isa.Assembly;

/// <summary>
/// Parses the text assembly of one instruction (docs/assembly.md), the inverse of
/// <see cref="AsmPrinter"/>. Numbers are decimal (optionally negative) or 0x-hex; in a program,
/// <c>@label</c> may stand for a number: an absolute address in operands, a pc-relative offset
/// inside <c>j(…)</c>. Errors are <see cref="FormatException"/>s with a short message; callers add
/// the file and line.
/// </summary>
public static class AsmParser
{
    /// <summary>Resolves a label to its address, or null when it is unknown.</summary>
    public delegate ulong? LabelResolver(string label);

    /// <summary>Parses <c>[0xADDR:] body</c>. Without an address, <paramref name="defaultPaddr"/> is used.</summary>
    public static Instruction ParseInstruction(string text, ulong defaultPaddr = 0, LabelResolver? labels = null)
    {
        var t = new Tokens(text, labels);
        ulong paddr = defaultPaddr;
        if (t.TryAddressPrefix(out var a)) paddr = a;
        return ParseBody(ref t, paddr);
    }

    static Instruction ParseBody(ref Tokens t, ulong paddr)
    {
        string mnemonic = t.Word();
        Opcode op;
        if (mnemonic.StartsWith("op:", StringComparison.Ordinal))
            throw new FormatException($"unknown opcode {mnemonic[3..]}");
        var info = OpcodeTable.TryGet(mnemonic) ?? throw new FormatException($"unknown opcode '{mnemonic}'");
        op = info.Code;

        byte width = 0;
        var (aSrc, aVal) = ParseSource(ref t, ref width, isB: false);
        t.Expect(',');
        var (bSrc, bVal) = ParseSource(ref t, ref width, isB: true);

        var store = StoreKind.None;
        long storeOffset = 0;
        if (t.TryArrow())
        {
            var w = t.Word();
            if (w.StartsWith('r') && w.Length > 1 && char.IsDigit(w[1])) { store = StoreKind.Reg; storeOffset = ParseRegister(w); }
            else if (w == "mem") { t.Expect(':'); t.Expect('['); store = StoreKind.Mem; storeOffset = (long)t.Number(); t.Expect(']'); }
            else if (w.StartsWith("ind", StringComparison.Ordinal))
            {
                SetWidth(ref width, ParseWidth(w));
                t.Expect(':'); t.Expect('['); t.ExpectWord("a");
                store = StoreKind.Ind; storeOffset = t.SignedOffset(); t.Expect(']');
            }
            else throw new FormatException($"bad store '{w}' (expected rN, mem:[ADDR] or indW:[a+OFF])");
        }

        bool storePc = false, setPc = false, end = false;
        long j1 = 0, j2 = 0;
        bool haveJumps = false;
        while (!t.AtEnd)
        {
            var w = t.Word();
            switch (w)
            {
                case "store_pc": storePc = true; break;
                case "set_pc": setPc = true; break;
                case "end": end = true; break;
                case "width":
                    t.Expect(':');
                    SetWidth(ref width, checked((byte)t.Number()));
                    break;
                case "j":
                    t.Expect('(');
                    j1 = t.JumpOffset(paddr); t.Expect(',');
                    j2 = t.JumpOffset(paddr); t.Expect(')');
                    haveJumps = true;
                    break;
                default: throw new FormatException($"unexpected '{w}'");
            }
        }
        if (!haveJumps) throw new FormatException("missing jump offsets j(OFF1, OFF2)");
        return new Instruction
        {
            Paddr = paddr, ASrc = aSrc, A = aVal, BSrc = bSrc, B = bVal, IndWidth = width, Op = op,
            Store = store, StoreOffset = storeOffset, StorePc = storePc, SetPc = setPc,
            JmpOffset1 = j1, JmpOffset2 = j2, End = end,
        };
    }

    static (SourceKind, ulong) ParseSource(ref Tokens t, ref byte width, bool isB)
    {
        var w = t.Word();
        if (w == "c") return (SourceKind.LastC, 0);
        if (w == "step") return (SourceKind.Step, 0);
        if (w.StartsWith('r') && w.Length > 1 && char.IsDigit(w[1])) return (SourceKind.Reg, (ulong)ParseRegister(w));
        if (w == "imm") { t.Expect(':'); return (SourceKind.Imm, t.Number()); }
        if (w == "mem") { t.Expect(':'); t.Expect('['); var v = t.Number(); t.Expect(']'); return (SourceKind.Mem, v); }
        if (w.StartsWith("ind", StringComparison.Ordinal))
        {
            if (!isB) throw new FormatException("an indirect source is only allowed for b");
            SetWidth(ref width, ParseWidth(w));
            t.Expect(':'); t.Expect('['); t.ExpectWord("a");
            var off = t.SignedOffset(); t.Expect(']');
            return (SourceKind.Ind, (ulong)off);
        }
        throw new FormatException($"bad source '{w}' (expected c, rN, imm:V, mem:[ADDR], ind<W>:[a+OFF] or step)");
    }

    static int ParseRegister(string w)
    {
        if (!int.TryParse(w.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int r) || r >= MemoryMap.RegisterCount)
            throw new FormatException($"bad register '{w}' (r0..r31)");
        return r;
    }

    static byte ParseWidth(string w) => w switch
    {
        "ind1" => 1, "ind2" => 2, "ind4" => 4, "ind8" => 8,
        _ => throw new FormatException($"bad indirect width '{w}' (ind1, ind2, ind4 or ind8)"),
    };

    static void SetWidth(ref byte width, byte w)
    {
        if (width != 0 && width != w) throw new FormatException($"conflicting indirect widths {width} and {w} (one ind_width per instruction)");
        width = w;
    }

    /// <summary>A tiny tokenizer over one line.</summary>
    ref struct Tokens(string text, LabelResolver? labels)
    {
        readonly string _s = text;
        int _p;

        public bool AtEnd { get { Skip(); return _p >= _s.Length; } }

        void Skip() { while (_p < _s.Length && char.IsWhiteSpace(_s[_p])) _p++; }

        public bool TryAddressPrefix(out ulong addr)
        {
            Skip();
            int save = _p;
            if (_p + 1 < _s.Length && _s[_p] == '0' && (_s[_p + 1] == 'x' || _s[_p + 1] == 'X'))
            {
                var v = Number();
                Skip();
                if (_p < _s.Length && _s[_p] == ':') { _p++; addr = v; return true; }
            }
            _p = save;
            addr = 0;
            return false;
        }

        public string Word()
        {
            Skip();
            int start = _p;
            while (_p < _s.Length && (char.IsLetterOrDigit(_s[_p]) || _s[_p] == '_')) _p++;
            if (start == _p) throw new FormatException(_p < _s.Length ? $"unexpected '{_s[_p]}'" : "unexpected end of line");
            return _s[start.._p];
        }

        public void ExpectWord(string w)
        {
            var got = Word();
            if (got != w) throw new FormatException($"expected '{w}', found '{got}'");
        }

        public void Expect(char c)
        {
            Skip();
            if (_p >= _s.Length || _s[_p] != c) throw new FormatException($"expected '{c}'" + (_p < _s.Length ? $", found '{_s[_p]}'" : " at end of line"));
            _p++;
        }

        public bool TryArrow()
        {
            Skip();
            if (_p + 1 < _s.Length && _s[_p] == '-' && _s[_p + 1] == '>') { _p += 2; return true; }
            return false;
        }

        /// <summary>A 64-bit number: decimal (maybe negative, two's complement), 0x-hex, or @label.</summary>
        public ulong Number()
        {
            Skip();
            if (_p < _s.Length && _s[_p] == '@') return Label();
            bool neg = false;
            if (_p < _s.Length && (_s[_p] == '-' || _s[_p] == '+')) { neg = _s[_p] == '-'; _p++; }
            ulong mag;
            if (_p + 1 < _s.Length && _s[_p] == '0' && (_s[_p + 1] == 'x' || _s[_p + 1] == 'X'))
            {
                _p += 2;
                int start = _p;
                while (_p < _s.Length && Uri.IsHexDigit(_s[_p])) _p++;
                if (start == _p || !ulong.TryParse(_s.AsSpan(start, _p - start), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out mag))
                    throw new FormatException("bad hex number");
            }
            else
            {
                int start = _p;
                while (_p < _s.Length && char.IsAsciiDigit(_s[_p])) _p++;
                if (start == _p || !ulong.TryParse(_s.AsSpan(start, _p - start), NumberStyles.None, CultureInfo.InvariantCulture, out mag))
                    throw new FormatException(start == _p ? "expected a number" : "number out of range");
            }
            if (neg && mag > 1UL << 63) throw new FormatException("negative number out of range");
            return neg ? (ulong)-(long)mag : mag;
        }

        /// <summary>+0xN / -0xN (or decimal) as a signed offset.</summary>
        public long SignedOffset()
        {
            Skip();
            if (_p >= _s.Length || (_s[_p] != '+' && _s[_p] != '-')) throw new FormatException("expected an offset +N or -N");
            return (long)Number();
        }

        /// <summary>A jump offset: a number, or @label meaning label − paddr.</summary>
        public long JumpOffset(ulong paddr)
        {
            Skip();
            if (_p < _s.Length && _s[_p] == '@') return (long)(Label() - paddr);
            return (long)Number();
        }

        ulong Label()
        {
            _p++; // '@'
            int start = _p;
            while (_p < _s.Length && (char.IsLetterOrDigit(_s[_p]) || _s[_p] is '_' or '.' or '$')) _p++;
            var name = _s[start.._p];
            if (name.Length == 0) throw new FormatException("empty label after '@'");
            if (labels is null) throw new FormatException($"label @{name} used outside a program");
            return labels(name) ?? throw new FormatException($"undefined label @{name}");
        }
    }
}
