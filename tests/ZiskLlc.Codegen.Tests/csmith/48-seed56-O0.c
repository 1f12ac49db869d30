/* Csmith 2.3.0 --seed 56 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = B11DF6CD */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 56 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      56
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   unsigned f0 : 10;
   const signed f1 : 23;
   volatile signed f2 : 29;
   signed f3 : 21;
   unsigned f4 : 16;
   volatile unsigned f5 : 7;
   const volatile signed f6 : 9;
   volatile signed f7 : 26;
   signed f8 : 22;
};
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S1 {
   signed f0 : 16;
   volatile signed f1 : 11;
   int16_t  f2;
   const signed f3 : 19;
   signed f4 : 21;
   unsigned f5 : 25;
   unsigned f6 : 16;
};
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S2 {
   uint64_t  f0;
   const signed : 0;
   unsigned f1 : 7;
   int32_t  f2;
   uint16_t  f3;
   const uint32_t  f4;
   const uint32_t  f5;
   uint32_t  f6;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2 = (-1L);/* VOLATILE GLOBAL g_2 */
static int32_t g_3 = 7L;
static int32_t g_7 = (-1L);
static volatile int32_t g_8 = 0x5BFB66FEL;/* VOLATILE GLOBAL g_8 */
static volatile int32_t g_9 = 0x2C41AC3DL;/* VOLATILE GLOBAL g_9 */
static volatile int32_t g_10 = 1L;/* VOLATILE GLOBAL g_10 */
static volatile int32_t g_11 = 0x77509CB0L;/* VOLATILE GLOBAL g_11 */
static int32_t g_12 = 1L;
static int32_t g_25[8] = {(-2L),0x18838009L,(-2L),(-2L),0x18838009L,(-2L),(-2L),0x18838009L};
static int32_t ** volatile g_27 = (void*)0;/* VOLATILE GLOBAL g_27 */
static int32_t *g_29 = &g_25[0];
static int32_t ** const  volatile g_28[9][7][4] = {{{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,(void*)0},{&g_29,&g_29,(void*)0,&g_29},{&g_29,&g_29,&g_29,(void*)0},{&g_29,&g_29,(void*)0,&g_29},{(void*)0,&g_29,&g_29,(void*)0}},{{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,&g_29}},{{&g_29,&g_29,&g_29,(void*)0},{&g_29,&g_29,(void*)0,&g_29},{&g_29,(void*)0,&g_29,&g_29},{&g_29,(void*)0,&g_29,(void*)0},{(void*)0,&g_29,(void*)0,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29}},{{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,(void*)0,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,(void*)0}},{{&g_29,(void*)0,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,(void*)0,&g_29,&g_29},{&g_29,&g_29,(void*)0,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29}},{{&g_29,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,&g_29},{(void*)0,&g_29,(void*)0,&g_29},{(void*)0,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_29,&g_29},{(void*)0,(void*)0,&g_29,(void*)0},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,(void*)0},{&g_29,&g_29,(void*)0,&g_29},{&g_29,&g_29,&g_29,(void*)0}},{{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,(void*)0},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,(void*)0}},{{&g_29,(void*)0,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,(void*)0,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29}}};
static int32_t g_56 = 0xDFDEEAF7L;
static uint16_t g_69 = 0x9EBFL;
static volatile struct S2 g_70 = {0xCBD83D76CE6111D5LL,6,-8L,0UL,0xA2CA7106L,0x77EAAE7FL,0UL};/* VOLATILE GLOBAL g_70 */
static struct S0 g_71[4] = {{15,89,18038,-1393,164,8,-1,-4114,1725},{15,89,18038,-1393,164,8,-1,-4114,1725},{15,89,18038,-1393,164,8,-1,-4114,1725},{15,89,18038,-1393,164,8,-1,-4114,1725}};
static const int32_t **g_78 = (void*)0;
static int32_t * volatile g_89 = &g_12;/* VOLATILE GLOBAL g_89 */
static struct S1 g_93 = {106,5,0x2E39L,188,-916,1724,36};/* VOLATILE GLOBAL g_93 */
static uint64_t g_130[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
static int64_t g_146 = 0xA6AC65B612D4DC24LL;
static struct S1 *g_150 = &g_93;
static struct S1 ** volatile g_149 = &g_150;/* VOLATILE GLOBAL g_149 */
static int32_t **g_162 = &g_29;
static int32_t ***g_161 = &g_162;
static const struct S1 g_173 = {-138,14,9L,-558,-956,5282,189};/* VOLATILE GLOBAL g_173 */
static const int32_t *g_184 = (void*)0;
static const int32_t ** volatile g_183 = &g_184;/* VOLATILE GLOBAL g_183 */
static uint8_t g_186[6][1] = {{0x80L},{0x80L},{0x80L},{0x80L},{0x80L},{0x80L}};
static int32_t * volatile ** volatile * volatile * const g_230 = (void*)0;
static uint16_t *g_256[5] = {&g_69,&g_69,&g_69,&g_69,&g_69};
static uint16_t * volatile *g_255 = &g_256[0];
static volatile struct S1 * volatile **g_257[1] = {(void*)0};
static uint64_t *g_270 = &g_130[0];
static uint64_t **g_279 = &g_270;
static struct S1 ** volatile g_288 = &g_150;/* VOLATILE GLOBAL g_288 */
static volatile struct S1 g_328 = {151,-8,0x3CF6L,516,332,3524,251};/* VOLATILE GLOBAL g_328 */
static uint64_t g_343 = 0xE91BC73AD0641108LL;
static uint16_t g_361 = 0UL;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t * func_13(int16_t  p_14, int32_t * p_15, int32_t  p_16);
static int32_t ** func_34(int8_t  p_35, int32_t  p_36, struct S2  p_37, int8_t  p_38, int32_t  p_39);
static struct S2  func_40(uint16_t  p_41, int32_t ** p_42, int32_t * p_43, const uint32_t  p_44);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_7 g_162 g_29 g_25 g_161 g_71.f2 g_146 g_173.f0 g_93.f0 g_93.f6 g_71.f0 g_255 g_71.f1 g_257 g_173.f5 g_256 g_69 g_10 g_173 g_186 g_71.f3 g_270 g_130 g_93.f2 g_70.f6 g_149 g_150 g_288 g_89 g_12 g_70 g_230 g_2 g_71.f4 g_328 g_71.f8 g_361
 * writes: g_3 g_7 g_25 g_130 g_270 g_279 g_150 g_29 g_12 g_93.f2 g_343 g_361
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_21 = 0L;
    int32_t *l_54[1][5][5];
    const uint64_t l_57 = 0xD5918CD8B12ACF19LL;
    uint16_t l_165 = 5UL;
    const struct S1 *l_172 = &g_173;
    int16_t l_174 = 0xF73DL;
    uint16_t *l_254 = (void*)0;
    uint16_t **l_253[9][7] = {{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254},{&l_254,&l_254,&l_254,&l_254,&l_254,&l_254,&l_254}};
    int64_t l_259 = (-1L);
    int64_t l_262 = 0x7C495F1018CC1155LL;
    int32_t l_263 = (-5L);
    uint32_t l_264[1];
    uint64_t **l_267 = (void*)0;
    uint64_t *l_269[10][3] = {{&g_130[3],&g_130[3],(void*)0},{(void*)0,&g_130[2],&g_130[1]},{(void*)0,&g_130[3],&g_130[0]},{&g_130[3],&g_130[3],&g_130[2]},{&g_130[0],(void*)0,&g_130[0]},{&g_130[0],&g_130[3],&g_130[1]},{&g_130[3],&g_130[3],(void*)0},{&g_130[3],(void*)0,&g_130[3]},{&g_130[0],&g_130[3],&g_130[3]},{&g_130[3],&g_130[3],&g_130[3]}};
    uint64_t **l_268[7] = {(void*)0,(void*)0,&l_269[0][1],(void*)0,(void*)0,&l_269[0][1],(void*)0};
    uint64_t **l_277[6];
    uint64_t ***l_278[3];
    int64_t *l_282 = &l_262;
    uint32_t l_283 = 0x2A146800L;
    const int32_t l_284[1][9] = {{0xD3211B9BL,0xD3211B9BL,0xD3211B9BL,0xD3211B9BL,0xD3211B9BL,0xD3211B9BL,0xD3211B9BL,0xD3211B9BL,0xD3211B9BL}};
    int32_t *** const *l_304 = &g_161;
    int32_t *** const **l_303[8];
    struct S2 l_340 = {0x3CC5A4AFA983C523LL,6,0L,65535UL,0x3400376FL,0x510A282EL,0xF927329EL};
    int32_t l_359 = (-4L);
    uint64_t l_364[6] = {0x6CEE336C1B1146DELL,0x6CEE336C1B1146DELL,0x6CEE336C1B1146DELL,0x6CEE336C1B1146DELL,0x6CEE336C1B1146DELL,0x6CEE336C1B1146DELL};
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 5; k++)
                l_54[i][j][k] = &g_12;
        }
    }
    for (i = 0; i < 1; i++)
        l_264[i] = 4294967291UL;
    for (i = 0; i < 6; i++)
        l_277[i] = &l_269[6][0];
    for (i = 0; i < 3; i++)
        l_278[i] = (void*)0;
    for (i = 0; i < 8; i++)
        l_303[i] = &l_304;
    for (g_3 = 0; (g_3 != 13); ++g_3)
    { /* block id: 3 */
        uint32_t l_6[3];
        int32_t *l_53 = &g_3;
        int64_t l_175 = (-10L);
        int32_t l_177[1];
        int32_t * volatile **l_233 = (void*)0;
        int32_t * volatile ** volatile *l_232 = &l_233;
        int32_t * volatile ** volatile * volatile *l_231 = &l_232;
        int i;
        for (i = 0; i < 3; i++)
            l_6[i] = 4294967295UL;
        for (i = 0; i < 1; i++)
            l_177[i] = 3L;
        for (g_7 = 0; (g_7 <= 2); g_7 += 1)
        { /* block id: 6 */
            uint32_t l_33 = 7UL;
            int32_t *l_55 = &g_56;
            int32_t **l_153 = &g_29;
            int32_t ***l_152 = &l_153;
            int32_t l_176 = 0x53DDB62CL;
            int32_t l_178[5] = {0x2116FD6CL,0x2116FD6CL,0x2116FD6CL,0x2116FD6CL,0x2116FD6CL};
            int8_t l_209[8][8][4] = {{{0x73L,0L,0xCDL,0x92L},{0x48L,0L,1L,0x92L},{(-1L),0L,0xF1L,0L},{0x77L,0x48L,0xCAL,0x48L},{0L,0x7AL,1L,0L},{9L,0x73L,0x7AL,9L},{0x73L,0x48L,(-2L),1L},{0L,0L,0xE8L,0xF1L}},{{0xCDL,1L,0xCAL,0xCAL},{(-1L),(-1L),0L,1L},{1L,0xCDL,(-2L),0x7AL},{0L,0L,0xCAL,(-2L)},{0x7AL,0L,0x77L,0x7AL},{0L,0xCDL,0L,1L},{0xE8L,(-1L),0xE8L,0xCAL},{0x7AL,1L,0L,0xF1L}},{{(-1L),0L,(-2L),1L},{0x7DL,0x7AL,(-2L),0xCDL},{(-1L),0L,0L,(-1L)},{0x7AL,0xE8L,0xE8L,0x7AL},{0xE8L,0x7AL,0L,0x7DL},{0L,(-1L),0x77L,0xF1L},{0x7AL,0x7DL,0xCAL,0xF1L},{0L,(-1L),(-2L),0x7DL}},{{1L,0x7AL,0L,0x7AL},{(-1L),0xE8L,0xCAL,(-1L)},{0xCDL,0L,0xE8L,0xCDL},{0L,0x7AL,2L,1L},{0L,0L,0xE8L,0xF1L},{0xCDL,1L,0xCAL,0xCAL},{(-1L),(-1L),0L,1L},{1L,0xCDL,(-2L),0x7AL}},{{0L,0L,0xCAL,(-2L)},{0x7AL,0L,0x77L,0x7AL},{0L,0xCDL,0L,1L},{0xE8L,(-1L),0xE8L,0xCAL},{0x7AL,1L,0L,0xF1L},{(-1L),0L,(-2L),1L},{0x7DL,0x7AL,(-2L),0xCDL},{(-1L),0L,0L,(-1L)}},{{0x7AL,0xE8L,0xE8L,0x7AL},{0xE8L,0x7AL,0L,0x7DL},{0L,(-1L),0x77L,0xF1L},{0x7AL,0x7DL,0xCAL,0xF1L},{0L,(-1L),(-2L),0x7DL},{1L,0x7AL,0L,0x7AL},{(-1L),0xE8L,0xCAL,(-1L)},{0xCDL,0L,0xE8L,0xCDL}},{{0L,0x7AL,2L,1L},{0L,0L,0xE8L,0xF1L},{0xCDL,1L,0xCAL,0xCAL},{(-1L),(-1L),0L,1L},{1L,0xCDL,(-2L),0x7AL},{0L,0L,0xCAL,(-2L)},{0x7AL,0L,1L,0xE8L},{0x7DL,0x77L,0x48L,0xCAL}},{{0x92L,0x94L,0x92L,0L},{0xE8L,0xCAL,(-1L),(-2L)},{0x94L,0x48L,2L,0xCAL},{0L,0xE8L,2L,0x77L},{0x94L,0x7DL,(-1L),0L},{0xE8L,0x92L,0x92L,0xE8L},{0x92L,0xE8L,0x48L,0L},{0x7DL,0x94L,1L,(-2L)}}};
            int64_t l_210 = 0L;
            struct S1 **l_215 = &g_150;
            const uint16_t *l_224 = &l_165;
            int i, j, k;
        }
        if ((**g_162))
            break;
        (***g_161) = (*l_53);
        for (l_165 = 0; (l_165 < 41); l_165 = safe_add_func_uint16_t_u_u(l_165, 5))
        { /* block id: 101 */
            int32_t l_240 = 0x3080555AL;
            int32_t l_258 = 0xE959DB55L;
            int8_t l_260 = (-1L);
            uint64_t *l_261 = &g_130[3];
            g_7 ^= ((safe_sub_func_int32_t_s_s((safe_rshift_func_int16_t_s_u((l_240 != g_71[1].f2), 2)), (safe_div_func_uint8_t_u_u((safe_mod_func_int8_t_s_s(g_146, g_173.f0)), g_25[6])))) & ((safe_rshift_func_int8_t_s_s((((*l_261) = (0x83F23B7BL > (g_93.f0 < (g_93.f6 && ((safe_div_func_uint64_t_u_u((((((((l_259 = (l_258 = ((((safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(((g_71[1].f0 , l_253[5][6]) == g_255), 7)), g_71[1].f1)) & l_240) , g_257[0]) != g_257[0]))) <= g_173.f5) != l_260) < 0x9EFDA9F7B7DE32D5LL) , (**g_255)) > g_173.f0) && 0x28L), 0x60A541CA58404EA0LL)) != (-10L)))))) , (*l_53)), 0)) <= 0xB557L));
        }
    }
    ++l_264[0];
    if (((((g_10 , &g_130[0]) == (g_270 = &g_130[2])) , (safe_mod_func_int64_t_s_s(((safe_rshift_func_int16_t_s_s(((*l_172) , (safe_div_func_uint8_t_u_u(g_186[3][0], 0x4AL))), 8)) > ((g_279 = l_277[3]) == ((0x946E749FL & ((safe_mul_func_int16_t_s_s((((((*l_282) = (g_71[1].f3 && 0x3DC26DD470F29F92LL)) < (*g_270)) != (**g_255)) & (**g_255)), l_283)) > l_284[0][6])) , &g_270))), 1UL))) > g_93.f2))
    { /* block id: 112 */
        uint32_t l_290[4][4][9] = {{{0x212F90ACL,0xF8AEBA5AL,0UL,0UL,18446744073709551607UL,0UL,18446744073709551615UL,4UL,4UL},{3UL,18446744073709551612UL,2UL,1UL,2UL,18446744073709551612UL,3UL,0x02348A51L,2UL},{0x212F90ACL,18446744073709551607UL,0xF8AEBA5AL,18446744073709551615UL,18446744073709551607UL,4UL,7UL,0UL,4UL},{0x5E591BB0L,0x02348A51L,1UL,1UL,0x5EA165C4L,0x02348A51L,0x875343D1L,0x02348A51L,0x5EA165C4L}},{{0UL,0xF8AEBA5AL,0xF8AEBA5AL,0UL,4UL,0UL,7UL,4UL,18446744073709551607UL},{3UL,0x02348A51L,2UL,0x7771A94AL,2UL,0x02348A51L,3UL,18446744073709551612UL,2UL},{0UL,18446744073709551607UL,0UL,18446744073709551615UL,4UL,4UL,18446744073709551615UL,0UL,18446744073709551607UL},{0x5E591BB0L,18446744073709551612UL,1UL,0x7771A94AL,0x5EA165C4L,18446744073709551612UL,0x875343D1L,18446744073709551612UL,0x5EA165C4L}},{{0x212F90ACL,0xF8AEBA5AL,0UL,0UL,18446744073709551607UL,0UL,18446744073709551615UL,4UL,4UL},{3UL,18446744073709551612UL,2UL,1UL,2UL,18446744073709551612UL,3UL,0x02348A51L,2UL},{0x212F90ACL,18446744073709551607UL,0xF8AEBA5AL,18446744073709551615UL,18446744073709551607UL,4UL,7UL,0UL,4UL},{0x5E591BB0L,0x02348A51L,1UL,1UL,0x5EA165C4L,0x02348A51L,0x875343D1L,0x02348A51L,0x5EA165C4L}},{{0UL,0xF8AEBA5AL,0xF8AEBA5AL,0UL,4UL,0UL,7UL,4UL,18446744073709551607UL},{3UL,0x02348A51L,2UL,0x7771A94AL,2UL,0x02348A51L,3UL,18446744073709551612UL,2UL},{0UL,18446744073709551607UL,0UL,18446744073709551615UL,4UL,4UL,18446744073709551615UL,0UL,18446744073709551607UL},{0x5E591BB0L,18446744073709551612UL,1UL,0x7771A94AL,0x5EA165C4L,18446744073709551612UL,0x875343D1L,18446744073709551612UL,0x5EA165C4L}}};
        int i, j, k;
        if (((g_70.f6 ^ (*g_29)) <= g_7))
        { /* block id: 113 */
            for (l_21 = 7; (l_21 >= (-28)); l_21--)
            { /* block id: 116 */
                return g_93.f6;
            }
        }
        else
        { /* block id: 119 */
            struct S1 **l_287 = (void*)0;
            int32_t l_289[7][8][4] = {{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}},{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}},{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}},{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}},{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}},{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}},{{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L},{0L,0x66CB67E4L,1L,1L},{1L,(-1L),(-1L),1L},{0x9D557D1DL,0x66CB67E4L,(-8L),1L},{0x0F94A629L,(-1L),0x66CB67E4L,1L}}};
            int i, j, k;
            (*g_288) = (*g_149);
            --l_290[1][2][2];
            for (l_259 = 10; (l_259 > 17); l_259 = safe_add_func_int32_t_s_s(l_259, 4))
            { /* block id: 124 */
                (***g_161) &= (*g_89);
            }
        }
    }
    else
    { /* block id: 128 */
        int32_t *l_299 = (void*)0;
        int32_t l_312 = 0x43548150L;
        int8_t l_325 = 0x9FL;
        int32_t l_344 = 0L;
        int32_t l_346 = (-1L);
        int32_t l_347 = 1L;
        int32_t l_348 = 0x5AE724AFL;
        int32_t l_349 = 0xE70EC274L;
        int32_t l_350 = 0xF24ECEEEL;
        int32_t l_351 = 0x8948430AL;
        int32_t l_355 = 0x6B28A486L;
        int32_t l_358 = 0x612AFBD0L;
        int32_t l_360 = 4L;
        for (l_21 = (-21); (l_21 >= (-1)); ++l_21)
        { /* block id: 131 */
            int8_t l_313 = (-6L);
            int32_t * const l_314[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t l_315 = 0x7B1F4729L;
            int32_t l_345 = (-8L);
            int32_t l_352 = (-1L);
            int32_t l_353 = (-1L);
            int32_t l_354 = 0xF0A6F763L;
            int32_t l_356 = 0xCB6419F0L;
            int32_t l_357 = 0x452E01F9L;
            int i;
            for (l_174 = 19; (l_174 < 6); l_174 = safe_sub_func_uint8_t_u_u(l_174, 1))
            { /* block id: 134 */
                uint16_t l_309 = 1UL;
                uint32_t *l_310 = (void*)0;
                uint32_t *l_311 = &l_264[0];
                int32_t l_316 = (-3L);
                (**g_161) = l_299;
                l_315 = (safe_sub_func_uint32_t_u_u((((((!((((l_313 = (((g_70 , l_303[4]) == g_230) , (safe_div_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((((*l_282) = ((l_309 ^ g_70.f0) && (0x7C67319CL != ((*l_311) = g_173.f1)))) ^ ((l_312 <= (1UL >= (*g_270))) > 0xF3F2C7F3EB5AF86FLL)), (-4L))), g_71[1].f3)))) , l_313) || 6L) , 2UL)) , l_314[1]) != &g_56) || g_2) <= g_71[1].f4), l_315));
                l_316 |= (g_70.f3 | 0xCA8B75B9L);
            }
            if (l_315)
            { /* block id: 142 */
                uint16_t l_317 = 65535UL;
                int32_t l_322 = 0xEC4FC3A3L;
                l_317--;
                (*g_89) |= 0xF2087BEFL;
                l_315 = ((safe_add_func_int64_t_s_s(0x8A54B1F418CDA6E0LL, (--(*g_270)))) < l_325);
            }
            else
            { /* block id: 147 */
                int16_t *l_331 = &g_93.f2;
                int32_t l_341 = (-3L);
                uint32_t *l_342[8];
                int i;
                for (i = 0; i < 8; i++)
                    l_342[i] = &l_340.f6;
                (**g_161) = func_13((0x5096AF42L ^ (l_315 = (((safe_mod_func_uint64_t_u_u(((*g_270) = (g_328 , (safe_lshift_func_int16_t_s_u(((*l_331) = 0xED32L), 12)))), (safe_mod_func_int64_t_s_s((safe_add_func_int16_t_s_s((safe_add_func_int8_t_s_s((g_71[1].f8 , ((g_343 = (((safe_mul_func_uint8_t_u_u(g_186[0][0], g_71[1].f4)) , ((void*)0 != &g_270)) <= (l_340 , l_341))) , g_25[6])), g_186[2][0])), (-1L))), g_12)))) || l_341) , 0L))), (**g_161), l_341);
                (****l_304) |= 0L;
                if ((****l_304))
                    break;
                (*g_29) ^= (-7L);
            }
            ++g_361;
        }
    }
    l_364[3] = 0x2B475C6FL;
    return g_25[1];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_13(int16_t  p_14, int32_t * p_15, int32_t  p_16)
{ /* block id: 12 */
    int32_t *l_26 = &g_25[6];
    return l_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_89 g_69 g_25 g_93 g_56 g_71.f0 g_29 g_71.f2 g_71 g_70.f5 g_3 g_12 g_149
 * writes: g_29 g_12 g_69 g_56 g_130 g_146 g_150
 */
static int32_t ** func_34(int8_t  p_35, int32_t  p_36, struct S2  p_37, int8_t  p_38, int32_t  p_39)
{ /* block id: 30 */
    int32_t **l_85 = (void*)0;
    int32_t **l_86 = &g_29;
    uint16_t l_94[10][5];
    int32_t l_104[6][3] = {{9L,4L,0x3C3F1057L},{0x6FC68CCCL,7L,0x6FC68CCCL},{0x6FC68CCCL,9L,7L},{9L,0x6FC68CCCL,0x6FC68CCCL},{7L,0x6FC68CCCL,0x3C3F1057L},{4L,9L,(-1L)}};
    uint32_t l_117 = 0x74153CC6L;
    uint32_t l_121 = 0x1C0DFE4CL;
    uint64_t l_147[9];
    struct S1 **l_148 = (void*)0;
    int32_t **l_151 = (void*)0;
    int i, j;
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
            l_94[i][j] = 0x3A45L;
    }
    for (i = 0; i < 9; i++)
        l_147[i] = 0UL;
lbl_97:
    (*l_86) = (void*)0;
    for (p_37.f3 = (-13); (p_37.f3 >= 28); ++p_37.f3)
    { /* block id: 34 */
        uint16_t l_90 = 1UL;
        int32_t l_103 = 1L;
        int32_t l_105 = 7L;
        int32_t l_112 = (-1L);
        int32_t l_115 = 3L;
        int32_t l_116 = 0x3612929AL;
        (*g_89) = (p_37.f3 , p_36);
        for (g_69 = 0; (g_69 <= 7); g_69 += 1)
        { /* block id: 38 */
            int i;
            l_90 &= g_25[g_69];
            if ((safe_sub_func_uint16_t_u_u(65535UL, g_25[g_69])))
            { /* block id: 40 */
                int i;
                (*l_86) = func_13(g_25[g_69], (g_93 , &p_36), ((l_94[6][3] || (((((safe_mod_func_int8_t_s_s(g_56, (g_93.f4 || (((g_25[g_69] , 1L) , g_25[g_69]) ^ 0xA84F3720L)))) & p_37.f0) <= p_37.f5) < p_37.f4) , 0x5C09L)) , 1L));
            }
            else
            { /* block id: 42 */
                (*l_86) = &p_39;
                if (p_37.f0)
                    goto lbl_97;
                if (g_25[g_69])
                    continue;
                (**l_86) &= (g_93.f2 | (((void*)0 == &p_36) >= g_71[1].f0));
            }
        }
        if (l_90)
        { /* block id: 49 */
            int32_t l_101 = 0xB15C3DA0L;
            int32_t l_110 = 0xE0A59551L;
            int32_t l_111 = (-7L);
            int32_t l_113 = 0x5FA1EA54L;
            int32_t l_114[3][4] = {{0x4D15D3D0L,8L,8L,0x4D15D3D0L},{8L,0x4D15D3D0L,8L,8L},{0x4D15D3D0L,0x4D15D3D0L,0x71A3699CL,0x4D15D3D0L}};
            int32_t *l_120[7] = {&g_25[1],&l_105,&l_105,&g_25[1],&l_105,&l_105,&g_25[1]};
            int i, j;
            for (p_37.f0 = 0; (p_37.f0 > 21); p_37.f0 = safe_add_func_uint64_t_u_u(p_37.f0, 7))
            { /* block id: 52 */
                int32_t *l_100[1][5][5] = {{{&g_12,&g_25[5],&g_12,(void*)0,(void*)0},{&g_25[6],&g_25[4],&g_25[4],&g_25[6],&g_25[4]},{(void*)0,&g_25[5],&g_12,&g_25[5],(void*)0},{&g_25[4],&g_25[6],&g_25[4],&g_25[4],&g_25[6]},{(void*)0,(void*)0,&g_12,&g_25[5],&g_12}}};
                int32_t **l_102 = (void*)0;
                uint64_t l_106 = 0x2F54D7D783D8B824LL;
                int16_t l_109 = 1L;
                int i, j, k;
                l_101 |= 0x5D40A597L;
                l_100[0][0][2] = ((*l_86) = l_100[0][1][0]);
                ++l_106;
                l_117++;
            }
            l_121++;
        }
        else
        { /* block id: 60 */
            int32_t **l_124[2][8][4] = {{{(void*)0,&g_29,&g_29,(void*)0},{&g_29,(void*)0,&g_29,&g_29},{(void*)0,(void*)0,&g_29,(void*)0},{(void*)0,&g_29,(void*)0,(void*)0},{&g_29,&g_29,&g_29,&g_29},{(void*)0,(void*)0,(void*)0,(void*)0},{&g_29,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,(void*)0}},{{&g_29,&g_29,&g_29,(void*)0},{&g_29,(void*)0,(void*)0,&g_29},{(void*)0,&g_29,&g_29,(void*)0},{&g_29,(void*)0,(void*)0,&g_29},{(void*)0,&g_29,&g_29,&g_29},{(void*)0,&g_29,&g_29,&g_29},{&g_29,&g_29,&g_29,&g_29},{(void*)0,(void*)0,(void*)0,(void*)0}}};
            int i, j, k;
            return &g_29;
        }
    }
    for (g_56 = 0; (g_56 <= 4); g_56 = safe_add_func_uint16_t_u_u(g_56, 5))
    { /* block id: 66 */
        uint64_t *l_142[2][6][4] = {{{(void*)0,&g_130[3],(void*)0,(void*)0},{&g_130[3],&g_130[3],(void*)0,(void*)0},{&g_130[3],&g_130[3],&g_130[3],(void*)0},{&g_130[3],(void*)0,(void*)0,&g_130[3]},{&g_130[3],(void*)0,(void*)0,(void*)0},{(void*)0,&g_130[3],(void*)0,(void*)0}},{{&g_130[3],&g_130[3],(void*)0,(void*)0},{&g_130[3],&g_130[3],(void*)0,&g_130[3]},{(void*)0,&g_130[3],&g_130[3],(void*)0},{(void*)0,&g_130[3],&g_130[3],&g_130[3]},{&g_130[3],&g_130[3],&g_130[3],&g_130[3]},{(void*)0,(void*)0,&g_130[3],&g_130[3]}}};
        int32_t l_143[7][1][1] = {{{2L}},{{0L}},{{2L}},{{2L}},{{0L}},{{2L}},{{2L}}};
        int64_t *l_144 = (void*)0;
        int64_t *l_145 = &g_146;
        int i, j, k;
        if (p_37.f5)
            break;
        (*l_86) = &p_36;
        p_37.f2 ^= ((~((((!((+(((((g_71[1].f2 , g_71[1]) , (g_130[3] = g_71[1].f2)) < (**l_86)) || (((void*)0 == &g_28[4][5][0]) & (safe_lshift_func_int8_t_s_u((safe_sub_func_int32_t_s_s(((safe_mod_func_int64_t_s_s(((*l_145) = ((((+(safe_lshift_func_int16_t_s_u((**l_86), 1))) <= (((p_37.f0 |= (safe_mul_func_uint8_t_u_u(((1L <= g_70.f5) <= 0x2116EFC7L), g_71[1].f0))) || g_3) , (*g_89))) , l_143[0][0][0]) && 18446744073709551613UL)), 0xD819F3F1462849A9LL)) <= 0UL), p_39)), g_3)))) > 0x1F7C5DDF7B942CA0LL)) >= g_71[1].f8)) && l_143[2][0][0]) | l_147[5]) <= 4294967293UL)) < g_25[6]);
    }
    (*g_149) = &g_93;
    return l_151;
}


/* ------------------------------------------ */
/* 
 * reads : g_69 g_70 g_71 g_56 g_78 g_2 g_25 g_12 g_29
 * writes: g_69 g_78 g_12
 */
static struct S2  func_40(uint16_t  p_41, int32_t ** p_42, int32_t * p_43, const uint32_t  p_44)
{ /* block id: 21 */
    int32_t *l_58 = &g_12;
    int32_t *l_59 = &g_12;
    int32_t *l_60 = &g_12;
    int32_t *l_61[6][4][4] = {{{&g_12,&g_12,(void*)0,&g_25[2]},{&g_3,&g_12,(void*)0,&g_7},{&g_12,(void*)0,&g_25[2],(void*)0},{&g_25[2],(void*)0,&g_12,&g_7}},{{(void*)0,&g_12,&g_3,&g_25[2]},{(void*)0,&g_12,&g_12,(void*)0},{(void*)0,&g_7,&g_3,&g_25[6]},{(void*)0,(void*)0,&g_12,&g_25[1]}},{{&g_25[2],(void*)0,&g_25[2],&g_25[1]},{&g_12,(void*)0,(void*)0,&g_25[6]},{&g_3,&g_7,(void*)0,(void*)0},{&g_12,&g_12,(void*)0,&g_25[2]}},{{&g_3,&g_12,(void*)0,&g_7},{&g_12,(void*)0,&g_25[2],(void*)0},{&g_25[2],(void*)0,&g_12,&g_7},{(void*)0,&g_12,&g_3,&g_25[2]}},{{(void*)0,&g_12,&g_12,(void*)0},{(void*)0,&g_7,&g_3,&g_25[6]},{(void*)0,(void*)0,&g_12,&g_25[1]},{&g_25[2],(void*)0,&g_25[2],&g_25[1]}},{{&g_12,(void*)0,(void*)0,&g_25[6]},{&g_3,&g_7,(void*)0,(void*)0},{&g_12,&g_12,(void*)0,&g_25[2]},{&g_3,&g_12,(void*)0,&g_7}}};
    int8_t l_62[7] = {0L,2L,0L,0L,2L,0L,0L};
    uint64_t l_63[2];
    uint16_t *l_68 = &g_69;
    const int32_t ***l_79 = &g_78;
    int32_t **l_80 = &g_29;
    int32_t ***l_81 = &l_80;
    uint64_t *l_82 = &l_63[1];
    int8_t l_83[4] = {0x21L,0x21L,0x21L,0x21L};
    uint32_t l_84[1][8];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_63[i] = 18446744073709551607UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
            l_84[i][j] = 18446744073709551614UL;
    }
    l_63[0]--;
    (*l_58) = ((((safe_sub_func_uint16_t_u_u(((*l_68) &= p_44), ((((&g_29 != (((((g_70 , g_71[1]) , (safe_rshift_func_int16_t_s_s(g_56, ((safe_lshift_func_int8_t_s_u((safe_div_func_uint16_t_u_u(((((((*l_79) = g_78) != ((*l_81) = l_80)) , ((((*l_82) ^= ((*p_42) != (*p_42))) , g_2) , g_70.f1)) >= g_25[6]) & g_71[1].f1), l_83[0])), 0)) & 4UL)))) , (void*)0) == &g_3) , &g_29)) & 0UL) && 0xF9DB91B0L) == p_41))) | g_25[6]) > 18446744073709551615UL) , (*l_60));
    (*p_43) = ((18446744073709551607UL > l_84[0][1]) , (*g_29));
    return g_70;
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
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_70.f0, "g_70.f0", print_hash_value);
    transparent_crc(g_70.f1, "g_70.f1", print_hash_value);
    transparent_crc(g_70.f2, "g_70.f2", print_hash_value);
    transparent_crc(g_70.f3, "g_70.f3", print_hash_value);
    transparent_crc(g_70.f4, "g_70.f4", print_hash_value);
    transparent_crc(g_70.f5, "g_70.f5", print_hash_value);
    transparent_crc(g_70.f6, "g_70.f6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_71[i].f0, "g_71[i].f0", print_hash_value);
        transparent_crc(g_71[i].f1, "g_71[i].f1", print_hash_value);
        transparent_crc(g_71[i].f2, "g_71[i].f2", print_hash_value);
        transparent_crc(g_71[i].f3, "g_71[i].f3", print_hash_value);
        transparent_crc(g_71[i].f4, "g_71[i].f4", print_hash_value);
        transparent_crc(g_71[i].f5, "g_71[i].f5", print_hash_value);
        transparent_crc(g_71[i].f6, "g_71[i].f6", print_hash_value);
        transparent_crc(g_71[i].f7, "g_71[i].f7", print_hash_value);
        transparent_crc(g_71[i].f8, "g_71[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_93.f0, "g_93.f0", print_hash_value);
    transparent_crc(g_93.f1, "g_93.f1", print_hash_value);
    transparent_crc(g_93.f2, "g_93.f2", print_hash_value);
    transparent_crc(g_93.f3, "g_93.f3", print_hash_value);
    transparent_crc(g_93.f4, "g_93.f4", print_hash_value);
    transparent_crc(g_93.f5, "g_93.f5", print_hash_value);
    transparent_crc(g_93.f6, "g_93.f6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_130[i], "g_130[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_173.f0, "g_173.f0", print_hash_value);
    transparent_crc(g_173.f1, "g_173.f1", print_hash_value);
    transparent_crc(g_173.f2, "g_173.f2", print_hash_value);
    transparent_crc(g_173.f3, "g_173.f3", print_hash_value);
    transparent_crc(g_173.f4, "g_173.f4", print_hash_value);
    transparent_crc(g_173.f5, "g_173.f5", print_hash_value);
    transparent_crc(g_173.f6, "g_173.f6", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_186[i][j], "g_186[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_328.f0, "g_328.f0", print_hash_value);
    transparent_crc(g_328.f1, "g_328.f1", print_hash_value);
    transparent_crc(g_328.f2, "g_328.f2", print_hash_value);
    transparent_crc(g_328.f3, "g_328.f3", print_hash_value);
    transparent_crc(g_328.f4, "g_328.f4", print_hash_value);
    transparent_crc(g_328.f5, "g_328.f5", print_hash_value);
    transparent_crc(g_328.f6, "g_328.f6", print_hash_value);
    transparent_crc(g_343, "g_343", print_hash_value);
    transparent_crc(g_361, "g_361", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 105
   depth: 1, occurrence: 5
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 17
XXX zero bitfields defined in structs: 1
XXX const bitfields defined in structs: 4
XXX volatile bitfields defined in structs: 5
XXX structs with bitfields in the program: 8
breakdown:
   indirect level: 0, occurrence: 5
   indirect level: 1, occurrence: 1
   indirect level: 2, occurrence: 1
   indirect level: 3, occurrence: 1
XXX full-bitfields structs in the program: 1
breakdown:
   indirect level: 0, occurrence: 1
XXX times a bitfields struct's address is taken: 3
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 9
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 29

XXX max expression depth: 31
breakdown:
   depth: 1, occurrence: 69
   depth: 2, occurrence: 15
   depth: 3, occurrence: 2
   depth: 4, occurrence: 2
   depth: 16, occurrence: 1
   depth: 22, occurrence: 1
   depth: 24, occurrence: 2
   depth: 29, occurrence: 2
   depth: 31, occurrence: 1

XXX total number of pointers: 86

XXX times a variable address is taken: 255
XXX times a pointer is dereferenced on RHS: 32
breakdown:
   depth: 1, occurrence: 24
   depth: 2, occurrence: 7
   depth: 3, occurrence: 0
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 41
breakdown:
   depth: 1, occurrence: 35
   depth: 2, occurrence: 3
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 3
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 1591

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 88
   level: 2, occurrence: 33
   level: 3, occurrence: 19
   level: 4, occurrence: 16
   level: 5, occurrence: 4
XXX number of pointers point to pointers: 46
XXX number of pointers point to scalars: 38
XXX number of pointers point to structs: 2
XXX percent of pointers has null in alias set: 41.9
XXX average alias set size: 1.42

XXX times a non-volatile is read: 222
XXX times a non-volatile is write: 136
XXX times a volatile is read: 28
XXX    times read thru a pointer: 3
XXX times a volatile is write: 6
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 1.28e+03
XXX percentage of non-volatile access: 91.3

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 61
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 12
   depth: 2, occurrence: 13
   depth: 3, occurrence: 21

XXX percentage a fresh-made variable is used: 17.8
XXX percentage an existing variable is used: 82.2
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

