/* Csmith 2.3.0 --seed 36 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 5ED00CDC */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 36 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      36
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const uint64_t  f0;
   const volatile int16_t  f1;
   int64_t  f2;
   volatile int8_t * const  f3;
   uint64_t  f4;
};

union U1 {
   const int32_t  f0;
};

union U2 {
   uint8_t  f0;
   int32_t  f1;
   const volatile int8_t  f2;
   uint8_t  f3;
   const volatile signed f4 : 20;
};

union U3 {
   volatile int8_t  f0;
   const uint8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_3 = 9L;/* VOLATILE GLOBAL g_3 */
static volatile int32_t g_4 = 1L;/* VOLATILE GLOBAL g_4 */
static volatile int32_t g_5 = 0x9F30CC2FL;/* VOLATILE GLOBAL g_5 */
static int32_t g_6 = 0xA86BA47CL;
static const int8_t g_12 = 0x59L;
static int32_t g_33 = 0L;
static int8_t g_35 = 0x55L;
static int64_t g_52 = 0L;
static uint16_t g_56 = 0x28E9L;
static uint8_t g_61 = 0x4DL;
static volatile union U3 g_79[10] = {{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L},{0x98L}};
static const uint16_t g_99[9][6][4] = {{{0xCAAAL,65534UL,65535UL,0x6C96L},{1UL,0x4811L,0xE482L,1UL},{0x044AL,0x0EDDL,0UL,0x4811L},{1UL,0x5443L,1UL,0UL},{65526UL,0xA889L,0xE482L,0xA300L},{0x7B3CL,0x50D6L,65533UL,65533UL}},{{0xCAAAL,0xCAAAL,9UL,1UL},{0xA300L,0xE482L,0xA889L,65526UL},{0UL,1UL,1UL,0xA889L},{0UL,1UL,1UL,0UL},{1UL,0x21D6L,2UL,65533UL},{0UL,0x9BE9L,0x846FL,0UL}},{{65535UL,0x9341L,65534UL,1UL},{0x4811L,0xD019L,1UL,65535UL},{0x846FL,65530UL,0x1A91L,2UL},{0xEBFCL,0x7B3CL,1UL,1UL},{0x4811L,2UL,0UL,0xA889L},{65526UL,0xEBFCL,0x846FL,65526UL}},{{0xA889L,0UL,0x6C96L,0x4811L},{1UL,1UL,0x647BL,0xEBFCL},{2UL,0UL,9UL,0x846FL},{65535UL,0UL,0xFF34L,0x4811L},{1UL,0UL,0xE9E8L,65535UL},{0UL,0xEBFCL,0UL,0UL}},{{65533UL,0UL,0x5443L,1UL},{0UL,0x647BL,0xEB91L,0UL},{0xD019L,65530UL,0xEB91L,1UL},{0UL,0xE482L,0x5443L,1UL},{65533UL,0xE9E8L,0UL,0x9BE9L},{0UL,0x9BE9L,0xE9E8L,65535UL}},{{1UL,1UL,0xFF34L,0UL},{65535UL,0xEB91L,9UL,0xE482L},{2UL,1UL,0x647BL,0UL},{1UL,1UL,0x6C96L,65533UL},{0xA889L,0UL,0x846FL,0x9BE9L},{65526UL,0x9341L,0UL,65535UL}},{{0x4811L,0xE482L,1UL,65535UL},{0xEBFCL,9UL,0x1A91L,0UL},{0x846FL,0x7B3CL,1UL,0xEB91L},{0x4811L,0UL,65534UL,0xA889L},{65535UL,0x846FL,0x846FL,65535UL},{0UL,0UL,2UL,0x9C4BL}},{{1UL,0UL,1UL,0xEBFCL},{0UL,0x1A91L,9UL,0xEBFCL},{1UL,0UL,0xD019L,0x9C4BL},{1UL,0UL,65535UL,65535UL},{0x9BE9L,0x846FL,0UL,0xA889L},{65535UL,0UL,0x21D6L,0xEB91L}},{{0UL,0x7B3CL,0x1E6AL,0UL},{0xE482L,9UL,0xEB91L,65535UL},{0UL,0xE482L,0x21D6L,65535UL},{65533UL,0x9341L,65535UL,0x9BE9L},{0x9BE9L,0UL,0xE9E8L,65533UL},{65535UL,1UL,0xD019L,0UL}}};
static const uint16_t *g_98 = &g_99[6][3][3];
static const uint16_t g_101 = 0xD4D4L;
static int16_t g_102 = 1L;
static int16_t g_105 = 0xC289L;
static union U0 g_125 = {3UL};/* VOLATILE GLOBAL g_125 */
static int32_t *g_128 = &g_33;
static int32_t g_221[7] = {1L,1L,1L,1L,1L,1L,1L};
static int32_t * volatile g_220 = &g_221[5];/* VOLATILE GLOBAL g_220 */
static volatile union U2 g_230 = {255UL};/* VOLATILE GLOBAL g_230 */
static union U2 g_237 = {0x14L};/* VOLATILE GLOBAL g_237 */
static volatile uint8_t g_249 = 0xA8L;/* VOLATILE GLOBAL g_249 */
static union U1 g_264 = {1L};
static union U1 *g_267 = &g_264;
static union U1 ** volatile g_266[5][2] = {{&g_267,&g_267},{&g_267,&g_267},{&g_267,&g_267},{&g_267,&g_267},{&g_267,&g_267}};
static union U1 ** volatile g_268 = (void*)0;/* VOLATILE GLOBAL g_268 */
static union U2 *g_300 = &g_237;
static union U2 ** volatile g_299 = &g_300;/* VOLATILE GLOBAL g_299 */
static uint16_t g_302[5][9] = {{0xDC3BL,0xA33DL,0xDC3BL,0x6526L,0xB57BL,3UL,0UL,3UL,0xB57BL},{0x719EL,65535UL,65535UL,0x719EL,65532UL,0x719EL,65535UL,65535UL,0x719EL},{1UL,0x6526L,0xA07EL,0x6526L,1UL,65527UL,0xB57BL,0UL,0xB57BL},{65535UL,65532UL,0xFEF8L,0xFEF8L,65532UL,65535UL,65532UL,0xFEF8L,0xFEF8L},{1UL,65527UL,0xB57BL,0UL,0xB57BL,65527UL,1UL,0x6526L,0xA07EL}};
static int8_t g_304 = 0x99L;
static uint32_t g_305 = 0x1AAEFFB6L;
static int32_t * volatile g_306 = &g_221[5];/* VOLATILE GLOBAL g_306 */
static union U2 g_323 = {252UL};/* VOLATILE GLOBAL g_323 */
static union U2 * const g_322 = &g_323;
static union U2 * const *g_321 = &g_322;
static int8_t g_324 = 0x76L;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int16_t  func_9(const int8_t * const  p_10);
static int64_t  func_23(const int8_t * p_24, uint8_t  p_25, int16_t  p_26, int8_t * p_27, const int8_t * p_28);
static int32_t  func_40(int32_t  p_41, uint32_t  p_42, uint32_t  p_43, int8_t * p_44, int8_t * p_45);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_12 g_56 g_4 g_33 g_79 g_79.f0 g_98 g_61 g_101 g_99 g_52 g_105 g_35 g_125 g_102 g_79.f1 g_220 g_230 g_237 g_249 g_221 g_237.f0 g_299 g_302 g_264.f0 g_125.f2 g_125.f0 g_304 g_305 g_306 g_300 g_237.f2 g_324
 * writes: g_6 g_33 g_35 g_52 g_61 g_4 g_98 g_102 g_105 g_128 g_56 g_221 g_249 g_237.f0 g_300 g_302 g_304 g_305 g_321
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[9] = {9L,9L,9L,9L,9L,9L,9L,9L,9L};
    const int8_t * const l_11 = &g_12;
    int i;
    for (g_6 = 3; (g_6 <= 8); g_6 += 1)
    { /* block id: 3 */
        union U2 * const *l_319 = &g_300;
        union U2 * const **l_320 = (void*)0;
        int i;
        (*g_306) = (l_2[g_6] ^ (safe_rshift_func_int16_t_s_s(func_9(l_11), 4)));
        g_221[5] |= (safe_mul_func_uint16_t_u_u((((*g_300) , (safe_sub_func_uint32_t_u_u(g_125.f2, (0x89L == ((safe_lshift_func_int8_t_s_u((((safe_mod_func_uint64_t_u_u((l_2[g_6] & (((safe_mul_func_uint8_t_u_u((((l_2[5] & 8L) && (safe_div_func_int16_t_s_s(((((g_56 == 1UL) , (g_321 = l_319)) != (void*)0) || l_2[g_6]), 0x89A1L))) | 1UL), g_237.f2)) | 5L) == g_304)), g_324)) != l_2[g_6]) < 0x58AE6F715648FCB3LL), g_264.f0)) > 6UL))))) , 3UL), g_102));
    }
    return (*g_98);
}


/* ------------------------------------------ */
/* 
 * reads : g_12 g_6 g_56 g_4 g_33 g_79 g_79.f0 g_98 g_61 g_101 g_99 g_52 g_105 g_35 g_125 g_102 g_79.f1 g_220 g_230 g_237 g_249 g_221 g_237.f0 g_299 g_302 g_264.f0 g_125.f2 g_125.f0 g_304 g_305
 * writes: g_33 g_35 g_52 g_61 g_4 g_98 g_102 g_105 g_128 g_56 g_221 g_249 g_237.f0 g_300 g_302 g_304 g_305
 */
static int16_t  func_9(const int8_t * const  p_10)
{ /* block id: 4 */
    int16_t l_21 = 5L;
    const int8_t *l_29[4][10][5] = {{{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12}},{{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12}},{{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12}},{{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12}}};
    int32_t *l_32 = &g_33;
    int8_t *l_34 = &g_35;
    int32_t *l_301[3][9] = {{&g_6,&g_6,&g_6,&g_6,&g_6,(void*)0,&g_6,&g_6,&g_6},{&g_6,&g_6,&g_6,(void*)0,&g_6,(void*)0,&g_6,&g_6,&g_6},{&g_6,&g_6,&g_6,(void*)0,&g_6,&g_6,&g_6,&g_6,&g_6}};
    int16_t *l_303 = &g_105;
    int i, j, k;
    g_305 &= (g_304 ^= (safe_rshift_func_uint16_t_u_u((((safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(l_21, (*p_10))), ((*l_303) = (((l_21 && l_21) != (g_302[2][2] ^= ((safe_unary_minus_func_int64_t_s(func_23(l_29[1][1][0], (((safe_div_func_uint8_t_u_u((((*l_32) = (l_21 && g_6)) == l_21), (*p_10))) >= g_6) & l_21), l_21, l_34, &g_35))) & l_21))) & g_264.f0)))), g_125.f2)) && 0x7508L) == g_101), g_125.f0)));
    return g_125.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_56 g_4 g_33 g_79 g_79.f0 g_98 g_12 g_61 g_101 g_99 g_52 g_105 g_35 g_125 g_102 g_79.f1 g_220 g_230 g_237 g_249 g_221 g_237.f0 g_299
 * writes: g_35 g_52 g_61 g_4 g_98 g_102 g_105 g_128 g_56 g_33 g_221 g_249 g_237.f0 g_300
 */
static int64_t  func_23(const int8_t * p_24, uint8_t  p_25, int16_t  p_26, int8_t * p_27, const int8_t * p_28)
{ /* block id: 6 */
    int8_t l_46 = 0x37L;
    int32_t l_159 = 0xF97FD67AL;
    uint8_t l_180 = 250UL;
    uint8_t *l_181 = &g_61;
    int32_t l_219 = (-4L);
    int32_t l_245 = 1L;
    int32_t l_248 = 0L;
    int32_t l_256 = 0x0EF8E2C7L;
    int32_t l_257 = 0xDAF6430CL;
    int32_t l_258 = 0x0D46AD4EL;
    int32_t l_259 = 0L;
    uint32_t l_260 = 18446744073709551614UL;
    uint16_t * const l_283 = &g_56;
    for (p_26 = 11; (p_26 <= (-20)); --p_26)
    { /* block id: 9 */
        uint64_t l_57 = 18446744073709551606UL;
        int8_t *l_62 = &l_46;
        int32_t l_161[6][3] = {{(-7L),0L,8L},{0x637F3C61L,0x637F3C61L,8L},{0L,(-7L),0x87E49781L},{0xD9186F8BL,0x637F3C61L,0xD9186F8BL},{0xD9186F8BL,0L,0x637F3C61L},{0L,0xD9186F8BL,0xD9186F8BL}};
        int i, j;
        for (g_35 = (-22); (g_35 > (-19)); g_35 = safe_add_func_uint8_t_u_u(g_35, 8))
        { /* block id: 12 */
            int64_t *l_51 = &g_52;
            uint16_t *l_55[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            uint8_t *l_60 = &g_61;
            int32_t l_160[10][3][7] = {{{0xC8C82E53L,0L,(-1L),0xEA11651AL,0x10E11215L,0xC8C82E53L,0x286180D3L},{0xF45AC62AL,0x04F8DB93L,0x0A6551CAL,0x6489111BL,1L,0x6489111BL,0x0A6551CAL},{0x53381E5CL,0x53381E5CL,0xC8C82E53L,0x48AF1FBAL,(-3L),1L,1L}},{{(-1L),0x8B635356L,(-1L),0x3A302D84L,0x8A82E326L,3L,0x04F8DB93L},{5L,0x10E11215L,0x6C423DE8L,0xA4DADB69L,(-3L),0x28B900DAL,0x10E11215L},{0x0A6551CAL,1L,0xF74D8AA7L,0xF74D8AA7L,1L,0x0A6551CAL,(-9L)}},{{0x28B900DAL,(-3L),0xA4DADB69L,0x6C423DE8L,0x10E11215L,5L,0x25B173B0L},{3L,0x8A82E326L,0x3A302D84L,(-1L),0x8B635356L,(-1L),0x5B0E5196L},{1L,(-3L),0x48AF1FBAL,0xC8C82E53L,0x53381E5CL,0x53381E5CL,0xC8C82E53L}},{{0x6489111BL,1L,0x6489111BL,0x0A6551CAL,0x04F8DB93L,(-1L),0x8A82E326L},{1L,0x622FD341L,0xF8C634FBL,(-6L),0L,1L,1L},{(-4L),0xBD4F2632L,0xAAB2A123L,(-1L),0L,(-1L),0xF45AC62AL}},{{0x25B173B0L,0xC8C82E53L,0x6C423DE8L,0x286180D3L,0x6C423DE8L,0xC8C82E53L,0x25B173B0L},{0x04F8DB93L,0xAAB2A123L,0xF3E036E8L,0xBD4F2632L,0x0A6551CAL,0x3A302D84L,0x6489111BL},{0x48AF1FBAL,0L,(-1L),(-3L),1L,0x09F95BEDL,0L}},{{(-5L),0L,0xF3E036E8L,(-9L),0x5B0E5196L,(-5L),0x5B0E5196L},{(-1L),0x6C423DE8L,0x6C423DE8L,(-1L),1L,(-6L),5L},{1L,0x0A6551CAL,0xAAB2A123L,0x6D265171L,(-5L),0x8B635356L,0x04F8DB93L}},{{0xA4DADB69L,1L,0xF8C634FBL,0x28B900DAL,0xC8C82E53L,0x99E5F1C3L,5L},{0x4619C919L,0x5B0E5196L,(-1L),0x6489111BL,0x6489111BL,(-1L),0x5B0E5196L},{1L,1L,0x10E11215L,0L,1L,1L,0L}},{{0xF74D8AA7L,(-5L),0xF45AC62AL,(-1L),3L,(-4L),0x6489111BL},{(-3L),0xC8C82E53L,5L,0L,0x28B900DAL,0x25B173B0L,0x25B173B0L},{0x0A6551CAL,0x6489111BL,1L,0x6489111BL,0x0A6551CAL,0x04F8DB93L,0xF45AC62AL}},{{0xEA11651AL,1L,(-1L),0x28B900DAL,5L,0x48AF1FBAL,1L},{(-5L),3L,0xDEDA0BE5L,0x6D265171L,(-1L),(-5L),0x8A82E326L},{0xEA11651AL,0x28B900DAL,1L,(-1L),0x53381E5CL,(-1L),1L}},{{0x0A6551CAL,0x0A6551CAL,(-5L),(-9L),0xF45AC62AL,1L,0x04F8DB93L},{(-3L),5L,(-6L),(-3L),0xC8C82E53L,0xA4DADB69L,0x28B900DAL},{0xF74D8AA7L,(-1L),(-1L),0xBD4F2632L,0xF45AC62AL,0x4619C919L,(-1L)}}};
            uint16_t l_162[4][1][1];
            int i, j, k;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_162[i][j][k] = 0x1F46L;
                }
            }
            if (func_40(l_46, ((((*l_51) = ((0L == 4L) , ((safe_sub_func_uint8_t_u_u(g_6, p_26)) > (safe_rshift_func_uint16_t_u_u(0UL, (1L & p_26)))))) && (((*l_60) = ((safe_div_func_uint16_t_u_u((--l_57), g_56)) | p_25)) != l_46)) | p_26), l_46, l_62, p_27))
            { /* block id: 44 */
                return l_46;
            }
            else
            { /* block id: 46 */
                int32_t *l_148 = &g_33;
                int32_t *l_149 = &g_33;
                int32_t *l_150 = &g_33;
                int32_t *l_151 = &g_33;
                int32_t *l_152 = (void*)0;
                int32_t *l_153 = (void*)0;
                int32_t *l_154 = &g_33;
                int32_t *l_155 = &g_33;
                int32_t *l_156 = &g_33;
                int32_t *l_157 = &g_33;
                int32_t *l_158[5][1][4] = {{{&g_33,&g_33,&g_33,&g_33}},{{&g_33,&g_33,&g_33,&g_33}},{{&g_33,&g_33,&g_33,&g_33}},{{&g_33,&g_33,&g_33,&g_33}},{{&g_33,&g_33,&g_33,&g_33}}};
                int i, j, k;
                l_162[1][0][0]++;
            }
        }
    }
    for (p_26 = 0; (p_26 > (-28)); --p_26)
    { /* block id: 53 */
        uint16_t *l_169 = &g_56;
        int32_t l_172 = 0x5B60AC72L;
        uint8_t l_182[4][4] = {{252UL,9UL,252UL,252UL},{9UL,9UL,0xD1L,9UL},{9UL,252UL,252UL,9UL},{252UL,9UL,252UL,252UL}};
        int32_t *l_183 = &g_33;
        int8_t *l_222 = &g_35;
        int8_t *l_224 = &g_35;
        int32_t l_244 = 7L;
        int32_t l_246 = 0xA7D4A49AL;
        int32_t *l_254 = &g_33;
        int32_t *l_255[7] = {&l_159,&l_159,&l_245,&l_159,&l_159,&l_245,&l_159};
        union U1 *l_263 = &g_264;
        union U1 **l_265 = (void*)0;
        union U1 **l_269 = &l_263;
        int32_t l_289 = 0L;
        int8_t l_294 = 5L;
        int i, j;
        if (((*l_183) ^= ((safe_add_func_int32_t_s_s(g_35, (l_159 >= (((*l_169) |= p_26) | ((safe_lshift_func_int8_t_s_s(g_12, 0)) && ((l_172 >= p_26) || (p_25 && ((((safe_add_func_int8_t_s_s(((((safe_mod_func_int8_t_s_s((~((safe_rshift_func_uint8_t_u_u(((9L >= l_172) || l_172), 2)) , l_159)), g_99[4][2][2])) & 65534UL) < l_180) & g_12), 0xE7L)) , l_181) == &g_61) && p_26)))))))) | l_182[2][0])))
        { /* block id: 56 */
            for (g_52 = 0; (g_52 < (-9)); g_52--)
            { /* block id: 59 */
                g_33 |= (safe_lshift_func_uint16_t_u_s(1UL, 2));
                return g_99[6][3][3];
            }
        }
        else
        { /* block id: 63 */
            uint32_t l_197 = 0UL;
            int8_t **l_223[4][6] = {{&l_222,&l_222,&l_222,&l_222,&l_222,&l_222},{&l_222,&l_222,&l_222,&l_222,&l_222,&l_222},{&l_222,&l_222,&l_222,&l_222,&l_222,&l_222},{&l_222,&l_222,&l_222,&l_222,&l_222,&l_222}};
            int32_t l_247 = 0x667867E5L;
            int32_t l_253 = (-5L);
            int i, j;
            for (l_159 = 0; (l_159 <= 26); l_159 = safe_add_func_uint8_t_u_u(l_159, 1))
            { /* block id: 66 */
                int64_t l_194 = (-4L);
                int8_t *l_216 = (void*)0;
                int8_t **l_215 = &l_216;
                int32_t l_217 = 0x5D6DC47BL;
                int16_t *l_218[9] = {&g_105,&g_102,&g_102,&g_105,&g_102,&g_102,&g_105,&g_102,&g_102};
                int i;
                (*g_220) = (safe_sub_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_s(l_194, 0)) ^ ((safe_rshift_func_int16_t_s_s(g_101, l_197)) < (g_33 |= ((((safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((!l_197) >= ((l_219 = (safe_mul_func_int8_t_s_s((18446744073709551613UL >= (((l_217 ^= (safe_div_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_int8_t_s_s(((*g_98) <= (safe_lshift_func_int8_t_s_s((((*l_215) = p_27) == &g_35), 3))), (*p_24))), 0x47L)), l_197))) & 0x152BL) < p_26)), (*p_28)))) >= p_26)), l_159)), p_26)) > p_25) ^ (*p_24)) != (-2L))))), g_79[2].f1));
            }
            if ((((l_222 = l_222) == (l_224 = &g_35)) && ((*l_183) = 0x74038AB7L)))
            { /* block id: 76 */
                uint32_t l_233 = 0x10369643L;
                int32_t l_236 = 0x10FF72CBL;
                int32_t **l_238 = (void*)0;
                int32_t **l_239 = &g_128;
                (*l_183) &= ((safe_rshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_s((*g_98), 12)), 7)) , ((l_236 = (((&g_221[5] != (void*)0) >= (!4294967295UL)) && (g_230 , ((safe_rshift_func_int16_t_s_s(0xAB73L, l_233)) , (((((18446744073709551609UL <= (safe_add_func_uint8_t_u_u((&p_24 == &p_24), (*p_24)))) , 0x2E1FL) | g_12) | (-1L)) != l_219))))) && 0x2DF4L));
                (*l_239) = (l_183 = ((p_26 , g_237) , &l_159));
            }
            else
            { /* block id: 81 */
                int32_t *l_240 = &l_219;
                int32_t *l_241 = &g_221[1];
                int32_t *l_242 = &g_221[6];
                int32_t *l_243[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                ++g_249;
                if (p_25)
                    continue;
                l_253 |= ((*l_242) |= ((*l_183) ^= (~l_247)));
                return g_33;
            }
            return l_247;
        }
        l_260++;
        (*l_269) = l_263;
        for (g_61 = 0; (g_61 >= 1); ++g_61)
        { /* block id: 95 */
            int16_t *l_278 = (void*)0;
            int16_t *l_279 = &g_105;
            int64_t *l_282 = &g_125.f2;
            uint8_t *l_288 = &g_237.f0;
            int32_t l_290 = (-8L);
            int32_t l_291 = 0xD004A956L;
            int32_t l_292 = 0xCBED25ABL;
            int32_t l_293[10] = {2L,2L,2L,2L,2L,2L,2L,2L,2L,2L};
            uint8_t l_295 = 0xBEL;
            union U2 *l_298 = &g_237;
            int i;
            (*l_183) = (safe_rshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s((g_102 = ((*l_279) ^= g_52)), (p_26 < ((l_282 != &g_52) | ((l_283 != &g_99[6][3][3]) > 18446744073709551607UL))))), (safe_mod_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((((*l_288) &= g_99[6][3][3]) , p_25) <= l_289), p_26)), 0x8B99L)))), p_25));
            l_295++;
            (*g_299) = l_298;
        }
    }
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_33 g_79 g_56 g_79.f0 g_98 g_12 g_61 g_101 g_99 g_52 g_105 g_35 g_125 g_6 g_102
 * writes: g_4 g_98 g_102 g_105 g_128 g_52
 */
static int32_t  func_40(int32_t  p_41, uint32_t  p_42, uint32_t  p_43, int8_t * p_44, int8_t * p_45)
{ /* block id: 16 */
    uint8_t l_63[6];
    const uint16_t *l_96 = &g_56;
    const uint16_t **l_97[8][3] = {{&l_96,(void*)0,(void*)0},{&l_96,&l_96,&l_96},{&l_96,&l_96,(void*)0},{&l_96,&l_96,&l_96},{&l_96,&l_96,&l_96},{&l_96,&l_96,(void*)0},{&l_96,(void*)0,&l_96},{&l_96,&l_96,(void*)0}};
    const uint16_t *l_100 = &g_101;
    int32_t l_103[10][3] = {{(-1L),(-1L),0L},{0xC1765D42L,1L,0xC1765D42L},{(-1L),0L,0L},{(-1L),1L,(-1L)},{(-1L),(-1L),0L},{0xC1765D42L,1L,0xC1765D42L},{(-1L),0L,0L},{(-1L),1L,(-1L)},{(-1L),(-1L),0L},{0xC1765D42L,1L,0xC1765D42L}};
    int16_t *l_104 = &g_105;
    int32_t l_131[2][4][9] = {{{0L,(-6L),0xAF002CDDL,0xAF002CDDL,(-6L),0L,1L,(-7L),1L},{9L,(-3L),0L,0x4552768FL,0x53EC00BEL,0xAF002CDDL,3L,0xFE22FAA9L,0x7CF51585L},{0x9016727EL,0x4D6C3E8AL,3L,1L,(-8L),0xA272E7E9L,1L,(-1L),1L},{(-1L),0xFE22FAA9L,0x4D6C3E8AL,0L,0L,0x4D6C3E8AL,0xFE22FAA9L,(-1L),0xA272E7E9L}},{{0x843EB036L,1L,0L,9L,0x7CF51585L,1L,0xA272E7E9L,0xFE22FAA9L,(-7L)},{8L,0x7CF51585L,0xD0340A05L,0x6C83836BL,1L,0xFE22FAA9L,0L,(-7L),0xA272E7E9L},{0x53EC00BEL,1L,(-6L),0x843EB036L,0L,0L,0x843EB036L,(-6L),1L},{0x53EC00BEL,0xA272E7E9L,(-7L),0L,0xFE22FAA9L,1L,0x6C83836BL,0xD0340A05L,0x7CF51585L}}};
    int32_t *l_132 = &l_103[1][0];
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_63[i] = 255UL;
lbl_64:
    g_4 &= p_42;
    for (p_42 = 0; (p_42 <= 5); p_42 += 1)
    { /* block id: 20 */
        int i;
        if (l_63[p_42])
            break;
        if (p_42)
            goto lbl_64;
    }
    if ((safe_rshift_func_int16_t_s_u((safe_rshift_func_uint8_t_u_s((safe_sub_func_int32_t_s_s(((safe_div_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((((((void*)0 != &g_61) == (safe_div_func_int8_t_s_s(g_33, (((((safe_mul_func_int16_t_s_s(((*l_104) |= (g_79[2] , (safe_sub_func_int64_t_s_s(((safe_unary_minus_func_int32_t_s(((~(safe_sub_func_uint32_t_u_u((g_56 , l_63[1]), (((l_103[1][0] &= ((safe_mul_func_uint16_t_u_u((g_102 = (((((((safe_rshift_func_int8_t_s_s(((*p_44) ^= l_63[0]), 5)) > (1UL == (safe_div_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((((((l_100 = (g_98 = l_96)) == &g_56) | l_63[5]) & g_79[2].f0) && (*g_98)) >= g_12), g_56)), p_42)))) & g_61) | l_63[1]) >= g_33) && g_101) ^ l_63[0])), p_41)) , l_63[4])) > p_43) && (-2L))))) && g_99[6][3][3]))) >= g_52), g_61)))), 1L)) , l_63[2]) ^ (*p_45)) != g_61) | g_35)))) < p_41) | 18446744073709551611UL), g_61)) , (*g_98)), g_12)) != 0x1B615E2BL), g_33)), l_63[5])), 8)))
    { /* block id: 30 */
        uint32_t l_114[5][6][8] = {{{0x15C06464L,0UL,0x6CB4C166L,0x0995AFD9L,1UL,0xF0A6BB71L,0x0F4A0755L,0x8FF78FF3L},{0x4E362F14L,0x413A7E42L,0x15C06464L,0xD5089D57L,1UL,4294967295UL,0xDCD8B9F6L,0x8C290DB8L},{0x8EF74957L,0xD3565F0DL,4294967295UL,0xCCF1A098L,1UL,0x413A7E42L,0x797D0E05L,4294967295UL},{0xCCF1A098L,8UL,4294967292UL,0UL,0x14153050L,0UL,0xE5ECD179L,0xCCF1A098L},{0x8C290DB8L,4294967289UL,0x65DC0845L,4294967295UL,0x4DF62E77L,0x498758D7L,0x369BD42CL,1UL},{9UL,2UL,4294967286UL,0xD89D4ED5L,0x03707C23L,4294967294UL,1UL,1UL}},{{0xF413EFA4L,0x4CCE31A5L,4294967287UL,0xF0A6BB71L,0xE08C8AB5L,4294967287UL,0x15C06464L,2UL},{0x4DF62E77L,1UL,0xD89D4ED5L,0x46020543L,0x8FF78FF3L,1UL,0UL,0xF413EFA4L},{0x0493B4F4L,0x0F4A0755L,0xBA6DCB14L,4294967295UL,0xBA6DCB14L,0x0F4A0755L,0x0493B4F4L,0x0E1A7F23L},{0x0F4A0755L,0x14153050L,4294967295UL,6UL,0UL,8UL,0xF7F33B7EL,1UL},{0xF0A6BB71L,0x034325E2L,4294967292UL,4294967286UL,0UL,0x80311F25L,0UL,4294967295UL},{0x0F4A0755L,1UL,9UL,1UL,0xBA6DCB14L,0UL,0UL,1UL}},{{0x0493B4F4L,2UL,1UL,0x0995AFD9L,0x8FF78FF3L,4294967295UL,6UL,0xD5089D57L},{0x4DF62E77L,0x369BD42CL,0xCE64C31CL,0x14153050L,0xE08C8AB5L,4294967295UL,0x46020543L,0xBA6DCB14L},{0xF413EFA4L,0xF9EFC8E8L,0xE5ECD179L,4294967295UL,0x03707C23L,1UL,9UL,0x4CCE31A5L},{9UL,0x0F4A0755L,0UL,0x80028DF6L,0x4DF62E77L,0UL,0x0E1A7F23L,4294967286UL},{0x8C290DB8L,4294967295UL,0UL,1UL,0x14153050L,0x034325E2L,0xF7F33B7EL,0x8C290DB8L},{0xCCF1A098L,0xA77D7D73L,0x8FF78FF3L,4294967295UL,4294967295UL,4294967292UL,0UL,0x498758D7L}},{{4294967295UL,0xD3565F0DL,4294967286UL,1UL,0UL,0x498758D7L,3UL,8UL},{0x0E1A7F23L,0x4CCE31A5L,0xD3565F0DL,0x5D2621D5L,4294967292UL,4294967292UL,0x5D2621D5L,0xD3565F0DL},{0x4DF62E77L,0x4DF62E77L,4294967287UL,0xCCF1A098L,4294967295UL,0x14153050L,4294967287UL,0xF413EFA4L},{0x369BD42CL,0UL,0x797D0E05L,0xF7F33B7EL,4294967289UL,1UL,0x0493B4F4L,0xF413EFA4L},{0UL,0UL,0UL,0xCCF1A098L,2UL,8UL,1UL,0xD3565F0DL},{4294967286UL,4294967287UL,0UL,0x5D2621D5L,0UL,0xA77D7D73L,1UL,8UL}},{{0x141CCEB6L,1UL,0x03707C23L,1UL,0x68291DA3L,0xD89D4ED5L,0x0995AFD9L,0x498758D7L},{0x034325E2L,1UL,1UL,4294967295UL,0UL,0x80028DF6L,0x40C85F22L,0x8C290DB8L},{1UL,0x369BD42CL,0xF9EFC8E8L,1UL,4294967292UL,0xF7F33B7EL,4294967295UL,4294967295UL},{0x413A7E42L,0xE08C8AB5L,2UL,4294967292UL,0UL,6UL,0x6F59E05BL,0UL},{0x8F8F025CL,0xCCF1A098L,0xCE64C31CL,2UL,2UL,4294967292UL,0x6CB4C166L,0x8EF74957L},{0x80028DF6L,0xD3565F0DL,0x6E093E1FL,0UL,0xE08C8AB5L,1UL,0UL,0x80028DF6L}}};
        int32_t *l_127 = &l_103[1][0];
        int32_t **l_126[8][4][5] = {{{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,(void*)0,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,&l_127,(void*)0,&l_127}},{{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,&l_127,&l_127,&l_127},{&l_127,(void*)0,&l_127,(void*)0,&l_127}},{{&l_127,&l_127,(void*)0,&l_127,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,(void*)0,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127}},{{&l_127,(void*)0,&l_127,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,&l_127,&l_127,&l_127}},{{&l_127,(void*)0,&l_127,(void*)0,&l_127},{&l_127,&l_127,(void*)0,&l_127,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,(void*)0,(void*)0,&l_127}},{{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,&l_127,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127}},{{&l_127,(void*)0,&l_127,&l_127,&l_127},{&l_127,(void*)0,&l_127,(void*)0,&l_127},{&l_127,&l_127,(void*)0,&l_127,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127}},{{&l_127,(void*)0,(void*)0,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127},{&l_127,(void*)0,&l_127,(void*)0,&l_127},{&l_127,&l_127,&l_127,(void*)0,&l_127}}};
        int i, j, k;
        l_131[1][3][2] &= ((safe_lshift_func_int8_t_s_u(((safe_lshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(l_114[1][5][7], ((((safe_lshift_func_int8_t_s_u((g_35 , (safe_mul_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s((((((safe_div_func_int8_t_s_s(((*p_44) = l_114[1][5][7]), p_43)) || (safe_mul_func_int8_t_s_s(((g_128 = (g_125 , (void*)0)) != &l_103[1][0]), ((((safe_add_func_uint32_t_u_u(0UL, (g_105 > g_6))) , &g_99[2][5][3]) != (void*)0) ^ (*l_127))))) < p_41) <= p_41) | g_12), 9)), g_102))), 1)) != p_42) >= l_63[4]) >= p_43))), 65529UL)), 10)) , 0xA4L), p_43)) && l_103[1][1]);
        l_132 = &l_131[1][2][3];
    }
    else
    { /* block id: 35 */
        uint32_t l_145 = 1UL;
        for (g_52 = 13; (g_52 < 15); g_52 = safe_add_func_uint8_t_u_u(g_52, 4))
        { /* block id: 38 */
            int32_t *l_135 = (void*)0;
            int32_t *l_136 = &g_33;
            int32_t *l_137 = &l_131[0][3][6];
            int32_t *l_138 = &l_131[0][0][7];
            int32_t *l_139 = (void*)0;
            int32_t *l_140 = (void*)0;
            int32_t *l_141 = &l_103[9][2];
            int32_t *l_142 = &g_33;
            int32_t *l_143 = &l_131[0][2][3];
            int32_t *l_144[5] = {&g_33,&g_33,&g_33,&g_33,&g_33};
            int i;
            l_145++;
        }
    }
    (*l_132) = p_41;
    return p_42;
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
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_79[i].f0, "g_79[i].f0", print_hash_value);
        transparent_crc(g_79[i].f1, "g_79[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_99[i][j][k], "g_99[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_125.f0, "g_125.f0", print_hash_value);
    transparent_crc(g_125.f1, "g_125.f1", print_hash_value);
    transparent_crc(g_125.f2, "g_125.f2", print_hash_value);
    transparent_crc(g_125.f4, "g_125.f4", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_221[i], "g_221[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_230.f0, "g_230.f0", print_hash_value);
    transparent_crc(g_230.f2, "g_230.f2", print_hash_value);
    transparent_crc(g_230.f3, "g_230.f3", print_hash_value);
    transparent_crc(g_237.f0, "g_237.f0", print_hash_value);
    transparent_crc(g_237.f2, "g_237.f2", print_hash_value);
    transparent_crc(g_237.f3, "g_237.f3", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_264.f0, "g_264.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_302[i][j], "g_302[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_304, "g_304", print_hash_value);
    transparent_crc(g_305, "g_305", print_hash_value);
    transparent_crc(g_323.f0, "g_323.f0", print_hash_value);
    transparent_crc(g_323.f2, "g_323.f2", print_hash_value);
    transparent_crc(g_323.f3, "g_323.f3", print_hash_value);
    transparent_crc(g_324, "g_324", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 66
XXX total union variables: 4

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 1
XXX structs with bitfields in the program: 5
breakdown:
   indirect level: 0, occurrence: 2
   indirect level: 1, occurrence: 1
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 3
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 2
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 49
breakdown:
   depth: 1, occurrence: 41
   depth: 2, occurrence: 10
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
   depth: 6, occurrence: 1
   depth: 16, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 24, occurrence: 2
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 29, occurrence: 1
   depth: 49, occurrence: 1

XXX total number of pointers: 84

XXX times a variable address is taken: 153
XXX times a pointer is dereferenced on RHS: 14
breakdown:
   depth: 1, occurrence: 14
XXX times a pointer is dereferenced on LHS: 23
breakdown:
   depth: 1, occurrence: 23
XXX times a pointer is compared with null: 2
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 695

XXX max dereference level: 1
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 126
XXX number of pointers point to pointers: 14
XXX number of pointers point to scalars: 65
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 21.4
XXX average alias set size: 1.21

XXX times a non-volatile is read: 179
XXX times a non-volatile is write: 79
XXX times a volatile is read: 5
XXX    times read thru a pointer: 0
XXX times a volatile is write: 5
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 89
XXX percentage of non-volatile access: 96.3

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 44
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 12
   depth: 2, occurrence: 9
   depth: 3, occurrence: 11

XXX percentage a fresh-made variable is used: 19.8
XXX percentage an existing variable is used: 80.2
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

