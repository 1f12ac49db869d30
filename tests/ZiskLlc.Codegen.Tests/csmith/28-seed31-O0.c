/* Csmith 2.3.0 --seed 31 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 507F8468 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 31 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      31
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   signed f0 : 14;
   int64_t  f1;
   int16_t  f2;
   int32_t  f3;
   volatile uint32_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2[7][9][4] = {{{6L,0x9314E764L,(-7L),6L},{0xFA942F34L,0xC007C7BEL,0L,(-4L)},{0L,(-10L),(-1L),(-7L)},{(-9L),0x0A35F394L,0x4ED832CBL,(-9L)},{0xFA942F34L,0x0A35F394L,(-3L),(-7L)},{(-7L),(-10L),(-7L),(-4L)},{(-9L),0xC007C7BEL,0x4ED832CBL,6L},{0L,0x9314E764L,0x4727CAD7L,(-7L)},{0L,0x4ED832CBL,0x4ED832CBL,0L}},{{(-9L),0x0A35F394L,(-7L),6L},{(-7L),0x9314E764L,(-3L),(-4L)},{0xFA942F34L,0x79B5CEC8L,0x4727CAD7L,1L},{(-5L),0x79B5CEC8L,(-3L),4L},{6L,(-1L),0x7CD2BAB9L,6L},{6L,0x4727CAD7L,0xB9E588CEL,(-9L)},{4L,0x79B5CEC8L,0xB9E588CEL,0x65F4E26CL},{6L,0x4ED832CBL,0x7CD2BAB9L,1L},{6L,0x5D7C1543L,(-3L),(-9L)}},{{(-5L),(-1L),0x4727CAD7L,(-5L)},{6L,(-1L),0x9314E764L,(-9L)},{(-9L),0x5D7C1543L,0xB9E588CEL,1L},{1L,0x4ED832CBL,0x4727CAD7L,0x65F4E26CL},{6L,0x79B5CEC8L,0L,(-9L)},{6L,0x4727CAD7L,0x4727CAD7L,6L},{1L,(-1L),0xB9E588CEL,4L},{(-9L),0x79B5CEC8L,0x9314E764L,1L},{6L,0L,0x4727CAD7L,1L}},{{(-5L),0x79B5CEC8L,(-3L),4L},{6L,(-1L),0x7CD2BAB9L,6L},{6L,0x4727CAD7L,0xB9E588CEL,(-9L)},{4L,0x79B5CEC8L,0xB9E588CEL,0x65F4E26CL},{6L,0x4ED832CBL,0x7CD2BAB9L,1L},{6L,0x5D7C1543L,(-3L),(-9L)},{(-5L),(-1L),0x4727CAD7L,(-5L)},{6L,(-1L),0x9314E764L,(-9L)},{(-9L),0x5D7C1543L,0xB9E588CEL,1L}},{{1L,0x4ED832CBL,0x4727CAD7L,0x65F4E26CL},{6L,0x79B5CEC8L,0L,(-9L)},{6L,0x4727CAD7L,0x4727CAD7L,6L},{1L,(-1L),0xB9E588CEL,4L},{(-9L),0x79B5CEC8L,0x9314E764L,1L},{6L,0L,0x4727CAD7L,1L},{(-5L),0x79B5CEC8L,(-3L),4L},{6L,(-1L),0x7CD2BAB9L,6L},{6L,0x4727CAD7L,0xB9E588CEL,(-9L)}},{{4L,0x79B5CEC8L,0xB9E588CEL,0x65F4E26CL},{6L,0x4ED832CBL,0x7CD2BAB9L,1L},{6L,0x5D7C1543L,(-3L),(-9L)},{(-5L),(-1L),0x4727CAD7L,(-5L)},{6L,(-1L),0x9314E764L,(-9L)},{(-9L),0x5D7C1543L,0xB9E588CEL,1L},{1L,0x4ED832CBL,0x4727CAD7L,0x65F4E26CL},{6L,0x79B5CEC8L,0L,(-9L)},{6L,0x4727CAD7L,0x4727CAD7L,6L}},{{1L,(-1L),0xB9E588CEL,4L},{(-9L),0x79B5CEC8L,0x9314E764L,1L},{6L,0L,0x4727CAD7L,1L},{(-5L),0x79B5CEC8L,(-3L),4L},{6L,(-1L),0x7CD2BAB9L,6L},{6L,0L,0xC007C7BEL,(-5L)},{(-4L),0L,0xC007C7BEL,0xFA942F34L},{4L,0x4727CAD7L,(-7L),0x478144ADL},{0x65F4E26CL,0x0A35F394L,0x9314E764L,(-5L)}}};
static int32_t g_3[7] = {(-5L),(-5L),(-5L),(-5L),(-5L),(-5L),(-5L)};
static volatile int32_t g_7 = 0xE5DEFA76L;/* VOLATILE GLOBAL g_7 */
static volatile int32_t g_8 = (-5L);/* VOLATILE GLOBAL g_8 */
static int32_t g_9 = 0xFFCACAF8L;
static int32_t *g_23 = &g_9;
static volatile union U0 g_42 = {0xED49F2EAL};/* VOLATILE GLOBAL g_42 */
static int16_t g_54 = 0xBFABL;
static int32_t g_56 = 0x61FFE8B4L;
static int64_t g_60[6] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static int32_t g_63 = 0xF1ACCADAL;
static int32_t *g_82 = (void*)0;
static int32_t ** volatile g_81[5] = {&g_82,&g_82,&g_82,&g_82,&g_82};
static volatile int16_t g_108 = 0x6884L;/* VOLATILE GLOBAL g_108 */
static volatile int16_t *g_107 = &g_108;
static volatile int16_t **g_106 = &g_107;
static volatile int16_t ** volatile * volatile g_105 = &g_106;/* VOLATILE GLOBAL g_105 */
static volatile int16_t ** volatile * volatile *g_104 = &g_105;
static volatile int16_t ** volatile * volatile ** volatile g_109 = &g_104;/* VOLATILE GLOBAL g_109 */
static uint64_t g_129 = 0x00B87C0FFDF03653LL;
static int16_t g_136 = 0xCF90L;
static int16_t **g_139 = (void*)0;
static int16_t ** const *g_138 = &g_139;
static int16_t ** const **g_137 = &g_138;
static uint32_t g_150 = 0xE6562F83L;
static uint32_t g_154[8][1][3] = {{{0x8657140BL,4294967293UL,0x1608D42EL}},{{4294967295UL,0xD11EB18AL,4294967295UL}},{{0x37F3106FL,0x8657140BL,0x1608D42EL}},{{0x7098F169L,0x7098F169L,0x92B18A95L}},{{1UL,0x8657140BL,0x8657140BL}},{{0x92B18A95L,0xD11EB18AL,0x51793055L}},{{1UL,4294967293UL,1UL}},{{0x7098F169L,0x92B18A95L,0x51793055L}}};
static const int32_t g_162 = (-4L);
static uint8_t g_164 = 254UL;
static uint16_t g_193[2] = {0xF93AL,0xF93AL};
static int16_t g_198 = 0xFC30L;
static int32_t ** volatile g_207[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static const int32_t * func_10(int32_t * p_11, int32_t * p_12, int32_t * p_13, int32_t * p_14);
static int32_t  func_15(int32_t  p_16, const uint64_t  p_17, int32_t * p_18, int32_t * p_19);
static int32_t * func_20(int32_t * p_21, uint8_t  p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_9 g_23 g_42 g_2 g_60 g_54 g_63 g_104 g_109 g_7 g_129 g_137 g_42.f0 g_108 g_150 g_154 g_162 g_56 g_193 g_198
 * writes: g_3 g_9 g_54 g_56 g_60 g_63 g_23 g_2 g_104 g_129 g_150 g_154 g_108 g_193
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int32_t l_6 = 6L;
    int32_t l_98 = 0xF2DF7396L;
    int32_t l_99 = 0xFF0D073AL;
    int64_t *l_122 = &g_60[2];
    int16_t *l_135[3][8] = {{&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136},{&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136},{&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136}};
    int16_t **l_134[2];
    int16_t ***l_133[3];
    int16_t **** const l_132 = &l_133[1];
    uint32_t l_166 = 0xEF975B77L;
    int32_t l_190 = 6L;
    uint8_t l_197 = 0UL;
    int32_t *l_208[5];
    int8_t l_209 = 0x7CL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_134[i] = &l_135[1][1];
    for (i = 0; i < 3; i++)
        l_133[i] = &l_134[1];
    for (i = 0; i < 5; i++)
        l_208[i] = (void*)0;
    for (g_3[1] = 0; (g_3[1] > (-22)); g_3[1] = safe_sub_func_int64_t_s_s(g_3[1], 9))
    { /* block id: 3 */
        return l_6;
    }
    if (g_3[1])
    { /* block id: 6 */
        int32_t l_91 = 0x149F6EF7L;
        int32_t l_92 = (-5L);
        int32_t l_94 = 0x3A919A52L;
        int32_t l_96 = 0x52E4EBF3L;
        int32_t l_97 = 0xBBDB59DCL;
        int32_t l_100 = 0x7C792515L;
        uint16_t l_101[4][8][1] = {{{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL}},{{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL}},{{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL}},{{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL},{0xCAB0L},{65529UL}}};
        int32_t *l_119[6] = {&g_9,&g_9,&l_91,&g_9,&g_9,&l_91};
        uint32_t *l_153 = &g_154[4][0][0];
        uint8_t *l_163[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int8_t l_165 = (-3L);
        int i, j, k;
lbl_115:
        for (l_6 = 0; (l_6 <= 6); l_6 += 1)
        { /* block id: 9 */
            int32_t *l_77 = &g_9;
            int32_t *l_93 = &g_3[l_6];
            int32_t *l_95[5] = {&g_3[3],&g_3[3],&g_3[3],&g_3[3],&g_3[3]};
            int i;
            for (g_9 = 5; (g_9 >= 0); g_9 -= 1)
            { /* block id: 12 */
                const int32_t *l_90 = &g_3[6];
                int i;
                l_90 = func_10((((0x71E8EE62L != 0x365D5A10L) < (func_15(g_3[g_9], g_3[1], &g_3[g_9], func_20(g_23, (0x81L || g_3[0]))) , g_54)) , &g_3[0]), &l_6, l_77, &g_3[1]);
            }
            l_101[3][3][0]++;
            (*g_109) = g_104;
            (*l_93) |= l_101[3][3][0];
        }
        for (g_9 = (-26); (g_9 == (-27)); g_9 = safe_sub_func_int32_t_s_s(g_9, 3))
        { /* block id: 67 */
            uint32_t l_112[4] = {0x2D142C5CL,0x2D142C5CL,0x2D142C5CL,0x2D142C5CL};
            int16_t *l_123 = (void*)0;
            int16_t *l_124 = (void*)0;
            int16_t *l_125[10][6][2] = {{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54}},{{(void*)0,&g_54},{(void*)0,&g_54},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0}},{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54},{(void*)0,&g_54},{(void*)0,&g_54},{&g_54,(void*)0}},{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54}},{{(void*)0,&g_54},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0}},{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,(void*)0}},{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0}},{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,(void*)0}},{{&g_54,&g_54},{&g_54,(void*)0},{&g_54,(void*)0},{&g_54,&g_54},{&g_54,(void*)0},{&g_54,&g_54}}};
            uint64_t *l_128 = &g_129;
            int16_t ** const **l_140 = (void*)0;
            uint32_t l_141 = 18446744073709551609UL;
            int i, j, k;
            if ((g_60[2] != 1UL))
            { /* block id: 68 */
                int32_t *l_113 = &l_6;
                (*l_113) |= l_112[1];
                (*l_113) = (*l_113);
                if (l_98)
                    break;
            }
            else
            { /* block id: 72 */
                int32_t *l_114 = &l_99;
                l_114 = l_114;
                if (g_63)
                    goto lbl_115;
            }
            for (l_100 = 0; (l_100 <= (-5)); --l_100)
            { /* block id: 78 */
                int32_t **l_118[1][10] = {{&g_23,&g_23,&g_23,&g_23,&g_23,&g_23,&g_23,&g_23,&g_23,&g_23}};
                int i, j;
                if (l_101[0][1][0])
                    break;
                l_119[4] = &l_97;
            }
            g_63 ^= (safe_mul_func_uint16_t_u_u(g_7, ((l_99 = (l_98 , (g_54 &= ((void*)0 == l_122)))) ^ (l_141 = ((safe_add_func_int32_t_s_s((*g_23), (((--(*l_128)) , g_9) == ((l_132 == (l_140 = g_137)) , ((l_112[1] != 0xBAL) && l_112[1]))))) ^ g_3[5])))));
        }
        (*g_23) = ((safe_div_func_uint8_t_u_u((g_60[2] , ((safe_div_func_uint16_t_u_u((safe_add_func_int16_t_s_s((l_99 > ((g_42.f0 , (g_108 < (safe_mul_func_int8_t_s_s((((*l_153) |= (g_150--)) , l_99), (safe_div_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u((!(((l_165 = (safe_mod_func_int64_t_s_s((1UL || (g_162 <= 1UL)), l_99))) <= l_6) > 248UL)), l_98)), (*g_23))))))) ^ g_56)), l_98)), l_166)) , g_154[0][0][1])), g_3[1])) != g_60[3]);
    }
    else
    { /* block id: 93 */
        int64_t l_199 = (-8L);
        for (g_108 = 0; g_108 < 2; g_108 += 1)
        {
            l_134[g_108] = &l_135[1][1];
        }
        for (l_6 = 29; (l_6 <= (-25)); --l_6)
        { /* block id: 97 */
            int32_t *l_169 = &g_63;
            int32_t *l_170 = &g_3[1];
            int32_t *l_171 = &g_63;
            int32_t *l_172 = &l_99;
            int32_t *l_173[8][7] = {{&l_6,&l_98,&g_63,&l_6,&g_3[2],&l_6,&g_63},{&g_63,&g_63,&g_9,&g_3[2],&l_98,&g_63,&g_63},{&g_63,&g_63,&g_3[1],&l_98,&l_99,&l_99,&l_98},{&l_6,&g_3[2],&l_6,&g_63,&l_98,&l_6,&l_99},{&l_98,&g_3[2],&g_63,&g_3[2],&g_3[2],&g_9,&g_3[2]},{(void*)0,&g_63,&g_63,(void*)0,&l_99,&l_6,&l_98},{&l_99,&g_63,&g_63,&g_3[1],&l_98,&l_99,&l_99},{&g_63,&l_98,&g_63,&l_98,&g_63,&g_63,&l_98}};
            uint32_t l_174 = 0x581F8B52L;
            int i, j;
            --l_174;
            for (g_56 = 0; (g_56 <= 2); g_56 += 1)
            { /* block id: 101 */
                uint32_t *l_187 = &g_154[0][0][0];
                int32_t l_204 = 0x3A34EB40L;
                int32_t l_205[6][6][1] = {{{1L},{0x7CE209C9L},{0xD7DD194CL},{0xF6D19666L},{0xD82316B0L},{1L}},{{0xF6D19666L},{(-1L)},{0xF6D19666L},{1L},{0xD82316B0L},{0xF6D19666L}},{{0xD7DD194CL},{0x7CE209C9L},{1L},{1L},{0x7CE209C9L},{0xD7DD194CL}},{{0xF6D19666L},{0xD82316B0L},{1L},{0xF6D19666L},{(-1L)},{0xF6D19666L}},{{1L},{0xD82316B0L},{0xF6D19666L},{0xD7DD194CL},{0x7CE209C9L},{1L}},{{1L},{0x7CE209C9L},{0xD7DD194CL},{0xF6D19666L},{0xD82316B0L},{1L}}};
                uint64_t *l_206 = &g_129;
                int i, j, k;
                (*g_23) |= (safe_mod_func_int8_t_s_s(((((safe_add_func_int32_t_s_s((safe_add_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(((safe_add_func_uint32_t_u_u(((*l_187) = 0x16B724CDL), (l_187 != ((safe_div_func_int8_t_s_s(0xFDL, (g_193[0] &= ((*l_172) ^ (l_190 && (safe_div_func_int16_t_s_s(3L, (-1L)))))))) , (((~g_63) == (safe_add_func_int32_t_s_s((g_193[0] != g_56), l_166))) , &g_56))))) < (*l_170)), g_7)), l_6)), l_197)) && 0xD026L) <= g_198) >= l_199), g_63));
                l_208[4] = (((*l_206) = (safe_add_func_uint64_t_u_u((*l_169), (safe_add_func_uint32_t_u_u(((l_205[3][3][0] |= l_204) == l_199), ((l_204 , g_54) ^ 1UL)))))) , &l_205[3][3][0]);
            }
        }
    }
    return l_209;
}


/* ------------------------------------------ */
/* 
 * reads : g_63 g_23 g_9 g_56 g_54 g_2 g_3
 * writes: g_63 g_3 g_56 g_54 g_23 g_2
 */
static const int32_t * func_10(int32_t * p_11, int32_t * p_12, int32_t * p_13, int32_t * p_14)
{ /* block id: 22 */
    int16_t *l_85 = &g_54;
    int16_t **l_84 = &l_85;
    int32_t l_87 = 0xDD4330F1L;
    for (g_63 = 0; (g_63 <= 3); g_63 += 1)
    { /* block id: 25 */
        uint32_t l_78 = 1UL;
        int32_t *l_83 = &g_3[1];
        if ((l_78 = (*g_23)))
        { /* block id: 27 */
            (*p_11) = 8L;
        }
        else
        { /* block id: 29 */
            const int32_t *l_79 = &g_3[6];
            for (l_78 = 0; (l_78 <= 3); l_78 += 1)
            { /* block id: 32 */
                return l_79;
            }
            if ((*g_23))
                continue;
            for (g_56 = 5; (g_56 >= 0); g_56 -= 1)
            { /* block id: 38 */
                return p_11;
            }
        }
        for (g_54 = 4; (g_54 >= 0); g_54 -= 1)
        { /* block id: 44 */
            int32_t **l_80 = &g_23;
            l_83 = ((*l_80) = p_12);
            for (l_78 = 0; (l_78 <= 3); l_78 += 1)
            { /* block id: 49 */
                int16_t ***l_86 = &l_84;
                int i, j, k;
                g_2[g_63][(l_78 + 4)][g_63] = g_2[(g_63 + 1)][(l_78 + 2)][g_63];
                (*p_11) = (*g_23);
                (*l_86) = l_84;
            }
        }
        return p_11;
    }
    (*p_11) &= ((l_87 | l_87) || ((safe_mul_func_int8_t_s_s(0xA8L, (-7L))) | (0xB49DBEB4C7169202LL != l_87)));
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_3
 * writes:
 */
static int32_t  func_15(int32_t  p_16, const uint64_t  p_17, int32_t * p_18, int32_t * p_19)
{ /* block id: 19 */
    int32_t *l_64 = &g_3[0];
    int32_t *l_65 = &g_3[1];
    int32_t *l_66 = (void*)0;
    int32_t l_67[3][2][2] = {{{0x22BBA053L,1L},{0x22BBA053L,1L}},{{0x22BBA053L,1L},{0x22BBA053L,1L}},{{0x22BBA053L,1L},{0x22BBA053L,1L}}};
    int32_t *l_68 = &l_67[0][0][0];
    int32_t *l_69 = &l_67[0][0][0];
    int32_t *l_70 = &g_3[4];
    int32_t *l_71 = &l_67[2][1][1];
    int32_t *l_72 = (void*)0;
    int32_t *l_73[9];
    uint64_t l_74 = 0x18FE19D4D995C899LL;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_73[i] = &l_67[0][0][0];
    ++l_74;
    return (*p_18);
}


/* ------------------------------------------ */
/* 
 * reads : g_42 g_2 g_3 g_60 g_9 g_54
 * writes: g_54 g_56 g_60 g_63
 */
static int32_t * func_20(int32_t * p_21, uint8_t  p_22)
{ /* block id: 13 */
    int32_t *l_26 = &g_3[5];
    int16_t *l_53 = &g_54;
    int32_t *l_55 = &g_56;
    int64_t *l_59 = &g_60[2];
    uint16_t l_61[7][6][1] = {{{65528UL},{1UL},{0x6A42L},{65528UL},{0xE3E5L},{65528UL}},{{0x6A42L},{9UL},{0xE3E5L},{1UL},{1UL},{5UL}},{{5UL},{1UL},{1UL},{0xE3E5L},{9UL},{5UL}},{{0xE3E5L},{1UL},{0xE3E5L},{5UL},{9UL},{0xE3E5L}},{{1UL},{1UL},{5UL},{5UL},{1UL},{1UL}},{{0xE3E5L},{9UL},{5UL},{0xE3E5L},{1UL},{0xE3E5L}},{{5UL},{9UL},{0xE3E5L},{1UL},{1UL},{5UL}}};
    int32_t *l_62 = &g_63;
    int i, j, k;
    (*l_62) = (((((safe_rshift_func_uint16_t_u_u(((l_26 != l_26) && (safe_div_func_uint16_t_u_u((((((safe_add_func_uint64_t_u_u((~((safe_rshift_func_uint8_t_u_u(((safe_div_func_int64_t_s_s((((safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(((safe_div_func_int8_t_s_s(((g_42 , (safe_add_func_int32_t_s_s((((safe_sub_func_int64_t_s_s(((((safe_rshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_s((((*l_55) = (g_2[6][5][3] & (safe_div_func_uint64_t_u_u((((*l_53) = (&g_3[1] != l_26)) == g_3[5]), 0x4E302138E6473CB1LL)))) , (safe_sub_func_int64_t_s_s(((*l_59) |= ((0xB78EL & 4L) <= (*l_26))), (*l_26)))), 6)), 2)) , (*p_21)) <= (*l_26)) , 0xD3DE27ED8A746704LL), 0x4BD8ABD3BCAB3842LL)) && g_54) == 8UL), 8UL))) | (*l_26)), g_3[1])) == 0xC26EAA6BL), 8)), 9L)) > (*l_26)) && (*p_21)), g_3[1])) & 7L), p_22)) > (-8L))), g_3[5])) , 4UL) ^ p_22) > l_61[2][1][0]) | (*l_26)), 0x0A0FL))), 10)) , p_22) >= 248UL) , (*l_26)) && 0xB2L);
    return &g_9;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_2[i][j][k], "g_2[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_42.f0, "g_42.f0", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_150, "g_150", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_154[i][j][k], "g_154[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_193[i], "g_193[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_198, "g_198", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 46
XXX total union variables: 1

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 1
breakdown:
   indirect level: 0, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 0
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 1
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 1

XXX max expression depth: 46
breakdown:
   depth: 1, occurrence: 48
   depth: 2, occurrence: 15
   depth: 6, occurrence: 1
   depth: 9, occurrence: 1
   depth: 16, occurrence: 1
   depth: 18, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 46, occurrence: 1

XXX total number of pointers: 69

XXX times a variable address is taken: 115
XXX times a pointer is dereferenced on RHS: 19
breakdown:
   depth: 1, occurrence: 19
XXX times a pointer is dereferenced on LHS: 19
breakdown:
   depth: 1, occurrence: 19
XXX times a pointer is compared with null: 1
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 355

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 121
   level: 2, occurrence: 0
   level: 3, occurrence: 3
   level: 4, occurrence: 4
XXX number of pointers point to pointers: 17
XXX number of pointers point to scalars: 52
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 18.8
XXX average alias set size: 1.32

XXX times a non-volatile is read: 127
XXX times a non-volatile is write: 67
XXX times a volatile is read: 7
XXX    times read thru a pointer: 0
XXX times a volatile is write: 2
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 95
XXX percentage of non-volatile access: 95.6

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 49
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 9
   depth: 2, occurrence: 15
   depth: 3, occurrence: 15

XXX percentage a fresh-made variable is used: 24.1
XXX percentage an existing variable is used: 75.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

