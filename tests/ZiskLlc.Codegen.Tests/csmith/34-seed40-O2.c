/* Csmith 2.3.0 --seed 40 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 919A8F8F */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 40 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      40
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   volatile int8_t * const  f0;
   const signed f1 : 16;
   int32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static uint64_t g_11 = 0x21F1EB32A831D26ELL;
static int32_t g_18[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static int8_t g_20 = 0xA5L;
static volatile union U0 g_64 = {0};/* VOLATILE GLOBAL g_64 */
static int8_t g_67[8][5] = {{0x83L,(-1L),0x83L,(-1L),0x83L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{0x83L,(-1L),0x83L,(-1L),0x83L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{0x83L,(-1L),0x83L,(-1L),0x83L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{0x83L,(-1L),0x83L,(-1L),0x83L},{(-1L),(-1L),(-1L),(-1L),(-1L)}};
static int32_t g_68[2] = {0xB775008DL,0xB775008DL};
static int8_t g_145 = 0xDAL;
static int32_t g_146 = 3L;
static uint32_t g_148[4][5] = {{0x1F1B08C5L,1UL,0x1F1B08C5L,0x1F1B08C5L,1UL},{18446744073709551615UL,0x307FDC04L,0x307FDC04L,18446744073709551615UL,0x307FDC04L},{1UL,1UL,0x54678E96L,1UL,1UL},{0x307FDC04L,18446744073709551615UL,0x307FDC04L,0x307FDC04L,18446744073709551615UL}};
static uint32_t g_166 = 1UL;
static int32_t g_167 = 0x13BD95B1L;
static uint32_t * volatile * volatile g_229 = (void*)0;/* VOLATILE GLOBAL g_229 */
static uint32_t g_230 = 0x268C0C08L;
static int64_t g_249 = 0x8C494CCD08A48461LL;
static int64_t *g_258 = &g_249;
static uint16_t g_265 = 0x0D75L;
static int16_t g_271[7] = {0xAE67L,0x26EBL,0x26EBL,0xAE67L,0x26EBL,0x26EBL,0xAE67L};
static int8_t g_292[9] = {0x44L,0x44L,0x44L,0x44L,0x44L,0x44L,0x44L,0x44L,0x44L};
static uint8_t g_294 = 0x95L;
static uint16_t g_346 = 65535UL;
static const int32_t *g_356 = &g_18[1];
static const int32_t ** volatile g_355[10][10] = {{&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,(void*)0},{&g_356,&g_356,&g_356,&g_356,(void*)0,&g_356,&g_356,&g_356,&g_356,&g_356},{&g_356,&g_356,&g_356,(void*)0,&g_356,&g_356,(void*)0,&g_356,&g_356,&g_356},{&g_356,&g_356,&g_356,(void*)0,&g_356,&g_356,&g_356,(void*)0,&g_356,&g_356},{&g_356,&g_356,&g_356,&g_356,&g_356,(void*)0,(void*)0,&g_356,&g_356,&g_356},{&g_356,&g_356,&g_356,&g_356,&g_356,(void*)0,&g_356,(void*)0,&g_356,&g_356},{&g_356,&g_356,&g_356,(void*)0,(void*)0,&g_356,&g_356,&g_356,&g_356,(void*)0},{&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,(void*)0,&g_356,(void*)0,&g_356},{&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,(void*)0,(void*)0,&g_356},{&g_356,&g_356,&g_356,&g_356,&g_356,&g_356,(void*)0,&g_356,&g_356,&g_356}};
static int32_t * volatile g_365[4][9] = {{&g_68[1],&g_68[0],(void*)0,(void*)0,&g_68[0],&g_68[1],&g_68[1],&g_68[1],&g_68[0]},{(void*)0,(void*)0,(void*)0,(void*)0,&g_68[0],(void*)0,&g_68[0],(void*)0,(void*)0},{&g_68[0],&g_68[0],&g_68[1],&g_68[0],&g_68[0],&g_68[0],&g_68[1],&g_68[0],&g_68[0]},{(void*)0,(void*)0,&g_68[0],(void*)0,&g_68[0],(void*)0,(void*)0,(void*)0,(void*)0}};
static volatile uint32_t g_384 = 5UL;/* VOLATILE GLOBAL g_384 */
static int32_t g_419 = (-1L);
static int32_t * volatile g_418 = &g_419;/* VOLATILE GLOBAL g_418 */
static volatile int16_t **g_458 = (void*)0;
static union U0 g_460 = {0};
static union U0 * const g_459[7][1][2] = {{{(void*)0,&g_460}},{{&g_460,&g_460}},{{&g_460,&g_460}},{{&g_460,(void*)0}},{{&g_460,&g_460}},{{&g_460,&g_460}},{{&g_460,&g_460}}};
static uint8_t g_499 = 0x12L;
static int32_t *g_563 = &g_68[0];
static int32_t ** volatile g_562 = &g_563;/* VOLATILE GLOBAL g_562 */
static uint32_t * volatile * volatile * volatile g_575 = (void*)0;/* VOLATILE GLOBAL g_575 */
static uint32_t * volatile * volatile * volatile g_576 = &g_229;/* VOLATILE GLOBAL g_576 */
static int32_t g_587 = 6L;
static const uint64_t * volatile g_602 = &g_11;/* VOLATILE GLOBAL g_602 */
static const uint64_t * volatile *g_601[1] = {&g_602};
static int16_t g_660 = (-5L);
static int64_t *g_696[10] = {&g_249,&g_249,&g_249,&g_249,&g_249,&g_249,&g_249,&g_249,&g_249,&g_249};
static uint64_t g_706 = 0x0A6FA0A3E05B804DLL;
static uint64_t *g_738 = &g_706;
static const int32_t g_741 = (-6L);
static int32_t ** volatile g_743 = &g_563;/* VOLATILE GLOBAL g_743 */


/* --- FORWARD DECLARATIONS --- */
static const int16_t  func_1(void);
static union U0 * const  func_2(int8_t * p_3, int16_t  p_4);
static int8_t * func_5(uint32_t  p_6, uint32_t  p_7);
static int32_t * const  func_12(int32_t * const  p_13, int8_t * p_14, const int32_t * p_15, int8_t * p_16);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_11 g_20 g_18 g_64 g_68 g_67 g_148 g_145 g_167 g_229 g_230 g_166 g_258 g_249 g_292 g_294 g_265 g_346 g_271 g_384 g_418 g_419 g_458 g_459 g_499 g_562 g_576 g_563 g_146 g_660 g_602 g_706 g_587 g_743
 * writes: g_20 g_18 g_11 g_67 g_68 g_148 g_167 g_230 g_249 g_258 g_265 g_271 g_166 g_292 g_294 g_346 g_356 g_384 g_419 g_499 g_563 g_229 g_587 g_660 g_696 g_706 g_738
 */
static const int16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_8 = (-9L);
    union U0 *l_664 = (void*)0;
    uint16_t l_685 = 0x08EDL;
    uint32_t l_694 = 1UL;
    uint64_t **l_716 = (void*)0;
    int8_t *l_742 = &g_145;
    l_664 = func_2(func_5(l_8, l_8), g_145);
    for (g_419 = 0; (g_419 >= 14); ++g_419)
    { /* block id: 229 */
        int64_t l_670 = 0L;
        union U0 **l_672 = &l_664;
        int64_t *l_697 = &l_670;
        uint64_t *l_719 = &g_11;
        uint64_t **l_718 = &l_719;
        int32_t l_727 = 0x0AB25BBFL;
        const int32_t *l_740 = &g_741;
        if (l_8)
        { /* block id: 230 */
            const int64_t l_667 = 0x169D606F06EE0876LL;
            return l_667;
        }
        else
        { /* block id: 232 */
            int32_t *l_673 = &g_68[1];
            uint8_t *l_680 = &g_294;
            union U0 l_688 = {0};
            int64_t *l_695 = (void*)0;
            int32_t l_726 = 1L;
            const int32_t **l_739[10][6][1] = {{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}},{{&g_356},{&g_356},{&g_356},{&g_356},{&g_356},{&g_356}}};
            int i, j, k;
            if (((safe_sub_func_int64_t_s_s(l_670, (0x688367F2L & (g_18[6] != ((((!(((*l_673) &= ((void*)0 != l_672)) & (safe_mul_func_int16_t_s_s(l_8, (safe_add_func_uint8_t_u_u(((0x146E4648L < ((safe_lshift_func_uint8_t_u_u(((((((((*l_680) ^= 0x56L) & (safe_mod_func_int8_t_s_s((safe_add_func_int8_t_s_s((65526UL > g_148[3][4]), g_292[7])), g_230))) == 0x3E16C421L) & (*g_602)) > g_271[4]) | 0x98882BC8L) < l_8), 0)) && g_67[2][1])) < 0x9AD7L), g_148[3][2])))))) || l_670) || l_670) != l_685))))) ^ l_8))
            { /* block id: 235 */
                int64_t **l_689 = (void*)0;
                int64_t **l_690 = &g_258;
                int64_t **l_691 = (void*)0;
                int64_t *l_693 = &g_249;
                int64_t **l_692 = &l_693;
                int32_t l_698 = 0x0522B037L;
                uint64_t *l_705[6][10][4] = {{{&g_706,&g_706,(void*)0,&g_706},{&g_706,&g_706,(void*)0,(void*)0},{&g_706,(void*)0,&g_706,(void*)0},{&g_706,(void*)0,&g_706,(void*)0},{&g_706,&g_706,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,(void*)0,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706}},{{(void*)0,&g_706,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_706},{&g_706,&g_706,&g_706,(void*)0},{&g_706,&g_706,(void*)0,&g_706},{&g_706,&g_706,(void*)0,&g_706},{&g_706,&g_706,&g_706,(void*)0},{&g_706,&g_706,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_706},{(void*)0,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706}},{{&g_706,(void*)0,&g_706,&g_706},{&g_706,&g_706,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,(void*)0,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,(void*)0,&g_706},{&g_706,&g_706,(void*)0,&g_706},{&g_706,&g_706,(void*)0,&g_706},{(void*)0,(void*)0,(void*)0,&g_706}},{{&g_706,&g_706,(void*)0,&g_706},{&g_706,&g_706,(void*)0,&g_706},{&g_706,(void*)0,&g_706,&g_706},{(void*)0,&g_706,(void*)0,&g_706},{&g_706,&g_706,(void*)0,&g_706},{&g_706,(void*)0,&g_706,&g_706},{&g_706,&g_706,&g_706,(void*)0},{(void*)0,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{(void*)0,&g_706,(void*)0,(void*)0}},{{&g_706,&g_706,&g_706,(void*)0},{(void*)0,(void*)0,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{(void*)0,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706}},{{(void*)0,&g_706,&g_706,&g_706},{(void*)0,(void*)0,&g_706,(void*)0},{&g_706,&g_706,&g_706,(void*)0},{&g_706,(void*)0,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,(void*)0},{&g_706,&g_706,&g_706,&g_706},{(void*)0,(void*)0,&g_706,&g_706},{&g_706,&g_706,&g_706,&g_706},{&g_706,&g_706,&g_706,(void*)0}}};
                int32_t l_707[2][5][10] = {{{0x43191461L,0x54284AC8L,0L,1L,(-1L),0x222E24D2L,0xD8FC7366L,0x222E24D2L,(-1L),1L},{0x222E24D2L,0xD8FC7366L,0x222E24D2L,(-1L),1L,0L,0x54284AC8L,0x43191461L,(-1L),0x2FB8A64EL},{1L,2L,0x528CBFB1L,1L,0x94096D98L,0x528CBFB1L,(-1L),0x43191461L,1L,(-10L)},{0x1B9E39FFL,0x54284AC8L,0x222E24D2L,0x94096D98L,(-1L),0x070E1B18L,(-1L),0x222E24D2L,1L,0x94096D98L},{0x222E24D2L,2L,0L,(-1L),(-10L),0x070E1B18L,0x54284AC8L,1L,0x2FB8A64EL,0x2FB8A64EL}},{{0x1B9E39FFL,0xD8FC7366L,0x528CBFB1L,(-10L),(-10L),0x528CBFB1L,0xD8FC7366L,0x1B9E39FFL,1L,0x94096D98L},{1L,0x54284AC8L,0x070E1B18L,(-10L),(-1L),0L,2L,0x222E24D2L,0x2FB8A64EL,(-10L)},{5L,0x485C629BL,1L,0L,0x070E1B18L,5L,0xD00C9A97L,0xBC158CDDL,0x528CBFB1L,0x700048B0L},{0xCB8F467FL,0x485C629BL,0x17D52F04L,0x070E1B18L,0L,0x17D52F04L,0L,0x3B3C111AL,1L,0L},{0xCB8F467FL,0xD00C9A97L,0xE3D4C480L,0L,0L,5L,0xED6AE502L,5L,0L,0L}}};
                uint16_t *l_712[7] = {&g_265,&g_265,&g_265,&g_265,&g_265,&g_265,&g_265};
                union U0 l_713 = {0};
                uint64_t ***l_717 = &l_716;
                int32_t **l_729 = &l_673;
                int32_t ***l_728 = &l_729;
                int i, j, k;
                l_707[0][1][6] &= ((safe_mod_func_int64_t_s_s(((l_688 , (((*l_692) = ((*l_690) = &l_670)) == (l_697 = (l_694 , (g_696[9] = (l_695 = &g_249)))))) < ((((l_698 >= (safe_add_func_int64_t_s_s((0x081DL != 0xB995L), (g_706 |= ((g_11 = ((((safe_mul_func_int8_t_s_s(((((safe_mod_func_int32_t_s_s(((0x4DB78721F9AC020ELL & (-1L)) | g_292[7]), l_698)) >= 0x7464L) != g_384) || l_698), 0x94L)) ^ 8UL) | 0xCAL) <= (*l_673))) && (*g_602)))))) != l_698) == g_67[4][1]) < 8UL)), g_68[1])) , l_698);
                (*l_673) = (safe_mod_func_int16_t_s_s((l_727 = (((safe_sub_func_uint16_t_u_u(((g_346 = l_670) || (l_713 , (safe_rshift_func_uint8_t_u_s(((l_8 != ((((*l_717) = l_716) != (l_718 = (void*)0)) >= ((*g_258) == (safe_add_func_int64_t_s_s((g_587 >= l_685), (((safe_add_func_int64_t_s_s((((safe_rshift_func_int16_t_s_u((0xA6AC0E37L && l_707[0][1][6]), l_726)) | 252UL) & (*l_673)), l_670)) , (*l_673)) & g_230)))))) & 0xE20566E4BF8322A8LL), 3)))), 9UL)) <= 0x889AE3F9L) > 8UL)), g_167));
                (*l_673) = (((*l_728) = &g_563) != (void*)0);
                (*l_673) &= (safe_mul_func_int8_t_s_s((((--(*l_680)) , (l_670 != (l_727 = (safe_div_func_uint16_t_u_u(g_294, (-10L)))))) | 0xCD0DAB41L), 1UL));
            }
            else
            { /* block id: 254 */
                const int32_t *l_736[2][5][2] = {{{&g_18[8],&g_18[8]},{&g_419,&g_18[8]},{&g_18[8],&g_419},{&g_18[8],&g_18[8]},{&g_419,&g_18[8]}},{{&g_18[8],&g_419},{&g_18[8],&g_18[8]},{&g_419,&g_18[8]},{&g_18[8],&g_419},{&g_18[8],&g_18[8]}}};
                const int32_t **l_737 = &l_736[1][4][0];
                int i, j, k;
                (*l_673) = 0xABDB071BL;
                (*l_737) = l_736[1][4][0];
                (*l_737) = ((l_695 != (g_738 = &g_706)) , (void*)0);
                (*l_673) = 0xCA4C2347L;
            }
            (*g_743) = func_12(&l_727, &g_292[7], (l_740 = &l_727), l_742);
        }
    }
    return l_694;
}


/* ------------------------------------------ */
/* 
 * reads : g_249 g_11 g_294 g_346 g_292 g_271 g_166 g_258 g_458 g_68 g_459 g_148 g_67 g_418 g_499 g_18 g_265 g_384 g_419 g_167 g_229 g_230 g_562 g_576 g_563 g_146 g_660
 * writes: g_249 g_67 g_166 g_68 g_11 g_265 g_419 g_499 g_346 g_271 g_563 g_229 g_587 g_258 g_294 g_660
 */
static union U0 * const  func_2(int8_t * p_3, int16_t  p_4)
{ /* block id: 134 */
    uint32_t l_435 = 18446744073709551610UL;
    int32_t l_447 = 0x8971AE0BL;
    int32_t l_451[2][5][7] = {{{0xC4E3D850L,6L,(-1L),6L,0xC4E3D850L,6L,(-1L)},{0x8366D133L,0L,0L,0L,0L,0x8366D133L,0xD5288898L},{7L,0x16D57432L,7L,6L,7L,0x16D57432L,7L},{0x8366D133L,0L,0xD5288898L,0L,0L,0xD5288898L,0L},{0xC4E3D850L,0x16D57432L,(-1L),0x16D57432L,0xC4E3D850L,0x16D57432L,(-1L)}},{{0L,0L,0xD5288898L,0L,0x8366D133L,0x8366D133L,0L},{7L,6L,7L,0x16D57432L,7L,6L,7L},{0L,0L,0L,0L,0x8366D133L,0xD5288898L,0xD5288898L},{0xC4E3D850L,6L,(-1L),6L,0xC4E3D850L,6L,(-1L)},{0x8366D133L,0L,0L,0L,0L,0x8366D133L,0xD5288898L}}};
    int32_t l_452 = 0xB93BDDC1L;
    uint32_t l_489 = 4294967295UL;
    int32_t l_493 = 0xBC4DD5E1L;
    int32_t l_494 = 0xAB1BB961L;
    int32_t l_495 = 0x2284AD1BL;
    int32_t l_496 = 1L;
    int32_t l_497[9] = {0xB077290AL,0x629D7A39L,0xB077290AL,0x629D7A39L,0xB077290AL,0x629D7A39L,0xB077290AL,0x629D7A39L,0xB077290AL};
    union U0 *l_548 = &g_460;
    union U0 **l_547 = &l_548;
    uint32_t * const **l_551 = (void*)0;
    uint32_t * const ***l_550 = &l_551;
    int64_t l_568 = (-4L);
    int8_t *l_597[6];
    uint64_t *l_600[10] = {&g_11,&g_11,&g_11,&g_11,&g_11,&g_11,&g_11,&g_11,&g_11,&g_11};
    uint64_t **l_599[7][2][3] = {{{&l_600[4],&l_600[9],&l_600[9]},{&l_600[9],&l_600[9],&l_600[9]}},{{&l_600[9],&l_600[9],&l_600[9]},{&l_600[9],&l_600[9],(void*)0}},{{&l_600[4],&l_600[9],&l_600[9]},{&l_600[4],&l_600[9],&l_600[9]}},{{&l_600[9],&l_600[9],&l_600[9]},{&l_600[9],&l_600[9],&l_600[9]}},{{&l_600[9],&l_600[9],(void*)0},{&l_600[4],&l_600[9],&l_600[9]}},{{&l_600[4],&l_600[9],&l_600[9]},{&l_600[9],&l_600[9],&l_600[9]}},{{&l_600[9],&l_600[9],&l_600[9]},{&l_600[9],&l_600[9],(void*)0}}};
    int32_t *l_603 = (void*)0;
    const uint64_t l_615 = 0UL;
    union U0 * const l_663 = &g_460;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_597[i] = &g_67[2][1];
    for (g_249 = 11; (g_249 > (-20)); g_249 = safe_sub_func_int64_t_s_s(g_249, 4))
    { /* block id: 137 */
        int16_t l_432 = 0xBC24L;
        uint64_t l_439 = 0xF36FBE982C6C15BFLL;
        uint32_t *l_444 = &g_166;
        uint64_t l_445 = 18446744073709551612UL;
        int16_t *l_457 = (void*)0;
        int16_t **l_456 = &l_457;
        const uint32_t *l_486 = &g_148[0][3];
        const uint32_t **l_485 = &l_486;
        const uint32_t ***l_484 = &l_485;
        int32_t l_492[9] = {0x3E01946FL,0L,0L,0L,0L,0L,0L,0L,0L};
        int8_t l_498 = 0x30L;
        const int64_t *l_559 = &g_249;
        int i;
        if ((safe_sub_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_u((g_11 , (safe_mul_func_int16_t_s_s(0x0D45L, (safe_add_func_int8_t_s_s((safe_div_func_int64_t_s_s((l_432 > ((safe_lshift_func_uint16_t_u_s((g_294 != ((0L < l_435) <= ((*l_444) = (+((*p_3) = ((safe_rshift_func_uint8_t_u_u((l_439 != (p_4 > (safe_div_func_uint32_t_u_u(((safe_mul_func_uint16_t_u_u(65533UL, 0xB401L)) , p_4), p_4)))), 6)) == l_435)))))), 1)) && g_346)), 0xDC4C73AF5BB8A015LL)), g_292[7]))))), 4)) ^ l_432) , g_271[1]), 0x28L)))
        { /* block id: 140 */
            uint64_t l_453 = 0xB1299A8C33A769D4LL;
            if (l_445)
                break;
            for (g_166 = 0; (g_166 <= 3); g_166 += 1)
            { /* block id: 144 */
                int32_t *l_446 = &g_68[1];
                int32_t *l_448 = &g_68[1];
                int32_t *l_449 = &l_447;
                int32_t *l_450[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i, j;
                l_453--;
                (*l_449) = (p_4 < ((((*g_258) , l_456) == g_458) , ((*l_446) ^= p_4)));
            }
            return g_459[0][0][0];
        }
        else
        { /* block id: 150 */
            union U0 l_488 = {0};
            int32_t l_491[5][10][1] = {{{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L},{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L}},{{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L},{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L}},{{6L},{0x5BF55795L},{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L},{0x757CD0F4L},{0x5401A2F0L}},{{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L},{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L}},{{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L},{6L},{0x5BF55795L},{0x757CD0F4L},{0x5401A2F0L},{0x757CD0F4L},{0x5BF55795L}}};
            const uint32_t ***l_504 = &l_485;
            const int32_t l_522 = (-9L);
            int32_t l_523[4];
            int64_t l_570 = 0L;
            int32_t l_571 = 0xB6427ABCL;
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_523[i] = (-1L);
            for (g_11 = 0; (g_11 <= 9); g_11 += 1)
            { /* block id: 153 */
                uint16_t *l_463 = &g_265;
                int32_t l_470 = (-4L);
                uint64_t *l_471 = (void*)0;
                uint64_t *l_472 = &l_439;
                union U0 l_473 = {0};
                const uint32_t ****l_487[4] = {&l_484,&l_484,&l_484,&l_484};
                int32_t *l_490[3][3] = {{&g_18[8],(void*)0,&g_18[8]},{&g_68[0],&g_68[0],&g_68[0]},{&g_18[8],(void*)0,&g_18[8]}};
                uint16_t *l_509 = &g_346;
                int16_t *l_516[9][6][3] = {{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}}};
                int i, j, k;
                l_452 ^= ((*g_418) = (safe_rshift_func_uint16_t_u_u(((*l_463) = ((void*)0 == &g_346)), (safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u(((*l_472) = l_470), (((l_473 , (safe_div_func_int64_t_s_s((safe_sub_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((((p_4 & (safe_add_func_uint8_t_u_u((((((l_484 = l_484) != &g_229) , l_488) , (*g_258)) > l_489), 255UL))) | 0L) && 0x20L) != g_148[1][0]), 0x1BL)), g_292[7])), 5UL))) || 0x5BAFB13A689A74B3LL) >= 3L))), 1UL)), g_67[6][4])))));
                ++g_499;
                l_496 = ((p_4 = ((65535UL || (((safe_rshift_func_int16_t_s_s(p_4, 5)) > (l_504 == &l_485)) >= g_18[1])) >= g_292[7])) >= (g_265 | ((*l_509) &= (safe_lshift_func_int8_t_s_s((*p_3), (safe_rshift_func_uint8_t_u_s((g_384 ^ 7L), 5)))))));
                l_523[3] = ((safe_rshift_func_int8_t_s_s(g_419, 4)) > (safe_lshift_func_uint8_t_u_s(((l_432 , 4294967295UL) || (g_167 < (safe_mul_func_int16_t_s_s((l_491[4][2][0] = (g_229 == (void*)0)), (safe_unary_minus_func_uint8_t_u((((0x33L > (safe_sub_func_uint16_t_u_u(l_451[1][0][4], (((((safe_mul_func_int16_t_s_s(g_294, g_249)) > (*p_3)) && g_230) != 0x421BEB7BL) < 0x6A4DL)))) == g_67[2][1]) , 0x6EL))))))), l_522)));
            }
            if (p_4)
                continue;
            for (l_439 = (-29); (l_439 > 36); ++l_439)
            { /* block id: 169 */
                uint16_t *l_532 = &g_346;
                uint32_t *l_536 = &g_148[3][4];
                uint32_t **l_535 = &l_536;
                uint32_t ***l_534 = &l_535;
                uint32_t ****l_533 = &l_534;
                int32_t l_549[3][9][3] = {{{0x2D0BE024L,8L,(-5L)},{0x8ABF2DE4L,0L,0L},{0L,1L,(-1L)},{4L,(-10L),8L},{0L,4L,0L},{0x8ABF2DE4L,0x9DD3FBA7L,0x4F7103C4L},{0x2D0BE024L,0x6BBA0BE7L,(-1L)},{0x9DD3FBA7L,0x5998CE9EL,1L},{1L,1L,4L}},{{(-1L),(-1L),4L},{0x4F7103C4L,0x04FF51B0L,1L},{3L,(-1L),(-1L)},{0xC942ECF2L,(-1L),0x4F7103C4L},{(-1L),0x5EDB3321L,0L},{0x8FADB31BL,(-1L),8L},{0L,3L,(-1L)},{0x8A83675DL,(-1L),0L},{1L,0x5EDB3321L,(-5L)}},{{0L,(-1L),0x9DD3FBA7L},{0x6BBA0BE7L,(-1L),(-1L)},{8L,0x04FF51B0L,0x8A83675DL},{(-1L),(-1L),0L},{(-1L),1L,0x6BBA0BE7L},{8L,0x5998CE9EL,1L},{0x6BBA0BE7L,0x6BBA0BE7L,0L},{0L,0x9DD3FBA7L,(-1L)},{1L,4L,0x8FADB31BL}}};
                int32_t *l_552 = (void*)0;
                int32_t *l_553 = &l_452;
                int i, j, k;
                (*l_553) = ((0x091A4CB6L || p_4) != (safe_add_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(l_523[3], 12)), (safe_sub_func_uint16_t_u_u(((((*l_532) = 0xA306L) , l_533) == ((safe_sub_func_uint8_t_u_u((((*p_3) = (l_498 >= (l_492[2] == ((safe_div_func_uint8_t_u_u(((((safe_mod_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u(((g_271[3] = 0x6632L) || (l_547 != &g_459[0][0][0])), g_292[7])), 8L)) != p_4) != l_549[1][5][0]) != l_491[1][9][0]), p_4)) == (-6L))))) ^ p_4), l_492[8])) , l_550)), l_497[6])))));
                return &g_460;
            }
            if ((p_4 , ((((((*g_258) , ((safe_mul_func_uint16_t_u_u((4UL ^ ((safe_mul_func_uint16_t_u_u((+g_166), (l_559 == l_559))) >= p_4)), (safe_mul_func_uint8_t_u_u(p_4, ((&p_4 != &g_271[6]) == 0xF0L))))) | 0xB2L)) | (*p_3)) , p_4) & l_452) , 0L)))
            { /* block id: 176 */
                int32_t *l_564 = (void*)0;
                int32_t *l_565 = &l_447;
                int32_t *l_566 = &l_492[6];
                int32_t *l_567[5][6][3] = {{{(void*)0,&l_495,&g_18[8]},{(void*)0,&l_523[0],&l_491[1][0][0]},{&g_68[1],&l_491[1][0][0],&l_497[3]},{&g_68[1],(void*)0,(void*)0},{(void*)0,&l_492[5],&l_452},{(void*)0,&l_523[2],(void*)0}},{{&g_18[8],&l_452,&l_494},{&l_452,&l_452,&g_18[8]},{&l_523[3],&l_452,(void*)0},{&l_494,&l_523[2],&l_495},{&l_495,&l_492[5],&l_523[2]},{&g_18[1],(void*)0,&l_495}},{{&g_68[1],&l_491[1][0][0],&l_495},{&l_523[2],&l_523[0],&l_523[2]},{(void*)0,&l_495,&l_495},{(void*)0,(void*)0,(void*)0},{&g_18[8],&l_494,&g_18[8]},{&l_495,&g_68[1],&l_494}},{{&g_18[8],&l_497[3],(void*)0},{(void*)0,&l_452,&l_452},{(void*)0,&l_494,&l_523[3]},{&l_452,&l_495,&l_452},{&l_495,&l_495,&l_495},{&l_494,&l_494,&g_68[1]}},{{&l_494,&l_494,&l_495},{&g_18[8],&l_452,&l_497[3]},{(void*)0,&l_495,&l_523[2]},{&l_491[1][0][0],&g_18[8],&l_497[3]},{&l_495,&l_452,&l_495},{&l_523[3],(void*)0,&g_68[1]}}};
                int32_t l_569[7] = {0xB2374A32L,0xB2374A32L,0xB2374A32L,0xB2374A32L,0xB2374A32L,0xB2374A32L,0xB2374A32L};
                uint8_t l_572 = 0UL;
                int i, j, k;
                (*g_562) = &l_497[4];
                --l_572;
                if (p_4)
                    break;
                return &g_460;
            }
            else
            { /* block id: 181 */
                uint16_t *l_581 = &g_346;
                uint64_t *l_586[3];
                int16_t * const *l_588 = &l_457;
                int16_t * const **l_589 = &l_588;
                int32_t l_594 = 0xCA900143L;
                int16_t *l_595 = &g_271[4];
                int32_t l_596 = 0L;
                int i;
                for (i = 0; i < 3; i++)
                    l_586[i] = (void*)0;
                (*g_576) = g_229;
                if ((**g_562))
                    continue;
                (*g_563) = ((*g_258) , (safe_div_func_int8_t_s_s(((*p_3) = (safe_add_func_uint64_t_u_u(((((++(*l_581)) ^ ((safe_div_func_uint8_t_u_u((((g_587 = (g_11 = g_230)) & (((*l_589) = l_588) != (p_4 , (void*)0))) , (((p_4 > 0x31CD8A4DL) < (safe_mul_func_int16_t_s_s((l_493 &= l_447), ((*l_595) = (l_594 = (((safe_add_func_int8_t_s_s(0x97L, 0xC1L)) , (*p_3)) ^ 0x52L)))))) || (*p_3))), l_596)) == (*g_258))) > l_596) | p_4), g_18[1]))), l_522)));
            }
        }
    }
    l_603 = &l_497[3];
    for (g_419 = 17; (g_419 < 29); g_419 = safe_add_func_uint16_t_u_u(g_419, 4))
    { /* block id: 199 */
        int32_t **l_606 = &l_603;
        int64_t **l_657 = &g_258;
        int32_t l_661 = 0x53538572L;
        (*l_606) = &l_495;
        for (g_346 = 0; (g_346 == 49); ++g_346)
        { /* block id: 203 */
            uint64_t l_609[4] = {0x1B11CD16444F4BEBLL,0x1B11CD16444F4BEBLL,0x1B11CD16444F4BEBLL,0x1B11CD16444F4BEBLL};
            int32_t l_621 = 0L;
            int64_t **l_625 = &g_258;
            union U0 l_628 = {0};
            int32_t l_633 = 0xF794647CL;
            uint8_t *l_634 = &g_294;
            int32_t l_658 = 0L;
            int16_t *l_659 = &g_660;
            uint32_t *l_662 = &l_489;
            int i;
            ++l_609[3];
            for (l_489 = 11; (l_489 >= 43); l_489++)
            { /* block id: 207 */
                const int64_t *l_614 = &g_249;
                int16_t *l_622 = &g_271[0];
                (**l_606) = (((*l_622) ^= (((void*)0 == l_614) , (((((((void*)0 != &g_249) < ((l_615 || 1L) , (((l_621 = (safe_div_func_uint64_t_u_u((+((safe_rshift_func_uint8_t_u_s(0x2BL, 2)) >= (-1L))), 0x3C2D37BCBBC49A11LL))) > g_384) , 0x48C1L))) , (*l_603)) , 0xB2EFB78B40823731LL) , &l_609[3]) == &g_11))) > (-10L));
            }
            l_633 &= (l_621 <= ((safe_mod_func_int16_t_s_s((((*l_625) = &g_249) == ((**l_606) , &l_568)), (safe_add_func_uint16_t_u_u((((((**g_562) &= (l_628 , (safe_lshift_func_int8_t_s_s((*p_3), ((p_4 , (safe_add_func_uint8_t_u_u(((*l_634)++), (((**l_606) | ((g_265 >= (**l_606)) == 0x98L)) , 255UL)))) >= l_621))))) ^ 0x586CDDBFL) | 0x391B883F3B646AC6LL) && g_146), 6L)))) , (*l_603)));
            (*g_563) ^= (((safe_lshift_func_uint16_t_u_s(0x3CF6L, 12)) , (-1L)) <= (safe_mul_func_int8_t_s_s(((((*l_662) = (safe_div_func_int8_t_s_s((safe_sub_func_int64_t_s_s((((**l_606) = ((*p_3) = (((*l_659) &= (safe_add_func_uint16_t_u_u(l_609[0], (safe_add_func_int8_t_s_s((((g_271[4] = ((safe_rshift_func_int8_t_s_u((safe_mod_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s(g_346, 0)), (safe_add_func_uint8_t_u_u(p_4, (((*l_603) , &g_258) == (l_657 = ((4UL < (*g_258)) , (void*)0))))))), g_265)) , 0x38F3L)) | l_658) , l_633), p_4))))) <= (-2L)))) < l_609[3]), l_661)), g_294))) != p_4) >= 0xD944L), p_4)));
        }
    }
    return l_663;
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_20 g_18 g_64 g_68 g_67 g_148 g_145 g_167 g_229 g_230 g_166 g_258 g_249 g_292 g_294 g_265 g_346 g_271 g_384 g_418 g_419
 * writes: g_20 g_18 g_11 g_67 g_68 g_148 g_167 g_230 g_249 g_258 g_265 g_271 g_166 g_292 g_294 g_346 g_356 g_384 g_419
 */
static int8_t * func_5(uint32_t  p_6, uint32_t  p_7)
{ /* block id: 1 */
    int32_t * const l_17 = &g_18[8];
    int8_t *l_19 = &g_20;
    const int32_t *l_23 = (void*)0;
    uint32_t l_323 = 0UL;
    int32_t l_324 = 1L;
    int32_t l_337 = (-1L);
    int32_t l_367 = 0x10935329L;
    int32_t l_368 = 0L;
    int32_t l_373 = 0xA7C934FEL;
    int32_t l_377 = (-1L);
    int32_t l_381[6][6] = {{2L,0xEC15DDF5L,(-10L),(-10L),0xEC15DDF5L,2L},{0xFE9D9399L,(-1L),(-10L),2L,0xEF6C8359L,0xFE9D9399L},{0x36871C2EL,(-1L),2L,0x36871C2EL,0xEC15DDF5L,0x36871C2EL},{0x36871C2EL,0xEC15DDF5L,0x36871C2EL,2L,(-1L),0x36871C2EL},{0xFE9D9399L,0xEF6C8359L,2L,(-10L),(-1L),0xFE9D9399L},{2L,0xEC15DDF5L,(-10L),(-10L),0xEC15DDF5L,2L}};
    int64_t l_387 = 0xCBDC09D82C8770B6LL;
    int8_t l_390 = 9L;
    int i, j;
    for (p_7 = 27; (p_7 <= 27); ++p_7)
    { /* block id: 4 */
        int8_t **l_21 = (void*)0;
        int8_t **l_22 = &l_19;
        int32_t **l_261 = (void*)0;
        int32_t *l_263 = &g_18[5];
        int32_t **l_262 = &l_263;
        uint16_t *l_264 = &g_265;
        int16_t *l_270 = &g_271[4];
        union U0 l_276[8][9][3] = {{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}},{{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}},{{0},{0},{0}}}};
        uint32_t *l_286 = &g_166;
        uint32_t l_291[8][6] = {{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L},{0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L,0xB3EB4133L}};
        uint8_t *l_293 = &g_294;
        uint32_t *l_310 = &g_230;
        uint32_t **l_309 = &l_310;
        int8_t l_333[7] = {0L,(-1L),0L,0L,(-1L),0L,0L};
        uint32_t l_358 = 1UL;
        int32_t l_375 = 0x89E422E2L;
        int32_t l_379 = 0x38C486AFL;
        int32_t l_380[3];
        int16_t l_416 = (-1L);
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_380[i] = 8L;
        (*l_262) = (g_11 , (p_7 , func_12(l_17, ((*l_22) = l_19), l_23, &g_20)));
        if (((((g_18[6] = (((*l_264) = 65530UL) != (safe_div_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((*l_270) = p_6), (safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(p_6, (((l_276[4][5][1] , (p_6 & (safe_lshift_func_int8_t_s_u(0x55L, 4)))) || g_18[8]) > (safe_mul_func_uint8_t_u_u(((*l_293) = (g_292[7] = (safe_lshift_func_int16_t_s_u(((safe_sub_func_uint64_t_u_u((safe_unary_minus_func_uint32_t_u(((*l_286) = 4294967289UL))), (safe_rshift_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s(l_291[5][4], 6)) , p_6), 5)))) || p_7), (*l_17))))), g_230))))), g_67[1][0])))), p_7)))) | 0xBB7261D1L) != 0xDDF3L) ^ g_11))
        { /* block id: 96 */
            int64_t **l_336 = &g_258;
            for (g_20 = 29; (g_20 > (-6)); g_20 = safe_sub_func_uint64_t_u_u(g_20, 3))
            { /* block id: 99 */
                union U0 *l_298 = &l_276[4][4][2];
                union U0 **l_297 = &l_298;
                uint64_t l_299 = 0x6BA5D0A36D6B8274LL;
                (*l_297) = &l_276[4][5][1];
                l_299++;
                (*l_262) = (void*)0;
                (*l_17) = (safe_mul_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s((!(65534UL || ((safe_mod_func_int64_t_s_s((((((l_309 == &l_310) && (l_276[4][5][1] , ((l_276[7][6][2] , ((safe_sub_func_uint64_t_u_u((l_299 < (-1L)), ((safe_add_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s((safe_add_func_int64_t_s_s(p_7, ((safe_lshift_func_uint16_t_u_u((p_7 | 0x27L), g_148[3][4])) < g_166))), p_7)) == (*g_258)), l_323)), g_292[7])) <= l_324))) | p_7)) ^ 9L))) , l_299) == 0xC0L) && p_7), p_6)) , 0L))), 12)), p_7));
            }
            (*l_17) = (((0xFA0DL < (safe_mod_func_uint64_t_u_u(0xE1B65AA1217C3E0CLL, (safe_mul_func_uint16_t_u_u((g_18[0] | (safe_mul_func_uint8_t_u_u((p_7 || (safe_rshift_func_uint16_t_u_u((l_333[1] , ((p_7 ^ (safe_div_func_uint8_t_u_u((p_7 || ((void*)0 != l_336)), g_68[0]))) <= g_294)), g_18[8]))), p_7))), l_337))))) | (*g_258)) ^ g_292[4]);
        }
        else
        { /* block id: 106 */
            int32_t *l_354 = (void*)0;
            const int32_t **l_357 = &g_356;
            int32_t *l_366 = &g_68[1];
            int32_t l_374 = (-4L);
            int32_t l_378 = 0xE9FD722CL;
            int32_t l_382 = 0x2DCF1C28L;
            int32_t l_383[4][2][9] = {{{(-1L),0x9EEF6E4CL,0x2A0FDBCBL,(-1L),0x32D2EFFFL,0x14865928L,0x9EEF6E4CL,0x9EEF6E4CL,0x14865928L},{0x60E39DB5L,0x9EEF6E4CL,2L,0x9EEF6E4CL,0x60E39DB5L,0x21C2C786L,0x9EEF6E4CL,0xBF9C2A4EL,0x2A0FDBCBL}},{{0x9EEF6E4CL,0x32D2EFFFL,2L,0xBF9C2A4EL,0x32D2EFFFL,0x2A0FDBCBL,0x32D2EFFFL,0xBF9C2A4EL,2L},{0x60E39DB5L,0x60E39DB5L,0x2A0FDBCBL,0xBF9C2A4EL,0x9EEF6E4CL,0x21C2C786L,0x60E39DB5L,0x9EEF6E4CL,0x32D2EFFFL}},{{0x792FB510L,(-1L),0xBF9C2A4EL,1L,1L,0xBF9C2A4EL,(-1L),0x792FB510L,(-1L)},{0x792FB510L,1L,(-1L),0x792FB510L,(-1L),0xBF9C2A4EL,1L,1L,0xBF9C2A4EL}},{{(-1L),1L,0x32D2EFFFL,1L,(-1L),0x9EEF6E4CL,1L,0x67C49E4FL,(-1L)},{1L,(-1L),0x32D2EFFFL,0x67C49E4FL,(-1L),(-1L),(-1L),0x67C49E4FL,0x32D2EFFFL}}};
            int32_t l_389 = 5L;
            int8_t l_391[7];
            uint16_t l_392 = 0x3390L;
            uint64_t *l_414 = &g_11;
            uint64_t **l_413 = &l_414;
            int64_t l_417 = 8L;
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_391[i] = (-7L);
            for (p_6 = (-20); (p_6 > 4); p_6 = safe_add_func_uint16_t_u_u(p_6, 3))
            { /* block id: 109 */
                uint16_t *l_345 = &g_346;
                int32_t l_353 = 0xBCE9D901L;
                g_18[8] = (!(1UL && (p_6 <= (safe_lshift_func_uint8_t_u_s(p_6, (((p_6 | (((*l_345) &= g_265) < ((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((*l_309) = &g_230) != (void*)0), 6L)), (safe_add_func_int16_t_s_s(((((p_6 || p_6) < l_353) < 1UL) >= p_7), l_353)))) | p_7))) | p_7) != (-5L)))))));
                (*l_262) = l_354;
                if (p_6)
                    continue;
            }
            (*l_357) = l_23;
            (*l_366) = (((0x5B04L >= ((l_358 > 65531UL) == ((*l_17) = p_6))) < (safe_div_func_uint32_t_u_u(((safe_mul_func_uint8_t_u_u(g_271[3], g_292[2])) > g_67[4][4]), ((safe_div_func_int8_t_s_s((g_67[2][1] && (((((*g_258) || 0x2B96D31CFA25ABAALL) , p_6) > 0x3338E9F5L) <= 7L)), 0xA4L)) & p_6)))) == p_7);
            if ((g_148[3][4] , (1UL != p_7)))
            { /* block id: 119 */
                int32_t *l_369 = (void*)0;
                int32_t *l_370 = &g_68[1];
                int32_t *l_371 = (void*)0;
                int32_t *l_372[9][1] = {{&l_367},{&l_367},{&l_368},{&l_367},{&l_367},{&l_368},{&l_367},{&l_367},{&l_368}};
                int16_t l_376[10][3][8] = {{{0x1C93L,1L,0x3780L,0x3780L,1L,0x1C93L,0x9F17L,0xEFC1L},{0x1C93L,1L,0xCE08L,1L,0x9F17L,1L,0xCE08L,1L},{0L,0xCE08L,4L,1L,0xEFC1L,0x799CL,0x799CL,0xEFC1L}},{{0x3780L,0xEFC1L,0xEFC1L,0x3780L,0L,1L,0x799CL,0x1C93L},{0xCE08L,0x3780L,4L,0x799CL,4L,0x3780L,0xCE08L,0x9F17L},{4L,0x3780L,0xCE08L,0x9F17L,1L,1L,0x9F17L,0xCE08L}},{{0xEFC1L,0xEFC1L,0x3780L,0L,1L,0x799CL,0x1C93L,0x799CL},{4L,0xCE08L,0L,0xCE08L,4L,1L,0xEFC1L,0x799CL},{0xCE08L,1L,0x1C93L,0L,0L,0x1C93L,1L,0xCE08L}},{{0x3780L,1L,0x1C93L,0x9F17L,0xEFC1L,4L,0xEFC1L,0x9F17L},{0L,0xB68CL,0L,0x799CL,0x9F17L,4L,0x1C93L,0x1C93L},{0x1C93L,1L,0x3780L,0x3780L,1L,0x1C93L,0x9F17L,0xEFC1L}},{{0x1C93L,1L,0xCE08L,1L,0x9F17L,1L,0xCE08L,1L},{0L,0xCE08L,4L,1L,0xEFC1L,0x799CL,0x799CL,0xEFC1L},{0x3780L,0xEFC1L,0xEFC1L,0x3780L,0L,1L,0x799CL,0x1C93L}},{{0xCE08L,0x3780L,4L,0x799CL,4L,0x3780L,0xCE08L,0x9F17L},{4L,0x3780L,0xCE08L,0x9F17L,1L,1L,0x9F17L,0xCE08L},{0xEFC1L,0xEFC1L,0x3780L,0L,1L,0x799CL,0x1C93L,0x799CL}},{{0x1C93L,0xB68CL,1L,0xB68CL,0x1C93L,0x3780L,0x799CL,0xCE08L},{0xB68CL,4L,0L,1L,1L,0L,4L,0xB68CL},{0xEFC1L,0x3780L,0L,1L,0x799CL,0x1C93L,0x799CL,1L}},{{1L,0x9F17L,1L,0xCE08L,1L,0x1C93L,0L,0L},{0L,0x3780L,0xEFC1L,0xEFC1L,0x3780L,0L,1L,0x799CL},{0L,4L,0xB68CL,0x3780L,1L,0x3780L,0xB68CL,4L}},{{1L,0xB68CL,0x1C93L,0x3780L,0x799CL,0xCE08L,0xCE08L,0x799CL},{0xEFC1L,0x799CL,0x799CL,0xEFC1L,1L,4L,0xCE08L,0L},{0xB68CL,0xEFC1L,0x1C93L,0xCE08L,0x1C93L,0xEFC1L,0xB68CL,1L}},{{0x1C93L,0xEFC1L,0xB68CL,1L,4L,4L,1L,0xB68CL},{0x799CL,0x799CL,0xEFC1L,1L,4L,0xCE08L,0L,0xCE08L},{0x1C93L,0xB68CL,1L,0xB68CL,0x1C93L,0x3780L,0x799CL,0xCE08L}}};
                int32_t l_388 = 9L;
                int i, j, k;
                if (p_6)
                    break;
                ++g_384;
                l_392++;
                (*l_17) = 0x047EDA61L;
            }
            else
            { /* block id: 124 */
                uint64_t *l_410 = (void*)0;
                uint64_t **l_409 = &l_410;
                const int32_t l_415 = (-1L);
                (*l_366) = p_7;
                (*g_418) |= (p_6 > ((safe_div_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s(((*l_270) ^= 0L), ((((safe_div_func_int8_t_s_s((g_68[0] & ((((*l_17) = ((g_148[0][1] & (((((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s(g_11, 4)), 0)) == ((safe_sub_func_int8_t_s_s((g_230 , (((g_292[4] , l_409) == ((safe_sub_func_int8_t_s_s(1L, p_6)) , l_413)) | (*g_258))), l_415)) | (*l_366))) , p_7) | l_416) , g_68[1])) ^ l_417)) , 0xFA35L) , g_167)), p_7)) , 0xB0A5A066L) || l_415) , p_6))) ^ p_7), p_7)) < 0x354DL));
            }
        }
    }
    (*l_17) = (*l_17);
    return &g_67[4][4];
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_11 g_18 g_64 g_68 g_67 g_148 g_145 g_167 g_229 g_230 g_292
 * writes: g_20 g_18 g_11 g_67 g_68 g_148 g_167 g_230 g_249 g_258 g_292
 */
static int32_t * const  func_12(int32_t * const  p_13, int8_t * p_14, const int32_t * p_15, int8_t * p_16)
{ /* block id: 6 */
    int16_t l_25 = 1L;
    int32_t l_32 = 0x4AF7BDD4L;
    int32_t l_38 = (-6L);
    int32_t l_39[1];
    uint32_t l_45 = 0x1E51B7A5L;
    union U0 l_78 = {0};
    uint16_t l_105[3];
    uint8_t l_130[6] = {1UL,1UL,1UL,1UL,1UL,1UL};
    int16_t *l_252[3];
    int64_t *l_256 = &g_249;
    int64_t **l_257[6] = {&l_256,&l_256,&l_256,&l_256,&l_256,&l_256};
    int32_t *l_259 = (void*)0;
    int32_t *l_260 = &l_39[0];
    int i;
    for (i = 0; i < 1; i++)
        l_39[i] = 0x7732C352L;
    for (i = 0; i < 3; i++)
        l_105[i] = 0xBC78L;
    for (i = 0; i < 3; i++)
        l_252[i] = &l_25;
    for (g_20 = 7; (g_20 >= 0); g_20 -= 1)
    { /* block id: 9 */
        int32_t l_37 = 0L;
        int32_t l_40 = 0x735AE52EL;
        int32_t l_41 = 0xA6A66835L;
        int32_t l_42 = (-3L);
        int32_t l_43 = 0x046699CBL;
        int32_t l_44[4][6][2] = {{{(-1L),(-1L)},{0x2F772B8AL,0xFC9099BCL},{(-1L),0x2F772B8AL},{(-1L),0xFC9099BCL},{0x2F772B8AL,(-1L)},{(-1L),0L}},{{(-1L),(-1L)},{0x2F772B8AL,0xFC9099BCL},{(-1L),0x2F772B8AL},{(-1L),0xFC9099BCL},{0x2F772B8AL,(-1L)},{(-1L),0L}},{{(-1L),(-1L)},{0x2F772B8AL,0xFC9099BCL},{(-1L),0x2F772B8AL},{(-1L),0xFC9099BCL},{0x2F772B8AL,(-1L)},{(-1L),0L}},{{(-1L),(-1L)},{0x2F772B8AL,0xFC9099BCL},{(-1L),0x2F772B8AL},{(-1L),0xFC9099BCL},{0x2F772B8AL,(-1L)},{(-1L),0L}}};
        int i, j, k;
        g_18[(g_20 + 1)] = 0x83674579L;
        for (g_11 = 0; (g_11 <= 8); g_11 += 1)
        { /* block id: 13 */
            int32_t *l_24 = &g_18[8];
            int32_t *l_26 = (void*)0;
            int32_t *l_27 = &g_18[8];
            int32_t *l_28 = &g_18[8];
            int32_t *l_29 = (void*)0;
            int32_t *l_30 = &g_18[(g_20 + 1)];
            int32_t *l_31 = &g_18[(g_20 + 1)];
            int32_t l_33[8][7][4] = {{{0xC2923F8CL,0x2E4A6B2CL,0xA93F0451L,0x74F98987L},{0x101BC642L,0xCF68020CL,0L,0x6A447D05L},{0x59CDE89CL,0xE67B33DFL,1L,0L},{0x74F98987L,0x21A0E57CL,0x4A104ACDL,0x1B2D863EL},{0xDC0AC77AL,0xDB8846B5L,7L,0xA8F302D7L},{8L,0x7C8A36A7L,(-5L),0xCF68020CL},{0x9E149CFFL,0L,0xF48B058BL,0xDF39F3C5L}},{{0x3D8D5894L,1L,1L,0x74F98987L},{1L,0x7C8A36A7L,4L,2L},{0x91165901L,(-3L),0x6A447D05L,0L},{1L,0x554C62B4L,(-10L),(-5L)},{0L,0x2A6ADD33L,0L,0x4A104ACDL},{0L,0x335900B0L,0xAF8EF5D3L,0x335900B0L},{0x2A6ADD33L,9L,0x8140A971L,(-2L)}},{{0x6717B38EL,0x91165901L,1L,1L},{0x36AE3D47L,0x59CDE89CL,0L,5L},{0x36AE3D47L,0x1B167519L,1L,0xB1D00576L},{0x6717B38EL,5L,0x8140A971L,1L},{0x2A6ADD33L,(-1L),0xAF8EF5D3L,0L},{0L,0x6717B38EL,0L,0x5CC9E520L},{0L,6L,(-10L),0L}},{{1L,8L,0x6A447D05L,1L},{0x91165901L,0xA93F0451L,(-1L),5L},{1L,(-1L),0x202F603FL,0x8140A971L},{1L,0L,0xDF39F3C5L,0L},{0x108F9809L,(-7L),0L,5L},{0x4A104ACDL,0x335900B0L,0L,0x99242039L},{(-3L),8L,0x0AC80EABL,0x2FC9AEB9L}},{{0x335900B0L,9L,0x202F603FL,0x5CC9E520L},{(-7L),1L,0x1B167519L,2L},{0x36AE3D47L,(-1L),0xA8F302D7L,(-5L)},{1L,0L,1L,0xB1D00576L},{0xCB296AD9L,0x2A6ADD33L,5L,0L},{5L,0x59CDE89CL,0xAF8EF5D3L,0x5CC9E520L},{(-3L),(-7L),1L,(-2L)}},{{0x99242039L,6L,0x1BA52B33L,0xA93F0451L},{0x36AE3D47L,0x335900B0L,0x888A0E7BL,0xFBB05D09L},{0x91165901L,0x1B167519L,0x202F603FL,(-5L)},{0xA93F0451L,0L,0x8140A971L,0x8140A971L},{(-3L),(-3L),0x9E149CFFL,0L},{0xFBB05D09L,1L,0L,0x335900B0L},{0L,8L,1L,0L}},{{1L,8L,0x21A0E57CL,0x335900B0L},{8L,1L,(-1L),0L},{(-7L),(-3L),1L,0x8140A971L},{1L,0L,0x3763964EL,(-5L)},{0x108F9809L,0x1B167519L,0L,0xFBB05D09L},{0xF48B058BL,0x335900B0L,5L,0xA93F0451L},{0x2A6ADD33L,6L,0x0AC80EABL,(-2L)}},{{1L,(-7L),1L,0x5CC9E520L},{0x1BA52B33L,0x59CDE89CL,0L,0L},{0x36AE3D47L,0x2A6ADD33L,0x6A447D05L,0xB1D00576L},{1L,0L,0x8140A971L,(-5L)},{0x1B167519L,(-1L),5L,2L},{0L,1L,0x9E149CFFL,0x5CC9E520L},{0x108F9809L,9L,(-10L),0x2FC9AEB9L}}};
            int32_t *l_34 = &g_18[8];
            int32_t *l_35 = &g_18[8];
            int32_t *l_36[10][2] = {{&g_18[8],(void*)0},{(void*)0,(void*)0},{(void*)0,&g_18[8]},{&g_18[(g_20 + 1)],(void*)0},{&g_18[8],(void*)0},{&g_18[(g_20 + 1)],&g_18[8]},{(void*)0,(void*)0},{(void*)0,&g_18[8]},{&g_18[(g_20 + 1)],(void*)0},{&g_18[8],(void*)0}};
            int i, j, k;
            --l_45;
        }
    }
    for (g_11 = 0; (g_11 > 20); g_11 = safe_add_func_uint32_t_u_u(g_11, 5))
    { /* block id: 19 */
        const int64_t l_65[2][3][8] = {{{0xB6254A21752400A8LL,0xE91000105832D056LL,0xE91000105832D056LL,0xB6254A21752400A8LL,0x41A2CE7F336F0E25LL,0xB6254A21752400A8LL,0xE91000105832D056LL,0xE91000105832D056LL},{0xE91000105832D056LL,0x41A2CE7F336F0E25LL,(-8L),(-8L),0x41A2CE7F336F0E25LL,0xE91000105832D056LL,0x41A2CE7F336F0E25LL,(-8L)},{0xB6254A21752400A8LL,0x41A2CE7F336F0E25LL,0xB6254A21752400A8LL,0xE91000105832D056LL,0xE91000105832D056LL,0xB6254A21752400A8LL,0x41A2CE7F336F0E25LL,0xB6254A21752400A8LL}},{{5L,0xE91000105832D056LL,(-8L),0xE91000105832D056LL,5L,5L,0xE91000105832D056LL,(-8L)},{5L,5L,0xE91000105832D056LL,(-8L),0xE91000105832D056LL,5L,5L,0xE91000105832D056LL},{0xB6254A21752400A8LL,0xE91000105832D056LL,0xE91000105832D056LL,0xB6254A21752400A8LL,0x41A2CE7F336F0E25LL,0xB6254A21752400A8LL,0xE91000105832D056LL,0xE91000105832D056LL}}};
        int32_t l_69 = 0xDDF6E144L;
        int32_t l_71[1][6];
        uint64_t l_95 = 0x79E51952070758ACLL;
        int32_t *l_127 = &g_18[8];
        int32_t *l_128 = &g_68[1];
        int32_t *l_129 = &l_39[0];
        int16_t *l_138 = &l_25;
        uint16_t *l_144[5][4] = {{&l_105[0],&l_105[0],&l_105[2],&l_105[2]},{&l_105[0],&l_105[0],&l_105[0],&l_105[0]},{&l_105[0],&l_105[0],&l_105[0],&l_105[0]},{&l_105[0],&l_105[0],&l_105[2],&l_105[0]},{&l_105[0],&l_105[0],&l_105[0],&l_105[0]}};
        int32_t l_147 = 0L;
        uint64_t l_163 = 0x9E674F9F1FA6DF7BLL;
        uint32_t *l_164 = &l_45;
        uint32_t *l_165[3];
        int32_t *l_168 = (void*)0;
        uint16_t l_180 = 0xD59EL;
        uint16_t l_241 = 0xFBF1L;
        uint32_t l_250[8] = {0xC9D16F30L,0xC9D16F30L,0xC9D16F30L,0xC9D16F30L,0xC9D16F30L,0xC9D16F30L,0xC9D16F30L,0xC9D16F30L};
        int16_t **l_253 = &l_138;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 6; j++)
                l_71[i][j] = 8L;
        }
        for (i = 0; i < 3; i++)
            l_165[i] = &g_166;
        for (l_45 = 0; (l_45 >= 54); l_45 = safe_add_func_int8_t_s_s(l_45, 4))
        { /* block id: 22 */
            int8_t l_66 = 1L;
            int32_t l_74[9][5] = {{0x704C175EL,(-5L),0x8545A47AL,0L,1L},{0x53B87936L,(-3L),0x704C175EL,0x704C175EL,(-3L)},{0x7CB99A68L,3L,0xD8EA33B3L,0xC82E662CL,(-3L)},{(-5L),0L,0L,0L,1L},{3L,0L,0x1781CC2BL,(-1L),(-1L)},{(-5L),0xD8EA33B3L,(-5L),0x1781CC2BL,0L},{0x7CB99A68L,0xD8EA33B3L,0L,3L,0L},{0x53B87936L,0L,(-1L),0L,0x7CB99A68L},{0x704C175EL,0L,0L,0L,0x704C175EL}};
            uint32_t l_108 = 18446744073709551609UL;
            int i, j;
            if ((247UL <= ((*p_13) ^ ((g_68[1] |= (!(safe_mod_func_int32_t_s_s((g_67[2][1] = (0L > ((safe_add_func_uint64_t_u_u(((((((0xFD6FL & ((!(safe_add_func_int32_t_s_s((&g_18[8] == p_15), ((safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(g_18[7], (g_64 , (*p_16)))), l_25)) <= l_39[0])))) , 0x500DL)) , g_20) != g_11) & 0UL) || l_65[0][1][2]) >= l_66), g_11)) & g_18[8]))), 0x7FD48144L)))) && g_18[8]))))
            { /* block id: 25 */
                int32_t *l_70 = (void*)0;
                int32_t *l_72 = &l_71[0][1];
                int32_t *l_73[1];
                uint16_t l_75 = 0UL;
                int8_t *l_92 = &g_67[2][1];
                int8_t **l_91 = &l_92;
                int i;
                for (i = 0; i < 1; i++)
                    l_73[i] = &g_68[1];
                (*p_13) &= 1L;
                --l_75;
                (*p_13) = (((l_95 = (((((l_78 , ((safe_rshift_func_int8_t_s_s((*p_14), (safe_div_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(1L, 3)), (safe_mul_func_int16_t_s_s((((((l_66 && ((((safe_mul_func_uint8_t_u_u(g_18[7], (safe_add_func_int8_t_s_s(((0x31L ^ ((void*)0 != l_91)) == ((*l_92) ^= (safe_div_func_int64_t_s_s(((((-1L) <= 0UL) | l_71[0][5]) < g_18[6]), g_20)))), g_68[1])))) , p_14) != (*l_91)) & (*l_72))) , p_13) != (void*)0) | l_74[2][2]) < l_66), l_45)))))) , l_65[1][0][0])) ^ l_39[0]) | g_18[8]) != 0x720AL) , (*p_16))) == (*p_14)) , l_25);
                (*p_13) = (safe_div_func_int32_t_s_s(0x26944799L, g_18[8]));
            }
            else
            { /* block id: 32 */
                int32_t *l_98 = (void*)0;
                int32_t *l_99 = &l_74[1][1];
                int32_t *l_100 = &g_68[1];
                int32_t *l_101 = &l_38;
                int32_t *l_102 = (void*)0;
                int32_t *l_103[7] = {&l_74[0][1],&g_18[7],&l_74[0][1],&l_74[0][1],&g_18[7],&l_74[0][1],&l_74[0][1]};
                int32_t l_104 = (-1L);
                union U0 *l_120 = &l_78;
                union U0 **l_121 = (void*)0;
                union U0 **l_122 = (void*)0;
                union U0 **l_123 = &l_120;
                int16_t *l_124 = &l_25;
                int i;
                l_105[0]++;
                ++l_108;
                (*l_99) = (((((safe_mul_func_int16_t_s_s(((*l_124) = (safe_add_func_uint8_t_u_u((+l_95), ((l_105[1] < (safe_div_func_int16_t_s_s(0L, 0x2142L))) == (!(safe_unary_minus_func_int64_t_s((&g_64 == ((*l_123) = l_120))))))))), (safe_mod_func_int8_t_s_s(((((l_74[0][0] & 0xB01CL) != ((-1L) & g_67[2][1])) && l_71[0][5]) , (*p_14)), 0x59L)))) , (void*)0) != &g_64) == l_45) < l_32);
            }
        }
        l_130[4]++;
        if ((l_69 ^= ((g_167 |= (safe_sub_func_uint16_t_u_u(((((g_68[1] < (safe_mod_func_int16_t_s_s((((+(*l_128)) || ((*l_138) = g_18[8])) && (safe_lshift_func_int16_t_s_u((9UL == (safe_unary_minus_func_uint64_t_u((safe_rshift_func_uint16_t_u_u(((*l_129) , (--g_148[3][4])), 3))))), 14))), g_11))) == ((safe_mul_func_int16_t_s_s((*l_129), (safe_mul_func_int8_t_s_s((safe_div_func_int64_t_s_s(((safe_mul_func_int8_t_s_s((((&l_105[0] == (((*l_164) = ((safe_lshift_func_uint16_t_u_u(((((safe_sub_func_int32_t_s_s((((6L & l_39[0]) & (*l_127)) > l_163), 9L)) == l_39[0]) & l_38) , g_18[1]), g_68[1])) != (*l_127))) , l_144[4][1])) , &g_18[8]) == (void*)0), 0L)) | 0x2934A2F955F64ED6LL), g_67[2][1])), (*l_127))))) <= g_68[0])) , (*l_127)) > g_145), g_145))) < l_32)))
        { /* block id: 46 */
            int32_t *l_183 = &l_71[0][5];
            int32_t *l_184 = &g_68[1];
            int32_t *l_185 = &l_38;
            int32_t *l_186 = &l_147;
            int32_t *l_187 = &l_39[0];
            int32_t *l_188[5] = {&l_71[0][5],&l_71[0][5],&l_71[0][5],&l_71[0][5],&l_71[0][5]};
            uint64_t l_189 = 0x6D169B05E94A68FELL;
            int32_t * const l_211 = (void*)0;
            int i;
            for (l_38 = (-16); (l_38 < (-19)); --l_38)
            { /* block id: 49 */
                int32_t *l_171 = &g_68[1];
                int32_t *l_172 = &l_71[0][5];
                int32_t *l_173 = (void*)0;
                int32_t *l_174 = &g_18[0];
                int32_t *l_175 = &g_68[1];
                int32_t *l_176 = &l_39[0];
                int32_t *l_177 = &l_39[0];
                int32_t *l_178 = &l_147;
                int32_t *l_179[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_179[i] = &l_71[0][5];
                if (g_67[6][4])
                    break;
                --l_180;
                if (g_167)
                    break;
            }
            ++l_189;
            for (l_38 = 0; (l_38 > 11); l_38 = safe_add_func_int32_t_s_s(l_38, 1))
            { /* block id: 57 */
                uint32_t **l_194 = &l_164;
                uint32_t ***l_195 = (void*)0;
                uint32_t ***l_196 = (void*)0;
                uint32_t ***l_197 = &l_194;
                uint64_t *l_206 = &l_163;
                int32_t l_209 = (-1L);
                int32_t l_210 = 0xFE1FDFEFL;
                (*l_197) = l_194;
                (*p_13) = ((safe_mul_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(((*l_128) & (safe_mul_func_int8_t_s_s((((5L ^ (safe_div_func_int64_t_s_s(1L, ((*l_206)--)))) ^ ((*l_186) | g_20)) == (l_210 &= (g_18[8] || ((*l_183) <= l_209)))), g_148[2][2]))), g_148[3][4])), g_20)) > g_67[2][1]);
                return l_211;
            }
        }
        else
        { /* block id: 64 */
            uint64_t *l_212 = &l_163;
            int32_t l_231 = 0xF108549FL;
            for (l_163 = 0; (l_163 <= 0); l_163 += 1)
            { /* block id: 67 */
                uint64_t **l_213 = &l_212;
                int64_t *l_248 = &g_249;
                int32_t *l_251 = &l_32;
                int i, j;
                (*p_13) = (g_68[0] = (((((*l_213) = l_212) != &g_11) | (safe_lshift_func_uint16_t_u_s(((safe_mod_func_uint64_t_u_u(((l_71[l_163][(l_163 + 2)] > (((g_230 = (((*l_138) = ((safe_sub_func_int8_t_s_s((~(safe_rshift_func_int16_t_s_u((safe_mul_func_uint8_t_u_u((((g_167 == (0UL != (safe_mod_func_int8_t_s_s(l_71[l_163][(l_163 + 2)], (((*l_129) = (safe_mul_func_uint8_t_u_u(0xCCL, (g_229 == &l_164)))) || g_67[3][1]))))) , l_71[l_163][(l_163 + 2)]) <= 0xC5L), 0xE6L)), 7))), g_68[0])) | l_45)) | g_67[2][1])) > 0x877CL) ^ (*p_13))) ^ g_67[2][1]), l_231)) & (-1L)), l_130[2]))) & g_18[4]));
                (*l_251) ^= ((l_105[0] ^ 1UL) & (((safe_add_func_uint64_t_u_u(((((safe_sub_func_int64_t_s_s(((!(safe_add_func_uint8_t_u_u((g_230 >= (l_130[4] >= l_241)), ((safe_div_func_uint16_t_u_u(((l_78 , ((*l_127) = (safe_lshift_func_int16_t_s_s((((*l_129) = ((safe_rshift_func_int8_t_s_s(((*p_14) &= ((*l_127) | ((*l_248) = (*l_127)))), ((7UL & g_68[1]) , g_11))) , g_67[2][1])) > (*l_127)), g_167)))) , l_71[l_163][(l_163 + 2)]), l_71[l_163][(l_163 + 2)])) >= l_71[l_163][(l_163 + 2)])))) ^ l_71[l_163][(l_163 + 2)]), l_250[5])) , l_231) >= 0L) == l_71[l_163][(l_163 + 2)]), l_71[l_163][(l_163 + 2)])) ^ l_71[l_163][(l_163 + 2)]) <= (-7L)));
                return &g_18[8];
            }
        }
        (*l_127) = (l_252[0] != ((*l_253) = &l_25));
    }
    (*l_260) |= ((safe_add_func_int32_t_s_s((g_68[1] |= (*p_13)), ((g_258 = l_256) == &g_249))) ^ l_130[4]);
    return p_13;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_18[i], "g_18[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_20, "g_20", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_67[i][j], "g_67[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_68[i], "g_68[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_148[i][j], "g_148[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_230, "g_230", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_265, "g_265", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_271[i], "g_271[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_292[i], "g_292[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_294, "g_294", print_hash_value);
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_384, "g_384", print_hash_value);
    transparent_crc(g_419, "g_419", print_hash_value);
    transparent_crc(g_499, "g_499", print_hash_value);
    transparent_crc(g_587, "g_587", print_hash_value);
    transparent_crc(g_660, "g_660", print_hash_value);
    transparent_crc(g_706, "g_706", print_hash_value);
    transparent_crc(g_741, "g_741", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 170
XXX total union variables: 8

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 14
breakdown:
   indirect level: 0, occurrence: 8
   indirect level: 1, occurrence: 4
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 15
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 16
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 111
   depth: 2, occurrence: 19
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 3
   depth: 8, occurrence: 2
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 19, occurrence: 4
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 2
   depth: 27, occurrence: 2
   depth: 28, occurrence: 1
   depth: 29, occurrence: 2
   depth: 30, occurrence: 1
   depth: 31, occurrence: 2
   depth: 32, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 204

XXX times a variable address is taken: 331
XXX times a pointer is dereferenced on RHS: 58
breakdown:
   depth: 1, occurrence: 54
   depth: 2, occurrence: 4
XXX times a pointer is dereferenced on LHS: 90
breakdown:
   depth: 1, occurrence: 87
   depth: 2, occurrence: 3
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 2488

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 429
   level: 2, occurrence: 39
   level: 3, occurrence: 3
XXX number of pointers point to pointers: 58
XXX number of pointers point to scalars: 139
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 32.8
XXX average alias set size: 1.28

XXX times a non-volatile is read: 492
XXX times a non-volatile is write: 251
XXX times a volatile is read: 11
XXX    times read thru a pointer: 0
XXX times a volatile is write: 8
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 339
XXX percentage of non-volatile access: 97.5

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 105
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 12
   depth: 2, occurrence: 26
   depth: 3, occurrence: 53

XXX percentage a fresh-made variable is used: 15.1
XXX percentage an existing variable is used: 84.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

