namespace ZiskLlc.Llvm;

/// <summary>LLVM instruction and constant-expression opcodes; values are LLVM 22's <c>LLVMOpcode</c> (Core.h).</summary>
public enum IrOpcode
{
    /// <summary>Not an instruction (or an opcode this binding does not know).</summary>
    None = 0,
    Ret = 1, Br = 2, Switch = 3, IndirectBr = 4, Invoke = 5, Unreachable = 7, CallBr = 67,
    FNeg = 66,
    Add = 8, FAdd = 9, Sub = 10, FSub = 11, Mul = 12, FMul = 13, UDiv = 14, SDiv = 15, FDiv = 16,
    URem = 17, SRem = 18, FRem = 19,
    Shl = 20, LShr = 21, AShr = 22, And = 23, Or = 24, Xor = 25,
    Alloca = 26, Load = 27, Store = 28, GetElementPtr = 29,
    Trunc = 30, ZExt = 31, SExt = 32, FPToUI = 33, FPToSI = 34, UIToFP = 35, SIToFP = 36,
    FPTrunc = 37, FPExt = 38, PtrToInt = 39, PtrToAddr = 69, IntToPtr = 40, BitCast = 41, AddrSpaceCast = 60,
    ICmp = 42, FCmp = 43, Phi = 44, Call = 45, Select = 46, UserOp1 = 47, UserOp2 = 48, VAArg = 49,
    ExtractElement = 50, InsertElement = 51, ShuffleVector = 52, ExtractValue = 53, InsertValue = 54, Freeze = 68,
    Fence = 55, AtomicCmpXchg = 56, AtomicRMW = 57,
    Resume = 58, LandingPad = 59, CleanupRet = 61, CatchRet = 62, CatchPad = 63, CleanupPad = 64, CatchSwitch = 65,
}

/// <summary>LLVM type kinds; values are LLVM 22's <c>LLVMTypeKind</c>.</summary>
public enum IrTypeKind
{
    Void = 0, Half = 1, Float = 2, Double = 3, X86Fp80 = 4, Fp128 = 5, PpcFp128 = 6, Label = 7,
    Integer = 8, Function = 9, Struct = 10, Array = 11, Pointer = 12, Vector = 13, Metadata = 14,
    Token = 16, ScalableVector = 17, BFloat = 18, X86Amx = 19, TargetExt = 20,
}

/// <summary>LLVM value kinds; values are LLVM 22's <c>LLVMValueKind</c> (declaration order).</summary>
public enum IrValueKind
{
    Argument, BasicBlock, MemoryUse, MemoryDef, MemoryPhi,
    Function, GlobalAlias, GlobalIFunc, GlobalVariable, BlockAddress, ConstantExpr, ConstantArray,
    ConstantStruct, ConstantVector,
    Undef, ConstantAggregateZero, ConstantDataArray, ConstantDataVector, ConstantInt, ConstantFP,
    ConstantPointerNull, ConstantTokenNone,
    MetadataAsValue, InlineAsm,
    Instruction, Poison, ConstantTargetNone, ConstantPtrAuth,
}

/// <summary>Integer comparison predicates; values are LLVM 22's <c>LLVMIntPredicate</c>.</summary>
public enum IrIntPredicate
{
    None = 0, Eq = 32, Ne, Ugt, Uge, Ult, Ule, Sgt, Sge, Slt, Sle,
}

/// <summary>An fcmp predicate (LLVMRealPredicate): O… ordered (false if either is NaN), U… unordered (true if either is).</summary>
public enum IrRealPredicate
{
    False = 0, Oeq, Ogt, Oge, Olt, Ole, One, Ord, Uno, Ueq, Ugt, Uge, Ult, Ule, Une, True,
}

/// <summary>Severity of a diagnostic collected while reading IR.</summary>
public enum IrDiagnosticSeverity { Error, Warning, Remark, Note }

/// <summary>A message LLVM or the loader produced while reading IR (returned, never printed by the library).</summary>
public readonly record struct IrDiagnostic(IrDiagnosticSeverity Severity, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Message}";
}
