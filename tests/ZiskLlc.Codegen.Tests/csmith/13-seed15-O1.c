/* Csmith 2.3.0 --seed 15 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 789CBDB5 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 15 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      15
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint16_t  f0;
   volatile int8_t * const  volatile  f1;
   unsigned f2 : 22;
   int64_t  f3;
   volatile int16_t  f4;
};

union U1 {
   volatile unsigned f0 : 4;
   volatile uint64_t  f1;
   const uint32_t  f2;
   const uint32_t  f3;
};

union U2 {
   volatile int8_t * const  volatile  f0;
   int64_t  f1;
   volatile int32_t  f2;
   uint8_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static uint16_t g_8 = 0xCFAFL;
static int16_t g_10 = 0xF996L;
static volatile int16_t *g_24 = (void*)0;
static uint32_t g_39 = 0UL;
static int32_t g_42 = 1L;
static int8_t g_50 = 0x23L;
static uint8_t g_55 = 0xE9L;
static volatile union U1 g_57 = {4294967286UL};/* VOLATILE GLOBAL g_57 */
static int64_t g_59 = 0x4BAFC8D6799626DALL;
static int8_t g_60 = 1L;
static uint64_t g_64 = 0xDAB70C68704422F2LL;
static uint8_t g_72[3][9][2] = {{{0xDBL,0x2AL},{1UL,0x54L},{0x2AL,0x79L},{0xCFL,0x79L},{0x2AL,0x54L},{1UL,0x2AL},{0xDBL,0xECL},{0x79L,0xDDL},{1UL,1UL}},{{0xDDL,0x79L},{0xECL,0xDBL},{0x2AL,1UL},{0x54L,0x2AL},{0x79L,0xCFL},{0x79L,0x2AL},{0x54L,1UL},{0x2AL,0xDBL},{0xECL,0x79L}},{{0xDDL,1UL},{1UL,0xDDL},{0x79L,0xECL},{0xDBL,0x2AL},{1UL,0x54L},{0xCFL,0xDDL},{0x23L,0xDDL},{0xCFL,1UL},{0xA9L,0xCFL}}};
static int8_t *g_74 = (void*)0;
static int32_t * volatile g_76 = &g_42;/* VOLATILE GLOBAL g_76 */
static const volatile union U2 g_97 = {0};/* VOLATILE GLOBAL g_97 */
static const volatile union U2 *g_96 = &g_97;
static int32_t g_117 = 1L;
static int32_t * volatile g_116[7] = {&g_42,&g_117,&g_42,&g_42,&g_117,&g_42,&g_42};
static int32_t * const  volatile g_118[3][6][1] = {{{&g_42},{&g_42},{&g_117},{&g_42},{&g_42},{&g_117}},{{&g_42},{&g_42},{&g_117},{&g_42},{&g_42},{&g_117}},{{&g_42},{&g_42},{&g_117},{&g_42},{&g_42},{&g_117}}};
static int32_t * volatile g_119[10] = {(void*)0,&g_42,(void*)0,&g_42,(void*)0,&g_42,(void*)0,&g_42,(void*)0,&g_42};
static int32_t * volatile g_120 = &g_117;/* VOLATILE GLOBAL g_120 */
static uint64_t g_139 = 18446744073709551615UL;
static union U2 g_158[6][5] = {{{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0}}};
static union U2 *g_160 = &g_158[2][0];
static union U2 **g_159[4][2][2] = {{{&g_160,(void*)0},{&g_160,&g_160}},{{(void*)0,&g_160},{&g_160,(void*)0}},{{&g_160,&g_160},{(void*)0,&g_160}},{{&g_160,(void*)0},{&g_160,&g_160}}};
static int32_t *g_162 = &g_117;
static int32_t ** volatile g_161 = &g_162;/* VOLATILE GLOBAL g_161 */
static volatile union U1 g_170[6][9] = {{{1UL},{1UL},{4UL},{0x09703DA3L},{0UL},{0x09703DA3L},{4UL},{1UL},{1UL}},{{0x2BD303A7L},{4294967295UL},{1UL},{0x09703DA3L},{1UL},{4294967295UL},{0x2BD303A7L},{0x2BD303A7L},{4294967295UL}},{{0x09703DA3L},{4294967295UL},{4UL},{4294967295UL},{0x09703DA3L},{1UL},{1UL},{0x09703DA3L},{4294967295UL}},{{0x2BD303A7L},{1UL},{0x2BD303A7L},{1UL},{4UL},{4UL},{1UL},{0x2BD303A7L},{1UL}},{{1UL},{0x2BD303A7L},{1UL},{4UL},{4UL},{1UL},{0x2BD303A7L},{1UL},{0x2BD303A7L}},{{4294967295UL},{0x09703DA3L},{1UL},{1UL},{0x09703DA3L},{4294967295UL},{4UL},{4294967295UL},{0x09703DA3L}}};
static uint16_t g_176 = 65529UL;
static union U2 *** volatile g_204 = &g_159[1][0][0];/* VOLATILE GLOBAL g_204 */
static int16_t **g_213 = (void*)0;
static union U2 g_231 = {0};/* VOLATILE GLOBAL g_231 */
static volatile union U0 g_261 = {65535UL};/* VOLATILE GLOBAL g_261 */
static union U0 g_264 = {0x6F15L};/* VOLATILE GLOBAL g_264 */
static union U2 g_270 = {0};/* VOLATILE GLOBAL g_270 */
static volatile int64_t **g_294 = (void*)0;
static volatile int64_t *** volatile g_293 = &g_294;/* VOLATILE GLOBAL g_293 */
static uint32_t g_324 = 1UL;
static union U2 **g_332 = &g_160;
static uint64_t g_346 = 0x0E7D80BDC441DBD2LL;
static int32_t * volatile g_354 = &g_117;/* VOLATILE GLOBAL g_354 */
static int16_t ***g_383 = &g_213;
static volatile uint32_t g_405 = 1UL;/* VOLATILE GLOBAL g_405 */
static const volatile int64_t * volatile * volatile ** volatile g_418 = (void*)0;/* VOLATILE GLOBAL g_418 */
static const volatile int64_t *g_422 = (void*)0;
static const volatile int64_t * volatile * volatile g_421 = &g_422;/* VOLATILE GLOBAL g_421 */
static const volatile int64_t * volatile * volatile *g_420 = &g_421;
static const volatile int64_t * volatile * volatile **g_419 = &g_420;
static const volatile int64_t * volatile * volatile ** volatile *g_417[9] = {&g_419,&g_419,&g_419,&g_419,&g_419,&g_419,&g_419,&g_419,&g_419};
static volatile int64_t g_433[10] = {8L,8L,8L,8L,8L,8L,8L,8L,8L,8L};
static volatile int64_t * const g_432 = &g_433[7];
static volatile int64_t * const *g_431[1][10][10] = {{{(void*)0,(void*)0,&g_432,(void*)0,(void*)0,&g_432,(void*)0,(void*)0,&g_432,&g_432},{(void*)0,(void*)0,&g_432,&g_432,&g_432,&g_432,(void*)0,(void*)0,&g_432,(void*)0},{&g_432,&g_432,&g_432,&g_432,(void*)0,(void*)0,&g_432,(void*)0,(void*)0,&g_432},{&g_432,&g_432,&g_432,&g_432,(void*)0,(void*)0,&g_432,&g_432,&g_432,(void*)0},{&g_432,&g_432,&g_432,(void*)0,&g_432,&g_432,&g_432,&g_432,(void*)0,(void*)0},{&g_432,&g_432,&g_432,&g_432,&g_432,&g_432,&g_432,&g_432,&g_432,&g_432},{(void*)0,&g_432,&g_432,(void*)0,&g_432,&g_432,&g_432,&g_432,&g_432,&g_432},{&g_432,(void*)0,&g_432,&g_432,(void*)0,&g_432,(void*)0,&g_432,(void*)0,&g_432},{&g_432,&g_432,&g_432,&g_432,(void*)0,(void*)0,&g_432,&g_432,&g_432,(void*)0},{&g_432,&g_432,&g_432,(void*)0,&g_432,&g_432,&g_432,&g_432,(void*)0,(void*)0}}};
static volatile int64_t * const * volatile *g_430[7][8][4] = {{{&g_431[0][0][7],(void*)0,&g_431[0][3][1],&g_431[0][2][5]},{&g_431[0][2][8],&g_431[0][0][3],(void*)0,&g_431[0][8][8]},{&g_431[0][6][5],&g_431[0][2][5],(void*)0,&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][3][8],(void*)0},{(void*)0,&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],(void*)0,&g_431[0][2][8]},{&g_431[0][5][6],&g_431[0][4][5],&g_431[0][2][8],(void*)0},{&g_431[0][3][8],&g_431[0][2][8],&g_431[0][6][9],&g_431[0][2][8]}},{{&g_431[0][0][3],&g_431[0][2][8],&g_431[0][3][7],(void*)0},{&g_431[0][2][8],&g_431[0][4][5],&g_431[0][2][8],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][1][1],&g_431[0][2][8]},{&g_431[0][3][7],&g_431[0][2][8],&g_431[0][2][8],(void*)0},{&g_431[0][6][0],&g_431[0][2][8],&g_431[0][4][5],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][5],(void*)0,&g_431[0][8][8]},{(void*)0,&g_431[0][0][3],&g_431[0][2][8],&g_431[0][2][5]},{&g_431[0][7][2],(void*)0,(void*)0,&g_431[0][5][6]}},{{&g_431[0][6][9],&g_431[0][2][8],(void*)0,(void*)0},{(void*)0,&g_431[0][4][8],&g_431[0][2][8],(void*)0},{&g_431[0][6][0],&g_431[0][6][9],&g_431[0][2][8],&g_431[0][0][7]},{&g_431[0][2][8],&g_431[0][5][6],&g_431[0][1][1],&g_431[0][2][8]},{&g_431[0][2][8],(void*)0,(void*)0,(void*)0},{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8],&g_431[0][4][8]},{&g_431[0][4][2],(void*)0,&g_431[0][6][9],&g_431[0][3][1]},{&g_431[0][6][3],&g_431[0][2][8],&g_431[0][2][5],(void*)0}},{{&g_431[0][5][6],&g_431[0][8][2],&g_431[0][3][8],&g_431[0][3][7]},{(void*)0,&g_431[0][5][6],&g_431[0][2][8],&g_431[0][2][8]},{&g_431[0][2][8],(void*)0,&g_431[0][4][6],(void*)0},{&g_431[0][2][8],&g_431[0][3][1],(void*)0,(void*)0},{&g_431[0][8][8],&g_431[0][2][8],(void*)0,&g_431[0][1][1]},{&g_431[0][0][7],&g_431[0][2][8],(void*)0,&g_431[0][0][9]},{&g_431[0][2][8],&g_431[0][4][6],(void*)0,&g_431[0][1][1]},{&g_431[0][2][1],&g_431[0][0][9],&g_431[0][4][5],&g_431[0][2][8]}},{{&g_431[0][2][8],&g_431[0][2][8],(void*)0,(void*)0},{&g_431[0][2][8],&g_431[0][2][8],(void*)0,&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8],&g_431[0][7][1]},{&g_431[0][2][8],(void*)0,&g_431[0][3][7],&g_431[0][2][8]},{(void*)0,(void*)0,&g_431[0][5][6],&g_431[0][2][8]},{&g_431[0][4][6],&g_431[0][3][8],&g_431[0][2][8],&g_431[0][2][5]},{&g_431[0][3][8],(void*)0,&g_431[0][5][4],&g_431[0][4][2]},{&g_431[0][8][8],&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8]}},{{&g_431[0][2][8],&g_431[0][8][2],(void*)0,&g_431[0][2][8]},{(void*)0,&g_431[0][2][8],&g_431[0][2][5],&g_431[0][2][8]},{(void*)0,&g_431[0][1][8],(void*)0,&g_431[0][1][1]},{&g_431[0][5][6],&g_431[0][3][8],(void*)0,&g_431[0][1][8]},{&g_431[0][0][0],&g_431[0][2][8],&g_431[0][6][5],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][7][1],(void*)0,&g_431[0][3][1]},{&g_431[0][2][8],&g_431[0][4][5],&g_431[0][2][8],&g_431[0][5][6]},{(void*)0,&g_431[0][2][8],(void*)0,&g_431[0][2][8]}},{{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8]},{&g_431[0][3][8],(void*)0,&g_431[0][2][8],&g_431[0][4][5]},{&g_431[0][3][8],&g_431[0][4][5],&g_431[0][5][6],&g_431[0][4][5]},{&g_431[0][2][8],(void*)0,&g_431[0][3][7],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8],&g_431[0][2][8]},{&g_431[0][2][8],&g_431[0][2][8],(void*)0,&g_431[0][2][8]},{(void*)0,&g_431[0][2][8],&g_431[0][2][8],&g_431[0][5][6]}}};
static volatile int64_t * const * volatile * const  volatile *g_429[6][1][10] = {{{&g_430[5][2][3],&g_430[2][7][3],&g_430[5][7][1],&g_430[5][2][3],&g_430[2][7][3],&g_430[6][2][2],&g_430[2][7][3],&g_430[5][2][3],&g_430[5][7][1],&g_430[2][7][3]}},{{&g_430[2][7][3],&g_430[2][7][3],(void*)0,&g_430[4][4][0],&g_430[2][7][3],(void*)0,&g_430[2][7][3],&g_430[2][7][3],&g_430[2][7][3],&g_430[2][7][3]}},{{&g_430[2][7][3],&g_430[5][2][3],&g_430[2][7][3],&g_430[1][3][0],&g_430[2][7][3],(void*)0,(void*)0,&g_430[2][7][3],&g_430[1][3][0],&g_430[2][7][3]}},{{&g_430[2][7][3],&g_430[2][7][3],&g_430[2][7][3],&g_430[2][7][3],&g_430[5][7][2],&g_430[6][2][2],&g_430[4][4][0],&g_430[2][7][3],(void*)0,&g_430[4][4][0]}},{{&g_430[5][2][3],&g_430[2][7][3],(void*)0,&g_430[2][7][3],&g_430[2][7][3],&g_430[1][3][0],&g_430[4][4][0],&g_430[1][3][0],&g_430[2][7][3],&g_430[2][7][3]}},{{&g_430[2][7][3],&g_430[2][7][3],&g_430[2][7][3],(void*)0,&g_430[4][4][0],&g_430[2][7][3],(void*)0,&g_430[2][7][3],&g_430[2][7][3],&g_430[2][7][3]}}};
static uint32_t g_434 = 8UL;
static union U1 g_438 = {4294967295UL};/* VOLATILE GLOBAL g_438 */
static int32_t g_449 = 1L;
static int32_t ** const  volatile g_463 = &g_162;/* VOLATILE GLOBAL g_463 */
static volatile uint8_t * volatile *g_470 = (void*)0;
static int32_t ** volatile g_486 = &g_162;/* VOLATILE GLOBAL g_486 */
static volatile int32_t g_536 = 4L;/* VOLATILE GLOBAL g_536 */
static volatile int32_t *g_535 = &g_536;
static volatile int32_t ** volatile g_537 = &g_535;/* VOLATILE GLOBAL g_537 */
static int32_t ** const  volatile g_539 = &g_162;/* VOLATILE GLOBAL g_539 */
static union U2 g_582 = {0};/* VOLATILE GLOBAL g_582 */
static union U2 ***g_585 = &g_159[3][0][0];
static volatile union U2 g_600[3][4][2] = {{{{0},{0}},{{0},{0}},{{0},{0}},{{0},{0}}},{{{0},{0}},{{0},{0}},{{0},{0}},{{0},{0}}},{{{0},{0}},{{0},{0}},{{0},{0}},{{0},{0}}}};
static int64_t ***g_609 = (void*)0;
static union U2 g_621 = {0};/* VOLATILE GLOBAL g_621 */
static int32_t ** volatile g_651 = &g_162;/* VOLATILE GLOBAL g_651 */
static int16_t g_658 = 4L;
static volatile uint64_t g_667[3] = {0xBDDE8E0EFE5856AFLL,0xBDDE8E0EFE5856AFLL,0xBDDE8E0EFE5856AFLL};
static union U0 g_680 = {65533UL};/* VOLATILE GLOBAL g_680 */
static const union U0 *g_679 = &g_680;
static const union U0 * const *g_678 = &g_679;
static const int32_t ** volatile g_686 = (void*)0;/* VOLATILE GLOBAL g_686 */
static const int32_t ** volatile g_687 = (void*)0;/* VOLATILE GLOBAL g_687 */


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int16_t  func_2(int16_t  p_3, int16_t  p_4, uint16_t  p_5, int8_t * p_6, uint32_t  p_7);
static int16_t  func_11(const int8_t  p_12, const uint16_t  p_13, int8_t * p_14, int8_t * p_15);
static uint16_t  func_25(const int32_t  p_26, int32_t  p_27, uint8_t  p_28, int8_t  p_29, uint64_t  p_30);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_10 g_24 g_42 g_39 g_55 g_57 g_64 g_60 g_57.f0 g_74 g_76 g_72 g_50 g_96 g_120 g_139 g_159 g_161 g_162 g_170 g_117 g_176 g_160 g_158 g_204 g_213 g_231 g_261 g_264 g_270 g_261.f0 g_97 g_293 g_324 g_470 g_383 g_486 g_346 g_264.f4 g_449 g_535 g_537 g_539 g_270.f3 g_433 g_582 g_419 g_420 g_600 g_332 g_609 g_621 g_421 g_651 g_667 g_536 g_678 g_680.f0 g_264.f0 g_463
 * writes: g_10 g_39 g_42 g_50 g_55 g_59 g_60 g_64 g_72 g_96 g_117 g_139 g_162 g_176 g_159 g_8 g_264.f3 g_270.f3 g_535 g_536 g_585 g_609 g_667
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    int16_t *l_9 = &g_10;
    int32_t l_35 = 0L;
    int16_t *l_37[5];
    int16_t **l_36 = &l_37[4];
    uint32_t *l_38 = &g_39;
    int64_t *l_73 = &g_59;
    uint16_t l_263 = 65534UL;
    int32_t *l_325 = &l_35;
    int64_t * const *l_368 = &l_73;
    int64_t * const **l_367 = &l_368;
    int64_t * const ***l_366 = &l_367;
    int32_t l_371 = 0x7F8C8CA2L;
    int32_t l_399 = (-1L);
    int32_t l_400 = (-9L);
    int32_t l_401 = (-2L);
    int32_t l_403 = 0x108E2940L;
    int32_t l_458 = 2L;
    uint8_t l_460 = 0x04L;
    int32_t l_503 = 0xEB16087BL;
    int32_t l_506 = 0xDCABE0E9L;
    uint32_t l_507 = 0UL;
    int32_t l_534[5];
    const int64_t l_594 = (-1L);
    uint8_t l_642 = 0x49L;
    int32_t *l_650[2];
    int64_t l_652 = (-1L);
    int i;
    for (i = 0; i < 5; i++)
        l_37[i] = (void*)0;
    for (i = 0; i < 5; i++)
        l_534[i] = (-3L);
    for (i = 0; i < 2; i++)
        l_650[i] = &l_371;
    (*l_325) = ((func_2(((*l_9) &= g_8), func_11(g_8, (safe_div_func_uint8_t_u_u(g_8, (safe_mul_func_uint8_t_u_u((safe_mod_func_int32_t_s_s((((*l_73) = (safe_rshift_func_uint16_t_u_u((g_24 == l_9), (((((func_25((((safe_rshift_func_int8_t_s_u((safe_add_func_uint32_t_u_u(((*l_38) = ((l_35 > (((*l_36) = (void*)0) != (void*)0)) ^ (((g_8 != l_35) & g_8) && g_8))), l_35)), 7)) | 0L) > 255UL), l_35, g_8, g_8, l_35) != l_35) , 1UL) >= g_8) , g_24) == g_24)))) != g_8), g_8)), l_35)))), g_74, g_74), l_263, g_74, g_8) == g_324) , 0x3A0BBA59L);
    for (g_139 = 2; (g_139 != 58); g_139++)
    { /* block id: 124 */
        uint32_t l_330[6][9][4] = {{{0xAD20D30CL,0x86D43038L,0x9BC5D185L,1UL},{0x24DE21B2L,18446744073709551606UL,0xD7814597L,1UL},{6UL,18446744073709551615UL,0x71ECBC2EL,1UL},{8UL,0x86DD69A5L,0x51FFDDDAL,0x63D8D736L},{7UL,1UL,1UL,0UL},{0x2C42BA60L,8UL,0x5FE3F17DL,0x671F3955L},{18446744073709551615UL,8UL,18446744073709551615UL,0x1DE52BE7L},{18446744073709551615UL,18446744073709551615UL,0xB60F661FL,8UL},{0x31F7D008L,0UL,18446744073709551606UL,0xFD125DACL}},{{8UL,1UL,18446744073709551615UL,0x86D43038L},{0UL,18446744073709551606UL,6UL,0UL},{0x2C42BA60L,1UL,8UL,8UL},{0x1DE52BE7L,0x1DE52BE7L,0x51FFDDDAL,9UL},{0UL,18446744073709551615UL,0x671F3955L,0xCF267E31L},{6UL,18446744073709551607UL,0x88BF9757L,0x671F3955L},{0UL,18446744073709551607UL,0x9BC5D185L,0xCF267E31L},{18446744073709551607UL,18446744073709551615UL,18446744073709551608UL,9UL},{0x31F7D008L,0x1DE52BE7L,1UL,8UL}},{{8UL,1UL,0xB807C01AL,0UL},{1UL,18446744073709551606UL,0x31F7D008L,0x86D43038L},{0x5FE3F17DL,1UL,18446744073709551615UL,0xFD125DACL},{0xC983FD83L,0UL,0x51FFDDDAL,8UL},{0x86DD69A5L,18446744073709551615UL,0UL,0x1DE52BE7L},{0x5FE3F17DL,8UL,0xE0572004L,0x671F3955L},{0x63791ECCL,8UL,0xB807C01AL,0UL},{0x63D8D736L,1UL,18446744073709551615UL,0x63D8D736L},{0x31F7D008L,0x86DD69A5L,0x623D3B36L,1UL}},{{9UL,18446744073709551615UL,0x9BC5D185L,1UL},{1UL,18446744073709551606UL,0xAEC8B085L,1UL},{6UL,0x86D43038L,5UL,1UL},{18446744073709551609UL,0xC983FD83L,0x51FFDDDAL,0x817B17B1L},{1UL,1UL,0xFD125DACL,18446744073709551609UL},{0x2C42BA60L,0x63D8D736L,0x2C42BA60L,0x671F3955L},{0x86D43038L,18446744073709551615UL,18446744073709551615UL,1UL},{0xB071E49EL,18446744073709551615UL,6UL,18446744073709551615UL},{0x31F7D008L,8UL,6UL,0xFD125DACL}},{{0xB071E49EL,1UL,18446744073709551615UL,0UL},{0x86D43038L,18446744073709551606UL,0x2C42BA60L,0x24DE21B2L},{0x2C42BA60L,0x24DE21B2L,0xFD125DACL,8UL},{1UL,7UL,0x51FFDDDAL,18446744073709551607UL},{18446744073709551609UL,18446744073709551615UL,5UL,0x86DD69A5L},{6UL,0xAD20D30CL,0xAEC8B085L,0x671F3955L},{1UL,9UL,0x9BC5D185L,0xC983FD83L},{9UL,18446744073709551615UL,0x623D3B36L,0xAD20D30CL},{0x31F7D008L,1UL,18446744073709551615UL,8UL}},{{0x63D8D736L,0UL,0xB807C01AL,1UL},{0x63791ECCL,18446744073709551606UL,0xE0572004L,18446744073709551615UL},{0x5FE3F17DL,0x63791ECCL,0xA084E217L,1UL},{0x2C42BA60L,0UL,18446744073709551609UL,6UL},{6UL,0xC15D1281L,0x241E9D9CL,0xD7814597L},{0x8802A9F1L,6UL,18446744073709551610UL,2UL},{0xFD125DACL,0x623D3B36L,0xC983FD83L,0xE0572004L},{0UL,8UL,8UL,0UL},{18446744073709551610UL,0x5FE3F17DL,0x51FFDDDAL,0x24A8FD97L}}};
        union U2 **l_331[7];
        int64_t **l_361[1];
        int64_t ***l_360 = &l_361[0];
        int64_t ****l_359 = &l_360;
        int32_t l_397 = 0xE4006492L;
        int32_t l_398 = 1L;
        int32_t l_402 = (-1L);
        int32_t l_459[1];
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_331[i] = &g_160;
        for (i = 0; i < 1; i++)
            l_361[i] = &l_73;
        for (i = 0; i < 1; i++)
            l_459[i] = 0x27C2E3E6L;
    }
    for (l_403 = 0; (l_403 != 22); l_403++)
    { /* block id: 178 */
        uint8_t l_471 = 0x82L;
        int32_t *l_485 = &g_42;
        int32_t l_501 = 0x9C2EAFB8L;
        int32_t l_502 = 0x656725E3L;
        int32_t l_504 = 0x1C4E2A01L;
        int32_t l_505[10][1][8] = {{{0xBDBB2071L,0x2C9171E5L,0x2C9171E5L,0xBDBB2071L,0L,0L,0x343F9D9CL,1L}},{{0xD6D8889BL,0L,0L,0xC5BD55E0L,0xC82A03D9L,9L,1L,(-1L)}},{{0x4AF0E6F6L,0L,(-1L),(-6L),0x70FA9FBDL,0L,(-8L),0x2C9171E5L}},{{0xF71ACF30L,0x2C9171E5L,6L,0x49EEC281L,0xC5BD55E0L,0x4AF0E6F6L,0xC5BD55E0L,0x49EEC281L}},{{(-8L),(-1L),(-8L),(-1L),(-3L),0x343F9D9CL,0L,0xF71ACF30L}},{{(-3L),5L,0x49EEC281L,1L,0L,1L,(-3L),(-6L)}},{{(-3L),8L,(-1L),0xD6D8889BL,(-3L),(-8L),1L,0x74A07301L}},{{(-8L),0xC82A03D9L,0L,8L,0xC5BD55E0L,0xC5BD55E0L,8L,0L}},{{0xF71ACF30L,0xF71ACF30L,9L,0x4AF0E6F6L,0x70FA9FBDL,0L,(-1L),0x343F9D9CL}},{{0x4AF0E6F6L,0xD6D8889BL,0xBDBB2071L,(-1L),0xC82A03D9L,(-3L),0x2C9171E5L,0x343F9D9CL}}};
        const int64_t **l_552 = (void*)0;
        const int64_t ***l_551 = &l_552;
        const int64_t ****l_550[1];
        const int16_t l_568[8] = {1L,0x478EL,1L,0x478EL,1L,0x478EL,1L,0x478EL};
        uint32_t l_577 = 0xBC299780L;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_550[i] = &l_551;
        for (g_64 = 0; (g_64 <= 19); g_64++)
        { /* block id: 181 */
            int16_t **l_477[2];
            int16_t ***l_476 = &l_477[0];
            int32_t l_482[2];
            uint8_t *l_483 = &g_270.f3;
            uint8_t *l_484 = &g_55;
            int8_t l_489 = 0xB6L;
            int64_t ****l_558 = (void*)0;
            int i;
            for (i = 0; i < 2; i++)
                l_477[i] = &l_9;
            for (i = 0; i < 2; i++)
                l_482[i] = 1L;
            if ((((((void*)0 == g_470) != l_471) <= (safe_sub_func_int64_t_s_s((*l_325), (safe_rshift_func_int8_t_s_u((((l_36 = (*g_383)) == ((*l_476) = (*g_383))) >= l_471), ((*l_484) ^= (safe_mod_func_uint64_t_u_u((0xD55DL && (safe_add_func_int8_t_s_s((((*l_325) && 0xC235ECB5FD4228BDLL) <= l_471), l_482[0]))), g_117)))))))) >= g_64))
            { /* block id: 185 */
                int32_t *l_487 = (void*)0;
                int32_t *l_488 = &l_399;
                int32_t *l_490 = &g_449;
                int32_t *l_491 = &g_117;
                int32_t *l_492 = (void*)0;
                int32_t *l_493 = &l_482[0];
                int32_t *l_494 = &l_482[0];
                int32_t *l_495 = (void*)0;
                int32_t *l_496 = &l_482[0];
                int32_t *l_497 = &g_449;
                int32_t *l_498 = &l_482[0];
                int32_t *l_499 = &l_400;
                int32_t *l_500[3][7] = {{&l_400,&g_449,&g_449,&l_400,&g_449,&g_449,&l_400},{&g_449,&l_400,&g_449,&g_449,&l_400,&g_449,&g_449},{&l_400,&l_400,(void*)0,&l_400,&l_400,(void*)0,&l_400}};
                int i, j;
                (*g_486) = l_485;
                l_507--;
            }
            else
            { /* block id: 188 */
                int16_t l_510 = (-1L);
                uint16_t *l_531 = (void*)0;
                uint16_t *l_532 = (void*)0;
                uint16_t *l_533 = &g_176;
                int32_t **l_538 = (void*)0;
                uint16_t *l_553[3];
                int64_t *** const l_557 = (void*)0;
                int64_t *** const *l_556 = &l_557;
                int64_t *****l_559 = &l_558;
                int i;
                for (i = 0; i < 3; i++)
                    l_553[i] = &l_263;
                (*l_485) = (((****l_366) = (l_482[0] >= ((*l_483) = l_510))) <= (((*l_485) ^ 0xA9L) < ((safe_mul_func_uint8_t_u_u(0xBAL, (((safe_mul_func_int16_t_s_s(((*l_9) = (safe_rshift_func_int16_t_s_s((safe_add_func_uint8_t_u_u((safe_mod_func_int32_t_s_s(((safe_rshift_func_int16_t_s_u((safe_sub_func_uint64_t_u_u((*l_325), ((safe_add_func_uint16_t_u_u((safe_div_func_int32_t_s_s((safe_mod_func_uint8_t_u_u((((*l_533) ^= (g_8 = g_346)) > l_534[4]), l_482[0])), g_264.f4)), (*l_325))) == g_72[0][0][1]))), (*l_485))) , (-5L)), l_510)), g_117)), 11))), g_346)) , g_60) && g_449))) != (*l_325))));
                (*g_537) = g_535;
                (*g_539) = &l_506;
                (*l_325) = ((safe_sub_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u((--(*l_533)), (safe_add_func_int16_t_s_s(((*l_9) = ((safe_add_func_uint16_t_u_u(((((void*)0 != l_550[0]) || ((*l_38) ^= l_489)) ^ ((*l_485) = 0xEAD5L)), ((g_261 , ((safe_lshift_func_int8_t_s_s(((l_556 == ((*l_559) = l_558)) >= (*g_120)), (safe_mul_func_int8_t_s_s(((((safe_add_func_int32_t_s_s((safe_mod_func_uint64_t_u_u(((safe_mod_func_uint16_t_u_u((((*l_484) = (0xE429L & l_510)) >= g_324), g_270.f3)) != l_501), 0x0CDAF2B0F3120405LL)), (*l_325))) , l_482[1]) == 0UL) , l_482[0]), g_139)))) <= l_568[2])) & l_482[0]))) < g_117)), 0xFABCL)))), 18446744073709551611UL)) != (*l_325));
            }
        }
        if ((((*g_76) = ((*l_485) > 0xF8F2E040181DB104LL)) == (safe_lshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s(((l_577 = (252UL == ((safe_sub_func_uint64_t_u_u(((*l_325) > (-1L)), ((void*)0 != g_470))) && ((safe_lshift_func_uint8_t_u_u(0xF0L, (*l_325))) , g_72[2][5][0])))) | 0xD0CB8FC9L), 0x93L)), (*l_325)))))
        { /* block id: 208 */
            uint8_t l_578 = 6UL;
            if (l_578)
                break;
            return (*l_485);
        }
        else
        { /* block id: 211 */
            uint32_t l_579 = 0x87A4CE34L;
            return l_579;
        }
    }
    for (g_10 = 0; (g_10 <= 9); g_10 += 1)
    { /* block id: 217 */
        int32_t l_580[1];
        union U2 ***l_583 = &g_159[3][1][1];
        int64_t **l_593 = &l_73;
        int64_t ***l_592 = &l_593;
        int32_t l_628 = 1L;
        int32_t l_629 = 1L;
        int64_t **l_634[7][8] = {{&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73},{(void*)0,&l_73,&l_73,(void*)0,&l_73,(void*)0,&l_73,&l_73},{&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73},{(void*)0,&l_73,(void*)0,&l_73,&l_73,(void*)0,&l_73,(void*)0},{&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73},{&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73,&l_73},{(void*)0,&l_73,&l_73,(void*)0,&l_73,(void*)0,&l_73,&l_73}};
        uint16_t l_643[1];
        int32_t l_644 = 0xDC639E40L;
        int32_t l_646 = 0xEEDB7E92L;
        int32_t l_659 = 0xA532D574L;
        int32_t l_660 = 0xCEE2705FL;
        int32_t l_661 = 1L;
        int8_t l_662 = 0L;
        int32_t l_663 = 0xADABA6B5L;
        int32_t l_665 = 0x6CD89276L;
        int32_t l_666 = 0x64F229F0L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_580[i] = (-1L);
        for (i = 0; i < 1; i++)
            l_643[i] = 6UL;
        for (l_506 = 0; (l_506 >= 0); l_506 -= 1)
        { /* block id: 220 */
            int i;
            return g_433[g_10];
        }
        if (l_580[0])
            continue;
        for (l_503 = 0; (l_503 <= 0); l_503 += 1)
        { /* block id: 226 */
            const int32_t l_581 = 0x9B02EBABL;
            union U2 ****l_584[10] = {(void*)0,(void*)0,&l_583,(void*)0,(void*)0,&l_583,(void*)0,(void*)0,&l_583,(void*)0};
            uint8_t l_647 = 3UL;
            int32_t l_654 = 0xC5F4467CL;
            int32_t l_655 = 0xE238934DL;
            int32_t l_656[7][6][4] = {{{0x45977923L,(-1L),1L,1L},{1L,0x439B2D87L,1L,0x2F1F2A0AL},{0L,8L,0x792E9220L,0x5809819EL},{0x967C72D0L,1L,0x439B2D87L,8L},{0x5809819EL,(-1L),0x439B2D87L,0xEA3E34FAL},{0x967C72D0L,(-6L),0x792E9220L,0x55FAEA12L}},{{0L,(-1L),1L,0x8E74346AL},{1L,0x8E74346AL,1L,0xE6A15D6CL},{0x45977923L,(-2L),0xBDE1D984L,0L},{0x55FAEA12L,0xBDE1D984L,(-1L),(-4L)},{0xE6A15D6CL,1L,0x7CA74C79L,(-6L)},{0xE7BC6022L,0x967C72D0L,6L,0x714E93AEL}},{{1L,4L,0x1C4C1344L,0x1C4C1344L},{1L,1L,0xEA3E34FAL,0xBDE1D984L},{0x8E74346AL,3L,(-1L),0x2ED91C3AL},{0x2F1F2A0AL,0x1C4C1344L,1L,(-1L)},{0x439B2D87L,0x1C4C1344L,0L,0x2ED91C3AL},{0x1C4C1344L,3L,(-6L),0xBDE1D984L}},{{(-4L),1L,0x55FAEA12L,0x1C4C1344L},{(-2L),4L,(-4L),0x714E93AEL},{0L,0x967C72D0L,4L,(-6L)},{0L,1L,0x2F1F2A0AL,(-4L)},{0x7B0ADF34L,0xBDE1D984L,0x45977923L,0L},{3L,(-2L),0L,0xE6A15D6CL}},{{(-1L),0x8E74346AL,0x5809819EL,0x8E74346AL},{0L,(-1L),0x7B0ADF34L,0x55FAEA12L},{0x1A64FC75L,(-6L),0xCCBEF0FEL,0xEA3E34FAL},{6L,(-1L),0L,8L},{6L,1L,0xCCBEF0FEL,0x5809819EL},{0x1A64FC75L,8L,0x7B0ADF34L,0x2F1F2A0AL}},{{0L,0x439B2D87L,0x5809819EL,1L},{(-1L),(-1L),0L,4L},{3L,0L,0x45977923L,(-9L)},{0x7B0ADF34L,0x792E9220L,0x2F1F2A0AL,0x1A64FC75L},{0L,1L,4L,0L},{0L,3L,(-4L),1L}},{{(-2L),0x55FAEA12L,0x55FAEA12L,(-2L)},{(-4L),0x2ED91C3AL,(-6L),(-1L)},{0x1C4C1344L,1L,0L,1L},{0x439B2D87L,0x45977923L,1L,1L},{0x2F1F2A0AL,1L,(-1L),(-1L)},{0x8E74346AL,0x2ED91C3AL,0xEA3E34FAL,(-2L)}}};
            int64_t l_664 = (-5L);
            const uint16_t l_683 = 65530UL;
            int i, j, k;
            (*g_535) = l_581;
            (*l_325) &= ((8L > 0x6A1C922BF95697E2LL) | (((g_582 , (((((g_346 && (((g_585 = l_583) != (((*l_38) = (l_580[0] , (safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint8_t_u_u(5UL, 7)) ^ ((0xA157B1E161B91951LL > (l_592 == (*g_419))) <= l_594)), 3)))) , &g_159[0][0][1])) & l_580[0])) , l_581) > 0xD4CFE8DD2AEACD5BLL) == l_580[0]) , 1UL)) && 1L) | l_581));
            if (((*l_325) = 3L))
            { /* block id: 232 */
                uint64_t l_599 = 0x717CD6EA679D4A5ALL;
                int64_t ****l_610 = &g_609;
                int32_t *l_611 = (void*)0;
                int32_t l_612 = 1L;
                uint64_t *l_641 = &g_64;
                l_612 ^= (safe_mod_func_uint8_t_u_u((((-1L) & ((((l_599 >= (g_600[2][3][0] , ((*g_332) != (*g_332)))) != (safe_add_func_uint64_t_u_u((*l_325), (((*l_325) || (safe_div_func_uint16_t_u_u((g_8--), (safe_rshift_func_int16_t_s_s(((*l_366) != ((*l_610) = g_609)), 6))))) < g_10)))) & l_599) ^ g_117)) & 0UL), 255UL));
                g_42 ^= (((safe_mod_func_uint32_t_u_u(((*l_38) = ((safe_rshift_func_uint8_t_u_s((g_55++), ((safe_add_func_uint16_t_u_u(l_580[0], (g_621 , ((l_644 = (safe_add_func_int64_t_s_s((((**l_593) = (safe_sub_func_uint64_t_u_u(g_324, 4L))) < (safe_mul_func_int16_t_s_s(l_628, ((l_629 = g_139) , (((safe_rshift_func_int16_t_s_s((safe_div_func_int16_t_s_s((l_643[0] &= ((l_634[6][0] == (*g_420)) , (safe_div_func_int8_t_s_s((safe_unary_minus_func_uint64_t_u((+((((safe_mod_func_int16_t_s_s((((*l_641) |= (((*l_325) ^= 0x8CF27B16L) > l_594)) && (*l_325)), 7L)) || l_642) < 1L) > 0xBC878C7DL)))), 1L)))), l_580[0])), l_628)) , g_39) == l_581))))), l_581))) && l_581)))) , l_581))) ^ l_580[0])), 0xA5C2A613L)) , (void*)0) == &g_585);
            }
            else
            { /* block id: 245 */
                return l_581;
            }
            for (g_64 = 0; (g_64 <= 0); g_64 += 1)
            { /* block id: 250 */
                int32_t *l_645[8][6] = {{&l_506,&l_644,&g_449,&g_42,&l_644,&l_506},{&l_644,&g_449,(void*)0,&l_629,(void*)0,&l_644},{&g_449,&l_644,&l_644,&l_644,&g_449,&l_629},{(void*)0,&l_629,(void*)0,&g_449,&l_644,&l_644},{&g_42,&g_42,&l_644,&l_629,&l_644,&l_644},{&g_117,(void*)0,(void*)0,&g_117,&l_644,&l_629},{&l_644,&l_506,&l_644,&l_371,&l_644,&l_644},{&l_644,&g_42,&l_644,&g_42,&l_644,&g_42}};
                int16_t l_653 = 2L;
                int8_t l_657[8][6] = {{0x2BL,0xB2L,0xBAL,0xBAL,0xB2L,0x2BL},{0x2BL,0xBAL,0L,0xB2L,0xB2L,0L},{0xB2L,0xB2L,0L,0xBAL,0x2BL,0x2BL},{0xB2L,0xBAL,0xBAL,0xB2L,0x2BL,0L},{0x2BL,0xB2L,0xBAL,0xBAL,0xB2L,0x2BL},{0x2BL,0xBAL,0L,0xB2L,0xB2L,0L},{0xB2L,0xB2L,0L,0xBAL,0x2BL,0x2BL},{0xB2L,0xBAL,0xBAL,0xB2L,0x2BL,0L}};
                int i, j;
                l_647--;
                (*g_651) = l_650[0];
                --g_667[1];
                (*l_325) ^= (*g_162);
            }
            for (l_654 = 3; (l_654 <= 9); l_654 += 1)
            { /* block id: 258 */
                const uint8_t l_670[9] = {0x39L,0x39L,0x39L,0x39L,0x39L,0x39L,0x39L,0x39L,0x39L};
                int32_t **l_671 = &g_162;
                const int32_t *l_685 = (void*)0;
                const int32_t **l_684 = &l_685;
                const int32_t *l_689 = (void*)0;
                const int32_t **l_688 = &l_689;
                int i;
                (*l_325) = l_670[8];
                (*l_671) = &l_400;
                l_656[6][5][0] &= (((safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((g_55 ^ (g_536 > (safe_mul_func_int16_t_s_s(((((void*)0 != g_678) , (g_117 & g_680.f0)) ^ g_324), (safe_mul_func_uint8_t_u_u(g_60, (((((((1UL || 0x6CL) || g_60) >= g_264.f0) | g_346) < 0x4BF8L) >= 1L) == l_683))))))), (*l_325))), (**l_671))) >= l_662) && (**l_671));
                (*l_688) = ((*l_684) = (*g_463));
            }
        }
    }
    return g_55;
}


/* ------------------------------------------ */
/* 
 * reads : g_264 g_270 g_261.f0 g_60 g_72 g_139 g_50 g_96 g_97 g_293 g_117 g_59 g_120 g_64 g_55
 * writes: g_64 g_139 g_50 g_60 g_39 g_117 g_59 g_8 g_264.f3
 */
static int16_t  func_2(int16_t  p_3, int16_t  p_4, uint16_t  p_5, int8_t * p_6, uint32_t  p_7)
{ /* block id: 89 */
    const uint16_t l_267 = 65535UL;
    union U2 ***l_277 = &g_159[0][1][1];
    int32_t l_296 = 0L;
    int32_t l_298[9][7][4] = {{{0x9F70BE9AL,3L,1L,0xB443598BL},{0xC25903ADL,0x670C1B33L,0xEA2BC010L,(-9L)},{0xF43AB875L,(-1L),0x4B4F6941L,1L},{0x670C1B33L,0x5CAB69B8L,0x5CAB69B8L,0x670C1B33L},{0x6071DF99L,7L,3L,0xD9EC7310L},{(-1L),0xF43AB875L,(-3L),0x15DB4A17L},{(-1L),0x5987FBF2L,0L,0x15DB4A17L}},{{0x1498069FL,0xF43AB875L,1L,0xD9EC7310L},{0xB443598BL,7L,1L,0x670C1B33L},{0x9F70BE9AL,0x5CAB69B8L,(-8L),1L},{(-1L),(-1L),0x6071DF99L,(-9L)},{(-1L),0x670C1B33L,0L,0xB443598BL},{(-1L),3L,0x5CAB69B8L,0xD02EE9E7L},{(-1L),0xB443598BL,(-8L),(-8L)}},{{1L,0xF43AB875L,1L,0xEA268230L},{0xEA268230L,0x1795524EL,0xEA2BC010L,(-1L)},{0x1498069FL,(-1L),(-8L),1L},{7L,0L,(-3L),0x670C1B33L},{0L,0x1795524EL,0x13567968L,0xB443598BL},{0x6071DF99L,1L,0x6071DF99L,(-8L)},{(-1L),0x63F9E9DAL,0x4B4F6941L,0x5A0B546CL}},{{1L,3L,0L,0x63F9E9DAL},{0xC25903ADL,7L,0L,(-9L)},{1L,(-1L),0x4B4F6941L,0x48582A17L},{(-1L),0x5CAB69B8L,0x576E49E5L,(-1L)},{0x576E49E5L,(-1L),0L,0L},{0xC25903ADL,0x63AFE0E6L,0xB443598BL,0L},{0x6071DF99L,0x4B4F6941L,0L,0xEA2BC010L}},{{(-9L),0xAD0277C8L,1L,0L},{(-8L),0x5CAB69B8L,0x9F70BE9AL,0x6071DF99L},{0xAD0277C8L,0xF85F5BBEL,1L,3L},{0x616943C4L,0xC25903ADL,0xF85F5BBEL,0L},{0x5987FBF2L,(-1L),(-1L),(-8L)},{0xD9EC7310L,1L,0x576E49E5L,1L},{0x616943C4L,(-8L),0L,0L}},{{0x63AFE0E6L,0x63AFE0E6L,0x9F70BE9AL,(-8L)},{0L,(-3L),0x84F3FD6FL,0x6071DF99L},{(-9L),0x5987FBF2L,1L,0x84F3FD6FL},{(-1L),0x5987FBF2L,0xB443598BL,0x6071DF99L},{0x5987FBF2L,(-3L),1L,(-8L)},{0x576E49E5L,0x63AFE0E6L,0xF85F5BBEL,0L},{0x5CAB69B8L,(-8L),1L,1L}},{{0L,1L,1L,(-8L)},{(-2L),(-1L),0x84F3FD6FL,0L},{0x63AFE0E6L,0xC25903ADL,1L,3L},{0x6071DF99L,0xF85F5BBEL,(-2L),0x6071DF99L},{0x576E49E5L,0x5CAB69B8L,(-9L),0L},{0xD9EC7310L,0xAD0277C8L,0xB443598BL,0xEA2BC010L},{0x5CAB69B8L,0x4B4F6941L,1L,0L}},{{(-9L),0x63AFE0E6L,0L,0L},{(-8L),(-1L),0x9F70BE9AL,(-1L)},{0L,0xF85F5BBEL,1L,0x13567968L},{0x616943C4L,0xD9EC7310L,(-2L),0L},{0xC25903ADL,0x6071DF99L,(-1L),(-8L)},{0xC25903ADL,1L,(-2L),0xEA2BC010L},{0x616943C4L,(-8L),1L,0L}},{{0L,0xAD0277C8L,0x9F70BE9AL,0L},{(-8L),(-3L),0L,0x5CAB69B8L},{(-9L),0xC25903ADL,1L,0x84F3FD6FL},{0x5CAB69B8L,0xD9EC7310L,0xB443598BL,(-1L)},{0xD9EC7310L,(-3L),(-9L),(-8L)},{0x576E49E5L,0L,(-2L),0L},{0x6071DF99L,0L,1L,0L}}};
    int i, j, k;
    if (((p_7 & 4L) || ((g_264 , &g_116[0]) != (void*)0)))
    { /* block id: 90 */
        int32_t **l_271[9];
        int16_t *l_272[3];
        uint64_t *l_278 = &g_64;
        int i;
        for (i = 0; i < 9; i++)
            l_271[i] = &g_162;
        for (i = 0; i < 3; i++)
            l_272[i] = &g_10;
        if ((((safe_rshift_func_int8_t_s_s(l_267, (((((safe_add_func_uint64_t_u_u(0x3F3D901C86657033LL, (g_270 , (((*l_278) = ((p_3 = (&g_162 != (p_5 , l_271[0]))) != ((safe_rshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_u(((&g_159[3][1][1] != l_277) ^ 0x17AEFA5C7AFD339ELL), g_261.f0)), 6)) == p_4))) , l_267)))) ^ g_60) != p_5) < 0x1BE3DCF11F39B6BELL) ^ p_7))) & g_72[1][1][1]) != 0x7410D0AFCFC309F2LL))
        { /* block id: 93 */
            union U0 *l_280 = &g_264;
            union U0 **l_279 = &l_280;
            int16_t l_283 = (-5L);
            (*l_279) = &g_264;
            for (g_139 = 0; (g_139 == 11); ++g_139)
            { /* block id: 97 */
                int64_t l_295 = 0xC6F9AE73C09CD686LL;
                uint32_t *l_297 = &g_39;
                g_117 |= ((l_283 || (safe_sub_func_uint32_t_u_u(((*l_297) = (((0x1F714449L <= (l_296 = (((g_50 ^= 0x3AL) >= 0x9DL) & ((safe_lshift_func_int8_t_s_s((g_60 = (safe_add_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((+((*g_96) , (p_4 ^ (((void*)0 == g_293) , l_295)))), 0)), g_60))), 4)) & 0xD199L)))) , 0xB1L) ^ l_295)), 4294967295UL))) != 2UL);
            }
        }
        else
        { /* block id: 104 */
            uint32_t l_299[7] = {0xF45D49FEL,0xF45D49FEL,0xF45D49FEL,0xF45D49FEL,0xF45D49FEL,0xF45D49FEL,0xF45D49FEL};
            int32_t l_323 = (-7L);
            int i;
            l_299[3]--;
            for (g_59 = 0; (g_59 <= (-1)); g_59 = safe_sub_func_int8_t_s_s(g_59, 9))
            { /* block id: 108 */
                uint16_t *l_320 = &g_8;
                int64_t *l_321 = &g_264.f3;
                int32_t l_322 = 0xC19745DCL;
                (*g_120) |= p_5;
                l_323 &= (safe_div_func_int64_t_s_s(0x6C6C8B0E94818A42LL, ((safe_sub_func_int64_t_s_s(l_299[0], (0x0667EA78243528B4LL == (safe_mod_func_int16_t_s_s((g_60 | l_299[3]), ((((safe_mod_func_int64_t_s_s(((*l_321) = (((safe_rshift_func_int8_t_s_u((safe_mod_func_int32_t_s_s(p_4, (l_296 |= ((g_39 = (safe_rshift_func_int16_t_s_u((0x94C157F8L != ((((((*l_320) = 0x1948L) <= 0xDAAFL) && 0x0B69B365L) < p_7) == 0x2C08AB6B9B432B1ELL)), l_298[2][1][0]))) | 0x487E794CL)))), 5)) > p_3) & 0xE677L)), 1UL)) && g_64) && g_55) , p_3)))))) ^ l_322)));
            }
        }
    }
    else
    { /* block id: 117 */
        return p_4;
    }
    return p_4;
}


/* ------------------------------------------ */
/* 
 * reads : g_76 g_42 g_55 g_39 g_57 g_72 g_50 g_96 g_8 g_64 g_120 g_139 g_57.f0 g_159 g_161 g_162 g_24 g_170 g_117 g_176 g_60 g_160 g_158 g_204 g_213 g_231 g_261
 * writes: g_42 g_64 g_50 g_96 g_117 g_55 g_72 g_139 g_162 g_176 g_159 g_39
 */
static int16_t  func_11(const int8_t  p_12, const uint16_t  p_13, int8_t * p_14, int8_t * p_15)
{ /* block id: 18 */
    int16_t l_75 = 0x370AL;
    int64_t *l_84 = &g_59;
    int8_t l_93 = (-1L);
    int32_t l_140 = 2L;
    int32_t l_149 = 0xB80568E9L;
    int32_t l_150[5] = {0x9A01C8D9L,0x9A01C8D9L,0x9A01C8D9L,0x9A01C8D9L,0x9A01C8D9L};
    union U2 *l_163 = (void*)0;
    int32_t l_168 = 0x2631F386L;
    int64_t **l_189 = &l_84;
    int64_t ***l_188[10][9] = {{&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189},{&l_189,&l_189,(void*)0,(void*)0,&l_189,&l_189,(void*)0,(void*)0,&l_189},{&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189},{&l_189,(void*)0,&l_189,&l_189,&l_189,(void*)0,&l_189,&l_189,&l_189},{&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189},{(void*)0,&l_189,&l_189,(void*)0,&l_189,&l_189,&l_189,&l_189,&l_189},{&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189},{&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189},{&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189},{(void*)0,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189,&l_189}};
    uint16_t *l_201 = &g_8;
    const int16_t **l_216[5];
    uint32_t l_223 = 0x9F932434L;
    int16_t *l_233 = (void*)0;
    int16_t **l_232 = &l_233;
    const uint8_t *l_241 = (void*)0;
    uint8_t *l_242[6][8][2] = {{{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55}},{{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55}},{{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]}},{{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]}},{{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]}},{{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55},{&g_72[2][5][0],&g_72[2][5][0]},{&g_55,&g_72[2][5][0]},{&g_72[2][5][0],&g_55},{&g_72[0][5][0],&g_72[0][5][0]},{&g_72[0][5][0],&g_55}}};
    uint8_t **l_243 = &l_242[4][7][0];
    int32_t *l_262 = &l_150[4];
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_216[i] = (void*)0;
lbl_205:
    (*g_76) = l_75;
    for (g_42 = 0; (g_42 >= 27); g_42++)
    { /* block id: 22 */
        const int16_t **l_88 = (void*)0;
        int8_t *l_114 = &l_93;
        int32_t l_115[8][1] = {{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)}};
        int16_t *l_215 = &l_75;
        int16_t **l_214 = &l_215;
        uint16_t *l_234 = &g_176;
        uint32_t *l_235 = &g_39;
        int32_t *l_236 = &l_168;
        int i, j;
        if ((*g_76))
        { /* block id: 23 */
            int32_t l_79 = 0x02DA2EA9L;
            return l_79;
        }
        else
        { /* block id: 25 */
            int16_t *l_90 = &l_75;
            int16_t **l_89 = &l_90;
            int32_t l_95 = (-2L);
            for (g_64 = 0; (g_64 <= 1); g_64 += 1)
            { /* block id: 28 */
                int64_t *l_83 = &g_59;
                int64_t **l_82 = &l_83;
                int32_t l_85 = (-6L);
                int8_t *l_94 = &g_50;
                const volatile union U2 **l_98 = &g_96;
                (*l_98) = (((((g_55 < ((safe_sub_func_uint8_t_u_u(((((*l_82) = (void*)0) != l_84) >= g_39), ((l_85 > ((safe_lshift_func_int8_t_s_u(((*l_94) &= ((l_88 == (g_57 , l_89)) >= (((((safe_add_func_uint64_t_u_u((p_12 , 0UL), p_13)) == l_93) <= p_12) < g_72[2][5][0]) != p_12))), g_55)) <= g_72[1][4][0])) < l_85))) && p_12)) & g_72[0][3][1]) >= l_95) <= p_13) , g_96);
            }
        }
        (*g_120) = (((safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((l_93 , ((*l_114) = ((l_75 && l_75) < (safe_div_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_s(g_72[1][1][1], (((((safe_mul_func_uint16_t_u_u(4UL, ((safe_sub_func_int64_t_s_s(((void*)0 != &p_12), (8L != (safe_rshift_func_uint16_t_u_s((!(((-1L) > l_75) & g_8)), 8))))) , p_12))) >= g_72[2][5][0]) < g_72[2][5][0]) && 0xE11D1409FA78CED0LL) && 0xCD03L))) <= g_55), g_64))))), l_115[7][0])), g_42)) != p_12) != p_12);
        for (g_55 = 0; (g_55 == 52); g_55++)
        { /* block id: 38 */
            uint8_t *l_128 = (void*)0;
            int32_t l_146 = 0xA9382BCCL;
            int32_t l_148[2];
            uint32_t l_151[6][2][2] = {{{0x9025BF7BL,5UL},{0x21D3DD3DL,18446744073709551615UL}},{{5UL,18446744073709551615UL},{0x21D3DD3DL,5UL}},{{0x9025BF7BL,0x9025BF7BL},{0x9025BF7BL,5UL}},{{0x21D3DD3DL,18446744073709551615UL},{5UL,18446744073709551615UL}},{{0x21D3DD3DL,5UL},{0x9025BF7BL,0x9025BF7BL}},{{0x9025BF7BL,0x21D3DD3DL},{0x805CA6D5L,0x9025BF7BL}}};
            int16_t *l_169[9][8] = {{(void*)0,&l_75,&l_75,(void*)0,&l_75,(void*)0,&l_75,&l_75},{(void*)0,&l_75,&l_75,&l_75,&l_75,&l_75,(void*)0,&l_75},{&l_75,(void*)0,(void*)0,&l_75,(void*)0,&l_75,&l_75,&l_75},{&l_75,(void*)0,&l_75,&l_75,(void*)0,&l_75,&l_75,&l_75},{&l_75,&l_75,&l_75,&l_75,&l_75,&l_75,&l_75,&l_75},{(void*)0,&l_75,&l_75,(void*)0,&l_75,&l_75,&l_75,(void*)0},{(void*)0,&l_75,(void*)0,&l_75,&l_75,&l_75,(void*)0,&l_75},{&l_75,&l_75,(void*)0,&l_75,&l_75,&l_75,&l_75,&l_75},{&l_75,&l_75,&l_75,&l_75,&l_75,&l_75,&l_75,&l_75}};
            uint32_t *l_209 = &g_39;
            const int16_t ***l_217[4] = {&l_88,&l_88,&l_88,&l_88};
            uint64_t *l_218[6];
            int32_t *l_224 = &l_168;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_148[i] = (-1L);
            for (i = 0; i < 6; i++)
                l_218[i] = (void*)0;
            for (l_75 = 0; (l_75 <= 10); ++l_75)
            { /* block id: 41 */
                uint8_t *l_125[1];
                int32_t l_138 = 0x3A2289BDL;
                int32_t *l_141 = &l_138;
                int32_t *l_142 = &l_140;
                int32_t *l_143 = &l_140;
                int32_t *l_144 = &l_115[7][0];
                int32_t *l_145[8][6];
                int32_t l_147[8][4] = {{0x5A20DB3BL,0x3B59FD8AL,0x3B59FD8AL,0x5A20DB3BL},{0x3B59FD8AL,0x5A20DB3BL,0x3B59FD8AL,0x3B59FD8AL},{0x5A20DB3BL,0x5A20DB3BL,0xD19F8FA1L,0x5A20DB3BL},{0x5A20DB3BL,0x3B59FD8AL,0x3B59FD8AL,0x5A20DB3BL},{0x3B59FD8AL,0x5A20DB3BL,0x3B59FD8AL,0x3B59FD8AL},{0x5A20DB3BL,0x5A20DB3BL,0xD19F8FA1L,0x5A20DB3BL},{0x5A20DB3BL,0x3B59FD8AL,0x3B59FD8AL,0x5A20DB3BL},{0x3B59FD8AL,0x5A20DB3BL,0x3B59FD8AL,0x3B59FD8AL}};
                union U2 *l_157[1];
                union U2 **l_156 = &l_157[0];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_125[i] = &g_72[2][5][0];
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 6; j++)
                        l_145[i][j] = (void*)0;
                }
                for (i = 0; i < 1; i++)
                    l_157[i] = &g_158[5][2];
                l_140 = ((g_72[2][5][0]++) >= (((&g_55 != l_128) , ((safe_add_func_uint16_t_u_u(g_8, (0xFFDE1011L || ((g_50 <= 18446744073709551611UL) , ((safe_mul_func_uint8_t_u_u((l_115[7][0] > (safe_sub_func_int16_t_s_s((((((g_64 = (((!p_12) && (safe_lshift_func_uint8_t_u_u((g_139 &= (l_138 &= ((p_13 != p_13) && 0xC3L))), 0))) | 0xD8DAA76CL)) || p_13) , (-6L)) , g_57.f0) < 0x7326L), p_12))), l_115[7][0])) , 4L))))) >= (-7L))) ^ p_12));
                l_151[3][1][1]--;
                (*l_144) |= ((safe_mul_func_int16_t_s_s(0x80A2L, p_13)) , ((l_156 != g_159[3][1][1]) || (*l_142)));
            }
            (*g_161) = &l_148[1];
            if (p_12)
            { /* block id: 51 */
                uint16_t *l_175 = &g_176;
                int32_t l_187 = 0L;
                int64_t ****l_190 = &l_188[2][4];
                (*g_162) ^= p_12;
                (*g_162) = 0x9174BE75L;
                (*g_162) |= ((l_163 == l_163) >= 0x3D5BD352L);
                (*l_190) = (((l_93 || (safe_mod_func_int16_t_s_s((l_187 = (safe_mul_func_uint8_t_u_u(0x17L, (((l_168 == ((((g_24 == l_169[1][4]) , g_170[4][8]) , (safe_sub_func_uint64_t_u_u(g_117, (((safe_add_func_uint16_t_u_u(((*l_175)++), (l_150[3] == (safe_lshift_func_int16_t_s_s((safe_sub_func_int8_t_s_s(((((safe_mod_func_uint32_t_u_u(((((safe_add_func_uint16_t_u_u(g_42, 0x77E3L)) <= 0x67L) != l_115[7][0]) > l_151[0][0][1]), 0x79B7D107L)) & 0xEB9DC2B71B2A3807LL) , g_60) && p_13), l_115[5][0])), p_13))))) & 2UL) != p_13)))) , 0x9FL)) | l_151[3][1][1]) | l_115[7][0])))), 0xC3BCL))) < l_146) , l_188[2][4]);
            }
            else
            { /* block id: 58 */
                uint16_t *l_195 = (void*)0;
                uint16_t *l_196 = &g_176;
                int32_t *l_202 = &l_146;
                union U2 ***l_203 = (void*)0;
                (*l_202) &= ((safe_lshift_func_int8_t_s_s((g_176 , ((((safe_lshift_func_uint16_t_u_u(((*l_196)++), (&l_75 == &l_75))) ^ (safe_rshift_func_uint8_t_u_s(g_8, (p_13 != (((&p_13 != l_201) , ((((*g_160) , g_24) == l_195) || p_13)) , l_148[0]))))) <= 0xD6BFL) > 0x0CA2A5FB302614C5LL)), g_64)) <= 0xCCDAL);
                if (l_115[6][0])
                    break;
                (*g_204) = &l_163;
                if (g_50)
                    goto lbl_205;
            }
            (*l_224) &= ((((*g_162) ^= p_13) == (safe_unary_minus_func_int8_t_s((safe_add_func_int8_t_s_s(((*l_114) = (p_13 , (((*l_209)++) | ((g_64 <= (l_149 ^= (safe_unary_minus_func_int64_t_s((((l_150[2] = l_150[2]) > ((l_214 = g_213) != (l_216[0] = l_216[0]))) | p_12))))) >= (g_72[1][4][1] | (safe_mul_func_int16_t_s_s((safe_mod_func_int8_t_s_s(p_12, p_13)), 65535UL))))))), l_223))))) < p_13);
        }
        (*l_236) &= (p_13 & ((*l_235) |= (safe_add_func_uint8_t_u_u((((safe_div_func_int8_t_s_s(((((((*l_234) |= ((((((safe_lshift_func_int16_t_s_s(p_13, 10)) && ((g_231 , &g_24) != (l_232 = g_213))) && p_13) >= 0x8251L) & ((g_24 == g_24) | l_150[2])) || (-1L))) != 7UL) < p_13) | l_115[6][0]) < p_12), g_139)) & l_115[7][0]) & l_115[3][0]), l_93))));
    }
    if ((g_117 & ((((p_12 , (g_64 || (safe_lshift_func_int16_t_s_s((safe_add_func_uint8_t_u_u(g_176, 0x5DL)), (l_241 == ((*l_243) = l_242[4][7][0])))))) ^ (safe_mul_func_int8_t_s_s(((~((6UL && 0x8E14E52B62957E2ALL) ^ 1L)) == 2UL), l_93))) , l_150[2]) == 0xB9977A37L)))
    { /* block id: 80 */
        int32_t **l_247 = &g_162;
        if (l_140)
            goto lbl_205;
        (*l_247) = &l_149;
    }
    else
    { /* block id: 83 */
        return p_12;
    }
    (*l_262) = (((!l_140) >= (0x0030FD1EL && ((*g_162) = p_12))) ^ (safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s(p_13, g_42)) || (l_223 >= (safe_lshift_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((g_261 , l_140), 0xDBA5B9078EE22F68LL)), 0)))), l_168)) != p_13) >= l_223), p_13)), 0xB2DA1838799992FCLL)));
    return p_12;
}


/* ------------------------------------------ */
/* 
 * reads : g_42 g_39 g_8 g_55 g_57 g_64 g_60 g_57.f0
 * writes: g_42 g_50 g_55 g_59 g_60 g_64 g_39 g_72
 */
static uint16_t  func_25(const int32_t  p_26, int32_t  p_27, uint8_t  p_28, int8_t  p_29, uint64_t  p_30)
{ /* block id: 4 */
    int32_t *l_40 = (void*)0;
    int32_t *l_41[6] = {&g_42,&g_42,&g_42,&g_42,&g_42,&g_42};
    int8_t *l_49 = &g_50;
    int16_t l_51[4] = {(-6L),(-6L),(-6L),(-6L)};
    uint8_t *l_54[6][8][3] = {{{&g_55,&g_55,&g_55},{(void*)0,(void*)0,(void*)0},{&g_55,&g_55,&g_55},{(void*)0,&g_55,(void*)0},{&g_55,&g_55,&g_55},{(void*)0,(void*)0,&g_55},{&g_55,(void*)0,&g_55},{(void*)0,&g_55,&g_55}},{{&g_55,&g_55,&g_55},{(void*)0,&g_55,&g_55},{&g_55,(void*)0,&g_55},{(void*)0,&g_55,&g_55},{&g_55,(void*)0,&g_55},{(void*)0,&g_55,&g_55},{&g_55,(void*)0,&g_55},{&g_55,(void*)0,&g_55}},{{(void*)0,&g_55,&g_55},{&g_55,(void*)0,&g_55},{&g_55,&g_55,&g_55},{(void*)0,(void*)0,(void*)0},{&g_55,(void*)0,&g_55},{&g_55,&g_55,(void*)0},{&g_55,(void*)0,&g_55},{&g_55,(void*)0,(void*)0}},{{&g_55,&g_55,&g_55},{&g_55,&g_55,&g_55},{&g_55,(void*)0,&g_55},{&g_55,&g_55,&g_55},{&g_55,&g_55,&g_55},{&g_55,&g_55,&g_55},{&g_55,&g_55,&g_55},{(void*)0,(void*)0,&g_55}},{{&g_55,(void*)0,&g_55},{&g_55,&g_55,(void*)0},{&g_55,(void*)0,(void*)0},{&g_55,&g_55,(void*)0},{&g_55,(void*)0,&g_55},{&g_55,(void*)0,&g_55},{&g_55,&g_55,&g_55},{(void*)0,&g_55,&g_55}},{{(void*)0,&g_55,&g_55},{(void*)0,&g_55,&g_55},{&g_55,(void*)0,&g_55},{&g_55,&g_55,&g_55},{&g_55,&g_55,&g_55},{&g_55,(void*)0,(void*)0},{&g_55,&g_55,&g_55},{&g_55,&g_55,&g_55}}};
    int64_t *l_58 = &g_59;
    uint64_t *l_63 = &g_64;
    uint32_t *l_71 = &g_39;
    int i, j, k;
    g_42 |= 0x4B4322E7L;
    l_51[2] &= (safe_unary_minus_func_int16_t_s((+((safe_add_func_int8_t_s_s(0x0FL, ((*l_49) = ((safe_div_func_int32_t_s_s(g_39, p_29)) < g_8)))) , g_42))));
    g_72[2][5][0] = ((g_60 = (g_42 = (g_42 <= (safe_div_func_uint8_t_u_u((g_55 ^= (p_27 ^ 0xC2B4L)), (+((*l_58) = (g_57 , g_42)))))))) , (((*l_71) = (((safe_rshift_func_uint8_t_u_s((((*l_63)--) || (((g_55++) && 0xC1L) && (p_26 == (((safe_mul_func_uint16_t_u_u((g_60 != 0L), g_55)) != p_30) & 0x1DEE15503957630DLL)))), 6)) && g_42) , g_57.f0)) == p_26));
    return p_27;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_57.f0, "g_57.f0", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_72[i][j][k], "g_72[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_170[i][j].f0, "g_170[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_176, "g_176", print_hash_value);
    transparent_crc(g_261.f0, "g_261.f0", print_hash_value);
    transparent_crc(g_261.f4, "g_261.f4", print_hash_value);
    transparent_crc(g_264.f0, "g_264.f0", print_hash_value);
    transparent_crc(g_264.f4, "g_264.f4", print_hash_value);
    transparent_crc(g_324, "g_324", print_hash_value);
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_405, "g_405", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_433[i], "g_433[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_434, "g_434", print_hash_value);
    transparent_crc(g_438.f0, "g_438.f0", print_hash_value);
    transparent_crc(g_449, "g_449", print_hash_value);
    transparent_crc(g_536, "g_536", print_hash_value);
    transparent_crc(g_658, "g_658", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_667[i], "g_667[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_680.f0, "g_680.f0", print_hash_value);
    transparent_crc(g_680.f4, "g_680.f4", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 156
XXX total union variables: 10

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 1
XXX structs with bitfields in the program: 6
breakdown:
   indirect level: 0, occurrence: 5
   indirect level: 1, occurrence: 0
   indirect level: 2, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 11
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 10
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 6

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 84
   depth: 2, occurrence: 16
   depth: 3, occurrence: 1
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 3
   depth: 23, occurrence: 2
   depth: 24, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1
   depth: 36, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 203

XXX times a variable address is taken: 544
XXX times a pointer is dereferenced on RHS: 42
breakdown:
   depth: 1, occurrence: 40
   depth: 2, occurrence: 2
XXX times a pointer is dereferenced on LHS: 94
breakdown:
   depth: 1, occurrence: 91
   depth: 2, occurrence: 2
   depth: 3, occurrence: 0
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 9
XXX times a pointer is compared with address of another variable: 7
XXX times a pointer is compared with another pointer: 7
XXX times a pointer is qualified to be dereferenced: 1808

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 449
   level: 2, occurrence: 19
   level: 3, occurrence: 10
   level: 4, occurrence: 2
XXX number of pointers point to pointers: 83
XXX number of pointers point to scalars: 113
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 36.5
XXX average alias set size: 1.32

XXX times a non-volatile is read: 464
XXX times a non-volatile is write: 247
XXX times a volatile is read: 26
XXX    times read thru a pointer: 2
XXX times a volatile is write: 15
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 1.3e+03
XXX percentage of non-volatile access: 94.5

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 82
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 16
   depth: 1, occurrence: 14
   depth: 2, occurrence: 20
   depth: 3, occurrence: 32

XXX percentage a fresh-made variable is used: 17.4
XXX percentage an existing variable is used: 82.6
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

