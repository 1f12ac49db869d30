/* Csmith 2.3.0 --seed 35 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 79E5A81D */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 35 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      35
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   unsigned f0 : 16;
   const unsigned f1 : 7;
   unsigned f2 : 14;
   unsigned f3 : 1;
   const volatile unsigned f4 : 14;
   unsigned f5 : 15;
   volatile signed f6 : 18;
   signed f7 : 29;
   unsigned f8 : 12;
};
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S3 {
   const uint64_t  f0;
};
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S5 {
   unsigned f0 : 30;
   const int32_t  f1;
   volatile int32_t  f2;
   volatile int16_t  f3;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2 = 0x31FBF685L;/* VOLATILE GLOBAL g_2 */
static int32_t g_3[2] = {0x9BEAB1D6L,0x9BEAB1D6L};
static int32_t g_7 = 0L;
static uint8_t g_12 = 0x02L;
static const int32_t *g_44 = &g_3[1];
static const int32_t * const * const g_43 = &g_44;
static uint32_t g_46 = 0xB5965344L;
static int8_t g_67 = 7L;
static int16_t g_102 = 0x4406L;
static int32_t g_105[9][7] = {{0xEF21D7ACL,(-1L),0L,(-1L),0xEF21D7ACL,(-1L),0xFDF942F0L},{1L,1L,0x84519A63L,(-1L),0xEF21D7ACL,0xFDF942F0L,0xEF21D7ACL},{0L,1L,1L,0L,(-1L),(-1L),1L},{1L,(-1L),(-1L),0L,1L,1L,0L},{0xEF21D7ACL,0xFDF942F0L,0xEF21D7ACL,(-1L),0x84519A63L,1L,1L},{0xFDF942F0L,(-1L),0xEF21D7ACL,(-1L),0L,(-1L),0xEF21D7ACL},{0x84519A63L,0x84519A63L,0xFDF942F0L,(-1L),0L,1L,0xA5100093L},{(-1L),(-1L),0L,1L,1L,0L,(-1L)},{0L,0x19A7386FL,(-1L),1L,0L,(-1L),(-1L)}};
static struct S3 g_114 = {0xEFE6362AC5EDFBC0LL};
static struct S3 *g_113 = &g_114;
static struct S3 g_117 = {18446744073709551615UL};
static int32_t * const g_158 = &g_3[0];
static int32_t * const *g_157 = &g_158;
static int8_t g_170 = 0x56L;
static int64_t g_199 = 0x623767BD36F7DA08LL;
static int8_t g_200 = 1L;
static volatile int32_t g_206 = 0xCCECD1D2L;/* VOLATILE GLOBAL g_206 */
static volatile int32_t *g_205 = &g_206;
static int64_t g_209 = 0x476303DD29CAD3B1LL;
static int64_t g_211[6] = {(-8L),(-8L),(-8L),(-8L),(-8L),(-8L)};
static uint16_t g_213 = 0xEC42L;
static int32_t *g_246[4] = {&g_3[0],&g_3[0],&g_3[0],&g_3[0]};
static uint32_t *g_250 = &g_46;
static int16_t g_259 = (-1L);
static int32_t g_387 = (-8L);
static int16_t g_388 = 0x7DB6L;
static int8_t g_389 = 4L;
static uint16_t g_390 = 9UL;
static const volatile int64_t g_423[1][9] = {{(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)}};
static volatile int64_t g_424 = 1L;/* VOLATILE GLOBAL g_424 */
static volatile int64_t g_425 = 0x63A66A1A8DC9678FLL;/* VOLATILE GLOBAL g_425 */
static const volatile int64_t *g_422[4][5] = {{&g_423[0][5],&g_423[0][5],&g_423[0][5],&g_423[0][5],&g_423[0][5]},{(void*)0,&g_424,(void*)0,&g_424,(void*)0},{&g_423[0][5],&g_423[0][5],&g_423[0][5],&g_423[0][5],&g_423[0][5]},{(void*)0,&g_424,(void*)0,&g_424,(void*)0}};
static const volatile int64_t * volatile *g_421 = &g_422[2][4];
static int8_t g_443 = 0x36L;
static int32_t *g_498[5][8][3] = {{{&g_3[1],&g_3[0],(void*)0},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],(void*)0,&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[0],(void*)0,(void*)0},{(void*)0,&g_3[0],&g_3[0]}},{{&g_3[0],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],&g_3[0],(void*)0},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],(void*)0,&g_3[0]},{(void*)0,&g_3[0],&g_3[0]}},{{&g_3[0],(void*)0,(void*)0},{(void*)0,&g_3[0],&g_3[0]},{&g_3[0],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],&g_3[0],(void*)0},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]}},{{&g_3[1],(void*)0,&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[0],(void*)0,(void*)0},{(void*)0,&g_3[0],&g_3[0]},{&g_3[0],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],&g_3[0],(void*)0},{(void*)0,&g_3[0],&g_3[0]}},{{&g_3[1],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[1],(void*)0,&g_3[0]},{(void*)0,&g_3[0],&g_3[0]},{&g_3[0],(void*)0,(void*)0},{(void*)0,&g_3[0],&g_3[0]},{&g_3[0],&g_3[0],&g_3[0]},{(void*)0,&g_3[0],&g_3[0]}}};
static int32_t **g_497[7][5][7] = {{{(void*)0,&g_498[2][5][0],&g_498[3][6][2],&g_498[3][7][2],&g_498[0][4][0],(void*)0,&g_498[3][0][1]},{&g_498[1][6][0],&g_498[3][0][1],&g_498[3][0][1],&g_498[3][0][1],(void*)0,&g_498[3][3][2],&g_498[4][3][1]},{(void*)0,&g_498[0][6][1],(void*)0,&g_498[1][1][2],&g_498[3][0][1],&g_498[2][0][1],&g_498[3][7][2]},{&g_498[4][3][1],(void*)0,&g_498[4][4][1],(void*)0,&g_498[4][0][2],&g_498[0][1][0],&g_498[3][7][1]},{(void*)0,&g_498[4][4][1],&g_498[3][0][1],&g_498[2][5][0],&g_498[3][0][1],&g_498[0][6][1],&g_498[3][0][1]}},{{&g_498[1][1][2],&g_498[4][4][1],&g_498[4][6][2],&g_498[1][6][0],&g_498[3][0][1],&g_498[3][3][2],&g_498[2][1][2]},{&g_498[0][3][0],(void*)0,(void*)0,&g_498[4][5][1],&g_498[3][0][1],&g_498[3][6][2],&g_498[1][1][1]},{&g_498[3][0][1],&g_498[0][6][1],&g_498[3][0][1],&g_498[2][7][2],&g_498[1][6][0],&g_498[3][0][1],&g_498[3][0][1]},{(void*)0,&g_498[4][3][1],&g_498[3][0][1],&g_498[4][6][2],&g_498[2][2][1],&g_498[2][7][2],&g_498[3][0][1]},{&g_498[1][6][2],&g_498[3][0][1],&g_498[0][3][0],&g_498[3][3][2],(void*)0,&g_498[2][4][0],(void*)0}},{{&g_498[1][1][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[1][1][1],&g_498[1][3][0],&g_498[2][5][1],&g_498[2][7][2]},{(void*)0,&g_498[2][5][0],&g_498[3][7][1],&g_498[2][6][0],&g_498[0][6][1],&g_498[3][0][1],&g_498[3][3][2]},{&g_498[2][1][2],&g_498[3][0][1],(void*)0,&g_498[3][7][2],&g_498[2][7][2],&g_498[3][7][1],&g_498[2][7][2]},{&g_498[3][0][1],&g_498[2][1][2],&g_498[2][5][0],(void*)0,&g_498[0][4][1],&g_498[3][0][1],(void*)0},{&g_498[3][0][1],&g_498[1][6][2],&g_498[0][0][1],(void*)0,(void*)0,&g_498[2][7][2],&g_498[3][0][1]}},{{&g_498[2][0][1],&g_498[3][0][1],(void*)0,&g_498[2][5][1],&g_498[0][3][0],&g_498[2][5][0],&g_498[3][0][1]},{&g_498[3][0][1],&g_498[3][0][1],(void*)0,&g_498[3][3][2],&g_498[1][6][0],&g_498[3][0][1],&g_498[1][1][1]},{&g_498[2][6][0],&g_498[3][0][1],&g_498[1][6][0],&g_498[1][6][2],&g_498[2][0][1],(void*)0,&g_498[2][1][2]},{&g_498[3][0][1],&g_498[0][4][1],(void*)0,&g_498[3][0][1],&g_498[3][3][2],(void*)0,&g_498[3][0][1]},{&g_498[1][3][0],&g_498[1][6][2],&g_498[3][0][1],(void*)0,&g_498[3][3][2],&g_498[2][2][1],&g_498[3][7][1]}},{{(void*)0,&g_498[4][6][1],&g_498[4][3][1],&g_498[3][0][1],&g_498[2][0][1],&g_498[0][0][1],&g_498[3][7][2]},{&g_498[3][0][1],&g_498[0][6][1],&g_498[3][0][1],(void*)0,&g_498[1][6][0],&g_498[0][4][1],&g_498[4][3][1]},{&g_498[3][0][1],&g_498[3][0][1],&g_498[2][7][2],&g_498[4][3][1],&g_498[0][3][0],&g_498[2][5][0],&g_498[3][0][1]},{&g_498[2][7][0],&g_498[3][0][1],&g_498[2][0][0],&g_498[0][3][0],(void*)0,&g_498[3][0][1],&g_498[0][1][0]},{&g_498[3][0][1],&g_498[3][0][1],&g_498[0][4][1],(void*)0,&g_498[0][4][1],&g_498[3][0][1],&g_498[3][0][1]}},{{&g_498[2][0][0],&g_498[3][7][2],&g_498[3][0][1],&g_498[0][6][1],&g_498[2][7][2],&g_498[0][5][1],&g_498[3][0][1]},{&g_498[0][6][1],(void*)0,&g_498[3][0][1],&g_498[1][7][1],&g_498[0][6][1],&g_498[3][0][1],&g_498[3][0][1]},{&g_498[3][0][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[1][3][0],&g_498[3][0][1],&g_498[1][6][2]},{&g_498[2][5][0],(void*)0,&g_498[0][4][1],&g_498[3][0][1],(void*)0,&g_498[3][0][1],&g_498[1][3][0]},{&g_498[4][3][1],(void*)0,(void*)0,&g_498[2][0][0],&g_498[4][6][1],&g_498[1][1][2],&g_498[4][3][1]}},{{&g_498[2][0][0],&g_498[1][3][0],(void*)0,&g_498[2][2][0],&g_498[2][2][1],&g_498[4][4][1],&g_498[2][1][2]},{(void*)0,&g_498[4][5][1],(void*)0,&g_498[3][7][2],&g_498[2][6][0],&g_498[1][6][0],&g_498[0][6][0]},{(void*)0,&g_498[0][5][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[3][3][2]},{&g_498[2][7][2],&g_498[3][0][1],&g_498[3][0][1],&g_498[3][0][1],&g_498[2][7][2],&g_498[2][2][0],&g_498[3][0][1]},{&g_498[2][7][2],(void*)0,&g_498[1][1][2],&g_498[0][5][1],(void*)0,&g_498[2][7][2],&g_498[4][6][1]}}};
static int32_t *** volatile g_500 = (void*)0;/* VOLATILE GLOBAL g_500 */
static int32_t *** volatile g_501 = &g_497[2][1][5];/* VOLATILE GLOBAL g_501 */
static struct S5 g_508 = {26334,0x6265818AL,0x3BE433D1L,0x7FAAL};/* VOLATILE GLOBAL g_508 */
static struct S5 *g_507[1] = {&g_508};
static struct S0 g_510 = {45,8,127,0,101,93,-477,20803,36};/* VOLATILE GLOBAL g_510 */


/* --- FORWARD DECLARATIONS --- */
static struct S0  func_1(void);
static int32_t ** func_16(uint64_t  p_17, int32_t * p_18, int32_t ** p_19, int32_t  p_20, int32_t * p_21);
static int32_t * func_22(uint16_t  p_23, uint32_t  p_24, int32_t ** p_25, int32_t * const * p_26, const int32_t  p_27);
static uint8_t  func_32(int32_t  p_33);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_12 g_158 g_507 g_510
 * writes: g_3 g_12 g_7 g_507
 */
static struct S0  func_1(void)
{ /* block id: 0 */
    int32_t l_9 = 0xBB35B689L;
    int32_t l_11 = (-3L);
    int32_t l_15 = (-5L);
    int32_t **l_156 = (void*)0;
    int32_t *l_499 = &l_15;
    uint32_t ** const l_502 = &g_250;
    const uint32_t *l_504 = &g_46;
    const uint32_t **l_503 = &l_504;
    const uint32_t ***l_505 = (void*)0;
    const uint32_t ***l_506 = &l_503;
    struct S5 **l_509[5] = {&g_507[0],&g_507[0],&g_507[0],&g_507[0],&g_507[0]};
    int i;
    for (g_3[0] = 13; (g_3[0] > 1); g_3[0] = safe_sub_func_int8_t_s_s(g_3[0], 3))
    { /* block id: 3 */
        int32_t *l_6 = &g_7;
        int32_t *l_8[2];
        int32_t l_10 = 0L;
        const uint16_t l_36 = 7UL;
        uint32_t *l_45 = &g_46;
        int i;
        for (i = 0; i < 2; i++)
            l_8[i] = &g_7;
        g_12--;
        if (l_15)
            continue;
        (*l_6) = (&g_7 == &g_2);
    }
    (*g_158) ^= (l_502 != ((*l_506) = l_503));
    g_507[0] = g_507[0];
    return g_510;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t ** func_16(uint64_t  p_17, int32_t * p_18, int32_t ** p_19, int32_t  p_20, int32_t * p_21)
{ /* block id: 134 */
    return &g_498[0][4][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_158 g_3 g_170 g_7 g_105 g_199 g_205 g_117.f0 g_157 g_43 g_44 g_67 g_114 g_102 g_259 g_12 g_46 g_250 g_213 g_211 g_209 g_390 g_113 g_200 g_389 g_421 g_388
 * writes: g_170 g_105 g_44 g_199 g_200 g_46 g_209 g_211 g_213 g_246 g_250 g_259 g_390 g_102
 */
static int32_t * func_22(uint16_t  p_23, uint32_t  p_24, int32_t ** p_25, int32_t * const * p_26, const int32_t  p_27)
{ /* block id: 49 */
    int8_t l_165 = 0xF9L;
    int32_t l_166[4][8][3] = {{{0L,(-3L),1L},{0L,1L,0x45000E2DL},{0xCD135445L,1L,0x34357E97L},{0x6C7CCF95L,1L,0x6AB1B597L},{0xA90B8220L,(-3L),0xCD135445L},{1L,0x0F3F8A80L,(-1L)},{0x306029FFL,1L,0x306029FFL},{0L,0L,(-1L)}},{{5L,1L,(-9L)},{(-1L),0x45000E2DL,1L},{1L,0x34357E97L,0xA90B8220L},{(-1L),0x6AB1B597L,0x0286014BL},{5L,0xCD135445L,0x7DF5C7D2L},{0L,(-1L),0x6C7CCF95L},{0x306029FFL,0x306029FFL,1L},{1L,(-1L),(-7L)}},{{0xA90B8220L,(-9L),(-1L)},{0x6C7CCF95L,1L,0xB859C66FL},{0xCD135445L,0xA90B8220L,(-1L)},{0L,0x0286014BL,(-7L)},{0L,0x7DF5C7D2L,1L},{0x01CA476EL,0x6C7CCF95L,0x6C7CCF95L},{3L,1L,0x7DF5C7D2L},{0L,(-7L),0x0286014BL}},{{0x7DF5C7D2L,(-1L),0xA90B8220L},{(-1L),0xB859C66FL,1L},{1L,(-1L),(-9L)},{0x45000E2DL,(-7L),(-1L)},{0x314AB783L,1L,0x306029FFL},{(-1L),0x6C7CCF95L,(-1L)},{1L,0x7DF5C7D2L,0xCD135445L},{(-1L),0x0286014BL,0x6AB1B597L}}};
    int32_t l_171[2][7] = {{0xD655E74BL,0xD655E74BL,5L,0xD655E74BL,0xD655E74BL,5L,0xD655E74BL},{0xD655E74BL,0L,0L,0xD655E74BL,0L,0L,0xD655E74BL}};
    int32_t *l_172 = &g_105[4][0];
    int32_t *l_173 = &g_105[6][2];
    int32_t *l_174 = &g_7;
    int32_t *l_175 = &l_166[2][1][2];
    int32_t *l_176 = &l_166[3][4][2];
    int32_t *l_177 = &g_105[0][3];
    int32_t *l_178 = &g_105[3][4];
    int32_t *l_179 = (void*)0;
    int32_t *l_180 = &l_171[1][6];
    int32_t *l_181[6];
    int8_t l_182 = 0xC4L;
    uint64_t l_183 = 5UL;
    int32_t **l_186 = (void*)0;
    int32_t **l_187[6];
    uint8_t l_287 = 254UL;
    uint32_t l_322[7][9][4] = {{{0x30F8EAB6L,1UL,0x03A08492L,0UL},{0x527B866AL,1UL,1UL,0x176B996CL},{0xBA8BC9C9L,0xE24BD6A5L,0UL,0x03A08492L},{4294967292UL,4294967289UL,0x26E6279DL,0xE27F4359L},{0UL,7UL,3UL,0x4732E147L},{9UL,0xD64ECAFCL,0xA459B426L,1UL},{0x464E2536L,0x9E603A07L,7UL,4294967289UL},{4294967289UL,4294967295UL,6UL,1UL},{0x787EF4D7L,0x787EF4D7L,0xE27F4359L,0x03A08492L}},{{2UL,1UL,4294967292UL,0x4732E147L},{0x4F7146E0L,0xA459B426L,2UL,0xB33500E2L},{0xB5AB3C3CL,1UL,6UL,0xC8B711D7L},{4294967295UL,4294967295UL,4294967295UL,0x9FC98202L},{1UL,0x913D021AL,0x787EF4D7L,7UL},{0x9FC98202L,0x176B996CL,9UL,0x913D021AL},{1UL,1UL,9UL,4294967295UL},{0x9FC98202L,1UL,0x787EF4D7L,1UL},{1UL,0x5EC2990FL,4294967295UL,0x464E2536L}},{{4294967295UL,0x464E2536L,6UL,0UL},{0xB5AB3C3CL,0xE24BD6A5L,2UL,0xD44838A8L},{0x4F7146E0L,0x2B66F5B8L,4294967292UL,4294967290UL},{2UL,0x86D25DB2L,0xE27F4359L,0xB34656CEL},{0xA459B426L,2UL,0x9E603A07L,9UL},{1UL,4294967287UL,0xB34656CEL,0x7133339BL},{0xB33500E2L,0xE27F4359L,1UL,0x26E6279DL},{4294967292UL,7UL,0x6E4D21DAL,0xE24BD6A5L},{0x2B66F5B8L,0UL,0x9FC98202L,1UL}},{{0UL,4294967295UL,0x4F7146E0L,0xBA8BC9C9L},{0x03A08492L,0x9FC98202L,0x20ECE371L,0x20ECE371L},{1UL,1UL,2UL,0x6E4D21DAL},{0x26E6279DL,0xBA8BC9C9L,0x8DB6D265L,0x79AC1DE3L},{0xF51FC6A9L,9UL,1UL,0x8DB6D265L},{0UL,9UL,0x7F66A125L,0x79AC1DE3L},{9UL,0xBA8BC9C9L,0UL,0x6E4D21DAL},{1UL,1UL,0UL,0x20ECE371L},{0x5EC2990FL,0x9FC98202L,0UL,0xBA8BC9C9L}},{{0x7133339BL,4294967295UL,0x913D021AL,1UL},{6UL,0UL,0xC8B711D7L,0xE24BD6A5L},{1UL,7UL,0UL,0x26E6279DL},{0xC8B711D7L,0xE27F4359L,1UL,0x7133339BL},{0xE99867B7L,4294967287UL,4294967295UL,9UL},{4294967295UL,2UL,0x03A08492L,0xB34656CEL},{0x9E603A07L,0x86D25DB2L,0xE99867B7L,4294967290UL},{0x30F8EAB6L,0x2B66F5B8L,0xE24BD6A5L,0xD44838A8L},{0x464E2536L,0xE24BD6A5L,3UL,0UL}},{{4294967290UL,0x464E2536L,1UL,0x464E2536L},{2UL,0x5EC2990FL,0x4732E147L,1UL},{0UL,1UL,0x2B66F5B8L,4294967295UL},{4294967290UL,1UL,7UL,0x913D021AL},{4294967290UL,0x176B996CL,0x2B66F5B8L,7UL},{0UL,0x913D021AL,0x4732E147L,0x9FC98202L},{2UL,4294967295UL,1UL,0xC8B711D7L},{4294967290UL,1UL,3UL,0xB33500E2L},{0x464E2536L,0xA459B426L,0xE24BD6A5L,0x4732E147L}},{{0x30F8EAB6L,1UL,0xE99867B7L,0x03A08492L},{0x9E603A07L,0x787EF4D7L,0x03A08492L,6UL},{4294967295UL,4294967295UL,0x176B996CL,0x7F66A125L},{1UL,0x44566BA5L,0xD64ECAFCL,0x4F7146E0L},{4294967290UL,0x5EC2990FL,0x913D021AL,0xE24BD6A5L},{0x464E2536L,0xD44838A8L,4294967290UL,1UL},{0x9E603A07L,0x7F66A125L,0xC8B711D7L,9UL},{0xB5AB3C3CL,0x86D25DB2L,0x5EC2990FL,0UL},{0x8DB6D265L,0x4F7146E0L,0x4F7146E0L,0x8DB6D265L}}};
    int8_t l_348 = 0xF8L;
    int8_t l_364 = 3L;
    int32_t l_472 = 0L;
    uint16_t *l_488 = &g_213;
    uint32_t l_496[1];
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_181[i] = &g_7;
    for (i = 0; i < 6; i++)
        l_187[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_496[i] = 0x9176A6F5L;
    (*l_172) &= (((safe_rshift_func_int16_t_s_s(((p_23 , &g_117) != &g_117), (safe_sub_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u(((l_165 != ((**p_26) != 1UL)) <= (l_171[1][6] = ((l_166[2][1][2] |= p_27) || (~(0x2D6C20E6L <= (safe_mod_func_int64_t_s_s(((l_166[0][5][1] = (g_170 &= p_24)) != l_165), g_7))))))), p_24)) , p_23), p_27)))) < l_165) >= (*g_158));
    --l_183;
    g_44 = &l_171[1][6];
    if ((*l_175))
    { /* block id: 57 */
        int64_t *l_198 = &g_199;
        int32_t *l_201[8] = {(void*)0,&g_3[0],(void*)0,(void*)0,&g_3[0],(void*)0,(void*)0,&g_3[0]};
        uint8_t * const l_204 = &g_12;
        uint32_t *l_207 = &g_46;
        int64_t *l_208 = &g_209;
        int64_t *l_210 = &g_211[0];
        uint16_t *l_212 = &g_213;
        uint16_t l_233 = 0x1929L;
        struct S3 l_234 = {0xBAA0D8A4525A2D44LL};
        int8_t l_299 = 0L;
        uint64_t l_300 = 0UL;
        const uint8_t l_338[2] = {0xA7L,0xA7L};
        uint16_t l_365 = 0x6BC2L;
        uint8_t l_430 = 0x4FL;
        uint8_t *l_432 = &g_12;
        uint8_t **l_431[5][9] = {{&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432},{&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432},{&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432},{&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432},{&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432,&l_432}};
        uint16_t l_440 = 0x9D3DL;
        int16_t l_447 = 0x4593L;
        int i, j;
        if (((3L || (0L && ((*l_172) = ((((safe_lshift_func_uint16_t_u_s(((*l_212) = (safe_mod_func_int64_t_s_s(((p_27 >= ((((*l_210) = ((*l_208) = (!((safe_mod_func_int32_t_s_s(((void*)0 == &g_67), ((*l_207) = (p_27 && (((safe_unary_minus_func_int64_t_s((g_200 = ((*l_198) ^= 0xD9E33FC4FF34F1A1LL)))) , l_201[5]) != ((safe_mod_func_uint8_t_u_u((((void*)0 == l_204) || (-6L)), 0xB2L)) , g_205)))))) , g_3[0])))) || (*l_172)) | g_117.f0)) , g_7), (*l_174)))), p_27)) & 0x29L) > g_105[3][4]) == p_24)))) , (**g_157)))
        { /* block id: 65 */
            const int32_t **l_214[2][7] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44}};
            const int32_t **l_215 = &g_44;
            int i, j;
            (*l_215) = (*g_43);
        }
        else
        { /* block id: 67 */
            uint8_t *l_226 = &g_12;
            uint8_t **l_225 = &l_226;
            const struct S3 *l_232 = &g_114;
            int8_t *l_235 = &l_182;
            uint32_t **l_249[9];
            int32_t l_255[6] = {0x1CC5C823L,0x1CC5C823L,0x1CC5C823L,0x1CC5C823L,0x1CC5C823L,0x1CC5C823L};
            const uint64_t l_256 = 0UL;
            int16_t *l_257 = (void*)0;
            int16_t *l_258 = &g_259;
            int16_t l_298 = 8L;
            int16_t l_341 = 0x8AABL;
            int64_t l_352 = 0x8B35C85678903708LL;
            int32_t l_371 = 0x8312E70DL;
            int i;
            for (i = 0; i < 9; i++)
                l_249[i] = &l_207;
            (*l_178) ^= (((*l_207) = ((safe_lshift_func_int8_t_s_u(((p_24 = (~(safe_mul_func_int16_t_s_s(g_67, 0x0B2EL)))) < ((void*)0 != (*g_43))), 5)) >= (safe_add_func_int8_t_s_s((safe_mod_func_int8_t_s_s(((*l_235) = (((*l_225) = &g_12) != ((((*g_158) == ((safe_unary_minus_func_int8_t_s((safe_lshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_u((((-5L) | p_27) >= ((&g_117 != l_232) != l_233)), 6)), 6)))) == p_27)) , l_234) , &g_12))), 0xE2L)), p_27)))) , 0xCF1DC495L);
            if (((*l_232) , (safe_div_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(g_102, ((*l_258) = (safe_mod_func_int32_t_s_s((&g_12 != &g_12), (safe_lshift_func_uint16_t_u_s(((g_246[1] = &g_3[0]) == (void*)0), (safe_mod_func_uint32_t_u_u((&g_46 == (g_250 = &g_46)), (safe_mod_func_uint16_t_u_u((((((safe_rshift_func_uint8_t_u_s(l_255[4], l_256)) >= 0x8F89D9CF70450DABLL) || p_23) , &l_172) == &l_201[5]), 0x13EDL))))))))))), 9)), g_105[3][4]))))
            { /* block id: 76 */
                uint64_t l_276 = 0x1CABA2B943FF87EALL;
                int64_t l_277 = 0x8A1ECCEF58C2C69ELL;
                l_277 = (safe_lshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s(g_259, (safe_add_func_uint8_t_u_u((0x85C1L > ((safe_div_func_uint16_t_u_u((((*l_235) = (safe_mul_func_int16_t_s_s(0x56AAL, l_255[1]))) , 0xE637L), (safe_add_func_uint64_t_u_u((l_232 != ((l_255[3] < ((safe_add_func_int64_t_s_s(g_12, ((((l_276 & g_46) > 1UL) < g_3[1]) > 2UL))) != (*g_250))) , (void*)0)), g_12)))) >= 1L)), 3UL)))), 7));
            }
            else
            { /* block id: 79 */
                int32_t **l_278 = &l_176;
                (*l_278) = (*p_26);
                (*l_173) |= ((0x09B088932E3E0F82LL && (((&g_113 == &g_113) <= (safe_div_func_int64_t_s_s(p_24, ((*l_198) = ((safe_div_func_int64_t_s_s(((0xF7B3L & ((*l_212)++)) < (safe_rshift_func_uint8_t_u_u((g_7 == (l_287 != g_259)), 6))), (((safe_div_func_uint16_t_u_u((0x1C71FC3AE16EAFACLL != p_24), 0x54FBL)) , (**p_26)) ^ p_23))) | l_255[4]))))) < (*g_158))) < g_211[0]);
                return &g_105[3][4];
            }
            for (g_170 = 0; (g_170 <= 5); g_170 += 1)
            { /* block id: 88 */
                int32_t l_290 = 1L;
                int32_t l_291 = 1L;
                int32_t l_292 = 0L;
                int32_t l_293 = 0xEABB476BL;
                int32_t l_294 = 0L;
                int32_t l_295 = (-6L);
                int32_t l_296 = 0x6B03F3EEL;
                int32_t l_297[1];
                int64_t **l_325 = &l_198;
                int i;
                for (i = 0; i < 1; i++)
                    l_297[i] = 0xEFF3937CL;
                ++l_300;
                (*l_173) = (~(~(safe_mod_func_int16_t_s_s((((safe_div_func_int64_t_s_s((g_211[g_170] = 0L), (+(0xD643687EL > p_23)))) && (safe_mod_func_uint8_t_u_u((safe_div_func_int64_t_s_s((safe_mul_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((-1L) == (((((safe_sub_func_int32_t_s_s((*g_44), (l_322[4][6][3] && ((safe_rshift_func_uint8_t_u_u(((*g_250) == (((((*l_325) = &g_211[4]) != &g_199) | (*g_250)) & 4L)), 1)) != g_259)))) && p_27) || (*g_250)) , 0xB9D2L) | (-7L))), 0xCEL)), p_24)), g_105[0][3])), 0x192F4315D77AFF95LL)), g_105[3][4]))) > 0x79A4L), g_170))));
            }
            for (l_300 = 0; (l_300 < 31); l_300++)
            { /* block id: 96 */
                int32_t l_349 = 5L;
                int32_t l_350 = 0xBD7198B4L;
                int32_t l_351 = 1L;
                int32_t l_353 = 0x3C02B243L;
                int32_t l_354 = (-10L);
                int32_t l_355 = 0L;
                int32_t l_356 = (-9L);
                int32_t l_357 = 0xA3923E12L;
                int32_t l_358 = 0x6AF3258EL;
                int32_t l_359 = 0xD0877100L;
                int32_t l_360 = 0x0111A024L;
                int32_t l_361 = 0xAB1AF46AL;
                int32_t l_362 = 0xA9C44CCCL;
                int32_t l_363[5][3] = {{0xDA86899AL,0xDA86899AL,0xDA86899AL},{0xEE59BCBBL,0xEE59BCBBL,0xEE59BCBBL},{0xDA86899AL,0xDA86899AL,0xDA86899AL},{0xEE59BCBBL,0xEE59BCBBL,0xEE59BCBBL},{0xDA86899AL,0xDA86899AL,0xDA86899AL}};
                const int32_t **l_370[10] = {&g_44,(void*)0,&g_44,&g_44,(void*)0,&g_44,&g_44,(void*)0,&g_44,&g_44};
                int i, j;
                (*l_172) = ((safe_sub_func_int8_t_s_s((g_170 & ((((((g_209 <= ((safe_add_func_uint32_t_u_u((safe_sub_func_int8_t_s_s(0x66L, (((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u(p_23, (((((((((l_338[1] > (0x20L && (safe_mod_func_uint64_t_u_u(l_341, (safe_add_func_uint16_t_u_u(((*l_178) != (((safe_add_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((((*l_210) = p_27) , l_348), 0x79L)), p_24)) ^ (**g_157)) != 255UL)), 0xBA93L)))))) ^ p_23) , g_105[3][4]) > p_23) < (*l_175)) != 0x9FA2L) , 0L) , (*l_175)) ^ 0x0A51L))) <= p_24), 0x6BL)) || g_102) >= l_349))), (*g_250))) , p_24)) && 1L) , p_27) || (**p_26)) , (void*)0) != &g_113)), p_27)) && g_102);
                if ((**g_157))
                    break;
                --l_365;
                (*l_180) = ((safe_lshift_func_int8_t_s_u(((*l_235) ^= ((void*)0 == l_370[5])), l_371)) >= ((*l_212) = (safe_add_func_uint16_t_u_u(((void*)0 != &g_213), (safe_add_func_uint16_t_u_u((p_24 >= (((*p_26) == (void*)0) & l_255[3])), g_7))))));
            }
        }
        if ((*l_172))
        { /* block id: 106 */
            uint64_t *l_385[2];
            int32_t l_386[3];
            const int64_t *l_429 = &g_199;
            const int64_t **l_428 = &l_429;
            uint64_t l_448[4] = {0x106B3F6C187DEDC4LL,0x106B3F6C187DEDC4LL,0x106B3F6C187DEDC4LL,0x106B3F6C187DEDC4LL};
            int i;
            for (i = 0; i < 2; i++)
                l_385[i] = (void*)0;
            for (i = 0; i < 3; i++)
                l_386[i] = 0x1ED9EC14L;
            if (((safe_sub_func_uint64_t_u_u((((safe_mul_func_uint16_t_u_u(((((safe_mul_func_uint8_t_u_u((+((p_24 || (((((safe_div_func_int32_t_s_s(((++g_390) != l_386[1]), (~(0x62E90034L != 4294967287UL)))) > ((safe_mod_func_uint32_t_u_u(((*g_250) = (safe_rshift_func_int8_t_s_s(l_386[0], (((((safe_lshift_func_uint8_t_u_s(1UL, ((~((safe_sub_func_int16_t_s_s((((safe_unary_minus_func_uint32_t_u((*g_250))) , g_105[8][4]) < ((*g_113) , p_23)), 0xA5C3L)) <= l_386[1])) , (-5L)))) | g_213) , l_234) , 1UL) , 0L)))), p_24)) , p_27)) != 5UL) <= l_386[1]) < g_67)) == p_27)), g_200)) == p_24) <= 0x266E9CD9L) < (*l_174)), 1L)) & 0x7164L) >= p_23), g_211[2])) >= l_386[2]))
            { /* block id: 109 */
                uint64_t *l_406 = &l_183;
                uint64_t **l_407 = &l_385[1];
                uint8_t ***l_433[8][2][1];
                int32_t l_434 = 0xFA067FDEL;
                const int32_t **l_435[9][9] = {{&g_44,&g_44,&g_44,&g_44,&g_44,(void*)0,(void*)0,&g_44,&g_44},{&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44},{&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,(void*)0,(void*)0},{(void*)0,(void*)0,&g_44,&g_44,&g_44,(void*)0,(void*)0,&g_44,(void*)0},{&g_44,&g_44,&g_44,&g_44,(void*)0,&g_44,&g_44,&g_44,&g_44},{(void*)0,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44},{&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44},{&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,(void*)0,&g_44,(void*)0},{&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,(void*)0,&g_44}};
                const int32_t **l_436 = &g_44;
                int i, j, k;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_433[i][j][k] = &l_431[1][2];
                    }
                }
                (*l_180) &= (((safe_sub_func_int32_t_s_s((((*l_407) = l_406) != (void*)0), ((((*g_113) , (safe_div_func_uint16_t_u_u((((((l_431[1][2] = ((safe_rshift_func_int8_t_s_u(0xEAL, ((safe_sub_func_uint8_t_u_u(((g_389 > ((*l_176) = ((((safe_div_func_uint16_t_u_u((~(*l_174)), (((*l_177) = (safe_rshift_func_int16_t_s_s((((safe_rshift_func_int8_t_s_u(((((void*)0 != g_421) , ((safe_mul_func_uint16_t_u_u(p_23, 65530UL)) , (void*)0)) == l_428), g_114.f0)) & g_209) | l_430), 14))) ^ p_23))) , 3UL) == g_211[0]) | 0x90DAD3A88D16A902LL))) , p_27), p_24)) != 0x5B03L))) , l_431[1][2])) == (void*)0) || g_259) & (**g_157)) && 0xEA7DD82D9A2191D5LL), p_24))) >= l_434) , (*g_158)))) <= g_117.f0) <= p_27);
                (*l_436) = (*g_43);
            }
            else
            { /* block id: 116 */
                int32_t l_437 = 0x4A8983D1L;
                int32_t l_438 = 1L;
                int32_t l_439[5][7][7] = {{{0xCD381465L,0xAB095452L,0xB743CB0DL,(-4L),1L,0x97ABDD65L,0x97ABDD65L},{0x6670702EL,0L,0x457B562DL,0L,0x6670702EL,0xD2CEFE99L,(-1L)},{1L,0xAB095452L,0x97ABDD65L,0x9BD6A411L,0x73BD643BL,0xCD381465L,0x73BD643BL},{0xEA05AB9BL,0L,0L,(-1L),0x61D75EE2L,1L,0xA6973961L},{1L,0x9BD6A411L,1L,(-9L),0x5C484B9CL,0x5C484B9CL,(-9L)},{0x6670702EL,0xF20DE0DEL,0x6670702EL,1L,0x6E5F3C94L,4L,0xA6973961L},{0xCD381465L,0x98EC3DA4L,0x73BD643BL,1L,0x5F294660L,1L,0x73BD643BL}},{{0x6E5F3C94L,1L,0x61D75EE2L,0x57EE092BL,0x1B01CC12L,4L,(-1L)},{(-4L),0x97ABDD65L,0x5C484B9CL,0xAB095452L,0xAB095452L,0x5C484B9CL,0x97ABDD65L},{0L,0xD2CEFE99L,0x6E5F3C94L,0x6D90ED81L,0x1B01CC12L,1L,0x6A80B70DL},{0x5C484B9CL,0xCD381465L,0x5F294660L,0x97ABDD65L,0x5F294660L,0xCD381465L,0x5C484B9CL},{0x6A80B70DL,1L,0x1B01CC12L,0x6D90ED81L,0x6E5F3C94L,0xD2CEFE99L,0L},{0x97ABDD65L,0x5C484B9CL,0xAB095452L,0xAB095452L,0x5C484B9CL,0x97ABDD65L,(-4L)},{(-1L),4L,0x1B01CC12L,0x57EE092BL,0x61D75EE2L,1L,0x6E5F3C94L}},{{0x73BD643BL,1L,0x5F294660L,1L,0x73BD643BL,0x98EC3DA4L,0xCD381465L},{0xA6973961L,4L,0x6E5F3C94L,1L,0x6670702EL,0xF20DE0DEL,0x6670702EL},{(-9L),0x5C484B9CL,0x5C484B9CL,(-9L),1L,0x9BD6A411L,1L},{0xA6973961L,1L,0x61D75EE2L,(-1L),0L,0L,0xEA05AB9BL},{0x73BD643BL,0xCD381465L,0x73BD643BL,0x9BD6A411L,0x97ABDD65L,0xAB095452L,1L},{(-1L),0xD2CEFE99L,0x6670702EL,0L,0x457B562DL,0L,0x6670702EL},{0x97ABDD65L,0x97ABDD65L,1L,(-4L),0xB743CB0DL,0xAB095452L,0xCD381465L}},{{0x6A80B70DL,1L,0L,4L,(-1L),0L,0x6E5F3C94L},{0x5C484B9CL,0x98EC3DA4L,0x97ABDD65L,0x73BD643BL,0xB743CB0DL,0x9BD6A411L,(-4L)},{0L,0xF20DE0DEL,0x457B562DL,1L,0x457B562DL,0xF20DE0DEL,0L},{0x9BD6A411L,0x98EC3DA4L,0x5F294660L,0xAB095452L,1L,0xB743CB0DL,(-9L)},{0x61D75EE2L,(-1L),0L,0L,0xEA05AB9BL,0L,1L},{(-4L),0x5C484B9CL,0x5F294660L,0x9BD6A411L,0xCD381465L,1L,1L},{(-1L),0xF20DE0DEL,0xA6973961L,0xF20DE0DEL,(-1L),0L,0x6A80B70DL}},{{0x73BD643BL,0x5C484B9CL,1L,0x98EC3DA4L,0xAB095452L,(-4L),0xAB095452L},{0x6E5F3C94L,(-1L),0xEA05AB9BL,1L,(-1L),0xD2CEFE99L,0x6670702EL},{0x73BD643BL,0x98EC3DA4L,0xCD381465L,0x97ABDD65L,(-9L),(-9L),0x97ABDD65L},{(-1L),0x57EE092BL,(-1L),0xD2CEFE99L,0x61D75EE2L,0L,0x6670702EL},{(-4L),0xB743CB0DL,0xAB095452L,0xCD381465L,1L,0xCD381465L,0xAB095452L},{0x61D75EE2L,0L,(-1L),1L,0x457B562DL,0L,0x6A80B70DL},{0x9BD6A411L,1L,(-9L),0x5C484B9CL,0x5C484B9CL,(-9L),1L}}};
                uint32_t l_444 = 0UL;
                const int32_t **l_451 = &g_44;
                int i, j, k;
                --l_440;
                ++l_444;
                ++l_448[0];
                (*l_451) = (*g_43);
            }
        }
        else
        { /* block id: 122 */
            int16_t l_470 = (-1L);
            const int16_t l_471 = 6L;
            struct S3 **l_474[6];
            struct S3 ***l_473 = &l_474[0];
            int32_t l_475[4] = {0x3590B499L,0x3590B499L,0x3590B499L,0x3590B499L};
            int i;
            for (i = 0; i < 6; i++)
                l_474[i] = &g_113;
            l_475[2] ^= (((*l_473) = (((safe_add_func_uint32_t_u_u(p_23, (safe_add_func_int64_t_s_s(((safe_sub_func_int64_t_s_s(((++(*g_250)) | (safe_div_func_uint32_t_u_u(0x775FA2CAL, (safe_rshift_func_uint16_t_u_u((((0xF49D7290193DD2ECLL && g_388) ^ 0x48E22D4D046558BDLL) != (18446744073709551611UL > (g_209 = ((*l_210) = (safe_mul_func_uint16_t_u_u(((((safe_rshift_func_uint8_t_u_u(0x8CL, (g_67 , (safe_div_func_int8_t_s_s(((l_470 != 0x0EAC763F68DB86AFLL) , l_471), (*l_173)))))) || (-7L)) , 0x7590F7FCL) ^ (**p_26)), l_471)))))), l_472))))), 0x799CEF855DCEB69DLL)) & (**p_26)), g_213)))) , p_27) , (void*)0)) == (void*)0);
        }
    }
    else
    { /* block id: 129 */
        struct S3 * const *l_490 = &g_113;
        int32_t l_495 = (-1L);
        (*l_177) = (safe_mod_func_uint64_t_u_u(((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s(g_117.f0, ((safe_lshift_func_uint16_t_u_s((safe_add_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((l_488 != &g_390), (!(((l_490 != (void*)0) , ((safe_lshift_func_int16_t_s_s(p_24, (g_102 = 0x48EAL))) & ((((*g_44) | (safe_mod_func_uint8_t_u_u(g_389, g_200))) ^ l_495) | 247UL))) | 0x6E9645E53D759B3FLL)))), 1L)), l_496[0])) | g_389))), p_24)) , l_495), p_23));
    }
    return &g_3[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_46 g_43 g_44 g_3 g_67 g_105 g_12 g_113 g_7 g_117.f0
 * writes: g_67 g_7 g_44 g_12 g_102 g_105 g_113
 */
static uint8_t  func_32(int32_t  p_33)
{ /* block id: 8 */
    int32_t *l_51 = &g_3[0];
    int8_t *l_66 = &g_67;
    int32_t l_124 = 1L;
    int32_t l_126 = 1L;
    int32_t l_127 = 0L;
    int32_t l_128 = 0x936351E3L;
    int32_t l_129 = 0x52B20C39L;
    int32_t l_130 = (-6L);
    int32_t l_133 = 0L;
    int32_t l_138[6];
    int16_t *l_148 = (void*)0;
    int16_t *l_149 = &g_102;
    int32_t *l_152 = (void*)0;
    int32_t *l_153 = &l_138[1];
    int32_t **l_154 = &l_153;
    int32_t **l_155 = &l_51;
    int i;
    for (i = 0; i < 6; i++)
        l_138[i] = (-8L);
    if ((safe_mod_func_uint32_t_u_u((((((safe_rshift_func_uint16_t_u_u(((((*l_66) = (((void*)0 != l_51) != (safe_mod_func_int16_t_s_s(((safe_sub_func_int32_t_s_s((1L & g_46), (l_51 == (void*)0))) , (safe_lshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s(((void*)0 != (*g_43)), (((safe_mod_func_int64_t_s_s((safe_mod_func_int64_t_s_s((safe_add_func_uint32_t_u_u(p_33, p_33)), p_33)), 0x662B2563844478C2LL)) || p_33) & g_3[0]))), 6))), 0xEB25L)))) < p_33) < g_3[0]), g_3[0])) == g_46) && 0x03458E53ADD1EB10LL) , p_33) | (*l_51)), 6UL)))
    { /* block id: 10 */
        uint32_t l_68 = 0x3718D273L;
        int32_t *l_69 = &g_7;
lbl_72:
        (*l_69) = (l_68 = (*g_44));
        for (g_67 = (-18); (g_67 <= (-9)); g_67++)
        { /* block id: 15 */
            const int32_t *l_73 = &g_7;
            const int32_t **l_74 = &g_44;
            if (g_46)
                goto lbl_72;
            (*l_74) = l_73;
            return g_3[1];
        }
    }
    else
    { /* block id: 20 */
        uint32_t l_90 = 8UL;
        uint8_t *l_99 = (void*)0;
        uint8_t *l_100 = &g_12;
        int16_t *l_101 = &g_102;
        int32_t *l_103 = &g_7;
        int32_t *l_104 = &g_105[3][4];
        int32_t l_125 = 0L;
        int32_t l_135 = 0xA36A7B88L;
        int32_t l_136 = 3L;
        int32_t l_137[10];
        int i;
        for (i = 0; i < 10; i++)
            l_137[i] = 0x527C6EF0L;
        (*l_104) ^= ((*l_103) = (((safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((((!(safe_div_func_uint32_t_u_u(p_33, ((safe_mul_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(((void*)0 == &l_51), g_46)), ((*l_101) = (((safe_rshift_func_uint16_t_u_s(l_90, 5)) && (safe_sub_func_int32_t_s_s(((safe_div_func_uint8_t_u_u((((((safe_add_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(0L, 4)), ((((*l_100) = (&g_44 == (void*)0)) > 1UL) || l_90))) <= g_46) , g_3[1]) ^ p_33) <= g_67), l_90)) , p_33), (*g_44)))) ^ p_33)))) && 0x2E0EFCF3BB3A51F8LL)))) == 18446744073709551609UL) & g_67), l_90)), p_33)), (*l_51))) == 1L) != g_46));
        for (g_67 = (-23); (g_67 > (-26)); --g_67)
        { /* block id: 27 */
            (*l_104) = (((&l_51 == (void*)0) != (-10L)) == 0L);
            if ((*l_104))
                break;
        }
        for (g_12 = 0; (g_12 != 10); g_12++)
        { /* block id: 33 */
            struct S3 **l_115 = &g_113;
            struct S3 *l_116 = &g_117;
            int32_t l_123 = 0x0EC5A935L;
            int32_t l_131 = 0xAEF1251FL;
            int32_t l_132 = 0xE674C9DCL;
            int32_t l_134 = 0xF99B119EL;
            l_116 = (((-9L) == (~(~4294967287UL))) , ((safe_unary_minus_func_int64_t_s(0x63853DC631A1BBCFLL)) , ((*l_115) = g_113)));
            for (g_7 = (-10); (g_7 <= 4); g_7 = safe_add_func_uint8_t_u_u(g_7, 4))
            { /* block id: 38 */
                int32_t *l_120 = &g_105[3][4];
                int32_t *l_121 = &g_105[3][4];
                int32_t *l_122[10][10][2] = {{{(void*)0,&g_7},{&g_105[4][0],&g_3[1]},{(void*)0,&g_105[3][4]},{&g_105[0][3],&g_105[0][0]},{(void*)0,&g_7},{&g_105[3][4],&g_3[0]},{&g_3[0],&g_7},{&g_105[3][4],&g_3[0]},{&g_3[0],&g_105[3][4]},{&g_3[1],&g_3[0]}},{{&g_7,(void*)0},{(void*)0,(void*)0},{&g_105[0][5],&g_105[0][5]},{&g_3[0],&g_3[0]},{&g_105[3][4],&g_3[0]},{&g_3[0],(void*)0},{(void*)0,&g_3[0]},{(void*)0,(void*)0},{(void*)0,&g_3[0]},{(void*)0,(void*)0}},{{&g_3[0],&g_3[0]},{&g_105[3][4],&g_3[0]},{&g_3[0],&g_105[0][5]},{&g_105[0][5],(void*)0},{(void*)0,(void*)0},{&g_7,&g_3[0]},{&g_3[1],&g_105[3][4]},{&g_3[0],&g_3[0]},{&g_105[3][4],&g_7},{&g_3[0],&g_3[0]}},{{&g_105[3][4],&g_7},{(void*)0,&g_105[0][0]},{&g_105[0][3],&g_105[3][4]},{(void*)0,&g_3[1]},{&g_105[4][0],&g_7},{(void*)0,(void*)0},{&g_105[6][3],&g_105[3][4]},{&g_3[0],&g_105[3][4]},{&g_7,&g_105[0][3]},{(void*)0,&g_105[4][3]}},{{(void*)0,&g_105[6][6]},{&g_3[0],&g_3[0]},{&g_3[0],&g_7},{&g_7,&g_3[1]},{&g_105[3][4],&g_3[0]},{&g_105[3][4],&g_105[3][4]},{&g_105[3][4],&g_3[0]},{&g_3[1],&g_3[0]},{&g_105[3][4],&g_105[3][4]},{&g_105[3][4],&g_3[0]}},{{&g_105[3][4],&g_3[1]},{&g_7,&g_7},{&g_3[0],&g_3[0]},{&g_3[0],&g_105[6][6]},{(void*)0,&g_105[4][3]},{&g_105[3][4],&g_105[3][4]},{(void*)0,&g_105[3][4]},{&g_7,&g_3[0]},{(void*)0,&g_105[4][0]},{&g_3[1],&g_7}},{{&g_105[3][4],&g_105[3][4]},{&g_3[0],&g_105[2][1]},{&g_105[3][4],&g_3[0]},{&g_7,&g_7},{&g_7,&g_105[0][3]},{(void*)0,&g_3[0]},{&g_105[3][4],&g_105[3][4]},{&g_105[0][3],&g_105[6][4]},{&g_7,&g_105[3][4]},{&g_7,&g_7}},{{&g_3[1],(void*)0},{&g_3[1],&g_3[1]},{&g_105[3][4],&g_3[0]},{&g_3[0],(void*)0},{&g_7,(void*)0},{(void*)0,&g_7},{(void*)0,&g_7},{(void*)0,&g_7},{(void*)0,(void*)0},{&g_7,(void*)0}},{{&g_3[0],&g_3[0]},{&g_105[3][4],&g_3[1]},{&g_3[1],(void*)0},{&g_3[1],&g_7},{&g_7,&g_105[3][4]},{&g_7,&g_105[6][4]},{&g_105[0][3],&g_105[3][4]},{&g_105[3][4],&g_3[0]},{(void*)0,&g_105[0][3]},{&g_7,&g_7}},{{&g_7,&g_3[0]},{&g_105[3][4],&g_105[2][1]},{&g_3[0],&g_105[3][4]},{&g_105[3][4],&g_7},{&g_3[1],&g_105[4][0]},{(void*)0,&g_3[0]},{&g_7,&g_105[3][4]},{(void*)0,&g_105[3][4]},{&g_105[3][4],&g_105[3][4]},{&g_105[4][0],(void*)0}}};
                uint16_t l_139[3][3][7] = {{{0UL,0UL,0UL,0UL,0UL,0UL,0UL},{65526UL,65526UL,65526UL,65526UL,65526UL,65526UL,65526UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL}},{{65526UL,65526UL,65526UL,65526UL,65526UL,65526UL,65526UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL},{65526UL,65526UL,65526UL,65526UL,65526UL,65526UL,65526UL}},{{0UL,0UL,0UL,0UL,0UL,0UL,0UL},{65526UL,65526UL,65526UL,65526UL,65526UL,65526UL,65526UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL}}};
                int i, j, k;
                l_139[2][0][0]--;
            }
            return g_117.f0;
        }
    }
    (*l_153) |= (safe_rshift_func_uint16_t_u_s((3L || (safe_mod_func_int64_t_s_s(((safe_rshift_func_int8_t_s_s((*l_51), 1)) > ((*l_149) = g_105[3][4])), (safe_rshift_func_uint8_t_u_s(((void*)0 == &l_51), 5))))), 1));
    (*l_155) = ((*l_154) = &g_7);
    return p_33;
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
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_105[i][j], "g_105[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_114.f0, "g_114.f0", print_hash_value);
    transparent_crc(g_117.f0, "g_117.f0", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_211[i], "g_211[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_213, "g_213", print_hash_value);
    transparent_crc(g_259, "g_259", print_hash_value);
    transparent_crc(g_387, "g_387", print_hash_value);
    transparent_crc(g_388, "g_388", print_hash_value);
    transparent_crc(g_389, "g_389", print_hash_value);
    transparent_crc(g_390, "g_390", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_423[i][j], "g_423[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_424, "g_424", print_hash_value);
    transparent_crc(g_425, "g_425", print_hash_value);
    transparent_crc(g_443, "g_443", print_hash_value);
    transparent_crc(g_508.f0, "g_508.f0", print_hash_value);
    transparent_crc(g_508.f1, "g_508.f1", print_hash_value);
    transparent_crc(g_508.f2, "g_508.f2", print_hash_value);
    transparent_crc(g_508.f3, "g_508.f3", print_hash_value);
    transparent_crc(g_510.f0, "g_510.f0", print_hash_value);
    transparent_crc(g_510.f1, "g_510.f1", print_hash_value);
    transparent_crc(g_510.f2, "g_510.f2", print_hash_value);
    transparent_crc(g_510.f3, "g_510.f3", print_hash_value);
    transparent_crc(g_510.f4, "g_510.f4", print_hash_value);
    transparent_crc(g_510.f5, "g_510.f5", print_hash_value);
    transparent_crc(g_510.f6, "g_510.f6", print_hash_value);
    transparent_crc(g_510.f7, "g_510.f7", print_hash_value);
    transparent_crc(g_510.f8, "g_510.f8", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 117
   depth: 1, occurrence: 2
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 10
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 2
XXX volatile bitfields defined in structs: 2
XXX structs with bitfields in the program: 2
breakdown:
   indirect level: 0, occurrence: 1
   indirect level: 1, occurrence: 1
XXX full-bitfields structs in the program: 1
breakdown:
   indirect level: 0, occurrence: 1
XXX times a bitfields struct's address is taken: 1
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 1
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 37
breakdown:
   depth: 1, occurrence: 61
   depth: 2, occurrence: 10
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 9, occurrence: 1
   depth: 12, occurrence: 1
   depth: 20, occurrence: 5
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 35, occurrence: 1
   depth: 37, occurrence: 2

XXX total number of pointers: 97

XXX times a variable address is taken: 291
XXX times a pointer is dereferenced on RHS: 49
breakdown:
   depth: 1, occurrence: 40
   depth: 2, occurrence: 9
XXX times a pointer is dereferenced on LHS: 54
breakdown:
   depth: 1, occurrence: 54
XXX times a pointer is compared with null: 15
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 2624

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 139
   level: 2, occurrence: 14
XXX number of pointers point to pointers: 38
XXX number of pointers point to scalars: 55
XXX number of pointers point to structs: 4
XXX percent of pointers has null in alias set: 22.7
XXX average alias set size: 1.26

XXX times a non-volatile is read: 313
XXX times a non-volatile is write: 141
XXX times a volatile is read: 1
XXX    times read thru a pointer: 0
XXX times a volatile is write: 1
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 11
XXX percentage of non-volatile access: 99.6

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 57
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 11
   depth: 2, occurrence: 15
   depth: 3, occurrence: 17

XXX percentage a fresh-made variable is used: 14.7
XXX percentage an existing variable is used: 85.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

