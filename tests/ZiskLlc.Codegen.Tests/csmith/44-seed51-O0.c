/* Csmith 2.3.0 --seed 51 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 88E5564C */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 51 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      51
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   int8_t  f0;
   int64_t  f1;
   uint64_t  f2;
   int64_t  f3;
   signed f4 : 7;
   volatile uint32_t  f5;
   volatile uint64_t  f6;
   signed f7 : 27;
   uint32_t  f8;
};
#pragma pack(pop)

struct S1 {
   volatile int8_t  f0;
};

struct S2 {
   volatile uint32_t  f0;
   uint16_t  f1;
   uint64_t  f2;
   volatile uint32_t  f3;
   const uint32_t  f4;
};

struct S3 {
   struct S0  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 1L;
static uint64_t g_37 = 1UL;
static volatile uint64_t g_43 = 0x5C380A3888AD88CALL;/* VOLATILE GLOBAL g_43 */
static volatile uint64_t *g_42 = &g_43;
static uint64_t g_45[8][2] = {{2UL,0x5CFEB4E52275DD36LL},{18446744073709551615UL,18446744073709551615UL},{0x5CFEB4E52275DD36LL,2UL},{1UL,2UL},{0x5CFEB4E52275DD36LL,18446744073709551615UL},{18446744073709551615UL,0x5CFEB4E52275DD36LL},{2UL,1UL},{2UL,0x5CFEB4E52275DD36LL}};
static uint64_t *g_47 = (void*)0;
static uint16_t g_52 = 65535UL;
static struct S0 g_65 = {0x8CL,1L,0x32E49D2A59A03C9DLL,-4L,1,18446744073709551606UL,0xEE360852B186EC4FLL,-3032,0x26829A6EL};/* VOLATILE GLOBAL g_65 */
static int16_t g_67 = (-1L);
static int32_t g_69 = (-1L);
static struct S3 g_76 = {{0xF5L,-1L,18446744073709551615UL,0x3A4231C6F7076835LL,-10,7UL,4UL,-10874,0xCF448C36L}};/* VOLATILE GLOBAL g_76 */
static uint8_t g_83 = 0x4EL;
static uint32_t g_87 = 0xC094E546L;
static struct S0 g_89 = {0x7AL,0xB2E3AA9488605791LL,18446744073709551615UL,0L,6,18446744073709551615UL,0UL,-9425,0x47D0445FL};/* VOLATILE GLOBAL g_89 */
static const volatile struct S3 g_90 = {{0x8DL,-9L,1UL,0x1833FEF3BFE2B3C8LL,-0,0x2B86D1BDL,18446744073709551615UL,-7875,0x293C5798L}};/* VOLATILE GLOBAL g_90 */
static volatile struct S3 g_92 = {{0x07L,-9L,0x8142351F18F27B0CLL,-6L,-2,18446744073709551607UL,1UL,-3789,1UL}};/* VOLATILE GLOBAL g_92 */
static volatile struct S3 g_95 = {{6L,0x348489170B2B3379LL,18446744073709551606UL,0x95C1B54BBB47CE4ALL,-1,0x202676B6L,0x554FBD3AC5977F73LL,3000,8UL}};/* VOLATILE GLOBAL g_95 */
static const struct S1 g_108 = {-4L};/* VOLATILE GLOBAL g_108 */
static uint64_t g_111[5] = {0xB315D791A1269050LL,0xB315D791A1269050LL,0xB315D791A1269050LL,0xB315D791A1269050LL,0xB315D791A1269050LL};
static uint16_t g_113 = 0UL;
static volatile uint8_t g_117[2][10][1] = {{{0x79L},{255UL},{0x79L},{255UL},{0x79L},{255UL},{0x79L},{255UL},{0x79L},{255UL}},{{0x79L},{255UL},{0x79L},{255UL},{0x79L},{255UL},{0x79L},{255UL},{0x79L},{255UL}}};
static volatile uint8_t * volatile g_116 = &g_117[0][3][0];/* VOLATILE GLOBAL g_116 */
static volatile uint8_t * volatile * volatile g_115 = &g_116;/* VOLATILE GLOBAL g_115 */
static volatile uint8_t * volatile * volatile *g_122 = &g_115;
static volatile uint8_t * volatile * volatile **g_121 = &g_122;
static struct S2 g_125 = {0x0A41DF58L,65528UL,0UL,18446744073709551615UL,0xF4BB6045L};/* VOLATILE GLOBAL g_125 */
static int32_t * volatile g_127 = (void*)0;/* VOLATILE GLOBAL g_127 */
static int32_t * volatile g_128 = &g_69;/* VOLATILE GLOBAL g_128 */
static volatile int8_t g_193[4][7][3] = {{{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL}},{{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L}},{{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL}},{{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L},{0x6BL,0xDEL,0x6BL},{0x33L,0x33L,0x33L}}};
static uint16_t g_194 = 0x7B6CL;
static struct S0 *g_199 = (void*)0;
static struct S0 ** volatile g_198 = &g_199;/* VOLATILE GLOBAL g_198 */
static struct S0 **** volatile g_202 = (void*)0;/* VOLATILE GLOBAL g_202 */
static struct S0 **g_205 = (void*)0;
static struct S0 ***g_204 = &g_205;
static struct S0 **** volatile g_203 = &g_204;/* VOLATILE GLOBAL g_203 */
static struct S3 g_206 = {{0x5EL,0xD601C4F47248C8BDLL,0x799F3D6BF1367DABLL,0x8208CB3A562E677ALL,-5,0x0F458CBFL,18446744073709551610UL,-6267,0x595A17CFL}};/* VOLATILE GLOBAL g_206 */
static struct S3 g_208 = {{0x68L,0xD908F457AE18B036LL,0x63852073C473A938LL,-1L,-3,0xF6961368L,0xFBD98F6770F6782DLL,-8854,0UL}};/* VOLATILE GLOBAL g_208 */
static volatile struct S1 g_220 = {1L};/* VOLATILE GLOBAL g_220 */
static int32_t * volatile g_227[10][1] = {{(void*)0},{&g_69},{(void*)0},{(void*)0},{&g_69},{(void*)0},{(void*)0},{&g_69},{(void*)0},{(void*)0}};
static int32_t * volatile g_228 = &g_69;/* VOLATILE GLOBAL g_228 */
static int32_t *g_231 = &g_2;
static int32_t ** const  volatile g_230 = &g_231;/* VOLATILE GLOBAL g_230 */
static const uint64_t g_234 = 0xCB770F6266CFC290LL;
static uint8_t g_256 = 0x4CL;
static volatile struct S3 g_268 = {{0x42L,0xAB3733D60B0445EALL,0xA68A8199A5E12797LL,0xD8832C8126355D4ELL,5,1UL,0x93820914669F01B2LL,10497,2UL}};/* VOLATILE GLOBAL g_268 */
static volatile struct S3 *g_267 = &g_268;
static volatile struct S1 g_269 = {0x5DL};/* VOLATILE GLOBAL g_269 */
static volatile struct S1 * volatile g_270[2] = {(void*)0,(void*)0};
static volatile struct S1 * volatile g_271 = &g_269;/* VOLATILE GLOBAL g_271 */
static struct S0 g_277 = {0x7FL,1L,0x7241543CFDC6233CLL,5L,-1,0xF99A7901L,3UL,-5752,0xAEFD554FL};/* VOLATILE GLOBAL g_277 */
static struct S0 * volatile g_278[1] = {(void*)0};
static struct S0 g_279 = {5L,0L,2UL,0xCDA9F8442B38A497LL,-8,0x238DDEADL,0x31E922F025295300LL,1551,0x4B442703L};/* VOLATILE GLOBAL g_279 */
static uint32_t *g_358 = &g_87;
static struct S0 g_371[3] = {{1L,0L,1UL,-1L,0,2UL,0xD7D418114FAB12C8LL,3369,0UL},{1L,0L,1UL,-1L,0,2UL,0xD7D418114FAB12C8LL,3369,0UL},{1L,0L,1UL,-1L,0,2UL,0xD7D418114FAB12C8LL,3369,0UL}};
static const struct S0 g_376 = {0xDDL,1L,0UL,0xCB19B58A9230CB13LL,3,0x4D64A118L,0xC0E5AD53AD06E9AELL,6068,0x60117410L};/* VOLATILE GLOBAL g_376 */
static struct S0 g_377[1] = {{5L,-6L,0UL,2L,-4,0xEC642745L,0xAC35E2D46AF7CBD1LL,8147,18446744073709551615UL}};
static volatile struct S1 g_378 = {0xAEL};/* VOLATILE GLOBAL g_378 */
static volatile struct S1 * volatile g_379 = &g_269;/* VOLATILE GLOBAL g_379 */


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static uint64_t  func_8(uint8_t  p_9, const uint32_t  p_10, int16_t  p_11, uint32_t  p_12, int8_t  p_13);
static int16_t  func_14(int32_t  p_15, uint32_t  p_16, uint64_t  p_17, uint32_t  p_18, int64_t  p_19);
static int32_t  func_20(int32_t  p_21, uint16_t  p_22, uint32_t  p_23, int32_t  p_24, uint16_t  p_25);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_42 g_45 g_43 g_52 g_65 g_37 g_69 g_230 g_234 g_206.f0.f8 g_121 g_122 g_115 g_116 g_117 g_231 g_67 g_128 g_90.f0.f0 g_267 g_206.f0.f2 g_206.f0.f3 g_269 g_271 g_277 g_125.f3 g_206.f0.f4 g_208.f0.f3 g_89.f7 g_208.f0.f7 g_113 g_279.f8 g_206.f0.f7 g_194 g_279.f7 g_279.f1 g_279.f0 g_76.f0.f8 g_256 g_83 g_228 g_89.f1 g_89.f0 g_268.f0.f4 g_371 g_376 g_378 g_379 g_268.f0.f1
 * writes: g_2 g_37 g_47 g_52 g_67 g_69 g_231 g_89.f2 g_208.f0.f3 g_83 g_256 g_269 g_279 g_111 g_206.f0.f0 g_358 g_89.f0 g_377
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_5 = 0x08A11015L;
    uint64_t *l_44[3][7] = {{&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0]},{(void*)0,&g_45[7][0],(void*)0,&g_45[7][0],(void*)0,&g_45[7][0],(void*)0},{&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0],&g_45[7][0]}};
    int64_t l_50[4][6] = {{0x47610B5C7B12393DLL,(-6L),0x47610B5C7B12393DLL,(-6L),0x47610B5C7B12393DLL,(-6L)},{0x11B1996FCD4D3380LL,(-6L),0x11B1996FCD4D3380LL,(-6L),0x11B1996FCD4D3380LL,(-6L)},{0x47610B5C7B12393DLL,(-6L),0x47610B5C7B12393DLL,(-6L),0x47610B5C7B12393DLL,(-6L)},{0x11B1996FCD4D3380LL,(-6L),0x11B1996FCD4D3380LL,(-6L),0x11B1996FCD4D3380LL,(-6L)}};
    uint64_t l_249 = 0xC929B6874257E867LL;
    int32_t l_272 = (-6L);
    uint32_t l_335 = 0x6A998E22L;
    struct S0 ***l_336 = &g_205;
    uint32_t *l_356 = &g_87;
    int i, j;
    for (g_2 = 3; (g_2 == 10); g_2 = safe_add_func_uint16_t_u_u(g_2, 2))
    { /* block id: 3 */
        int32_t l_70 = 1L;
        int32_t l_273 = 0x56439820L;
        int16_t l_322 = 0xF87FL;
        struct S0 **l_323 = &g_199;
        int32_t **l_374 = (void*)0;
        int32_t **l_375 = &g_231;
        if (l_5)
        { /* block id: 4 */
            uint64_t *l_36 = &g_37;
            uint64_t **l_46 = &l_44[1][0];
            uint8_t *l_51[2];
            int32_t *l_235[3][9][1] = {{{&l_70},{&l_70},{&g_2},{&g_69},{&g_2},{&l_70},{&l_70},{&g_69},{&g_2}},{{&g_69},{&l_70},{&l_70},{&g_2},{&g_69},{&g_2},{&l_70},{&l_70},{&g_69}},{{&g_2},{&g_69},{&l_70},{&l_70},{&g_2},{&g_69},{&g_2},{&l_70},{&l_70}}};
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_51[i] = (void*)0;
            l_5 = (safe_lshift_func_int8_t_s_u((((func_8(g_2, g_2, func_14(func_20((safe_lshift_func_uint8_t_u_s((g_52 = (safe_lshift_func_uint8_t_u_s((safe_mod_func_int32_t_s_s(g_2, (safe_div_func_uint32_t_u_u(((safe_rshift_func_uint8_t_u_s((((*l_36) = l_5) | (((safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((((g_42 != (g_47 = ((*l_46) = l_44[1][0]))) | (((-6L) == (safe_mul_func_uint8_t_u_u(0UL, (253UL || 247UL)))) | l_50[3][2])) < g_45[3][0]), 5)), g_45[7][0])) < 0x7F2BAC41L) >= 0x7734166DA9A16D6ALL)), 4)) ^ g_43), g_45[2][0])))), l_50[3][2]))), 4)), g_45[3][1], g_45[5][0], g_45[7][0], l_50[0][2]), g_2, l_70, g_65.f1, l_70), l_50[2][1], l_50[3][2]) > 0L) & 0x42242B9E43D9FBB3LL) < g_206.f0.f8), 3));
            for (g_52 = 0; g_52 < 2; g_52 += 1)
            {
                l_51[g_52] = &g_83;
            }
            (*g_231) &= (safe_mod_func_int8_t_s_s(((safe_mod_func_int8_t_s_s(l_70, (****g_121))) | (safe_mul_func_int8_t_s_s((((l_70 || ((safe_mod_func_uint64_t_u_u(l_50[3][1], ((safe_div_func_int64_t_s_s(((-10L) == (safe_unary_minus_func_int64_t_s(((safe_rshift_func_uint16_t_u_u(l_70, 15)) != l_249)))), l_70)) , 1UL))) > 6L)) == l_70) , 0x26L), 0x8DL))), l_70));
        }
        else
        { /* block id: 109 */
            int64_t *l_252 = &g_208.f0.f3;
            const int16_t *l_253 = &g_67;
            uint8_t *l_254 = &g_83;
            uint8_t *l_255[1];
            int32_t *l_257[4] = {&l_5,&l_5,&l_5,&l_5};
            int16_t l_264 = 0xBF9BL;
            uint16_t *l_321[1][8][1] = {{{&g_113},{&g_52},{&g_113},{&g_113},{&g_52},{&g_113},{&g_113},{&g_52}}};
            struct S0 * const *l_324 = &g_199;
            int8_t *l_325 = &g_279.f0;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_255[i] = &g_256;
            (*g_128) = (safe_mul_func_uint8_t_u_u(l_5, (g_256 = (((*l_252) = g_67) , ((*l_254) = (l_50[2][2] | ((((void*)0 != l_253) > (****g_121)) && l_50[3][2])))))));
            if ((*g_128))
                continue;
            if ((safe_rshift_func_int8_t_s_s((safe_div_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((l_264 ^ ((g_69 && ((g_90.f0.f0 | (!(~(l_5 > l_50[3][2])))) >= (g_267 != (l_50[2][5] , g_267)))) >= (g_206.f0.f2 < g_206.f0.f3))), 2)), l_50[3][2])), 6)))
            { /* block id: 115 */
                (*g_271) = g_269;
            }
            else
            { /* block id: 117 */
                uint8_t l_274 = 0xF1L;
                l_274++;
                g_279 = g_277;
                return l_273;
            }
            if ((safe_div_func_uint32_t_u_u(((((safe_lshift_func_int16_t_s_s(g_125.f3, 5)) , l_272) != (l_50[3][2] ^ ((safe_div_func_uint8_t_u_u(((((l_5 = ((safe_rshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_u(((safe_add_func_int16_t_s_s(((safe_add_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(((!(safe_add_func_uint16_t_u_u((safe_sub_func_int8_t_s_s((safe_mod_func_int64_t_s_s(((*l_252) &= g_206.f0.f4), (g_111[4] = 0x48041FFF58586671LL))), ((*l_325) &= ((safe_sub_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u((safe_div_func_int32_t_s_s(((safe_mod_func_int8_t_s_s(((~(~g_89.f7)) < ((((g_208.f0.f7 || (safe_sub_func_int32_t_s_s(((safe_mod_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((l_322 = ((safe_add_func_int16_t_s_s((g_206.f0.f3 , ((((g_113 & 0x51L) , g_279.f8) >= l_50[3][2]) >= g_206.f0.f7)), 0x6E3AL)) , g_194)), l_273)), 0xC5L)) != g_279.f7), (-1L)))) , l_323) == l_324) == l_70)), g_279.f1)) , 9L), l_273)), l_249)), g_65.f8)) >= 0L)))), g_277.f0))) <= (*g_231)), 4)), 4294967287UL)) > l_273), l_273)) , 0xD3L), g_76.f0.f8)), l_50[3][2])) , l_322)) > 0xEEL) != g_256) <= l_50[3][4]), g_65.f8)) , l_322))) & l_273), 0xAD080916L)))
            { /* block id: 127 */
                int32_t l_328 = (-8L);
                int32_t l_342 = 1L;
                uint16_t l_343[7][1];
                int8_t *l_344 = (void*)0;
                int8_t *l_345 = &g_206.f0.f0;
                struct S0 * const **l_346 = &l_324;
                int i, j;
                for (i = 0; i < 7; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_343[i][j] = 8UL;
                }
                if ((*g_128))
                    break;
                l_272 ^= ((safe_mul_func_uint16_t_u_u(g_277.f3, ((((l_328 != (((*l_345) = ((*l_325) = (((((*g_42) || (safe_sub_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u((l_335 & (((void*)0 == l_336) || (l_342 &= (safe_unary_minus_func_int8_t_s((safe_add_func_uint32_t_u_u(((**g_230) >= (*g_231)), (safe_mod_func_int16_t_s_s(g_277.f7, l_5))))))))), l_328)), 7)) | l_343[4][0]), g_83))) , g_277.f0) & 0xE9DCL) | g_65.f2))) >= g_113)) , (*g_116)) > l_343[4][0]) != 255UL))) < g_277.f0);
                (*g_228) |= (l_70 = (-1L));
                (*l_346) = l_324;
            }
            else
            { /* block id: 136 */
                uint8_t l_347[10][7];
                uint32_t **l_357[5][4][9] = {{{&l_356,&l_356,(void*)0,&l_356,(void*)0,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,(void*)0}},{{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,(void*)0,&l_356,(void*)0,(void*)0,&l_356,(void*)0,&l_356},{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,(void*)0,&l_356,(void*)0},{&l_356,&l_356,&l_356,(void*)0,&l_356,(void*)0,&l_356,&l_356,&l_356}},{{&l_356,&l_356,&l_356,&l_356,(void*)0,&l_356,(void*)0,(void*)0,&l_356},{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,&l_356,(void*)0,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,(void*)0,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356}},{{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,(void*)0,&l_356,&l_356,&l_356,(void*)0,&l_356,&l_356,&l_356},{&l_356,&l_356,(void*)0,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,&l_356,&l_356,(void*)0,(void*)0,&l_356,(void*)0,(void*)0}},{{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,(void*)0,&l_356,&l_356,&l_356,&l_356,&l_356,(void*)0},{&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,&l_356,(void*)0,&l_356},{&l_356,&l_356,&l_356,(void*)0,(void*)0,&l_356,&l_356,&l_356,&l_356}}};
                int32_t l_359 = (-4L);
                uint32_t l_360 = 18446744073709551615UL;
                int16_t *l_367 = (void*)0;
                int16_t *l_368 = &g_67;
                int i, j, k;
                for (i = 0; i < 10; i++)
                {
                    for (j = 0; j < 7; j++)
                        l_347[i][j] = 0x08L;
                }
                l_347[8][0] ^= 0x6C5B2D2DL;
                l_359 = ((((((l_335 , (l_249 > ((0xA46F18624729F789LL | ((((&g_111[4] == (void*)0) > 0xE2A0ED44L) >= 0xCDL) < ((((safe_sub_func_int8_t_s_s(((g_89.f0 ^= (((safe_mod_func_uint64_t_u_u(((g_358 = l_356) == l_356), l_347[2][0])) , g_89.f1) , g_206.f0.f7)) < g_37), 0x53L)) || g_268.f0.f4) != 0x33L) >= 1UL))) & 0x866DL))) >= l_322) && 9UL) , 248UL) , 0x2BAB605D1BA7199DLL) , 0x18B5C0B4L);
                l_360 = (0xE66AL > 0x6DE3L);
                (*g_128) = (((safe_rshift_func_int16_t_s_u(((*l_368) = (safe_sub_func_int32_t_s_s((safe_rshift_func_int16_t_s_s(l_335, l_359)), 0x5C1075D9L))), (safe_rshift_func_int16_t_s_s(0x9D9EL, (g_371[1] , 1L))))) , (*g_231)) | (((safe_add_func_int64_t_s_s(((void*)0 == &g_231), 0x0A3EE7D30883D7D9LL)) && 0xD08CFBA6L) , (*g_231)));
            }
        }
        (*l_375) = &l_5;
        g_377[0] = g_376;
    }
    (*g_379) = g_378;
    return g_268.f0.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_230 g_69 g_89.f2 g_234
 * writes: g_231 g_69 g_89.f2
 */
static uint64_t  func_8(uint8_t  p_9, const uint32_t  p_10, int16_t  p_11, uint32_t  p_12, int8_t  p_13)
{ /* block id: 95 */
    int32_t *l_229 = &g_69;
    (*g_230) = l_229;
    (*l_229) &= 0L;
    for (g_89.f2 = 24; (g_89.f2 > 7); --g_89.f2)
    { /* block id: 100 */
        if (g_234)
            break;
        if ((*l_229))
            continue;
    }
    (*l_229) |= (&l_229 == (void*)0);
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads : g_69
 * writes:
 */
static int16_t  func_14(int32_t  p_15, uint32_t  p_16, uint64_t  p_17, uint32_t  p_18, int64_t  p_19)
{ /* block id: 14 */
    int16_t l_78[4] = {(-3L),(-3L),(-3L),(-3L)};
    int32_t *l_79 = &g_69;
    uint8_t *l_82 = &g_83;
    uint32_t *l_86 = &g_87;
    int32_t l_88 = 6L;
    uint64_t **l_110[4] = {&g_47,&g_47,&g_47,&g_47};
    const uint32_t l_144[3] = {4294967291UL,4294967291UL,4294967291UL};
    int32_t l_180 = (-10L);
    int32_t l_182 = 0x2393D1FBL;
    int32_t l_184 = 0x8F5414D4L;
    int32_t l_185 = 9L;
    int32_t l_188 = 0x0D96C9C7L;
    int32_t l_189 = (-1L);
    int32_t l_190[10];
    struct S0 *l_197 = &g_65;
    int i;
    for (i = 0; i < 10; i++)
        l_190[i] = 0L;
    return (*l_79);
}


/* ------------------------------------------ */
/* 
 * reads : g_52 g_65 g_37 g_69
 * writes: g_67 g_69
 */
static int32_t  func_20(int32_t  p_21, uint16_t  p_22, uint32_t  p_23, int32_t  p_24, uint16_t  p_25)
{ /* block id: 9 */
    uint16_t l_56 = 65528UL;
    int16_t *l_66 = &g_67;
    int32_t *l_68[1][3];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_68[i][j] = &g_69;
    }
    g_69 ^= (p_24 = (((g_52 | ((((((p_21 >= (-1L)) != ((safe_rshift_func_uint8_t_u_s(((~((l_56 != (safe_mul_func_int8_t_s_s((safe_sub_func_uint64_t_u_u(((!0UL) | (~(safe_mul_func_uint16_t_u_u(p_22, ((*l_66) = ((g_65 , (void*)0) == ((p_21 || p_22) , (void*)0))))))), g_37)), g_65.f2))) , l_56)) < l_56), 5)) >= g_52)) , 0x419813DAL) > 0x7631C048L) || 6UL) != g_65.f0)) && 0xD56B383239552BC0LL) | p_24));
    return p_23;
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
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_45[i][j], "g_45[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_65.f0, "g_65.f0", print_hash_value);
    transparent_crc(g_65.f1, "g_65.f1", print_hash_value);
    transparent_crc(g_65.f2, "g_65.f2", print_hash_value);
    transparent_crc(g_65.f3, "g_65.f3", print_hash_value);
    transparent_crc(g_65.f4, "g_65.f4", print_hash_value);
    transparent_crc(g_65.f5, "g_65.f5", print_hash_value);
    transparent_crc(g_65.f6, "g_65.f6", print_hash_value);
    transparent_crc(g_65.f7, "g_65.f7", print_hash_value);
    transparent_crc(g_65.f8, "g_65.f8", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_76.f0.f0, "g_76.f0.f0", print_hash_value);
    transparent_crc(g_76.f0.f1, "g_76.f0.f1", print_hash_value);
    transparent_crc(g_76.f0.f2, "g_76.f0.f2", print_hash_value);
    transparent_crc(g_76.f0.f3, "g_76.f0.f3", print_hash_value);
    transparent_crc(g_76.f0.f4, "g_76.f0.f4", print_hash_value);
    transparent_crc(g_76.f0.f5, "g_76.f0.f5", print_hash_value);
    transparent_crc(g_76.f0.f6, "g_76.f0.f6", print_hash_value);
    transparent_crc(g_76.f0.f7, "g_76.f0.f7", print_hash_value);
    transparent_crc(g_76.f0.f8, "g_76.f0.f8", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_89.f0, "g_89.f0", print_hash_value);
    transparent_crc(g_89.f1, "g_89.f1", print_hash_value);
    transparent_crc(g_89.f2, "g_89.f2", print_hash_value);
    transparent_crc(g_89.f3, "g_89.f3", print_hash_value);
    transparent_crc(g_89.f4, "g_89.f4", print_hash_value);
    transparent_crc(g_89.f5, "g_89.f5", print_hash_value);
    transparent_crc(g_89.f6, "g_89.f6", print_hash_value);
    transparent_crc(g_89.f7, "g_89.f7", print_hash_value);
    transparent_crc(g_89.f8, "g_89.f8", print_hash_value);
    transparent_crc(g_90.f0.f0, "g_90.f0.f0", print_hash_value);
    transparent_crc(g_90.f0.f1, "g_90.f0.f1", print_hash_value);
    transparent_crc(g_90.f0.f2, "g_90.f0.f2", print_hash_value);
    transparent_crc(g_90.f0.f3, "g_90.f0.f3", print_hash_value);
    transparent_crc(g_90.f0.f4, "g_90.f0.f4", print_hash_value);
    transparent_crc(g_90.f0.f5, "g_90.f0.f5", print_hash_value);
    transparent_crc(g_90.f0.f6, "g_90.f0.f6", print_hash_value);
    transparent_crc(g_90.f0.f7, "g_90.f0.f7", print_hash_value);
    transparent_crc(g_90.f0.f8, "g_90.f0.f8", print_hash_value);
    transparent_crc(g_92.f0.f0, "g_92.f0.f0", print_hash_value);
    transparent_crc(g_92.f0.f1, "g_92.f0.f1", print_hash_value);
    transparent_crc(g_92.f0.f2, "g_92.f0.f2", print_hash_value);
    transparent_crc(g_92.f0.f3, "g_92.f0.f3", print_hash_value);
    transparent_crc(g_92.f0.f4, "g_92.f0.f4", print_hash_value);
    transparent_crc(g_92.f0.f5, "g_92.f0.f5", print_hash_value);
    transparent_crc(g_92.f0.f6, "g_92.f0.f6", print_hash_value);
    transparent_crc(g_92.f0.f7, "g_92.f0.f7", print_hash_value);
    transparent_crc(g_92.f0.f8, "g_92.f0.f8", print_hash_value);
    transparent_crc(g_95.f0.f0, "g_95.f0.f0", print_hash_value);
    transparent_crc(g_95.f0.f1, "g_95.f0.f1", print_hash_value);
    transparent_crc(g_95.f0.f2, "g_95.f0.f2", print_hash_value);
    transparent_crc(g_95.f0.f3, "g_95.f0.f3", print_hash_value);
    transparent_crc(g_95.f0.f4, "g_95.f0.f4", print_hash_value);
    transparent_crc(g_95.f0.f5, "g_95.f0.f5", print_hash_value);
    transparent_crc(g_95.f0.f6, "g_95.f0.f6", print_hash_value);
    transparent_crc(g_95.f0.f7, "g_95.f0.f7", print_hash_value);
    transparent_crc(g_95.f0.f8, "g_95.f0.f8", print_hash_value);
    transparent_crc(g_108.f0, "g_108.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_111[i], "g_111[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_113, "g_113", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_117[i][j][k], "g_117[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_125.f0, "g_125.f0", print_hash_value);
    transparent_crc(g_125.f1, "g_125.f1", print_hash_value);
    transparent_crc(g_125.f2, "g_125.f2", print_hash_value);
    transparent_crc(g_125.f3, "g_125.f3", print_hash_value);
    transparent_crc(g_125.f4, "g_125.f4", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_193[i][j][k], "g_193[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_194, "g_194", print_hash_value);
    transparent_crc(g_206.f0.f0, "g_206.f0.f0", print_hash_value);
    transparent_crc(g_206.f0.f1, "g_206.f0.f1", print_hash_value);
    transparent_crc(g_206.f0.f2, "g_206.f0.f2", print_hash_value);
    transparent_crc(g_206.f0.f3, "g_206.f0.f3", print_hash_value);
    transparent_crc(g_206.f0.f4, "g_206.f0.f4", print_hash_value);
    transparent_crc(g_206.f0.f5, "g_206.f0.f5", print_hash_value);
    transparent_crc(g_206.f0.f6, "g_206.f0.f6", print_hash_value);
    transparent_crc(g_206.f0.f7, "g_206.f0.f7", print_hash_value);
    transparent_crc(g_206.f0.f8, "g_206.f0.f8", print_hash_value);
    transparent_crc(g_208.f0.f0, "g_208.f0.f0", print_hash_value);
    transparent_crc(g_208.f0.f1, "g_208.f0.f1", print_hash_value);
    transparent_crc(g_208.f0.f2, "g_208.f0.f2", print_hash_value);
    transparent_crc(g_208.f0.f3, "g_208.f0.f3", print_hash_value);
    transparent_crc(g_208.f0.f4, "g_208.f0.f4", print_hash_value);
    transparent_crc(g_208.f0.f5, "g_208.f0.f5", print_hash_value);
    transparent_crc(g_208.f0.f6, "g_208.f0.f6", print_hash_value);
    transparent_crc(g_208.f0.f7, "g_208.f0.f7", print_hash_value);
    transparent_crc(g_208.f0.f8, "g_208.f0.f8", print_hash_value);
    transparent_crc(g_220.f0, "g_220.f0", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_256, "g_256", print_hash_value);
    transparent_crc(g_268.f0.f0, "g_268.f0.f0", print_hash_value);
    transparent_crc(g_268.f0.f1, "g_268.f0.f1", print_hash_value);
    transparent_crc(g_268.f0.f2, "g_268.f0.f2", print_hash_value);
    transparent_crc(g_268.f0.f3, "g_268.f0.f3", print_hash_value);
    transparent_crc(g_268.f0.f4, "g_268.f0.f4", print_hash_value);
    transparent_crc(g_268.f0.f5, "g_268.f0.f5", print_hash_value);
    transparent_crc(g_268.f0.f6, "g_268.f0.f6", print_hash_value);
    transparent_crc(g_268.f0.f7, "g_268.f0.f7", print_hash_value);
    transparent_crc(g_268.f0.f8, "g_268.f0.f8", print_hash_value);
    transparent_crc(g_269.f0, "g_269.f0", print_hash_value);
    transparent_crc(g_277.f0, "g_277.f0", print_hash_value);
    transparent_crc(g_277.f1, "g_277.f1", print_hash_value);
    transparent_crc(g_277.f2, "g_277.f2", print_hash_value);
    transparent_crc(g_277.f3, "g_277.f3", print_hash_value);
    transparent_crc(g_277.f4, "g_277.f4", print_hash_value);
    transparent_crc(g_277.f5, "g_277.f5", print_hash_value);
    transparent_crc(g_277.f6, "g_277.f6", print_hash_value);
    transparent_crc(g_277.f7, "g_277.f7", print_hash_value);
    transparent_crc(g_277.f8, "g_277.f8", print_hash_value);
    transparent_crc(g_279.f0, "g_279.f0", print_hash_value);
    transparent_crc(g_279.f1, "g_279.f1", print_hash_value);
    transparent_crc(g_279.f2, "g_279.f2", print_hash_value);
    transparent_crc(g_279.f3, "g_279.f3", print_hash_value);
    transparent_crc(g_279.f4, "g_279.f4", print_hash_value);
    transparent_crc(g_279.f5, "g_279.f5", print_hash_value);
    transparent_crc(g_279.f6, "g_279.f6", print_hash_value);
    transparent_crc(g_279.f7, "g_279.f7", print_hash_value);
    transparent_crc(g_279.f8, "g_279.f8", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_371[i].f0, "g_371[i].f0", print_hash_value);
        transparent_crc(g_371[i].f1, "g_371[i].f1", print_hash_value);
        transparent_crc(g_371[i].f2, "g_371[i].f2", print_hash_value);
        transparent_crc(g_371[i].f3, "g_371[i].f3", print_hash_value);
        transparent_crc(g_371[i].f4, "g_371[i].f4", print_hash_value);
        transparent_crc(g_371[i].f5, "g_371[i].f5", print_hash_value);
        transparent_crc(g_371[i].f6, "g_371[i].f6", print_hash_value);
        transparent_crc(g_371[i].f7, "g_371[i].f7", print_hash_value);
        transparent_crc(g_371[i].f8, "g_371[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_376.f0, "g_376.f0", print_hash_value);
    transparent_crc(g_376.f1, "g_376.f1", print_hash_value);
    transparent_crc(g_376.f2, "g_376.f2", print_hash_value);
    transparent_crc(g_376.f3, "g_376.f3", print_hash_value);
    transparent_crc(g_376.f4, "g_376.f4", print_hash_value);
    transparent_crc(g_376.f5, "g_376.f5", print_hash_value);
    transparent_crc(g_376.f6, "g_376.f6", print_hash_value);
    transparent_crc(g_376.f7, "g_376.f7", print_hash_value);
    transparent_crc(g_376.f8, "g_376.f8", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_377[i].f0, "g_377[i].f0", print_hash_value);
        transparent_crc(g_377[i].f1, "g_377[i].f1", print_hash_value);
        transparent_crc(g_377[i].f2, "g_377[i].f2", print_hash_value);
        transparent_crc(g_377[i].f3, "g_377[i].f3", print_hash_value);
        transparent_crc(g_377[i].f4, "g_377[i].f4", print_hash_value);
        transparent_crc(g_377[i].f5, "g_377[i].f5", print_hash_value);
        transparent_crc(g_377[i].f6, "g_377[i].f6", print_hash_value);
        transparent_crc(g_377[i].f7, "g_377[i].f7", print_hash_value);
        transparent_crc(g_377[i].f8, "g_377[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_378.f0, "g_378.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 65
   depth: 1, occurrence: 12
   depth: 2, occurrence: 5
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 18
breakdown:
   indirect level: 0, occurrence: 12
   indirect level: 1, occurrence: 2
   indirect level: 2, occurrence: 2
   indirect level: 3, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 5
XXX times a bitfields struct on LHS: 3
XXX times a bitfields struct on RHS: 9
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 11

XXX max expression depth: 51
breakdown:
   depth: 1, occurrence: 41
   depth: 2, occurrence: 5
   depth: 10, occurrence: 1
   depth: 13, occurrence: 2
   depth: 15, occurrence: 1
   depth: 25, occurrence: 3
   depth: 42, occurrence: 1
   depth: 51, occurrence: 1

XXX total number of pointers: 79

XXX times a variable address is taken: 222
XXX times a pointer is dereferenced on RHS: 15
breakdown:
   depth: 1, occurrence: 11
   depth: 2, occurrence: 1
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 39
breakdown:
   depth: 1, occurrence: 39
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 566

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 119
   level: 2, occurrence: 5
   level: 3, occurrence: 4
   level: 4, occurrence: 4
XXX number of pointers point to pointers: 24
XXX number of pointers point to scalars: 46
XXX number of pointers point to structs: 9
XXX percent of pointers has null in alias set: 29.1
XXX average alias set size: 1.38

XXX times a non-volatile is read: 235
XXX times a non-volatile is write: 108
XXX times a volatile is read: 30
XXX    times read thru a pointer: 8
XXX times a volatile is write: 15
XXX    times written thru a pointer: 3
XXX times a volatile is available for access: 433
XXX percentage of non-volatile access: 88.4

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 35
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 11
   depth: 1, occurrence: 5
   depth: 2, occurrence: 7
   depth: 3, occurrence: 12

XXX percentage a fresh-made variable is used: 21.8
XXX percentage an existing variable is used: 78.2
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

