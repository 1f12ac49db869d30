/* Csmith 2.3.0 --seed 24 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 90E374CC */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 24 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      24
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t  f0;
};

union U1 {
   int32_t  f0;
   uint8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2 = 5L;/* VOLATILE GLOBAL g_2 */
static volatile int32_t g_3[9][4] = {{0x7F5ED9A9L,(-3L),(-3L),0x7F5ED9A9L},{(-3L),0x7F5ED9A9L,0x398070ADL,0xB666A756L},{(-3L),0x398070ADL,(-3L),(-3L)},{0x7F5ED9A9L,0xB666A756L,(-3L),(-3L)},{0x398070ADL,0x398070ADL,0xFA5C62E0L,0xB666A756L},{0xB666A756L,0x7F5ED9A9L,0xFA5C62E0L,0x7F5ED9A9L},{0x398070ADL,(-3L),(-3L),0xFA5C62E0L},{0x7F5ED9A9L,(-3L),(-3L),0x7F5ED9A9L},{(-3L),0x7F5ED9A9L,0x398070ADL,0xB666A756L}};
static int32_t g_4 = 3L;
static uint64_t g_18 = 1UL;
static uint64_t g_25 = 0x0BB101EB64D07DDBLL;
static uint64_t *g_32 = &g_25;
static uint64_t **g_31 = &g_32;
static int32_t g_46 = 5L;
static union U1 g_53 = {-1L};
static union U1 *g_52[2] = {&g_53,&g_53};
static union U1 *g_59 = &g_53;
static uint16_t g_65 = 0xE66CL;
static uint16_t *g_67 = &g_65;
static int32_t * volatile g_96 = &g_53.f0;/* VOLATILE GLOBAL g_96 */
static int64_t g_126 = 6L;
static volatile union U0 g_130 = {0x21L};/* VOLATILE GLOBAL g_130 */
static volatile union U0 *g_129[4] = {&g_130,&g_130,&g_130,&g_130};
static volatile uint32_t g_149 = 0xE786ADADL;/* VOLATILE GLOBAL g_149 */
static volatile union U0 ** volatile g_153[6] = {&g_129[1],&g_129[1],&g_129[1],&g_129[1],&g_129[1],(void*)0};
static volatile union U0 *g_154 = &g_130;
static volatile union U0 ** volatile *g_160 = &g_153[5];
static volatile union U0 ** volatile ** volatile g_159 = &g_160;/* VOLATILE GLOBAL g_159 */
static uint32_t g_188 = 0x6C57027BL;
static int8_t g_231 = 1L;
static uint64_t g_234 = 0UL;
static uint16_t g_236 = 0xB5E6L;
static volatile uint64_t g_246 = 1UL;/* VOLATILE GLOBAL g_246 */
static int32_t *g_253 = &g_46;
static int32_t ** volatile g_252 = &g_253;/* VOLATILE GLOBAL g_252 */
static uint8_t *g_257 = &g_53.f1;
static uint8_t **g_256 = &g_257;
static union U0 g_275 = {0x5CL};
static int32_t g_285 = 0x93D7C05EL;
static uint8_t g_339 = 0xD7L;
static union U1 * const *g_348[5][6] = {{&g_52[1],&g_52[0],&g_52[1],&g_52[0],&g_59,(void*)0},{&g_52[1],&g_52[0],&g_52[0],&g_52[1],&g_52[1],&g_52[0]},{(void*)0,(void*)0,&g_52[0],&g_52[1],&g_52[0],&g_52[0]},{&g_52[1],&g_52[0],(void*)0,&g_52[0],(void*)0,&g_52[0]},{&g_52[1],&g_52[1],(void*)0,&g_59,(void*)0,&g_52[0]}};
static union U1 * const **g_347 = &g_348[0][3];
static union U1 * const ***g_346[4][6][3] = {{{(void*)0,&g_347,(void*)0},{&g_347,&g_347,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_347,(void*)0},{&g_347,(void*)0,&g_347},{(void*)0,(void*)0,&g_347}},{{(void*)0,&g_347,&g_347},{&g_347,(void*)0,&g_347},{(void*)0,(void*)0,&g_347},{&g_347,&g_347,&g_347},{&g_347,(void*)0,&g_347},{&g_347,&g_347,&g_347}},{{&g_347,&g_347,&g_347},{&g_347,&g_347,(void*)0},{(void*)0,&g_347,(void*)0},{&g_347,&g_347,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_347,(void*)0}},{{&g_347,(void*)0,&g_347},{(void*)0,(void*)0,&g_347},{(void*)0,&g_347,&g_347},{&g_347,(void*)0,&g_347},{(void*)0,(void*)0,&g_347},{&g_347,&g_347,&g_347}}};
static union U1 * const **** volatile g_345 = &g_346[1][5][0];/* VOLATILE GLOBAL g_345 */
static int32_t g_358 = 1L;
static int32_t g_386[9] = {1L,1L,1L,1L,1L,1L,1L,1L,1L};
static union U0 ****g_435 = (void*)0;
static union U0 ****g_439 = (void*)0;
static int32_t ** volatile g_445 = (void*)0;/* VOLATILE GLOBAL g_445 */
static volatile uint64_t *g_514 = (void*)0;
static volatile uint64_t ** const g_513[3][3] = {{&g_514,&g_514,&g_514},{&g_514,&g_514,&g_514},{&g_514,&g_514,&g_514}};
static volatile uint64_t ** const  volatile *g_512 = &g_513[2][1];
static volatile uint64_t ** const  volatile **g_511 = &g_512;
static volatile uint64_t ** const  volatile ** volatile * volatile g_510 = &g_511;/* VOLATILE GLOBAL g_510 */
static uint8_t g_516[8][9] = {{1UL,0x19L,1UL,0x93L,0UL,1UL,0xF6L,0UL,0x93L},{1UL,0UL,0x93L,1UL,0x19L,1UL,0x93L,0UL,1UL},{252UL,0UL,0x93L,0x93L,0x2EL,252UL,0x93L,1UL,0x93L},{0x93L,0x19L,0x93L,0x93L,0x19L,0x93L,0xF6L,1UL,0x93L},{252UL,0x2EL,0x93L,0x93L,0UL,252UL,252UL,0UL,0x93L},{1UL,0x19L,1UL,0x93L,0UL,1UL,0xF6L,0UL,0x93L},{1UL,0UL,0x93L,1UL,0x19L,1UL,0x93L,0UL,1UL},{252UL,0UL,0x93L,0x93L,0x2EL,252UL,0x79L,0xF6L,0x79L}};
static int16_t g_541 = 0x9541L;
static int16_t *g_540 = &g_541;
static int8_t g_544 = 0xB1L;
static int32_t * volatile g_572 = &g_386[5];/* VOLATILE GLOBAL g_572 */
static int32_t *g_576 = &g_46;
static int32_t ** volatile g_575 = &g_576;/* VOLATILE GLOBAL g_575 */
static const union U0 *g_588 = (void*)0;
static const union U0 **g_587 = &g_588;
static int32_t * volatile g_687 = &g_4;/* VOLATILE GLOBAL g_687 */
static int8_t *g_694 = &g_544;
static int8_t **g_693[4][3][1] = {{{&g_694},{&g_694},{&g_694}},{{&g_694},{&g_694},{&g_694}},{{&g_694},{&g_694},{&g_694}},{{&g_694},{&g_694},{&g_694}}};


/* --- FORWARD DECLARATIONS --- */
static const uint64_t  func_1(void);
static union U0  func_19(uint64_t * p_20, int16_t  p_21);
static uint64_t * func_22(uint8_t  p_23);
static uint64_t * func_26(uint64_t * p_27, uint32_t  p_28);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_252 g_575 g_386 g_256 g_257 g_53.f1 g_587 g_358 g_253 g_2 g_540 g_541 g_31 g_32 g_25 g_18 g_67 g_65 g_285 g_576 g_275.f0 g_53.f0 g_52 g_53 g_188 g_231 g_544 g_130.f0 g_687 g_693 g_46 g_694 g_510 g_511 g_512 g_513 g_159 g_160 g_153 g_516 g_59 g_588 g_236
 * writes: g_4 g_253 g_576 g_275.f0 g_587 g_18 g_386 g_52 g_541 g_53 g_693 g_25 g_285 g_540 g_588 g_236 g_188
 */
static const uint64_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_10 = 3UL;
    uint64_t *l_539[9][5] = {{&g_234,&g_234,&g_234,&g_234,&g_234},{&g_25,&g_25,&g_25,&g_25,&g_25},{&g_234,&g_234,&g_234,&g_234,&g_234},{&g_25,&g_25,&g_25,&g_25,&g_25},{&g_234,&g_234,&g_234,&g_234,&g_234},{&g_25,&g_25,&g_25,&g_25,&g_25},{&g_234,&g_234,&g_234,&g_234,&g_234},{&g_25,&g_25,&g_25,&g_25,&g_25},{&g_234,&g_234,&g_234,&g_234,&g_234}};
    int32_t *l_573 = &g_386[5];
    int32_t **l_574 = (void*)0;
    int8_t *l_586 = &g_275.f0;
    const union U0 ***l_589 = &g_587;
    const union U0 **l_590 = &g_588;
    union U1 **l_620 = &g_52[1];
    union U1 ***l_619 = &l_620;
    union U1 ****l_618 = &l_619;
    int32_t l_650[10][1] = {{0xCB4645ADL},{0x509953ACL},{0xCB4645ADL},{0x509953ACL},{0xCB4645ADL},{0x509953ACL},{0xCB4645ADL},{0x509953ACL},{0xCB4645ADL},{0x509953ACL}};
    int8_t l_653[4][9] = {{0x76L,(-1L),(-1L),0x76L,(-1L),0x76L,(-1L),(-1L),0x76L},{0x9AL,0L,(-10L),0L,0x9AL,0x9AL,0L,(-10L),0L},{(-1L),(-1L),0x25L,0x25L,(-1L),(-1L),(-1L),0x25L,0x25L},{0x9AL,0x9AL,0L,(-10L),0L,0x9AL,0x9AL,0L,(-10L)}};
    uint64_t l_656 = 0x229A8898D63285A2LL;
    uint64_t l_684[3];
    int16_t l_686 = 0xAB72L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_684[i] = 0x4EF41AC3BB65D8B1LL;
    for (g_4 = 0; (g_4 == 4); g_4 = safe_add_func_uint64_t_u_u(g_4, 7))
    { /* block id: 3 */
        int64_t l_9 = 0xAD38DC5336DE0184LL;
        uint64_t *l_17 = &g_18;
        uint64_t **l_538[8] = {&l_17,&l_17,&g_32,&l_17,&l_17,&g_32,&l_17,&l_17};
        int8_t *l_543 = &g_544;
        int i;
    }
    (*g_575) = ((*g_252) = l_573);
    if ((((*l_573) , ((**g_256) > (safe_rshift_func_uint16_t_u_s((((safe_add_func_uint32_t_u_u(((~((((void*)0 != &l_573) | (safe_lshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s(0xE3L, 0xCBL)), ((*l_586) = 0xE6L)))) , (((*l_589) = g_587) == l_590))) , 0x2D04DB9CL), g_358)) != (*g_253)) > g_2), (*g_540))))) >= 0xE6L))
    { /* block id: 228 */
        int32_t **l_591[2];
        union U1 l_594 = {0x8D031299L};
        union U1 **l_599 = &g_52[1];
        union U1 ***l_598 = &l_599;
        union U1 ****l_597 = &l_598;
        union U0 l_602 = {0xACL};
        int32_t l_617 = 0xA3CB1FA3L;
        int i;
        for (i = 0; i < 2; i++)
            l_591[i] = (void*)0;
        l_573 = (*g_252);
        (*g_576) = (safe_sub_func_uint16_t_u_u(((-6L) == 0xFE492064866349AELL), (l_594 , (0x77L ^ (safe_sub_func_int16_t_s_s((((**g_31) | (l_597 != ((safe_sub_func_uint8_t_u_u((l_602 , (safe_mod_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((+(!((safe_sub_func_uint64_t_u_u((((**g_31) && (g_18--)) , ((safe_sub_func_uint64_t_u_u((safe_div_func_int64_t_s_s((((*g_67) > (*l_573)) <= (*l_573)), (*l_573))), 0x8EE91EAF27400980LL)) ^ 0x39331E9EA60D25AFLL)), 0x80D72F90DE4CAEAALL)) <= l_617))), 0x00L)), (*g_540)))), g_285)) , l_618))) == 1UL), 0x0B66L))))));
    }
    else
    { /* block id: 232 */
        union U1 *l_621 = &g_53;
        int32_t l_626 = (-7L);
        union U1 l_690 = {1L};
        const int8_t *l_697[3][6] = {{&g_544,(void*)0,&g_544,(void*)0,&g_544,&g_544},{&g_231,(void*)0,(void*)0,&g_231,(void*)0,&g_231},{&g_231,(void*)0,&g_231,(void*)0,(void*)0,&g_231}};
        const int8_t **l_696 = &l_697[1][3];
        uint16_t l_698 = 0xC915L;
        uint64_t *l_715 = &g_25;
        uint32_t *l_730 = &g_188;
        int i, j;
        if ((**g_575))
        { /* block id: 233 */
            const union U1 *l_635 = &g_53;
            const union U1 **l_634[5][8][6] = {{{&l_635,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635}},{{&l_635,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,(void*)0,(void*)0,(void*)0},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,(void*)0,&l_635,&l_635,&l_635},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,(void*)0,(void*)0}},{{&l_635,&l_635,&l_635,(void*)0,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{(void*)0,(void*)0,(void*)0,(void*)0,&l_635,&l_635},{(void*)0,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,(void*)0,&l_635,&l_635,(void*)0,&l_635},{&l_635,&l_635,(void*)0,&l_635,&l_635,&l_635}},{{&l_635,&l_635,&l_635,(void*)0,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,(void*)0},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{&l_635,(void*)0,&l_635,&l_635,(void*)0,&l_635},{(void*)0,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,(void*)0,&l_635,&l_635,&l_635}},{{(void*)0,(void*)0,&l_635,&l_635,&l_635,(void*)0},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,(void*)0,&l_635},{&l_635,&l_635,&l_635,(void*)0,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635},{(void*)0,(void*)0,(void*)0,&l_635,&l_635,&l_635},{&l_635,(void*)0,&l_635,&l_635,&l_635,&l_635},{&l_635,&l_635,&l_635,&l_635,&l_635,&l_635}}};
            const union U1 ***l_633 = &l_634[2][0][5];
            const union U1 ****l_632 = &l_633;
            const union U1 *****l_631 = &l_632;
            int32_t l_651 = 0x1F2BE479L;
            int32_t l_652 = 0x27A2F010L;
            int32_t l_655 = 0x88AC7112L;
            int i, j, k;
            (***l_618) = l_621;
            if ((safe_div_func_int8_t_s_s(0x90L, 0x7FL)))
            { /* block id: 235 */
                int64_t *l_643 = (void*)0;
                int64_t *l_644[1][5];
                int64_t l_645 = 4L;
                int32_t l_646 = 0x386D3DF8L;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_644[i][j] = &g_126;
                }
                (*g_253) = ((0x03L <= (safe_mul_func_uint8_t_u_u(l_626, (safe_mod_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((*g_540) = (((void*)0 == l_631) || ((safe_rshift_func_int8_t_s_u((-5L), 1)) , (((safe_mod_func_int64_t_s_s(((((~((l_645 ^= ((((*g_257) | g_275.f0) >= ((safe_sub_func_int16_t_s_s((((*g_257) != 0x1FL) != 0xFA47L), 0xD1B7L)) ^ g_53.f0)) != 65535UL)) ^ l_646)) >= (**g_256)) < 0x9AL) && l_626), 0xF525424842965A55LL)) && (*g_67)) | (*g_67))))), (*l_573))), 0xAFFBL))))) > l_646);
                return (**g_31);
            }
            else
            { /* block id: 240 */
                int32_t *l_647 = &g_386[5];
                int32_t *l_648 = &g_386[8];
                int32_t *l_649[4][7][2] = {{{&g_53.f0,&g_386[6]},{(void*)0,&g_53.f0},{&g_386[1],&g_4},{&g_386[1],&g_53.f0},{(void*)0,&g_4},{&g_4,(void*)0},{&g_386[1],&g_386[6]}},{{(void*)0,&g_4},{&g_4,&g_4},{&g_386[4],&g_4},{&g_4,&g_4},{(void*)0,&g_386[6]},{&g_386[1],(void*)0},{&g_4,&g_4}},{{&g_4,&g_4},{(void*)0,&g_53.f0},{(void*)0,&g_4},{&g_4,&g_4},{&g_4,(void*)0},{&g_386[1],&g_386[6]},{(void*)0,&g_4}},{{&g_4,&g_4},{&g_386[4],&g_4},{&g_4,&g_4},{(void*)0,&g_386[6]},{&g_386[1],(void*)0},{&g_4,&g_4},{&g_4,&g_4}}};
                int64_t l_654 = 5L;
                int i, j, k;
                l_656--;
                return (**g_31);
            }
        }
        else
        { /* block id: 244 */
            const uint64_t l_661 = 2UL;
            int32_t l_685 = 0L;
            int8_t ***l_695 = &g_693[1][0][0];
            int32_t *l_725 = (void*)0;
            int32_t **l_727[7];
            int i;
            for (i = 0; i < 7; i++)
                l_727[i] = &l_573;
            (*g_687) = ((*g_576) = (safe_div_func_int8_t_s_s(((l_661 , (((safe_mod_func_int32_t_s_s((safe_add_func_int32_t_s_s(((((**g_256) >= ((safe_div_func_int32_t_s_s(0x58A38B85L, (safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u((safe_add_func_uint32_t_u_u(((***l_619) , (safe_lshift_func_uint16_t_u_u(((*l_573) < ((safe_mod_func_int64_t_s_s(((l_626 , (-1L)) <= ((safe_lshift_func_uint16_t_u_s(((((safe_add_func_uint64_t_u_u(((safe_div_func_int8_t_s_s(0x66L, (*g_257))) >= g_188), 0xE8EAE525FB524446LL)) ^ g_4) != g_231) || l_626), (*g_540))) != l_626)), 0x5AB75A38078AB5C1LL)) == g_544)), (*g_67)))), g_358)), g_130.f0)), (*g_257))))) | l_684[0])) & (*g_540)) ^ (*g_67)), l_626)), l_626)) , l_685) >= 0UL)) && l_686), g_25)));
            if ((((((safe_sub_func_uint8_t_u_u((((*g_67) | 3UL) > ((((l_690 = ((***l_619) = (*l_621))) , ((1UL || (*g_540)) | (safe_mul_func_uint8_t_u_u(((((((*l_695) = g_693[1][0][0]) != (l_690.f1 , l_696)) || l_698) ^ l_685) <= 0xF020BEFD51FC5D65LL), 0UL)))) , g_46) >= (**g_31))), (*g_694))) | 0L) == l_698) <= (-1L)) || l_698))
            { /* block id: 250 */
                uint16_t l_699[5] = {0x51B2L,0x51B2L,0x51B2L,0x51B2L,0x51B2L};
                int16_t *l_723 = &l_686;
                const uint8_t l_724 = 0UL;
                int i;
                ++l_699[3];
                (*g_253) = (safe_mul_func_int8_t_s_s((((((safe_sub_func_int32_t_s_s(((safe_mod_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_mod_func_uint8_t_u_u((l_690.f0 != (((void*)0 == (***g_510)) , (((safe_unary_minus_func_int16_t_s((safe_div_func_int32_t_s_s(((func_19(l_715, (safe_mod_func_uint16_t_u_u(((**g_159) != (*l_589)), (safe_div_func_int32_t_s_s(((+(((*g_540) | (0x7B63E823L | ((safe_sub_func_int16_t_s_s(((*l_723) = ((0xFD83L < (-1L)) || (-5L))), l_685)) , 0x04510AD2L))) ^ (*g_694))) , (-1L)), 0x9889FBE6L))))) , (**g_252)) <= (*l_573)), 0x04414EFEL)))) || 65526UL) ^ (*g_694)))), 0x43L)), l_724)), l_626)) & 1UL), (*g_576))) & 2L) >= l_690.f0) == 5L) <= l_690.f0), 0xC0L));
            }
            else
            { /* block id: 254 */
                int32_t **l_726 = &g_253;
                (*l_726) = l_725;
                (*l_573) |= (l_727[3] != &g_687);
                return l_626;
            }
        }
        (*g_587) = (*g_587);
        for (g_236 = 0; (g_236 <= 11); ++g_236)
        { /* block id: 263 */
            uint8_t l_735 = 254UL;
            int16_t **l_740 = &g_540;
            int32_t **l_741 = &g_576;
            int32_t **l_742 = &l_573;
            (*g_253) = (((l_730 == &g_149) == ((**g_31) ^= (safe_add_func_int32_t_s_s((**g_575), (safe_mul_func_int8_t_s_s(l_735, 1UL)))))) < (((*l_740) = (((*l_730) = (((l_626 ^ 65529UL) >= (safe_add_func_int8_t_s_s((((((safe_mod_func_int64_t_s_s(((g_386[1] || ((*l_573) , g_236)) , 0xFA54120BD37EFCD5LL), 18446744073709551610UL)) , 0x2B591526L) <= (*g_576)) , (void*)0) == &g_126), l_690.f0))) <= 0x893BL)) , &l_686)) == &g_541));
            (*l_742) = ((*l_741) = (*g_575));
        }
    }
    return (*l_573);
}


/* ------------------------------------------ */
/* 
 * reads : g_53.f1 g_188 g_511 g_512 g_513 g_516 g_386 g_59 g_53 g_358 g_46
 * writes: g_53.f1 g_25 g_285 g_540
 */
static union U0  func_19(uint64_t * p_20, int16_t  p_21)
{ /* block id: 193 */
    union U1 * const ***l_548[10];
    int32_t l_553 = 0x27D33028L;
    int32_t l_554[4];
    uint8_t **l_561 = &g_257;
    union U0 l_571 = {-5L};
    int i;
    for (i = 0; i < 10; i++)
        l_548[i] = &g_347;
    for (i = 0; i < 4; i++)
        l_554[i] = 0x2CB6419FL;
    for (g_53.f1 = 0; (g_53.f1 <= 2); g_53.f1 += 1)
    { /* block id: 196 */
        union U1 **l_547 = (void*)0;
        union U1 ***l_546[5][7] = {{&l_547,(void*)0,&l_547,&l_547,(void*)0,&l_547,(void*)0},{(void*)0,&l_547,(void*)0,(void*)0,&l_547,(void*)0,&l_547},{&l_547,(void*)0,&l_547,&l_547,(void*)0,&l_547,(void*)0},{(void*)0,&l_547,(void*)0,(void*)0,&l_547,(void*)0,&l_547},{&l_547,(void*)0,&l_547,&l_547,(void*)0,&l_547,(void*)0}};
        union U1 **** const l_545[8][7] = {{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]},{&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4],&l_546[4][4]}};
        int32_t l_549[1][9] = {{(-1L),(-8L),(-8L),(-1L),(-8L),(-8L),(-1L),(-8L),(-8L)}};
        int64_t l_569 = (-7L);
        int i, j;
        l_549[0][7] &= ((l_545[3][5] != l_548[9]) ^ g_188);
        for (g_25 = 0; (g_25 <= 2); g_25 += 1)
        { /* block id: 200 */
            union U0 l_550 = {0L};
            int32_t l_555[1];
            uint8_t l_556 = 0x3AL;
            union U1 l_564[3][2][8] = {{{{-6L},{0xFF442B08L},{1L},{1L},{0xFF442B08L},{-6L},{0x65170448L},{0x65170448L}},{{-6L},{0xFF442B08L},{1L},{1L},{0xFF442B08L},{-6L},{0x65170448L},{0x65170448L}}},{{{-6L},{0xFF442B08L},{1L},{1L},{0xFF442B08L},{-6L},{0x65170448L},{0x65170448L}},{{-6L},{0xFF442B08L},{1L},{1L},{0xFF442B08L},{-6L},{0x65170448L},{0x65170448L}}},{{{-6L},{0xFF442B08L},{1L},{1L},{0xFF442B08L},{-6L},{0x65170448L},{0x65170448L}},{{-6L},{0xFF442B08L},{1L},{1L},{0xFF442B08L},{-6L},{0x65170448L},{0x65170448L}}}};
            union U1 l_565 = {0x8EB32115L};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_555[i] = 7L;
            for (g_285 = 0; (g_285 <= 2); g_285 += 1)
            { /* block id: 203 */
                return l_550;
            }
            for (l_550.f0 = 0; (l_550.f0 <= 7); l_550.f0 += 1)
            { /* block id: 208 */
                int32_t *l_551 = &l_549[0][7];
                int32_t *l_552[9] = {&g_386[5],&g_386[5],&g_386[5],&g_386[5],&g_386[5],&g_386[5],&g_386[5],&g_386[5],&g_386[5]};
                uint8_t ***l_559 = (void*)0;
                uint8_t ***l_560[1][1][1];
                int16_t **l_566[1][9][3] = {{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}}};
                uint32_t l_570 = 18446744073709551607UL;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_560[i][j][k] = &g_256;
                    }
                }
                l_556++;
                (*l_551) &= ((**g_511) == (**g_511));
                (*l_551) = g_516[(g_53.f1 + 1)][(g_53.f1 + 5)];
                (*l_551) ^= (((((l_561 = (void*)0) == ((safe_mul_func_int16_t_s_s(((((g_386[6] , (g_540 = ((l_565 = l_564[2][0][2]) , (void*)0))) != ((*g_59) , &p_21)) | (safe_lshift_func_int16_t_s_s(((((l_554[3] || l_569) & ((((((g_358 && l_554[3]) > g_46) & l_554[2]) ^ l_554[3]) , g_53.f1) && p_21)) , p_21) || 4294967290UL), l_570))) > g_516[4][2]), p_21)) , &g_257)) || l_565.f0) , l_554[1]) <= 0xA406L);
            }
        }
    }
    return l_571;
}


/* ------------------------------------------ */
/* 
 * reads : g_31 g_4 g_3 g_32 g_52 g_46 g_67 g_53.f0 g_65 g_96 g_25 g_129 g_149 g_159 g_53.f1 g_126 g_234 g_188 g_236 g_231 g_246 g_252 g_253 g_285 g_256 g_257 g_345 g_358 g_275 g_130.f0 g_435 g_386 g_339 g_510 g_516 g_53
 * writes: g_31 g_46 g_25 g_52 g_59 g_67 g_65 g_53.f0 g_129 g_149 g_154 g_32 g_160 g_188 g_53.f1 g_231 g_234 g_236 g_253 g_256 g_126 g_285 g_346 g_358 g_439 g_386
 */
static uint64_t * func_22(uint8_t  p_23)
{ /* block id: 5 */
    uint64_t *l_24 = &g_25;
    uint64_t **l_155 = &g_32;
    uint64_t *l_157 = &g_25;
    uint64_t **l_156 = &l_157;
    int16_t l_185 = 6L;
    int32_t l_195[7] = {0x487D8A3BL,1L,1L,0x487D8A3BL,1L,1L,0x487D8A3BL};
    uint8_t *l_211 = &g_53.f1;
    int8_t *l_230 = &g_231;
    int32_t *l_232 = (void*)0;
    int32_t *l_233 = &g_46;
    uint16_t *l_235 = &g_236;
    uint16_t **l_239 = &l_235;
    union U0 *l_274 = &g_275;
    union U0 **l_273 = &l_274;
    union U0 ***l_272 = &l_273;
    union U0 ****l_271 = &l_272;
    uint64_t ****l_288 = (void*)0;
    uint64_t *****l_287[4][6] = {{&l_288,&l_288,&l_288,&l_288,&l_288,&l_288},{&l_288,&l_288,(void*)0,&l_288,(void*)0,&l_288},{&l_288,&l_288,&l_288,&l_288,(void*)0,&l_288},{(void*)0,&l_288,&l_288,&l_288,&l_288,&l_288}};
    int16_t l_319 = 0x057DL;
    uint32_t l_321 = 0x9391A50DL;
    union U1 l_359 = {0x006055E2L};
    uint16_t l_421 = 0xC539L;
    int32_t *l_444 = &g_4;
    uint32_t l_488 = 0x5F8097B7L;
    union U1 ****l_532 = (void*)0;
    int i, j;
    if ((l_24 != ((*l_156) = ((*l_155) = func_26(l_24, p_23)))))
    { /* block id: 64 */
        volatile union U0 ** volatile **l_158 = (void*)0;
        (*g_159) = &g_153[0];
    }
    else
    { /* block id: 66 */
        volatile int32_t *l_162 = &g_3[2][0];
        volatile int32_t **l_161 = &l_162;
        uint64_t ***l_176 = &l_156;
        uint64_t ****l_175 = &l_176;
        int32_t l_186[5][4] = {{(-7L),0x3A0B3C3FL,(-7L),(-7L)},{0x3A0B3C3FL,0x3A0B3C3FL,0x057C5A96L,0x3A0B3C3FL},{0x3A0B3C3FL,(-7L),(-7L),0x3A0B3C3FL},{(-7L),0x3A0B3C3FL,(-7L),(-7L)},{0x3A0B3C3FL,0x3A0B3C3FL,0x057C5A96L,0x3A0B3C3FL}};
        uint32_t *l_187[1];
        int32_t *l_189 = &g_46;
        int32_t *l_190 = &g_46;
        int32_t *l_191 = &l_186[4][1];
        int32_t *l_192 = &l_186[0][2];
        int32_t *l_193 = (void*)0;
        int32_t *l_194 = &l_186[4][2];
        int32_t *l_196 = (void*)0;
        int32_t *l_197 = &g_46;
        int32_t *l_198 = &g_53.f0;
        int32_t *l_199 = &l_186[2][3];
        int32_t *l_200 = &l_195[6];
        int32_t *l_201 = &l_195[6];
        int32_t *l_202 = &l_195[1];
        int32_t *l_203[4][6][7] = {{{&g_46,&g_53.f0,&l_186[2][0],&g_46,(void*)0,&l_186[2][0],(void*)0},{&g_53.f0,(void*)0,(void*)0,&g_53.f0,&g_46,&g_53.f0,(void*)0},{&g_4,(void*)0,&g_46,&g_46,&g_46,(void*)0,&g_4},{(void*)0,(void*)0,&g_4,(void*)0,(void*)0,(void*)0,(void*)0},{&l_186[2][1],&g_53.f0,&l_186[2][1],&l_186[2][0],&g_46,&l_186[1][3],(void*)0},{(void*)0,&g_46,&g_4,&g_4,&g_46,(void*)0,&g_46}},{{&l_186[2][1],&l_186[2][0],&g_46,&l_186[1][3],(void*)0,&l_186[1][3],&g_46},{(void*)0,(void*)0,(void*)0,&g_4,(void*)0,(void*)0,(void*)0},{&g_4,&l_186[2][0],&l_186[2][0],&l_186[2][0],&g_4,(void*)0,&g_46},{&g_53.f0,&g_46,&g_53.f0,(void*)0,(void*)0,&g_53.f0,&g_46},{&g_46,&g_53.f0,&l_186[2][0],&g_46,(void*)0,&l_186[2][0],(void*)0},{&g_53.f0,(void*)0,(void*)0,&g_53.f0,&g_46,&g_53.f0,(void*)0}},{{&g_4,(void*)0,&g_46,&g_46,&g_46,(void*)0,&g_4},{(void*)0,(void*)0,&g_4,(void*)0,(void*)0,(void*)0,&g_53.f0},{&l_186[2][0],(void*)0,&l_186[2][0],&l_186[1][3],&l_186[2][1],&g_46,&g_4},{&g_53.f0,(void*)0,&g_46,&g_46,(void*)0,&g_53.f0,(void*)0},{&l_186[2][0],&l_186[1][3],&l_186[2][1],&g_46,&g_4,&g_46,&l_186[2][1]},{(void*)0,(void*)0,&g_53.f0,&g_46,&g_53.f0,(void*)0,(void*)0}},{{&g_46,&l_186[1][3],(void*)0,&l_186[1][3],&g_46,&l_186[2][0],&l_186[2][1]},{&g_4,(void*)0,&g_4,&g_53.f0,&g_53.f0,&g_4,(void*)0},{&l_186[2][1],(void*)0,(void*)0,&g_53.f0,&g_4,&l_186[1][3],&g_4},{&g_4,&g_53.f0,&g_53.f0,&g_4,(void*)0,&g_4,&g_53.f0},{&g_46,&l_186[2][0],&l_186[2][1],&g_53.f0,&l_186[2][1],&l_186[2][0],&g_46},{(void*)0,&g_53.f0,&g_46,&g_53.f0,(void*)0,(void*)0,&g_53.f0}}};
        uint32_t l_204[10];
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_187[i] = &g_188;
        for (i = 0; i < 10; i++)
            l_204[i] = 4294967288UL;
        (*l_161) = &g_3[0][2];
        (*l_189) &= ((safe_mul_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u(p_23, (g_188 = (safe_div_func_uint32_t_u_u(((((safe_rshift_func_uint8_t_u_s(5UL, g_149)) | p_23) , (safe_div_func_uint8_t_u_u(p_23, (((*g_67) = (safe_div_func_uint32_t_u_u(((0x0D6C77FDBCA6F5D4LL < (((*l_175) = &g_31) != ((safe_add_func_uint32_t_u_u((safe_sub_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((((p_23 ^ ((safe_rshift_func_uint16_t_u_s((((*g_96) = ((g_53.f1 <= l_185) && p_23)) ^ g_126), 13)) | (*g_32))) , g_3[3][1]) ^ 9L) > 0xDFL), g_65)), 0xCEF4L)), g_4)) , &l_155))) , g_4), 0x5238762AL))) | l_186[2][0])))) == g_126), l_185))))) | p_23), l_185)) ^ 1L);
        l_204[1]--;
    }
    if ((safe_add_func_int32_t_s_s(((safe_lshift_func_uint8_t_u_s(((*l_211) = g_149), (((((((-1L) || 0xE19209CF466BE125LL) ^ (((safe_mul_func_uint8_t_u_u((((void*)0 != &l_24) && ((((*l_235) = ((*g_67) = (safe_div_func_uint16_t_u_u((safe_add_func_int8_t_s_s((((((**l_155) = (**g_31)) & ((*g_67) <= (safe_rshift_func_uint8_t_u_u((safe_div_func_int32_t_s_s((!(g_234 |= (safe_div_func_int32_t_s_s((~(g_65 > ((*l_233) = (safe_mul_func_int16_t_s_s(((safe_sub_func_int16_t_s_s((((*l_230) = g_46) & 0x30L), 65535UL)) | p_23), 0L))))), 0x28DD6C4DL)))), g_65)), p_23)))) >= p_23) , 5L), g_65)), g_4)))) ^ p_23) >= p_23)), g_188)) == 0xED5A70149C121501LL) && 1L)) <= p_23) , g_236) == g_188) ^ 0x45L))) <= p_23), p_23)))
    { /* block id: 82 */
        uint32_t l_245[10][4][2] = {{{3UL,0x5A821B95L},{1UL,2UL},{4294967287UL,1UL},{0UL,0xCDBE9B9FL}},{{0UL,1UL},{4294967287UL,2UL},{1UL,0x5A821B95L},{3UL,0x99366D9DL}},{{0x550B3B61L,4294967292UL},{4294967292UL,2UL},{0x6D5DC852L,0xF661DD9BL},{0UL,0UL}},{{4294967295UL,0x17E9C426L},{0x99366D9DL,4294967295UL},{2UL,5UL},{0x17E9C426L,5UL}},{{2UL,4294967295UL},{0x99366D9DL,0x17E9C426L},{4294967295UL,0UL},{0UL,0xF661DD9BL}},{{0x6D5DC852L,2UL},{4294967292UL,4294967292UL},{0x550B3B61L,0x99366D9DL},{3UL,0x5A821B95L}},{{1UL,2UL},{4294967287UL,1UL},{0UL,0xCDBE9B9FL},{0UL,1UL}},{{4294967287UL,2UL},{1UL,0x5A821B95L},{3UL,0x99366D9DL},{0x550B3B61L,4294967292UL}},{{4294967292UL,2UL},{0x6D5DC852L,0xF661DD9BL},{0UL,0UL},{4294967295UL,0x17E9C426L}},{{0x99366D9DL,4294967295UL},{2UL,5UL},{0x17E9C426L,5UL},{2UL,4294967295UL}}};
        uint8_t l_249 = 7UL;
        int16_t *l_250 = &l_185;
        int32_t *l_251 = &l_195[6];
        uint8_t **l_254[5][1];
        uint8_t ***l_255[1];
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_254[i][j] = &l_211;
        }
        for (i = 0; i < 1; i++)
            l_255[i] = &l_254[1][0];
        (*l_251) ^= ((safe_mod_func_uint8_t_u_u((l_239 == (((*l_250) = (((safe_lshift_func_uint8_t_u_s(((safe_unary_minus_func_int64_t_s((((*l_230) |= l_245[2][2][1]) == (*l_233)))) & 0xC86E0DFFL), ((void*)0 != &l_195[3]))) && (g_246 != ((safe_rshift_func_uint8_t_u_s((((void*)0 == l_233) < (-1L)), 4)) || p_23))) , l_249)) , &l_235)), 4L)) < l_245[3][0][1]);
        for (g_231 = 6; (g_231 >= 0); g_231 -= 1)
        { /* block id: 88 */
            (*g_252) = &l_195[2];
            return (*l_155);
        }
        g_256 = l_254[1][0];
    }
    else
    { /* block id: 93 */
        uint8_t ***l_265[2][1];
        union U0 * const *l_280 = &l_274;
        union U0 * const **l_279[3][3][4] = {{{&l_280,&l_280,&l_280,&l_280},{&l_280,&l_280,&l_280,&l_280},{(void*)0,&l_280,(void*)0,&l_280}},{{&l_280,&l_280,&l_280,&l_280},{&l_280,&l_280,&l_280,&l_280},{&l_280,&l_280,&l_280,&l_280}},{{&l_280,&l_280,&l_280,(void*)0},{&l_280,&l_280,(void*)0,&l_280},{(void*)0,&l_280,&l_280,&l_280}}};
        union U0 * const ***l_278[7][9][2] = {{{&l_279[0][0][0],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}},{{&l_279[0][0][1],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}},{{&l_279[0][0][1],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}},{{&l_279[0][0][1],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}},{{&l_279[0][0][1],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}},{{&l_279[0][0][1],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}},{{&l_279[0][0][1],&l_279[0][0][1]},{&l_279[2][1][1],&l_279[0][0][1]},{&l_279[0][0][1],&l_279[1][1][1]},{(void*)0,&l_279[0][0][1]},{&l_279[2][1][1],(void*)0},{&l_279[0][0][1],&l_279[1][1][1]},{&l_279[0][0][1],(void*)0},{&l_279[2][1][1],&l_279[0][0][1]},{(void*)0,&l_279[1][1][1]}}};
        int32_t *l_281 = &l_195[6];
        int64_t *l_282 = (void*)0;
        int64_t *l_283 = &g_126;
        int32_t *l_284 = &g_285;
        int32_t l_286 = 1L;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_265[i][j] = &g_256;
        }
        for (g_25 = 0; (g_25 > 7); g_25 = safe_add_func_int16_t_s_s(g_25, 7))
        { /* block id: 96 */
            int64_t l_260 = 1L;
            l_260 ^= p_23;
        }
        (*l_233) = ((safe_div_func_uint32_t_u_u(0x9B06FB9FL, (((((*l_284) = ((l_265[0][0] == &g_256) < (((*l_283) = ((((+(safe_sub_func_int16_t_s_s((((**g_252) < ((*l_281) |= (((l_271 = ((safe_rshift_func_uint8_t_u_s(((void*)0 == &g_52[0]), 6)) , l_271)) == ((p_23 , ((safe_add_func_int64_t_s_s((*l_233), p_23)) && 1L)) , l_278[5][1][0])) > g_126))) , 0x6C1BL), (*l_233)))) == (*g_67)) && 0x51DCF8AAB9234976LL) ^ 0xE98F465CL)) <= 0x86D37CD8EF88622FLL))) , l_24) != (void*)0) , (**g_252)))) < l_286);
    }
    for (g_285 = 5; (g_285 >= 0); g_285 -= 1)
    { /* block id: 107 */
        return (*l_155);
    }
    for (g_236 = 0; (g_236 <= 1); g_236 += 1)
    { /* block id: 112 */
        uint64_t *****l_289 = (void*)0;
        const int32_t l_300[6] = {(-2L),(-2L),(-2L),(-2L),(-2L),(-2L)};
        int32_t *l_318 = &l_195[5];
        int64_t *l_320 = &g_126;
        const uint32_t l_341 = 0xE618443DL;
        union U1 * const *l_344 = &g_52[1];
        union U1 * const **l_343 = &l_344;
        union U1 * const ***l_342 = &l_343;
        const uint64_t *l_391 = &g_234;
        const uint64_t **l_390 = &l_391;
        uint8_t ** const *l_395[3][8][10] = {{{&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,(void*)0,(void*)0},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,(void*)0,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,(void*)0,(void*)0,&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0},{&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256}},{{&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,(void*)0},{&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256},{&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,(void*)0,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256}},{{&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,(void*)0,&g_256,(void*)0},{&g_256,(void*)0,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256},{&g_256,(void*)0,&g_256,(void*)0,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,(void*)0,&g_256,&g_256,(void*)0,&g_256},{&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256,&g_256},{&g_256,&g_256,(void*)0,&g_256,&g_256,(void*)0,&g_256,(void*)0,&g_256,&g_256}}};
        int64_t l_407 = (-10L);
        int32_t l_409 = 0x4C58383DL;
        int32_t l_410[10][3][7] = {{{7L,3L,0x7DE32D58L,3L,1L,0x9BA9D7E2L,0x034F18C4L},{0x58F6FA15L,0x0F43A48FL,(-1L),(-1L),(-6L),(-9L),8L},{7L,1L,0L,0L,1L,7L,0x38343486L}},{{0x2876BD83L,(-1L),0x9EFDA9F7L,(-1L),0L,0L,0x98F1B2D3L},{3L,0x404EA0C6L,0x021DC31BL,0xBD019D29L,1L,0x9ED0CE8BL,0x19AA14C0L},{8L,(-1L),7L,0x58F6FA15L,2L,0x3FFCBA95L,0L}},{{(-7L),1L,4L,0L,0L,0xBD019D29L,0x9ED0CE8BL},{0x3A78029EL,1L,0x3FFCBA95L,0x0F43A48FL,7L,1L,0x9EFDA9F7L},{8L,2L,(-9L),1L,0x304A5D0BL,0x404EA0C6L,0x304A5D0BL}},{{0xA29CB063L,0x3A78029EL,0x3A78029EL,0xA29CB063L,8L,(-1L),0x2876BD83L},{8L,(-1L),(-1L),7L,2L,0L,0L},{(-1L),0x2281E60AL,0x74A590BDL,(-9L),0x47B51DFCL,0x53CB167CL,0x2876BD83L}},{{0x0F302B24L,3L,(-1L),0x38343486L,(-4L),(-1L),0x304A5D0BL},{(-1L),0x5D193C58L,1L,0x2876BD83L,0x0F43A48FL,2L,0x9EFDA9F7L},{1L,8L,0L,8L,0xEB43ED56L,3L,0x9ED0CE8BL}},{{0x5D193C58L,0xA29CB063L,0L,(-3L),0xD76B064CL,(-3L),0L},{0xD87F689FL,0xD87F689FL,7L,(-9L),0x40372527L,0xEB43ED56L,0x19AA14C0L},{(-1L),(-3L),(-1L),(-1L),(-1L),0x52A1DFCFL,0x98F1B2D3L}},{{0L,7L,0x034F18C4L,1L,0x40372527L,3L,0x38343486L},{0x74A590BDL,(-1L),(-1L),0x7AF7ED30L,0xD76B064CL,(-1L),8L},{0x5E7D4B7DL,0x7DE32D58L,1L,(-1L),0xEB43ED56L,0x021DC31BL,0xD87F689FL}},{{(-3L),0L,0x959DB557L,0L,0x0F43A48FL,(-5L),0x390380DCL},{0x404EA0C6L,1L,(-4L),(-1L),(-4L),1L,0x404EA0C6L},{0x0F43A48FL,(-9L),0L,0x3FFCBA95L,0x47B51DFCL,(-1L),0x3A78029EL}},{{0x40372527L,0x034F18C4L,0x18CC1155L,0x304A5D0BL,2L,0x19AA14C0L,7L},{0x2281E60AL,0xD76B064CL,0L,1L,8L,(-1L),0x5D193C58L},{(-1L),0x38343486L,(-4L),(-1L),0x304A5D0BL,0x9BA9D7E2L,0x4B0FBFB2L}},{{0x52A1DFCFL,1L,0x959DB557L,8L,7L,(-5L),(-5L)},{1L,0x021DC31BL,1L,0x0F302B24L,0L,0x4B0FBFB2L,0x4B0FBFB2L},{0L,1L,5L,1L,0L,(-1L),(-1L)}}};
        int32_t l_430 = 0L;
        union U0 ****l_438 = &l_272;
        union U0 l_469 = {0x8AL};
        uint32_t l_484 = 0x5345CDBFL;
        uint64_t l_487 = 18446744073709551615UL;
        uint16_t **l_505 = (void*)0;
        uint16_t l_535[5] = {0xA664L,0xA664L,0xA664L,0xA664L,0xA664L};
        int i, j, k;
        l_289 = l_287[2][0];
        if ((safe_div_func_uint32_t_u_u(((safe_add_func_uint8_t_u_u(((0x6DL && (**g_256)) && 0xDDC878D3L), ((((safe_lshift_func_int16_t_s_u(((safe_sub_func_int32_t_s_s(((((safe_lshift_func_uint16_t_u_u(l_300[5], 13)) <= (g_3[6][1] , (((p_23 = (safe_div_func_int8_t_s_s(((*g_67) <= g_246), (safe_div_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((((safe_add_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u((l_300[0] || ((*l_320) &= (((((safe_mul_func_uint16_t_u_u((((((+(safe_add_func_int32_t_s_s(((*l_318) = ((*l_233) |= p_23)), l_319))) , 0xCDBF49D4L) , &g_31) == (void*)0) > 0L), g_4)) != 0x683CE644L) | g_4) , 0xC57F72F9L) == g_53.f1))), (*g_32))), p_23)) != p_23), p_23)) ^ 0xA7D87469C53B7783LL) != (*g_67)), 0xE9D353CF452AD3A7LL)), (*g_257)))))) | 0L) || 0L))) && 0x34L) , (-5L)), g_65)) < l_300[5]), (*g_67))) || l_321) && (*l_318)) == (-1L)))) , g_25), 0x6860F106L)))
        { /* block id: 118 */
            uint8_t *l_338[1];
            int32_t l_340 = 7L;
            int i;
            for (i = 0; i < 1; i++)
                l_338[i] = &g_339;
            (*l_318) = ((safe_mod_func_uint32_t_u_u(((((safe_rshift_func_uint8_t_u_s(0x5EL, 4)) < ((safe_div_func_uint32_t_u_u(0x0E6A5700L, ((g_236 ^ p_23) || ((*l_230) = ((safe_mod_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u((((((*l_318) || (safe_sub_func_int32_t_s_s((safe_mul_func_int8_t_s_s(g_53.f1, (((0x037B79DAD9700F0DLL >= (safe_mod_func_uint16_t_u_u((((p_23 = (&g_129[g_236] == (void*)0)) || (*l_233)) >= l_340), l_341))) == (*g_32)) ^ (*l_318)))), (**g_252)))) & (-1L)) ^ g_46) < (*g_253)), (*l_233))) >= 1L) >= (*l_233)), g_236)) || (*l_318)))))) != 0xD56CCA4D006B99CCLL)) || p_23) && 0x572AL), l_340)) == 0xE138D61CL);
            (*g_345) = l_342;
        }
        else
        { /* block id: 123 */
            union U1 *l_360 = &g_53;
            int32_t l_361[4] = {0x2D6ED1DBL,0x2D6ED1DBL,0x2D6ED1DBL,0x2D6ED1DBL};
            int8_t *l_374 = &g_275.f0;
            int i;
            (*l_318) = ((**g_256) <= g_4);
            for (g_65 = 0; (g_65 <= 1); g_65 += 1)
            { /* block id: 127 */
                int8_t **l_375 = &l_374;
                uint8_t *l_384 = &l_359.f1;
                int32_t *l_385[8][5];
                int32_t **l_388 = (void*)0;
                int32_t **l_389 = (void*)0;
                int i, j;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_385[i][j] = &g_386[5];
                }
                (*l_318) |= ((safe_mod_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u((g_3[(g_236 + 2)][(g_65 + 2)] ^ (safe_unary_minus_func_int32_t_s((((safe_mul_func_uint16_t_u_u(p_23, p_23)) | (g_358 ^= (g_46 , (g_126 | (-1L))))) | ((l_359 , (l_360 != (void*)0)) > 0x65222BB7L))))), l_361[3])), (*l_233))), 0x8F184546L)) , g_3[(g_236 + 2)][(g_65 + 2)]);
            }
        }
        if (((void*)0 == l_390))
        { /* block id: 141 */
            const int64_t *l_392 = (void*)0;
            const int32_t *l_394 = (void*)0;
            const int32_t **l_393 = &l_394;
            int32_t *l_406 = &g_285;
            int32_t l_411[6] = {0L,0L,0x9A9F4B68L,0L,0L,0x9A9F4B68L};
            int i;
            (*l_393) = ((l_392 == &g_126) , &l_300[1]);
            (*l_318) = (((((*g_67) , ((((***l_272) , l_395[0][2][8]) != (((*l_406) = (safe_mod_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(p_23, ((safe_rshift_func_uint16_t_u_s(0xCEC7L, 1)) && ((p_23 == ((*l_230) = g_130.f0)) < ((void*)0 == &g_32))))), 0x7F862143E2F93242LL))) , l_395[0][2][8])) || l_407)) && p_23) != (*l_318)) <= (**g_256));
            if ((**g_252))
            { /* block id: 146 */
                int32_t *l_408[4][7][1] = {{{&g_386[5]},{&g_46},{(void*)0},{&g_46},{&g_386[5]},{&g_46},{&g_386[5]}},{{&g_46},{(void*)0},{&g_46},{&g_386[5]},{&g_46},{&g_386[5]},{&g_46}},{{(void*)0},{&g_46},{&g_386[5]},{&g_46},{&g_386[5]},{&g_46},{(void*)0}},{{&g_46},{&g_386[5]},{&g_46},{&g_386[5]},{&g_46},{(void*)0},{&g_46}}};
                uint32_t l_412[7] = {4294967295UL,4294967287UL,4294967287UL,4294967295UL,4294967287UL,4294967287UL,4294967295UL};
                int i, j, k;
                (*l_393) = &l_195[6];
                ++l_412[4];
            }
            else
            { /* block id: 149 */
                const uint16_t l_415 = 65532UL;
                int32_t *l_416 = &g_53.f0;
                int32_t *l_417 = (void*)0;
                int32_t *l_418[9][6][4] = {{{(void*)0,(void*)0,&g_46,&g_386[5]},{(void*)0,(void*)0,&l_411[2],(void*)0},{&g_386[0],(void*)0,(void*)0,&g_386[0]},{&l_411[3],&l_195[5],(void*)0,&g_4},{(void*)0,&g_386[0],&g_386[5],&l_411[2]},{(void*)0,&l_410[2][2][3],(void*)0,&l_411[2]}},{{&g_46,&g_386[0],&l_359.f0,&g_4},{&l_359.f0,&l_195[5],&g_386[5],&g_386[0]},{&l_195[0],(void*)0,&l_411[3],(void*)0},{(void*)0,(void*)0,&l_359.f0,&g_386[5]},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&l_359.f0,&g_46,&l_195[5]}},{{&l_359.f0,(void*)0,(void*)0,(void*)0},{&g_386[0],&l_195[0],&l_411[5],&g_386[0]},{&g_386[0],&g_386[5],(void*)0,&g_386[5]},{&l_359.f0,&g_386[0],&g_46,&g_4},{(void*)0,(void*)0,(void*)0,&l_411[2]},{(void*)0,&l_411[3],&l_359.f0,&g_386[5]}},{{(void*)0,&l_195[5],&l_411[3],&l_411[3]},{&l_195[0],&l_195[0],&g_386[5],(void*)0},{&l_359.f0,&l_411[0],&l_359.f0,&l_195[5]},{&g_46,(void*)0,(void*)0,&l_359.f0},{(void*)0,(void*)0,&g_386[5],&l_195[5]},{(void*)0,&l_411[0],(void*)0,(void*)0}},{{&l_411[3],&l_195[0],(void*)0,&l_411[3]},{&g_386[0],&l_195[5],&l_411[2],&g_386[5]},{(void*)0,&l_411[3],&g_46,&l_411[2]},{(void*)0,(void*)0,(void*)0,&g_4},{(void*)0,&g_386[0],&l_195[6],&g_386[5]},{&l_359.f0,&g_386[5],&l_411[3],&g_386[0]}},{{(void*)0,&l_195[0],&l_411[3],(void*)0},{&l_359.f0,(void*)0,&l_195[6],&l_195[5]},{(void*)0,&l_359.f0,(void*)0,(void*)0},{&g_386[0],&l_410[2][2][3],&l_411[2],&g_386[5]},{&l_410[2][2][3],&g_46,(void*)0,&g_386[5]},{(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_411[5],&l_411[3],(void*)0,&l_411[5]},{&l_410[2][2][3],(void*)0,&l_359.f0,&l_359.f0},{&g_386[5],&l_359.f0,&g_386[0],&l_359.f0},{&l_411[2],(void*)0,&l_195[3],&l_411[5]},{(void*)0,&l_411[3],&l_195[0],(void*)0},{&g_4,(void*)0,&l_411[5],&g_386[5]}},{{(void*)0,&g_46,&l_195[3],&g_386[5]},{(void*)0,&l_410[2][2][3],&l_195[5],&l_410[2][2][3]},{&g_386[5],&l_195[3],&l_411[2],&l_411[3]},{&l_195[3],&g_46,(void*)0,&g_386[0]},{(void*)0,&g_4,&l_411[2],(void*)0},{(void*)0,&g_386[5],(void*)0,&l_411[0]}},{{&l_195[3],(void*)0,&l_411[2],&l_195[6]},{&g_386[5],&g_4,&l_195[5],&l_359.f0},{(void*)0,&l_411[5],&l_195[3],&l_411[0]},{(void*)0,&l_411[3],&l_411[5],&l_411[5]},{&g_4,&g_4,&l_195[0],&g_386[5]},{(void*)0,&g_386[5],&l_195[3],&l_411[3]}}};
                int8_t l_419[8] = {0x41L,(-3L),0x41L,(-3L),0x41L,(-3L),0x41L,(-3L)};
                int8_t l_420 = 3L;
                int i, j, k;
                (*l_233) = l_415;
                l_421++;
            }
        }
        else
        { /* block id: 153 */
            union U0 *****l_436 = (void*)0;
            union U0 *****l_437[2];
            int32_t l_442 = 1L;
            int32_t *l_447 = &g_386[7];
            uint64_t **** const *l_515 = &l_288;
            int i;
            for (i = 0; i < 2; i++)
                l_437[i] = &g_435;
            l_442 = (safe_div_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((((*g_67) | l_430) || (((safe_add_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s(((((l_438 = g_435) == (g_439 = g_435)) & 4294967295UL) > g_231), ((safe_mod_func_uint32_t_u_u((((**g_256) ^= (0xC67319C4L | g_4)) | (((g_231 & p_23) & 0xBAL) , 0xF3L)), g_386[5])) , (*l_318)))) > p_23), (*l_233))) <= (-1L)) == p_23)), p_23)) < (*g_253)), 1L));
            if ((**g_252))
            { /* block id: 158 */
                int64_t l_443 = (-1L);
                int32_t **l_446 = (void*)0;
                if (p_23)
                    break;
                (*g_253) ^= l_443;
                l_447 = l_444;
            }
            else
            { /* block id: 162 */
                uint32_t *l_453[8][5][4] = {{{&l_321,&g_188,&g_188,&g_188},{&l_321,&l_321,&l_321,&l_321},{&l_321,(void*)0,(void*)0,&l_321},{&l_321,&l_321,&l_321,(void*)0},{&l_321,&l_321,&g_188,&g_188}},{{&l_321,&l_321,&g_188,(void*)0},{&l_321,&l_321,&l_321,&l_321},{&g_188,&l_321,&l_321,&l_321},{&g_188,&g_188,&g_188,&l_321},{&g_188,&g_188,&l_321,&l_321}},{{&l_321,&g_188,&g_188,&l_321},{(void*)0,&l_321,(void*)0,&l_321},{(void*)0,&l_321,&l_321,(void*)0},{&l_321,&l_321,&l_321,&g_188},{&g_188,&l_321,&g_188,(void*)0}},{{&l_321,&l_321,&g_188,&l_321},{&g_188,(void*)0,&g_188,&l_321},{&l_321,&l_321,&g_188,&g_188},{&g_188,&g_188,&l_321,&g_188},{&l_321,&g_188,&l_321,&l_321}},{{(void*)0,(void*)0,(void*)0,&g_188},{(void*)0,&l_321,&g_188,&l_321},{&l_321,&g_188,&l_321,&g_188},{&g_188,&g_188,&g_188,&l_321},{&g_188,&l_321,&l_321,&l_321}},{{&l_321,&l_321,&g_188,&g_188},{&l_321,&l_321,&l_321,&l_321},{&l_321,&g_188,&l_321,&g_188},{&l_321,&l_321,&l_321,&g_188},{&l_321,&g_188,(void*)0,&g_188}},{{&l_321,&g_188,&l_321,&l_321},{&l_321,&g_188,&l_321,(void*)0},{&l_321,&l_321,&l_321,&g_188},{&l_321,&g_188,&g_188,&l_321},{&l_321,&l_321,(void*)0,&g_188}},{{&l_321,&g_188,&l_321,&l_321},{&l_321,&g_188,(void*)0,&l_321},{&l_321,&g_188,(void*)0,&g_188},{&g_188,&l_321,(void*)0,&l_321},{&l_321,&g_188,&g_188,&g_188}}};
                int32_t l_454 = (-4L);
                int32_t l_470 = 0L;
                int8_t l_485[5][2][7] = {{{0x98L,(-1L),0x3AL,0x3AL,(-1L),0x98L,(-1L)},{0xC5L,0x7CL,0x7CL,0xC5L,(-1L),0xC5L,0x7CL}},{{0x18L,0x18L,0x98L,0x3AL,0x98L,0x18L,0x18L},{1L,0x7CL,0x3CL,0x7CL,1L,1L,0x7CL}},{{1L,(-1L),1L,0x98L,0x98L,1L,(-1L)},{0x7CL,(-1L),0x3CL,0x3CL,(-1L),0x7CL,(-1L)}},{{1L,0x98L,0x98L,1L,(-1L),1L,0x98L},{1L,1L,0x7CL,0x3CL,0x7CL,1L,1L}},{{0x18L,0x98L,0x3AL,0x98L,0x18L,0x18L,0x98L},{0xC5L,(-1L),0xC5L,0x7CL,0x7CL,0xC5L,(-1L)}}};
                int32_t *l_486 = &l_410[8][0][4];
                int i, j, k;
                (*g_253) &= (safe_div_func_uint32_t_u_u(g_386[1], ((((p_23 , (safe_add_func_int64_t_s_s(((*l_320) = g_25), (&g_96 == ((g_188 ^= ((*l_318) == (~(0x5C10A75933EB76F2LL & (((*l_155) = (*g_31)) != (*l_390)))))) , (void*)0))))) == 6UL) != 0x5EF2F067BEC60F63LL) , (-1L))));
                l_487 = ((((*l_320) = l_454) > (safe_mul_func_uint16_t_u_u((((*g_67) = ((~(--(*g_32))) >= (((((*l_486) &= ((*l_447) = (safe_rshift_func_int8_t_s_s(((((!(safe_lshift_func_uint8_t_u_u(((-1L) != ((l_470 |= ((safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s((g_3[8][2] <= l_454), 5)), (l_469 , l_454))) || p_23)) <= ((safe_div_func_int32_t_s_s(((((safe_mod_func_uint64_t_u_u((safe_add_func_uint64_t_u_u(((safe_mod_func_int32_t_s_s(((((*g_257) |= ((~p_23) ^ (l_484 = (safe_rshift_func_uint16_t_u_s((safe_div_func_uint64_t_u_u(p_23, p_23)), 0))))) , 0x8849L) , 8L), 0xC149F11BL)) == p_23), (*l_318))), p_23)) , (-1L)) , l_454) ^ (*l_447)), 0x1464DA05L)) , (*l_233)))), 2))) >= p_23) , g_339) , (*l_233)), l_485[3][1][3])))) > p_23) != 0x9273L) < 0xC49B44A564DF0AA5LL))) && 0xF03CL), 0xB174L))) ^ (*g_253));
                (*g_253) = ((l_488 &= 0xC73AD064L) , (((safe_rshift_func_uint16_t_u_s(((*g_67) ^= (safe_add_func_int32_t_s_s((~(safe_unary_minus_func_int64_t_s(p_23))), (safe_lshift_func_int16_t_s_u((safe_add_func_int32_t_s_s((((p_23 || 0xA1E0427C1C30C54FLL) && ((safe_lshift_func_int8_t_s_s((*l_486), 1)) == p_23)) != (safe_mul_func_int8_t_s_s((safe_div_func_int8_t_s_s(((void*)0 == l_505), (safe_add_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((g_510 == l_515), 0xED2F0069618F63C8LL)), p_23)))), p_23))), (*l_486))), (*l_444)))))), g_46)) != (**g_256)) != g_516[4][2]));
            }
            if (((safe_rshift_func_int8_t_s_s(((~(safe_add_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s((((((*l_318) ^= ((p_23 = (((safe_mod_func_uint16_t_u_u((((*l_444) && ((-7L) >= 1UL)) , ((**l_344) , (*g_67))), 0x87CDL)) , (void*)0) != l_532)) | (safe_rshift_func_uint16_t_u_u((*g_67), 11)))) || p_23) ^ g_231) && 0x0AF045A9651528A5LL), 0xCB98L)), 9)), l_535[2])), 0xEEL)), l_430))) || p_23), g_386[1])) != (*l_447)))
            { /* block id: 182 */
                uint64_t *l_536 = &g_234;
                return l_536;
            }
            else
            { /* block id: 184 */
                int32_t **l_537[7] = {&l_444,&l_444,&l_233,&l_444,&l_444,&l_233,&l_444};
                int i;
                l_232 = (*g_252);
            }
        }
        if ((*l_233))
            continue;
    }
    return (*g_31);
}


/* ------------------------------------------ */
/* 
 * reads : g_31 g_4 g_3 g_32 g_52 g_46 g_67 g_53.f0 g_65 g_96 g_25 g_129 g_149
 * writes: g_31 g_46 g_25 g_52 g_59 g_67 g_65 g_53.f0 g_129 g_149 g_154
 */
static uint64_t * func_26(uint64_t * p_27, uint32_t  p_28)
{ /* block id: 6 */
    uint64_t **l_34 = &g_32;
    int32_t l_47 = 0x81B27067L;
    union U1 *l_90 = &g_53;
    const union U1 *l_93 = &g_53;
    const union U1 **l_92[6];
    uint16_t l_103 = 65535UL;
    int32_t l_143 = 0x46866101L;
    int32_t l_144 = 2L;
    int32_t l_145 = (-1L);
    int32_t l_146 = 0L;
    int i;
    for (i = 0; i < 6; i++)
        l_92[i] = &l_93;
    for (p_28 = 5; (p_28 != 56); ++p_28)
    { /* block id: 9 */
        uint64_t ***l_33[8][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
        uint64_t * const *l_40 = &g_32;
        int32_t *l_45 = &g_46;
        uint16_t *l_64[8] = {&g_65,&g_65,&g_65,&g_65,&g_65,&g_65,&g_65,&g_65};
        union U1 *l_76 = &g_53;
        const union U1 **l_95 = &l_93;
        int32_t l_127 = 0L;
        const int32_t l_128[1] = {0x3FD70792L};
        int16_t l_142 = (-4L);
        int i, j;
        l_34 = (g_31 = g_31);
        if (g_4)
            continue;
        if (((safe_mul_func_uint16_t_u_u((!(((safe_lshift_func_int16_t_s_u(0x74F5L, 11)) , p_27) != (void*)0)), (l_40 == (void*)0))) , ((((p_28 <= (l_47 = (((**l_34) = (safe_lshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_s((g_3[5][0] > g_4), (((*l_45) = (0L >= 0x1EC6C048L)) > l_47))), 5))) != p_28))) <= g_4) & p_28) , p_28)))
        { /* block id: 16 */
            uint16_t l_48 = 65530UL;
            uint16_t *l_49 = &l_48;
            union U1 * const *l_88 = (void*)0;
            if ((l_48 , (((*l_49)--) <= 0xC710L)))
            { /* block id: 18 */
                union U1 **l_54 = &g_52[0];
                union U1 *l_56[4][10] = {{&g_53,(void*)0,&g_53,&g_53,&g_53,&g_53,&g_53,&g_53,(void*)0,&g_53},{&g_53,(void*)0,(void*)0,&g_53,(void*)0,&g_53,(void*)0,(void*)0,&g_53,&g_53},{&g_53,(void*)0,(void*)0,&g_53,&g_53,(void*)0,(void*)0,&g_53,(void*)0,&g_53},{&g_53,&g_53,(void*)0,&g_53,(void*)0,&g_53,&g_53,&g_53,&g_53,&g_53}};
                union U1 **l_55 = &l_56[0][2];
                union U1 *l_58 = &g_53;
                union U1 **l_57 = &l_58;
                int i, j;
                g_59 = ((*l_57) = ((*l_55) = ((*l_54) = g_52[1])));
                return p_27;
            }
            else
            { /* block id: 24 */
                uint16_t **l_66[10][6][3] = {{{&l_64[2],(void*)0,&l_64[7]},{&l_64[3],&l_64[2],&l_64[3]},{&l_64[7],&l_64[0],&l_64[2]},{(void*)0,&l_49,&l_64[2]},{&l_49,(void*)0,(void*)0},{&l_64[2],&l_64[3],&l_64[7]}},{{&l_49,(void*)0,&l_49},{(void*)0,&l_49,(void*)0},{&l_64[7],&l_49,&l_64[2]},{&l_64[3],(void*)0,&l_64[2]},{&l_64[2],&l_64[2],&l_49},{&l_64[2],(void*)0,&l_64[2]}},{{(void*)0,&l_64[2],(void*)0},{&l_64[7],&l_64[5],&l_64[2]},{&l_49,&l_64[2],&l_64[2]},{&l_64[2],&l_49,(void*)0},{(void*)0,&l_64[3],&l_64[2]},{(void*)0,&l_49,&l_49}},{{(void*)0,&l_64[7],&l_64[2]},{&l_64[2],&l_64[2],&l_64[2]},{(void*)0,&l_49,(void*)0},{&l_64[2],&l_64[2],&l_49},{&l_64[7],&l_64[0],&l_64[7]},{(void*)0,&l_64[2],(void*)0}},{{&l_64[2],&l_64[0],&l_64[2]},{(void*)0,&l_64[2],&l_64[2]},{&l_49,&l_49,&l_64[3]},{&l_49,&l_64[2],&l_64[7]},{(void*)0,&l_64[7],(void*)0},{&l_49,&l_49,&l_64[2]}},{{&l_49,&l_64[3],&l_49},{&l_64[3],&l_49,&l_49},{&l_64[7],&l_64[2],&l_49},{&l_64[7],&l_64[5],&l_49},{&l_64[3],&l_64[2],(void*)0},{&l_49,(void*)0,&l_64[2]}},{{&l_49,&l_64[2],&l_64[2]},{(void*)0,(void*)0,(void*)0},{&l_49,&l_49,&l_49},{&l_49,&l_49,(void*)0},{(void*)0,(void*)0,(void*)0},{&l_64[2],&l_64[3],(void*)0}},{{(void*)0,(void*)0,(void*)0},{&l_64[7],&l_49,(void*)0},{&l_64[2],&l_64[0],&l_49},{(void*)0,&l_64[2],(void*)0},{&l_64[2],(void*)0,&l_64[2]},{(void*)0,&l_64[2],&l_64[2]}},{{(void*)0,(void*)0,(void*)0},{(void*)0,&l_64[2],&l_49},{&l_64[2],(void*)0,&l_49},{&l_49,(void*)0,&l_49},{&l_64[7],&l_64[2],&l_49},{(void*)0,(void*)0,&l_64[2]}},{{&l_64[2],&l_64[2],(void*)0},{&l_64[2],(void*)0,&l_64[7]},{&l_64[3],&l_64[2],(void*)0},{&l_64[2],&l_64[2],&l_64[0]},{&l_64[2],&l_64[2],&l_64[3]},{&l_64[2],&l_64[2],&l_64[2]}}};
                union U1 *l_89 = &g_53;
                int32_t l_91 = 0x19C35E3CL;
                const union U1 ***l_94[4];
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_94[i] = &l_92[1];
                (*l_45) |= ((l_47 = (safe_rshift_func_uint16_t_u_s(0xEFCFL, 9))) > (0x351F4A1AL && ((g_67 = (l_49 = l_64[2])) != &g_65)));
                if (p_28)
                    break;
                (*l_45) = (p_28 < (((safe_lshift_func_int16_t_s_u((safe_sub_func_uint64_t_u_u((safe_add_func_int32_t_s_s((safe_rshift_func_uint16_t_u_u(((void*)0 != l_76), 8)), ((safe_mul_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((((safe_sub_func_uint32_t_u_u((g_3[3][1] || (((+(((safe_mod_func_int16_t_s_s(((&g_53 != (((l_88 != (l_95 = (((*g_67) = ((((l_89 != l_90) != l_91) && p_28) < p_28)) , l_92[1]))) > 0x3379BBDC21833D83LL) , &g_53)) >= 252UL), l_48)) , g_53.f0) , g_65)) , l_47) != 1L)), 4294967290UL)) >= 0x17E4L) <= l_91), p_28)), 0x22L)), g_53.f0)) > p_28))), p_28)), 5)) & (-1L)) == (*l_45)));
            }
            (*l_45) = 0x52BC5335L;
            if (((-1L) > p_28))
            { /* block id: 35 */
                return p_27;
            }
            else
            { /* block id: 37 */
                return (*g_31);
            }
        }
        else
        { /* block id: 40 */
            uint64_t l_106[3][7] = {{18446744073709551609UL,0UL,0xCB97C0B8F99D2484LL,0xCB97C0B8F99D2484LL,0UL,18446744073709551609UL,0UL},{0UL,18446744073709551609UL,18446744073709551609UL,0UL,0UL,0UL,18446744073709551609UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551609UL,0xCB97C0B8F99D2484LL,18446744073709551609UL,18446744073709551615UL,18446744073709551615UL}};
            int32_t *l_118 = &g_53.f0;
            union U1 l_119 = {-1L};
            int32_t l_140 = (-1L);
            int8_t l_141 = 5L;
            int32_t l_147 = 0x91451F1CL;
            int32_t l_148 = 0xF1638C06L;
            int i, j;
            (*g_96) ^= ((*l_45) = p_28);
            if ((safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u((g_3[3][1] >= 0xD54F57EBL), (*l_45))), (safe_sub_func_int16_t_s_s(g_25, (p_28 == l_103))))))
            { /* block id: 43 */
                int32_t **l_120 = &l_45;
                int64_t *l_125[1][2];
                int32_t *l_131 = &g_53.f0;
                int32_t l_132 = 5L;
                int32_t *l_133 = (void*)0;
                int32_t *l_134 = &g_53.f0;
                int32_t *l_135 = (void*)0;
                int32_t *l_136 = &l_127;
                int32_t *l_137 = &l_119.f0;
                int32_t *l_138 = &l_119.f0;
                int32_t *l_139[10][6][4] = {{{(void*)0,&l_127,(void*)0,&l_119.f0},{(void*)0,&l_132,&g_4,&l_119.f0},{(void*)0,&l_119.f0,&l_132,&l_132},{(void*)0,(void*)0,&l_132,(void*)0},{(void*)0,&g_46,&g_4,&l_119.f0},{(void*)0,&g_4,(void*)0,&g_4}},{{(void*)0,&g_4,(void*)0,&l_119.f0},{&g_4,&g_46,(void*)0,(void*)0},{&l_132,(void*)0,(void*)0,&l_132},{&l_132,&l_119.f0,(void*)0,&l_119.f0},{&g_4,&l_132,(void*)0,&l_119.f0},{(void*)0,&l_127,(void*)0,&l_119.f0}},{{(void*)0,&l_132,&g_4,&l_119.f0},{(void*)0,&l_119.f0,&l_132,&l_132},{(void*)0,(void*)0,&l_132,(void*)0},{(void*)0,&g_46,&g_4,&l_119.f0},{(void*)0,&g_4,(void*)0,&g_4},{(void*)0,&g_4,(void*)0,&l_119.f0}},{{&g_4,&g_46,(void*)0,(void*)0},{&l_132,(void*)0,(void*)0,&l_132},{&l_132,&l_119.f0,(void*)0,&l_119.f0},{&g_4,&l_132,(void*)0,&l_119.f0},{(void*)0,&l_127,(void*)0,&l_119.f0},{(void*)0,&l_132,&g_4,&l_119.f0}},{{(void*)0,&l_119.f0,&l_132,&l_132},{(void*)0,(void*)0,&l_132,(void*)0},{(void*)0,&g_46,&g_4,&l_119.f0},{(void*)0,&g_4,(void*)0,&g_4},{(void*)0,&g_4,(void*)0,&l_119.f0},{&g_4,&g_46,(void*)0,(void*)0}},{{&l_132,(void*)0,(void*)0,&l_132},{&l_132,&l_119.f0,(void*)0,&l_119.f0},{&g_4,&l_132,(void*)0,&l_119.f0},{(void*)0,&l_127,(void*)0,&l_119.f0},{(void*)0,&l_132,&g_4,&l_119.f0},{(void*)0,&l_119.f0,&l_132,&l_132}},{{(void*)0,(void*)0,&l_132,(void*)0},{(void*)0,&g_46,&g_4,&l_119.f0},{(void*)0,&g_4,(void*)0,&g_4},{(void*)0,&g_4,(void*)0,&l_119.f0},{&l_127,(void*)0,(void*)0,&l_119.f0},{(void*)0,&l_119.f0,&l_119.f0,(void*)0}},{{(void*)0,&l_132,(void*)0,&g_46},{&l_127,(void*)0,(void*)0,&g_4},{&l_119.f0,&l_119.f0,&l_119.f0,&g_4},{(void*)0,(void*)0,&l_127,&g_46},{(void*)0,&l_132,(void*)0,(void*)0},{&l_119.f0,&l_119.f0,(void*)0,&l_119.f0}},{{(void*)0,(void*)0,&l_127,&l_132},{(void*)0,&l_127,&l_119.f0,&l_127},{&l_119.f0,&l_127,(void*)0,&l_132},{&l_127,(void*)0,(void*)0,&l_119.f0},{(void*)0,&l_119.f0,&l_119.f0,(void*)0},{(void*)0,&l_132,(void*)0,&g_46}},{{&l_127,(void*)0,(void*)0,&g_4},{&l_119.f0,&l_119.f0,&l_119.f0,&g_4},{(void*)0,(void*)0,&l_127,&g_46},{(void*)0,&l_132,(void*)0,(void*)0},{&l_119.f0,&l_119.f0,(void*)0,&l_119.f0},{(void*)0,(void*)0,&l_127,&l_132}}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_125[i][j] = &g_126;
                }
                (*l_118) = (((((safe_mod_func_int32_t_s_s((*g_96), l_106[0][0])) || (safe_sub_func_int64_t_s_s((safe_lshift_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s((l_127 = (safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((~((l_118 != (l_119 , ((*l_120) = (void*)0))) , (((safe_add_func_int32_t_s_s((*g_96), (safe_sub_func_int16_t_s_s(8L, g_25)))) && g_3[3][1]) , l_47))), 0x77FDL)), 0x85BCF721L))), (*l_118))) < 0x964217F86792DBF0LL), l_128[0])), l_128[0]))) && (*g_96)) || p_28) ^ p_28);
                g_129[2] = g_129[1];
                g_149++;
            }
            else
            { /* block id: 49 */
                int32_t **l_152 = &l_118;
                (*l_152) = (void*)0;
                g_154 = &g_130;
            }
        }
        l_34 = (void*)0;
    }
    for (l_144 = 5; (l_144 >= 0); l_144 -= 1)
    { /* block id: 58 */
        return p_27;
    }
    return p_27;
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
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_3[i][j], "g_3[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_53.f1, "g_53.f1", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_130.f0, "g_130.f0", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_246, "g_246", print_hash_value);
    transparent_crc(g_275.f0, "g_275.f0", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    transparent_crc(g_339, "g_339", print_hash_value);
    transparent_crc(g_358, "g_358", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_386[i], "g_386[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_516[i][j], "g_516[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_541, "g_541", print_hash_value);
    transparent_crc(g_544, "g_544", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 152
XXX total union variables: 10

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

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 109
   depth: 2, occurrence: 23
   depth: 3, occurrence: 2
   depth: 4, occurrence: 2
   depth: 6, occurrence: 2
   depth: 8, occurrence: 1
   depth: 15, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 2
   depth: 22, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 2
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 2
   depth: 34, occurrence: 1
   depth: 38, occurrence: 1
   depth: 43, occurrence: 1
   depth: 44, occurrence: 1

XXX total number of pointers: 206

XXX times a variable address is taken: 563
XXX times a pointer is dereferenced on RHS: 123
breakdown:
   depth: 1, occurrence: 93
   depth: 2, occurrence: 27
   depth: 3, occurrence: 3
XXX times a pointer is dereferenced on LHS: 101
breakdown:
   depth: 1, occurrence: 95
   depth: 2, occurrence: 4
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 17
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 1532

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 407
   level: 2, occurrence: 75
   level: 3, occurrence: 10
   level: 4, occurrence: 4
   level: 5, occurrence: 1
XXX number of pointers point to pointers: 99
XXX number of pointers point to scalars: 92
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.7
XXX average alias set size: 1.35

XXX times a non-volatile is read: 593
XXX times a non-volatile is write: 261
XXX times a volatile is read: 41
XXX    times read thru a pointer: 5
XXX times a volatile is write: 11
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 318
XXX percentage of non-volatile access: 94.3

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 105
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 26
   depth: 2, occurrence: 26
   depth: 3, occurrence: 39

XXX percentage a fresh-made variable is used: 19.4
XXX percentage an existing variable is used: 80.6
********************* end of statistics **********************/

