/* Csmith 2.3.0 --seed 9 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 400AAFDB */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 9 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      9
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const int32_t  f0;
   int8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2[4][8][8] = {{{0x89AA5088L,0xC9A57B5BL,0xC7128ABFL,(-8L),0x1651328FL,0xDACD7D39L,0x2D6273D5L,2L},{0xC9A57B5BL,9L,1L,(-4L),0L,0x43E2F7C6L,1L,8L},{0x29A275FFL,0x2D6273D5L,0xDDD9CD44L,0xD53BC6E5L,(-1L),1L,0x386CCE57L,0x1521FAFBL},{0x6A81D68CL,(-1L),7L,0L,0x7A95534FL,0x445ACEE6L,(-4L),(-1L)},{0x45B6D4F5L,0L,0x1521FAFBL,0xEED050B7L,0x56915A13L,0x2D3F5047L,0x1D1B9849L,0x1D1B9849L},{(-8L),7L,7L,7L,7L,(-8L),0xFEF40729L,1L},{7L,0x45B6D4F5L,9L,(-1L),7L,1L,0xBCD76CE4L,0xB187B35FL},{0xF7673ED1L,0x780EEC29L,(-1L),(-1L),(-1L),0x276B87D0L,0x3CF81320L,1L}},{{1L,(-1L),0xD53BC6E5L,0xDDD9CD44L,0x2D6273D5L,0x29A275FFL,0L,1L},{1L,(-5L),0x1651328FL,7L,7L,1L,0x29A275FFL,0L},{0x9B7D6B59L,0xDACD7D39L,0x386CCE57L,0x6A81D68CL,9L,0xCC9D6C84L,0x780EEC29L,(-1L)},{0xEED050B7L,(-1L),0x3C9534CEL,1L,0x5FAFE44FL,0xEC767DBFL,0xA5166941L,0xDACD7D39L},{8L,0x445ACEE6L,0L,0xAFE2499EL,0x98BBEB92L,0x45B6D4F5L,0L,(-4L)},{0L,0x1D1B9849L,(-1L),8L,(-1L),1L,(-3L),7L},{0x1D1B9849L,7L,0L,5L,0x3C9534CEL,0x445ACEE6L,(-1L),0xC9A57B5BL},{0xA5166941L,0x5FAFE44FL,0xD53BC6E5L,0x43E2F7C6L,0x6A81D68CL,(-1L),0xC74AA0D7L,1L}},{{4L,0L,9L,0x9C4DDB84L,2L,0x9C4DDB84L,9L,0L},{0x5FAFE44FL,0xC509CA4FL,0L,9L,0x1651328FL,0xD89D6848L,1L,1L},{1L,0xEC767DBFL,(-4L),0x276B87D0L,0x5FAFE44FL,8L,1L,0x786C7A88L},{(-4L),0x276B87D0L,0L,0xD89D6848L,7L,0x1D1B9849L,9L,(-1L)},{7L,0x1D1B9849L,9L,(-1L),0x445ACEE6L,0xDDD9CD44L,0xC74AA0D7L,(-1L)},{5L,1L,0xD53BC6E5L,0x45B6D4F5L,(-4L),0L,(-1L),5L},{1L,(-5L),0L,0xBCD76CE4L,9L,0x56915A13L,(-3L),0xC509CA4FL},{0x9B7D6B59L,0x3C9534CEL,(-1L),0x9C4DDB84L,0x2E633725L,1L,0L,(-1L)}},{{0x3CF81320L,7L,0L,0x1521FAFBL,0x29A275FFL,(-3L),0xA5166941L,0x3C9534CEL},{1L,8L,0x3C9534CEL,0x718BC698L,0xEA53061EL,0x45B6D4F5L,0x780EEC29L,0xEED050B7L},{0xEC767DBFL,(-4L),0x386CCE57L,0L,(-1L),0x1D1B9849L,0x29A275FFL,(-4L)},{(-4L),0x45B6D4F5L,0x1651328FL,5L,0x9C4DDB84L,0L,0L,0x9C4DDB84L},{1L,0xD53BC6E5L,0xD53BC6E5L,1L,0x3C9534CEL,0xB187B35FL,0x3CF81320L,8L},{0x780EEC29L,0L,(-1L),0L,(-1L),4L,0x2D6273D5L,0x98BBEB92L},{(-8L),0x5DC1B6EAL,0x3C9534CEL,0xDDD9CD44L,1L,0xCC9D6C84L,(-5L),0L},{0x946CB4F5L,1L,0x29A275FFL,0x5FAFE44FL,0L,0x6A81D68CL,0xB187B35FL,0xB243E5ECL}}};
static int32_t g_6 = 0L;
static int32_t *g_41 = (void*)0;
static int16_t g_46 = 1L;
static uint64_t g_49 = 0UL;
static volatile int32_t g_60 = 0x6F020312L;/* VOLATILE GLOBAL g_60 */
static volatile int32_t *g_59[6][5] = {{&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60}};
static int8_t g_79 = 0L;
static uint32_t g_82 = 0x17225407L;
static const volatile union U0 g_91[5] = {{1L},{1L},{1L},{1L},{1L}};
static volatile int32_t **g_111 = &g_59[0][3];
static volatile int32_t *** volatile g_110 = &g_111;/* VOLATILE GLOBAL g_110 */
static uint16_t g_117 = 0xFE92L;
static uint32_t g_147 = 0x54180338L;
static uint8_t g_155[5] = {1UL,1UL,1UL,1UL,1UL};
static volatile uint16_t g_178 = 0xC9ACL;/* VOLATILE GLOBAL g_178 */
static uint16_t g_211 = 0xCB76L;
static uint16_t g_232[4] = {0x7CAAL,0x7CAAL,0x7CAAL,0x7CAAL};
static int16_t g_234 = 0L;
static int16_t g_241 = 0x8C0DL;
static int16_t *g_240 = &g_241;
static int64_t g_286 = 0x309A2FED8070E87ALL;
static const int32_t *g_293 = (void*)0;
static const int32_t ** volatile g_292 = &g_293;/* VOLATILE GLOBAL g_292 */
static int32_t ** volatile g_354 = &g_41;/* VOLATILE GLOBAL g_354 */
static uint16_t *g_389 = &g_211;
static uint8_t *g_421 = &g_155[1];


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static int32_t * func_12(int8_t  p_13, const int32_t * p_14);
static uint8_t  func_30(int32_t * p_31, int32_t * p_32, int32_t * p_33, const int16_t  p_34, const int32_t  p_35);
static int32_t  func_36(uint16_t  p_37, uint16_t  p_38);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_91.f1
 * writes: g_2 g_41
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_9 = 7UL;
    const int32_t *l_17 = &g_2[1][2][0];
    int32_t **l_427 = &g_41;
    for (g_2[1][2][0] = 0; (g_2[1][2][0] <= 0); ++g_2[1][2][0])
    { /* block id: 3 */
        int32_t *l_5 = &g_6;
        int32_t *l_7 = (void*)0;
        int32_t *l_8[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        l_9++;
    }
    l_17 = ((*l_427) = func_12((safe_mod_func_uint8_t_u_u(0x57L, g_6)), l_17));
    return g_91[2].f1;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_12(int8_t  p_13, const int32_t * p_14)
{ /* block id: 6 */
    int32_t *l_18 = &g_6;
    int8_t l_19 = (-1L);
    int32_t *l_20 = &g_6;
    int32_t *l_21[3][5][4] = {{{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]}},{{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]}},{{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]}}};
    int16_t l_22 = (-4L);
    uint8_t l_23 = 1UL;
    int16_t **l_242 = (void*)0;
    int16_t *l_243 = &l_22;
    uint64_t *l_312 = &g_49;
    uint64_t l_327 = 7UL;
    uint16_t l_329 = 65534UL;
    uint8_t *l_395 = (void*)0;
    int16_t l_422 = (-1L);
    int32_t *l_426 = &g_6;
    int i, j, k;
    l_23--;
    return l_426;
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_2 g_49 g_46 g_59 g_41 g_82 g_60 g_91 g_110 g_79 g_147 g_111 g_117 g_178 g_211 g_232 g_234
 * writes: g_41 g_46 g_49 g_2 g_6 g_82 g_59 g_117 g_147 g_60 g_178 g_211 g_232 g_234
 */
static uint8_t  func_30(int32_t * p_31, int32_t * p_32, int32_t * p_33, const int16_t  p_34, const int32_t  p_35)
{ /* block id: 8 */
    int32_t *l_40 = &g_2[1][2][0];
    int32_t **l_39[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
    const uint16_t l_42 = 65526UL;
    int16_t *l_45 = &g_46;
    uint32_t *l_50 = (void*)0;
    uint32_t *l_51 = (void*)0;
    int16_t l_52 = (-4L);
    int i, j;
    if (func_36(((((g_41 = p_31) == p_33) & (((l_52 = (((*p_32) < l_42) || ((g_49 |= (p_35 & (((((*l_45) = (safe_div_func_int64_t_s_s(1L, (*l_40)))) < (*l_40)) , (safe_add_func_int8_t_s_s((*l_40), (*l_40)))) | g_2[1][4][2]))) && p_35))) , g_49) & p_35)) >= g_6), g_2[1][2][0]))
    { /* block id: 66 */
        int32_t **l_184 = &l_40;
        int32_t l_185 = 0L;
        for (g_6 = 0; (g_6 >= (-12)); g_6 = safe_sub_func_int32_t_s_s(g_6, 2))
        { /* block id: 69 */
            (*g_111) = (void*)0;
        }
        (*l_40) = (l_185 = (((((l_184 = &g_41) != (void*)0) != 0xA3FFCC7CL) && (*l_40)) <= p_34));
        return p_35;
    }
    else
    { /* block id: 76 */
        int64_t l_199[8] = {0x265C5504C168BAD6LL,0x20C684A527C83477LL,0x265C5504C168BAD6LL,0x20C684A527C83477LL,0x265C5504C168BAD6LL,0x20C684A527C83477LL,0x265C5504C168BAD6LL,0x20C684A527C83477LL};
        uint8_t l_210 = 0xE5L;
        int64_t *l_233 = &l_199[6];
        int32_t l_235[4][9] = {{0x6A8D5824L,0x6A8D5824L,0L,0x6A8D5824L,0x6A8D5824L,0L,0x6A8D5824L,0x6A8D5824L,0L},{0L,0L,(-5L),0L,0L,(-5L),0L,0L,(-5L)},{0x6A8D5824L,0x6A8D5824L,0L,0x6A8D5824L,0x6A8D5824L,0L,0x6A8D5824L,0x6A8D5824L,0L},{0L,0L,(-5L),0L,0L,(-5L),0L,0L,(-5L)}};
        int16_t l_236 = 1L;
        uint32_t l_237 = 0x11A9F368L;
        int i, j;
        g_211 &= ((safe_mod_func_uint16_t_u_u(0xA71FL, (safe_mul_func_int16_t_s_s(0xFF78L, (safe_div_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u(((p_34 & (+((p_34 && 0xEEL) ^ g_60))) > (safe_add_func_int64_t_s_s((l_199[6] != (p_34 , ((safe_rshift_func_uint8_t_u_s((safe_mul_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s((safe_add_func_uint8_t_u_u(((((l_199[2] > l_210) , (*l_40)) , g_6) ^ l_210), 0UL)), 18446744073709551607UL)), g_117)), l_210)), 0)) != 1L))), p_35))), g_2[1][2][2])), g_46)), g_46)))))) >= 0x4E1FL);
        g_234 &= (safe_div_func_int8_t_s_s(p_34, (((safe_lshift_func_int16_t_s_s(g_2[1][2][0], p_34)) & (safe_div_func_int64_t_s_s(((*l_233) = (((g_232[1] &= ((safe_div_func_int32_t_s_s((**g_111), (safe_mul_func_int16_t_s_s(((*l_45) = ((safe_sub_func_uint32_t_u_u(1UL, (safe_lshift_func_uint16_t_u_s((safe_add_func_uint16_t_u_u((safe_add_func_int32_t_s_s((*p_32), ((((((safe_lshift_func_uint16_t_u_u(((p_34 ^ (g_117 , 0xB06DL)) <= l_199[5]), p_34)) ^ l_199[6]) , p_34) , p_35) , 9UL) || p_34))), l_199[6])), l_210)))) , p_35)), p_34)))) > 255UL)) < 0x10C94A9AL) > 0x779EL)), g_2[1][1][6]))) || (*p_31))));
        l_237++;
    }
    return p_34;
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_46 g_59 g_2 g_6 g_41 g_82 g_60 g_91 g_110 g_79 g_147 g_111 g_117 g_178
 * writes: g_49 g_46 g_2 g_6 g_82 g_59 g_117 g_147 g_41 g_60 g_178
 */
static int32_t  func_36(uint16_t  p_37, uint16_t  p_38)
{ /* block id: 13 */
    int32_t l_61 = 0L;
    int32_t **l_66 = &g_41;
    int32_t ***l_67 = &l_66;
    int32_t **l_68 = (void*)0;
    union U0 l_86 = {0xAF3587EAL};
    uint32_t *l_96 = &g_82;
    const uint64_t *l_152 = &g_49;
    int16_t l_165 = 1L;
    int32_t l_166 = (-5L);
    int32_t l_169 = 0xFF9ED612L;
    int32_t l_172 = 0x3B7A9B27L;
    int32_t l_174 = 4L;
    int32_t l_177 = 0x7EF6DE33L;
    for (g_49 = (-1); (g_49 == 42); g_49 = safe_add_func_int16_t_s_s(g_49, 7))
    { /* block id: 16 */
        uint16_t l_57 = 0xA886L;
        for (g_46 = (-10); (g_46 != 16); g_46++)
        { /* block id: 19 */
            int32_t *l_58 = &g_2[1][2][0];
            l_57 = p_37;
            (*l_58) &= (l_58 != g_59[5][0]);
            if (l_61)
                continue;
            if (l_57)
                continue;
        }
        for (g_6 = 22; (g_6 < 15); g_6 = safe_sub_func_uint16_t_u_u(g_6, 4))
        { /* block id: 27 */
            (*g_41) |= 8L;
        }
    }
    if (((safe_mul_func_int16_t_s_s((l_61 && (p_38 ^ 0x347E9BEE6A4CB4ABLL)), (((*l_67) = l_66) != l_68))) < g_2[1][2][0]))
    { /* block id: 32 */
        int8_t *l_78[10] = {&g_79,&g_79,&g_79,&g_79,&g_79,&g_79,&g_79,&g_79,&g_79,&g_79};
        int32_t l_80 = (-1L);
        uint32_t *l_81 = &g_82;
        uint64_t *l_85[7] = {&g_49,(void*)0,(void*)0,&g_49,(void*)0,(void*)0,&g_49};
        int32_t *l_87[8];
        int16_t l_88[5] = {0x45E9L,0x45E9L,0x45E9L,0x45E9L,0x45E9L};
        int32_t ***l_89 = &l_66;
        int i;
        for (i = 0; i < 8; i++)
            l_87[i] = &l_61;
        if ((safe_rshift_func_uint8_t_u_u((0L == (safe_div_func_uint16_t_u_u(1UL, p_37))), ((safe_rshift_func_uint16_t_u_u((((+(((g_49 = ((safe_rshift_func_int8_t_s_s((l_80 = p_37), ((++(*l_81)) & (*g_41)))) != p_37)) != (-1L)) ^ ((g_60 || ((l_88[0] = ((l_86 , 0x62L) >= g_60)) < g_46)) || p_37))) , (void*)0) == l_89), p_37)) ^ g_46))))
        { /* block id: 37 */
            int8_t l_90[1];
            int32_t *l_97[1];
            int64_t l_98 = 0x937101990186BA22LL;
            volatile int32_t **l_99[9] = {&g_59[4][0],&g_59[4][0],&g_59[4][0],&g_59[4][0],&g_59[4][0],&g_59[4][0],&g_59[4][0],&g_59[4][0],&g_59[4][0]};
            uint16_t *l_116 = &g_117;
            int i;
            for (i = 0; i < 1; i++)
                l_90[i] = 0xEEL;
            for (i = 0; i < 1; i++)
                l_97[i] = &g_6;
            l_98 = (l_90[0] == ((-5L) != (((&g_2[2][1][6] == ((6UL || ((((g_91[2] , ((**l_66) &= ((1UL < 9UL) , l_90[0]))) , (safe_div_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((void*)0 == l_96), p_37)), p_37))) >= 0x70L) >= p_37)) , l_97[0])) < 0x9C47E4C77BDD452DLL) & p_37)));
            g_59[5][0] = &g_60;
            l_61 |= (safe_rshift_func_uint16_t_u_s(((*l_116) = (safe_sub_func_uint32_t_u_u(p_38, (safe_lshift_func_int16_t_s_s(((safe_mul_func_int8_t_s_s((g_2[3][6][4] , 0x85L), (safe_div_func_int64_t_s_s(((((g_110 == &l_99[0]) ^ g_6) , (safe_mod_func_uint32_t_u_u(((*l_81) = ((safe_mul_func_uint8_t_u_u((((((((void*)0 != &g_46) < (g_49 , g_60)) , (void*)0) == (void*)0) <= (***l_89)) || 0x4CL), p_38)) & (*g_41))), 0x848F3A3EL))) && p_38), g_6)))) == 4294967295UL), 14))))), 12));
        }
        else
        { /* block id: 44 */
            uint32_t *l_125 = &g_82;
            int16_t *l_126 = &l_88[4];
            int16_t *l_127 = (void*)0;
            int16_t *l_128 = &g_46;
            uint32_t *l_146[9][10] = {{(void*)0,&g_147,&g_147,(void*)0,(void*)0,&g_147,&g_147,(void*)0,(void*)0,&g_147},{&g_147,&g_147,(void*)0,&g_147,(void*)0,&g_147,&g_147,&g_147,(void*)0,&g_147},{&g_147,&g_147,&g_147,(void*)0,&g_147,&g_147,(void*)0,&g_147,(void*)0,&g_147},{&g_147,&g_147,(void*)0,&g_147,&g_147,&g_147,&g_147,&g_147,(void*)0,&g_147},{&g_147,(void*)0,&g_147,&g_147,(void*)0,&g_147,&g_147,(void*)0,(void*)0,(void*)0},{&g_147,(void*)0,&g_147,&g_147,&g_147,&g_147,&g_147,&g_147,(void*)0,&g_147},{&g_147,&g_147,(void*)0,&g_147,&g_147,&g_147,(void*)0,&g_147,&g_147,&g_147},{&g_147,&g_147,&g_147,(void*)0,(void*)0,&g_147,&g_147,&g_147,&g_147,(void*)0},{&g_147,&g_147,&g_147,&g_147,&g_147,&g_147,&g_147,&g_147,(void*)0,(void*)0}};
            int32_t l_150 = 8L;
            uint8_t *l_153 = (void*)0;
            uint8_t *l_154[7];
            int32_t l_156 = (-1L);
            int32_t l_157 = (-2L);
            int32_t l_168 = 0x08E814CFL;
            int32_t l_170 = 0x571C5A3CL;
            int32_t l_173 = 0x3E879045L;
            int32_t l_176[5][4][5] = {{{(-1L),0xB215A1ACL,0x8B4E1879L,(-7L),7L},{0x25632B76L,0x749428BCL,(-1L),(-1L),0x749428BCL},{(-7L),0x3E64B609L,1L,0x5B171459L,0x22F541D5L},{0x3FBD6B82L,0x8DB1603EL,0x25632B76L,0xEF85CD53L,0xA3869ADEL}},{{0x0AE34072L,1L,0x0A34BDB7L,0xE1D9C4CFL,5L},{0x3FBD6B82L,(-7L),0xAA2B0718L,7L,0x0A34BDB7L},{(-7L),(-1L),0x3E64B609L,0L,0x28BC1734L},{0x25632B76L,0L,0x5B171459L,0L,0x36BC6E75L}},{{(-1L),0x5B171459L,6L,0x4514EF95L,0x36BC6E75L},{0L,(-1L),(-1L),0xACB2F0D3L,0x28BC1734L},{8L,0xACB2F0D3L,0xACB2F0D3L,8L,0x0A34BDB7L},{0x37B2804DL,0x36BC6E75L,0x8DB1603EL,7L,5L}},{{(-1L),0x3FBD6B82L,0x749428BCL,5L,0xA3869ADEL},{7L,0xEF85CD53L,0x4A2D75E7L,7L,0x22F541D5L},{0L,(-1L),0x4514EF95L,8L,0x749428BCL},{0x669EC0A3L,0x749428BCL,(-1L),(-1L),0xE1D9C4CFL}},{{0x669EC0A3L,0x3D16F920L,0x749428BCL,0L,0x0A34BDB7L},{0xB215A1ACL,0L,0x749428BCL,(-2L),0x3FBD6B82L},{0x3FBD6B82L,0x669EC0A3L,(-1L),0xAA2B0718L,(-1L)},{0L,0L,0L,0L,0x0AE34072L}}};
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_154[i] = &g_155[1];
            (***l_89) = ((&g_82 != (p_37 , &g_82)) | ((*l_128) = (safe_mod_func_int32_t_s_s(0L, (+(((g_6 |= (((***l_67) && (((p_37 <= (((((safe_div_func_int16_t_s_s(((*l_126) ^= ((void*)0 == l_125)), (g_82 , g_2[1][4][0]))) == p_37) >= g_60) , p_38) && g_2[3][4][5])) > p_37) < g_49)) || p_37)) >= p_37) || g_2[1][2][0]))))));
            if (((l_157 = ((safe_add_func_uint64_t_u_u((((safe_rshift_func_uint8_t_u_u((l_156 ^= ((safe_add_func_int8_t_s_s((((0x4062DC60C70B8458LL ^ (g_79 == (safe_mul_func_uint8_t_u_u((g_49 | (safe_add_func_uint16_t_u_u((***l_67), (safe_sub_func_int8_t_s_s((g_82 == ((~0UL) < ((((((safe_div_func_int32_t_s_s(((l_150 = (--g_147)) , (l_150 = (8L > (+(&g_49 != l_152))))), p_37)) , l_150) >= (***g_110)) , (*g_41)) ^ 1UL) || (-5L)))), g_2[1][6][6]))))), g_49)))) | 0x8245084BL) , g_6), 249UL)) ^ g_117)), g_2[1][2][0])) || p_37) , l_150), p_37)) && 0x776EL)) & 0x62L))
            { /* block id: 54 */
                uint64_t l_160 = 0x0A445FDDC11C7F1ALL;
                (**l_89) = &l_157;
                (***l_89) = ((safe_add_func_int32_t_s_s(p_38, 0xCEBA9940L)) , l_160);
                (**g_111) = (safe_rshift_func_uint16_t_u_s((&g_79 != l_154[2]), 6));
            }
            else
            { /* block id: 58 */
                int32_t l_163[8][1] = {{0xE03242B5L},{(-10L)},{(-10L)},{0xE03242B5L},{(-10L)},{(-10L)},{0xE03242B5L},{(-10L)}};
                int32_t l_164 = 0x826FC9A2L;
                int32_t l_167 = 0xBEFE2CA5L;
                int32_t l_171 = 8L;
                int32_t l_175[1];
                int i, j;
                for (i = 0; i < 1; i++)
                    l_175[i] = 1L;
                g_178--;
            }
        }
    }
    else
    { /* block id: 62 */
        int8_t l_181 = 0x24L;
        return l_181;
    }
    return p_37;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_2[i][j][k], "g_2[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_91[i].f0, "g_91[i].f0", print_hash_value);
        transparent_crc(g_91[i].f1, "g_91[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_155[i], "g_155[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_211, "g_211", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_232[i], "g_232[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_286, "g_286", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 106
XXX total union variables: 2

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

XXX max expression depth: 33
breakdown:
   depth: 1, occurrence: 36
   depth: 2, occurrence: 6
   depth: 3, occurrence: 2
   depth: 5, occurrence: 1
   depth: 7, occurrence: 2
   depth: 18, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 2
   depth: 24, occurrence: 2
   depth: 28, occurrence: 1
   depth: 33, occurrence: 1

XXX total number of pointers: 91

XXX times a variable address is taken: 157
XXX times a pointer is dereferenced on RHS: 40
breakdown:
   depth: 1, occurrence: 35
   depth: 2, occurrence: 1
   depth: 3, occurrence: 4
XXX times a pointer is dereferenced on LHS: 45
breakdown:
   depth: 1, occurrence: 40
   depth: 2, occurrence: 3
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 6
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 1190

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 169
   level: 2, occurrence: 14
   level: 3, occurrence: 23
XXX number of pointers point to pointers: 26
XXX number of pointers point to scalars: 65
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 37.4
XXX average alias set size: 1.43

XXX times a non-volatile is read: 308
XXX times a non-volatile is write: 146
XXX times a volatile is read: 19
XXX    times read thru a pointer: 2
XXX times a volatile is write: 5
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 137
XXX percentage of non-volatile access: 95

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 36
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 11
   depth: 2, occurrence: 11
   depth: 3, occurrence: 4

XXX percentage a fresh-made variable is used: 19.4
XXX percentage an existing variable is used: 80.6
********************* end of statistics **********************/

