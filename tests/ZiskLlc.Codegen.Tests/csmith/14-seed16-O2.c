/* Csmith 2.3.0 --seed 16 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = C2ECF32 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 16 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      16
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   uint8_t  f0;
   int32_t  f1;
   int8_t  f2;
};
#pragma pack(pop)

union U1 {
   int8_t * f0;
   const volatile int32_t  f1;
   int64_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static volatile int16_t g_5 = 0x65E0L;/* VOLATILE GLOBAL g_5 */
static int16_t g_17 = 0xB0B4L;
static uint8_t g_30 = 249UL;
static int8_t *g_38 = (void*)0;
static int32_t g_43 = 0L;
static uint32_t g_48 = 4294967295UL;
static uint16_t g_54[10][4][2] = {{{0xB83DL,0xEA44L},{0UL,0xB95DL},{0UL,0xEA44L},{0xB83DL,0UL}},{{0xEA44L,0xB95DL},{65526UL,65526UL},{0xB83DL,65526UL},{65526UL,0xB95DL}},{{0xEA44L,0UL},{0xB83DL,0xEA44L},{0UL,0xB95DL},{0UL,0xEA44L}},{{0xB83DL,0UL},{0xEA44L,0xB95DL},{65526UL,65526UL},{0xB83DL,65526UL}},{{65526UL,0xB95DL},{0xEA44L,0UL},{0xB83DL,0xEA44L},{0UL,0xB95DL}},{{0UL,0xEA44L},{0xB83DL,0UL},{0xEA44L,0xB95DL},{0xB83DL,0xB83DL}},{{0x2CD0L,0xB83DL},{0xB83DL,0xD5F5L},{0xB95DL,0xF399L},{0x2CD0L,0xB95DL}},{{0xF399L,0xD5F5L},{0xF399L,0xB95DL},{0x2CD0L,0xF399L},{0xB95DL,0xD5F5L}},{{0xB83DL,0xB83DL},{0x2CD0L,0xB83DL},{0xB83DL,0xD5F5L},{0xB95DL,0xF399L}},{{0x2CD0L,0xB95DL},{0xF399L,0xD5F5L},{0xF399L,0xB95DL},{0x2CD0L,0xF399L}}};
static uint16_t *g_58 = &g_54[8][2][0];
static uint64_t g_75 = 0UL;
static int16_t *g_85 = &g_17;
static int16_t **g_84 = &g_85;
static int16_t **g_106 = &g_85;
static int32_t g_109 = 3L;
static int32_t g_110[2][9][1] = {{{0xF1473401L},{0x559E040FL},{0xC6490BB3L},{0x87538C74L},{0xC6490BB3L},{0x559E040FL},{0xF1473401L},{0xF1473401L},{0x559E040FL}},{{0xC6490BB3L},{0x87538C74L},{0xC6490BB3L},{0x559E040FL},{0xF1473401L},{0xF1473401L},{0x559E040FL},{0xC6490BB3L},{0x87538C74L}}};
static uint64_t *g_117 = &g_75;
static uint64_t **g_116 = &g_117;
static const int16_t g_124 = 1L;
static const int16_t g_126[2][3] = {{(-8L),(-8L),(-8L)},{(-8L),(-8L),(-8L)}};
static const int16_t *g_125 = &g_126[0][1];
static int8_t g_149[4][10][3] = {{{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)},{0x15L,0xDBL,0L},{1L,(-1L),0xFCL},{0L,0xDBL,0xDBL},{0xDCL,(-1L),0xA5L},{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)},{0x15L,0xDBL,0L},{1L,(-1L),0xFCL}},{{0L,0xDBL,0xDBL},{0xDCL,(-1L),0xA5L},{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)},{0x15L,0xDBL,0L},{1L,(-1L),0xFCL},{0L,0xDBL,0xDBL},{0xDCL,(-1L),0xA5L},{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)}},{{0x15L,0xDBL,0L},{1L,(-1L),0xFCL},{0L,0xDBL,0xDBL},{0xDCL,(-1L),0xA5L},{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)},{0x15L,0xDBL,0L},{1L,(-1L),0xFCL},{0L,0xDBL,0xDBL},{0xDCL,(-1L),0xA5L}},{{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)},{0x15L,0xDBL,0L},{1L,(-1L),0xFCL},{0L,0xDBL,0xDBL},{0xDCL,(-1L),0xA5L},{1L,0xDBL,0xB4L},{0x7FL,(-1L),(-1L)},{0x15L,0xDBL,0L},{1L,(-1L),0xFCL}}};
static uint64_t g_156 = 0UL;
static uint64_t g_163 = 18446744073709551607UL;
static struct S0 * volatile g_166[1] = {(void*)0};
static struct S0 g_168[4] = {{0x94L,0x4419D395L,0L},{0x94L,0x4419D395L,0L},{0x94L,0x4419D395L,0L},{0x94L,0x4419D395L,0L}};
static struct S0 * volatile g_167 = &g_168[0];/* VOLATILE GLOBAL g_167 */
static int64_t g_184 = 0x888CA29FBB944C1BLL;
static uint16_t g_190 = 0x8287L;
static int32_t * volatile g_191 = &g_43;/* VOLATILE GLOBAL g_191 */
static uint16_t g_210 = 8UL;
static uint64_t g_215 = 7UL;
static int32_t * volatile g_234 = &g_43;/* VOLATILE GLOBAL g_234 */
static const union U1 g_236 = {0};/* VOLATILE GLOBAL g_236 */
static volatile uint32_t g_314 = 0x8348DC13L;/* VOLATILE GLOBAL g_314 */
static uint64_t ***g_318 = &g_116;
static uint64_t *** volatile *g_317 = &g_318;
static uint64_t *** volatile ** volatile g_319 = &g_317;/* VOLATILE GLOBAL g_319 */
static volatile uint8_t g_351 = 7UL;/* VOLATILE GLOBAL g_351 */
static int16_t g_384 = 4L;
static int16_t g_397 = (-9L);
static int32_t *g_400 = (void*)0;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int8_t * func_6(int8_t * p_7, uint16_t  p_8, int64_t  p_9, int16_t  p_10, uint32_t  p_11);
static int8_t * func_18(int16_t * p_19);
static int16_t * func_20(uint64_t  p_21, int8_t * p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_17 g_30 g_38 g_48 g_43 g_54 g_75 g_84 g_85 g_109 g_117 g_106 g_156 g_124 g_163 g_167 g_168.f2 g_149 g_126 g_184 g_190 g_191 g_168.f1 g_210 g_215 g_234 g_236 g_58 g_110 g_314 g_317 g_319 g_168 g_351 g_397
 * writes: g_17 g_30 g_48 g_54 g_58 g_43 g_75 g_106 g_110 g_116 g_125 g_149 g_156 g_38 g_168 g_184 g_190 g_210 g_215 g_191 g_234 g_314 g_317 g_351 g_384 g_400
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int32_t l_14[5];
    int16_t *l_16 = &g_17;
    int16_t **l_27 = &l_16;
    int16_t *l_28 = &g_17;
    uint8_t *l_29[8] = {(void*)0,&g_30,(void*)0,&g_30,(void*)0,&g_30,(void*)0,&g_30};
    int32_t l_31 = (-1L);
    int8_t **l_164 = &g_38;
    int32_t l_175 = 0x2F9622FFL;
    uint64_t *l_196 = &g_156;
    const uint32_t l_233 = 18446744073709551615UL;
    uint64_t * const **l_241 = (void*)0;
    uint64_t * const *l_243 = (void*)0;
    uint64_t * const **l_242 = &l_243;
    int32_t *l_244 = &l_175;
    int16_t * const l_249 = &g_17;
    uint32_t *l_250 = &g_48;
    int32_t *l_260 = (void*)0;
    int32_t *l_261 = &l_31;
    struct S0 l_277 = {251UL,1L,0xD9L};
    int64_t l_285 = 0x9ADD518CAC006015LL;
    uint16_t l_295 = 0xC40FL;
    uint64_t l_301[3][8] = {{0x46675EF053202F86LL,0x2CEF5FAAF09B1D98LL,0x2CEF5FAAF09B1D98LL,0x46675EF053202F86LL,0x9D46EDA828D7F249LL,0x46675EF053202F86LL,0x2CEF5FAAF09B1D98LL,0x2CEF5FAAF09B1D98LL},{0x2CEF5FAAF09B1D98LL,0x9D46EDA828D7F249LL,1UL,1UL,0x9D46EDA828D7F249LL,0x2CEF5FAAF09B1D98LL,0x9D46EDA828D7F249LL,1UL},{0x46675EF053202F86LL,0x9D46EDA828D7F249LL,0x46675EF053202F86LL,0x2CEF5FAAF09B1D98LL,0x2CEF5FAAF09B1D98LL,0x46675EF053202F86LL,0x9D46EDA828D7F249LL,0x46675EF053202F86LL}};
    int32_t *l_310 = &l_31;
    int32_t l_336 = 5L;
    int16_t l_339 = 0x5EE9L;
    int32_t l_398[2];
    int8_t l_422 = 0L;
    int i, j;
    for (i = 0; i < 5; i++)
        l_14[i] = (-1L);
    for (i = 0; i < 2; i++)
        l_398[i] = 0x8A57AAD5L;
    if ((!((safe_add_func_int64_t_s_s(g_5, (((*l_164) = func_6(((safe_rshift_func_uint16_t_u_s(l_14[1], ((*l_16) = (l_14[0] >= (+1L))))) , func_18(func_20(((safe_add_func_uint64_t_u_u((((safe_sub_func_uint8_t_u_u((((*l_27) = l_16) != (l_28 = &g_17)), (l_31 ^= l_14[4]))) ^ (safe_sub_func_uint8_t_u_u(((g_17 , (safe_div_func_int64_t_s_s((safe_rshift_func_uint8_t_u_u(((0xF6L == g_30) != l_14[3]), g_30)), (-3L)))) != (-5L)), g_30))) >= l_14[3]), l_14[1])) > l_14[1]), g_38))), g_124, g_163, l_14[0], g_163)) != (void*)0))) <= l_14[1])))
    { /* block id: 52 */
        struct S0 l_165 = {6UL,1L,0x35L};
        (*g_167) = l_165;
    }
    else
    { /* block id: 54 */
        uint32_t *l_173[4] = {&g_48,&g_48,&g_48,&g_48};
        int32_t l_174 = 0L;
        int64_t *l_183 = &g_184;
        uint16_t *l_189 = &g_190;
        int i;
        (*g_191) |= ((safe_add_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((*l_189) ^= ((g_48++) , ((0x4EC94717L > (g_124 ^ g_168[0].f2)) , ((safe_div_func_int8_t_s_s((+(!(*g_38))), (((g_126[0][2] & ((*l_183) &= (+g_54[9][1][1]))) ^ (safe_lshift_func_uint16_t_u_u((l_175 | l_174), (safe_mul_func_uint8_t_u_u(g_156, 4L))))) , l_14[0]))) , 65535UL)))), 65535UL)), l_174)) > l_31);
        if (l_174)
        { /* block id: 59 */
            const struct S0 l_192 = {0x8FL,0x001326FFL,-9L};
            struct S0 *l_193 = &g_168[0];
            (*l_193) = l_192;
        }
        else
        { /* block id: 61 */
            int16_t l_203[10] = {(-8L),(-7L),0x3D10L,0x3D10L,(-7L),(-8L),(-7L),0x3D10L,0x3D10L,(-7L)};
            int i;
            for (g_17 = 0; (g_17 < 25); g_17 = safe_add_func_uint32_t_u_u(g_17, 8))
            { /* block id: 64 */
                int32_t *l_197 = (void*)0;
                int32_t *l_198 = &l_31;
                uint32_t l_208 = 0x67537B09L;
                int32_t l_209 = 3L;
                int32_t *l_211 = &l_174;
                int32_t *l_212 = &l_175;
                int32_t *l_213 = &l_31;
                int32_t *l_214[7][2] = {{&l_174,&l_209},{&l_174,&l_174},{&l_209,&l_174},{&l_174,&l_209},{&l_174,&l_174},{&l_209,&l_174},{&l_174,&l_209}};
                int i, j;
                g_210 ^= ((((void*)0 == l_196) , (((*l_198) ^= (*g_191)) != (((safe_add_func_uint8_t_u_u(g_48, ((((*l_183) = ((safe_rshift_func_int16_t_s_s(l_14[2], 7)) < 1UL)) < (l_203[1] , (0x68C3BF28D7A2F4DFLL <= ((safe_lshift_func_uint16_t_u_u(((((((safe_add_func_int64_t_s_s(((g_168[0].f1 | l_174) <= l_203[1]), (*g_117))) || 4294967287UL) | l_174) || (*g_38)) == l_203[0]) != l_203[4]), 9)) | l_208)))) > l_203[1]))) , l_209) && 0xCDE9C46E93449551LL))) , 0x77A056DCL);
                --g_215;
                if ((*g_191))
                    break;
            }
            g_191 = (void*)0;
        }
        for (g_30 = 0; (g_30 <= 1); g_30 += 1)
        { /* block id: 75 */
            int16_t l_218 = 1L;
            int32_t l_219 = 3L;
            uint64_t *l_231[8][1] = {{&g_156},{&g_156},{(void*)0},{&g_156},{&g_156},{(void*)0},{&g_156},{&g_156}};
            int32_t *l_235 = &l_31;
            int i, j;
            l_219 &= (l_218 , l_218);
            (*g_234) = ((((((((void*)0 == &g_85) ^ (safe_sub_func_uint8_t_u_u((((l_218 == (safe_unary_minus_func_uint64_t_u(((safe_sub_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(((g_54[6][0][0] & (safe_add_func_int16_t_s_s((safe_mul_func_int16_t_s_s((*g_85), ((l_231[0][0] == (void*)0) , (**g_106)))), (!(g_54[6][0][0] > g_163))))) >= 1L), 8)) && (-1L)), l_233)) != 0x83F5918DL)))) == 0xF26200834E5BC476LL) == (**g_106)), (-1L)))) , 0x160EL) >= (**g_84)) & 0xF365L) , g_48) | 0x7824FA91L);
            (*l_235) |= (-6L);
            for (g_184 = 0; (g_184 <= 1); g_184 += 1)
            { /* block id: 81 */
                return (*g_234);
            }
        }
    }
    (*l_244) ^= (((g_236 , (safe_mul_func_uint16_t_u_u((((*g_117) >= (safe_div_func_uint16_t_u_u((((*l_242) = &g_117) == (void*)0), (*g_58)))) != (*g_58)), l_31))) ^ l_14[0]) < (0x78L || g_110[0][8][0]));
    (*l_261) &= ((*l_244) , (((g_110[0][8][0] > (safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((((*l_250) = ((void*)0 == l_249)) || (((*g_38) = (*g_38)) > (safe_div_func_int32_t_s_s(((*l_244) , ((*l_244) = (safe_mul_func_int16_t_s_s(((!g_190) , (safe_lshift_func_int8_t_s_s(((*l_244) > (((safe_sub_func_int16_t_s_s(((g_236 , (*l_242)) != &g_117), (-1L))) , &g_117) == &g_117)), g_109))), (*g_58))))), g_43)))) | l_14[1]) < g_156), 15)), l_14[1]))) , (*l_27)) != (void*)0));
    for (g_30 = 5; (g_30 > 4); g_30 = safe_sub_func_uint32_t_u_u(g_30, 6))
    { /* block id: 94 */
        int64_t l_272 = 1L;
        int64_t *l_281 = &l_272;
        int64_t **l_280 = &l_281;
        int64_t *l_283[10] = {&g_184,&g_184,&g_184,&g_184,&g_184,&g_184,&g_184,&g_184,&g_184,&g_184};
        int64_t **l_282 = &l_283[3];
        uint16_t *l_284 = &g_210;
        uint32_t l_306 = 0x531C6678L;
        uint8_t l_320[9] = {246UL,246UL,0x77L,246UL,246UL,0x77L,246UL,246UL,0x77L};
        int32_t l_326[4][6];
        uint32_t l_340 = 0xB579935AL;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 6; j++)
                l_326[i][j] = 0x88573A59L;
        }
        if ((safe_sub_func_uint16_t_u_u((&g_117 != (*l_242)), ((safe_div_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(l_272, (safe_div_func_int16_t_s_s(((*l_28) = ((safe_rshift_func_int16_t_s_s(((l_277 , ((*g_117) , ((safe_mul_func_uint64_t_u_u(l_272, (((*l_282) = ((*l_280) = &l_272)) != &g_184))) == ((*l_284) |= (*g_58))))) , 1L), 14)) != 0xE72F24C6D4E311F9LL)), (-10L))))), (*g_58))), l_285)) >= (*g_117)))))
        { /* block id: 99 */
            int32_t *l_292 = &l_31;
            const int16_t l_307 = 0xD258L;
            uint64_t * const *l_308 = &l_196;
            int32_t l_313 = 0xB1DD971FL;
            int8_t l_335 = 0xBBL;
            int32_t *l_337 = &l_31;
            int32_t *l_338[7] = {&l_326[1][0],&l_326[1][0],&l_326[1][0],&l_326[1][0],&l_326[1][0],&l_326[1][0],&l_326[1][0]};
            struct S0 *l_343 = &g_168[0];
            int i;
            if ((((*g_58)++) != (safe_rshift_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_u((((void*)0 == l_292) , (safe_mod_func_int64_t_s_s((l_295 & g_149[1][3][2]), ((safe_add_func_int16_t_s_s((**g_106), (safe_rshift_func_int8_t_s_s((*g_38), (g_236 , ((+l_301[0][2]) , (safe_rshift_func_uint8_t_u_u((((((((safe_mul_func_int8_t_s_s((g_17 || l_306), 0x5AL)) >= (*l_244)) || l_307) , l_308) != &g_117) != 8UL) <= 0x47229B2597998434LL), (*l_261))))))))) ^ l_272)))), l_272)) >= (*g_117)) == (*l_292)), 8))))
            { /* block id: 101 */
                int32_t **l_309[9][3] = {{&l_244,&l_261,&l_244},{(void*)0,&l_244,&l_260},{&l_244,&l_261,&l_260},{(void*)0,&l_244,&l_244},{&l_292,&l_292,(void*)0},{(void*)0,(void*)0,&l_244},{&l_244,(void*)0,(void*)0},{(void*)0,&l_292,&l_292},{&l_244,&l_244,(void*)0}};
                int i, j;
                g_234 = (void*)0;
                g_234 = l_310;
                if ((*g_234))
                    continue;
            }
            else
            { /* block id: 105 */
                int32_t *l_311 = &l_31;
                int32_t *l_312[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_312[i] = &l_31;
                g_314++;
                (*g_319) = g_317;
                if ((*l_292))
                    continue;
                if (l_320[0])
                    continue;
            }
            (*l_292) = (safe_rshift_func_uint16_t_u_s((safe_unary_minus_func_uint8_t_u(((((**l_308) = (l_326[3][4] = (g_215 = ((***l_242)--)))) < (safe_mod_func_int8_t_s_s((*g_38), (safe_add_func_int64_t_s_s((g_314 || (safe_lshift_func_int16_t_s_s(((*g_167) , (safe_mod_func_uint64_t_u_u(l_335, ((l_272 || (*l_292)) & (((0x25318A651242CBDCLL && (*l_292)) <= (**g_84)) && (*g_85)))))), (*l_310)))), 0x7EAA5562F0F951E7LL))))) | l_336))), 5));
            l_340++;
            l_343 = &l_277;
        }
        else
        { /* block id: 118 */
            int64_t l_383 = 0x502D78261AB18A52LL;
            int32_t l_396[4][3][6] = {{{0xB8C41C65L,0x5246675FL,0x5246675FL,0xB8C41C65L,(-7L),0x279C502AL},{(-7L),0x9B51BDFFL,0xF3979143L,0xB8C41C65L,0x279C502AL,1L},{0xB8C41C65L,0x279C502AL,1L,0x4B0CF762L,0x279C502AL,0x9B51BDFFL}},{{0x8D98D93EL,0x9B51BDFFL,(-7L),(-7L),(-7L),0x9B51BDFFL},{0x933A933DL,0x5246675FL,1L,0x6C35C314L,0xF3979143L,1L},{0x933A933DL,(-7L),0xF3979143L,(-7L),(-1L),0x279C502AL}},{{0x8D98D93EL,(-7L),0x5246675FL,0x4B0CF762L,0xF3979143L,0xF3979143L},{0xB8C41C65L,0x5246675FL,0x5246675FL,0xB8C41C65L,(-7L),0x279C502AL},{(-7L),0x9B51BDFFL,0xF3979143L,0xB8C41C65L,0x279C502AL,1L}},{{0xB8C41C65L,0x279C502AL,1L,0x4B0CF762L,0x279C502AL,0x9B51BDFFL},{0x8D98D93EL,0x9B51BDFFL,(-7L),(-7L),(-7L),0x9B51BDFFL},{0x933A933DL,0x5246675FL,1L,0x6C35C314L,0xF3979143L,1L}}};
            int8_t *l_419 = (void*)0;
            int8_t *l_420 = (void*)0;
            int8_t *l_421 = &l_277.f2;
            int i, j, k;
            g_234 = &g_43;
            if ((((void*)0 != &g_184) == 0x32L))
            { /* block id: 120 */
                int32_t *l_344 = &l_175;
                int32_t *l_345 = &l_326[2][1];
                int32_t *l_346 = &l_31;
                int32_t *l_347 = (void*)0;
                int32_t *l_348 = (void*)0;
                int32_t *l_349 = &l_175;
                int32_t *l_350[1][5];
                uint64_t ****l_380 = &g_318;
                uint64_t *****l_379 = &l_380;
                uint32_t l_381[8];
                int16_t l_382 = 0xFC01L;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_350[i][j] = &l_31;
                }
                for (i = 0; i < 8; i++)
                    l_381[i] = 0x78794BD4L;
                ++g_351;
                g_43 |= (((&g_43 != &l_175) > (safe_div_func_uint8_t_u_u(((safe_mod_func_uint8_t_u_u(g_124, l_306)) , (safe_sub_func_int8_t_s_s(((**l_164) = (safe_add_func_uint16_t_u_u((safe_unary_minus_func_int8_t_s((safe_lshift_func_int16_t_s_s((*g_85), 6)))), (g_384 = ((((safe_div_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s(((*l_284)++), (((safe_rshift_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((-6L), 5)) == 0xD3253132326A62A6LL), 1)) & ((safe_mul_func_uint16_t_u_u((((safe_add_func_uint8_t_u_u((((*l_379) = &g_318) == (*g_319)), 1L)) ^ 0x21EEL) >= 0xC8A464E9L), 65528UL)) , l_381[2])) && g_126[1][0]))) >= l_382), 0x85ECL)) , g_5) == l_383) >= (*l_344)))))), g_190))), g_126[0][1]))) <= (*l_346));
                if ((*g_234))
                    break;
            }
            else
            { /* block id: 128 */
                int32_t l_391 = 0x64ED354CL;
                int32_t **l_399[6][7] = {{&l_310,&l_261,&l_261,(void*)0,&l_244,&l_261,&l_260},{(void*)0,(void*)0,&l_244,&l_244,&l_244,(void*)0,(void*)0},{&l_260,&l_261,&l_261,&l_260,&l_244,&l_244,(void*)0},{&l_244,(void*)0,&l_310,&l_310,(void*)0,&l_244,&l_260},{(void*)0,&l_310,&l_261,&l_260,&l_261,&l_244,&l_244},{&l_260,&l_261,&l_244,&l_261,&l_260,&l_244,(void*)0}};
                int i, j;
                l_398[0] = ((g_48 = g_109) & (g_126[0][1] < ((l_272 > ((safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((*l_310) , ((*g_38) &= 0x86L)), l_391)), (safe_div_func_uint32_t_u_u(4UL, (g_236 , (safe_lshift_func_int16_t_s_u(((**g_84) |= ((l_396[3][2][5] = l_383) & 0x0BB8B317L)), 7))))))) > g_397)) , (*g_38))));
                l_260 = (g_400 = &g_43);
            }
            (*l_244) = (safe_sub_func_uint16_t_u_u(((*l_284) &= ((safe_rshift_func_int8_t_s_u(((safe_lshift_func_int8_t_s_u(((safe_div_func_int8_t_s_s(((l_383 < (safe_unary_minus_func_uint8_t_u((l_320[2] == (*l_310))))) , ((**l_164) = 0L)), (safe_rshift_func_int8_t_s_s((((safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(((&l_295 != (void*)0) > ((*g_117) = 18446744073709551612UL)), ((((*l_421) = (g_168[0].f2 = ((*g_58) != (l_396[2][0][1] ^= (safe_add_func_uint16_t_u_u((~((*l_244) < (*g_58))), (**g_84))))))) , (*l_261)) > g_126[0][1]))), (*g_234))) | 0xC4C1L) | (*l_244)), 6)))) && (*l_261)), 5)) , (*g_38)), l_383)) | (-1L))), (-6L)));
        }
    }
    return l_422;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int8_t * func_6(int8_t * p_7, uint16_t  p_8, int64_t  p_9, int16_t  p_10, uint32_t  p_11)
{ /* block id: 49 */
    return &g_149[2][7][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_75 g_17 g_156 g_124 g_43
 * writes: g_149 g_156 g_43
 */
static int8_t * func_18(int16_t * p_19)
{ /* block id: 44 */
    int32_t l_142 = 0x3BF6274BL;
    int8_t *l_148 = &g_149[2][7][2];
    uint16_t *l_152 = &g_54[6][0][0];
    uint64_t *l_155[1][1][1];
    int32_t l_157 = 0xA76E4515L;
    int32_t *l_162 = &g_43;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_155[i][j][k] = &g_156;
        }
    }
    (*l_162) &= (safe_div_func_int64_t_s_s((l_142 , (safe_unary_minus_func_uint32_t_u(((safe_div_func_uint8_t_u_u(g_75, ((*p_19) ^ (safe_div_func_int8_t_s_s(((*l_148) = l_142), ((l_142 < (safe_add_func_uint64_t_u_u((l_142 || (p_19 == l_152)), (safe_sub_func_uint8_t_u_u(((g_156++) || (safe_add_func_uint16_t_u_u(l_142, 0x447EL))), g_124))))) && l_157)))))) , l_157)))), l_157));
    return l_148;
}


/* ------------------------------------------ */
/* 
 * reads : g_17 g_30 g_48 g_43 g_54 g_75 g_84 g_85 g_109 g_117 g_106
 * writes: g_17 g_30 g_48 g_54 g_58 g_43 g_75 g_106 g_110 g_116 g_125
 */
static int16_t * func_20(uint64_t  p_21, int8_t * p_22)
{ /* block id: 5 */
    int16_t l_44 = 0L;
    int32_t l_45 = 1L;
    int32_t l_46[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    int8_t l_55 = 0x5FL;
    uint64_t l_73 = 1UL;
    uint64_t *l_113 = &g_75;
    uint64_t **l_112 = &l_113;
    uint64_t ***l_114 = (void*)0;
    uint64_t ***l_115[9] = {&l_112,&l_112,&l_112,&l_112,&l_112,&l_112,&l_112,&l_112,&l_112};
    const int16_t *l_123 = &g_124;
    const int16_t **l_122[10][8][3] = {{{&l_123,&l_123,(void*)0},{&l_123,&l_123,(void*)0},{(void*)0,&l_123,&l_123},{(void*)0,(void*)0,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123}},{{&l_123,&l_123,&l_123},{&l_123,(void*)0,&l_123},{&l_123,(void*)0,&l_123},{&l_123,(void*)0,(void*)0},{&l_123,&l_123,(void*)0},{&l_123,&l_123,&l_123},{&l_123,(void*)0,&l_123},{&l_123,(void*)0,&l_123}},{{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,(void*)0},{&l_123,&l_123,(void*)0},{&l_123,&l_123,&l_123},{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123}},{{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,(void*)0,(void*)0},{&l_123,&l_123,(void*)0},{&l_123,&l_123,&l_123}},{{&l_123,&l_123,&l_123},{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123},{(void*)0,&l_123,&l_123},{(void*)0,&l_123,&l_123},{&l_123,&l_123,(void*)0},{&l_123,&l_123,(void*)0},{(void*)0,&l_123,&l_123}},{{(void*)0,(void*)0,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123}},{{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123}},{{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,(void*)0},{&l_123,(void*)0,(void*)0},{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,(void*)0}},{{&l_123,(void*)0,(void*)0},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{(void*)0,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{(void*)0,&l_123,&l_123}},{{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123},{&l_123,&l_123,&l_123},{&l_123,(void*)0,&l_123},{&l_123,(void*)0,&l_123},{&l_123,&l_123,&l_123},{(void*)0,&l_123,&l_123},{&l_123,&l_123,&l_123}}};
    struct S0 l_128 = {252UL,0x27105428L,0x94L};
    int32_t *l_139[4] = {&l_46[7],&l_46[7],&l_46[7],&l_46[7]};
    int i, j, k;
    for (g_17 = (-10); (g_17 > (-14)); g_17--)
    { /* block id: 8 */
        int32_t l_41[1][2][3] = {{{0xC1E183A0L,9L,0xC1E183A0L},{0xC1E183A0L,9L,0xC1E183A0L}}};
        int32_t l_47 = 1L;
        uint16_t *l_57 = &g_54[6][0][0];
        int16_t **l_86 = &g_85;
        int i, j, k;
        for (g_30 = 0; (g_30 <= 0); g_30 += 1)
        { /* block id: 11 */
            int32_t *l_42[6];
            uint16_t *l_53 = &g_54[6][0][0];
            int16_t **l_107 = &g_85;
            uint32_t l_108 = 0x0324A0BDL;
            int32_t l_111 = (-8L);
            int i;
            for (i = 0; i < 6; i++)
                l_42[i] = &g_43;
            g_48++;
            if ((l_45 != (((safe_add_func_uint64_t_u_u((((*l_53) = g_48) | l_55), g_17)) , (!(g_43 = (l_53 == (g_58 = l_57))))) != (safe_sub_func_int8_t_s_s((((safe_div_func_int8_t_s_s(2L, (l_46[7] = (safe_rshift_func_uint8_t_u_s((&l_47 == (l_47 , &l_46[7])), g_30))))) == p_21) | 0L), 0x62L)))))
            { /* block id: 17 */
                if (p_21)
                    break;
                if (g_43)
                    break;
            }
            else
            { /* block id: 20 */
                int64_t l_67 = 0xCBD03168F1D39FA4LL;
                int32_t l_74 = 0L;
                l_45 = (safe_div_func_int8_t_s_s(((5UL | ((l_41[0][1][2] > ((((p_21 , p_21) | (l_67 && (safe_lshift_func_uint8_t_u_u(((p_21 == (((safe_rshift_func_int16_t_s_s(((((*l_53) |= l_41[0][0][1]) != (g_43 && ((~(l_46[7] |= 65535UL)) | (-1L)))) == 6UL), g_48)) <= (-1L)) != g_30)) <= l_41[0][1][2]), 2)))) >= l_73) | (-6L))) && g_54[6][0][0])) == l_55), p_21));
                --g_75;
                if (g_17)
                    break;
            }
            for (p_21 = 0; (p_21 <= 0); p_21 += 1)
            { /* block id: 29 */
                int16_t ***l_87 = &l_86;
                uint64_t *l_95[8];
                int i, j, k;
                for (i = 0; i < 8; i++)
                    l_95[i] = &g_75;
                if (l_41[p_21][(p_21 + 1)][(g_30 + 1)])
                    break;
                g_43 |= (((((safe_mod_func_int32_t_s_s((safe_sub_func_uint64_t_u_u((safe_mod_func_int32_t_s_s(((g_84 == ((*l_87) = l_86)) & (((safe_div_func_int32_t_s_s((~(g_110[0][8][0] = ((safe_mod_func_int32_t_s_s((!((safe_unary_minus_func_uint64_t_u((l_47 = l_41[p_21][(p_21 + 1)][(g_30 + 1)]))) >= (safe_sub_func_int8_t_s_s((safe_add_func_int8_t_s_s(((((safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_s(((*l_53) = (((g_106 = &g_85) == l_107) == p_21)), (((l_108 == ((void*)0 != &g_85)) , (**g_84)) || (**g_84)))), p_21)), 5)) && 0L) , p_21) > 4294967295UL), l_41[0][1][0])), g_75)))), g_109)) ^ g_48))), 0x68FEE394L)) , l_47) , g_30)), 1L)), g_30)), l_111)) & 0xAAA56D44L) && g_75) < 0UL) ^ 0x41L);
            }
        }
    }
    g_116 = l_112;
    g_43 = (((safe_add_func_uint32_t_u_u((p_21 , p_21), (safe_mul_func_uint16_t_u_u((((g_125 = &l_44) != (((+(((&g_85 != &g_85) == (l_128 , (safe_div_func_int32_t_s_s((((safe_lshift_func_uint16_t_u_s((safe_sub_func_uint32_t_u_u((safe_sub_func_int64_t_s_s(9L, (*g_117))), (safe_add_func_int32_t_s_s((l_45 , 0xC662609BL), l_44)))), l_128.f0)) != 7L) , g_43), p_21)))) == l_46[7])) | 0x9661L) , (*g_84))) >= l_128.f1), 0x8637L)))) == 0x3E1BL) , 0x79E523DBL);
    return (*g_106);
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_54[i][j][k], "g_54[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_110[i][j][k], "g_110[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_124, "g_124", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_126[i][j], "g_126[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_149[i][j][k], "g_149[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_168[i].f0, "g_168[i].f0", print_hash_value);
        transparent_crc(g_168[i].f1, "g_168[i].f1", print_hash_value);
        transparent_crc(g_168[i].f2, "g_168[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    transparent_crc(g_314, "g_314", print_hash_value);
    transparent_crc(g_351, "g_351", print_hash_value);
    transparent_crc(g_384, "g_384", print_hash_value);
    transparent_crc(g_397, "g_397", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 76
   depth: 1, occurrence: 4
XXX total union variables: 1

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
   depth: 1, occurrence: 62
   depth: 2, occurrence: 9
   depth: 3, occurrence: 1
   depth: 11, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 23, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 29, occurrence: 1
   depth: 31, occurrence: 1
   depth: 33, occurrence: 1
   depth: 35, occurrence: 1

XXX total number of pointers: 93

XXX times a variable address is taken: 162
XXX times a pointer is dereferenced on RHS: 63
breakdown:
   depth: 1, occurrence: 55
   depth: 2, occurrence: 8
XXX times a pointer is dereferenced on LHS: 43
breakdown:
   depth: 1, occurrence: 38
   depth: 2, occurrence: 4
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 8
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 544

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 196
   level: 2, occurrence: 31
   level: 3, occurrence: 8
   level: 4, occurrence: 1
   level: 5, occurrence: 2
XXX number of pointers point to pointers: 25
XXX number of pointers point to scalars: 64
XXX number of pointers point to structs: 4
XXX percent of pointers has null in alias set: 24.7
XXX average alias set size: 1.33

XXX times a non-volatile is read: 314
XXX times a non-volatile is write: 129
XXX times a volatile is read: 11
XXX    times read thru a pointer: 0
XXX times a volatile is write: 10
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 109
XXX percentage of non-volatile access: 95.5

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 58
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 6
   depth: 2, occurrence: 17
   depth: 3, occurrence: 23

XXX percentage a fresh-made variable is used: 18.9
XXX percentage an existing variable is used: 81.1
********************* end of statistics **********************/

