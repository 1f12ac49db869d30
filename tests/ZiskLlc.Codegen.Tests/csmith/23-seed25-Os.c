/* Csmith 2.3.0 --seed 25 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 3D5F6542 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 25 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      25
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_9[5] = {0xB34E6D4FL,0xB34E6D4FL,0xB34E6D4FL,0xB34E6D4FL,0xB34E6D4FL};
static int32_t g_18 = 0x9CDC345FL;
static int32_t *g_20 = &g_18;
static int32_t ** volatile g_19 = &g_20;/* VOLATILE GLOBAL g_19 */
static uint8_t g_56 = 255UL;
static int32_t g_63 = 0x826FFEA1L;
static int8_t g_100 = 0x05L;
static volatile int32_t g_101 = 0xEB0059F0L;/* VOLATILE GLOBAL g_101 */
static int64_t g_104 = 6L;
static volatile uint32_t g_105 = 0x7534BEE7L;/* VOLATILE GLOBAL g_105 */
static volatile uint8_t g_109 = 0x5DL;/* VOLATILE GLOBAL g_109 */
static volatile int16_t * const  volatile g_148 = (void*)0;/* VOLATILE GLOBAL g_148 */
static uint64_t g_160 = 0xEE02ECAC60C0AA4CLL;
static uint32_t g_170 = 0x4D21CDEBL;
static uint32_t g_173 = 4294967286UL;
static uint32_t g_198 = 4294967295UL;
static int32_t * volatile g_220 = &g_63;/* VOLATILE GLOBAL g_220 */
static volatile uint8_t g_226 = 249UL;/* VOLATILE GLOBAL g_226 */
static int32_t ** volatile g_234 = &g_20;/* VOLATILE GLOBAL g_234 */
static uint16_t g_239 = 0x9F9CL;
static int16_t g_254 = 0xF475L;
static int32_t g_256[10] = {(-1L),0L,0L,(-1L),0L,0L,(-1L),0L,0L,(-1L)};
static int32_t ** const  volatile g_267 = &g_20;/* VOLATILE GLOBAL g_267 */
static int32_t ** volatile g_333 = &g_20;/* VOLATILE GLOBAL g_333 */
static uint8_t *g_338 = (void*)0;
static uint8_t **g_337[1] = {&g_338};
static uint8_t ***g_336 = &g_337[0];
static uint8_t ***g_340 = &g_337[0];
static int64_t g_360 = 0x20E50DB341854195LL;
static const uint64_t g_365 = 0x86E735E70CFACC17LL;
static uint64_t * const *g_368 = (void*)0;
static uint64_t g_372 = 0x9562257021491155LL;
static int8_t g_409 = (-1L);
static int32_t g_537[2][8][2] = {{{0L,0L},{(-8L),0L},{0L,(-8L)},{0L,0L},{(-8L),0L},{0L,(-8L)},{0L,0L},{(-8L),0L}},{{0L,(-8L)},{0L,0L},{(-8L),0L},{0L,(-8L)},{0L,0L},{(-8L),0L},{0L,(-8L)},{(-8L),(-8L)}}};
static volatile uint32_t g_567 = 4294967295UL;/* VOLATILE GLOBAL g_567 */
static const volatile uint32_t *g_566 = &g_567;
static const volatile uint32_t **g_565 = &g_566;
static uint64_t ** volatile g_575 = (void*)0;/* VOLATILE GLOBAL g_575 */
static uint64_t ** volatile *g_574 = &g_575;
static uint64_t ** volatile ** volatile g_573 = &g_574;/* VOLATILE GLOBAL g_573 */
static uint8_t g_593[8][9] = {{1UL,6UL,1UL,0x26L,252UL,255UL,1UL,1UL,0x26L},{0x60L,255UL,0x85L,255UL,0xAEL,1UL,254UL,0x85L,0xFDL},{252UL,0x85L,249UL,0x13L,0x54L,0x61L,0x85L,0xF3L,0x85L},{0x26L,1UL,249UL,249UL,1UL,0x26L,0xAEL,0x16L,0xC1L},{0xC4L,0x35L,0x85L,0x16L,255UL,0x8BL,252UL,0x26L,0x33L},{0xFDL,0xFBL,1UL,252UL,255UL,1UL,0xAEL,0xFDL,255UL},{0x60L,0x26L,255UL,1UL,0xFBL,0x43L,0x85L,0x85L,0x43L},{0x8BL,0x26L,1UL,0x26L,0x8BL,0x61L,254UL,0xC1L,0x26L}};
static uint8_t g_595 = 0xC0L;
static uint8_t g_631 = 7UL;
static int64_t *g_652 = &g_360;
static int64_t *g_654 = &g_360;
static int32_t ** volatile g_679 = &g_20;/* VOLATILE GLOBAL g_679 */
static int32_t **g_695 = &g_20;
static int32_t ***g_694 = &g_695;
static int32_t * const *g_786 = &g_20;
static int32_t * const **g_785 = &g_786;
static volatile int32_t * volatile g_794 = &g_101;/* VOLATILE GLOBAL g_794 */
static uint32_t g_813[4][5][10] = {{{5UL,0xFABE22C3L,0xFABE22C3L,5UL,0x8C156B71L,0x8661345CL,0x590E82C4L,7UL,0x7081810BL,0xF626DE92L},{0UL,0UL,18446744073709551614UL,3UL,1UL,2UL,0xFABE22C3L,0x590E82C4L,0x7081810BL,18446744073709551607UL},{1UL,0xFEAD66D3L,0x9295EFEBL,5UL,1UL,0xFC8C4E31L,0UL,0UL,0UL,0UL},{0xBFA3C62DL,18446744073709551608UL,1UL,0xC488C9BEL,0x1E92F6AFL,18446744073709551614UL,0xFCA07465L,1UL,1UL,0x3523A17EL},{0xFABE22C3L,0x4BF0F230L,3UL,1UL,1UL,18446744073709551615UL,1UL,1UL,3UL,0x4BF0F230L}},{{0x4BF0F230L,0x0FF2C30FL,0x7081810BL,0xFABE22C3L,0xFEAD66D3L,0UL,0x9295EFEBL,0x93E4C89BL,0xFF4D0E63L,0xFCA07465L},{0UL,3UL,0x8661345CL,0x9295EFEBL,0UL,0UL,0UL,1UL,0x4BF0F230L,1UL},{0x4BF0F230L,0x8661345CL,0UL,1UL,0x93E4C89BL,18446744073709551615UL,0x8C156B71L,0x0FF2C30FL,0x9295EFEBL,0x4882D0AFL},{0xFABE22C3L,3UL,0x4882D0AFL,0xFC8C4E31L,0x7081810BL,18446744073709551614UL,18446744073709551615UL,0UL,18446744073709551615UL,18446744073709551615UL},{0xBFA3C62DL,0xF626DE92L,0xFC8C4E31L,1UL,1UL,0xFC8C4E31L,0xF626DE92L,0xBFA3C62DL,1UL,0UL}},{{1UL,0x93E4C89BL,3UL,0xFEAD66D3L,0x4882D0AFL,2UL,18446744073709551608UL,0x8661345CL,7UL,1UL},{0UL,7UL,3UL,0x4882D0AFL,0UL,0x8661345CL,1UL,0x5C5C18FDL,18446744073709551615UL,0xFC8C4E31L},{18446744073709551615UL,0xFC8C4E31L,3UL,0x8661345CL,0x7081810BL,0x9295EFEBL,0x9B3D69EBL,1UL,0x5C5C18FDL,18446744073709551614UL},{0x590E82C4L,0xFEAD66D3L,18446744073709551608UL,18446744073709551614UL,0x9295EFEBL,18446744073709551615UL,18446744073709551607UL,1UL,18446744073709551607UL,18446744073709551615UL},{1UL,0xBFA3C62DL,0x9B3D69EBL,0xBFA3C62DL,1UL,1UL,7UL,0x0FF2C30FL,1UL,0UL}},{{18446744073709551615UL,2UL,0x4BF0F230L,5UL,0xBFA3C62DL,7UL,0xFABE22C3L,18446744073709551607UL,0x93E4C89BL,0UL},{18446744073709551615UL,5UL,18446744073709551615UL,0x7081810BL,1UL,18446744073709551608UL,1UL,0xFC8C4E31L,1UL,18446744073709551615UL},{0UL,18446744073709551615UL,0x3523A17EL,0x5C5C18FDL,0x9295EFEBL,0xBFA3C62DL,0xFC8C4E31L,0UL,0x4BF0F230L,18446744073709551614UL},{1UL,1UL,0xFC8C4E31L,3UL,0x7081810BL,0x93E4C89BL,0x93E4C89BL,0x7081810BL,3UL,0xFC8C4E31L},{0x9194414EL,0x9194414EL,0x8C156B71L,0x3523A17EL,0UL,0UL,18446744073709551614UL,3UL,1UL,2UL}}};
static int16_t g_818 = (-1L);


/* --- FORWARD DECLARATIONS --- */
static const uint8_t  func_1(void);
static int32_t * func_2(int32_t * p_3, uint64_t  p_4, int32_t * p_5, int32_t * p_6, uint32_t  p_7);
static int32_t * func_10(uint8_t  p_11, const int32_t * p_12, int8_t  p_13);
static uint8_t  func_14(uint64_t  p_15, int32_t * p_16);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_9 g_20 g_18 g_234 g_239 g_220 g_63 g_198 g_170 g_160 g_104 g_254 g_19 g_333 g_573 g_256 g_56 g_100 g_537 g_360 g_566 g_567 g_409 g_652 g_631 g_565 g_679 g_694 g_365 g_695 g_593 g_372 g_574 g_785 g_794 g_101 g_818 g_595
 * writes: g_56 g_20 g_239 g_198 g_254 g_372 g_409 g_593 g_595 g_100 g_360 g_631 g_160 g_652 g_654 g_9 g_694 g_785 g_794 g_813 g_256 g_537
 */
static const uint8_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_8 = &g_9[0];
    uint8_t *l_230 = &g_56;
    uint32_t l_231 = 4294967289UL;
    int32_t *l_263[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t **l_262 = &l_263[1];
    int32_t **l_569[8][1] = {{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}};
    uint64_t l_570 = 0UL;
    int32_t l_603 = 0L;
    int64_t *l_653 = (void*)0;
    int32_t l_672 = 1L;
    int8_t l_686 = 0x8DL;
    int16_t l_700 = (-1L);
    uint16_t l_706 = 1UL;
    int64_t l_734 = 0x9C1544C60AB53A12LL;
    const int32_t l_784 = 0xB1CF757EL;
    int16_t *l_805[10][5][5] = {{{&g_254,&l_700,&g_254,&l_700,&l_700},{&l_700,&g_254,&g_254,&g_254,&g_254},{&g_254,&l_700,&g_254,(void*)0,(void*)0},{&g_254,&l_700,&l_700,&g_254,&g_254},{&g_254,(void*)0,&l_700,&l_700,&g_254}},{{&g_254,&l_700,&g_254,(void*)0,&l_700},{&g_254,&g_254,&l_700,&g_254,&l_700},{&l_700,&l_700,&l_700,&g_254,&l_700},{&g_254,&g_254,&l_700,&l_700,&g_254},{&g_254,&g_254,&l_700,(void*)0,(void*)0}},{{&l_700,&g_254,&l_700,&l_700,&l_700},{(void*)0,&g_254,(void*)0,&g_254,&g_254},{&g_254,&g_254,&l_700,&g_254,&l_700},{&l_700,&l_700,&g_254,&l_700,&l_700},{(void*)0,&g_254,(void*)0,&l_700,&l_700}},{{(void*)0,&l_700,(void*)0,&l_700,&l_700},{&g_254,(void*)0,&l_700,(void*)0,&g_254},{(void*)0,&l_700,(void*)0,&l_700,&g_254},{&l_700,&l_700,(void*)0,&g_254,&g_254},{&l_700,&g_254,&l_700,&g_254,(void*)0}},{{&l_700,&l_700,&l_700,&l_700,&g_254},{&l_700,&g_254,&l_700,&l_700,&g_254},{&l_700,&g_254,&l_700,&l_700,&g_254},{&g_254,&l_700,&g_254,&l_700,&g_254},{&l_700,&g_254,&g_254,&l_700,&g_254}},{{(void*)0,&g_254,&g_254,&g_254,(void*)0},{&l_700,&g_254,&g_254,&g_254,&l_700},{&g_254,&g_254,&g_254,&l_700,(void*)0},{&l_700,&l_700,&l_700,&g_254,(void*)0},{&l_700,&g_254,(void*)0,&g_254,(void*)0}},{{&l_700,&g_254,&l_700,(void*)0,&l_700},{(void*)0,&l_700,&l_700,&l_700,(void*)0},{&g_254,&g_254,&g_254,&g_254,&g_254},{&l_700,&g_254,&g_254,&g_254,&g_254},{&g_254,&l_700,&g_254,&g_254,&g_254}},{{&g_254,(void*)0,&l_700,&l_700,&g_254},{&g_254,(void*)0,&g_254,&l_700,&g_254},{&l_700,&l_700,&l_700,&l_700,(void*)0},{&g_254,(void*)0,&g_254,&l_700,&g_254},{(void*)0,(void*)0,&l_700,&g_254,&l_700}},{{&l_700,&l_700,(void*)0,&l_700,&l_700},{&l_700,&l_700,&l_700,(void*)0,&l_700},{&l_700,&l_700,&l_700,&g_254,&l_700},{&g_254,(void*)0,&l_700,&l_700,&l_700},{&l_700,(void*)0,&l_700,&l_700,&l_700}},{{(void*)0,&l_700,(void*)0,&l_700,&l_700},{&l_700,(void*)0,&l_700,&g_254,(void*)0},{&g_254,(void*)0,(void*)0,&g_254,&l_700},{&l_700,&l_700,&l_700,(void*)0,&l_700},{&l_700,&g_254,(void*)0,&g_254,&g_254}}};
    uint32_t *l_812 = &g_813[2][3][1];
    uint32_t l_814[9] = {18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL,18446744073709551608UL};
    uint64_t *l_815 = (void*)0;
    int i, j, k;
    (*g_19) = ((*l_262) = func_2(l_8, (*l_8), func_10(((*l_230) = func_14(g_9[0], l_8)), l_8, l_231), ((*l_262) = &g_256[5]), (*l_8)));
    --l_570;
    if (((void*)0 != g_573))
    { /* block id: 204 */
        uint64_t *l_582 = &g_372;
        int32_t l_586 = 0x05140CC8L;
        int8_t *l_587 = &g_409;
        int32_t l_589[2];
        uint8_t *l_592 = &g_593[4][0];
        uint8_t *l_594 = &g_595;
        int32_t l_598 = 0x45C43506L;
        int8_t *l_604 = &g_100;
        int i;
        for (i = 0; i < 2; i++)
            l_589[i] = 0x0079A4ABL;
        if ((safe_div_func_uint64_t_u_u((safe_add_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(253UL, (((*l_582) = g_256[7]) || ((safe_unary_minus_func_uint16_t_u(((safe_rshift_func_int8_t_s_s(((*l_587) = l_586), (l_586 <= ((!((((-2L) > ((*l_594) = ((*l_592) = (++(*l_230))))) , (-1L)) & l_589[0])) <= ((l_598 = 1UL) || ((*l_604) = ((safe_div_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u(g_100, l_603)), (**g_19))) > g_170))))))) < (-2L)))) == l_589[0])))), g_198)), l_586)))
        { /* block id: 212 */
            (*l_262) = &l_589[0];
            for (l_586 = (-14); (l_586 < 15); l_586 = safe_add_func_int16_t_s_s(l_586, 4))
            { /* block id: 216 */
                const int64_t l_607 = (-1L);
                return l_607;
            }
        }
        else
        { /* block id: 219 */
            int32_t *l_608 = &g_18;
            (*l_262) = l_608;
        }
    }
    else
    { /* block id: 222 */
        int32_t l_617[2];
        uint16_t *l_618 = &g_239;
        int32_t l_623 = 0x3BE30E45L;
        uint16_t l_628 = 0x8580L;
        uint32_t l_629 = 0UL;
        int64_t *l_630 = &g_360;
        uint64_t *l_632[4];
        const uint16_t l_633 = 0x2606L;
        int32_t l_673[4];
        int32_t *l_691 = &l_603;
        int32_t ***l_692 = (void*)0;
        const int32_t *l_693[1];
        int8_t l_701 = 1L;
        int32_t l_702 = 0x50E084A3L;
        int32_t l_704 = 0xF867AF04L;
        uint16_t l_735 = 0x97F7L;
        uint32_t l_736 = 0UL;
        int32_t l_754 = 8L;
        const uint16_t l_770 = 0x2224L;
        uint8_t l_788[8][10][3] = {{{2UL,1UL,1UL},{0x68L,253UL,1UL},{0xF3L,1UL,2UL},{0x12L,0x0BL,1UL},{1UL,1UL,0xCEL},{0x6FL,253UL,0UL},{0x3DL,1UL,0xE1L},{1UL,0x09L,253UL},{0xE1L,0x3DL,0xE1L},{0x3FL,0x45L,1UL}},{{0xE1L,1UL,0x3DL},{255UL,255UL,0x68L},{1UL,3UL,3UL},{255UL,0UL,0x0BL},{0xE1L,2UL,0xCEL},{0x3FL,0x0BL,255UL},{1UL,0x3DL,0x6BL},{0x0BL,0x0BL,0x6FL},{0xF3L,2UL,0x7FL},{255UL,0UL,253UL}},{{0xCEL,3UL,2UL},{253UL,255UL,253UL},{0UL,1UL,0x7FL},{0x12L,0x45L,0x6FL},{3UL,0xF3L,0x6BL},{1UL,255UL,255UL},{3UL,0x41L,0xCEL},{0x12L,0x09L,0x0BL},{0UL,0xCEL,3UL},{253UL,0x6FL,0x68L}},{{0xCEL,0xCEL,0x3DL},{255UL,0x09L,1UL},{0xF3L,0x41L,1UL},{0x0BL,255UL,0x09L},{1UL,0xF3L,1UL},{0x3FL,0x45L,1UL},{0xE1L,1UL,0x3DL},{255UL,255UL,0x68L},{1UL,3UL,3UL},{255UL,0UL,0x0BL}},{{0xE1L,2UL,0xCEL},{0x3FL,0x0BL,255UL},{1UL,0x3DL,0x6BL},{0x0BL,0x0BL,0x6FL},{0xF3L,2UL,0x7FL},{255UL,0UL,253UL},{0xCEL,3UL,2UL},{253UL,255UL,253UL},{0UL,1UL,0x7FL},{0x12L,0x45L,0x6FL}},{{3UL,0xF3L,0x6BL},{1UL,255UL,255UL},{3UL,0x41L,0xCEL},{0x12L,0x09L,0x0BL},{0UL,0xCEL,3UL},{253UL,0x6FL,0x68L},{0xCEL,0xCEL,0x3DL},{255UL,0x09L,1UL},{0xF3L,0x41L,1UL},{0x0BL,255UL,0x09L}},{{1UL,0xF3L,1UL},{0x3FL,0x45L,1UL},{0xE1L,1UL,0x3DL},{255UL,255UL,0x68L},{1UL,3UL,3UL},{255UL,0UL,0x0BL},{0xE1L,2UL,0xCEL},{0x3FL,0x0BL,255UL},{1UL,0x3DL,0x6BL},{0x0BL,0x0BL,0x6FL}},{{0xF3L,2UL,0x7FL},{255UL,0UL,253UL},{0xCEL,3UL,3UL},{0x09L,0x3FL,0x09L},{1UL,0x41L,0x6BL},{253UL,0UL,255UL},{1UL,0UL,0xE1L},{0x0BL,1UL,1UL},{1UL,0x7FL,0x3DL},{253UL,255UL,0x6FL}}};
        uint32_t *l_802 = &g_170;
        uint32_t **l_801 = &l_802;
        uint32_t ***l_800[8] = {&l_801,&l_801,&l_801,&l_801,&l_801,&l_801,&l_801,&l_801};
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_617[i] = 0L;
        for (i = 0; i < 4; i++)
            l_632[i] = (void*)0;
        for (i = 0; i < 4; i++)
            l_673[i] = 1L;
        for (i = 0; i < 1; i++)
            l_693[i] = &g_18;
        if ((((((*l_230) = (((*g_333) != &g_18) | (safe_add_func_int16_t_s_s((((g_160 = (g_104 > ((((safe_mod_func_int32_t_s_s(((!(!g_256[0])) != (g_9[0] <= (l_617[0] >= (((*l_618)++) >= (safe_add_func_uint16_t_u_u(l_623, ((g_631 = (((((*l_630) = (safe_div_func_uint32_t_u_u(((safe_mul_func_int8_t_s_s(g_256[7], (((l_623 == l_628) <= (-7L)) <= g_198))) >= (*l_8)), l_629))) == 0x4154E9C152D6C537LL) && l_628) >= g_537[0][0][0])) , g_360))))))), 9UL)) > l_623) & g_254) , l_628))) >= l_633) < l_628), l_617[0])))) || (-1L)) || (*g_566)) || l_617[0]))
        { /* block id: 228 */
            const uint8_t l_636 = 0x29L;
            int8_t l_643 = 0xDBL;
            uint64_t l_671 = 18446744073709551610UL;
            int32_t l_674[8][7] = {{0xCEAA2F22L,0xABA41DFAL,0xABA41DFAL,0xCEAA2F22L,(-1L),0x047203B8L,0xBFA35C97L},{(-6L),0x047203B8L,0x47A7DE7AL,(-1L),(-1L),0x47A7DE7AL,0x047203B8L},{(-1L),(-6L),0x1736159AL,0xAD084C41L,0xABA41DFAL,0xBFA35C97L,0xBFA35C97L},{0x1736159AL,(-6L),(-1L),(-6L),0x1736159AL,0xAD084C41L,0xABA41DFAL},{0x47A7DE7AL,0x047203B8L,(-6L),0xAD084C41L,(-1L),0xAD084C41L,(-6L)},{0xABA41DFAL,0xABA41DFAL,0xCEAA2F22L,(-1L),0x047203B8L,0xBFA35C97L,0x47A7DE7AL},{0x47A7DE7AL,0xAD084C41L,0xCEAA2F22L,0xCEAA2F22L,0xAD084C41L,0x47A7DE7AL,(-1L)},{0x1736159AL,0xCEAA2F22L,(-6L),(-1L),0x047203B8L,0x047203B8L,(-1L)}};
            int i, j;
            for (l_231 = 0; (l_231 > 10); l_231 = safe_add_func_uint8_t_u_u(l_231, 1))
            { /* block id: 231 */
                return l_636;
            }
            for (l_628 = 0; (l_628 >= 32); l_628++)
            { /* block id: 236 */
                int32_t ** const l_657[8][9] = {{&l_8,&l_8,&l_8,&l_8,&l_8,(void*)0,&l_8,&l_8,&l_8},{(void*)0,(void*)0,&g_20,(void*)0,(void*)0,&g_20,(void*)0,(void*)0,(void*)0},{&g_20,&l_8,&l_263[0],&l_8,&g_20,(void*)0,&g_20,&l_8,&l_263[0]},{(void*)0,(void*)0,&g_20,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_8,&l_8,&l_8,&l_8,&l_8,(void*)0,&l_8,&l_8,&l_8},{(void*)0,(void*)0,&g_20,(void*)0,(void*)0,&g_20,(void*)0,(void*)0,(void*)0},{&g_20,&l_8,&l_263[0],&l_8,&g_20,(void*)0,&g_20,&l_8,&l_263[0]},{(void*)0,(void*)0,&g_20,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
                int16_t *l_670 = &g_254;
                uint16_t l_675 = 0UL;
                int i, j;
                l_674[0][3] &= (safe_rshift_func_int8_t_s_u((safe_div_func_int8_t_s_s((l_643 , (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_add_func_int16_t_s_s((((safe_div_func_uint8_t_u_u(((((g_652 = &g_360) == (g_654 = l_653)) , ((((4294967295UL >= ((void*)0 != l_657[7][5])) ^ ((((safe_mod_func_int8_t_s_s((1L | (safe_lshift_func_int8_t_s_u(g_409, (safe_div_func_int64_t_s_s((((safe_rshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_s(((*l_670) = ((safe_rshift_func_uint8_t_u_s(2UL, g_409)) & 0x22L)), 9)), g_18)) , l_643) ^ (*l_8)), (*g_652)))))), g_631)) == (**g_565)) , (-1L)) > g_239)) , l_671) , (-1L))) > 1UL), g_100)) <= g_9[0]) , l_672), g_256[2])), 11)), 0xA1L))), l_673[2])), 4));
                ++l_675;
                if (l_636)
                    break;
            }
        }
        else
        { /* block id: 244 */
            int32_t * const l_678[10][1] = {{&l_672},{(void*)0},{&l_672},{(void*)0},{&l_672},{(void*)0},{&l_672},{(void*)0},{&l_672},{(void*)0}};
            uint8_t **l_681 = (void*)0;
            int32_t l_705 = 0x5124F1BFL;
            int i, j;
            (*g_679) = l_678[3][0];
            if ((~(((void*)0 == l_681) || (safe_lshift_func_int8_t_s_s(1L, 3)))))
            { /* block id: 246 */
                (*l_8) = (safe_sub_func_int64_t_s_s(l_686, (~((*g_652) = (*g_652)))));
            }
            else
            { /* block id: 249 */
                int32_t l_690[1];
                int32_t ****l_696 = &g_694;
                uint32_t *l_699 = &g_170;
                uint32_t **l_698[5][1];
                uint32_t ***l_697 = &l_698[2][0];
                int32_t l_703 = 7L;
                int i, j;
                for (i = 0; i < 1; i++)
                    l_690[i] = 0x2EAB5D4DL;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_698[i][j] = &l_699;
                }
                (*g_19) = (((((safe_div_func_int64_t_s_s(l_690[0], ((((*l_618) = ((l_617[0] | ((((*l_262) = l_691) == (g_18 , func_10((l_692 == &g_333), l_693[0], ((((*l_8) |= (l_700 &= (&g_566 != ((*l_697) = ((((*l_696) = g_694) != &g_19) , (void*)0))))) , 0xED2DL) | 0x4894L)))) == 0x98L)) , g_365)) || 0xC9D3L) , (****l_696)))) , l_701) == l_690[0]) ^ g_160) , (void*)0);
                if (l_672)
                    goto lbl_709;
lbl_709:
                l_706--;
                (*l_691) = ((void*)0 == &g_254);
            }
        }
        if ((safe_mod_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u(g_9[0], ((((*g_566) == (((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((((*g_652) = ((safe_lshift_func_uint8_t_u_u(((safe_mod_func_int64_t_s_s((((safe_mod_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s((safe_mul_func_uint8_t_u_u((safe_div_func_uint64_t_u_u(((safe_mul_func_int16_t_s_s(g_593[0][7], 0xE06DL)) , (safe_add_func_uint32_t_u_u((&l_231 != l_691), (g_198 &= 0xE7157C2AL)))), (g_372 &= (0xAB4B14A9E8C3A221LL && 0x013B05A4B8693C76LL)))), 252UL)), g_239)) , l_734), g_631)) >= 0L) > 65535UL), (*l_8))) < l_735), 3)) && 0xEBD128B2L)) , 247UL), 4)), (*l_8))) , 1L) | g_239)) , (*g_573)) == &g_368))) > 0xF774L), 0x5A51L)))
        { /* block id: 265 */
            uint16_t l_748 = 65535UL;
            int32_t l_751 = 2L;
            int8_t *l_752 = &l_701;
            int64_t *l_753 = &l_734;
            int32_t l_755 = 0x3ED7C079L;
            int32_t l_756 = 0x2380F543L;
            uint16_t l_765 = 65535UL;
            l_736++;
            if (((((((safe_lshift_func_int8_t_s_s((249UL && ((((((safe_div_func_int8_t_s_s((safe_sub_func_int8_t_s_s((-1L), (((((1UL | (((&g_337[0] != &g_337[0]) == (+((*l_618) = ((((*l_752) = (safe_sub_func_int8_t_s_s(((1UL <= (l_748 = ((*l_630) = (*g_652)))) == 0x29FB792FL), ((safe_lshift_func_int16_t_s_s((0x841F12D1L <= 4294967288UL), (*l_8))) == l_751)))) && l_748) , l_751)))) == (**g_565))) | 0xE534A1D470266362LL) | 0xDB07EC47L) , (void*)0) != (void*)0))), g_365)) , g_409) , (-1L)) > 0x5DL) == (*l_691)) <= l_751)), 7)) , g_372) , &g_104) == l_753) || l_754) > 1UL))
            { /* block id: 271 */
                int64_t l_757 = 0xD47E1E191ADE332ELL;
                uint32_t l_758 = 18446744073709551615UL;
                int32_t ***l_766 = (void*)0;
                int32_t ****l_767 = &g_694;
                int16_t *l_771[6][6][3] = {{{(void*)0,(void*)0,&g_254},{&g_254,&l_700,&l_700},{&g_254,&g_254,&l_700},{&g_254,&g_254,(void*)0},{&l_700,&g_254,&l_700},{&l_700,(void*)0,&l_700}},{{&g_254,&l_700,&g_254},{&l_700,&g_254,&l_700},{&l_700,(void*)0,&g_254},{&g_254,&g_254,&l_700},{&g_254,&g_254,&l_700},{(void*)0,&g_254,&g_254}},{{&l_700,&g_254,&g_254},{&l_700,&g_254,(void*)0},{(void*)0,(void*)0,&l_700},{&l_700,&l_700,&l_700},{(void*)0,&g_254,(void*)0},{&l_700,&l_700,&g_254}},{{&l_700,&l_700,&g_254},{&l_700,&g_254,&l_700},{&l_700,&g_254,&l_700},{&l_700,(void*)0,&g_254},{(void*)0,&l_700,&l_700},{&l_700,&l_700,(void*)0}},{{(void*)0,(void*)0,&g_254},{&l_700,&g_254,&g_254},{&l_700,&g_254,&g_254},{(void*)0,&l_700,&g_254},{&g_254,&l_700,&g_254},{&g_254,&g_254,(void*)0}},{{&l_700,&l_700,&l_700},{&l_700,(void*)0,&g_254},{&g_254,&g_254,&l_700},{&g_254,&g_254,&l_700},{(void*)0,&g_254,&g_254},{&l_700,&g_254,&g_254}}};
                uint64_t *l_783 = &l_570;
                int32_t * const ***l_787 = &g_785;
                int i, j, k;
                l_758++;
                (*l_8) = ((safe_add_func_int64_t_s_s((((((*l_691) = l_748) , (**g_565)) >= l_748) <= (((((safe_rshift_func_int8_t_s_s((((*g_652) & (&g_695 == (l_765 , ((*l_767) = l_766)))) | (safe_add_func_uint32_t_u_u(0x25120F68L, l_770))), 7)) >= l_755) & l_755) , g_537[0][6][1]) , g_256[8])), 0x6013EEDE902DBCE5LL)) | l_755);
                l_788[6][0][0] = (0x37FCF60DL | (&g_267 == ((*l_787) = ((((&l_618 == (void*)0) , (g_254 ^= 0x8508L)) >= (safe_lshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((safe_unary_minus_func_uint32_t_u((&g_574 == (void*)0))), (safe_sub_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(l_748, (safe_rshift_func_uint8_t_u_u(((l_783 != (void*)0) & 0x5B28L), l_751)))), l_784)))), (*l_8)))) , g_785))));
                return (*l_8);
            }
            else
            { /* block id: 280 */
                const uint64_t *l_793 = (void*)0;
                const uint64_t **l_792 = &l_793;
                const uint64_t ** const *l_791 = &l_792;
                const uint64_t ** const **l_790 = &l_791;
                const uint64_t ** const ***l_789 = &l_790;
                l_789 = (void*)0;
            }
        }
        else
        { /* block id: 283 */
            volatile int32_t * volatile *l_795 = (void*)0;
            volatile int32_t * volatile *l_796 = (void*)0;
            g_794 = g_794;
            for (g_239 = 0; (g_239 != 15); g_239 = safe_add_func_int32_t_s_s(g_239, 1))
            { /* block id: 287 */
                int32_t l_799[6] = {(-5L),(-5L),(-5L),(-5L),(-5L),(-5L)};
                int i;
                if (l_799[1])
                    break;
                return (*l_8);
            }
        }
        l_800[7] = (void*)0;
    }
    g_537[1][3][0] ^= (safe_add_func_int32_t_s_s((((g_254 = g_372) <= (safe_lshift_func_uint8_t_u_u((*l_8), (safe_rshift_func_int16_t_s_u(((safe_mod_func_int64_t_s_s(((((*l_812) = g_101) , l_814[3]) > g_9[0]), (g_160--))) < (g_256[2] = ((*l_8) || ((*l_8) >= (*l_8))))), 1))))) | (((g_818 , (*l_8)) | (*l_8)) >= 1UL)), g_595));
    return (*l_8);
}


/* ------------------------------------------ */
/* 
 * reads : g_333 g_20
 * writes:
 */
static int32_t * func_2(int32_t * p_3, uint64_t  p_4, int32_t * p_5, int32_t * p_6, uint32_t  p_7)
{ /* block id: 83 */
    uint8_t l_266 = 249UL;
    int16_t l_282 = 0x0FFCL;
    int64_t *l_319 = &g_104;
    int32_t **l_332 = (void*)0;
    int32_t l_347 = 0x9A8BBA51L;
    int32_t l_350 = (-1L);
    int32_t l_351 = 0xF6BD0773L;
    int32_t l_352 = (-9L);
    int32_t l_353 = (-1L);
    int32_t l_354[7] = {(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)};
    uint64_t l_355 = 0xB1D648DD55F3FAD2LL;
    const uint8_t l_358 = 253UL;
    uint64_t * const l_371 = &g_372;
    uint64_t * const *l_370 = &l_371;
    int32_t *l_382 = &g_256[8];
    uint16_t *l_425 = &g_239;
    int32_t l_426 = 0x6C7A7F3AL;
    uint64_t *l_452 = &g_160;
    uint64_t **l_451[3];
    uint64_t ***l_450 = &l_451[0];
    int32_t l_460 = 0xF801480BL;
    int32_t l_464[7][10] = {{0x0BF755DEL,0L,0x6E850736L,0xEB5960D2L,0x071BF38DL,0xEB5960D2L,0x6E850736L,0L,0x0BF755DEL,1L},{0x884551AEL,(-2L),0x6E850736L,0x071BF38DL,0L,0L,0x071BF38DL,0x6E850736L,(-2L),0x884551AEL},{(-2L),0xEB5960D2L,0x0BF755DEL,0x071BF38DL,(-1L),0x884551AEL,(-1L),0x071BF38DL,0x0BF755DEL,0xEB5960D2L},{1L,0x6E850736L,0x884551AEL,0xEB5960D2L,(-1L),0xFA784111L,0xFA784111L,(-1L),0xEB5960D2L,0x884551AEL},{(-1L),(-1L),(-2L),1L,0L,0xFA784111L,0x0BF755DEL,0xFA784111L,0L,1L},{1L,0x16D5B66AL,1L,0xFA784111L,0x071BF38DL,0x884551AEL,0x0BF755DEL,0x0BF755DEL,0x884551AEL,0x071BF38DL},{(-2L),(-1L),(-1L),(-2L),1L,0L,0xFA784111L,0x0BF755DEL,0xFA784111L,0L}};
    int8_t l_465[4] = {1L,1L,1L,1L};
    const uint8_t *l_499 = &l_266;
    const uint8_t **l_498 = &l_499;
    const uint8_t ***l_497 = &l_498;
    int i, j;
    for (i = 0; i < 3; i++)
        l_451[i] = &l_452;
    return (*g_333);
}


/* ------------------------------------------ */
/* 
 * reads : g_234 g_18 g_239 g_9 g_220 g_63 g_198 g_170 g_160 g_104 g_254 g_19 g_20
 * writes: g_20 g_239 g_198 g_254
 */
static int32_t * func_10(uint8_t  p_11, const int32_t * p_12, int8_t  p_13)
{ /* block id: 73 */
    int32_t *l_232 = &g_9[0];
    int32_t **l_233 = (void*)0;
    uint16_t *l_237 = (void*)0;
    uint16_t *l_238 = &g_239;
    int32_t ***l_240 = &l_233;
    uint32_t *l_249 = &g_198;
    uint64_t *l_252 = (void*)0;
    int16_t *l_253 = &g_254;
    int32_t *l_255[8] = {&g_256[5],&g_256[5],&g_256[5],&g_256[5],&g_256[5],&g_256[5],&g_256[5],&g_256[5]};
    int64_t l_257 = (-1L);
    int8_t l_258 = 0x0BL;
    uint32_t l_259 = 18446744073709551606UL;
    int i;
    (*g_234) = l_232;
    l_257 ^= ((((((*l_253) |= (0xB6EC3E81L || ((safe_div_func_int8_t_s_s((((*l_238) |= g_18) > (((((&g_220 != ((*l_240) = &l_232)) & (((g_9[0] | 0UL) <= (0x3618BF3FL || (safe_sub_func_int64_t_s_s(((*g_220) < (safe_add_func_uint32_t_u_u((((safe_mul_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((*l_249)++), (g_170 < (-10L)))), g_160)) || g_18) && 8UL), (*p_12)))), 0x6EF5A8E44C22DBCCLL)))) < 0x8AACL)) != (*l_232)) , l_252) == &g_160)), p_11)) > g_104))) || p_11) & 0x67L) != 0xC1A7L) || (*p_12));
    --l_259;
    return (*g_19);
}


/* ------------------------------------------ */
/* 
 * reads : g_20 g_18
 * writes:
 */
static uint8_t  func_14(uint64_t  p_15, int32_t * p_16)
{ /* block id: 1 */
    int32_t *l_17 = &g_18;
    int32_t l_60 = 1L;
    int32_t l_64 = 0xF7F2F1E7L;
    uint8_t *l_80 = &g_56;
    uint8_t **l_81[3][10] = {{&l_80,(void*)0,&l_80,&l_80,&l_80,(void*)0,&l_80,&l_80,(void*)0,&l_80},{&l_80,&l_80,&l_80,&l_80,&l_80,&l_80,&l_80,&l_80,&l_80,&l_80},{&l_80,&l_80,(void*)0,&l_80,&l_80,(void*)0,&l_80,&l_80,&l_80,(void*)0}};
    uint8_t *l_82 = (void*)0;
    int16_t l_83 = 0L;
    int32_t **l_84 = &g_20;
    int32_t l_206[9][7] = {{(-5L),0x9CABAC1BL,2L,1L,2L,0x9CABAC1BL,(-5L)},{0L,0xBE22E702L,(-5L),0xAC2ACA09L,0xF4887661L,0x896E0AB1L,0xF4887661L},{0x9CABAC1BL,3L,3L,0x9CABAC1BL,0L,0x3244882DL,1L},{0x50E07B2AL,0x8E9D9AFAL,(-5L),(-3L),(-3L),(-5L),0x8E9D9AFAL},{0L,(-5L),2L,0x20AD17BFL,3L,1L,1L},{0x896E0AB1L,0x50E07B2AL,(-3L),0x50E07B2AL,0x896E0AB1L,0xBE22E702L,0xF4887661L},{1L,0x3244882DL,(-5L),0x20AD17BFL,(-9L),0x20AD17BFL,(-5L)},{0xF4887661L,0xF4887661L,0L,(-3L),0x8E9D9AFAL,0x446B0253L,(-5L)},{1L,0x20AD17BFL,0x9CABAC1BL,0x9CABAC1BL,0x20AD17BFL,1L,(-9L)}};
    int8_t l_218 = 0L;
    int32_t l_225[7][2][7] = {{{2L,(-1L),1L,0x50267AACL,0x50267AACL,1L,(-1L)},{1L,5L,0x2CF074F6L,(-1L),4L,0xAD0AB60FL,0xE29DF94DL}},{{(-1L),0L,0x4BA7E2C6L,0x366A3FBEL,(-1L),7L,0x95469179L},{(-1L),0xDC80609CL,0xDF494586L,(-1L),0L,0xE7098F6EL,9L}},{{9L,0x95469179L,0L,0x50267AACL,0x98204966L,0L,0x50267AACL},{(-1L),0x9B414852L,7L,0xAD0AB60FL,0x50267AACL,0x366A3FBEL,5L}},{{0x50267AACL,0x9B414852L,(-7L),0xE49BDA0EL,0xE29DF94DL,0xDF494586L,0xE29DF94DL},{1L,0x95469179L,0x95469179L,1L,4L,(-1L),0L}},{{0L,0xDC80609CL,0xAD0AB60FL,0L,1L,0L,0L},{0xDC80609CL,0L,(-7L),0x50267AACL,9L,0xE7098F6EL,0L}},{{2L,5L,(-1L),1L,0xAD0AB60FL,0x366A3FBEL,0xE29DF94DL},{0x4BA7E2C6L,(-1L),0x2CF074F6L,0L,(-1L),0x95469179L,5L}},{{1L,1L,0xDF494586L,2L,(-1L),1L,0x50267AACL},{9L,0L,0xAD0AB60FL,0x5100AA5BL,0xAD0AB60FL,0L,9L}}};
    int i, j, k;
    return (**l_84);
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_9[i], "g_9[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_198, "g_198", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_239, "g_239", print_hash_value);
    transparent_crc(g_254, "g_254", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_256[i], "g_256[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_360, "g_360", print_hash_value);
    transparent_crc(g_365, "g_365", print_hash_value);
    transparent_crc(g_372, "g_372", print_hash_value);
    transparent_crc(g_409, "g_409", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_537[i][j][k], "g_537[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_567, "g_567", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_593[i][j], "g_593[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_595, "g_595", print_hash_value);
    transparent_crc(g_631, "g_631", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_813[i][j][k], "g_813[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_818, "g_818", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 161
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

XXX max expression depth: 35
breakdown:
   depth: 1, occurrence: 46
   depth: 2, occurrence: 6
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
   depth: 14, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 24, occurrence: 1
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 34, occurrence: 2
   depth: 35, occurrence: 1

XXX total number of pointers: 188

XXX times a variable address is taken: 419
XXX times a pointer is dereferenced on RHS: 90
breakdown:
   depth: 1, occurrence: 73
   depth: 2, occurrence: 13
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 118
breakdown:
   depth: 1, occurrence: 111
   depth: 2, occurrence: 4
   depth: 3, occurrence: 3
XXX times a pointer is compared with null: 21
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 2186

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 381
   level: 2, occurrence: 55
   level: 3, occurrence: 63
   level: 4, occurrence: 5
XXX number of pointers point to pointers: 69
XXX number of pointers point to scalars: 119
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 33
XXX average alias set size: 1.32

XXX times a non-volatile is read: 599
XXX times a non-volatile is write: 303
XXX times a volatile is read: 33
XXX    times read thru a pointer: 5
XXX times a volatile is write: 16
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 343
XXX percentage of non-volatile access: 94.8

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 43
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 11
   depth: 1, occurrence: 4
   depth: 2, occurrence: 11
   depth: 3, occurrence: 17

XXX percentage a fresh-made variable is used: 13.8
XXX percentage an existing variable is used: 86.2
********************* end of statistics **********************/

