/* Csmith 2.3.0 --seed 3 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 4F02E441 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 3 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      3
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const uint32_t  f0;
};

union U1 {
   uint32_t  f0;
   unsigned f1 : 14;
   unsigned f2 : 14;
   int32_t  f3;
};

union U2 {
   int8_t  f0;
   int32_t  f1;
   uint16_t  f2;
   int8_t * volatile  f3;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_2[2] = {0x63F9E923E64F1479LL,0x63F9E923E64F1479LL};
static uint8_t g_4 = 0x8EL;
static volatile int8_t g_28 = 0xC8L;/* VOLATILE GLOBAL g_28 */
static volatile int8_t *g_27 = &g_28;
static int32_t g_32[9][8] = {{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)}};
static int32_t * volatile g_31 = &g_32[8][1];/* VOLATILE GLOBAL g_31 */
static int8_t g_35 = (-1L);
static int8_t *g_34[8][7][4] = {{{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,(void*)0},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{(void*)0,&g_35,&g_35,&g_35},{&g_35,(void*)0,&g_35,(void*)0}},{{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{(void*)0,&g_35,&g_35,(void*)0},{&g_35,&g_35,&g_35,(void*)0},{&g_35,&g_35,&g_35,(void*)0},{&g_35,(void*)0,&g_35,(void*)0}},{{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{(void*)0,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,&g_35,&g_35}},{{&g_35,&g_35,(void*)0,(void*)0},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{(void*)0,(void*)0,(void*)0,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,(void*)0,&g_35},{(void*)0,&g_35,&g_35,&g_35}},{{&g_35,&g_35,&g_35,&g_35},{&g_35,(void*)0,(void*)0,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,(void*)0,(void*)0},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35}},{{(void*)0,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,(void*)0,&g_35},{(void*)0,&g_35,(void*)0,&g_35},{&g_35,&g_35,&g_35,(void*)0},{&g_35,(void*)0,&g_35,(void*)0},{(void*)0,&g_35,&g_35,(void*)0}},{{&g_35,(void*)0,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,&g_35,&g_35,&g_35}},{{&g_35,&g_35,&g_35,&g_35},{&g_35,(void*)0,&g_35,&g_35},{(void*)0,&g_35,(void*)0,&g_35},{&g_35,&g_35,(void*)0,&g_35},{&g_35,(void*)0,&g_35,&g_35},{&g_35,&g_35,&g_35,&g_35},{&g_35,&g_35,&g_35,(void*)0}}};
static volatile int64_t g_39 = 2L;/* VOLATILE GLOBAL g_39 */
static union U0 g_40[10] = {{0x4F39AB1BL},{0UL},{0x4F39AB1BL},{1UL},{1UL},{0x4F39AB1BL},{0UL},{0x4F39AB1BL},{1UL},{1UL}};
static union U1 g_60 = {18446744073709551614UL};
static volatile int16_t * volatile *g_103 = (void*)0;
static int32_t * volatile g_110 = (void*)0;/* VOLATILE GLOBAL g_110 */
static union U0 *g_113 = &g_40[6];
static union U0 ** volatile g_112[3] = {&g_113,&g_113,&g_113};
static const int16_t g_118 = 6L;
static int16_t g_149[6][4][7] = {{{0xE8D5L,0x5104L,0xC559L,0x5104L,0xE8D5L,0L,0x28B0L},{(-5L),(-7L),(-5L),1L,1L,(-5L),(-7L)},{0x28B0L,1L,0xC559L,0xEF00L,(-1L),0x5104L,(-1L)},{(-5L),1L,1L,(-5L),(-7L),(-5L),1L}},{{0xE8D5L,0L,0x28B0L,0xEF00L,0x28B0L,0L,0xE8D5L},{3L,1L,0xFC18L,1L,3L,3L,1L},{0L,1L,0L,0x5104L,0x28B0L,0xD10CL,(-1L)},{1L,(-7L),0xFC18L,0xFC18L,(-7L),1L,(-7L)}},{{0L,0x5104L,0x28B0L,0xD10CL,(-1L),0xD10CL,0x28B0L},{3L,3L,1L,0xFC18L,1L,3L,3L},{0xE8D5L,0x5104L,0xC559L,0x5104L,0xE8D5L,0L,0x28B0L},{(-5L),(-7L),(-5L),1L,1L,(-5L),(-7L)}},{{0x28B0L,1L,0xC559L,0xEF00L,(-1L),0x5104L,(-1L)},{(-5L),1L,1L,(-5L),(-7L),(-5L),1L},{0xE8D5L,0L,0x28B0L,0xEF00L,0x28B0L,0L,0xE8D5L},{3L,1L,0xFC18L,1L,3L,3L,1L}},{{0L,1L,0L,0x5104L,0L,0xEF00L,0xE8D5L},{(-5L),3L,(-7L),(-7L),3L,(-5L),3L},{0xC559L,0xD10CL,0L,0xEF00L,0xE8D5L,0xEF00L,0L},{1L,1L,(-5L),(-7L),(-5L),1L,1L}},{{0x28B0L,0xD10CL,(-1L),0xD10CL,0x28B0L,0x5104L,0L},{0xFC18L,3L,0xFC18L,(-5L),(-5L),0xFC18L,3L},{0L,0L,(-1L),1L,0xE8D5L,0xD10CL,0xE8D5L},{0xFC18L,(-5L),(-5L),0xFC18L,3L,0xFC18L,(-5L)}}};
static int32_t *g_155 = &g_32[7][0];
static int32_t ** volatile g_154 = &g_155;/* VOLATILE GLOBAL g_154 */
static uint32_t g_163 = 0x71D63340L;
static union U1 *g_166 = &g_60;
static union U1 **g_165 = &g_166;
static union U2 g_175 = {0xB6L};/* VOLATILE GLOBAL g_175 */
static uint32_t g_193 = 8UL;
static union U0 g_198[7][5] = {{{0xB9BD4E5EL},{0x0C3BFCEFL},{18446744073709551608UL},{0xD631EF28L},{18446744073709551608UL}},{{0xB9BD4E5EL},{0xB9BD4E5EL},{0UL},{0xD631EF28L},{18446744073709551615UL}},{{0x0C3BFCEFL},{0xB9BD4E5EL},{18446744073709551608UL},{0UL},{18446744073709551615UL}},{{0xB9BD4E5EL},{0x0C3BFCEFL},{18446744073709551608UL},{0xD631EF28L},{18446744073709551608UL}},{{0xB9BD4E5EL},{0xB9BD4E5EL},{0UL},{0xD631EF28L},{18446744073709551615UL}},{{0x0C3BFCEFL},{0xB9BD4E5EL},{18446744073709551608UL},{0UL},{18446744073709551615UL}},{{0xB9BD4E5EL},{0x0C3BFCEFL},{18446744073709551608UL},{0xD631EF28L},{18446744073709551608UL}}};
static const union U0 *g_197[7] = {&g_198[2][2],&g_198[2][2],&g_198[2][2],&g_198[2][2],&g_198[2][2],&g_198[2][2],&g_198[2][2]};
static volatile uint32_t g_201[3][3] = {{4294967290UL,4294967290UL,4294967290UL},{2UL,2UL,2UL},{4294967290UL,4294967290UL,4294967290UL}};
static volatile uint32_t *g_200 = &g_201[0][2];
static volatile uint32_t **g_199[3][10][1] = {{{&g_200},{&g_200},{&g_200},{(void*)0},{&g_200},{&g_200},{&g_200},{&g_200},{&g_200},{(void*)0}},{{&g_200},{&g_200},{&g_200},{&g_200},{&g_200},{&g_200},{(void*)0},{&g_200},{&g_200},{&g_200}},{{&g_200},{&g_200},{(void*)0},{&g_200},{&g_200},{&g_200},{&g_200},{&g_200},{&g_200},{(void*)0}}};
static volatile uint32_t *** volatile g_202 = &g_199[1][8][0];/* VOLATILE GLOBAL g_202 */
static uint64_t g_208 = 0xD5B913A345D410CALL;
static uint64_t g_210[3][5][9] = {{{0xAE4F81FE05BBD400LL,18446744073709551615UL,18446744073709551608UL,1UL,18446744073709551608UL,18446744073709551615UL,0xAE4F81FE05BBD400LL,0xFF3BB69EA1156754LL,0x5A153081368ACE75LL},{0x96F3E45B23408CDELL,18446744073709551608UL,18446744073709551608UL,0xAE4F81FE05BBD400LL,1UL,0xC7B7FF88ED9E33FCLL,18446744073709551615UL,18446744073709551615UL,18446744073709551609UL},{0xFF3BB69EA1156754LL,0x96F3E45B23408CDELL,0x5A153081368ACE75LL,18446744073709551615UL,18446744073709551615UL,0x5A153081368ACE75LL,0x96F3E45B23408CDELL,0xFF3BB69EA1156754LL,0x047AB9F0D7451137LL},{18446744073709551614UL,0x837DD9AD0A9A3173LL,0xFF3BB69EA1156754LL,18446744073709551615UL,18446744073709551615UL,0x047AB9F0D7451137LL,1UL,18446744073709551608UL,0xC7B7FF88ED9E33FCLL},{0x047AB9F0D7451137LL,7UL,0xC7B7FF88ED9E33FCLL,0xAE4F81FE05BBD400LL,18446744073709551614UL,0xAE4F81FE05BBD400LL,0xC7B7FF88ED9E33FCLL,7UL,0x047AB9F0D7451137LL}},{{18446744073709551615UL,0xAE4F81FE05BBD400LL,18446744073709551615UL,1UL,18446744073709551614UL,1UL,0x837DD9AD0A9A3173LL,0x5A153081368ACE75LL,18446744073709551609UL},{18446744073709551608UL,0x5A153081368ACE75LL,1UL,0x70D765C340BFBFA9LL,0x96F3E45B23408CDELL,0x96F3E45B23408CDELL,0xC7B7FF88ED9E33FCLL,0xFF3BB69EA1156754LL,18446744073709551609UL},{18446744073709551615UL,0x047AB9F0D7451137LL,18446744073709551614UL,18446744073709551615UL,18446744073709551608UL,0x96F3E45B23408CDELL,9UL,0x70D765C340BFBFA9LL,0x837DD9AD0A9A3173LL},{9UL,0xC7B7FF88ED9E33FCLL,0x047AB9F0D7451137LL,1UL,0xFF3BB69EA1156754LL,0x70D765C340BFBFA9LL,0xFF3BB69EA1156754LL,1UL,0x047AB9F0D7451137LL},{0x047AB9F0D7451137LL,0x047AB9F0D7451137LL,18446744073709551615UL,0x837DD9AD0A9A3173LL,7UL,0x5A153081368ACE75LL,0xFF3BB69EA1156754LL,0xAE4F81FE05BBD400LL,18446744073709551615UL}},{{18446744073709551615UL,18446744073709551609UL,18446744073709551608UL,18446744073709551614UL,18446744073709551615UL,9UL,9UL,18446744073709551615UL,18446744073709551614UL},{18446744073709551615UL,0x5A153081368ACE75LL,18446744073709551615UL,0x96F3E45B23408CDELL,0x70D765C340BFBFA9LL,18446744073709551609UL,0xC7B7FF88ED9E33FCLL,18446744073709551615UL,7UL},{0x5A153081368ACE75LL,18446744073709551608UL,0x047AB9F0D7451137LL,7UL,0xC7B7FF88ED9E33FCLL,0xAE4F81FE05BBD400LL,18446744073709551614UL,0xAE4F81FE05BBD400LL,0xC7B7FF88ED9E33FCLL},{0x96F3E45B23408CDELL,18446744073709551614UL,18446744073709551614UL,0x96F3E45B23408CDELL,18446744073709551608UL,18446744073709551608UL,0xAE4F81FE05BBD400LL,1UL,0xC7B7FF88ED9E33FCLL},{1UL,18446744073709551615UL,0xFF3BB69EA1156754LL,18446744073709551614UL,9UL,7UL,0x70D765C340BFBFA9LL,0x70D765C340BFBFA9LL,7UL}}};
static uint64_t g_230 = 0xDFD5D40986E19FE5LL;
static uint16_t g_237[9][4] = {{0UL,65535UL,65535UL,0UL},{65535UL,0UL,65535UL,65535UL},{0UL,0UL,65532UL,0UL},{0UL,65535UL,65535UL,0UL},{65535UL,0UL,65535UL,65535UL},{0UL,0UL,65532UL,0UL},{0UL,65535UL,65535UL,0UL},{65535UL,0UL,65535UL,65535UL},{0UL,0UL,65532UL,0UL}};
static uint16_t *g_236 = &g_237[3][3];
static volatile uint64_t g_245 = 1UL;/* VOLATILE GLOBAL g_245 */
static volatile int8_t **g_249 = &g_27;
static volatile int8_t ** volatile *g_248 = &g_249;
static int32_t * volatile g_265 = &g_32[6][6];/* VOLATILE GLOBAL g_265 */
static union U0 ** volatile g_293 = &g_113;/* VOLATILE GLOBAL g_293 */
static const int8_t g_310 = 9L;
static uint8_t g_356 = 0x86L;
static union U1 g_371 = {18446744073709551615UL};
static union U1 *g_370 = &g_371;
static volatile union U2 g_383 = {0x61L};/* VOLATILE GLOBAL g_383 */
static int32_t * volatile g_392 = &g_175.f1;/* VOLATILE GLOBAL g_392 */
static volatile union U2 g_422 = {0x0DL};/* VOLATILE GLOBAL g_422 */
static uint32_t g_424 = 1UL;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_7(int32_t  p_8, int32_t  p_9, union U0  p_10, int8_t * p_11);
static uint16_t  func_20(union U1  p_21, int8_t * p_22);
static union U1  func_23(int16_t  p_24);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_27 g_28 g_2 g_31 g_32 g_34 g_35 g_39 g_40 g_60 g_60.f3 g_155 g_154 g_165 g_166 g_245 g_210 g_236 g_237 g_383 g_103 g_230 g_310 g_193 g_371.f0 g_422 g_60.f0 g_424 g_118
 * writes: g_4 g_32 g_60.f3 g_370 g_237 g_230 g_193 g_2 g_371.f0 g_424
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int16_t l_3[5] = {0xEFBAL,0xEFBAL,0xEFBAL,0xEFBAL,0xEFBAL};
    int32_t l_66 = (-3L);
    int32_t l_67 = 0x0FB2EC16L;
    int32_t l_69 = 0x693945F7L;
    int16_t l_70 = 0L;
    union U1 l_82 = {0xFB0CE4C8L};
    int8_t *l_96 = &g_35;
    union U0 l_97 = {18446744073709551615UL};
    union U0 *l_111 = (void*)0;
    int32_t l_148[5];
    uint8_t l_203[9] = {0x0CL,0x0CL,0x0DL,0x0CL,0x0CL,0x0DL,0x0CL,0x0CL,0x0DL};
    union U1 **l_257[10] = {&g_166,&g_166,&g_166,&g_166,&g_166,&g_166,&g_166,&g_166,&g_166,&g_166};
    int16_t *l_262 = (void*)0;
    int16_t **l_261[5][2];
    int8_t l_275[6][6][2] = {{{0x12L,(-5L)},{0xD2L,0x57L},{(-9L),1L},{(-9L),0x57L},{0xD2L,(-5L)},{0x12L,(-5L)}},{{0xD2L,0x57L},{(-9L),1L},{(-9L),0x57L},{0xD2L,(-5L)},{0x12L,(-5L)},{0xD2L,0x57L}},{{(-9L),1L},{(-9L),0x57L},{0xD2L,(-5L)},{0x12L,(-5L)},{0xD2L,0x57L},{(-9L),1L}},{{(-9L),0x57L},{0xD2L,(-5L)},{0x12L,(-5L)},{0xD2L,0x57L},{(-9L),1L},{(-9L),0x57L}},{{0xD2L,(-5L)},{0x12L,(-5L)},{0xD2L,0x57L},{0x12L,0x57L},{0x12L,0x71L},{(-1L),1L}},{{0xD2L,1L},{(-1L),0x71L},{0x12L,0x57L},{0x12L,0x71L},{(-1L),1L},{0xD2L,1L}}};
    int64_t l_278 = 4L;
    uint32_t l_280 = 0x928B453AL;
    int32_t l_286[4][5][8] = {{{0x3A4AB18DL,0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL},{0xD60B8108L,0xD60B8108L,0xF6CC1612L,0x142B6CA4L,0L,0x142B6CA4L,0xF6CC1612L,0xD60B8108L},{0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL,0xD60B8108L},{0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL,0x3A4AB18DL},{0x2E465433L,0x142B6CA4L,0L,0L,0x142B6CA4L,0x2E465433L,0xF6CC1612L,0x2E465433L}},{{0x142B6CA4L,0x2E465433L,0xF6CC1612L,0x2E465433L,0x142B6CA4L,0L,0L,0x142B6CA4L},{0x2E465433L,0x3A4AB18DL,0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L},{0x3A4AB18DL,0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL},{0xD60B8108L,0xD60B8108L,0xF6CC1612L,0x142B6CA4L,0L,0x142B6CA4L,0xF6CC1612L,0xD60B8108L},{0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL,0xD60B8108L}},{{0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL,0x3A4AB18DL},{0x2E465433L,0x142B6CA4L,0L,0L,0x142B6CA4L,0x2E465433L,0xF6CC1612L,0x2E465433L},{0x142B6CA4L,0x2E465433L,0xF6CC1612L,0x2E465433L,0x142B6CA4L,0L,0L,0x142B6CA4L},{0x2E465433L,0x3A4AB18DL,0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L},{0x3A4AB18DL,0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL}},{{0xD60B8108L,0xD60B8108L,0xF6CC1612L,0x142B6CA4L,0L,0x142B6CA4L,0xF6CC1612L,0xD60B8108L},{0xD60B8108L,0x3A4AB18DL,0L,0xF6CC1612L,0xF6CC1612L,0L,0x3A4AB18DL,0xD60B8108L},{0x3A4AB18DL,0x2E465433L,0xD60B8108L,0x142B6CA4L,0xD60B8108L,0x2E465433L,0x3A4AB18DL,0x3A4AB18DL},{0x2E465433L,0x142B6CA4L,0L,0L,0x142B6CA4L,0x2E465433L,0xF6CC1612L,0x2E465433L},{0x142B6CA4L,0x2E465433L,0xF6CC1612L,0x2E465433L,0x142B6CA4L,0L,0L,0x142B6CA4L}}};
    int16_t l_288 = 5L;
    const int8_t *l_309[10][5] = {{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,(void*)0,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,(void*)0,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,(void*)0,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,(void*)0,&g_310,&g_310,(void*)0},{&g_310,&g_310,&g_310,&g_310,&g_310},{(void*)0,&g_310,&g_310,(void*)0,(void*)0}};
    const int8_t **l_308 = &l_309[5][3];
    const int8_t *** const l_307 = &l_308;
    const int8_t *** const *l_306[6];
    int32_t l_324 = 5L;
    uint32_t l_354[8] = {3UL,18446744073709551615UL,18446744073709551615UL,3UL,18446744073709551615UL,18446744073709551615UL,3UL,18446744073709551615UL};
    uint64_t l_380 = 0xB663A3BC37A10379LL;
    uint8_t l_410 = 0xDCL;
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_148[i] = 0x4F71C144L;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
            l_261[i][j] = &l_262;
    }
    for (i = 0; i < 6; i++)
        l_306[i] = &l_307;
    g_4--;
    if (func_7((((safe_rshift_func_uint16_t_u_u((l_3[0] || l_3[2]), 3)) & (safe_rshift_func_uint8_t_u_s((((safe_mul_func_int8_t_s_s(g_4, (safe_div_func_int16_t_s_s(((-4L) & l_3[2]), func_20(func_23(((safe_mul_func_int16_t_s_s((g_27 != &g_28), ((((safe_mod_func_uint32_t_u_u((0x77L <= ((*g_27) , 0xBAL)), 1L)) && g_28) && l_3[2]) > g_4))) | 0L)), g_34[0][5][1]))))) , 0xD57638FFL) , g_39), 3))) >= g_2[1]), g_2[1], g_40[6], &g_35))
    { /* block id: 11 */
        int32_t *l_63 = &g_32[3][0];
        int32_t *l_64 = (void*)0;
        int32_t *l_65[5] = {&g_32[5][0],&g_32[5][0],&g_32[5][0],&g_32[5][0],&g_32[5][0]};
        int8_t l_68 = (-9L);
        uint8_t l_71 = 1UL;
        int i;
        l_71++;
    }
    else
    { /* block id: 13 */
        union U1 *l_83 = &l_82;
        int32_t l_84 = 0L;
        int8_t *l_85[2][1][2];
        int16_t *l_86 = &l_70;
        int16_t *l_87 = &l_3[1];
        int8_t *l_99 = &g_35;
        int32_t l_144 = 0L;
        int32_t l_145 = 0xA19F92D8L;
        int32_t l_146 = 0x93782F4EL;
        int32_t l_147 = (-1L);
        int32_t l_150[2];
        union U0 l_172 = {18446744073709551614UL};
        int16_t l_186 = (-6L);
        int64_t l_195 = 1L;
        uint32_t l_211 = 0xE623767BL;
        uint32_t l_239 = 0x0F530CF1L;
        int32_t l_243[10][9][1] = {{{(-3L)},{(-1L)},{1L},{0xD0D8F89DL},{(-1L)},{(-4L)},{(-1L)},{0xD0D8F89DL},{1L}},{{(-1L)},{(-3L)},{(-2L)},{1L},{0x4E80F069L},{(-1L)},{7L},{(-1L)},{0x4E80F069L}},{{1L},{(-2L)},{(-3L)},{(-1L)},{1L},{0xD0D8F89DL},{(-1L)},{(-4L)},{(-1L)}},{{0xD0D8F89DL},{1L},{(-1L)},{(-3L)},{(-2L)},{1L},{0x4E80F069L},{(-1L)},{7L}},{{(-1L)},{0x4E80F069L},{1L},{(-2L)},{(-3L)},{(-1L)},{1L},{0xD0D8F89DL},{(-1L)}},{{(-4L)},{(-1L)},{0xD0D8F89DL},{1L},{(-1L)},{(-3L)},{(-2L)},{1L},{0x4E80F069L}},{{(-1L)},{7L},{(-1L)},{0x4E80F069L},{1L},{(-2L)},{(-3L)},{(-1L)},{1L}},{{0xD0D8F89DL},{(-1L)},{(-4L)},{(-1L)},{0xD0D8F89DL},{1L},{(-1L)},{(-3L)},{(-2L)}},{{1L},{0x4E80F069L},{(-1L)},{7L},{(-1L)},{0x4E80F069L},{1L},{(-2L)},{(-3L)}},{{(-1L)},{1L},{0xD0D8F89DL},{(-1L)},{(-4L)},{(-1L)},{0xD0D8F89DL},{1L},{(-1L)}}};
        uint32_t *l_264 = &g_193;
        uint64_t *l_272 = &g_210[1][2][6];
        int32_t l_276 = 0x409AEBDDL;
        int32_t l_279 = 0xB10D9F8DL;
        int8_t l_287 = 0x97L;
        uint32_t l_314 = 0x688CFAAAL;
        int8_t **l_348 = &l_99;
        int8_t ***l_347 = &l_348;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 2; k++)
                    l_85[i][j][k] = &g_35;
            }
        }
        for (i = 0; i < 2; i++)
            l_150[i] = 4L;
    }
    for (g_60.f3 = 0; (g_60.f3 <= 1); g_60.f3 += 1)
    { /* block id: 115 */
        uint32_t l_363 = 0x93FD8F18L;
        int32_t l_378 = 3L;
        int32_t l_379[9] = {0x319BA3C1L,0x319BA3C1L,0x319BA3C1L,0x319BA3C1L,0x319BA3C1L,0x319BA3C1L,0x319BA3C1L,0x319BA3C1L,0x319BA3C1L};
        int16_t *l_391 = &l_70;
        uint64_t l_396 = 0x34898ECB908F129ELL;
        int i;
        (*g_155) = 7L;
        if ((**g_154))
        { /* block id: 117 */
            union U1 *l_369[8][7] = {{&g_60,(void*)0,&g_60,&l_82,&g_60,&g_60,&l_82},{&g_60,(void*)0,&g_60,&l_82,&g_60,&g_60,&l_82},{&g_60,(void*)0,&g_60,&l_82,&g_60,&g_60,&l_82},{&g_60,(void*)0,&g_60,&l_82,&g_60,&g_60,&l_82},{&g_60,(void*)0,&g_60,&l_82,&g_60,&g_60,&l_82},{&g_60,(void*)0,&g_60,&l_82,&g_60,&g_60,&g_60},{&g_60,(void*)0,&g_60,&g_60,(void*)0,(void*)0,&g_60},{&g_60,(void*)0,&g_60,&g_60,(void*)0,(void*)0,&g_60}};
            int32_t l_372 = 1L;
            int i, j;
            (*g_155) &= ((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u((l_363 & ((*g_165) != (l_363 , (*g_165)))), ((+g_245) > (safe_lshift_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s((&g_249 == &g_249), 6)) & ((g_370 = l_369[6][3]) != (*g_165))), g_210[1][3][2]))))), (*g_236))) <= l_372);
            for (l_67 = 3; (l_67 >= 0); l_67 -= 1)
            { /* block id: 122 */
                int32_t *l_373 = &l_148[1];
                int32_t *l_374 = &l_372;
                int32_t *l_375 = &g_32[8][7];
                int32_t *l_376 = &l_66;
                int32_t *l_377[6];
                int i;
                for (i = 0; i < 6; i++)
                    l_377[i] = &l_148[3];
                (*g_155) = (*g_31);
                ++l_380;
            }
            if ((g_383 , l_379[8]))
            { /* block id: 126 */
                (*g_155) &= (l_378 == ((*g_236) = (*g_236)));
            }
            else
            { /* block id: 129 */
                uint64_t *l_388 = &g_230;
                int32_t *l_393 = &l_148[0];
                (*g_155) = (safe_mul_func_uint8_t_u_u((((void*)0 == g_103) | (safe_lshift_func_int16_t_s_u(l_372, 3))), 0xB9L));
                (*l_393) ^= ((*g_155) = ((((*l_388)++) != ((void*)0 != l_391)) <= (*g_236)));
            }
        }
        else
        { /* block id: 135 */
            return g_310;
        }
        for (g_193 = 0; (g_193 <= 1); g_193 += 1)
        { /* block id: 140 */
            int32_t *l_394 = (void*)0;
            int32_t *l_395[4][5][8] = {{{&l_67,&l_66,&l_379[5],&l_379[5],&l_66,&l_67,&l_148[0],(void*)0},{&l_378,&l_69,&l_379[4],&l_379[7],&l_148[1],(void*)0,(void*)0,(void*)0},{&l_379[8],(void*)0,(void*)0,&l_379[7],&g_32[8][1],(void*)0,&l_67,(void*)0},{&l_67,&g_32[8][1],&l_378,&l_379[5],&l_148[1],&l_378,&l_379[7],&l_378},{&l_378,(void*)0,(void*)0,(void*)0,&l_378,&l_148[0],(void*)0,&l_148[1]}},{{(void*)0,&l_148[3],&l_378,&l_69,&l_379[4],(void*)0,&l_379[8],(void*)0},{(void*)0,&l_378,&l_378,&l_379[8],&l_67,&l_67,(void*)0,(void*)0},{&l_379[4],&l_378,(void*)0,&l_148[1],&l_148[1],&l_379[7],&l_379[7],&l_148[1]},{&l_148[1],&l_378,&l_378,&l_148[1],(void*)0,(void*)0,&l_67,&l_67},{(void*)0,(void*)0,(void*)0,&l_378,(void*)0,&l_379[8],(void*)0,&l_379[4]}},{{&l_379[7],(void*)0,&l_379[4],&l_148[1],&l_148[1],(void*)0,&l_148[0],&l_378},{&g_32[8][1],&l_378,&l_379[5],&l_148[1],&l_378,&l_379[7],&l_378,&l_148[1]},{&l_148[0],&l_378,&l_148[0],&l_69,(void*)0,&l_67,(void*)0,&g_32[8][1]},{&l_69,&l_378,&l_148[1],&l_67,(void*)0,(void*)0,(void*)0,&l_148[1]},{&l_69,&l_148[3],&l_378,(void*)0,(void*)0,&l_148[0],&l_67,&l_66}},{{&l_148[0],(void*)0,&l_379[7],&l_148[3],&l_378,&l_378,&l_148[3],&l_379[7]},{&g_32[8][1],&g_32[8][1],&l_379[8],&l_379[7],&l_148[1],(void*)0,&l_69,&l_67},{&l_379[7],(void*)0,&l_148[1],&l_379[4],(void*)0,(void*)0,&l_378,&l_67},{(void*)0,&l_69,&l_66,&l_379[7],(void*)0,&l_67,&l_378,&l_379[7]},{&l_148[1],&l_66,&l_148[1],&l_148[3],&l_148[1],&l_148[3],&l_148[1],&l_66}}};
            uint32_t ***l_412 = (void*)0;
            uint8_t *l_420 = &g_356;
            int16_t * const l_431[9][8] = {{(void*)0,&g_149[4][2][0],&l_288,&g_149[1][2][0],(void*)0,&g_149[0][0][4],(void*)0,&g_149[1][2][0]},{&l_288,&l_3[2],&l_288,&l_3[2],&g_149[4][0][5],&g_149[0][0][4],&g_149[0][0][4],&g_149[4][2][0]},{&l_3[3],&l_3[2],(void*)0,&l_3[2],(void*)0,&l_3[2],(void*)0,&l_3[2]},{&l_3[3],&g_149[0][0][4],&g_149[4][0][5],&l_3[2],(void*)0,&g_149[0][0][4],&g_149[3][3][2],&l_3[2]},{&g_149[3][3][2],&g_149[4][2][0],&l_3[3],&l_3[2],&l_3[3],&g_149[4][2][0],&g_149[3][3][2],&g_149[0][0][4]},{&l_288,&l_3[2],&g_149[4][0][5],&g_149[0][0][4],&g_149[0][0][4],&g_149[4][2][0],(void*)0,&g_149[4][2][0]},{&g_149[0][0][4],&g_149[4][2][0],(void*)0,&g_149[4][2][0],&g_149[0][0][4],&g_149[0][0][4],&g_149[4][0][5],&l_3[2]},{&l_288,&g_149[0][0][4],&g_149[3][3][2],&g_149[4][2][0],&l_3[3],&l_3[2],&l_3[3],&g_149[4][2][0]},{&g_149[3][3][2],&l_3[2],&g_149[3][3][2],&g_149[0][0][4],(void*)0,&l_3[2],&g_149[4][0][5],&g_149[0][0][4]}};
            uint32_t l_445 = 2UL;
            int i, j, k;
            for (l_66 = 3; (l_66 >= 0); l_66 -= 1)
            { /* block id: 143 */
                int i, j, k;
                return l_275[g_60.f3][l_66][g_193];
            }
            if ((*g_31))
                continue;
            --l_396;
            for (l_66 = 3; (l_66 >= 0); l_66 -= 1)
            { /* block id: 150 */
                const int32_t l_399 = (-5L);
                int64_t *l_409 = (void*)0;
                int64_t *l_411 = &l_278;
                uint32_t *l_413 = &g_371.f0;
                uint8_t *l_419 = (void*)0;
                uint8_t **l_418 = &l_419;
                uint8_t **l_421 = &l_420;
                uint32_t *l_423 = &g_424;
                int i, j, k;
                (*g_31) = l_399;
                (*g_155) = (~(safe_mul_func_uint16_t_u_u(l_70, (safe_div_func_int32_t_s_s((safe_add_func_int64_t_s_s(((*l_411) |= (safe_mod_func_int16_t_s_s((0x32041371214B1B1BLL || (g_2[1] = g_2[1])), l_410))), (&g_199[1][8][0] == l_412))), ((*l_423) |= ((--(*l_413)) , (((safe_mod_func_uint64_t_u_u((((*l_418) = g_34[(g_60.f3 + 2)][(g_193 + 1)][(g_193 + 1)]) == ((*l_421) = l_420)), ((g_422 , (-1L)) , 0x9D1770C094B3C5D2LL))) , g_60.f0) , l_410))))))));
                if ((*g_155))
                    continue;
                l_148[1] &= (((((safe_add_func_int64_t_s_s((safe_add_func_uint16_t_u_u((*g_236), (*g_236))), ((safe_div_func_uint16_t_u_u(((&g_149[1][0][6] == l_431[8][4]) != l_399), (safe_rshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_u(0x3407L, 3)), (+((void*)0 == &g_392)))))) || ((*l_411) = (safe_lshift_func_uint16_t_u_s((((safe_add_func_int8_t_s_s((((safe_mod_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(0xC5L, l_445)) > l_379[7]), 0x23L)) , l_399) ^ (*g_155)), l_3[2])) , 0x59L) <= 0xBBL), 3)))))) , l_379[7]) || g_118) , (-5L)) && 0x70L);
            }
        }
    }
    return l_67;
}


/* ------------------------------------------ */
/* 
 * reads : g_32 g_2 g_60 g_27 g_28 g_35 g_31
 * writes: g_32
 */
static int32_t  func_7(int32_t  p_8, int32_t  p_9, union U0  p_10, int8_t * p_11)
{ /* block id: 8 */
    union U0 l_41 = {18446744073709551615UL};
    int32_t *l_54[8] = {&g_32[8][1],(void*)0,&g_32[8][1],(void*)0,&g_32[8][1],(void*)0,&g_32[8][1],(void*)0};
    int16_t l_62 = 0x277CL;
    int i;
    (*g_31) = ((((l_41 , (safe_rshift_func_uint16_t_u_s(((p_11 == ((!(((safe_add_func_uint8_t_u_u(((l_41.f0 & (g_32[8][1] <= (((+(safe_sub_func_int64_t_s_s(((safe_add_func_uint8_t_u_u((&g_32[0][4] != l_54[2]), (((safe_mod_func_int64_t_s_s((+(g_2[1] | (safe_div_func_uint8_t_u_u((g_60 , (+l_62)), p_9)))), p_10.f0)) <= p_9) < p_8))) && p_8), p_8))) >= p_9) | (*g_27)))) >= p_9), (*p_11))) ^ 0x80DA390EL) , g_32[5][2])) , (void*)0)) & 0x662B2563L), p_9))) <= g_2[1]) , 0UL) ^ (*p_11));
    return (*g_31);
}


/* ------------------------------------------ */
/* 
 * reads : g_35 g_31 g_32
 * writes: g_32
 */
static uint16_t  func_20(union U1  p_21, int8_t * p_22)
{ /* block id: 5 */
    int32_t *l_37 = (void*)0;
    int32_t *l_38[9];
    int i;
    for (i = 0; i < 9; i++)
        l_38[i] = &g_32[3][5];
    (*g_31) ^= (g_35 <= (safe_unary_minus_func_uint8_t_u((p_22 == (void*)0))));
    return p_21.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_31 g_32
 * writes: g_32
 */
static union U1  func_23(int16_t  p_24)
{ /* block id: 2 */
    union U1 l_33 = {5UL};
    (*g_31) &= g_2[0];
    return l_33;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_32[i][j], "g_32[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_40[i].f0, "g_40[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_60.f0, "g_60.f0", print_hash_value);
    transparent_crc(g_60.f1, "g_60.f1", print_hash_value);
    transparent_crc(g_60.f2, "g_60.f2", print_hash_value);
    transparent_crc(g_60.f3, "g_60.f3", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_149[i][j][k], "g_149[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_175.f0, "g_175.f0", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_198[i][j].f0, "g_198[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_201[i][j], "g_201[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_208, "g_208", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_210[i][j][k], "g_210[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_230, "g_230", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_237[i][j], "g_237[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_245, "g_245", print_hash_value);
    transparent_crc(g_310, "g_310", print_hash_value);
    transparent_crc(g_356, "g_356", print_hash_value);
    transparent_crc(g_371.f0, "g_371.f0", print_hash_value);
    transparent_crc(g_371.f1, "g_371.f1", print_hash_value);
    transparent_crc(g_371.f2, "g_371.f2", print_hash_value);
    transparent_crc(g_371.f3, "g_371.f3", print_hash_value);
    transparent_crc(g_383.f0, "g_383.f0", print_hash_value);
    transparent_crc(g_422.f0, "g_422.f0", print_hash_value);
    transparent_crc(g_424, "g_424", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 105
XXX total union variables: 10

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 8
breakdown:
   indirect level: 0, occurrence: 3
   indirect level: 1, occurrence: 2
   indirect level: 2, occurrence: 3
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 9
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 4
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 9

XXX max expression depth: 27
breakdown:
   depth: 1, occurrence: 33
   depth: 2, occurrence: 6
   depth: 3, occurrence: 2
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 14, occurrence: 1
   depth: 20, occurrence: 1
   depth: 24, occurrence: 1
   depth: 27, occurrence: 2

XXX total number of pointers: 135

XXX times a variable address is taken: 257
XXX times a pointer is dereferenced on RHS: 38
breakdown:
   depth: 1, occurrence: 33
   depth: 2, occurrence: 5
XXX times a pointer is dereferenced on LHS: 57
breakdown:
   depth: 1, occurrence: 57
XXX times a pointer is compared with null: 6
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 1618

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 151
   level: 2, occurrence: 7
   level: 3, occurrence: 1
XXX number of pointers point to pointers: 34
XXX number of pointers point to scalars: 91
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 24.4
XXX average alias set size: 1.27

XXX times a non-volatile is read: 269
XXX times a non-volatile is write: 144
XXX times a volatile is read: 21
XXX    times read thru a pointer: 3
XXX times a volatile is write: 11
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 275
XXX percentage of non-volatile access: 92.8

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 32
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 4
   depth: 2, occurrence: 8
   depth: 3, occurrence: 10

XXX percentage a fresh-made variable is used: 17.7
XXX percentage an existing variable is used: 82.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

