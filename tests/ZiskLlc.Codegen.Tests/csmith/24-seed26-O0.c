/* Csmith 2.3.0 --seed 26 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 2997EC3 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 26 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      26
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const uint32_t  f0;
   const uint32_t  f1;
};

#pragma pack(push)
#pragma pack(1)
struct S1 {
   signed f0 : 18;
   signed f1 : 3;
   signed f2 : 14;
   unsigned f3 : 23;
   signed f4 : 17;
   uint8_t  f5;
   volatile unsigned f6 : 4;
   volatile unsigned f7 : 31;
   volatile unsigned f8 : 14;
   const unsigned f9 : 23;
};
#pragma pack(pop)

union U2 {
   uint32_t  f0;
   uint16_t  f1;
   int8_t  f2;
   struct S0  f3;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_3 = 0x53A34C86L;/* VOLATILE GLOBAL g_3 */
static int32_t g_4 = 3L;
static volatile int32_t g_5 = 0x40F2FDADL;/* VOLATILE GLOBAL g_5 */
static int32_t g_6[3] = {0x19D81479L,0x19D81479L,0x19D81479L};
static uint32_t g_27[4][9][7] = {{{18446744073709551610UL,1UL,5UL,18446744073709551612UL,18446744073709551615UL,0x020A73BCL,7UL},{0xAD479EA4L,0x3B88A615L,18446744073709551606UL,0UL,0x3B88A615L,8UL,0x5CFE74D0L},{0xF447FE6DL,7UL,0x4F7D9FD5L,0UL,0x5A47B6C4L,0xDA102F31L,7UL},{18446744073709551607UL,0x1E69D086L,18446744073709551615UL,18446744073709551611UL,18446744073709551607UL,1UL,0x7283A38CL},{0xF2FE87A7L,6UL,0x4BFCC0C2L,0xF2FE87A7L,1UL,1UL,0x2D86A023L},{0xCFFAE3C7L,1UL,9UL,0x1E69D086L,0x280563ADL,0xC111BE16L,0UL},{0xDA102F31L,18446744073709551613UL,0xA8D2C224L,0x11B6BEFCL,0xDA102F31L,0x11B6BEFCL,0xA8D2C224L},{18446744073709551607UL,18446744073709551607UL,0UL,3UL,0x75F98A97L,0xB4BC71F8L,0xCAD959FCL},{0xA43D5475L,0x24B6749EL,0x18344157L,5UL,0xF898AFBBL,0xE87122A2L,0x430688CDL}},{{0xCBD6CD53L,0xC111BE16L,0x1B6BD7A8L,18446744073709551606UL,0x75F98A97L,1UL,0xCBD6CD53L},{4UL,0x9AEDA1E1L,1UL,0x4F7D9FD5L,0xDA102F31L,18446744073709551615UL,5UL},{0xEB8FC401L,8UL,18446744073709551612UL,18446744073709551615UL,0x1ABE719CL,0UL,0xB4B72B41L},{0x73D5EAA9L,7UL,18446744073709551612UL,0x4BFCC0C2L,18446744073709551613UL,0x611CA4B3L,0x24B6749EL},{0x280563ADL,3UL,0x2AB2BC8FL,9UL,0xCAD959FCL,0x5CFE74D0L,1UL},{7UL,0x7C08A59CL,0x18344157L,0x020A73BCL,18446744073709551612UL,18446744073709551612UL,0x020A73BCL},{0x6C9F93B7L,9UL,0x6C9F93B7L,9UL,18446744073709551613UL,8UL,0UL},{18446744073709551613UL,18446744073709551612UL,0x45A9172CL,0xA43D5475L,0x020A73BCL,1UL,4UL},{0xEB8FC401L,0x6C9F93B7L,8UL,0xC111BE16L,1UL,8UL,0x280563ADL}},{{1UL,0xDA102F31L,0x108A6652L,0UL,18446744073709551612UL,18446744073709551612UL,0xF898AFBBL},{9UL,0UL,0xB357F039L,0x75F98A97L,5UL,0x5CFE74D0L,18446744073709551615UL},{0xA43D5475L,0xD98A9A26L,0UL,0x5A47B6C4L,0xD98A9A26L,0x611CA4B3L,0x9AEDA1E1L},{0x989989A9L,18446744073709551615UL,0x7A9B65CAL,1UL,0x52174D4AL,0UL,0UL},{7UL,0x020A73BCL,1UL,0xA43D5475L,0x4F7D9FD5L,18446744073709551615UL,0x4F7D9FD5L},{0x52174D4AL,18446744073709551615UL,18446744073709551615UL,0x52174D4AL,18446744073709551612UL,1UL,18446744073709551615UL},{18446744073709551612UL,0x430688CDL,0x7C08A59CL,0x4688D239L,4UL,0xE87122A2L,0UL},{0xB4B72B41L,0UL,0x5CFE74D0L,9UL,18446744073709551607UL,0xB4BC71F8L,18446744073709551615UL},{0xDA102F31L,0x87B332E0L,0x24B6749EL,7UL,0xE87122A2L,0x11B6BEFCL,0x4F7D9FD5L}},{{0xCC53A0DCL,0x280563ADL,18446744073709551606UL,18446744073709551615UL,0xB4B72B41L,0x1B6BD7A8L,0UL},{0x9AEDA1E1L,18446744073709551612UL,1UL,0x4F7D9FD5L,0x14CD5900L,0xAA0E6852L,0x9AEDA1E1L},{1UL,0xCBD6CD53L,9UL,0xCAD959FCL,0x989989A9L,0UL,18446744073709551615UL},{0UL,0xA14E9C12L,0x73D5EAA9L,0x108A6652L,4UL,0xF898AFBBL,0xF898AFBBL},{0UL,3UL,0xCE404D46L,3UL,0UL,18446744073709551607UL,0x280563ADL},{0xE57B790EL,0x4BFCC0C2L,0xE87122A2L,0x9AEDA1E1L,0x18344157L,0xA8D2C224L,4UL},{18446744073709551606UL,18446744073709551611UL,18446744073709551606UL,0x5CFE74D0L,0x6C9F93B7L,0UL,0x5CFE74D0L},{1UL,0x7C08A59CL,4UL,0x24B6749EL,0x4688D239L,0xA43D5475L,0xA8D2C224L},{18446744073709551606UL,0x2AB2BC8FL,0xB4BC71F8L,18446744073709551606UL,0x5CFE74D0L,6UL,1UL}}};
static volatile int32_t g_28[6][3][2] = {{{0L,7L},{(-5L),0L},{0x280EFF2BL,0x280EFF2BL}},{{0x280EFF2BL,0L},{(-5L),7L},{0L,7L}},{{(-5L),0L},{0x280EFF2BL,0x280EFF2BL},{0x280EFF2BL,0L}},{{(-5L),7L},{0L,7L},{(-5L),0L}},{{0x280EFF2BL,0x280EFF2BL},{0x280EFF2BL,0L},{(-5L),7L}},{{0L,7L},{(-5L),0L},{0x280EFF2BL,0x280EFF2BL}}};
static int32_t g_29 = (-7L);
static union U2 g_31[10] = {{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL},{4294967295UL}};
static union U2 *g_32 = (void*)0;
static uint64_t g_50 = 1UL;
static int64_t g_57 = 1L;
static union U2 g_64[10][6] = {{{0x83BDBB17L},{0xAF2BF2F7L},{0UL},{0xAF2BF2F7L},{0x83BDBB17L},{0x8015B335L}},{{4294967289UL},{0xAF2BF2F7L},{0UL},{0x1620D8A8L},{4294967294UL},{0x1620D8A8L}},{{4294967289UL},{0x7AC20A80L},{4294967289UL},{0xAF2BF2F7L},{0UL},{0x1620D8A8L}},{{0x83BDBB17L},{0x8015B335L},{0UL},{4294967290UL},{0UL},{0x8015B335L}},{{0UL},{0x7AC20A80L},{0UL},{4294967290UL},{4294967294UL},{0xAF2BF2F7L}},{{0x83BDBB17L},{0xAF2BF2F7L},{0UL},{0xAF2BF2F7L},{0x83BDBB17L},{0x8015B335L}},{{4294967289UL},{0xAF2BF2F7L},{0UL},{0x1620D8A8L},{4294967294UL},{0x1620D8A8L}},{{4294967289UL},{0x7AC20A80L},{4294967289UL},{0xAF2BF2F7L},{0UL},{0x1620D8A8L}},{{0x83BDBB17L},{0x8015B335L},{0UL},{4294967290UL},{0UL},{0x8015B335L}},{{0UL},{0x7AC20A80L},{0UL},{4294967290UL},{4294967294UL},{0xAF2BF2F7L}}};
static int32_t g_67[6] = {0L,0L,0L,0L,0L,0L};
static int32_t * volatile g_68[5] = {&g_29,&g_29,&g_29,&g_29,&g_29};
static uint64_t g_89 = 1UL;
static int32_t *g_112[8][7][4] = {{{&g_67[3],&g_67[0],(void*)0,&g_6[1]},{(void*)0,&g_29,&g_67[3],&g_6[2]},{&g_6[0],&g_67[4],&g_29,&g_6[2]},{&g_6[2],&g_29,&g_6[1],&g_6[1]},{&g_4,&g_67[0],&g_6[0],&g_67[0]},{&g_67[5],(void*)0,&g_6[1],&g_4},{&g_6[2],&g_67[0],&g_6[2],&g_6[1]}},{{&g_29,&g_67[3],&g_67[3],&g_67[5]},{&g_67[3],(void*)0,&g_67[4],&g_67[3]},{&g_67[3],&g_4,&g_67[4],&g_6[1]},{&g_67[3],&g_6[2],&g_67[3],&g_29},{&g_29,&g_67[4],&g_6[2],&g_6[0]},{&g_6[2],&g_6[0],&g_6[1],&g_6[1]},{&g_67[5],&g_67[5],&g_6[0],(void*)0}},{{&g_67[3],&g_29,&g_4,&g_6[2]},{&g_67[5],(void*)0,(void*)0,&g_4},{&g_6[0],(void*)0,&g_67[0],&g_6[2]},{(void*)0,&g_29,&g_6[0],(void*)0},{(void*)0,&g_29,&g_29,&g_67[3]},{(void*)0,&g_6[0],&g_67[0],&g_6[0]},{&g_6[1],&g_67[3],(void*)0,&g_6[1]}},{{&g_67[5],&g_6[1],&g_67[3],&g_67[3]},{&g_6[2],&g_67[3],&g_4,&g_67[4]},{&g_6[2],&g_29,&g_67[3],&g_29},{&g_67[5],&g_67[4],(void*)0,&g_4},{&g_6[1],(void*)0,&g_67[0],&g_67[3]},{(void*)0,&g_29,&g_29,(void*)0},{(void*)0,&g_6[2],&g_6[0],&g_67[3]}},{{(void*)0,&g_6[1],&g_67[0],&g_6[1]},{&g_6[0],&g_67[3],(void*)0,&g_6[1]},{&g_67[5],&g_6[1],&g_4,&g_67[3]},{&g_67[3],&g_6[2],&g_4,(void*)0},{&g_29,&g_29,&g_67[3],&g_67[3]},{&g_67[5],(void*)0,&g_67[5],&g_4},{&g_6[1],&g_67[4],&g_67[0],&g_29}},{{&g_67[4],&g_29,&g_67[3],&g_67[4]},{(void*)0,&g_67[3],&g_67[3],&g_67[3]},{&g_67[4],&g_6[1],&g_67[0],&g_6[1]},{&g_6[1],&g_67[3],&g_67[5],&g_6[0]},{&g_67[5],&g_6[0],&g_67[3],&g_67[3]},{&g_29,&g_29,&g_4,(void*)0},{&g_67[3],&g_29,&g_4,&g_6[2]}},{{&g_67[5],(void*)0,(void*)0,&g_4},{&g_6[0],(void*)0,&g_67[0],&g_6[2]},{(void*)0,&g_29,&g_6[0],(void*)0},{(void*)0,&g_29,&g_29,&g_67[3]},{(void*)0,&g_6[0],&g_67[0],&g_6[0]},{&g_6[1],&g_67[3],(void*)0,&g_6[1]},{&g_67[5],&g_6[1],&g_67[3],&g_67[3]}},{{&g_6[2],&g_67[3],&g_4,&g_67[4]},{&g_6[2],&g_29,&g_67[3],&g_29},{&g_67[5],&g_67[4],(void*)0,&g_4},{&g_6[1],(void*)0,&g_67[0],&g_67[3]},{(void*)0,&g_29,&g_29,(void*)0},{(void*)0,&g_6[2],&g_6[0],&g_67[3]},{(void*)0,&g_6[1],&g_67[0],&g_6[1]}}};
static int32_t **g_111 = &g_112[4][3][3];
static union U2 ** volatile g_116 = &g_32;/* VOLATILE GLOBAL g_116 */
static int32_t *g_118 = (void*)0;
static int32_t ** volatile g_117 = &g_118;/* VOLATILE GLOBAL g_117 */
static volatile uint64_t *g_126 = (void*)0;
static volatile uint64_t ** volatile g_125 = &g_126;/* VOLATILE GLOBAL g_125 */
static volatile int32_t ** volatile * volatile *g_137 = (void*)0;
static uint8_t g_159 = 0x7AL;
static struct S1 g_244 = {-134,0,-116,2381,-221,0x60L,2,34721,44,1344};/* VOLATILE GLOBAL g_244 */
static struct S1 *g_246 = &g_244;
static struct S1 ** volatile g_245 = &g_246;/* VOLATILE GLOBAL g_245 */
static struct S1 g_258 = {228,1,33,408,-8,0xE5L,1,15119,30,1417};/* VOLATILE GLOBAL g_258 */
static uint16_t *g_266[2] = {&g_31[8].f1,&g_31[8].f1};
static int32_t g_283 = 0x7A6B4E15L;
static uint32_t g_288 = 4294967295UL;


/* --- FORWARD DECLARATIONS --- */
static const uint8_t  func_1(void);
static uint8_t  func_14(int16_t  p_15);
static int32_t  func_20(const union U2  p_21, int32_t  p_22, int8_t  p_23);
static const union U2  func_24(uint32_t  p_25);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_6 g_31 g_67 g_266 g_244.f7 g_244.f5 g_244.f1 g_111 g_112 g_288 g_31.f2 g_258.f0
 * writes: g_4 g_6 g_67 g_266 g_244.f5 g_283 g_112 g_64.f0 g_288
 */
static const uint8_t  func_1(void)
{ /* block id: 0 */
    int64_t l_2[1];
    int i;
    for (i = 0; i < 1; i++)
        l_2[i] = 0xA42B4837182ABBF9LL;
    for (g_4 = 0; (g_4 >= 0); g_4 -= 1)
    { /* block id: 3 */
        uint16_t l_26 = 0x540FL;
        uint64_t ***l_264 = (void*)0;
        int32_t l_290 = 0x01B55BE6L;
        for (g_6[0] = 0; (g_6[0] <= 0); g_6[0] += 1)
        { /* block id: 6 */
            int64_t l_11 = 6L;
            uint32_t l_285 = 0x2BDF8E17L;
            uint32_t *l_286 = &g_64[6][1].f0;
            uint32_t *l_287[2];
            int i;
            for (i = 0; i < 2; i++)
                l_287[i] = &g_288;
            l_290 = (l_2[g_6[0]] , ((safe_mul_func_int16_t_s_s(l_2[g_6[0]], (safe_sub_func_int8_t_s_s(((l_11 >= (safe_rshift_func_uint8_t_u_u(func_14(((0x8F9EL || (safe_mod_func_uint32_t_u_u((g_288 ^= ((*l_286) = (safe_mod_func_uint16_t_u_u(((0x5D088182L != (func_20(func_24(l_26), (safe_lshift_func_int16_t_s_u(l_26, (safe_rshift_func_uint8_t_u_s((((l_26 , &g_125) == l_264) | 0x9286L), 6)))), g_67[5]) , l_285)) , 3UL), l_26)))), 0x0CF999E6L))) < l_2[0])), g_31[8].f2))) && l_290), l_26)))) != l_11));
        }
    }
    return g_258.f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint8_t  func_14(int16_t  p_15)
{ /* block id: 160 */
    int32_t l_289 = 1L;
    return l_289;
}


/* ------------------------------------------ */
/* 
 * reads : g_266 g_244.f7 g_6 g_67 g_244.f5 g_244.f1 g_111 g_112
 * writes: g_67 g_266 g_244.f5 g_283 g_112
 */
static int32_t  func_20(const union U2  p_21, int32_t  p_22, int8_t  p_23)
{ /* block id: 149 */
    int32_t *l_265 = &g_67[4];
    uint16_t **l_267 = &g_266[0];
    uint16_t *l_268 = &g_64[6][1].f1;
    uint8_t *l_277 = &g_244.f5;
    struct S0 l_280 = {0x4FBD02CDL,7UL};
    const uint32_t l_281 = 1UL;
    int32_t *l_282 = &g_283;
    int32_t l_284 = (-1L);
    l_284 = (((*l_282) = (((((*l_265) = p_21.f1) != (((*l_267) = g_266[0]) != l_268)) , ((safe_mul_func_uint8_t_u_u(((*l_277) |= ((safe_sub_func_int16_t_s_s((g_244.f7 >= (safe_sub_func_int16_t_s_s(0x0611L, (safe_lshift_func_uint8_t_u_u(g_6[2], 3))))), p_21.f2)) < (*l_265))), (p_23 &= (safe_lshift_func_uint16_t_u_s((l_280 , (*l_265)), l_281))))) , 0UL)) > 18446744073709551610UL)) , 0xF3D0493BL);
    (*g_111) = (g_244.f1 , (*g_111));
    return p_21.f2;
}


/* ------------------------------------------ */
/* 
 * reads : g_31
 * writes:
 */
static const union U2  func_24(uint32_t  p_25)
{ /* block id: 7 */
    union U2 *l_30 = &g_31[8];
    const struct S0 l_36[1] = {{0UL,0x1515025BL}};
    int32_t *l_79 = &g_67[3];
    int16_t l_80 = 0xE63EL;
    int8_t l_92 = 0xFEL;
    const uint16_t l_106 = 9UL;
    int32_t **l_115 = (void*)0;
    uint16_t l_119 = 0xE56CL;
    int32_t ****l_128 = (void*)0;
    uint32_t l_142 = 18446744073709551613UL;
    int32_t l_172 = 0xE4413314L;
    int32_t l_201 = 0L;
    int32_t l_203[8] = {(-3L),0L,0L,(-3L),0L,0L,(-3L),0L};
    uint8_t l_216 = 1UL;
    int32_t *l_233 = &g_67[0];
    struct S1 *l_243[6][6] = {{&g_244,(void*)0,&g_244,(void*)0,&g_244,(void*)0},{&g_244,(void*)0,&g_244,(void*)0,&g_244,(void*)0},{&g_244,(void*)0,&g_244,(void*)0,&g_244,(void*)0},{&g_244,(void*)0,&g_244,(void*)0,&g_244,(void*)0},{&g_244,(void*)0,&g_244,(void*)0,&g_244,(void*)0},{&g_244,(void*)0,&g_244,(void*)0,&g_244,(void*)0}};
    uint8_t l_247 = 251UL;
    int8_t l_249[5][4][10] = {{{4L,0x3AL,0x9EL,0x2BL,0x6CL,0x61L,(-1L),2L,0xFFL,0x1EL},{0L,0xFFL,0x9EL,0x6CL,0xDFL,2L,4L,(-1L),(-1L),0x1CL},{0xE1L,0x1CL,2L,1L,0L,0x11L,(-6L),0x9BL,(-1L),(-1L)},{3L,(-1L),0x6CL,(-1L),0x11L,(-1L),0x3AL,0xBAL,0x3AL,(-1L)}},{{0xBAL,4L,(-6L),4L,0xBAL,0xBAL,0L,3L,0x9BL,0xDFL},{(-1L),0x1EL,2L,0x8DL,4L,0L,1L,0x3AL,0x06L,0xDFL},{2L,0x8DL,0x41L,0L,0xBAL,0x6CL,0xBAL,0x1CL,0x7EL,(-1L)},{1L,0xE1L,0x05L,(-1L),0x11L,4L,0x1CL,0L,2L,(-1L)}},{{0xBAL,0L,0x1CL,0x77L,0L,0x06L,0x06L,0L,0x77L,0x1CL},{0x02L,0x02L,(-1L),0x05L,0xDFL,0x97L,(-1L),0x77L,0L,0x1EL},{2L,1L,0L,0x11L,0x6CL,(-6L),(-1L),0xFFL,0x2BL,1L},{2L,0x02L,0xDEL,0x9BL,0x1EL,0x05L,0x06L,0x9EL,1L,1L}},{{0L,0L,0L,2L,0x41L,1L,0x1CL,1L,0L,0x6CL},{0xC3L,0xE1L,0xBAL,3L,0x3AL,3L,0xBAL,0xE1L,0xC3L,0L},{0x77L,0x8DL,(-1L),(-6L),0xBAL,(-1L),1L,4L,2L,0x02L},{0xDFL,0x1EL,0L,(-6L),0x2BL,(-1L),0L,0x61L,0xC3L,0x52L}},{{3L,4L,0x06L,3L,0x8DL,0x2BL,0L,0x2BL,0xBAL,4L},{1L,0x2BL,0x41L,0x89L,0x9BL,0L,0x06L,2L,2L,0x06L},{0xC3L,2L,0x1EL,0x1EL,2L,0xC3L,(-1L),0x8DL,1L,0x97L},{0x1EL,0xC3L,0x6CL,(-1L),0xBAL,2L,1L,0x3AL,3L,(-6L)}}};
    int i, j, k;
    return (*l_30);
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
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_6[i], "g_6[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_27[i][j][k], "g_27[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_28[i][j][k], "g_28[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_29, "g_29", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_31[i].f0, "g_31[i].f0", print_hash_value);
        transparent_crc(g_31[i].f1, "g_31[i].f1", print_hash_value);
        transparent_crc(g_31[i].f2, "g_31[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_64[i][j].f0, "g_64[i][j].f0", print_hash_value);
            transparent_crc(g_64[i][j].f1, "g_64[i][j].f1", print_hash_value);
            transparent_crc(g_64[i][j].f2, "g_64[i][j].f2", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_67[i], "g_67[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_244.f0, "g_244.f0", print_hash_value);
    transparent_crc(g_244.f1, "g_244.f1", print_hash_value);
    transparent_crc(g_244.f2, "g_244.f2", print_hash_value);
    transparent_crc(g_244.f3, "g_244.f3", print_hash_value);
    transparent_crc(g_244.f4, "g_244.f4", print_hash_value);
    transparent_crc(g_244.f5, "g_244.f5", print_hash_value);
    transparent_crc(g_244.f6, "g_244.f6", print_hash_value);
    transparent_crc(g_244.f7, "g_244.f7", print_hash_value);
    transparent_crc(g_244.f8, "g_244.f8", print_hash_value);
    transparent_crc(g_244.f9, "g_244.f9", print_hash_value);
    transparent_crc(g_258.f0, "g_258.f0", print_hash_value);
    transparent_crc(g_258.f1, "g_258.f1", print_hash_value);
    transparent_crc(g_258.f2, "g_258.f2", print_hash_value);
    transparent_crc(g_258.f3, "g_258.f3", print_hash_value);
    transparent_crc(g_258.f4, "g_258.f4", print_hash_value);
    transparent_crc(g_258.f5, "g_258.f5", print_hash_value);
    transparent_crc(g_258.f6, "g_258.f6", print_hash_value);
    transparent_crc(g_258.f7, "g_258.f7", print_hash_value);
    transparent_crc(g_258.f8, "g_258.f8", print_hash_value);
    transparent_crc(g_258.f9, "g_258.f9", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 74
   depth: 1, occurrence: 6
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 9
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 3
XXX structs with bitfields in the program: 2
breakdown:
   indirect level: 0, occurrence: 1
   indirect level: 1, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 8
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 1
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 3

XXX max expression depth: 27
breakdown:
   depth: 1, occurrence: 7
   depth: 2, occurrence: 3
   depth: 20, occurrence: 1
   depth: 27, occurrence: 1

XXX total number of pointers: 99

XXX times a variable address is taken: 212
XXX times a pointer is dereferenced on RHS: 15
breakdown:
   depth: 1, occurrence: 15
XXX times a pointer is dereferenced on LHS: 41
breakdown:
   depth: 1, occurrence: 40
   depth: 2, occurrence: 1
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 715

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 128
   level: 2, occurrence: 13
   level: 3, occurrence: 0
   level: 4, occurrence: 1
   level: 5, occurrence: 1
XXX number of pointers point to pointers: 22
XXX number of pointers point to scalars: 70
XXX number of pointers point to structs: 2
XXX percent of pointers has null in alias set: 30.3
XXX average alias set size: 1.25

XXX times a non-volatile is read: 179
XXX times a non-volatile is write: 121
XXX times a volatile is read: 8
XXX    times read thru a pointer: 0
XXX times a volatile is write: 7
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 169
XXX percentage of non-volatile access: 95.2

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 9
XXX max block depth: 2
breakdown:
   depth: 0, occurrence: 7
   depth: 1, occurrence: 1
   depth: 2, occurrence: 1

XXX percentage a fresh-made variable is used: 25.4
XXX percentage an existing variable is used: 74.6
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

