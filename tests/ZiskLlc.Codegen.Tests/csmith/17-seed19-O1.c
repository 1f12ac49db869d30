/* Csmith 2.3.0 --seed 19 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 3CFBD2CA */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 19 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      19
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = (-8L);
static volatile int32_t g_4 = (-1L);/* VOLATILE GLOBAL g_4 */
static int32_t g_5 = 0xA485BF25L;
static volatile int32_t g_6 = 0x6EC79CF1L;/* VOLATILE GLOBAL g_6 */
static int32_t g_7 = (-1L);
static uint64_t g_31 = 5UL;
static uint8_t g_45[9][1] = {{255UL},{248UL},{255UL},{248UL},{255UL},{248UL},{255UL},{248UL},{255UL}};
static int16_t g_52 = 1L;
static int32_t g_59[1][2] = {{0L,0L}};
static int32_t * volatile g_58 = &g_59[0][0];/* VOLATILE GLOBAL g_58 */
static int32_t g_65[5] = {5L,5L,5L,5L,5L};
static int32_t * const  volatile g_64 = &g_65[4];/* VOLATILE GLOBAL g_64 */
static uint16_t g_69 = 0xEDBCL;
static volatile uint64_t **g_111 = (void*)0;
static uint32_t g_137 = 0UL;
static int16_t g_157 = 0x76B6L;
static int32_t g_219 = (-7L);
static int64_t g_222 = (-1L);
static int8_t g_224 = 0x95L;
static int32_t g_225 = 0x7938C6D9L;
static int32_t g_238 = 0L;
static int8_t g_276 = 0xB0L;
static int32_t * volatile g_297 = &g_59[0][0];/* VOLATILE GLOBAL g_297 */
static int16_t g_321 = 0x5CC1L;
static int16_t g_322 = 1L;
static uint64_t g_325 = 0x01C4F47248C8BDA7LL;
static uint64_t ** const ** volatile g_357[1] = {(void*)0};
static uint32_t g_379[9][6][4] = {{{4294967295UL,0x9BE326FBL,4294967286UL,1UL},{0xD4E9E3D7L,4294967287UL,4294967295UL,4294967295UL},{4294967295UL,0xCC25A29FL,4294967295UL,1UL},{1UL,0x69F01B2AL,1UL,4294967287UL},{0x64315EF9L,0x7D2C44DCL,6UL,8UL},{0x27975D88L,1UL,0x9A35B7D9L,0xD1303F42L}},{{0xB909C929L,0UL,0x65D56343L,0x5AF3069DL},{4294967295UL,0xCC25A29FL,0x978253EBL,0UL},{4294967289UL,4294967295UL,0UL,8UL},{0UL,0x81AE1D17L,0xD1303F42L,0x27975D88L},{4294967290UL,9UL,0UL,0UL},{0x65D56343L,3UL,0xE6D73A53L,1UL}},{{0UL,0x4257E867L,0UL,0x9A35B7D9L},{0x0301DC19L,4294967286UL,0xD8A42E7EL,4294967289UL},{2UL,0x035AD8DEL,4294967295UL,4294967295UL},{0x20B9DF3AL,0x27244318L,0xBF8DC90AL,0x6378C7FCL},{0x6EC8754FL,1UL,0xB909C929L,4294967289UL},{0x81AE1D17L,0xA4CD2656L,0UL,0x48C48D72L}},{{0xD4E9E3D7L,4294967292UL,0x1AB3733DL,0xE70221A4L},{0x27244318L,4294967292UL,0x27244318L,3UL},{1UL,0x0DBB5044L,0x7D2C44DCL,4294967288UL},{4294967295UL,4294967291UL,0UL,0x0DBB5044L},{0x64315EF9L,1UL,0UL,0UL},{4294967295UL,0x27975D88L,0x7D2C44DCL,0x65D56343L}},{{1UL,4294967295UL,0x27244318L,0xD8A42E7EL},{0x27244318L,0xD8A42E7EL,0x1AB3733DL,0x92E8986BL},{0xD4E9E3D7L,4294967295UL,0UL,0x99AD8B45L},{0x81AE1D17L,0x69F01B2AL,0xB909C929L,0x5831BF7CL},{0x6EC8754FL,0x0B0445EAL,0xBF8DC90AL,0xE6D73A53L},{0x20B9DF3AL,0xD4E9E3D7L,4294967295UL,0x5AF3069DL}},{{2UL,0xB3D6F203L,0xD8A42E7EL,4294967290UL},{0x0301DC19L,0x20B9DF3AL,0UL,0x978253EBL},{0UL,0UL,0xE6D73A53L,0xB3D6F203L},{0x65D56343L,0x99AD8B45L,0UL,0x93820914L},{4294967290UL,0x9B01D3FFL,0xD1303F42L,4294967292UL},{0UL,0xA9BF9B34L,0UL,1UL}},{{4294967289UL,0x1AB3733DL,0x978253EBL,0x07D07449L},{0UL,4294967289UL,8UL,0x9B01D3FFL},{0x93820914L,4294967295UL,4294967295UL,0xBF8DC90AL},{0xA4CD2656L,4294967295UL,0UL,0UL},{1UL,0x71A27B32L,0x2195163EL,0x1AB3733DL},{0xD1303F42L,0x92E8986BL,0xCC25A29FL,0UL}},{{0xF0894F97L,0x65D56343L,4294967295UL,1UL},{1UL,0x978253EBL,0xE6B636FBL,6UL},{0xCC25A29FL,1UL,1UL,0xCC25A29FL},{0x836B1548L,0UL,0x5831BF7CL,4294967295UL},{4294967294UL,0xF0894F97L,4294967295UL,0x035AD8DEL},{4294967295UL,4294967295UL,1UL,0x035AD8DEL}},{{4294967287UL,0xF0894F97L,4294967295UL,4294967295UL},{3UL,0UL,0x9A35B7D9L,0xCC25A29FL},{0x5AF3069DL,1UL,0UL,6UL},{0xB909C929L,0x978253EBL,4294967291UL,1UL},{0x69F01B2AL,0x65D56343L,0x836B1548L,0UL},{0x9A35B7D9L,0x92E8986BL,6UL,0x1AB3733DL}}};
static int32_t * volatile g_409 = &g_65[2];/* VOLATILE GLOBAL g_409 */
static int64_t g_420[3][6] = {{(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)},{(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)},{(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)}};
static int32_t * const  volatile g_421 = (void*)0;/* VOLATILE GLOBAL g_421 */
static uint8_t *g_442 = &g_45[7][0];
static uint8_t * const * volatile g_441[9][5][5] = {{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}},{{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442},{&g_442,&g_442,&g_442,&g_442,&g_442}}};
static uint16_t g_447 = 0x6AD9L;
static uint16_t *g_446[7][10] = {{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447},{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447},{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447},{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447},{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447},{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447},{&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447,&g_447}};
static uint8_t g_452[2][9][6] = {{{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL}},{{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L},{2UL,2UL,0x28L,0x28L,2UL,2UL},{2UL,0x28L,0x28L,2UL,2UL,0x28L}}};
static const volatile uint64_t g_470[7] = {0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL};
static uint8_t g_498 = 255UL;
static int32_t *g_502 = &g_3;
static int32_t ** volatile g_501 = &g_502;/* VOLATILE GLOBAL g_501 */


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int32_t * func_8(int32_t  p_9, int32_t * p_10, uint32_t  p_11);
static int8_t  func_20(int32_t  p_21, uint8_t  p_22, int32_t  p_23);
static int64_t  func_32(int16_t  p_33, int16_t  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_5 g_7 g_31 g_6 g_4 g_58 g_59 g_64 g_65 g_69 g_45 g_111 g_52 g_137 g_222 g_219 g_224 g_225 g_238 g_157 g_297 g_325 g_276 g_379 g_409 g_420 g_441 g_321 g_446 g_470 g_442 g_498 g_501
 * writes: g_3 g_5 g_7 g_31 g_45 g_59 g_65 g_69 g_137 g_52 g_157 g_219 g_222 g_224 g_225 g_238 g_276 g_325 g_420 g_321 g_498 g_502
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[2];
    int8_t l_27 = 0x64L;
    const int8_t l_516 = (-6L);
    int32_t l_519 = 0x3ABDAFC4L;
    int i;
    for (i = 0; i < 2; i++)
        l_2[i] = 0x99FF6065L;
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        int32_t *l_12[8][2] = {{&g_3,(void*)0},{(void*)0,(void*)0},{&g_3,(void*)0},{(void*)0,(void*)0},{&g_3,(void*)0},{(void*)0,(void*)0},{&g_3,(void*)0},{(void*)0,(void*)0}};
        int i, j;
        for (g_5 = 0; (g_5 <= 1); g_5 += 1)
        { /* block id: 6 */
            int32_t l_19 = 0xD82C32B9L;
            int64_t l_511 = 1L;
            int32_t l_517 = (-1L);
            int i;
            for (g_7 = 0; (g_7 <= 1); g_7 += 1)
            { /* block id: 9 */
                uint64_t *l_28 = (void*)0;
                uint64_t *l_29 = (void*)0;
                uint64_t *l_30 = &g_31;
                int16_t *l_509 = (void*)0;
                int16_t *l_510 = &g_52;
                int8_t *l_518[4][1];
                int i, j;
                for (i = 0; i < 4; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_518[i][j] = &l_27;
                }
                (*g_501) = func_8(l_2[g_3], l_12[6][0], ((safe_lshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s(l_19, func_20(g_5, (~(safe_sub_func_uint64_t_u_u(((*l_30) &= l_27), ((g_7 , 7UL) > ((g_6 || func_32(g_3, g_3)) , l_2[g_3]))))), l_2[0]))), 4)) | 0L));
                l_2[g_7] = (safe_div_func_uint32_t_u_u(g_224, 0x9A317148L));
                g_65[0] ^= ((safe_lshift_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u(l_2[g_7], ((*l_510) = l_19))) , l_2[1]), 7)) >= (l_511 & (safe_mod_func_int8_t_s_s((l_519 = ((l_27 , ((safe_sub_func_uint8_t_u_u((((*g_442) &= ((7UL > g_321) > ((*g_58) , (0x4F223E11L ^ l_516)))) , l_517), g_420[2][4])) && 0xDFL)) && l_517)), l_517))));
            }
            return l_2[g_5];
        }
        return g_45[7][0];
    }
    return l_519;
}


/* ------------------------------------------ */
/* 
 * reads : g_137 g_420 g_31 g_441 g_379 g_321 g_3 g_446 g_45 g_238 g_52 g_65 g_470 g_442 g_225 g_498
 * writes: g_137 g_69 g_276 g_420 g_321 g_498
 */
static int32_t * func_8(int32_t  p_9, int32_t * p_10, uint32_t  p_11)
{ /* block id: 149 */
    uint16_t l_437[5];
    int32_t l_438 = 0x22F8CDDBL;
    uint32_t l_448 = 4294967290UL;
    int32_t l_453 = 0x6C5B2D2DL;
    int64_t *l_465 = &g_420[2][4];
    uint32_t l_475 = 0xA155B454L;
    int16_t *l_476 = &g_321;
    int8_t *l_478[3][9];
    int8_t **l_477[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t *l_479 = &l_453;
    uint32_t *l_480 = &l_448;
    int32_t *l_481 = &g_65[4];
    int32_t *l_482 = (void*)0;
    int32_t l_483 = 0x9D9EC986L;
    int32_t *l_484 = (void*)0;
    int32_t *l_485 = &l_483;
    int32_t l_486 = 0L;
    int32_t *l_487 = &l_486;
    int32_t l_488[1];
    int32_t *l_489 = (void*)0;
    int32_t *l_490[5][2][7] = {{{&g_65[0],&g_3,&l_453,&l_483,(void*)0,&g_7,&g_7},{&l_488[0],&g_65[3],&l_488[0],&g_65[3],&l_488[0],&l_486,(void*)0}},{{&g_3,&g_3,&g_7,(void*)0,&g_59[0][0],&g_65[0],&g_59[0][0]},{(void*)0,&g_3,&g_3,(void*)0,&g_65[3],&l_483,&g_65[3]}},{{&g_3,(void*)0,(void*)0,&l_438,&g_5,&g_5,&l_438},{&l_488[0],(void*)0,&l_488[0],&l_483,&l_486,&g_219,&g_65[3]}},{{&g_65[0],&l_486,&g_59[0][0],(void*)0,&l_486,(void*)0,&g_59[0][0]},{&l_486,&l_486,&g_65[3],&g_59[0][0],&l_483,&g_219,(void*)0}},{{&l_483,&g_7,&g_5,&g_3,&g_3,&g_5,&g_7},{&g_3,&l_486,&l_486,&l_488[0],&l_483,&l_483,&g_59[0][0]}}};
    uint16_t l_491 = 0xD13CL;
    int16_t l_494 = 1L;
    int8_t l_495 = 0x0AL;
    int32_t l_496 = 0x074361D8L;
    int32_t l_497[1];
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_437[i] = 0UL;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 9; j++)
            l_478[i][j] = &g_276;
    }
    for (i = 0; i < 1; i++)
        l_488[i] = 0x114FAB12L;
    for (i = 0; i < 1; i++)
        l_497[i] = 0x4E450C33L;
    for (g_137 = 0; (g_137 <= 0); g_137 += 1)
    { /* block id: 152 */
        int32_t *l_436[1][5][7] = {{{(void*)0,(void*)0,&g_3,&g_219,&g_3,(void*)0,(void*)0},{(void*)0,&g_3,&g_219,&g_3,(void*)0,(void*)0,&g_3},{&g_65[3],&g_59[0][0],&g_65[3],&g_3,&g_3,&g_65[3],&g_59[0][0]},{&g_3,&g_59[0][0],&g_219,&g_219,&g_59[0][0],&g_3,&g_59[0][0]},{&g_65[3],&g_3,&g_3,&g_65[3],&g_59[0][0],&g_65[3],&g_3}}};
        uint8_t l_444 = 0x97L;
        uint16_t *l_445 = (void*)0;
        int8_t *l_449 = (void*)0;
        int8_t *l_450[8][4] = {{&g_224,&g_224,&g_224,&g_224},{&g_276,&g_224,&g_224,&g_224},{&g_276,&g_224,&g_224,&g_224},{&g_224,&g_224,&g_224,&g_224},{&g_276,&g_224,&g_224,&g_224},{&g_224,(void*)0,&g_224,&g_224},{&g_224,&g_224,&g_224,(void*)0},{&g_224,&g_224,&g_276,&g_224}};
        uint8_t *l_451[10] = {(void*)0,&g_452[1][4][5],&g_452[1][4][5],&g_452[1][4][5],(void*)0,(void*)0,&g_452[1][4][5],&g_452[1][4][5],&g_452[1][4][5],(void*)0};
        int16_t l_454 = 5L;
        int32_t *l_455 = &l_438;
        int i, j, k;
        l_438 = ((+g_420[1][5]) <= (safe_add_func_uint64_t_u_u(((p_9 <= g_31) <= ((l_453 &= (((safe_rshift_func_int8_t_s_s((g_276 = ((safe_div_func_uint64_t_u_u(((((safe_rshift_func_int16_t_s_u((safe_add_func_uint64_t_u_u(((((((l_437[2] = p_9) > (l_438 , (safe_mod_func_int16_t_s_s(((g_69 = (((((g_441[5][3][2] != &g_442) > ((!(g_379[1][0][0] , 1L)) < 65528UL)) , g_321) , l_444) < 0xA6CEL)) < (-2L)), p_11)))) , g_3) , &l_437[3]) == g_446[6][9]) == g_45[7][0]), g_238)), l_448)) & 0UL) < l_448) || 1UL), p_9)) , p_9)), g_52)) | 0xEC49L) | g_65[4])) && l_454)), l_438)));
        return &g_7;
    }
    l_438 = (((*l_480) = ((-1L) >= (p_11 > (0L >= ((((l_437[1] | (safe_add_func_uint32_t_u_u((~(((*l_479) = ((safe_unary_minus_func_int8_t_s((+(((safe_rshift_func_uint8_t_u_s((safe_sub_func_int8_t_s_s((((*l_465) = 0x568C81E48FEBD7A8LL) , l_437[2]), ((((safe_mul_func_int16_t_s_s(((*l_476) |= (safe_mul_func_uint8_t_u_u((((l_437[3] , g_470[1]) < (safe_div_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((*g_442), (*g_442))), l_475))) , l_448), g_225))), p_11)) , l_477[4]) == (void*)0) & g_65[1]))), p_9)) > g_3) == 3L)))) && l_448)) >= 5L)), p_11))) & p_9) & l_448) && 0x0472229D85DCAEDFLL))))) , (*l_479));
    l_491--;
    g_498--;
    return &g_59[0][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_59 g_64 g_65 g_31 g_69 g_45 g_7 g_111 g_6 g_3 g_52 g_58 g_137 g_222 g_219 g_224 g_225 g_5 g_238 g_157 g_4 g_297 g_325 g_276 g_379 g_409
 * writes: g_65 g_31 g_69 g_45 g_59 g_137 g_52 g_157 g_219 g_222 g_224 g_225 g_238 g_276 g_325 g_420
 */
static int8_t  func_20(int32_t  p_21, uint8_t  p_22, int32_t  p_23)
{ /* block id: 17 */
    uint64_t *l_78 = &g_31;
    int32_t l_87 = 0x1308FB82L;
    int32_t l_89 = 0x03C9D266L;
    uint64_t *l_90[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint32_t l_98 = 18446744073709551607UL;
    int32_t l_199 = 5L;
    int32_t l_200 = (-9L);
    uint8_t l_278 = 1UL;
    int16_t *l_307 = &g_52;
    int8_t *l_334 = &g_224;
    int32_t l_347 = 1L;
    int32_t l_348 = 0x2A5CC3B0L;
    uint64_t l_349[5][8][4] = {{{0xC1D8A302A7C8BD03LL,1UL,18446744073709551608UL,0xC1D8A302A7C8BD03LL},{1UL,2UL,1UL,0x92529529478A32D7LL},{1UL,18446744073709551615UL,18446744073709551608UL,0xCDF532A4FE7404C7LL},{0xC1D8A302A7C8BD03LL,0x92529529478A32D7LL,18446744073709551614UL,18446744073709551614UL},{1UL,1UL,0UL,0x92529529478A32D7LL},{0x92529529478A32D7LL,0xC1D8A302A7C8BD03LL,5UL,2UL},{18446744073709551615UL,1UL,18446744073709551614UL,5UL},{2UL,1UL,0xDB17102662646C3ELL,2UL}},{{1UL,0xC1D8A302A7C8BD03LL,18446744073709551615UL,0x92529529478A32D7LL},{18446744073709551608UL,1UL,18446744073709551608UL,18446744073709551614UL},{2UL,0x92529529478A32D7LL,0x7ABD9C13957185D0LL,0xCDF532A4FE7404C7LL},{1UL,18446744073709551615UL,5UL,0x92529529478A32D7LL},{0xBC60878E13C531C8LL,2UL,5UL,0xC1D8A302A7C8BD03LL},{1UL,1UL,0x7ABD9C13957185D0LL,0x6241C926BB56A9FDLL},{2UL,18446744073709551608UL,18446744073709551608UL,2UL},{18446744073709551608UL,2UL,18446744073709551615UL,0xBC60878E13C531C8LL}},{{1UL,1UL,0xDB17102662646C3ELL,0xCDF532A4FE7404C7LL},{2UL,0xBC60878E13C531C8LL,18446744073709551614UL,0xCDF532A4FE7404C7LL},{18446744073709551615UL,1UL,5UL,0xBC60878E13C531C8LL},{0x92529529478A32D7LL,2UL,0UL,2UL},{1UL,18446744073709551608UL,18446744073709551614UL,0x6241C926BB56A9FDLL},{0xC1D8A302A7C8BD03LL,1UL,18446744073709551608UL,0xC1D8A302A7C8BD03LL},{1UL,2UL,1UL,0x92529529478A32D7LL},{1UL,18446744073709551615UL,18446744073709551608UL,0xCDF532A4FE7404C7LL}},{{0xC1D8A302A7C8BD03LL,0x92529529478A32D7LL,18446744073709551614UL,18446744073709551614UL},{1UL,1UL,0UL,0x92529529478A32D7LL},{0x92529529478A32D7LL,0xC1D8A302A7C8BD03LL,5UL,2UL},{18446744073709551615UL,1UL,18446744073709551614UL,5UL},{2UL,1UL,0xDB17102662646C3ELL,2UL},{1UL,0xC1D8A302A7C8BD03LL,18446744073709551615UL,0x92529529478A32D7LL},{18446744073709551608UL,1UL,18446744073709551608UL,18446744073709551614UL},{2UL,0x92529529478A32D7LL,0x7ABD9C13957185D0LL,0xCDF532A4FE7404C7LL}},{{1UL,18446744073709551615UL,5UL,0x92529529478A32D7LL},{0xBC60878E13C531C8LL,2UL,5UL,0xC1D8A302A7C8BD03LL},{1UL,1UL,0x7ABD9C13957185D0LL,0x6241C926BB56A9FDLL},{2UL,18446744073709551608UL,18446744073709551608UL,2UL},{18446744073709551608UL,2UL,18446744073709551615UL,0xBC60878E13C531C8LL},{1UL,1UL,0xDB17102662646C3ELL,0xCDF532A4FE7404C7LL},{2UL,0xBC60878E13C531C8LL,18446744073709551614UL,0xCDF532A4FE7404C7LL},{18446744073709551615UL,1UL,5UL,0xBC60878E13C531C8LL}}};
    uint32_t l_352 = 0x675F0527L;
    int8_t l_372 = 0L;
    int16_t l_377 = 0x135EL;
    int16_t l_378 = 1L;
    int32_t l_381[9];
    uint32_t l_382[7][10] = {{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL},{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL},{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL},{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL},{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL},{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL},{0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL,0x4D02124DL}};
    uint8_t *l_398[10];
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_381[i] = (-1L);
    for (i = 0; i < 10; i++)
        l_398[i] = &g_45[7][0];
    (*g_64) ^= ((safe_lshift_func_int8_t_s_s(g_59[0][1], p_22)) < (safe_rshift_func_int16_t_s_s(1L, 4)));
    for (g_31 = 0; (g_31 <= 4); g_31 += 1)
    { /* block id: 21 */
        uint16_t *l_68 = &g_69;
        uint64_t **l_79 = &l_78;
        uint8_t *l_88 = &g_45[7][0];
        int32_t l_91[1];
        int32_t *l_119 = &l_91[0];
        int32_t l_153 = 0xCAD771BCL;
        int32_t l_168 = 0xFC415474L;
        int32_t l_186 = 0xB405AA70L;
        int8_t *l_248 = &g_224;
        int8_t **l_247 = &l_248;
        int64_t l_259 = 0x1545E056A2D9FB24LL;
        int8_t *l_261 = &g_224;
        int8_t **l_260 = &l_261;
        int32_t **l_262 = &l_119;
        int32_t *l_272 = &g_225;
        int8_t *l_275 = &g_276;
        uint32_t l_332 = 0UL;
        int i;
        for (i = 0; i < 1; i++)
            l_91[i] = 0L;
        if (((safe_mul_func_uint16_t_u_u(((*l_68) &= (&g_45[6][0] != &g_45[7][0])), (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(((1L > ((safe_add_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(g_59[0][0], (((*l_79) = l_78) == ((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((l_87 = ((((*l_88) ^= (safe_add_func_int64_t_s_s((!l_87), (&p_22 != (void*)0)))) > g_7) <= 0xB3L)), 6)), l_89)) , l_90[2])))), 0xD126L)) ^ 0UL)) , 1UL), p_22)), l_91[0])))) ^ l_91[0]))
        { /* block id: 26 */
            int32_t *l_92 = &g_65[g_31];
            int32_t *l_93 = &l_91[0];
            int32_t *l_94 = &g_65[4];
            int32_t *l_95 = (void*)0;
            int32_t *l_96 = &l_91[0];
            int32_t *l_97[3];
            uint8_t **l_131 = &l_88;
            uint32_t *l_136 = &g_137;
            uint16_t l_138 = 6UL;
            int i;
            for (i = 0; i < 3; i++)
                l_97[i] = &g_65[4];
            ++l_98;
            for (p_21 = 0; (p_21 >= 0); p_21 -= 1)
            { /* block id: 30 */
                uint32_t l_101[8] = {0x6B383239L,18446744073709551615UL,18446744073709551615UL,0x6B383239L,18446744073709551615UL,18446744073709551615UL,0x6B383239L,18446744073709551615UL};
                int i;
                p_23 = 0xC0487CC5L;
                l_101[0]++;
                if (p_21)
                    break;
            }
            for (l_98 = 0; (l_98 <= 0); l_98 += 1)
            { /* block id: 37 */
                int32_t l_106 = 0x1CD7F696L;
                int32_t **l_118 = &l_93;
                int i, j;
                g_59[0][1] &= (((((safe_rshift_func_int8_t_s_s(((g_45[(l_98 + 7)][l_98] = l_106) , (((safe_sub_func_int8_t_s_s(0x15L, ((safe_lshift_func_uint16_t_u_s((g_111 != &l_90[2]), (l_106 | (safe_sub_func_int16_t_s_s(1L, ((safe_add_func_uint8_t_u_u(((-5L) | (((safe_div_func_uint16_t_u_u(((&g_65[g_31] != (l_119 = ((*l_118) = &g_65[g_31]))) ^ p_22), g_6)) || p_23) == l_87)), 0xD6L)) >= l_89)))))) && 8L))) , (*l_94)) | 255UL)), 2)) ^ g_3) < g_69) & p_23) < g_31);
                return p_22;
            }
            if ((safe_sub_func_uint64_t_u_u((g_6 & p_22), (safe_sub_func_uint8_t_u_u((((safe_add_func_uint32_t_u_u((((+(safe_add_func_int8_t_s_s(0x1BL, (((*l_136) = ((p_23 & ((safe_rshift_func_uint16_t_u_u((&g_45[8][0] != ((*l_131) = &g_45[2][0])), ((safe_rshift_func_int8_t_s_u(0L, g_52)) , ((safe_div_func_int8_t_s_s(((l_79 == g_111) == 0x7ACB2E3AA9488605LL), p_22)) && g_45[6][0])))) | g_45[6][0])) > 4294967289UL)) ^ 0xD6573483L)))) & (*l_93)) & p_21), 4294967289UL)) | 0x3ED4L) >= l_138), p_21)))))
            { /* block id: 46 */
                return g_65[4];
            }
            else
            { /* block id: 48 */
                uint64_t l_139 = 0x87919BB5C0823986LL;
                int16_t *l_152 = &g_52;
                int32_t l_154 = 2L;
                int32_t l_155 = 0L;
                int16_t *l_156 = &g_157;
                int16_t **l_166 = (void*)0;
                int16_t **l_167 = &l_152;
                (*l_119) = (*l_119);
                l_87 = (((((*l_119) = 254UL) <= g_69) > 0xF22293C57988D826LL) & ((*l_156) = ((l_139 < ((l_155 ^= (((~(((((safe_sub_func_int32_t_s_s((((l_154 = ((((*l_152) = (p_23 ^ (((safe_rshift_func_uint8_t_u_u((+((*l_94) = (safe_mod_func_uint16_t_u_u(l_139, (3L | (safe_lshift_func_int16_t_s_u(0x1A5EL, 13))))))), 4)) , (void*)0) == &p_23))) || l_153) < g_59[0][1])) | p_21) & l_139), p_23)) , g_69) ^ 0x81L) == p_22) < p_23)) , 0x6D55563FL) > g_45[1][0])) ^ 1L)) != 0xB47CL)));
                if ((*g_58))
                    continue;
                l_168 &= ((((g_45[7][0] | (safe_mul_func_uint16_t_u_u((safe_unary_minus_func_uint32_t_u((((!((*l_136) = (safe_rshift_func_uint16_t_u_s(((void*)0 != l_97[2]), 9)))) ^ (p_23 == ((((safe_rshift_func_uint16_t_u_s((((*l_119) | (0xAFL | (((*l_94) = ((&g_157 != ((*l_167) = (void*)0)) == (-1L))) != 4294967292UL))) && 1UL), 9)) && l_87) || l_98) , 0xB315L))) ^ (*l_119)))), l_155))) < g_69) , p_22) <= g_45[7][0]);
            }
        }
        else
        { /* block id: 63 */
            int32_t *l_169 = &l_87;
            int32_t *l_170 = &l_89;
            int32_t *l_171 = &l_89;
            int32_t *l_172 = (void*)0;
            int32_t *l_173 = (void*)0;
            int32_t *l_174 = (void*)0;
            int32_t *l_175 = &g_59[0][0];
            int32_t *l_176 = &l_168;
            int32_t *l_177 = &l_91[0];
            int32_t *l_178 = &l_87;
            int32_t *l_179 = (void*)0;
            int32_t *l_180 = &l_89;
            int32_t *l_181 = &g_59[0][0];
            int32_t *l_182 = &l_89;
            int32_t *l_183 = &l_87;
            int32_t *l_184 = (void*)0;
            int32_t *l_185 = &l_91[0];
            int32_t *l_187 = &g_59[0][0];
            int32_t *l_188 = (void*)0;
            int32_t *l_189 = &g_59[0][0];
            int32_t *l_190 = &l_91[0];
            int32_t *l_191 = &l_91[0];
            int32_t *l_192 = (void*)0;
            int32_t l_193 = 2L;
            int32_t *l_194 = &g_59[0][1];
            int32_t *l_195 = &l_186;
            int32_t *l_196 = &l_168;
            int32_t *l_197 = &l_87;
            int32_t *l_198[9] = {&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0]};
            uint32_t l_201 = 0xDB462DF2L;
            int16_t *l_207 = (void*)0;
            int i;
            l_201++;
            for (g_69 = 0; (g_69 <= 0); g_69 += 1)
            { /* block id: 67 */
                int32_t l_214 = 0xA83C4052L;
                int64_t *l_220 = (void*)0;
                int64_t *l_221 = &g_222;
                int8_t *l_223 = &g_224;
                int i;
                g_65[(g_69 + 4)] = (safe_div_func_int16_t_s_s(((g_225 = ((safe_unary_minus_func_int64_t_s((((((void*)0 == l_207) | ((*l_223) = (safe_mod_func_int64_t_s_s(g_137, ((*l_221) |= (p_22 & (safe_lshift_func_uint8_t_u_s(((0x4F89L > (g_219 = ((((safe_add_func_int64_t_s_s(((((0x6FCDL ^ l_214) == (-7L)) > (((((safe_add_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(p_23, l_98)), g_137)) != (*l_194)) || 0x50EAL) , (-4L)) ^ p_23)) <= p_23), 0x05D4E92598457400LL)) | g_52) == p_23) == g_59[0][0]))) <= p_23), l_98)))))))) & (*l_170)) , (-3L)))) == p_23)) , (-1L)), (-1L)));
            }
            (*l_196) &= ((*l_119) >= ((safe_rshift_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_u(((((0x29D5L > (p_21 < ((*l_171) , (safe_unary_minus_func_uint64_t_u((safe_lshift_func_int8_t_s_s(((safe_mod_func_uint8_t_u_u((((safe_div_func_int8_t_s_s(l_200, g_6)) , (*l_119)) | g_137), (((g_238 = ((((~((void*)0 == &p_22)) , 0L) > (*l_197)) != p_22)) || 0xFAE531C9E70181F4LL) , g_137))) || (-6L)), p_23))))))) == g_219) , g_224) || l_98), g_225)) <= 18446744073709551615UL) | p_23) >= (-1L)), l_87)) & g_222));
        }
        (*l_262) = (((safe_lshift_func_uint16_t_u_u(((safe_mod_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((((*l_247) = &g_224) != &g_224), (*l_119))), (safe_add_func_uint8_t_u_u((((l_200 <= ((*l_261) = ((p_23 || (safe_mul_func_uint16_t_u_u((((((safe_rshift_func_uint16_t_u_u(((((safe_sub_func_int32_t_s_s(((((((void*)0 == &g_58) , ((safe_div_func_uint16_t_u_u(((p_22 = ((*l_88) = ((((*l_68) = (g_69 & (&l_78 != &l_90[2]))) , g_59[0][0]) <= p_22))) || l_200), 3L)) == l_98)) , g_137) , p_22) <= 255UL), g_7)) , (-2L)) <= g_5) ^ l_199), 1)) < l_259) , (*l_119)) , l_260) != (void*)0), p_21))) > (*l_119)))) ^ (*g_58)) , g_238), g_65[4])))), g_59[0][1])) || g_225), 3)) , 0x10FBB080L) , (void*)0);
        (*g_64) = (safe_sub_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(0UL, (+(((safe_div_func_uint16_t_u_u((safe_add_func_int8_t_s_s((g_224 = (g_157 , (((*l_272) = g_238) , p_23))), (((safe_mod_func_int16_t_s_s((((((g_4 > (((((*l_260) = l_275) == ((*l_247) = (*l_247))) == p_21) == (+g_238))) , p_23) != (-7L)) , (void*)0) != (void*)0), l_278)) < g_238) | p_23))), g_59[0][0])) < 0xDF3AL) <= 1UL)))), p_21));
        for (g_52 = 0; (g_52 >= 0); g_52 -= 1)
        { /* block id: 90 */
            uint32_t l_291 = 4294967286UL;
            uint64_t **l_311 = &l_90[2];
            int32_t l_323[6] = {0xBE7F5280L,0xBE7F5280L,0xBE7F5280L,0xBE7F5280L,0xBE7F5280L,0xBE7F5280L};
            int16_t l_324 = 1L;
            int8_t *l_333 = (void*)0;
            int i;
            for (l_89 = 0; (l_89 >= 0); l_89 -= 1)
            { /* block id: 93 */
                int16_t *l_283 = &g_157;
                int64_t *l_294 = (void*)0;
                int64_t *l_295 = (void*)0;
                int64_t *l_296 = &l_259;
                int32_t *l_298 = (void*)0;
                (*g_297) ^= (safe_div_func_int64_t_s_s((safe_mod_func_int32_t_s_s((((*l_283) = 0x6CBAL) <= (safe_add_func_int16_t_s_s(((safe_unary_minus_func_uint32_t_u((safe_rshift_func_uint8_t_u_s((((void*)0 != l_79) , (safe_sub_func_int16_t_s_s((-1L), (g_65[3] >= l_291)))), ((*l_261) = (safe_sub_func_int16_t_s_s(((((*l_296) = p_21) == 0L) && 0x7AFEDB2CL), 7L))))))) ^ p_21), 0x67E5L))), p_22)), p_23));
                if ((*g_297))
                    break;
                l_298 = (*l_262);
            }
            for (g_238 = 0; (g_238 >= 0); g_238 -= 1)
            { /* block id: 103 */
                int16_t **l_308[1][6];
                uint64_t ***l_312 = &l_79;
                int32_t l_320 = 0x37372187L;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 6; j++)
                        l_308[i][j] = &l_307;
                }
                l_320 |= (safe_mod_func_uint32_t_u_u((safe_mod_func_int16_t_s_s((safe_rshift_func_int16_t_s_s((safe_add_func_uint16_t_u_u(((l_307 = l_307) == l_68), (((safe_rshift_func_uint8_t_u_s((p_23 == ((((l_311 == ((*l_312) = (void*)0)) >= (((--(*l_68)) , ((**l_247) = 0xC9L)) != (safe_rshift_func_int8_t_s_u((~(p_21 , ((safe_sub_func_uint64_t_u_u((++g_325), (g_59[0][0] <= (safe_add_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(((*l_261) |= p_21), 7)), l_332))))) == 0x829052E6L))), 3)))) && 1UL) & g_137)), p_22)) , l_333) != l_333))), p_23)), l_324)), 0x0AE17FB4L));
                (*l_262) = &p_23;
                (**l_262) |= 0x64CAFF85L;
            }
            return g_225;
        }
    }
    if ((p_23 > ((l_334 == &g_224) ^ (safe_mod_func_uint64_t_u_u(p_21, p_23)))))
    { /* block id: 117 */
        int32_t *l_337 = &l_89;
        int32_t *l_338 = (void*)0;
        int32_t *l_339 = &g_65[4];
        int32_t *l_340 = &g_65[2];
        int32_t *l_341 = &l_199;
        int32_t *l_342 = &l_200;
        int32_t *l_343 = &g_65[0];
        int32_t *l_344 = (void*)0;
        int32_t *l_345 = &g_65[4];
        int32_t *l_346[8] = {&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0],&g_59[0][0]};
        int i;
        --l_349[0][2][1];
        --l_352;
    }
    else
    { /* block id: 120 */
        uint64_t **l_356[4];
        uint64_t ** const *l_355 = &l_356[3];
        int i;
        for (i = 0; i < 4; i++)
            l_356[i] = &l_90[0];
        l_355 = l_355;
        return l_348;
    }
    if ((safe_mul_func_uint8_t_u_u(0xCDL, ((safe_mul_func_uint8_t_u_u((0UL > ((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u(((((((safe_rshift_func_uint8_t_u_u((p_22 != g_5), 0)) | (safe_sub_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((((p_21 , ((l_372 ^ (safe_lshift_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_u(65528UL, l_377)) , (0UL ^ g_52)), l_378))) >= p_21)) > (*g_297)) != l_199), l_347)), g_276))) > 0x5CBBL) , (void*)0) != &l_372) || 0x38001BA6B6870AA8LL), g_325)), p_22)) > l_278)), g_379[4][1][0])) && 7L))))
    { /* block id: 124 */
        int32_t *l_380[8] = {&g_59[0][1],&g_59[0][1],&g_59[0][1],&g_59[0][1],&g_59[0][1],&g_59[0][1],&g_59[0][1],&g_59[0][1]};
        int i;
        l_382[3][9]++;
        l_87 = (safe_div_func_uint16_t_u_u((safe_mod_func_int16_t_s_s(0x4C78L, p_21)), l_89));
    }
    else
    { /* block id: 127 */
        int32_t l_390 = 0L;
        uint16_t *l_391 = &g_69;
        uint64_t **l_414[4][1][2];
        int64_t *l_418 = &g_222;
        int64_t *l_419 = &g_420[2][4];
        int32_t *l_422 = &l_381[0];
        int i, j, k;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 2; k++)
                    l_414[i][j][k] = (void*)0;
            }
        }
        l_390 &= (+l_98);
        for (p_22 = 0; (p_22 <= 3); p_22 += 1)
        { /* block id: 131 */
            uint16_t *l_392 = &g_69;
            int32_t *l_395 = &l_87;
            int i;
            l_381[(p_22 + 2)] = (l_391 != l_392);
            for (g_224 = 3; (g_224 >= 0); g_224 -= 1)
            { /* block id: 135 */
                (*g_58) = (safe_rshift_func_uint16_t_u_u((p_22 ^ l_381[(p_22 + 2)]), 2));
                l_395 = &g_65[4];
                (*l_395) = 0L;
                (*l_395) &= 0x05C8CDA9L;
            }
        }
        (*g_409) ^= (0x93L == (safe_mod_func_uint32_t_u_u(((void*)0 != l_398[2]), (safe_add_func_uint64_t_u_u((&l_349[2][7][0] != ((safe_rshift_func_uint8_t_u_s(g_219, l_390)) , ((((safe_rshift_func_uint8_t_u_u((((l_390 >= g_31) , ((safe_sub_func_int32_t_s_s((safe_mod_func_int8_t_s_s(0x5CL, (-3L))), g_69)) ^ p_23)) , p_22), 4)) < g_3) , 0x66AD1BECL) , (void*)0))), g_31)))));
        (*l_422) = (safe_rshift_func_int8_t_s_u((((safe_sub_func_uint64_t_u_u(((((l_349[0][0][2] , 18446744073709551611UL) & ((*l_419) = ((*l_418) = (((l_414[2][0][1] == l_414[1][0][0]) != (&p_21 == &p_21)) >= (safe_div_func_int32_t_s_s(((p_23 = (safe_unary_minus_func_uint8_t_u((((g_52 || ((&g_45[8][0] == &l_278) , l_372)) , l_390) & 0xDBL)))) >= p_21), 0xB0A714A2L)))))) | l_352) , p_21), p_21)) != g_59[0][0]) < l_372), l_98));
    }
    return p_21;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_4 g_5 g_58
 * writes: g_45 g_59
 */
static int64_t  func_32(int16_t  p_33, int16_t  p_34)
{ /* block id: 11 */
    uint8_t *l_44 = &g_45[7][0];
    int32_t *l_49 = &g_5;
    int16_t *l_50 = (void*)0;
    int16_t *l_51[3];
    int16_t **l_57 = &l_50;
    int i;
    for (i = 0; i < 3; i++)
        l_51[i] = &g_52;
    (*g_58) = (safe_add_func_uint32_t_u_u((p_34 != (+(safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(((*l_44) = (safe_lshift_func_int8_t_s_u(g_3, 4))), (safe_sub_func_uint32_t_u_u(((((g_4 < ((p_33 = (~(((void*)0 == l_44) , (&g_7 == l_49)))) >= (safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u((((l_51[0] == ((*l_57) = l_51[0])) & 0xAC29L) , 0x1C18L), p_34)) | g_5), (*l_49))))) | (*l_49)) | (*l_49)) | p_34), (-10L))))), 3)))), 0x0D42F534L));
    return p_34;
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
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_45[i][j], "g_45[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_59[i][j], "g_59[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_65[i], "g_65[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_222, "g_222", print_hash_value);
    transparent_crc(g_224, "g_224", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_238, "g_238", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    transparent_crc(g_321, "g_321", print_hash_value);
    transparent_crc(g_322, "g_322", print_hash_value);
    transparent_crc(g_325, "g_325", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_379[i][j][k], "g_379[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_420[i][j], "g_420[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_447, "g_447", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_452[i][j][k], "g_452[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_470[i], "g_470[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_498, "g_498", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 89
XXX total union variables: 0

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

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 71
   depth: 2, occurrence: 15
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 4
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 29, occurrence: 1
   depth: 31, occurrence: 3
   depth: 35, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 135

XXX times a variable address is taken: 193
XXX times a pointer is dereferenced on RHS: 27
breakdown:
   depth: 1, occurrence: 27
XXX times a pointer is dereferenced on LHS: 55
breakdown:
   depth: 1, occurrence: 53
   depth: 2, occurrence: 2
XXX times a pointer is compared with null: 8
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 7
XXX times a pointer is qualified to be dereferenced: 1006

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 236
   level: 2, occurrence: 18
   level: 3, occurrence: 1
XXX number of pointers point to pointers: 20
XXX number of pointers point to scalars: 115
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.1
XXX average alias set size: 1.33

XXX times a non-volatile is read: 329
XXX times a non-volatile is write: 161
XXX times a volatile is read: 13
XXX    times read thru a pointer: 0
XXX times a volatile is write: 7
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 139
XXX percentage of non-volatile access: 96.1

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 70
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 18
   depth: 2, occurrence: 14
   depth: 3, occurrence: 24

XXX percentage a fresh-made variable is used: 15.9
XXX percentage an existing variable is used: 84.1
********************* end of statistics **********************/

