/* Csmith 2.3.0 --seed 12 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 9B9D3B3E */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 12 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      12
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   signed f0 : 20;
   uint64_t  f1;
};

union U1 {
   volatile int16_t  f0;
   int32_t  f1;
   const uint16_t  f2;
   int16_t  f3;
   int16_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3[6] = {0x11F07B4BL,(-10L),0x11F07B4BL,0x11F07B4BL,(-10L),0x11F07B4BL};
static int32_t g_22 = 0L;
static union U1 g_39 = {-5L};/* VOLATILE GLOBAL g_39 */
static volatile int8_t g_52 = (-1L);/* VOLATILE GLOBAL g_52 */
static int64_t g_56 = 1L;
static int8_t g_57 = 0x40L;
static int32_t *g_59 = &g_22;
static union U0 g_63 = {0L};
static int32_t ** const  volatile g_71 = (void*)0;/* VOLATILE GLOBAL g_71 */
static int32_t ** volatile g_72[8] = {&g_59,&g_59,&g_59,&g_59,&g_59,&g_59,&g_59,&g_59};
static int8_t g_111 = 0x08L;
static uint32_t g_124[10] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};
static uint64_t g_134[3][10] = {{0x7B3F3958A3B07497LL,0x1B32DCA30394C607LL,18446744073709551615UL,0x1B32DCA30394C607LL,0x7B3F3958A3B07497LL,18446744073709551615UL,0xCC039EE50CD27CE9LL,0xCE233F4ACB368D48LL,0xCE233F4ACB368D48LL,0xCC039EE50CD27CE9LL},{18446744073709551615UL,18446744073709551615UL,1UL,1UL,18446744073709551615UL,18446744073709551615UL,0xEF62936AD9C877E7LL,0xCC039EE50CD27CE9LL,0x7B3F3958A3B07497LL,0xCC039EE50CD27CE9LL},{0x1B32DCA30394C607LL,1UL,18446744073709551615UL,0x1B32DCA30394C607LL,18446744073709551615UL,0xCC039EE50CD27CE9LL,0x940D45DD2073866ELL,1UL,0x7B3F3958A3B07497LL,0x7B3F3958A3B07497LL}};
static int16_t g_157[4][4][5] = {{{0x7AD0L,0x006EL,0x7AD0L,4L,0x006EL},{(-4L),0x9825L,(-1L),(-4L),(-1L)},{(-5L),(-5L),0xD741L,0x006EL,9L},{0x63A7L,0x7BBFL,(-1L),(-1L),0x7BBFL}},{{9L,0xB76DL,0x7AD0L,9L,4L},{(-1L),0x7BBFL,0x6F51L,0x7BBFL,(-1L)},{0x7AD0L,(-5L),0xB76DL,4L,(-5L)},{(-1L),0x9825L,0x9825L,(-1L),(-1L)}},{{9L,0x006EL,0xD741L,(-5L),(-5L)},{0x63A7L,(-1L),0x63A7L,(-1L),(-1L)},{(-5L),0xB76DL,4L,(-5L),4L},{(-4L),(-4L),0x6F51L,(-1L),0x7BBFL}},{{0x7AD0L,9L,4L,4L,9L},{0x7BBFL,0x9825L,0x63A7L,0x7BBFL,(-1L)},{0x006EL,9L,0xD741L,9L,0x006EL},{0x63A7L,(-4L),0x9825L,(-1L),(-4L)}}};
static union U0 *g_170 = &g_63;
static union U0 ** volatile g_169 = &g_170;/* VOLATILE GLOBAL g_169 */
static uint16_t g_195 = 0x4CC7L;
static uint32_t *g_264 = &g_124[8];
static uint32_t **g_263 = &g_264;
static uint32_t *** volatile g_262[7][9][4] = {{{&g_263,(void*)0,(void*)0,&g_263},{(void*)0,&g_263,&g_263,(void*)0},{&g_263,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,(void*)0},{&g_263,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,(void*)0},{(void*)0,&g_263,(void*)0,&g_263},{&g_263,&g_263,(void*)0,(void*)0}},{{&g_263,&g_263,&g_263,&g_263},{(void*)0,&g_263,(void*)0,&g_263},{&g_263,&g_263,&g_263,(void*)0},{&g_263,&g_263,(void*)0,&g_263},{(void*)0,&g_263,&g_263,(void*)0},{&g_263,&g_263,(void*)0,&g_263},{&g_263,(void*)0,(void*)0,&g_263},{(void*)0,&g_263,&g_263,(void*)0},{&g_263,&g_263,&g_263,&g_263}},{{&g_263,&g_263,&g_263,(void*)0},{&g_263,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,(void*)0},{(void*)0,&g_263,(void*)0,&g_263},{&g_263,&g_263,(void*)0,(void*)0},{&g_263,&g_263,&g_263,&g_263},{(void*)0,&g_263,(void*)0,&g_263},{(void*)0,(void*)0,&g_263,&g_263}},{{(void*)0,&g_263,&g_263,&g_263},{&g_263,(void*)0,&g_263,&g_263},{(void*)0,(void*)0,(void*)0,&g_263},{&g_263,&g_263,&g_263,&g_263},{&g_263,(void*)0,(void*)0,&g_263},{(void*)0,(void*)0,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{&g_263,(void*)0,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263}},{{(void*)0,&g_263,(void*)0,&g_263},{&g_263,(void*)0,&g_263,(void*)0},{&g_263,(void*)0,(void*)0,&g_263},{(void*)0,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{(void*)0,(void*)0,&g_263,&g_263},{(void*)0,&g_263,&g_263,&g_263},{&g_263,(void*)0,&g_263,&g_263},{(void*)0,(void*)0,(void*)0,&g_263}},{{&g_263,&g_263,&g_263,&g_263},{&g_263,(void*)0,(void*)0,&g_263},{(void*)0,(void*)0,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{&g_263,(void*)0,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{(void*)0,&g_263,(void*)0,&g_263},{&g_263,(void*)0,&g_263,(void*)0},{&g_263,(void*)0,(void*)0,&g_263}},{{(void*)0,&g_263,&g_263,&g_263},{&g_263,&g_263,&g_263,&g_263},{(void*)0,(void*)0,&g_263,&g_263},{(void*)0,&g_263,&g_263,&g_263},{&g_263,(void*)0,&g_263,&g_263},{(void*)0,(void*)0,(void*)0,&g_263},{&g_263,&g_263,&g_263,&g_263},{&g_263,(void*)0,(void*)0,&g_263},{(void*)0,(void*)0,&g_263,&g_263}}};
static uint32_t *** const  volatile g_265 = &g_263;/* VOLATILE GLOBAL g_265 */
static uint64_t *g_269 = (void*)0;
static uint64_t **g_268 = &g_269;
static uint64_t *** volatile g_267 = &g_268;/* VOLATILE GLOBAL g_267 */
static int16_t *g_275 = &g_39.f4;
static uint32_t g_290[3] = {0x78D9F81DL,0x78D9F81DL,0x78D9F81DL};
static uint64_t g_355[6][9] = {{5UL,3UL,1UL,0x7DBB030C00B2D08BLL,1UL,3UL,5UL,3UL,1UL},{1UL,0xC9D430663DE64706LL,0xC9D430663DE64706LL,1UL,0xC9D430663DE64706LL,0xC9D430663DE64706LL,1UL,0xC9D430663DE64706LL,0xC9D430663DE64706LL},{5UL,3UL,1UL,0x7DBB030C00B2D08BLL,1UL,3UL,5UL,3UL,1UL},{1UL,0xC9D430663DE64706LL,0xC9D430663DE64706LL,1UL,0xC9D430663DE64706LL,0xC9D430663DE64706LL,1UL,0xC9D430663DE64706LL,0xC9D430663DE64706LL},{5UL,3UL,0x241831B6B6EE322BLL,3UL,0x241831B6B6EE322BLL,0x29BD9B6EDE9FFD4CLL,1UL,0x29BD9B6EDE9FFD4CLL,0x241831B6B6EE322BLL},{0xC9D430663DE64706LL,4UL,4UL,0xC9D430663DE64706LL,4UL,4UL,0xC9D430663DE64706LL,4UL,4UL}};
static union U1 g_366 = {0xA517L};/* VOLATILE GLOBAL g_366 */
static int32_t g_415 = (-1L);
static uint8_t g_417 = 0x86L;
static volatile int32_t g_426 = 0xDF730857L;/* VOLATILE GLOBAL g_426 */
static volatile int32_t * const  volatile g_425 = &g_426;/* VOLATILE GLOBAL g_425 */
static volatile int32_t * volatile * volatile g_427 = (void*)0;/* VOLATILE GLOBAL g_427 */
static volatile int32_t * volatile g_429 = (void*)0;/* VOLATILE GLOBAL g_429 */
static int64_t g_452 = 0x77F377FF2E8658A5LL;
static int32_t *g_504 = &g_22;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int8_t  func_9(union U0  p_10, uint64_t  p_11);
static union U0  func_12(int8_t  p_13, int32_t  p_14, uint16_t  p_15);
static int32_t * func_29(int32_t * p_30, int32_t  p_31, int32_t * p_32, const uint16_t  p_33, uint32_t  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_265 g_263 g_264 g_124
 * writes: g_3
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_2[1][2];
    int32_t l_23[8][9] = {{0L,(-4L),0x38D06721L,0x270F9E3DL,(-1L),5L,(-4L),(-4L),(-4L)},{0xC422D5FBL,0x05D76270L,(-4L),0x270F9E3DL,(-4L),0x05D76270L,0xC422D5FBL,4L,0x05D76270L},{0x270F9E3DL,0x05D76270L,0x38D06721L,0xC0223DECL,5L,0x39281C1DL,0x7D96711DL,5L,0x05D76270L},{0xC422D5FBL,(-4L),4L,0x7D96711DL,0x38D06721L,0x38D06721L,0x7D96711DL,4L,(-4L)},{0L,4L,0x39281C1DL,(-4L),0x38D06721L,0x39281C1DL,0xC422D5FBL,(-4L),4L},{0xC0223DECL,5L,0x39281C1DL,0x7D96711DL,5L,0x05D76270L,(-4L),0x05D76270L,5L},{0xC0223DECL,4L,4L,0xC0223DECL,(-4L),5L,0L,0x05D76270L,4L},{0L,(-4L),0x38D06721L,0x270F9E3DL,(-1L),5L,(-4L),(-4L),(-4L)}};
    int32_t *l_28 = &g_3[2];
    int32_t *l_60 = &g_22;
    union U0 *l_424[7] = {&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63};
    int8_t l_434[4][9] = {{0xD8L,0x0CL,0xD8L,0xD8L,0x0CL,0xD8L,0xD8L,0x0CL,0xD8L},{0x1AL,0xDBL,0x1AL,0x1AL,0xDBL,0x1AL,0x1AL,0xDBL,0x1AL},{0xD8L,0x0CL,0xD8L,0xD8L,0x0CL,0xD8L,0xD8L,0x0CL,0xD8L},{0x1AL,0xDBL,0x1AL,0x1AL,0xDBL,0x1AL,0x1AL,0xDBL,0x1AL}};
    union U0 * const **l_444 = (void*)0;
    int32_t l_469 = 0xE9277E1AL;
    int32_t l_471 = 0x8351B1CDL;
    int16_t l_478 = (-4L);
    int32_t *l_502 = &l_23[1][1];
    int64_t *l_510 = (void*)0;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_2[i][j] = 0x48L;
    }
    for (g_3[2] = 0; (g_3[2] <= 0); g_3[2] += 1)
    { /* block id: 3 */
        uint64_t l_4 = 18446744073709551606UL;
        int32_t *l_20 = (void*)0;
        int32_t *l_21[3];
        int32_t **l_58[5][6][1] = {{{(void*)0},{&l_28},{(void*)0},{&l_28},{(void*)0},{&l_28}},{{(void*)0},{&l_28},{(void*)0},{&l_28},{(void*)0},{&l_28}},{{(void*)0},{&l_28},{(void*)0},{&l_28},{(void*)0},{&l_28}},{{(void*)0},{&l_28},{(void*)0},{&l_28},{(void*)0},{&l_28}},{{(void*)0},{&l_28},{(void*)0},{&l_28},{(void*)0},{&l_28}}};
        int64_t *l_61 = &g_56;
        uint64_t l_64 = 18446744073709551609UL;
        int16_t *l_392 = &g_366.f4;
        uint64_t **l_411 = &g_269;
        const int8_t l_412 = 0x15L;
        int32_t l_413 = 0x1340AD02L;
        uint16_t l_436[3];
        uint16_t l_464[8][7] = {{8UL,0x121DL,8UL,0x3A8AL,0x3A8AL,8UL,0x121DL},{7UL,0xC89CL,0x1BEFL,0xA153L,0x36BCL,65526UL,0x36BCL},{8UL,0x3A8AL,0x3A8AL,8UL,0x121DL,8UL,0x3A8AL},{0xEA71L,0UL,7UL,0xA153L,7UL,0UL,0xEA71L},{0x6939L,0x3A8AL,0x121DL,8UL,0x3A8AL,0x3A8AL,8UL},{0x1BEFL,0UL,0x1BEFL,0x550FL,0UL,0xA153L,0xEA71L},{8UL,0x6939L,0x121DL,0x121DL,0x6939L,8UL,0x6939L},{0x1BEFL,0x550FL,0UL,0xA153L,0xEA71L,0xA153L,0UL}};
        const int32_t l_503 = 0x6939E7FDL;
        const union U0 *l_507 = (void*)0;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_21[i] = &g_22;
        for (i = 0; i < 3; i++)
            l_436[i] = 0x069CL;
        if (l_4)
            break;
        if (l_4)
            break;
    }
    return (***g_265);
}


/* ------------------------------------------ */
/* 
 * reads : g_59 g_3 g_56 g_39.f4 g_63.f0 g_22 g_57 g_111 g_39.f2 g_124 g_39.f0 g_134 g_52 g_39 g_169 g_63.f1 g_39.f3 g_157 g_195 g_265 g_267 g_63 g_263 g_264 g_268 g_269 g_355 g_170 g_366 g_275
 * writes: g_56 g_63.f0 g_124 g_134 g_22 g_39.f3 g_157 g_57 g_59 g_170 g_63.f1 g_195 g_111 g_263 g_268 g_275 g_355
 */
static int8_t  func_9(union U0  p_10, uint64_t  p_11)
{ /* block id: 20 */
    int32_t *l_69 = (void*)0;
    int32_t l_98 = (-9L);
    int32_t l_100[6];
    uint32_t l_103 = 0x286D7ADFL;
    uint32_t l_132 = 0x4E58FD31L;
    uint8_t l_139 = 0x71L;
    int32_t *l_159 = &l_98;
    uint64_t *l_193 = &g_134[1][2];
    int8_t *l_214[4] = {&g_111,&g_111,&g_111,&g_111};
    int32_t *l_215 = &g_22;
    union U0 **l_221 = &g_170;
    int32_t **l_222 = &g_59;
    uint32_t l_231 = 0UL;
    int32_t l_232 = 0xF11AC0BCL;
    int64_t *l_237 = (void*)0;
    int64_t *l_238 = &g_56;
    uint32_t *l_261 = (void*)0;
    uint32_t **l_260 = &l_261;
    uint16_t *l_278 = &g_195;
    union U0 **l_342 = &g_170;
    union U0 ** const *l_341 = &l_342;
    int32_t l_348 = 1L;
    uint64_t ** const *l_385 = &g_268;
    int i;
    for (i = 0; i < 6; i++)
        l_100[i] = 0xFB5D179AL;
    if ((*g_59))
    { /* block id: 21 */
        int32_t *l_70 = &g_3[3];
        int32_t l_75 = 0x906C22AAL;
        int32_t l_99[9][8] = {{0x5926F2DCL,0L,(-2L),(-1L),(-1L),(-4L),(-1L),0x5926F2DCL},{1L,(-1L),0x00275E99L,0x627CDBDBL,(-6L),1L,0L,0x44ED4C97L},{(-6L),1L,0L,0x44ED4C97L,(-1L),(-7L),(-7L),(-1L)},{(-4L),6L,6L,(-4L),3L,(-1L),(-1L),0x7E5C3585L},{6L,3L,0x9AA0F805L,0x00275E99L,0x6343A15AL,0L,0x851ED01BL,0x9AA0F805L},{(-2L),3L,0x4CB199FCL,(-1L),0xF50803CBL,(-1L),0x6343A15AL,(-2L)},{(-1L),6L,0x00275E99L,0L,0x5D840C93L,(-7L),6L,0x49FC4A87L},{5L,1L,(-1L),0xFBAD4E8CL,(-1L),1L,5L,6L},{(-4L),(-1L),0x627CDBDBL,0xACD9B719L,(-3L),(-4L),0L,0x7E5C3585L}};
        int16_t *l_153 = &g_39.f3;
        int32_t *l_154 = &l_99[1][0];
        int8_t l_155 = 0x44L;
        int16_t *l_156 = &g_157[2][3][0];
        int32_t **l_158[7] = {&l_69,&l_69,&l_69,&l_69,&l_69,&l_69,&l_69};
        int i, j;
        if ((p_10 , 1L))
        { /* block id: 22 */
            int32_t *l_68 = (void*)0;
            for (g_56 = (-11); (g_56 >= 3); g_56 = safe_add_func_int8_t_s_s(g_56, 9))
            { /* block id: 25 */
                int32_t **l_73 = &l_69;
                g_63.f0 |= ((safe_unary_minus_func_uint32_t_u((g_39.f4 <= (1L < (-1L))))) , (l_68 != l_69));
                (*l_73) = l_70;
                if ((*g_59))
                    continue;
                if ((*l_69))
                    continue;
            }
        }
        else
        { /* block id: 31 */
            int32_t *l_74[6][10] = {{&g_3[2],(void*)0,&g_22,&g_22,(void*)0,&g_3[2],&g_22,&g_3[0],&g_3[2],&g_3[0]},{&g_22,&g_22,&g_3[2],&g_22,&g_3[2],&g_22,&g_22,&g_22,(void*)0,(void*)0},{&g_22,(void*)0,&g_3[2],(void*)0,(void*)0,&g_3[2],(void*)0,&g_22,(void*)0,&g_22},{&g_3[2],(void*)0,&g_22,(void*)0,&g_22,(void*)0,&g_22,(void*)0,&g_3[2],(void*)0},{&g_3[2],&g_22,&g_22,&g_22,(void*)0,(void*)0,&g_22,&g_22,&g_22,&g_3[2]},{&g_22,(void*)0,&g_3[2],&g_22,&g_3[0],&g_3[2],&g_3[0],&g_22,&g_3[2],(void*)0}};
            int64_t *l_77[10][8][1] = {{{&g_56},{&g_56},{&g_56},{(void*)0},{&g_56},{&g_56},{(void*)0},{&g_56}},{{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56}},{{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56}},{{&g_56},{&g_56},{(void*)0},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56}},{{(void*)0},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{(void*)0},{&g_56}},{{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56}},{{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56}},{{&g_56},{&g_56},{&g_56},{(void*)0},{&g_56},{&g_56},{&g_56},{&g_56}},{{&g_56},{(void*)0},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{(void*)0}},{{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56},{&g_56}}};
            int64_t l_102 = 0L;
            uint32_t *l_122 = (void*)0;
            uint32_t *l_123 = &g_124[8];
            int64_t l_125 = 0x91F0B04548F12570LL;
            uint64_t *l_133 = &g_134[1][2];
            int i, j, k;
            l_75 = p_10.f0;
            if (g_39.f4)
                goto lbl_115;
            if ((+(g_56 = (*l_70))))
            { /* block id: 34 */
                int64_t *l_95[6][2][2] = {{{&g_56,&g_56},{&g_56,&g_56}},{{&g_56,&g_56},{&g_56,&g_56}},{{&g_56,&g_56},{&g_56,&g_56}},{{&g_56,&g_56},{&g_56,&g_56}},{{&g_56,&g_56},{&g_56,&g_56}},{{&g_56,&g_56},{&g_56,&g_56}}};
                const int32_t l_96 = 0x61D2E80BL;
                int32_t l_97 = 0x4CDCAC19L;
                int32_t l_101 = 0x7A089C8FL;
                int32_t l_106 = (-6L);
                int32_t l_107 = (-1L);
                int32_t l_108 = 5L;
                int32_t l_109 = 0x36387BD1L;
                int32_t l_110[8][10] = {{0x996BAC34L,0x73F18804L,(-7L),(-1L),0x59C9A882L,0x59C9A882L,(-1L),(-7L),0x73F18804L,0x996BAC34L},{0x6B62B2D3L,(-7L),0x3446011DL,0xBAA5094AL,1L,0xC081A072L,(-1L),0x40E7BB6FL,0x5491B972L,1L},{0x593052EAL,(-10L),0xC7AF3233L,(-7L),1L,0x8532663EL,0x6B62B2D3L,0x44F22EBFL,0xBD4C0033L,0x996BAC34L},{1L,(-1L),0xCC9BDC87L,0xC081A072L,0x59C9A882L,8L,0x59C9A882L,0xC081A072L,0xCC9BDC87L,(-1L)},{0x40E7BB6FL,8L,(-1L),(-10L),0x5491B972L,0xBD4C0033L,0xC081A072L,0xBAA5094AL,0x59C9A882L,0xE3EA4B03L},{0x3446011DL,0xC7AF3233L,0xC081A072L,0x7E234033L,0x6B62B2D3L,0xBD4C0033L,0x8532663EL,0xA7A27731L,8L,0x593052EAL},{0x40E7BB6FL,9L,(-8L),0xA7A27731L,1L,8L,8L,1L,0xA7A27731L,(-8L)},{1L,1L,0x593052EAL,8L,0xA7A27731L,0x8532663EL,0xBD4C0033L,0x6B62B2D3L,0x7E234033L,0xC081A072L}};
                uint8_t l_112 = 247UL;
                int i, j, k;
                l_75 = (safe_div_func_int64_t_s_s(((((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u(18446744073709551612UL, (safe_unary_minus_func_int16_t_s(p_11)))), 15)) || (p_11 >= (0x2FD5L >= (safe_lshift_func_int8_t_s_u((0x64988723L && (-1L)), 5))))) > 0L) ^ (l_97 &= ((safe_rshift_func_int8_t_s_s((safe_add_func_int64_t_s_s(((safe_sub_func_int32_t_s_s(((void*)0 == l_95[0][1][1]), 4294967295UL)) & g_3[2]), g_22)), l_96)) , g_57))), (-1L)));
                ++l_103;
                l_112++;
            }
            else
            { /* block id: 39 */
lbl_115:
                p_10.f0 = (*g_59);
                return g_111;
            }
            p_10.f0 = (safe_rshift_func_int16_t_s_u((0x86712C95L <= (safe_add_func_uint64_t_u_u(((*l_133) ^= ((safe_sub_func_int32_t_s_s(((((*l_123) |= g_39.f2) < 0x6A10C0C6L) , (*l_70)), l_125)) <= ((g_56 = ((+(p_10.f0 ^ (((p_11 , (p_10.f0 == (((safe_mul_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((((((!((((p_10.f0 || g_3[2]) , (*l_70)) ^ 0xEBDA9155L) | 0xC2L)) < l_132) , 1L) > 0L) || g_39.f4) && (-1L)), g_63.f0)), (*l_70))) & (*l_70)) ^ g_39.f0))) && g_3[5]) || 0xD1L))) && (-3L))) ^ g_39.f4))), p_10.f0))), 0));
            for (g_22 = (-22); (g_22 >= (-7)); g_22++)
            { /* block id: 50 */
                int16_t l_137 = 0x7951L;
                int32_t l_138[5][4][6] = {{{0x51CD5DB3L,(-1L),0xCF5E0702L,0xB7CB8965L,1L,0L},{1L,0xEC26253DL,0xCF70B337L,0xE64B5358L,0L,0xB7CB8965L},{0xB60F1761L,(-1L),0x03CBCB42L,7L,1L,0xBE77973EL},{0x03CBCB42L,0x78092CFCL,0x6928D4B4L,0xB60F1761L,0x51CD5DB3L,1L}},{{0x6F371BD3L,(-10L),1L,(-2L),1L,0xD8D12817L},{0x78092CFCL,0L,(-3L),(-1L),0xB7CB8965L,(-7L)},{0x0E812EFDL,0xCD22D570L,1L,0xBA5A16B7L,7L,0x90EEBE92L},{0x03CBCB42L,0xCD22D570L,(-2L),0xCAE2238FL,0xB7CB8965L,0xBE77973EL}},{{0xCF5E0702L,0L,0L,2L,0x03CBCB42L,0x51CD5DB3L},{0xE64B5358L,0xD8D12817L,0xCF5E0702L,0x03CBCB42L,0xB4653DA8L,0xB7CB8965L},{0x9294EA28L,(-3L),0xBE77973EL,0x90EEBE92L,0x6928D4B4L,0L},{1L,0L,(-10L),0x87189E9FL,1L,(-1L)}},{{0xE646FBA3L,1L,0x6B9F5D82L,1L,0xCAE2238FL,0xE64B5358L},{0x6C04E2F6L,0x90EEBE92L,(-1L),(-6L),(-7L),1L},{1L,0xEC26253DL,0x5F3DD407L,0x5F3DD407L,0xEC26253DL,1L},{0xE69D747BL,0L,(-1L),0x9294EA28L,0x67A9038FL,0x6928D4B4L}},{{0xB60F1761L,0x87189E9FL,(-1L),0xD8D12817L,1L,0xBA5A16B7L},{0xB60F1761L,7L,0xD8D12817L,0x9294EA28L,1L,0x6F371BD3L},{0xE69D747BL,0x67A9038FL,3L,0x5F3DD407L,0x7DF0B75FL,0L},{1L,0x78092CFCL,1L,(-6L),0L,(-2L)}}};
                int i, j, k;
                l_139++;
                l_138[4][1][0] |= (65535UL ^ l_100[3]);
            }
        }
        l_159 = (((~((safe_sub_func_int32_t_s_s(0x41E0B0FEL, (&l_75 != (void*)0))) & (safe_rshift_func_int8_t_s_u(((l_69 = func_29(&l_99[3][5], p_11, func_29(func_29(func_29(&l_100[1], (safe_div_func_int8_t_s_s(g_52, (~((safe_rshift_func_int16_t_s_s(((*l_156) = (((*g_59) != ((*l_154) ^= (~((*l_153) = (p_11 != g_57))))) & l_155)), p_11)) ^ 2UL)))), &l_75, (*l_70), p_10.f0), g_134[0][3], &l_75, g_3[5], (*l_70)), g_3[2], &l_75, g_111, p_11), p_11, g_3[4])) != (void*)0), g_134[1][4])))) , p_10.f0) , &l_100[5]);
        return (*l_70);
    }
    else
    { /* block id: 61 */
        uint64_t l_171 = 0xAC415743580E5CDFLL;
        int32_t *l_172 = &g_22;
        int32_t l_173 = 0xAFCBC471L;
        int32_t *l_174[1][7] = {{&l_100[1],&l_100[1],&l_100[1],&l_100[1],&l_100[1],&l_100[1],&l_100[1]}};
        int32_t l_175 = 4L;
        int64_t l_176 = 1L;
        uint32_t l_177 = 0x5137F1E0L;
        uint16_t *l_194 = &g_195;
        uint64_t *l_205 = &g_134[1][2];
        int i, j;
        for (g_57 = 0; (g_57 != 0); g_57 = safe_add_func_int16_t_s_s(g_57, 9))
        { /* block id: 64 */
            uint8_t l_167 = 252UL;
            int32_t l_168 = 0xF9AE2D6AL;
            for (l_98 = (-29); (l_98 > (-11)); l_98 = safe_add_func_uint16_t_u_u(l_98, 1))
            { /* block id: 67 */
                int32_t * const l_164 = (void*)0;
                int32_t **l_165[2];
                int32_t **l_166 = &g_59;
                int i;
                for (i = 0; i < 2; i++)
                    l_165[i] = &l_69;
                (*l_166) = l_164;
                l_168 |= l_167;
                (*g_169) = &g_63;
                p_10.f0 = (l_171 = p_10.f0);
            }
        }
        ++l_177;
        for (g_63.f1 = 0; (g_63.f1 == 29); g_63.f1 = safe_add_func_uint32_t_u_u(g_63.f1, 5))
        { /* block id: 78 */
            uint32_t l_182 = 18446744073709551615UL;
            if (l_182)
                break;
            for (g_39.f3 = 0; (g_39.f3 > 22); ++g_39.f3)
            { /* block id: 82 */
                return g_56;
            }
        }
        (*l_172) = (safe_rshift_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((safe_div_func_uint64_t_u_u(((((safe_lshift_func_uint16_t_u_u(p_11, 15)) ^ p_11) == 3L) ^ ((*l_194) = (g_22 >= ((l_193 = &p_11) != &p_11)))), ((*l_205) &= (safe_mod_func_uint64_t_u_u((+(safe_mul_func_int16_t_s_s(((safe_sub_func_uint8_t_u_u((((((safe_sub_func_int32_t_s_s(((*l_159) | 1L), p_11)) > 0xA3L) <= p_10.f0) | 0x1EL) , (*l_159)), g_63.f0)) < g_52), (-4L)))), (*l_159)))))) , (-1L)), p_10.f0)), 3));
    }
    (*l_215) = (safe_rshift_func_int8_t_s_s((safe_mul_func_uint16_t_u_u((p_11 < p_10.f0), (((-5L) >= g_63.f1) <= ((safe_unary_minus_func_uint64_t_u((p_11 & g_111))) && (((safe_div_func_int64_t_s_s(((&l_98 != (void*)0) <= ((*l_159) = (~((g_39.f0 | 5L) | p_10.f0)))), g_63.f1)) && (*l_159)) == g_63.f1))))), 1));
    (*l_222) = func_29(&l_98, (((*l_193) &= ((safe_sub_func_uint64_t_u_u(((!(g_124[6] < (((g_111 = (safe_rshift_func_int8_t_s_u(((void*)0 == l_193), 5))) || ((((((void*)0 == &g_124[2]) , (((&l_69 != &g_59) , ((l_221 == &g_170) , p_10.f0)) > g_39.f2)) != g_134[2][6]) && (-9L)) && g_3[4])) >= (*l_159)))) & 0xE5CBDDB987CA8C57LL), 0x5A41679F912CC45BLL)) , 0x0FF55728C40FE088LL)) | p_10.f0), &l_98, g_22, g_157[1][2][1]);
    if ((safe_lshift_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s((**l_222), 15)) && p_10.f0), (safe_mul_func_int8_t_s_s(((*l_159) = (safe_sub_func_int8_t_s_s((l_231 && l_232), ((0UL <= ((0x3EL ^ ((*l_215) |= (safe_sub_func_uint64_t_u_u(((l_214[3] != (void*)0) >= (safe_lshift_func_uint8_t_u_s(((((*l_238) = 8L) || 1UL) != g_52), 0))), g_195)))) , p_10.f0)) && p_10.f0)))), g_111)))))
    { /* block id: 99 */
        int32_t *l_243 = &l_100[4];
        int32_t **l_244 = &l_215;
        int16_t *l_280 = &g_39.f3;
        uint32_t l_297 = 0xD305C4B0L;
        int64_t l_317[4][7][1] = {{{0x15C1BFA23490A3EBLL},{0x9AC98F05BC626A04LL},{(-1L)},{0x664F176A564B1259LL},{0x664F176A564B1259LL},{(-1L)},{0x9AC98F05BC626A04LL}},{{0x15C1BFA23490A3EBLL},{0x9AC98F05BC626A04LL},{(-1L)},{0x664F176A564B1259LL},{0x664F176A564B1259LL},{(-1L)},{0x9AC98F05BC626A04LL}},{{0x15C1BFA23490A3EBLL},{0x9AC98F05BC626A04LL},{(-1L)},{0x664F176A564B1259LL},{0x664F176A564B1259LL},{(-1L)},{0x9AC98F05BC626A04LL}},{{0x15C1BFA23490A3EBLL},{0x9AC98F05BC626A04LL},{(-1L)},{0x664F176A564B1259LL},{0x664F176A564B1259LL},{(-1L)},{0x9AC98F05BC626A04LL}}};
        int32_t l_318 = 1L;
        int32_t l_320 = 0xB32575F6L;
        int32_t l_321 = 0x443E822AL;
        int32_t l_322[9][5][5] = {{{0L,0L,9L,0xF9236277L,1L},{0x9DD450A1L,0x8C9F4425L,0L,(-3L),0x27CA6CB4L},{0x9D188328L,3L,0x0C864790L,(-1L),4L},{0xD195F239L,0x8630AA08L,0x57BF5D30L,7L,7L},{0x36BA6444L,0x71FBF82BL,0x36BA6444L,0L,0x27CA6CB4L}},{{0x71FBF82BL,0L,5L,0xF0D242C8L,(-10L)},{0x903E4FB4L,2L,1L,0xD359E288L,0xF76AEF64L},{0x9F14CE7FL,0x098CC03FL,5L,(-10L),0L},{(-5L),0x9F14CE7FL,0x36BA6444L,0x903E4FB4L,(-1L)},{1L,(-1L),0x57BF5D30L,0x8C9F4425L,0x648CB26EL}},{{0xFC0919BCL,0xD195F239L,0x0C864790L,0xFC0919BCL,2L},{(-5L),0xF684961CL,0L,0L,0L},{(-1L),0xC9D707F3L,9L,0xF76AEF64L,0x75422D32L},{(-10L),0L,0xEEA0C97CL,(-4L),(-2L)},{0xFC0919BCL,0L,(-4L),0x0C864790L,0L}},{{0x9DD450A1L,0x75422D32L,0x9D188328L,0x32CAB0F5L,5L},{0x42C28A44L,0x75422D32L,8L,(-10L),0xDCE7EF31L},{0x800588CFL,0L,0L,0xF684961CL,0xDB30DB7DL},{(-10L),0L,0x648CB26EL,(-2L),0x3B559AE1L},{(-4L),0xC1A1063FL,0xE3807436L,0L,8L}},{{0x43D73035L,0xB8BEC4ABL,1L,(-10L),0x42C28A44L},{8L,0xDCE7EF31L,0xF0D242C8L,0x7881DCCEL,5L},{0xB8BEC4ABL,1L,0xE6E49509L,0xE6E49509L,1L},{(-1L),(-1L),1L,0xC1A1063FL,0xB8BEC4ABL},{0xC1A1063FL,0xF8947E93L,0x71FBF82BL,5L,0x75422D32L}},{{0L,0L,1L,0x8C701A78L,0x800588CFL},{0xC1A1063FL,(-8L),0L,0xD6FAAFD4L,0xE3807436L},{(-1L),0xFC0919BCL,0x8630AA08L,4L,0x9F14CE7FL},{0xB8BEC4ABL,(-3L),0L,1L,0L},{8L,0xDB30DB7DL,(-4L),0xD6FAAFD4L,1L}},{{0x43D73035L,0x32CAB0F5L,0xC9D707F3L,(-10L),(-1L)},{(-4L),4L,0xE95BB552L,0L,0xF684961CL},{(-10L),1L,9L,0xC1A1063FL,0x87AF1629L},{0x800588CFL,8L,0x098CC03FL,(-1L),0x7881DCCEL},{0x42C28A44L,(-3L),1L,1L,0x7881DCCEL}},{{0x9DD450A1L,9L,0x688EA05AL,(-10L),0x87AF1629L},{0xFC0919BCL,(-10L),5L,0L,0xF684961CL},{(-10L),0L,(-1L),0xB8BEC4ABL,(-1L)},{0xD6FAAFD4L,0L,1L,0xF684961CL,1L},{0x23FCD329L,0xD6FAAFD4L,0xCD1BFA40L,0x75422D32L,0L}},{{0xE95BB552L,1L,1L,1L,0x9F14CE7FL},{0x0C864790L,0x42C28A44L,0x42C28A44L,0x0C864790L,0xE3807436L},{0x23FCD329L,(-2L),1L,3L,0x800588CFL},{(-1L),0xC1A1063FL,0xE95BB552L,1L,0x75422D32L},{0x75422D32L,0x3D9349DFL,0xEEA0C97CL,3L,0xB8BEC4ABL}}};
        uint64_t l_360 = 1UL;
        int i, j, k;
        (*l_244) = func_29((*l_222), p_10.f0, (*l_222), (safe_rshift_func_uint16_t_u_s((~(g_3[2] , (g_111 >= ((((safe_unary_minus_func_uint32_t_u(g_3[2])) , g_39.f2) , l_243) != ((*l_244) = (*l_222)))))), g_39.f4)), g_52);
        if (((g_134[2][6] || (safe_lshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u((((safe_mod_func_int16_t_s_s(((((safe_rshift_func_uint16_t_u_u(0x967EL, 10)) < (&g_57 == l_214[1])) ^ (safe_lshift_func_uint8_t_u_s(p_11, ((*g_59) > (*l_243))))) > (safe_div_func_int32_t_s_s((g_3[5] <= (+(((safe_rshift_func_uint16_t_u_s(g_39.f4, p_10.f0)) <= 0xAAF6L) < p_11))), g_57))), p_11)) > g_63.f0) || g_111), p_10.f0)), 3))) || g_22))
        { /* block id: 102 */
            uint64_t **l_266 = &l_193;
            (*g_265) = l_260;
            (*g_267) = l_266;
        }
        else
        { /* block id: 105 */
            int16_t *l_274 = &g_157[2][3][0];
            int32_t l_284 = 0L;
            int32_t l_291 = (-1L);
            uint32_t *l_308[8][1][4] = {{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}},{{&g_124[5],&g_124[5],&g_124[5],&g_124[5]}}};
            int32_t l_323[8];
            union U0 **l_343 = &g_170;
            union U0 ***l_361 = &l_343;
            int i, j, k;
            for (i = 0; i < 8; i++)
                l_323[i] = 0L;
            for (l_103 = 0; (l_103 < 7); l_103 = safe_add_func_uint32_t_u_u(l_103, 7))
            { /* block id: 108 */
                uint16_t *l_279 = &g_195;
                int32_t l_281[2];
                uint32_t *l_289[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int32_t *l_292 = &l_98;
                int32_t *l_293 = (void*)0;
                int32_t *l_294 = &l_281[0];
                int32_t *l_295 = &l_98;
                int32_t *l_296[4] = {&g_3[2],&g_3[2],&g_3[2],&g_3[2]};
                int i;
                for (i = 0; i < 2; i++)
                    l_281[i] = 0xD234E86CL;
                (*l_159) ^= ((*l_243) = ((((safe_sub_func_uint32_t_u_u(((g_275 = l_274) == ((safe_lshift_func_int8_t_s_s((&g_195 == (l_279 = l_278)), 2)) , l_280)), (((*l_238) = l_281[0]) > ((l_291 &= (safe_div_func_int32_t_s_s(((func_12((l_284 = 0x81L), p_11, (safe_mul_func_int8_t_s_s((safe_div_func_int16_t_s_s(((*l_280) = ((18446744073709551615UL >= (p_11 < (-1L))) && g_39.f0)), g_57)), g_22))) , 4L) , 0x356C6CD4L), p_10.f0))) , l_281[0])))) , &g_111) != (void*)0) & g_63.f1));
                l_297--;
            }
            if ((safe_add_func_int64_t_s_s(((((safe_add_func_int16_t_s_s((safe_mul_func_int8_t_s_s((l_284 = p_10.f0), ((safe_lshift_func_uint8_t_u_s(((void*)0 != l_308[0][0][0]), 2)) , 0xD6L))), (((safe_sub_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(((((-3L) > (*l_159)) & (*g_59)) == ((((safe_sub_func_int32_t_s_s(((((safe_rshift_func_int16_t_s_u((0xB8753A32646635DCLL != (*l_215)), (*l_243))) > 0UL) >= 5UL) ^ l_317[1][3][0]), 1UL)) <= 6UL) , p_10.f0) ^ 0x368AL)), p_11)), (*l_243))) || (*g_59)) <= (-3L)))) < p_11) | l_318) , g_22), (**l_244))))
            { /* block id: 120 */
                int32_t *l_319[8] = {&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22};
                uint64_t l_324 = 0UL;
                int i;
                l_324++;
            }
            else
            { /* block id: 122 */
                union U0 ***l_335 = &l_221;
                union U0 ***l_336 = (void*)0;
                union U0 **l_338 = &g_170;
                union U0 ***l_337 = &l_338;
                int32_t l_344[1][1][6] = {{{6L,6L,0x555A7ADCL,6L,6L,0x555A7ADCL}}};
                int32_t l_345 = 0x2D3FEC5DL;
                int i, j, k;
                l_345 ^= (p_11 ^ ((*l_159) ^= ((safe_mod_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_u(((((p_10.f0 != (g_39 , (((safe_sub_func_uint8_t_u_u(p_11, (((((*l_337) = ((*l_335) = &g_170)) != ((l_336 != (((safe_add_func_int32_t_s_s((((*g_263) != &l_297) || l_323[5]), 0L)) | (***g_265)) , l_341)) , l_343)) ^ (*l_215)) && p_11))) , g_3[2]) , 2UL))) ^ p_11) ^ p_11) ^ (-8L)), 9)) & l_344[0][0][1]) < p_10.f0), 8)), (**l_222))) & l_284)));
                (*l_159) &= (safe_mod_func_uint8_t_u_u(0xCFL, (((**g_267) != (*g_268)) && (*l_243))));
                l_360 ^= ((l_348 |= (***g_265)) | (((l_323[5] = g_56) | (((~((safe_sub_func_int8_t_s_s((**l_244), ((safe_unary_minus_func_uint32_t_u(((p_10.f0 , ((((1UL || (safe_rshift_func_uint8_t_u_u((0xB0633D215E4A774BLL > (func_12(((--g_355[2][3]) <= (l_344[0][0][1] = (((0xD0C776CEL == (safe_rshift_func_int8_t_s_s(((p_10.f0 , p_11) >= g_124[8]), p_11))) >= p_10.f0) <= p_11))), (*l_159), (*l_215)) , g_355[2][3])), l_345))) , (*g_170)) , l_344[0][0][1]) || 0UL)) == 0x9FE7L))) || l_284))) | 1UL)) < (*g_264)) & p_11)) || p_11));
            }
            l_284 |= (((((*l_361) = &g_170) == (((((0x61D3E08BL | (-2L)) && ((safe_rshift_func_int16_t_s_s(((safe_add_func_int64_t_s_s((g_366 , (~g_56)), (p_10.f0 ^ ((safe_div_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u((safe_mod_func_int8_t_s_s((g_355[0][1] , (safe_add_func_int16_t_s_s((safe_div_func_uint64_t_u_u((((*g_275) < g_39.f4) , 0UL), (**l_244))), p_11))), p_11)), (*l_215))) <= (**l_222)), p_11)) ^ l_323[5])))) && 1L), 1)) <= 0xC986L)) && l_291) , (*l_243)) , &g_170)) <= p_10.f0) & (*l_215));
        }
    }
    else
    { /* block id: 137 */
        uint64_t *l_381 = &g_355[0][3];
        int32_t l_382[1][8][10] = {{{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L},{0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L,0xE5411332L,0L}}};
        int i, j, k;
        (*l_215) &= (~p_10.f0);
        (*l_215) &= ((p_11 <= ((((*l_381) = (255UL >= (safe_mul_func_int8_t_s_s(g_134[0][3], 4UL)))) >= l_382[0][0][2]) && (((((safe_mod_func_uint32_t_u_u(((void*)0 == l_385), ((safe_mod_func_uint8_t_u_u(((((safe_lshift_func_uint16_t_u_s((p_11 < ((safe_mul_func_int16_t_s_s((p_10 , 1L), l_382[0][0][2])) || 3UL)), 0)) || (**l_222)) && 9L) && (**l_222)), 0xA3L)) || g_195))) < 0x96F05541L) , p_10.f0) > 0xA8E5C578D276F746LL) | p_10.f0))) , (-1L));
    }
    return (**l_222);
}


/* ------------------------------------------ */
/* 
 * reads : g_63
 * writes:
 */
static union U0  func_12(int8_t  p_13, int32_t  p_14, uint16_t  p_15)
{ /* block id: 17 */
    int64_t *l_62[7] = {&g_56,&g_56,&g_56,&g_56,&g_56,&g_56,&g_56};
    int i;
    p_14 |= (&g_56 == l_62[3]);
    return g_63;
}


/* ------------------------------------------ */
/* 
 * reads : g_39 g_39.f4 g_3 g_22 g_52 g_57
 * writes: g_22 g_56 g_57
 */
static int32_t * func_29(int32_t * p_30, int32_t  p_31, int32_t * p_32, const uint16_t  p_33, uint32_t  p_34)
{ /* block id: 7 */
    int32_t *l_40 = &g_3[2];
    int32_t **l_41 = &l_40;
    int32_t *l_47 = &g_22;
    int64_t *l_55 = &g_56;
    (*l_47) ^= (safe_rshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s(0x579DEB4763523E24LL, (((g_39 , p_34) != 0x8EL) , ((p_32 == ((*l_41) = l_40)) | (safe_div_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u((p_30 != ((safe_unary_minus_func_int16_t_s((-1L))) , (void*)0)), p_34)), g_39.f4)))))), g_3[2]));
    g_22 = (safe_add_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(g_52, ((*l_41) != (*l_41)))), (g_57 &= ((safe_lshift_func_int8_t_s_s((-1L), 5)) >= (((*l_55) = 0x56BBB30732BAB2BDLL) , p_31)))));
    return &g_3[1];
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_39.f0, "g_39.f0", print_hash_value);
    transparent_crc(g_39.f2, "g_39.f2", print_hash_value);
    transparent_crc(g_39.f3, "g_39.f3", print_hash_value);
    transparent_crc(g_39.f4, "g_39.f4", print_hash_value);
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_63.f0, "g_63.f0", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_124[i], "g_124[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_134[i][j], "g_134[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_157[i][j][k], "g_157[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_195, "g_195", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_290[i], "g_290[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_355[i][j], "g_355[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_366.f0, "g_366.f0", print_hash_value);
    transparent_crc(g_366.f2, "g_366.f2", print_hash_value);
    transparent_crc(g_366.f3, "g_366.f3", print_hash_value);
    transparent_crc(g_366.f4, "g_366.f4", print_hash_value);
    transparent_crc(g_415, "g_415", print_hash_value);
    transparent_crc(g_417, "g_417", print_hash_value);
    transparent_crc(g_426, "g_426", print_hash_value);
    transparent_crc(g_452, "g_452", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 124
XXX total union variables: 3

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 7
breakdown:
   indirect level: 0, occurrence: 1
   indirect level: 1, occurrence: 2
   indirect level: 2, occurrence: 2
   indirect level: 3, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 3
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 4
XXX times a single bitfield on LHS: 4
XXX times a single bitfield on RHS: 36

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 63
   depth: 2, occurrence: 13
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 9, occurrence: 1
   depth: 13, occurrence: 2
   depth: 16, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 2
   depth: 24, occurrence: 2
   depth: 26, occurrence: 1
   depth: 27, occurrence: 2
   depth: 29, occurrence: 2
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 104

XXX times a variable address is taken: 269
XXX times a pointer is dereferenced on RHS: 94
breakdown:
   depth: 1, occurrence: 80
   depth: 2, occurrence: 11
   depth: 3, occurrence: 3
XXX times a pointer is dereferenced on LHS: 47
breakdown:
   depth: 1, occurrence: 47
XXX times a pointer is compared with null: 10
XXX times a pointer is compared with address of another variable: 7
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 2220

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 379
   level: 2, occurrence: 46
   level: 3, occurrence: 5
XXX number of pointers point to pointers: 35
XXX number of pointers point to scalars: 66
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.9
XXX average alias set size: 1.38

XXX times a non-volatile is read: 467
XXX times a non-volatile is write: 149
XXX times a volatile is read: 23
XXX    times read thru a pointer: 5
XXX times a volatile is write: 7
XXX    times written thru a pointer: 3
XXX times a volatile is available for access: 1.87e+03
XXX percentage of non-volatile access: 95.4

XXX forward jumps: 1
XXX backward jumps: 0

XXX stmts: 61
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 13
   depth: 2, occurrence: 14
   depth: 3, occurrence: 22

XXX percentage a fresh-made variable is used: 12.9
XXX percentage an existing variable is used: 87.1
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

