namespace ZiskLlc.Isa;

/// <summary>ZisK opcodes (spec §3.1). The numeric value is the opcode byte of the ROM.</summary>
public enum Opcode : byte
{
    Flag = 0x00, CopyB = 0x01,
    Minu = 0x02, Min = 0x03, Maxu = 0x04, Max = 0x05, Ltu = 0x06, Lt = 0x07,
    Eq = 0x09, Add = 0x0a, Sub = 0x0b, Leu = 0x0c, Le = 0x0d, And = 0x0e, Or = 0x0f, Xor = 0x10,
    MinuW = 0x12, MinW = 0x13, MaxuW = 0x14, MaxW = 0x15, LtuW = 0x16, LtW = 0x17,
    EqW = 0x19, AddW = 0x1a, SubW = 0x1b, LeuW = 0x1c, LeW = 0x1d,
    Sll = 0x21, Srl = 0x22, Sra = 0x23, SllW = 0x24, SrlW = 0x25, SraW = 0x26,
    SignExtendB = 0x27, SignExtendH = 0x28, SignExtendW = 0x29,
    PubOut = 0x30,
    Mulu = 0xb0, Muluh = 0xb1, Mulsuh = 0xb3, Mul = 0xb4, Mulh = 0xb5, MulW = 0xb6,
    Divu = 0xb8, Remu = 0xb9, Div = 0xba, Rem = 0xbb, DivuW = 0xbc, RemuW = 0xbd, DivW = 0xbe, RemW = 0xbf,
    DmaMemCpy = 0xd0, DmaMemCmp = 0xd1, DmaInputCpy = 0xd2, DmaXMemCpy = 0xd6, DmaXMemCmp = 0xd7, DmaXMemSet = 0xd9,
    Profile = 0xe0, Poseidon2 = 0xe1, Arith384Mod = 0xe2,
    Bls12_381CurveAdd = 0xe3, Bls12_381CurveDbl = 0xe4,
    Bls12_381ComplexAdd = 0xe5, Bls12_381ComplexSub = 0xe6, Bls12_381ComplexMul = 0xe7,
    Secp256r1Add = 0xe8, Secp256r1Dbl = 0xe9, Blake2 = 0xea,
    Add256 = 0xf0, Keccak = 0xf1, Arith256 = 0xf2, Arith256Mod = 0xf3, Secp256k1Add = 0xf4, Secp256k1Dbl = 0xf5,
    FcallParam = 0xf6, Fcall = 0xf7, FcallGet = 0xf8, Sha256 = 0xf9,
    Bn254CurveAdd = 0xfa, Bn254CurveDbl = 0xfb, Bn254ComplexAdd = 0xfc, Bn254ComplexSub = 0xfd, Bn254ComplexMul = 0xfe,
    Halt = 0xff,
}

/// <summary>Operation types of `zisk_ops.rs` (spec §1.2, §3.1). Arith stands for both ArithAm32 and ArithA32.</summary>
public enum OpType : byte
{
    Internal, Arith, Binary, BinaryE, Keccak, Sha256, Poseidon2, Blake2, PubOut, ArithEq, ArithEq384, BigInt, Dma, Fcall, Profile,
}
