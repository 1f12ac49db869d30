/* Csmith 2.3.0 --seed 50 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = CAD1F945 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 50 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      50
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_3 = (-2L);/* VOLATILE GLOBAL g_3 */
static int32_t g_4[9][1] = {{0x891F433CL},{0x891F433CL},{0x891F433CL},{0x891F433CL},{0x891F433CL},{0x891F433CL},{0x891F433CL},{0x891F433CL},{0x891F433CL}};
static int32_t g_38 = 0x27AB8100L;
static int32_t * volatile g_37 = &g_38;/* VOLATILE GLOBAL g_37 */
static int32_t * volatile g_58 = &g_38;/* VOLATILE GLOBAL g_58 */
static int16_t g_64 = 4L;
static int16_t g_66 = 0x94F5L;
static uint8_t g_84 = 0UL;
static volatile uint8_t g_98 = 1UL;/* VOLATILE GLOBAL g_98 */
static uint8_t g_106 = 0UL;
static uint64_t g_110 = 18446744073709551615UL;
static uint64_t g_128 = 0xC8896062B7E3690DLL;
static uint8_t g_134 = 0xE6L;
static int64_t g_158 = 9L;
static int32_t g_171 = 0x5CFA680EL;
static int16_t g_174 = 0x3DBCL;
static volatile uint16_t g_194[8][1] = {{0xCE32L},{1UL},{0xCE32L},{1UL},{0xCE32L},{1UL},{0xCE32L},{1UL}};
static volatile uint16_t *g_193 = &g_194[3][0];
static volatile uint16_t * volatile * const g_192 = &g_193;
static int8_t g_225 = 0x3CL;
static int32_t *g_257[6][9] = {{&g_38,&g_4[4][0],&g_38,(void*)0,(void*)0,&g_38,&g_4[4][0],&g_38,&g_4[4][0]},{&g_38,&g_4[0][0],&g_38,&g_38,&g_4[0][0],&g_38,(void*)0,&g_38,&g_4[0][0]},{&g_38,&g_4[4][0],&g_4[4][0],&g_38,&g_38,&g_4[0][0],&g_38,&g_38,&g_4[4][0]},{&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38},{&g_4[0][0],&g_4[4][0],&g_38,&g_38,&g_38,&g_4[4][0],&g_4[0][0],&g_4[0][0],&g_4[4][0]},{&g_38,&g_4[4][0],&g_38,&g_4[4][0],&g_38,(void*)0,(void*)0,&g_38,&g_4[4][0]}};
static int32_t ** volatile g_256 = &g_257[3][6];/* VOLATILE GLOBAL g_256 */
static uint32_t g_264[3][1] = {{0x23797499L},{0x23797499L},{0x23797499L}};
static uint64_t g_277 = 0UL;
static int64_t g_302 = 0x67B30FE5EA9AE306LL;
static int8_t *g_360 = &g_225;
static int8_t **g_359[10][6] = {{&g_360,&g_360,&g_360,&g_360,&g_360,&g_360},{(void*)0,&g_360,&g_360,&g_360,&g_360,&g_360},{&g_360,&g_360,&g_360,(void*)0,&g_360,&g_360},{&g_360,&g_360,&g_360,&g_360,&g_360,&g_360},{&g_360,&g_360,&g_360,(void*)0,&g_360,&g_360},{&g_360,&g_360,&g_360,&g_360,&g_360,&g_360},{(void*)0,&g_360,&g_360,&g_360,&g_360,&g_360},{&g_360,&g_360,&g_360,(void*)0,&g_360,&g_360},{&g_360,&g_360,&g_360,&g_360,&g_360,&g_360},{&g_360,&g_360,&g_360,(void*)0,&g_360,&g_360}};
static int32_t g_378 = 2L;
static int32_t * const  volatile g_377 = &g_378;/* VOLATILE GLOBAL g_377 */
static uint16_t g_380 = 65531UL;
static const uint64_t g_392 = 18446744073709551610UL;
static uint16_t *g_420 = &g_380;
static uint16_t **g_419 = &g_420;
static int32_t * volatile g_422 = &g_378;/* VOLATILE GLOBAL g_422 */
static int8_t g_442 = 0x85L;
static volatile uint64_t g_449 = 18446744073709551615UL;/* VOLATILE GLOBAL g_449 */
static volatile uint64_t *g_448 = &g_449;
static volatile uint64_t * volatile *g_447 = &g_448;
static volatile uint64_t * volatile ** volatile g_450 = (void*)0;/* VOLATILE GLOBAL g_450 */
static int32_t * volatile g_483 = &g_4[1][0];/* VOLATILE GLOBAL g_483 */


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static uint8_t  func_19(int64_t  p_20, uint64_t  p_21);
static int16_t  func_22(uint32_t  p_23, uint16_t  p_24);
static uint16_t  func_29(int16_t  p_30, int16_t  p_31, uint8_t  p_32, uint32_t  p_33, uint8_t  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_447 g_448 g_449 g_128 g_483 g_64 g_378 g_3 g_158 g_58 g_38 g_420 g_106 g_256 g_257 g_377 g_110
 * writes: g_4 g_128 g_378 g_380
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[5][10][3] = {{{0x02314AF1L,3L,0x39D6B9C2L},{0x621EC218L,0x39D6B9C2L,0x39D6B9C2L},{0xE67E784BL,0x1ECA6C84L,0x8607F470L},{(-1L),1L,1L},{(-2L),0xF3D4E677L,0L},{0xCF59F89FL,3L,(-8L)},{2L,0xF3D4E677L,6L},{0xE67E784BL,1L,1L},{0x4448110CL,0x1ECA6C84L,1L},{(-4L),0x39D6B9C2L,(-1L)}},{{(-4L),3L,0x8A52B4B5L},{0x4448110CL,(-8L),0xF3D4E677L},{0xE67E784BL,8L,0x03F0244CL},{2L,(-3L),1L},{0xCF59F89FL,0x8A52B4B5L,0x03F0244CL},{(-2L),3L,0xF3D4E677L},{(-1L),6L,0x8A52B4B5L},{0xE67E784BL,0x7059141AL,(-1L)},{0x621EC218L,0x7059141AL,1L},{0x02314AF1L,6L,1L}},{{0x2304B25BL,3L,6L},{0x568BE135L,0x8A52B4B5L,(-8L)},{0xE67E784BL,(-3L),0L},{0x568BE135L,8L,1L},{0x2304B25BL,(-8L),0x8607F470L},{0x02314AF1L,3L,0x39D6B9C2L},{0x621EC218L,0x39D6B9C2L,0x39D6B9C2L},{0xE67E784BL,0x1ECA6C84L,0x8607F470L},{(-1L),1L,1L},{(-2L),0xF3D4E677L,0L}},{{0xCF59F89FL,3L,(-8L)},{2L,0xF3D4E677L,6L},{0xE67E784BL,1L,1L},{0x4448110CL,0x1ECA6C84L,1L},{(-4L),(-1L),(-2L)},{0x8A52B4B5L,0x32456160L,1L},{1L,(-1L),(-1L)},{0xBEB96916L,0x7F825E7AL,0x19C44D4EL},{0x8607F470L,(-1L),0xE5A945CBL},{0xF3D4E677L,1L,0x19C44D4EL}},{{(-8L),0x32456160L,(-1L)},{0x03F0244CL,0xE58D020BL,1L},{0xBEB96916L,0L,(-2L)},{0L,0L,0xE5A945CBL},{6L,0xE58D020BL,5L},{0x39D6B9C2L,0x32456160L,0xE58D020BL},{(-1L),1L,(-1L)},{0xBEB96916L,(-1L),0x40FC0272L},{(-1L),0x7F825E7AL,0xE5A945CBL},{0x39D6B9C2L,(-1L),1L}}};
    uint32_t l_13 = 1UL;
    uint64_t *l_386 = &g_128;
    int64_t l_387 = (-1L);
    uint32_t l_402 = 1UL;
    uint8_t l_416 = 6UL;
    uint16_t **l_421 = &g_420;
    int32_t l_438 = 7L;
    uint16_t l_443 = 0x40ABL;
    int32_t l_444[6];
    const uint64_t l_457 = 0xD422A79D004C0B0FLL;
    int8_t l_482 = 0x9AL;
    int16_t *l_486 = (void*)0;
    int16_t *l_487[6] = {&g_174,&g_174,&g_174,&g_174,&g_174,&g_174};
    uint8_t l_490 = 9UL;
    uint64_t l_497 = 0x50E99EE5B19405C3LL;
    int32_t *l_498 = &g_378;
    int32_t l_503[6] = {0xB5FD5A45L,0xB5FD5A45L,0xB5FD5A45L,0xB5FD5A45L,0xB5FD5A45L,0xB5FD5A45L};
    int32_t *l_504 = (void*)0;
    int32_t *l_505 = &g_4[1][0];
    int8_t l_506 = (-5L);
    uint16_t l_507 = 0x0049L;
    int32_t **l_508 = &l_505;
    int32_t **l_509 = &l_498;
    int32_t *l_510 = (void*)0;
    int32_t *l_511 = (void*)0;
    int32_t *l_512 = &l_438;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_444[i] = 0x962BB8B3L;
    for (g_4[1][0] = 0; (g_4[1][0] <= 2); g_4[1][0] += 1)
    { /* block id: 3 */
        uint64_t l_16 = 18446744073709551607UL;
        uint16_t *l_379 = &g_380;
        int32_t l_384[2];
        int32_t *l_405 = &g_378;
        int32_t *l_423 = &l_2[1][7][0];
        int16_t *l_435 = &g_66;
        int32_t *l_439 = &l_384[1];
        int8_t *l_440 = (void*)0;
        int8_t *l_441 = &g_442;
        int32_t *l_445 = (void*)0;
        int32_t *l_446 = &g_38;
        int i;
        for (i = 0; i < 2; i++)
            l_384[i] = 2L;
    }
    (*g_483) = ((safe_mod_func_uint64_t_u_u(l_482, (**g_447))) | (l_438 = g_128));
    (*l_509) = ((*l_508) = (((safe_sub_func_int32_t_s_s(((l_2[0][3][2] &= 1L) > 9L), ((&g_447 != ((l_457 && ((*g_420) = ((((safe_mul_func_int16_t_s_s(l_490, ((((((*l_386)--) , (safe_add_func_uint32_t_u_u(g_64, 0x33F045B8L))) , ((safe_sub_func_uint32_t_u_u(((((*l_386) = (((*l_498) ^= l_497) ^ (safe_add_func_int64_t_s_s((((*l_505) = ((safe_sub_func_uint8_t_u_u(g_3, l_503[0])) , (-1L))) <= 0xEC7540BDL), 0x19B6654BD8C23D63LL)))) ^ 0x599ED79E98B80AD4LL) , (*l_498)), g_158)) && 0x7DL)) <= l_506) & 4UL))) ^ 1L) ^ 8UL) && (*g_58)))) , &g_447)) > l_507))) > g_106) , (*g_256)));
    (*l_512) |= (*g_377);
    return g_110;
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_106 g_128 g_4 g_171 g_64 g_277 g_84 g_256 g_264 g_360 g_225 g_38 g_377 g_378 g_302
 * writes: g_264 g_158 g_302 g_225 g_38 g_257 g_359 g_378
 */
static uint8_t  func_19(int64_t  p_20, uint64_t  p_21)
{ /* block id: 91 */
    uint32_t l_284 = 0xE7D40DAFL;
    uint32_t *l_297 = &g_264[2][0];
    int64_t *l_298 = &g_158;
    uint8_t l_299 = 255UL;
    int64_t *l_300 = (void*)0;
    int64_t *l_301 = &g_302;
    int32_t l_305[6][9][4];
    uint32_t l_306 = 0x1C36ACF2L;
    const int8_t *l_313 = (void*)0;
    int8_t *l_349[8] = {&g_225,&g_225,&g_225,&g_225,&g_225,&g_225,&g_225,&g_225};
    int32_t *l_354 = &g_38;
    int32_t l_355[3][4][8] = {{{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL}},{{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL}},{{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL},{0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL,0x93B574CEL}}};
    int8_t ***l_358[3];
    int32_t l_361 = (-1L);
    int8_t *l_366[8] = {(void*)0,(void*)0,&g_225,(void*)0,(void*)0,&g_225,(void*)0,(void*)0};
    uint8_t *l_375 = &l_299;
    int8_t *l_376[7] = {&g_225,&g_225,&g_225,&g_225,&g_225,&g_225,&g_225};
    int i, j, k;
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
                l_305[i][j][k] = 0xBCB85B4EL;
        }
    }
    for (i = 0; i < 3; i++)
        l_358[i] = (void*)0;
lbl_348:
    if ((safe_lshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((((safe_lshift_func_int8_t_s_s(((l_284 ^ g_66) ^ (safe_div_func_int64_t_s_s(((-1L) > ((l_284 , (safe_rshift_func_int8_t_s_s(((0x9801L & l_284) || (safe_mul_func_int64_t_s_s(((*l_301) = ((((safe_mod_func_int64_t_s_s(((*l_298) = (2UL || ((*l_297) = ((safe_mul_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s(p_21, 6)), ((((((p_20 , p_20) , 0x63L) && l_284) ^ g_106) ^ p_21) <= 8L))) <= l_284)))), g_128)) != l_284) != l_299) >= p_20)), 0UL))), 3))) > 0xE1A6DCFEL)), p_20))), g_4[5][0])) == l_284) < 65535UL) <= g_171), p_21)), 4)))
    { /* block id: 95 */
        int32_t *l_303 = &g_38;
        int32_t *l_304[10][7] = {{(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0},{&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38},{(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0},{&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38},{(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0},{&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38},{(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0},{&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38},{(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0,&g_4[1][0],(void*)0},{&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38}};
        int i, j;
        ++l_306;
    }
    else
    { /* block id: 97 */
        int32_t l_315 = 0xD69401B6L;
        int32_t l_316 = 0x20F85839L;
        int32_t l_342 = (-1L);
        const int32_t l_344 = 0x44338563L;
        for (g_302 = (-10); (g_302 < 7); ++g_302)
        { /* block id: 100 */
            const int8_t **l_314 = &l_313;
            int32_t **l_327 = (void*)0;
            int32_t ***l_328[8][9][3] = {{{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{(void*)0,&l_327,&l_327},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,&l_327,&l_327},{&l_327,&l_327,(void*)0}},{{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,(void*)0},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{(void*)0,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327}},{{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{(void*)0,&l_327,&l_327},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,&l_327,&l_327}},{{&l_327,&l_327,&l_327},{&l_327,&l_327,(void*)0},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{(void*)0,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327}},{{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{(void*)0,&l_327,&l_327},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,&l_327,&l_327},{&l_327,&l_327,(void*)0}},{{&l_327,&l_327,&l_327},{&l_327,(void*)0,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,(void*)0,&l_327}},{{(void*)0,&l_327,&l_327},{(void*)0,&l_327,&l_327},{(void*)0,&l_327,&l_327},{(void*)0,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{(void*)0,&l_327,(void*)0},{&l_327,&l_327,(void*)0},{&l_327,&l_327,&l_327}},{{&l_327,(void*)0,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{&l_327,&l_327,&l_327},{(void*)0,&l_327,&l_327},{&l_327,&l_327,(void*)0},{&l_327,(void*)0,&l_327},{(void*)0,&l_327,&l_327}}};
            int32_t **l_329 = (void*)0;
            int8_t *l_343 = &g_225;
            int i, j, k;
            l_316 ^= (l_315 ^= (l_305[0][6][1] = (safe_rshift_func_int8_t_s_u((&g_225 != ((*l_314) = l_313)), 2))));
            l_342 = (((((((safe_sub_func_int64_t_s_s((l_315 = (safe_add_func_int8_t_s_s(((*l_343) = ((safe_rshift_func_int8_t_s_s((l_305[0][6][1] ^= ((safe_mul_func_int8_t_s_s((18446744073709551614UL <= ((l_329 = l_327) == (p_20 , ((((!(safe_rshift_func_int16_t_s_s(g_64, (g_4[1][0] != (safe_div_func_uint8_t_u_u((((safe_add_func_uint16_t_u_u((+(safe_mul_func_uint16_t_u_u((p_21 ^ (safe_div_func_uint64_t_u_u(0UL, g_277))), (((l_315 | p_21) & p_21) <= 0x47FB7F73L)))), l_315)) < l_315) | p_20), g_84)))))) ^ 0x09L) | g_171) , (void*)0)))), l_342)) < l_315)), 0)) & l_284)), p_21))), l_344)) , l_306) >= 1L) , 0xC100L) | p_20) != 3L) < l_316);
        }
    }
    for (l_299 = 0; (l_299 >= 34); l_299 = safe_add_func_int32_t_s_s(l_299, 5))
    { /* block id: 114 */
        int32_t *l_347 = &g_38;
        (*l_347) = 0xCE891F90L;
        if (g_84)
            goto lbl_362;
        l_347 = ((*g_256) = &l_305[0][6][1]);
        if (g_106)
            goto lbl_348;
    }
lbl_362:
    l_361 = (((l_305[0][6][1] |= ((void*)0 != &g_225)) > ((((&l_349[2] != &l_313) == (p_20 != ((safe_mul_func_uint8_t_u_u((safe_add_func_int32_t_s_s((l_355[1][0][2] = ((*l_354) = (-6L))), ((safe_div_func_uint32_t_u_u(((p_20 | ((g_359[3][2] = &l_349[3]) != &g_360)) , g_171), g_264[0][0])) == p_20))), (*g_360))) <= 0x616AA9C15E2D5F28LL))) , p_21) , (*l_354))) || p_20);
    (*g_377) ^= ((!((safe_lshift_func_uint16_t_u_s((*l_354), 11)) < (p_20 , ((l_366[6] != ((((safe_mod_func_int8_t_s_s((*l_354), 246UL)) != (safe_sub_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u(((*l_375) = (((&g_360 != (((0x7C73B28DL && (safe_add_func_int64_t_s_s(p_21, ((*l_354) <= (*l_354))))) & g_225) , &g_360)) & (*g_360)) && 0x03L)), (*l_354))) < 0x5039L), 65535UL))) , p_21) , l_376[3])) == (*l_354))))) && (*l_354));
    return p_21;
}


/* ------------------------------------------ */
/* 
 * reads : g_174 g_98 g_4 g_158 g_192 g_66 g_84 g_38 g_106 g_171 g_193 g_194 g_134 g_110 g_225 g_3 g_128 g_256 g_37 g_64 g_277 g_264
 * writes: g_174 g_158 g_38 g_106 g_84 g_257 g_264 g_110 g_277
 */
static int16_t  func_22(uint32_t  p_23, uint16_t  p_24)
{ /* block id: 66 */
    int16_t l_196 = (-1L);
    uint8_t *l_222 = &g_84;
    int8_t *l_224 = &g_225;
    int8_t **l_223 = &l_224;
    int32_t l_231 = 0L;
    uint64_t *l_276[3][3];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_276[i][j] = &g_128;
    }
    for (g_174 = 3; (g_174 > 25); ++g_174)
    { /* block id: 69 */
        uint16_t **l_185 = (void*)0;
        uint16_t ***l_184 = &l_185;
        int32_t l_195 = (-6L);
        int64_t *l_197[9];
        int32_t *l_198 = &g_38;
        uint32_t l_255 = 1UL;
        int i;
        for (i = 0; i < 9; i++)
            l_197[i] = (void*)0;
        (*l_184) = (void*)0;
        (*l_198) |= ((g_158 = ((safe_mod_func_uint8_t_u_u(g_98, (((safe_sub_func_int8_t_s_s((((((p_24 | (0x19L < ((p_23 ^ (&p_23 == &p_23)) != (safe_mul_func_int8_t_s_s(g_4[1][0], (((g_158 , ((g_192 == (void*)0) > p_23)) >= l_195) <= g_66)))))) , l_196) == g_84) || g_4[1][0]) ^ l_196), p_23)) & p_23) || p_24))) != p_23)) < l_195);
        for (p_23 = 0; (p_23 != 36); ++p_23)
        { /* block id: 75 */
            uint8_t *l_205 = &g_106;
            int32_t l_230 = 2L;
            int32_t **l_258 = &g_257[4][5];
            uint32_t *l_263 = &g_264[2][0];
            uint64_t *l_265 = &g_110;
            l_231 |= (((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((++(*l_205)), 2)), (((g_171 , (safe_rshift_func_int8_t_s_s((safe_div_func_uint64_t_u_u((((((safe_div_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((safe_mod_func_uint8_t_u_u((g_4[5][0] & ((safe_rshift_func_uint16_t_u_s(((safe_mul_func_uint8_t_u_u((((&g_98 != l_222) , l_223) != ((g_4[5][0] && ((((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s((1L | ((((**g_192) & p_24) , l_196) > 1UL)), 5)), 0xE81E94F0C07E336CLL)) , 0xC4L) >= (*l_198)) | p_24)) , &l_224)), l_230)) | g_4[1][0]), 3)) ^ (*l_198))), l_230)) & 1L), g_158)), 0xD3L)) >= (*l_198)) , 0xC65AL) && 0xBC71L) , p_23), l_196)), l_230))) , &g_158) != &g_158))) ^ 0xFBBCB49334CCFE4FLL) != 0x1666L);
            (*g_256) = ((((~(-6L)) == ((safe_lshift_func_uint8_t_u_s(((safe_rshift_func_uint16_t_u_u((0L || ((safe_div_func_uint16_t_u_u(((*l_198) != ((safe_unary_minus_func_uint16_t_u((safe_add_func_int64_t_s_s(((((l_231 | (++p_24)) < (((((((safe_unary_minus_func_uint16_t_u((**g_192))) != (!((safe_rshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s(p_23, (g_158 ^= 0x7FFA933B74F71ED0LL))), (((safe_unary_minus_func_uint8_t_u(((*l_222) ^= (l_231 || (safe_add_func_int64_t_s_s((safe_div_func_int64_t_s_s(g_134, g_110)), p_23)))))) && g_225) , 0xE323L))) && p_23))) , g_3) < l_230) && 0UL) <= 255UL) | 0UL)) < g_128) > l_255), 0xBC21351B3B912DD5LL)))) && (-1L))), 0xFC65L)) , 1L)), 6)) != p_23), p_23)) | l_230)) & p_23) , &l_195);
            (*l_258) = (void*)0;
            (*l_198) = ((((l_222 = l_205) == (void*)0) , ((((((((safe_mul_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((((*g_37) & ((*l_263) = g_128)) || (((((((*l_265)++) > 0x20AB2C1C6760B6CALL) ^ ((((g_277 &= (safe_sub_func_int8_t_s_s(((safe_mod_func_uint64_t_u_u(p_24, (safe_rshift_func_uint16_t_u_s((**g_192), g_4[7][0])))) ^ (~(((!((g_225 != g_64) <= g_128)) , l_265) == l_276[2][1]))), p_23))) , g_277) , g_264[2][0]) > (*l_198))) < p_23) == l_230) & (*l_198))), 8UL)), g_225)) < 0xCDA1L) , (**g_192)) != (*l_198)) & 0xEC06C289L) & p_24) , p_23) && g_3)) != g_64);
        }
    }
    return g_84;
}


/* ------------------------------------------ */
/* 
 * reads : g_37 g_38 g_3 g_4 g_58 g_66 g_84 g_98 g_106 g_64 g_128 g_158 g_110 g_174
 * writes: g_38 g_64 g_84 g_98 g_106 g_110 g_134 g_66 g_171 g_174 g_58
 */
static uint16_t  func_29(int16_t  p_30, int16_t  p_31, uint8_t  p_32, uint32_t  p_33, uint8_t  p_34)
{ /* block id: 4 */
    uint32_t l_35 = 4294967295UL;
    int32_t *l_36 = (void*)0;
    uint16_t l_39[9];
    int8_t l_57[8][5][5] = {{{0x06L,0L,0x45L,1L,0x68L},{(-5L),0L,0x67L,0L,(-5L)},{0x7FL,0L,2L,1L,0x57L},{1L,0xD8L,(-9L),(-9L),0xD8L},{(-1L),(-9L),0x06L,0L,0x57L}},{{0L,(-9L),(-5L),0xFBL,(-5L)},{0x57L,0L,0x7FL,0x83L,0x68L},{0L,0x35L,1L,0x67L,0x67L},{(-1L),0x17L,(-1L),1L,(-3L)},{1L,0x35L,0L,0xD8L,0x0DL}},{{0x7FL,0L,0x57L,0L,(-1L)},{(-5L),(-9L),0L,0x0DL,0x35L},{0x06L,(-9L),(-1L),(-9L),0x06L},{(-9L),0xD8L,1L,0x0DL,0x78L},{2L,0L,0x7FL,0L,0x04L}},{{0x67L,0L,(-5L),0xD8L,0x78L},{0x45L,0L,0x06L,1L,0x06L},{0x78L,0x78L,(-9L),0x67L,0x35L},{0x45L,0xF4L,2L,0x83L,(-1L)},{0x67L,0x91L,0x67L,0xFBL,0x0DL}},{{2L,0xF4L,0x45L,0L,(-3L)},{(-9L),0x78L,0x78L,0x78L,0xD8L},{2L,0L,0x93L,0xF4L,0x06L},{1L,0x91L,0xD8L,0x91L,1L},{0x57L,0L,(-1L),0xF4L,5L}},{{0x67L,(-9L),0x78L,0x78L,(-9L)},{0x04L,0x17L,2L,0L,5L},{0x91L,0x78L,1L,0L,1L},{5L,1L,0x57L,0L,0x06L},{0x91L,(-5L),0x67L,0xD8L,0xD8L}},{{0x04L,1L,0x04L,(-9L),0x68L},{0x67L,(-5L),0x91L,(-9L),0x35L},{0x57L,1L,5L,0L,0x04L},{1L,0x78L,0x91L,0x35L,(-5L)},{2L,0x17L,0x04L,0x17L,2L}},{{0x78L,(-9L),0x67L,0x35L,0xFBL},{(-1L),0L,0x57L,0L,0x7FL},{0xD8L,0x91L,1L,(-9L),0xFBL},{0x93L,0L,2L,(-9L),2L},{0xFBL,0xFBL,0x78L,0xD8L,(-5L)}}};
    int32_t *l_89 = (void*)0;
    int32_t l_97[3][3] = {{0xB24AB748L,0xB24AB748L,0xB24AB748L},{0L,0L,0L},{0xB24AB748L,0xB24AB748L,0xB24AB748L}};
    int32_t *l_160 = (void*)0;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_39[i] = 0xCBDFL;
    (*g_37) ^= l_35;
    for (p_34 = 3; (p_34 <= 8); p_34 += 1)
    { /* block id: 8 */
        const int32_t *l_55 = &g_4[1][0];
        uint16_t l_85 = 0xBB74L;
        int32_t l_91 = 1L;
        int32_t *l_92 = (void*)0;
        int32_t *l_93 = &l_91;
        int32_t *l_94 = &l_91;
        int32_t *l_95 = &l_91;
        int32_t *l_96[9] = {&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38};
        uint64_t *l_127 = &g_128;
        int8_t *l_175[7][3][7] = {{{&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]},{&l_57[1][0][4],&l_57[2][0][1],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[2][0][1],&l_57[1][0][4]},{&l_57[6][3][4],&l_57[2][0][1],&l_57[7][2][3],&l_57[7][0][1],&l_57[2][1][2],&l_57[1][0][4],&l_57[6][3][4]}},{{&l_57[6][3][4],&l_57[6][3][4],&l_57[0][0][4],&l_57[7][2][3],&l_57[6][3][4],(void*)0,&l_57[3][3][2]},{&l_57[6][3][4],&l_57[3][3][2],&l_57[7][2][3],(void*)0,&l_57[2][0][1],(void*)0,&l_57[7][2][3]},{&l_57[2][1][2],&l_57[2][1][2],&l_57[6][3][4],(void*)0,&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]}},{{&l_57[2][0][1],&l_57[6][3][4],&l_57[6][3][4],&l_57[7][2][3],&l_57[6][3][4],&l_57[3][3][2],&l_57[6][3][4]},{&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[7][0][1],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]},{&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[2][0][1],&l_57[6][3][4],&l_57[0][0][4]}},{{&l_57[7][0][1],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[3][3][2],(void*)0},{&l_57[7][2][3],&l_57[6][3][4],&l_57[6][3][4],&l_57[2][0][1],&l_57[2][1][2],&l_57[6][3][4],&l_57[0][0][4]},{(void*)0,&l_57[6][3][4],&l_57[2][1][2],&l_57[2][1][2],&l_57[0][0][4],&l_57[2][1][2],(void*)0}},{{&l_57[2][1][2],&l_57[6][3][4],&l_57[6][3][4],&l_57[7][0][1],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]},{&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[7][2][3],&l_57[6][3][4],&l_57[6][3][4]},{&l_57[7][2][3],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]}},{{(void*)0,&l_57[0][0][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]},{&l_57[6][3][4],&l_57[7][0][1],&l_57[6][3][4],&l_57[3][3][2],&l_57[2][0][1],&l_57[6][3][4],&l_57[6][3][4]},{&l_57[6][3][4],&l_57[3][3][2],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4],&l_57[6][3][4]}},{{(void*)0,&l_57[6][3][4],(void*)0,&l_57[6][3][4],&l_57[6][3][4],&l_57[7][2][3],(void*)0},{&l_57[7][0][1],&l_57[6][3][4],(void*)0,&l_57[6][3][4],&l_57[2][0][1],&l_57[0][0][4],&l_57[6][3][4]},{&l_57[6][3][4],(void*)0,&l_57[6][3][4],&l_57[7][0][1],&l_57[6][3][4],&l_57[7][2][3],&l_57[7][2][3]}}};
        int i, j, k;
        for (p_32 = 0; (p_32 <= 8); p_32 += 1)
        { /* block id: 11 */
            int32_t l_40 = (-2L);
            int i;
            if (l_39[p_34])
            { /* block id: 12 */
                int64_t l_53 = (-5L);
                const int32_t *l_56 = (void*)0;
                l_40 = p_32;
                (*g_37) = ((safe_lshift_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((((safe_mul_func_uint16_t_u_u(g_3, (0xCAL | ((8UL && (safe_rshift_func_uint8_t_u_u((safe_add_func_int8_t_s_s(0xBAL, l_40)), l_53))) <= (g_4[1][0] || ((((((g_4[7][0] , (!l_53)) || g_4[1][0]) > 0x61L) , l_55) != l_56) > 4UL)))))) == 0x32L) > g_4[4][0]), (*l_55))) , p_34), p_32)) >= 0x64L) == l_57[6][3][4]) , g_3), g_4[1][0])) || (-1L));
                (*g_58) ^= p_34;
            }
            else
            { /* block id: 16 */
                int8_t *l_63 = (void*)0;
                int32_t l_80 = (-2L);
                int32_t *l_82 = (void*)0;
                int32_t *l_83[8][9][3] = {{{&g_4[1][0],&g_4[1][0],&g_4[8][0]},{&l_40,&g_38,&l_40},{&g_4[4][0],&g_4[1][0],&l_40},{(void*)0,&l_40,&l_80},{&l_80,&g_4[4][0],&l_40},{&g_4[0][0],(void*)0,&l_40},{&l_40,&l_80,&g_4[8][0]},{&g_4[0][0],&g_4[0][0],&l_80},{&l_80,&l_40,(void*)0}},{{(void*)0,&g_4[0][0],(void*)0},{&g_4[4][0],&l_80,&g_4[1][0]},{&l_40,(void*)0,(void*)0},{&g_4[1][0],&g_4[4][0],(void*)0},{&g_38,&l_40,&l_80},{&g_4[1][0],&g_4[1][0],&g_4[8][0]},{&l_40,&g_38,&l_40},{&g_4[4][0],&g_4[1][0],&l_40},{(void*)0,&l_40,&l_80}},{{&l_80,&g_4[4][0],&l_40},{&g_4[0][0],(void*)0,&l_40},{&l_40,&l_80,&g_4[8][0]},{&g_4[0][0],&g_4[0][0],&l_80},{&l_80,&l_40,(void*)0},{(void*)0,&g_4[0][0],(void*)0},{&g_4[4][0],&l_80,&g_4[1][0]},{&l_40,(void*)0,(void*)0},{&g_4[1][0],&g_4[4][0],(void*)0}},{{&g_38,&l_40,&l_80},{&g_4[1][0],&g_4[1][0],&g_4[8][0]},{&l_40,&g_38,&l_40},{&g_4[4][0],&g_4[1][0],&l_40},{(void*)0,&l_40,&l_80},{&l_80,&g_4[4][0],&l_40},{&g_4[0][0],(void*)0,&l_40},{&l_40,&l_80,&g_4[8][0]},{&g_4[0][0],&g_4[0][0],&l_80}},{{&l_80,&l_40,(void*)0},{(void*)0,&g_4[0][0],(void*)0},{&g_4[4][0],&l_80,&g_4[1][0]},{&l_40,(void*)0,(void*)0},{&g_4[1][0],&g_4[4][0],(void*)0},{&g_38,&g_38,&g_4[0][0]},{&l_80,&l_80,&g_4[1][0]},{&g_38,(void*)0,&g_4[8][0]},{&l_80,&l_80,&l_40}},{{&l_40,&g_38,&g_4[1][0]},{&g_38,&l_80,&l_40},{&g_4[1][0],&l_40,&g_4[8][0]},{&g_4[1][0],&g_38,&g_4[1][0]},{&g_4[1][0],&g_4[1][0],&g_4[0][0]},{&g_38,&g_4[1][0],(void*)0},{&l_40,&g_4[1][0],&g_38},{&l_80,&g_38,(void*)0},{&g_38,&l_40,&g_38}},{{&l_80,&l_80,(void*)0},{(void*)0,&g_38,&g_4[0][0]},{&l_80,&l_80,&g_4[1][0]},{&g_38,(void*)0,&g_4[8][0]},{&l_80,&l_80,&l_40},{&l_40,&g_38,&g_4[1][0]},{&g_38,&l_80,&l_40},{&g_4[1][0],&l_40,&g_4[8][0]},{&g_4[1][0],&g_38,&g_4[1][0]}},{{&g_4[1][0],&g_4[1][0],&g_4[0][0]},{&g_38,&g_4[1][0],(void*)0},{&l_40,&g_4[1][0],&g_38},{&l_80,&g_38,(void*)0},{&g_38,&l_40,&g_38},{&l_80,&l_80,(void*)0},{(void*)0,&g_38,&g_4[0][0]},{&l_80,&l_80,&g_4[1][0]},{&g_38,(void*)0,&g_4[8][0]}}};
                int i, j, k;
                (*g_58) = (g_84 ^= ((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((g_64 = 0xD9L), (!g_66))), (safe_div_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s(l_39[p_34], (safe_rshift_func_int8_t_s_u((g_3 , (+(((p_33 | (safe_rshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_u(((l_80 | l_80) , ((~(l_80 < p_32)) == g_38)), p_31)), 4))) != p_34) == p_33))), 1)))) <= l_40) , p_31), p_30)) || (*l_55)), p_34)))) <= 0x46L));
                --l_85;
            }
            for (g_38 = 0; (g_38 <= 4); g_38 += 1)
            { /* block id: 24 */
                int32_t *l_88 = &l_40;
                int32_t **l_90 = &l_89;
                (*l_88) &= p_34;
                (*l_90) = l_89;
            }
        }
        g_98--;
        for (p_31 = 1; (p_31 <= 8); p_31 += 1)
        { /* block id: 32 */
            uint64_t *l_109 = &g_110;
            int32_t l_111 = 0x6C930389L;
            int8_t *l_112[2][2];
            int32_t *l_118 = &l_97[2][0];
            uint8_t *l_121 = (void*)0;
            uint8_t *l_122 = &g_84;
            int16_t l_133 = 1L;
            uint8_t l_179 = 246UL;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                    l_112[i][j] = &l_57[6][3][4];
            }
            if ((l_97[2][0] = (safe_rshift_func_uint16_t_u_s((((+((((safe_lshift_func_int8_t_s_s(((*l_93) = (g_4[1][0] & (l_111 = ((*l_109) = ((--g_106) , p_34))))), (g_134 = ((safe_mul_func_int16_t_s_s(((safe_div_func_int8_t_s_s(((((~((void*)0 != l_118)) ^ g_64) || (safe_rshift_func_int16_t_s_s(((((*l_122)--) & (safe_mul_func_uint16_t_u_u((((l_127 == (void*)0) && (l_39[p_31] = (*l_118))) , (safe_mod_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((g_64 != p_30), p_32)), p_32))), g_3))) ^ p_32), 9))) ^ g_38), l_133)) ^ 0xBDL), p_31)) , 9L)))) <= p_34) | p_32) , (*l_118))) <= 3L) && (*l_118)), g_64))))
            { /* block id: 41 */
                uint16_t *l_153 = &l_39[4];
                int16_t *l_159 = &g_66;
                (*l_94) = (safe_mod_func_int16_t_s_s((safe_div_func_uint64_t_u_u(4UL, (safe_rshift_func_int8_t_s_s(((safe_div_func_int32_t_s_s(((*l_118) = (((safe_mod_func_int16_t_s_s((safe_add_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(((*l_159) = ((l_127 != (void*)0) & ((safe_div_func_int8_t_s_s(((--(*l_153)) != (((&l_118 != &g_37) != g_66) != (p_32 <= (g_128 > ((((safe_sub_func_uint32_t_u_u((*l_118), (*g_58))) || 0x8373B84CL) != p_30) > 0xEDL))))), g_4[1][0])) & g_158))), 10)), (*l_93))), g_4[1][0])) , &g_3) == &g_4[7][0])), g_4[0][0])) != 65528UL), 7)))), p_30));
                (*l_95) |= 8L;
            }
            else
            { /* block id: 47 */
                int32_t **l_161 = &l_160;
                int8_t **l_162 = &l_112[0][1];
                uint32_t *l_172 = (void*)0;
                uint32_t *l_173[8];
                int i;
                for (i = 0; i < 8; i++)
                    l_173[i] = (void*)0;
                if ((*l_55))
                    break;
                (*l_161) = l_160;
                (*l_94) = (((*l_162) = (void*)0) != (((p_30 , (((*g_58) ^ (g_174 &= (safe_div_func_int32_t_s_s((safe_div_func_uint8_t_u_u((g_84 >= (p_32 , ((safe_div_func_int16_t_s_s((p_31 | ((g_64 | (safe_lshift_func_int16_t_s_u(((g_171 = 0x4BL) <= g_66), g_128))) ^ g_110)), p_31)) & g_106))), g_106)), 0xC05BC8A6L)))) , (-7L))) || p_31) , l_175[3][2][1]));
            }
            for (g_64 = 27; (g_64 == (-6)); --g_64)
            { /* block id: 57 */
                const int32_t **l_178 = (void*)0;
            }
            l_179++;
            g_58 = &l_97[2][0];
        }
    }
    return g_4[0][0];
}




/* ---------------------------------------- */
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_194[i][j], "g_194[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_225, "g_225", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_264[i][j], "g_264[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_277, "g_277", print_hash_value);
    transparent_crc(g_302, "g_302", print_hash_value);
    transparent_crc(g_378, "g_378", print_hash_value);
    transparent_crc(g_380, "g_380", print_hash_value);
    transparent_crc(g_392, "g_392", print_hash_value);
    transparent_crc(g_442, "g_442", print_hash_value);
    transparent_crc(g_449, "g_449", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 80
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

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 55
   depth: 2, occurrence: 11
   depth: 4, occurrence: 1
   depth: 6, occurrence: 1
   depth: 21, occurrence: 2
   depth: 23, occurrence: 3
   depth: 24, occurrence: 1
   depth: 28, occurrence: 1
   depth: 34, occurrence: 2
   depth: 35, occurrence: 3
   depth: 36, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 113

XXX times a variable address is taken: 211
XXX times a pointer is dereferenced on RHS: 50
breakdown:
   depth: 1, occurrence: 45
   depth: 2, occurrence: 5
XXX times a pointer is dereferenced on LHS: 60
breakdown:
   depth: 1, occurrence: 60
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 650

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 237
   level: 2, occurrence: 28
XXX number of pointers point to pointers: 27
XXX number of pointers point to scalars: 86
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 38.9
XXX average alias set size: 1.35

XXX times a non-volatile is read: 372
XXX times a non-volatile is write: 170
XXX times a volatile is read: 30
XXX    times read thru a pointer: 11
XXX times a volatile is write: 14
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 186
XXX percentage of non-volatile access: 92.5

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 51
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 12
   depth: 2, occurrence: 12
   depth: 3, occurrence: 12

XXX percentage a fresh-made variable is used: 12.6
XXX percentage an existing variable is used: 87.4
********************* end of statistics **********************/

