/* Csmith 2.3.0 --seed 23 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 87295EEA */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 23 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      23
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 5L;
static uint16_t g_36 = 65528UL;
static uint16_t g_46 = 8UL;
static uint16_t *g_45 = &g_46;
static const int32_t *g_51 = &g_2;
static const int32_t ** volatile g_50 = &g_51;/* VOLATILE GLOBAL g_50 */
static volatile int32_t g_52 = 0x1DE2A907L;/* VOLATILE GLOBAL g_52 */
static volatile int32_t g_53 = 0xE1BFEDAAL;/* VOLATILE GLOBAL g_53 */
static int32_t g_54[7][7][5] = {{{7L,7L,0xDE0D6158L,5L,0x1448AFE0L},{0xFF323E62L,7L,(-3L),0x658069D1L,0x7C4177FDL},{0xDE0D6158L,0x1448AFE0L,0xD2BB650EL,0L,0x8D10FBF2L},{0x658069D1L,7L,0x2A4F2A6CL,(-1L),0xFF323E62L},{(-1L),7L,8L,0x6C1CC492L,0x788AFB1CL},{8L,(-3L),0x1448AFE0L,0x788AFB1CL,0x788AFB1CL},{0x4FE874D4L,0x2A4F2A6CL,0x4FE874D4L,(-1L),0xFF323E62L}},{{0x2A4F2A6CL,(-1L),0x7C4177FDL,8L,0x8D10FBF2L},{4L,0xBD76DF3EL,(-1L),1L,0x7C4177FDL},{5L,(-1L),0x85B3D925L,1L,0x788AFB1CL},{(-3L),0xFF323E62L,0x658069D1L,0L,(-1L)},{8L,0x6C1CC492L,0x788AFB1CL,0L,5L},{8L,(-3L),(-3L),8L,0x2A4F2A6CL},{(-3L),4L,0xD2BB650EL,7L,7L}},{{0xFF323E62L,0x1448AFE0L,8L,0x85B3D925L,0L},{0L,(-1L),(-1L),7L,4L},{0xD2BB650EL,(-1L),7L,8L,0x6C1CC492L},{0x658069D1L,0L,(-1L),0L,0x7C4177FDL},{(-3L),0L,(-3L),0L,(-3L)},{7L,(-1L),0x6C1CC492L,1L,7L},{0x8D10FBF2L,(-1L),(-1L),4L,(-10L)}},{{7L,0x1448AFE0L,0x2A4F2A6CL,(-1L),7L},{0xDE0D6158L,4L,0L,0xBD76DF3EL,(-3L)},{7L,(-3L),8L,(-1L),0x7C4177FDL},{4L,0x6C1CC492L,8L,8L,0x6C1CC492L},{0x85B3D925L,0xFF323E62L,0L,0x1448AFE0L,4L},{0x1448AFE0L,(-1L),0x2A4F2A6CL,0x7C4177FDL,0L},{0x6C1CC492L,0x2A4F2A6CL,(-1L),0x8D10FBF2L,7L}},{{0x1448AFE0L,0xBD76DF3EL,0x6C1CC492L,0xFF323E62L,0x2A4F2A6CL},{0x85B3D925L,0xD2BB650EL,(-3L),0x788AFB1CL,5L},{4L,(-1L),(-1L),0x788AFB1CL,(-1L)},{7L,7L,7L,0xFF323E62L,0x788AFB1CL},{0xDE0D6158L,0L,(-1L),0x8D10FBF2L,0x85B3D925L},{7L,0x788AFB1CL,8L,0x7C4177FDL,1L},{0x8D10FBF2L,0L,0xD2BB650EL,0x1448AFE0L,0xDE0D6158L}},{{7L,7L,(-3L),8L,(-1L)},{(-3L),(-1L),0x788AFB1CL,(-1L),(-1L)},{0x658069D1L,0xD2BB650EL,0x658069D1L,0xBD76DF3EL,0xDE0D6158L},{0xD2BB650EL,0xBD76DF3EL,0x85B3D925L,(-1L),1L},{0L,0x2A4F2A6CL,5L,4L,0x85B3D925L},{0xFF323E62L,(-1L),0x85B3D925L,1L,0x788AFB1CL},{(-3L),0xFF323E62L,0x658069D1L,0L,(-1L)}},{{8L,0x6C1CC492L,0x788AFB1CL,0L,5L},{8L,(-3L),(-3L),8L,0x2A4F2A6CL},{(-3L),4L,0xD2BB650EL,7L,7L},{0xFF323E62L,0x1448AFE0L,8L,0x85B3D925L,0L},{0L,(-1L),(-1L),7L,4L},{0xD2BB650EL,(-1L),7L,(-3L),8L},{0x8D10FBF2L,0x6C1CC492L,7L,0x7C4177FDL,0x85B3D925L}}};
static uint32_t g_57 = 0xAFE497D6L;
static uint16_t g_68 = 0xE09BL;
static int32_t g_83 = 0x40ACB488L;
static int32_t g_85 = 0xF031B10CL;
static int32_t * volatile g_84[6][5][2] = {{{(void*)0,&g_85},{&g_85,&g_85},{(void*)0,&g_83},{&g_54[5][5][4],&g_54[5][5][1]},{&g_54[0][0][1],(void*)0}},{{&g_54[0][0][1],&g_54[0][0][1]},{&g_85,&g_85},{&g_85,&g_54[0][0][1]},{&g_54[0][0][1],(void*)0},{&g_54[0][0][1],&g_54[5][5][1]}},{{&g_54[5][5][4],&g_83},{(void*)0,&g_85},{&g_85,&g_85},{(void*)0,&g_83},{&g_54[5][5][4],&g_54[5][5][1]}},{{&g_54[0][0][1],(void*)0},{&g_54[0][0][1],&g_54[0][0][1]},{&g_85,&g_85},{&g_85,&g_54[0][0][1]},{&g_54[0][0][1],(void*)0}},{{&g_54[0][0][1],&g_54[5][5][1]},{&g_54[5][5][4],&g_83},{(void*)0,&g_85},{&g_85,&g_85},{(void*)0,&g_83}},{{&g_54[5][5][4],&g_54[5][5][1]},{&g_54[0][0][1],(void*)0},{&g_54[0][0][1],&g_54[0][0][1]},{&g_85,&g_85},{&g_85,&g_54[0][0][1]}}};
static int32_t * volatile g_86 = &g_85;/* VOLATILE GLOBAL g_86 */
static int32_t *g_88 = &g_54[6][0][1];
static int32_t ** volatile g_87 = &g_88;/* VOLATILE GLOBAL g_87 */
static int32_t **g_96 = (void*)0;
static int64_t g_104 = 0L;
static int64_t * volatile g_103 = &g_104;/* VOLATILE GLOBAL g_103 */
static uint64_t g_112 = 18446744073709551615UL;
static uint32_t g_114 = 4294967291UL;
static const int32_t g_120[1] = {1L};
static int16_t g_141[5] = {0x6C1FL,0x6C1FL,0x6C1FL,0x6C1FL,0x6C1FL};
static int64_t g_142 = 0xBEA28A71BB9DF8DALL;
static int32_t * const *g_172 = (void*)0;
static int32_t * const **g_171 = &g_172;
static uint16_t g_188 = 0xED7CL;
static int32_t g_197 = (-1L);
static int32_t g_199 = 0x6CBB3E61L;
static int32_t g_204 = (-3L);
static int8_t g_291[7] = {0xC5L,0xC5L,0xC5L,0xC5L,0xC5L,0xC5L,0xC5L};


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int64_t  func_23(const uint8_t  p_24, uint16_t  p_25);
static int8_t  func_31(uint16_t  p_32, int8_t  p_33, const uint32_t  p_34);
static const int32_t  func_43(uint16_t * p_44);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_50 g_51 g_45 g_46 g_197 g_86 g_85 g_291 g_54 g_88
 * writes: g_2 g_114 g_291 g_54 g_46 g_85
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_7[5];
    int32_t ***l_211 = &g_96;
    int32_t ***l_212[9] = {&g_96,&g_96,&g_96,&g_96,&g_96,&g_96,&g_96,&g_96,&g_96};
    int16_t *l_229 = &g_141[1];
    uint32_t l_289 = 0UL;
    int8_t *l_290 = &g_291[3];
    uint16_t l_295[7];
    int i;
    for (i = 0; i < 5; i++)
        l_7[i] = 2UL;
    for (i = 0; i < 7; i++)
        l_295[i] = 0xC912L;
    for (g_2 = 0; (g_2 <= (-15)); g_2 = safe_sub_func_int16_t_s_s(g_2, 1))
    { /* block id: 3 */
        uint8_t l_18 = 254UL;
        uint16_t *l_35[7];
        int32_t l_37 = 0x311C3FC0L;
        int32_t l_38 = 0xA42BBD4AL;
        uint8_t l_213 = 0xD9L;
        uint32_t *l_271 = &g_114;
        const int64_t *l_272 = (void*)0;
        uint32_t l_273[9][4] = {{5UL,0xE2376F68L,0xE2376F68L,5UL},{2UL,0xE2376F68L,1UL,0xE2376F68L},{0xE2376F68L,0x1056DD29L,1UL,1UL},{2UL,2UL,0xE2376F68L,1UL},{5UL,0x1056DD29L,5UL,0xE2376F68L},{5UL,0xE2376F68L,0xE2376F68L,5UL},{2UL,0xE2376F68L,1UL,0xE2376F68L},{0xE2376F68L,0x1056DD29L,1UL,1UL},{2UL,2UL,0xE2376F68L,1UL}};
        int i, j;
        for (i = 0; i < 7; i++)
            l_35[i] = &g_36;
    }
    (*g_88) = (safe_div_func_int8_t_s_s((((((*l_290) &= ((((**g_50) ^ (safe_add_func_int16_t_s_s((0x279EL < (*g_45)), (safe_mod_func_int32_t_s_s((*g_51), g_197))))) , (safe_rshift_func_uint16_t_u_s((*g_45), ((safe_mod_func_uint64_t_u_u(((g_114 = ((((&g_87 != &g_96) , (safe_sub_func_uint32_t_u_u((safe_unary_minus_func_int8_t_s((safe_mod_func_int32_t_s_s((&g_141[3] != &g_141[1]), 1L)))), 0x9343E88DL))) && g_46) , 8UL)) < (*g_86)), l_289)) && (*g_45))))) || 0x3B957851L)) && 0xDDL) & (*g_45)) , g_54[3][2][3]), 0xE8L));
    for (g_46 = 0; (g_46 >= 24); g_46 = safe_add_func_uint8_t_u_u(g_46, 2))
    { /* block id: 128 */
        int64_t l_294 = 0L;
        (*g_86) = ((*g_88) &= l_294);
    }
    return l_295[5];
}


/* ------------------------------------------ */
/* 
 * reads : g_96 g_112 g_141 g_103 g_104 g_142 g_53 g_45 g_46 g_52 g_83 g_171 g_88 g_188 g_85 g_50 g_51 g_2 g_197
 * writes: g_88 g_112 g_142 g_57 g_171 g_45 g_141 g_197 g_199 g_85
 */
static int64_t  func_23(const uint8_t  p_24, uint16_t  p_25)
{ /* block id: 52 */
    int32_t *l_145 = (void*)0;
    uint16_t *l_184 = &g_46;
    int16_t l_200 = 1L;
    int32_t l_203[5][3];
    uint8_t l_205 = 0UL;
    int i, j;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
            l_203[i][j] = 0L;
    }
    (*g_96) = l_145;
    if ((safe_rshift_func_uint16_t_u_u(p_24, 4)))
    { /* block id: 54 */
lbl_208:
        for (g_112 = 0; (g_112 <= 4); g_112 += 1)
        { /* block id: 57 */
            int i;
            return g_141[g_112];
        }
        return (*g_103);
    }
    else
    { /* block id: 61 */
        int32_t *l_148[3];
        int16_t *l_174 = &g_141[4];
        uint32_t l_175 = 0x28C7CDC2L;
        int i;
        for (i = 0; i < 3; i++)
            l_148[i] = &g_85;
        (*g_96) = l_148[0];
        for (g_142 = 1; (g_142 <= 4); g_142 += 1)
        { /* block id: 65 */
            int8_t l_149 = 1L;
            uint64_t *l_153[10] = {&g_112,&g_112,&g_112,&g_112,&g_112,&g_112,&g_112,&g_112,&g_112,&g_112};
            int32_t l_154 = 0xD82C3D2BL;
            uint32_t *l_170 = &g_57;
            uint16_t **l_185 = &g_45;
            uint16_t l_195 = 0x1135L;
            int32_t *l_196 = &g_197;
            int32_t *l_198 = &g_199;
            int i;
            (*g_96) = l_148[0];
            if ((((*l_170) = ((l_149 & ((safe_rshift_func_int8_t_s_s((0x674BD75D9B7F1410LL || (safe_unary_minus_func_int8_t_s(g_53))), ((--g_112) && (safe_unary_minus_func_uint32_t_u(1UL))))) , (safe_div_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_s(((safe_add_func_uint64_t_u_u(p_24, (0x00BCFFD8E0A4D05BLL & (safe_div_func_int16_t_s_s((((*g_45) ^ 0x822BL) , (safe_lshift_func_int16_t_s_u((g_52 ^ l_149), (*g_45)))), l_154))))) & p_24), p_25)) != 0x2EL), g_141[3])), g_141[0])))) < g_83)) , 1L))
            { /* block id: 69 */
                int32_t * const ***l_173 = &g_171;
                (*g_96) = ((&g_50 == ((*l_173) = g_171)) , (*g_96));
            }
            else
            { /* block id: 72 */
                return (*g_103);
            }
            (*g_88) = (((*l_198) = ((*l_196) |= (((((l_174 == ((((*l_174) = (l_175 != (safe_lshift_func_uint8_t_u_s(((((void*)0 != &l_145) ^ ((safe_mod_func_int8_t_s_s((safe_mul_func_int8_t_s_s((0x215DL <= p_25), ((((*l_185) = l_184) == (((safe_rshift_func_int16_t_s_u((g_188 >= (safe_mul_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(0x7F9DL, p_24)), (-6L))) , l_154), 7L))), 15)) , p_25) , (void*)0)) && p_24))), l_195)) <= g_53)) < 0xAA74L), 3)))) , 7L) , (void*)0)) < p_25) , g_85) && (**g_50)) != g_83))) , p_25);
            for (g_85 = 0; (g_85 <= 4); g_85 += 1)
            { /* block id: 82 */
                int32_t l_201 = 0L;
                int32_t l_202 = 0x14FDFC62L;
                (*g_96) = l_145;
                l_203[3][1] = (l_202 = (l_201 = (0xBBFFL || l_200)));
            }
        }
        ++l_205;
    }
    if (g_85)
        goto lbl_208;
    return p_25;
}


/* ------------------------------------------ */
/* 
 * reads : g_103 g_45 g_46 g_88 g_54 g_36 g_51 g_2 g_83 g_87 g_120 g_104 g_50
 * writes: g_96 g_112 g_114 g_83 g_88 g_141 g_142 g_51
 */
static int8_t  func_31(uint16_t  p_32, int8_t  p_33, const uint32_t  p_34)
{ /* block id: 36 */
    int32_t ***l_93 = (void*)0;
    int32_t **l_95 = &g_88;
    int32_t ***l_94[9][2] = {{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95},{&l_95,&l_95}};
    uint64_t *l_111 = &g_112;
    uint32_t *l_113 = &g_114;
    const int32_t *l_119 = &g_120[0];
    int16_t *l_139 = (void*)0;
    int16_t *l_140 = &g_141[1];
    int i, j;
lbl_143:
    g_83 &= (((*l_113) = (safe_mul_func_uint16_t_u_u(((g_96 = &g_88) != (void*)0), (~((((safe_unary_minus_func_uint32_t_u((p_34 , (((*l_111) = (safe_div_func_int64_t_s_s((safe_div_func_uint64_t_u_u((g_103 == (void*)0), (safe_rshift_func_uint16_t_u_u((*g_45), p_34)))), (safe_sub_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(0xE3FDL, ((((**l_95) >= (-5L)) < g_36) | 0xAF3324EFL))), 0x1E62ED8EL))))) & 0x3A9463023C0783B0LL)))) != p_32) , p_34) > 0x92BF7C62769A4A7BLL))))) != (*g_51));
    if (((safe_mod_func_int16_t_s_s((g_142 = ((*l_140) = (safe_mod_func_int8_t_s_s((((*l_95) = (*g_87)) != (l_119 = &g_83)), (safe_lshift_func_int8_t_s_u(((safe_add_func_uint8_t_u_u(g_54[6][1][2], (safe_sub_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(p_32, (8L >= g_83))), (safe_lshift_func_int8_t_s_u(g_120[0], (safe_lshift_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(g_120[0], p_32)), 0x9215L)), 11)))))), g_104)))) | (*g_51)), p_33)))))), p_34)) == p_34))
    { /* block id: 45 */
        if (g_2)
            goto lbl_143;
        return p_32;
    }
    else
    { /* block id: 48 */
        const int32_t **l_144[2];
        int i;
        for (i = 0; i < 2; i++)
            l_144[i] = &g_51;
        (*g_50) = (*g_50);
        return g_54[3][3][0];
    }
}


/* ------------------------------------------ */
/* 
 * reads : g_46 g_50 g_54 g_57 g_2 g_83 g_86 g_85 g_68 g_87 g_88
 * writes: g_46 g_51 g_54 g_57 g_68 g_83 g_85 g_88
 */
static const int32_t  func_43(uint16_t * p_44)
{ /* block id: 5 */
    const int32_t *l_49 = &g_2;
    int32_t *l_73 = (void*)0;
    for (g_46 = 0; (g_46 == 24); g_46++)
    { /* block id: 8 */
        int32_t *l_74 = &g_54[4][5][4];
        (*g_50) = l_49;
        for (g_54[0][0][1] = (-6); (g_54[0][0][1] == (-28)); g_54[0][0][1] = safe_sub_func_int32_t_s_s(g_54[0][0][1], 7))
        { /* block id: 12 */
            int64_t l_79 = 2L;
            int64_t *l_80 = &l_79;
            int32_t l_81 = (-6L);
            int32_t *l_82 = &g_83;
            (*l_82) &= (((g_57 ^= g_54[6][3][1]) == ((safe_add_func_uint64_t_u_u(g_2, (((safe_sub_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(0x6568C077L, ((safe_mod_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((((g_68 = g_46) <= ((*l_49) != ((*l_80) = ((((safe_mul_func_int8_t_s_s(((((((l_73 = &g_54[0][0][1]) != l_74) >= ((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((*l_74), ((*l_49) && 0UL))), (-1L))) < 0x7BL)) <= g_2) <= g_2) & (*l_74)), 0xC4L)) & g_54[0][0][1]) , l_79) != 0x123D2215L)))) || 0x3ABF6A420A61B3E2LL), (*l_49))), 6UL)) || (*l_74)))), l_81)) , (*l_74)) >= 0UL))) && g_46)) == 0x32L);
        }
        for (g_83 = 0; (g_83 <= 4); g_83 += 1)
        { /* block id: 21 */
            (*g_86) |= (*l_74);
            for (g_68 = 0; (g_68 <= 4); g_68 += 1)
            { /* block id: 25 */
                int i, j, k;
                (*g_87) = &g_54[(g_83 + 1)][g_68][g_83];
            }
        }
    }
    for (g_85 = 0; (g_85 < 22); g_85 = safe_add_func_int16_t_s_s(g_85, 7))
    { /* block id: 32 */
        (*g_88) = 0x415234D5L;
    }
    return (*l_49);
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
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_54[i][j][k], "g_54[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_120[i], "g_120[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_141[i], "g_141[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_197, "g_197", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_291[i], "g_291[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 49
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

XXX max expression depth: 32
breakdown:
   depth: 1, occurrence: 37
   depth: 2, occurrence: 12
   depth: 4, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 24, occurrence: 1
   depth: 32, occurrence: 2

XXX total number of pointers: 53

XXX times a variable address is taken: 157
XXX times a pointer is dereferenced on RHS: 33
breakdown:
   depth: 1, occurrence: 30
   depth: 2, occurrence: 3
XXX times a pointer is dereferenced on LHS: 33
breakdown:
   depth: 1, occurrence: 33
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 625

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 133
   level: 2, occurrence: 18
   level: 3, occurrence: 19
XXX number of pointers point to pointers: 17
XXX number of pointers point to scalars: 36
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.4
XXX average alias set size: 1.26

XXX times a non-volatile is read: 186
XXX times a non-volatile is write: 95
XXX times a volatile is read: 14
XXX    times read thru a pointer: 0
XXX times a volatile is write: 7
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 98
XXX percentage of non-volatile access: 93

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 40
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 14
   depth: 2, occurrence: 8
   depth: 3, occurrence: 5

XXX percentage a fresh-made variable is used: 16.4
XXX percentage an existing variable is used: 83.6
********************* end of statistics **********************/

