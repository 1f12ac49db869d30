/* Csmith 2.3.0 --seed 11 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = CE9C84BE */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 11 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      11
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_6 = 0L;
static int32_t g_24[5] = {1L,1L,1L,1L,1L};
static int32_t g_27[9][9][3] = {{{0x5F5C9B8DL,0x4FFDEABFL,(-1L)},{9L,(-1L),7L},{0x974498B9L,(-1L),0L},{0x21A07835L,0x4FFDEABFL,0x4FFDEABFL},{0x29D945ADL,7L,0L},{0x090D790FL,0xE72C34CCL,7L},{0x090D790FL,0x8CD3BED1L,(-1L)},{0x29D945ADL,1L,0L},{0x21A07835L,0x8CD3BED1L,4L}},{{0x974498B9L,0xE72C34CCL,4L},{9L,7L,0L},{0x5F5C9B8DL,0x4FFDEABFL,(-1L)},{9L,(-1L),7L},{0x974498B9L,(-1L),(-7L)},{0x4FFDEABFL,0L,0L},{0x8CD3BED1L,(-1L),(-7L)},{0L,0x8F4C6F44L,(-1L)},{0L,0x5FF79FACL,5L}},{{0x8CD3BED1L,0x3D2AFDDFL,0xBE3D0E72L},{0x4FFDEABFL,0x5FF79FACL,0xADC9FE9AL},{1L,0x8F4C6F44L,0xADC9FE9AL},{4L,(-1L),0xBE3D0E72L},{0x8EF3352FL,0L,5L},{4L,5L,(-1L)},{1L,5L,(-7L)},{0x4FFDEABFL,0L,0L},{0x8CD3BED1L,(-1L),(-7L)}},{{0L,0x8F4C6F44L,(-1L)},{0L,0x5FF79FACL,5L},{0x8CD3BED1L,0x3D2AFDDFL,0xBE3D0E72L},{0x4FFDEABFL,0x5FF79FACL,0xADC9FE9AL},{1L,0x8F4C6F44L,0xADC9FE9AL},{4L,(-1L),0xBE3D0E72L},{0x8EF3352FL,0L,5L},{4L,5L,(-1L)},{1L,5L,(-7L)}},{{0x4FFDEABFL,0L,0L},{0x8CD3BED1L,(-1L),(-7L)},{0L,0x8F4C6F44L,(-1L)},{0L,0x5FF79FACL,5L},{0x8CD3BED1L,0x3D2AFDDFL,0xBE3D0E72L},{0x4FFDEABFL,0x5FF79FACL,0xADC9FE9AL},{1L,0x8F4C6F44L,0xADC9FE9AL},{4L,(-1L),0xBE3D0E72L},{0x8EF3352FL,0L,5L}},{{4L,5L,(-1L)},{1L,5L,(-7L)},{0x4FFDEABFL,0L,0L},{0x8CD3BED1L,(-1L),(-7L)},{0L,0x8F4C6F44L,(-1L)},{0L,0x5FF79FACL,5L},{0x8CD3BED1L,0x3D2AFDDFL,0xBE3D0E72L},{0x4FFDEABFL,0x5FF79FACL,0xADC9FE9AL},{1L,0x8F4C6F44L,0xADC9FE9AL}},{{4L,(-1L),0xBE3D0E72L},{0x8EF3352FL,0L,5L},{4L,5L,(-1L)},{1L,5L,(-7L)},{0x4FFDEABFL,0L,0L},{0x8CD3BED1L,(-1L),(-7L)},{0L,0x8F4C6F44L,(-1L)},{0L,0x5FF79FACL,5L},{0x8CD3BED1L,0x3D2AFDDFL,0xBE3D0E72L}},{{0x4FFDEABFL,0x5FF79FACL,0xADC9FE9AL},{1L,0x8F4C6F44L,0xADC9FE9AL},{4L,(-1L),0xBE3D0E72L},{0x8EF3352FL,0L,5L},{4L,5L,(-1L)},{1L,5L,(-7L)},{0x4FFDEABFL,0L,0L},{0x8CD3BED1L,(-1L),(-7L)},{0L,0x8F4C6F44L,(-1L)}},{{0L,0x5FF79FACL,5L},{0x8CD3BED1L,0x3D2AFDDFL,0xBE3D0E72L},{0x4FFDEABFL,0x5FF79FACL,0xADC9FE9AL},{1L,0x8F4C6F44L,0xADC9FE9AL},{4L,(-1L),0xBE3D0E72L},{0x8EF3352FL,0x974498B9L,1L},{0xADC9FE9AL,1L,0x4CE34AAFL},{0x3D2AFDDFL,1L,0x29D945ADL},{0L,0x974498B9L,0x974498B9L}}};
static int32_t *g_40[9][3] = {{&g_24[1],&g_24[2],(void*)0},{&g_24[0],&g_24[1],&g_24[2]},{&g_24[0],&g_24[3],&g_6},{&g_24[1],&g_6,&g_24[1]},{&g_6,&g_24[3],&g_24[0]},{&g_24[2],&g_24[1],&g_24[0]},{(void*)0,&g_24[2],&g_24[1]},{&g_24[0],&g_24[0],&g_6},{(void*)0,&g_6,&g_24[2]}};
static int32_t ** volatile g_39 = &g_40[1][2];/* VOLATILE GLOBAL g_39 */
static uint16_t g_70 = 0UL;
static int8_t g_81 = (-1L);
static int32_t g_89[9][6][2] = {{{0L,0x7ECB7BB1L},{0xD57718C4L,(-1L)},{(-1L),7L},{0L,0L},{0xF3FAEFD0L,(-7L)},{(-1L),1L}},{{0xC4B44620L,0x04A9F0E0L},{0xE3A478E5L,0xE3A478E5L},{0L,(-1L)},{0xD4FFBABFL,0xBE7429D7L},{0x04A9F0E0L,0x7ECB7BB1L},{0xF3FAEFD0L,0x04A9F0E0L}},{{7L,(-1L)},{7L,0x04A9F0E0L},{0xF3FAEFD0L,0x7ECB7BB1L},{0x04A9F0E0L,0xBE7429D7L},{0xD4FFBABFL,(-1L)},{0L,0xE3A478E5L}},{{0xE3A478E5L,0x04A9F0E0L},{0xC4B44620L,1L},{(-1L),(-7L)},{0xF3FAEFD0L,0L},{0L,7L},{(-1L),(-1L)}},{{0xD57718C4L,0x7ECB7BB1L},{0L,(-7L)},{0xC4B44620L,1L},{7L,0L},{0xE3A478E5L,0L},{0xD57718C4L,0xBE7429D7L}},{{1L,0xBE7429D7L},{0xD57718C4L,0L},{0xE3A478E5L,0L},{7L,1L},{0xC4B44620L,(-7L)},{0L,0x7ECB7BB1L}},{{0xD57718C4L,(-1L)},{(-1L),7L},{0L,0L},{0xF3FAEFD0L,(-7L)},{(-1L),1L},{0xC4B44620L,0x04A9F0E0L}},{{0xE3A478E5L,0xE3A478E5L},{0L,(-1L)},{0xD4FFBABFL,0xBE7429D7L},{0x04A9F0E0L,0x7ECB7BB1L},{0xF3FAEFD0L,0x04A9F0E0L},{7L,(-1L)}},{{7L,0x04A9F0E0L},{0xF3FAEFD0L,0x7ECB7BB1L},{0x04A9F0E0L,0xBE7429D7L},{0xD4FFBABFL,(-1L)},{0L,0xE3A478E5L},{0xE3A478E5L,0x04A9F0E0L}}};
static volatile int32_t g_103[4][1][2] = {{{0x6953674BL,8L}},{{0x6953674BL,8L}},{{0x6953674BL,8L}},{{0x6953674BL,8L}}};
static volatile int32_t *g_102 = &g_103[3][0][1];
static volatile int32_t * volatile *g_101 = &g_102;
static int32_t ** volatile g_117[8][6][1] = {{{&g_40[3][0]},{(void*)0},{&g_40[8][1]},{(void*)0},{&g_40[4][2]},{&g_40[4][2]}},{{(void*)0},{&g_40[8][1]},{(void*)0},{&g_40[3][0]},{&g_40[1][2]},{&g_40[3][0]}},{{(void*)0},{&g_40[8][1]},{(void*)0},{&g_40[4][2]},{&g_40[4][2]},{(void*)0}},{{&g_40[8][1]},{(void*)0},{&g_40[3][0]},{&g_40[1][2]},{&g_40[3][0]},{(void*)0}},{{&g_40[8][1]},{(void*)0},{&g_40[4][2]},{&g_40[4][2]},{(void*)0},{&g_40[8][1]}},{{(void*)0},{&g_40[3][0]},{&g_40[1][2]},{&g_40[3][0]},{(void*)0},{&g_40[8][1]}},{{&g_40[3][0]},{&g_40[1][2]},{&g_40[1][2]},{&g_40[3][0]},{(void*)0},{&g_40[1][2]}},{{&g_40[1][2]},{&g_40[7][2]},{&g_40[1][2]},{&g_40[1][2]},{(void*)0},{&g_40[3][0]}}};
static uint32_t g_134 = 0UL;
static int8_t g_136 = 0xE1L;
static uint64_t g_140[8] = {1UL,1UL,0xB9FCEEBA0433F7C1LL,1UL,1UL,0xB9FCEEBA0433F7C1LL,1UL,1UL};


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_2(uint16_t  p_3, uint16_t  p_4, int8_t  p_5);
static int32_t  func_7(int32_t  p_8, int32_t  p_9, uint16_t  p_10);
static int32_t  func_12(int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_24 g_27 g_39 g_70 g_101 g_103 g_40 g_81 g_134 g_136 g_140
 * writes: g_24 g_40 g_70 g_81 g_134 g_136
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_11 = 0xD2L;
    int32_t *l_23 = &g_24[0];
    int32_t *l_26[3][1][10] = {{{(void*)0,&g_27[3][5][0],&g_27[3][5][0],(void*)0,&g_27[3][5][0],(void*)0,&g_27[3][5][0],&g_27[3][5][0],(void*)0,&g_27[3][5][0]}},{{(void*)0,&g_27[3][5][0],&g_27[3][5][0],(void*)0,&g_27[3][5][0],(void*)0,&g_27[3][5][0],&g_27[3][5][0],(void*)0,&g_27[3][5][0]}},{{(void*)0,&g_27[3][5][0],&g_27[3][5][0],(void*)0,&g_27[3][5][0],(void*)0,&g_27[3][5][0],&g_27[3][5][0],(void*)0,&g_27[3][5][0]}}};
    int32_t l_87 = 0x135D3F9AL;
    int32_t l_91 = 3L;
    int i, j, k;
    if (((*l_23) = func_2(g_6, (((func_7(l_11, ((*l_23) = (func_12(l_11, ((((safe_add_func_int16_t_s_s(0x1665L, (0xDF7CD95DA2282D56LL | (-1L)))) & l_11) <= (safe_mul_func_uint8_t_u_u(249UL, (safe_add_func_int32_t_s_s(((*l_23) ^= ((l_11 , 0L) <= 1L)), 5L))))) , (*l_23)), g_6, g_6) , g_24[0])), g_6) , g_27[3][5][0]) ^ g_6) , (*l_23)), g_6)))
    { /* block id: 24 */
        return g_6;
    }
    else
    { /* block id: 26 */
        int64_t l_41 = (-1L);
        int32_t l_84 = 8L;
        int32_t l_86 = 0x08918639L;
        int32_t l_93 = 0x91E88D44L;
        uint8_t *l_115[8][6] = {{(void*)0,&l_11,&l_11,(void*)0,&l_11,(void*)0},{(void*)0,&l_11,(void*)0,&l_11,&l_11,(void*)0},{&l_11,&l_11,&l_11,&l_11,&l_11,&l_11},{&l_11,&l_11,&l_11,&l_11,&l_11,&l_11},{&l_11,&l_11,&l_11,&l_11,&l_11,&l_11},{(void*)0,&l_11,&l_11,(void*)0,&l_11,(void*)0},{(void*)0,&l_11,(void*)0,&l_11,&l_11,(void*)0},{&l_11,&l_11,&l_11,&l_11,&l_11,&l_11}};
        uint64_t *l_139[6];
        uint32_t l_141[5][5][8] = {{{18446744073709551615UL,0xF531EAEBL,0xF3864CD2L,4UL,18446744073709551612UL,0x54630199L,1UL,0x50B7EC4DL},{0x20C78BC3L,1UL,0xC4935F48L,0xF531EAEBL,0xC4935F48L,1UL,0x20C78BC3L,1UL},{0x66888E9BL,0xB9D5BC0BL,9UL,1UL,3UL,18446744073709551610UL,0xF531EAEBL,3UL},{18446744073709551608UL,0x20C78BC3L,1UL,18446744073709551608UL,3UL,18446744073709551607UL,1UL,0xF531EAEBL},{0x66888E9BL,6UL,4UL,3UL,0xC4935F48L,0xF3864CD2L,0UL,6UL}},{{0x20C78BC3L,18446744073709551606UL,18446744073709551610UL,0UL,18446744073709551612UL,0x2A78F6B6L,1UL,1UL},{18446744073709551615UL,0x20C78BC3L,0x54630199L,0x54630199L,0x20C78BC3L,18446744073709551615UL,4UL,18446744073709551612UL},{0x50B7EC4DL,0x54630199L,18446744073709551615UL,1UL,4UL,1UL,0UL,18446744073709551607UL},{0UL,0x66888E9BL,0UL,1UL,0xF531EAEBL,0x3155C3D3L,0x50B7EC4DL,18446744073709551612UL},{4UL,0xF531EAEBL,1UL,0x54630199L,0xB9D5BC0BL,1UL,18446744073709551615UL,1UL}},{{1UL,18446744073709551607UL,0x1C96A089L,0UL,18446744073709551615UL,6UL,0x20C78BC3L,6UL},{0UL,3UL,0x6554C541L,3UL,0UL,18446744073709551612UL,4UL,0xF3864CD2L},{0UL,6UL,0UL,18446744073709551610UL,18446744073709551608UL,0xC837EFFEL,18446744073709551610UL,1UL},{0xF3864CD2L,18446744073709551615UL,0UL,18446744073709551607UL,0x6554C541L,0xE5FD0037L,4UL,0UL},{18446744073709551608UL,4UL,0x50B7EC4DL,0xF3864CD2L,1UL,1UL,18446744073709551608UL,4UL}},{{18446744073709551612UL,1UL,0x6554C541L,0x2A78F6B6L,1UL,18446744073709551615UL,18446744073709551615UL,1UL},{18446744073709551615UL,0xC837EFFEL,0xC837EFFEL,18446744073709551615UL,0UL,0UL,4UL,18446744073709551615UL},{4UL,0x1C96A089L,0xB9D5BC0BL,1UL,1UL,0x66888E9BL,0x54630199L,0x1C96A089L},{0xC837EFFEL,0x1C96A089L,18446744073709551615UL,0x3155C3D3L,0xC4935F48L,0UL,0x2A78F6B6L,18446744073709551607UL},{0xF3864CD2L,0xC837EFFEL,0xE5FD0037L,1UL,0xC837EFFEL,18446744073709551615UL,18446744073709551607UL,0x9140E637L}},{{4UL,1UL,3UL,6UL,0x54630199L,1UL,0x54630199L,6UL},{0x3155C3D3L,4UL,0x3155C3D3L,0UL,0xF3864CD2L,0xE5FD0037L,0UL,1UL},{18446744073709551607UL,18446744073709551615UL,0xC837EFFEL,1UL,0xE5FD0037L,0xC837EFFEL,0xF3864CD2L,0x2A78F6B6L},{18446744073709551607UL,6UL,18446744073709551612UL,0x54630199L,0xF3864CD2L,18446744073709551612UL,18446744073709551608UL,0x1C96A089L},{0x3155C3D3L,1UL,0x9140E637L,0UL,0x54630199L,9UL,18446744073709551612UL,0xF3864CD2L}}};
        int32_t *l_142 = &l_93;
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_139[i] = &g_140[3];
        (*l_23) = (((*l_23) != g_24[4]) == (l_41 , 0UL));
        for (l_41 = (-14); (l_41 <= (-27)); --l_41)
        { /* block id: 30 */
            int16_t l_50 = 0L;
            int32_t l_79 = (-1L);
            int32_t l_88 = 1L;
            int32_t l_90 = (-1L);
            int32_t l_92 = 0xD0EF1DBDL;
            int32_t l_94 = 0xD78BCCA9L;
            int32_t l_95[4] = {0xF060B1AEL,0xF060B1AEL,0xF060B1AEL,0xF060B1AEL};
            uint8_t *l_116 = &l_11;
            uint16_t *l_131 = &g_70;
            int8_t *l_135 = &g_136;
            int i;
            if (l_41)
            { /* block id: 31 */
                uint16_t *l_67 = (void*)0;
                uint16_t *l_68 = (void*)0;
                uint16_t *l_69 = &g_70;
                int32_t **l_77 = &l_26[1][0][8];
                int32_t l_78 = (-3L);
                int8_t *l_80 = &g_81;
                uint8_t *l_82 = (void*)0;
                uint8_t *l_83 = &l_11;
                l_84 = ((*l_23) = (((safe_rshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((g_24[0] > (((((((*l_83) = (l_50 > (!(((0x655EL || (safe_rshift_func_uint8_t_u_u((g_24[0] , 1UL), 5))) & l_41) <= ((*l_80) = ((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_uint8_t_u_s((~((((safe_mul_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(0UL, (safe_mod_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(((*l_69)--), (*l_23))), (safe_add_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((((((*l_77) = l_26[1][0][1]) == &g_27[3][5][0]) || g_24[3]) <= l_78), g_27[3][7][0])) & l_79), (*l_23))))))) && 0x73L), g_24[2])) == l_78) < 0x953CL) <= (*l_23))), 7)) || 0x81L), g_24[0])) > g_27[3][5][0])))))) != g_27[3][2][2]) , &g_27[6][2][1]) == &g_27[5][8][2]) , l_50) & g_24[4])), l_41)), g_6)), l_79)) || g_24[1]) || 0xBAD7L));
            }
            else
            { /* block id: 38 */
                int32_t *l_85[7] = {&l_84,&l_84,&l_84,&l_84,&l_84,&l_84,&l_84};
                uint64_t l_96 = 0xF46BED5E3ED10359LL;
                int8_t *l_111 = &g_81;
                int i;
                l_96++;
                l_86 |= (safe_lshift_func_int8_t_s_s(((g_101 != &g_102) == (1L ^ ((safe_mul_func_int8_t_s_s(g_24[0], (safe_mod_func_int32_t_s_s((~(safe_sub_func_uint16_t_u_u((((*l_111) = (0x03L < 0xC2L)) == (l_95[2] = ((*l_116) = ((0xD360L >= (((((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_uint16_t_u(g_103[3][0][1])), g_27[5][4][2])) , l_115[1][0]) == l_116) < 0UL) , 8L)) & g_27[7][1][1])))), g_70))), 4294967291UL)))) != (*l_23)))), 1));
                (*g_39) = (*g_39);
            }
            (*l_23) = l_95[2];
            (*l_23) = ((safe_add_func_int8_t_s_s(((*l_135) ^= (g_134 &= ((safe_add_func_uint32_t_u_u(((safe_mod_func_uint64_t_u_u(((void*)0 == &g_40[3][1]), ((((~0x2AFAD200L) ^ (safe_sub_func_uint32_t_u_u(4294967295UL, 1UL))) ^ (((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((l_131 == (void*)0), g_81)), ((*l_131) = (safe_sub_func_int16_t_s_s(((l_41 ^ g_103[1][0][0]) >= (*l_23)), l_90))))) , 0x3206272BL) , 0L)) ^ l_41))) | l_41), l_88)) ^ (*l_23)))), 0x6CL)) != 0x344D1492C190A5E1LL);
        }
        (*l_142) |= (((l_141[4][0][6] |= (safe_mul_func_uint16_t_u_u(g_24[0], (-1L)))) || 3L) <= g_140[3]);
    }
    return (*l_23);
}


/* ------------------------------------------ */
/* 
 * reads : g_24 g_39 g_27
 * writes: g_24 g_40
 */
static int32_t  func_2(uint16_t  p_3, uint16_t  p_4, int8_t  p_5)
{ /* block id: 13 */
    uint32_t l_33 = 0x576DBD8DL;
    int32_t *l_34 = &g_24[0];
    int32_t *l_35[10] = {&g_24[3],&g_6,&g_6,&g_6,&g_24[3],&g_24[3],&g_6,&g_6,&g_6,&g_24[3]};
    uint32_t l_36[3];
    int i;
    for (i = 0; i < 3; i++)
        l_36[i] = 1UL;
    (*l_34) ^= l_33;
    l_36[1]++;
    for (l_33 = 0; (l_33 <= 4); l_33 += 1)
    { /* block id: 18 */
        int i;
        (*g_39) = &g_24[0];
        g_24[l_33] = ((*l_34) != g_27[2][0][0]);
    }
    return (*l_34);
}


/* ------------------------------------------ */
/* 
 * reads : g_24
 * writes: g_24
 */
static int32_t  func_7(int32_t  p_8, int32_t  p_9, uint16_t  p_10)
{ /* block id: 5 */
    int32_t *l_28 = &g_24[3];
    uint32_t l_32 = 4294967295UL;
    (*l_28) |= p_8;
    for (p_9 = 20; (p_9 > 4); p_9--)
    { /* block id: 9 */
        int32_t *l_31 = &g_24[0];
        l_31 = (void*)0;
    }
    return l_32;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_12(int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16)
{ /* block id: 2 */
    uint32_t l_25 = 1UL;
    return l_25;
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
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_24[i], "g_24[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_27[i][j][k], "g_27[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_89[i][j][k], "g_89[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_103[i][j][k], "g_103[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_140[i], "g_140[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 29
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

XXX max expression depth: 41
breakdown:
   depth: 1, occurrence: 28
   depth: 2, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 27, occurrence: 1
   depth: 41, occurrence: 1

XXX total number of pointers: 26

XXX times a variable address is taken: 54
XXX times a pointer is dereferenced on RHS: 13
breakdown:
   depth: 1, occurrence: 13
XXX times a pointer is dereferenced on LHS: 20
breakdown:
   depth: 1, occurrence: 20
XXX times a pointer is compared with null: 2
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 0
XXX times a pointer is qualified to be dereferenced: 364

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 52
   level: 2, occurrence: 1
XXX number of pointers point to pointers: 4
XXX number of pointers point to scalars: 22
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 38.5
XXX average alias set size: 1.31

XXX times a non-volatile is read: 86
XXX times a non-volatile is write: 50
XXX times a volatile is read: 3
XXX    times read thru a pointer: 0
XXX times a volatile is write: 2
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 39
XXX percentage of non-volatile access: 96.5

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 24
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 7
   depth: 2, occurrence: 3
   depth: 3, occurrence: 4

XXX percentage a fresh-made variable is used: 19.6
XXX percentage an existing variable is used: 80.4
********************* end of statistics **********************/

