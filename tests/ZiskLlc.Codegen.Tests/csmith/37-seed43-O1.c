/* Csmith 2.3.0 --seed 43 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 4954A22A */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 43 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      43
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   uint32_t  f0;
   uint64_t  f1;
   int8_t  f2;
   uint64_t  f3;
   int8_t  f4;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2 = 0xA2768935L;/* VOLATILE GLOBAL g_2 */
static volatile int32_t g_3 = (-1L);/* VOLATILE GLOBAL g_3 */
static volatile int32_t g_4 = 0x260417BEL;/* VOLATILE GLOBAL g_4 */
static int32_t g_5 = 0x95010F7AL;
static volatile int32_t g_11 = (-5L);/* VOLATILE GLOBAL g_11 */
static int32_t g_12 = 0xA2282D56L;
static struct S0 g_40 = {0x1536C745L,0x07A051AAF19195C5LL,0x8CL,0x5C74600EBE663439LL,-3L};
static int32_t g_49 = (-10L);
static int64_t g_70 = 0xB4C73BE97B5C16B7LL;
static int16_t g_74 = 0x8810L;
static int16_t g_86 = 0xB992L;
static int64_t g_90[8] = {0L,0L,0L,0L,0L,0L,0L,0L};
static uint64_t * const  volatile g_98[5][8] = {{&g_40.f1,(void*)0,(void*)0,&g_40.f1,&g_40.f1,(void*)0,&g_40.f1,(void*)0},{&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1},{(void*)0,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,(void*)0,(void*)0,&g_40.f1},{&g_40.f1,(void*)0,&g_40.f1,&g_40.f1,&g_40.f1,(void*)0,&g_40.f1,(void*)0},{&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,&g_40.f1,(void*)0,&g_40.f1}};
static struct S0 g_122 = {4294967295UL,18446744073709551615UL,0x4EL,0UL,1L};
static int32_t * volatile g_125[7][9] = {{(void*)0,&g_49,&g_12,&g_12,(void*)0,(void*)0,(void*)0,&g_12,&g_5},{&g_49,&g_12,&g_49,&g_12,(void*)0,&g_49,&g_49,(void*)0,&g_12},{&g_49,&g_5,&g_49,&g_5,&g_12,&g_12,(void*)0,&g_5,(void*)0},{&g_12,(void*)0,&g_12,&g_5,(void*)0,&g_12,&g_49,&g_5,&g_5},{(void*)0,&g_5,&g_49,&g_5,&g_12,&g_12,(void*)0,(void*)0,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_49,&g_5,&g_49,&g_49},{(void*)0,(void*)0,&g_12,&g_12,(void*)0,&g_12,&g_5,&g_49,(void*)0}};
static struct S0 * volatile g_128 = &g_122;/* VOLATILE GLOBAL g_128 */
static int64_t g_142 = 0x49E9CF386E976ACALL;
static int32_t * volatile g_152 = &g_49;/* VOLATILE GLOBAL g_152 */
static uint64_t g_179[4] = {0x381A5F3E66D62840LL,0x381A5F3E66D62840LL,0x381A5F3E66D62840LL,0x381A5F3E66D62840LL};
static int32_t g_182 = 2L;
static uint8_t g_207 = 1UL;
static int32_t *g_215 = (void*)0;
static int32_t **g_214 = &g_215;
static int32_t ***g_213 = &g_214;
static int32_t **** volatile g_212 = &g_213;/* VOLATILE GLOBAL g_212 */
static uint16_t *g_233 = (void*)0;
static int64_t g_269[4] = {0x3CEC8F38069C4C5DLL,0x3CEC8F38069C4C5DLL,0x3CEC8F38069C4C5DLL,0x3CEC8F38069C4C5DLL};
static struct S0 * volatile g_324 = &g_122;/* VOLATILE GLOBAL g_324 */
static uint16_t g_353[1][4] = {{0x5195L,0x5195L,0x5195L,0x5195L}};
static const int32_t g_358 = 0x95CEEF5BL;
static const int32_t g_360[10] = {0L,4L,0L,0L,4L,0L,0L,4L,0L,0L};
static const int32_t *g_359 = &g_360[0];
static uint16_t g_377 = 65535UL;
static uint16_t g_400 = 1UL;
static volatile uint16_t g_431 = 0x5315L;/* VOLATILE GLOBAL g_431 */
static volatile uint16_t *g_430 = &g_431;
static volatile uint16_t **g_429 = &g_430;
static volatile uint16_t ** volatile * volatile g_428[5][4][7] = {{{(void*)0,&g_429,&g_429,&g_429,(void*)0,&g_429,&g_429},{(void*)0,&g_429,(void*)0,&g_429,&g_429,&g_429,(void*)0},{&g_429,&g_429,&g_429,(void*)0,&g_429,&g_429,&g_429},{(void*)0,&g_429,&g_429,&g_429,(void*)0,&g_429,&g_429}},{{&g_429,&g_429,&g_429,&g_429,&g_429,&g_429,&g_429},{(void*)0,&g_429,(void*)0,&g_429,&g_429,&g_429,&g_429},{&g_429,&g_429,&g_429,&g_429,(void*)0,(void*)0,(void*)0},{&g_429,(void*)0,(void*)0,(void*)0,&g_429,(void*)0,&g_429}},{{&g_429,(void*)0,&g_429,&g_429,&g_429,(void*)0,(void*)0},{(void*)0,&g_429,&g_429,&g_429,(void*)0,(void*)0,&g_429},{&g_429,&g_429,&g_429,(void*)0,&g_429,&g_429,&g_429},{&g_429,&g_429,(void*)0,(void*)0,&g_429,&g_429,(void*)0}},{{&g_429,&g_429,&g_429,&g_429,&g_429,&g_429,&g_429},{(void*)0,&g_429,&g_429,&g_429,&g_429,(void*)0,(void*)0},{&g_429,&g_429,&g_429,&g_429,&g_429,(void*)0,&g_429},{&g_429,&g_429,(void*)0,(void*)0,&g_429,&g_429,&g_429}},{{(void*)0,&g_429,(void*)0,&g_429,&g_429,&g_429,&g_429},{&g_429,(void*)0,(void*)0,&g_429,&g_429,&g_429,&g_429},{&g_429,&g_429,&g_429,&g_429,(void*)0,&g_429,&g_429},{&g_429,&g_429,(void*)0,(void*)0,&g_429,&g_429,(void*)0}}};
static int16_t g_523[2][7][7] = {{{0x26F3L,(-1L),(-1L),0x26F3L,0L,(-3L),0x4EE9L},{0xED1DL,0xA12CL,0xB4F7L,0x1ACEL,0x8574L,5L,0x4EE9L},{2L,0x608DL,(-10L),0xED1DL,0xFB4FL,(-6L),0x4EE9L},{(-1L),(-10L),0xA12CL,(-1L),(-4L),0x0246L,0x4EE9L},{0x1ACEL,(-10L),0xF9DEL,2L,8L,0x3A84L,0x4EE9L},{(-1L),0xB4F7L,(-10L),6L,7L,0xD811L,0x4EE9L},{6L,0xF9DEL,0x608DL,(-1L),0x4EE9L,0x2A16L,0x4EE9L}},{{0x26F3L,(-1L),(-1L),0x26F3L,0L,(-3L),0x4EE9L},{0xED1DL,0xA12CL,0xB4F7L,0x1ACEL,0x8574L,5L,0x4EE9L},{2L,0x608DL,(-10L),0xED1DL,0xFB4FL,(-6L),0x4EE9L},{(-1L),(-10L),0xA12CL,(-1L),(-4L),0x0246L,0x4EE9L},{0x1ACEL,(-10L),0xF9DEL,2L,8L,0x3A84L,0x4EE9L},{(-1L),0xB4F7L,(-10L),6L,7L,0xD811L,0x4EE9L},{6L,0xF9DEL,0x608DL,(-1L),0x4EE9L,0x2A16L,0x4EE9L}}};
static uint8_t g_526 = 1UL;
static int16_t g_562 = 0x5554L;
static const int32_t g_589[9][4][4] = {{{6L,0x67E96996L,7L,1L},{7L,1L,7L,0x67E96996L},{6L,1L,0x16DB7A3CL,1L},{6L,0x67E96996L,7L,1L}},{{7L,1L,7L,0x67E96996L},{6L,1L,0x16DB7A3CL,1L},{6L,0x67E96996L,7L,1L},{7L,1L,7L,0x67E96996L}},{{6L,1L,0x16DB7A3CL,1L},{6L,0x67E96996L,7L,1L},{7L,1L,7L,0x67E96996L},{6L,1L,0x16DB7A3CL,1L}},{{6L,0x67E96996L,7L,1L},{7L,1L,7L,0x67E96996L},{7L,0x67E96996L,6L,0x67E96996L},{7L,(-8L),0x16DB7A3CL,0x67E96996L}},{{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)},{7L,0x67E96996L,6L,0x67E96996L},{7L,(-8L),0x16DB7A3CL,0x67E96996L},{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)}},{{7L,0x67E96996L,6L,0x67E96996L},{7L,(-8L),0x16DB7A3CL,0x67E96996L},{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)},{7L,0x67E96996L,6L,0x67E96996L}},{{7L,(-8L),0x16DB7A3CL,0x67E96996L},{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)},{7L,0x67E96996L,6L,0x67E96996L},{7L,(-8L),0x16DB7A3CL,0x67E96996L}},{{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)},{7L,0x67E96996L,6L,0x67E96996L},{7L,(-8L),0x16DB7A3CL,0x67E96996L},{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)}},{{7L,0x67E96996L,6L,0x67E96996L},{7L,(-8L),0x16DB7A3CL,0x67E96996L},{0x16DB7A3CL,0x67E96996L,0x16DB7A3CL,(-8L)},{7L,0x67E96996L,6L,0x67E96996L}}};
static const int32_t *g_588 = &g_589[4][2][2];
static const int32_t *g_591 = &g_589[4][2][2];
static const int32_t ** volatile g_590[4] = {&g_591,&g_591,&g_591,&g_591};
static const int32_t ** volatile g_592 = &g_591;/* VOLATILE GLOBAL g_592 */
static struct S0 * volatile g_656 = &g_40;/* VOLATILE GLOBAL g_656 */
static struct S0 * volatile g_661 = &g_40;/* VOLATILE GLOBAL g_661 */
static int32_t * volatile g_665 = (void*)0;/* VOLATILE GLOBAL g_665 */
static uint8_t g_693[3][3][10] = {{{255UL,4UL,255UL,0x49L,3UL,0xBAL,255UL,7UL,1UL,7UL},{255UL,0UL,1UL,0x89L,1UL,0UL,255UL,7UL,0x48L,4UL},{0x48L,7UL,255UL,0UL,1UL,0x89L,1UL,0UL,255UL,7UL}},{{1UL,7UL,255UL,0xBAL,3UL,0x49L,255UL,4UL,255UL,0x49L},{253UL,0UL,3UL,0UL,253UL,0x49L,255UL,0x89L,0x48L,0xBAL},{1UL,4UL,3UL,0x89L,0xDFL,0x89L,3UL,4UL,1UL,0xBAL}},{{0x48L,0x89L,255UL,0x49L,253UL,0UL,3UL,0UL,253UL,0x49L},{255UL,4UL,255UL,0x49L,3UL,0xBAL,255UL,7UL,1UL,7UL},{255UL,0UL,1UL,0x89L,1UL,0UL,255UL,7UL,0x48L,4UL}}};
static int8_t *g_747 = &g_40.f2;
static int16_t g_765 = 1L;
static int32_t * const  volatile g_824 = &g_49;/* VOLATILE GLOBAL g_824 */
static int32_t * const  volatile g_832 = &g_49;/* VOLATILE GLOBAL g_832 */


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static uint32_t  func_13(int8_t  p_14, int32_t  p_15, uint32_t  p_16);
static struct S0  func_20(int64_t  p_21, int8_t  p_22, uint64_t  p_23, uint64_t  p_24, uint16_t  p_25);
static int64_t  func_34(struct S0  p_35, struct S0  p_36, int8_t  p_37, int64_t  p_38, int32_t  p_39);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_2 g_142
 * writes: g_5 g_4 g_12
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    uint16_t l_8[9] = {0x3A23L,0x3A23L,0x3A23L,0x3A23L,0x3A23L,0x3A23L,0x3A23L,0x3A23L,0x3A23L};
    int32_t l_19 = 0xD73DF2EFL;
    int32_t l_895 = 0xF44FDAA3L;
    int32_t l_897 = (-10L);
    int32_t l_901 = 0L;
    int32_t l_905 = 0x5F9AB7A0L;
    struct S0 l_925 = {0xF9D820D0L,6UL,0x13L,0xC1E181457066AF12LL,-1L};
    int8_t *l_954 = &g_40.f2;
    uint32_t l_955[1][3][8] = {{{0xAEB1F537L,0x3578C452L,0xAEB1F537L,0x686354AFL,0x686354AFL,0xAEB1F537L,0x3578C452L,0xAEB1F537L},{4UL,0x686354AFL,4294967288UL,0x686354AFL,4UL,4UL,0x686354AFL,4294967288UL},{4UL,4UL,0x686354AFL,4294967288UL,0x686354AFL,4UL,4UL,0x686354AFL}}};
    int i, j, k;
    for (g_5 = 9; (g_5 < (-13)); g_5--)
    { /* block id: 3 */
        for (g_4 = 0; g_4 < 9; g_4 += 1)
        {
            l_8[g_4] = 65526UL;
        }
        if (l_8[1])
            continue;
        return g_2;
    }
    for (g_5 = (-18); (g_5 < 10); g_5 = safe_add_func_uint32_t_u_u(g_5, 5))
    { /* block id: 10 */
        uint32_t l_886 = 0x783A1A95L;
        int32_t l_889 = (-4L);
        int32_t l_900 = 0x887CB75EL;
        int32_t l_903 = 0x2E2EE5C9L;
        int32_t l_906 = (-1L);
        int32_t l_920 = 0L;
        uint32_t l_924 = 0UL;
        uint16_t *l_935 = &g_353[0][1];
        int8_t **l_953 = &g_747;
        int32_t *l_956 = &l_905;
        for (g_12 = 8; (g_12 >= 0); g_12 -= 1)
        { /* block id: 13 */
            int32_t *l_873 = &l_19;
            int32_t l_890 = 0L;
            int32_t l_896 = (-4L);
            int32_t l_898 = 0xBF9DFDE9L;
            int32_t l_902 = 0xBCC912A4L;
            int32_t l_904 = 0L;
            uint32_t l_907 = 0x522B66DEL;
            int32_t l_914 = 6L;
            int32_t *l_915 = &g_182;
            int16_t l_921 = 0xB80AL;
            int64_t *l_922 = (void*)0;
            int64_t *l_923 = &g_142;
            struct S0 *l_926[8][3] = {{(void*)0,(void*)0,(void*)0},{&g_40,&g_40,&g_40},{(void*)0,(void*)0,(void*)0},{&g_40,&g_40,&g_40},{(void*)0,(void*)0,(void*)0},{&g_40,&g_40,&g_40},{(void*)0,(void*)0,(void*)0},{&g_40,&g_40,&g_40}};
            int i, j;
        }
    }
    return g_142;
}


/* ------------------------------------------ */
/* 
 * reads : g_40 g_12 g_3 g_5 g_11 g_74 g_49 g_90 g_98 g_128 g_122.f2 g_142 g_152 g_122.f3 g_122 g_182 g_360 g_70 g_207 g_213 g_214 g_526 g_4 g_86 g_179 g_523 g_562 g_358 g_324 g_2 g_215 g_592 g_430 g_431 g_656 g_269 g_589 g_661 g_353 g_377 g_747 g_765 g_400 g_359 g_824 g_832
 * writes: g_49 g_40.f1 g_70 g_74 g_86 g_122 g_40.f0 g_40.f2 g_179 g_182 g_207 g_377 g_215 g_523 g_526 g_213 g_588 g_591 g_40 g_693 g_400 g_233 g_590
 */
static uint32_t  func_13(int8_t  p_14, int32_t  p_15, uint32_t  p_16)
{ /* block id: 14 */
    uint32_t l_31 = 0xB24ADC9FL;
    struct S0 l_41 = {0xB8909FF4L,1UL,0xB1L,0UL,3L};
    int32_t *l_48 = &g_49;
    int32_t *l_53 = (void*)0;
    int32_t l_54 = (-7L);
    int16_t l_55 = 0x7CECL;
    struct S0 *l_833[2];
    struct S0 l_834 = {4294967295UL,0x1F4343351D05A438LL,0x72L,0xB90029065C73F9F1LL,-1L};
    int32_t l_842 = 6L;
    int32_t l_844 = 0L;
    int32_t l_845[3];
    int i;
    for (i = 0; i < 2; i++)
        l_833[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_845[i] = (-1L);
    l_834 = func_20((safe_unary_minus_func_int64_t_s((((safe_div_func_int16_t_s_s((((safe_sub_func_uint32_t_u_u((l_31 && (safe_rshift_func_uint16_t_u_s(((((((func_34(g_40, (p_14 , l_41), ((((l_54 = (safe_div_func_int32_t_s_s(((safe_mod_func_int32_t_s_s(((p_14 > (((((safe_div_func_int32_t_s_s(p_14, ((*l_48) = l_41.f1))) > (safe_mod_func_int32_t_s_s(p_16, ((+g_12) , 0x9E433C58L)))) ^ 5UL) == g_40.f0) , g_3)) , (-1L)), g_40.f0)) && 0UL), 0xE3176A90L))) , p_14) && l_55) & g_5), g_40.f1, p_16) , p_16) <= 4294967295UL) | 249UL) > g_360[1]) & g_269[3]) && 0x99EB753F1FFB3160LL), g_589[4][2][2]))), 0x5D793B46L)) , g_526) <= p_16), g_12)) >= g_358) && 0UL))), p_16, g_142, g_562, p_16);
    for (g_122.f4 = (-4); (g_122.f4 >= (-2)); g_122.f4 = safe_add_func_uint8_t_u_u(g_122.f4, 3))
    { /* block id: 385 */
        int8_t l_841 = 6L;
        int32_t l_843 = (-1L);
        int32_t l_846 = 0xE51DD281L;
        int32_t l_847 = 0x93082B34L;
        int32_t l_848 = 2L;
        int32_t l_849 = (-2L);
        int32_t l_850 = 0x6793E8D1L;
        uint32_t l_851 = 0xAC88ED45L;
        int32_t **l_865 = &l_48;
        for (g_40.f2 = 0; (g_40.f2 == (-12)); g_40.f2 = safe_sub_func_uint8_t_u_u(g_40.f2, 2))
        { /* block id: 388 */
            int32_t *l_839 = (void*)0;
            int32_t *l_840[5][6] = {{&g_49,(void*)0,&g_49,(void*)0,(void*)0,(void*)0},{&l_54,&g_49,&g_49,&l_54,(void*)0,&l_54},{&l_54,&l_54,(void*)0,&l_54,&l_54,(void*)0},{&l_54,&l_54,(void*)0,(void*)0,&l_54,&l_54},{&g_49,&l_54,(void*)0,&l_54,(void*)0,&l_54}};
            int i, j;
            l_851--;
            for (l_41.f0 = 0; (l_41.f0 != 16); l_41.f0 = safe_add_func_uint32_t_u_u(l_41.f0, 4))
            { /* block id: 392 */
                uint8_t *l_866[10][1][8] = {{{&g_526,&g_693[0][1][6],&g_693[0][1][6],&g_526,&g_693[0][0][2],&g_207,(void*)0,&g_207}},{{&g_693[0][0][2],&g_207,(void*)0,&g_207,(void*)0,&g_693[0][1][5],&g_693[2][0][7],&g_693[2][0][7]}},{{&g_207,&g_207,(void*)0,&g_526,(void*)0,&g_207,&g_207,&g_526}},{{&g_526,&g_693[0][1][6],&g_526,&g_207,&g_526,(void*)0,&g_207,(void*)0}},{{(void*)0,&g_693[2][0][7],&g_526,(void*)0,&g_526,&g_526,(void*)0,&g_526}},{{&g_526,&g_526,&g_693[0][1][5],(void*)0,(void*)0,&g_207,&g_526,(void*)0}},{{&g_207,&g_693[0][0][2],&g_526,(void*)0,(void*)0,(void*)0,&g_693[0][1][6],(void*)0}},{{&g_693[0][0][2],(void*)0,&g_526,(void*)0,&g_693[0][0][2],&g_207,&g_693[0][1][5],&g_526}},{{&g_526,&g_207,&g_693[2][0][7],(void*)0,&g_693[2][0][7],(void*)0,&g_526,(void*)0}},{{&g_526,&g_693[0][1][5],&g_693[2][0][7],&g_207,&g_207,&g_693[2][0][7],&g_693[0][1][5],&g_526}}};
                struct S0 l_869 = {4294967287UL,0UL,0L,1UL,0L};
                int32_t l_872 = 1L;
                int i, j, k;
                (**l_865) |= ((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((safe_div_func_uint8_t_u_u(((*g_430) , ((void*)0 == &g_747)), (safe_unary_minus_func_int16_t_s(g_182)))), (247UL & (g_693[1][0][4] = (l_865 == l_865))))), 0)), 11)) | ((safe_lshift_func_uint16_t_u_u((l_869 , (safe_mul_func_int16_t_s_s((p_16 , g_179[2]), l_872))), 10)) | g_589[6][3][1]));
            }
        }
        for (l_55 = 0; l_55 < 4; l_55 += 1)
        {
            g_590[l_55] = &g_588;
        }
        return p_16;
    }
    return p_15;
}


/* ------------------------------------------ */
/* 
 * reads : g_86 g_128 g_122 g_661 g_152 g_49 g_214 g_5 g_207 g_353 g_90 g_431 g_40.f2 g_70 g_377 g_523 g_215 g_358 g_360 g_526 g_142 g_747 g_4 g_589 g_765 g_324 g_40.f1 g_2 g_74 g_40.f4 g_400 g_359 g_824 g_832
 * writes: g_86 g_74 g_40 g_49 g_215 g_207 g_526 g_693 g_182 g_122.f4 g_523 g_122.f1 g_400 g_233
 */
static struct S0  func_20(int64_t  p_21, int8_t  p_22, uint64_t  p_23, uint64_t  p_24, uint16_t  p_25)
{ /* block id: 307 */
    int32_t l_662 = 0x7DD3533AL;
    int32_t l_684 = (-9L);
    struct S0 * const l_704[8][6] = {{&g_40,&g_40,(void*)0,(void*)0,(void*)0,&g_122},{&g_40,(void*)0,(void*)0,&g_40,&g_40,&g_40},{&g_40,&g_40,&g_40,(void*)0,&g_40,&g_40},{&g_40,(void*)0,&g_40,&g_40,&g_40,(void*)0},{(void*)0,&g_40,(void*)0,&g_40,&g_40,&g_40},{&g_40,&g_40,&g_122,&g_40,&g_40,(void*)0},{&g_40,&g_40,&g_40,&g_40,(void*)0,&g_122},{&g_122,&g_40,&g_40,(void*)0,&g_40,&g_40}};
    int32_t l_726[10][10][2] = {{{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)},{0xD1E01950L,0xE968D1D7L},{0L,4L},{(-10L),0L},{8L,1L},{8L,0L}},{{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)},{0xD1E01950L,0xE968D1D7L},{0L,4L},{(-10L),0L},{8L,1L}},{{8L,0L},{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)},{0xD1E01950L,0xE968D1D7L},{0L,4L},{(-10L),0L}},{{8L,1L},{8L,0L},{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)},{0xD1E01950L,0xE968D1D7L},{0L,4L}},{{(-10L),0L},{8L,1L},{8L,0L},{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)},{0xD1E01950L,0xE968D1D7L}},{{0L,4L},{(-10L),0L},{8L,1L},{8L,0L},{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)}},{{0xD1E01950L,0xE968D1D7L},{0L,4L},{(-10L),0L},{8L,1L},{8L,0L},{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L},{0x1DEAE014L,0x1DEAE014L}},{{4L,(-1L)},{0xD1E01950L,0xE968D1D7L},{0L,4L},{(-10L),0L},{8L,1L},{8L,0L},{(-10L),4L},{0L,0xE968D1D7L},{0xD1E01950L,(-1L)},{4L,0x1DEAE014L}},{{0x1DEAE014L,0x1DEAE014L},{4L,(-1L)},{0xD1E01950L,0xE968D1D7L},{0L,4L},{(-10L),0L},{8L,1L},{8L,0L},{(-10L),4L},{1L,(-10L)},{8L,4L}},{{0x1DEAE014L,0L},{0L,0L},{0x1DEAE014L,4L},{8L,(-10L)},{1L,0x1DEAE014L},{0xD1E01950L,1L},{(-1L),0L},{(-1L),1L},{0xD1E01950L,0x1DEAE014L},{1L,(-10L)}}};
    int8_t *l_749 = (void*)0;
    int32_t l_806 = 0L;
    struct S0 *l_830 = &g_122;
    int i, j, k;
    for (g_86 = 0; (g_86 > 21); g_86 = safe_add_func_uint64_t_u_u(g_86, 8))
    { /* block id: 310 */
        int32_t *l_666 = &g_5;
        int32_t l_685[7];
        uint8_t *l_692 = &g_526;
        uint32_t l_702 = 0x7E3D9317L;
        struct S0 l_703 = {1UL,6UL,1L,0x1CE3B33C3FDDC460LL,0x03L};
        uint32_t *l_810 = &g_40.f0;
        uint32_t **l_809 = &l_810;
        uint64_t *l_811 = &g_122.f1;
        uint16_t *l_814 = &g_400;
        uint16_t **l_821 = &g_233;
        int16_t *l_822 = &g_74;
        int32_t *l_823 = &l_662;
        struct S0 **l_825 = (void*)0;
        struct S0 *l_827 = &g_122;
        struct S0 **l_826 = &l_827;
        struct S0 *l_829 = &l_703;
        struct S0 **l_828 = &l_829;
        struct S0 *l_831[6][2] = {{&g_122,&g_122},{&g_122,&g_40},{(void*)0,&g_40},{&g_40,&g_40},{(void*)0,&g_40},{&g_122,&g_122}};
        int i, j;
        for (i = 0; i < 7; i++)
            l_685[i] = 9L;
        if (p_21)
        { /* block id: 311 */
            struct S0 l_663 = {0x2B60EF07L,0x29D98AEE364B7E15LL,0L,0x07E57DA2FF995D39LL,0x32L};
            int32_t l_667 = (-5L);
            for (g_74 = 0; (g_74 < 15); g_74++)
            { /* block id: 314 */
                (*g_661) = (*g_128);
            }
            if (l_662)
            { /* block id: 317 */
                return l_663;
            }
            else
            { /* block id: 319 */
                (*g_152) ^= ((~0L) ^ p_23);
                (*g_214) = l_666;
                l_667 &= 0x72602C9CL;
                (*g_214) = l_666;
            }
            if (p_22)
                continue;
        }
        else
        { /* block id: 326 */
            int32_t **l_680 = (void*)0;
            int32_t ** const l_681 = &g_215;
            uint8_t *l_682 = (void*)0;
            uint8_t *l_683[9][3][7] = {{{&g_207,&g_207,&g_526,&g_207,&g_207,&g_207,&g_207},{&g_207,&g_207,&g_207,&g_207,&g_207,(void*)0,&g_526},{&g_207,&g_207,(void*)0,&g_207,&g_526,(void*)0,&g_207}},{{(void*)0,&g_526,&g_207,&g_526,&g_526,&g_207,&g_526},{&g_207,&g_207,&g_526,&g_207,&g_526,(void*)0,&g_207},{&g_207,&g_526,&g_207,&g_207,&g_207,(void*)0,&g_526}},{{&g_207,(void*)0,(void*)0,&g_207,&g_207,(void*)0,(void*)0},{&g_526,(void*)0,&g_207,(void*)0,&g_526,(void*)0,&g_207},{(void*)0,&g_207,&g_526,&g_207,&g_526,&g_207,(void*)0}},{{&g_207,&g_526,&g_207,(void*)0,&g_526,(void*)0,&g_526},{(void*)0,(void*)0,(void*)0,&g_207,(void*)0,&g_207,&g_207},{&g_526,&g_526,&g_526,&g_207,&g_526,&g_207,&g_207}},{{&g_207,&g_207,(void*)0,&g_207,&g_207,&g_526,&g_207},{&g_526,(void*)0,&g_207,&g_526,&g_526,&g_526,(void*)0},{&g_207,&g_526,(void*)0,&g_207,&g_207,(void*)0,&g_207}},{{&g_526,&g_526,&g_526,&g_207,&g_526,&g_207,&g_207},{&g_207,&g_207,&g_526,&g_207,&g_207,(void*)0,&g_207},{&g_526,(void*)0,&g_526,&g_207,(void*)0,&g_207,&g_526}},{{(void*)0,(void*)0,&g_207,&g_207,&g_526,(void*)0,&g_207},{&g_207,&g_207,&g_207,&g_526,(void*)0,&g_207,&g_526},{(void*)0,&g_207,&g_207,&g_526,&g_526,(void*)0,&g_207}},{{&g_526,&g_526,&g_526,&g_526,(void*)0,&g_526,&g_526},{(void*)0,&g_526,(void*)0,(void*)0,&g_207,(void*)0,&g_207},{&g_526,&g_526,&g_207,&g_207,&g_526,&g_526,&g_207}},{{&g_207,(void*)0,&g_526,(void*)0,&g_207,&g_207,(void*)0},{(void*)0,&g_526,&g_207,&g_526,&g_207,&g_207,&g_207},{&g_207,(void*)0,&g_207,&g_526,(void*)0,&g_207,(void*)0}}};
            int8_t l_694 = 0xC1L;
            uint8_t l_695[3][5] = {{0x06L,0xEEL,0x06L,0xEEL,0x06L},{1UL,1UL,1UL,1UL,1UL},{0x06L,0xEEL,0x06L,0xEEL,0x06L}};
            int32_t *l_696 = &l_685[3];
            int32_t *l_707[9][4][3] = {{{&g_182,&g_182,&l_662},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{&g_182,&g_182,&g_182}},{{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662}},{{&g_182,&g_182,&g_182},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{(void*)0,&g_182,&g_182}},{{&g_182,&g_182,&l_662},{&g_182,&g_182,&g_182},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662}},{{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{&g_182,&g_182,&g_182},{(void*)0,&g_182,&g_182}},{{&g_182,&g_182,&l_662},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{&g_182,&g_182,&g_182}},{{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662}},{{&g_182,&g_182,&g_182},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662},{(void*)0,&g_182,&g_182}},{{&g_182,&g_182,&l_662},{&g_182,&g_182,&g_182},{(void*)0,&g_182,&g_182},{&g_182,&g_182,&l_662}}};
            int8_t *l_708 = &g_40.f4;
            uint64_t l_724 = 7UL;
            int32_t l_750[3][4] = {{0L,0L,1L,0L},{0L,0L,0L,0L},{0L,0L,0L,0L}};
            struct S0 l_767 = {2UL,0x2CD4ACD3B92DC0EELL,0x9BL,0x34F5BFA6B7C5C84ELL,1L};
            int i, j, k;
            (*l_696) |= ((safe_sub_func_int32_t_s_s(5L, (l_662 && (*l_666)))) , (safe_rshift_func_int16_t_s_s((safe_div_func_int64_t_s_s((((p_22 | (1UL || (~(safe_add_func_uint16_t_u_u(((((g_693[2][0][7] = ((*l_692) = (0L >= ((((safe_lshift_func_uint16_t_u_s((~(l_680 == l_681)), ((((((++g_207) , (((safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_u(0UL, (*l_666))), l_662)) || l_684) > 0x6EBED2152099FEA9LL)) , l_684) , 0xB9D50C60L) , &g_207) == l_692))) || p_23) & (-7L)) < 1L)))) , l_694) && 1UL) | p_23), l_695[1][3]))))) > 0UL) & g_353[0][3]), (*l_666))), g_90[6])));
            if (((((*l_708) = ((((safe_rshift_func_uint8_t_u_s(251UL, 2)) ^ ((g_431 , (!(safe_mod_func_int32_t_s_s((*l_696), l_702)))) < (p_22 || ((&g_122 != (l_703 , l_704[7][4])) >= (((g_182 = (safe_mod_func_int8_t_s_s(g_40.f2, l_684))) , (-1L)) , p_23))))) != g_70) , (*l_666))) | g_377) || p_23))
            { /* block id: 333 */
                int32_t *l_717[5][9] = {{(void*)0,&g_49,&g_5,(void*)0,(void*)0,&l_685[5],(void*)0,(void*)0,&g_5},{(void*)0,(void*)0,(void*)0,&l_684,&l_684,(void*)0,&g_5,(void*)0,&l_684},{(void*)0,(void*)0,(void*)0,(void*)0,&g_49,&l_685[5],(void*)0,&l_684,(void*)0},{&l_684,(void*)0,(void*)0,(void*)0,(void*)0,&l_684,&l_684,(void*)0,&g_5},{&g_12,&l_685[5],&l_684,&g_49,&g_49,&l_684,&l_685[5],&g_12,(void*)0}};
                int16_t *l_725[6] = {&g_86,&g_86,&g_86,&g_86,&g_86,&g_86};
                uint32_t *l_740 = &l_703.f0;
                int8_t **l_748 = &l_708;
                int i, j;
                l_726[3][8][0] |= (((safe_sub_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(g_523[1][3][2], (((((safe_mul_func_uint16_t_u_u(p_23, (*l_666))) || (((*l_696) = (((l_684 || (*l_666)) , (safe_lshift_func_int8_t_s_u(((((*l_681) = (*g_214)) != l_717[0][0]) , (p_24 == (safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(0xC5L, g_358)), l_724)), 65526UL)))), 2))) || p_21)) , (*l_666))) , 0x2BB1E63954BF327CLL) | 0UL) || g_360[0]))), 0x03306DDDL)) <= g_358) >= p_21);
                l_750[0][3] ^= (safe_lshift_func_uint8_t_u_s(((safe_mod_func_int8_t_s_s(((safe_rshift_func_int16_t_s_s(l_684, (safe_rshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((((p_22 , g_526) , (((safe_rshift_func_int8_t_s_s((g_122.f4 |= ((((void*)0 != &p_25) < ((safe_unary_minus_func_int64_t_s((((--(*l_740)) & ((*l_696) = ((safe_rshift_func_int8_t_s_u(((*g_747) &= (((safe_rshift_func_uint16_t_u_s(0UL, 10)) , (g_142 | 0UL)) > ((((*l_748) = g_747) != l_749) >= p_22))), 1)) < g_4))) == 7UL))) <= p_22)) >= p_21)), p_24)) || (*g_747)) != g_90[1])) , (void*)0) == l_704[7][4]), p_22)), 1)))) <= (-7L)), 9UL)) , l_662), 5));
            }
            else
            { /* block id: 343 */
                int32_t **l_754 = &l_707[2][0][2];
                int32_t ***l_753 = &l_754;
                int16_t *l_757 = &g_523[0][0][0];
                int16_t *l_762 = (void*)0;
                int16_t *l_763 = &g_74;
                int32_t l_764[5] = {0L,0L,0L,0L,0L};
                struct S0 l_766 = {0x00282FCAL,0UL,0L,0xCCCEB9223F971792LL,0x84L};
                int i;
                l_767 = ((safe_add_func_int32_t_s_s(((((((g_589[4][2][2] , ((*l_753) = (void*)0)) != &g_359) >= ((p_25 & ((safe_lshift_func_int16_t_s_u(((*l_757) = ((-2L) == (l_707[1][2][0] == l_666))), 4)) & (safe_div_func_int16_t_s_s((*l_696), ((*l_763) = (safe_rshift_func_int16_t_s_s((l_726[3][8][0] &= (-1L)), 12))))))) , 0x3203L)) < l_764[2]) | g_765) , (*l_696)), 0x6E299F68L)) , l_766);
            }
        }
        if (p_23)
        { /* block id: 351 */
            return (*g_324);
        }
        else
        { /* block id: 353 */
            int32_t *l_768[2];
            int i;
            for (i = 0; i < 2; i++)
                l_768[i] = &l_726[6][8][1];
            l_703 = l_703;
            l_685[2] ^= p_23;
            for (g_40.f2 = 0; (g_40.f2 <= 4); ++g_40.f2)
            { /* block id: 358 */
                uint16_t l_778 = 0x02BDL;
                int32_t l_789 = 0x7063B11BL;
                uint64_t *l_805[10] = {(void*)0,&g_122.f1,(void*)0,(void*)0,&g_122.f1,(void*)0,(void*)0,&g_122.f1,(void*)0,(void*)0};
                int i;
                l_806 = (safe_mul_func_int16_t_s_s(((safe_div_func_int32_t_s_s((((*l_666) || ((safe_unary_minus_func_int8_t_s((p_22 = (safe_add_func_uint8_t_u_u(l_778, (((safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s(((((((safe_mul_func_int16_t_s_s((safe_div_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((--(*l_692)), 6)), 0xBB87L)), (((((((safe_sub_func_uint8_t_u_u(252UL, (safe_rshift_func_int8_t_s_s(p_23, 6)))) | (p_24 = (l_726[7][1][0] = (safe_sub_func_uint32_t_u_u((l_662 > (safe_mul_func_uint8_t_u_u(g_40.f1, (p_23 >= (safe_unary_minus_func_uint64_t_u((safe_mul_func_int16_t_s_s(g_122.f3, g_2)))))))), p_25))))) , (-8L)) && 0UL) , 0xE3D3L) | p_23) != p_21))) ^ g_74) >= (*l_666)) < 2L) <= p_23) <= l_789), p_25)), l_662)) , (*g_747)) && g_40.f4)))))) >= l_684)) != g_207), g_353[0][0])) < 5UL), p_21));
                (*g_214) = &l_684;
                if ((*g_152))
                    break;
                if ((*l_666))
                    continue;
            }
        }
        (*g_824) = (safe_sub_func_int8_t_s_s((((&l_726[3][9][0] != (void*)0) , (p_23 >= ((*l_811) = (l_666 != ((*l_809) = (void*)0))))) < (safe_lshift_func_uint16_t_u_s((--(*l_814)), 12))), ((safe_sub_func_int16_t_s_s((g_122.f3 >= p_23), (safe_div_func_int8_t_s_s((((*l_823) = (((*l_822) = (((*l_821) = &g_353[0][2]) == (void*)0)) , (*g_359))) , 0L), 1UL)))) , (*g_747))));
        (*g_832) = (((*l_828) = ((*l_826) = &l_703)) == (l_831[2][0] = l_830));
    }
    return (*l_830);
}


/* ------------------------------------------ */
/* 
 * reads : g_40.f1 g_11 g_74 g_49 g_5 g_40.f2 g_40.f3 g_40.f0 g_90 g_98 g_40.f4 g_40 g_128 g_122.f2 g_142 g_152 g_122.f3 g_122 g_182 g_12 g_360 g_70 g_207 g_213 g_214 g_526 g_4 g_86 g_179 g_523 g_562 g_358 g_324 g_2 g_215 g_592 g_430 g_431 g_656
 * writes: g_40.f1 g_70 g_74 g_86 g_49 g_122 g_40.f0 g_40.f2 g_179 g_182 g_207 g_377 g_215 g_523 g_526 g_213 g_588 g_591 g_40
 */
static int64_t  func_34(struct S0  p_35, struct S0  p_36, int8_t  p_37, int64_t  p_38, int32_t  p_39)
{ /* block id: 17 */
    uint64_t *l_60 = &g_40.f1;
    int32_t l_68[2][6][3] = {{{0x106A4789L,0x106A4789L,0xE08268A7L},{(-10L),1L,(-10L)},{0x106A4789L,0xE08268A7L,0xE08268A7L},{0x42697258L,1L,0x42697258L},{0x106A4789L,0x106A4789L,0xE08268A7L},{(-10L),1L,(-10L)}},{{0x106A4789L,0xE08268A7L,0xE08268A7L},{0x42697258L,1L,0x42697258L},{0x106A4789L,0x106A4789L,0xE08268A7L},{(-10L),1L,(-10L)},{0x106A4789L,0xE08268A7L,0xE08268A7L},{0x42697258L,1L,0x42697258L}}};
    int64_t *l_69 = &g_70;
    int16_t *l_73 = &g_74;
    uint64_t l_84 = 1UL;
    int16_t *l_85 = &g_86;
    uint8_t *l_87 = (void*)0;
    uint32_t *l_88[3][10][8] = {{{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,(void*)0,(void*)0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0},{&g_40.f0,&g_40.f0,(void*)0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0},{&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0},{(void*)0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0},{&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0}},{{&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0},{(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,(void*)0,&g_40.f0,(void*)0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0},{&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,(void*)0,&g_40.f0,&g_40.f0,(void*)0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0},{(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0}},{{&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,(void*)0,(void*)0,(void*)0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0},{(void*)0,(void*)0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0},{&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,&g_40.f0,(void*)0,&g_40.f0,&g_40.f0}}};
    int32_t l_89 = 0x0DC513BAL;
    struct S0 l_119[6][7] = {{{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L}},{{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L}},{{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L}},{{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L}},{{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L}},{{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L},{0x91527EC9L,0x91112FB1C122574FLL,0x60L,4UL,1L}}};
    int16_t l_154[6][8][5] = {{{0x6B93L,0x6B93L,0xE7ECL,0x6B93L,0x6B93L},{0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL,0xCE92L},{0x6B93L,1L,1L,0x6B93L,1L},{0xCE92L,0xCE92L,0x9F2AL,0xDE8AL,0xDE8AL},{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL},{1L,1L,0x6B93L,1L,1L},{0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL}},{{1L,0xE7ECL,0xE7ECL,1L,0xE7ECL},{0xDE8AL,0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL},{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL},{1L,1L,0x6B93L,1L,1L},{0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL},{1L,0xE7ECL,0xE7ECL,1L,0xE7ECL},{0xDE8AL,0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL}},{{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL},{1L,1L,0x6B93L,1L,1L},{0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL},{1L,0xE7ECL,0xE7ECL,1L,0xE7ECL},{0xDE8AL,0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL},{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL}},{{1L,1L,0x6B93L,1L,1L},{0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL},{1L,0xE7ECL,0xE7ECL,1L,0xE7ECL},{0xDE8AL,0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL},{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL},{1L,1L,0x6B93L,1L,1L},{0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL}},{{1L,0xE7ECL,0xE7ECL,1L,0xE7ECL},{0xDE8AL,0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL},{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL},{1L,1L,0x6B93L,1L,1L},{0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL},{1L,0xE7ECL,0xE7ECL,1L,0xE7ECL},{0xDE8AL,0xDE8AL,0xCE92L,0xDE8AL,0xDE8AL}},{{0xE7ECL,1L,0xE7ECL,0xE7ECL,1L},{0xDE8AL,0x9F2AL,0x9F2AL,0xDE8AL,0xCE92L},{0xE7ECL,0xE7ECL,1L,0xE7ECL,0xE7ECL},{0xCE92L,0x9F2AL,0xCE92L,0xCE92L,0x9F2AL},{0xE7ECL,0x6B93L,0x6B93L,0xE7ECL,0x6B93L},{0x9F2AL,0x9F2AL,0xDE8AL,0x9F2AL,0x9F2AL},{0x6B93L,0xE7ECL,0x6B93L,0x6B93L,0xE7ECL},{0x9F2AL,0xCE92L,0xCE92L,0x9F2AL,0xCE92L}}};
    int32_t *l_168 = &l_68[1][4][2];
    int32_t **l_167 = &l_168;
    int16_t l_204 = 0x3DDCL;
    int32_t ****l_224 = &g_213;
    int16_t l_295 = 0x7FD6L;
    uint32_t l_311 = 0x797375FFL;
    int32_t * const *l_319[4][7] = {{(void*)0,(void*)0,&l_168,&g_215,&l_168,(void*)0,(void*)0},{(void*)0,&l_168,&l_168,&l_168,(void*)0,(void*)0,&l_168},{(void*)0,(void*)0,(void*)0,&l_168,&l_168,(void*)0,(void*)0},{&l_168,&g_215,&l_168,&l_168,&g_215,&l_168,&g_215}};
    int32_t * const **l_318 = &l_319[3][4];
    int8_t l_374 = 0x46L;
    int16_t l_393 = 0L;
    const int32_t l_404 = 7L;
    uint32_t l_423 = 0x346788B6L;
    uint8_t *l_485 = &g_207;
    int32_t l_493 = 0L;
    uint16_t l_515 = 0xED37L;
    uint16_t l_533 = 0UL;
    int32_t ***l_575 = &g_214;
    int32_t *l_585 = &l_89;
    int8_t l_598 = 0x12L;
    int i, j, k;
    if ((safe_div_func_int16_t_s_s(((((*l_60)--) || ((l_89 = (g_11 | (((((safe_lshift_func_int16_t_s_s((!(((safe_mul_func_int16_t_s_s((8L <= (p_36.f0 = ((l_68[1][4][2] = ((((*l_85) = ((((*l_69) = l_68[1][4][2]) != p_36.f1) ^ ((safe_mul_func_int16_t_s_s(0x3F8AL, ((*l_73) |= l_68[1][4][2]))) , (safe_rshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((((~(&l_68[0][3][2] == ((((*l_73) = ((safe_lshift_func_int8_t_s_s((((safe_div_func_uint8_t_u_u(((g_49 || (((0xD4L & l_68[1][4][2]) == l_68[1][4][2]) <= g_5)) < p_36.f3), g_40.f2)) , p_35.f1) & p_35.f1), 0)) <= l_68[1][4][2])) | l_68[1][4][2]) , &l_68[0][2][0]))) < g_40.f3) > p_35.f1) , l_84), g_40.f0)), 5))))) != 0x5A49L) < p_36.f0)) != 0x34L))), l_84)) , g_40.f2) >= 8UL)), 1)) & l_84) <= 18446744073709551611UL) || 0x46L) & l_84))) > g_40.f2)) | g_90[5]), p_35.f3)))
    { /* block id: 26 */
        int32_t l_113 = 0xF54216E3L;
        int32_t l_124 = (-1L);
        int32_t l_157 = 0x04BE0949L;
        int32_t l_158 = (-1L);
        int32_t l_159 = 0x8B5704E5L;
        int32_t l_160 = 0x0A1D963CL;
        int32_t l_161 = 6L;
        int32_t *l_166 = &l_159;
        int32_t **l_165[5][3][7] = {{{&l_166,&l_166,&l_166,&l_166,(void*)0,&l_166,(void*)0},{&l_166,&l_166,(void*)0,&l_166,(void*)0,&l_166,(void*)0},{&l_166,&l_166,&l_166,&l_166,&l_166,&l_166,&l_166}},{{&l_166,&l_166,&l_166,&l_166,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_166,&l_166,&l_166,&l_166,&l_166},{&l_166,(void*)0,&l_166,&l_166,(void*)0,&l_166,&l_166}},{{&l_166,&l_166,&l_166,(void*)0,(void*)0,&l_166,&l_166},{&l_166,&l_166,&l_166,&l_166,&l_166,&l_166,&l_166},{&l_166,&l_166,&l_166,&l_166,&l_166,&l_166,&l_166}},{{&l_166,&l_166,&l_166,&l_166,(void*)0,&l_166,&l_166},{&l_166,&l_166,(void*)0,(void*)0,&l_166,(void*)0,&l_166},{&l_166,&l_166,&l_166,&l_166,&l_166,&l_166,&l_166}},{{&l_166,&l_166,(void*)0,(void*)0,&l_166,&l_166,&l_166},{&l_166,&l_166,(void*)0,&l_166,&l_166,&l_166,&l_166},{&l_166,(void*)0,&l_166,&l_166,(void*)0,&l_166,&l_166}}};
        int i, j, k;
        for (p_37 = 1; (p_37 >= 0); p_37 -= 1)
        { /* block id: 29 */
            uint8_t l_118 = 247UL;
            struct S0 l_127[4][4][6] = {{{{0xB850B6A6L,1UL,-1L,0x8573CADF08772C45LL,0xD1L},{0UL,3UL,0xC3L,2UL,1L},{0x45CF57BCL,0x0D89702E9BE69E52LL,0x5DL,0xD61C39D5F78CBBD6LL,-10L},{0xB9057EADL,3UL,0xD4L,0UL,0x82L},{4294967295UL,0xECA0792482777045LL,0x91L,0x2FBE421836AFDF52LL,0x8FL},{1UL,0x424D4B57F47EB60ELL,-1L,0x3B0378A5466BB0A5LL,0x2AL}},{{0UL,0x86D5588B0772C01CLL,0xB9L,0UL,0x82L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{0UL,0UL,0x91L,4UL,0x37L},{0UL,0UL,0x91L,4UL,0x37L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{0UL,0x86D5588B0772C01CLL,0xB9L,0UL,0x82L}},{{0x45DC83D6L,18446744073709551615UL,0x8EL,0x141B2B8B1DA9A825LL,5L},{8UL,0xD4AB49327924F713LL,0xB6L,0xF9E04B2EDB8FDD8ALL,0x99L},{4294967288UL,1UL,-1L,0xCA53BE8B1390B164LL,-3L},{1UL,0x424D4B57F47EB60ELL,-1L,0x3B0378A5466BB0A5LL,0x2AL},{0UL,0UL,0x91L,4UL,0x37L},{0x1CDB4FA6L,18446744073709551615UL,0xC4L,0xB0C17D96C62DEA18LL,0xAFL}},{{0x9FCEEBA0L,0x33F7C1FE831DD9F6LL,0x51L,1UL,0xE8L},{0xB9057EADL,3UL,0xD4L,0UL,0x82L},{0x256AB4E6L,5UL,-1L,2UL,0xC7L},{0UL,3UL,-1L,0x46CA458FB0310B93LL,1L},{5UL,18446744073709551615UL,-3L,0xBC37ACF775A945B4LL,7L},{0x45CF57BCL,0x0D89702E9BE69E52LL,0x5DL,0xD61C39D5F78CBBD6LL,-10L}}},{{{0x9FCEEBA0L,0x33F7C1FE831DD9F6LL,0x51L,1UL,0xE8L},{0x45CF57BCL,0x0D89702E9BE69E52LL,0x5DL,0xD61C39D5F78CBBD6LL,-10L},{0UL,3UL,-1L,0x46CA458FB0310B93LL,1L},{4294967288UL,1UL,-1L,0xCA53BE8B1390B164LL,-3L},{0UL,0x86D5588B0772C01CLL,0xB9L,0UL,0x82L},{8UL,0xD4AB49327924F713LL,0xB6L,0xF9E04B2EDB8FDD8ALL,0x99L}},{{0UL,3UL,-1L,0x46CA458FB0310B93LL,1L},{4294967295UL,0xECA0792482777045LL,0x91L,0x2FBE421836AFDF52LL,0x8FL},{0x14FFF49AL,0x3359DDC449269BA4LL,0x06L,18446744073709551615UL,0x02L},{4294967295UL,0xECA0792482777045LL,0x91L,0x2FBE421836AFDF52LL,0x8FL},{0UL,3UL,-1L,0x46CA458FB0310B93LL,1L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L}},{{0UL,0UL,0x91L,4UL,0x37L},{0x45DC83D6L,18446744073709551615UL,0x8EL,0x141B2B8B1DA9A825LL,5L},{0x256AB4E6L,5UL,-1L,2UL,0xC7L},{1UL,0x424D4B57F47EB60ELL,-1L,0x3B0378A5466BB0A5LL,0x2AL},{6UL,0x35F48295CE5FD003LL,-1L,0x766888E9B22A78F6LL,0x65L},{0UL,3UL,0xC3L,2UL,1L}},{{0x14FFF49AL,0x3359DDC449269BA4LL,0x06L,18446744073709551615UL,0x02L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{0x9FCEEBA0L,0x33F7C1FE831DD9F6LL,0x51L,1UL,0xE8L},{0x45DC83D6L,18446744073709551615UL,0x8EL,0x141B2B8B1DA9A825LL,5L},{0UL,0x6653C33EB4EFABF2LL,-1L,0x0AEFA70C1663C647LL,1L},{0UL,3UL,0xC3L,2UL,1L}}},{{{0xB850B6A6L,1UL,-1L,0x8573CADF08772C45LL,0xD1L},{0x63753532L,0xE4834083B5058832LL,1L,5UL,0xDDL},{0x256AB4E6L,5UL,-1L,2UL,0xC7L},{0x45CF57BCL,0x0D89702E9BE69E52LL,0x5DL,0xD61C39D5F78CBBD6LL,-10L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L}},{{0UL,0x6653C33EB4EFABF2LL,-1L,0x0AEFA70C1663C647LL,1L},{0x14FFF49AL,0x3359DDC449269BA4LL,0x06L,18446744073709551615UL,0x02L},{0x14FFF49AL,0x3359DDC449269BA4LL,0x06L,18446744073709551615UL,0x02L},{0UL,0x6653C33EB4EFABF2LL,-1L,0x0AEFA70C1663C647LL,1L},{0xB850B6A6L,1UL,-1L,0x8573CADF08772C45LL,0xD1L},{8UL,0xD4AB49327924F713LL,0xB6L,0xF9E04B2EDB8FDD8ALL,0x99L}},{{0x45CF57BCL,0x0D89702E9BE69E52LL,0x5DL,0xD61C39D5F78CBBD6LL,-10L},{0x256AB4E6L,5UL,-1L,2UL,0xC7L},{0x63753532L,0xE4834083B5058832LL,1L,5UL,0xDDL},{0xB850B6A6L,1UL,-1L,0x8573CADF08772C45LL,0xD1L},{4294967288UL,1UL,-1L,0xCA53BE8B1390B164LL,-3L},{0xB9057EADL,3UL,0xD4L,0UL,0x82L}},{{0x45DC83D6L,18446744073709551615UL,0x8EL,0x141B2B8B1DA9A825LL,5L},{0x9FCEEBA0L,0x33F7C1FE831DD9F6LL,0x51L,1UL,0xE8L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{0x14FFF49AL,0x3359DDC449269BA4LL,0x06L,18446744073709551615UL,0x02L},{4294967288UL,1UL,-1L,0xCA53BE8B1390B164LL,-3L},{0x45CF57BCL,0x0D89702E9BE69E52LL,0x5DL,0xD61C39D5F78CBBD6LL,-10L}}},{{{1UL,0x424D4B57F47EB60ELL,-1L,0x3B0378A5466BB0A5LL,0x2AL},{0x256AB4E6L,5UL,-1L,2UL,0xC7L},{0x45DC83D6L,18446744073709551615UL,0x8EL,0x141B2B8B1DA9A825LL,5L},{0UL,0UL,0x91L,4UL,0x37L},{0xB850B6A6L,1UL,-1L,0x8573CADF08772C45LL,0xD1L},{0UL,0UL,0x91L,4UL,0x37L}},{{4294967295UL,0xECA0792482777045LL,0x91L,0x2FBE421836AFDF52LL,0x8FL},{0x14FFF49AL,0x3359DDC449269BA4LL,0x06L,18446744073709551615UL,0x02L},{4294967295UL,0xECA0792482777045LL,0x91L,0x2FBE421836AFDF52LL,0x8FL},{0UL,3UL,-1L,0x46CA458FB0310B93LL,1L},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{4294967288UL,1UL,-1L,0xCA53BE8B1390B164LL,-3L}},{{4294967288UL,1UL,-1L,0xCA53BE8B1390B164LL,-3L},{0x63753532L,0xE4834083B5058832LL,1L,5UL,0xDDL},{0xB9057EADL,3UL,0xD4L,0UL,0x82L},{0x75658741L,0xB0B43543006B1119LL,0xB3L,0xDB3D75B199FB15E9LL,0x44L},{0UL,0x6653C33EB4EFABF2LL,-1L,0x0AEFA70C1663C647LL,1L},{0x256AB4E6L,5UL,-1L,2UL,0xC7L}},{{0x63753532L,0xE4834083B5058832LL,1L,5UL,0xDDL},{0x25122344L,18446744073709551615UL,2L,0x90A5E1540130CC3CLL,-4L},{1UL,0x424D4B57F47EB60ELL,-1L,0x3B0378A5466BB0A5LL,0x2AL},{0x75658741L,0xB0B43543006B1119LL,0xB3L,0xDB3D75B199FB15E9LL,0x44L},{6UL,0x35F48295CE5FD003LL,-1L,0x766888E9B22A78F6LL,0x65L},{0UL,3UL,-1L,0x46CA458FB0310B93LL,1L}}}};
            int i, j, k;
            for (p_35.f4 = 6; (p_35.f4 >= 2); p_35.f4 -= 1)
            { /* block id: 32 */
                int32_t *l_91 = &l_89;
                int i;
                l_91 = &g_49;
                (*l_91) = ((((safe_mod_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((((((safe_add_func_uint64_t_u_u(((g_98[0][3] != ((safe_mod_func_int8_t_s_s(g_90[(p_35.f4 + 1)], (safe_rshift_func_uint8_t_u_u(p_37, ((safe_rshift_func_int16_t_s_u(((safe_add_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(l_113, 4)), 8)) , ((g_74 ^ p_35.f4) , 1UL)), 7)) <= (safe_mod_func_int16_t_s_s(((0x7AL ^ (safe_rshift_func_uint16_t_u_u(0x77E5L, g_40.f1))) || p_36.f3), p_36.f0))), (-1L))) , 0xFE91L), 13)) != p_36.f3))))) , (void*)0)) <= 0L), g_90[5])) , l_118) > p_36.f0) | p_36.f3) || 0x7277C3F9L), g_40.f4)), l_113)) & (*l_91)) & l_113) | 0x5DB3L);
            }
            for (g_40.f1 = 0; (g_40.f1 <= 1); g_40.f1 += 1)
            { /* block id: 38 */
                struct S0 *l_120 = (void*)0;
                struct S0 *l_121 = &g_122;
                int32_t *l_123[9] = {&l_68[0][3][1],&g_49,&g_49,&l_68[0][3][1],&g_49,&g_49,&l_68[0][3][1],&g_49,&g_49};
                int i;
                (*l_121) = (l_119[3][3] = g_40);
                l_124 = p_35.f0;
            }
            for (g_40.f0 = 0; (g_40.f0 <= 1); g_40.f0 += 1)
            { /* block id: 45 */
                int32_t *l_126[10] = {&g_12,&g_5,&g_5,&g_12,&l_68[1][4][2],&g_12,&g_5,&g_5,&g_12,&l_68[1][4][2]};
                int i;
                l_68[0][5][2] = p_36.f1;
                (*g_128) = l_127[0][3][3];
            }
            if (p_35.f4)
                continue;
            for (p_36.f2 = 1; (p_36.f2 >= 0); p_36.f2 -= 1)
            { /* block id: 52 */
                int32_t *l_129 = (void*)0;
                int32_t *l_130 = (void*)0;
                int32_t *l_131 = &l_124;
                (*l_131) ^= 0x879B2DBBL;
            }
        }
        for (g_122.f2 = 0; (g_122.f2 < 0); g_122.f2 = safe_add_func_int16_t_s_s(g_122.f2, 1))
        { /* block id: 58 */
            int64_t l_151 = (-3L);
            for (g_40.f2 = 0; (g_40.f2 <= 2); g_40.f2 = safe_add_func_int32_t_s_s(g_40.f2, 9))
            { /* block id: 61 */
                (*g_152) ^= (safe_rshift_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u((0x5A9E9F99A3F6E098LL ^ 7UL), 5)) < (safe_lshift_func_int8_t_s_u(g_142, 5))), (safe_rshift_func_int16_t_s_s(p_38, (((safe_sub_func_int16_t_s_s(0xAC12L, (-1L))) , (safe_mul_func_uint8_t_u_u(p_36.f2, 250UL))) , (((((safe_div_func_uint8_t_u_u(l_124, l_119[3][3].f1)) <= l_151) , l_73) == (void*)0) <= 0xDBB873132987EEEALL))))));
            }
        }
        for (p_35.f3 = 0; (p_35.f3 <= 2); p_35.f3 += 1)
        { /* block id: 67 */
            int32_t l_155 = 0x966AEB5CL;
            int32_t l_156[6][8][5] = {{{0x73023F35L,0x73023F35L,0x7372CE9EL,0L,0x19FD57E7L},{1L,0x084D9010L,0x99F47FE8L,1L,0xC7B11DE1L},{0x7372CE9EL,0x19FD57E7L,0L,0xD9F0A52DL,0x9E941CCEL},{1L,0x084D9010L,(-1L),5L,1L},{0x7404176AL,0x73023F35L,2L,1L,0xB407F302L},{0x4CDB1993L,0x99F47FE8L,0xDB2F87FCL,3L,3L},{0L,(-7L),0L,0x4985C045L,(-1L)},{(-1L),(-8L),0xC7B11DE1L,(-3L),0x63EE46ABL}},{{0L,7L,2L,(-1L),(-10L)},{1L,0xFFAD2E55L,0xC7B11DE1L,0x63EE46ABL,0xDB2F87FCL},{0xC767E1A3L,0L,0L,0L,0x5236C3EAL},{0xDF1D13F6L,(-1L),0xDB2F87FCL,0x084D9010L,0x53249FF1L},{0L,2L,2L,0L,7L},{0xF1829266L,0xD3DB75E8L,(-1L),0xC39BD89DL,0x41B89557L},{0L,(-2L),0L,(-10L),0L},{0xF7E7FAA3L,0xA631CA5AL,0x99F47FE8L,0xC39BD89DL,0xD3DB75E8L}},{{(-7L),0x5236C3EAL,0x7372CE9EL,0L,0xA1254473L},{0x4317B74FL,0xF7E7FAA3L,(-3L),0x084D9010L,0x363CA09BL},{2L,0L,0xC767E1A3L,0L,2L},{0x41B89557L,(-3L),(-1L),0x63EE46ABL,0L},{0x5D56E283L,(-3L),2L,0L,(-3L)},{0L,0xDB2F87FCL,(-1L),0x41B89557L,(-1L)},{0x7372CE9EL,0L,0xD9F0A52DL,7L,1L},{(-1L),0xFFAD2E55L,(-3L),0x53249FF1L,0xC7B11DE1L}},{{0L,1L,0x5236C3EAL,0x5236C3EAL,1L},{0x12704234L,1L,0x363CA09BL,0xDB2F87FCL,0xF7E7FAA3L},{0x19FD57E7L,0xC767E1A3L,(-7L),(-10L),0xA1254473L},{0xD3E32F46L,(-1L),0x53249FF1L,0x63EE46ABL,0x084D9010L},{0x19FD57E7L,7L,1L,(-1L),(-7L)},{0x12704234L,0xDF1D13F6L,0x99F47FE8L,3L,1L},{0L,(-2L),0x7404176AL,0xB407F302L,0x7404176AL},{(-1L),(-1L),0L,1L,3L}},{{0x7372CE9EL,0xD9F0A52DL,(-2L),0x9E941CCEL,1L},{0L,3L,0x4CDB1993L,0xC7B11DE1L,0xD3DB75E8L},{0x9E941CCEL,0xD9F0A52DL,0L,0x19FD57E7L,0x7372CE9EL},{0x084D9010L,(-1L),0xFFAD2E55L,(-3L),0x53249FF1L},{1L,(-2L),0xB407F302L,2L,2L},{1L,0xDF1D13F6L,1L,0xC6411CEEL,0xC39BD89DL},{0L,7L,1L,0x7404176AL,(-1L)},{(-1L),(-1L),1L,0xF7E7FAA3L,0x12704234L}},{{(-1L),0xC767E1A3L,1L,(-1L),0xB407F302L},{0x99F47FE8L,1L,1L,(-1L),0x41B89557L},{2L,1L,0xB407F302L,0xD9F0A52DL,0L},{0x4CDB1993L,0xFFAD2E55L,0xFFAD2E55L,0x4CDB1993L,(-1L)},{0xC1571923L,0L,0L,0x73023F35L,0x540E818FL},{1L,0xDB2F87FCL,0x4CDB1993L,0x12704234L,(-1L)},{0xA1254473L,0x4985C045L,(-2L),0x73023F35L,0L},{0xDF1D13F6L,0x41B89557L,0L,0x4CDB1993L,0xD3E32F46L}}};
            int i, j, k;
            for (p_38 = 1; (p_38 >= 0); p_38 -= 1)
            { /* block id: 70 */
                int32_t *l_153[6][4][4] = {{{&l_68[1][4][2],&l_124,(void*)0,(void*)0},{&l_68[0][3][1],&l_68[0][3][1],&l_68[1][2][0],&g_12},{&l_68[0][3][1],&l_89,(void*)0,&l_68[0][3][1]},{&l_68[1][4][2],&g_12,&l_68[1][4][2],(void*)0}},{{&l_124,&g_12,&l_68[1][2][0],&l_68[0][3][1]},{&g_12,&l_89,&l_89,&g_12},{&l_68[1][4][2],&l_68[0][3][1],&l_89,(void*)0},{&g_12,&l_124,&l_68[1][2][0],&l_124}},{{&l_124,&l_89,&l_68[1][4][2],&l_124},{&l_68[1][4][2],&l_124,(void*)0,(void*)0},{&l_68[0][3][1],&l_68[0][3][1],&l_68[1][2][0],&g_12},{&l_68[0][3][1],&l_89,(void*)0,&l_68[0][3][1]}},{{&l_68[1][4][2],&g_12,&l_68[1][4][2],(void*)0},{&l_124,&l_89,&l_68[0][3][1],&l_68[1][4][2]},{&l_89,&l_68[1][2][0],&l_68[1][2][0],&l_89},{&l_124,&l_68[1][4][2],&l_68[1][2][0],&l_68[1][4][2]}},{{&l_89,(void*)0,&l_68[0][3][1],(void*)0},{(void*)0,&l_68[1][2][0],&l_124,(void*)0},{&l_124,(void*)0,&l_68[1][4][2],&l_68[1][4][2]},{&l_68[1][4][2],&l_68[1][4][2],&l_68[0][3][1],&l_89}},{{&l_68[1][4][2],&l_68[1][2][0],&l_68[1][4][2],&l_68[1][4][2]},{&l_124,&l_89,&l_124,&l_68[1][4][2]},{(void*)0,&l_89,&l_68[0][3][1],&l_68[1][4][2]},{&l_89,&l_68[1][2][0],&l_68[1][2][0],&l_89}}};
                uint16_t l_162 = 65529UL;
                int i, j, k;
                ++l_162;
                l_167 = l_165[2][1][4];
                (*l_166) = ((1L >= g_122.f2) && g_122.f3);
            }
            (*l_168) = (g_182 |= ((safe_add_func_uint8_t_u_u(((safe_mod_func_uint8_t_u_u((((*g_128) , 0xC4B5L) != (*l_168)), (safe_sub_func_int16_t_s_s(p_36.f4, (safe_mul_func_uint8_t_u_u((g_179[1] = ((p_35 , g_5) || (safe_sub_func_int16_t_s_s(l_156[1][3][1], ((*l_166) = 0x1FE6L))))), (safe_rshift_func_uint8_t_u_s((p_35.f3 || (*l_168)), p_35.f3)))))))) & p_35.f3), p_35.f0)) , (*g_152)));
            return p_39;
        }
        for (p_36.f2 = 0; (p_36.f2 >= (-4)); p_36.f2 = safe_sub_func_uint32_t_u_u(p_36.f2, 5))
        { /* block id: 83 */
            if ((*l_166))
                break;
            return g_12;
        }
    }
    else
    { /* block id: 87 */
        uint32_t l_191[7][4] = {{0xCD27E3E0L,4294967295UL,0xCD27E3E0L,0UL},{0xCD27E3E0L,0UL,0UL,0xCD27E3E0L},{4294967294UL,0UL,1UL,0UL},{0UL,4294967295UL,1UL,1UL},{4294967294UL,4294967294UL,0UL,1UL},{0xCD27E3E0L,4294967295UL,0xCD27E3E0L,0UL},{0xCD27E3E0L,0UL,0UL,0xCD27E3E0L}};
        uint16_t *l_205 = (void*)0;
        uint16_t *l_206[5];
        int8_t l_232 = 0x8CL;
        int32_t l_239 = 1L;
        int32_t l_242 = 1L;
        int32_t l_243 = (-4L);
        int32_t l_244 = (-1L);
        int32_t l_245 = 0xAB9110B2L;
        int32_t l_246[6];
        uint16_t l_292 = 0x85ABL;
        uint64_t *l_310 = &g_179[1];
        int32_t ***l_321[8][7][4] = {{{&g_214,&l_167,&l_167,&g_214},{(void*)0,&g_214,(void*)0,&g_214},{&l_167,&l_167,&l_167,(void*)0},{&g_214,&g_214,&l_167,(void*)0},{(void*)0,&l_167,&g_214,&g_214},{&l_167,&g_214,&g_214,&g_214},{&g_214,&l_167,&g_214,(void*)0}},{{&l_167,&g_214,(void*)0,(void*)0},{&g_214,&l_167,&l_167,&g_214},{(void*)0,&g_214,(void*)0,&g_214},{&l_167,&l_167,&l_167,(void*)0},{&g_214,&g_214,&l_167,(void*)0},{(void*)0,&l_167,&g_214,&g_214},{&l_167,&g_214,&g_214,&g_214}},{{&g_214,&l_167,&g_214,(void*)0},{&l_167,&g_214,(void*)0,(void*)0},{&g_214,&l_167,&l_167,&g_214},{(void*)0,&g_214,(void*)0,&g_214},{&l_167,&l_167,&l_167,(void*)0},{&g_214,&g_214,&l_167,(void*)0},{(void*)0,&l_167,&g_214,&g_214}},{{&l_167,&g_214,&g_214,&g_214},{&g_214,&l_167,&g_214,(void*)0},{&l_167,&g_214,(void*)0,(void*)0},{&g_214,&l_167,&l_167,&g_214},{(void*)0,&g_214,(void*)0,&g_214},{&l_167,&l_167,&l_167,(void*)0},{&g_214,&g_214,&l_167,(void*)0}},{{(void*)0,&l_167,&g_214,&g_214},{&l_167,&g_214,&g_214,&g_214},{&g_214,&l_167,&g_214,(void*)0},{&l_167,&g_214,(void*)0,(void*)0},{&g_214,&l_167,&l_167,&g_214},{(void*)0,&g_214,(void*)0,&g_214},{&l_167,&l_167,&l_167,(void*)0}},{{&g_214,&g_214,&l_167,(void*)0},{(void*)0,&l_167,&g_214,&g_214},{&l_167,&g_214,&g_214,&g_214},{&g_214,&l_167,&g_214,(void*)0},{&l_167,&g_214,(void*)0,(void*)0},{&g_214,&l_167,&l_167,&g_214},{(void*)0,&g_214,(void*)0,&g_214}},{{&l_167,&l_167,&l_167,(void*)0},{&g_214,&g_214,&l_167,(void*)0},{(void*)0,&l_167,&g_214,&g_214},{&l_167,&g_214,&g_214,&g_214},{&g_214,&l_167,&g_214,(void*)0},{&l_167,&g_214,(void*)0,(void*)0},{&g_214,&l_167,&l_167,&g_214}},{{(void*)0,&g_214,(void*)0,&g_214},{&l_167,&l_167,&l_167,(void*)0},{&g_214,&g_214,&l_167,(void*)0},{(void*)0,&l_167,&g_214,&g_214},{&l_167,&g_214,&g_214,&g_214},{&g_214,&l_167,&g_214,(void*)0},{&l_167,&g_214,(void*)0,(void*)0}}};
        uint64_t l_338 = 0x4E06BF332B702233LL;
        uint8_t *l_340 = &g_207;
        uint32_t l_341 = 0UL;
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_206[i] = (void*)0;
        for (i = 0; i < 6; i++)
            l_246[i] = (-8L);
    }
    for (p_36.f3 = 0; (p_36.f3 <= 4); p_36.f3 += 1)
    { /* block id: 159 */
        uint16_t *l_352 = &g_353[0][2];
        const int32_t *l_357 = &g_358;
        const int32_t **l_356[9] = {&l_357,&l_357,&l_357,&l_357,&l_357,&l_357,&l_357,&l_357,&l_357};
        int32_t l_373[7] = {0x329DEB99L,0x329DEB99L,0x329DEB99L,0x329DEB99L,0x329DEB99L,0x329DEB99L,0x329DEB99L};
        int8_t *l_375 = &g_40.f4;
        uint16_t *l_376 = &g_377;
        int32_t l_380 = (-1L);
        int32_t **l_407 = &l_168;
        uint8_t *l_419 = (void*)0;
        uint8_t *l_420 = (void*)0;
        uint8_t *l_421 = &g_207;
        int32_t l_422[3];
        uint32_t l_432 = 1UL;
        uint32_t l_447[8][1][1] = {{{0UL}},{{4294967287UL}},{{0UL}},{{4294967287UL}},{{0UL}},{{4294967287UL}},{{0UL}},{{4294967287UL}}};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_422[i] = 9L;
    }
    for (p_35.f4 = (-21); (p_35.f4 == (-15)); ++p_35.f4)
    { /* block id: 216 */
        int32_t *l_482 = (void*)0;
        (*l_167) = l_482;
    }
    if ((safe_div_func_uint8_t_u_u(((*l_485) = g_360[0]), (((safe_add_func_uint32_t_u_u((p_35.f0 ^ (~p_35.f0)), 0UL)) < (((g_377 = 0x9B8FL) > (safe_rshift_func_uint8_t_u_u(p_36.f2, 3))) == ((((*l_69) |= (safe_mod_func_int16_t_s_s(p_36.f2, 0x1335L))) > p_37) <= p_35.f2))) && l_493))))
    { /* block id: 222 */
        int16_t l_518 = 0xA6CDL;
        int32_t l_519 = 0x94435549L;
        int32_t l_520 = 0xFD3B3E4AL;
        int32_t l_521 = 0L;
        struct S0 l_542 = {0x1E7DC84DL,18446744073709551607UL,-3L,0xB124A009A6B002E5LL,0L};
        uint32_t l_563 = 0x980977A2L;
        int32_t ***l_574[4];
        uint32_t l_584 = 18446744073709551606UL;
        uint32_t l_599 = 18446744073709551612UL;
        struct S0 l_607 = {0UL,0x1C5E5C857247984DLL,2L,18446744073709551615UL,0x00L};
        int32_t *l_619[1][10] = {{(void*)0,&g_182,(void*)0,(void*)0,&g_182,(void*)0,(void*)0,&g_182,(void*)0,(void*)0}};
        int i, j;
        for (i = 0; i < 4; i++)
            l_574[i] = (void*)0;
        for (g_207 = 0; (g_207 > 11); g_207 = safe_add_func_uint16_t_u_u(g_207, 7))
        { /* block id: 225 */
            int8_t l_509 = 0xB2L;
            int32_t *l_516 = (void*)0;
            uint8_t *l_517 = (void*)0;
            int32_t ****l_522[3][3];
            int16_t l_524 = (-1L);
            uint8_t *l_525 = &g_526;
            uint16_t l_527 = 0x936DL;
            uint16_t **l_535 = &g_233;
            uint16_t *** const l_534 = &l_535;
            uint64_t l_560 = 0xFC5F5239043E10FELL;
            uint16_t l_561 = 3UL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 3; j++)
                    l_522[i][j] = &g_213;
            }
            for (l_423 = 1; (l_423 <= 56); ++l_423)
            { /* block id: 228 */
                uint32_t l_498[3][4] = {{0xE8ECFA77L,0xE8ECFA77L,0xD2851885L,0xE8ECFA77L},{0xE8ECFA77L,0xB3AFE8A2L,0xB3AFE8A2L,0xE8ECFA77L},{0xB3AFE8A2L,0xE8ECFA77L,0xB3AFE8A2L,0xB3AFE8A2L}};
                int i, j;
                (*g_152) |= p_38;
                --l_498[2][0];
            }
            (*g_152) = (((*l_525) ^= (((((p_36.f1 ^ (safe_div_func_uint8_t_u_u((g_523[0][0][0] = (safe_mul_func_uint16_t_u_u(p_35.f4, ((((safe_rshift_func_int8_t_s_u(g_40.f1, (l_520 = (l_519 ^= (safe_mod_func_uint64_t_u_u(l_509, (safe_mul_func_int8_t_s_s((((!(safe_rshift_func_int8_t_s_u(l_515, (l_518 ^= (((**g_213) = l_516) != (void*)0))))) >= p_36.f0) & 6L), g_122.f3)))))))) == l_521) , (void*)0) == l_522[0][2])))), l_524))) != 0xCDL) , (-5L)) , p_35.f1) <= p_36.f3)) | 0x61L);
            ++l_527;
            if (l_519)
            { /* block id: 240 */
                uint16_t ***l_536 = &l_535;
                int32_t l_541 = 0x46DE4E4AL;
                l_541 = (((*l_69) = ((((*g_152) || (safe_mul_func_uint16_t_u_u(((((((+g_4) < (g_360[4] < (l_533 = (g_86 &= p_37)))) && 1UL) >= (l_534 == (l_520 , l_536))) , ((safe_sub_func_uint32_t_u_u((safe_mod_func_int64_t_s_s(l_541, l_521)), l_541)) , l_542)) , 65528UL), 0L))) > 9L) > l_542.f3)) != p_36.f1);
                l_563 ^= (safe_add_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s(((safe_mod_func_int16_t_s_s(l_518, (0UL | p_35.f3))) < (safe_add_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s((safe_sub_func_int16_t_s_s((((0L && (+(((*g_152) < (((((&g_430 == ((*l_534) = (*l_534))) == 9L) , ((((g_40.f0--) == (((l_519 = ((l_560 |= (safe_add_func_uint64_t_u_u(((((l_541 ^ g_5) && p_35.f0) , (void*)0) == (void*)0), g_179[3]))) >= g_523[0][0][0])) , (-1L)) , 0UL)) >= p_35.f2) > (-2L))) & l_541) && 1UL)) == 0xA0L))) , l_561) , 0x8DE8L), p_37)), g_122.f2)) ^ (-1L)), 0xE7A5605970D6D24DLL))), g_562)), p_35.f4));
            }
            else
            { /* block id: 250 */
                int32_t l_567 = (-6L);
                l_567 ^= (safe_unary_minus_func_uint32_t_u((safe_div_func_uint64_t_u_u(((void*)0 != &g_213), p_37))));
            }
        }
        l_521 &= 0x127CEFABL;
        if ((g_358 <= ((safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((((l_518 <= l_521) < (safe_rshift_func_uint16_t_u_s((((*l_224) = l_574[1]) != (l_575 = (void*)0)), 2))) & 1UL), ((((p_35 , ((((safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u(p_36.f1, (((safe_mul_func_uint8_t_u_u(((*g_324) , g_2), g_179[0])) != p_38) != l_584))), p_36.f3)), g_207)) < g_40.f3) & 0x6ABDD023L) & p_36.f3)) == 9L) != p_36.f4) && p_38))), 7)) , g_179[2])))
        { /* block id: 257 */
            (*l_167) = l_585;
        }
        else
        { /* block id: 259 */
            struct S0 *l_593 = &l_119[3][3];
            int32_t l_594 = 0L;
            int32_t l_595 = (-1L);
            int32_t l_596[8][2] = {{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L},{0xF41DDB16L,0xF41DDB16L}};
            int16_t l_597 = 1L;
            int i, j;
            for (l_520 = 0; (l_520 == 29); l_520 = safe_add_func_uint16_t_u_u(l_520, 1))
            { /* block id: 262 */
                (*g_592) = (g_588 = (*g_214));
                if (p_37)
                    break;
            }
            (*l_167) = (*l_167);
            (*l_593) = (*g_324);
            l_599--;
        }
        for (p_35.f1 = 0; (p_35.f1 < 5); p_35.f1 = safe_add_func_int64_t_s_s(p_35.f1, 9))
        { /* block id: 273 */
            uint32_t l_608 = 1UL;
            int32_t l_626[2];
            uint16_t l_627 = 65535UL;
            int i;
            for (i = 0; i < 2; i++)
                l_626[i] = 0x2A044A2BL;
            for (l_542.f1 = (-4); (l_542.f1 != 60); l_542.f1++)
            { /* block id: 276 */
                struct S0 *l_606[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                uint16_t *l_612 = (void*)0;
                uint16_t *l_613[2];
                int32_t l_614[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_613[i] = (void*)0;
                for (i = 0; i < 2; i++)
                    l_614[i] = 0x0C0F8C44L;
                l_607 = (*g_324);
                l_608--;
                (*l_585) = (safe_unary_minus_func_uint16_t_u((l_614[0] = 0xD924L)));
                if (p_36.f1)
                    continue;
            }
            (*l_585) = ((l_168 == &l_608) || (safe_lshift_func_int16_t_s_u(((*l_85) = ((((void*)0 != l_619[0][3]) , (&l_619[0][1] != ((safe_lshift_func_int8_t_s_u(((((safe_div_func_uint16_t_u_u((&g_70 == &p_38), ((p_39 ^ (*g_430)) && p_36.f3))) , p_35.f3) ^ l_608) >= g_40.f4), g_360[0])) , (void*)0))) , 0L)), 11)));
            for (l_542.f4 = 0; (l_542.f4 > 25); ++l_542.f4)
            { /* block id: 287 */
                return g_74;
            }
            --l_627;
        }
    }
    else
    { /* block id: 292 */
        int32_t *l_632 = &l_68[1][4][2];
        for (g_40.f2 = 0; (g_40.f2 < 17); g_40.f2 = safe_add_func_uint64_t_u_u(g_40.f2, 3))
        { /* block id: 295 */
            uint16_t l_643 = 0x8637L;
            int8_t *l_650 = &l_598;
            int32_t *l_653[5][1][1] = {{{&g_182}},{{&g_182}},{{&g_182}},{{&g_182}},{{&g_182}}};
            int i, j, k;
            (*l_167) = l_632;
            (*l_168) = (safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((safe_mul_func_uint8_t_u_u((((((safe_div_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s(((((p_37 >= l_643) <= (*l_632)) , (p_39 = (safe_sub_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(((*l_650) ^= (safe_lshift_func_int8_t_s_u(((*l_632) <= p_35.f2), 6))), (3UL == p_38))), ((~(!(g_11 , p_36.f0))) >= g_122.f4))))) , p_35.f4), g_40.f2)), p_35.f2)) , l_643) , 18446744073709551615UL) , (void*)0) != (void*)0), 7UL)) || p_35.f4) ^ 4294967290UL), g_526)), p_36.f1));
            (**l_575) = (void*)0;
        }
        (*l_585) ^= (0xDA5B0488B4EE7AE3LL ^ ((*l_60)--));
        (*g_656) = (g_70 , l_119[3][3]);
    }
    return p_36.f2;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_40.f0, "g_40.f0", print_hash_value);
    transparent_crc(g_40.f1, "g_40.f1", print_hash_value);
    transparent_crc(g_40.f2, "g_40.f2", print_hash_value);
    transparent_crc(g_40.f3, "g_40.f3", print_hash_value);
    transparent_crc(g_40.f4, "g_40.f4", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_90[i], "g_90[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_122.f0, "g_122.f0", print_hash_value);
    transparent_crc(g_122.f1, "g_122.f1", print_hash_value);
    transparent_crc(g_122.f2, "g_122.f2", print_hash_value);
    transparent_crc(g_122.f3, "g_122.f3", print_hash_value);
    transparent_crc(g_122.f4, "g_122.f4", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_179[i], "g_179[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_269[i], "g_269[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_353[i][j], "g_353[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_358, "g_358", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_360[i], "g_360[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_377, "g_377", print_hash_value);
    transparent_crc(g_400, "g_400", print_hash_value);
    transparent_crc(g_431, "g_431", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_523[i][j][k], "g_523[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_526, "g_526", print_hash_value);
    transparent_crc(g_562, "g_562", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_589[i][j][k], "g_589[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_693[i][j][k], "g_693[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_765, "g_765", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 207
   depth: 1, occurrence: 13
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

XXX max expression depth: 48
breakdown:
   depth: 1, occurrence: 108
   depth: 2, occurrence: 33
   depth: 3, occurrence: 3
   depth: 5, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 2
   depth: 23, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 1
   depth: 37, occurrence: 1
   depth: 43, occurrence: 1
   depth: 48, occurrence: 1

XXX total number of pointers: 163

XXX times a variable address is taken: 582
XXX times a pointer is dereferenced on RHS: 63
breakdown:
   depth: 1, occurrence: 54
   depth: 2, occurrence: 7
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 109
breakdown:
   depth: 1, occurrence: 99
   depth: 2, occurrence: 7
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 11
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 2157

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 342
   level: 2, occurrence: 76
   level: 3, occurrence: 47
   level: 4, occurrence: 18
XXX number of pointers point to pointers: 39
XXX number of pointers point to scalars: 108
XXX number of pointers point to structs: 16
XXX percent of pointers has null in alias set: 39.9
XXX average alias set size: 1.47

XXX times a non-volatile is read: 673
XXX times a non-volatile is write: 345
XXX times a volatile is read: 34
XXX    times read thru a pointer: 4
XXX times a volatile is write: 15
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 485
XXX percentage of non-volatile access: 95.4

XXX forward jumps: 0
XXX backward jumps: 4

XXX stmts: 111
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 23
   depth: 2, occurrence: 38
   depth: 3, occurrence: 37

XXX percentage a fresh-made variable is used: 17.6
XXX percentage an existing variable is used: 82.4
********************* end of statistics **********************/

