/* Csmith 2.3.0 --seed 48 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 5329CBD5 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 48 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      48
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   const uint32_t  f0;
   volatile signed f1 : 19;
   int8_t  f2;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static int32_t g_4 = 0L;
static uint32_t g_28[10] = {18446744073709551615UL,0xC4DF8E3BL,0xD02268F6L,0xD02268F6L,0xC4DF8E3BL,18446744073709551615UL,0xC4DF8E3BL,0xD02268F6L,0xD02268F6L,0xC4DF8E3BL};
static uint8_t g_29 = 255UL;
static int32_t g_32 = 1L;
static int32_t g_45 = (-3L);
static int32_t *g_50 = &g_32;
static int32_t **g_49[4] = {&g_50,&g_50,&g_50,&g_50};
static int16_t g_53 = 0x0E20L;
static uint16_t g_54 = 0x461BL;
static uint64_t g_90 = 5UL;
static uint64_t g_94 = 0x235E97BC7E195E04LL;
static uint64_t g_99 = 0x55718CB29726E956LL;
static int32_t g_100 = 0xE8D53535L;
static uint64_t g_102 = 0x17A8330C07BB3E8CLL;
static int64_t g_104 = 0xD09B3387B9920543LL;
static uint64_t g_105 = 0xE453FC6319732EC2LL;
static int16_t g_109 = 0xD46AL;
static volatile int32_t * volatile **g_125 = (void*)0;
static volatile int32_t * volatile ***g_124 = &g_125;
static uint32_t g_131 = 0xA1EBD87EL;
static int8_t g_134[3] = {0L,0L,0L};
static uint16_t *g_157 = (void*)0;
static uint16_t * volatile * volatile g_165 = &g_157;/* VOLATILE GLOBAL g_165 */
static struct S0 g_174 = {0x6C3776CDL,6,0x46L};/* VOLATILE GLOBAL g_174 */
static volatile struct S0 g_186 = {0x0227ADE1L,-343,1L};/* VOLATILE GLOBAL g_186 */
static int32_t ** const *g_233[4] = {&g_49[2],&g_49[2],&g_49[2],&g_49[2]};
static int32_t ** const **g_232 = &g_233[1];
static uint64_t * volatile *g_237 = (void*)0;
static uint64_t * volatile ** volatile g_239 = &g_237;/* VOLATILE GLOBAL g_239 */
static int16_t g_267 = 0xEF0FL;
static int32_t ****g_289 = (void*)0;
static int32_t *****g_288 = &g_289;
static volatile struct S0 g_296[2] = {{0UL,-422,4L},{0UL,-422,4L}};
static volatile uint16_t * const **g_312 = (void*)0;
static int32_t ** volatile g_315 = &g_50;/* VOLATILE GLOBAL g_315 */
static uint16_t g_351 = 0x323AL;
static struct S0 g_352 = {0x12A1256BL,189,0x7AL};/* VOLATILE GLOBAL g_352 */
static uint64_t g_366[1][6][5] = {{{18446744073709551615UL,18446744073709551615UL,0x3037CC9355559AC1LL,18446744073709551609UL,18446744073709551607UL},{0UL,0x7435C911F6C4FA19LL,0x7435C911F6C4FA19LL,0UL,18446744073709551615UL},{0UL,18446744073709551609UL,0x0D15A37453B0A820LL,0x0D15A37453B0A820LL,18446744073709551609UL},{18446744073709551615UL,0x7435C911F6C4FA19LL,0x0D15A37453B0A820LL,0x3037CC9355559AC1LL,0x3037CC9355559AC1LL},{0x7435C911F6C4FA19LL,18446744073709551615UL,0x7435C911F6C4FA19LL,0x3037CC9355559AC1LL,18446744073709551615UL},{0x0D15A37453B0A820LL,0x7435C911F6C4FA19LL,18446744073709551615UL,0x7435C911F6C4FA19LL,0x0D15A37453B0A820LL}}};
static volatile int32_t g_384 = (-4L);/* VOLATILE GLOBAL g_384 */
static int32_t g_386 = 0x72F85772L;
static volatile uint32_t g_393[8] = {0x06E587C2L,0xA5159711L,0x06E587C2L,0xA5159711L,0x06E587C2L,0xA5159711L,0x06E587C2L,0xA5159711L};
static volatile uint32_t *g_392 = &g_393[7];
static volatile uint32_t ** volatile g_391 = &g_392;/* VOLATILE GLOBAL g_391 */
static uint32_t *g_400 = &g_131;
static volatile struct S0 g_426 = {1UL,620,-1L};/* VOLATILE GLOBAL g_426 */
static struct S0 g_451 = {1UL,-555,0xB0L};/* VOLATILE GLOBAL g_451 */
static uint64_t * const *g_480 = (void*)0;
static uint16_t * volatile * volatile ** volatile g_502 = (void*)0;/* VOLATILE GLOBAL g_502 */
static uint16_t * volatile * volatile *g_504 = &g_165;
static uint16_t * volatile * volatile ** volatile g_503[5][10][5] = {{{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,(void*)0,&g_504,&g_504,&g_504},{(void*)0,&g_504,&g_504,&g_504,&g_504},{(void*)0,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,(void*)0,&g_504,(void*)0},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,(void*)0,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504}},{{&g_504,&g_504,(void*)0,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{(void*)0,&g_504,&g_504,&g_504,(void*)0},{(void*)0,&g_504,(void*)0,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,(void*)0,&g_504,(void*)0,&g_504}},{{(void*)0,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{(void*)0,&g_504,&g_504,&g_504,&g_504},{&g_504,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{(void*)0,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,(void*)0,(void*)0},{(void*)0,&g_504,(void*)0,&g_504,&g_504}},{{(void*)0,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{(void*)0,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,(void*)0,&g_504,&g_504},{(void*)0,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,(void*)0},{(void*)0,(void*)0,(void*)0,&g_504,&g_504},{&g_504,&g_504,&g_504,(void*)0,&g_504},{&g_504,&g_504,&g_504,(void*)0,(void*)0},{&g_504,&g_504,&g_504,&g_504,&g_504}},{{&g_504,&g_504,&g_504,&g_504,&g_504},{(void*)0,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,&g_504,(void*)0,(void*)0,&g_504},{&g_504,&g_504,&g_504,&g_504,&g_504},{&g_504,(void*)0,&g_504,&g_504,&g_504},{&g_504,&g_504,(void*)0,&g_504,&g_504}}};
static uint16_t * volatile * volatile ** volatile g_505 = (void*)0;/* VOLATILE GLOBAL g_505 */
static const uint16_t g_524[3] = {65526UL,65526UL,65526UL};
static int32_t g_529 = 0L;
static int32_t g_531 = (-4L);
static int32_t * volatile g_532 = &g_45;/* VOLATILE GLOBAL g_532 */
static volatile int16_t g_569[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static int16_t g_586 = 1L;
static int16_t g_605 = (-1L);
static volatile int64_t g_607 = 0L;/* VOLATILE GLOBAL g_607 */


/* --- FORWARD DECLARATIONS --- */
static const int32_t  func_1(void);
static int8_t  func_13(uint8_t  p_14, int32_t * p_15, int32_t * p_16, int32_t * const  p_17);
static uint8_t  func_18(uint32_t  p_19, int8_t  p_20);
static int32_t * const  func_22(int32_t  p_23, int16_t  p_24, const int32_t  p_25, int32_t * p_26);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_131 g_53 g_134 g_54 g_105 g_94 g_28 g_32 g_29 g_45 g_296 g_90 g_232 g_233 g_49 g_312 g_315 g_174.f0 g_99 g_351 g_352 g_239 g_237 g_50 g_267 g_100 g_102 g_384 g_391 g_392 g_426 g_400 g_109 g_174.f1 g_451 g_524 g_529 g_532 g_186 g_366 g_386 g_104 g_569 g_586 g_531
 * writes: g_4 g_131 g_105 g_32 g_267 g_134 g_45 g_288 g_50 g_104 g_54 g_109 g_366 g_400 g_53 g_352.f2 g_351 g_480 g_504 g_529 g_531 g_451.f2 g_29 g_586
 */
static const int32_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_2[7] = {18446744073709551615UL,0UL,0UL,18446744073709551615UL,0UL,0UL,18446744073709551615UL};
    int32_t *l_3 = &g_4;
    uint32_t l_250[6];
    uint16_t **l_298 = &g_157;
    uint32_t l_299 = 0UL;
    int32_t l_383[8][1] = {{1L},{0xCDB6F072L},{1L},{0xCDB6F072L},{1L},{0xCDB6F072L},{1L},{0xCDB6F072L}};
    int32_t l_387[8] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
    uint8_t l_413 = 0UL;
    uint8_t l_433 = 0xA5L;
    uint64_t l_543 = 1UL;
    const uint32_t **l_582 = (void*)0;
    const uint32_t ***l_581 = &l_582;
    uint32_t l_601 = 0x77CB0488L;
    int64_t l_606 = (-2L);
    int i, j;
    for (i = 0; i < 6; i++)
        l_250[i] = 18446744073709551615UL;
    if ((l_2[6] , ((*l_3) = l_2[2])))
    { /* block id: 2 */
        uint8_t l_7 = 0x02L;
        int32_t l_21 = 1L;
        int32_t *l_242 = &g_100;
        int32_t *l_243 = &g_4;
        int32_t *l_244 = &g_100;
        int32_t *l_245 = (void*)0;
        int32_t *l_246 = &g_4;
        int32_t *l_247 = &g_4;
        int32_t *l_248 = &g_32;
        int32_t *l_249[6][9] = {{&g_45,&g_100,&g_4,&g_4,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_32,&l_21,&g_100,&l_21,&g_100,&l_21,&g_32,(void*)0,&g_32},{(void*)0,&g_4,&g_32,&l_21,(void*)0,(void*)0,(void*)0,&g_100,(void*)0},{(void*)0,&g_45,&g_4,&g_4,&g_45,(void*)0,&g_32,(void*)0,&g_32},{&g_100,&g_4,&g_4,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_4,(void*)0,&g_32,(void*)0,&g_4,&g_100,&g_32,&l_21,&g_100}};
        int i, j;
        for (g_4 = (-6); (g_4 < 10); g_4 = safe_add_func_uint64_t_u_u(g_4, 7))
        { /* block id: 5 */
            int32_t *l_110 = &l_21;
            int32_t l_240 = 0x3169765FL;
            uint64_t *l_241 = &l_2[6];
        }
        l_250[5]--;
    }
    else
    { /* block id: 103 */
        uint8_t l_257 = 0xB1L;
        uint32_t l_282 = 4294967294UL;
        int32_t l_284[9] = {5L,5L,0x77952CBCL,5L,5L,0x77952CBCL,5L,5L,0x77952CBCL};
        int32_t l_311 = 0xB784680FL;
        int64_t *l_316 = (void*)0;
        int64_t *l_317[8] = {&g_104,&g_104,&g_104,&g_104,&g_104,&g_104,&g_104,&g_104};
        uint64_t *l_338[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint64_t **l_337 = &l_338[3];
        int16_t *l_343 = &g_267;
        uint32_t l_353[10] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
        uint16_t l_414 = 0x9103L;
        struct S0 *l_449 = &g_352;
        int i;
        for (g_131 = 0; (g_131 > 8); g_131 = safe_add_func_int32_t_s_s(g_131, 7))
        { /* block id: 106 */
            int16_t l_283 = 0x16A1L;
            uint16_t **l_297 = &g_157;
            int8_t *l_309 = &g_134[2];
            int8_t *l_310[9][10] = {{&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,(void*)0,&g_174.f2,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,(void*)0,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,(void*)0,(void*)0,&g_174.f2},{&g_174.f2,(void*)0,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,(void*)0,&g_174.f2,(void*)0,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2},{&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2}};
            uint32_t *l_313 = (void*)0;
            uint32_t *l_314 = &l_299;
            int i, j;
            for (g_105 = 9; (g_105 < 1); g_105 = safe_sub_func_uint16_t_u_u(g_105, 7))
            { /* block id: 109 */
                uint32_t *l_266 = (void*)0;
                int8_t *l_268 = &g_134[2];
                uint32_t *l_285 = &l_282;
                const uint32_t l_286 = 0xB24F8A20L;
                int32_t *****l_287 = (void*)0;
                uint64_t *l_291[3][5] = {{&l_2[6],&l_2[6],&g_102,(void*)0,&g_102},{&l_2[6],&l_2[6],&g_102,(void*)0,&g_102},{&l_2[6],&l_2[6],&g_102,(void*)0,&g_102}};
                int i, j;
                if (l_257)
                    break;
                if (l_257)
                    continue;
                l_3 = func_22(((*l_3) = (-1L)), (g_53 , ((safe_mul_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s((safe_sub_func_int64_t_s_s(((((((*l_268) &= (safe_sub_func_uint32_t_u_u(l_257, (g_267 = 0x21AC2331L)))) == 0x82L) & g_54) , (((*l_285) = (((safe_rshift_func_uint16_t_u_s(((l_284[8] = ((safe_sub_func_uint16_t_u_u(((safe_add_func_int32_t_s_s((safe_mod_func_uint32_t_u_u((safe_div_func_uint32_t_u_u(4294967295UL, (safe_rshift_func_int16_t_s_u((!l_257), 14)))), l_282)), 0x44DE8C69L)) >= 0x0AE36DBBL), l_250[5])) != l_283)) ^ g_105), g_105)) && g_134[2]) > l_282)) & 0xC99C1923L)) >= g_94), 0L)), g_105)) && l_283) <= g_28[9]), 0xC7L)) || l_286)), l_286, l_3);
                l_284[8] = (((((g_288 = l_287) != ((safe_unary_minus_func_int16_t_s((l_291[1][3] != l_291[0][1]))) , (void*)0)) ^ ((safe_rshift_func_int8_t_s_u((((safe_lshift_func_uint16_t_u_s((0x31FD8CBC5EB3F9A5LL || ((((-1L) | (g_131 & ((g_296[0] , l_297) == l_298))) | (*l_3)) || 0L)), g_90)) && 18446744073709551611UL) < l_284[7]), 1)) != 65535UL)) ^ l_282) < l_299);
            }
            for (g_105 = 0; (g_105 == 4); ++g_105)
            { /* block id: 123 */
                int32_t *l_302[4][5] = {{&g_45,&g_45,(void*)0,&g_100,(void*)0},{&g_45,&g_45,(void*)0,&g_100,(void*)0},{&g_45,&g_45,(void*)0,&g_100,(void*)0},{&g_45,&g_45,(void*)0,&g_100,(void*)0}};
                int i, j;
                (***g_232) = l_302[3][4];
                (***g_232) = &l_284[8];
            }
            if (l_257)
                break;
            (*g_315) = func_22(l_284[8], l_282, ((l_257 & g_45) < (0xE9C32DDDL | (((l_284[8] > ((g_134[2] , ((*l_314) &= (safe_add_func_int64_t_s_s((safe_mul_func_int8_t_s_s((((((((l_311 |= ((*l_309) ^= ((safe_rshift_func_uint8_t_u_u(((g_296[0].f1 , &g_165) == &l_297), g_45)) || g_296[0].f1))) == g_90) || 0L) & (-1L)) | 1UL) , &l_298) != g_312), g_32)), 0x1ACB9F7C61B3FF6DLL)))) != g_94)) | 0xE991L) != (*l_3)))), l_3);
        }
        if (((g_104 = l_284[7]) || 8L))
        { /* block id: 134 */
            uint64_t l_322 = 18446744073709551615UL;
            uint16_t *l_323 = &g_54;
            int8_t *l_325 = (void*)0;
            int8_t *l_326[1][7] = {{&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2,&g_174.f2}};
            int16_t *l_331 = &g_109;
            uint32_t l_332 = 0xDEE3D4D1L;
            int8_t l_363 = (-1L);
            int16_t l_382[2][10][7] = {{{0L,(-1L),(-1L),0L,(-1L),(-1L),0L},{5L,0x2ED0L,5L,0x992FL,6L,0x992FL,5L},{0L,0L,1L,0L,0L,1L,0L},{6L,0x992FL,5L,0x2ED0L,5L,0x992FL,6L},{(-1L),0L,(-1L),(-1L),0L,(-1L),(-1L)},{6L,0x2ED0L,0x296EL,0x2ED0L,6L,0x3E84L,6L},{0L,(-1L),(-1L),0L,(-1L),(-1L),0L},{5L,0x2ED0L,5L,0x3E84L,5L,0x3E84L,0x296EL},{(-1L),(-1L),0L,(-1L),(-1L),0L,(-1L)},{5L,0x3E84L,0x296EL,0x992FL,0x296EL,0x3E84L,5L}},{{1L,(-1L),1L,1L,(-1L),1L,1L},{5L,0x992FL,6L,0x992FL,5L,0x2ED0L,5L},{(-1L),1L,1L,(-1L),1L,1L,(-1L)},{0x296EL,0x992FL,0x296EL,0x3E84L,5L,0x3E84L,0x296EL},{(-1L),(-1L),0L,(-1L),(-1L),0L,(-1L)},{5L,0x3E84L,0x296EL,0x992FL,0x296EL,0x3E84L,5L},{1L,(-1L),1L,1L,(-1L),1L,1L},{5L,0x992FL,6L,0x992FL,5L,0x2ED0L,5L},{(-1L),1L,1L,(-1L),1L,1L,(-1L)},{0x296EL,0x992FL,0x296EL,0x3E84L,5L,0x3E84L,0x296EL}}};
            int32_t l_448 = 0xB1A44783L;
            int i, j, k;
            l_332 |= (safe_div_func_int64_t_s_s((safe_mod_func_uint64_t_u_u(l_257, ((((*l_323) = l_322) ^ (*l_3)) , (+(g_134[2] |= l_322))))), ((safe_mod_func_uint16_t_u_u(l_322, (((0x79L || (*l_3)) , ((safe_div_func_uint32_t_u_u((0UL && (((*l_331) = ((void*)0 == &g_53)) && (*l_3))), l_322)) != 3UL)) && 1L))) , g_174.f0)));
            (*g_50) = ((safe_rshift_func_uint8_t_u_s(g_99, 1)) | (l_282 <= (l_337 != ((safe_mod_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(((-4L) < g_105), (l_343 != ((safe_rshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_uint64_t_u(((((safe_rshift_func_int8_t_s_u(g_90, g_351)) <= (g_352 , (*l_3))) , 5L) ^ l_353[2]))), g_28[3])), 6)) , (void*)0)))), l_332)) , (*g_239)))));
            if ((*l_3))
            { /* block id: 140 */
                uint8_t l_362 = 0x80L;
                int32_t *l_385[8] = {&g_386,&g_386,&g_386,&g_386,&g_386,&g_386,&g_386,&g_386};
                uint32_t *l_390 = &l_332;
                uint32_t **l_389 = &l_390;
                uint32_t ***l_388 = &l_389;
                int16_t l_431 = 0L;
                int32_t l_432[2][9][8] = {{{(-1L),(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L)},{(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L),(-1L)},{(-5L),(-5L),0L,(-5L),(-5L),0L,(-5L),(-5L)},{(-1L),(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L)},{(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L),(-1L)},{(-5L),(-5L),0L,(-5L),(-5L),0L,(-5L),(-5L)},{(-1L),(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L)},{(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L),(-1L)},{(-5L),(-5L),0L,(-5L),(-5L),0L,(-5L),(-5L)}},{{(-1L),(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L)},{(-5L),(-1L),(-1L),(-5L),(-1L),(-1L),(-5L),(-1L)},{(-5L),(-5L),0L,(-5L),(-5L),0L,(-5L),(-1L)},{0L,(-1L),0L,0L,(-1L),0L,0L,(-1L)},{(-1L),0L,0L,(-1L),0L,0L,(-1L),0L},{(-1L),(-1L),(-5L),(-1L),(-1L),(-5L),(-1L),(-1L)},{0L,(-1L),0L,0L,(-1L),0L,0L,(-1L)},{(-1L),0L,0L,(-1L),0L,0L,(-1L),0L},{(-1L),(-1L),(-5L),(-1L),(-1L),(-5L),(-1L),(-1L)}}};
                int i, j, k;
                l_387[0] |= ((((g_134[2] = (((safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s((l_311 = (safe_sub_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_u((l_362 > l_363), (safe_sub_func_uint32_t_u_u(((*l_3) ^ (*l_3)), ((g_366[0][5][1] = ((*l_3) > (g_104 = g_105))) != (~(safe_sub_func_int16_t_s_s(1L, ((safe_mod_func_uint16_t_u_u(((*l_323) = (((((safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint16_t_u_u((safe_sub_func_int64_t_s_s(0xB9BB46EE753C971ALL, ((safe_mod_func_uint8_t_u_u(((((*l_343) &= (safe_sub_func_uint64_t_u_u(18446744073709551607UL, l_382[0][4][2]))) != (*l_3)) | g_100), l_284[5])) > l_362))), (*l_3))) && (*l_3)), 10)) > l_382[0][4][2]) != l_382[0][4][2]) == l_382[0][4][2]) != 0xBC41B950C5E9977FLL)), g_296[0].f0)) < l_332))))))))) , l_284[8]), g_352.f0))), g_102)), g_174.f0)) && (*l_3)) || l_363)) & l_383[6][0]) ^ g_45) , g_384);
                l_383[6][0] &= ((((*l_388) = (void*)0) != g_391) , (safe_div_func_uint64_t_u_u(((l_353[2] || (g_53 = (safe_sub_func_uint16_t_u_u((7UL && ((safe_sub_func_uint16_t_u_u(((g_400 = &g_131) == ((safe_div_func_int32_t_s_s(((((safe_div_func_int16_t_s_s(((0xB6L == (safe_sub_func_uint64_t_u_u((((l_284[6] , (safe_add_func_int64_t_s_s((safe_mul_func_uint16_t_u_u(((safe_sub_func_uint8_t_u_u((g_90 , l_413), 0L)) && l_284[1]), l_382[0][4][2])), g_351))) ^ l_284[8]) , 0xA0E175A34FBB8765LL), (*l_3)))) , l_382[0][4][2]), l_311)) == g_352.f1) > g_45) == g_174.f0), l_414)) , (*g_391))), 65535UL)) ^ (*l_3))), (*l_3))))) , 0xE7E004E41395B518LL), l_363)));
                l_311 &= (safe_sub_func_int32_t_s_s((safe_sub_func_int32_t_s_s((g_352 , ((l_284[8] |= (&g_104 == &g_104)) , (((l_432[0][2][6] = (((l_282 , ((safe_lshift_func_uint8_t_u_s(((((*l_3) != (!(((*l_390) = ((*g_400) = (l_431 |= (safe_rshift_func_uint16_t_u_u((safe_div_func_int64_t_s_s(((g_426 , (safe_mul_func_int16_t_s_s(l_363, (safe_sub_func_int8_t_s_s(0x0BL, l_332))))) , g_134[1]), g_100)), l_363))))) , g_384))) < 2L) , (*l_3)), 7)) == (*l_3))) != (*l_3)) > l_363)) || 0xC05AC7BDA4903D65LL) & 0x46L))), 0xCE68CFEEL)), l_353[2]));
            }
            else
            { /* block id: 158 */
                uint64_t l_444 = 8UL;
                int32_t l_447[3][2] = {{0x38F6F16FL,0x38F6F16FL},{0x38F6F16FL,0x38F6F16FL},{0x38F6F16FL,0x38F6F16FL}};
                int i, j;
                ++l_433;
                l_448 |= ((!((safe_lshift_func_int8_t_s_u(((safe_unary_minus_func_uint16_t_u((safe_sub_func_uint64_t_u_u((((safe_lshift_func_uint16_t_u_u((g_351 >= 0xB76119070582BCD2LL), 3)) > l_444) ^ ((l_447[2][1] = ((*l_3) = (((void*)0 == (*g_232)) , (0xD2FEL >= ((((&l_444 == ((*l_337) = &g_102)) > ((((((((*l_323)++) || l_382[0][4][2]) || 0xC6BA4E8CL) & (*l_3)) == (*g_400)) || 0x79C7857CB03B54FALL) > g_296[0].f1)) | l_311) , g_28[9]))))) < g_99)), g_352.f2)))) <= l_311), g_109)) , g_134[1])) && l_447[1][0]);
                return l_257;
            }
        }
        else
        { /* block id: 167 */
            struct S0 *l_450 = &g_451;
            l_450 = l_449;
        }
    }
    for (g_352.f2 = 0; (g_352.f2 <= 24); g_352.f2 = safe_add_func_uint32_t_u_u(g_352.f2, 1))
    { /* block id: 173 */
        const int32_t l_466 = 0x5C71798CL;
        const uint32_t l_469 = 0x014C9FEDL;
        uint16_t *l_470 = &g_351;
        int16_t *l_471 = (void*)0;
        int16_t *l_472 = &g_109;
        uint64_t l_473 = 0x01FB99274E46A7C7LL;
        uint16_t l_494 = 65535UL;
        int32_t l_495 = (-1L);
        int16_t l_525 = 8L;
        int64_t l_527 = 0x763322F8BA208C58LL;
        const uint16_t *l_536 = &g_54;
        const uint16_t **l_535 = &l_536;
        uint32_t * const *l_538 = &g_400;
        uint32_t * const **l_537 = &l_538;
        int32_t l_567 = (-1L);
        uint64_t *l_574 = &l_2[2];
        const uint32_t ****l_583 = &l_581;
        int32_t ****l_587 = (void*)0;
        int64_t *l_598 = (void*)0;
        int64_t *l_599 = (void*)0;
        int64_t *l_600 = &l_527;
        int32_t l_602 = 0x661B9C6BL;
        int32_t *l_603[10] = {&g_386,&g_45,&g_386,&g_386,&g_45,&g_386,&g_386,&g_45,&g_386,&g_386};
        int8_t l_604 = (-1L);
        int8_t l_608 = (-7L);
        uint32_t l_609 = 0UL;
        int i;
        if (((1UL || (safe_add_func_int32_t_s_s((-3L), ((*l_3) = (((+(6UL | (safe_mod_func_uint16_t_u_u(0x6084L, (g_100 & ((((safe_rshift_func_int16_t_s_u(g_174.f1, 14)) ^ (((*l_472) = ((*g_400) && (((safe_sub_func_uint16_t_u_u(((*l_470) = (+(((safe_lshift_func_int8_t_s_s(((l_466 >= (((safe_lshift_func_uint8_t_u_s(0xBCL, g_102)) >= 8UL) > l_469)) , l_469), 2)) ^ 0x5837L) || (*g_400)))), g_352.f2)) ^ g_45) | l_469))) < g_45)) && g_296[0].f1) == l_469)))))) != (*g_400)) | (*l_3)))))) > 0x3379L))
        { /* block id: 177 */
            uint64_t *l_478 = &l_2[3];
            uint64_t * const *l_477 = &l_478;
            int32_t l_488 = 0L;
            uint64_t l_542 = 0x8B8E693AD60E80A7LL;
            if (l_473)
            { /* block id: 178 */
                uint64_t * const **l_479[1][7][5] = {{{&l_477,&l_477,&l_477,&l_477,&l_477},{&l_477,&l_477,&l_477,&l_477,&l_477},{&l_477,&l_477,&l_477,&l_477,&l_477},{&l_477,&l_477,&l_477,&l_477,&l_477},{&l_477,&l_477,&l_477,&l_477,&l_477},{&l_477,&l_477,&l_477,&l_477,&l_477},{&l_477,&l_477,&l_477,&l_477,&l_477}}};
                int32_t l_481 = 0x5869DE72L;
                int8_t *l_482 = &g_134[1];
                uint32_t **l_486[8][6] = {{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400},{&g_400,&g_400,&g_400,&g_400,&g_400,&g_400}};
                uint32_t ** const *l_485 = &l_486[3][5];
                int64_t *l_487 = &g_104;
                int32_t ***l_491 = &g_49[2];
                uint16_t * volatile * volatile **l_506 = &g_504;
                uint8_t *l_526[8] = {&l_433,&l_433,&l_433,&l_433,&l_433,&l_433,&l_433,&l_433};
                int32_t *l_528 = &g_529;
                int32_t *l_530 = &g_531;
                int i, j, k;
                (*l_3) = ((g_451 , ((~((*l_482) ^= (((safe_lshift_func_uint8_t_u_u(l_469, l_473)) , (g_480 = l_477)) == (l_481 , (*g_239))))) || ((safe_sub_func_int16_t_s_s(((void*)0 == l_485), ((((((*l_487) = (-7L)) || l_488) >= l_488) & l_466) || 4294967295UL))) , 0x6FBDL))) || 0x2155AAE2L);
                (*l_506) = ((safe_mod_func_uint16_t_u_u(((*l_470) = l_488), (18446744073709551609UL ^ (l_491 == (((l_495 = (l_473 > (safe_add_func_int64_t_s_s((l_494 && l_473), l_488)))) & (+(l_466 || (((safe_mod_func_uint32_t_u_u((~(safe_sub_func_int16_t_s_s((*l_3), g_45))), (*g_400))) & g_45) && g_100)))) , (void*)0))))) , &g_165);
                (*g_532) = (!((((*l_530) = ((*l_528) &= (((*g_400) = (((*l_3) = (safe_div_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s((l_466 || ((&g_237 != (void*)0) ^ ((*l_3) == (*l_3)))), ((((safe_mul_func_uint16_t_u_u(((safe_div_func_uint8_t_u_u((safe_div_func_uint64_t_u_u(l_466, (safe_sub_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((g_426.f0 < 65528UL) <= ((safe_lshift_func_uint16_t_u_u((&g_312 != &g_504), l_466)) ^ l_488)), 0x4A68L)), l_481)))), l_466)) , (*l_3)), 0UL)) < g_524[0]) > l_488) <= l_525))), 0x984D524FL))) >= g_99)) ^ l_527))) , 0xDB03L) & l_383[3][0]));
                if (l_525)
                    continue;
            }
            else
            { /* block id: 192 */
                const int32_t l_541[7][10] = {{0xC1C7E0C3L,0x7F2B848CL,0x7F2B848CL,0xC1C7E0C3L,1L,0xDB682529L,0xC669DC92L,0x52A0C308L,0x37E70B85L,0x52A0C308L},{0x7F2B848CL,0x682F7A6DL,0L,0x52A0C308L,0L,0x682F7A6DL,0x7F2B848CL,0xC669DC92L,0x37E70B85L,0xF5720C28L},{0xC669DC92L,0xDB682529L,1L,0xC1C7E0C3L,0x7F2B848CL,0x7F2B848CL,0xC1C7E0C3L,1L,0xDB682529L,0xC669DC92L},{0L,0xDB682529L,0x37E70B85L,(-1L),0x52A0C308L,0x37E70B85L,0xC1C7E0C3L,0x37E70B85L,1L,(-1L)},{(-1L),0L,(-1L),0xF5720C28L,1L,0x7F2B848CL,(-1L),0xC669DC92L,0xC669DC92L,(-1L)},{1L,0xC1C7E0C3L,0x7F2B848CL,0x7F2B848CL,0xC1C7E0C3L,1L,0xDB682529L,0xC669DC92L,0x52A0C308L,0x37E70B85L},{0L,0x37E70B85L,(-1L),0x682F7A6DL,0xC669DC92L,0x682F7A6DL,(-1L),0x37E70B85L,0L,1L}};
                int32_t *l_544 = &l_383[6][0];
                int i, j;
                (*l_544) ^= ((*l_3) = ((((((safe_sub_func_int8_t_s_s((-1L), ((l_488 ^ (((void*)0 != l_535) == (((l_537 != &g_391) > (safe_div_func_uint64_t_u_u(l_541[4][4], l_542))) || (g_451.f2 = (((*l_478) = (g_186 , 0x46107DB0D48962ACLL)) != l_473))))) > 2L))) , 0x8F6F7FDBL) , l_543) & l_495) | g_366[0][5][1]) ^ g_386));
                if (l_525)
                    break;
            }
        }
        else
        { /* block id: 199 */
            int32_t l_547 = 0L;
            uint16_t *l_564 = (void*)0;
            uint16_t *l_565 = &g_54;
            int8_t l_566[4];
            uint64_t *l_568 = &g_366[0][5][1];
            int i;
            for (i = 0; i < 4; i++)
                l_566[i] = 3L;
            l_495 = (safe_mul_func_int16_t_s_s(l_547, (1L >= (l_547 <= (safe_lshift_func_int16_t_s_s((0x713DL <= (safe_mod_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(((*l_3) , (((*l_568) &= ((((safe_add_func_int32_t_s_s((safe_div_func_int64_t_s_s(((l_494 != ((*l_565) = ((safe_mod_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(g_104, (*l_3))), ((g_29 = (((((*l_470) = l_547) && l_547) && 0UL) && l_547)) | 0xA2L))) , 8UL))) & (*l_3)), l_566[3])), l_567)) <= l_466) || (*g_400)) , 0x299EC872CF7CFBFDLL)) != (*l_3))), 2)), (*l_3))) ^ 9UL), g_569[7]))), (*l_3)))))));
            if (l_566[3])
                continue;
        }
        g_586 |= (safe_sub_func_int8_t_s_s(l_469, (((*l_472) = (safe_add_func_uint64_t_u_u(((*l_574) = 7UL), ((((safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u((~6L), (~(((*l_583) = l_581) == &l_582)))), 5UL)) != g_296[0].f2) || g_134[2]) & (safe_div_func_int16_t_s_s(0x4DE8L, (*l_3))))))) == g_174.f0)));
        l_387[5] ^= ((&g_233[0] != l_587) || (l_602 = ((safe_mul_func_int8_t_s_s((((*g_400) |= (safe_mul_func_int16_t_s_s(((&g_53 == (g_531 , &g_109)) || (((*l_3) ^ ((*l_600) |= (safe_rshift_func_uint8_t_u_s(((safe_mod_func_uint16_t_u_u(((*l_470) = 0x9408L), (*l_3))) | 0L), 0)))) >= g_186.f0)), (*l_3)))) ^ (*l_3)), 0UL)) , l_601)));
        l_609++;
    }
    return (*l_3);
}


/* ------------------------------------------ */
/* 
 * reads : g_100 g_28 g_4 g_94 g_124 g_49 g_50 g_32 g_131 g_54 g_134 g_104 g_105 g_90 g_165 g_174 g_157 g_29 g_109 g_186 g_45 g_232 g_237 g_239
 * writes: g_100 g_131 g_134 g_32 g_105 g_50 g_157 g_29 g_45 g_232 g_237
 */
static int8_t  func_13(uint8_t  p_14, int32_t * p_15, int32_t * p_16, int32_t * const  p_17)
{ /* block id: 33 */
    uint8_t l_111 = 248UL;
    int32_t ***l_123 = &g_49[2];
    const int32_t *l_145[9] = {&g_4,&g_100,&g_4,&g_4,&g_100,&g_4,&g_4,&g_100,&g_4};
    int16_t *l_187 = &g_53;
    int32_t l_212[3];
    int8_t l_215 = 0L;
    uint8_t l_217 = 255UL;
    int i;
    for (i = 0; i < 3; i++)
        l_212[i] = 0x1F0BCF23L;
    if (l_111)
    { /* block id: 34 */
        int32_t l_120[1][9] = {{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}};
        int32_t ***l_121 = &g_49[0];
        const int32_t *l_129[1];
        const int32_t **l_128 = &l_129[0];
        const int32_t ***l_127 = &l_128;
        const int32_t ****l_126 = &l_127;
        int32_t l_153 = 0x89E8BE2EL;
        int i, j;
        for (i = 0; i < 1; i++)
            l_129[i] = &g_32;
        for (l_111 = 2; (l_111 <= 9); l_111 += 1)
        { /* block id: 37 */
            for (g_100 = 0; (g_100 <= 9); g_100 += 1)
            { /* block id: 40 */
                int32_t ****l_122 = &l_121;
                uint32_t *l_130 = &g_131;
                int8_t *l_132 = (void*)0;
                int8_t *l_133[10] = {&g_134[0],&g_134[1],&g_134[0],(void*)0,(void*)0,&g_134[0],&g_134[1],&g_134[0],(void*)0,(void*)0};
                int i;
                (*p_15) ^= (((g_28[g_100] | (safe_mul_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s((((safe_div_func_int64_t_s_s((g_4 != (safe_div_func_int8_t_s_s((g_134[0] = (l_120[0][7] && ((*l_130) |= ((((*l_122) = l_121) != l_123) > ((((g_94 , g_124) != ((&p_15 != &p_17) , l_126)) ^ 6L) , (***l_123)))))), p_14))), 0xEAABCA9CE858CEDALL)) ^ g_54) < g_28[9]), (***l_123))) == g_28[2]), 1L))) | (*p_17)) >= 0x3D7E29C1L);
                (*p_16) = ((((0x5C805807L > (safe_add_func_int32_t_s_s((safe_sub_func_int8_t_s_s(p_14, ((***l_123) = (p_14 > ((safe_mul_func_uint16_t_u_u((((void*)0 != &g_90) , (safe_div_func_uint64_t_u_u((p_14 , ((safe_add_func_uint8_t_u_u((((void*)0 != &p_16) & g_100), g_32)) || 0x551692F62A813845LL)), 0xF6642889293DA9ABLL))), (***l_123))) && p_14))))), g_134[2]))) , (-6L)) == (-6L)) && (****l_122));
                return g_104;
            }
        }
        (*p_15) &= 0x277DDD3BL;
        l_145[2] = (***l_126);
        for (g_105 = 0; (g_105 != 8); g_105 = safe_add_func_uint16_t_u_u(g_105, 4))
        { /* block id: 54 */
            int32_t *l_152[10] = {&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45};
            int i;
            (*p_15) ^= (safe_lshift_func_uint8_t_u_s(0x7AL, 4));
            l_153 |= ((*p_16) = ((safe_rshift_func_uint16_t_u_u(g_90, 9)) , (l_152[9] != ((**l_123) = l_152[9]))));
        }
    }
    else
    { /* block id: 60 */
        uint32_t l_166 = 0x96908100L;
        int16_t *l_185[2];
        uint16_t *l_203 = &g_54;
        int32_t l_209 = 0xBF06AC36L;
        int32_t l_214[6][6] = {{3L,0x7F72D5D3L,0x7F72D5D3L,3L,0x7F72D5D3L,0x7F72D5D3L},{3L,0x7F72D5D3L,0x7F72D5D3L,3L,0x7F72D5D3L,0x7F72D5D3L},{3L,0x7F72D5D3L,0x7F72D5D3L,3L,0x7F72D5D3L,0x7F72D5D3L},{3L,0x7F72D5D3L,0x7F72D5D3L,3L,0x7F72D5D3L,0x7F72D5D3L},{3L,0x7F72D5D3L,0x7F72D5D3L,3L,0x7F72D5D3L,0x7F72D5D3L},{3L,0x7F72D5D3L,0x7F72D5D3L,3L,0x7F72D5D3L,0x7F72D5D3L}};
        int32_t *** const *l_236 = &l_123;
        int32_t *** const **l_235 = &l_236;
        uint64_t * volatile **l_238 = (void*)0;
        int i, j;
        for (i = 0; i < 2; i++)
            l_185[i] = (void*)0;
        for (l_111 = 0; (l_111 > 58); ++l_111)
        { /* block id: 63 */
            uint16_t **l_156[1][1];
            int32_t l_160 = 0x432E68C3L;
            int32_t * const **l_172 = (void*)0;
            int32_t * const ***l_171 = &l_172;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_156[i][j] = (void*)0;
            }
            (***l_123) = ((g_157 = &g_54) != (void*)0);
            if (((*p_16) |= ((safe_rshift_func_int16_t_s_u(0x1C3DL, l_160)) == (safe_mul_func_uint8_t_u_u(p_14, (l_160 ^ l_160))))))
            { /* block id: 67 */
                int16_t l_163 = 2L;
                uint16_t ***l_164 = &l_156[0][0];
                l_166 = (l_163 , (((*l_164) = (void*)0) != g_165));
            }
            else
            { /* block id: 70 */
                int32_t **l_173 = &g_50;
                uint32_t *l_176 = &l_166;
                uint32_t ** const l_175 = &l_176;
                uint32_t **l_178 = &l_176;
                uint32_t ***l_177 = &l_178;
                (*p_15) = ((((safe_sub_func_int16_t_s_s(l_160, g_32)) < ((void*)0 != l_171)) != (((((void*)0 != l_173) , g_174) , 0UL) | ((*g_50) < p_14))) == (*g_157));
                (*g_50) &= 0L;
                if ((*p_16))
                    break;
                (*l_177) = l_175;
            }
        }
        for (g_29 = 27; (g_29 != 21); g_29--)
        { /* block id: 79 */
            int8_t l_191 = 0xCDL;
            uint16_t **l_201 = (void*)0;
            uint16_t **l_202[3];
            int32_t l_213 = 4L;
            int32_t l_216[9] = {2L,0xC8D71842L,0xC8D71842L,2L,0xC8D71842L,0xC8D71842L,2L,0xC8D71842L,0xC8D71842L};
            uint64_t *l_226 = &g_90;
            int i;
            for (i = 0; i < 3; i++)
                l_202[i] = &g_157;
            if (((***l_123) = (((g_109 ^ (safe_mul_func_int8_t_s_s((safe_sub_func_int8_t_s_s(((l_185[1] != (g_186 , l_187)) , ((safe_mod_func_uint16_t_u_u((((!((*l_123) == (void*)0)) ^ p_14) >= (l_191 >= (((l_203 = ((((safe_lshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((+(safe_sub_func_int16_t_s_s(0xEA53L, (-9L)))) < 0xB3L), 4)), 0xAFE7L)), g_45)) >= 65534UL) , 8L) , l_187)) != l_187) || (*p_15)))), 65534UL)) || l_191)), g_134[2])), 0UL))) > 5L) , (*p_15))))
            { /* block id: 82 */
                int8_t l_204 = 0x3CL;
                int32_t **l_205 = (void*)0;
                int32_t **l_206[6] = {(void*)0,&g_50,&g_50,(void*)0,&g_50,&g_50};
                int32_t **l_207 = (void*)0;
                int i;
                (**l_123) = (void*)0;
                p_15 = func_22(l_204, p_14, l_191, p_15);
                return g_29;
            }
            else
            { /* block id: 86 */
                int32_t *l_208 = (void*)0;
                int32_t *l_210 = &g_45;
                int32_t *l_211[3];
                uint8_t *l_227 = &l_111;
                int32_t ** const ***l_234 = &g_232;
                int i;
                for (i = 0; i < 3; i++)
                    l_211[i] = &g_32;
                l_217++;
                (***l_123) = (safe_sub_func_int64_t_s_s((+(safe_mul_func_int16_t_s_s((g_186.f2 == (l_202[1] == (void*)0)), (((!(&g_99 != l_226)) , ((*l_227) |= p_14)) > (safe_mod_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(((&g_125 == ((*l_234) = g_232)) > 0xA8915DD1E5A38FE6LL), 7)), (-6L))))))), (*l_210)));
                return g_134[0];
            }
        }
        l_235 = l_235;
        (*g_239) = g_237;
    }
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_29 g_4 g_32 g_28 g_45 g_49 g_50 g_90 g_94 g_53 g_99 g_104 g_109
 * writes: g_28 g_29 g_32 g_45 g_49 g_53 g_54 g_90 g_94 g_99 g_100 g_102 g_104 g_105 g_109
 */
static uint8_t  func_18(uint32_t  p_19, int8_t  p_20)
{ /* block id: 7 */
    int32_t *l_27[5][3] = {{(void*)0,&g_4,&g_4},{&g_4,&g_4,&g_4},{(void*)0,&g_4,&g_4},{&g_4,&g_4,&g_4},{(void*)0,&g_4,&g_4}};
    int32_t **l_47 = &l_27[2][2];
    uint32_t l_48 = 0x88B1495DL;
    int32_t ***l_51[1][7];
    int16_t *l_52 = &g_53;
    int16_t l_59 = 0L;
    int32_t l_60 = 0xE5709715L;
    int8_t l_61[10] = {0xE3L,0x17L,0x17L,0xE3L,0x17L,0x17L,0xE3L,0x17L,0x17L,0xE3L};
    uint32_t l_62 = 9UL;
    uint16_t *l_84 = &g_54;
    uint64_t *l_89 = &g_90;
    uint64_t *l_93 = &g_94;
    uint64_t *l_97 = (void*)0;
    uint64_t *l_98 = &g_99;
    uint64_t *l_101 = &g_102;
    int64_t *l_103[3];
    uint8_t l_108 = 0x9BL;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 7; j++)
            l_51[i][j] = &g_49[0];
    }
    for (i = 0; i < 3; i++)
        l_103[i] = &g_104;
    (*l_47) = func_22((g_29 ^= (g_28[9] = p_20)), g_4, g_4, (p_20 , l_27[3][0]));
    (*g_50) = (((p_20 , ((l_48 >= ((((p_20 ^ (((&l_27[2][1] != (g_49[1] = g_49[2])) > g_4) , 1L)) <= (g_54 = ((*l_52) = g_4))) , (safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((g_29 > g_28[9]), p_19)), 2L))) , g_32)) , &g_50)) == &g_50) < g_28[1]);
    --l_62;
    g_109 = (safe_mul_func_uint8_t_u_u((safe_unary_minus_func_uint32_t_u((safe_mod_func_int8_t_s_s((65535UL && ((((*g_50) = (-8L)) , (safe_sub_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u((safe_div_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((((safe_add_func_int16_t_s_s((3L <= ((g_104 &= (safe_lshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(((*l_84) = 0x10FEL), (p_19 < ((*l_101) = (g_100 = ((*l_98) &= (safe_sub_func_int32_t_s_s((safe_mod_func_uint64_t_u_u(((*l_89)--), (--(*l_93)))), g_53)))))))), 3))) >= (g_105 = g_28[9]))), (((safe_mod_func_uint64_t_u_u(p_20, g_53)) , 18446744073709551609UL) >= p_20))) , 0x794F9328L) , 0xDDD9L) > g_29), g_45)), 0x33L)), g_28[9])) , g_28[2]), 0x8BA3L))) > 0x63EEA7E5B6355D27LL)), l_108)))), p_20));
    return g_109;
}


/* ------------------------------------------ */
/* 
 * reads : g_32 g_28 g_4 g_29 g_45
 * writes: g_32 g_45
 */
static int32_t * const  func_22(int32_t  p_23, int16_t  p_24, const int32_t  p_25, int32_t * p_26)
{ /* block id: 10 */
    uint64_t l_30 = 18446744073709551615UL;
    int32_t *l_31 = &g_32;
    int32_t * const l_37 = &g_4;
    int32_t *l_44 = &g_45;
    int32_t *l_46 = &g_45;
    (*l_31) ^= l_30;
    (*l_46) |= ((((*l_31) && (safe_sub_func_int16_t_s_s(((0x7201L | p_23) == (safe_add_func_uint64_t_u_u(((void*)0 != l_37), (5UL == ((safe_add_func_uint8_t_u_u(((*l_31) = 0x1EL), ((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u((&p_25 != (l_44 = l_31)), g_28[4])), p_24)) >= g_4))) && g_28[7]))))), p_25))) & p_25) < g_29);
    return &g_32;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_134[i], "g_134[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_174.f0, "g_174.f0", print_hash_value);
    transparent_crc(g_174.f1, "g_174.f1", print_hash_value);
    transparent_crc(g_174.f2, "g_174.f2", print_hash_value);
    transparent_crc(g_186.f0, "g_186.f0", print_hash_value);
    transparent_crc(g_186.f1, "g_186.f1", print_hash_value);
    transparent_crc(g_186.f2, "g_186.f2", print_hash_value);
    transparent_crc(g_267, "g_267", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_296[i].f0, "g_296[i].f0", print_hash_value);
        transparent_crc(g_296[i].f1, "g_296[i].f1", print_hash_value);
        transparent_crc(g_296[i].f2, "g_296[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_351, "g_351", print_hash_value);
    transparent_crc(g_352.f0, "g_352.f0", print_hash_value);
    transparent_crc(g_352.f1, "g_352.f1", print_hash_value);
    transparent_crc(g_352.f2, "g_352.f2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_366[i][j][k], "g_366[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_384, "g_384", print_hash_value);
    transparent_crc(g_386, "g_386", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_393[i], "g_393[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_426.f0, "g_426.f0", print_hash_value);
    transparent_crc(g_426.f1, "g_426.f1", print_hash_value);
    transparent_crc(g_426.f2, "g_426.f2", print_hash_value);
    transparent_crc(g_451.f0, "g_451.f0", print_hash_value);
    transparent_crc(g_451.f1, "g_451.f1", print_hash_value);
    transparent_crc(g_451.f2, "g_451.f2", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_524[i], "g_524[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_529, "g_529", print_hash_value);
    transparent_crc(g_531, "g_531", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_569[i], "g_569[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_586, "g_586", print_hash_value);
    transparent_crc(g_605, "g_605", print_hash_value);
    transparent_crc(g_607, "g_607", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 129
   depth: 1, occurrence: 5
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 1
XXX structs with bitfields in the program: 7
breakdown:
   indirect level: 0, occurrence: 5
   indirect level: 1, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 2
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 8
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 6

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 79
   depth: 2, occurrence: 11
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 8, occurrence: 1
   depth: 11, occurrence: 1
   depth: 14, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 4
   depth: 19, occurrence: 3
   depth: 20, occurrence: 2
   depth: 24, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 3
   depth: 29, occurrence: 2
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 34, occurrence: 2
   depth: 38, occurrence: 1

XXX total number of pointers: 151

XXX times a variable address is taken: 260
XXX times a pointer is dereferenced on RHS: 64
breakdown:
   depth: 1, occurrence: 59
   depth: 2, occurrence: 0
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 81
breakdown:
   depth: 1, occurrence: 73
   depth: 2, occurrence: 2
   depth: 3, occurrence: 6
XXX times a pointer is compared with null: 13
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 1562

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 284
   level: 2, occurrence: 31
   level: 3, occurrence: 33
   level: 4, occurrence: 29
XXX number of pointers point to pointers: 62
XXX number of pointers point to scalars: 87
XXX number of pointers point to structs: 2
XXX percent of pointers has null in alias set: 29.1
XXX average alias set size: 1.28

XXX times a non-volatile is read: 459
XXX times a non-volatile is write: 238
XXX times a volatile is read: 23
XXX    times read thru a pointer: 0
XXX times a volatile is write: 3
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 880
XXX percentage of non-volatile access: 96.4

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 78
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 16
   depth: 2, occurrence: 17
   depth: 3, occurrence: 32

XXX percentage a fresh-made variable is used: 15.9
XXX percentage an existing variable is used: 84.1
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

