/* Csmith 2.3.0 --seed 44 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 9ECB7602 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 44 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      44
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   signed f0 : 4;
   volatile unsigned f1 : 9;
   const signed f2 : 7;
   volatile signed f3 : 23;
   const signed f4 : 10;
};

/* --- GLOBAL VARIABLES --- */
static volatile uint32_t g_6 = 0xFC3938DDL;/* VOLATILE GLOBAL g_6 */
static uint8_t g_13 = 255UL;
static int64_t g_23 = 0L;
static uint16_t g_30 = 1UL;
static uint8_t g_32 = 0xE2L;
static uint32_t g_36[6][6][1] = {{{0x3C8D3FD9L},{0xB0C7B249L},{18446744073709551615UL},{0x35CF455DL},{0UL},{0x7BAA9D70L}},{{1UL},{0x7BAA9D70L},{0UL},{0x35CF455DL},{18446744073709551615UL},{0xB0C7B249L}},{{0x3C8D3FD9L},{18446744073709551615UL},{0x3C8D3FD9L},{0xB0C7B249L},{18446744073709551615UL},{0x35CF455DL}},{{0UL},{0x7BAA9D70L},{1UL},{0x7BAA9D70L},{0UL},{0x35CF455DL}},{{18446744073709551615UL},{0xB0C7B249L},{0x3C8D3FD9L},{18446744073709551615UL},{0x3C8D3FD9L},{0xB0C7B249L}},{{18446744073709551615UL},{0x35CF455DL},{0UL},{0x7BAA9D70L},{1UL},{0x7BAA9D70L}}};
static int32_t g_41 = 0x54120977L;
static int32_t *g_40 = &g_41;
static int32_t ** volatile g_39[9][1] = {{&g_40},{&g_40},{&g_40},{&g_40},{&g_40},{&g_40},{&g_40},{&g_40},{&g_40}};
static int32_t ** volatile g_43 = &g_40;/* VOLATILE GLOBAL g_43 */
static struct S0 g_62 = {1,2,-3,2199,11};/* VOLATILE GLOBAL g_62 */
static struct S0 * volatile g_61 = &g_62;/* VOLATILE GLOBAL g_61 */
static struct S0 * volatile * volatile g_63 = &g_61;/* VOLATILE GLOBAL g_63 */
static volatile struct S0 g_129 = {1,14,-9,-1935,10};/* VOLATILE GLOBAL g_129 */
static struct S0 g_140 = {-2,2,-6,-1658,-14};/* VOLATILE GLOBAL g_140 */
static struct S0 g_141 = {0,11,1,-1211,22};/* VOLATILE GLOBAL g_141 */
static struct S0 *g_142 = (void*)0;
static uint16_t g_149 = 0x6C75L;
static int16_t g_154 = 0x63C3L;
static uint64_t g_173 = 0xB4EDB8E35FDD6DB0LL;
static volatile struct S0 g_175 = {3,3,9,-479,-9};/* VOLATILE GLOBAL g_175 */
static int8_t g_226 = 1L;
static int8_t g_236 = 3L;
static struct S0 **** volatile g_266 = (void*)0;/* VOLATILE GLOBAL g_266 */
static uint32_t g_296 = 4294967294UL;
static volatile struct S0 g_302[3] = {{-0,19,1,1476,31},{-0,19,1,1476,31},{-0,19,1,1476,31}};


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static uint16_t  func_2(uint64_t  p_3);
static uint64_t  func_14(uint8_t * p_15, uint16_t  p_16, const uint8_t * const  p_17);
static uint8_t * func_18(int32_t  p_19, int64_t  p_20, uint8_t * p_21, uint8_t * p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_23 g_36 g_43 g_32 g_30 g_61 g_63 g_62 g_41 g_129 g_40 g_142 g_141.f0 g_140.f4 g_140.f1 g_149 g_175 g_141.f2 g_154 g_140.f2 g_13 g_141.f1 g_173 g_236 g_140.f0 g_141.f4 g_266 g_226 g_141.f3 g_296 g_302
 * writes: g_13 g_30 g_36 g_40 g_32 g_61 g_141.f0 g_149 g_154 g_23 g_173 g_142 g_41 g_226 g_236 g_266 g_296
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int64_t l_11 = (-1L);
    uint8_t *l_12 = &g_13;
    int8_t l_26[3][1];
    uint16_t *l_29 = &g_30;
    uint8_t *l_31 = &g_32;
    int32_t *l_310 = (void*)0;
    int32_t l_311 = (-1L);
    int32_t *l_312 = (void*)0;
    int32_t *l_313 = &g_41;
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_26[i][j] = (-1L);
    }
    (*l_313) = (l_311 = (func_2((((-1L) && ((safe_rshift_func_uint16_t_u_s(g_6, 4)) , ((safe_rshift_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u(((*l_12) = l_11), (func_14(func_18(g_6, ((((*l_29) = (l_11 > (((1L >= ((((((g_23 >= ((safe_mod_func_uint16_t_u_u((l_26[0][0] , (safe_add_func_uint32_t_u_u(4294967295UL, l_26[0][0]))), g_23)) && l_11)) <= (-1L)) > l_26[0][0]) , l_11) <= g_23) , 0x14B81230B63E91CBLL)) >= l_11) || l_26[0][0]))) <= g_23) >= 0x39C01058L), l_31, l_31), l_11, l_12) | g_140.f2))), l_26[0][0])) & l_26[2][0]))) , 0x567D7ABB9593E8CALL)) == g_141.f4));
    return g_226;
}


/* ------------------------------------------ */
/* 
 * reads : g_13 g_41 g_154 g_141.f1 g_62.f3 g_173 g_236 g_140.f0 g_149 g_175.f4 g_30 g_23 g_141.f2 g_141.f4 g_266 g_226 g_141.f3 g_140.f2 g_142 g_141.f0 g_296 g_302
 * writes: g_13 g_41 g_154 g_226 g_236 g_32 g_173 g_266 g_296
 */
static uint16_t  func_2(uint64_t  p_3)
{ /* block id: 89 */
    int32_t *l_211 = &g_41;
    int32_t **l_212 = &l_211;
    int32_t l_257 = 1L;
    struct S0 **l_261 = &g_142;
    struct S0 ** const *l_260[2][4][6] = {{{(void*)0,&l_261,&l_261,&l_261,(void*)0,&l_261},{&l_261,(void*)0,&l_261,&l_261,(void*)0,&l_261},{&l_261,&l_261,&l_261,(void*)0,&l_261,&l_261},{&l_261,&l_261,&l_261,&l_261,&l_261,&l_261}},{{&l_261,&l_261,&l_261,(void*)0,(void*)0,(void*)0},{&l_261,&l_261,&l_261,&l_261,&l_261,&l_261},{&l_261,&l_261,&l_261,&l_261,&l_261,(void*)0},{(void*)0,&l_261,&l_261,&l_261,(void*)0,&l_261}}};
    uint64_t l_292 = 0xE3B4EDD34A8C5B16LL;
    uint8_t l_309 = 255UL;
    int i, j, k;
    (*l_212) = l_211;
    for (g_13 = (-20); (g_13 >= 60); g_13++)
    { /* block id: 93 */
        int8_t *l_225 = &g_226;
        int32_t l_231 = 0L;
        int64_t l_237 = (-1L);
        for (g_41 = (-6); (g_41 == 29); g_41++)
        { /* block id: 96 */
            for (g_154 = 0; (g_154 >= 0); g_154 -= 1)
            { /* block id: 99 */
                return p_3;
            }
        }
        for (p_3 = (-8); (p_3 > 22); ++p_3)
        { /* block id: 105 */
            return g_141.f1;
        }
        if ((8UL && (safe_rshift_func_uint16_t_u_s((safe_mod_func_int16_t_s_s((((((safe_add_func_int8_t_s_s(((*l_225) = 0x7CL), (safe_div_func_uint8_t_u_u((*l_211), g_62.f3)))) | (((0UL | (safe_div_func_int8_t_s_s(l_231, p_3))) < (g_236 |= ((safe_mul_func_int16_t_s_s((safe_div_func_uint64_t_u_u(g_173, p_3)), 0UL)) , p_3))) , (**l_212))) ^ p_3) & g_140.f0) , (**l_212)), g_149)), (**l_212)))))
        { /* block id: 110 */
            int8_t l_240 = 0x02L;
            int32_t l_259 = 0L;
            if (l_237)
            { /* block id: 111 */
                uint8_t *l_248 = (void*)0;
                uint8_t *l_249 = &g_32;
                int32_t *l_256[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_256[i] = (void*)0;
                l_257 |= ((((safe_mul_func_int16_t_s_s(p_3, (((((l_240 != (safe_lshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_s((safe_unary_minus_func_uint32_t_u((safe_sub_func_int32_t_s_s(0x3CEB0D5DL, g_175.f4)))), 0)), ((p_3 == ((*l_249) = g_30)) > ((((safe_sub_func_uint32_t_u_u(((safe_rshift_func_uint8_t_u_s((((**l_212) = 1L) < (safe_mul_func_int8_t_s_s((-1L), (0xDFBDL != g_173)))), g_23)) >= 18446744073709551615UL), 6UL)) , p_3) , 1UL) | g_141.f2))))) == l_240) == l_240) && l_240) & 4294967295UL))) , l_240) && l_240) && 4L);
            }
            else
            { /* block id: 115 */
                uint64_t l_258 = 18446744073709551615UL;
                l_258 = p_3;
                (*l_212) = (*l_212);
                return g_141.f4;
            }
            (**l_212) = (l_259 = 4L);
            l_260[1][2][2] = (void*)0;
            (*l_211) = l_231;
        }
        else
        { /* block id: 124 */
            uint64_t l_265[3];
            struct S0 **** volatile *l_267 = (void*)0;
            struct S0 **** volatile *l_268 = &g_266;
            int i;
            for (i = 0; i < 3; i++)
                l_265[i] = 18446744073709551615UL;
            for (g_173 = 17; (g_173 <= 53); ++g_173)
            { /* block id: 127 */
                int16_t l_264 = 1L;
                return l_264;
            }
            (*l_211) ^= l_265[1];
            (*l_268) = g_266;
        }
    }
    for (g_226 = 0; (g_226 <= (-5)); --g_226)
    { /* block id: 136 */
        int8_t *l_276 = &g_236;
        int32_t l_291 = 0L;
        uint8_t *l_293 = &g_13;
        int32_t *l_294 = &l_257;
        uint32_t *l_295[5];
        const uint16_t *l_301 = &g_30;
        int i;
        for (i = 0; i < 5; i++)
            l_295[i] = &g_296;
        (*l_294) &= (((((*l_293) = ((**l_212) = (safe_rshift_func_uint16_t_u_u((((*l_276) = (safe_mul_func_int8_t_s_s(((-1L) && g_141.f3), (!5L)))) | (p_3 ^ (safe_mul_func_int16_t_s_s(g_141.f2, ((safe_mod_func_uint32_t_u_u((safe_sub_func_int32_t_s_s((((safe_lshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((((g_140.f2 , g_142) != (void*)0) > (safe_mul_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((-9L), l_291)), 0xD3L))), l_291)), g_23)) <= l_292) >= 0x9AF0FEC2L), 7L)), g_141.f0)) , (*l_211)))))), l_291)))) , l_291) <= g_30) > 0xD6L);
        (*l_294) ^= ((-3L) > (((--g_296) , (g_173 = (safe_sub_func_uint64_t_u_u(((p_3 , l_301) != (g_302[0] , (void*)0)), (safe_lshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_s(0xEB46L, 11)), (safe_mul_func_int8_t_s_s((((-10L) ^ p_3) , (-6L)), l_309)))))))) || p_3));
    }
    return p_3;
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_43 g_23 g_32 g_30 g_61 g_63 g_62 g_41 g_129 g_40 g_142 g_141.f0 g_140.f4 g_140.f1 g_149 g_175 g_141.f2 g_154
 * writes: g_36 g_40 g_30 g_32 g_61 g_141.f0 g_149 g_154 g_23 g_173 g_142 g_41
 */
static uint64_t  func_14(uint8_t * p_15, uint16_t  p_16, const uint8_t * const  p_17)
{ /* block id: 5 */
    int32_t **l_44[10] = {&g_40,&g_40,&g_40,&g_40,&g_40,&g_40,&g_40,&g_40,&g_40,&g_40};
    int32_t l_47 = 0x0456BBB3L;
    uint16_t *l_56 = &g_30;
    uint32_t l_145 = 4UL;
    uint64_t *l_172 = &g_173;
    struct S0 *l_192 = &g_140;
    uint16_t l_210[3];
    int i;
    for (i = 0; i < 3; i++)
        l_210[i] = 0x7177L;
    for (p_16 = 11; (p_16 == 29); p_16++)
    { /* block id: 8 */
        int32_t *l_35 = (void*)0;
        int32_t **l_42 = (void*)0;
        g_36[0][2][0]++;
        (*g_43) = l_35;
    }
    if ((((((l_44[4] = l_44[4]) == ((safe_add_func_uint16_t_u_u(((*l_56) ^= (((l_47 < ((((safe_rshift_func_int8_t_s_s(((0UL != (!(safe_unary_minus_func_uint8_t_u(255UL)))) , p_16), (l_47 ^ ((safe_rshift_func_uint8_t_u_s((safe_div_func_int32_t_s_s(0xC59A6287L, p_16)), 6)) , (0xA57AL >= l_47))))) & 0xADL) , g_23) != g_32)) , 0x81DDL) == l_47)), 2L)) , (void*)0)) , 0L) <= 0x88841F9F80411BC3LL) ^ l_47))
    { /* block id: 14 */
        uint8_t l_83 = 250UL;
        int32_t l_86 = 0x7283BD05L;
        int8_t l_88 = (-1L);
        int32_t l_91 = 0xB6A48933L;
        int32_t l_94 = (-1L);
        int32_t l_96 = 0xBC337E5CL;
        int32_t l_98 = 0xD749550BL;
        int32_t l_100 = 1L;
        int32_t l_101 = 0x02FA5D71L;
        int32_t l_102 = 0x3B8D9BCAL;
        int32_t l_106 = 0x904B385DL;
        int32_t l_107 = 0xC73838C2L;
        int32_t l_109 = 0L;
        int32_t l_110 = 0xA882A549L;
        int32_t l_111 = 0x4784E495L;
        int32_t l_112[8][7][4] = {{{(-2L),3L,1L,3L},{9L,0x730FBAA5L,(-1L),(-10L)},{1L,0xC78DC006L,6L,0L},{(-10L),6L,(-2L),(-1L)},{(-10L),0xB9F4E2ACL,6L,0xE6288759L},{1L,(-1L),(-1L),1L},{9L,0L,1L,0x96FF799FL}},{{(-2L),0xE6288759L,0L,1L},{9L,0L,0x730FBAA5L,1L},{0L,0xE6288759L,0xC7C7AF32L,0x96FF799FL},{0xB9F4E2ACL,0L,0xB9F4E2ACL,1L},{0x730FBAA5L,(-1L),(-10L),0xE6288759L},{1L,0xB9F4E2ACL,0x96FF799FL,(-1L)},{3L,6L,0x96FF799FL,0L}},{{1L,0xC78DC006L,(-10L),(-10L)},{0x730FBAA5L,0x730FBAA5L,0xB9F4E2ACL,3L},{0xB9F4E2ACL,3L,0xC7C7AF32L,0L},{0L,(-2L),0x730FBAA5L,0xC7C7AF32L},{9L,(-2L),0L,0L},{(-2L),3L,1L,3L},{9L,0x730FBAA5L,(-1L),(-10L)}},{{1L,0xC78DC006L,6L,0L},{(-10L),6L,(-2L),(-1L)},{(-10L),0xB9F4E2ACL,6L,0xE6288759L},{1L,(-1L),(-1L),1L},{9L,0L,1L,0x96FF799FL},{(-2L),0xE6288759L,0L,1L},{9L,0L,0x730FBAA5L,1L}},{{0L,0xE6288759L,0xC7C7AF32L,0x96FF799FL},{0xB9F4E2ACL,0L,0xB9F4E2ACL,1L},{0x730FBAA5L,(-1L),(-10L),0xE6288759L},{1L,0xB9F4E2ACL,0x96FF799FL,(-1L)},{3L,6L,0x96FF799FL,0L},{0x96FF799FL,0L,1L,1L},{9L,9L,9L,(-1L)}},{{9L,(-1L),(-2L),6L},{6L,3L,9L,(-2L)},{(-2L),3L,0L,6L},{3L,(-1L),0xB9F4E2ACL,(-1L)},{0xE6288759L,9L,0x730FBAA5L,1L},{0xB9F4E2ACL,0L,1L,0L},{1L,1L,3L,0x730FBAA5L}},{{1L,9L,1L,0xC7C7AF32L},{0xB9F4E2ACL,0x730FBAA5L,0x730FBAA5L,0xB9F4E2ACL},{0xE6288759L,6L,0xB9F4E2ACL,(-10L)},{3L,0xC7C7AF32L,0L,0x96FF799FL},{(-2L),0L,9L,0x96FF799FL},{6L,0xC7C7AF32L,(-2L),(-10L)},{9L,6L,9L,0xB9F4E2ACL}},{{9L,0x730FBAA5L,1L,0xC7C7AF32L},{0x96FF799FL,9L,(-10L),0x730FBAA5L},{(-1L),1L,(-10L),0L},{0x96FF799FL,0L,1L,1L},{9L,9L,9L,(-1L)},{9L,(-1L),(-2L),6L},{6L,3L,9L,(-2L)}}};
        int16_t l_118 = 0x5B3CL;
        int16_t l_119 = (-9L);
        struct S0 *l_139[10] = {(void*)0,&g_140,(void*)0,(void*)0,&g_140,(void*)0,(void*)0,&g_140,(void*)0,(void*)0};
        int i, j, k;
        for (p_16 = 0; (p_16 <= 25); p_16 = safe_add_func_int64_t_s_s(p_16, 8))
        { /* block id: 17 */
            uint16_t l_85[2][8] = {{65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL},{65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL}};
            int32_t l_87 = 0x25B48F27L;
            int32_t l_90 = 0x8ADD5270L;
            int32_t l_95 = 0xF50803CBL;
            int32_t l_104 = 0x6D7ADF18L;
            int32_t l_108[3];
            uint8_t l_113 = 1UL;
            int32_t *l_128 = &l_86;
            struct S0 *l_144 = (void*)0;
            int i, j;
            for (i = 0; i < 3; i++)
                l_108[i] = 0xEAF73BA8L;
            for (g_32 = 0; (g_32 < 26); g_32 = safe_add_func_int16_t_s_s(g_32, 7))
            { /* block id: 20 */
                int32_t **l_76 = &g_40;
                int32_t l_84 = 0xA330C13FL;
                int32_t l_89 = 0L;
                int32_t l_92 = 0xE5124A76L;
                int32_t l_93 = 0x4ED4C97AL;
                int32_t l_97 = 0x9FC4A87EL;
                int32_t l_99 = (-8L);
                int32_t l_103 = 0x7A6358B8L;
                int32_t l_105[7][3][10] = {{{0x9101CFD3L,(-1L),0x0BCD7438L,0x0BCD7438L,(-1L),0x9101CFD3L,0x924C0CEFL,0xF175425EL,0x8769263BL,0xC3469061L},{0xC3469061L,(-4L),0x2896A24DL,0x58F93B69L,(-1L),0L,0x9101CFD3L,0L,(-1L),0x58F93B69L},{0xC3469061L,0L,0xC3469061L,1L,(-2L),0x9101CFD3L,0x58F93B69L,0x464987A4L,0x2896A24DL,0xF175425EL}},{{0x9101CFD3L,0x58F93B69L,0x464987A4L,0x2896A24DL,0xF175425EL,0xF175425EL,0x2896A24DL,0x464987A4L,0x58F93B69L,0x9101CFD3L},{(-1L),0xB2C377C4L,0xC3469061L,(-4L),0x2896A24DL,0x58F93B69L,(-1L),0L,0x9101CFD3L,0L},{0x8769263BL,0xC3469061L,0x2896A24DL,0xB2C377C4L,0x2896A24DL,0xC3469061L,0x8769263BL,0xF175425EL,0x924C0CEFL,0x9101CFD3L}},{{0x2896A24DL,(-1L),0x0BCD7438L,0x464987A4L,0xF175425EL,(-2L),(-4L),(-4L),(-2L),0xF175425EL},{0x924C0CEFL,7L,7L,0xF175425EL,0L,0x8769263BL,0xB2C377C4L,(-4L),0x464987A4L,0x9101CFD3L},{0xC3469061L,(-2L),0x464987A4L,0xB2C377C4L,7L,0x0BCD7438L,7L,0xB2C377C4L,0x464987A4L,(-2L)}},{{1L,0x924C0CEFL,0x58F93B69L,0xF175425EL,(-1L),(-1L),0x8769263BL,0x464987A4L,0L,0L},{0x924C0CEFL,0x9101CFD3L,(-1L),0x0BCD7438L,0x0BCD7438L,(-1L),0x9101CFD3L,0x924C0CEFL,0xF175425EL,0x8769263BL},{1L,0x58F93B69L,0xB2C377C4L,0x924C0CEFL,0x2896A24DL,0x0BCD7438L,(-4L),0x8769263BL,(-4L),0x0BCD7438L}},{{0xC3469061L,0x2896A24DL,0xB2C377C4L,0x2896A24DL,0xC3469061L,0x8769263BL,0xF175425EL,0x924C0CEFL,0x9101CFD3L,(-1L)},{0xF175425EL,(-1L),(-1L),0x8769263BL,0x464987A4L,0L,0L,0x464987A4L,0x8769263BL,(-1L)},{0x8769263BL,0x8769263BL,0x58F93B69L,(-1L),0xC3469061L,(-2L),0x464987A4L,0xB2C377C4L,7L,0x0BCD7438L}},{{0xB2C377C4L,(-4L),0x464987A4L,0x9101CFD3L,0x2896A24DL,0x9101CFD3L,0x464987A4L,(-4L),0xB2C377C4L,0x8769263BL},{(-1L),0x8769263BL,7L,0xC3469061L,0x0BCD7438L,1L,0L,0x2896A24DL,0x2896A24DL,0L},{(-4L),(-1L),0xC3469061L,0xC3469061L,(-1L),(-4L),0xF175425EL,1L,0xB2C377C4L,(-2L)}},{{(-2L),0x2896A24DL,0x8769263BL,0x9101CFD3L,7L,0x58F93B69L,(-4L),0x58F93B69L,7L,0x9101CFD3L},{(-2L),0x58F93B69L,(-2L),(-1L),0L,(-4L),0x9101CFD3L,0x0BCD7438L,0x8769263BL,1L},{(-4L),0x9101CFD3L,0x0BCD7438L,0x8769263BL,1L,1L,0x8769263BL,0x0BCD7438L,0x9101CFD3L,(-4L)}}};
                int i, j, k;
                (*g_63) = g_61;
                l_86 = (g_30 && ((safe_rshift_func_uint16_t_u_s(0x59E8L, 8)) | (safe_div_func_uint8_t_u_u((!(safe_div_func_uint16_t_u_u(((!(0x4D73BB84767EE7A7LL & ((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((((((*g_61) , &g_40) == l_76) , (safe_rshift_func_int8_t_s_u(g_62.f4, g_36[2][3][0]))) < ((((l_83 = (safe_div_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_u((4294967287UL < g_62.f2), p_16)) ^ p_16), p_16))) != 0UL) && g_62.f4) , g_36[0][2][0])) != g_62.f2), l_84)), l_85[1][4])) > g_41))) && 1L), g_30))), p_16))));
                --l_113;
                (*l_76) = (void*)0;
            }
            for (l_102 = (-16); (l_102 >= (-8)); l_102 = safe_add_func_uint8_t_u_u(l_102, 1))
            { /* block id: 29 */
                return l_118;
            }
            if (l_119)
                break;
            for (l_88 = 9; (l_88 >= 0); l_88 -= 1)
            { /* block id: 35 */
                int32_t *l_120 = (void*)0;
                int32_t *l_121 = (void*)0;
                int32_t **l_131 = &g_40;
                int16_t *l_132 = &l_118;
                uint8_t *l_134 = &l_83;
                uint8_t **l_133 = &l_134;
                struct S0 **l_143 = (void*)0;
                int i;
                l_120 = &l_104;
                l_121 = &l_98;
                (*l_128) ^= (safe_lshift_func_uint16_t_u_s((safe_div_func_uint64_t_u_u((((*p_15) = ((p_17 == ((*l_133) = func_18((0xA6E6L & ((((p_16 ^ (((*l_132) |= (safe_rshift_func_int8_t_s_s(((l_90 >= (((l_121 = (l_120 = l_128)) == (g_129 , &l_101)) & (~g_32))) | ((l_44[l_88] = l_131) != &g_40)), p_16))) || p_16)) , (*g_43)) != (void*)0) , 0x24D4L)), g_41, p_15, &g_32))) || 0xAD10L)) , 0x968FDB46EF48D875LL), p_16)), p_16));
                g_141.f0 |= (((*l_134) = (safe_lshift_func_int8_t_s_s(((*g_43) != &l_108[2]), 4))) | ((l_139[4] = (void*)0) == (l_144 = g_142)));
            }
        }
        return p_16;
    }
    else
    { /* block id: 52 */
        int32_t l_155[9];
        int i;
        for (i = 0; i < 9; i++)
            l_155[i] = 0x85FAA40FL;
        l_145 = p_16;
        for (g_30 = 0; (g_30 == 6); g_30 = safe_add_func_int64_t_s_s(g_30, 2))
        { /* block id: 56 */
            uint16_t *l_148 = &g_149;
            int32_t l_152 = 0xF3F2C5E0L;
            int16_t *l_153[7];
            int i;
            for (i = 0; i < 7; i++)
                l_153[i] = &g_154;
            l_155[1] ^= ((((*l_148) = 1UL) ^ (safe_lshift_func_int16_t_s_s(l_152, (g_154 = p_16)))) ^ (-10L));
            return l_155[5];
        }
    }
    if ((safe_unary_minus_func_uint16_t_u((safe_mod_func_uint32_t_u_u((((*l_172) = (safe_mul_func_uint16_t_u_u(((!g_140.f4) && ((p_16 || (((p_16 , (void*)0) != &p_15) ^ (safe_unary_minus_func_int32_t_s(((!(safe_sub_func_uint8_t_u_u(g_36[2][5][0], (safe_mod_func_int64_t_s_s((0xB61A9AB88E0C3C7FLL & (g_23 |= ((safe_sub_func_uint32_t_u_u((p_16 , ((safe_sub_func_int8_t_s_s((p_16 >= p_16), (*p_15))) < p_16)), g_140.f1)) , p_16))), 0x8484B6C8C4D48E72LL))))) > g_62.f4))))) == p_16)), g_149))) || 0xA8FA795F43D3E714LL), 4294967293UL)))))
    { /* block id: 65 */
        int16_t *l_187 = &g_154;
        const struct S0 *l_189 = &g_141;
        const struct S0 * const *l_188 = &l_189;
        int32_t l_190[4] = {(-8L),(-8L),(-8L),(-8L)};
        int32_t *l_208 = (void*)0;
        int i;
        (*g_43) = (void*)0;
        if ((+(g_175 , ((!0x8572L) & ((safe_rshift_func_uint16_t_u_s((((g_36[0][2][0] , (safe_lshift_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_u(0UL, (safe_sub_func_uint8_t_u_u((p_16 && (-1L)), (safe_lshift_func_int16_t_s_s(((*l_187) = p_16), (((l_188 == &g_142) , g_41) , 1L))))))) && (-6L)), 4))) || g_36[2][4][0]) <= g_141.f2), 3)) || l_190[1])))))
        { /* block id: 68 */
            l_44[4] = l_44[4];
        }
        else
        { /* block id: 70 */
            int32_t l_191 = 0xD5CF70B3L;
            struct S0 **l_193 = &g_142;
            struct S0 *l_194 = &g_140;
            int32_t l_199 = 2L;
            int32_t *l_202 = &g_41;
            l_199 &= ((l_191 <= ((((*l_193) = l_192) != l_194) || 0UL)) < (safe_div_func_int64_t_s_s((l_190[1] & ((safe_mod_func_int8_t_s_s((p_16 < l_190[0]), (0xD226D044L & (&l_189 == &l_192)))) < 0x93L)), g_141.f0)));
            for (g_154 = 0; (g_154 >= 7); g_154 = safe_add_func_int64_t_s_s(g_154, 5))
            { /* block id: 75 */
                l_202 = (*g_43);
            }
        }
        for (g_41 = (-14); (g_41 <= (-15)); g_41 = safe_sub_func_int8_t_s_s(g_41, 8))
        { /* block id: 81 */
            uint32_t l_205[2][6][3];
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 6; j++)
                {
                    for (k = 0; k < 3; k++)
                        l_205[i][j][k] = 0x656022EBL;
                }
            }
            --l_205[1][3][1];
        }
        l_208 = &l_190[1];
    }
    else
    { /* block id: 85 */
        int16_t l_209 = 1L;
        return l_209;
    }
    return l_210[1];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint8_t * func_18(int32_t  p_19, int64_t  p_20, uint8_t * p_21, uint8_t * p_22)
{ /* block id: 3 */
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_32, "g_32", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_36[i][j][k], "g_36[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_62.f0, "g_62.f0", print_hash_value);
    transparent_crc(g_62.f1, "g_62.f1", print_hash_value);
    transparent_crc(g_62.f2, "g_62.f2", print_hash_value);
    transparent_crc(g_62.f3, "g_62.f3", print_hash_value);
    transparent_crc(g_62.f4, "g_62.f4", print_hash_value);
    transparent_crc(g_129.f0, "g_129.f0", print_hash_value);
    transparent_crc(g_129.f1, "g_129.f1", print_hash_value);
    transparent_crc(g_129.f2, "g_129.f2", print_hash_value);
    transparent_crc(g_129.f3, "g_129.f3", print_hash_value);
    transparent_crc(g_129.f4, "g_129.f4", print_hash_value);
    transparent_crc(g_140.f0, "g_140.f0", print_hash_value);
    transparent_crc(g_140.f1, "g_140.f1", print_hash_value);
    transparent_crc(g_140.f2, "g_140.f2", print_hash_value);
    transparent_crc(g_140.f3, "g_140.f3", print_hash_value);
    transparent_crc(g_140.f4, "g_140.f4", print_hash_value);
    transparent_crc(g_141.f0, "g_141.f0", print_hash_value);
    transparent_crc(g_141.f1, "g_141.f1", print_hash_value);
    transparent_crc(g_141.f2, "g_141.f2", print_hash_value);
    transparent_crc(g_141.f3, "g_141.f3", print_hash_value);
    transparent_crc(g_141.f4, "g_141.f4", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_175.f0, "g_175.f0", print_hash_value);
    transparent_crc(g_175.f1, "g_175.f1", print_hash_value);
    transparent_crc(g_175.f2, "g_175.f2", print_hash_value);
    transparent_crc(g_175.f3, "g_175.f3", print_hash_value);
    transparent_crc(g_175.f4, "g_175.f4", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_296, "g_296", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_302[i].f0, "g_302[i].f0", print_hash_value);
        transparent_crc(g_302[i].f1, "g_302[i].f1", print_hash_value);
        transparent_crc(g_302[i].f2, "g_302[i].f2", print_hash_value);
        transparent_crc(g_302[i].f3, "g_302[i].f3", print_hash_value);
        transparent_crc(g_302[i].f4, "g_302[i].f4", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 81
   depth: 1, occurrence: 3
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 5
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 2
XXX volatile bitfields defined in structs: 2
XXX structs with bitfields in the program: 12
breakdown:
   indirect level: 0, occurrence: 3
   indirect level: 1, occurrence: 6
   indirect level: 2, occurrence: 1
   indirect level: 3, occurrence: 1
   indirect level: 4, occurrence: 1
XXX full-bitfields structs in the program: 3
breakdown:
   indirect level: 0, occurrence: 3
XXX times a bitfields struct's address is taken: 6
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 3
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 21

XXX max expression depth: 37
breakdown:
   depth: 1, occurrence: 64
   depth: 2, occurrence: 15
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 1
   depth: 29, occurrence: 1
   depth: 37, occurrence: 1

XXX total number of pointers: 57

XXX times a variable address is taken: 68
XXX times a pointer is dereferenced on RHS: 11
breakdown:
   depth: 1, occurrence: 8
   depth: 2, occurrence: 3
XXX times a pointer is dereferenced on LHS: 31
breakdown:
   depth: 1, occurrence: 28
   depth: 2, occurrence: 3
XXX times a pointer is compared with null: 0
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 523

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 49
   level: 2, occurrence: 18
XXX number of pointers point to pointers: 17
XXX number of pointers point to scalars: 33
XXX number of pointers point to structs: 7
XXX percent of pointers has null in alias set: 31.6
XXX average alias set size: 1.21

XXX times a non-volatile is read: 184
XXX times a non-volatile is write: 104
XXX times a volatile is read: 16
XXX    times read thru a pointer: 0
XXX times a volatile is write: 5
XXX    times written thru a pointer: 2
XXX times a volatile is available for access: 525
XXX percentage of non-volatile access: 93.2

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 62
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 11
   depth: 1, occurrence: 16
   depth: 2, occurrence: 19
   depth: 3, occurrence: 16

XXX percentage a fresh-made variable is used: 23.1
XXX percentage an existing variable is used: 76.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

