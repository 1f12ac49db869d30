using System.Runtime.InteropServices;

namespace ZiskLlc.Llvm.Interop;

/// <summary>
/// Layer 1 of the LLVM binding: raw, blittable P/Invoke declarations of the LLVM 22 C API functions
/// zisk-llc uses, and nothing else. Handles are <c>nint</c>, strings are <c>byte*</c> (UTF-8, NUL
/// terminated unless a length is returned), LLVMBool is <c>int</c>, out-parameters are pointers.
/// No marshalling happens here; ownership rules are handled by <see cref="LlvmSession"/> and
/// <see cref="NativeText"/>. The library name is resolved by <see cref="LlvmLibrary"/> (never by the
/// runtime's default probing, which could pick another LLVM version).
/// Declarations follow the headers in /usr/lib/llvm-22/include/llvm-c/ (Core.h unless noted).
/// </summary>
internal static unsafe partial class LlvmNative
{
    /// <summary>The name the resolver maps to the located libLLVM 22 (deliberately not a real file name).</summary>
    internal const string Lib = "zisk-llc-libLLVM-22";

    // ---- Support / errors (Core.h, Error.h, ErrorHandling.h) ----
    [LibraryImport(Lib)] internal static partial void LLVMGetVersion(uint* major, uint* minor, uint* patch);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeMessage(byte* message);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetErrorMessage(nint err);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeErrorMessage(byte* message);
    [LibraryImport(Lib)] internal static partial void LLVMInstallFatalErrorHandler(delegate* unmanaged<byte*, void> handler);

    // ---- Context and diagnostics ----
    [LibraryImport(Lib)] internal static partial nint LLVMContextCreate();
    [LibraryImport(Lib)] internal static partial void LLVMContextDispose(nint context);
    [LibraryImport(Lib)] internal static partial void LLVMContextSetDiagnosticHandler(nint context, delegate* unmanaged<nint, nint, void> handler, nint handlerContext);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetDiagInfoDescription(nint diagnosticInfo);
    [LibraryImport(Lib)] internal static partial int LLVMGetDiagInfoSeverity(nint diagnosticInfo);

    // ---- Memory buffers, parsing, linking, verification (IRReader.h, Linker.h, Analysis.h) ----
    [LibraryImport(Lib)] internal static partial nint LLVMCreateMemoryBufferWithMemoryRangeCopy(byte* data, nuint length, byte* bufferName);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeMemoryBuffer(nint buffer);
    [LibraryImport(Lib)] internal static partial int LLVMParseIRInContext2(nint context, nint buffer, nint* outModule, byte** outMessage);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeModule(nint module);
    [LibraryImport(Lib)] internal static partial int LLVMWriteBitcodeToFile(nint module, byte* path);
    [LibraryImport(Lib)] internal static partial int LLVMLinkModules2(nint dest, nint src);
    [LibraryImport(Lib)] internal static partial int LLVMVerifyModule(nint module, int action, byte** outMessage);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetTarget(nint module);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetDataLayoutStr(nint module);
    [LibraryImport(Lib)] internal static partial byte* LLVMPrintModuleToString(nint module);

    // ---- Target data (Target.h); the module's TargetData is owned by the module ----
    [LibraryImport(Lib)] internal static partial nint LLVMGetModuleDataLayout(nint module);
    [LibraryImport(Lib)] internal static partial uint LLVMPointerSize(nint targetData);
    [LibraryImport(Lib)] internal static partial int LLVMByteOrder(nint targetData);
    [LibraryImport(Lib)] internal static partial ulong LLVMABISizeOfType(nint targetData, nint type);
    [LibraryImport(Lib)] internal static partial ulong LLVMStoreSizeOfType(nint targetData, nint type);
    [LibraryImport(Lib)] internal static partial ulong LLVMSizeOfTypeInBits(nint targetData, nint type);
    [LibraryImport(Lib)] internal static partial uint LLVMABIAlignmentOfType(nint targetData, nint type);
    [LibraryImport(Lib)] internal static partial ulong LLVMOffsetOfElement(nint targetData, nint structType, uint element);

    // ---- Target machine and passes (TargetMachine.h, Transforms/PassBuilder.h) ----
    [LibraryImport(Lib)] internal static partial void LLVMInitializeRISCVTargetInfo();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeRISCVTarget();
    [LibraryImport(Lib)] internal static partial void LLVMInitializeRISCVTargetMC();
    [LibraryImport(Lib)] internal static partial int LLVMGetTargetFromTriple(byte* triple, nint* outTarget, byte** outMessage);
    [LibraryImport(Lib)] internal static partial nint LLVMCreateTargetMachine(nint target, byte* triple, byte* cpu, byte* features, int level, int reloc, int codeModel);
    [LibraryImport(Lib)] internal static partial void LLVMDisposeTargetMachine(nint machine);
    [LibraryImport(Lib)] internal static partial nint LLVMCreatePassBuilderOptions();
    [LibraryImport(Lib)] internal static partial void LLVMDisposePassBuilderOptions(nint options);
    [LibraryImport(Lib)] internal static partial nint LLVMRunPasses(nint module, byte* passes, nint machine, nint options);
    [LibraryImport(Lib)] internal static partial nint LLVMRunPassesOnFunction(nint function, byte* passes, nint machine, nint options);
    [LibraryImport(Lib)] internal static partial void LLVMParseCommandLineOptions(int argc, byte** argv, byte* overview);

    // ---- Metadata (Core.h, DebugInfo.h): loop IDs ----
    [LibraryImport(Lib)] internal static partial uint LLVMGetMDKindIDInContext(nint context, byte* name, uint length);
    [LibraryImport(Lib)] internal static partial nint LLVMGetMetadata(nint instruction, uint kind);
    [LibraryImport(Lib)] internal static partial void LLVMSetMetadata(nint instruction, uint kind, nint node);
    [LibraryImport(Lib)] internal static partial uint LLVMGetMDNodeNumOperands(nint node);
    [LibraryImport(Lib)] internal static partial void LLVMGetMDNodeOperands(nint node, nint* dest);
    [LibraryImport(Lib)] internal static partial nint LLVMMDStringInContext2(nint context, byte* text, nuint length);
    [LibraryImport(Lib)] internal static partial nint LLVMMDNodeInContext2(nint context, nint* metadata, nuint count);
    [LibraryImport(Lib)] internal static partial nint LLVMMetadataAsValue(nint context, nint metadata);
    [LibraryImport(Lib)] internal static partial nint LLVMValueAsMetadata(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMTemporaryMDNode(nint context, nint* metadata, nuint count);
    [LibraryImport(Lib)] internal static partial void LLVMMetadataReplaceAllUsesWith(nint temporary, nint replacement);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetMDString(nint value, uint* length);

    // ---- Module contents ----
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstFunction(nint module);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNextFunction(nint function);
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstGlobal(nint module);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNextGlobal(nint global);
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstGlobalAlias(nint module);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNextGlobalAlias(nint alias);
    [LibraryImport(Lib)] internal static partial nint LLVMAliasGetAliasee(nint alias);

    // ---- Values ----
    [LibraryImport(Lib)] internal static partial nint LLVMTypeOf(nint value);
    [LibraryImport(Lib)] internal static partial int LLVMGetValueKind(nint value);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetValueName2(nint value, nuint* length);
    [LibraryImport(Lib)] internal static partial byte* LLVMPrintValueToString(nint value);
    [LibraryImport(Lib)] internal static partial int LLVMGetNumOperands(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMGetOperand(nint value, uint index);
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstUse(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNextUse(nint use);
    [LibraryImport(Lib)] internal static partial nint LLVMGetUser(nint use);
    [LibraryImport(Lib)] internal static partial int LLVMIsUndef(nint value);
    [LibraryImport(Lib)] internal static partial int LLVMIsPoison(nint value);
    [LibraryImport(Lib)] internal static partial ulong LLVMConstIntGetZExtValue(nint value);
    [LibraryImport(Lib)] internal static partial int LLVMGetConstOpcode(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMGetAggregateElement(nint value, uint index);
    [LibraryImport(Lib)] internal static partial nint LLVMIsAConstantDataSequential(nint value);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetRawDataValues(nint value, nuint* sizeInBytes);

    // ---- Global values, functions, blocks ----
    [LibraryImport(Lib)] internal static partial int LLVMIsDeclaration(nint global);
    [LibraryImport(Lib)] internal static partial int LLVMGetLinkage(nint global);
    [LibraryImport(Lib)] internal static partial void LLVMSetLinkage(nint global, int linkage);
    [LibraryImport(Lib)] internal static partial void LLVMSetVisibility(nint global, int visibility);
    [LibraryImport(Lib)] internal static partial void LLVMSetComdat(nint global, nint comdat);
    [LibraryImport(Lib)] internal static partial nint LLVMGlobalGetValueType(nint global);
    [LibraryImport(Lib)] internal static partial uint LLVMGetAlignment(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMGetInitializer(nint globalVariable);
    [LibraryImport(Lib)] internal static partial int LLVMIsGlobalConstant(nint globalVariable);
    [LibraryImport(Lib)] internal static partial uint LLVMGetIntrinsicID(nint function);
    [LibraryImport(Lib)] internal static partial uint LLVMCountParams(nint function);
    [LibraryImport(Lib)] internal static partial nint LLVMGetParam(nint function, uint index);
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstBasicBlock(nint function);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNextBasicBlock(nint block);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetBasicBlockName(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMBasicBlockAsValue(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMValueAsBasicBlock(nint value);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBlockAddressFunction(nint blockAddr);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBlockAddressBasicBlock(nint blockAddr);
    [LibraryImport(Lib)] internal static partial int LLVMGetNSW(nint arithInst);
    [LibraryImport(Lib)] internal static partial int LLVMGetNNeg(nint nonNegInst);
    [LibraryImport(Lib)] internal static partial int LLVMGetIsDisjoint(nint inst);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNamedFunction(nint module, byte* name);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNamedGlobal(nint module, byte* name);
    [LibraryImport(Lib)] internal static partial double LLVMConstRealGetDouble(nint constantVal, int* losesInfo);
    [LibraryImport(Lib)] internal static partial uint LLVMGetEnumAttributeKindForName(byte* name, nuint length);
    [LibraryImport(Lib)] internal static partial nint LLVMGetEnumAttributeAtIndex(nint function, uint index, uint kind);
    [LibraryImport(Lib)] internal static partial nint LLVMGetCallSiteEnumAttribute(nint call, uint index, uint kind);
    [LibraryImport(Lib)] internal static partial int LLVMGetNUW(nint arithInst);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBasicBlockParent(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMGetFirstInstruction(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMGetBasicBlockTerminator(nint block);
    [LibraryImport(Lib)] internal static partial nint LLVMGetNextInstruction(nint instruction);

    // ---- Instructions ----
    [LibraryImport(Lib)] internal static partial int LLVMGetInstructionOpcode(nint instruction);
    [LibraryImport(Lib)] internal static partial nint LLVMGetInstructionParent(nint instruction);
    [LibraryImport(Lib)] internal static partial int LLVMGetICmpPredicate(nint instruction);
    [LibraryImport(Lib)] internal static partial int LLVMGetFCmpPredicate(nint instruction);
    [LibraryImport(Lib)] internal static partial uint LLVMGetNumSuccessors(nint terminator);
    [LibraryImport(Lib)] internal static partial nint LLVMGetSuccessor(nint terminator, uint index);
    [LibraryImport(Lib)] internal static partial nint LLVMGetSwitchCaseValue(nint switchInstruction, uint successorIndex);
    [LibraryImport(Lib)] internal static partial nint LLVMGetSwitchDefaultDest(nint switchInstruction);
    [LibraryImport(Lib)] internal static partial uint LLVMCountIncoming(nint phi);
    [LibraryImport(Lib)] internal static partial nint LLVMGetIncomingValue(nint phi, uint index);
    [LibraryImport(Lib)] internal static partial nint LLVMGetIncomingBlock(nint phi, uint index);
    [LibraryImport(Lib)] internal static partial nint LLVMGetGEPSourceElementType(nint gep);
    [LibraryImport(Lib)] internal static partial nint LLVMGetAllocatedType(nint alloca);
    [LibraryImport(Lib)] internal static partial uint LLVMGetNumIndices(nint instruction);
    [LibraryImport(Lib)] internal static partial uint* LLVMGetIndices(nint instruction);
    [LibraryImport(Lib)] internal static partial nint LLVMGetCalledValue(nint call);
    [LibraryImport(Lib)] internal static partial nint LLVMGetCalledFunctionType(nint call);
    [LibraryImport(Lib)] internal static partial uint LLVMGetNumArgOperands(nint call);
    [LibraryImport(Lib)] internal static partial int LLVMIsAtomic(nint instruction);
    [LibraryImport(Lib)] internal static partial int LLVMGetVolatile(nint instruction);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetInlineAsmAsmString(nint inlineAsm, nuint* length);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetInlineAsmConstraintString(nint inlineAsm, nuint* length);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetDebugLocFilename(nint value, uint* length);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetDebugLocDirectory(nint value, uint* length);
    [LibraryImport(Lib)] internal static partial uint LLVMGetDebugLocLine(nint value);
    [LibraryImport(Lib)] internal static partial uint LLVMGetDebugLocColumn(nint value);

    // ---- Types ----
    [LibraryImport(Lib)] internal static partial int LLVMGetTypeKind(nint type);
    [LibraryImport(Lib)] internal static partial byte* LLVMPrintTypeToString(nint type);
    [LibraryImport(Lib)] internal static partial uint LLVMGetIntTypeWidth(nint type);
    [LibraryImport(Lib)] internal static partial uint LLVMCountStructElementTypes(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMStructGetTypeAtIndex(nint type, uint index);
    [LibraryImport(Lib)] internal static partial int LLVMIsPackedStruct(nint type);
    [LibraryImport(Lib)] internal static partial int LLVMIsOpaqueStruct(nint type);
    [LibraryImport(Lib)] internal static partial byte* LLVMGetStructName(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMGetElementType(nint type);
    [LibraryImport(Lib)] internal static partial ulong LLVMGetArrayLength2(nint type);
    [LibraryImport(Lib)] internal static partial uint LLVMGetVectorSize(nint type);
    [LibraryImport(Lib)] internal static partial nint LLVMGetReturnType(nint functionType);
    [LibraryImport(Lib)] internal static partial uint LLVMCountParamTypes(nint functionType);
    [LibraryImport(Lib)] internal static partial void LLVMGetParamTypes(nint functionType, nint* dest);
    [LibraryImport(Lib)] internal static partial int LLVMIsFunctionVarArg(nint functionType);
}
