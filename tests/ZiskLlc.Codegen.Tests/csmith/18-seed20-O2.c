/* Csmith 2.3.0 --seed 20 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = D1E010D2 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 20 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      20
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int64_t g_27 = (-4L);
static int32_t g_29 = 0x31D14CD4L;
static volatile int32_t g_30 = 0xB27FA3DFL;/* VOLATILE GLOBAL g_30 */
static int32_t g_35 = 0L;
static int32_t *g_34 = &g_35;
static uint16_t g_39 = 6UL;
static volatile int64_t * volatile g_40 = (void*)0;/* VOLATILE GLOBAL g_40 */
static uint16_t *g_47 = &g_39;
static int32_t ** volatile g_58 = (void*)0;/* VOLATILE GLOBAL g_58 */
static int32_t ** volatile g_59 = &g_34;/* VOLATILE GLOBAL g_59 */
static int16_t g_74 = 1L;
static uint16_t *g_83 = (void*)0;
static const uint16_t g_87 = 65535UL;
static uint64_t g_90 = 1UL;
static int32_t ** volatile g_93 = (void*)0;/* VOLATILE GLOBAL g_93 */
static int32_t *g_136 = &g_29;
static int32_t ** volatile g_135 = &g_136;/* VOLATILE GLOBAL g_135 */
static int8_t g_167 = 1L;
static int8_t g_169 = 0x72L;
static uint64_t g_186 = 0UL;
static uint8_t g_222[10][5] = {{0x23L,0x2BL,0x71L,254UL,1UL},{255UL,0x23L,254UL,246UL,246UL},{1UL,0xB6L,1UL,246UL,0UL},{246UL,1UL,0xFDL,254UL,255UL},{0xB6L,0UL,0x1EL,0x23L,0x3AL},{1UL,255UL,0xFDL,255UL,0x71L},{255UL,1UL,1UL,1UL,1UL},{0x3AL,1UL,254UL,246UL,1UL},{0x2BL,255UL,0x71L,0xB6L,251UL},{0xFDL,1UL,255UL,0UL,0x3AL}};
static uint8_t g_225 = 0x44L;
static uint8_t *g_224[7][10][1] = {{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}},{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}},{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}},{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}},{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}},{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}},{{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225},{&g_225}}};
static uint16_t g_279 = 0xBE1FL;
static uint32_t g_288 = 0xB63E0678L;
static uint64_t *g_300 = &g_90;
static volatile int32_t g_343 = 1L;/* VOLATILE GLOBAL g_343 */
static volatile int32_t g_344[10] = {(-1L),0xC286B1FBL,(-1L),(-1L),0xC286B1FBL,(-1L),(-1L),0xC286B1FBL,(-1L),(-1L)};
static volatile uint8_t g_350 = 0x0FL;/* VOLATILE GLOBAL g_350 */
static volatile int32_t ** volatile g_353 = (void*)0;/* VOLATILE GLOBAL g_353 */
static volatile int32_t ** volatile g_354 = (void*)0;/* VOLATILE GLOBAL g_354 */
static volatile int32_t *g_356 = &g_344[2];
static int32_t ** volatile g_380 = &g_136;/* VOLATILE GLOBAL g_380 */
static int32_t g_386 = (-1L);
static const int8_t g_419[7] = {(-5L),(-5L),(-5L),(-5L),(-5L),(-5L),(-5L)};
static const int8_t g_421 = 0x7DL;
static int32_t ** volatile g_429 = &g_34;/* VOLATILE GLOBAL g_429 */
static volatile uint8_t *g_432 = &g_350;
static volatile uint8_t **g_431[7] = {&g_432,&g_432,&g_432,&g_432,&g_432,&g_432,&g_432};
static volatile uint8_t ** const * volatile g_430[3][8][8] = {{{(void*)0,&g_431[4],&g_431[4],(void*)0,&g_431[4],&g_431[6],(void*)0,(void*)0},{&g_431[4],(void*)0,(void*)0,(void*)0,(void*)0,&g_431[6],&g_431[4],&g_431[6]},{&g_431[4],&g_431[4],(void*)0,&g_431[4],&g_431[4],&g_431[5],(void*)0,&g_431[4]},{&g_431[6],(void*)0,(void*)0,&g_431[6],&g_431[4],(void*)0,&g_431[4],&g_431[4]},{(void*)0,&g_431[4],(void*)0,(void*)0,&g_431[0],&g_431[0],(void*)0,(void*)0},{&g_431[4],&g_431[4],(void*)0,&g_431[4],&g_431[0],&g_431[1],&g_431[4],&g_431[4]},{&g_431[4],(void*)0,(void*)0,&g_431[0],&g_431[4],(void*)0,(void*)0,&g_431[4]},{(void*)0,&g_431[6],&g_431[4],&g_431[4],&g_431[4],&g_431[6],(void*)0,(void*)0}},{{&g_431[4],&g_431[4],&g_431[5],(void*)0,&g_431[4],&g_431[2],&g_431[4],&g_431[4]},{(void*)0,&g_431[4],&g_431[0],&g_431[6],&g_431[4],(void*)0,(void*)0,&g_431[4]},{&g_431[4],(void*)0,(void*)0,&g_431[4],&g_431[4],(void*)0,&g_431[4],&g_431[6]},{(void*)0,&g_431[4],&g_431[4],(void*)0,&g_431[4],&g_431[4],&g_431[0],(void*)0},{&g_431[4],&g_431[4],&g_431[3],&g_431[5],&g_431[6],&g_431[5],&g_431[3],&g_431[4]},{&g_431[4],&g_431[1],(void*)0,&g_431[4],&g_431[3],(void*)0,(void*)0,&g_431[4]},{(void*)0,(void*)0,&g_431[0],(void*)0,&g_431[4],(void*)0,(void*)0,(void*)0},{&g_431[4],(void*)0,(void*)0,(void*)0,(void*)0,&g_431[4],&g_431[3],(void*)0}},{{(void*)0,&g_431[4],&g_431[3],(void*)0,&g_431[5],(void*)0,&g_431[0],&g_431[5]},{(void*)0,(void*)0,&g_431[4],(void*)0,&g_431[4],(void*)0,&g_431[4],(void*)0},{&g_431[1],&g_431[4],&g_431[1],(void*)0,&g_431[4],&g_431[3],(void*)0,(void*)0},{&g_431[4],&g_431[4],&g_431[3],(void*)0,&g_431[2],&g_431[5],&g_431[4],&g_431[4]},{&g_431[4],(void*)0,&g_431[4],&g_431[4],&g_431[4],&g_431[4],(void*)0,&g_431[4]},{&g_431[1],(void*)0,&g_431[4],&g_431[5],&g_431[4],&g_431[4],&g_431[1],(void*)0},{(void*)0,&g_431[5],(void*)0,&g_431[0],&g_431[5],&g_431[4],&g_431[4],&g_431[4]},{(void*)0,(void*)0,&g_431[4],(void*)0,(void*)0,&g_431[4],&g_431[0],(void*)0}}};
static uint16_t g_444 = 65528UL;
static volatile uint64_t g_465 = 1UL;/* VOLATILE GLOBAL g_465 */
static volatile int32_t * volatile g_484 = &g_343;/* VOLATILE GLOBAL g_484 */
static volatile int32_t * volatile *g_483[4] = {&g_484,&g_484,&g_484,&g_484};
static int8_t *g_530 = &g_167;
static int8_t **g_529[4][5][3] = {{{&g_530,(void*)0,&g_530},{&g_530,&g_530,&g_530},{(void*)0,&g_530,&g_530},{&g_530,&g_530,&g_530},{(void*)0,&g_530,&g_530}},{{&g_530,&g_530,&g_530},{(void*)0,&g_530,&g_530},{&g_530,(void*)0,&g_530},{&g_530,(void*)0,&g_530},{&g_530,&g_530,&g_530}},{{&g_530,(void*)0,(void*)0},{&g_530,&g_530,&g_530},{(void*)0,(void*)0,&g_530},{&g_530,&g_530,&g_530},{(void*)0,(void*)0,(void*)0}},{{&g_530,&g_530,&g_530},{(void*)0,(void*)0,&g_530},{&g_530,&g_530,&g_530},{&g_530,(void*)0,&g_530},{&g_530,(void*)0,&g_530}}};
static uint8_t **g_585 = &g_224[5][2][0];
static uint8_t ***g_584 = &g_585;
static volatile uint16_t g_671 = 0xE357L;/* VOLATILE GLOBAL g_671 */
static volatile uint16_t *g_670 = &g_671;
static volatile uint16_t * volatile *g_669 = &g_670;
static volatile uint16_t * volatile ** volatile g_668 = &g_669;/* VOLATILE GLOBAL g_668 */
static int32_t ** const  volatile g_678 = &g_34;/* VOLATILE GLOBAL g_678 */
static int16_t *g_705[3] = {&g_74,&g_74,&g_74};
static volatile uint32_t *g_727 = (void*)0;
static volatile uint32_t * const  volatile *g_726 = &g_727;
static volatile uint32_t * const  volatile * volatile * volatile g_725 = &g_726;/* VOLATILE GLOBAL g_725 */
static volatile int16_t g_744 = 0x9511L;/* VOLATILE GLOBAL g_744 */
static uint64_t g_807 = 0UL;
static int8_t * volatile ** const g_811 = (void*)0;
static int8_t * volatile ** const  volatile *g_810 = &g_811;
static int8_t * volatile ** const  volatile ** volatile g_812 = &g_810;/* VOLATILE GLOBAL g_812 */
static int32_t g_823 = 0L;
static volatile uint32_t ** volatile * volatile g_827 = (void*)0;/* VOLATILE GLOBAL g_827 */
static uint64_t g_848 = 0xBC6EFC9C4707B2BALL;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static uint8_t  func_4(int8_t  p_5, uint32_t  p_6, uint16_t  p_7, int16_t  p_8, int16_t  p_9);
static uint16_t  func_10(int32_t  p_11, uint16_t  p_12, uint32_t  p_13, uint64_t  p_14, int64_t  p_15);
static uint8_t  func_20(int8_t  p_21, uint32_t  p_22);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_30 g_35 g_40 g_34 g_47 g_39 g_29 g_27 g_59 g_87 g_90 g_135 g_74 g_169 g_225 g_186 g_288 g_350 g_344 g_167 g_380 g_300 g_356 g_429 g_430 g_444 g_465 g_419 g_483 g_279 g_529 g_584 g_421 g_432 g_530 g_668 g_678 g_669 g_670 g_671 g_725 g_744 g_810 g_812 g_222 g_823 g_827 g_848
 * writes: g_27 g_29 g_34 g_39 g_47 g_74 g_83 g_90 g_136 g_35 g_279 g_169 g_288 g_300 g_356 g_222 g_225 g_386 g_167 g_186 g_344 g_430 g_444 g_529 g_705 g_807 g_810 g_848
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_23 = (-1L);
    int64_t *l_26 = &g_27;
    int32_t *l_28 = &g_29;
    uint16_t *l_38 = &g_39;
    int32_t l_229[7] = {0xCB76007CL,0xCB76007CL,0xCB76007CL,0xCB76007CL,0xCB76007CL,0xCB76007CL,0xCB76007CL};
    int32_t *l_847[5][4] = {{&l_229[5],(void*)0,&l_229[6],&g_823},{&l_229[5],&l_229[6],&l_229[5],(void*)0},{(void*)0,&g_823,(void*)0,(void*)0},{&l_229[6],&l_229[6],&l_229[3],&g_823},{&g_823,&l_229[5],&l_229[6],&l_229[5]}};
    int i, j;
    g_848 ^= (safe_lshift_func_uint8_t_u_s(func_4((func_10((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(func_20((l_23 >= ((*l_28) = ((-4L) < (safe_add_func_uint64_t_u_u(l_23, ((*l_26) = 0x23A266D210EC3203LL)))))), (g_30 , (((safe_unary_minus_func_uint64_t_u((((((*l_38) = (((safe_rshift_func_int16_t_s_u((((g_30 <= ((g_34 = &l_23) == &g_35)) , ((safe_mul_func_int16_t_s_s(l_23, g_35)) , g_35)) != g_35), 10)) > l_23) <= g_35)) , g_40) == (void*)0) > 1UL))) , g_35) > g_35))), 1)), 5)), l_229[3], g_169, g_87, g_87) > g_421), g_421, g_419[3], g_421, l_229[3]), l_229[3]));
    return (*g_670);
}


/* ------------------------------------------ */
/* 
 * reads : g_167 g_432 g_350 g_47 g_39 g_530 g_356 g_344 g_668 g_380 g_678 g_225 g_300 g_186 g_90 g_27 g_669 g_670 g_671 g_444 g_725 g_169 g_29 g_35 g_419 g_744 g_421 g_810 g_812 g_222 g_823 g_827
 * writes: g_29 g_167 g_344 g_136 g_34 g_705 g_39 g_27 g_288 g_444 g_186 g_90 g_222 g_807 g_810
 */
static uint8_t  func_4(int8_t  p_5, uint32_t  p_6, uint16_t  p_7, int16_t  p_8, int16_t  p_9)
{ /* block id: 244 */
    int64_t l_629 = 0x0C714B1443792E91LL;
    int32_t *l_636[9];
    uint8_t ***l_637 = &g_585;
    uint32_t *l_639[4][2][8] = {{{&g_288,&g_288,&g_288,&g_288,&g_288,&g_288,&g_288,&g_288},{&g_288,&g_288,&g_288,(void*)0,&g_288,&g_288,&g_288,&g_288}},{{&g_288,(void*)0,&g_288,&g_288,&g_288,&g_288,&g_288,&g_288},{&g_288,&g_288,&g_288,&g_288,&g_288,&g_288,&g_288,&g_288}},{{&g_288,&g_288,(void*)0,&g_288,&g_288,&g_288,(void*)0,&g_288},{&g_288,&g_288,&g_288,&g_288,&g_288,(void*)0,&g_288,&g_288}},{{&g_288,&g_288,(void*)0,&g_288,&g_288,(void*)0,&g_288,&g_288},{&g_288,&g_288,&g_288,(void*)0,&g_288,&g_288,(void*)0,&g_288}}};
    uint32_t **l_638 = &l_639[0][1][1];
    uint32_t **l_656[8][4][5] = {{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}},{{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]},{&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1],&l_639[0][1][1]}}};
    uint16_t **l_667 = &g_83;
    uint16_t ***l_666 = &l_667;
    int32_t *l_753[5] = {&g_35,&g_35,&g_35,&g_35,&g_35};
    int32_t *l_773[6];
    int32_t *l_774[1];
    int64_t l_808 = 7L;
    int16_t l_846[6] = {0L,(-1L),(-1L),0L,(-1L),(-1L)};
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_636[i] = &g_35;
    for (i = 0; i < 6; i++)
        l_773[i] = &g_29;
    for (i = 0; i < 1; i++)
        l_774[i] = &g_35;
    if ((safe_mul_func_int8_t_s_s(0x1DL, (safe_add_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((!g_167), 3)), l_629)), (safe_mod_func_int32_t_s_s((safe_add_func_uint32_t_u_u(l_629, (((safe_sub_func_int32_t_s_s((g_29 = p_9), (p_9 == (1UL && (l_637 == (void*)0))))) <= p_5) , 0UL))), 4294967295UL)))))))
    { /* block id: 246 */
        uint64_t l_651 = 0x0BE171CDCE64F38CLL;
        int32_t l_659 = 0xBC847413L;
        (*g_356) = (l_659 = (((1UL ^ ((*g_530) = ((l_638 == ((safe_add_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_u((((safe_add_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_s(p_8, ((~(safe_div_func_int32_t_s_s(((((l_651 , ((-1L) | (safe_mul_func_int8_t_s_s((p_5 < ((safe_rshift_func_uint16_t_u_s((((l_656[4][3][0] == &l_639[0][1][1]) & (safe_add_func_int64_t_s_s(p_8, 0L))) > (*g_432)), 14)) == 0xA1L)), p_9)))) < p_6) | p_7) , p_8), (-5L)))) & (*g_47)))) && 0x3E1DL) > 0x7D71D94AL), p_7)) && p_5) < p_8), (*g_47))) != 4L) || 0x83F9DB619A4E9877LL), (-5L))) , &l_639[0][1][1])) >= (-5L)))) && p_5) , p_9));
    }
    else
    { /* block id: 250 */
        uint8_t l_673 = 0x56L;
        int32_t l_676 = 0x6D2AF94CL;
        int64_t *l_687 = &l_629;
        uint32_t **l_719 = &l_639[3][1][3];
        int16_t l_742 = 1L;
        int32_t l_745 = 0x2E310EDFL;
        int32_t **l_754 = (void*)0;
        int32_t **l_755 = &g_34;
        int32_t **l_756 = &g_136;
        int32_t **l_757 = &g_34;
        int32_t **l_758[8] = {&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136,&g_136};
        uint16_t ***l_759 = &l_667;
        uint8_t l_768 = 255UL;
        int64_t l_775 = 3L;
        int16_t *l_776 = &l_742;
        uint8_t *l_791 = &g_222[7][3];
        int8_t ***l_801[2][3] = {{&g_529[3][4][1],&g_529[3][4][1],&g_529[2][0][0]},{&g_529[3][4][1],&g_529[3][4][1],&g_529[2][0][0]}};
        int8_t ***l_802 = &g_529[0][3][2];
        int16_t *l_803 = (void*)0;
        int16_t *l_804[1];
        int64_t l_805 = 0x94E3A03938C640B1LL;
        uint64_t *l_806 = &g_807;
        uint32_t l_809 = 0UL;
        int i, j;
        for (i = 0; i < 1; i++)
            l_804[i] = &g_74;
        if (p_5)
        { /* block id: 251 */
            uint16_t l_664 = 0xCE23L;
            int32_t *l_665 = (void*)0;
            int32_t l_713 = 0x9F68491FL;
            uint16_t * const *l_715 = (void*)0;
            uint16_t * const **l_714 = &l_715;
            int32_t **l_739 = &l_636[8];
            (*g_356) |= 0xAC439D6EL;
            if (((l_676 = (safe_mul_func_int8_t_s_s((((((safe_sub_func_int32_t_s_s((l_664 < (((((((void*)0 != l_665) & (l_664 ^ ((l_666 == g_668) ^ (!(l_673 & (((safe_div_func_int16_t_s_s((1L > 0x86A4L), p_6)) & p_5) || l_664)))))) & l_673) == l_664) < 1L) | l_673)), p_6)) & p_9) || 0xCB03A806L) | 1UL) , p_8), p_8))) | 0x72A9086FL))
            { /* block id: 254 */
                int32_t *l_677 = (void*)0;
                int16_t *l_704[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_704[i] = &g_74;
                (*g_678) = ((*g_380) = l_677);
                (*g_356) = ((safe_mod_func_int64_t_s_s(((safe_sub_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_s((((safe_add_func_int64_t_s_s((l_676 = (0xDFCDL > (l_687 == l_687))), l_664)) || (+((p_8 || ((*g_530) ^= (safe_mul_func_int16_t_s_s((0x31L != ((((safe_sub_func_int64_t_s_s(p_8, (safe_mul_func_int8_t_s_s(0L, p_5)))) | p_5) > l_673) > 0x93L)), g_225)))) || (-5L)))) , p_5), p_9)) == p_5) >= p_9), p_5)) , 0x467126809BC4A41CLL), (*g_300))) && 0x5D74L);
                (*g_356) = (safe_mul_func_uint16_t_u_u((!(safe_sub_func_int32_t_s_s((p_7 < (0xB60DL < (safe_mod_func_int16_t_s_s(0xF3F1L, (safe_lshift_func_uint16_t_u_s(((*g_47) &= ((&p_9 != (g_705[2] = l_704[3])) , l_664)), 3)))))), ((((((safe_lshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_s(((+(safe_mul_func_uint16_t_u_u(((((*l_687) = (l_676 >= (l_713 = ((g_27 ^= ((l_676 != p_9) , 0xFA833D87356155FDLL)) || p_9)))) | 0xCC455BB83A0DA335LL) , (***g_668)), l_673))) >= 0x5CD0L), 10)), 6)) , p_5) , g_671) > g_444) != l_664) || (*g_300))))), p_7));
            }
            else
            { /* block id: 266 */
                uint32_t ***l_720 = &l_656[4][3][0];
                int8_t ***l_728 = &g_529[3][4][1];
                int32_t l_729 = 0x6E2E8881L;
                g_29 ^= (l_714 != ((p_8 <= (((safe_mod_func_int32_t_s_s(((+((l_719 != ((*l_720) = &l_639[3][1][7])) != l_673)) != ((safe_add_func_int16_t_s_s(((((g_288 = (safe_rshift_func_int16_t_s_s(p_5, (((g_725 != ((((*g_47) = ((l_673 , (void*)0) != &g_35)) || l_664) , &g_726)) != l_713) || 0xC654L)))) <= l_673) , l_728) != &g_529[3][4][1]), p_9)) && 0x45041A94L)), g_169)) , l_729) && p_8)) , (void*)0));
            }
            l_636[5] = ((((+((safe_lshift_func_int8_t_s_u(4L, 4)) , l_676)) ^ (p_5 < 0xBB470CF4L)) != (((safe_add_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u(((safe_add_func_int16_t_s_s((l_739 == l_739), p_5)) != ((safe_rshift_func_int16_t_s_u(l_742, (safe_unary_minus_func_uint64_t_u(l_742)))) && p_6)), p_5)) != (**l_739)), (*g_670))) | g_419[3]) && g_744)) , (void*)0);
            l_745 ^= (l_676 &= (0xDCD0EE68L >= p_5));
        }
        else
        { /* block id: 275 */
            int32_t l_748 = 0xA5225768L;
            for (g_444 = (-24); (g_444 != 14); ++g_444)
            { /* block id: 278 */
                return l_748;
            }
        }
        (*g_356) = (((safe_mod_func_uint8_t_u_u(0UL, p_7)) | (safe_sub_func_int32_t_s_s((((l_753[3] == (l_636[8] = &l_676)) == ((void*)0 != l_759)) >= (safe_rshift_func_int16_t_s_s((((safe_mul_func_int8_t_s_s((safe_sub_func_uint32_t_u_u(((((*l_776) ^= ((safe_div_func_int64_t_s_s(((-1L) ^ (((g_288 = (l_768 ^ (((*g_300)++) >= ((l_773[1] = (void*)0) != l_774[0])))) && l_775) <= p_8)), g_27)) | p_5)) != p_9) & p_7), p_9)), p_9)) >= 0UL) | (**g_669)), p_7))), g_421))) ^ 0xB5L);
        if (((safe_sub_func_int64_t_s_s((safe_add_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((((p_8 , &p_8) != &p_8) , 0x8E88L), p_5)), (l_808 ^= (safe_rshift_func_uint8_t_u_u((((safe_div_func_uint16_t_u_u(1UL, (safe_div_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u(((((*l_791) = 246UL) & (safe_div_func_uint64_t_u_u(((*l_806) = (safe_sub_func_uint64_t_u_u(((*g_300)++), (((p_8 == (~(l_805 = ((*l_776) = ((safe_div_func_int8_t_s_s((l_801[1][0] == l_802), p_6)) <= p_9))))) <= p_9) , (-8L))))), (-3L)))) , p_8), p_5)) == 1UL), p_6)))) && 1L) && p_6), (*g_432)))))), 0x2D2CD1EC4981B7E1LL)) & l_809))
        { /* block id: 294 */
            int32_t l_826 = 0x9E6B672FL;
            (*g_812) = g_810;
            (*g_356) = (safe_lshift_func_int16_t_s_u(((*l_776) = (((~(((p_6 <= p_9) && p_8) >= (++(*l_791)))) >= (p_7 ^ ((((safe_unary_minus_func_int32_t_s((((safe_sub_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(((*g_47) = (p_5 != (((255UL <= ((p_5 , g_823) , ((safe_lshift_func_int16_t_s_s(l_826, p_6)) <= (-4L)))) <= 18446744073709551615UL) != p_8))), 1L)), 0L)) || p_8) <= p_9))) != 0xCD0E014EB9EEABE5LL) , g_827) == (void*)0))) != 0xBC01FCCA35CCFFEDLL)), 6));
            (*l_755) = l_639[1][0][1];
        }
        else
        { /* block id: 301 */
            int64_t l_836[5][3][1];
            uint64_t *l_839 = &g_807;
            int32_t l_840 = 0x99AD0804L;
            int i, j, k;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 3; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_836[i][j][k] = 0xC246442C9BAAA661LL;
                }
            }
            (*l_756) = ((*l_757) = ((0x92DB6D412E9C54C5LL ^ 18446744073709551615UL) , l_773[1]));
            (*g_356) ^= 0x14FD0589L;
            l_840 = ((safe_add_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(((*g_356) >= (safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((&g_529[2][2][2] != (void*)0), 5)), 1))), l_836[3][0][0])), ((safe_div_func_uint32_t_u_u((p_6 = ((p_9 >= (((void*)0 != l_839) , ((void*)0 != l_801[1][1]))) && 1L)), g_90)) <= 5UL))) && p_6);
            for (g_27 = 0; (g_27 == 26); g_27 = safe_add_func_int32_t_s_s(g_27, 4))
            { /* block id: 309 */
                const int32_t l_845 = 0x1FB39806L;
                (*g_356) &= (safe_mod_func_uint64_t_u_u((*g_300), l_845));
            }
        }
    }
    return l_846[4];
}


/* ------------------------------------------ */
/* 
 * reads : g_35 g_29 g_225 g_47 g_186 g_90 g_74 g_27 g_87 g_288 g_169 g_350 g_39 g_344 g_167 g_380 g_300 g_356 g_429 g_430 g_444 g_465 g_419 g_483 g_279 g_529 g_584
 * writes: g_35 g_90 g_39 g_279 g_169 g_27 g_288 g_300 g_29 g_356 g_222 g_225 g_136 g_386 g_167 g_74 g_186 g_344 g_34 g_430 g_444 g_529
 */
static uint16_t  func_10(int32_t  p_11, uint16_t  p_12, uint32_t  p_13, uint64_t  p_14, int64_t  p_15)
{ /* block id: 77 */
    int32_t * const l_269 = &g_29;
    const int32_t *l_272 = (void*)0;
    uint16_t **l_281 = &g_47;
    uint16_t ***l_280 = &l_281;
    const int16_t l_286 = 0x67C2L;
    uint32_t l_309[5] = {0x19D4D782L,0x19D4D782L,0x19D4D782L,0x19D4D782L,0x19D4D782L};
    uint32_t l_316 = 0x352411BDL;
    int32_t l_329[2][3][9] = {{{0x0D2EE368L,(-7L),0L,0x358D3A4AL,0L,(-7L),0x0D2EE368L,9L,0x358D3A4AL},{1L,0xB6D1EDAEL,1L,0x018AFD80L,(-1L),0x3DF35F91L,0xB6D1EDAEL,0xD765B617L,1L},{0x3DF35F91L,(-1L),0x018AFD80L,1L,0xB6D1EDAEL,1L,9L,9L,1L}},{{(-7L),0L,0x358D3A4AL,0L,(-7L),0x0D2EE368L,9L,0x358D3A4AL,0x018AFD80L},{1L,(-5L),0L,0xABD5F4E8L,0xD7AFC93EL,1L,0xB6D1EDAEL,7L,(-9L)},{7L,(-7L),(-1L),7L,0x018AFD80L,0x0D2EE368L,0x0D2EE368L,0x018AFD80L,7L}}};
    int32_t l_337[7];
    int32_t l_342[9][2][10] = {{{0x8FB16135L,1L,0x8FB16135L,1L,0x6D0D217EL,0x8CE1AC96L,1L,(-2L),0xA0C9B08BL,0xE23117AEL},{1L,4L,0x8FB16135L,0xE23117AEL,1L,0L,4L,(-2L),0x6D0D217EL,0x6D0D217EL}},{{(-2L),(-1L),0x8FB16135L,0xA0C9B08BL,0xA0C9B08BL,0x8FB16135L,(-1L),(-2L),0x33CF6B19L,1L},{0x8CE1AC96L,1L,0x8FB16135L,0x6D0D217EL,0x33CF6B19L,1L,1L,(-2L),1L,0xA0C9B08BL}},{{0L,0x5214E21DL,0x8FB16135L,0x33CF6B19L,0xE23117AEL,(-2L),0x5214E21DL,(-2L),0xE23117AEL,0x33CF6B19L},{0x8FB16135L,1L,0x8FB16135L,1L,0x6D0D217EL,0x8CE1AC96L,1L,(-2L),0xA0C9B08BL,0xE23117AEL}},{{1L,4L,0x8FB16135L,0xE23117AEL,1L,0L,4L,(-2L),0x6D0D217EL,0x6D0D217EL},{(-2L),0x1C5CC861L,0x1652D02CL,0x8FB16135L,0x8FB16135L,0x1652D02CL,0x1C5CC861L,(-1L),0L,1L}},{{0x795ED238L,0L,0x1652D02CL,(-2L),0L,0x79C30870L,0L,(-1L),1L,0x8FB16135L},{0x5091913BL,0x02072335L,0x1652D02CL,0L,0x8CE1AC96L,(-1L),0x02072335L,(-1L),0x8CE1AC96L,0L}},{{0x1652D02CL,0x3EAB8D32L,0x1652D02CL,1L,(-2L),0x795ED238L,0x3EAB8D32L,(-1L),0x8FB16135L,0x8CE1AC96L},{0x79C30870L,0xD6876606L,0x1652D02CL,0x8CE1AC96L,1L,0x5091913BL,0xD6876606L,(-1L),(-2L),(-2L)}},{{(-1L),0x1C5CC861L,0x1652D02CL,0x8FB16135L,0x8FB16135L,0x1652D02CL,0x1C5CC861L,(-1L),0L,1L},{0x795ED238L,0L,0x1652D02CL,(-2L),0L,0x79C30870L,0L,(-1L),1L,0x8FB16135L}},{{0x5091913BL,0x02072335L,0x1652D02CL,0L,0x8CE1AC96L,(-1L),0x02072335L,(-1L),0x8CE1AC96L,0L},{0x1652D02CL,0x3EAB8D32L,0x1652D02CL,1L,(-2L),0x795ED238L,0x3EAB8D32L,(-1L),0x8FB16135L,0x8CE1AC96L}},{{0x79C30870L,0xD6876606L,0x1652D02CL,0x8CE1AC96L,1L,0x5091913BL,0xD6876606L,(-1L),(-2L),(-2L)},{(-1L),0x1C5CC861L,0x1652D02CL,0x8FB16135L,0x8FB16135L,0x1652D02CL,0x1C5CC861L,(-1L),0L,1L}}};
    int64_t l_352 = (-5L);
    uint8_t * const * const l_363 = &g_224[6][2][0];
    uint8_t **l_364 = &g_224[1][0][0];
    uint8_t ***l_365 = (void*)0;
    uint8_t ***l_366 = &l_364;
    int64_t *l_373[1];
    int16_t l_374[6][6][7] = {{{0xE563L,0xBAE5L,0xD5E6L,(-4L),(-1L),0x5CFDL,0xC88FL},{0xCCD2L,0x9390L,(-1L),(-1L),(-1L),0x9390L,0xCCD2L},{0x09ABL,(-1L),0x59B2L,0x4208L,5L,6L,1L},{(-4L),0x50FDL,0x2792L,0xCCD2L,0x0DC3L,1L,6L},{(-1L),0x7C94L,0x59B2L,0xBAE5L,0x50FDL,0xCCD2L,0x9390L},{0xD5E6L,(-4L),(-1L),0x5CFDL,0xC88FL,0xC88FL,0x5CFDL}},{{0xD5E6L,0L,0xD5E6L,0x7C94L,0xD83CL,0x09ABL,6L},{(-1L),6L,0x50FDL,0xC88FL,(-4L),0x8DF6L,0xE563L},{(-4L),0x2C34L,0x9390L,0x8DF6L,0xCCD2L,0x09ABL,(-1L)},{0x09ABL,5L,1L,0xCC02L,6L,0xC88FL,0xBAE5L},{0xCCD2L,0x59B2L,0xCC02L,0xCC02L,0x59B2L,0xCCD2L,0xD5E6L},{0xE563L,0xCCD2L,0L,0x8DF6L,0x09ABL,6L,0x8DF6L}},{{5L,6L,1L,0x0DC3L,0xCCD2L,0x2792L,0x50FDL},{0x8DF6L,(-4L),0xC88FL,0x50FDL,6L,(-1L),6L},{1L,0xCC02L,6L,0xC88FL,0xBAE5L,0xC88FL,6L},{0x63DAL,0x63DAL,5L,0xD83CL,6L,0xE563L,0x50FDL},{0x4208L,0x7C94L,0x2792L,(-4L),0x2C34L,0x9390L,0x8DF6L},{0xD83CL,0xE563L,(-1L),0xCCD2L,6L,0x2C34L,(-1L)}},{{(-1L),0x2E2EL,0x9390L,6L,0xBAE5L,0xD83CL,0xD83CL},{6L,0x59B2L,0x9390L,0x59B2L,6L,(-1L),0x2C34L},{0x2E2EL,0x50FDL,(-1L),0x09ABL,0xCCD2L,0x8DF6L,0x9390L},{0xCC02L,0L,0x2792L,0x4208L,0x5CFDL,0x50FDL,0xE563L},{0x2E2EL,0x09ABL,5L,1L,0xCC02L,6L,0xC88FL},{6L,(-1L),6L,0x2792L,0x2792L,6L,(-1L)}},{{(-1L),0xD83CL,0xC88FL,(-1L),(-4L),0x50FDL,0x2792L},{0xD83CL,(-1L),1L,(-1L),0x59B2L,0x8DF6L,6L},{0x4208L,0xC88FL,0x2E2EL,(-1L),0x8DF6L,(-1L),(-4L)},{0x63DAL,6L,(-1L),0x2792L,0x0DC3L,0xD83CL,0x0DC3L},{1L,6L,6L,1L,0L,0x2C34L,0x5CFDL},{0x8DF6L,0xC88FL,(-1L),0x4208L,(-1L),0x9390L,5L}},{{5L,(-1L),0L,0x09ABL,0x63DAL,0xE563L,0x5CFDL},{0x9390L,0xD83CL,(-1L),0x59B2L,0x09ABL,0xC88FL,0x0DC3L},{(-4L),(-1L),0x09ABL,6L,0x09ABL,(-1L),(-4L)},{0x5CFDL,0x09ABL,0xCC02L,0xCCD2L,0x63DAL,0x2792L,6L},{0x59B2L,0L,0xBAE5L,(-4L),(-1L),6L,0x2792L},{(-1L),0x50FDL,0xCC02L,0xD83CL,0L,(-4L),(-1L)}}};
    uint8_t *l_375 = &g_222[2][0];
    uint8_t *l_376 = &g_225;
    int32_t l_397 = 0L;
    const int32_t l_408[9] = {0x7C8DE385L,0x7C8DE385L,0x7C8DE385L,0x7C8DE385L,0x7C8DE385L,0x7C8DE385L,0x7C8DE385L,0x7C8DE385L,0x7C8DE385L};
    const int8_t *l_420 = &g_421;
    int64_t l_427 = 0xB2E0C9D0F213D790LL;
    int32_t l_503 = 0x43603AAAL;
    int32_t l_547 = (-8L);
    int32_t *l_556 = (void*)0;
    const int32_t *l_568 = &l_342[7][0][3];
    uint64_t l_598[3][3][10] = {{{0UL,18446744073709551606UL,2UL,6UL,2UL,18446744073709551606UL,0UL,1UL,1UL,1UL},{18446744073709551614UL,1UL,0UL,0xB0C3CC8518E5E05CLL,0UL,1UL,0x846102D6BB25E188LL,0x56CA782E56892306LL,0xB8A23FA367F39823LL,0x56CA782E56892306LL},{2UL,1UL,0x12640F0D59045946LL,0xB0C3CC8518E5E05CLL,0x12640F0D59045946LL,1UL,2UL,0x56CA782E56892306LL,18446744073709551615UL,0x56CA782E56892306LL}},{{0x846102D6BB25E188LL,1UL,0UL,0xB0C3CC8518E5E05CLL,0UL,1UL,0x846102D6BB25E188LL,0x56CA782E56892306LL,0xB8A23FA367F39823LL,0x56CA782E56892306LL},{2UL,1UL,0x12640F0D59045946LL,0xB0C3CC8518E5E05CLL,0x12640F0D59045946LL,1UL,2UL,0x56CA782E56892306LL,18446744073709551615UL,0x56CA782E56892306LL},{0x846102D6BB25E188LL,1UL,0UL,0xB0C3CC8518E5E05CLL,0UL,1UL,0x846102D6BB25E188LL,0x56CA782E56892306LL,0xB8A23FA367F39823LL,0x56CA782E56892306LL}},{{2UL,1UL,0x12640F0D59045946LL,0xB0C3CC8518E5E05CLL,0x12640F0D59045946LL,1UL,2UL,0x56CA782E56892306LL,18446744073709551615UL,0x56CA782E56892306LL},{0x846102D6BB25E188LL,1UL,0UL,0xB0C3CC8518E5E05CLL,0UL,1UL,0x846102D6BB25E188LL,0x56CA782E56892306LL,0xB8A23FA367F39823LL,0x56CA782E56892306LL},{2UL,1UL,0x12640F0D59045946LL,0xB0C3CC8518E5E05CLL,0x12640F0D59045946LL,1UL,2UL,0x56CA782E56892306LL,18446744073709551615UL,0x56CA782E56892306LL}}};
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_337[i] = (-10L);
    for (i = 0; i < 1; i++)
        l_373[i] = &g_27;
    for (g_35 = (-15); (g_35 >= 28); g_35 = safe_add_func_uint64_t_u_u(g_35, 1))
    { /* block id: 80 */
        uint16_t *l_254 = (void*)0;
        int16_t l_262 = 0x7A02L;
        const int32_t *l_270 = &g_29;
        const int32_t **l_271 = &l_270;
        uint64_t *l_275 = (void*)0;
        uint64_t *l_276[4][8] = {{(void*)0,(void*)0,&g_186,&g_186,&g_186,(void*)0,(void*)0,&g_186},{(void*)0,&g_186,&g_186,(void*)0,&g_186,(void*)0,&g_186,&g_186},{&g_186,&g_186,&g_186,&g_186,&g_186,&g_186,&g_186,&g_186},{(void*)0,&g_186,(void*)0,&g_186,&g_186,(void*)0,&g_186,(void*)0}};
        int32_t l_277 = 0L;
        uint16_t *l_278 = &g_279;
        int8_t *l_282 = &g_169;
        uint32_t l_283 = 0x479778BEL;
        int32_t l_284 = 0x0C7D32C0L;
        int64_t *l_285 = &g_27;
        uint32_t *l_287[10][9][2] = {{{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288}},{{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288}},{{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288}},{{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{(void*)0,&g_288},{&g_288,&g_288},{&g_288,&g_288},{&g_288,&g_288}}};
        int32_t l_330[6][3] = {{0x7F9D6CCCL,0L,0L},{0x7F9D6CCCL,0L,0L},{0x7F9D6CCCL,0L,0L},{0x7F9D6CCCL,0L,0L},{0x7F9D6CCCL,0L,0L},{0x7F9D6CCCL,0L,0L}};
        uint8_t l_345 = 0UL;
        int i, j, k;
        if ((((((((g_288 = (safe_mul_func_int8_t_s_s(((p_15 = (((safe_sub_func_int32_t_s_s((((((*l_285) = (safe_div_func_int32_t_s_s((safe_add_func_int32_t_s_s((!((l_284 &= ((l_283 = (safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((((safe_lshift_func_uint16_t_u_u(((safe_unary_minus_func_int8_t_s(((*l_282) = (safe_add_func_int64_t_s_s((safe_add_func_uint64_t_u_u((((((safe_mod_func_uint16_t_u_u(p_13, ((l_254 == (void*)0) , (safe_div_func_int64_t_s_s(((((safe_rshift_func_int8_t_s_u((~(((((*l_278) = ((safe_rshift_func_uint16_t_u_u(((*g_47) = ((l_262 | (g_90 = (safe_div_func_uint32_t_u_u(((safe_sub_func_int16_t_s_s(((l_277 = (safe_sub_func_int8_t_s_s(((l_269 != (l_272 = ((*l_271) = l_270))) , 0x67L), (p_11 != (safe_rshift_func_uint8_t_u_u(1UL, (*l_269))))))) || g_225), p_11)) < p_13), p_12)))) | p_13)), (*l_269))) , (**l_271))) >= 0xB555L) , (*l_270)) == (*l_269))), 6)) ^ 1L) | g_186) , p_12), (*l_269)))))) && g_90) || 0x00L) , l_280) == &l_281), p_14)), 18446744073709551612UL))))) >= p_14), 15)) | (*l_269)) , p_15), 2)), (*l_269)))) != 1L)) , 0xE46D7EC74853F64DLL)), (*l_269))), g_74))) >= p_12) >= 7L) , (-7L)), l_286)) <= p_11) , g_27)) , (**l_271)), (*l_269)))) , 0UL) & p_12) , 0x752003131EDF93BDLL) && 0xECC3E4EA6253B305LL) < g_87) <= p_14))
        { /* block id: 93 */
            int64_t l_297 = 0L;
            uint32_t **l_319 = &l_287[2][8][1];
            for (l_283 = 0; (l_283 >= 33); l_283 = safe_add_func_uint32_t_u_u(l_283, 1))
            { /* block id: 96 */
                uint64_t **l_298 = (void*)0;
                uint64_t **l_299 = &l_276[0][6];
                int32_t l_310 = 0xBB163505L;
                int32_t *l_311 = (void*)0;
                int32_t *l_312 = &l_284;
                int32_t *l_313 = &l_277;
                int32_t l_314 = 0x14F1A5E7L;
                int32_t *l_315[6];
                uint32_t ***l_320 = &l_319;
                int i;
                for (i = 0; i < 6; i++)
                    l_315[i] = &l_277;
                (*l_269) ^= (((((***l_280) = 8UL) > (safe_mod_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((safe_add_func_int16_t_s_s((((p_11 | g_288) | p_14) == l_297), p_11)) >= ((((*l_299) = &p_14) != (g_300 = &g_186)) >= (safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(((safe_div_func_int64_t_s_s((p_14 != (-1L)), g_169)) , p_14), l_309[0])), p_11)), 12)))), l_310)), p_11))) , &l_270) != &g_34);
                l_316++;
                (*l_320) = l_319;
            }
        }
        else
        { /* block id: 104 */
            int32_t l_325[6] = {(-2L),(-2L),(-2L),(-2L),(-2L),(-2L)};
            uint8_t *l_328[4][2] = {{&g_225,&g_225},{&g_225,&g_225},{&g_225,&g_225},{&g_225,&g_225}};
            int8_t l_331 = 0xE8L;
            int32_t l_332 = 0x10EE1433L;
            int32_t l_333[4][5][6] = {{{0xD3D56008L,0x11FDCB0EL,0xD3D56008L,0x2EC9E85AL,0x2EC9E85AL,0xD3D56008L},{(-5L),(-5L),0x2EC9E85AL,0x006D62DFL,0x2EC9E85AL,(-5L)},{0x2EC9E85AL,0x11FDCB0EL,0x006D62DFL,0x006D62DFL,0x11FDCB0EL,0x2EC9E85AL},{(-5L),0x2EC9E85AL,0x006D62DFL,0x2EC9E85AL,(-5L),(-5L)},{0xD3D56008L,0x2EC9E85AL,0x2EC9E85AL,0xD3D56008L,0x11FDCB0EL,0xD3D56008L}},{{0xD3D56008L,0x11FDCB0EL,0xD3D56008L,0x2EC9E85AL,0x2EC9E85AL,0xD3D56008L},{(-5L),(-5L),0x2EC9E85AL,0x006D62DFL,0x2EC9E85AL,(-5L)},{0x2EC9E85AL,0x11FDCB0EL,0x006D62DFL,0x006D62DFL,0x11FDCB0EL,0x2EC9E85AL},{(-5L),0x2EC9E85AL,0x006D62DFL,0x2EC9E85AL,(-5L),(-5L)},{0xD3D56008L,0x2EC9E85AL,0x2EC9E85AL,0xD3D56008L,0x11FDCB0EL,0x006D62DFL}},{{0x006D62DFL,(-5L),0x006D62DFL,0xD3D56008L,0xD3D56008L,0x006D62DFL},{0x2EC9E85AL,0x2EC9E85AL,0xD3D56008L,0x11FDCB0EL,0xD3D56008L,0x2EC9E85AL},{0xD3D56008L,(-5L),0x11FDCB0EL,0x11FDCB0EL,(-5L),0xD3D56008L},{0x2EC9E85AL,0xD3D56008L,0x11FDCB0EL,0xD3D56008L,0x2EC9E85AL,0x2EC9E85AL},{0x006D62DFL,0xD3D56008L,0xD3D56008L,0x006D62DFL,(-5L),0x006D62DFL}},{{0x006D62DFL,(-5L),0x006D62DFL,0xD3D56008L,0xD3D56008L,0x006D62DFL},{0x2EC9E85AL,0x2EC9E85AL,0xD3D56008L,0x11FDCB0EL,0xD3D56008L,0x2EC9E85AL},{0xD3D56008L,(-5L),0x11FDCB0EL,0x11FDCB0EL,(-5L),0xD3D56008L},{0x2EC9E85AL,0xD3D56008L,0x11FDCB0EL,0xD3D56008L,0x2EC9E85AL,0x2EC9E85AL},{0x006D62DFL,0xD3D56008L,0xD3D56008L,0x006D62DFL,(-5L),0x006D62DFL}}};
            uint32_t l_334 = 0x08EFB1E4L;
            int i, j, k;
            l_284 = ((((((safe_lshift_func_uint16_t_u_u((*l_269), ((*l_270) >= 4294967295UL))) == ((*l_285) &= 0xCB3112E2B93D7804LL)) && ((((safe_rshift_func_uint8_t_u_u(l_325[5], ((*l_269) = 255UL))) ^ (safe_rshift_func_uint16_t_u_u(p_12, 4))) == (((p_13 = (((l_334--) | g_186) <= ((l_333[1][1][5] | l_337[6]) == p_15))) , &g_222[1][3]) != (void*)0)) == p_11)) < p_14) ^ p_12) , 1L);
            for (p_14 = 0; (p_14 > 38); ++p_14)
            { /* block id: 112 */
                int32_t *l_340 = &l_337[6];
                int32_t *l_341[8][1][2];
                int i, j, k;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_341[i][j][k] = &l_337[1];
                    }
                }
                l_345--;
                (*l_269) = ((((*l_272) && ((p_15 , (((*l_269) > (0L <= g_350)) < ((void*)0 == &g_39))) >= (((&g_224[6][9][0] == ((((~65533UL) , l_328[2][1]) == &g_222[7][3]) , &g_224[6][9][0])) || p_12) < (*g_47)))) >= l_352) , 0L);
                if ((**l_271))
                    break;
            }
        }
        for (l_284 = 0; (l_284 <= 1); l_284 += 1)
        { /* block id: 120 */
            volatile int32_t **l_355 = (void*)0;
            const int32_t *l_357 = &l_329[0][1][1];
            int i;
            g_356 = &g_344[(l_284 + 8)];
            for (g_90 = 0; (g_90 <= 1); g_90 += 1)
            { /* block id: 124 */
                (*l_271) = (l_357 = l_357);
                return p_15;
            }
        }
    }
    if (((+((*l_376) |= ((*l_375) = ((safe_mul_func_uint8_t_u_u((((*l_269) = 18446744073709551612UL) && (((void*)0 != &g_300) | ((-1L) < ((safe_div_func_int32_t_s_s((0xA0066BC2L ^ (l_363 == ((*l_366) = l_364))), (((**l_281) &= (safe_sub_func_int32_t_s_s((safe_mul_func_int16_t_s_s(g_344[2], ((safe_add_func_int64_t_s_s((((((g_27 = g_186) , p_11) != p_15) < 0L) < p_13), (*l_269))) && g_167))), 0x5F3E678DL))) , l_374[1][5][1]))) , p_11)))), p_12)) , p_12)))) ^ p_14))
    { /* block id: 137 */
lbl_450:
        for (p_15 = 0; (p_15 <= 15); p_15 = safe_add_func_uint8_t_u_u(p_15, 1))
        { /* block id: 140 */
            int32_t *l_379[9][3] = {{&l_342[0][0][6],(void*)0,(void*)0},{&l_342[0][0][6],&g_35,&l_342[7][0][3]},{(void*)0,(void*)0,(void*)0},{&l_342[7][0][3],&l_342[0][0][6],&l_342[7][0][3]},{&l_342[6][1][3],&l_329[1][0][5],(void*)0},{(void*)0,&l_329[1][0][5],&l_337[6]},{(void*)0,&l_342[0][0][6],&l_337[6]},{&l_342[7][0][3],(void*)0,(void*)0},{(void*)0,&g_35,(void*)0}};
            int i, j;
            (*g_380) = l_379[2][1];
        }
        return p_11;
    }
    else
    { /* block id: 144 */
        int32_t *l_385 = &g_386;
        int32_t l_387 = 0xE49EBBCCL;
        int8_t *l_388 = &g_167;
        uint32_t l_394 = 0x17DE8490L;
        int32_t l_399 = 0x489CD1DFL;
        uint64_t l_400 = 0UL;
        uint64_t l_470 = 18446744073709551615UL;
        uint16_t l_548 = 0x3F54L;
        int32_t **l_553 = &g_136;
        int32_t **l_554 = &g_34;
        int32_t **l_555[6] = {&g_34,&g_34,&g_34,&g_34,&g_34,&g_34};
        uint16_t * const *l_557 = &g_47;
        uint16_t * const **l_558 = &l_557;
        const int32_t l_593 = (-3L);
        int i;
        if ((((void*)0 != &g_90) != ((0xF391L | g_169) | (safe_rshift_func_int8_t_s_s(((*l_388) |= ((safe_lshift_func_int8_t_s_s(g_35, 0)) == ((&g_224[6][1][0] != (void*)0) != (((*l_385) = (*l_269)) , l_387)))), l_387)))))
        { /* block id: 147 */
            int16_t l_391 = 0x327FL;
            int32_t l_393 = 0xFF996547L;
            int32_t l_398 = 0x7D024FE2L;
            uint16_t ***l_405 = &l_281;
            int8_t *l_415 = &g_167;
            uint16_t * const l_443 = &g_444;
            uint16_t * const *l_442[6][10] = {{&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443},{&l_443,&l_443,&l_443,&l_443,(void*)0,(void*)0,&l_443,&l_443,&l_443,&l_443},{(void*)0,&l_443,&l_443,&l_443,&l_443,(void*)0,&l_443,&l_443,&l_443,(void*)0},{&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443,&l_443},{&l_443,&l_443,&l_443,&l_443,(void*)0,(void*)0,&l_443,&l_443,&l_443,&l_443},{(void*)0,&l_443,&l_443,&l_443,&l_443,(void*)0,&l_443,&l_443,&l_443,(void*)0}};
            uint16_t * const **l_441 = &l_442[2][1];
            int8_t l_449 = 4L;
            int16_t l_468 = (-5L);
            int32_t l_469[9][3][8] = {{{7L,0xA8C9FFB0L,(-8L),(-5L),1L,0xB521CD87L,0xB521CD87L,1L},{0x3C020D36L,7L,7L,0x3C020D36L,0L,0x45820DCAL,3L,0xA0F4A77EL},{(-5L),(-8L),0xA8C9FFB0L,7L,0x45820DCAL,0xBB151787L,0L,1L}},{{1L,(-8L),6L,0xB521CD87L,0xA8C9FFB0L,0x45820DCAL,0xA8C9FFB0L,0xB521CD87L},{1L,7L,1L,0x1C9791EAL,0xBB151787L,0xDCA487DAL,0L,0xA0F4A77EL},{7L,0xA0F4A77EL,0xB521CD87L,0x1C9791EAL,0L,0x1E52EA2FL,0xBB151787L,(-5L)}},{{7L,0L,0x1E52EA2FL,(-8L),0xBB151787L,0xBB151787L,(-8L),0x1E52EA2FL},{1L,1L,3L,1L,0xA0F4A77EL,0L,0x3C020D36L,1L},{0L,0xB521CD87L,0xBB151787L,0L,0L,(-5L),0L,1L}},{{0xB521CD87L,0x1E52EA2FL,0x1C9791EAL,1L,7L,1L,0x1C9791EAL,0x1E52EA2FL},{0L,3L,7L,(-8L),0x45820DCAL,6L,0x1E52EA2FL,(-5L)},{0L,0xBB151787L,1L,0x1C9791EAL,0L,0xA8C9FFB0L,0x1E52EA2FL,0xA0F4A77EL}},{{0xDCA487DAL,0x1C9791EAL,7L,6L,6L,7L,0x1C9791EAL,0xDCA487DAL},{6L,7L,0x1C9791EAL,0xDCA487DAL,1L,(-8L),0L,0L},{0x1C9791EAL,1L,0xBB151787L,0L,0xDCA487DAL,(-8L),0x3C020D36L,1L}},{{(-8L),7L,3L,0L,3L,7L,(-8L),0x45820DCAL},{1L,0x1C9791EAL,0x1E52EA2FL,0xB521CD87L,0x3C020D36L,0xA8C9FFB0L,0xBB151787L,1L},{0L,0xBB151787L,0xB521CD87L,0L,0x3C020D36L,6L,0L,0L}},{{1L,3L,1L,1L,3L,1L,0xA0F4A77EL,0L},{(-8L),0x1E52EA2FL,0L,7L,0xDCA487DAL,(-5L),0xA8C9FFB0L,0L},{0x1C9791EAL,0xB521CD87L,0xA0F4A77EL,7L,1L,0L,1L,0L}},{{6L,1L,0L,1L,6L,0xBB151787L,0xDCA487DAL,0L},{0xDCA487DAL,0L,(-5L),0L,0L,0x1E52EA2FL,1L,1L},{0L,0xA0F4A77EL,(-5L),0xB521CD87L,0x45820DCAL,0xDCA487DAL,0xDCA487DAL,0x45820DCAL}},{{0L,0L,0L,0L,7L,0L,1L,1L},{0xB521CD87L,(-5L),0xA0F4A77EL,0L,0L,3L,0xA8C9FFB0L,0L},{0L,(-5L),0L,0xDCA487DAL,0xA0F4A77EL,0L,0xA0F4A77EL,0xDCA487DAL}}};
            uint32_t l_482 = 0x4F6651F0L;
            int i, j, k;
            for (g_74 = 0; (g_74 > (-14)); g_74 = safe_sub_func_uint32_t_u_u(g_74, 7))
            { /* block id: 150 */
                return p_11;
            }
            if (l_387)
            { /* block id: 153 */
                int32_t *l_392[3][7] = {{&l_329[0][1][2],&g_29,&g_29,&l_329[0][1][2],(void*)0,&l_329[0][1][2],&g_29},{&l_337[6],&l_337[6],&l_329[0][2][5],(void*)0,&l_337[6],&l_329[0][2][5],&l_329[0][2][5]},{&g_29,&l_329[0][1][2],(void*)0,&l_329[0][1][2],&g_29,&g_29,&l_329[0][1][2]}};
                const int8_t **l_416 = (void*)0;
                const int8_t *l_418[9] = {&g_419[3],&g_419[3],&g_419[3],&g_419[3],&g_419[3],&g_419[3],&g_419[3],&g_419[3],&g_419[3]};
                const int8_t **l_417 = &l_418[0];
                uint32_t l_426 = 7UL;
                int i, j;
                l_394--;
                l_393 = l_393;
                l_400--;
                (*g_356) &= ((safe_mul_func_uint16_t_u_u((l_405 == ((safe_rshift_func_uint16_t_u_u(((*g_47) = l_394), l_408[5])) , &l_281)), ((safe_rshift_func_int16_t_s_s((safe_add_func_int8_t_s_s((((safe_mod_func_int8_t_s_s((l_415 == (l_420 = ((*l_417) = &g_167))), ((*l_376) ^= (safe_add_func_int16_t_s_s(((((((*g_300)--) , &g_27) != ((&g_224[1][4][0] == ((*l_366) = &g_224[6][9][0])) , &p_15)) & (*l_269)) || 4294967292UL), 0x9D31L))))) , l_426) , l_427), p_12)), 1)) , l_391))) , l_393);
            }
            else
            { /* block id: 164 */
                int32_t *l_428[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_428[i] = &l_337[6];
                (*g_356) &= (*l_269);
                (*g_429) = l_428[2];
                g_430[1][1][4] = g_430[1][4][6];
            }
            if (((safe_rshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u(((safe_sub_func_int8_t_s_s(0x9FL, ((*l_375) = (p_12 , (l_400 ^ (safe_add_func_int8_t_s_s(((((*l_441) = &g_83) == (void*)0) > 255UL), (l_387 &= ((((safe_rshift_func_uint16_t_u_s(((l_399 = (safe_lshift_func_int16_t_s_s(((void*)0 != &l_393), (0x2EAA72FD7F126018LL <= l_400)))) != 0L), 15)) && 0L) > l_394) || 18446744073709551608UL))))))))) != p_13), p_15)), 3)) <= l_449))
            { /* block id: 173 */
                int32_t **l_460 = &l_385;
                int32_t l_466[1][2][9] = {{{0x1D10A7CCL,0x1D10A7CCL,0L,0x0EC474B8L,1L,0L,1L,0x0EC474B8L,0L},{0x1D10A7CCL,0x1D10A7CCL,0L,0x0EC474B8L,1L,0L,1L,0x0EC474B8L,0L}}};
                int32_t *l_467[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i, j, k;
                if (l_449)
                    goto lbl_450;
                l_399 = (((safe_lshift_func_uint8_t_u_u((l_466[0][0][4] ^= (safe_mul_func_uint16_t_u_u((+g_39), ((safe_lshift_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(1L, ((((*l_460) = &g_386) != &g_386) <= p_15))) != ((((p_12 ^ 0x5C75L) ^ (*g_300)) & (safe_mul_func_uint8_t_u_u((((((*l_443) &= (((safe_mod_func_int32_t_s_s((l_393 = ((*l_269) = ((-1L) && 1UL))), p_15)) || (*g_300)) && 0xB2DAFED5L)) , g_465) != p_11) | (-1L)), (-6L)))) == g_419[0])), p_13)) != g_167)))), 5)) < l_400) || (*g_300));
                --l_470;
            }
            else
            { /* block id: 182 */
                const uint64_t l_475 = 0x0E3A60E65FA4F42ALL;
                int32_t *l_477 = &l_397;
                int32_t **l_476 = &l_477;
                (*g_356) |= (l_399 = ((*l_269) = ((safe_add_func_int8_t_s_s(1L, ((l_475 , l_385) == ((*l_476) = ((p_14 && 4294967292UL) , (void*)0))))) , l_469[2][2][4])));
                (*g_356) |= (((safe_mul_func_int8_t_s_s(l_475, (0x53C3L & (safe_unary_minus_func_uint32_t_u((!l_482)))))) , g_483[3]) == (void*)0);
            }
        }
        else
        { /* block id: 189 */
            int16_t l_496 = (-3L);
            uint32_t *l_497 = &g_288;
            int16_t *l_500[10][6][3] = {{{(void*)0,(void*)0,&l_496},{&l_374[1][5][1],(void*)0,&l_374[1][5][1]},{&l_374[5][2][0],(void*)0,&l_496},{&l_374[4][2][2],&l_374[4][2][2],&l_496},{&g_74,(void*)0,(void*)0},{&l_496,(void*)0,&l_496}},{{&g_74,(void*)0,&g_74},{&l_374[4][2][2],&l_496,&l_496},{&l_374[5][2][0],&l_374[5][2][0],(void*)0},{&l_374[1][5][1],&l_496,&l_496},{(void*)0,(void*)0,&l_496},{&l_374[1][5][1],(void*)0,&l_374[1][5][1]}},{{&l_374[5][2][0],(void*)0,&l_496},{&l_374[4][2][2],&l_374[4][2][2],&l_496},{&g_74,(void*)0,(void*)0},{&l_496,(void*)0,&l_496},{&g_74,(void*)0,&g_74},{&l_374[4][2][2],&l_496,&l_496}},{{&l_374[5][2][0],&l_374[5][2][0],(void*)0},{&l_374[1][5][1],&l_496,&l_496},{(void*)0,(void*)0,&l_496},{&l_374[1][5][1],(void*)0,&l_374[1][5][1]},{&l_374[5][2][0],(void*)0,&l_496},{&l_374[4][2][2],&l_374[4][2][2],&l_496}},{{&g_74,(void*)0,(void*)0},{&l_496,(void*)0,&l_496},{&g_74,(void*)0,&g_74},{&l_374[4][2][2],&l_496,&l_496},{&l_374[5][2][0],&l_374[5][2][0],(void*)0},{&l_374[1][5][1],&l_496,&l_496}},{{(void*)0,(void*)0,&l_496},{&l_374[1][5][1],(void*)0,&l_374[1][5][1]},{&l_374[5][2][0],(void*)0,&l_496},{&l_374[4][2][2],&l_374[4][2][2],&l_496},{&g_74,(void*)0,(void*)0},{&l_496,(void*)0,&l_496}},{{&g_74,(void*)0,&g_74},{&l_374[4][2][2],&l_496,&l_496},{&l_374[5][2][0],&l_374[5][2][0],(void*)0},{&l_374[1][5][1],&l_496,&l_496},{(void*)0,(void*)0,&l_496},{&l_374[1][5][1],(void*)0,&l_374[1][5][1]}},{{&l_374[5][2][0],(void*)0,&l_496},{&l_374[4][2][2],&l_374[4][2][2],&l_496},{&g_74,(void*)0,(void*)0},{&l_496,(void*)0,&l_496},{&g_74,(void*)0,&g_74},{&l_374[4][2][2],&l_496,&l_496}},{{(void*)0,(void*)0,&g_74},{&l_496,&l_374[1][5][1],&l_374[1][5][1]},{&g_74,&l_374[5][2][0],(void*)0},{&l_496,&l_374[4][2][2],&l_496},{(void*)0,&g_74,(void*)0},{&l_496,&l_496,&l_374[1][5][1]}},{{&l_496,&g_74,&g_74},{&l_374[1][5][1],&l_374[4][2][2],(void*)0},{&l_496,&l_374[5][2][0],&l_496},{&l_496,&l_374[1][5][1],(void*)0},{(void*)0,(void*)0,&g_74},{&l_496,&l_374[1][5][1],&l_374[1][5][1]}}};
            uint8_t l_509 = 0x89L;
            int64_t *l_512[10] = {&l_352,&l_352,&l_352,&l_352,&l_352,&l_352,&l_352,&l_352,&l_352,&l_352};
            uint8_t ***l_519 = &l_364;
            int32_t l_538 = 0x24FCA246L;
            int32_t l_549 = 1L;
            int i, j, k;
            (*g_356) = ((((g_74 = (+((safe_rshift_func_int16_t_s_s((safe_div_func_uint64_t_u_u((safe_sub_func_int32_t_s_s(((--(*l_376)) > (safe_add_func_int32_t_s_s(l_496, p_13))), (--(*l_497)))), g_344[2])), 2)) && 0xABB0L))) == (((((*l_269) | (safe_add_func_int32_t_s_s(l_503, (l_387 = ((((((((g_169 , (safe_unary_minus_func_int64_t_s(((p_15 , ((safe_mod_func_int8_t_s_s((((safe_rshift_func_int8_t_s_u((((0x34L <= l_496) <= 4294967295UL) > l_509), p_13)) <= (*g_47)) < 0xE3L), l_399)) < p_11)) & l_387)))) && 1UL) , p_12) < 4UL) | p_14) ^ 4UL) , g_279) >= l_496))))) , 0x3386E6F628662422LL) && g_87) < l_509)) & l_394) , 0x36FA5667L);
            for (g_444 = 0; (g_444 >= 43); g_444 = safe_add_func_uint16_t_u_u(g_444, 4))
            { /* block id: 197 */
                int16_t l_526 = 9L;
                int8_t ***l_531 = &g_529[3][4][1];
                uint16_t **l_537 = &g_47;
                (*l_269) |= (((((l_512[6] = &g_27) != (g_419[3] , (void*)0)) , (((safe_rshift_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u((((void*)0 != l_519) == (((safe_lshift_func_int8_t_s_u(((((((void*)0 != l_373[0]) < (safe_add_func_int8_t_s_s(l_400, (((*g_300) = l_526) <= l_526)))) < 0L) > 1UL) & 0xF2CD21EDL), 6)) == p_11) == 0x823012D3L)), g_419[2])) || 0UL) == p_11), 2)) < 0x45L) , 0x8220A4AAL)) ^ g_288) , 0x88719550L);
                (*g_356) |= (safe_mul_func_int16_t_s_s((((*l_531) = g_529[3][4][1]) == &l_420), (((((~(safe_lshift_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u((((((l_538 = (l_537 == &g_83)) || ((p_15 ^ (safe_lshift_func_int8_t_s_u((safe_div_func_uint32_t_u_u((safe_lshift_func_int8_t_s_s(((((*l_269) || (safe_mul_func_uint16_t_u_u((g_225 && ((l_538 = l_547) , 4294967291UL)), p_13))) <= (*g_300)) >= 0x314E77A4L), 1)), p_13)), 3))) , p_13)) && l_496) == 0xFCCB8EF837C0F9AFLL) < 0xAF0F9DC9L), l_509)), (*g_47)))) || 0x758CL) , p_13) && 0x6D9DB502L) & 65535UL)));
                if (l_548)
                    break;
                l_549 &= (p_12 & l_538);
            }
        }
        (*g_356) &= ((((2UL & (safe_div_func_int64_t_s_s((g_27 ^= (~((l_556 = &l_337[6]) != &l_337[6]))), 0x2F4AD020B3A1E3D3LL))) <= ((*l_269) = ((((*l_280) = &g_47) == (void*)0) < (*g_300)))) , ((((*l_558) = l_557) != ((((safe_lshift_func_uint16_t_u_s(0x3CAAL, 12)) || p_13) <= p_12) , &g_47)) & (-1L))) | (*g_300));
        if ((safe_mul_func_int8_t_s_s((p_11 , 0x18L), p_14)))
        { /* block id: 215 */
            uint16_t l_576 = 0x86F0L;
            int16_t l_587 = 5L;
            int32_t *l_591 = &l_387;
            uint16_t l_592 = 8UL;
            int32_t l_594 = 0x3375F236L;
            int8_t **l_599 = &l_388;
            int8_t * const l_602 = (void*)0;
            int8_t * const *l_601 = &l_602;
            int8_t * const **l_600 = &l_601;
            for (l_503 = (-12); (l_503 < 16); l_503 = safe_add_func_uint32_t_u_u(l_503, 3))
            { /* block id: 218 */
                int64_t l_567[6];
                const int32_t **l_569 = &l_568;
                const uint8_t *l_583 = &g_225;
                const uint8_t **l_582 = &l_583;
                const uint8_t *** const l_581 = &l_582;
                uint8_t ****l_586 = &l_366;
                int i;
                for (i = 0; i < 6; i++)
                    l_567[i] = 0L;
                l_567[4] ^= (safe_lshift_func_uint8_t_u_u(0xFAL, 7));
                (*l_569) = l_568;
                l_594 |= (6L ^ ((((safe_sub_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(((((l_576 , 5L) || 5L) , ((safe_sub_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((l_581 == ((*l_586) = g_584)), ((l_587 ^ ((safe_unary_minus_func_int16_t_s((((safe_div_func_int64_t_s_s(((l_591 = &l_547) != (void*)0), (*l_556))) || g_350) & (**l_569)))) & p_14)) , p_15))), p_13)) ^ 4294967295UL)) , p_12), l_576)), 0xF389CF50CD02DF0ALL)), (*g_300))) == p_12) == l_592) , l_593));
            }
            (*l_591) = ((p_15 |= (safe_mul_func_uint16_t_u_u((*l_591), (~((*l_591) , l_598[0][1][7]))))) < (p_14 != (((l_599 == ((*l_600) = &l_388)) ^ (safe_mul_func_int8_t_s_s(((((safe_mod_func_uint64_t_u_u(0xC20525A1324CA10DLL, (safe_sub_func_int32_t_s_s(p_12, (((safe_mod_func_uint64_t_u_u(18446744073709551615UL, p_14)) , 0x6DB4E23FL) | p_11))))) >= 0xD2L) != p_14) && p_14), 0x5AL))) >= (*l_591))));
        }
        else
        { /* block id: 228 */
            uint16_t ***l_613[3];
            int i;
            for (i = 0; i < 3; i++)
                l_613[i] = &l_281;
            for (l_399 = 0; (l_399 < (-10)); l_399 = safe_sub_func_int64_t_s_s(l_399, 5))
            { /* block id: 231 */
                return (*g_47);
            }
            (*g_356) &= (l_613[2] != (void*)0);
            return (*g_47);
        }
    }
    for (g_74 = (-8); (g_74 > 5); ++g_74)
    { /* block id: 240 */
        int32_t *l_616[2];
        uint8_t l_617 = 0x64L;
        int i;
        for (i = 0; i < 2; i++)
            l_616[i] = (void*)0;
        --l_617;
    }
    return p_11;
}


/* ------------------------------------------ */
/* 
 * reads : g_34 g_47 g_39 g_35 g_30 g_29 g_27 g_59 g_87 g_90 g_135 g_74
 * writes: g_47 g_39 g_34 g_74 g_83 g_90 g_27 g_136 g_35
 */
static uint8_t  func_20(int8_t  p_21, uint32_t  p_22)
{ /* block id: 5 */
    uint16_t *l_45 = &g_39;
    uint16_t **l_46[7];
    int32_t l_48[10] = {(-1L),(-10L),0xEEDF6679L,0xEEDF6679L,(-10L),(-1L),(-10L),0xEEDF6679L,0xEEDF6679L,(-10L)};
    int32_t *l_57[7][5][5] = {{{&l_48[5],&l_48[5],(void*)0,(void*)0,&g_29},{(void*)0,&l_48[2],&l_48[0],(void*)0,&l_48[0]},{&g_35,&l_48[0],&g_35,&l_48[8],&l_48[0]},{&l_48[0],&l_48[2],&l_48[0],&g_29,&l_48[0]},{&g_35,&l_48[5],&g_35,&g_35,&g_35}},{{&l_48[1],(void*)0,&g_35,&g_35,&g_35},{&g_29,&g_35,&g_35,(void*)0,&l_48[5]},{&g_29,&g_29,&g_35,&l_48[9],&g_35},{&g_35,&g_35,&g_35,&g_35,&g_29},{&l_48[0],&l_48[0],&l_48[0],(void*)0,&l_48[1]}},{{&g_29,&g_29,&g_35,(void*)0,&g_35},{&g_29,(void*)0,&l_48[0],(void*)0,&g_35},{(void*)0,&g_35,(void*)0,&g_35,(void*)0},{&l_48[0],&g_35,&g_29,&l_48[9],&l_48[0]},{&l_48[5],&g_29,(void*)0,(void*)0,&l_48[8]}},{{&l_48[0],&l_48[2],(void*)0,&g_35,&l_48[0]},{&l_48[6],(void*)0,&g_35,&g_35,(void*)0},{&l_48[0],&g_35,(void*)0,&g_29,&g_35},{&g_29,&l_48[5],(void*)0,&l_48[8],&g_35},{&g_35,&g_35,&g_35,(void*)0,&l_48[1]}},{{&g_29,&l_48[6],&g_29,(void*)0,&g_29},{&l_48[0],&g_29,(void*)0,&l_48[0],&g_35},{&l_48[6],&g_29,&g_35,&l_48[6],&l_48[5]},{&l_48[0],&l_48[9],(void*)0,(void*)0,&g_35},{&l_48[5],&g_29,&l_48[5],&g_35,&g_35}},{{&l_48[0],&g_29,&l_48[0],&g_35,&l_48[0]},{(void*)0,&l_48[6],(void*)0,&g_35,&l_48[5]},{&g_35,&g_35,&g_35,&g_35,&g_29},{&l_48[0],&l_48[8],&g_35,&l_48[5],&l_48[6]},{&l_48[0],&g_35,&g_35,&g_35,&l_48[0]}},{{&g_35,&g_35,&g_35,(void*)0,&g_35},{&l_48[0],&l_48[9],(void*)0,(void*)0,&g_29},{&l_48[0],&l_48[0],&l_48[6],(void*)0,&g_35},{(void*)0,&g_35,&l_48[0],&g_35,(void*)0},{&l_48[6],&g_35,&l_48[0],&l_48[5],&l_48[8]}}};
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_46[i] = &l_45;
    (*g_34) = 0x99643747L;
    if ((safe_lshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u((((((((((p_21 > ((l_48[0] = ((*l_45) = ((g_47 = l_45) == (void*)0))) && (*g_47))) & p_22) < (p_21 & 1UL)) || (safe_mul_func_uint8_t_u_u(((l_48[5] < (safe_add_func_int8_t_s_s(((safe_div_func_int64_t_s_s(l_48[4], 0x74D37718CE68266CLL)) != p_22), g_35))) == l_48[0]), g_39))) , g_39) ^ g_30) >= 0x6825L) == g_29) && g_27), 0xC0L)), g_27)))
    { /* block id: 10 */
        uint8_t l_60[6] = {0xFEL,0xFEL,0xFEL,0xFEL,0xFEL,0xFEL};
        int16_t *l_73 = &g_74;
        const uint16_t **l_84 = (void*)0;
        const uint16_t *l_86 = &g_87;
        const uint16_t **l_85 = &l_86;
        int16_t l_88 = 0xD631L;
        uint64_t *l_89[9][7] = {{(void*)0,(void*)0,&g_90,(void*)0,(void*)0,&g_90,(void*)0},{&g_90,&g_90,(void*)0,&g_90,&g_90,(void*)0,(void*)0},{&g_90,&g_90,&g_90,&g_90,&g_90,&g_90,(void*)0},{(void*)0,(void*)0,&g_90,&g_90,&g_90,&g_90,&g_90},{&g_90,(void*)0,&g_90,(void*)0,&g_90,&g_90,&g_90},{&g_90,(void*)0,(void*)0,&g_90,&g_90,&g_90,(void*)0},{&g_90,(void*)0,(void*)0,(void*)0,&g_90,&g_90,&g_90},{&g_90,&g_90,&g_90,(void*)0,&g_90,&g_90,(void*)0},{&g_90,&g_90,&g_90,&g_90,(void*)0,(void*)0,&g_90}};
        int64_t *l_91[9];
        int32_t l_92[3];
        int32_t **l_123 = &g_34;
        int8_t l_125 = 0x78L;
        int i, j;
        for (i = 0; i < 9; i++)
            l_91[i] = &g_27;
        for (i = 0; i < 3; i++)
            l_92[i] = (-1L);
        for (p_21 = (-27); (p_21 <= (-30)); p_21 = safe_sub_func_int16_t_s_s(p_21, 9))
        { /* block id: 13 */
            (*g_59) = l_57[1][1][2];
        }
        l_60[0]++;
        if ((safe_div_func_int8_t_s_s((safe_div_func_int8_t_s_s((safe_mod_func_int64_t_s_s(0x35D5AA0404C6930ALL, (g_27 = (safe_mod_func_int8_t_s_s((p_21 || ((safe_mul_func_int16_t_s_s(((*l_73) = p_22), ((safe_rshift_func_int8_t_s_u((safe_div_func_uint32_t_u_u(((g_90 = (safe_mod_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(1UL, (((g_83 = l_73) == ((*l_85) = &g_39)) >= ((g_39 == g_35) ^ 18446744073709551615UL)))) <= l_88), 0xC099L))) || 1L), g_29)), l_88)) != p_22))) > p_22)), l_88))))), p_21)), 252UL)))
        { /* block id: 22 */
            int8_t l_124[6][4];
            uint32_t l_126 = 0xFB12407CL;
            int32_t l_131[5] = {0x7AB6CDAEL,0x7AB6CDAEL,0x7AB6CDAEL,0x7AB6CDAEL,0x7AB6CDAEL};
            int i, j;
            for (i = 0; i < 6; i++)
            {
                for (j = 0; j < 4; j++)
                    l_124[i][j] = 0x9CL;
            }
            if (p_22)
            { /* block id: 23 */
                int32_t **l_94 = &l_57[3][4][1];
                uint8_t *l_127 = &l_60[0];
                int32_t l_128 = 0x35CA447FL;
                uint8_t **l_130 = &l_127;
                uint8_t ***l_129 = &l_130;
                l_92[2] ^= l_60[0];
                (*l_94) = &l_92[1];
                l_128 &= (safe_sub_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u((safe_lshift_func_uint8_t_u_s(((*l_127) &= (safe_mod_func_int64_t_s_s((safe_add_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((safe_mod_func_int64_t_s_s((((p_22 && (safe_rshift_func_uint16_t_u_u((p_21 , (+((safe_lshift_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_mul_func_int16_t_s_s((((safe_rshift_func_uint8_t_u_s((((*l_73) = ((g_87 , p_21) && l_92[2])) | (p_21 , g_87)), 7)) ^ ((((*l_45)--) < (p_21 , ((l_124[5][0] = (&g_34 != l_123)) , g_29))) > 18446744073709551610UL)) != 1UL), g_29)), p_21)), l_125)) <= p_21))), l_126))) | l_126) < 0xEA95L), g_27)) , 0x55DAL), g_90)), g_87)), 0x63E91B5B2358A988LL)), g_87))), p_21)))), p_22));
                (*l_129) = (void*)0;
            }
            else
            { /* block id: 32 */
                uint32_t l_132 = 18446744073709551615UL;
                --l_132;
            }
            return g_35;
        }
        else
        { /* block id: 36 */
            (*g_135) = ((*l_123) = &l_48[2]);
            return g_74;
        }
    }
    else
    { /* block id: 41 */
        uint16_t **l_145 = &g_83;
        int32_t l_165 = 0xF10CB638L;
        int32_t l_177 = 0x1386D8F9L;
        int32_t l_179 = 3L;
        int32_t l_180 = 0xBB59C865L;
        int32_t l_181 = 0L;
        for (g_35 = 0; (g_35 == 3); g_35++)
        { /* block id: 44 */
            uint16_t **l_144 = &l_45;
            uint16_t ***l_146 = &l_145;
            uint64_t *l_147 = (void*)0;
            uint64_t *l_148 = &g_90;
            int32_t l_175 = 0x36CB78A0L;
            int32_t l_178[4][5][5] = {{{(-9L),0x53E1635CL,0xD7EB5230L,0x53E1635CL,(-9L)},{0x99930319L,(-9L),1L,0xB4A03188L,1L},{(-7L),0L,(-9L),0xE2AD39FBL,0x93722E02L},{0xB560D96EL,1L,(-7L),(-9L),1L},{0x794BBEC0L,0xE2AD39FBL,3L,0x22CE9141L,(-9L)}},{{1L,(-2L),0x3C5DB116L,4L,1L},{3L,1L,8L,0xC68C7053L,0x652836DDL},{3L,0xCC1EF986L,0L,(-7L),0L},{1L,1L,1L,0x93722E02L,3L},{0x794BBEC0L,(-10L),0xC68C7053L,0xBC96B2B8L,1L}},{{0xB560D96EL,9L,0x4882EDD9L,0x794BBEC0L,0xB4A03188L},{(-7L),(-10L),4L,0x99930319L,3L},{0x99930319L,1L,(-2L),0x3C5DB116L,4L},{(-9L),0xCC1EF986L,0xBC96B2B8L,1L,0xAEBA4817L},{0x3C5DB116L,1L,0xBC96B2B8L,8L,0xE2AD39FBL}},{{9L,1L,1L,1L,0x93722E02L},{0x9F704EBCL,1L,0x794BBEC0L,0xAEBA4817L,0xB4A03188L},{0x22CE9141L,0L,0xB560D96EL,1L,(-7L)},{3L,0xC68C7053L,(-7L),0xAEBA4817L,1L},{0x53E1635CL,0xBC96B2B8L,0x99930319L,1L,1L}}};
            uint16_t l_183 = 0xADCBL;
            int i, j, k;
        }
        return l_180;
    }
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_186, "g_186", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_222[i][j], "g_222[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_279, "g_279", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_343, "g_343", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_344[i], "g_344[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_350, "g_350", print_hash_value);
    transparent_crc(g_386, "g_386", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_419[i], "g_419[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_421, "g_421", print_hash_value);
    transparent_crc(g_444, "g_444", print_hash_value);
    transparent_crc(g_465, "g_465", print_hash_value);
    transparent_crc(g_671, "g_671", print_hash_value);
    transparent_crc(g_744, "g_744", print_hash_value);
    transparent_crc(g_807, "g_807", print_hash_value);
    transparent_crc(g_823, "g_823", print_hash_value);
    transparent_crc(g_848, "g_848", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 178
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

XXX max expression depth: 67
breakdown:
   depth: 1, occurrence: 100
   depth: 2, occurrence: 22
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 10, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 4
   depth: 25, occurrence: 1
   depth: 26, occurrence: 4
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 2
   depth: 31, occurrence: 1
   depth: 34, occurrence: 2
   depth: 37, occurrence: 1
   depth: 39, occurrence: 1
   depth: 67, occurrence: 1

XXX total number of pointers: 180

XXX times a variable address is taken: 496
XXX times a pointer is dereferenced on RHS: 59
breakdown:
   depth: 1, occurrence: 51
   depth: 2, occurrence: 7
   depth: 3, occurrence: 1
XXX times a pointer is dereferenced on LHS: 114
breakdown:
   depth: 1, occurrence: 112
   depth: 2, occurrence: 1
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 16
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 2561

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 313
   level: 2, occurrence: 97
   level: 3, occurrence: 18
XXX number of pointers point to pointers: 90
XXX number of pointers point to scalars: 90
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.2
XXX average alias set size: 1.35

XXX times a non-volatile is read: 580
XXX times a non-volatile is write: 300
XXX times a volatile is read: 30
XXX    times read thru a pointer: 9
XXX times a volatile is write: 24
XXX    times written thru a pointer: 16
XXX times a volatile is available for access: 361
XXX percentage of non-volatile access: 94.2

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 100
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 17
   depth: 2, occurrence: 33
   depth: 3, occurrence: 40

XXX percentage a fresh-made variable is used: 14
XXX percentage an existing variable is used: 86
********************* end of statistics **********************/

