/* Csmith 2.3.0 --seed 6 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = C9A45C03 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 6 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      6
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_8 = 1L;
static int64_t g_20 = 0x75A592C6EED1E12ALL;
static int64_t g_35 = 1L;
static int64_t *g_38 = &g_35;
static int64_t **g_37[8][10][3] = {{{&g_38,&g_38,(void*)0},{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{&g_38,&g_38,(void*)0},{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38}},{{(void*)0,&g_38,&g_38},{&g_38,&g_38,&g_38},{(void*)0,&g_38,(void*)0},{&g_38,&g_38,&g_38},{&g_38,(void*)0,(void*)0},{(void*)0,&g_38,&g_38},{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{(void*)0,&g_38,&g_38},{(void*)0,(void*)0,&g_38}},{{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{&g_38,(void*)0,&g_38},{(void*)0,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,(void*)0,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38}},{{&g_38,(void*)0,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0},{&g_38,&g_38,&g_38},{&g_38,(void*)0,&g_38},{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{(void*)0,&g_38,&g_38}},{{&g_38,(void*)0,(void*)0},{&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0},{&g_38,(void*)0,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0},{(void*)0,&g_38,&g_38},{(void*)0,(void*)0,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38}},{{&g_38,&g_38,(void*)0},{&g_38,&g_38,(void*)0},{&g_38,(void*)0,&g_38},{&g_38,&g_38,(void*)0},{(void*)0,&g_38,(void*)0},{(void*)0,(void*)0,&g_38},{&g_38,&g_38,&g_38},{&g_38,(void*)0,&g_38},{&g_38,&g_38,&g_38},{&g_38,(void*)0,&g_38}},{{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0},{&g_38,(void*)0,(void*)0},{&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0},{&g_38,&g_38,(void*)0},{(void*)0,&g_38,&g_38}},{{&g_38,&g_38,&g_38},{(void*)0,&g_38,&g_38},{&g_38,&g_38,&g_38},{&g_38,&g_38,(void*)0},{(void*)0,&g_38,&g_38},{(void*)0,&g_38,&g_38},{(void*)0,&g_38,(void*)0},{&g_38,&g_38,&g_38},{(void*)0,&g_38,(void*)0},{&g_38,&g_38,&g_38}}};
static int64_t *** volatile g_36[9] = {&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1],&g_37[3][0][1]};
static uint64_t g_48 = 18446744073709551615UL;
static uint16_t g_75 = 0xCF37L;
static int16_t g_83 = 0xE4D5L;
static int32_t g_85 = 8L;
static int32_t * volatile g_84 = &g_85;/* VOLATILE GLOBAL g_84 */
static uint8_t g_91 = 4UL;
static int32_t g_99[8][10][2] = {{{0xC26CF9C7L,0x1B93FB8BL},{0xC26CF9C7L,(-2L)},{1L,0xCC76B58FL},{(-2L),1L},{(-1L),0x407285EBL},{0xE04BE07DL,1L},{1L,1L},{(-1L),1L},{1L,1L},{0xE04BE07DL,0x407285EBL}},{{(-1L),1L},{(-2L),0xCC76B58FL},{1L,(-2L)},{0xC26CF9C7L,0x1B93FB8BL},{0xC26CF9C7L,(-2L)},{1L,0xCC76B58FL},{(-2L),1L},{(-1L),0x407285EBL},{0xE04BE07DL,1L},{1L,1L}},{{(-1L),1L},{1L,1L},{0xE04BE07DL,0x407285EBL},{(-1L),1L},{(-2L),0xCC76B58FL},{1L,(-2L)},{0xC26CF9C7L,0x1B93FB8BL},{0xC26CF9C7L,(-2L)},{1L,0xCC76B58FL},{(-2L),1L}},{{(-1L),0x407285EBL},{0xE04BE07DL,1L},{1L,1L},{(-1L),1L},{1L,1L},{0xE04BE07DL,0x407285EBL},{(-1L),1L},{(-2L),0xCC76B58FL},{1L,(-2L)},{0xC26CF9C7L,0x1B93FB8BL}},{{0xC26CF9C7L,(-2L)},{1L,0xCC76B58FL},{(-2L),1L},{(-1L),0x407285EBL},{0xE04BE07DL,1L},{1L,1L},{(-1L),1L},{1L,1L},{0xE04BE07DL,0x407285EBL},{(-1L),1L}},{{(-2L),0xCC76B58FL},{1L,(-2L)},{0xC26CF9C7L,0x1B93FB8BL},{0xC26CF9C7L,(-2L)},{1L,0xCC76B58FL},{(-2L),1L},{(-1L),0x407285EBL},{0xE04BE07DL,1L},{1L,1L},{(-1L),1L}},{{1L,1L},{0xE04BE07DL,0x407285EBL},{(-1L),1L},{(-2L),0xCC76B58FL},{1L,(-2L)},{0xC26CF9C7L,0x1B93FB8BL},{0xC26CF9C7L,(-2L)},{1L,0xCC76B58FL},{(-2L),1L},{(-1L),0x407285EBL}},{{0xE04BE07DL,1L},{1L,1L},{(-1L),1L},{1L,1L},{0xE04BE07DL,0x407285EBL},{(-1L),1L},{(-2L),0xCC76B58FL},{1L,(-2L)},{0xC26CF9C7L,0x1B93FB8BL},{0xC26CF9C7L,(-2L)}}};
static int8_t * volatile g_148 = (void*)0;/* VOLATILE GLOBAL g_148 */
static const int8_t g_206[3] = {0x91L,0x91L,0x91L};
static int8_t **g_272 = (void*)0;
static int8_t ***g_271 = &g_272;
static int8_t ****g_270 = &g_271;
static int8_t **** volatile *g_269 = &g_270;
static uint16_t g_311[3][5] = {{0xFC21L,0xFC21L,0x22BDL,0xFC21L,0xFC21L},{0x5957L,0xFC21L,0x5957L,0x5957L,0xFC21L},{0xFC21L,0x5957L,0x5957L,0xFC21L,0x5957L}};
static int8_t g_339 = (-1L);
static uint8_t g_346 = 0x09L;
static uint64_t g_375 = 2UL;
static volatile int32_t g_390[4][3][4] = {{{(-9L),0x5AE20D0FL,3L,0xE3B1009DL},{3L,0xE3B1009DL,0x76BDFC17L,0xE3B1009DL},{0x389E73C5L,0x5AE20D0FL,(-2L),3L}},{{0x208D26ECL,(-2L),0xE3B1009DL,5L},{(-2L),0x389E73C5L,(-5L),(-5L)},{(-2L),(-2L),0xE3B1009DL,(-7L)}},{{0x208D26ECL,(-5L),(-2L),(-2L)},{0x389E73C5L,(-9L),0x76BDFC17L,(-2L)},{3L,(-9L),3L,(-2L)}},{{(-9L),(-5L),0x87D9368AL,(-7L)},{(-7L),(-2L),0x389E73C5L,(-5L)},{5L,0x389E73C5L,0x389E73C5L,5L}}};
static volatile int32_t *g_389 = &g_390[2][0][1];
static uint32_t g_411 = 0x8D9628E1L;
static uint32_t g_426 = 0xA29B97A5L;
static uint8_t *** volatile g_463[3] = {(void*)0,(void*)0,(void*)0};
static uint8_t *** volatile g_464 = (void*)0;/* VOLATILE GLOBAL g_464 */
static uint8_t *g_467 = (void*)0;
static uint8_t **g_466 = &g_467;
static uint8_t *** volatile g_465 = &g_466;/* VOLATILE GLOBAL g_465 */
static uint16_t **g_471 = (void*)0;
static uint16_t *** volatile g_470 = &g_471;/* VOLATILE GLOBAL g_470 */
static int32_t *g_474 = &g_8;
static int32_t ** volatile g_473[1] = {&g_474};
static int16_t g_484 = 0x8FA2L;
static int32_t ** volatile g_502 = &g_474;/* VOLATILE GLOBAL g_502 */
static int8_t g_577 = (-3L);
static int32_t g_579 = 0x7DBA6878L;
static int32_t ** volatile g_583 = &g_474;/* VOLATILE GLOBAL g_583 */
static int32_t * volatile g_609 = (void*)0;/* VOLATILE GLOBAL g_609 */
static uint32_t g_623[7] = {4294967294UL,0xA2CC6B9AL,0xA2CC6B9AL,4294967294UL,0xA2CC6B9AL,0xA2CC6B9AL,4294967294UL};
static uint32_t g_625[4][6][6] = {{{4294967290UL,0x7CDB53B7L,0x8B35E1B9L,4294967295UL,0x9569FE05L,0x8B35E1B9L},{4294967290UL,4294967289UL,4294967295UL,8UL,1UL,8UL},{0UL,4294967289UL,0UL,0x8B35E1B9L,0x9569FE05L,4294967295UL},{4294967293UL,0x7CDB53B7L,0UL,4294967293UL,4294967289UL,8UL},{8UL,4294967295UL,4294967295UL,4294967293UL,0x1092053AL,0x8B35E1B9L},{4294967293UL,0x1092053AL,0x8B35E1B9L,0x8B35E1B9L,0x1092053AL,4294967293UL}},{{0UL,4294967295UL,4294967290UL,8UL,4294967289UL,4294967293UL},{4294967290UL,0x7CDB53B7L,0x8B35E1B9L,4294967295UL,0x9569FE05L,0x8B35E1B9L},{4294967290UL,4294967289UL,4294967295UL,8UL,1UL,8UL},{0UL,4294967289UL,0UL,0x8B35E1B9L,0x9569FE05L,4294967295UL},{4294967293UL,0x7CDB53B7L,0UL,4294967293UL,4294967289UL,8UL},{8UL,4294967295UL,4294967295UL,4294967293UL,0x1092053AL,0x8B35E1B9L}},{{4294967293UL,0x1092053AL,0x8B35E1B9L,0x8B35E1B9L,0x1092053AL,4294967293UL},{0UL,4294967295UL,4294967290UL,8UL,4294967289UL,4294967293UL},{4294967290UL,0x7CDB53B7L,0x8B35E1B9L,4294967295UL,0x9569FE05L,0x8B35E1B9L},{4294967290UL,4294967289UL,4294967295UL,8UL,1UL,8UL},{0UL,4294967289UL,0UL,0x8B35E1B9L,0x9569FE05L,4294967295UL},{4294967293UL,0x7CDB53B7L,0UL,4294967293UL,4294967289UL,8UL}},{{8UL,4294967295UL,4294967295UL,4294967293UL,0x1092053AL,0x8B35E1B9L},{4294967293UL,0x1092053AL,0x8B35E1B9L,0x8B35E1B9L,0x1092053AL,4294967293UL},{0UL,4294967295UL,4294967290UL,8UL,4294967289UL,4294967293UL},{4294967290UL,0x7CDB53B7L,0x8B35E1B9L,4294967295UL,0x9569FE05L,0x8B35E1B9L},{0UL,6UL,1UL,0UL,4294967293UL,0UL},{0x9E5B6428L,6UL,0x9E5B6428L,4294967295UL,4294967290UL,1UL}}};


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int8_t  func_10(int32_t * p_11, int32_t * p_12, int32_t  p_13, int32_t * p_14, uint8_t  p_15);
static uint64_t  func_23(uint64_t  p_24, uint16_t  p_25, uint32_t  p_26, int32_t * p_27);
static uint32_t  func_29(int64_t  p_30, uint32_t  p_31, const uint64_t  p_32);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_20 g_35 g_48 g_84 g_85 g_91 g_38 g_99 g_83 g_75 g_148 g_206 g_269 g_270 g_271 g_272 g_311 g_339 g_375 g_389 g_390 g_346 g_465 g_470 g_502 g_474 g_484 g_411 g_579 g_583 g_577 g_623 g_625
 * writes: g_8 g_20 g_37 g_48 g_35 g_75 g_83 g_85 g_91 g_99 g_311 g_375 g_411 g_38 g_426 g_466 g_471 g_474 g_339 g_484 g_623 g_625
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_2 = 250UL;
    int32_t l_7[3];
    const uint32_t l_525[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
    int32_t l_578 = (-1L);
    const uint32_t l_608 = 0xB909BB94L;
    int64_t **l_614 = (void*)0;
    int i;
    for (i = 0; i < 3; i++)
        l_7[i] = 1L;
lbl_503:
    l_2++;
    for (l_2 = 27; (l_2 != 33); l_2++)
    { /* block id: 4 */
        int32_t *l_9 = &g_8;
        int64_t *l_19 = &g_20;
        int32_t l_532 = 0x215048CBL;
        uint32_t l_563 = 5UL;
        uint32_t l_605[7][7][5] = {{{0x3BC30058L,0x58A9500EL,1UL,18446744073709551615UL,0x8ED6AD76L},{0xAD4E5D19L,0xC883D79EL,18446744073709551615UL,0xC883D79EL,0xAD4E5D19L},{0x4F9CC4B9L,18446744073709551614UL,18446744073709551615UL,0x269CC057L,0xB481A26FL},{1UL,18446744073709551615UL,0x4F19FA7DL,0xB4D6888EL,1UL},{0UL,0xE3642F54L,0x3C27231EL,18446744073709551614UL,0xB481A26FL},{0x88AB8414L,0xB4D6888EL,0x58A9500EL,0UL,0xAD4E5D19L},{0xB481A26FL,0x33A34C2EL,1UL,0x6D15089FL,0x8ED6AD76L}},{{0xB26D1256L,0x375E6F16L,0x21D2689CL,18446744073709551610UL,0x638E3FEAL},{0xE27DFE5AL,8UL,1UL,0x9F353B80L,0xB28CC1BFL},{18446744073709551610UL,2UL,0xAD4E5D19L,0xFD4BDF50L,0x4F19FA7DL},{0x9F353B80L,0x922532A2L,0xAEBDF094L,18446744073709551607UL,0x76A442B4L},{0xC883D79EL,1UL,0UL,0xB28CC1BFL,0x6711498AL},{0x638E3FEAL,1UL,0x97C8F478L,18446744073709551615UL,0xED46242EL},{3UL,0x922532A2L,0x76A442B4L,2UL,0x48F2BBF0L}},{{0x375E6F16L,2UL,18446744073709551615UL,3UL,18446744073709551607UL},{1UL,8UL,0xE2BB6B85L,0xAA082343L,3UL},{0x2170EF9FL,0x375E6F16L,0x4504F7B8L,0x76A442B4L,1UL},{0xE2BB6B85L,0x33A34C2EL,0x33A34C2EL,0xE2BB6B85L,0xB26D1256L},{18446744073709551615UL,0xB4D6888EL,0UL,18446744073709551614UL,1UL},{18446744073709551615UL,0xE3642F54L,0x3BC30058L,0x0614F4F3L,0x922532A2L},{0x1D11E253L,18446744073709551615UL,18446744073709551615UL,18446744073709551614UL,0x3C27231EL}},{{0x25DA7DB1L,18446744073709551614UL,0xE27DFE5AL,0xE2BB6B85L,18446744073709551615UL},{5UL,0xC883D79EL,0x1B968095L,0x76A442B4L,0x88AB8414L},{0x21D2689CL,0x58A9500EL,0xB28CC1BFL,0xAA082343L,0x4504F7B8L},{0xB28CC1BFL,0x97C8F478L,0xED46242EL,3UL,0x9CACBBA9L},{0x922532A2L,18446744073709551614UL,1UL,2UL,18446744073709551615UL},{0x97C8F478L,0x1D11E253L,18446744073709551614UL,18446744073709551615UL,0x25DA7DB1L},{0x269CC057L,4UL,18446744073709551615UL,0xB28CC1BFL,2UL}},{{0x269CC057L,0x3C27231EL,0x8ED6AD76L,18446744073709551607UL,0x65004F06L},{0x97C8F478L,0xC03B109CL,1UL,0xFD4BDF50L,0xE2BB6B85L},{0x922532A2L,5UL,0x6711498AL,0x9F353B80L,1UL},{0xB28CC1BFL,0xED46242EL,0x25DA7DB1L,18446744073709551610UL,0xE3642F54L},{0x21D2689CL,18446744073709551607UL,0xC883D79EL,0x6D15089FL,0x6D15089FL},{5UL,0x4504F7B8L,5UL,0UL,0x4F9CC4B9L},{0x25DA7DB1L,0x76A442B4L,0x0614F4F3L,18446744073709551614UL,0x269CC057L}},{{1UL,0xB7BB66C5L,0x375E6F16L,1UL,18446744073709551614UL},{0xAD4E5D19L,0UL,0xB26D1256L,1UL,1UL},{18446744073709551615UL,0x21D2689CL,18446744073709551614UL,0x9CACBBA9L,0xC883D79EL},{18446744073709551607UL,18446744073709551615UL,0x9CACBBA9L,0xAD4E5D19L,0xB26D1256L},{0x6711498AL,1UL,0x2F77B010L,5UL,0UL},{0x8ED6AD76L,0x375E6F16L,0UL,0x4504F7B8L,18446744073709551615UL},{0x5BD3B2C6L,0x638E3FEAL,0xE3642F54L,0xC883D79EL,4UL}},{{1UL,2UL,0xC03B109CL,0xB7BB66C5L,1UL},{0xB7BB66C5L,0xB4D6888EL,18446744073709551615UL,0xFD4BDF50L,1UL},{0x9CACBBA9L,0xE2BB6B85L,18446744073709551610UL,0x4F9CC4B9L,4UL},{0xB481A26FL,0x4F9CC4B9L,0x3BC30058L,0x9F353B80L,18446744073709551615UL},{0x375E6F16L,4UL,1UL,0xAA082343L,0UL},{1UL,1UL,2UL,0xAEBDF094L,0xB26D1256L},{0x4F19FA7DL,0xAD4E5D19L,0xC883D79EL,18446744073709551615UL,0xC883D79EL}}};
        int i, j, k;
        for (g_8 = 0; g_8 < 3; g_8 += 1)
        {
            l_7[g_8] = (-3L);
        }
        (*l_9) = (g_8 | l_2);
        if ((((func_10((l_7[1] , ((+(safe_div_func_int64_t_s_s(((*l_19) |= ((*l_9) | g_8)), ((safe_sub_func_uint64_t_u_u(func_23((!3L), (&g_8 == (void*)0), func_29(g_8, ((*l_9) >= 0xB6L), g_8), l_9), (*l_9))) , l_7[0])))) , l_9)), &g_8, g_206[2], &l_7[2], l_7[2]) ^ l_2) >= l_2) > l_2))
        { /* block id: 206 */
            int16_t l_508 = 0x9221L;
            uint16_t l_509 = 0x9E75L;
            uint16_t *l_510 = &g_311[1][1];
            uint16_t ***l_524 = &g_471;
            uint32_t *l_526 = &g_426;
            int32_t l_527 = 0L;
            uint64_t *l_528 = &g_375;
            uint8_t l_534 = 9UL;
            int32_t l_575 = 0L;
            int32_t l_580 = 0L;
            int32_t l_581 = (-1L);
            int8_t *l_591 = &g_339;
            uint32_t **l_596 = &l_526;
            uint8_t *l_606 = (void*)0;
            uint8_t *l_607 = &g_91;
            for (g_35 = 0; (g_35 == 27); g_35++)
            { /* block id: 209 */
                int32_t *l_497 = &g_8;
                int32_t **l_498 = (void*)0;
                int32_t **l_499 = (void*)0;
                int32_t **l_500 = (void*)0;
                int32_t **l_501 = &l_9;
                (*g_502) = ((*l_501) = l_497);
                if (g_83)
                    goto lbl_503;
                l_9 = l_9;
                (*l_9) = 1L;
            }
            if (((safe_add_func_int16_t_s_s((safe_div_func_uint64_t_u_u((l_508 || ((*l_510) |= l_509)), (-1L))), (safe_sub_func_uint64_t_u_u(((*l_528) |= (1UL > ((safe_mod_func_int16_t_s_s((((*l_9) || ((*l_526) = (((safe_unary_minus_func_int8_t_s(((safe_rshift_func_uint8_t_u_s(((safe_add_func_int8_t_s_s((((g_8 , ((0UL < ((safe_rshift_func_int8_t_s_s((-1L), 0)) >= (l_524 != &g_471))) , 0xE9C3EB5C79E4853ELL)) != (*l_9)) > (*l_9)), 9L)) <= l_7[1]), 5)) && l_7[1]))) , l_525[0]) <= 1L))) , (*l_9)), g_206[2])) < l_527))), 1L)))) | (**g_502)))
            { /* block id: 219 */
                int32_t *l_529 = (void*)0;
                int32_t *l_530 = &l_7[0];
                int32_t *l_531[2][4][6] = {{{&g_8,&g_99[3][6][0],&g_99[4][0][0],(void*)0,&g_85,&g_8},{(void*)0,&g_85,&g_99[7][2][1],&g_85,(void*)0,(void*)0},{&g_99[4][0][0],&g_8,&g_8,&g_8,&g_99[7][2][1],&g_8},{&g_8,&g_99[0][9][0],(void*)0,&g_8,(void*)0,&g_8}},{{(void*)0,&g_8,&g_8,&g_8,&g_8,(void*)0},{(void*)0,(void*)0,&g_99[7][2][1],&g_85,&g_99[4][0][0],&g_8},{(void*)0,(void*)0,&g_99[4][0][0],&g_85,&g_99[3][6][0],&g_99[3][0][0]},{(void*)0,&g_8,&g_85,&g_85,&g_85,&g_8}}};
                int32_t l_533 = 0x3251A9BEL;
                int8_t *l_574 = &g_339;
                int8_t *l_576[8] = {&g_577,&g_577,&g_577,&g_577,&g_577,&g_577,&g_577,&g_577};
                int i, j, k;
                l_534--;
                g_85 ^= (l_532 &= (l_581 = (safe_sub_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s((l_580 = ((((safe_lshift_func_int8_t_s_s((l_578 &= (((((*l_9) && (safe_add_func_uint16_t_u_u((safe_div_func_int64_t_s_s((*l_9), (safe_add_func_int32_t_s_s((*l_530), (l_508 | ((((l_575 = (safe_lshift_func_uint16_t_u_u((g_75 &= ((*l_510)++)), (((*l_574) = (((safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((safe_mod_func_int8_t_s_s((safe_sub_func_int64_t_s_s((*l_9), (0UL < (l_563 , (safe_lshift_func_uint8_t_u_s(0x6CL, 3)))))), ((safe_add_func_int16_t_s_s((safe_sub_func_int8_t_s_s(((safe_add_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((l_534 && 4294967295UL), l_527)), g_375)) == g_99[7][4][0]), 1L)), l_534)) | g_339))) , g_339), 0x4F7FL)), 0UL)), 0L)) < l_7[0]) && (*g_38))) , 6UL)))) <= g_484) == (*l_9)) < l_525[1])))))), g_375))) , g_411) >= 0x467F0B249E15DBBELL) ^ (*l_9))), g_579)) , (*g_389)) , l_578) >= (*l_9))), 4)) < (*l_530)), 0xCAL))));
                if (g_346)
                    goto lbl_503;
            }
            else
            { /* block id: 231 */
                int32_t *l_582 = &g_85;
                (*g_583) = l_582;
                return l_578;
            }
            if ((*g_84))
                break;
            l_532 ^= ((*l_9) = (+((((*l_528)--) > (safe_lshift_func_uint16_t_u_u(((l_7[0] = ((safe_add_func_int32_t_s_s((((*l_591) = l_534) >= 0xA0L), (*l_9))) <= ((safe_mod_func_uint32_t_u_u(((safe_div_func_int64_t_s_s((((((*l_19) = ((((*l_596) = &g_426) == (void*)0) > ((g_484 ^= (safe_lshift_func_uint16_t_u_s(0UL, (safe_unary_minus_func_uint64_t_u(g_346))))) == (!(safe_lshift_func_uint8_t_u_s((safe_rshift_func_uint8_t_u_u(((*l_607) = l_605[1][1][0]), l_525[0])), 1)))))) && l_581) && 1L) & g_577), 0x71A2E6565316E3C0LL)) ^ l_508), 0x0D12432AL)) != (*l_9)))) <= l_608), l_575))) | l_575)));
        }
        else
        { /* block id: 245 */
            int64_t **l_612[9];
            int64_t ***l_613 = &l_612[1];
            int32_t l_620 = (-1L);
            uint32_t *l_621 = &g_426;
            uint32_t *l_622 = &g_623[2];
            uint32_t *l_624 = &g_625[2][2][0];
            int i;
            for (i = 0; i < 9; i++)
                l_612[i] = &g_38;
            (*g_474) = (((safe_mod_func_int32_t_s_s(((l_614 = ((*l_613) = l_612[1])) != &l_19), (*g_84))) <= (~(safe_sub_func_uint32_t_u_u((4294967295UL == ((*l_624) &= ((*l_622) ^= ((*l_621) = ((safe_mod_func_int64_t_s_s((l_620 || (0x3FL || 0L)), 0xB5369158A8A831D3LL)) || ((l_620 , &g_48) != &g_48)))))), 1L)))) ^ l_620);
            if ((*g_84))
                continue;
        }
    }
    return l_525[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_84 g_85 g_465 g_470 g_426 g_99
 * writes: g_466 g_471 g_426
 */
static int8_t  func_10(int32_t * p_11, int32_t * p_12, int32_t  p_13, int32_t * p_14, uint8_t  p_15)
{ /* block id: 191 */
    uint8_t **l_462 = (void*)0;
    uint16_t *l_469 = &g_311[0][4];
    uint16_t **l_468 = &l_469;
    int32_t *l_472 = &g_99[6][2][1];
    int32_t l_482 = 0x78876D1CL;
    int32_t l_490 = 1L;
    if ((*g_84))
    { /* block id: 192 */
        int32_t **l_475 = &l_472;
        (*p_14) ^= (((&g_91 == &g_346) , (safe_mod_func_int64_t_s_s((p_13 , p_15), p_15))) && 0xEDD2L);
        (*g_465) = l_462;
        (*g_470) = l_468;
        (*l_475) = l_472;
    }
    else
    { /* block id: 197 */
        int32_t l_483 = 0xC6B851FFL;
        int32_t l_485 = 6L;
        int32_t l_486 = (-1L);
        int32_t l_487 = 0x4CE9CE2CL;
        int32_t l_488 = 0x0747FF8FL;
        int32_t l_489 = 0x2502A17EL;
        int32_t l_491[5][10] = {{1L,0x5A2FAA2DL,0x99A1CBDCL,0x99A1CBDCL,0x5A2FAA2DL,1L,0x00327B80L,0x3E6DC03AL,0x3071D635L,0x6274F636L},{1L,0x00327B80L,0x3E6DC03AL,0x3071D635L,0x6274F636L,1L,1L,0x4137EC87L,(-1L),0xB49233D2L},{1L,1L,0x4137EC87L,(-1L),0xB49233D2L,1L,0xB49233D2L,(-1L),0x4137EC87L,1L},{1L,0xB49233D2L,(-1L),0x4137EC87L,1L,1L,0x6274F636L,0x3071D635L,0x3E6DC03AL,0x00327B80L},{1L,0x6274F636L,0x3071D635L,0x3E6DC03AL,0x00327B80L,1L,0x5A2FAA2DL,0x99A1CBDCL,0x99A1CBDCL,0x5A2FAA2DL}};
        int i, j;
        for (g_426 = (-28); (g_426 >= 36); g_426 = safe_add_func_int64_t_s_s(g_426, 7))
        { /* block id: 200 */
            int32_t *l_478 = &g_85;
            int32_t *l_479 = &g_85;
            int32_t *l_480 = &g_99[4][2][0];
            int32_t *l_481[5][8][1] = {{{&g_8},{(void*)0},{&g_85},{&g_85},{&g_8},{&g_8},{&g_8},{&g_85}},{{&g_85},{(void*)0},{&g_8},{(void*)0},{&g_85},{&g_85},{&g_8},{&g_85}},{{&g_8},{&g_85},{&g_8},{&g_8},{&g_85},{&g_8},{&g_8},{&g_85}},{{&g_8},{&g_85},{&g_8},{&g_85},{&g_8},{&g_8},{&g_85},{&g_8}},{{&g_8},{&g_85},{&g_8},{&g_85},{&g_8},{&g_85},{&g_8},{&g_8}}};
            uint16_t l_492 = 65526UL;
            int i, j, k;
            l_492--;
        }
        return l_487;
    }
    return (*l_472);
}


/* ------------------------------------------ */
/* 
 * reads : g_91 g_311 g_85 g_84 g_339 g_99 g_375 g_389 g_8 g_38 g_35 g_48 g_390 g_206 g_75 g_346
 * writes: g_91 g_48 g_83 g_85 g_375 g_311 g_411 g_38 g_35 g_426 g_75
 */
static uint64_t  func_23(uint64_t  p_24, uint16_t  p_25, uint32_t  p_26, int32_t * p_27)
{ /* block id: 142 */
    int8_t *l_340[1][3][5] = {{{&g_339,&g_339,&g_339,&g_339,&g_339},{&g_339,&g_339,&g_339,&g_339,&g_339},{&g_339,&g_339,&g_339,&g_339,&g_339}}};
    int8_t *l_341 = &g_339;
    int32_t l_347[8][5] = {{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L},{0L,0x3C05EEF4L,0x919D20F8L,0x919D20F8L,0x3C05EEF4L}};
    int32_t l_349 = 1L;
    uint64_t l_350 = 4UL;
    uint64_t l_352 = 0xB87F0C31D8D4A980LL;
    uint16_t l_354 = 0xBAE5L;
    int32_t l_356 = 0xE1D4F1E7L;
    uint64_t *l_394 = &g_375;
    int32_t *l_395 = &l_347[3][0];
    const uint32_t l_396[4][5] = {{0UL,0UL,0UL,0UL,0UL},{0x27660146L,0x27660146L,0x27660146L,0x27660146L,0x27660146L},{0UL,0UL,0UL,0UL,0UL},{0x27660146L,0x27660146L,0x27660146L,0x27660146L,0x27660146L}};
    uint16_t *l_399 = &g_311[2][1];
    const int64_t *l_429 = &g_35;
    const int64_t **l_428[1];
    int32_t *l_447 = &g_99[7][2][1];
    int32_t *l_448 = &l_349;
    int32_t *l_449 = &g_99[7][2][1];
    int32_t *l_450 = &g_99[3][4][0];
    int32_t *l_451 = &g_99[2][7][0];
    int32_t *l_452 = &g_85;
    int32_t *l_453[7] = {&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1]};
    int16_t l_454 = 0L;
    int16_t l_455 = (-10L);
    int16_t l_456 = 0x8D52L;
    uint32_t l_457 = 4294967288UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_428[i] = &l_429;
    for (g_91 = 0; (g_91 >= 17); g_91 = safe_add_func_uint64_t_u_u(g_91, 3))
    { /* block id: 145 */
        int8_t *l_338 = &g_339;
        int32_t l_344 = 0xD49A363CL;
        uint8_t *l_345[8] = {&g_91,(void*)0,&g_91,(void*)0,&g_91,(void*)0,&g_91,(void*)0};
        uint64_t *l_348 = &g_48;
        int32_t l_351 = 0x4B1737E8L;
        int16_t *l_353[4];
        int32_t *l_355[2];
        int64_t * const *l_374 = (void*)0;
        int i;
        for (i = 0; i < 4; i++)
            l_353[i] = &g_83;
        for (i = 0; i < 2; i++)
            l_355[i] = &g_99[5][0][1];
        for (p_26 = 0; (p_26 != 18); p_26 = safe_add_func_int32_t_s_s(p_26, 2))
        { /* block id: 148 */
            return p_25;
        }
        l_356 = ((*g_84) = (((l_354 &= (g_83 = (((l_350 = (safe_mod_func_int16_t_s_s(((safe_div_func_int64_t_s_s(p_25, p_25)) | (safe_rshift_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((l_349 = (p_24 <= (((l_340[0][1][4] = l_338) == (l_341 = l_341)) < (((*l_348) = (249UL >= ((l_347[5][3] = (l_344 = (((safe_rshift_func_uint8_t_u_s(249UL, 7)) & (-1L)) <= 7UL))) <= 255UL))) , 0UL)))), g_311[1][0])), 6))), g_85))) > l_351) , l_352))) , l_344) ^ (-5L)));
        g_375 |= (safe_add_func_uint8_t_u_u((g_91 , (safe_rshift_func_uint8_t_u_s((l_349 &= (((l_356 = (!(safe_lshift_func_int16_t_s_u((p_24 , g_85), (safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_s(0UL, (safe_rshift_func_int16_t_s_u(((l_353[3] == &g_311[1][0]) != ((safe_lshift_func_int16_t_s_u((g_339 >= l_347[5][3]), 10)) | (((l_347[5][3] || l_350) , l_374) == (void*)0))), g_99[7][2][1])))) ^ g_91), g_311[1][0])), p_26)))))) > p_25) , p_25)), 6))), p_25));
    }
    (*l_395) = ((safe_mul_func_uint8_t_u_u(p_24, (((((safe_lshift_func_uint8_t_u_u(255UL, (l_350 , 250UL))) > (safe_mod_func_uint64_t_u_u(((*l_394) = (safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(((~(safe_mul_func_int8_t_s_s(((((g_84 != g_389) , (safe_mul_func_uint16_t_u_u((l_352 && l_356), (((((+((((g_8 != p_25) == 0xB2L) < 0x9AE420300EDCB54ELL) , p_24)) & 0x89BE4ABEL) >= p_24) , (*g_38)) != (*g_38))))) || 0x7417FCE8L) ^ p_25), p_24))) < l_347[5][2]), 4)), p_26))), 0x8C4B0115795398D7LL))) || l_352) , p_26) , p_25))) , l_347[7][0]);
    if (((l_396[2][1] | ((*l_395) , (safe_lshift_func_int16_t_s_u(((((*g_84) | ((1UL & ((*l_399) = (*l_395))) , (((((*l_394) = (((~(*l_395)) > (safe_div_func_uint64_t_u_u((*l_395), (safe_rshift_func_uint8_t_u_u(g_311[1][0], 5))))) <= ((safe_lshift_func_int16_t_s_u((*l_395), 13)) & (-9L)))) > (*l_395)) || g_91) | g_99[3][2][1]))) , (*l_395)) ^ (-1L)), g_48)))) , (*g_84)))
    { /* block id: 170 */
        int32_t **l_407 = &l_395;
        (*l_407) = p_27;
    }
    else
    { /* block id: 172 */
        uint32_t *l_410 = &g_411;
        int64_t *l_414 = &g_35;
        int64_t **l_415 = &g_38;
        int32_t l_420 = 0x3DDF13AAL;
        uint32_t *l_425 = &g_426;
        int32_t l_427 = 0xABCDA5AEL;
        uint8_t *l_445 = &g_91;
        uint16_t *l_446 = &g_75;
        l_427 = ((safe_div_func_uint8_t_u_u(((((*l_410) = p_24) , (l_420 = ((safe_sub_func_uint64_t_u_u((((((*l_415) = l_414) != (void*)0) || ((*l_399) = (((*l_395) &= (safe_sub_func_uint32_t_u_u(((*l_425) = ((((((*l_414) = p_25) != (0x4265L >= l_420)) | 0L) & (safe_mod_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u(4294967295UL, (((((g_99[7][2][1] != p_25) < l_420) | g_390[2][0][1]) ^ 0x1E4A1E35L) || 0x1F21L))), 0xD0L))) != 0xF0C9L)), g_99[7][2][1]))) ^ 0xDCD7L))) <= g_375), p_26)) || 0x862E5233B3F651F1LL))) || (*l_395)), p_25)) ^ 1UL);
        (*l_395) = (((((l_428[0] != (void*)0) != ((safe_add_func_int32_t_s_s((safe_mod_func_uint16_t_u_u(((*l_446) ^= ((g_8 | (safe_div_func_int64_t_s_s((!g_206[2]), ((((((*l_445) ^= ((((l_427 = ((safe_mul_func_uint8_t_u_u((((*g_38) = (safe_add_func_uint16_t_u_u(((((l_420 = ((safe_lshift_func_int8_t_s_s(((safe_div_func_uint32_t_u_u(0UL, 9L)) && 0x76D4L), 4)) || ((g_375 & ((p_24 = (0L || 0xE3838A26L)) & 0x4C023EC201F33C58LL)) >= 0x8C44B7F7L))) ^ p_26) <= (*g_38)) ^ g_375), g_339))) <= l_427), (*l_395))) >= (*p_27))) || 0xC0L) & 6L) , g_311[1][0])) < 0xF3L) | p_26) | 0x77B2ADA2L) || 0x641AAD813F8EBF98LL)))) != (*p_27))), g_346)), (*g_84))) > (*l_395))) , l_446) != &g_83) , (*l_395));
    }
    l_457--;
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_35 g_48 g_84 g_85 g_91 g_38 g_99 g_83 g_75 g_148 g_206 g_269 g_270 g_271 g_272 g_311
 * writes: g_37 g_48 g_35 g_75 g_83 g_85 g_91 g_99 g_311
 */
static uint32_t  func_29(int64_t  p_30, uint32_t  p_31, const uint64_t  p_32)
{ /* block id: 8 */
    int64_t *l_34 = &g_35;
    int64_t **l_33 = &l_34;
    int32_t l_44 = 0x8A514227L;
    int32_t l_96 = 0xDECA365BL;
    int16_t *l_101 = (void*)0;
    int32_t l_107 = 0x171BA0D8L;
    int32_t l_108 = (-1L);
    int32_t l_109 = (-1L);
    int32_t l_110 = 0x45427DA8L;
    int32_t l_111 = (-7L);
    int32_t l_112 = 0x172592CBL;
    int32_t l_113 = (-1L);
    int32_t l_114[6][6] = {{(-1L),(-1L),0x3D1CE2E0L,0xF0AF6214L,0xD123FB11L,0xF0AF6214L},{8L,(-1L),8L,0x3F78960EL,0x3D1CE2E0L,0x3D1CE2E0L},{0x00369CA9L,8L,8L,0x00369CA9L,(-1L),0xF0AF6214L},{0xF0AF6214L,0x00369CA9L,0x3D1CE2E0L,0x00369CA9L,0xF0AF6214L,0x3F78960EL},{0x00369CA9L,0xF0AF6214L,0x3F78960EL,0x3F78960EL,0xF0AF6214L,0x00369CA9L},{8L,0x00369CA9L,(-1L),0xF0AF6214L,(-1L),0x00369CA9L}};
    int8_t l_115 = 0xC4L;
    int64_t l_119 = 0xC70B2367802F3114LL;
    uint8_t l_120 = 246UL;
    int8_t l_136 = 3L;
    const int32_t l_152 = (-1L);
    uint64_t l_183 = 0x66A50092697A2408LL;
    const int8_t *l_205 = &g_206[2];
    const int8_t **l_204[5] = {&l_205,&l_205,&l_205,&l_205,&l_205};
    const int8_t ***l_203 = &l_204[2];
    const int8_t ****l_202 = &l_203;
    uint64_t l_253 = 0x333EA55186942E31LL;
    int32_t *l_259 = &l_107;
    int32_t *l_260[8] = {&g_99[1][9][0],&g_99[1][9][0],&g_99[1][9][0],&g_99[1][9][0],&g_99[1][9][0],&g_99[1][9][0],&g_99[1][9][0],&g_99[1][9][0]};
    uint64_t l_261[2];
    uint8_t l_321 = 0x34L;
    int i, j;
    for (i = 0; i < 2; i++)
        l_261[i] = 0x4B3D6CBAA1622A05LL;
    if (g_8)
    { /* block id: 9 */
        int64_t ***l_39 = &g_37[3][0][1];
        (*l_39) = l_33;
        return p_32;
    }
    else
    { /* block id: 12 */
        int8_t l_42 = 1L;
        int64_t **l_43 = &g_38;
        uint64_t *l_46 = (void*)0;
        uint64_t *l_47 = &g_48;
        int32_t *l_102 = &l_44;
        int32_t *l_103 = &g_99[7][2][1];
        int32_t *l_104 = &l_44;
        int32_t *l_105 = (void*)0;
        int32_t *l_106[9] = {&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1],&g_99[7][2][1]};
        int64_t l_116 = 0x73EB7B0691E2C180LL;
        int64_t l_117 = 0xD32D898F860EB3D4LL;
        int32_t l_118 = 0x91C9919DL;
        uint64_t **l_127 = &l_47;
        int i;
        if ((((safe_add_func_uint64_t_u_u(g_8, ((*l_47) = (((((l_42 > (l_43 != l_43)) , (l_44 & 0x4FB6L)) || (safe_unary_minus_func_int32_t_s((g_8 < g_35)))) , &p_30) != &p_30)))) , 0x88B9L) < 0L))
        { /* block id: 14 */
            int32_t l_61 = 6L;
            if (((0x77771FDA6603FA8BLL == p_32) , ((safe_add_func_int32_t_s_s((safe_add_func_int32_t_s_s(((+((safe_lshift_func_int8_t_s_u(p_32, 0)) != p_30)) && (safe_sub_func_int64_t_s_s((g_35 , (safe_lshift_func_uint8_t_u_u(((!l_61) , (((**l_33) = p_32) | g_48)), l_42))), p_31))), 1UL)), l_44)) > g_8)))
            { /* block id: 16 */
                uint64_t **l_73 = &l_47;
                uint16_t *l_74[1][7][4] = {{{&g_75,&g_75,&g_75,&g_75},{&g_75,&g_75,&g_75,&g_75},{&g_75,&g_75,&g_75,&g_75},{&g_75,&g_75,&g_75,&g_75},{&g_75,&g_75,&g_75,&g_75},{&g_75,&g_75,&g_75,(void*)0},{&g_75,&g_75,&g_75,&g_75}}};
                int8_t *l_76 = (void*)0;
                int8_t *l_77 = &l_42;
                const int32_t l_80 = 0xF3FD26F3L;
                int16_t *l_81 = (void*)0;
                int16_t *l_82 = &g_83;
                int i, j, k;
                (*g_84) |= ((safe_rshift_func_int16_t_s_u(((*l_82) = (safe_mul_func_uint16_t_u_u((((g_35 <= l_61) != ((p_31 != (safe_add_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_unary_minus_func_uint64_t_u((((((*l_73) = &g_48) == &g_48) <= ((((g_75 = g_8) <= (((*l_77) |= 0L) , ((safe_sub_func_int16_t_s_s(0x7A07L, 0x9FA0L)) & 0xEDB9D72FAF72239DLL))) == p_31) == l_80)) == g_48))), g_35)), g_8))) == l_61)) || p_32), p_32))), 1)) || 65529UL);
                return l_61;
            }
            else
            { /* block id: 23 */
                int32_t *l_86 = &l_44;
                int32_t *l_87 = &l_44;
                int32_t *l_88 = &l_44;
                int32_t *l_89 = (void*)0;
                int32_t *l_90 = &g_85;
                ++g_91;
            }
        }
        else
        { /* block id: 26 */
            int16_t * const l_94 = &g_83;
            uint16_t *l_95[6] = {&g_75,&g_75,&g_75,&g_75,&g_75,&g_75};
            int32_t l_97 = 1L;
            int32_t *l_98 = &g_99[7][2][1];
            int i;
            (*l_98) &= ((l_42 < 1L) ^ ((((((*l_33) == &p_30) , ((l_44 = (l_94 != &g_83)) >= (((l_96 && (-4L)) >= (18446744073709551610UL > 1L)) && g_91))) || (*g_84)) != (*g_38)) && l_97));
        }
        (*l_102) = (safe_unary_minus_func_int8_t_s(((p_31 || g_91) > ((void*)0 != l_101))));
        ++l_120;
        if (((*l_104) = (((((safe_rshift_func_uint8_t_u_s(l_113, (((g_99[6][7][0] , ((((*l_127) = l_34) != &p_32) & g_99[7][2][1])) >= 0L) && (*l_104)))) & ((safe_add_func_uint32_t_u_u((((safe_rshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(0x74L, p_32)), g_83)), p_30)) && g_83) != g_8), g_99[7][2][1])) & (*l_104))) == 1L) >= l_136) >= g_83)))
        { /* block id: 34 */
            int64_t l_140 = (-9L);
            int32_t l_149 = 0xCEB2B01DL;
            int8_t *l_153 = &l_115;
lbl_175:
            l_149 = (safe_sub_func_int16_t_s_s((safe_unary_minus_func_int8_t_s(((l_140 < (((((0xA001F272L | (safe_mul_func_int16_t_s_s((!((g_83 = ((l_140 != g_75) , ((safe_sub_func_int64_t_s_s((safe_mod_func_int16_t_s_s(((void*)0 != g_148), l_140)), g_8)) <= (p_31 != 0xC5E4E9FEB1DF3346LL)))) || 0xB0BAL)), 0UL))) || 0x01E4ACED059BEA66LL) ^ l_115) < p_32) || (*l_104))) , l_44))), g_99[7][2][1]));
            for (l_108 = 3; (l_108 <= 8); l_108 += 1)
            { /* block id: 39 */
                int8_t **l_154 = &l_153;
                int32_t l_173 = 0x99EAB1E0L;
                uint8_t *l_174 = &l_120;
                int i;
                (*g_84) = ((safe_mod_func_uint32_t_u_u(((l_152 , g_148) == (l_44 , ((*l_154) = l_153))), (((void*)0 != &p_32) , (safe_mod_func_int64_t_s_s((safe_mod_func_int16_t_s_s(((safe_div_func_int64_t_s_s((safe_sub_func_int16_t_s_s((((safe_rshift_func_uint8_t_u_u((l_149 | ((safe_rshift_func_int16_t_s_u(g_75, (safe_add_func_uint64_t_u_u(((*l_47) |= (((((safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(0xC7L, 3)), g_99[4][4][1])) , (*l_103)) > 0x04A7L) | g_99[7][2][1]) , 0xC502046553A16C33LL)), 6L)))) < g_75)), 1)) < 18446744073709551608UL) | 0xFD064CE6463C702ALL), l_140)), l_173)) < l_109), p_32)), l_140))))) != l_140);
                (*l_103) = (((*l_174) &= g_83) , (-7L));
                l_114[4][4] = (*g_84);
            }
            if (l_44)
                goto lbl_175;
        }
        else
        { /* block id: 48 */
            int8_t l_178 = 0x6CL;
            int32_t l_179 = 7L;
            int32_t l_182 = 0L;
            int8_t *l_194 = &l_178;
            int8_t **l_193[4][5] = {{&l_194,&l_194,&l_194,&l_194,&l_194},{&l_194,&l_194,&l_194,&l_194,&l_194},{&l_194,&l_194,&l_194,&l_194,&l_194},{&l_194,&l_194,&l_194,&l_194,&l_194}};
            int8_t ***l_192 = &l_193[1][4];
            uint16_t *l_215 = (void*)0;
            int32_t l_250 = (-1L);
            int i, j;
            for (g_83 = 0; (g_83 < (-8)); --g_83)
            { /* block id: 51 */
                return p_30;
            }
            if ((*g_84))
            { /* block id: 54 */
                int32_t l_180 = 8L;
                int32_t l_181 = 0x74DD7B4EL;
                int8_t ***l_187 = (void*)0;
                int8_t ****l_186 = &l_187;
                int8_t *l_191 = (void*)0;
                int8_t **l_190 = &l_191;
                int8_t ***l_189 = &l_190;
                int8_t ****l_188[8] = {(void*)0,&l_189,(void*)0,(void*)0,&l_189,(void*)0,(void*)0,&l_189};
                int i;
                --l_183;
                l_192 = ((*l_186) = (void*)0);
                return p_31;
            }
            else
            { /* block id: 59 */
                int8_t ****l_208 = &l_192;
                int8_t *****l_207 = &l_208;
                const uint16_t *l_214 = &g_75;
                uint16_t **l_216 = &l_215;
                uint8_t *l_217 = &l_120;
                uint16_t *l_241 = (void*)0;
                uint16_t *l_242[9][2] = {{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75},{&g_75,&g_75}};
                int32_t l_243 = 0x7FB43F38L;
                int8_t l_248 = (-8L);
                int64_t *l_249 = &l_117;
                int i, j;
                (*l_102) |= ((safe_sub_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u((((*l_194) = 0xB5L) , (safe_unary_minus_func_uint16_t_u(0x367EL))), 0x10L)), ((safe_add_func_uint16_t_u_u((((l_202 = (void*)0) == ((*l_207) = (void*)0)) | g_99[7][2][1]), ((safe_mod_func_uint8_t_u_u(((*l_217) = (!(g_91 |= (safe_mul_func_uint16_t_u_u(((l_214 != ((*l_216) = l_215)) != p_32), g_8))))), g_83)) <= (*g_84)))) , 0x7A1DF521F7151830LL))) < 8UL);
                (*l_103) = p_30;
                l_250 |= ((safe_div_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s((safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((((*l_249) ^= (safe_lshift_func_uint16_t_u_s((l_179 | (0x0A03L > (((*l_103) != (safe_mul_func_int16_t_s_s(((((~(g_91 & (safe_mod_func_int32_t_s_s(((safe_mul_func_int8_t_s_s((((void*)0 == &l_215) <= (safe_mod_func_int32_t_s_s(((safe_lshift_func_int8_t_s_u(((((l_114[3][3] &= (((safe_rshift_func_int8_t_s_u(((l_243 = (l_44 = 0x8656L)) > (((safe_mul_func_int16_t_s_s((safe_add_func_uint16_t_u_u((g_206[2] , g_35), g_99[0][6][0])), 9UL)) , l_96) , l_248)), 0)) < 0x46L) | 0x9703B165L)) | 7UL) <= 0xBCFAL) <= 65535UL), p_30)) > 0x2BF0E48CL), 4294967295UL))), g_99[7][2][1])) , l_248), 0x4F0C02D7L)))) ^ 2UL) ^ p_30) < (*l_103)), g_99[0][3][0]))) , g_91))), l_179))) >= g_206[0]), g_206[2])) , l_114[4][4]), 0x6BL)), 2)) <= (-1L)), l_182)) != 8UL);
            }
            for (l_113 = (-24); (l_113 <= (-27)); l_113 = safe_sub_func_int8_t_s_s(l_113, 5))
            { /* block id: 76 */
                if (p_32)
                    break;
                l_253++;
                return p_31;
            }
        }
    }
lbl_322:
    for (l_113 = (-12); (l_113 <= (-15)); --l_113)
    { /* block id: 85 */
        int32_t *l_258[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        (*g_84) = (-8L);
    }
    if ((l_261[0] = ((*g_84) = ((*l_259) = p_30))))
    { /* block id: 91 */
        int64_t l_265 = 0x4BA3209B4CA96602LL;
        int8_t * const l_290 = &l_115;
        int32_t l_291 = 0xBB2A901AL;
        for (l_120 = 0; (l_120 <= 7); l_120 += 1)
        { /* block id: 94 */
            int32_t l_287[5] = {(-9L),(-9L),(-9L),(-9L),(-9L)};
            int i;
            (*l_259) &= 0xB0A29E18L;
            if (((safe_unary_minus_func_int16_t_s(0x96F7L)) < (-10L)))
            { /* block id: 96 */
                uint64_t l_266 = 0xD1853BCCBEA5B0A0LL;
                int8_t *l_277 = &l_115;
                int8_t ** const l_276 = &l_277;
                int8_t ** const *l_275 = &l_276;
                int8_t ** const **l_274 = &l_275;
                int8_t ** const ***l_273[10] = {&l_274,&l_274,&l_274,(void*)0,(void*)0,&l_274,&l_274,&l_274,(void*)0,(void*)0};
                int16_t *l_281 = &g_83;
                int32_t **l_285 = &l_260[l_120];
                uint16_t *l_286[1][3];
                uint8_t *l_288 = (void*)0;
                uint8_t *l_289 = &g_91;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_286[i][j] = &g_75;
                }
                (*l_259) = (safe_add_func_uint8_t_u_u(1UL, 0xD8L));
                --l_266;
                l_111 |= ((g_269 == (l_273[2] = (void*)0)) == ((((((safe_add_func_uint16_t_u_u((((!(((((*l_281) = p_32) | (p_30 > (~((*l_289) &= (0xC809408FL > (g_99[3][2][1] >= (safe_mul_func_uint16_t_u_u(p_31, (l_287[3] = (((*l_285) = &l_112) != (void*)0)))))))))) , &p_32) != (void*)0)) , (void*)0) != l_290), 1UL)) , l_265) , 4L) >= p_30) , 0x493292E9L) <= (*l_259)));
                (**l_285) |= l_265;
            }
            else
            { /* block id: 106 */
                uint32_t l_292 = 1UL;
                l_292--;
            }
            for (g_35 = (-11); (g_35 >= 15); g_35 = safe_add_func_uint16_t_u_u(g_35, 5))
            { /* block id: 111 */
                int8_t *l_300[4][9] = {{(void*)0,&l_136,(void*)0,&l_136,&l_136,(void*)0,&l_136,(void*)0,(void*)0},{&l_115,&l_136,&l_136,(void*)0,(void*)0,&l_136,&l_136,&l_115,&l_136},{(void*)0,&l_136,(void*)0,&l_136,&l_136,(void*)0,&l_136,(void*)0,(void*)0},{&l_115,&l_136,&l_136,(void*)0,(void*)0,&l_136,&l_136,&l_115,&l_136}};
                int8_t **l_299[7];
                uint16_t l_306 = 65527UL;
                int32_t *l_307 = &l_96;
                uint16_t *l_308 = (void*)0;
                uint16_t *l_309 = &g_75;
                uint16_t *l_310[2][9][1] = {{{&l_306},{&g_311[1][0]},{&l_306},{(void*)0},{(void*)0},{&l_306},{&g_311[1][0]},{&l_306},{(void*)0}},{{(void*)0},{&l_306},{&g_311[1][0]},{&l_306},{(void*)0},{(void*)0},{&l_306},{&g_311[1][0]},{&l_306}}};
                int32_t l_312 = (-1L);
                int i, j, k;
                for (i = 0; i < 7; i++)
                    l_299[i] = &l_300[2][2];
                l_312 &= (safe_mod_func_uint16_t_u_u(((**g_270) != l_299[2]), (g_311[1][0] ^= ((*l_309) |= (safe_lshift_func_uint16_t_u_u((((void*)0 == &g_84) && (((*l_307) = (((safe_rshift_func_int8_t_s_s((0L < (g_48 = ((((((((((*l_259) = ((*l_259) < (0UL < (+(p_31 , (*l_259)))))) ^ l_306) , 0UL) > (*g_84)) == 0x8BL) , l_265) , g_206[2]) || p_32) && g_48))), 2)) ^ p_31) > p_32)) , p_32)), g_91))))));
            }
        }
    }
    else
    { /* block id: 120 */
        uint32_t l_318 = 0x65FB0949L;
        for (l_136 = (-25); (l_136 < 12); l_136 = safe_add_func_uint8_t_u_u(l_136, 4))
        { /* block id: 123 */
            int16_t l_317 = (-1L);
            for (g_85 = 0; (g_85 == 23); g_85 = safe_add_func_uint32_t_u_u(g_85, 1))
            { /* block id: 126 */
                l_318--;
                if (p_30)
                    continue;
                (*l_259) = (l_321 != p_31);
            }
            if ((*g_84))
                break;
            for (l_44 = 1; (l_44 >= 0); l_44 -= 1)
            { /* block id: 134 */
                uint64_t l_323 = 0x4BAF06F2B2ECFEDALL;
                int i;
                if (l_109)
                    goto lbl_322;
                ++l_323;
                return l_261[l_44];
            }
        }
    }
    return p_32;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_99[i][j][k], "g_99[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_206[i], "g_206[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_311[i][j], "g_311[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_339, "g_339", print_hash_value);
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_375, "g_375", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_390[i][j][k], "g_390[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_411, "g_411", print_hash_value);
    transparent_crc(g_426, "g_426", print_hash_value);
    transparent_crc(g_484, "g_484", print_hash_value);
    transparent_crc(g_577, "g_577", print_hash_value);
    transparent_crc(g_579, "g_579", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_623[i], "g_623[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_625[i][j][k], "g_625[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 121
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

XXX max expression depth: 47
breakdown:
   depth: 1, occurrence: 100
   depth: 2, occurrence: 20
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
   depth: 6, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 2
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 3
   depth: 31, occurrence: 1
   depth: 40, occurrence: 1
   depth: 43, occurrence: 1
   depth: 47, occurrence: 1

XXX total number of pointers: 161

XXX times a variable address is taken: 281
XXX times a pointer is dereferenced on RHS: 62
breakdown:
   depth: 1, occurrence: 60
   depth: 2, occurrence: 2
XXX times a pointer is dereferenced on LHS: 80
breakdown:
   depth: 1, occurrence: 78
   depth: 2, occurrence: 2
XXX times a pointer is compared with null: 7
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 2758

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 385
   level: 2, occurrence: 19
   level: 3, occurrence: 15
   level: 4, occurrence: 14
   level: 5, occurrence: 11
XXX number of pointers point to pointers: 56
XXX number of pointers point to scalars: 105
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.7
XXX average alias set size: 1.21

XXX times a non-volatile is read: 416
XXX times a non-volatile is write: 227
XXX times a volatile is read: 19
XXX    times read thru a pointer: 1
XXX times a volatile is write: 9
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 330
XXX percentage of non-volatile access: 95.8

XXX forward jumps: 0
XXX backward jumps: 4

XXX stmts: 97
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 14
   depth: 1, occurrence: 24
   depth: 2, occurrence: 22
   depth: 3, occurrence: 37

XXX percentage a fresh-made variable is used: 12.4
XXX percentage an existing variable is used: 87.6
********************* end of statistics **********************/

