/* Csmith 2.3.0 --seed 29 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = A93092D */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 29 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      29
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const uint8_t  f0;
   uint8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x2C70BB74L;
static int32_t g_6 = 0x5E00FE1CL;
static int32_t *g_50 = &g_2;
static int32_t ** volatile g_49[6][1][7] = {{{&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50}},{{&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50}},{{&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50}},{{&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50}},{{&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50}},{{&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50}}};
static int32_t ** volatile g_51 = &g_50;/* VOLATILE GLOBAL g_51 */
static int32_t **g_68[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int32_t ***g_67[10][7] = {{&g_68[7],&g_68[0],&g_68[8],&g_68[0],&g_68[7],&g_68[8],&g_68[8]},{&g_68[4],(void*)0,&g_68[4],&g_68[4],&g_68[4],&g_68[4],&g_68[4]},{&g_68[7],&g_68[4],&g_68[4],&g_68[4],&g_68[4],&g_68[4],&g_68[4]},{&g_68[4],&g_68[4],(void*)0,&g_68[4],&g_68[7],(void*)0,&g_68[4]},{&g_68[7],&g_68[4],&g_68[4],&g_68[8],&g_68[3],&g_68[4],&g_68[3]},{&g_68[4],(void*)0,(void*)0,&g_68[4],(void*)0,&g_68[4],&g_68[4]},{&g_68[8],&g_68[3],&g_68[7],&g_68[4],&g_68[1],&g_68[4],&g_68[0]},{&g_68[4],&g_68[2],&g_68[4],&g_68[4],&g_68[4],&g_68[2],&g_68[4]},{(void*)0,&g_68[7],&g_68[4],&g_68[0],&g_68[8],&g_68[4],&g_68[3]},{&g_68[4],&g_68[4],&g_68[4],&g_68[4],&g_68[4],&g_68[4],&g_68[4]}};
static volatile union U0 g_85[3] = {{0xE8L},{0xE8L},{0xE8L}};
static uint64_t g_87 = 0x566449D4C0F60069LL;
static int16_t g_93 = (-1L);
static volatile uint8_t g_95 = 247UL;/* VOLATILE GLOBAL g_95 */
static volatile uint8_t g_96 = 0xDBL;/* VOLATILE GLOBAL g_96 */
static volatile uint8_t g_97[9] = {0xDDL,0xDDL,0xDDL,0xDDL,0xDDL,0xDDL,0xDDL,0xDDL,0xDDL};
static volatile uint8_t g_98[8][6][1] = {{{249UL},{0x27L},{0x9CL},{0x27L},{249UL},{0x27L}},{{0x9CL},{0x27L},{249UL},{0x27L},{0x9CL},{0x27L}},{{249UL},{0x27L},{0x9CL},{0x27L},{249UL},{0x27L}},{{0x9CL},{0x27L},{249UL},{0x27L},{0x9CL},{0x27L}},{{249UL},{0x27L},{0x9CL},{0x27L},{249UL},{0x27L}},{{0x9CL},{0x27L},{249UL},{0x27L},{0x9CL},{0x27L}},{{249UL},{0x27L},{0x9CL},{0x27L},{249UL},{0x27L}},{{0x9CL},{0x27L},{249UL},{0x27L},{0x9CL},{0x27L}}};
static volatile uint8_t g_99[2][1] = {{4UL},{4UL}};
static volatile uint8_t g_100[8][7] = {{0UL,0x0EL,0UL,0x0EL,0UL,0x0EL,0UL},{0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L},{0UL,0x0EL,0UL,0x0EL,0UL,0x0EL,0UL},{0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L},{0UL,0x0EL,0UL,0x0EL,0UL,0x0EL,0UL},{0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L},{0UL,0x0EL,0UL,0x0EL,0UL,0x0EL,0UL},{0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L,0xF4L}};
static volatile uint8_t g_101[10][2] = {{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL},{1UL,0x3DL}};
static volatile uint8_t g_102 = 0xB1L;/* VOLATILE GLOBAL g_102 */
static volatile uint8_t g_103 = 1UL;/* VOLATILE GLOBAL g_103 */
static volatile uint8_t g_104 = 9UL;/* VOLATILE GLOBAL g_104 */
static volatile uint8_t g_105 = 2UL;/* VOLATILE GLOBAL g_105 */
static volatile uint8_t g_106[10][2] = {{0x5EL,2UL},{1UL,0x5EL},{2UL,5UL},{2UL,0x5EL},{1UL,2UL},{0x5EL,5UL},{0x12L,0x12L},{1UL,0x12L},{0x12L,5UL},{0x5EL,2UL}};
static volatile uint8_t g_107 = 255UL;/* VOLATILE GLOBAL g_107 */
static volatile uint8_t g_108[10] = {0x6BL,0x6BL,0x6BL,0x6BL,0x6BL,0x6BL,0x6BL,0x6BL,0x6BL,0x6BL};
static volatile uint8_t *g_94[9][9] = {{(void*)0,(void*)0,&g_108[7],&g_95,&g_98[1][4][0],(void*)0,&g_104,(void*)0,&g_99[1][0]},{(void*)0,&g_102,&g_99[1][0],&g_95,(void*)0,&g_106[2][0],(void*)0,(void*)0,&g_106[2][0]},{&g_95,&g_102,&g_108[7],&g_102,&g_95,(void*)0,&g_101[2][0],&g_95,&g_106[2][0]},{(void*)0,(void*)0,&g_96,&g_101[2][0],&g_104,&g_108[7],&g_101[2][0],(void*)0,&g_99[1][0]},{(void*)0,(void*)0,(void*)0,&g_104,&g_104,(void*)0,(void*)0,(void*)0,&g_96},{&g_102,&g_95,(void*)0,&g_101[2][0],&g_95,&g_106[2][0],&g_104,&g_102,(void*)0},{&g_102,(void*)0,&g_96,&g_102,(void*)0,(void*)0,(void*)0,&g_102,&g_96},{(void*)0,(void*)0,&g_108[7],&g_95,&g_98[1][4][0],(void*)0,&g_104,(void*)0,&g_99[1][0]},{(void*)0,&g_102,&g_99[1][0],&g_95,(void*)0,&g_106[2][0],(void*)0,(void*)0,&g_106[2][0]}};
static int8_t g_110[9] = {0x3BL,0x3BL,0x3BL,0x3BL,0x3BL,0x3BL,0x3BL,0x3BL,0x3BL};
static int16_t g_112 = 0L;
static uint32_t g_134[7] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
static uint8_t *g_147 = (void*)0;
static uint8_t g_149 = 0x2FL;
static uint16_t g_166 = 2UL;
static int64_t g_179[4][2] = {{0xF03AABBA4A270C91LL,0L},{0xF03AABBA4A270C91LL,0xF03AABBA4A270C91LL},{0L,0xF03AABBA4A270C91LL},{0xF03AABBA4A270C91LL,0L}};
static int8_t g_223 = (-1L);
static int16_t g_294 = 0x62D2L;
static uint16_t g_316 = 65535UL;
static union U0 g_329 = {250UL};
static uint8_t g_352 = 0x73L;
static uint8_t g_354[1] = {6UL};
static int32_t ** volatile g_356 = (void*)0;/* VOLATILE GLOBAL g_356 */
static uint32_t g_384 = 18446744073709551615UL;
static uint64_t *g_387 = &g_87;
static uint64_t **g_386 = &g_387;
static uint32_t g_399 = 0x04C712C3L;
static int64_t * volatile g_405 = &g_179[2][0];/* VOLATILE GLOBAL g_405 */
static int64_t * volatile *g_404 = &g_405;
static int32_t g_407 = 1L;
static int32_t ** volatile g_420 = &g_50;/* VOLATILE GLOBAL g_420 */
static union U0 g_425[5] = {{0x16L},{0x16L},{0x16L},{0x16L},{0x16L}};
static union U0 *g_424 = &g_425[3];


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static int8_t  func_27(int32_t * const  p_28, int64_t  p_29, const uint16_t  p_30, uint64_t  p_31, const uint8_t  p_32);
static int32_t * const  func_33(int32_t  p_34, const int32_t  p_35, int64_t  p_36, int32_t * p_37);
static uint8_t  func_40(int32_t * p_41, int32_t * p_42);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_51 g_67 g_85 g_87 g_85.f0 g_94 g_110 g_99 g_93 g_112 g_147 g_108 g_134 g_166 g_106 g_96 g_179 g_223 g_85.f1 g_149 g_97 g_103 g_294 g_316 g_329 g_329.f1 g_50 g_384 g_386 g_352 g_404 g_354 g_407 g_420 g_387
 * writes: g_2 g_6 g_50 g_87 g_93 g_110 g_112 g_134 g_166 g_179 g_223 g_149 g_352 g_354 g_399 g_407 g_424
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_20 = 0x1FDBD0176DF7E441LL;
    int32_t *l_43 = &g_2;
    uint64_t l_390 = 18446744073709551615UL;
    int32_t l_410 = (-7L);
    int32_t l_411 = 0L;
    int32_t l_412 = 0x9010410EL;
    int32_t l_413 = 0xD1932A82L;
    int32_t l_415 = 0xC04FA03DL;
    int32_t l_416 = 0x593B0E37L;
    uint32_t l_417 = 4294967295UL;
    for (g_2 = 0; (g_2 == 19); g_2++)
    { /* block id: 3 */
        int32_t *l_5 = &g_6;
        int32_t *l_7 = &g_6;
        int32_t *l_8 = &g_6;
        int32_t *l_9 = &g_6;
        int32_t l_10[1][10] = {{0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L,0xEC4279C4L}};
        int32_t *l_11 = (void*)0;
        int32_t *l_12 = &g_6;
        int32_t *l_13 = &l_10[0][9];
        int32_t *l_14 = &l_10[0][8];
        int32_t *l_15 = &l_10[0][6];
        int32_t *l_16 = &l_10[0][5];
        int32_t *l_17 = &g_6;
        int32_t *l_18 = &g_6;
        int32_t *l_19 = &g_6;
        int32_t **l_44 = &l_15;
        int32_t **l_45 = &l_18;
        uint8_t *l_349 = &g_149;
        uint8_t *l_350 = (void*)0;
        uint8_t *l_351 = &g_352;
        uint8_t *l_353 = &g_354[0];
        int32_t *l_408 = &l_10[0][9];
        int32_t *l_409[2][1][9] = {{{&l_10[0][9],&l_10[0][9],(void*)0,&l_10[0][9],(void*)0,&l_10[0][9],&l_10[0][9],&g_6,&g_6}},{{&l_10[0][9],&l_10[0][9],(void*)0,&l_10[0][9],(void*)0,&l_10[0][9],&l_10[0][9],&g_6,&l_10[0][4]}}};
        int8_t l_414 = 0x8BL;
        int i, j, k;
        l_20++;
        (*l_8) = (safe_add_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(l_20, ((void*)0 == &g_2))) != func_27(func_33(g_2, (safe_lshift_func_uint8_t_u_u(((*l_349) = func_40(&l_10[0][9], ((*l_45) = ((*l_44) = l_43)))), ((*l_353) = ((*l_351) = (*l_43))))), g_329.f1, l_17), (*l_43), g_2, l_390, g_329.f1)), 0x90L));
        l_417++;
    }
    (*g_420) = &l_415;
    for (g_87 = (-11); (g_87 > 42); g_87 = safe_add_func_int32_t_s_s(g_87, 6))
    { /* block id: 155 */
        union U0 *l_423 = &g_329;
        g_424 = l_423;
        for (g_6 = (-24); (g_6 == 3); g_6 = safe_add_func_int32_t_s_s(g_6, 5))
        { /* block id: 159 */
            int32_t l_428 = 0x0C102AE1L;
            return l_428;
        }
    }
    for (g_352 = 0; (g_352 <= 8); g_352 += 1)
    { /* block id: 165 */
        int i;
        return g_97[g_352];
    }
    return (*g_387);
}


/* ------------------------------------------ */
/* 
 * reads : g_97 g_316 g_6 g_2 g_404 g_354 g_407
 * writes: g_134 g_399 g_149 g_354 g_407
 */
static int8_t  func_27(int32_t * const  p_28, int64_t  p_29, const uint16_t  p_30, uint64_t  p_31, const uint8_t  p_32)
{ /* block id: 142 */
    int8_t *l_395[8];
    uint32_t *l_396 = (void*)0;
    uint32_t *l_397 = &g_134[4];
    uint32_t *l_398 = &g_399;
    uint8_t *l_400 = &g_149;
    uint8_t *l_401 = &g_354[0];
    int32_t *l_406 = &g_407;
    int i;
    for (i = 0; i < 8; i++)
        l_395[i] = &g_223;
    (*l_406) &= (0x8CBA59098D1089F1LL | (safe_lshift_func_int8_t_s_s(g_97[8], ((((safe_div_func_uint64_t_u_u((((*l_401) = ((*l_400) = (g_316 ^ (p_31 >= ((*l_398) = ((*p_28) , ((*l_397) = ((void*)0 == l_395[0])))))))) == (p_32 > (g_404 == g_404))), 5L)) , l_398) != p_28) && g_354[0]))));
    return g_354[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_223 g_108 g_50 g_2 g_384 g_179 g_386 g_110 g_352 g_112 g_6
 * writes: g_50 g_223 g_93 g_179 g_6
 */
static int32_t * const  func_33(int32_t  p_34, const int32_t  p_35, int64_t  p_36, int32_t * p_37)
{ /* block id: 130 */
    int32_t *l_355 = &g_2;
    int32_t **l_357 = &g_50;
    uint32_t l_368 = 0xCEDD7707L;
    int16_t l_374[10][1] = {{0xFFE6L},{0xDFCEL},{0xFFE6L},{0xFFE6L},{0xDFCEL},{0xFFE6L},{0xFFE6L},{0xDFCEL},{0xFFE6L},{0xFFE6L}};
    int i, j;
    (*l_357) = l_355;
    p_37 = p_37;
    for (g_223 = 1; (g_223 <= 9); g_223 += 1)
    { /* block id: 135 */
        int16_t *l_381 = (void*)0;
        int16_t *l_382 = &g_93;
        int32_t l_383[3][4][2] = {{{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L}},{{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L}},{{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L},{0x99BAB8A4L,0x99BAB8A4L}}};
        int64_t *l_385 = &g_179[3][0];
        const uint64_t *l_389 = (void*)0;
        const uint64_t **l_388 = &l_389;
        int i, j, k;
        (*p_37) |= (safe_rshift_func_int16_t_s_s(((void*)0 != &g_294), ((safe_rshift_func_uint16_t_u_u(((((safe_mod_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u((g_108[g_223] > (((p_35 <= ((l_368 | (safe_rshift_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(0x3EL, (((((!(((*l_385) &= (((((l_374[5][0] ^ (safe_mod_func_int64_t_s_s(((((safe_sub_func_int8_t_s_s(((safe_add_func_int16_t_s_s(((*l_382) = 0x3FAEL), p_36)) , p_36), p_35)) || (**l_357)) <= (**l_357)) | 0xF1969B31L), l_383[1][1][1]))) == g_384) || 0x08391A86DA81609ELL) && (**l_357)) <= p_36)) != (**l_357))) < p_36) , g_386) != l_388) | g_110[7]))), l_383[1][0][1]))) < p_36)) && l_383[1][1][1]) != g_352)), 0xBAF0L)), g_112)) < p_35), 5L)) ^ p_34) <= 9UL) > (**l_357)), 14)) ^ p_36)));
        return p_37;
    }
    return (*l_357);
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_51 g_67 g_2 g_85 g_87 g_85.f0 g_94 g_110 g_99 g_93 g_112 g_147 g_108 g_134 g_166 g_106 g_96 g_179 g_223 g_85.f1 g_149 g_97 g_103 g_294 g_316 g_329
 * writes: g_6 g_50 g_87 g_93 g_110 g_112 g_134 g_166 g_179 g_223
 */
static uint8_t  func_40(int32_t * p_41, int32_t * p_42)
{ /* block id: 7 */
    int32_t **l_64[9] = {&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50};
    int32_t ***l_69[6][4][3] = {{{(void*)0,&g_68[4],(void*)0},{&g_68[4],&g_68[2],&g_68[6]},{&g_68[2],&g_68[4],&g_68[2]},{(void*)0,&g_68[4],&g_68[4]}},{{&g_68[4],&g_68[3],&g_68[2]},{&g_68[4],(void*)0,&g_68[6]},{&g_68[4],&g_68[6],(void*)0},{&g_68[4],&g_68[4],&g_68[4]}},{{&g_68[4],&g_68[4],&g_68[4]},{(void*)0,&g_68[4],(void*)0},{&g_68[2],&g_68[6],(void*)0},{&g_68[4],(void*)0,(void*)0}},{{(void*)0,&g_68[3],&g_68[4]},{&g_68[2],&g_68[4],&g_68[4]},{(void*)0,&g_68[4],(void*)0},{&g_68[4],&g_68[2],&g_68[6]}},{{&g_68[2],&g_68[4],&g_68[2]},{(void*)0,&g_68[4],&g_68[4]},{&g_68[4],&g_68[3],&g_68[2]},{&g_68[4],(void*)0,&g_68[6]}},{{&g_68[4],&g_68[6],(void*)0},{&g_68[4],&g_68[4],&g_68[4]},{&g_68[4],&g_68[4],&g_68[4]},{(void*)0,&g_68[4],(void*)0}}};
    int32_t ***l_70 = &g_68[0];
    int32_t l_72 = 0x17E5ED53L;
    int16_t l_135 = (-1L);
    uint64_t l_151[2];
    uint8_t l_152 = 1UL;
    uint32_t l_158 = 0x487DCECEL;
    uint8_t l_184 = 0x96L;
    int16_t *l_189 = &l_135;
    uint8_t *l_190 = &l_152;
    int64_t *l_191 = &g_179[2][0];
    int64_t *l_193[9] = {&g_179[3][0],&g_179[3][0],&g_179[3][0],&g_179[3][0],&g_179[3][0],&g_179[3][0],&g_179[3][0],&g_179[3][0],&g_179[3][0]};
    int64_t **l_192 = &l_193[8];
    uint32_t *l_194[10] = {&l_158,&l_158,&l_158,&l_158,&l_158,&l_158,&l_158,&l_158,&l_158,&l_158};
    uint32_t l_195[1];
    int32_t l_196 = 0x15A87531L;
    uint8_t *l_257 = (void*)0;
    uint16_t *l_261 = (void*)0;
    int64_t l_348[1];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_151[i] = 0UL;
    for (i = 0; i < 1; i++)
        l_195[i] = 4294967293UL;
    for (i = 0; i < 1; i++)
        l_348[i] = (-1L);
    for (g_6 = 0; (g_6 == (-20)); g_6 = safe_sub_func_uint64_t_u_u(g_6, 4))
    { /* block id: 10 */
        int32_t * const l_48 = (void*)0;
        int32_t * const *l_63 = &l_48;
        int32_t * const **l_62 = &l_63;
        int32_t **l_66 = &g_50;
        int32_t ***l_65 = &l_66;
        uint8_t *l_71 = (void*)0;
        int8_t l_91[4] = {0xD8L,0xD8L,0xD8L,0xD8L};
        int32_t l_113 = (-1L);
        uint64_t l_139[7];
        uint8_t *l_148 = &g_149;
        uint32_t l_155[5][7][7] = {{{18446744073709551609UL,18446744073709551608UL,0xD7012D8CL,0xCAFD48ECL,0UL,0x5F419C15L,0x169C2045L},{0UL,2UL,0xECFE5F79L,0xFB49F989L,18446744073709551610UL,0UL,0x9513A8B7L},{6UL,0x01DD7828L,18446744073709551614UL,0x768125F4L,18446744073709551608UL,1UL,18446744073709551611UL},{9UL,0x4DCE6FA7L,0x9513A8B7L,0x5464414DL,18446744073709551613UL,0x05F433CCL,0UL},{0x4B11E5ECL,6UL,0x859A0E45L,0xE62ACF96L,0xBD064BBAL,1UL,1UL},{0x5F879EAAL,4UL,0xEEDE39AEL,4UL,0x5F879EAAL,0x5464414DL,18446744073709551615UL},{1UL,0xD7012D8CL,18446744073709551611UL,0xFE2047E0L,0x0B57F07CL,18446744073709551608UL,18446744073709551614UL}},{{0x74DD3307L,0x04541D11L,2UL,0UL,2UL,18446744073709551607UL,0x5F879EAAL},{0x169C2045L,0xAE11F4DAL,18446744073709551608UL,0xF6EF3277L,0x4BFD0F75L,1UL,0xFE2047E0L},{0x6303E4D4L,0xD3CD378FL,18446744073709551607UL,18446744073709551606UL,0xECFE5F79L,18446744073709551615UL,18446744073709551613UL},{0x01DD7828L,18446744073709551611UL,0xAE11F4DAL,0x859A0E45L,0x4AB99CF7L,0x8DAE918EL,18446744073709551614UL},{0UL,18446744073709551607UL,18446744073709551610UL,0xECFE5F79L,0x69AD26FAL,0xCC97E973L,0x0DD84272L},{0x2E9D9AFFL,0UL,0x4B11E5ECL,0x169C2045L,18446744073709551614UL,18446744073709551611UL,0x055632A5L},{18446744073709551607UL,0x05F433CCL,18446744073709551607UL,0xFB5F1427L,0xFB009034L,0xFB009034L,0xFB5F1427L}},{{18446744073709551615UL,0xFE2047E0L,18446744073709551615UL,0x8FE63D49L,0xA8A6AB53L,0x768125F4L,18446744073709551615UL},{0x852C7D00L,18446744073709551615UL,18446744073709551606UL,0x40611769L,0x35FBB508L,4UL,1UL},{18446744073709551611UL,0x690FF0A8L,18446744073709551607UL,2UL,0x4B11E5ECL,0x768125F4L,0xB0E5E2DEL},{0xFB5F1427L,0x75A90C89L,0UL,18446744073709551608UL,0x4C012C7DL,0xFB009034L,0x6AA345BFL},{0x813BED6CL,0x2E9D9AFFL,0x9EEFC36FL,18446744073709551608UL,0x8DAE918EL,18446744073709551611UL,0x690FF0A8L},{0x0A9544ECL,9UL,18446744073709551615UL,0x6303E4D4L,18446744073709551608UL,0xCC97E973L,0x4C012C7DL},{0xCAFD48ECL,0x0BD7AEA9L,18446744073709551614UL,18446744073709551607UL,0xFF882CA4L,0x8DAE918EL,0x169C2045L}},{{1UL,0xEEDE39AEL,0x05F433CCL,0x69AD26FAL,18446744073709551607UL,18446744073709551615UL,18446744073709551606UL},{1UL,2UL,1UL,0xDA497F64L,0xDA497F64L,1UL,2UL},{0x9370DA03L,0x0A9544ECL,18446744073709551607UL,0x74DD3307L,18446744073709551615UL,18446744073709551607UL,18446744073709551610UL},{18446744073709551615UL,1UL,1UL,0x8DAE918EL,0UL,0x055632A5L,0UL},{0xFB009034L,2UL,0x5464414DL,0x74DD3307L,0x15C06DEDL,0x767A3BE2L,0x40611769L},{18446744073709551607UL,0UL,0x690FF0A8L,0xDA497F64L,18446744073709551608UL,0xBD064BBAL,18446744073709551609UL},{0x5464414DL,0xFB009034L,0UL,0x69AD26FAL,0x0DD84272L,2UL,0xFB49F989L}},{{0xBD064BBAL,0x96A269F8L,0x6080F64FL,18446744073709551607UL,18446744073709551615UL,0x169C2045L,0x4DB70BDDL},{9UL,0x40611769L,0x0A9544ECL,0x6303E4D4L,18446744073709551610UL,18446744073709551608UL,0x4DCE6FA7L},{0x017EA376L,0x859A0E45L,18446744073709551611UL,18446744073709551608UL,0x2E535A6EL,0x4E5047FAL,0xCAFD48ECL},{18446744073709551608UL,0UL,18446744073709551608UL,18446744073709551608UL,0UL,18446744073709551608UL,0xECFE5F79L},{18446744073709551608UL,18446744073709551615UL,0x4DB70BDDL,2UL,6UL,0x813BED6CL,0xA8A6AB53L},{0xEEDE39AEL,0x4C012C7DL,0x9513A8B7L,0x40611769L,2UL,0x5464414DL,18446744073709551615UL},{0UL,18446744073709551615UL,0xF6EF3277L,0x8FE63D49L,0x797A8B77L,0x0BD7AEA9L,18446744073709551607UL}}};
        int32_t *l_182 = (void*)0;
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_139[i] = 18446744073709551609UL;
        (*g_51) = l_48;
        if (((safe_mod_func_uint8_t_u_u((((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((l_72 ^= ((safe_div_func_uint64_t_u_u((!(((~((((p_42 == (void*)0) & (((*l_62) = &l_48) != &g_50)) == ((l_64[0] = &p_42) != ((*l_65) = &p_41))) | (((-9L) <= (((l_69[2][0][1] = g_67[2][5]) == l_70) ^ g_6)) , 0UL))) >= g_6) , g_6)), g_2)) , (**l_66))), g_6)), g_6)) != 0xF849L) > (*p_42)), 0x53L)) , 0L))
        { /* block id: 17 */
            int8_t l_82 = 5L;
            uint64_t *l_86 = &g_87;
            int16_t *l_92 = &g_93;
            int8_t *l_109 = &g_110[7];
            int16_t *l_111[9][8] = {{&g_112,&g_112,&g_112,&g_112,&g_112,(void*)0,(void*)0,&g_112},{&g_112,&g_112,&g_112,&g_112,(void*)0,&g_112,(void*)0,&g_112},{&g_112,(void*)0,&g_112,(void*)0,&g_112,&g_112,(void*)0,&g_112},{(void*)0,(void*)0,&g_112,&g_112,&g_112,&g_112,&g_112,(void*)0},{(void*)0,&g_112,(void*)0,&g_112,&g_112,(void*)0,&g_112,(void*)0},{&g_112,&g_112,(void*)0,&g_112,(void*)0,&g_112,&g_112,&g_112},{&g_112,&g_112,(void*)0,(void*)0,&g_112,&g_112,&g_112,&g_112},{&g_112,&g_112,&g_112,&g_112,&g_112,(void*)0,(void*)0,&g_112},{&g_112,&g_112,&g_112,&g_112,(void*)0,&g_112,(void*)0,&g_112}};
            int32_t l_150[9] = {0x2EE892D9L,0L,0x2EE892D9L,0L,0x2EE892D9L,0L,0x2EE892D9L,0L,0x2EE892D9L};
            const union U0 l_172 = {0x3AL};
            int i, j;
            if ((l_113 ^= ((g_112 = ((safe_unary_minus_func_uint16_t_u((safe_lshift_func_uint8_t_u_u(g_6, (safe_lshift_func_int8_t_s_u(((*l_109) |= ((((safe_mod_func_uint8_t_u_u(255UL, (safe_sub_func_int8_t_s_s(l_82, (18446744073709551615UL ^ (((safe_mul_func_int8_t_s_s(((((((g_85[2] , ((((*l_86)--) , g_87) == (+((*l_92) = (((-2L) == g_85[2].f0) != ((l_82 | 18446744073709551615UL) <= l_91[2])))))) > l_82) < g_6) >= (**l_66)) == 0x06L) < g_2), g_6)) || l_82) , l_82)))))) >= g_6) , (void*)0) != g_94[4][8])), 7)))))) != 0xAD53B930L)) | g_2)))
            { /* block id: 23 */
                uint8_t l_131 = 1UL;
                uint32_t *l_132 = (void*)0;
                uint32_t *l_133 = &g_134[4];
                (*g_51) = ((~((*l_109) = ((((((((safe_div_func_int64_t_s_s(g_99[1][0], 0xEE0523CF742FF3E0LL)) & ((safe_unary_minus_func_int64_t_s(((safe_mod_func_uint32_t_u_u(((*l_133) = (safe_sub_func_int8_t_s_s(((0x0AL & (0x87503BCFB6DD939ALL < (l_82 & ((safe_sub_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s((((5L || ((safe_mul_func_uint8_t_u_u(1UL, 0x57L)) , (safe_unary_minus_func_int16_t_s(6L)))) | 7L) || 0L), 0x40L)) >= g_87), (***l_65))), g_6)) >= g_93)))) , 0x90L), l_131))), g_87)) , l_135))) & g_112)) != (**l_66)) == l_82) > l_131) != l_82) || 0x0BEB140366BBB0B7LL) >= 1UL))) , p_41);
                return l_131;
            }
            else
            { /* block id: 28 */
                uint16_t l_136 = 0xBE20L;
                if ((**l_66))
                    break;
                (***l_65) = l_136;
            }
            if (((***l_65) = (((((((0x7A080896F4A54BB3LL > (((*l_86) |= ((***l_65) & l_139[5])) <= (safe_add_func_int32_t_s_s((((((*l_109) = (l_150[8] = (safe_lshift_func_int16_t_s_s((0x0CL & (((safe_unary_minus_func_uint16_t_u((safe_mul_func_int16_t_s_s(((g_147 == l_148) && 65535UL), g_110[3])))) != ((g_108[6] | 0xF672L) != 248UL)) > (*p_42))), 10)))) == l_82) , 0x6F524283DBFA8D9ALL) == g_134[2]), g_112)))) && l_150[3]) && 0xAE34L) <= g_112) <= l_82) , l_82) != 0x8E1B6261DBC53012LL)))
            { /* block id: 36 */
                return l_151[0];
            }
            else
            { /* block id: 38 */
                int64_t l_156 = 0x223ED2118C4A8B70LL;
                int32_t l_157 = (-1L);
                l_152++;
                if (l_155[3][3][2])
                    continue;
                l_158++;
                p_41 = p_41;
            }
            for (l_158 = 0; (l_158 < 6); l_158 = safe_add_func_uint8_t_u_u(l_158, 3))
            { /* block id: 46 */
                uint16_t *l_165[10][5][5] = {{{(void*)0,&g_166,&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166,(void*)0,&g_166},{&g_166,&g_166,(void*)0,(void*)0,&g_166},{&g_166,&g_166,&g_166,(void*)0,(void*)0}},{{(void*)0,&g_166,&g_166,&g_166,&g_166},{(void*)0,&g_166,(void*)0,(void*)0,&g_166},{(void*)0,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{(void*)0,(void*)0,&g_166,&g_166,&g_166}},{{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,(void*)0,&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166,&g_166,&g_166}},{{&g_166,&g_166,(void*)0,&g_166,&g_166},{&g_166,&g_166,(void*)0,&g_166,&g_166},{&g_166,&g_166,(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,(void*)0,&g_166}},{{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0,&g_166,(void*)0}},{{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{(void*)0,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,(void*)0,&g_166,&g_166,&g_166}},{{&g_166,&g_166,&g_166,&g_166,(void*)0},{&g_166,(void*)0,(void*)0,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,(void*)0,(void*)0,&g_166,&g_166}},{{&g_166,(void*)0,&g_166,&g_166,&g_166},{(void*)0,&g_166,&g_166,(void*)0,&g_166},{&g_166,(void*)0,(void*)0,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166}},{{(void*)0,&g_166,&g_166,(void*)0,&g_166},{(void*)0,&g_166,&g_166,&g_166,(void*)0},{&g_166,&g_166,(void*)0,&g_166,&g_166},{&g_166,(void*)0,&g_166,&g_166,(void*)0},{&g_166,(void*)0,(void*)0,&g_166,&g_166}},{{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,(void*)0,(void*)0,&g_166,&g_166},{&g_166,&g_166,&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166,(void*)0,&g_166},{&g_166,(void*)0,&g_166,&g_166,(void*)0}}};
                const int32_t l_177 = 1L;
                int64_t *l_178 = &g_179[3][0];
                int i, j, k;
                (***l_65) = (*p_41);
                (*p_41) = ((safe_mul_func_uint16_t_u_u((++g_166), (~(g_85[2] , (safe_mul_func_int8_t_s_s((((*l_109) = (l_172 , ((safe_mul_func_int16_t_s_s(g_106[5][0], 0x4CD6L)) >= (9L & ((4L ^ l_172.f0) == 0x01L))))) == (((l_172.f0 == l_82) >= g_93) != l_150[8])), g_87)))))) & (*p_41));
                (*p_41) |= (*p_42);
                l_150[8] |= ((safe_mod_func_uint32_t_u_u(l_177, l_172.f1)) != ((*l_178) = g_96));
            }
        }
        else
        { /* block id: 55 */
            int64_t *l_180 = &g_179[3][0];
            int32_t l_183 = 5L;
            l_184 = (((*l_180) = 1L) <= ((g_85[2] , (safe_unary_minus_func_int64_t_s((((**l_65) = (*l_66)) != l_182)))) > l_183));
            (*p_41) ^= 6L;
        }
    }
    (*p_41) |= (safe_rshift_func_int8_t_s_s(g_93, ((safe_mul_func_uint16_t_u_u((((*l_190) ^= (((*l_189) = 0x8E3BL) & 0L)) < (((g_112 = g_179[0][0]) , (((l_195[0] |= ((l_191 == ((*l_192) = &g_179[3][0])) && g_2)) < g_166) > (2L == l_196))) || 1L)), 0UL)) >= g_85[2].f0)));
    for (l_72 = (-18); (l_72 == (-17)); l_72 = safe_add_func_int32_t_s_s(l_72, 1))
    { /* block id: 70 */
        int32_t l_199 = 0x46FC3171L;
        int32_t l_227 = 0x8C5FC2A8L;
        uint16_t *l_258 = &g_166;
        int64_t **l_265 = &l_193[8];
        uint32_t l_297[8][3] = {{4294967294UL,4294967294UL,4294967294UL},{1UL,0x907D6A33L,1UL},{4294967294UL,4294967294UL,4294967294UL},{1UL,0x907D6A33L,1UL},{4294967294UL,4294967294UL,4294967294UL},{1UL,0x907D6A33L,1UL},{4294967294UL,4294967294UL,4294967294UL},{1UL,0x907D6A33L,1UL}};
        uint16_t l_345 = 3UL;
        int i, j;
        if ((((*l_189) |= g_179[3][0]) , l_199))
        { /* block id: 72 */
            const int32_t l_226 = 0L;
            for (g_93 = 0; (g_93 != 9); g_93 = safe_add_func_uint64_t_u_u(g_93, 9))
            { /* block id: 75 */
                int32_t l_213 = 0xCC1F51FEL;
                int32_t ** const l_214[8][2][5] = {{{&g_50,&g_50,&g_50,(void*)0,&g_50},{&g_50,&g_50,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_50,&g_50,(void*)0},{(void*)0,&g_50,(void*)0,&g_50,&g_50}},{{&g_50,&g_50,&g_50,(void*)0,(void*)0},{&g_50,&g_50,&g_50,&g_50,&g_50}},{{&g_50,&g_50,&g_50,&g_50,(void*)0},{&g_50,&g_50,&g_50,(void*)0,&g_50}},{{(void*)0,&g_50,&g_50,&g_50,&g_50},{&g_50,&g_50,(void*)0,&g_50,&g_50}},{{&g_50,(void*)0,&g_50,&g_50,&g_50},{&g_50,&g_50,&g_50,(void*)0,(void*)0}},{{&g_50,(void*)0,&g_50,&g_50,&g_50},{&g_50,(void*)0,(void*)0,&g_50,(void*)0}},{{(void*)0,&g_50,(void*)0,&g_50,&g_50},{&g_50,(void*)0,(void*)0,(void*)0,&g_50}}};
                uint64_t l_219 = 0xCF7DCBB15B2CF9DCLL;
                uint64_t **l_220 = (void*)0;
                uint64_t *l_222 = (void*)0;
                uint64_t **l_221 = &l_222;
                uint16_t *l_224 = &g_166;
                int8_t *l_225 = &g_223;
                int i, j, k;
                (*p_41) = (safe_div_func_int64_t_s_s((((((((safe_mul_func_int16_t_s_s((safe_mod_func_int32_t_s_s((!((((*p_41) ^ (safe_lshift_func_int8_t_s_s(((safe_div_func_uint8_t_u_u(l_213, (((g_112 != ((((*l_190) = 0x77L) , l_214[7][1][1]) != ((safe_rshift_func_int8_t_s_u(((safe_sub_func_uint16_t_u_u(l_199, l_219)) , ((*l_225) = (((*l_224) = (((*l_221) = (void*)0) != (g_223 , (void*)0))) != g_85[2].f1))), g_93)) , (void*)0))) || g_6) ^ 0L))) == (*p_41)), 4))) >= l_226) , 18446744073709551607UL)), (*p_42))), l_199)) , (*p_42)) & g_149) & 0xB26BEC3CB9F91B81LL) , g_85[2].f1) , g_97[8]) < 0xE1L), l_226));
                (*p_41) |= 0L;
            }
            if (l_227)
                continue;
        }
        else
        { /* block id: 84 */
            union U0 l_230 = {0x64L};
            uint64_t l_241 = 0x36DC97C7E432CE06LL;
            uint64_t l_245 = 18446744073709551615UL;
            uint16_t **l_259 = &l_258;
            uint64_t *l_260 = &l_151[1];
            int64_t **l_262 = &l_193[8];
            int64_t ***l_263 = &l_262;
            int64_t ***l_264[8] = {&l_192,&l_192,&l_192,&l_192,&l_192,&l_192,&l_192,&l_192};
            const int32_t *l_268 = (void*)0;
            const int32_t **l_269 = &l_268;
            int i;
            if ((safe_rshift_func_uint16_t_u_s((l_230 , ((safe_lshift_func_uint16_t_u_s((0L <= ((*l_190) = l_230.f1)), ((void*)0 == &g_134[2]))) && (safe_mod_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((l_230.f1 & (safe_rshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u(g_6, ((l_241 &= g_103) && ((l_241 , (void*)0) != (void*)0)))), 8))), g_223)), g_110[8])))), 0)))
            { /* block id: 87 */
                uint8_t l_242 = 1UL;
                --l_242;
            }
            else
            { /* block id: 89 */
                return l_245;
            }
            (*p_41) &= (safe_rshift_func_int8_t_s_u((1L == ((g_97[0] > ((safe_mul_func_int16_t_s_s((((((g_166 == ((0L < ((safe_unary_minus_func_uint32_t_u((safe_lshift_func_int16_t_s_s(((l_265 = ((*l_263) = ((safe_mul_func_uint8_t_u_u(((((void*)0 == l_257) , ((*l_259) = l_258)) != (l_261 = (((*l_260) = g_110[7]) , l_189))), g_112)) , l_262))) == (void*)0), 7)))) && l_241)) == g_134[4])) , 0UL) != g_134[4]) , l_230.f1) >= g_179[3][0]), 0x27B9L)) > g_179[3][1])) >= l_227)), 7));
            (*p_41) |= (safe_sub_func_int64_t_s_s(0L, 18446744073709551607UL));
            (*l_269) = l_268;
        }
        for (g_223 = (-27); (g_223 == 18); g_223 = safe_add_func_int8_t_s_s(g_223, 6))
        { /* block id: 103 */
            int16_t l_295 = 6L;
            int32_t l_296[1][5] = {{(-1L),(-1L),(-1L),(-1L),(-1L)}};
            uint16_t *l_301[5][10][3] = {{{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166}},{{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166}},{{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166}},{{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166},{(void*)0,&g_166,&g_166}},{{(void*)0,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}}};
            int8_t l_342[4];
            int16_t l_343 = (-1L);
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_342[i] = 0xB1L;
            if ((safe_rshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s((((void*)0 == &g_179[3][0]) <= ((g_97[8] & ((+(safe_div_func_uint16_t_u_u((g_110[7] != 1L), (safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u(g_134[4], ((((g_179[3][0] , (((safe_mul_func_uint8_t_u_u((l_296[0][0] = (((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u((safe_mul_func_uint8_t_u_u(l_227, ((safe_mul_func_int16_t_s_s(((g_294 , 3UL) <= 0x6C47L), 0L)) & l_295))))), g_112)) < g_6) && l_295)), g_110[7])) && l_296[0][0]) , 0x8DL)) || l_199) , (void*)0) == &l_184))), 1)), g_110[7]))))) && l_295)) < g_110[7])), l_297[7][1])), 0)))
            { /* block id: 105 */
                uint32_t l_298 = 4294967290UL;
                ++l_298;
                (*p_41) = ((void*)0 == &g_179[3][0]);
                (*p_41) ^= (((9UL == ((l_301[2][4][2] == (void*)0) ^ (l_298 < (safe_add_func_uint32_t_u_u(((void*)0 == &g_110[1]), (safe_lshift_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u((l_297[1][1] >= (safe_div_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s((l_227 = (safe_add_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((((**l_192) = ((l_295 != (((((+(0x3C8DL == g_97[8])) , l_227) ^ l_295) , 0xE45F63D8L) > 0xB5074145L)) != 0x71D2L)) >= 0x3BAD8766082E5507LL) || g_6), l_297[3][1])), g_316))), 1)), l_199))))), 0))))))) , 0xCB708EA7L) || (*p_42));
            }
            else
            { /* block id: 111 */
                int64_t * const l_324 = &g_179[3][0];
                uint8_t *l_336 = (void*)0;
                uint8_t *l_337 = &l_184;
                l_343 ^= (safe_lshift_func_int16_t_s_u((safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((g_85[0] , (-1L)), (g_110[7] = ((((*p_41) = (*p_42)) != (+(((void*)0 != l_324) != l_296[0][0]))) <= (safe_mul_func_int8_t_s_s(0xBDL, (safe_lshift_func_uint8_t_u_u(((((g_179[3][0] = (g_329 , (safe_add_func_int8_t_s_s(((((safe_mul_func_uint8_t_u_u(((*l_337) = (++(*l_190))), (l_227 = (safe_mul_func_uint16_t_u_u((((*l_189) = (safe_div_func_int16_t_s_s(l_199, l_296[0][0]))) , l_297[7][1]), l_199))))) <= (*p_42)) <= g_149) && l_296[0][2]), g_134[4])))) , 0x12L) , l_295) > 65535UL), 0)))))))), l_342[1])), g_112));
                (*p_41) = ((!l_227) <= l_342[1]);
                l_345++;
            }
        }
        if (l_297[2][2])
            continue;
    }
    return l_348[0];
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
    transparent_crc(g_6, "g_6", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_85[i].f0, "g_85[i].f0", print_hash_value);
        transparent_crc(g_85[i].f1, "g_85[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_97[i], "g_97[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_98[i][j][k], "g_98[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_99[i][j], "g_99[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_100[i][j], "g_100[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_101[i][j], "g_101[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_106[i][j], "g_106[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_107, "g_107", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_108[i], "g_108[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_110[i], "g_110[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_112, "g_112", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_134[i], "g_134[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_179[i][j], "g_179[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_223, "g_223", print_hash_value);
    transparent_crc(g_294, "g_294", print_hash_value);
    transparent_crc(g_316, "g_316", print_hash_value);
    transparent_crc(g_329.f0, "g_329.f0", print_hash_value);
    transparent_crc(g_329.f1, "g_329.f1", print_hash_value);
    transparent_crc(g_352, "g_352", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_354[i], "g_354[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_384, "g_384", print_hash_value);
    transparent_crc(g_399, "g_399", print_hash_value);
    transparent_crc(g_407, "g_407", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_425[i].f0, "g_425[i].f0", print_hash_value);
        transparent_crc(g_425[i].f1, "g_425[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 86
XXX total union variables: 4

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

XXX max expression depth: 39
breakdown:
   depth: 1, occurrence: 67
   depth: 2, occurrence: 13
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
   depth: 7, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 2
   depth: 22, occurrence: 1
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 30, occurrence: 2
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 39, occurrence: 1

XXX total number of pointers: 103

XXX times a variable address is taken: 254
XXX times a pointer is dereferenced on RHS: 29
breakdown:
   depth: 1, occurrence: 18
   depth: 2, occurrence: 9
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 63
breakdown:
   depth: 1, occurrence: 58
   depth: 2, occurrence: 2
   depth: 3, occurrence: 3
XXX times a pointer is compared with null: 11
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 884

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 156
   level: 2, occurrence: 26
   level: 3, occurrence: 35
XXX number of pointers point to pointers: 29
XXX number of pointers point to scalars: 72
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.2
XXX average alias set size: 1.35

XXX times a non-volatile is read: 280
XXX times a non-volatile is write: 171
XXX times a volatile is read: 20
XXX    times read thru a pointer: 0
XXX times a volatile is write: 3
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 197
XXX percentage of non-volatile access: 95.1

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 64
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 13
   depth: 2, occurrence: 13
   depth: 3, occurrence: 23

XXX percentage a fresh-made variable is used: 13.3
XXX percentage an existing variable is used: 86.7
********************* end of statistics **********************/

