/* Csmith 2.3.0 --seed 2 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = A05DFD19 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 2 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      2
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   volatile unsigned f0 : 15;
   signed f1 : 8;
   signed f2 : 10;
   volatile unsigned f3 : 14;
   const unsigned f4 : 5;
   volatile unsigned f5 : 8;
};

/* --- GLOBAL VARIABLES --- */
static int16_t g_14 = 0x697EL;
static int16_t g_49 = 0xDF2DL;
static int32_t g_61 = 0x7CF3D009L;
static int8_t g_73 = (-1L);
static int32_t g_90 = 7L;
static uint64_t g_96 = 0xE352544EE796224ALL;
static int16_t g_109 = (-3L);
static volatile int32_t g_118 = 0x4CBE064EL;/* VOLATILE GLOBAL g_118 */
static volatile int32_t *g_117[1] = {&g_118};
static volatile int32_t **g_116 = &g_117[0];
static uint64_t g_158 = 0x517FABF1FC11684FLL;
static uint32_t g_169 = 1UL;
static int16_t g_192 = 1L;
static int32_t *g_206 = &g_90;
static int32_t ** volatile g_205[8] = {&g_206,&g_206,&g_206,&g_206,&g_206,&g_206,&g_206,&g_206};
static int32_t ** const  volatile g_207[8][4][5] = {{{&g_206,&g_206,&g_206,&g_206,&g_206},{&g_206,&g_206,&g_206,&g_206,&g_206},{&g_206,&g_206,(void*)0,&g_206,&g_206},{&g_206,&g_206,&g_206,&g_206,&g_206}},{{&g_206,&g_206,&g_206,&g_206,&g_206},{&g_206,&g_206,(void*)0,&g_206,&g_206},{&g_206,&g_206,&g_206,&g_206,&g_206},{&g_206,&g_206,(void*)0,&g_206,(void*)0}},{{&g_206,&g_206,&g_206,&g_206,&g_206},{(void*)0,&g_206,(void*)0,(void*)0,&g_206},{&g_206,(void*)0,(void*)0,&g_206,(void*)0},{&g_206,&g_206,&g_206,&g_206,&g_206}},{{(void*)0,&g_206,(void*)0,(void*)0,&g_206},{&g_206,(void*)0,(void*)0,&g_206,(void*)0},{&g_206,&g_206,&g_206,&g_206,&g_206},{(void*)0,&g_206,(void*)0,(void*)0,&g_206}},{{&g_206,(void*)0,(void*)0,&g_206,(void*)0},{&g_206,&g_206,&g_206,&g_206,&g_206},{(void*)0,&g_206,(void*)0,(void*)0,&g_206},{&g_206,(void*)0,(void*)0,&g_206,(void*)0}},{{&g_206,&g_206,&g_206,&g_206,&g_206},{(void*)0,&g_206,(void*)0,(void*)0,&g_206},{&g_206,(void*)0,(void*)0,&g_206,(void*)0},{&g_206,&g_206,&g_206,&g_206,&g_206}},{{(void*)0,&g_206,(void*)0,(void*)0,&g_206},{&g_206,(void*)0,(void*)0,&g_206,(void*)0},{&g_206,&g_206,&g_206,&g_206,&g_206},{(void*)0,&g_206,(void*)0,(void*)0,&g_206}},{{&g_206,(void*)0,(void*)0,&g_206,(void*)0},{&g_206,&g_206,&g_206,&g_206,&g_206},{(void*)0,&g_206,(void*)0,(void*)0,&g_206},{&g_206,(void*)0,(void*)0,&g_206,(void*)0}}};
static int32_t ** volatile g_208 = &g_206;/* VOLATILE GLOBAL g_208 */
static uint16_t g_210 = 65535UL;
static struct S0 g_233[7][7][4] = {{{{153,1,1,88,4,1},{47,14,0,88,4,2},{115,-3,26,68,0,3},{32,-2,4,97,3,6}},{{2,2,-8,11,2,10},{101,-4,-7,68,0,12},{128,3,-10,2,1,12},{151,12,-24,25,3,10}},{{139,11,15,94,0,15},{8,-3,-30,36,1,8},{10,10,27,113,1,1},{108,4,11,106,4,5}},{{178,6,-16,41,2,13},{95,14,-28,75,4,14},{71,9,-7,20,2,7},{135,-3,-23,6,4,10}},{{91,-3,4,67,1,8},{114,4,9,25,3,15},{30,9,-18,40,1,8},{31,1,14,84,4,5}},{{126,-15,-23,11,3,12},{178,6,-16,41,2,13},{114,4,9,25,3,15},{128,3,-10,2,1,12}},{{127,6,-23,89,0,5},{95,9,11,53,4,2},{101,-4,-6,46,3,13},{178,6,-16,41,2,13}}},{{{176,-2,-25,112,4,3},{74,1,29,74,3,6},{108,4,11,106,4,5},{127,6,-23,89,0,5}},{{33,1,4,85,2,7},{165,9,-31,4,3,6},{114,4,9,25,3,15},{59,-13,-6,4,3,7}},{{24,-3,13,26,4,3},{153,1,1,88,4,1},{100,8,28,18,3,2},{100,-6,19,67,0,0}},{{91,-3,4,67,1,8},{96,15,26,40,2,12},{101,-4,-7,68,0,12},{165,9,-31,4,3,6}},{{87,-6,6,20,2,12},{176,-2,-25,112,4,3},{10,10,27,113,1,1},{10,10,27,113,1,1}},{{108,-7,10,127,2,11},{108,-7,10,127,2,11},{160,4,9,4,2,3},{153,1,1,88,4,1}},{{2,2,-8,11,2,10},{40,6,-29,34,3,5},{48,15,28,111,0,4},{53,14,-10,48,3,4}}},{{{95,6,-2,54,1,10},{2,-5,-5,10,2,5},{107,10,-24,30,3,5},{48,15,28,111,0,4}},{{134,-6,-4,17,4,5},{2,-5,-5,10,2,5},{37,-3,-9,34,0,8},{53,14,-10,48,3,4}},{{2,-5,-5,10,2,5},{40,6,-29,34,3,5},{156,1,-14,0,4,7},{153,1,1,88,4,1}},{{148,-6,1,112,1,6},{13,1,24,59,3,1},{52,4,5,1,3,9},{71,9,-7,20,2,7}},{{132,9,11,96,3,1},{10,10,27,113,1,1},{95,-6,27,121,0,3},{75,-14,19,30,0,1}},{{111,0,16,87,0,8},{90,-11,-30,38,3,3},{119,-13,-7,62,4,11},{156,1,-14,0,4,7}},{{166,4,-14,92,1,1},{13,1,28,94,4,4},{89,-3,-15,118,4,12},{24,-11,31,91,2,8}}},{{{128,3,-10,2,1,12},{75,-14,19,30,0,1},{2,-5,-5,10,2,5},{179,-0,1,45,0,11}},{{156,1,-14,0,4,7},{175,14,4,44,4,14},{81,-0,13,48,4,9},{96,15,26,40,2,12}},{{90,-11,-30,38,3,3},{40,6,-29,34,3,5},{7,5,26,72,3,1},{67,-6,4,120,0,9}},{{128,3,-10,2,1,12},{96,15,26,40,2,12},{65,2,16,99,3,0},{74,1,29,74,3,6}},{{112,-0,-26,114,1,13},{55,15,27,108,3,11},{119,-13,-7,62,4,11},{108,4,11,106,4,5}},{{52,4,5,1,3,9},{59,-13,-6,4,3,7},{101,-4,-6,46,3,13},{65,-0,-10,51,0,5}},{{132,9,11,96,3,1},{111,0,16,87,0,8},{47,14,0,88,4,2},{132,9,11,96,3,1}}},{{{80,-3,-28,20,0,6},{126,-6,17,106,2,5},{97,-13,-23,92,4,6},{87,-6,6,20,2,12}},{{24,-11,31,91,2,8},{126,-15,-23,11,3,12},{175,14,4,44,4,14},{115,-3,26,68,0,3}},{{139,11,15,94,0,15},{108,4,11,106,4,5},{8,-3,-30,36,1,8},{48,15,28,111,0,4}},{{13,1,28,94,4,4},{49,8,-31,124,3,6},{166,4,-14,92,1,1},{87,-6,6,20,2,12}},{{55,15,27,108,3,11},{45,1,-0,1,1,0},{67,-6,4,120,0,9},{8,-11,-6,65,1,7}},{{13,1,24,59,3,1},{111,0,16,87,0,8},{53,14,-10,48,3,4},{113,-11,-10,64,2,1}},{{96,15,26,40,2,12},{7,5,26,72,3,1},{126,-6,17,106,2,5},{108,4,11,106,4,5}}},{{{162,4,-12,8,4,0},{107,10,-24,30,3,5},{162,4,-12,8,4,0},{37,-3,-9,34,0,8}},{{77,5,-2,54,4,0},{96,15,26,40,2,12},{151,12,-24,25,3,10},{139,11,15,94,0,15}},{{179,-0,1,45,0,11},{118,12,-12,19,3,10},{65,-0,-10,51,0,5},{96,15,26,40,2,12}},{{97,-13,-23,92,4,6},{114,4,9,25,3,15},{65,-0,-10,51,0,5},{17,11,27,115,0,4}},{{179,-0,1,45,0,11},{75,-14,19,30,0,1},{151,12,-24,25,3,10},{104,13,6,32,1,12}},{{77,5,-2,54,4,0},{26,-3,-7,95,2,2},{162,4,-12,8,4,0},{156,1,-14,0,4,7}},{{162,4,-12,8,4,0},{156,1,-14,0,4,7},{126,-6,17,106,2,5},{89,-3,-15,118,4,12}}},{{{96,15,26,40,2,12},{10,10,27,113,1,1},{53,14,-10,48,3,4},{101,-4,-7,68,0,12}},{{13,1,24,59,3,1},{66,10,20,78,1,9},{67,-6,4,120,0,9},{13,1,28,94,4,4}},{{55,15,27,108,3,11},{74,1,29,74,3,6},{166,4,-14,92,1,1},{126,-6,17,106,2,5}},{{13,1,28,94,4,4},{104,13,6,32,1,12},{8,-3,-30,36,1,8},{112,-0,-26,114,1,13}},{{139,11,15,94,0,15},{24,-11,31,91,2,8},{175,14,4,44,4,14},{45,1,-0,1,1,0}},{{24,-11,31,91,2,8},{74,1,29,74,3,6},{97,-13,-23,92,4,6},{26,-3,-7,95,2,2}},{{80,-3,-28,20,0,6},{13,1,24,59,3,1},{47,14,0,88,4,2},{101,-4,-7,68,0,12}}}};
static uint32_t g_285 = 0x66836590L;
static volatile struct S0 g_296 = {123,-12,-1,17,3,15};/* VOLATILE GLOBAL g_296 */
static uint8_t g_345[1] = {0x93L};
static volatile int16_t g_357[5][4] = {{0x965DL,0xA055L,(-1L),0xA055L},{0xA055L,0x5FD0L,(-1L),(-1L)},{0x965DL,0x965DL,0xA055L,(-1L)},{0L,0x5FD0L,0L,0xA055L},{0L,0xA055L,0xA055L,0L}};
static volatile int16_t *g_356 = &g_357[3][3];
static volatile int16_t **g_355 = &g_356;
static int32_t g_359[6] = {0x77CA87C9L,0x77CA87C9L,0x77CA87C9L,0x77CA87C9L,0x77CA87C9L,0x77CA87C9L};
static int32_t g_364 = (-1L);
static int16_t g_365[1][6] = {{0L,0L,0L,0L,0L,0L}};
static int8_t * volatile * volatile g_375 = (void*)0;/* VOLATILE GLOBAL g_375 */
static int8_t * volatile * volatile * const  volatile g_376 = (void*)0;/* VOLATILE GLOBAL g_376 */
static uint8_t * const g_396 = &g_345[0];
static uint8_t * const *g_395 = &g_396;
static uint16_t g_415 = 0x286CL;
static int32_t *g_442 = &g_359[3];
static volatile struct S0 g_447 = {25,-13,7,100,1,12};/* VOLATILE GLOBAL g_447 */
static volatile int8_t g_450 = 0x6EL;/* VOLATILE GLOBAL g_450 */
static volatile int8_t *g_449 = &g_450;
static volatile int8_t **g_448 = &g_449;
static volatile int64_t g_517 = 0x8784B8DE718F5762LL;/* VOLATILE GLOBAL g_517 */
static volatile int64_t *g_516 = &g_517;
static const uint64_t g_618 = 18446744073709551609UL;
static const uint64_t g_620 = 0UL;
static const uint64_t *g_619 = &g_620;
static const uint64_t g_622 = 9UL;
static const uint64_t *g_621 = &g_622;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int32_t  func_17(uint64_t  p_18, uint32_t  p_19, int8_t  p_20, const int16_t  p_21, int32_t  p_22);
static int16_t  func_29(int64_t  p_30, uint32_t  p_31);
static int64_t  func_32(const int64_t  p_33, int32_t  p_34, const int16_t  p_35, uint32_t  p_36, int64_t  p_37);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_118
 * writes:
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int64_t l_38 = 0x44653FFD03B15A8DLL;
    uint64_t l_45 = 1UL;
    int16_t *l_48 = &g_49;
    int16_t l_50[3][9][1] = {{{0xCF9EL},{(-1L)},{2L},{(-1L)},{0xCF9EL},{0x6C49L},{0xED5BL},{1L},{0xED5BL}},{{0x6C49L},{0xCF9EL},{(-1L)},{2L},{(-1L)},{0xCF9EL},{0x6C49L},{0xED5BL},{1L}},{{0xED5BL},{0x6C49L},{0xCF9EL},{(-1L)},{2L},{(-1L)},{0xCF9EL},{0x6C49L},{0xED5BL}}};
    uint32_t l_388 = 0x17BD3B64L;
    int32_t l_413 = 0x2987633DL;
    int32_t l_414[9][4] = {{0x509365B0L,(-1L),(-10L),0L},{0x130F0284L,0x45201438L,0xA08BDB36L,1L},{(-1L),9L,(-1L),1L},{0xA08BDB36L,0x45201438L,0x130F0284L,0L},{(-10L),0x509365B0L,0x45201438L,0x45201438L},{0L,0L,0x45201438L,(-1L)},{(-10L),0xD899956FL,0x130F0284L,0x509365B0L},{0xA08BDB36L,0x130F0284L,(-1L),0x130F0284L},{(-1L),0x130F0284L,0xA08BDB36L,0x509365B0L}};
    int32_t *l_441 = &g_359[2];
    int8_t l_509 = 0x5AL;
    uint8_t l_560 = 0xDCL;
    int i, j, k;
    return g_118;
}


/* ------------------------------------------ */
/* 
 * reads : g_90 g_61 g_73 g_109 g_116 g_117 g_118 g_169 g_158 g_192 g_208 g_14 g_96 g_233 g_210 g_49 g_206 g_296
 * writes: g_90 g_61 g_96 g_158 g_118 g_169 g_192 g_206 g_210 g_73 g_109 g_285
 */
static int32_t  func_17(uint64_t  p_18, uint32_t  p_19, int8_t  p_20, const int16_t  p_21, int32_t  p_22)
{ /* block id: 41 */
    int32_t *l_133[3][4][3] = {{{&g_90,&g_90,&g_90},{(void*)0,(void*)0,(void*)0},{&g_61,&g_90,&g_61},{(void*)0,(void*)0,(void*)0}},{{&g_90,&g_90,&g_90},{(void*)0,(void*)0,(void*)0},{&g_61,&g_90,&g_61},{(void*)0,(void*)0,(void*)0}},{{&g_90,&g_90,&g_90},{(void*)0,(void*)0,(void*)0},{&g_61,&g_90,&g_61},{(void*)0,(void*)0,(void*)0}}};
    int32_t l_134[8][4][3] = {{{(-1L),0x8868497FL,(-1L)},{0x34F83796L,1L,0xA7E1DD48L},{0x5518D9D7L,0xA7E1DD48L,0L},{(-2L),0xE5EEE56FL,2L}},{{(-1L),(-10L),0x8868497FL},{(-2L),(-1L),(-10L)},{0x5518D9D7L,8L,0xC4D8AA34L},{0x34F83796L,0xA4EB99B8L,0xC72CAAA7L}},{{(-1L),0xF6DFA604L,0x2ECADED1L},{(-1L),(-4L),(-6L)},{(-4L),1L,0x5B1C4912L},{0xEE216E9BL,0x32B3D10AL,(-2L)}},{{7L,0x32B3D10AL,0x7C06B426L},{0xC72CAAA7L,1L,3L},{0x9AD55411L,(-4L),0x34F83796L},{2L,0xF6DFA604L,(-1L)}},{{0xA4EB99B8L,0xA4EB99B8L,0x70EA9D5EL},{0L,8L,0xF0A5B655L},{0xE5EEE56FL,(-1L),1L},{(-6L),(-10L),0x82653F31L}},{{0x8868497FL,0xE5EEE56FL,1L},{2L,0xA7E1DD48L,0xF0A5B655L},{0xF6DFA604L,1L,0x70EA9D5EL},{1L,0x8868497FL,(-1L)}},{{0L,0xE826CDD1L,0x34F83796L},{0x5B1C4912L,0L,3L},{0x7DB42F05L,2L,0x7C06B426L},{0xC4D8AA34L,0xF0A5B655L,(-2L)}},{{0xC4D8AA34L,3L,0x5B1C4912L},{0x7DB42F05L,2L,(-6L)},{0x5B1C4912L,0xDB93F61EL,0x2ECADED1L},{0L,0xC72CAAA7L,0xC72CAAA7L}}};
    uint64_t l_135 = 2UL;
    int8_t *l_155[8][2];
    uint8_t l_159 = 1UL;
    int64_t l_191[9][1][5] = {{{0x6C9BF8E628B5B6B9LL,(-5L),0x72042A246DCAA265LL,(-1L),0x72042A246DCAA265LL}},{{0x72042A246DCAA265LL,0x72042A246DCAA265LL,3L,0x815BEFCB44326F7BLL,0x2F69E9B9EE405A42LL}},{{0x72042A246DCAA265LL,0xD20B73E2F3346647LL,0x2F69E9B9EE405A42LL,9L,0L}},{{0x6C9BF8E628B5B6B9LL,0x24AE8CD262044E5FLL,0L,0x21089FC940DAB331LL,3L}},{{0x14FACFC0601BAD9ELL,0xD20B73E2F3346647LL,0xD20B73E2F3346647LL,0x14FACFC0601BAD9ELL,(-10L)}},{{0xD20B73E2F3346647LL,0x6C9BF8E628B5B6B9LL,0L,(-5L),0x2F69E9B9EE405A42LL}},{{(-5L),(-10L),9L,(-1L),0L}},{{3L,0xD20B73E2F3346647LL,(-5L),(-5L),0xD20B73E2F3346647LL}},{{0x815BEFCB44326F7BLL,0x14FACFC0601BAD9ELL,0x21089FC940DAB331LL,0L,0xD20B73E2F3346647LL}}};
    uint16_t *l_209 = &g_210;
    int8_t l_288 = 0x48L;
    uint32_t l_291 = 0xB07A1A09L;
    uint32_t l_313 = 0xE2845AB8L;
    int i, j, k;
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
            l_155[i][j] = &g_73;
    }
lbl_161:
    l_135--;
    for (g_90 = 0; (g_90 <= 0); g_90 += 1)
    { /* block id: 45 */
        int8_t l_151[4][7] = {{0xCEL,1L,0xCEL,(-10L),(-10L),0xCEL,1L},{(-10L),1L,(-1L),(-1L),1L,(-10L),1L},{0xCEL,(-10L),(-10L),0xCEL,1L,0xCEL,(-10L)},{0x43L,0x43L,(-10L),(-1L),(-10L),0x43L,0x43L}};
        int16_t l_160[8][10][2];
        int32_t l_198 = 0x1648C3C2L;
        int32_t l_199 = (-1L);
        int32_t l_200[4][5] = {{0xE69CA974L,6L,0xE69CA974L,0L,6L},{0x5B82C6DDL,0xF2809EB3L,0L,0x5B82C6DDL,0L},{0x5B82C6DDL,0x5B82C6DDL,0xB4E78FF9L,6L,0xAA3EEEE6L},{0xE69CA974L,0xAA3EEEE6L,0L,0L,0xAA3EEEE6L}};
        uint8_t l_201 = 0UL;
        int64_t l_204[10][5][5] = {{{0x21C5459F6F8027C9LL,0x5EA48497D294ABA5LL,0x99A5114C95139A6BLL,0x8510F0830096BF94LL,2L},{(-1L),3L,0L,0x45A4210C7025D45ALL,(-9L)},{0x68781CAD6A603590LL,0x45A4210C7025D45ALL,0xF74A55781F09E4ECLL,0xED297B412A56E4B4LL,0x21C5459F6F8027C9LL},{(-1L),1L,(-8L),(-1L),(-9L)},{0xEB38E52DD0C4F649LL,0x15019F29C5C5AA92LL,5L,(-4L),2L}},{{(-4L),(-1L),0x4107D51EA8057FABLL,0x5EA48497D294ABA5LL,2L},{(-10L),0x3EAB69EB05264754LL,0x2864092F58000DD4LL,0xF3DB07DDFBFE16F5LL,(-9L)},{0x893E11B61A870D0BLL,0xB37FA2278719F1A4LL,0L,0x15019F29C5C5AA92LL,0x21C5459F6F8027C9LL},{0xD4E4224FE820B833LL,0xD1C63A18E2AD8C16LL,(-2L),3L,(-9L)},{1L,7L,1L,1L,2L}},{{2L,0x1B184DC0AC00EDD4LL,0xA585898F277C9398LL,0x1B184DC0AC00EDD4LL,2L},{1L,0x7BFB2146FE6F8E3ELL,0xBC25AA0ACD712F5DLL,0x3A44097DE9974B31LL,(-9L)},{(-1L),0xF3DB07DDFBFE16F5LL,1L,0L,0x21C5459F6F8027C9LL},{0xAEED9ED3972CC8F6LL,0xFAF4F5E0FBD0E14ELL,0x81670B57E433B844LL,0x7BFB2146FE6F8E3ELL,(-9L)},{0x7CC11C1CCE31C68CLL,0L,1L,0xFAF4F5E0FBD0E14ELL,2L}},{{(-9L),0x8510F0830096BF94LL,9L,0L,2L},{0xF7A7959F4360D1C0LL,(-1L),1L,0xB37FA2278719F1A4LL,(-9L)},{5L,1L,0L,(-1L),0x21C5459F6F8027C9LL},{(-9L),(-4L),1L,6L,(-9L)},{1L,0xED297B412A56E4B4LL,0x9A6A3311199DAAF4LL,0xBB4A0B93BEB56921LL,2L}},{{0L,0L,0x7A6F84FC0D2F5F32LL,(-1L),2L},{1L,6L,0x9F2604A93B77AD3FLL,1L,(-9L)},{0xD14C5FF90D86D0E1LL,0x3A44097DE9974B31LL,0x77EAE8128704BFAELL,7L,0x21C5459F6F8027C9LL},{0x8D83F146019718AALL,0xBB4A0B93BEB56921LL,(-1L),0x3EAB69EB05264754LL,(-9L)},{0xC5529E1FA4D6B5ECLL,(-1L),0xF408891F53D3AF3ELL,0L,0xFAF4F5E0FBD0E14ELL}},{{0xD1C63A18E2AD8C16LL,1L,0xE3211752853B988DLL,0x4C8BE6784F500AEELL,0xFAF4F5E0FBD0E14ELL},{(-1L),0L,4L,0x904C328541EEDB1DLL,1L},{0x15019F29C5C5AA92LL,0x904C328541EEDB1DLL,(-1L),0x4AC9608DB187E16BLL,0xD1C63A18E2AD8C16LL},{0x3A44097DE9974B31LL,(-1L),0x262896290C4CCBB0LL,0x3DF74E81C6B58D6BLL,1L},{0L,4L,0x60F88E6289F0428ALL,0x0380F5ECD5AB3512LL,0xFAF4F5E0FBD0E14ELL}},{{0xBB4A0B93BEB56921LL,0xB2D1BC9CADE45835LL,9L,1L,0xFAF4F5E0FBD0E14ELL},{0x3EAB69EB05264754LL,(-10L),(-9L),0x2CAED80145DC0B32LL,1L},{0xED297B412A56E4B4LL,0x7913A047BB794BE2LL,0L,4L,0xD1C63A18E2AD8C16LL},{0xF3DB07DDFBFE16F5LL,0L,3L,0L,1L},{0x1B184DC0AC00EDD4LL,1L,(-2L),(-1L),0xFAF4F5E0FBD0E14ELL}},{{0xFAF4F5E0FBD0E14ELL,0x106FE50BE48ACF2BLL,0xAF8259E7A37148D7LL,0x106FE50BE48ACF2BLL,0xFAF4F5E0FBD0E14ELL},{6L,1L,(-10L),6L,1L},{7L,0x2CAED80145DC0B32LL,0x51ED1F55DB20FBAELL,0x97113662A07E403ELL,0xD1C63A18E2AD8C16LL},{0x45A4210C7025D45ALL,(-8L),0L,1L,1L},{0x5EA48497D294ABA5LL,0x97113662A07E403ELL,0x1AAAB0096045B5B5LL,(-8L),0xFAF4F5E0FBD0E14ELL}},{{1L,0x4C8BE6784F500AEELL,1L,0xFE3246DB285BB274LL,0xFAF4F5E0FBD0E14ELL},{0x7BFB2146FE6F8E3ELL,0x3DF74E81C6B58D6BLL,0x330DB3FD751D7665LL,0x7913A047BB794BE2LL,1L},{(-1L),0xCF73F7FB9CFE8390LL,0x5AC01637A7634603LL,0xF2385E1EA13A2662LL,0xD1C63A18E2AD8C16LL},{1L,0x0380F5ECD5AB3512LL,(-1L),0x864273B3ADBE0A52LL,1L},{0x8510F0830096BF94LL,0x4AC9608DB187E16BLL,0L,(-1L),0xFAF4F5E0FBD0E14ELL}},{{(-4L),0xFE3246DB285BB274LL,0xD5A0CA31FB828BC5LL,0xB2D1BC9CADE45835LL,0xFAF4F5E0FBD0E14ELL},{3L,0x864273B3ADBE0A52LL,1L,0xCF73F7FB9CFE8390LL,1L},{0L,6L,1L,1L,0xD1C63A18E2AD8C16LL},{0xB37FA2278719F1A4LL,(-1L),0xD99B4452C0C4FCAFLL,(-10L),1L},{(-1L),0xF2385E1EA13A2662LL,0L,0L,0xFAF4F5E0FBD0E14ELL}}};
        int i, j, k;
        for (i = 0; i < 8; i++)
        {
            for (j = 0; j < 10; j++)
            {
                for (k = 0; k < 2; k++)
                    l_160[i][j][k] = 0x60D3L;
            }
        }
        for (g_61 = 0; (g_61 <= 2); g_61 += 1)
        { /* block id: 48 */
            uint8_t l_142 = 255UL;
            uint64_t *l_152 = &l_135;
            uint64_t *l_156 = &g_96;
            uint64_t *l_157 = &g_158;
            int i;
            (**g_116) &= ((safe_rshift_func_uint8_t_u_u((((((safe_add_func_uint64_t_u_u(p_18, l_142)) < (safe_mod_func_int32_t_s_s((g_73 && ((safe_add_func_uint64_t_u_u(((*l_157) = ((*l_156) = (safe_mul_func_int16_t_s_s((0x8A634A9BD93B319ALL & ((safe_div_func_uint64_t_u_u(((((*l_152) = l_151[3][6]) == 0x3810A5EB146457C4LL) , ((p_21 , ((g_73 < ((safe_lshift_func_int8_t_s_u((l_155[0][0] == &p_20), 2)) > p_18)) != p_19)) , 18446744073709551611UL)), g_73)) , p_20)), g_109)))), p_19)) , p_22)), p_22))) < 1L) | l_151[3][3]) >= l_159), 4)) & 0L);
            if (l_160[5][8][1])
                break;
            if (g_109)
                goto lbl_161;
            for (l_159 = 0; (l_159 <= 2); l_159 += 1)
            { /* block id: 57 */
                uint32_t *l_168 = &g_169;
                int32_t *l_185 = &l_134[2][0][0];
                int32_t **l_184 = &l_185;
                int64_t *l_197 = &l_191[7][0][3];
                int i, j, k;
                g_192 &= (safe_mul_func_uint16_t_u_u((l_134[(l_159 + 3)][(g_61 + 1)][l_159] , (safe_mod_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u((--(*l_168)), (safe_mul_func_uint16_t_u_u(((((((safe_lshift_func_uint8_t_u_s((((((safe_sub_func_uint16_t_u_u(p_20, (safe_mul_func_uint16_t_u_u((((safe_mod_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((0x0086L == (l_133[g_90][g_90][l_159] == ((*l_184) = l_133[g_90][l_159][g_61]))), g_158)), ((safe_add_func_int8_t_s_s((-1L), (!(safe_rshift_func_int16_t_s_s(g_73, 15))))) || p_22))) | p_20) , 0xAE16L), 2L)))) & (-1L)) ^ g_61) , p_22) >= 8L), l_191[0][0][3])) || g_158) , g_90) , (-1L)) <= g_118) , g_109), 0x9BEFL)))) == l_160[5][8][1]), 0xB6L))), g_109));
                (**g_116) ^= (safe_div_func_int16_t_s_s((safe_mod_func_int64_t_s_s(p_18, ((*l_197) = 0x06C6AAB39F8D692ELL))), 0xDCCAL));
                if (p_18)
                    goto lbl_161;
            }
        }
        --l_201;
        for (g_61 = 0; (g_61 >= 0); g_61 -= 1)
        { /* block id: 69 */
            return l_204[9][3][4];
        }
    }
    (*g_208) = &l_134[0][0][2];
    if (((g_14 , ((*l_209) = g_96)) != p_18))
    { /* block id: 75 */
        int16_t l_215 = (-1L);
        int64_t l_253 = 0x1EF78B68007C1AA7LL;
        int32_t l_255 = 0x2185ECD8L;
        int32_t l_256 = 0x532BA9FDL;
        int16_t *l_271 = &g_49;
        int16_t **l_270 = &l_271;
        int16_t l_289[3];
        int i;
        for (i = 0; i < 3; i++)
            l_289[i] = 0x4623L;
        for (g_73 = 0; (g_73 > (-26)); g_73--)
        { /* block id: 78 */
            uint32_t *l_228 = &g_169;
            uint8_t *l_229 = (void*)0;
            uint8_t *l_230 = &l_159;
            int32_t l_251 = 0xD8B528FCL;
            int64_t *l_252 = &l_191[3][0][4];
            uint8_t l_254 = 0x9FL;
            int16_t l_274 = 0x6428L;
            uint32_t *l_284 = &g_285;
            int32_t **l_286 = (void*)0;
            int32_t l_287 = 0x00E5A477L;
            int32_t l_290 = (-1L);
            for (g_109 = 0; (g_109 <= 1); g_109 = safe_add_func_int64_t_s_s(g_109, 3))
            { /* block id: 81 */
                if (l_215)
                    break;
            }
            if (((safe_mod_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u(0xFC08L, (safe_lshift_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((((safe_mod_func_uint64_t_u_u((p_21 > (((*l_228) = g_73) , ((((((((*l_230)--) != (g_233[5][5][3] , (1UL != ((safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((safe_add_func_uint32_t_u_u((~(safe_sub_func_int8_t_s_s((((!(safe_mod_func_uint32_t_u_u((safe_unary_minus_func_int64_t_s(((*l_252) = (safe_mod_func_int32_t_s_s(((g_109 == (p_21 > 1L)) == ((safe_sub_func_int16_t_s_s(l_251, 65535UL)) >= g_210)), 1L))))), p_21))) >= p_21) , l_251), 255UL))), l_253)), p_22)) | 4294967295UL), g_233[5][5][3].f3)) , p_21)))) & g_49) < p_18) && g_233[5][5][3].f2) > g_14) == 0x967AL))), l_254)) != (-1L)) | l_253), 18446744073709551615UL)), g_73)))) && l_251), p_19)), (-8L))) && 0x98363495F7AF6C17LL))
            { /* block id: 87 */
                return p_22;
            }
            else
            { /* block id: 89 */
                uint32_t l_257 = 6UL;
                l_257++;
            }
            l_256 = (safe_sub_func_int64_t_s_s((safe_lshift_func_int8_t_s_s(((safe_sub_func_int16_t_s_s((safe_lshift_func_int8_t_s_u(((((((((((safe_rshift_func_int16_t_s_s((l_255 >= ((((g_233[5][5][3].f3 >= ((void*)0 != l_270)) | p_19) , (((*l_284) = (((safe_lshift_func_int16_t_s_u(p_21, 5)) & ((*l_252) = l_274)) , (&l_191[0][0][3] != ((safe_rshift_func_uint8_t_u_s((safe_add_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u((safe_lshift_func_uint16_t_u_s((++(*l_209)), (((*l_228) = (0x691C87F479BC4A57LL || p_21)) , g_233[5][5][3].f3))))), p_19)), 7)) , l_252)))) <= l_255)) > g_61)), 1)) , 18446744073709551610UL) || g_233[5][5][3].f1) <= p_21) , g_118) , l_286) != (void*)0) == l_253) & p_21) | p_21), 5)), g_14)) != g_192), 0)), p_19));
            l_291--;
        }
    }
    else
    { /* block id: 99 */
        int32_t l_304 = 0xF13A0B52L;
        uint32_t *l_310[4][10] = {{&g_169,&g_285,&g_285,&g_285,&g_169,&g_169,&g_285,&g_285,&g_285,&g_169},{&g_169,&g_285,&g_285,&g_285,&g_169,&g_169,&g_285,&g_285,&g_285,&g_169},{&g_169,&g_285,&g_285,&g_285,&g_169,&g_169,&g_285,&g_285,&g_285,&g_169},{&g_169,&g_285,&g_285,&g_285,&g_169,&g_169,&g_285,&g_285,&g_285,&g_169}};
        int32_t l_311 = 0x59FA338EL;
        int32_t l_312 = 1L;
        int i, j;
        l_133[1][3][2] = (*g_208);
        l_312 ^= (safe_div_func_int64_t_s_s(((g_296 , (p_19 , ((safe_lshift_func_int8_t_s_u(g_192, (safe_div_func_uint64_t_u_u(((safe_rshift_func_int8_t_s_s((+4294967295UL), 0)) || ((l_304 <= ((*g_206) ^= p_20)) , (safe_sub_func_int16_t_s_s(((l_304 = (l_304 || ((safe_unary_minus_func_uint32_t_u((safe_sub_func_uint32_t_u_u((p_21 < p_18), 6L)))) != (-4L)))) <= 0x06630CC2L), g_118)))), g_233[5][5][3].f1)))) == 0x66BD0EFF966D2FB9LL))) == p_21), l_311));
        (**g_116) = (-5L);
        l_313++;
    }
    return (**g_116);
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_90 g_96 g_116 g_109 g_117 g_61 g_73 g_118
 * writes: g_49 g_96 g_118
 */
static int16_t  func_29(int64_t  p_30, uint32_t  p_31)
{ /* block id: 28 */
    uint32_t l_110 = 4294967295UL;
    const int32_t *l_115 = &g_90;
    const int32_t **l_114 = &l_115;
lbl_119:
    for (g_49 = 0; (g_49 > 25); g_49 = safe_add_func_uint32_t_u_u(g_49, 2))
    { /* block id: 31 */
        int16_t *l_108 = &g_109;
        int32_t l_111 = 1L;
        uint64_t *l_112 = (void*)0;
        uint64_t *l_113 = &g_96;
        if (g_90)
            break;
        if (g_90)
            goto lbl_119;
        (**g_116) = ((safe_unary_minus_func_uint32_t_u(p_31)) & ((((0xC7DC5EB77D2D86EALL | ((safe_add_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s(0x28F8L, 8)) <= ((((l_108 = &g_49) == (void*)0) , (3UL || (l_111 |= l_110))) , ((*l_113) |= p_31))), ((l_114 == g_116) , p_31))) , 0xC9E84290833C0C38LL)) , p_30) & 7L) >= g_109));
    }
    (**g_116) &= ((safe_mod_func_uint64_t_u_u(p_31, ((!(safe_div_func_int32_t_s_s((safe_add_func_uint8_t_u_u(0x84L, (((p_30 ^ (((g_61 | (safe_lshift_func_int16_t_s_s(1L, ((((safe_sub_func_int32_t_s_s(((**l_114) ^ ((g_109 < (safe_sub_func_int8_t_s_s(p_31, g_96))) , p_31)), 3L)) && g_73) , 0xA5ABL) && (*l_115))))) > g_73) , g_109)) == 0x9617L) , p_30))), g_96))) , g_109))) || p_31);
    return g_118;
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_14 g_61 g_90 g_96
 * writes: g_61 g_73 g_49 g_90 g_96
 */
static int64_t  func_32(const int64_t  p_33, int32_t  p_34, const int16_t  p_35, uint32_t  p_36, int64_t  p_37)
{ /* block id: 2 */
    uint32_t l_51[5] = {9UL,9UL,9UL,9UL,9UL};
    int16_t *l_59 = &g_49;
    int8_t l_69 = (-1L);
    int i;
lbl_95:
    for (p_36 = 0; (p_36 <= 4); p_36 += 1)
    { /* block id: 5 */
        const int16_t *l_52 = &g_49;
        int32_t *l_60 = &g_61;
        int i;
        (*l_60) = (((l_52 == (void*)0) | (safe_add_func_uint16_t_u_u(l_51[p_36], (safe_sub_func_int64_t_s_s(((&p_35 != (void*)0) < ((g_49 | (g_14 != (((((((void*)0 == l_59) > 1L) < 1L) , g_49) , l_51[0]) > 0xFAADL))) <= 0UL)), p_36))))) , 0x349A2DD3L);
    }
    for (p_36 = 0; (p_36 >= 33); p_36 = safe_add_func_int64_t_s_s(p_36, 7))
    { /* block id: 10 */
        uint64_t l_85 = 0xC758019D44E4153CLL;
        int32_t *l_92[7][7] = {{(void*)0,&g_61,(void*)0,&g_90,&g_61,&g_61,&g_90},{(void*)0,&g_61,(void*)0,&g_90,&g_61,&g_61,&g_90},{(void*)0,&g_61,(void*)0,&g_90,&g_61,&g_61,&g_61},{&g_90,&g_90,&g_90,&g_61,&g_61,&g_61,&g_61},{&g_90,&g_90,&g_90,&g_61,&g_61,&g_61,&g_61},{&g_90,&g_90,&g_90,&g_61,&g_61,&g_61,&g_61},{&g_90,&g_90,&g_90,&g_61,&g_61,&g_61,&g_61}};
        int32_t **l_91 = &l_92[3][6];
        int i, j;
        for (p_34 = 0; (p_34 != 14); ++p_34)
        { /* block id: 13 */
            int8_t *l_72 = &g_73;
            int16_t **l_84 = &l_59;
            int16_t *l_86 = &g_49;
            int32_t *l_87 = (void*)0;
            int32_t *l_88 = (void*)0;
            int32_t *l_89 = &g_90;
            (*l_89) ^= (safe_rshift_func_int8_t_s_u((!(l_69 | (((safe_lshift_func_int8_t_s_s(((*l_72) = p_34), (safe_rshift_func_uint16_t_u_s(0xF1BEL, ((*l_86) ^= (safe_mod_func_uint16_t_u_u((&l_69 != (void*)0), (safe_sub_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_s((safe_div_func_int8_t_s_s(((((*l_84) = &g_49) != (void*)0) && p_36), 0xBEL)), g_61)) <= l_85), 0x3FF50EDC67586E02LL))))))))) | p_34) >= l_69))), 2));
        }
        (*l_91) = (void*)0;
        for (l_85 = 0; (l_85 > 33); l_85 = safe_add_func_int8_t_s_s(l_85, 7))
        { /* block id: 22 */
            if (g_61)
                goto lbl_95;
            g_96++;
        }
    }
    return p_36;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_233[i][j][k].f0, "g_233[i][j][k].f0", print_hash_value);
                transparent_crc(g_233[i][j][k].f1, "g_233[i][j][k].f1", print_hash_value);
                transparent_crc(g_233[i][j][k].f2, "g_233[i][j][k].f2", print_hash_value);
                transparent_crc(g_233[i][j][k].f3, "g_233[i][j][k].f3", print_hash_value);
                transparent_crc(g_233[i][j][k].f4, "g_233[i][j][k].f4", print_hash_value);
                transparent_crc(g_233[i][j][k].f5, "g_233[i][j][k].f5", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_285, "g_285", print_hash_value);
    transparent_crc(g_296.f0, "g_296.f0", print_hash_value);
    transparent_crc(g_296.f1, "g_296.f1", print_hash_value);
    transparent_crc(g_296.f2, "g_296.f2", print_hash_value);
    transparent_crc(g_296.f3, "g_296.f3", print_hash_value);
    transparent_crc(g_296.f4, "g_296.f4", print_hash_value);
    transparent_crc(g_296.f5, "g_296.f5", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_345[i], "g_345[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_357[i][j], "g_357[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_359[i], "g_359[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_364, "g_364", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_365[i][j], "g_365[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_415, "g_415", print_hash_value);
    transparent_crc(g_447.f0, "g_447.f0", print_hash_value);
    transparent_crc(g_447.f1, "g_447.f1", print_hash_value);
    transparent_crc(g_447.f2, "g_447.f2", print_hash_value);
    transparent_crc(g_447.f3, "g_447.f3", print_hash_value);
    transparent_crc(g_447.f4, "g_447.f4", print_hash_value);
    transparent_crc(g_447.f5, "g_447.f5", print_hash_value);
    transparent_crc(g_450, "g_450", print_hash_value);
    transparent_crc(g_517, "g_517", print_hash_value);
    transparent_crc(g_618, "g_618", print_hash_value);
    transparent_crc(g_620, "g_620", print_hash_value);
    transparent_crc(g_622, "g_622", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 100
   depth: 1, occurrence: 3
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 6
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 3
XXX structs with bitfields in the program: 3
breakdown:
   indirect level: 0, occurrence: 3
XXX full-bitfields structs in the program: 3
breakdown:
   indirect level: 0, occurrence: 3
XXX times a bitfields struct's address is taken: 0
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 3
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 19

XXX max expression depth: 39
breakdown:
   depth: 1, occurrence: 42
   depth: 2, occurrence: 11
   depth: 4, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1
   depth: 37, occurrence: 1
   depth: 39, occurrence: 1

XXX total number of pointers: 130

XXX times a variable address is taken: 212
XXX times a pointer is dereferenced on RHS: 40
breakdown:
   depth: 1, occurrence: 33
   depth: 2, occurrence: 7
XXX times a pointer is dereferenced on LHS: 64
breakdown:
   depth: 1, occurrence: 53
   depth: 2, occurrence: 11
XXX times a pointer is compared with null: 8
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 1587

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 194
   level: 2, occurrence: 50
XXX number of pointers point to pointers: 31
XXX number of pointers point to scalars: 99
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 30
XXX average alias set size: 1.28

XXX times a non-volatile is read: 376
XXX times a non-volatile is write: 186
XXX times a volatile is read: 27
XXX    times read thru a pointer: 8
XXX times a volatile is write: 14
XXX    times written thru a pointer: 12
XXX times a volatile is available for access: 834
XXX percentage of non-volatile access: 93.2

XXX forward jumps: 1
XXX backward jumps: 6

XXX stmts: 45
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 15
   depth: 2, occurrence: 12
   depth: 3, occurrence: 6

XXX percentage a fresh-made variable is used: 13.8
XXX percentage an existing variable is used: 86.2
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

