/* Csmith 2.3.0 --seed 8 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 8EA98B0D */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 8 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      8
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   unsigned f0 : 18;
   unsigned f1 : 31;
   uint8_t  f2;
   signed f3 : 29;
   unsigned f4 : 14;
   const int32_t  f5;
   unsigned f6 : 17;
};

#pragma pack(push)
#pragma pack(1)
struct S1 {
   unsigned f0 : 25;
   uint16_t  f1;
   unsigned f2 : 6;
   volatile signed f3 : 12;
   volatile signed f4 : 18;
   unsigned f5 : 27;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static uint32_t g_8 = 18446744073709551615UL;
static int64_t g_22 = 0x140A9711F64DB2A9LL;
static int64_t g_23 = 0x921BA52B3395CC9ELL;
static int64_t g_25 = 0L;
static uint16_t g_26 = 65529UL;
static struct S0 g_29 = {432,15307,248UL,-3038,54,0x2B132DC1L,61};
static int32_t g_36 = 0x01BC642EL;
static uint32_t g_50 = 0x327BC4A6L;
static int32_t g_53[10][10][2] = {{{(-1L),6L},{(-9L),(-9L)},{0x879CFD24L,0x84030276L},{0xA2B5195EL,(-1L)},{0x879CFD24L,1L},{(-9L),0x879CFD24L},{(-1L),5L},{(-1L),0x879CFD24L},{(-9L),1L},{0x879CFD24L,(-1L)}},{{0xA2B5195EL,0x84030276L},{0x879CFD24L,(-9L)},{(-9L),6L},{(-1L),0xA2B5195EL},{(-1L),6L},{(-9L),(-9L)},{0x879CFD24L,0x84030276L},{0xA2B5195EL,(-1L)},{0x879CFD24L,1L},{(-9L),0x879CFD24L}},{{(-1L),5L},{(-1L),0x879CFD24L},{(-9L),1L},{0xA2B5195EL,0x879CFD24L},{0x07F58E95L,6L},{0xA2B5195EL,(-4L)},{(-4L),5L},{0x879CFD24L,0x07F58E95L},{0x879CFD24L,5L},{(-4L),(-4L)}},{{0xA2B5195EL,6L},{0x07F58E95L,0x879CFD24L},{0xA2B5195EL,1L},{(-4L),0xA2B5195EL},{0x879CFD24L,0x59916A5CL},{0x879CFD24L,0xA2B5195EL},{(-4L),1L},{0xA2B5195EL,0x879CFD24L},{0x07F58E95L,6L},{0xA2B5195EL,(-4L)}},{{(-4L),5L},{0x879CFD24L,0x07F58E95L},{0x879CFD24L,5L},{(-4L),(-4L)},{0xA2B5195EL,6L},{0x07F58E95L,0x879CFD24L},{0xA2B5195EL,1L},{(-4L),0xA2B5195EL},{0x879CFD24L,0x59916A5CL},{0x879CFD24L,0xA2B5195EL}},{{(-4L),1L},{0xA2B5195EL,0x879CFD24L},{0x07F58E95L,6L},{0xA2B5195EL,(-4L)},{(-4L),5L},{0x879CFD24L,0x07F58E95L},{0x879CFD24L,5L},{(-4L),(-4L)},{0xA2B5195EL,6L},{0x07F58E95L,0x879CFD24L}},{{0xA2B5195EL,1L},{(-4L),0xA2B5195EL},{0x879CFD24L,0x59916A5CL},{0x879CFD24L,0xA2B5195EL},{(-4L),1L},{0xA2B5195EL,0x879CFD24L},{0x07F58E95L,6L},{0xA2B5195EL,(-4L)},{(-4L),5L},{0x879CFD24L,0x07F58E95L}},{{0x879CFD24L,5L},{(-4L),(-4L)},{0xA2B5195EL,6L},{0x07F58E95L,0x879CFD24L},{0xA2B5195EL,1L},{(-4L),0xA2B5195EL},{0x879CFD24L,0x59916A5CL},{0x879CFD24L,0xA2B5195EL},{(-4L),1L},{0xA2B5195EL,0x879CFD24L}},{{0x07F58E95L,6L},{0xA2B5195EL,(-4L)},{(-4L),5L},{0x879CFD24L,0x07F58E95L},{0x879CFD24L,5L},{(-4L),(-4L)},{0xA2B5195EL,6L},{0x07F58E95L,0x879CFD24L},{0xA2B5195EL,1L},{(-4L),0xA2B5195EL}},{{0x879CFD24L,0x59916A5CL},{0x879CFD24L,0xA2B5195EL},{(-4L),1L},{0xA2B5195EL,0x879CFD24L},{0x07F58E95L,6L},{0xA2B5195EL,(-4L)},{(-4L),5L},{0x879CFD24L,0x07F58E95L},{0x879CFD24L,5L},{(-4L),(-4L)}}};
static uint16_t g_86[9][8] = {{65535UL,0x32A0L,1UL,1UL,0x32A0L,65535UL,2UL,65526UL},{0xE873L,5UL,7UL,2UL,0x9BD4L,65535UL,0x045AL,0x5E42L},{65526UL,65526UL,65535UL,2UL,65533UL,2UL,65535UL,65526UL},{0x045AL,65533UL,0xB9C5L,1UL,0x5E42L,0x61ACL,65526UL,0x32A0L},{1UL,0UL,65526UL,0xB9C5L,0x045AL,0UL,0UL,0x5E42L},{0xE873L,65533UL,65533UL,0xE873L,5UL,7UL,2UL,0x9BD4L},{5UL,7UL,2UL,0x9BD4L,65535UL,0x045AL,0x5E42L,65535UL},{0UL,7UL,65526UL,1UL,65526UL,7UL,0UL,0x61ACL},{65526UL,65533UL,0x61ACL,7UL,0xE873L,0UL,0xDDCEL,0xB9C5L}};
static volatile struct S1 g_101 = {320,65535UL,0,-35,157,563};/* VOLATILE GLOBAL g_101 */
static uint8_t g_107 = 0x67L;
static uint64_t g_119 = 0xDF6E144B6F7AEC48LL;
static int32_t *g_157[3] = {&g_36,&g_36,&g_36};
static int32_t ** volatile g_156 = &g_157[1];/* VOLATILE GLOBAL g_156 */
static int32_t ** volatile g_176 = &g_157[0];/* VOLATILE GLOBAL g_176 */
static struct S0 *g_181 = (void*)0;
static struct S0 ** volatile g_180[8][2] = {{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181},{&g_181,&g_181}};
static int16_t g_207 = 1L;
static uint32_t g_208 = 18446744073709551609UL;
static volatile struct S1 g_211 = {2680,65531UL,6,56,244,3819};/* VOLATILE GLOBAL g_211 */
static volatile struct S1 g_212 = {1528,0UL,4,-0,-429,6817};/* VOLATILE GLOBAL g_212 */
static struct S0 ** const  volatile g_225 = &g_181;/* VOLATILE GLOBAL g_225 */
static struct S0 **g_254 = (void*)0;
static uint8_t g_259 = 0x03L;
static int8_t g_292 = 0x7FL;
static uint8_t *g_296 = (void*)0;
static const uint32_t g_299[2] = {3UL,3UL};
static int32_t g_311 = 0L;
static const struct S1 g_320 = {5521,0x87ECL,5,-7,-51,5319};/* VOLATILE GLOBAL g_320 */
static int32_t ** volatile g_324[7] = {(void*)0,&g_157[2],&g_157[2],(void*)0,&g_157[2],&g_157[2],(void*)0};
static int32_t ** volatile g_325 = &g_157[1];/* VOLATILE GLOBAL g_325 */
static volatile struct S1 *g_334 = &g_101;
static int32_t ** volatile g_335 = (void*)0;/* VOLATILE GLOBAL g_335 */
static int32_t ** volatile g_341 = (void*)0;/* VOLATILE GLOBAL g_341 */
static uint32_t *g_357 = &g_208;
static volatile struct S1 g_369 = {1696,0UL,1,13,-281,8030};/* VOLATILE GLOBAL g_369 */
static uint32_t g_396 = 0UL;
static const int16_t g_413 = 0x243FL;
static int32_t * volatile g_430 = &g_311;/* VOLATILE GLOBAL g_430 */
static volatile struct S1 g_451 = {1147,1UL,1,-56,-401,9021};/* VOLATILE GLOBAL g_451 */


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static int32_t  func_4(uint32_t  p_5, uint32_t  p_6, uint32_t  p_7);
static uint32_t  func_9(struct S0  p_10, int32_t  p_11, struct S0  p_12);
static struct S0  func_44(int64_t * p_45, int32_t  p_46, uint32_t * p_47, struct S0  p_48);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_119
 * writes: g_157
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    uint16_t l_2 = 0x9D94L;
    struct S0 l_13[2] = {{219,1517,255UL,6151,86,0xBE360DE5L,303},{219,1517,255UL,6151,86,0xBE360DE5L,303}};
    int32_t l_28 = (-6L);
    uint64_t l_58 = 18446744073709551607UL;
    struct S0 l_351 = {510,28956,0xA0L,5229,64,0xF2E7E4AFL,331};
    int16_t l_374 = 9L;
    int8_t l_425 = (-1L);
    int32_t **l_452 = &g_157[0];
    int i;
    if (l_2)
    { /* block id: 1 */
        uint32_t l_3 = 4294967295UL;
        return l_3;
    }
    else
    { /* block id: 3 */
        uint8_t l_20 = 1UL;
        int64_t *l_21 = &g_22;
        int64_t *l_24[5][4];
        uint32_t *l_27[1][2][2];
        int32_t *l_34 = (void*)0;
        int32_t *l_35 = &g_36;
        int32_t l_362 = (-3L);
        uint32_t l_368 = 0x91CC74A0L;
        uint16_t l_383 = 0x687CL;
        uint16_t l_426 = 0x4806L;
        const struct S0 l_449 = {282,25244,252UL,-14356,63,0xCADB47E4L,155};
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 4; j++)
                l_24[i][j] = &g_25;
        }
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 2; k++)
                    l_27[i][j][k] = (void*)0;
            }
        }
    }
    (*l_452) = &l_28;
    return g_119;
}


/* ------------------------------------------ */
/* 
 * reads : g_29.f1
 * writes:
 */
static int32_t  func_4(uint32_t  p_5, uint32_t  p_6, uint32_t  p_7)
{ /* block id: 11 */
    uint8_t l_31 = 0x55L;
    --l_31;
    return g_29.f1;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint32_t  func_9(struct S0  p_10, int32_t  p_11, struct S0  p_12)
{ /* block id: 9 */
    int8_t l_30 = (-8L);
    return l_30;
}


/* ------------------------------------------ */
/* 
 * reads : g_26 g_8 g_29.f6 g_23 g_53 g_36 g_101 g_50 g_107 g_86 g_25 g_156 g_29 g_176 g_211 g_212 g_208 g_225 g_119 g_22 g_292 g_207 g_311 g_320 g_325
 * writes: g_26 g_8 g_86 g_50 g_36 g_23 g_107 g_25 g_119 g_157 g_207 g_208 g_181 g_254 g_292 g_296 g_22 g_334
 */
static struct S0  func_44(int64_t * p_45, int32_t  p_46, uint32_t * p_47, struct S0  p_48)
{ /* block id: 22 */
    uint16_t *l_65 = &g_26;
    int32_t l_68 = 0x7BD33CEAL;
    uint32_t *l_69 = &g_8;
    uint16_t *l_85 = &g_86[6][1];
    int32_t l_120 = 0x436F85E4L;
    int64_t *l_132 = &g_22;
    int32_t l_163 = 2L;
    int32_t l_164[5] = {6L,6L,6L,6L,6L};
    int32_t l_168[2];
    struct S0 *l_224 = &g_29;
    uint32_t l_233 = 0x909D75B0L;
    const uint16_t *l_266[3];
    int32_t * const *l_290 = &g_157[1];
    int32_t *l_331 = &g_36;
    int32_t **l_336 = &l_331;
    int32_t ***l_337 = &l_336;
    int i;
    for (i = 0; i < 2; i++)
        l_168[i] = 0x7A308BB5L;
    for (i = 0; i < 3; i++)
        l_266[i] = (void*)0;
    if ((safe_rshift_func_uint16_t_u_s((p_48.f1 ^ ((((0x1E331E6CL != (safe_mul_func_uint8_t_u_u((((*l_65)++) ^ ((*l_85) = (((*l_69) ^= l_68) , (safe_add_func_uint64_t_u_u(l_68, ((+(((safe_div_func_uint16_t_u_u(l_68, ((safe_mod_func_int16_t_s_s((g_29.f6 == ((void*)0 == l_69)), ((((safe_rshift_func_uint16_t_u_s(((safe_mod_func_int32_t_s_s((l_68 ^ 0UL), l_68)) , 0x47AEL), 2)) , &g_23) != &g_22) ^ p_48.f5))) | p_48.f4))) ^ p_48.f2) , l_68)) || l_68)))))), g_23))) && 8L) , (void*)0) != &p_46)), l_68)))
    { /* block id: 26 */
        uint32_t l_98 = 0xE5908BEFL;
        uint8_t *l_106 = &g_107;
        uint64_t *l_118 = &g_119;
        const int64_t *l_147 = &g_22;
        const int64_t **l_146 = &l_147;
        int32_t l_162 = 0L;
        int32_t l_165 = 0x80C9BE5DL;
        int32_t l_166 = (-10L);
        int32_t l_167 = 0x962DCB01L;
        int32_t l_169[5][7] = {{0xED5E9691L,1L,0x16F4BA2FL,1L,0xED5E9691L,0L,0L},{0x2858AB29L,(-1L),0xBD2D9BE9L,(-1L),0x2858AB29L,8L,8L},{0xED5E9691L,1L,0x16F4BA2FL,1L,0xED5E9691L,0L,0L},{0x2858AB29L,(-1L),0xBD2D9BE9L,(-1L),0x2858AB29L,8L,8L},{0xED5E9691L,1L,0x16F4BA2FL,1L,0xED5E9691L,0L,0L}};
        struct S0 *l_179 = &g_29;
        int32_t l_230 = 0x08C1004BL;
        struct S0 **l_255 = &l_224;
        uint16_t *l_264 = &g_26;
        int i, j;
lbl_174:
        for (g_50 = 27; (g_50 == 22); g_50 = safe_sub_func_int16_t_s_s(g_50, 7))
        { /* block id: 29 */
            int32_t *l_89 = &g_36;
            (*l_89) = (-8L);
            for (g_23 = 0; (g_23 <= 22); g_23 = safe_add_func_int16_t_s_s(g_23, 9))
            { /* block id: 33 */
                int32_t *l_92 = &g_36;
                int32_t *l_93 = &g_36;
                int32_t *l_94 = &l_68;
                int32_t *l_95 = &g_36;
                int32_t *l_96 = &l_68;
                int32_t *l_97[8] = {&g_36,&g_36,&g_36,&g_36,&g_36,&g_36,&g_36,&g_36};
                int i;
                (*l_89) = 0x0A92FA66L;
                l_98++;
            }
            (*l_89) &= g_53[6][0][1];
            (*l_89) &= 0x14C3A41AL;
        }
        if ((((((g_101 , l_69) == ((!(!((void*)0 == &g_8))) , &l_98)) >= (l_68 = (g_50 < ((safe_add_func_uint8_t_u_u(((*l_106)--), ((safe_sub_func_uint16_t_u_u((((*p_45) |= g_86[3][7]) <= ((*l_118) = (safe_rshift_func_uint16_t_u_s(((safe_mod_func_uint32_t_u_u((safe_lshift_func_int16_t_s_s(l_68, 2)), g_86[6][1])) > l_98), 9)))), 0L)) , 0xF0L))) <= (*p_47))))) > l_120) == p_48.f6))
        { /* block id: 44 */
            uint32_t l_153[3][5][1] = {{{18446744073709551615UL},{0x9ADF10BAL},{0xB9F8BE0DL},{0xB9F8BE0DL},{0x9ADF10BAL}},{{18446744073709551615UL},{0x9ADF10BAL},{0xB9F8BE0DL},{0xB9F8BE0DL},{0x9ADF10BAL}},{{18446744073709551615UL},{0x9ADF10BAL},{0xB9F8BE0DL},{0xB9F8BE0DL},{0x9ADF10BAL}}};
            uint32_t l_154 = 0x2070758AL;
            int32_t l_161[9][9] = {{0x496808D4L,0x58097454L,0x496808D4L,9L,0x0C79DF27L,0x0C79DF27L,9L,0x496808D4L,0x58097454L},{(-7L),(-9L),(-6L),0x277FA5E2L,0x277FA5E2L,(-6L),(-9L),(-7L),(-9L)},{0x890952E1L,0xE65A9168L,9L,9L,0xE65A9168L,0x890952E1L,0x0C79DF27L,0x890952E1L,0xE65A9168L},{0x8FBE2ECCL,(-9L),(-9L),0x8FBE2ECCL,(-7L),0x9664FB15L,(-7L),0x8FBE2ECCL,(-9L)},{0x58097454L,0x58097454L,0x0C79DF27L,0xE65A9168L,0xF0A17803L,0xE65A9168L,0x0C79DF27L,0x58097454L,0x58097454L},{(-9L),0x8FBE2ECCL,(-7L),0x9664FB15L,(-7L),0x8FBE2ECCL,(-9L),(-9L),0x8FBE2ECCL},{0xE65A9168L,0x890952E1L,0x0C79DF27L,0x890952E1L,0xE65A9168L,9L,9L,0xE65A9168L,0x496808D4L},{0x9664FB15L,0xBEA055E4L,0x9664FB15L,0x277FA5E2L,(-7L),(-7L),0x277FA5E2L,0x9664FB15L,0xBEA055E4L},{0xF0A17803L,0xE65A9168L,0x0C79DF27L,0x58097454L,0x58097454L,0x0C79DF27L,0xE65A9168L,0xF0A17803L,0xE65A9168L}};
            int8_t l_170 = 0x97L;
            int i, j, k;
            for (l_98 = (-17); (l_98 != 13); l_98 = safe_add_func_int8_t_s_s(l_98, 6))
            { /* block id: 47 */
                int64_t *l_131[10][4][6] = {{{&g_22,&g_25,&g_23,&g_23,&g_22,&g_23},{&g_25,&g_23,(void*)0,(void*)0,&g_25,&g_23},{&g_25,&g_23,&g_22,&g_23,&g_22,(void*)0},{&g_22,&g_22,&g_23,&g_25,&g_25,&g_22}},{{&g_25,(void*)0,(void*)0,&g_25,&g_22,(void*)0},{&g_22,&g_23,&g_22,&g_25,&g_23,&g_23},{&g_22,&g_22,(void*)0,(void*)0,&g_23,&g_23},{&g_25,&g_23,&g_22,&g_23,(void*)0,(void*)0}},{{(void*)0,&g_22,(void*)0,&g_22,&g_22,&g_22},{(void*)0,&g_23,&g_23,(void*)0,(void*)0,(void*)0},{&g_25,&g_25,&g_22,&g_25,&g_23,&g_23},{&g_22,&g_25,(void*)0,&g_25,&g_23,&g_23}},{{&g_23,&g_25,&g_23,&g_23,(void*)0,&g_22},{&g_23,&g_23,&g_25,&g_22,&g_22,&g_25},{&g_25,&g_22,&g_25,&g_23,(void*)0,&g_22},{&g_25,&g_23,&g_22,&g_25,&g_23,&g_25}},{{&g_25,&g_22,&g_23,&g_25,&g_23,&g_22},{&g_25,&g_23,&g_25,&g_23,&g_22,(void*)0},{&g_25,(void*)0,&g_23,&g_22,&g_25,&g_23},{&g_23,&g_22,&g_22,&g_23,&g_22,(void*)0}},{{&g_23,&g_23,&g_23,&g_25,&g_25,&g_22},{&g_22,&g_23,&g_23,&g_25,&g_22,(void*)0},{&g_25,&g_25,&g_22,(void*)0,(void*)0,&g_23},{(void*)0,(void*)0,&g_23,&g_22,&g_23,(void*)0}},{{(void*)0,(void*)0,&g_25,&g_23,(void*)0,&g_22},{&g_25,&g_25,&g_23,(void*)0,&g_22,&g_25},{&g_22,&g_25,&g_22,&g_25,(void*)0,&g_22},{&g_22,(void*)0,&g_25,&g_25,&g_23,&g_25}},{{&g_25,(void*)0,&g_25,&g_25,(void*)0,&g_23},{(void*)0,&g_25,&g_23,&g_22,&g_25,&g_22},{&g_22,&g_22,(void*)0,&g_23,&g_22,(void*)0},{&g_22,&g_22,&g_23,&g_22,(void*)0,(void*)0}},{{(void*)0,&g_25,&g_23,&g_25,&g_23,&g_23},{&g_23,(void*)0,(void*)0,&g_22,&g_23,&g_25},{&g_23,&g_23,&g_23,&g_23,&g_22,&g_23},{&g_23,&g_23,(void*)0,&g_23,(void*)0,&g_23}},{{&g_22,&g_25,&g_23,(void*)0,(void*)0,&g_25},{&g_22,&g_23,(void*)0,&g_23,&g_23,&g_23},{&g_23,&g_23,&g_23,&g_23,&g_25,(void*)0},{&g_25,&g_23,&g_23,&g_22,&g_23,(void*)0}}};
                int64_t **l_130 = &l_131[5][3][2];
                int64_t **l_145 = &l_132;
                int64_t ***l_144 = &l_145;
                int8_t l_152[10] = {0xF0L,1L,1L,0xF0L,1L,1L,0xF0L,1L,1L,0xF0L};
                int32_t *l_155 = &l_68;
                int i, j, k;
                (*l_155) = (safe_lshift_func_uint16_t_u_u(((g_26 = (!(((*l_69) = ((safe_rshift_func_uint8_t_u_s(((safe_rshift_func_uint8_t_u_s((((*l_130) = p_45) == l_132), 3)) | ((p_48.f2 || (g_25 <= (safe_add_func_uint16_t_u_u((g_86[2][7] = ((((!((((safe_lshift_func_int8_t_s_s(l_68, (safe_add_func_uint32_t_u_u((safe_mod_func_int8_t_s_s((((*l_106) = (safe_lshift_func_int8_t_s_u((((*l_144) = (g_101 , l_130)) != l_146), (((safe_lshift_func_int8_t_s_s((safe_add_func_uint16_t_u_u(((l_98 <= 6L) & 0xD706A571L), 0UL)), l_152[7])) || (-1L)) & 1L)))) || 0x06L), p_48.f0)), 0x60B7E2CBL)))) == 0xC65B12CCL) == p_48.f5) , l_120)) < l_153[2][1][0]) , g_36) <= 0UL)), l_153[2][1][0])))) <= l_154)), 6)) <= p_48.f2)) , p_46))) >= 0xE734L), 5));
                (*g_156) = p_47;
                return g_29;
            }
            for (p_48.f2 = 0; (p_48.f2 > 39); p_48.f2 = safe_add_func_uint64_t_u_u(p_48.f2, 9))
            { /* block id: 60 */
                int32_t *l_160[5] = {&l_120,&l_120,&l_120,&l_120,&l_120};
                uint32_t l_171 = 18446744073709551615UL;
                int32_t *l_175 = (void*)0;
                int i;
                --l_171;
                if (p_48.f2)
                    goto lbl_174;
                (*g_176) = l_175;
            }
        }
        else
        { /* block id: 65 */
            for (l_162 = (-16); (l_162 == 23); l_162 = safe_add_func_int16_t_s_s(l_162, 8))
            { /* block id: 68 */
                struct S0 **l_182 = &l_179;
                int32_t * const l_191[9] = {&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1]};
                int32_t *l_192 = &l_68;
                int32_t **l_193 = &g_157[0];
                int16_t *l_206 = &g_207;
                int i;
                (*l_182) = l_179;
                if (l_164[3])
                    continue;
                (*l_192) ^= ((((safe_mul_func_int16_t_s_s((safe_mod_func_int32_t_s_s((safe_unary_minus_func_uint32_t_u(((g_208 = ((*l_206) = ((&g_50 != p_47) || (p_48.f0 > (!(safe_sub_func_int64_t_s_s(l_167, ((l_191[5] != ((*l_193) = l_192)) == (((safe_mul_func_int16_t_s_s(g_101.f1, (((~((safe_div_func_uint8_t_u_u(((*l_106) = (0xFA71L == (safe_add_func_int64_t_s_s((!(safe_lshift_func_uint16_t_u_s(((safe_mod_func_uint8_t_u_u((&g_36 == (void*)0), 0x47L)) >= 0x5BL), 15))), g_25)))), g_29.f0)) , 0x264FA596293FC562LL)) & p_48.f0) , p_48.f4))) != l_169[3][3]) , g_107))))))))) ^ g_23))), p_48.f5)), p_48.f5)) > p_46) | g_25) > g_53[8][2][1]);
            }
        }
        if (p_48.f4)
        { /* block id: 78 */
            uint32_t l_218 = 9UL;
            int32_t l_231 = 0x430380A5L;
            int32_t l_232[9];
            struct S0 **l_252 = &l_179;
            int32_t **l_256 = &g_157[0];
            uint16_t **l_265[5];
            uint32_t l_272[10][7][3] = {{{0x2FE442ECL,0x63D4E59DL,1UL},{0x6E452DE9L,0xD757702AL,0x6D7F0A69L},{0xF8EA9E55L,0UL,4294967292UL},{0x8F9C780DL,0xC3EAFFF1L,1UL},{4294967289UL,0UL,5UL},{0x926EB2AEL,0xD757702AL,0x81A5533BL},{0x8F9C780DL,0x63D4E59DL,0x63D4E59DL}},{{0x90EE6CEDL,0x63D4E59DL,4294967295UL},{4294967288UL,0xD757702AL,4294967292UL},{0x2FE442ECL,0UL,4294967291UL},{2UL,0xC3EAFFF1L,4294967295UL},{0x926EB2AEL,0UL,7UL},{1UL,0xD757702AL,0UL},{2UL,0x63D4E59DL,5UL}},{{0xF8EA9E55L,0x63D4E59DL,4294967291UL},{0UL,0xD757702AL,4294967291UL},{0x90EE6CEDL,0UL,0x6D7F0A69L},{4294967295UL,0xC3EAFFF1L,4294967291UL},{1UL,0UL,0x63D4E59DL},{4294967289UL,0xD757702AL,4294967295UL},{4294967295UL,0x63D4E59DL,7UL}},{{0x2FE442ECL,0x63D4E59DL,1UL},{0x6E452DE9L,0xD757702AL,0x6D7F0A69L},{0xF8EA9E55L,0UL,4294967292UL},{0x8F9C780DL,0xC3EAFFF1L,1UL},{4294967289UL,0UL,5UL},{0x926EB2AEL,0xD757702AL,0x81A5533BL},{0x8F9C780DL,0x63D4E59DL,0x63D4E59DL}},{{0x90EE6CEDL,0x63D4E59DL,4294967295UL},{4294967288UL,0xD757702AL,4294967292UL},{0x2FE442ECL,0UL,4294967291UL},{2UL,0xC3EAFFF1L,4294967295UL},{0x926EB2AEL,0UL,7UL},{0xC3EAFFF1L,0x28EAB548L,0x8F538464L},{7UL,0x020056DAL,0x26D4EE6DL}},{{0xCFA40011L,0x020056DAL,0UL},{1UL,0x28EAB548L,0xB3F356C0L},{5UL,0x8F538464L,4294967291UL},{5UL,4UL,0UL},{0xC3EAFFF1L,0x8F538464L,0x020056DAL},{1UL,0x28EAB548L,4294967286UL},{5UL,0x020056DAL,4294967295UL}},{{4294967290UL,0x020056DAL,0xB9081E52L},{4294967291UL,0x28EAB548L,4294967291UL},{0xCFA40011L,0x8F538464L,7UL},{0x63D4E59DL,4UL,0xB9081E52L},{1UL,0x8F538464L,0x26D4EE6DL},{0UL,0x28EAB548L,7UL},{0x63D4E59DL,0x020056DAL,0x020056DAL}},{{5UL,0x020056DAL,0xF625D81BL},{4294967295UL,0x28EAB548L,7UL},{4294967290UL,0x8F538464L,0xB3F356C0L},{7UL,4UL,0xF625D81BL},{0UL,0x8F538464L,4294967295UL},{0xC3EAFFF1L,0x28EAB548L,0x8F538464L},{7UL,0x020056DAL,0x26D4EE6DL}},{{0xCFA40011L,0x020056DAL,0UL},{1UL,0x28EAB548L,0xB3F356C0L},{5UL,0x8F538464L,4294967291UL},{5UL,4UL,0UL},{0xC3EAFFF1L,0x8F538464L,0x020056DAL},{1UL,0x28EAB548L,4294967286UL},{5UL,0x020056DAL,4294967295UL}},{{4294967290UL,0x020056DAL,0xB9081E52L},{4294967291UL,0x28EAB548L,4294967291UL},{0xCFA40011L,0x8F538464L,7UL},{0x63D4E59DL,4UL,0xB9081E52L},{1UL,0x8F538464L,0x26D4EE6DL},{0UL,0x28EAB548L,7UL},{0x63D4E59DL,0x020056DAL,0x020056DAL}}};
            uint32_t *l_280 = &l_98;
            int32_t *l_281 = &l_230;
            int8_t *l_291[6];
            int i, j, k;
            for (i = 0; i < 9; i++)
                l_232[i] = 0x350790CDL;
            for (i = 0; i < 5; i++)
                l_265[i] = &l_264;
            for (i = 0; i < 6; i++)
                l_291[i] = &g_292;
            if (l_163)
            { /* block id: 79 */
                int32_t *l_222 = &l_168[1];
                int32_t **l_223 = &g_157[1];
                (*l_222) &= ((((*l_118) = (safe_div_func_int8_t_s_s(p_46, (((g_211 , g_212) , ((safe_unary_minus_func_int32_t_s((p_47 == ((safe_sub_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((p_48.f0 <= (((l_218 && (+5L)) , (l_166 | (((((safe_add_func_uint64_t_u_u((g_29.f2 ^ p_48.f2), (*p_45))) != (-1L)) , g_25) & g_208) > g_212.f2))) ^ l_162)) >= p_48.f6), g_29.f1)), l_218)) , p_47)))) & 18446744073709551612UL)) && g_26)))) ^ (*p_45)) , p_48.f2);
                (*l_223) = l_222;
            }
            else
            { /* block id: 83 */
                int32_t *l_226 = &l_167;
                int32_t *l_227 = &l_168[1];
                int32_t *l_228 = &l_163;
                int32_t *l_229[3];
                struct S0 ***l_253[8][9][3] = {{{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,(void*)0,(void*)0}},{{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252}},{{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,(void*)0,(void*)0},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252}},{{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0},{(void*)0,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0}},{{&l_252,&l_252,&l_252},{&l_252,(void*)0,(void*)0},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{(void*)0,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252}},{{&l_252,&l_252,(void*)0},{(void*)0,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,(void*)0,(void*)0},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252}},{{(void*)0,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0},{(void*)0,&l_252,&l_252},{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252}},{{&l_252,&l_252,(void*)0},{&l_252,&l_252,&l_252},{&l_252,(void*)0,(void*)0},{&l_252,&l_252,&l_252},{&l_252,(void*)0,&l_252},{(void*)0,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,&l_252},{&l_252,&l_252,(void*)0}}};
                uint8_t *l_257 = (void*)0;
                uint8_t *l_258[2][5];
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_229[i] = &l_166;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_258[i][j] = &g_259;
                }
                (*g_225) = l_224;
                ++l_233;
                (*l_228) = (safe_rshift_func_uint8_t_u_u((safe_add_func_int8_t_s_s((((*p_47) = 0xD4DA4AE4L) <= 0xB3A266CBL), (safe_lshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(p_46, ((safe_add_func_int8_t_s_s(((*l_226) && ((((p_46 , (safe_add_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((l_169[4][3] = (safe_sub_func_int64_t_s_s((((((g_254 = l_252) != l_255) < ((*l_106) = 255UL)) , &g_157[1]) == l_256), p_48.f3))), g_119)), 0x5995L))) && g_29.f0) , p_48.f6) != 0xC7747FD3BF148392LL)), g_101.f5)) , l_168[1]))), 3)))), l_168[0]));
                l_255 = (g_254 = &g_181);
            }
            if (g_29.f5)
                goto lbl_174;
            l_231 &= (safe_div_func_uint64_t_u_u((safe_div_func_uint8_t_u_u((((l_85 = l_264) == (l_266[1] = &g_26)) >= (safe_rshift_func_uint8_t_u_s(0x32L, ((safe_mul_func_int8_t_s_s(((!l_272[9][4][2]) != ((((safe_div_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u(0UL, (((g_292 ^= (+(((*l_281) = (((*l_280) = (++(*l_69))) , 0L)) , (safe_rshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u(((safe_add_func_uint32_t_u_u(((safe_rshift_func_int16_t_s_u(((void*)0 == l_290), 11)) && (*p_45)), 4294967294UL)) | g_22), p_48.f3)), 1))))) != g_29.f1) ^ 0x725B358915A19D07LL))), p_48.f4)) <= 0UL) & 0xEA2FL) == l_120)), 0x87L)) == p_46)))), p_48.f0)), l_218));
            for (g_207 = 2; (g_207 >= 0); g_207 -= 1)
            { /* block id: 104 */
                uint8_t **l_295[4];
                const uint32_t *l_298 = &g_299[0];
                const uint32_t **l_297 = &l_298;
                uint16_t *l_303 = (void*)0;
                int32_t *l_307 = &l_232[6];
                int i;
                for (i = 0; i < 4; i++)
                    l_295[i] = &l_106;
                (*l_307) |= ((p_48.f4 | (safe_mul_func_int16_t_s_s(((((g_296 = &g_259) != &g_259) < (((((*l_132) = ((*p_45) = (((*l_297) = &g_8) != p_47))) && (+(safe_mul_func_int8_t_s_s((((l_266[g_207] == (l_303 = l_264)) >= ((safe_unary_minus_func_uint16_t_u(0x20C5L)) > (safe_rshift_func_int8_t_s_s(0xE3L, 6)))) != l_165), g_212.f4)))) < p_48.f1) < p_48.f4)) ^ 3UL), g_29.f6))) < 5UL);
            }
        }
        else
        { /* block id: 112 */
            uint32_t *l_317[9] = {&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50,&g_50};
            int32_t *l_326 = &l_168[1];
            int i;
            for (g_107 = 29; (g_107 >= 21); g_107--)
            { /* block id: 115 */
                int32_t *l_310 = (void*)0;
                int32_t l_321 = 0x93FCAF53L;
                int32_t *l_322 = &l_163;
                int32_t *l_323 = &l_168[1];
                l_164[1] = (0x10DBL != 0xB75FL);
                (*l_322) = ((((g_311 | ((g_208 != (g_8 && (safe_lshift_func_int16_t_s_s(((safe_unary_minus_func_uint8_t_u(1UL)) | g_25), 14)))) < ((safe_sub_func_uint32_t_u_u((((((((((0L < (((l_317[8] == &g_50) == (safe_lshift_func_uint8_t_u_s(((g_320 , p_46) ^ l_321), 4))) && 0xC5L)) > p_48.f5) > 18446744073709551615UL) , g_211.f4) , g_119) == 1L) ^ p_48.f0) || p_48.f0) , g_320.f2), l_167)) , g_119))) || l_169[1][5]) , g_29.f2) || 0x9610F24B6C45A12CLL);
                (*g_325) = l_323;
            }
            (*l_326) &= ((void*)0 == &g_107);
        }
    }
    else
    { /* block id: 122 */
        int32_t *l_329 = &g_36;
        volatile struct S1 *l_333 = &g_211;
        volatile struct S1 **l_332[10] = {&l_333,&l_333,&l_333,&l_333,&l_333,&l_333,&l_333,&l_333,&l_333,&l_333};
        int i;
        for (g_23 = 0; (g_23 <= 26); g_23 = safe_add_func_int64_t_s_s(g_23, 4))
        { /* block id: 125 */
            int32_t **l_330[2][9][9] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1],&g_157[1]}}};
            int i, j, k;
            l_331 = l_329;
        }
        g_334 = &g_212;
        (*g_156) = p_47;
    }
    (*l_337) = l_336;
    return (*l_224);
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
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_29.f0, "g_29.f0", print_hash_value);
    transparent_crc(g_29.f1, "g_29.f1", print_hash_value);
    transparent_crc(g_29.f2, "g_29.f2", print_hash_value);
    transparent_crc(g_29.f3, "g_29.f3", print_hash_value);
    transparent_crc(g_29.f4, "g_29.f4", print_hash_value);
    transparent_crc(g_29.f5, "g_29.f5", print_hash_value);
    transparent_crc(g_29.f6, "g_29.f6", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_53[i][j][k], "g_53[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_86[i][j], "g_86[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_101.f0, "g_101.f0", print_hash_value);
    transparent_crc(g_101.f1, "g_101.f1", print_hash_value);
    transparent_crc(g_101.f2, "g_101.f2", print_hash_value);
    transparent_crc(g_101.f3, "g_101.f3", print_hash_value);
    transparent_crc(g_101.f4, "g_101.f4", print_hash_value);
    transparent_crc(g_101.f5, "g_101.f5", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_208, "g_208", print_hash_value);
    transparent_crc(g_211.f0, "g_211.f0", print_hash_value);
    transparent_crc(g_211.f1, "g_211.f1", print_hash_value);
    transparent_crc(g_211.f2, "g_211.f2", print_hash_value);
    transparent_crc(g_211.f3, "g_211.f3", print_hash_value);
    transparent_crc(g_211.f4, "g_211.f4", print_hash_value);
    transparent_crc(g_211.f5, "g_211.f5", print_hash_value);
    transparent_crc(g_212.f0, "g_212.f0", print_hash_value);
    transparent_crc(g_212.f1, "g_212.f1", print_hash_value);
    transparent_crc(g_212.f2, "g_212.f2", print_hash_value);
    transparent_crc(g_212.f3, "g_212.f3", print_hash_value);
    transparent_crc(g_212.f4, "g_212.f4", print_hash_value);
    transparent_crc(g_212.f5, "g_212.f5", print_hash_value);
    transparent_crc(g_259, "g_259", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_299[i], "g_299[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_311, "g_311", print_hash_value);
    transparent_crc(g_320.f0, "g_320.f0", print_hash_value);
    transparent_crc(g_320.f1, "g_320.f1", print_hash_value);
    transparent_crc(g_320.f2, "g_320.f2", print_hash_value);
    transparent_crc(g_320.f3, "g_320.f3", print_hash_value);
    transparent_crc(g_320.f4, "g_320.f4", print_hash_value);
    transparent_crc(g_320.f5, "g_320.f5", print_hash_value);
    transparent_crc(g_369.f0, "g_369.f0", print_hash_value);
    transparent_crc(g_369.f1, "g_369.f1", print_hash_value);
    transparent_crc(g_369.f2, "g_369.f2", print_hash_value);
    transparent_crc(g_369.f3, "g_369.f3", print_hash_value);
    transparent_crc(g_369.f4, "g_369.f4", print_hash_value);
    transparent_crc(g_369.f5, "g_369.f5", print_hash_value);
    transparent_crc(g_396, "g_396", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    transparent_crc(g_451.f0, "g_451.f0", print_hash_value);
    transparent_crc(g_451.f1, "g_451.f1", print_hash_value);
    transparent_crc(g_451.f2, "g_451.f2", print_hash_value);
    transparent_crc(g_451.f3, "g_451.f3", print_hash_value);
    transparent_crc(g_451.f4, "g_451.f4", print_hash_value);
    transparent_crc(g_451.f5, "g_451.f5", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 80
   depth: 1, occurrence: 13
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 10
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 2
XXX structs with bitfields in the program: 19
breakdown:
   indirect level: 0, occurrence: 13
   indirect level: 1, occurrence: 3
   indirect level: 2, occurrence: 3
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 5
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 20
XXX times a single bitfield on LHS: 2
XXX times a single bitfield on RHS: 53

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 60
   depth: 2, occurrence: 11
   depth: 22, occurrence: 2
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 101

XXX times a variable address is taken: 219
XXX times a pointer is dereferenced on RHS: 11
breakdown:
   depth: 1, occurrence: 11
XXX times a pointer is dereferenced on LHS: 57
breakdown:
   depth: 1, occurrence: 57
XXX times a pointer is compared with null: 6
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 836

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 337
   level: 2, occurrence: 26
XXX number of pointers point to pointers: 32
XXX number of pointers point to scalars: 64
XXX number of pointers point to structs: 5
XXX percent of pointers has null in alias set: 19.8
XXX average alias set size: 1.25

XXX times a non-volatile is read: 271
XXX times a non-volatile is write: 149
XXX times a volatile is read: 22
XXX    times read thru a pointer: 3
XXX times a volatile is write: 9
XXX    times written thru a pointer: 3
XXX times a volatile is available for access: 141
XXX percentage of non-volatile access: 93.1

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 51
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 9
   depth: 1, occurrence: 7
   depth: 2, occurrence: 14
   depth: 3, occurrence: 21

XXX percentage a fresh-made variable is used: 18.3
XXX percentage an existing variable is used: 81.7
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

