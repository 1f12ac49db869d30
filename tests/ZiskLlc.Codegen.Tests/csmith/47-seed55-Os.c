/* Csmith 2.3.0 --seed 55 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 5E24880F */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 55 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      55
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   signed f0 : 26;
   const signed f1 : 9;
   const signed f2 : 8;
   signed f3 : 19;
   const volatile unsigned f4 : 24;
   signed f5 : 17;
   volatile int8_t  f6;
};
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S1 {
   volatile int32_t  f0;
   int16_t  f1;
   const int64_t  f2;
   struct S0  f3;
};
#pragma pack(pop)

union U2 {
   int8_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_3 = 0x5718A84DL;/* VOLATILE GLOBAL g_3 */
static int32_t g_4 = (-1L);
static uint32_t g_7 = 4294967295UL;
static int32_t g_28 = 0xEEDF2191L;
static int32_t g_34 = 1L;
static int8_t g_35 = 0x74L;
static volatile uint64_t g_36 = 0x7F0BBFFD32083B01LL;/* VOLATILE GLOBAL g_36 */
static int32_t * volatile g_39 = (void*)0;/* VOLATILE GLOBAL g_39 */
static union U2 g_45[8][7][3] = {{{{-6L},{0x4AL},{1L}},{{1L},{0xFDL},{0x2BL}},{{1L},{0x12L},{1L}},{{-1L},{0xB5L},{-3L}},{{0L},{1L},{1L}},{{0x4EL},{0L},{2L}},{{0x5EL},{-1L},{0xB2L}}},{{{-1L},{0xEFL},{1L}},{{0x92L},{0x6AL},{0x78L}},{{1L},{0xEFL},{0L}},{{0x12L},{-1L},{1L}},{{3L},{0L},{3L}},{{1L},{1L},{-3L}},{{0xD3L},{0xB5L},{0L}}},{{{0x5EL},{0x12L},{1L}},{{-3L},{-6L},{0x02L}},{{0x6AL},{0x6AL},{1L}},{{0x4EL},{1L},{-1L}},{{0x12L},{0x12L},{0x62L}},{{1L},{-1L},{3L}},{{0L},{0x6AL},{0x4AL}}},{{{0x69L},{0xB5L},{2L}},{{-6L},{0L},{0x4AL}},{{-3L},{0xEFL},{3L}},{{0x6AL},{0xB2L},{0x62L}},{{1L},{-6L},{-1L}},{{1L},{1L},{1L}},{{-3L},{-1L},{0x02L}}},{{{0x12L},{1L},{0xB2L}},{{0x69L},{-1L},{0x2BL}},{{0x5EL},{1L},{0x4AL}},{{1L},{-6L},{1L}},{{-6L},{0xB2L},{0x3FL}},{{0x4EL},{0xEFL},{0x2BL}},{{1L},{0L},{0x62L}}},{{{3L},{0xB5L},{0x02L}},{{1L},{0x6AL},{-3L}},{{0x4EL},{-1L},{-1L}},{{-6L},{0x12L},{0xB2L}},{{1L},{1L},{3L}},{{0x5EL},{0x6AL},{0x3FL}},{{0x69L},{-6L},{2L}}},{{{0x12L},{0L},{0x3FL}},{{-3L},{0x76L},{3L}},{{1L},{0xB2L},{0xB2L}},{{1L},{0xB5L},{-1L}},{{0x6AL},{1L},{-3L}},{{-3L},{1L},{0x02L}},{{-6L},{1L},{0x62L}}},{{{0x69L},{1L},{0x2BL}},{{0L},{1L},{0x3FL}},{{1L},{0xB5L},{1L}},{{0x12L},{0xB2L},{0x4AL}},{{0x4EL},{0x76L},{0x2BL}},{{0x6AL},{0L},{0xB2L}},{{3L},{-6L},{0x02L}}}};
static uint64_t g_60 = 0x7312B8DC093C88FDLL;
static uint16_t g_81 = 7UL;
static volatile int32_t g_97 = 0x4AFFB0DCL;/* VOLATILE GLOBAL g_97 */
static volatile int32_t * volatile g_96 = &g_97;/* VOLATILE GLOBAL g_96 */
static volatile int32_t * volatile *g_95 = &g_96;
static volatile int32_t * volatile * volatile *g_94 = &g_95;
static uint32_t g_103 = 0xD3683BAFL;
static int8_t g_106 = (-1L);
static int16_t g_136 = 0xBAF6L;
static uint64_t g_139 = 0x834005F24046D94ELL;
static uint8_t g_141 = 0xA1L;
static int32_t g_167 = 1L;
static uint64_t g_168 = 18446744073709551611UL;
static int32_t g_192 = 0L;
static int32_t *g_191 = &g_192;
static uint8_t g_196[4][1] = {{0xB6L},{0xE1L},{0xB6L},{0xE1L}};
static int8_t *g_230 = &g_106;
static uint16_t g_249 = 0xC81BL;
static int64_t g_267 = 1L;
static int8_t g_280[1][3] = {{0x1EL,0x1EL,0x1EL}};
static uint32_t g_282 = 0x896A90EFL;
static int32_t g_295 = 1L;
static int32_t g_298 = 0x0D774582L;
static int32_t g_333 = 0x4B1A342CL;
static int32_t g_335 = 0xA5D2AD8EL;
static uint8_t g_336[9][6] = {{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL},{0x63L,0x63L,0UL,0x63L,0x63L,0UL}};
static const int16_t g_359 = 0xDFA9L;
static uint32_t g_398 = 18446744073709551615UL;
static const int8_t g_412 = (-2L);
static uint16_t g_431 = 65532UL;
static int64_t g_442 = 0x30BCA119F554518FLL;
static int32_t **g_460 = &g_191;
static int32_t **g_461 = &g_191;
static volatile struct S1 g_464 = {0L,1L,-7L,{5359,-8,12,538,2158,-115,0xD5L}};/* VOLATILE GLOBAL g_464 */
static volatile struct S1 *g_463 = &g_464;
static uint64_t g_496[10][10][2] = {{{18446744073709551615UL,18446744073709551612UL},{4UL,18446744073709551607UL},{1UL,18446744073709551614UL},{18446744073709551615UL,0xA7EDC5F416679413LL},{0xB6BBE2E6B06272A3LL,0xCB780681B9C61473LL},{18446744073709551615UL,18446744073709551607UL},{18446744073709551610UL,0UL},{0x6345ED48294FBC3FLL,18446744073709551612UL},{1UL,18446744073709551612UL},{0x6345ED48294FBC3FLL,0UL}},{{18446744073709551610UL,18446744073709551607UL},{18446744073709551615UL,0xCB780681B9C61473LL},{0xB6BBE2E6B06272A3LL,18446744073709551612UL},{0x89660C4750F59529LL,0xF740A3A9D0F19915LL},{0xB6BBE2E6B06272A3LL,0UL},{18446744073709551615UL,0xBBEB22E90DF656C0LL},{18446744073709551610UL,0xCB780681B9C61473LL},{0x6345ED48294FBC3FLL,0xF740A3A9D0F19915LL},{1UL,0xF740A3A9D0F19915LL},{0x6345ED48294FBC3FLL,0xCB780681B9C61473LL}},{{18446744073709551610UL,0xBBEB22E90DF656C0LL},{18446744073709551615UL,0UL},{0xB6BBE2E6B06272A3LL,0xF740A3A9D0F19915LL},{0x89660C4750F59529LL,18446744073709551612UL},{0xB6BBE2E6B06272A3LL,0xCB780681B9C61473LL},{18446744073709551615UL,18446744073709551607UL},{18446744073709551610UL,0UL},{0x6345ED48294FBC3FLL,18446744073709551612UL},{1UL,18446744073709551612UL},{0x6345ED48294FBC3FLL,0UL}},{{18446744073709551610UL,18446744073709551607UL},{18446744073709551615UL,0xCB780681B9C61473LL},{0xB6BBE2E6B06272A3LL,18446744073709551612UL},{0x89660C4750F59529LL,0xF740A3A9D0F19915LL},{0xB6BBE2E6B06272A3LL,0UL},{18446744073709551615UL,0xBBEB22E90DF656C0LL},{18446744073709551610UL,0xCB780681B9C61473LL},{0x6345ED48294FBC3FLL,0xF740A3A9D0F19915LL},{1UL,0xF740A3A9D0F19915LL},{0x6345ED48294FBC3FLL,0xCB780681B9C61473LL}},{{18446744073709551610UL,0xBBEB22E90DF656C0LL},{18446744073709551615UL,0UL},{0xB6BBE2E6B06272A3LL,0xF740A3A9D0F19915LL},{0x89660C4750F59529LL,18446744073709551612UL},{0xB6BBE2E6B06272A3LL,0xCB780681B9C61473LL},{18446744073709551615UL,18446744073709551607UL},{18446744073709551610UL,0UL},{0x6345ED48294FBC3FLL,18446744073709551612UL},{1UL,18446744073709551612UL},{0x6345ED48294FBC3FLL,0UL}},{{18446744073709551610UL,18446744073709551607UL},{18446744073709551615UL,0xCB780681B9C61473LL},{0xB6BBE2E6B06272A3LL,18446744073709551612UL},{0x89660C4750F59529LL,0xF740A3A9D0F19915LL},{0xB6BBE2E6B06272A3LL,0UL},{18446744073709551615UL,0xBBEB22E90DF656C0LL},{18446744073709551610UL,0xCB780681B9C61473LL},{0x6345ED48294FBC3FLL,0xF740A3A9D0F19915LL},{1UL,0xF740A3A9D0F19915LL},{0x6345ED48294FBC3FLL,0xCB780681B9C61473LL}},{{18446744073709551610UL,0xBBEB22E90DF656C0LL},{18446744073709551615UL,0UL},{0xB6BBE2E6B06272A3LL,0xF740A3A9D0F19915LL},{0x89660C4750F59529LL,18446744073709551612UL},{0xB6BBE2E6B06272A3LL,0xCB780681B9C61473LL},{18446744073709551615UL,18446744073709551607UL},{18446744073709551610UL,0UL},{0x6345ED48294FBC3FLL,18446744073709551612UL},{1UL,18446744073709551612UL},{0x6345ED48294FBC3FLL,0UL}},{{18446744073709551610UL,18446744073709551607UL},{18446744073709551615UL,0xCB780681B9C61473LL},{0xB6BBE2E6B06272A3LL,18446744073709551612UL},{0x89660C4750F59529LL,0xF740A3A9D0F19915LL},{0xB6BBE2E6B06272A3LL,0UL},{18446744073709551615UL,0xBBEB22E90DF656C0LL},{18446744073709551610UL,0xCB780681B9C61473LL},{0x6345ED48294FBC3FLL,0xF740A3A9D0F19915LL},{1UL,0xF740A3A9D0F19915LL},{0x6345ED48294FBC3FLL,0xCB780681B9C61473LL}},{{18446744073709551610UL,0xBBEB22E90DF656C0LL},{18446744073709551615UL,0UL},{0xB6BBE2E6B06272A3LL,0xF740A3A9D0F19915LL},{0x89660C4750F59529LL,18446744073709551612UL},{0xB6BBE2E6B06272A3LL,0xCB780681B9C61473LL},{18446744073709551615UL,18446744073709551607UL},{18446744073709551610UL,0UL},{0x6345ED48294FBC3FLL,18446744073709551612UL},{1UL,18446744073709551612UL},{0x6345ED48294FBC3FLL,0UL}},{{18446744073709551610UL,18446744073709551607UL},{18446744073709551615UL,0xCB780681B9C61473LL},{0xB6BBE2E6B06272A3LL,18446744073709551612UL},{0x89660C4750F59529LL,0xF740A3A9D0F19915LL},{0xB6BBE2E6B06272A3LL,0UL},{18446744073709551615UL,0xBBEB22E90DF656C0LL},{18446744073709551610UL,0xCB780681B9C61473LL},{0x6345ED48294FBC3FLL,0xF740A3A9D0F19915LL},{1UL,0xF740A3A9D0F19915LL},{9UL,4UL}}};
static int16_t g_498 = 8L;
static uint8_t *g_529 = &g_196[3][0];
static uint8_t **g_528 = &g_529;
static volatile struct S1 g_549 = {0xAF91B15AL,0x0C79L,2L,{4708,8,7,-663,3982,109,0x56L}};/* VOLATILE GLOBAL g_549 */
static struct S0 g_559 = {-5501,-2,15,-440,2579,52,-7L};/* VOLATILE GLOBAL g_559 */
static volatile struct S0 g_571[10][1] = {{{-3176,4,-8,149,2681,-201,-9L}},{{-6340,-11,-10,-720,2257,-334,0x90L}},{{-3176,4,-8,149,2681,-201,-9L}},{{210,-13,4,-119,681,-268,1L}},{{210,-13,4,-119,681,-268,1L}},{{-3176,4,-8,149,2681,-201,-9L}},{{-6340,-11,-10,-720,2257,-334,0x90L}},{{-3176,4,-8,149,2681,-201,-9L}},{{210,-13,4,-119,681,-268,1L}},{{210,-13,4,-119,681,-268,1L}}};
static struct S1 g_587 = {0x2CCFF5D8L,1L,0x57AF3EF03F7144B1LL,{444,17,-8,127,1550,-228,-6L}};/* VOLATILE GLOBAL g_587 */
static struct S1 *g_590 = &g_587;
static struct S1 **g_589[5][4][5] = {{{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590}},{{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590}},{{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590}},{{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590}},{{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590},{&g_590,&g_590,&g_590,&g_590,&g_590}}};
static uint8_t ***g_652 = &g_528;
static uint8_t **** volatile g_651[10][2][1] = {{{&g_652},{(void*)0}},{{&g_652},{&g_652}},{{&g_652},{&g_652}},{{&g_652},{&g_652}},{{&g_652},{&g_652}},{{&g_652},{(void*)0}},{{&g_652},{&g_652}},{{&g_652},{&g_652}},{{&g_652},{&g_652}},{{&g_652},{&g_652}}};
static struct S1 g_665 = {0x10D8F1BAL,0x0872L,4L,{-1414,-9,-8,-138,564,-180,0xC3L}};/* VOLATILE GLOBAL g_665 */


/* --- FORWARD DECLARATIONS --- */
static union U2  func_1(void);
static int8_t  func_12(const int32_t  p_13, int8_t  p_14, uint32_t  p_15);
static int8_t  func_19(int8_t  p_20, int8_t  p_21);
static int16_t  func_40(int32_t * p_41, int32_t * p_42, union U2  p_43, int64_t  p_44);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_45
 * writes: g_4
 */
static union U2  func_1(void)
{ /* block id: 0 */
    uint32_t l_2[3][6][10] = {{{0x4A20A298L,18446744073709551615UL,0UL,0UL,18446744073709551608UL,0UL,0xB8E136DCL,0x33FD52A4L,0xB0AE28DEL,1UL},{18446744073709551615UL,0x158F8766L,0x50EBF085L,0xB3D925D3L,0xD8C53784L,18446744073709551615UL,0x8AFB1CADL,0x4177FD8BL,0x80D1C1D6L,0UL},{1UL,18446744073709551608UL,0x80D1C1D6L,0xB03E3869L,18446744073709551615UL,1UL,1UL,18446744073709551615UL,0xB03E3869L,0x80D1C1D6L},{0UL,0UL,0x22A19820L,4UL,18446744073709551615UL,0xD0A3205FL,8UL,0xA4D2C643L,7UL,18446744073709551615UL},{0x51938D10L,1UL,0xB03E3869L,18446744073709551608UL,18446744073709551615UL,18446744073709551606UL,8UL,0x158F8766L,0x618B2576L,18446744073709551615UL},{8UL,0UL,0x0E82CA96L,0xA2F617A9L,18446744073709551615UL,0x37C5B151L,1UL,0x93DDA37BL,0x0E82CA96L,0x41A4633BL}},{{0xD2CE6C1CL,0x80D1C1D6L,0UL,0x50EBF085L,0x76DF3E2EL,0xB8E136DCL,0x4177FD8BL,18446744073709551612UL,1UL,1UL},{0xD8C53784L,0x095B676BL,0x323E629BL,1UL,0x22A19820L,0x41A4633BL,0x37C5B151L,18446744073709551615UL,0x23607A98L,0x2A6CA0CEL},{0x37ACED45L,0xA2F617A9L,0UL,18446744073709551615UL,0x50EBF085L,0xAD9DDCEFL,18446744073709551615UL,0UL,18446744073709551607UL,0x37ACED45L},{0x2A6CA0CEL,0x4177FD8BL,0x865E1BFEL,0x37C5B151L,18446744073709551615UL,1UL,1UL,9UL,18446744073709551615UL,0xD8C53784L},{1UL,0x22A19820L,0xB0AE28DEL,0x4177FD8BL,0x41A4633BL,0UL,0x50EBF085L,0xBBD4AA41L,0UL,0xD2CE6C1CL},{0x41A4633BL,1UL,1UL,0xFE905687L,0x50EBF085L,0xFE905687L,1UL,1UL,0x41A4633BL,0xB389E767L}},{{0xC2457718L,18446744073709551606UL,18446744073709551615UL,0x0E82CA96L,0x89B1AB44L,0xA4D2C643L,0x80D1C1D6L,0x76DF3E2EL,0UL,1UL},{18446744073709551615UL,0x975A1448L,0xAD9DDCEFL,0x0E82CA96L,0UL,0xAACDA2A4L,0xDAAFE497L,0x2CB3A3FCL,0x41A4633BL,18446744073709551615UL},{0x9220C436L,0x76DF3E2EL,1UL,0xFE905687L,18446744073709551615UL,1UL,0UL,0x618B2576L,0UL,18446744073709551615UL},{1UL,0x618B2576L,0x6A58390AL,0x4177FD8BL,0x37C5B151L,18446744073709551615UL,18446744073709551606UL,0x80D1C1D6L,18446744073709551615UL,18446744073709551615UL},{0x158F8766L,1UL,0xBF2B8319L,0x37C5B151L,0xAACDA2A4L,0UL,18446744073709551615UL,0x9220C436L,18446744073709551607UL,0x618B2576L},{0xB0AE28DEL,0UL,1UL,18446744073709551615UL,1UL,0UL,0xB0AE28DEL,0x158F8766L,0x23607A98L,2UL}}};
    int32_t *l_641[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint16_t l_659 = 0xFD3DL;
    int i, j, k;
    for (g_4 = 0; (g_4 <= 2); g_4 += 1)
    { /* block id: 3 */
        uint32_t l_18 = 0xB8686B46L;
        uint16_t l_643 = 0x3C0BL;
        int32_t l_646 = (-1L);
        uint8_t ***l_650 = &g_528;
        uint16_t **l_688 = (void*)0;
        uint64_t *l_698 = &g_496[5][1][1];
        int16_t *l_699 = &g_136;
        uint32_t *l_706 = &g_7;
        uint32_t l_707 = 0x59900F23L;
    }
    return g_45[1][0][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_28 g_249 g_94 g_95 g_96 g_280 g_230 g_103 g_267 g_442 g_295 g_106 g_35 g_45 g_431 g_336 g_136 g_298 g_97 g_463 g_464.f3.f1 g_191 g_192 g_460 g_45.f0 g_496 g_464 g_60 g_528 g_529 g_196 g_398 g_549 g_333 g_559 g_571 g_461 g_335 g_587.f3.f2 g_141
 * writes: g_136 g_81 g_249 g_431 g_191 g_106 g_442 g_295 g_139 g_60 g_35 g_460 g_461 g_267 g_97 g_398 g_463 g_496 g_196 g_336 g_103 g_298 g_589 g_192 g_28 g_45.f0 g_141
 */
static int8_t  func_12(const int32_t  p_13, int8_t  p_14, uint32_t  p_15)
{ /* block id: 201 */
    uint16_t l_424 = 0xC17FL;
    int16_t *l_425 = &g_136;
    uint16_t *l_428 = &g_81;
    uint16_t *l_429 = &g_249;
    uint16_t *l_430 = &g_431;
    int32_t **l_432 = &g_191;
    uint32_t l_439 = 9UL;
    int32_t l_440 = 0x96CCB71EL;
    int64_t *l_441 = &g_442;
    int32_t *l_443 = &g_295;
    int32_t ***l_445[5][7][2] = {{{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,(void*)0},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432}},{{&l_432,(void*)0},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,(void*)0},{&l_432,&l_432}},{{&l_432,&l_432},{(void*)0,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,(void*)0},{&l_432,&l_432}},{{(void*)0,&l_432},{&l_432,(void*)0},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{(void*)0,&l_432}},{{&l_432,&l_432},{&l_432,(void*)0},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432},{&l_432,&l_432}}};
    int32_t ****l_444 = &l_445[1][0][0];
    uint32_t l_514 = 0UL;
    uint32_t * const *l_525 = (void*)0;
    const int32_t *l_578 = (void*)0;
    const int32_t **l_577[5];
    struct S1 *l_586[9] = {&g_587,&g_587,&g_587,&g_587,&g_587,&g_587,&g_587,&g_587,&g_587};
    struct S1 **l_585 = &l_586[8];
    int16_t l_622 = (-8L);
    const int16_t l_634[4] = {4L,4L,4L,4L};
    int32_t l_639 = 0xB0C37140L;
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_577[i] = &l_578;
    (*l_443) ^= ((+(((*l_441) |= (((safe_sub_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((((*l_425) = l_424) <= (safe_div_func_int16_t_s_s((((*g_230) = (((*l_428) = g_28) & (((*l_430) = ((*l_429) ^= 1UL)) && ((((p_15 , ((*l_432) = &g_28)) == (**g_94)) <= (safe_add_func_uint8_t_u_u((0L == (safe_sub_func_uint32_t_u_u(l_424, (safe_div_func_int8_t_s_s((((l_424 <= g_280[0][0]) , 0xDD76AF81L) , p_15), 0xDCL))))), p_13))) ^ 0xF9ABA57A7EDD22ECLL)))) ^ p_15), p_15))) > g_103), p_15)), l_439)) <= g_267) > l_440)) || p_14)) || 0x791E5117846DC43BLL);
    (*l_444) = &l_432;
    for (g_442 = 1; (g_442 >= 0); g_442 -= 1)
    { /* block id: 213 */
        uint64_t *l_449 = &g_139;
        int32_t **l_459 = &g_191;
        int64_t *l_462 = &g_267;
        int32_t *** const *l_472 = &l_445[4][4][1];
        int32_t l_479[4][6] = {{(-10L),0L,(-10L),0x20A67042L,7L,7L},{0L,(-10L),(-10L),0L,0L,0xF2ECA3DCL},{0xF2ECA3DCL,0L,7L,0L,0xF2ECA3DCL,0x20A67042L},{0L,0xF2ECA3DCL,0x20A67042L,0x20A67042L,0xF2ECA3DCL,0L}};
        uint32_t *l_524 = &g_282;
        uint32_t * const *l_523 = &l_524;
        int8_t *l_539 = &g_280[0][1];
        int i, j;
        (**g_95) |= ((((*l_462) = (((safe_lshift_func_int8_t_s_u((*g_230), ((~((g_60 = ((*l_449) = 6UL)) & (safe_lshift_func_int8_t_s_u((g_35 |= (!5UL)), (safe_add_func_int16_t_s_s(((*l_425) ^= ((safe_lshift_func_int16_t_s_s(p_13, ((g_45[1][0][2] , (((void*)0 != &g_81) <= ((safe_mul_func_int16_t_s_s(((g_460 = l_459) == (g_461 = l_459)), g_431)) >= 6UL))) ^ g_336[7][5]))) != (*l_443))), g_431)))))) >= 0x00L))) < p_13) & 65535UL)) , g_298) == 4UL);
        for (g_398 = 0; (g_398 <= 1); g_398 += 1)
        { /* block id: 224 */
            volatile struct S1 **l_465 = (void*)0;
            int32_t l_494 = 6L;
            uint32_t l_495 = 18446744073709551615UL;
            int16_t *l_497[4] = {&g_498,&g_498,&g_498,&g_498};
            int32_t l_516[7] = {0x1D9168A9L,0x1D9168A9L,0x1D9168A9L,0x1D9168A9L,0x1D9168A9L,0x1D9168A9L,0x1D9168A9L};
            int32_t l_518 = (-1L);
            uint32_t l_519 = 0xA1B07B8EL;
            int i;
            g_463 = g_463;
            if (((p_14 <= (safe_lshift_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(((void*)0 != l_472), ((*l_443) = (g_496[0][3][1] ^= ((*l_425) = (safe_lshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s(((l_479[0][4] , (0xD223L & (safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(((((((safe_rshift_func_uint16_t_u_s(65535UL, (((safe_rshift_func_int8_t_s_s(0L, (safe_lshift_func_int16_t_s_s(0xAD30L, g_464.f3.f1)))) && l_494) < p_13))) , (*g_94)) == &g_191) , (**l_459)) >= p_15) < (**g_460)), l_494)) & (**g_460)), p_15)), 2)), 1UL)))) > g_45[1][0][2].f0), l_495)), (*g_230))), p_14))))))), 9)) && p_15) < 0xEC82D2EE42B8C058LL), (*g_230)))) >= 9UL))
            { /* block id: 229 */
                uint8_t *l_515 = &g_196[3][0];
                uint8_t *l_517 = &g_336[7][5];
                int32_t l_520[10];
                int i;
                for (i = 0; i < 10; i++)
                    l_520[i] = 0x836CCC6EL;
                l_520[9] ^= (((((safe_add_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((((*l_449) = 0xF59ACAC9A85D7437LL) == (safe_mod_func_uint8_t_u_u((l_518 &= ((*l_517) = (safe_rshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_s((((((safe_rshift_func_int16_t_s_s(p_15, p_15)) , ((*g_463) , &g_103)) == (((*l_515) = (safe_unary_minus_func_uint32_t_u((((l_494 = (&g_45[7][1][2] == &g_45[6][2][2])) & (-1L)) > ((safe_lshift_func_int16_t_s_u(l_514, g_60)) && g_60))))) , &g_7)) >= 0UL) , (*g_230)), l_516[3])), 6)))), l_519))), p_13)), 0UL)) != g_28) & 1UL) | (*g_230)) != (*l_443));
                (*l_443) = (safe_sub_func_uint32_t_u_u(0xBFCAD32FL, p_15));
                l_525 = l_523;
            }
            else
            { /* block id: 238 */
                (*l_443) &= (***g_94);
            }
            for (g_60 = 0; (g_60 <= 1); g_60 += 1)
            { /* block id: 243 */
                uint8_t **l_530 = (void*)0;
                uint8_t **l_540 = &g_529;
                uint32_t *l_550 = &l_519;
                int32_t **l_556 = &l_443;
                int32_t **l_557 = &l_443;
                uint8_t l_558 = 246UL;
                (***g_94) = (safe_mod_func_int8_t_s_s((((l_530 = g_528) == (((g_103 = (0xA2L <= (safe_sub_func_int32_t_s_s((safe_div_func_uint32_t_u_u((((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u(((**g_528) ^ (*g_230)), 4)), g_464.f3.f2)) ^ (((g_398 < ((p_14 < ((((*l_443) = (0L >= 0x06L)) , 0x9FL) > l_494)) , g_298)) , l_539) == &p_14)) <= g_280[0][0]), l_519)), p_14)))) == p_14) , l_540)) , 0x4EL), 0x3DL));
                if (p_13)
                    break;
                g_298 &= ((((safe_sub_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u((p_14 , (((*l_550) = (g_549 , 0xD0972F4FL)) ^ (+((g_333 != (0x5EA7L != (((0x5F4B9094L != (**l_459)) & ((**l_530) = ((safe_mul_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u(((l_556 = (g_461 = &g_191)) == l_557), p_14)), p_14)) != l_558))) != (**l_557)))) < g_496[0][3][1])))), l_516[3])), g_496[5][4][1])), 0x9CCDL)) == (-1L)), (*g_230))) && p_14) , (*l_443)) < 0x7881B9D34E321049LL);
            }
        }
    }
    if ((*g_96))
    { /* block id: 257 */
        uint16_t *l_560 = &g_431;
        const int32_t ***l_579 = (void*)0;
        int32_t **l_580 = &g_191;
        struct S1 ***l_588[9] = {&l_585,&l_585,&l_585,&l_585,&l_585,&l_585,&l_585,&l_585,&l_585};
        int i;
        (*l_443) &= (g_559 , (((&g_249 == l_560) == (safe_sub_func_uint32_t_u_u((((safe_mul_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(((*l_560) = (safe_sub_func_int64_t_s_s(((g_571[3][0] , (((safe_add_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u((~((l_577[0] = l_577[0]) == (l_580 = &g_191))), (((safe_div_func_uint64_t_u_u(((p_13 | (((safe_div_func_int32_t_s_s(((g_589[1][3][0] = l_585) == (void*)0), p_13)) == p_15) & (**g_460))) ^ g_559.f5), g_549.f3.f1)) != (**g_461)) , 2UL))), p_14)) , p_14) != g_335)) != g_587.f3.f2), 0xB6075C6B8164F3FCLL))), p_13)) && g_141), 0x6784L)), g_398)) & p_15) ^ p_14), p_14))) & p_13));
        (*l_580) = (*l_580);
    }
    else
    { /* block id: 264 */
        volatile int32_t * volatile l_591[5][6][8] = {{{(void*)0,&g_3,&g_3,&g_3,&g_97,&g_3,&g_97,&g_3},{(void*)0,(void*)0,&g_97,&g_3,&g_97,&g_97,&g_3,&g_3},{&g_97,&g_97,&g_3,&g_3,&g_97,&g_3,&g_97,&g_3},{&g_97,&g_97,&g_97,&g_3,&g_97,&g_3,&g_3,&g_3},{&g_97,&g_3,&g_3,&g_3,&g_3,&g_3,&g_97,&g_97},{&g_97,&g_97,&g_97,&g_97,&g_97,&g_3,&g_97,&g_97}},{{&g_97,&g_3,&g_3,&g_3,&g_97,(void*)0,&g_3,&g_3},{&g_97,&g_97,&g_3,&g_97,&g_3,&g_97,&g_97,&g_97},{&g_97,&g_3,&g_97,&g_97,&g_97,&g_97,&g_97,&g_3},{&g_97,&g_97,&g_97,&g_97,&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,&g_3,&g_3,&g_97,&g_97,(void*)0,&g_97},{(void*)0,&g_3,&g_97,&g_97,&g_97,&g_97,&g_97,&g_3}},{{(void*)0,&g_97,(void*)0,&g_3,&g_3,(void*)0,&g_3,&g_97},{&g_97,&g_3,&g_97,&g_97,(void*)0,&g_3,&g_3,&g_3},{&g_3,&g_97,(void*)0,(void*)0,&g_97,&g_3,&g_97,&g_97},{&g_97,&g_3,&g_97,&g_97,&g_3,&g_3,(void*)0,&g_97},{&g_97,&g_97,&g_97,&g_3,&g_97,&g_3,&g_97,&g_97},{&g_3,&g_97,&g_3,&g_3,&g_3,&g_3,&g_97,(void*)0}},{{&g_3,&g_3,&g_97,&g_3,&g_97,&g_97,&g_97,&g_3},{&g_97,&g_97,&g_97,&g_3,&g_3,&g_3,&g_97,&g_97},{&g_97,&g_3,&g_97,&g_97,&g_97,&g_3,&g_3,&g_97},{&g_97,&g_3,&g_97,&g_97,&g_3,&g_97,&g_3,&g_97},{&g_97,&g_3,(void*)0,&g_3,&g_97,&g_97,&g_97,&g_97},{&g_3,&g_3,&g_3,&g_3,&g_3,&g_97,&g_97,&g_3}},{{&g_3,(void*)0,&g_97,&g_97,&g_97,&g_97,&g_97,&g_3},{&g_97,&g_3,&g_97,&g_97,&g_3,&g_97,&g_3,&g_97},{&g_97,&g_3,&g_3,&g_3,&g_97,&g_97,&g_3,&g_97},{&g_97,&g_3,&g_97,&g_97,(void*)0,&g_3,&g_97,&g_3},{&g_97,&g_3,&g_97,&g_3,&g_97,&g_3,&g_3,&g_3},{(void*)0,&g_97,&g_3,&g_97,&g_97,&g_97,&g_3,&g_97}}};
        union U2 l_592[8] = {{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L}};
        uint16_t **l_597 = (void*)0;
        uint16_t **l_598 = &l_430;
        uint16_t **l_599 = &l_428;
        uint32_t *l_605[4][2][5] = {{{&l_514,&g_103,&l_514,&g_103,&l_514},{&g_103,&g_7,&g_7,&g_103,&g_103}},{{(void*)0,&g_103,(void*)0,&g_103,(void*)0},{&g_103,&g_103,&g_7,&g_7,&g_103}},{{&l_514,&g_103,&l_514,&g_103,&l_514},{&g_103,&g_7,&g_7,&g_103,&g_103}},{{(void*)0,&g_103,(void*)0,&g_103,(void*)0},{&g_103,&g_103,&g_7,&g_7,&g_103}}};
        int32_t l_606 = 0xDDA3B5ECL;
        uint16_t *l_615 = (void*)0;
        uint16_t *l_616 = &g_249;
        int8_t *l_623 = (void*)0;
        int8_t *l_624 = &g_45[1][0][2].f0;
        int32_t l_638 = 0x7F657EABL;
        uint8_t *l_640 = &g_141;
        int i, j, k;
        l_591[4][3][5] = (**g_94);
        (**l_432) = (l_592[2] , ((((*l_430) = (*l_443)) , (l_606 ^= (safe_sub_func_uint64_t_u_u((g_442 > ((safe_lshift_func_uint8_t_u_u((((*l_599) = ((*l_598) = &l_424)) != (l_429 = &l_424)), 0)) == (p_15 != (safe_div_func_int64_t_s_s(0x4823147B8E4310D2LL, p_15))))), (safe_lshift_func_int8_t_s_s(((*g_230) = (~(((*l_425) = (-9L)) >= p_15))), 7)))))) > 0x4740529BL));
        (*l_443) = (safe_lshift_func_int8_t_s_u((safe_add_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(((*g_96) == (1L > ((*l_616) &= ((*l_430) &= l_606)))), (!(((~(safe_mul_func_uint8_t_u_u(((*l_640) &= ((+l_592[2].f0) >= ((((*g_230) = (*g_230)) > ((*l_624) = l_622)) , ((((((safe_sub_func_int64_t_s_s((((((+(((*l_441) &= (safe_mod_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((*g_529) ^= (((l_634[0] , 0xDBL) != (!(safe_mod_func_uint32_t_u_u((l_638 &= 0x5B115129L), 0x7A88BC5AL)))) , 252UL)), 0UL)), 0x67D1L)) & p_13), g_587.f3.f2))) && 0UL)) ^ l_592[2].f0) != 0x85L) < p_14) && l_592[2].f0), g_295)) & 0xBF5AL) <= (*l_443)) , (*g_191)) ^ 0x45CD0409L) != l_639)))), 0L))) >= p_15) , 0xC0L)))), (**l_432))), l_606)), 6));
    }
    return (*g_230);
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_28 g_36
 * writes: g_28 g_36 g_39
 */
static int8_t  func_19(int8_t  p_20, int8_t  p_21)
{ /* block id: 6 */
    int32_t l_30 = 4L;
    int32_t l_31 = 0x8AAF4532L;
    int32_t l_32 = 0xAE6E92ECL;
    int32_t l_33[1][4][9] = {{{0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL},{0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL},{0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL,0xAD05572BL},{0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL,0x031B10CDL}}};
    int i, j, k;
    for (p_21 = 0; (p_21 == (-29)); p_21 = safe_sub_func_int32_t_s_s(p_21, 1))
    { /* block id: 9 */
        int32_t *l_27 = &g_28;
        int32_t *l_29[2];
        int i;
        for (i = 0; i < 2; i++)
            l_29[i] = &g_28;
        if (g_3)
            break;
        (*l_27) |= p_20;
        --g_36;
        g_39 = (void*)0;
    }
    return p_20;
}


/* ------------------------------------------ */
/* 
 * reads : g_336
 * writes:
 */
static int16_t  func_40(int32_t * p_41, int32_t * p_42, union U2  p_43, int64_t  p_44)
{ /* block id: 16 */
    uint32_t l_48 = 0x3B9C033CL;
    int32_t l_49 = 1L;
    uint64_t *l_57 = (void*)0;
    int16_t l_58[2][3][4] = {{{4L,0x90BDL,4L,0x90BDL},{4L,0x90BDL,4L,0x90BDL},{4L,0x90BDL,4L,0x90BDL}},{{4L,0x90BDL,4L,0x90BDL},{4L,0x90BDL,4L,0x90BDL},{4L,0x90BDL,4L,0x90BDL}}};
    uint64_t *l_59 = &g_60;
    int32_t *l_70[2];
    int32_t **l_69 = &l_70[0];
    uint16_t *l_80 = &g_81;
    const int64_t l_143 = 0x8FE1C85B538FED00LL;
    uint8_t *l_150 = &g_141;
    union U2 l_155 = {0x32L};
    uint32_t l_193 = 18446744073709551611UL;
    int32_t *l_199 = &g_192;
    uint32_t l_224[2][8] = {{0x8DDF3857L,0xB740B137L,0x8DDF3857L,0x438F1E34L,4294967295UL,4294967295UL,0x438F1E34L,0x8DDF3857L},{0xB740B137L,0xB740B137L,4294967295UL,0xD706CD79L,0x25A78384L,0xD706CD79L,4294967295UL,0xB740B137L}};
    uint32_t l_225[8][3][8] = {{{4294967294UL,0UL,0x207C40C1L,0x57B670F1L,0x25BA1AFDL,4UL,0x25BA1AFDL,0x57B670F1L},{7UL,0UL,7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL},{0x721FC947L,4UL,0x207C40C1L,4UL,0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L}},{{0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L,4294967294UL,0xF390BB75L,0x721FC947L,4UL},{7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL,4294967294UL,4UL},{4294967294UL,0UL,0x207C40C1L,0x57B670F1L,0x25BA1AFDL,4UL,0x25BA1AFDL,0x57B670F1L}},{{7UL,0UL,7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL},{0x721FC947L,4UL,0x207C40C1L,4UL,0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L},{0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L,4294967294UL,0xF390BB75L,0x721FC947L,4UL}},{{7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL,4294967294UL,4UL},{4294967294UL,0UL,0x207C40C1L,0x57B670F1L,0x25BA1AFDL,4UL,0x25BA1AFDL,0x57B670F1L},{7UL,0UL,7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL}},{{0x721FC947L,4UL,0x207C40C1L,4UL,0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L},{0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L,4294967294UL,0xF390BB75L,0x721FC947L,4UL},{7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL,4294967294UL,4UL}},{{4294967294UL,0UL,0x207C40C1L,0x57B670F1L,0x25BA1AFDL,4UL,0x25BA1AFDL,0x57B670F1L},{7UL,0UL,7UL,4UL,4294967294UL,1UL,0x25BA1AFDL,1UL},{0x721FC947L,4UL,0x207C40C1L,4UL,0x721FC947L,0xF390BB75L,4294967294UL,0x57B670F1L}},{{0x721FC947L,0xF390BB75L,7UL,0UL,7UL,4UL,4294967294UL,1UL},{0x207C40C1L,1UL,7UL,0x57B670F1L,0x721FC947L,0x57B670F1L,7UL,1UL},{7UL,0xF390BB75L,0x25BA1AFDL,0UL,0x721FC947L,1UL,0x721FC947L,0UL}},{{0x207C40C1L,0xF390BB75L,0x207C40C1L,1UL,7UL,0x57B670F1L,0x721FC947L,0x57B670F1L},{4294967294UL,1UL,0x25BA1AFDL,1UL,4294967294UL,4UL,7UL,0UL},{4294967294UL,4UL,7UL,0UL,7UL,4UL,4294967294UL,1UL}}};
    int64_t *l_357 = &g_267;
    int64_t **l_356 = &l_357;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_70[i] = &g_4;
    l_49 = (safe_add_func_uint32_t_u_u(0xBE4639A7L, l_48));
    return g_336[7][5];
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_45[i][j][k].f0, "g_45[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_196[i][j], "g_196[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_267, "g_267", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_280[i][j], "g_280[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_282, "g_282", print_hash_value);
    transparent_crc(g_295, "g_295", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    transparent_crc(g_333, "g_333", print_hash_value);
    transparent_crc(g_335, "g_335", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_336[i][j], "g_336[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_359, "g_359", print_hash_value);
    transparent_crc(g_398, "g_398", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    transparent_crc(g_431, "g_431", print_hash_value);
    transparent_crc(g_442, "g_442", print_hash_value);
    transparent_crc(g_464.f0, "g_464.f0", print_hash_value);
    transparent_crc(g_464.f1, "g_464.f1", print_hash_value);
    transparent_crc(g_464.f2, "g_464.f2", print_hash_value);
    transparent_crc(g_464.f3.f0, "g_464.f3.f0", print_hash_value);
    transparent_crc(g_464.f3.f1, "g_464.f3.f1", print_hash_value);
    transparent_crc(g_464.f3.f2, "g_464.f3.f2", print_hash_value);
    transparent_crc(g_464.f3.f3, "g_464.f3.f3", print_hash_value);
    transparent_crc(g_464.f3.f4, "g_464.f3.f4", print_hash_value);
    transparent_crc(g_464.f3.f5, "g_464.f3.f5", print_hash_value);
    transparent_crc(g_464.f3.f6, "g_464.f3.f6", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_496[i][j][k], "g_496[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_498, "g_498", print_hash_value);
    transparent_crc(g_549.f0, "g_549.f0", print_hash_value);
    transparent_crc(g_549.f1, "g_549.f1", print_hash_value);
    transparent_crc(g_549.f2, "g_549.f2", print_hash_value);
    transparent_crc(g_549.f3.f0, "g_549.f3.f0", print_hash_value);
    transparent_crc(g_549.f3.f1, "g_549.f3.f1", print_hash_value);
    transparent_crc(g_549.f3.f2, "g_549.f3.f2", print_hash_value);
    transparent_crc(g_549.f3.f3, "g_549.f3.f3", print_hash_value);
    transparent_crc(g_549.f3.f4, "g_549.f3.f4", print_hash_value);
    transparent_crc(g_549.f3.f5, "g_549.f3.f5", print_hash_value);
    transparent_crc(g_549.f3.f6, "g_549.f3.f6", print_hash_value);
    transparent_crc(g_559.f0, "g_559.f0", print_hash_value);
    transparent_crc(g_559.f1, "g_559.f1", print_hash_value);
    transparent_crc(g_559.f2, "g_559.f2", print_hash_value);
    transparent_crc(g_559.f3, "g_559.f3", print_hash_value);
    transparent_crc(g_559.f4, "g_559.f4", print_hash_value);
    transparent_crc(g_559.f5, "g_559.f5", print_hash_value);
    transparent_crc(g_559.f6, "g_559.f6", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_571[i][j].f0, "g_571[i][j].f0", print_hash_value);
            transparent_crc(g_571[i][j].f1, "g_571[i][j].f1", print_hash_value);
            transparent_crc(g_571[i][j].f2, "g_571[i][j].f2", print_hash_value);
            transparent_crc(g_571[i][j].f3, "g_571[i][j].f3", print_hash_value);
            transparent_crc(g_571[i][j].f4, "g_571[i][j].f4", print_hash_value);
            transparent_crc(g_571[i][j].f5, "g_571[i][j].f5", print_hash_value);
            transparent_crc(g_571[i][j].f6, "g_571[i][j].f6", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_587.f0, "g_587.f0", print_hash_value);
    transparent_crc(g_587.f1, "g_587.f1", print_hash_value);
    transparent_crc(g_587.f2, "g_587.f2", print_hash_value);
    transparent_crc(g_587.f3.f0, "g_587.f3.f0", print_hash_value);
    transparent_crc(g_587.f3.f1, "g_587.f3.f1", print_hash_value);
    transparent_crc(g_587.f3.f2, "g_587.f3.f2", print_hash_value);
    transparent_crc(g_587.f3.f3, "g_587.f3.f3", print_hash_value);
    transparent_crc(g_587.f3.f4, "g_587.f3.f4", print_hash_value);
    transparent_crc(g_587.f3.f5, "g_587.f3.f5", print_hash_value);
    transparent_crc(g_587.f3.f6, "g_587.f3.f6", print_hash_value);
    transparent_crc(g_665.f0, "g_665.f0", print_hash_value);
    transparent_crc(g_665.f1, "g_665.f1", print_hash_value);
    transparent_crc(g_665.f2, "g_665.f2", print_hash_value);
    transparent_crc(g_665.f3.f0, "g_665.f3.f0", print_hash_value);
    transparent_crc(g_665.f3.f1, "g_665.f3.f1", print_hash_value);
    transparent_crc(g_665.f3.f2, "g_665.f3.f2", print_hash_value);
    transparent_crc(g_665.f3.f3, "g_665.f3.f3", print_hash_value);
    transparent_crc(g_665.f3.f4, "g_665.f3.f4", print_hash_value);
    transparent_crc(g_665.f3.f5, "g_665.f3.f5", print_hash_value);
    transparent_crc(g_665.f3.f6, "g_665.f3.f6", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 146
   depth: 1, occurrence: 2
   depth: 2, occurrence: 2
XXX total union variables: 6

XXX non-zero bitfields defined in structs: 6
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 3
XXX volatile bitfields defined in structs: 1
XXX structs with bitfields in the program: 8
breakdown:
   indirect level: 0, occurrence: 4
   indirect level: 1, occurrence: 1
   indirect level: 2, occurrence: 2
   indirect level: 3, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 4
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 4
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 7

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 35
   depth: 2, occurrence: 7
   depth: 20, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 28, occurrence: 1
   depth: 31, occurrence: 1
   depth: 33, occurrence: 2
   depth: 40, occurrence: 1

XXX total number of pointers: 134

XXX times a variable address is taken: 329
XXX times a pointer is dereferenced on RHS: 89
breakdown:
   depth: 1, occurrence: 57
   depth: 2, occurrence: 20
   depth: 3, occurrence: 8
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 124
breakdown:
   depth: 1, occurrence: 109
   depth: 2, occurrence: 10
   depth: 3, occurrence: 5
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 1268

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 399
   level: 2, occurrence: 125
   level: 3, occurrence: 38
   level: 4, occurrence: 32
XXX number of pointers point to pointers: 53
XXX number of pointers point to scalars: 77
XXX number of pointers point to structs: 3
XXX percent of pointers has null in alias set: 19.4
XXX average alias set size: 1.28

XXX times a non-volatile is read: 616
XXX times a non-volatile is write: 337
XXX times a volatile is read: 27
XXX    times read thru a pointer: 15
XXX times a volatile is write: 19
XXX    times written thru a pointer: 16
XXX times a volatile is available for access: 196
XXX percentage of non-volatile access: 95.4

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 32
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 11
   depth: 1, occurrence: 11
   depth: 2, occurrence: 3
   depth: 3, occurrence: 7

XXX percentage a fresh-made variable is used: 19.6
XXX percentage an existing variable is used: 80.4
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

