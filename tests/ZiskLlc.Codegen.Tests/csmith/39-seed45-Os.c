/* Csmith 2.3.0 --seed 45 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 7882914 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 45 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      45
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int16_t  f0;
   const uint64_t  f1;
   volatile int8_t * f2;
   int8_t * f3;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2 = 0xF34FDA0EL;/* VOLATILE GLOBAL g_2 */
static volatile int32_t g_3 = 0x951FE77DL;/* VOLATILE GLOBAL g_3 */
static volatile int32_t g_4[2][9][1] = {{{0x4210E164L},{(-7L)},{0x876942A1L},{0x0D29729CL},{0x876942A1L},{(-7L)},{0x4210E164L},{(-7L)},{0x876942A1L}},{{0x0D29729CL},{0x876942A1L},{(-7L)},{0x4210E164L},{(-7L)},{0x876942A1L},{0x0D29729CL},{0x876942A1L},{(-7L)}}};
static int32_t g_5 = (-9L);
static union U0 g_18 = {0xE797L};
static uint8_t g_30[10][5][5] = {{{0UL,0x19L,0xE5L,0UL,0xE0L},{0x2DL,0x3CL,255UL,0x0CL,0xE0L},{0xC9L,0xCCL,0x3CL,7UL,0UL},{0x4AL,7UL,246UL,0UL,1UL},{3UL,0x4AL,0x4AL,3UL,254UL}},{{1UL,0x3DL,1UL,0xC9L,0x3DL},{0xC3L,0xE0L,0x33L,1UL,0x45L},{0UL,1UL,254UL,0xC9L,0x3BL},{0xF1L,0x20L,0UL,0x83L,0x82L},{1UL,0x2DL,255UL,7UL,7UL}},{{246UL,0x19L,7UL,0x33L,254UL},{254UL,255UL,1UL,0x82L,1UL},{0xE5L,0x83L,1UL,255UL,0x3CL},{0xCCL,0x3CL,7UL,0UL,0x22L},{0x45L,7UL,255UL,0x3BL,255UL}},{{255UL,255UL,0UL,0x19L,0xACL},{0UL,1UL,254UL,0xE0L,0x0CL},{253UL,0UL,0x33L,255UL,3UL},{1UL,1UL,0x19L,0x6EL,253UL},{255UL,255UL,0x3DL,253UL,1UL}},{{1UL,7UL,0x4CL,0xE5L,0xF1L},{1UL,0x3CL,3UL,0xF4L,0x7EL},{1UL,0x83L,0x2DL,0UL,0x20L},{1UL,255UL,0xD7L,0x41L,0UL},{1UL,0x19L,255UL,254UL,0UL}},{{1UL,0x2DL,7UL,0x2DL,1UL},{255UL,0x20L,0xE5L,3UL,255UL},{1UL,1UL,0x4AL,0xCCL,1UL},{253UL,0xE0L,1UL,0x20L,255UL},{0UL,0xCCL,0x1DL,0x45L,1UL}},{{255UL,0x3DL,253UL,1UL,0UL},{0x45L,0x33L,0x3CL,0x3DL,0UL},{0xCCL,255UL,1UL,0xC3L,0x20L},{0xE5L,3UL,0x41L,0xC3L,0x7EL},{254UL,1UL,255UL,0x3DL,0xF1L}},{{246UL,0x6EL,0UL,1UL,1UL},{1UL,0UL,1UL,0x45L,253UL},{0xF1L,0UL,1UL,0x20L,3UL},{0UL,0UL,0x45L,0xCCL,0x0CL},{0xC3L,1UL,1UL,3UL,0xACL}},{{1UL,0xF1L,1UL,0x2DL,255UL},{0x83L,0x82L,0UL,254UL,0x22L},{0x3DL,1UL,255UL,0x41L,0x3CL},{3UL,0x22L,0x41L,0UL,0xC9L},{1UL,0xE0L,253UL,7UL,0UL}},{{0xE5L,0UL,3UL,0xD7L,0x33L},{246UL,1UL,0x6EL,0x6EL,1UL},{0x82L,254UL,0xD7L,0xF4L,1UL},{0UL,0x4AL,1UL,0x2DL,0x1DL},{1UL,0x41L,0x3DL,0UL,0xCCL}}};
static uint8_t g_34 = 0x2FL;
static uint8_t *g_33 = &g_34;
static int8_t g_39[4][9] = {{0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L},{0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL},{0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L,0xF5L},{0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL,0x3CL}};
static int8_t * volatile g_38 = &g_39[1][8];/* VOLATILE GLOBAL g_38 */
static uint16_t g_42 = 65535UL;
static int32_t g_46 = (-1L);
static int16_t g_69 = 1L;
static volatile int32_t g_71 = 0x018F8C21L;/* VOLATILE GLOBAL g_71 */
static uint32_t g_102[4][6] = {{0x79CC16C4L,0x79CC16C4L,0x45F50B00L,0x79CC16C4L,0x79CC16C4L,0x45F50B00L},{0x79CC16C4L,0x79CC16C4L,0x45F50B00L,0x79CC16C4L,0x79CC16C4L,0x45F50B00L},{0x79CC16C4L,0x79CC16C4L,0x45F50B00L,0x79CC16C4L,0x79CC16C4L,0x45F50B00L},{0x79CC16C4L,0x79CC16C4L,0x45F50B00L,0x79CC16C4L,0x79CC16C4L,0x45F50B00L}};
static uint64_t g_104 = 0UL;
static uint64_t *g_141 = &g_104;
static int16_t g_187 = 0x1895L;
static int16_t g_188 = 0L;
static const int32_t ** volatile g_211 = (void*)0;/* VOLATILE GLOBAL g_211 */
static const int32_t *g_213[10][5][1] = {{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{&g_46},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{&g_46},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{&g_46},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{&g_46},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{&g_46}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{&g_46},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{&g_46},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{&g_46},{(void*)0},{(void*)0}}};
static const int32_t ** volatile g_212 = &g_213[8][4][0];/* VOLATILE GLOBAL g_212 */
static uint32_t *g_216 = &g_102[2][4];
static uint32_t **g_215 = &g_216;
static uint32_t *** volatile g_214[4][4] = {{&g_215,(void*)0,&g_215,&g_215},{(void*)0,(void*)0,&g_215,(void*)0},{(void*)0,&g_215,&g_215,(void*)0},{&g_215,(void*)0,&g_215,&g_215}};
static volatile int32_t g_236[1] = {0xD84E0731L};
static int32_t g_274 = 0xEA6511E1L;
static int32_t *g_292[2][6][10] = {{{&g_46,&g_46,&g_46,&g_274,(void*)0,&g_274,(void*)0,&g_274,&g_46,&g_46},{&g_46,(void*)0,&g_5,&g_46,&g_46,&g_5,&g_46,&g_5,&g_46,&g_46},{&g_46,(void*)0,(void*)0,&g_46,(void*)0,&g_5,&g_46,&g_274,&g_46,&g_274},{&g_46,(void*)0,&g_274,(void*)0,&g_46,&g_5,(void*)0,&g_274,&g_46,&g_274},{&g_274,&g_5,&g_274,&g_46,&g_46,&g_274,&g_46,&g_5,&g_5,&g_5},{&g_274,&g_46,&g_46,&g_5,&g_5,&g_46,&g_46,&g_274,&g_46,(void*)0}},{{&g_5,&g_46,&g_46,(void*)0,&g_274,&g_46,&g_274,&g_46,&g_274,&g_5},{&g_5,&g_274,&g_46,&g_274,&g_5,&g_46,&g_5,&g_274,&g_274,&g_46},{(void*)0,&g_46,&g_46,(void*)0,&g_5,&g_46,&g_274,&g_5,&g_274,&g_274},{&g_46,&g_46,&g_274,&g_274,&g_46,&g_274,&g_46,&g_274,&g_46,&g_274},{&g_274,&g_5,&g_274,&g_5,&g_274,(void*)0,&g_274,(void*)0,&g_5,&g_5},{&g_274,&g_5,&g_46,&g_46,&g_5,&g_274,&g_46,&g_46,&g_5,&g_5}}};
static int32_t ** volatile g_291 = &g_292[1][1][6];/* VOLATILE GLOBAL g_291 */
static volatile uint8_t g_301 = 251UL;/* VOLATILE GLOBAL g_301 */
static int8_t g_345 = (-2L);
static int8_t * const g_344 = &g_345;
static int32_t ** volatile g_355[1][4] = {{&g_292[0][3][9],&g_292[0][3][9],&g_292[0][3][9],&g_292[0][3][9]}};
static volatile int8_t g_364 = 0xD2L;/* VOLATILE GLOBAL g_364 */
static volatile uint16_t g_430[1][4] = {{0x56E0L,0x56E0L,0x56E0L,0x56E0L}};


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static uint8_t  func_10(int8_t * p_11, const int32_t  p_12, int8_t * p_13, int8_t * const  p_14);
static union U0  func_15(union U0  p_16, const uint64_t  p_17);
static const uint64_t  func_19(int16_t  p_20, uint64_t  p_21, int64_t  p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5
 * writes: g_5
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_40[4] = {0xBC97DE2EL,0xBC97DE2EL,0xBC97DE2EL,0xBC97DE2EL};
    int8_t *l_343 = (void*)0;
    union U0 l_406 = {-1L};
    int32_t l_411 = 4L;
    int32_t l_413[10] = {0xEB609022L,0x922E9AFFL,0x922E9AFFL,0xEB609022L,0x922E9AFFL,0x922E9AFFL,0xEB609022L,0x922E9AFFL,0x922E9AFFL,0xEB609022L};
    const int16_t *l_442 = &g_188;
    int64_t l_453 = 0xF6D6292A58AD7BB1LL;
    int i;
    for (g_5 = (-23); (g_5 <= 22); g_5 = safe_add_func_int16_t_s_s(g_5, 9))
    { /* block id: 3 */
        int16_t l_26 = (-10L);
        uint8_t *l_29 = &g_30[7][3][2];
        uint8_t **l_35 = &g_33;
        uint16_t *l_41[4][5] = {{&g_42,&g_42,&g_42,&g_42,&g_42},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_42,&g_42,&g_42,&g_42,&g_42},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
        uint8_t l_43 = 0xFFL;
        int32_t l_415 = 0xCEE99F60L;
        int32_t l_416 = 0x12A7BE34L;
        int32_t l_417 = 8L;
        int32_t l_418 = 0L;
        uint64_t l_425 = 0x043607B6B1C39990LL;
        int64_t l_445 = (-5L);
        int32_t l_446 = (-1L);
        int32_t l_447 = 5L;
        int32_t l_448 = (-10L);
        int32_t *l_459 = &g_274;
        int32_t *l_460 = &l_447;
        int i, j;
    }
    return l_40[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_274 g_69 g_42 g_30 g_187 g_18 g_33 g_34
 * writes: g_274 g_69 g_42 g_187
 */
static uint8_t  func_10(int8_t * p_11, const int32_t  p_12, int8_t * p_13, int8_t * const  p_14)
{ /* block id: 131 */
    int32_t *l_346[5][3][10] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
    int16_t l_347 = 0xE16BL;
    int32_t l_348 = 0x208F0BCDL;
    int32_t l_349[6][3][10] = {{{0x5AEF58B5L,(-1L),(-1L),0x5AEF58B5L,0x8DC8BA5DL,(-4L),0x8DC8BA5DL,0x5AEF58B5L,(-1L),(-1L)},{0x8DC8BA5DL,(-1L),0x9586F992L,(-1L),(-1L),0x9586F992L,(-1L),0x8DC8BA5DL,(-1L),0x9586F992L},{(-4L),0x5AEF58B5L,(-1L),0x5AEF58B5L,(-4L),0x9586F992L,0x9586F992L,(-4L),0x5AEF58B5L,(-1L)}},{{0x8DC8BA5DL,0x8DC8BA5DL,(-1L),(-4L),(-9L),(-4L),(-1L),0x8DC8BA5DL,0x8DC8BA5DL,(-1L)},{0x5AEF58B5L,(-4L),0x9586F992L,0x9586F992L,(-4L),0x5AEF58B5L,(-1L),0x5AEF58B5L,(-4L),0x9586F992L},{(-1L),0x8DC8BA5DL,(-1L),0x9586F992L,(-1L),(-1L),0x9586F992L,(-1L),0x8DC8BA5DL,(-1L)}},{{(-1L),0x5AEF58B5L,0x8DC8BA5DL,(-4L),0x8DC8BA5DL,0x5AEF58B5L,(-1L),(-1L),0x5AEF58B5L,0x8DC8BA5DL},{0x5AEF58B5L,(-1L),(-1L),0x5AEF58B5L,0x8DC8BA5DL,(-4L),0x8DC8BA5DL,0x5AEF58B5L,(-1L),(-1L)},{0x8DC8BA5DL,(-1L),0x9586F992L,(-1L),(-1L),0x9586F992L,(-1L),0x8DC8BA5DL,(-1L),0x9586F992L}},{{(-4L),0x5AEF58B5L,(-1L),0x5AEF58B5L,(-4L),0x9586F992L,0x9586F992L,(-4L),0x5AEF58B5L,(-1L)},{0x8DC8BA5DL,0x8DC8BA5DL,0x8DC8BA5DL,0x9586F992L,0x5AEF58B5L,0x9586F992L,0x8DC8BA5DL,(-9L),(-9L),0x8DC8BA5DL},{(-1L),0x9586F992L,(-1L),(-1L),0x9586F992L,(-1L),0x8DC8BA5DL,(-1L),0x9586F992L,(-1L)}},{{(-4L),(-9L),(-4L),(-1L),0x8DC8BA5DL,0x8DC8BA5DL,(-1L),(-4L),(-9L),(-4L)},{(-4L),(-1L),(-9L),0x9586F992L,(-9L),(-1L),(-4L),(-4L),(-1L),(-9L)},{(-1L),(-4L),(-4L),(-1L),(-9L),0x9586F992L,(-9L),(-1L),(-4L),(-4L)}},{{(-9L),(-4L),(-1L),0x8DC8BA5DL,0x8DC8BA5DL,(-1L),(-4L),(-9L),(-4L),(-1L)},{0x9586F992L,(-1L),0x8DC8BA5DL,(-1L),0x9586F992L,(-1L),(-1L),0x9586F992L,(-1L),0x8DC8BA5DL},{(-9L),(-9L),0x8DC8BA5DL,0x9586F992L,0x5AEF58B5L,0x9586F992L,0x8DC8BA5DL,(-9L),(-9L),0x8DC8BA5DL}}};
    int64_t l_350 = (-7L);
    uint8_t l_351 = 0xD5L;
    int32_t *l_354[4] = {&l_349[3][1][9],&l_349[3][1][9],&l_349[3][1][9],&l_349[3][1][9]};
    int64_t l_356 = 0x37D5204E2C4A6525LL;
    uint16_t l_357 = 2UL;
    union U0 l_384 = {0xA4B4L};
    uint32_t ***l_385 = (void*)0;
    int i, j, k;
    l_351--;
lbl_387:
    l_346[4][0][2] = l_354[2];
    l_357 ^= l_356;
    for (g_274 = 4; (g_274 >= 0); g_274 -= 1)
    { /* block id: 137 */
        int16_t l_358 = (-1L);
        int32_t l_359 = 0x486B5046L;
        int32_t l_360 = 0xB3A63165L;
        int32_t l_369 = 0x4D73ED05L;
        int32_t l_371[4] = {0x4F2173A3L,0x4F2173A3L,0x4F2173A3L,0x4F2173A3L};
        uint32_t l_376 = 0x3A0E1374L;
        int32_t *l_379[3];
        uint32_t ***l_382 = &g_215;
        int i;
        for (i = 0; i < 3; i++)
            l_379[i] = (void*)0;
        for (g_69 = 3; (g_69 >= 0); g_69 -= 1)
        { /* block id: 140 */
            uint16_t l_361 = 0xB075L;
            int32_t l_370 = 0L;
            int32_t l_372 = 0x626B7F66L;
            int32_t l_373 = 7L;
            int32_t l_374[8] = {5L,5L,5L,5L,5L,5L,5L,5L};
            int i;
            --l_361;
            for (g_42 = 0; (g_42 <= 2); g_42 += 1)
            { /* block id: 144 */
                int32_t l_365 = (-1L);
                int32_t l_366 = 0L;
                int32_t l_367 = 0xD4F6D28CL;
                int32_t l_368 = 0x9AA60B38L;
                int32_t l_375 = 0L;
                int i, j, k;
                if (l_349[(g_42 + 2)][g_42][(g_42 + 6)])
                    break;
                ++l_376;
                return g_30[g_69][(g_42 + 1)][g_274];
            }
        }
        l_379[1] = l_379[1];
        for (g_187 = (-23); (g_187 == 5); g_187 = safe_add_func_int32_t_s_s(g_187, 2))
        { /* block id: 153 */
            uint32_t ****l_383 = &l_382;
            int32_t **l_386[3];
            union U0 *l_389[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            union U0 **l_388 = &l_389[0];
            int i;
            for (i = 0; i < 3; i++)
                l_386[i] = &g_292[0][3][4];
            l_379[1] = ((((*l_383) = l_382) == (l_384 , l_385)) , (void*)0);
            if (l_351)
                goto lbl_387;
            (*l_388) = (g_18 , &g_18);
        }
        if (p_12)
            continue;
    }
    return (*g_33);
}


/* ------------------------------------------ */
/* 
 * reads : g_33 g_5 g_2 g_46 g_38 g_39 g_4 g_34 g_102 g_18.f0 g_42 g_141 g_104 g_18 g_69 g_187 g_30 g_212 g_216 g_274 g_213 g_3 g_291 g_292 g_301
 * writes: g_34 g_39 g_102 g_104 g_46 g_69 g_141 g_42 g_4 g_18.f0 g_187 g_188 g_213 g_215 g_274 g_292 g_301
 */
static union U0  func_15(union U0  p_16, const uint64_t  p_17)
{ /* block id: 14 */
    int64_t l_83 = 0x02A751A5503930A1LL;
    int8_t *l_90 = &g_39[1][8];
    uint32_t *l_101 = &g_102[2][4];
    uint64_t *l_103 = &g_104;
    int32_t *l_105 = &g_46;
    int32_t l_113 = 0x2D1E25F8L;
    int32_t l_114 = 0x4C2F892CL;
    int32_t l_115 = 0x5D77E079L;
    int32_t l_116 = 0xCC77C05DL;
    int32_t l_117 = 6L;
    int32_t l_118 = (-10L);
    int32_t l_119 = (-8L);
    int32_t l_120 = 0L;
    int32_t l_121 = 0x06F0504CL;
    int32_t l_122[9] = {0xF001985DL,0xF001985DL,0xF001985DL,0xF001985DL,0xF001985DL,0xF001985DL,0xF001985DL,0xF001985DL,0xF001985DL};
    int16_t l_123 = (-1L);
    uint8_t l_124 = 0x53L;
    uint64_t l_201[7][9][4] = {{{0x69775CC2682647C9LL,0x80EBB6C139F92E53LL,0x7C646956F44BDACFLL,0x80EBB6C139F92E53LL},{18446744073709551606UL,18446744073709551609UL,2UL,0x7C646956F44BDACFLL},{0x80EBB6C139F92E53LL,18446744073709551609UL,18446744073709551609UL,0x80EBB6C139F92E53LL},{18446744073709551609UL,0x80EBB6C139F92E53LL,18446744073709551606UL,0x69775CC2682647C9LL},{18446744073709551609UL,18446744073709551606UL,18446744073709551609UL,2UL},{0x80EBB6C139F92E53LL,0x69775CC2682647C9LL,2UL,2UL},{18446744073709551606UL,18446744073709551606UL,0x7C646956F44BDACFLL,0x69775CC2682647C9LL},{0x69775CC2682647C9LL,0x80EBB6C139F92E53LL,0x7C646956F44BDACFLL,0x80EBB6C139F92E53LL},{18446744073709551606UL,18446744073709551609UL,2UL,0x7C646956F44BDACFLL}},{{0x80EBB6C139F92E53LL,18446744073709551609UL,18446744073709551609UL,0x80EBB6C139F92E53LL},{18446744073709551609UL,0x80EBB6C139F92E53LL,18446744073709551606UL,0x69775CC2682647C9LL},{18446744073709551609UL,18446744073709551606UL,18446744073709551609UL,2UL},{0x80EBB6C139F92E53LL,0x69775CC2682647C9LL,2UL,2UL},{18446744073709551606UL,18446744073709551606UL,0x7C646956F44BDACFLL,0x69775CC2682647C9LL},{0x69775CC2682647C9LL,0x80EBB6C139F92E53LL,0x7C646956F44BDACFLL,0x80EBB6C139F92E53LL},{18446744073709551606UL,18446744073709551609UL,2UL,0x7C646956F44BDACFLL},{0x80EBB6C139F92E53LL,18446744073709551609UL,18446744073709551609UL,0x80EBB6C139F92E53LL},{18446744073709551609UL,0x80EBB6C139F92E53LL,18446744073709551606UL,0x69775CC2682647C9LL}},{{18446744073709551609UL,18446744073709551606UL,18446744073709551609UL,2UL},{0x80EBB6C139F92E53LL,0x69775CC2682647C9LL,2UL,2UL},{18446744073709551606UL,18446744073709551606UL,0x7C646956F44BDACFLL,0x69775CC2682647C9LL},{2UL,18446744073709551609UL,18446744073709551606UL,18446744073709551609UL},{0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL,18446744073709551606UL},{18446744073709551609UL,0x69775CC2682647C9LL,0x69775CC2682647C9LL,18446744073709551609UL},{0x69775CC2682647C9LL,18446744073709551609UL,0xE561ADDDA1883B80LL,2UL},{0x69775CC2682647C9LL,0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL},{18446744073709551609UL,2UL,0x7C646956F44BDACFLL,0x7C646956F44BDACFLL}},{{0xE561ADDDA1883B80LL,0xE561ADDDA1883B80LL,18446744073709551606UL,2UL},{2UL,18446744073709551609UL,18446744073709551606UL,18446744073709551609UL},{0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL,18446744073709551606UL},{18446744073709551609UL,0x69775CC2682647C9LL,0x69775CC2682647C9LL,18446744073709551609UL},{0x69775CC2682647C9LL,18446744073709551609UL,0xE561ADDDA1883B80LL,2UL},{0x69775CC2682647C9LL,0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL},{18446744073709551609UL,2UL,0x7C646956F44BDACFLL,0x7C646956F44BDACFLL},{0xE561ADDDA1883B80LL,0xE561ADDDA1883B80LL,18446744073709551606UL,2UL},{2UL,18446744073709551609UL,18446744073709551606UL,18446744073709551609UL}},{{0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL,18446744073709551606UL},{18446744073709551609UL,0x69775CC2682647C9LL,0x69775CC2682647C9LL,18446744073709551609UL},{0x69775CC2682647C9LL,18446744073709551609UL,0xE561ADDDA1883B80LL,2UL},{0x69775CC2682647C9LL,0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL},{18446744073709551609UL,2UL,0x7C646956F44BDACFLL,0x7C646956F44BDACFLL},{0xE561ADDDA1883B80LL,0xE561ADDDA1883B80LL,18446744073709551606UL,2UL},{2UL,18446744073709551609UL,18446744073709551606UL,18446744073709551609UL},{0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL,18446744073709551606UL},{18446744073709551609UL,0x69775CC2682647C9LL,0x69775CC2682647C9LL,18446744073709551609UL}},{{0x69775CC2682647C9LL,18446744073709551609UL,0xE561ADDDA1883B80LL,2UL},{0x69775CC2682647C9LL,0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL},{18446744073709551609UL,2UL,0x7C646956F44BDACFLL,0x7C646956F44BDACFLL},{0xE561ADDDA1883B80LL,0xE561ADDDA1883B80LL,18446744073709551606UL,2UL},{2UL,18446744073709551609UL,18446744073709551606UL,18446744073709551609UL},{0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL,18446744073709551606UL},{18446744073709551609UL,0x69775CC2682647C9LL,0x69775CC2682647C9LL,18446744073709551609UL},{0x69775CC2682647C9LL,18446744073709551609UL,0xE561ADDDA1883B80LL,2UL},{0x69775CC2682647C9LL,0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL}},{{18446744073709551609UL,2UL,0x7C646956F44BDACFLL,0x7C646956F44BDACFLL},{0xE561ADDDA1883B80LL,0xE561ADDDA1883B80LL,18446744073709551606UL,2UL},{2UL,18446744073709551609UL,18446744073709551606UL,18446744073709551609UL},{0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL,18446744073709551606UL},{18446744073709551609UL,0x69775CC2682647C9LL,0x69775CC2682647C9LL,18446744073709551609UL},{0x69775CC2682647C9LL,18446744073709551609UL,0xE561ADDDA1883B80LL,2UL},{0x69775CC2682647C9LL,0xE561ADDDA1883B80LL,0x69775CC2682647C9LL,0x7C646956F44BDACFLL},{18446744073709551609UL,2UL,0x7C646956F44BDACFLL,0x7C646956F44BDACFLL},{0xE561ADDDA1883B80LL,0xE561ADDDA1883B80LL,18446744073709551606UL,2UL}}};
    uint32_t l_237 = 0x90E3C070L;
    const int32_t l_257 = 0x3A90A004L;
    int8_t l_324 = 0xDEL;
    uint32_t l_334 = 4294967286UL;
    union U0 l_342 = {8L};
    int i, j, k;
    (*l_105) ^= (safe_lshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((((((*g_33) = l_83) , g_5) != 0x186D9D6EL) | (p_16.f0 == (safe_div_func_int32_t_s_s(l_83, (safe_div_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(l_83, ((*l_90) = p_17))), ((safe_div_func_uint32_t_u_u(((safe_rshift_func_int16_t_s_s(0x155EL, (safe_sub_func_uint64_t_u_u(((*l_103) = (safe_sub_func_int8_t_s_s((safe_sub_func_uint32_t_u_u(((*l_101) = 1UL), l_83)), (-7L)))), l_83)))) , 0x9C08A916L), g_2)) | l_83))))))), l_83)), 5)) , 0x16CEL), p_16.f0));
    if ((((*l_105) == (safe_rshift_func_int8_t_s_u((*g_38), 2))) , 0xA538DB7DL))
    { /* block id: 20 */
        int32_t *l_108 = &g_46;
        int32_t *l_109 = &g_46;
        int32_t *l_110 = (void*)0;
        int32_t *l_111 = &g_46;
        int32_t *l_112[7] = {&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46};
        int16_t *l_139 = &g_69;
        uint64_t **l_140[10][10] = {{&l_103,(void*)0,(void*)0,&l_103,&l_103,(void*)0,&l_103,&l_103,&l_103,&l_103},{&l_103,&l_103,(void*)0,(void*)0,&l_103,&l_103,&l_103,&l_103,&l_103,&l_103},{(void*)0,&l_103,&l_103,&l_103,(void*)0,&l_103,(void*)0,&l_103,&l_103,(void*)0},{(void*)0,&l_103,&l_103,(void*)0,&l_103,&l_103,(void*)0,&l_103,&l_103,(void*)0},{&l_103,(void*)0,&l_103,&l_103,(void*)0,(void*)0,&l_103,(void*)0,&l_103,&l_103},{&l_103,(void*)0,&l_103,(void*)0,&l_103,&l_103,&l_103,(void*)0,&l_103,(void*)0},{&l_103,&l_103,&l_103,&l_103,&l_103,&l_103,&l_103,&l_103,&l_103,&l_103},{&l_103,(void*)0,&l_103,&l_103,(void*)0,&l_103,&l_103,&l_103,&l_103,&l_103},{&l_103,(void*)0,&l_103,&l_103,(void*)0,&l_103,(void*)0,&l_103,&l_103,&l_103},{&l_103,&l_103,&l_103,&l_103,&l_103,(void*)0,(void*)0,&l_103,&l_103,(void*)0}};
        uint8_t *l_142 = &l_124;
        int64_t *l_143 = &l_83;
        int8_t l_154 = (-3L);
        uint16_t l_195 = 0x74A8L;
        int i, j;
        l_124++;
        if ((safe_rshift_func_int16_t_s_s((((*l_105) , ((((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s((*l_105), 11)), 14)) <= ((((*l_143) = (((*l_142) &= ((((safe_rshift_func_uint8_t_u_s(p_17, 2)) < (safe_mod_func_int64_t_s_s(((*l_105) , (g_4[0][2][0] == (((*l_139) = ((void*)0 != &g_39[1][8])) || ((g_141 = (l_103 = &g_104)) != (((*l_108) , (*g_33)) , &g_104))))), 18446744073709551615UL))) != 0UL) & 0x7FDEL)) < p_17)) > g_102[1][3]) <= p_17)) > g_18.f0) || 0x5C06L)) , p_17), g_18.f0)))
        { /* block id: 27 */
            uint16_t *l_144 = &g_42;
            int32_t l_153 = 0x885B45BFL;
            uint8_t *l_173 = &g_30[7][3][2];
            int16_t *l_185 = (void*)0;
            int16_t *l_186[1][10] = {{&l_123,&g_18.f0,(void*)0,(void*)0,&g_18.f0,&l_123,&g_18.f0,(void*)0,(void*)0,&g_18.f0}};
            int32_t l_189 = 0xC80E76C4L;
            int i, j;
            (*l_111) = ((((*l_144) &= 65535UL) , (safe_sub_func_uint8_t_u_u((!0x5127764FL), (&g_69 == (void*)0)))) == (safe_lshift_func_int8_t_s_u(0L, ((*l_105) != (((((*g_33) & ((*l_90) = ((*g_141) && (safe_add_func_uint32_t_u_u(((((!((((((((*g_38) ^ (*g_33)) & l_153) , g_18) , 1L) != 0xB43409B365E47C54LL) != (*l_105)) , (*l_105))) <= p_16.f0) && (-2L)) == p_16.f0), 0x26997C52L))))) || l_154) | p_17) || g_5)))));
            for (l_117 = 4; (l_117 >= 0); l_117 -= 1)
            { /* block id: 33 */
                uint32_t l_161 = 0x0C489A4FL;
                (*l_111) = g_104;
                g_4[0][3][0] |= (p_17 & g_104);
                g_4[0][2][0] &= ((*l_108) = (safe_mul_func_uint8_t_u_u(((safe_lshift_func_int16_t_s_s(((*l_139) ^= (0x2DDD70F1L || l_153)), g_5)) != (safe_mul_func_uint8_t_u_u((p_16 , (*g_33)), 5L))), l_161)));
                (*l_111) = l_161;
            }
            l_189 ^= (safe_rshift_func_int16_t_s_u(0xB203L, (((!0x3D16L) <= (safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(((safe_div_func_uint8_t_u_u(((--(*l_103)) | ((g_188 = (g_187 |= (g_18.f0 |= ((*l_139) = ((l_173 = &l_124) != (((p_17 , g_34) & (safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((p_16.f0 , ((safe_sub_func_int8_t_s_s((safe_unary_minus_func_int32_t_s((safe_sub_func_uint16_t_u_u(l_153, ((l_153 <= (((*l_109) = ((g_46 ^ 4294967295UL) , p_16.f0)) > g_42)) || g_39[1][8]))))), 0x6AL)) >= l_153)), 4)), g_5))) , &g_30[7][3][2])))))) < g_4[1][2][0])), g_5)) , g_34), g_30[7][3][2])), l_153))) || (*g_141))));
        }
        else
        { /* block id: 49 */
            int8_t *l_191[3][10][3] = {{{(void*)0,&g_39[1][8],&g_39[1][8]},{&g_39[1][8],&g_39[1][8],&g_39[1][8]},{(void*)0,(void*)0,&g_39[1][8]},{(void*)0,(void*)0,&g_39[3][8]},{&g_39[1][8],(void*)0,&g_39[3][8]},{(void*)0,&g_39[1][8],&g_39[1][8]},{&g_39[1][8],&g_39[1][8],&g_39[1][8]},{(void*)0,(void*)0,&g_39[1][8]},{(void*)0,(void*)0,&g_39[3][8]},{&g_39[1][8],(void*)0,&g_39[3][8]}},{{(void*)0,&g_39[1][8],&g_39[1][8]},{&g_39[1][8],&g_39[1][8],&g_39[1][8]},{(void*)0,(void*)0,&g_39[1][8]},{(void*)0,(void*)0,&g_39[3][8]},{&g_39[1][8],(void*)0,&g_39[3][8]},{(void*)0,&g_39[1][8],&g_39[1][8]},{&g_39[1][8],&g_39[1][8],&g_39[1][8]},{(void*)0,(void*)0,&g_39[1][8]},{(void*)0,(void*)0,&g_39[3][8]},{&g_39[1][8],(void*)0,&g_39[3][8]}},{{(void*)0,&g_39[1][8],&g_39[1][8]},{&g_39[1][8],&g_39[1][8],&g_39[1][8]},{(void*)0,(void*)0,&g_39[1][8]},{(void*)0,(void*)0,&g_39[3][8]},{&g_39[1][8],(void*)0,&g_39[3][8]},{(void*)0,&g_39[1][8],&g_39[1][8]},{&g_39[1][8],&g_39[1][8],&g_39[1][8]},{(void*)0,(void*)0,&g_39[1][8]},{(void*)0,(void*)0,&g_39[3][8]},{&g_39[1][8],(void*)0,&g_39[3][8]}}};
            int32_t l_193 = 0L;
            int32_t l_194[5][3] = {{0x0CE47970L,0x0CE47970L,(-1L)},{0x0CE47970L,0x0CE47970L,(-1L)},{0x935E2950L,0x935E2950L,0x0CE47970L},{0x935E2950L,0x935E2950L,0x0CE47970L},{0x935E2950L,0x935E2950L,0x0CE47970L}};
            int i, j, k;
            if (p_16.f0)
            { /* block id: 50 */
                int32_t l_190 = (-1L);
                l_190 |= ((*l_105) <= (*l_108));
            }
            else
            { /* block id: 52 */
                int8_t * const l_192 = (void*)0;
                (*l_108) = (l_191[2][4][1] != l_192);
            }
            --l_195;
        }
        for (l_83 = 21; (l_83 > 7); --l_83)
        { /* block id: 59 */
            int16_t l_200 = (-10L);
            l_201[6][8][0]--;
        }
    }
    else
    { /* block id: 62 */
        const int32_t *l_209 = &l_121;
        int32_t l_228 = 0x108B6CD9L;
        int32_t l_230 = 0xDB566289L;
        int32_t l_231 = 0xD559065AL;
        int32_t l_232 = 0x4FE5E0AEL;
        int32_t l_233 = (-1L);
        int32_t l_234 = 1L;
        int32_t l_235[4][1] = {{0xEB3652A6L},{0x1850C04FL},{0xEB3652A6L},{0x1850C04FL}};
        uint8_t **l_271 = &g_33;
        const int32_t **l_275 = &g_213[8][4][0];
        int i, j;
        if ((*l_105))
        { /* block id: 63 */
            int64_t l_225 = 0L;
            int32_t l_227 = 0L;
            int32_t l_229[10] = {(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)};
            int i;
            for (g_104 = 0; (g_104 >= 4); g_104 = safe_add_func_uint64_t_u_u(g_104, 6))
            { /* block id: 66 */
                uint32_t l_206 = 18446744073709551615UL;
                if (l_206)
                    break;
            }
            for (l_118 = 4; (l_118 <= 2); l_118 = safe_sub_func_int8_t_s_s(l_118, 4))
            { /* block id: 71 */
                const int32_t **l_210 = &l_209;
                uint32_t ***l_217 = &g_215;
                int32_t *l_218 = (void*)0;
                int32_t *l_219 = &l_120;
                int32_t *l_220 = &g_46;
                int32_t *l_221 = &l_121;
                int32_t *l_222 = &l_116;
                int32_t *l_223 = &l_121;
                int32_t *l_224 = &l_121;
                int32_t *l_226[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_226[i] = &l_120;
                (*g_212) = ((*l_210) = l_209);
                (*l_217) = &l_101;
                --l_237;
            }
        }
        else
        { /* block id: 77 */
            uint32_t l_242 = 0xC54CD777L;
            int32_t l_244 = 0xC5FECF5FL;
            uint64_t **l_252 = &g_141;
            int64_t *l_258 = (void*)0;
            int64_t *l_259 = &l_83;
            int32_t *l_260 = (void*)0;
            l_244 = (safe_mul_func_int16_t_s_s(0x9CEDL, (l_242 & (+l_242))));
            l_244 ^= (((((*l_209) > (0x31D82569CB5C4F61LL >= ((~((((safe_sub_func_uint8_t_u_u(((safe_mul_func_uint8_t_u_u(((*g_33) = ((safe_mod_func_int32_t_s_s((&l_201[3][3][3] != ((*l_252) = &l_201[1][2][1])), 0x5CBCEE99L)) | (p_17 < ((safe_div_func_int64_t_s_s(l_257, (g_30[8][0][3] , (l_234 ^= ((*l_259) = (-1L)))))) >= (*g_216))))), (*l_209))) == (*l_105)), g_4[0][0][0])) && (*l_209)) | 0x386802A8L) | 251UL)) | (-1L)))) , (-1L)) == (*l_209)) <= p_16.f0);
            (*l_105) = (g_274 ^= (safe_sub_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s((l_271 == l_271), 4)) ^ (((*l_103) = (65533UL != (g_46 , 0xA89DL))) >= (safe_mul_func_uint16_t_u_u((*l_209), ((*g_38) == ((0L ^ (p_17 | (*l_105))) || 0x23L)))))), 8)), (*l_105))), (*l_105))), p_17)));
        }
        (*l_275) = (*g_212);
    }
    if ((safe_mod_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u(1UL, ((safe_mul_func_uint8_t_u_u((((safe_sub_func_uint8_t_u_u((1L < 2UL), ((*g_33) = (*l_105)))) < (safe_rshift_func_uint8_t_u_s(((0xB767AB59E99AFD36LL ^ (*l_105)) != (safe_mul_func_int16_t_s_s((g_187 = p_16.f0), (g_69 , (((*g_38) != g_274) && g_3))))), 0))) && 0xD412B1CDF8BA9425LL), (*l_105))) , 0xC5L))) == (*l_105)), 0xB8498343F8062F86LL)))
    { /* block id: 92 */
        int8_t *l_288 = (void*)0;
        int32_t l_299 = 0x8F459F38L;
        int32_t l_300[9];
        uint8_t l_314 = 0xF1L;
        int i;
        for (i = 0; i < 9; i++)
            l_300[i] = (-5L);
        if ((((void*)0 == l_288) <= (*g_141)))
        { /* block id: 93 */
            int32_t *l_295 = &l_122[2];
            int32_t l_297[6] = {(-6L),0x2D39850AL,(-6L),(-6L),0x2D39850AL,(-6L)};
            int32_t *l_298[3];
            int i;
            for (i = 0; i < 3; i++)
                l_298[i] = (void*)0;
            for (l_121 = (-11); (l_121 < 17); ++l_121)
            { /* block id: 96 */
                int32_t **l_293 = &l_105;
                int32_t **l_294 = &g_292[1][1][6];
                int32_t *l_296 = &l_117;
                (*g_291) = &l_113;
                (*l_294) = ((*l_293) = (*g_291));
                l_296 = l_295;
                (*l_293) = (void*)0;
            }
            --g_301;
        }
        else
        { /* block id: 104 */
            return g_18;
        }
        for (l_123 = 0; (l_123 <= 14); l_123 = safe_add_func_uint32_t_u_u(l_123, 2))
        { /* block id: 109 */
            int32_t l_308[7] = {0L,0L,0L,0L,0L,0L,0L};
            int32_t *l_323 = &l_299;
            int i;
            (*l_323) &= (((safe_add_func_uint32_t_u_u(l_308[4], (!(safe_lshift_func_int16_t_s_s((((*g_216) , (safe_lshift_func_uint8_t_u_s((((p_16.f0 , l_314) <= l_308[4]) > p_16.f0), (safe_rshift_func_uint16_t_u_s(((((-5L) <= ((*l_103)--)) <= (safe_add_func_uint32_t_u_u((((l_308[1] & (safe_mod_func_uint64_t_u_u(p_17, g_4[1][8][0]))) , p_16.f0) , p_16.f0), (*g_216)))) , p_17), 8))))) , p_17), g_39[3][6]))))) == l_314) , 0xE157B59AL);
        }
    }
    else
    { /* block id: 113 */
        uint32_t l_325 = 18446744073709551611UL;
        int32_t l_328[6][5][8] = {{{0x2A1AB8ACL,1L,0xC3538599L,0x6C24BEB8L,0x6C24BEB8L,0xC3538599L,1L,0x2A1AB8ACL},{(-1L),0x6C24BEB8L,0xA618B0B1L,0x07F1A6C2L,0x6C24BEB8L,0x07F1A6C2L,0xA618B0B1L,0x6C24BEB8L},{0x2A1AB8ACL,0xA618B0B1L,(-1L),0x2A1AB8ACL,0x07F1A6C2L,0x07F1A6C2L,0x2A1AB8ACL,(-1L)},{0x6C24BEB8L,0x6C24BEB8L,0xC3538599L,1L,0x2A1AB8ACL,0xC3538599L,0x2A1AB8ACL,1L},{(-1L),1L,(-1L),0x07F1A6C2L,1L,0xA618B0B1L,0xA618B0B1L,1L}},{{1L,0xA618B0B1L,0xA618B0B1L,1L,0x07F1A6C2L,(-1L),1L,(-1L)},{1L,0x2A1AB8ACL,0xC3538599L,0x2A1AB8ACL,1L,0xC3538599L,0x6C24BEB8L,0x6C24BEB8L},{(-1L),0x2A1AB8ACL,0x07F1A6C2L,0x07F1A6C2L,0x2A1AB8ACL,(-1L),0xA618B0B1L,0x2A1AB8ACL},{0x6C24BEB8L,0xA618B0B1L,0x07F1A6C2L,0x6C24BEB8L,0x07F1A6C2L,0xA618B0B1L,0x6C24BEB8L,(-1L)},{0x2A1AB8ACL,1L,0xC3538599L,0x6C24BEB8L,0x6C24BEB8L,0xC3538599L,1L,0x2A1AB8ACL}},{{(-1L),0x6C24BEB8L,0xA618B0B1L,0x07F1A6C2L,0x6C24BEB8L,0x07F1A6C2L,0xA618B0B1L,0x6C24BEB8L},{0x2A1AB8ACL,0xA618B0B1L,(-1L),0x2A1AB8ACL,0x07F1A6C2L,0x07F1A6C2L,0x2A1AB8ACL,(-1L)},{0x6C24BEB8L,0x6C24BEB8L,0xC3538599L,1L,0x2A1AB8ACL,0xC3538599L,0x2A1AB8ACL,1L},{(-1L),1L,(-1L),0x07F1A6C2L,1L,0xA618B0B1L,0xA618B0B1L,1L},{1L,0xA618B0B1L,0xA618B0B1L,1L,0x07F1A6C2L,(-1L),1L,(-1L)}},{{1L,0x2A1AB8ACL,0xC3538599L,0x2A1AB8ACL,1L,0xC3538599L,0x6C24BEB8L,0x6C24BEB8L},{(-1L),0x2A1AB8ACL,0x07F1A6C2L,0x07F1A6C2L,0x2A1AB8ACL,(-1L),0xA618B0B1L,0x2A1AB8ACL},{0x6C24BEB8L,0xA618B0B1L,0x07F1A6C2L,0x6C24BEB8L,0x07F1A6C2L,0xA618B0B1L,0x6C24BEB8L,(-1L)},{0x2A1AB8ACL,1L,0xC3538599L,0x6C24BEB8L,0x6C24BEB8L,0xC3538599L,1L,0x2A1AB8ACL},{(-1L),0x6C24BEB8L,0xA618B0B1L,(-3L),(-1L),(-3L),0xC3538599L,(-1L)}},{{0x07F1A6C2L,0xC3538599L,0x3F79E03AL,0x07F1A6C2L,(-3L),(-3L),0x07F1A6C2L,0x3F79E03AL},{(-1L),(-1L),0x6C24BEB8L,0xA618B0B1L,0x07F1A6C2L,0x6C24BEB8L,0x07F1A6C2L,0xA618B0B1L},{0x3F79E03AL,0xA618B0B1L,0x3F79E03AL,(-3L),0xA618B0B1L,0xC3538599L,0xC3538599L,0xA618B0B1L},{0xA618B0B1L,0xC3538599L,0xC3538599L,0xA618B0B1L,(-3L),0x3F79E03AL,0xA618B0B1L,0x3F79E03AL},{0xA618B0B1L,0x07F1A6C2L,0x6C24BEB8L,0x07F1A6C2L,0xA618B0B1L,0x6C24BEB8L,(-1L),(-1L)}},{{0x3F79E03AL,0x07F1A6C2L,(-3L),(-3L),0x07F1A6C2L,0x3F79E03AL,0xC3538599L,0x07F1A6C2L},{(-1L),0xC3538599L,(-3L),(-1L),(-3L),0xC3538599L,(-1L),0x3F79E03AL},{0x07F1A6C2L,0xA618B0B1L,0x6C24BEB8L,(-1L),(-1L),0x6C24BEB8L,0xA618B0B1L,0x07F1A6C2L},{0x3F79E03AL,(-1L),0xC3538599L,(-3L),(-1L),(-3L),0xC3538599L,(-1L)},{0x07F1A6C2L,0xC3538599L,0x3F79E03AL,0x07F1A6C2L,(-3L),(-3L),0x07F1A6C2L,0x3F79E03AL}}};
        int32_t *l_329 = &l_113;
        int32_t *l_330 = &l_120;
        int32_t *l_331 = &g_46;
        int32_t *l_332 = &l_118;
        int32_t *l_333[7];
        int32_t **l_341 = &g_292[1][1][6];
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_333[i] = &l_115;
        l_325--;
        ++l_334;
        for (l_324 = 3; (l_324 >= 0); l_324 -= 1)
        { /* block id: 118 */
            (*l_330) = 0xF0432D18L;
            for (l_114 = 3; (l_114 >= 0); l_114 -= 1)
            { /* block id: 122 */
                uint32_t l_337 = 0x4F9A4B63L;
                const int32_t **l_340 = &g_213[8][1][0];
                int i, j;
                (*l_329) = g_39[l_324][(l_324 + 2)];
                ++l_337;
                (*l_340) = (void*)0;
            }
        }
        (*l_341) = &l_328[2][2][0];
    }
    return l_342;
}


/* ------------------------------------------ */
/* 
 * reads : g_34 g_39 g_33 g_71 g_42 g_18.f0
 * writes: g_4 g_69 g_3
 */
static const uint64_t  func_19(int16_t  p_20, uint64_t  p_21, int64_t  p_22)
{ /* block id: 8 */
    uint8_t ** const l_44 = &g_33;
    int32_t *l_45[3];
    int16_t *l_68 = &g_69;
    uint64_t l_70 = 0UL;
    uint32_t l_72 = 0xA85175EFL;
    int i;
    for (i = 0; i < 3; i++)
        l_45[i] = &g_46;
    g_4[1][3][0] = (l_44 == &g_33);
    g_3 = (safe_rshift_func_uint16_t_u_u((((safe_unary_minus_func_uint16_t_u((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((1UL | ((p_20 < 0xDCL) , (p_20 && ((((safe_mod_func_uint16_t_u_u(65534UL, ((safe_lshift_func_int16_t_s_u((((safe_sub_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(0x2DL, 2)), ((safe_div_func_uint32_t_u_u((safe_add_func_int16_t_s_s(((*l_68) = g_34), (g_39[1][8] < (((l_44 != &g_33) > l_70) >= p_22)))), p_22)) > p_20))) ^ 0UL) == (*g_33)), g_71)) & g_39[1][8]))) <= p_20) > 4294967292UL) <= g_42)))), p_20)), 3)))) ^ g_42) ^ p_22), p_22));
    l_72++;
    return g_18.f0;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_4[i][j][k], "g_4[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_18.f0, "g_18.f0", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_30[i][j][k], "g_30[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_39[i][j], "g_39[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_102[i][j], "g_102[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_236[i], "g_236[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_274, "g_274", print_hash_value);
    transparent_crc(g_301, "g_301", print_hash_value);
    transparent_crc(g_345, "g_345", print_hash_value);
    transparent_crc(g_364, "g_364", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_430[i][j], "g_430[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 136
XXX total union variables: 5

XXX non-zero bitfields defined in structs: 0
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 0
breakdown:
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 0
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 0
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 32
breakdown:
   depth: 1, occurrence: 81
   depth: 2, occurrence: 20
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 9, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 32, occurrence: 1

XXX total number of pointers: 110

XXX times a variable address is taken: 258
XXX times a pointer is dereferenced on RHS: 49
breakdown:
   depth: 1, occurrence: 49
XXX times a pointer is dereferenced on LHS: 55
breakdown:
   depth: 1, occurrence: 55
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 2227

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 198
   level: 2, occurrence: 3
XXX number of pointers point to pointers: 27
XXX number of pointers point to scalars: 82
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.4
XXX average alias set size: 1.35

XXX times a non-volatile is read: 267
XXX times a non-volatile is write: 159
XXX times a volatile is read: 16
XXX    times read thru a pointer: 0
XXX times a volatile is write: 8
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 360
XXX percentage of non-volatile access: 94.7

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 72
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 15
   depth: 2, occurrence: 22
   depth: 3, occurrence: 20

XXX percentage a fresh-made variable is used: 14.4
XXX percentage an existing variable is used: 85.6
********************* end of statistics **********************/

