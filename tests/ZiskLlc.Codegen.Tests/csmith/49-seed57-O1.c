/* Csmith 2.3.0 --seed 57 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = C3B72A33 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 57 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      57
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   const uint8_t  f0;
   int8_t  f1;
   int32_t  f2;
   int64_t  f3;
   volatile uint8_t  f4;
   int32_t  f5;
   uint32_t  f6;
   uint32_t  f7;
   volatile uint16_t  f8;
   int64_t  f9;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x4E6D4F28L;
static int32_t g_5 = 0x07E4FC22L;
static int32_t g_33 = 0L;
static int32_t *g_32 = &g_33;
static struct S0 g_34 = {255UL,0x46L,0L,-1L,0xA1L,6L,1UL,0x0C88307BL,65535UL,-1L};/* VOLATILE GLOBAL g_34 */
static uint16_t g_49 = 0xE4F9L;
static uint16_t *g_56 = (void*)0;
static uint8_t g_63 = 7UL;
static uint8_t **g_96 = (void*)0;
static int16_t g_118 = 8L;
static uint16_t g_127 = 0UL;
static int32_t g_136 = (-3L);
static int32_t * volatile g_135 = &g_136;/* VOLATILE GLOBAL g_135 */
static volatile struct S0 g_140 = {0x30L,0x9EL,1L,0x29EFAAE2E0842841LL,0x19L,0xB43D5122L,9UL,0UL,0x1B7EL,0x076EB19FD917EEAFLL};/* VOLATILE GLOBAL g_140 */
static volatile struct S0 *g_139 = &g_140;
static volatile struct S0 **g_138 = &g_139;
static uint32_t g_160[8][5] = {{1UL,8UL,8UL,1UL,4294967295UL},{4294967295UL,0xE3BE2858L,1UL,1UL,0xE3BE2858L},{4294967295UL,8UL,0x0DCB6084L,0UL,0UL},{0xE93CEEE5L,6UL,0xE93CEEE5L,1UL,0UL},{4294967289UL,1UL,0UL,1UL,4294967289UL},{0xE93CEEE5L,4294967295UL,6UL,0xE3BE2858L,6UL},{4294967295UL,4294967295UL,0UL,4294967289UL,4294967295UL},{4294967295UL,0xE93CEEE5L,0xE93CEEE5L,4294967295UL,6UL}};
static int8_t g_161 = 0x35L;


/* --- FORWARD DECLARATIONS --- */
static const uint16_t  func_1(void);
static int16_t  func_14(uint8_t  p_15, const int32_t  p_16, uint16_t  p_17, int8_t  p_18, uint32_t  p_19);
static int8_t  func_22(const uint8_t  p_23, uint32_t  p_24, int32_t  p_25);
static int32_t * func_28(uint64_t  p_29);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_5 g_34 g_63 g_33 g_56 g_49 g_118 g_135 g_136 g_138 g_140.f7 g_160 g_140.f6
 * writes: g_2 g_5 g_32 g_49 g_56 g_33 g_34.f7 g_34.f9 g_34.f2 g_34.f5 g_96 g_118 g_127 g_63 g_136 g_161
 */
static const uint16_t  func_1(void)
{ /* block id: 0 */
    int8_t l_27 = 1L;
    int64_t l_72 = 0x4946A2B7F3A40B10LL;
    int32_t *l_91 = &g_2;
    uint32_t l_124 = 4294967295UL;
    int32_t l_163 = 0L;
    for (g_2 = (-7); (g_2 != 2); g_2++)
    { /* block id: 3 */
        const uint16_t l_26[2][2] = {{8UL,8UL},{8UL,8UL}};
        int32_t l_90 = 1L;
        int32_t *l_92 = (void*)0;
        uint32_t l_125 = 5UL;
        uint16_t *l_129 = &g_49;
        int16_t *l_159 = &g_118;
        int32_t *l_162[1][9] = {{&g_33,&g_33,&g_33,&g_33,&g_33,&g_33,&g_33,&g_33,&g_33}};
        int i, j;
        for (g_5 = (-1); (g_5 < 17); g_5++)
        { /* block id: 6 */
            uint32_t l_61 = 0xF7F7A374L;
            uint8_t *l_62[10] = {&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63};
            int32_t l_64 = 0x9B4D8148L;
            int32_t *l_65 = &g_33;
            int i;
            (*l_65) = (~(safe_div_func_uint32_t_u_u(((l_64 = (~(safe_rshift_func_int8_t_s_u(g_5, (g_2 | (((g_2 | func_14((safe_lshift_func_int16_t_s_s((((func_22(l_26[0][1], g_2, l_27) , 5UL) ^ ((0x7E38F94618C45603LL | g_34.f5) , g_2)) != (-1L)), g_34.f7)), g_5, l_27, l_26[0][1], l_61)) , l_61) >= g_34.f3)))))) != (-4L)), g_34.f9)));
            for (g_34.f7 = 0; (g_34.f7 == 41); g_34.f7++)
            { /* block id: 24 */
                uint8_t **l_76 = &l_62[1];
                int64_t *l_89 = &g_34.f9;
                int32_t *l_93[5] = {&g_34.f2,&g_34.f2,&g_34.f2,&g_34.f2,&g_34.f2};
                const int32_t l_94 = 0xE5BE992DL;
                uint8_t ***l_95 = &l_76;
                int i;
                g_96 = ((*l_95) = ((safe_add_func_int8_t_s_s((g_63 != (l_72 || ((safe_add_func_int16_t_s_s(((-8L) == ((~((l_76 == ((g_34.f5 = (g_34.f2 = ((safe_lshift_func_int16_t_s_u(g_34.f7, (((g_34 , (((((safe_mod_func_int8_t_s_s((((*l_65) != (safe_mod_func_uint8_t_u_u(((*g_56) == (safe_div_func_uint16_t_u_u((((*l_89) = (safe_mod_func_int64_t_s_s(((safe_div_func_int64_t_s_s(0x262DCCEB0059F0ADLL, g_49)) ^ l_26[0][0]), 0x92745916079B8BCBLL))) ^ 2UL), g_33))), g_34.f6))) <= 18446744073709551606UL), g_63)) , 0xD733C455447BFCA4LL) & l_90) , l_91) == l_92)) , 0L) || 2L))) , 0x78F14D57L))) , (void*)0)) <= (*l_91))) & l_94)), l_94)) == (*l_91)))), 0xE7L)) , (void*)0));
                (*l_65) &= ((0x3BL ^ l_94) < (safe_rshift_func_uint16_t_u_s((((safe_lshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(((void*)0 == l_62[0]), ((safe_mul_func_int8_t_s_s(((&g_96 == (void*)0) & ((safe_rshift_func_int16_t_s_s(g_34.f4, (g_5 , ((l_94 == 0xF146A40847A0C8E2LL) != l_94)))) == g_34.f9)), (*l_91))) || (*l_91)))), g_2)) , (void*)0) != (void*)0), g_34.f9)));
            }
            for (l_72 = (-24); (l_72 == 15); l_72++)
            { /* block id: 34 */
                int16_t *l_117 = &g_118;
                int32_t l_123 = 0xEDE03748L;
                int16_t *l_126[8];
                uint32_t *l_128 = &l_124;
                uint16_t **l_130 = &l_129;
                int32_t **l_131 = &l_92;
                int32_t *l_134 = (void*)0;
                int i;
                for (i = 0; i < 8; i++)
                    l_126[i] = (void*)0;
                (*l_131) = func_28((((*l_130) = ((safe_add_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u((*l_91), (*l_65))), ((*l_128) = (safe_div_func_int64_t_s_s((g_5 || (g_63 |= ((g_127 = (safe_rshift_func_uint16_t_u_u(((g_34.f6 && (((*l_117) &= (*l_91)) , ((((*g_56) = (l_91 == (void*)0)) != ((((((safe_lshift_func_int16_t_s_s(g_34.f4, ((safe_add_func_uint8_t_u_u(((l_123 < l_123) , l_124), l_26[1][0])) || l_123))) != 65531UL) , (*l_65)) != l_125) ^ l_123) > (*l_91))) > (*l_65)))) != g_34.f9), 2))) || (*l_91)))), (*l_65)))))) , l_129)) == g_56));
                (*g_135) &= ((*l_65) ^= (safe_rshift_func_uint8_t_u_s(0x0FL, 4)));
                (*l_65) = ((~(7UL || ((void*)0 != g_138))) > (&g_139 != &g_139));
            }
        }
        if ((*g_135))
            break;
        l_163 = (((safe_rshift_func_int8_t_s_s((((((g_161 = (g_34.f1 , ((((*l_159) = ((safe_add_func_uint64_t_u_u(((g_140.f7 >= ((+((((*l_91) , (((void*)0 != &l_129) != ((*l_129) ^= (safe_mul_func_int16_t_s_s(((*l_91) ^ ((g_63 = (safe_sub_func_int8_t_s_s((safe_unary_minus_func_uint32_t_u(g_2)), (safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(0xEEC0L, (safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s(9L, g_118)), 255UL)))), 0x0A81L))))) >= (*l_91))), g_34.f7))))) ^ 0xFE26L) | (*l_91))) == 254UL)) == (*l_91)), 0x7D8E9D5C40892B95LL)) & (*l_91))) && g_160[0][0]) | 1UL))) || 0x7DL) > 0x26FDC01D43B640E4LL) & g_34.f5) , g_140.f6), g_5)) , l_92) == l_91);
    }
    return (*l_91);
}


/* ------------------------------------------ */
/* 
 * reads : g_2
 * writes:
 */
static int16_t  func_14(uint8_t  p_15, const int32_t  p_16, uint16_t  p_17, int8_t  p_18, uint32_t  p_19)
{ /* block id: 18 */
    return g_2;
}


/* ------------------------------------------ */
/* 
 * reads : g_34 g_5
 * writes: g_32 g_49 g_56
 */
static int8_t  func_22(const uint8_t  p_23, uint32_t  p_24, int32_t  p_25)
{ /* block id: 7 */
    int32_t *l_31 = (void*)0;
    int32_t **l_30[4][4][5] = {{{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31}},{{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31}},{{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31}},{{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31},{&l_31,&l_31,&l_31,&l_31,&l_31}}};
    uint16_t *l_48[9] = {&g_49,&g_49,&g_49,&g_49,&g_49,&g_49,&g_49,&g_49,&g_49};
    int32_t *l_60 = &g_33;
    int i, j, k;
    l_60 = func_28((((((g_32 = (void*)0) == &g_33) , ((g_34 , (g_49 = (((safe_rshift_func_uint16_t_u_s(((0x7EL > g_34.f0) , ((safe_mul_func_uint8_t_u_u(g_34.f0, (safe_unary_minus_func_int32_t_s(0x83EB999CL)))) , (!g_5))), 1)) == (safe_rshift_func_uint8_t_u_s((safe_div_func_int8_t_s_s((safe_sub_func_int8_t_s_s((+((g_5 , g_34.f4) & 0x04DBL)), g_34.f3)), (-1L))), 7))) == p_23))) | g_5)) & g_34.f6) > p_23));
    return p_23;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_56
 */
static int32_t * func_28(uint64_t  p_29)
{ /* block id: 10 */
    uint16_t *l_50 = &g_49;
    uint16_t **l_51 = (void*)0;
    uint16_t *l_53 = &g_49;
    uint16_t **l_52 = &l_53;
    uint16_t *l_55 = &g_49;
    uint16_t **l_54[2];
    int32_t l_57 = (-1L);
    struct S0 *l_58[3][8][3] = {{{&g_34,(void*)0,(void*)0},{&g_34,&g_34,&g_34},{&g_34,&g_34,&g_34},{&g_34,&g_34,(void*)0},{(void*)0,&g_34,(void*)0},{(void*)0,&g_34,&g_34},{&g_34,(void*)0,(void*)0},{&g_34,(void*)0,(void*)0}},{{&g_34,&g_34,&g_34},{&g_34,&g_34,&g_34},{&g_34,&g_34,(void*)0},{(void*)0,&g_34,(void*)0},{(void*)0,&g_34,&g_34},{&g_34,(void*)0,(void*)0},{&g_34,(void*)0,(void*)0},{&g_34,&g_34,&g_34}},{{&g_34,&g_34,&g_34},{&g_34,&g_34,(void*)0},{(void*)0,&g_34,(void*)0},{(void*)0,&g_34,&g_34},{&g_34,(void*)0,(void*)0},{&g_34,(void*)0,(void*)0},{&g_34,&g_34,&g_34},{&g_34,&g_34,&g_34}}};
    struct S0 **l_59 = &l_58[1][4][1];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_54[i] = &l_55;
    l_57 &= (l_50 != (g_56 = ((*l_52) = &g_49)));
    (*l_59) = l_58[1][4][1];
    return &g_33;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_34.f0, "g_34.f0", print_hash_value);
    transparent_crc(g_34.f1, "g_34.f1", print_hash_value);
    transparent_crc(g_34.f2, "g_34.f2", print_hash_value);
    transparent_crc(g_34.f3, "g_34.f3", print_hash_value);
    transparent_crc(g_34.f4, "g_34.f4", print_hash_value);
    transparent_crc(g_34.f5, "g_34.f5", print_hash_value);
    transparent_crc(g_34.f6, "g_34.f6", print_hash_value);
    transparent_crc(g_34.f7, "g_34.f7", print_hash_value);
    transparent_crc(g_34.f8, "g_34.f8", print_hash_value);
    transparent_crc(g_34.f9, "g_34.f9", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_136, "g_136", print_hash_value);
    transparent_crc(g_140.f0, "g_140.f0", print_hash_value);
    transparent_crc(g_140.f1, "g_140.f1", print_hash_value);
    transparent_crc(g_140.f2, "g_140.f2", print_hash_value);
    transparent_crc(g_140.f3, "g_140.f3", print_hash_value);
    transparent_crc(g_140.f4, "g_140.f4", print_hash_value);
    transparent_crc(g_140.f5, "g_140.f5", print_hash_value);
    transparent_crc(g_140.f6, "g_140.f6", print_hash_value);
    transparent_crc(g_140.f7, "g_140.f7", print_hash_value);
    transparent_crc(g_140.f8, "g_140.f8", print_hash_value);
    transparent_crc(g_140.f9, "g_140.f9", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_160[i][j], "g_160[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_161, "g_161", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 1
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
   depth: 1, occurrence: 16
   depth: 2, occurrence: 4
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 18, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 35, occurrence: 1

XXX total number of pointers: 36

XXX times a variable address is taken: 44
XXX times a pointer is dereferenced on RHS: 22
breakdown:
   depth: 1, occurrence: 22
XXX times a pointer is dereferenced on LHS: 16
breakdown:
   depth: 1, occurrence: 16
XXX times a pointer is compared with null: 5
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 180

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 84
   level: 2, occurrence: 1
XXX number of pointers point to pointers: 11
XXX number of pointers point to scalars: 23
XXX number of pointers point to structs: 2
XXX percent of pointers has null in alias set: 30.6
XXX average alias set size: 1.17

XXX times a non-volatile is read: 126
XXX times a non-volatile is write: 49
XXX times a volatile is read: 6
XXX    times read thru a pointer: 0
XXX times a volatile is write: 1
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 64
XXX percentage of non-volatile access: 96.2

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 19
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 8
   depth: 1, occurrence: 3
   depth: 2, occurrence: 3
   depth: 3, occurrence: 5

XXX percentage a fresh-made variable is used: 16.3
XXX percentage an existing variable is used: 83.7
********************* end of statistics **********************/

