/* Csmith 2.3.0 --seed 10 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 1E06BD9A */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 10 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      10
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   const volatile signed f0 : 19;
   volatile signed f1 : 28;
   unsigned f2 : 14;
   unsigned f3 : 2;
   signed f4 : 9;
   const volatile signed f5 : 28;
   volatile signed f6 : 10;
   const uint64_t  f7;
   signed f8 : 30;
   volatile signed f9 : 14;
};
#pragma pack(pop)

struct S1 {
   int16_t  f0;
   int32_t  f1;
   const volatile int64_t  f2;
   volatile signed f3 : 8;
   unsigned f4 : 6;
   int16_t  f5;
   unsigned f6 : 10;
   uint64_t  f7;
};

#pragma pack(push)
#pragma pack(1)
struct S2 {
   volatile signed f0 : 30;
   const volatile unsigned f1 : 10;
   unsigned f2 : 15;
   unsigned f3 : 19;
   unsigned f4 : 20;
   unsigned f5 : 1;
};
#pragma pack(pop)

struct S4 {
   const signed f0 : 26;
   const unsigned f1 : 29;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_2 = 0x628405CEL;
static int32_t g_4 = 2L;
static volatile uint32_t g_5 = 18446744073709551611UL;/* VOLATILE GLOBAL g_5 */
static int64_t g_13[9][7][3] = {{{0x3E4C996E1580EB60LL,0x8B293C34F9703980LL,0x79B6842A457AFC49LL},{5L,0x8B293C34F9703980LL,0xFD71021F5EB7F464LL},{(-1L),0x3E4C996E1580EB60LL,(-6L)},{0L,0L,0x7726B4FF510212AELL},{(-7L),0x3CE717999919139FLL,(-1L)},{0x5E2623EE1E161E41LL,(-1L),0x79B6842A457AFC49LL},{1L,(-7L),5L}},{{0xEEDA7DA9FC5C2DA5LL,0x5E2623EE1E161E41LL,0x79B6842A457AFC49LL},{0L,0x6CD219FA4A603D2CLL,(-1L)},{0x3E3674DCCE65120BLL,0x3E4C996E1580EB60LL,0x7726B4FF510212AELL},{0x9E4A0435E45DB0FFLL,(-1L),(-6L)},{(-7L),0x0F3BBA684A08DEB2LL,0xFD71021F5EB7F464LL},{0x6CD219FA4A603D2CLL,0x9E4A0435E45DB0FFLL,0x79B6842A457AFC49LL},{0x6CD219FA4A603D2CLL,0xEEDA7DA9FC5C2DA5LL,0x9E4A0435E45DB0FFLL}},{{(-7L),0x5E2623EE1E161E41LL,0x5E2623EE1E161E41LL},{0x9E4A0435E45DB0FFLL,(-1L),0x36F914A126529694LL},{0x1E34F9A325CF162CLL,0x6CD219FA4A603D2CLL,0x2AAFA0B2B0402AD9LL},{0xE28AB82AEC7F5175LL,8L,(-1L)},{0x5E2623EE1E161E41LL,(-1L),0x5CECCE005AB13611LL},{0L,8L,0x3E3674DCCE65120BLL},{0x3E3674DCCE65120BLL,0x6CD219FA4A603D2CLL,1L}},{{0x79B6842A457AFC49LL,(-1L),0L},{0xE28AB82AEC7F5175LL,0x3E3674DCCE65120BLL,0x36F914A126529694LL},{(-1L),0x5E2623EE1E161E41LL,5L},{0xFE78DE61175C875FLL,8L,5L},{1L,0xA332A5B4D633C668LL,0x36F914A126529694LL},{0L,(-4L),0L},{0x3CE717999919139FLL,1L,1L}},{{0x5E2623EE1E161E41LL,0x3CE717999919139FLL,0x3E3674DCCE65120BLL},{0xFE78DE61175C875FLL,0x3E3674DCCE65120BLL,0x5CECCE005AB13611LL},{0xFD71021F5EB7F464LL,0x6CD219FA4A603D2CLL,(-1L)},{0xFE78DE61175C875FLL,(-4L),0x2AAFA0B2B0402AD9LL},{0x5E2623EE1E161E41LL,0xFD71021F5EB7F464LL,0x36F914A126529694LL},{0x3CE717999919139FLL,0xE28AB82AEC7F5175LL,0x3E3674DCCE65120BLL},{0L,1L,8L}},{{1L,(-1L),0x0F3BBA684A08DEB2LL},{0xFE78DE61175C875FLL,(-1L),(-6L)},{(-1L),1L,(-1L)},{0xE28AB82AEC7F5175LL,0xE28AB82AEC7F5175LL,5L},{0x79B6842A457AFC49LL,0xFD71021F5EB7F464LL,0x5CECCE005AB13611LL},{0x3E3674DCCE65120BLL,(-4L),0x0F3BBA684A08DEB2LL},{0L,0x6CD219FA4A603D2CLL,0xFE78DE61175C875FLL}},{{0x5E2623EE1E161E41LL,0x3E3674DCCE65120BLL,0x0F3BBA684A08DEB2LL},{0xE28AB82AEC7F5175LL,0x3CE717999919139FLL,0x5CECCE005AB13611LL},{0x1E34F9A325CF162CLL,1L,5L},{8L,(-4L),(-1L)},{0x79B6842A457AFC49LL,0xA332A5B4D633C668LL,(-6L)},{0x3CE717999919139FLL,8L,0x0F3BBA684A08DEB2LL},{0x3CE717999919139FLL,0x5E2623EE1E161E41LL,8L}},{{0x79B6842A457AFC49LL,0x3E3674DCCE65120BLL,0x3E3674DCCE65120BLL},{8L,(-1L),0x36F914A126529694LL},{0x1E34F9A325CF162CLL,0x6CD219FA4A603D2CLL,0x2AAFA0B2B0402AD9LL},{0xE28AB82AEC7F5175LL,8L,(-1L)},{0x5E2623EE1E161E41LL,(-1L),0x5CECCE005AB13611LL},{0L,8L,0x3E3674DCCE65120BLL},{0x3E3674DCCE65120BLL,0x6CD219FA4A603D2CLL,1L}},{{0x79B6842A457AFC49LL,(-1L),0L},{0xE28AB82AEC7F5175LL,0x3E3674DCCE65120BLL,0x36F914A126529694LL},{(-1L),0x5E2623EE1E161E41LL,5L},{0xFE78DE61175C875FLL,8L,5L},{1L,0xA332A5B4D633C668LL,0x36F914A126529694LL},{0L,(-4L),0L},{0x3CE717999919139FLL,1L,1L}}};
static int64_t g_14 = 0xD293E35F2012CB5DLL;
static int64_t g_55[8][5][3] = {{{0L,0L,5L},{0x61CA2EBD359D2D10LL,(-4L),(-6L)},{5L,0x1814A66755D88D3DLL,1L},{0xA1A718AF62F62330LL,1L,0xE92B0D2C86D4C770LL},{0x06E185721BA6C3C0LL,5L,1L}},{{0x0E9DD37137C2AE6BLL,(-1L),(-6L)},{0L,0xBFD67550B1092FBBLL,5L},{1L,1L,(-1L)},{0x8E0DE0C47FC0BD78LL,0L,0x8E0DE0C47FC0BD78LL},{0x757037A9E214278DLL,0x37A7FFAE90203C69LL,1L}},{{9L,0L,0xBFD67550B1092FBBLL},{0x83F5D6BEAEC5E7E4LL,1L,(-4L)},{5L,(-1L),0x07C5320B35339FE2LL},{0x83F5D6BEAEC5E7E4LL,0L,0xE92B0D2C86D4C770LL},{9L,0x233C22C9C813C75FLL,0x0864F5ABE080F988LL}},{{0x757037A9E214278DLL,(-1L),0xA5E0CF2F2894906ALL},{0x07C5320B35339FE2LL,0x8E0DE0C47FC0BD78LL,0x8E0DE0C47FC0BD78LL},{0xA1A718AF62F62330LL,0x757037A9E214278DLL,0L},{1L,9L,0x07C5320B35339FE2LL},{(-4L),0x83F5D6BEAEC5E7E4LL,0xAC514D69EA850200LL}},{{(-4L),5L,0L},{0xFC7D00C9FB391C60LL,0x83F5D6BEAEC5E7E4LL,0x61CA2EBD359D2D10LL},{0xB0934BFCA91F7CAELL,9L,(-1L)},{1L,0x757037A9E214278DLL,1L},{5L,0x8E0DE0C47FC0BD78LL,0L}},{{1L,1L,0xA1A718AF62F62330LL},{3L,0L,(-10L)},{0xA1A718AF62F62330LL,0x0E9DD37137C2AE6BLL,0x822BDA668E54706CLL},{0x0864F5ABE080F988LL,0x06E185721BA6C3C0LL,0x07C5320B35339FE2LL},{(-6L),0xA1A718AF62F62330LL,0x822BDA668E54706CLL}},{{0x233C22C9C813C75FLL,5L,(-10L)},{(-4L),0x61CA2EBD359D2D10LL,0xA1A718AF62F62330LL},{0xB0934BFCA91F7CAELL,0L,0L},{1L,(-1L),1L},{0xBFD67550B1092FBBLL,1L,(-1L)}},{{0xA5E0CF2F2894906ALL,1L,0x61CA2EBD359D2D10LL},{(-6L),0xB0934BFCA91F7CAELL,0L},{0xA1A718AF62F62330LL,0x9A62DAC39F6C4539LL,0xAC514D69EA850200LL},{(-6L),0xA6500C2479274D83LL,0x07C5320B35339FE2LL},{0xA5E0CF2F2894906ALL,1L,0L}}};
static int32_t g_69 = 0xCC3ECA65L;
static int64_t * volatile g_88[7] = {&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1]};
static int64_t * volatile *g_87 = &g_88[6];
static int32_t *g_97 = &g_4;
static int16_t g_102 = 0x28BBL;
static uint8_t g_105 = 255UL;
static uint8_t g_113 = 0x9DL;
static struct S1 g_121[1][7][4] = {{{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}},{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}},{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}},{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}},{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}},{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}},{{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL},{-10L,0xCD82EB31L,0x76630CE8C50E43E2LL,9,3,1L,28,18446744073709551608UL}}}};
static uint16_t g_127 = 0UL;
static volatile struct S1 g_146 = {1L,-1L,0x0A758AB5E4248502LL,11,1,5L,2,0x2886F20A964B1B77LL};/* VOLATILE GLOBAL g_146 */
static volatile struct S1 *g_145 = &g_146;
static volatile struct S1 **g_144 = &g_145;
static uint64_t g_150[4][4][4] = {{{0xC591C3BF266B89E3LL,18446744073709551615UL,0x3B070FD17AD34EA4LL,0UL},{1UL,18446744073709551615UL,0xC7286EC0BB6850A1LL,1UL},{18446744073709551614UL,0x16B741F67890D70BLL,0x333A4172F5B41CB9LL,0x3B070FD17AD34EA4LL},{18446744073709551615UL,1UL,18446744073709551615UL,18446744073709551615UL}},{{0x3B070FD17AD34EA4LL,0x37000C01DFA8A070LL,8UL,18446744073709551614UL},{0UL,0x636BEBD653036A65LL,0x887C8462C5719902LL,0x37000C01DFA8A070LL},{0xFEE0E1254D81AA49LL,8UL,0x887C8462C5719902LL,0xC7286EC0BB6850A1LL},{0UL,0UL,8UL,1UL}},{{0x3B070FD17AD34EA4LL,4UL,18446744073709551615UL,0UL},{18446744073709551615UL,0UL,0x333A4172F5B41CB9LL,18446744073709551608UL},{18446744073709551614UL,0xC7286EC0BB6850A1LL,0xC7286EC0BB6850A1LL,18446744073709551614UL},{1UL,0x691629920BD12985LL,0x3B070FD17AD34EA4LL,0x98E71E22622BEF45LL}},{{0xC591C3BF266B89E3LL,0x333A4172F5B41CB9LL,18446744073709551614UL,4UL},{0x636BEBD653036A65LL,1UL,0UL,4UL},{5UL,0x333A4172F5B41CB9LL,0x3055AC83A632E2ADLL,0x98E71E22622BEF45LL},{0xC7286EC0BB6850A1LL,0x691629920BD12985LL,5UL,18446744073709551614UL}}};
static uint16_t g_154[7] = {0xB364L,0xB364L,0xB364L,0xB364L,0xB364L,0xB364L,0xB364L};
static struct S0 g_160 = {594,-8917,3,1,4,11529,11,0x49FEBDC361073647LL,-30630,-80};/* VOLATILE GLOBAL g_160 */
static int8_t g_176 = 0x4CL;
static uint32_t g_177 = 0xC1E1AD13L;
static volatile uint16_t * const  volatile *g_224 = (void*)0;
static int64_t g_228 = (-9L);
static struct S2 g_246[1][3][1] = {{{{-31834,27,139,644,393,0}},{{-31834,27,139,644,393,0}},{{-31834,27,139,644,393,0}}}};
static struct S2 g_247 = {-1592,1,148,654,326,0};/* VOLATILE GLOBAL g_247 */
static struct S2 g_248 = {10406,4,169,550,888,0};/* VOLATILE GLOBAL g_248 */
static struct S2 g_249 = {-10905,29,59,713,169,0};/* VOLATILE GLOBAL g_249 */
static struct S2 g_250 = {-31561,16,3,37,233,0};/* VOLATILE GLOBAL g_250 */
static struct S2 g_251 = {-8974,12,167,484,13,0};/* VOLATILE GLOBAL g_251 */
static struct S2 g_252 = {-21854,14,34,40,996,0};/* VOLATILE GLOBAL g_252 */
static struct S2 g_253 = {29615,21,63,610,582,0};/* VOLATILE GLOBAL g_253 */
static struct S0 g_259[8] = {{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85},{-230,-2301,86,0,-10,10110,-23,0xBE1737AA7C1C7358LL,25338,85}};
static struct S0 g_261 = {40,9929,47,1,7,-7280,-26,0x7BF1E7EB242AB39ALL,-8004,-47};/* VOLATILE GLOBAL g_261 */
static struct S4 g_292 = {4953,2866};
static int8_t g_312 = 0L;
static volatile struct S0 g_391 = {564,10556,105,0,-2,4266,-26,18446744073709551607UL,18026,-80};/* VOLATILE GLOBAL g_391 */
static volatile struct S0 *g_390 = &g_391;


/* --- FORWARD DECLARATIONS --- */
static struct S1  func_1(void);
static uint8_t  func_24(int64_t * p_25, int64_t * p_26, int64_t * p_27);
static int64_t * func_28(int8_t  p_29, uint64_t  p_30, int32_t * p_31, int32_t  p_32);
static uint32_t  func_38(int64_t * p_39, int32_t * const  p_40, uint16_t  p_41, int64_t * p_42, int64_t * p_43);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_4 g_5 g_55 g_87 g_69 g_97 g_105 g_102 g_121.f7 g_113 g_121.f1 g_144 g_150 g_154 g_160.f3 g_160.f4 g_177 g_160.f7 g_250.f5 g_292 g_248.f2 g_249.f4 g_250.f3 g_253.f4 g_250.f4 g_252.f3 g_251.f5 g_251.f3 g_160.f2 g_121.f5 g_261.f8 g_176 g_253.f3 g_261.f4 g_251.f2 g_252.f5 g_261.f7 g_390 g_228 g_259.f3 g_145 g_146
 * writes: g_4 g_5 g_13 g_14 g_2 g_69 g_97 g_102 g_105 g_113 g_127 g_150 g_154 g_160.f4 g_177 g_144 g_176 g_312 g_55 g_228 g_121.f5 g_390
 */
static struct S1  func_1(void)
{ /* block id: 0 */
    int32_t *l_3[9][7] = {{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4}};
    uint32_t l_11 = 4294967290UL;
    int64_t *l_181 = &g_55[5][4][1];
    uint32_t l_402[9] = {4294967288UL,0xB610229DL,4294967288UL,4294967288UL,0xB610229DL,4294967288UL,4294967288UL,0xB610229DL,4294967288UL};
    int i, j;
    g_4 &= g_2;
    if (g_2)
    { /* block id: 2 */
        --g_5;
        g_4 &= 0xB870004DL;
    }
    else
    { /* block id: 5 */
        uint32_t l_10 = 0x656540F2L;
        int64_t *l_12 = &g_13[7][2][2];
        int32_t *l_33 = &g_4;
        int32_t l_401 = 0x2536E22FL;
        if (((safe_sub_func_int64_t_s_s(l_10, ((*l_12) = (g_4 <= (l_11 = l_10))))) > g_4))
        { /* block id: 8 */
            int16_t l_15 = 0x1DBDL;
            int64_t *l_16 = &g_14;
            int32_t l_398 = (-1L);
            int32_t l_399 = 0L;
            int32_t l_400 = 0xD58362ADL;
            l_398 |= ((((g_14 = ((void*)0 == &g_4)) != l_15) , ((*l_16) = (((*l_12) = 0xFB3486B686461D90LL) && l_15))) <= (!(safe_rshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s(g_5, (((safe_mul_func_uint8_t_u_u(func_24(l_16, func_28(g_2, l_10, l_33, g_4), l_181), g_248.f2)) != g_259[3].f3) , 0x17DBL))), l_15))));
            l_402[8]++;
        }
        else
        { /* block id: 161 */
lbl_407:
            g_390 = (void*)0;
            for (g_177 = (-29); (g_177 >= 19); g_177++)
            { /* block id: 165 */
                if (g_102)
                    goto lbl_407;
            }
            (*g_97) = (*g_97);
        }
    }
    return (**g_144);
}


/* ------------------------------------------ */
/* 
 * reads : g_160.f3 g_154 g_105 g_55 g_113 g_160.f7 g_69 g_250.f5 g_292 g_248.f2 g_249.f4 g_250.f3 g_253.f4 g_250.f4 g_252.f3 g_251.f5 g_251.f3 g_160.f2 g_121.f5 g_121.f7 g_261.f8 g_176 g_253.f3 g_261.f4 g_251.f2 g_252.f5 g_261.f7 g_4 g_390 g_228 g_150 g_102
 * writes: g_69 g_144 g_154 g_2 g_176 g_312 g_55 g_228 g_102 g_121.f5 g_390
 */
static uint8_t  func_24(int64_t * p_25, int64_t * p_26, int64_t * p_27)
{ /* block id: 87 */
    uint8_t l_182 = 251UL;
    int32_t l_229 = 0x85221F51L;
    struct S2 *l_245[5][8] = {{&g_253,(void*)0,&g_247,&g_250,(void*)0,&g_250,&g_247,(void*)0},{&g_251,&g_247,&g_253,&g_251,&g_250,&g_250,&g_251,&g_253},{(void*)0,(void*)0,&g_246[0][1][0],&g_248,&g_251,&g_246[0][1][0],&g_251,&g_248},{&g_253,&g_248,&g_253,&g_250,&g_248,&g_247,&g_247,&g_248},{&g_248,&g_247,&g_247,&g_248,&g_250,&g_253,&g_248,&g_253}};
    struct S0 *l_260 = &g_261;
    uint32_t l_262 = 0x37871E8FL;
    int32_t l_294 = 8L;
    int32_t l_314 = 0x8EA86686L;
    int32_t l_315 = 0x752A3EAAL;
    int8_t *l_337 = &g_176;
    struct S1 *l_342 = (void*)0;
    struct S1 **l_341 = &l_342;
    int32_t l_369 = 0x562F081EL;
    int16_t l_394 = 0xCDCEL;
    int i, j;
    if (g_160.f3)
    { /* block id: 88 */
        uint16_t l_187 = 65535UL;
        int32_t *l_202 = &g_69;
        int32_t l_236 = 0L;
        int32_t l_239 = 0x96D253E8L;
        struct S0 *l_258[2][4][6];
        struct S4 l_332 = {-6366,2739};
        int8_t *l_338 = &g_176;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 4; j++)
            {
                for (k = 0; k < 6; k++)
                    l_258[i][j][k] = &g_259[3];
            }
        }
        (*l_202) &= (l_182 , (safe_rshift_func_int8_t_s_s(((safe_rshift_func_int8_t_s_u(l_187, (1UL >= (safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((g_154[1] || ((safe_lshift_func_int8_t_s_s(0x0AL, 0)) | ((safe_mul_func_int8_t_s_s((safe_mod_func_int32_t_s_s(l_187, g_105)), (safe_add_func_int64_t_s_s((*p_26), l_187)))) < l_187))) != 1UL), g_113)), 4L)), l_182))))) , g_160.f7), 7)));
        for (l_187 = 0; (l_187 <= 2); l_187 += 1)
        { /* block id: 92 */
            int16_t *l_212 = &g_121[0][5][0].f5;
            int32_t l_217 = 0L;
            uint16_t *l_223 = (void*)0;
            uint16_t **l_222 = &l_223;
            int64_t l_225[8] = {(-1L),(-1L),2L,(-1L),(-1L),2L,(-1L),(-1L)};
            int64_t *l_226 = &l_225[6];
            int64_t *l_227 = &g_228;
            int32_t *l_233 = &l_217;
            int32_t *l_234 = &g_4;
            int32_t *l_235 = &l_217;
            int32_t *l_237 = &l_217;
            int32_t *l_238[5] = {&l_229,&l_229,&l_229,&l_229,&l_229};
            uint8_t l_240[5][4][9] = {{{0x9BL,0UL,0xCDL,255UL,0x50L,248UL,0x39L,255UL,0xF2L},{0x9BL,0x7EL,0x1BL,248UL,253UL,9UL,253UL,248UL,0x1BL},{255UL,255UL,252UL,0x50L,0xE1L,255UL,255UL,253UL,0x37L},{0x5AL,0x5DL,1UL,0UL,0x05L,255UL,0x1BL,3UL,248UL}},{{0xF3L,255UL,252UL,0x5DL,0UL,0xBDL,0x8BL,0x3FL,0x9BL},{255UL,0xE4L,0x1BL,0xCDL,0xD0L,252UL,0x76L,0x8BL,0xE4L},{0x37L,255UL,0xCDL,255UL,0xD0L,0x11L,0x7EL,0x37L,0x7EL},{255UL,0UL,0x73L,0x73L,0x8BL,0x7EL,0x05L,3UL,0xCDL}},{{2UL,9UL,0UL,0x7EL,0xD5L,0xCDL,0UL,0x5AL,0x3FL},{0UL,0xE1L,0x38L,0x73L,0x9BL,0x76L,0x05L,247UL,0xD5L},{9UL,0x5AL,247UL,255UL,0UL,0x8BL,0xF3L,0UL,2UL},{255UL,0x1BL,1UL,3UL,0x11L,252UL,255UL,0x76L,2UL}},{{0xF2L,0xD5L,0xF3L,0xF4L,0x37L,0x37L,0xF4L,0xF3L,0xD5L},{0xD5L,255UL,255UL,0x38L,1UL,255UL,0x50L,0xD5L,0x3FL},{255UL,0x8BL,0xD0L,255UL,0x73L,0x5AL,1UL,0x7EL,0xCDL},{0x1BL,255UL,9UL,0x5AL,247UL,255UL,0UL,0x8BL,0xF3L}},{{247UL,0xD5L,255UL,0xCDL,0x9BL,0x8BL,253UL,0UL,0x1EL},{0xF3L,0x1BL,247UL,0xCDL,0x1EL,3UL,255UL,255UL,3UL},{255UL,0x5AL,0x05L,0x5AL,255UL,255UL,255UL,0x76L,0x1BL},{0x50L,0xE1L,255UL,255UL,253UL,0x37L,255UL,9UL,0xE1L}}};
            const int32_t *l_257 = &l_239;
            int i, j, k;
        }
        if (((l_258[0][3][5] != l_260) >= l_262))
        { /* block id: 117 */
            (*l_202) ^= 0x40CAC362L;
        }
        else
        { /* block id: 119 */
            volatile struct S1 ***l_263 = (void*)0;
            volatile struct S1 ***l_264 = &g_144;
            uint32_t l_268[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
            uint32_t *l_269 = &l_262;
            uint32_t *l_295 = &g_2;
            int16_t l_318[10] = {0x0E81L,0xC7ADL,1L,1L,0xC7ADL,0x0E81L,0xC7ADL,1L,1L,0xC7ADL};
            int32_t *l_339 = (void*)0;
            int32_t *l_340 = &l_239;
            int i;
            (*l_264) = &g_145;
            if (g_105)
                goto lbl_296;
lbl_296:
            (*l_202) = (safe_mod_func_uint64_t_u_u(((((safe_unary_minus_func_uint32_t_u(((*l_269) = l_268[1]))) >= (((~((l_229 &= (safe_lshift_func_uint16_t_u_s(0xE504L, 5))) , g_250.f5)) >= ((*l_202) > ((safe_sub_func_int32_t_s_s(((~(safe_mod_func_uint32_t_u_u(((*l_295) = ((safe_mul_func_uint8_t_u_u(0x57L, ((safe_rshift_func_uint8_t_u_s(((((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((0x8735L > (g_154[6] = (safe_rshift_func_uint16_t_u_u((safe_unary_minus_func_uint16_t_u((safe_div_func_int32_t_s_s(((~(((g_292 , (((((l_268[0] ^ (!0UL)) != l_268[2]) ^ 0x4CF0L) != l_294) , (void*)0)) != l_202) <= (*l_202))) & (*l_202)), g_248.f2)))), l_182)))) && 0x4180C50B6E6383F7LL), l_268[1])), 4L)) , l_268[2]) < 3L) != g_249.f4), 5)) & (*l_202)))) , g_250.f3)), l_268[2]))) == g_292.f0), 4294967295UL)) >= g_160.f3))) && l_268[1])) , l_268[1]) >= l_268[1]), (-1L)));
            for (l_229 = 0; (l_229 == 27); ++l_229)
            { /* block id: 129 */
                uint16_t *l_306 = &l_187;
                int8_t *l_310 = &g_176;
                int8_t *l_311 = &g_312;
                int32_t l_313 = 0xAB5CC9F2L;
                int32_t l_316 = (-9L);
                int64_t *l_317 = &g_228;
                (*l_202) = (safe_rshift_func_uint16_t_u_s((safe_unary_minus_func_uint8_t_u(((safe_rshift_func_int16_t_s_u(((safe_lshift_func_int16_t_s_s(((((*l_317) = ((((*l_306) ^= g_253.f4) != (*l_202)) && (safe_sub_func_uint8_t_u_u((((l_313 ^= (~((*l_311) = (((*l_310) = g_250.f4) != ((void*)0 != &g_2))))) >= ((l_314 ^= g_252.f3) | ((((1L | (((*p_27) = (-2L)) <= 0xB90E4931B0B802A4LL)) != l_315) != l_316) , 4294967287UL))) < 0x83L), g_251.f5)))) < g_250.f4) >= l_318[8]), 9)) , l_316), 0)) >= g_251.f3))), 5));
            }
            (*l_340) |= (safe_div_func_uint64_t_u_u((safe_mod_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((((-4L) > (&l_318[8] == (void*)0)) == 0x5A1244F5741F66E1LL) | 0x4DD836C280934606LL), (safe_sub_func_int32_t_s_s((l_268[3] & ((+(safe_sub_func_uint64_t_u_u((l_332 , ((l_318[8] <= ((*l_202) = (((safe_mod_func_int64_t_s_s(((l_337 == l_338) <= 9L), g_160.f2)) , g_121[0][5][0].f5) != l_314))) == l_229)), l_332.f1))) <= l_229)), l_182)))), g_121[0][5][0].f7)), g_261.f8));
        }
    }
    else
    { /* block id: 142 */
        uint16_t *l_358 = (void*)0;
        uint16_t *l_359 = &g_154[6];
        int16_t *l_362 = &g_102;
        int32_t l_365 = 0xB38BDF08L;
        uint8_t *l_366 = &l_182;
        int32_t *l_367 = (void*)0;
        int32_t *l_368 = &l_294;
        int16_t *l_370 = &g_121[0][5][0].f5;
        int32_t *l_371 = &g_69;
        uint8_t **l_379 = (void*)0;
        uint8_t **l_380 = &l_366;
        int32_t *l_395 = (void*)0;
        volatile struct S0 **l_396 = (void*)0;
        volatile struct S0 **l_397 = &g_390;
        (*l_371) |= (((((void*)0 == l_341) ^ ((safe_rshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((*l_370) = (safe_add_func_uint16_t_u_u(((g_176 <= (((((g_253.f3 <= ((0xFA49L <= (+(((safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_s((++(*l_359)), ((*l_362) = g_261.f4))), (-8L))), 2)), 7)) <= 0xF0FA86CC8516D391LL) <= ((((*l_368) ^= ((safe_div_func_uint8_t_u_u(((*l_366) &= (((0x1E90L <= 0xE04FL) != l_365) , 0UL)), 1L)) , l_314)) , l_245[1][4]) != l_245[2][1])))) | g_292.f1)) || g_251.f2) || l_369) & g_252.f5) != l_365)) & 0xC4334580L), g_113))), g_261.f7)), g_4)) , l_315)) , l_366) != (void*)0);
        l_229 ^= (((*l_370) = ((*l_371) , (((*l_362) ^= ((safe_add_func_int32_t_s_s((*l_371), ((((((*l_337) = ((((!((safe_div_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((((*l_380) = &g_105) != &g_105), (~(safe_div_func_int8_t_s_s((((*p_26) ^= (safe_div_func_int32_t_s_s((((safe_lshift_func_uint16_t_u_s((safe_div_func_int32_t_s_s(((((g_4 == ((void*)0 == g_390)) ^ ((safe_mod_func_uint64_t_u_u((l_394 & l_294), g_228)) | (*l_371))) != g_250.f5) ^ g_150[3][0][1]), 4294967288UL)), l_182)) & (*l_371)) >= 0x3A54L), 1UL))) , g_154[1]), (*l_371)))))) != g_250.f4), 0x2D2AC3BAL)) != (*l_371))) != 0UL) && (-4L)) & (*l_371))) || (*l_371)) && (*l_371)) , (void*)0) == (void*)0))) , g_150[3][0][1])) >= (*l_371)))) | (*l_371));
        (*l_371) |= 4L;
        (*l_397) = g_390;
    }
    return g_249.f4;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_4 g_55 g_87 g_69 g_97 g_105 g_102 g_121.f7 g_113 g_121.f1 g_144 g_150 g_154 g_160.f3 g_160.f4 g_177
 * writes: g_2 g_4 g_69 g_97 g_102 g_105 g_113 g_127 g_150 g_154 g_160.f4 g_177
 */
static int64_t * func_28(int8_t  p_29, uint64_t  p_30, int32_t * p_31, int32_t  p_32)
{ /* block id: 12 */
    int64_t *l_48 = (void*)0;
    int32_t l_166[8][10] = {{0x3DA44566L,3L,0xA2B1C9C6L,(-1L),(-1L),0xA2B1C9C6L,3L,0x3DA44566L,6L,8L},{0xCBE84244L,0x92DF2336L,1L,0x3DA44566L,1L,(-1L),0L,8L,0L,(-1L)},{0xA4A4237FL,1L,1L,1L,0xA4A4237FL,8L,6L,0x3DA44566L,3L,0xA2B1C9C6L},{6L,0L,0xA2B1C9C6L,8L,0xE1D2F55BL,0x583E0304L,0x583E0304L,0xE1D2F55BL,8L,0xA2B1C9C6L},{8L,8L,0x92DF2336L,0xA2B1C9C6L,0xA4A4237FL,0xBE164FB7L,0xE1D2F55BL,1L,1L,(-1L)},{1L,0L,0xE1D2F55BL,3L,1L,3L,0xE1D2F55BL,0L,1L,8L},{0L,8L,1L,0xA4A4237FL,0xA4A4237FL,0xA2B1C9C6L,0x92DF2336L,8L,8L,0x92DF2336L},{1L,1L,0xBE164FB7L,0xBE164FB7L,1L,1L,0xCBE84244L,0xA2B1C9C6L,0x3DA44566L,0x583E0304L}};
    int32_t **l_180 = &g_97;
    int i, j;
    for (g_2 = 0; (g_2 < 9); ++g_2)
    { /* block id: 15 */
        int64_t *l_44 = (void*)0;
        int32_t * const l_45 = &g_4;
        int32_t *l_174[8] = {&l_166[1][4],&l_166[1][5],&l_166[1][4],&l_166[1][4],&l_166[1][5],&l_166[1][4],&l_166[1][4],&l_166[1][5]};
        int32_t l_175 = 0x284AA03BL;
        int i;
        g_160.f4 |= ((safe_lshift_func_uint16_t_u_s(((func_38(l_44, l_45, (safe_mul_func_int16_t_s_s((*l_45), 7UL)), l_44, l_48) & ((!((safe_mod_func_uint8_t_u_u(l_166[1][4], (((safe_div_func_uint16_t_u_u(g_121[0][5][0].f1, p_30)) , g_160.f3) || 0x18DBF95D60C054E6LL))) != p_30)) < 1UL)) == 1UL), 10)) != g_160.f3);
        for (g_105 = 0; (g_105 <= 2); g_105 += 1)
        { /* block id: 73 */
            uint16_t *l_173[10] = {&g_154[4],&g_154[1],&g_154[4],&g_154[1],&g_154[1],&g_154[4],&g_154[1],&g_154[4],&g_154[1],&g_154[1]};
            int i;
            (*l_45) = (*g_97);
            for (g_113 = 0; (g_113 <= 2); g_113 += 1)
            { /* block id: 77 */
                uint16_t *l_170 = &g_154[1];
                uint16_t **l_169 = &l_170;
                uint16_t **l_171 = (void*)0;
                uint16_t **l_172[2][4];
                int i, j, k;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 4; j++)
                        l_172[i][j] = (void*)0;
                }
                (*g_97) = (g_55[g_105][(g_105 + 2)][g_105] & (&g_154[2] != (l_173[9] = ((*l_169) = &g_154[1]))));
            }
        }
        g_177--;
    }
    (*l_180) = &p_32;
    return &g_55[6][0][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_55 g_87 g_69 g_97 g_105 g_102 g_113 g_4 g_121.f7 g_121.f1 g_144 g_127 g_150 g_154
 * writes: g_4 g_69 g_97 g_102 g_105 g_113 g_127 g_150 g_154
 */
static uint32_t  func_38(int64_t * p_39, int32_t * const  p_40, uint16_t  p_41, int64_t * p_42, int64_t * p_43)
{ /* block id: 16 */
    int32_t l_51[9];
    int32_t l_52[4] = {0xD9D8AD31L,0xD9D8AD31L,0xD9D8AD31L,0xD9D8AD31L};
    int64_t *l_54[1][5][7] = {{{(void*)0,&g_55[6][4][0],(void*)0,&g_55[6][4][0],(void*)0,&g_55[6][0][1],(void*)0},{&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1],&g_55[6][0][1]},{&g_55[6][0][1],&g_55[6][4][0],&g_55[6][0][1],&g_55[6][0][1],(void*)0,&g_55[6][0][1],&g_55[6][0][1]},{&g_55[6][0][1],&g_55[6][0][1],&g_55[7][0][2],&g_55[6][0][1],&g_55[6][0][1],&g_55[7][0][2],&g_55[6][0][1]},{(void*)0,&g_55[6][0][1],&g_55[6][0][1],&g_55[6][4][0],&g_55[6][0][1],&g_55[6][0][1],(void*)0}}};
    int64_t **l_53[4][7][9] = {{{&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][1],&l_54[0][3][1],&l_54[0][2][6],(void*)0},{&l_54[0][2][2],&l_54[0][2][6],&l_54[0][4][2],(void*)0,&l_54[0][2][3],&l_54[0][2][2],&l_54[0][2][6],&l_54[0][3][1],&l_54[0][2][6]},{(void*)0,(void*)0,&l_54[0][2][6],&l_54[0][4][2],&l_54[0][2][1],&l_54[0][2][1],&l_54[0][4][2],&l_54[0][2][6],(void*)0},{&l_54[0][4][5],&l_54[0][2][2],(void*)0,&l_54[0][2][6],&l_54[0][3][5],&l_54[0][2][6],&l_54[0][1][2],&l_54[0][2][6],&l_54[0][2][6]},{&l_54[0][0][0],(void*)0,&l_54[0][2][1],&l_54[0][2][6],&l_54[0][3][1],&l_54[0][4][2],&l_54[0][1][3],&l_54[0][4][5],&l_54[0][1][3]},{(void*)0,&l_54[0][2][2],&l_54[0][0][4],&l_54[0][2][6],&l_54[0][2][6],(void*)0,&l_54[0][4][2],(void*)0,&l_54[0][2][6]},{&l_54[0][3][1],(void*)0,&l_54[0][0][2],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][4][5],&l_54[0][2][6],(void*)0}},{{&l_54[0][0][3],&l_54[0][2][6],&l_54[0][1][6],&l_54[0][3][6],&l_54[0][4][2],&l_54[0][2][1],&l_54[0][4][2],&l_54[0][3][6],&l_54[0][1][6]},{&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][4][5],(void*)0,(void*)0,&l_54[0][1][3],(void*)0,&l_54[0][4][2]},{&l_54[0][1][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][4][5],&l_54[0][3][2],&l_54[0][1][2],(void*)0,&l_54[0][4][2]},{&l_54[0][4][2],(void*)0,&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],(void*)0,&l_54[0][4][2],(void*)0,&l_54[0][2][6]},{&l_54[0][2][6],&l_54[0][3][3],&l_54[0][1][6],&l_54[0][3][2],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][1],(void*)0},{&l_54[0][2][6],(void*)0,&l_54[0][0][2],&l_54[0][3][6],(void*)0,&l_54[0][3][1],&l_54[0][3][1],(void*)0,&l_54[0][3][6]},{&l_54[0][0][4],&l_54[0][3][0],&l_54[0][3][5],(void*)0,&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],(void*)0,&l_54[0][2][6]}},{{&l_54[0][1][3],&l_54[0][3][1],&l_54[0][2][6],&l_54[0][2][6],(void*)0,&l_54[0][3][6],(void*)0,&l_54[0][2][6],(void*)0},{&l_54[0][3][6],&l_54[0][2][6],&l_54[0][1][6],(void*)0,&l_54[0][1][6],(void*)0,&l_54[0][2][6],&l_54[0][2][6],&l_54[0][3][5]},{&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][1],&l_54[0][3][1],&l_54[0][2][6],(void*)0,&l_54[0][2][6],(void*)0,(void*)0},{&l_54[0][2][6],&l_54[0][3][6],(void*)0,(void*)0,&l_54[0][3][5],&l_54[0][3][3],&l_54[0][0][3],&l_54[0][3][3],&l_54[0][3][5]},{&l_54[0][1][6],(void*)0,(void*)0,&l_54[0][1][6],&l_54[0][2][6],(void*)0,&l_54[0][2][6],&l_54[0][2][6],(void*)0},{&l_54[0][1][6],(void*)0,&l_54[0][2][6],&l_54[0][2][6],&l_54[0][3][1],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][0][4],&l_54[0][2][6]},{&l_54[0][3][1],&l_54[0][2][1],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][1],&l_54[0][3][1]}},{{&l_54[0][1][6],(void*)0,&l_54[0][2][6],&l_54[0][2][6],&l_54[0][3][5],&l_54[0][2][6],&l_54[0][3][1],&l_54[0][2][6],&l_54[0][0][4]},{&l_54[0][2][6],&l_54[0][2][6],&l_54[0][3][1],&l_54[0][1][3],&l_54[0][2][6],(void*)0,&l_54[0][1][6],&l_54[0][1][6],(void*)0},{&l_54[0][1][6],&l_54[0][1][1],&l_54[0][3][1],&l_54[0][1][1],&l_54[0][1][6],&l_54[0][2][2],&l_54[0][3][6],&l_54[0][3][2],(void*)0},{&l_54[0][3][1],&l_54[0][3][6],&l_54[0][4][5],(void*)0,(void*)0,(void*)0,(void*)0,&l_54[0][1][3],&l_54[0][0][2]},{&l_54[0][1][6],&l_54[0][3][3],&l_54[0][2][0],&l_54[0][2][6],&l_54[0][2][6],&l_54[0][2][2],&l_54[0][3][3],&l_54[0][2][6],&l_54[0][1][2]},{&l_54[0][1][6],(void*)0,&l_54[0][2][6],&l_54[0][0][2],(void*)0,(void*)0,&l_54[0][2][1],&l_54[0][3][6],&l_54[0][2][6]},{&l_54[0][2][6],&l_54[0][3][1],&l_54[0][2][6],&l_54[0][3][0],&l_54[0][3][6],&l_54[0][2][6],&l_54[0][4][5],&l_54[0][2][6],&l_54[0][4][5]}}};
    int32_t l_68 = 0L;
    int16_t l_95[1][6] = {{2L,2L,2L,2L,2L,2L}};
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_51[i] = (-6L);
lbl_162:
    g_69 = (safe_rshift_func_uint8_t_u_u((l_51[4] = 255UL), (l_52[2] ^ (l_52[2] ^ (((p_42 = p_43) != ((g_2 & ((safe_mod_func_int8_t_s_s(((safe_div_func_int64_t_s_s((safe_rshift_func_int8_t_s_u((((l_52[2] >= (safe_mul_func_int8_t_s_s((l_52[2] < ((safe_rshift_func_uint8_t_u_s((((g_4 = ((0UL & (safe_rshift_func_uint16_t_u_s(4UL, p_41))) != l_52[3])) <= l_52[3]) >= p_41), 3)) || l_52[3])), 0xE0L))) , &g_55[2][3][1]) != (void*)0), l_68)), g_55[5][3][2])) || (-1L)), g_55[7][1][1])) , 1UL)) , (void*)0)) ^ g_55[5][3][0])))));
    for (l_68 = 22; (l_68 >= (-16)); l_68 = safe_sub_func_int32_t_s_s(l_68, 5))
    { /* block id: 23 */
        struct S4 l_76 = {-5751,2879};
        int64_t **l_89[1];
        int32_t l_148 = (-4L);
        int32_t l_153[6] = {0xE4556B4DL,0x8896DFC1L,0xE4556B4DL,0xE4556B4DL,0x8896DFC1L,0xE4556B4DL};
        int i;
        for (i = 0; i < 1; i++)
            l_89[i] = &l_54[0][2][6];
        if ((safe_mul_func_uint16_t_u_u((((((safe_mul_func_int16_t_s_s((((l_76 , g_55[6][0][1]) , (safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((safe_lshift_func_uint8_t_u_u(((((safe_sub_func_uint32_t_u_u(p_41, 1UL)) , ((8L <= (g_87 == l_89[0])) == (0x94L <= (((((safe_rshift_func_uint16_t_u_s((safe_unary_minus_func_int64_t_s((safe_rshift_func_uint16_t_u_s(l_76.f1, g_55[5][3][0])))), 12)) == (-1L)) , g_87) != &l_54[0][0][1]) ^ 0xE4CBL)))) ^ p_41) , p_41), 7)), 0x7BDA2250L)), g_55[6][0][1])), g_69))) && g_2), p_41)) ^ 4294967295UL) && l_51[3]) & 1UL) || 0x60E5L), l_95[0][4])))
        { /* block id: 24 */
            int32_t * const l_96 = &g_69;
            int32_t l_116 = 5L;
            if (l_95[0][4])
                break;
            for (g_69 = 0; (g_69 <= 8); g_69 += 1)
            { /* block id: 28 */
                int16_t *l_100 = (void*)0;
                int16_t *l_101 = (void*)0;
                uint8_t *l_112 = &g_113;
                const int32_t l_114 = 0xC694B4B0L;
                int16_t *l_115 = &l_95[0][1];
                (*p_40) = (-1L);
                g_97 = l_96;
                l_116 &= ((safe_sub_func_int16_t_s_s((g_102 = l_76.f1), ((*g_97) ^ 2L))) || (safe_mod_func_int32_t_s_s((((--g_105) != (((((((*l_115) = (safe_add_func_uint32_t_u_u((((((((((g_4 = (((((safe_add_func_uint64_t_u_u(0xCF7B5A891E9D7170LL, l_95[0][4])) , 2UL) <= ((l_76.f1 & ((((*l_112) = p_41) , (void*)0) == p_40)) || l_114)) , g_55[6][0][1]) <= g_102)) != 0x07C0FF9DL) < (*l_96)) > 0xA8C9BA8F97866B3FLL) != (*l_96)) > 0xC1AFL) > l_68) == g_2) >= 0x7EE8902DFE65A55BLL), (*g_97)))) , (*l_96)) | p_41) < g_55[6][0][1]) , (void*)0) != (void*)0)) , (*g_97)), l_52[2])));
                return p_41;
            }
            for (g_113 = 0; (g_113 > 41); g_113 = safe_add_func_uint32_t_u_u(g_113, 7))
            { /* block id: 41 */
                struct S1 *l_120 = &g_121[0][5][0];
                struct S1 **l_119 = &l_120;
                (*l_119) = (void*)0;
            }
            if ((*p_40))
                continue;
        }
        else
        { /* block id: 45 */
            uint16_t *l_126[5];
            int32_t l_128[9][3][9] = {{{0xB1045D44L,0x34F404DFL,9L,0x6A2B58D0L,0x4AC40527L,0xC9FD4B6AL,1L,0xDAE3C54FL,0xCD221595L},{1L,0L,0x246395A3L,5L,0x4AC40527L,(-8L),0x2269A315L,(-9L),0x0BCDD222L},{3L,0x16AA3D36L,0x2269A315L,0xC9FD4B6AL,(-9L),0xC9FD4B6AL,0x2269A315L,0x16AA3D36L,3L}},{{0xF7BBAF5EL,0x74592CBAL,0x8783DA1CL,(-1L),(-1L),0L,1L,(-9L),3L},{0xAA878854L,(-1L),0xAC27B40AL,0x757FEED6L,0x16AA3D36L,5L,0x8783DA1CL,0xDAE3C54FL,0x540F12F2L},{0xEF570C64L,0xCD221595L,9L,(-1L),0x4B6F5383L,0xF2429CABL,1L,7L,0xAB2CB753L}},{{0xA5C75072L,0xF7BBAF5EL,0xC10DF518L,(-1L),0xF7BBAF5EL,(-1L),0xC9538896L,0xCD221595L,(-1L)},{1L,0xB1045D44L,0L,0x1DE4584CL,0x4B6F5383L,(-1L),0x8C12B718L,0xA50BC8C3L,0x4D1CBB09L},{(-1L),0xAA878854L,0xFF961AB1L,1L,0xB1045D44L,0xF2429CABL,0xC9538896L,0xA50BC8C3L,0xEF570C64L}},{{0x05FF088BL,0xA50BC8C3L,0xA9EE059EL,0x78B1CBCAL,0xCD221595L,1L,1L,0xCD221595L,0x4D1CBB09L},{0x05FF088BL,0xE05431A1L,0xA35959F2L,1L,0x0BCDD222L,(-1L),0L,7L,(-1L)},{(-1L),0xA50BC8C3L,0xA35959F2L,0xF8ABBA1DL,3L,0x78B1CBCAL,9L,1L,0xAB2CB753L}},{{1L,0xAA878854L,0xA9EE059EL,1L,3L,(-1L),0xFF961AB1L,0x0BCDD222L,0x540F12F2L},{0xA5C75072L,0xB1045D44L,0xFF961AB1L,0x78B1CBCAL,0x0BCDD222L,0x78B1CBCAL,0xFF961AB1L,0xB1045D44L,0xA5C75072L},{0xEF570C64L,0xF7BBAF5EL,0L,1L,0xCD221595L,(-1L),9L,0x0BCDD222L,0xA5C75072L}},{{(-1L),0xCD221595L,0xC10DF518L,0x1DE4584CL,0xB1045D44L,1L,0L,1L,0x540F12F2L},{0xEF570C64L,0xCD221595L,9L,(-1L),0x4B6F5383L,0xF2429CABL,1L,7L,0xAB2CB753L},{0xA5C75072L,0xF7BBAF5EL,0xC10DF518L,(-1L),0xF7BBAF5EL,(-1L),0xC9538896L,0xCD221595L,(-1L)}},{{1L,0xB1045D44L,0L,0x1DE4584CL,0x4B6F5383L,(-1L),0x8C12B718L,0xA50BC8C3L,0x4D1CBB09L},{(-1L),0xAA878854L,0xFF961AB1L,1L,0xB1045D44L,0xF2429CABL,0xC9538896L,0xA50BC8C3L,0xEF570C64L},{0x05FF088BL,0xA50BC8C3L,0xA9EE059EL,0x78B1CBCAL,0xCD221595L,1L,1L,0xCD221595L,0x4D1CBB09L}},{{0x05FF088BL,0xE05431A1L,0xA35959F2L,1L,0x0BCDD222L,(-1L),0L,7L,(-1L)},{(-1L),0xA50BC8C3L,0xA35959F2L,0xF8ABBA1DL,3L,0x78B1CBCAL,9L,1L,0xAB2CB753L},{1L,0xAA878854L,0xA9EE059EL,1L,3L,(-1L),0xFF961AB1L,0x0BCDD222L,0x540F12F2L}},{{0xA5C75072L,0xB1045D44L,0xFF961AB1L,0x78B1CBCAL,0x0BCDD222L,0x78B1CBCAL,0xFF961AB1L,0xB1045D44L,0xA5C75072L},{0xEF570C64L,0xF7BBAF5EL,0L,1L,0xCD221595L,(-1L),9L,0x0BCDD222L,0xA5C75072L},{(-1L),0xAB2CB753L,0xDAE3C54FL,0x4B5BEC45L,(-1L),0x317E4DA9L,0x74592CBAL,1L,6L}}};
            struct S0 *l_159 = &g_160;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_126[i] = &g_127;
            for (p_41 = 0; (p_41 <= 2); p_41 += 1)
            { /* block id: 48 */
                int i;
                return l_52[(p_41 + 1)];
            }
            (*g_97) = (((l_52[2] , (safe_lshift_func_int16_t_s_u((g_121[0][5][0].f7 & (((p_41 &= (safe_rshift_func_uint16_t_u_u(0x30A4L, 4))) >= (l_128[1][1][4] &= 65528UL)) | 65530UL)), 10))) <= (g_113 < (safe_unary_minus_func_uint16_t_u(((&g_55[6][0][1] == &g_55[4][2][1]) >= (safe_lshift_func_uint16_t_u_s(((((+((safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s((~(safe_mod_func_uint64_t_u_u(0xAB5B6C6E20C9473ALL, l_51[4]))), l_76.f0)), g_121[0][5][0].f1)), 0xA373L)), l_76.f1)) <= 0x469B733BL)) , (*p_40)) , g_144) == &g_145), l_68))))))) > 0x6CCC3BF8L);
            for (g_127 = 0; (g_127 <= 0); g_127 += 1)
            { /* block id: 56 */
                int32_t *l_147[1];
                int16_t l_149 = 0x919DL;
                int i;
                for (i = 0; i < 1; i++)
                    l_147[i] = &l_52[1];
                ++g_150[3][0][1];
                g_154[1]--;
            }
            for (g_4 = 0; (g_4 >= 28); g_4 = safe_add_func_uint64_t_u_u(g_4, 5))
            { /* block id: 62 */
                struct S0 **l_161 = &l_159;
                (*l_161) = l_159;
                return p_41;
            }
        }
    }
    if (g_4)
        goto lbl_162;
    return p_41;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_13[i][j][k], "g_13[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_14, "g_14", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_55[i][j][k], "g_55[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_121[i][j][k].f0, "g_121[i][j][k].f0", print_hash_value);
                transparent_crc(g_121[i][j][k].f1, "g_121[i][j][k].f1", print_hash_value);
                transparent_crc(g_121[i][j][k].f2, "g_121[i][j][k].f2", print_hash_value);
                transparent_crc(g_121[i][j][k].f3, "g_121[i][j][k].f3", print_hash_value);
                transparent_crc(g_121[i][j][k].f4, "g_121[i][j][k].f4", print_hash_value);
                transparent_crc(g_121[i][j][k].f5, "g_121[i][j][k].f5", print_hash_value);
                transparent_crc(g_121[i][j][k].f6, "g_121[i][j][k].f6", print_hash_value);
                transparent_crc(g_121[i][j][k].f7, "g_121[i][j][k].f7", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_146.f0, "g_146.f0", print_hash_value);
    transparent_crc(g_146.f1, "g_146.f1", print_hash_value);
    transparent_crc(g_146.f2, "g_146.f2", print_hash_value);
    transparent_crc(g_146.f3, "g_146.f3", print_hash_value);
    transparent_crc(g_146.f4, "g_146.f4", print_hash_value);
    transparent_crc(g_146.f5, "g_146.f5", print_hash_value);
    transparent_crc(g_146.f6, "g_146.f6", print_hash_value);
    transparent_crc(g_146.f7, "g_146.f7", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_150[i][j][k], "g_150[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_154[i], "g_154[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_160.f0, "g_160.f0", print_hash_value);
    transparent_crc(g_160.f1, "g_160.f1", print_hash_value);
    transparent_crc(g_160.f2, "g_160.f2", print_hash_value);
    transparent_crc(g_160.f3, "g_160.f3", print_hash_value);
    transparent_crc(g_160.f4, "g_160.f4", print_hash_value);
    transparent_crc(g_160.f5, "g_160.f5", print_hash_value);
    transparent_crc(g_160.f6, "g_160.f6", print_hash_value);
    transparent_crc(g_160.f7, "g_160.f7", print_hash_value);
    transparent_crc(g_160.f8, "g_160.f8", print_hash_value);
    transparent_crc(g_160.f9, "g_160.f9", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_246[i][j][k].f0, "g_246[i][j][k].f0", print_hash_value);
                transparent_crc(g_246[i][j][k].f1, "g_246[i][j][k].f1", print_hash_value);
                transparent_crc(g_246[i][j][k].f2, "g_246[i][j][k].f2", print_hash_value);
                transparent_crc(g_246[i][j][k].f3, "g_246[i][j][k].f3", print_hash_value);
                transparent_crc(g_246[i][j][k].f4, "g_246[i][j][k].f4", print_hash_value);
                transparent_crc(g_246[i][j][k].f5, "g_246[i][j][k].f5", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_247.f0, "g_247.f0", print_hash_value);
    transparent_crc(g_247.f1, "g_247.f1", print_hash_value);
    transparent_crc(g_247.f2, "g_247.f2", print_hash_value);
    transparent_crc(g_247.f3, "g_247.f3", print_hash_value);
    transparent_crc(g_247.f4, "g_247.f4", print_hash_value);
    transparent_crc(g_247.f5, "g_247.f5", print_hash_value);
    transparent_crc(g_248.f0, "g_248.f0", print_hash_value);
    transparent_crc(g_248.f1, "g_248.f1", print_hash_value);
    transparent_crc(g_248.f2, "g_248.f2", print_hash_value);
    transparent_crc(g_248.f3, "g_248.f3", print_hash_value);
    transparent_crc(g_248.f4, "g_248.f4", print_hash_value);
    transparent_crc(g_248.f5, "g_248.f5", print_hash_value);
    transparent_crc(g_249.f0, "g_249.f0", print_hash_value);
    transparent_crc(g_249.f1, "g_249.f1", print_hash_value);
    transparent_crc(g_249.f2, "g_249.f2", print_hash_value);
    transparent_crc(g_249.f3, "g_249.f3", print_hash_value);
    transparent_crc(g_249.f4, "g_249.f4", print_hash_value);
    transparent_crc(g_249.f5, "g_249.f5", print_hash_value);
    transparent_crc(g_250.f0, "g_250.f0", print_hash_value);
    transparent_crc(g_250.f1, "g_250.f1", print_hash_value);
    transparent_crc(g_250.f2, "g_250.f2", print_hash_value);
    transparent_crc(g_250.f3, "g_250.f3", print_hash_value);
    transparent_crc(g_250.f4, "g_250.f4", print_hash_value);
    transparent_crc(g_250.f5, "g_250.f5", print_hash_value);
    transparent_crc(g_251.f0, "g_251.f0", print_hash_value);
    transparent_crc(g_251.f1, "g_251.f1", print_hash_value);
    transparent_crc(g_251.f2, "g_251.f2", print_hash_value);
    transparent_crc(g_251.f3, "g_251.f3", print_hash_value);
    transparent_crc(g_251.f4, "g_251.f4", print_hash_value);
    transparent_crc(g_251.f5, "g_251.f5", print_hash_value);
    transparent_crc(g_252.f0, "g_252.f0", print_hash_value);
    transparent_crc(g_252.f1, "g_252.f1", print_hash_value);
    transparent_crc(g_252.f2, "g_252.f2", print_hash_value);
    transparent_crc(g_252.f3, "g_252.f3", print_hash_value);
    transparent_crc(g_252.f4, "g_252.f4", print_hash_value);
    transparent_crc(g_252.f5, "g_252.f5", print_hash_value);
    transparent_crc(g_253.f0, "g_253.f0", print_hash_value);
    transparent_crc(g_253.f1, "g_253.f1", print_hash_value);
    transparent_crc(g_253.f2, "g_253.f2", print_hash_value);
    transparent_crc(g_253.f3, "g_253.f3", print_hash_value);
    transparent_crc(g_253.f4, "g_253.f4", print_hash_value);
    transparent_crc(g_253.f5, "g_253.f5", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_259[i].f0, "g_259[i].f0", print_hash_value);
        transparent_crc(g_259[i].f1, "g_259[i].f1", print_hash_value);
        transparent_crc(g_259[i].f2, "g_259[i].f2", print_hash_value);
        transparent_crc(g_259[i].f3, "g_259[i].f3", print_hash_value);
        transparent_crc(g_259[i].f4, "g_259[i].f4", print_hash_value);
        transparent_crc(g_259[i].f5, "g_259[i].f5", print_hash_value);
        transparent_crc(g_259[i].f6, "g_259[i].f6", print_hash_value);
        transparent_crc(g_259[i].f7, "g_259[i].f7", print_hash_value);
        transparent_crc(g_259[i].f8, "g_259[i].f8", print_hash_value);
        transparent_crc(g_259[i].f9, "g_259[i].f9", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_261.f0, "g_261.f0", print_hash_value);
    transparent_crc(g_261.f1, "g_261.f1", print_hash_value);
    transparent_crc(g_261.f2, "g_261.f2", print_hash_value);
    transparent_crc(g_261.f3, "g_261.f3", print_hash_value);
    transparent_crc(g_261.f4, "g_261.f4", print_hash_value);
    transparent_crc(g_261.f5, "g_261.f5", print_hash_value);
    transparent_crc(g_261.f6, "g_261.f6", print_hash_value);
    transparent_crc(g_261.f7, "g_261.f7", print_hash_value);
    transparent_crc(g_261.f8, "g_261.f8", print_hash_value);
    transparent_crc(g_261.f9, "g_261.f9", print_hash_value);
    transparent_crc(g_292.f0, "g_292.f0", print_hash_value);
    transparent_crc(g_292.f1, "g_292.f1", print_hash_value);
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_391.f0, "g_391.f0", print_hash_value);
    transparent_crc(g_391.f1, "g_391.f1", print_hash_value);
    transparent_crc(g_391.f2, "g_391.f2", print_hash_value);
    transparent_crc(g_391.f3, "g_391.f3", print_hash_value);
    transparent_crc(g_391.f4, "g_391.f4", print_hash_value);
    transparent_crc(g_391.f5, "g_391.f5", print_hash_value);
    transparent_crc(g_391.f6, "g_391.f6", print_hash_value);
    transparent_crc(g_391.f7, "g_391.f7", print_hash_value);
    transparent_crc(g_391.f8, "g_391.f8", print_hash_value);
    transparent_crc(g_391.f9, "g_391.f9", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 72
   depth: 1, occurrence: 3
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 20
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 5
XXX volatile bitfields defined in structs: 8
XXX structs with bitfields in the program: 11
breakdown:
   indirect level: 0, occurrence: 3
   indirect level: 1, occurrence: 6
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 3
breakdown:
   indirect level: 0, occurrence: 3
XXX times a bitfields struct's address is taken: 14
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 3
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 33

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 64
   depth: 2, occurrence: 12
   depth: 3, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 17, occurrence: 2
   depth: 21, occurrence: 2
   depth: 24, occurrence: 1
   depth: 28, occurrence: 3
   depth: 35, occurrence: 1
   depth: 36, occurrence: 1
   depth: 38, occurrence: 1
   depth: 40, occurrence: 1

XXX total number of pointers: 94

XXX times a variable address is taken: 181
XXX times a pointer is dereferenced on RHS: 33
breakdown:
   depth: 1, occurrence: 32
   depth: 2, occurrence: 1
XXX times a pointer is dereferenced on LHS: 50
breakdown:
   depth: 1, occurrence: 50
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 460

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 148
   level: 2, occurrence: 16
XXX number of pointers point to pointers: 24
XXX number of pointers point to scalars: 61
XXX number of pointers point to structs: 9
XXX percent of pointers has null in alias set: 30.9
XXX average alias set size: 1.22

XXX times a non-volatile is read: 276
XXX times a non-volatile is write: 145
XXX times a volatile is read: 2
XXX    times read thru a pointer: 1
XXX times a volatile is write: 1
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 67
XXX percentage of non-volatile access: 99.3

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 60
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 14
   depth: 2, occurrence: 21
   depth: 3, occurrence: 13

XXX percentage a fresh-made variable is used: 21.1
XXX percentage an existing variable is used: 78.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

