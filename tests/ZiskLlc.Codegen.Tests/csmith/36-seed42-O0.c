/* Csmith 2.3.0 --seed 42 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = EA3A9E2 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 42 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      42
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const volatile signed f0 : 3;
   int32_t  f1;
   int8_t  f2;
};

union U1 {
   uint8_t  f0;
   volatile unsigned f1 : 22;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_13 = 0x3CL;
static int32_t g_25[3] = {9L,9L,9L};
static volatile uint32_t g_34 = 0x0090AE73L;/* VOLATILE GLOBAL g_34 */
static int64_t g_42 = (-2L);
static uint64_t g_44 = 0xD423CB8E00457A23LL;
static int64_t g_55 = 9L;
static uint64_t g_57 = 3UL;
static uint32_t g_59[3][10][3] = {{{0x3F1863D4L,0x93E35F20L,0x3FE78DE6L},{0x74C89AEDL,0x9E1D6210L,0xE3674DCCL},{0x3F1863D4L,4294967288UL,0xE3674DCCL},{0x37144DB2L,0x175C875FL,0x3FE78DE6L},{0xAFC49993L,4294967288UL,0xAFC49993L},{0xAFC49993L,0x9E1D6210L,0x3F1863D4L},{0x37144DB2L,0x93E35F20L,0xAFC49993L},{0x3F1863D4L,0x93E35F20L,0x3FE78DE6L},{0x74C89AEDL,0x9E1D6210L,0xE3674DCCL},{0x3F1863D4L,4294967288UL,0xE3674DCCL}},{{0x37144DB2L,0x175C875FL,0x3FE78DE6L},{0xAFC49993L,4294967288UL,0xAFC49993L},{0xAFC49993L,0x9E1D6210L,0x3F1863D4L},{0x37144DB2L,0x93E35F20L,0xAFC49993L},{0x3F1863D4L,0x74C89AEDL,1UL},{0x4484A863L,0xAFC49993L,4294967287UL},{0x1012106DL,4294967287UL,4294967287UL},{5UL,0x3FE78DE6L,1UL},{0xB6842A45L,4294967287UL,0xB6842A45L},{0xB6842A45L,0xAFC49993L,0x1012106DL}},{{5UL,0x74C89AEDL,0xB6842A45L},{0x1012106DL,0x74C89AEDL,1UL},{0x4484A863L,0xAFC49993L,4294967287UL},{0x1012106DL,4294967287UL,4294967287UL},{5UL,0x3FE78DE6L,1UL},{0xB6842A45L,4294967287UL,0xB6842A45L},{0xB6842A45L,0xAFC49993L,0x1012106DL},{5UL,0x74C89AEDL,0xB6842A45L},{0x1012106DL,0x74C89AEDL,1UL},{0x4484A863L,0xAFC49993L,4294967287UL}}};
static int32_t g_63 = 0x1F4251D1L;
static uint8_t g_65 = 0x31L;
static uint8_t *g_66 = &g_65;
static int32_t * volatile g_68 = (void*)0;/* VOLATILE GLOBAL g_68 */
static uint16_t g_82 = 65530UL;
static uint16_t g_93 = 0x813CL;
static union U0 g_94 = {0x822BDA66L};/* VOLATILE GLOBAL g_94 */
static int8_t g_97[7][5][2] = {{{0x35L,0xCAL},{0L,5L},{7L,0xCAL},{7L,0xCAL},{7L,5L}},{{0L,0xCAL},{0x35L,0xCAL},{0L,5L},{7L,0xCAL},{7L,0xCAL}},{{7L,5L},{0L,0xCAL},{0x35L,0xCAL},{0L,5L},{7L,0xCAL}},{{7L,0xCAL},{7L,5L},{0L,0xCAL},{0x35L,0xCAL},{0L,5L}},{{7L,0xCAL},{7L,0xCAL},{7L,5L},{0L,0xCAL},{0x35L,0xCAL}},{{0L,5L},{7L,0xCAL},{7L,0xCAL},{7L,5L},{0L,0xCAL}},{{0x35L,0xCAL},{0L,5L},{7L,0xCAL},{7L,0xCAL},{7L,5L}}};
static int32_t * volatile g_161 = &g_94.f1;/* VOLATILE GLOBAL g_161 */
static volatile int32_t g_167 = 1L;/* VOLATILE GLOBAL g_167 */
static volatile int32_t *g_166 = &g_167;
static volatile int32_t ** const g_165 = &g_166;
static volatile int32_t ** const  volatile *g_164[3] = {&g_165,&g_165,&g_165};
static volatile union U0 g_174 = {0x1B06647EL};/* VOLATILE GLOBAL g_174 */
static uint32_t g_179[5] = {1UL,1UL,1UL,1UL,1UL};
static int64_t g_195 = 1L;
static union U1 g_218 = {0xB3L};/* VOLATILE GLOBAL g_218 */
static union U1 *g_220 = &g_218;
static union U1 ** volatile g_219 = &g_220;/* VOLATILE GLOBAL g_219 */
static int64_t g_252 = 9L;
static const union U1 *g_291 = &g_218;
static const union U1 ** volatile g_290 = &g_291;/* VOLATILE GLOBAL g_290 */
static union U1 g_295 = {1UL};/* VOLATILE GLOBAL g_295 */
static uint64_t g_300 = 0x47660EA5D856827ALL;
static int32_t g_301 = (-4L);
static uint16_t *g_313 = &g_93;
static uint16_t **g_312[6] = {&g_313,(void*)0,&g_313,&g_313,(void*)0,&g_313};
static uint16_t *** volatile g_311 = &g_312[1];/* VOLATILE GLOBAL g_311 */
static uint32_t g_337 = 0x06F32E08L;
static uint16_t g_385 = 0x9234L;
static int64_t g_397 = (-2L);
static uint32_t g_407[10][9][2] = {{{1UL,9UL},{0x8D1AE91BL,0xA41F4893L},{5UL,0xB8323787L},{0xF71308A2L,0x8D1AE91BL},{0x32C53F82L,0UL},{1UL,0x414B340CL},{0x6C3802C9L,0UL},{6UL,18446744073709551615UL},{0UL,1UL}},{{0UL,18446744073709551615UL},{0x304CCA79L,0xBAE5A02EL},{18446744073709551615UL,2UL},{0UL,0x3EBCDE80L},{6UL,0xC1FEB01FL},{0xEA679EB6L,5UL},{0xC3623F3EL,0xC3623F3EL},{1UL,0x3642D266L},{1UL,0x32C53F82L}},{{1UL,0xEDDF0E5CL},{18446744073709551615UL,1UL},{2UL,0xF71308A2L},{2UL,1UL},{18446744073709551615UL,0xEDDF0E5CL},{1UL,0x32C53F82L},{1UL,0x3642D266L},{1UL,0xC3623F3EL},{0xC3623F3EL,5UL}},{{0xEA679EB6L,0xC1FEB01FL},{6UL,0x3EBCDE80L},{0UL,2UL},{2UL,0x414B340CL},{1UL,0x8D1AE91BL},{0xEA679EB6L,1UL},{0x65CD4AB5L,5UL},{1UL,1UL},{0x0B7A04B4L,0xC1FEB01FL}},{{0x3642D266L,0xEA679EB6L},{6UL,18446744073709551609UL},{0x370377B8L,0x304CCA79L},{1UL,9UL},{18446744073709551609UL,0x32C53F82L},{0UL,1UL},{0xB8323787L,1UL},{0UL,0x32C53F82L},{18446744073709551609UL,9UL}},{{1UL,0x304CCA79L},{0x370377B8L,18446744073709551609UL},{6UL,0xEA679EB6L},{0x3642D266L,0xC1FEB01FL},{0x0B7A04B4L,1UL},{1UL,5UL},{0x65CD4AB5L,1UL},{0xEA679EB6L,0x8D1AE91BL},{1UL,0x414B340CL}},{{2UL,1UL},{1UL,0xA41F4893L},{0xEDDF0E5CL,0xEB242AB3L},{0x6C3802C9L,1UL},{0x3EBCDE80L,0x3EBCDE80L},{1UL,0x1B8DE1B7L},{0x41BA474DL,6UL},{18446744073709551615UL,0xF71308A2L},{5UL,18446744073709551615UL}},{{1UL,0x370377B8L},{1UL,18446744073709551615UL},{5UL,0xF71308A2L},{18446744073709551615UL,6UL},{0x41BA474DL,0x1B8DE1B7L},{1UL,0x3EBCDE80L},{0x3EBCDE80L,1UL},{0x6C3802C9L,0xEB242AB3L},{0xEDDF0E5CL,0xA41F4893L}},{{1UL,1UL},{2UL,0x414B340CL},{1UL,0x8D1AE91BL},{0xEA679EB6L,1UL},{0x65CD4AB5L,5UL},{1UL,1UL},{0x0B7A04B4L,0xC1FEB01FL},{0x3642D266L,0xEA679EB6L},{6UL,18446744073709551609UL}},{{0x370377B8L,0x304CCA79L},{1UL,9UL},{18446744073709551609UL,0x32C53F82L},{0UL,1UL},{0xB8323787L,1UL},{0UL,0x32C53F82L},{18446744073709551609UL,9UL},{1UL,0x304CCA79L},{0x370377B8L,18446744073709551609UL}}};
static uint32_t g_510 = 0xE41802B6L;
static union U0 g_512 = {0x69A5B4EEL};/* VOLATILE GLOBAL g_512 */
static int16_t g_546 = 0xD2A6L;
static uint16_t *** volatile *g_567 = &g_311;
static uint16_t *** volatile ** volatile g_566 = &g_567;/* VOLATILE GLOBAL g_566 */
static uint16_t ***g_586[10][4] = {{&g_312[1],&g_312[2],&g_312[1],&g_312[1]},{(void*)0,&g_312[2],(void*)0,&g_312[3]},{&g_312[1],&g_312[1],&g_312[0],&g_312[0]},{&g_312[1],&g_312[1],(void*)0,&g_312[2]},{(void*)0,&g_312[0],&g_312[1],&g_312[2]},{&g_312[1],&g_312[0],&g_312[3],&g_312[1]},{&g_312[1],&g_312[0],&g_312[1],&g_312[2]},{&g_312[0],&g_312[0],&g_312[5],&g_312[2]},{&g_312[2],&g_312[1],&g_312[1],&g_312[0]},{&g_312[3],&g_312[1],&g_312[1],&g_312[3]}};
static uint16_t *** const *g_585 = &g_586[7][3];
static uint16_t *** const **g_584 = &g_585;
static volatile union U1 g_605 = {0xCBL};/* VOLATILE GLOBAL g_605 */
static int8_t g_613 = 0x2EL;
static uint16_t *****g_619 = (void*)0;
static volatile union U1 * volatile * volatile * volatile *g_663 = (void*)0;
static int32_t g_689 = 0x8D203E1EL;


/* --- FORWARD DECLARATIONS --- */
static const int32_t  func_1(void);
static int8_t  func_3(uint8_t  p_4);
static int64_t  func_8(uint8_t  p_9);
static uint8_t * func_18(int32_t  p_19);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_13 g_25 g_34 g_44 g_42 g_55 g_166 g_165 g_337 g_179 g_313 g_93 g_295.f0 g_397 g_301 g_167 g_407 g_82 g_59 g_94.f0 g_218.f0 g_385 g_57 g_300 g_65 g_195 g_63 g_252 g_512 g_510 g_161 g_97 g_566 g_66 g_94.f2 g_584 g_605 g_613 g_619 g_174 g_546 g_663 g_689 g_94.f1
 * writes: g_13 g_25 g_44 g_55 g_57 g_63 g_66 g_385 g_167 g_166 g_93 g_407 g_97 g_301 g_300 g_94.f1 g_195 g_65 g_161 g_179 g_510 g_397 g_546 g_313 g_567 g_94.f2 g_218.f0 g_619 g_663 g_689
 */
static const int32_t  func_1(void)
{ /* block id: 0 */
    uint16_t l_2 = 0xCB8CL;
    uint16_t **l_398 = &g_313;
    int8_t l_399 = 0x82L;
    int32_t *l_400[10][8] = {{&g_25[0],&g_25[0],&g_301,&g_25[2],&g_301,&g_301,&g_301,&g_25[2]},{&g_25[2],&g_25[2],&g_25[2],&g_301,&g_25[2],&g_25[0],&g_25[0],&g_25[2]},{&g_25[2],&g_25[0],&g_25[0],&g_25[2],&g_301,&g_25[2],&g_25[2],&g_25[2]},{&g_25[2],&g_301,&g_301,&g_301,&g_25[2],&g_301,&g_25[2],&g_25[2]},{&g_301,&g_301,&g_25[2],&g_25[2],&g_301,&g_301,&g_301,&g_301},{&g_25[2],&g_301,&g_25[2],&g_25[2],&g_25[2],&g_301,&g_25[2],&g_301},{&g_301,&g_25[0],&g_25[0],&g_25[2],&g_25[2],&g_25[0],&g_25[0],&g_301},{&g_301,&g_25[2],&g_301,&g_25[2],&g_25[2],&g_25[2],&g_301,&g_25[2]},{&g_301,&g_301,&g_301,&g_301,&g_25[2],&g_25[2],&g_301,&g_301},{&g_25[2],&g_25[2],&g_25[0],&g_25[0],&g_301,&g_25[0],&g_301,&g_25[0]}};
    int32_t *l_401 = &g_94.f1;
    int32_t *l_402 = (void*)0;
    int32_t *l_403 = &g_94.f1;
    int32_t *l_404 = (void*)0;
    int32_t *l_405 = &g_94.f1;
    int32_t *l_406[2];
    int16_t l_412 = (-10L);
    const uint64_t l_419 = 0xFA34F1C786D4D23ELL;
    int8_t *l_420 = &g_97[3][4][0];
    int8_t *l_421 = (void*)0;
    int8_t *l_422 = &l_399;
    int32_t l_429 = 0L;
    int64_t l_443[7][3][7] = {{{(-7L),0x2A3EAAFCCFCC4A9DLL,(-7L),0xAB2380E81A899AB9LL,0L,0L,(-7L)},{0x80B2E258DED38523LL,0x71B6A7E92C8F0828LL,3L,0x80B2E258DED38523LL,1L,0xA14404AA69F62E9FLL,0x1CF96C30B5FD834DLL},{0x3E7BC1A00546763CLL,0L,0L,0x2A3EAAFCCFCC4A9DLL,0xEAA9D32C3A902455LL,0L,(-4L)}},{{(-7L),0x80B2E258DED38523LL,0x346069A611628A28LL,0x346069A611628A28LL,0x80B2E258DED38523LL,(-7L),0x02A46E92700A7447LL},{0L,9L,9L,0x2A3EAAFCCFCC4A9DLL,0L,(-1L),0L},{1L,0x346069A611628A28LL,0x02A46E92700A7447LL,0x80B2E258DED38523LL,0x37554FBF96EEB816LL,0x02A46E92700A7447LL,0x71B6A7E92C8F0828LL}},{{0xEAA9D32C3A902455LL,9L,0L,0xAB2380E81A899AB9LL,0x3E7BC1A00546763CLL,0xAB2380E81A899AB9LL,0L},{0x80B2E258DED38523LL,0x80B2E258DED38523LL,0xA14404AA69F62E9FLL,0x71B6A7E92C8F0828LL,1L,0L,0x71B6A7E92C8F0828LL},{0L,0L,(-7L),9L,(-7L),0L,0L}},{{0x37554FBF96EEB816LL,0x71B6A7E92C8F0828LL,0x346069A611628A28LL,0x37554FBF96EEB816LL,1L,0x02A46E92700A7447LL,0x02A46E92700A7447LL},{0x3E7BC1A00546763CLL,0x2A3EAAFCCFCC4A9DLL,(-1L),0x2A3EAAFCCFCC4A9DLL,0x3E7BC1A00546763CLL,9L,(-4L)},{1L,0x37554FBF96EEB816LL,0x346069A611628A28LL,0x71B6A7E92C8F0828LL,0x37554FBF96EEB816LL,(-7L),0x1CF96C30B5FD834DLL}},{{(-7L),9L,(-7L),0L,0L,0xAB2380E81A899AB9LL,(-7L)},{1L,0x71B6A7E92C8F0828LL,0xA14404AA69F62E9FLL,0x80B2E258DED38523LL,0x80B2E258DED38523LL,0xA14404AA69F62E9FLL,0x71B6A7E92C8F0828LL},{0x3E7BC1A00546763CLL,0xAB2380E81A899AB9LL,0L,9L,0xEAA9D32C3A902455LL,0xAB2380E81A899AB9LL,(-4L)}},{{0x37554FBF96EEB816LL,0x80B2E258DED38523LL,0x02A46E92700A7447LL,0x346069A611628A28LL,1L,(-7L),0x346069A611628A28LL},{0L,0x2A3EAAFCCFCC4A9DLL,9L,9L,0L,9L,0L},{0x80B2E258DED38523LL,0x346069A611628A28LL,0x346069A611628A28LL,0x80B2E258DED38523LL,(-7L),0x02A46E92700A7447LL,0x1CF96C30B5FD834DLL}},{{0xEAA9D32C3A902455LL,0x2A3EAAFCCFCC4A9DLL,0L,0L,0x3E7BC1A00546763CLL,0L,0L},{1L,0x80B2E258DED38523LL,3L,0x71B6A7E92C8F0828LL,0x80B2E258DED38523LL,0L,0x1CF96C30B5FD834DLL},{0L,(-1L),9L,0L,9L,(-1L),(-7L)}}};
    int64_t l_448 = 0x70FB3C66450083CALL;
    uint64_t l_450 = 18446744073709551612UL;
    uint64_t l_525[10][3] = {{0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL},{2UL,2UL,2UL},{0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL},{2UL,2UL,2UL},{0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL},{2UL,2UL,2UL},{0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL},{2UL,2UL,2UL},{0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL,0x7B9F8CB3634AA97ELL},{2UL,2UL,2UL}};
    uint32_t l_564 = 0x6C8994D7L;
    uint16_t *** const **l_587[1][8][1] = {{{(void*)0},{&g_585},{(void*)0},{&g_585},{(void*)0},{&g_585},{(void*)0},{&g_585}}};
    int16_t l_608 = 0xDBDAL;
    uint64_t l_612[6][6] = {{0xD20296A351DA55F1LL,0xCD12CA5CD65106DELL,0xEE4BC88F11FF991BLL,0xEE4BC88F11FF991BLL,0xCD12CA5CD65106DELL,0xD20296A351DA55F1LL},{0xCD12CA5CD65106DELL,18446744073709551615UL,0x1A290FBEEC8E5170LL,0x7F8A7A63DD0CF832LL,0x7621463A620833CELL,18446744073709551615UL},{0xEE4BC88F11FF991BLL,0x1A290FBEEC8E5170LL,0x196139EDFA68401DLL,0x1B571264E6488AB8LL,0xBC29296549D2BDA8LL,18446744073709551615UL},{0xEE4BC88F11FF991BLL,0x7F8A7A63DD0CF832LL,0x1B571264E6488AB8LL,0x7F8A7A63DD0CF832LL,0xEE4BC88F11FF991BLL,0x7621463A620833CELL},{0xCD12CA5CD65106DELL,0x7621463A620833CELL,0xBC29296549D2BDA8LL,0xEE4BC88F11FF991BLL,18446744073709551615UL,18446744073709551615UL},{0xD20296A351DA55F1LL,18446744073709551615UL,18446744073709551615UL,0x7621463A620833CELL,18446744073709551615UL,18446744073709551615UL}};
    int8_t l_638 = 0L;
    int16_t l_651 = 0xF494L;
    uint32_t l_652[4][4] = {{4294967289UL,0x517AA8B8L,0x517AA8B8L,4294967289UL},{0x517AA8B8L,4294967289UL,0x517AA8B8L,0x517AA8B8L},{4294967289UL,4294967289UL,0xD0F8662FL,4294967289UL},{4294967289UL,0x517AA8B8L,0x517AA8B8L,4294967289UL}};
    uint8_t *l_675 = &g_65;
    int32_t l_685[7][4][8] = {{{0x751DB89DL,(-8L),0L,(-1L),(-1L),0L,(-8L),0x751DB89DL},{0x751DB89DL,0x33916AF5L,0x74ADE56FL,0x45E31484L,(-8L),1L,0L,1L},{0x45E31484L,1L,0xB8001C74L,1L,0x45E31484L,1L,5L,(-8L)},{0x214BD533L,0x33916AF5L,1L,0x30984D15L,0L,0L,0x30984D15L,1L}},{{(-8L),(-8L),1L,0x751DB89DL,0x74ADE56FL,(-1L),5L,0x214BD533L},{0L,5L,0xB8001C74L,(-8L),0xB8001C74L,5L,0L,0x214BD533L},{5L,(-1L),0x74ADE56FL,0x751DB89DL,1L,(-8L),(-8L),1L},{0x30984D15L,0L,0L,0x30984D15L,1L,0x33916AF5L,0x214BD533L,(-8L)}},{{5L,1L,0x45E31484L,1L,0xB8001C74L,1L,0x45E31484L,1L},{0L,1L,(-8L),0x45E31484L,0x74ADE56FL,0x33916AF5L,0x751DB89DL,0x751DB89DL},{(-8L),0L,(-1L),(-1L),0L,(-8L),0x751DB89DL,0xB8001C74L},{0x214BD533L,(-1L),(-8L),0x33916AF5L,0x45E31484L,5L,0x45E31484L,1L}},{{(-1L),0x751DB89DL,(-1L),1L,1L,0L,0x45E31484L,0x214BD533L},{0x33916AF5L,1L,0x30984D15L,0L,0L,0x30984D15L,1L,0x33916AF5L},{0x33916AF5L,1L,0xB8001C74L,(-1L),1L,0x74ADE56FL,0x30984D15L,0x74ADE56FL},{(-1L),5L,0x214BD533L,5L,(-1L),0x74ADE56FL,0x751DB89DL,1L}},{{0x45E31484L,1L,5L,(-8L),0x30984D15L,0x30984D15L,(-8L),5L},{1L,1L,5L,0x33916AF5L,0xB8001C74L,0L,0x751DB89DL,0x45E31484L},{0x30984D15L,0x751DB89DL,0x214BD533L,1L,0x214BD533L,0x751DB89DL,0x30984D15L,0x45E31484L},{0x751DB89DL,0L,0xB8001C74L,0x33916AF5L,5L,1L,1L,5L}},{{(-8L),0x30984D15L,0x30984D15L,(-8L),5L,1L,0x45E31484L,1L},{0x751DB89DL,0x74ADE56FL,(-1L),5L,0x214BD533L,5L,(-1L),0x74ADE56FL},{0x30984D15L,0x74ADE56FL,1L,(-1L),0xB8001C74L,1L,0x33916AF5L,0x33916AF5L},{1L,0x30984D15L,0L,0L,0x30984D15L,1L,0x33916AF5L,0x214BD533L}},{{0x45E31484L,0L,1L,1L,(-1L),0x751DB89DL,(-1L),1L},{(-1L),0x751DB89DL,(-1L),1L,1L,0L,0x45E31484L,0x214BD533L},{0x33916AF5L,1L,0x30984D15L,0L,0L,0x30984D15L,1L,0x33916AF5L},{0x33916AF5L,1L,0xB8001C74L,(-1L),1L,0x74ADE56FL,0x30984D15L,0x74ADE56FL}}};
    int64_t *l_688 = &l_448;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_406[i] = &g_94.f1;
    g_407[1][1][1] &= (((l_2 & (func_3(l_2) , (safe_unary_minus_func_uint16_t_u((((g_25[2] = (safe_lshift_func_int8_t_s_u((safe_div_func_int16_t_s_s((((((0L & (0x3C2728AC29C0D19ELL > (g_179[0] < ((safe_lshift_func_int16_t_s_u(((((l_398 = ((((*g_313)--) | ((g_295.f0 & ((((l_2 == l_2) <= l_2) >= 3L) & g_25[1])) || g_397)) , l_398)) == (void*)0) ^ 0xDCC95434C744DAF3LL) > l_2), l_2)) <= l_2)))) >= g_301) > l_399) , g_167) , g_179[2]), l_399)), l_399))) , 2UL) != l_399))))) && (-1L)) >= g_397);
    if ((safe_div_func_uint32_t_u_u(0UL, (safe_sub_func_int64_t_s_s((((((l_412 , (*g_166)) <= (1L & 18446744073709551606UL)) <= (safe_rshift_func_int16_t_s_s(g_82, (safe_sub_func_uint64_t_u_u(g_25[2], ((safe_mul_func_int8_t_s_s(g_42, ((*l_422) ^= ((*l_420) = (((void*)0 == &g_25[2]) != l_419))))) , g_59[0][5][0])))))) ^ g_59[0][5][0]) && g_44), 18446744073709551606UL)))))
    { /* block id: 151 */
        uint32_t *l_423[7][5][7] = {{{&g_179[0],&g_59[0][5][0],&g_179[0],&g_179[4],&g_59[0][5][0],(void*)0,&g_59[0][5][0]},{&g_179[3],&g_59[0][5][0],&g_59[2][5][1],&g_59[0][5][0],&g_59[0][5][0],(void*)0,(void*)0},{&g_179[4],&g_179[4],&g_179[4],&g_179[4],&g_179[4],(void*)0,&g_59[1][6][0]},{&g_59[0][6][1],&g_179[0],&g_59[0][2][2],&g_59[0][7][2],&g_59[0][5][0],&g_59[2][2][2],&g_179[4]},{&g_179[3],(void*)0,&g_59[2][5][1],&g_59[2][2][2],&g_179[4],&g_59[2][5][1],(void*)0}},{{&g_59[0][6][1],&g_59[0][7][2],&g_179[4],&g_59[1][6][0],&g_59[0][5][0],&g_179[2],&g_179[0]},{&g_179[4],(void*)0,&g_59[0][4][0],(void*)0,(void*)0,&g_59[2][2][2],(void*)0},{&g_179[3],(void*)0,(void*)0,&g_179[3],(void*)0,&g_59[0][5][0],&g_59[0][2][2]},{&g_179[0],(void*)0,&g_59[2][6][2],&g_179[4],&g_59[0][6][1],&g_59[0][6][2],&g_59[0][5][0]},{&g_179[3],&g_59[0][6][2],&g_179[4],&g_179[3],&g_179[4],&g_59[0][6][2],&g_179[3]}},{{&g_179[3],&g_179[3],&g_59[0][6][2],(void*)0,&g_59[0][2][2],&g_59[0][5][0],&g_179[4]},{&g_59[0][5][0],(void*)0,&g_179[4],&g_59[0][2][2],&g_59[2][5][1],&g_179[4],&g_59[0][2][2]},{(void*)0,(void*)0,&g_59[0][6][2],&g_179[4],&g_179[4],&g_179[3],(void*)0},{&g_59[0][6][2],&g_59[0][5][0],&g_179[4],&g_59[0][5][0],&g_59[0][4][0],(void*)0,&g_179[3]},{&g_59[0][5][0],(void*)0,&g_179[4],(void*)0,(void*)0,&g_179[4],&g_59[1][4][2]}},{{(void*)0,&g_179[4],&g_179[4],(void*)0,&g_59[2][6][2],&g_179[2],&g_179[0]},{(void*)0,&g_59[0][5][0],(void*)0,&g_59[0][5][0],&g_59[0][5][0],&g_59[0][5][0],(void*)0},{&g_59[0][2][2],&g_59[0][2][2],(void*)0,&g_179[4],(void*)0,(void*)0,&g_59[2][2][2]},{&g_59[1][4][2],&g_179[3],(void*)0,&g_59[0][2][2],(void*)0,&g_179[4],&g_179[0]},{&g_179[2],&g_59[0][5][0],(void*)0,(void*)0,(void*)0,&g_179[4],&g_179[4]}},{{&g_59[2][5][1],(void*)0,&g_59[0][7][2],&g_179[3],&g_59[0][5][0],&g_179[4],&g_59[0][5][0]},{&g_179[3],&g_59[0][5][0],(void*)0,&g_59[0][5][0],&g_59[2][6][2],(void*)0,(void*)0},{&g_179[2],&g_179[3],(void*)0,&g_179[4],(void*)0,(void*)0,&g_179[4]},{(void*)0,(void*)0,&g_179[4],&g_179[3],&g_59[0][4][0],&g_179[4],&g_59[0][4][0]},{&g_59[1][4][2],&g_179[4],&g_179[4],&g_59[1][4][2],&g_179[4],&g_179[4],&g_179[3]}},{{&g_179[4],&g_59[0][4][0],&g_179[2],&g_59[2][6][2],&g_59[2][5][1],&g_179[4],(void*)0},{&g_179[3],(void*)0,(void*)0,&g_179[3],&g_59[0][2][2],(void*)0,&g_179[3]},{(void*)0,(void*)0,&g_59[0][6][2],&g_59[0][5][0],&g_179[4],&g_59[0][5][0],&g_59[0][4][0]},{&g_179[3],(void*)0,&g_59[2][6][2],&g_179[4],&g_59[2][5][1],&g_179[2],&g_179[4]},{(void*)0,(void*)0,(void*)0,&g_179[4],&g_179[0],&g_179[4],(void*)0}},{{(void*)0,(void*)0,&g_179[4],(void*)0,&g_179[4],(void*)0,&g_59[0][5][0]},{&g_179[3],(void*)0,&g_179[2],&g_179[2],(void*)0,&g_179[3],&g_179[4]},{(void*)0,&g_59[0][2][2],&g_59[0][5][0],(void*)0,&g_59[0][5][0],&g_179[4],&g_179[0]},{&g_179[3],&g_179[3],(void*)0,(void*)0,(void*)0,&g_59[0][5][0],&g_59[2][2][2]},{&g_179[4],&g_59[0][2][2],(void*)0,(void*)0,(void*)0,&g_59[0][6][2],(void*)0}}};
        int32_t l_424 = 8L;
        int32_t l_425 = 0x6E06E186L;
        uint32_t l_426 = 18446744073709551611UL;
        int64_t *l_432[4][1];
        union U1 **l_446 = (void*)0;
        int i, j, k;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_432[i][j] = (void*)0;
        }
        l_424 |= ((--l_426) == (0x09L && (l_429 < (safe_div_func_int64_t_s_s((g_55 = g_94.f0), g_25[2])))));
        (*g_166) = (((((safe_rshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s((((safe_sub_func_int8_t_s_s(g_93, ((safe_add_func_uint64_t_u_u((l_425 || (safe_mul_func_uint8_t_u_u((l_443[0][2][6] , l_424), 0x60L))), g_82)) > l_425))) ^ (safe_div_func_uint8_t_u_u((g_337 || (0x5BC7D3999685EE79LL == 0UL)), l_424))) > g_218.f0), g_385)), l_426)) >= 0x5C086458B0EF4E7ALL) , l_446) != &g_291) | g_44);
        return (*g_166);
    }
    else
    { /* block id: 157 */
        int8_t l_447[9] = {(-1L),(-1L),0x2AL,(-1L),(-1L),0x2AL,(-1L),(-7L),(-1L)};
        int32_t l_449 = 0xE42C7A6FL;
        uint8_t l_473 = 0UL;
        int i;
        --l_450;
        (*g_166) ^= l_447[5];
        for (g_57 = 0; (g_57 != 27); g_57 = safe_add_func_int16_t_s_s(g_57, 9))
        { /* block id: 162 */
            int16_t l_467[1];
            int i;
            for (i = 0; i < 1; i++)
                l_467[i] = (-2L);
            for (g_301 = 20; (g_301 == 8); g_301 = safe_sub_func_int32_t_s_s(g_301, 4))
            { /* block id: 165 */
                uint64_t *l_469 = &g_300;
                int32_t l_472[8][3];
                uint16_t *l_474 = (void*)0;
                uint16_t *l_475 = &l_2;
                int i, j;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_472[i][j] = 7L;
                }
                if ((*g_166))
                    break;
                (*l_405) = (((*l_475) = ((*g_313) ^= ((((4294967292UL ^ 0x55B8ACACL) || (safe_div_func_int32_t_s_s(0x03075554L, (safe_div_func_uint32_t_u_u(l_449, (safe_rshift_func_int8_t_s_u(((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(((((l_467[0] , (((+(--(*l_469))) , ((((l_472[3][1] , (g_397 ^ 0x46L)) | l_472[3][1]) , l_467[0]) , g_65)) < g_34)) <= 0xBFCCF397084429E8LL) & l_449) != 0x62781797L), 0)), g_179[4])) <= l_472[3][1]), l_473))))))) | l_467[0]) , 0UL))) > g_55);
            }
        }
    }
    for (g_195 = 0; (g_195 >= 25); g_195 = safe_add_func_uint64_t_u_u(g_195, 5))
    { /* block id: 176 */
        uint16_t ***l_478 = (void*)0;
        int32_t l_479 = 0x195DDCC6L;
        uint32_t l_486[7][4] = {{0x52D2AC3BL,0x8894D6FBL,0x8894D6FBL,0x52D2AC3BL},{0xF7E3C99AL,0x8894D6FBL,5UL,0x8894D6FBL},{0x8894D6FBL,0x29BD0EFDL,5UL,5UL},{0xF7E3C99AL,0xF7E3C99AL,0x8894D6FBL,5UL},{0x52D2AC3BL,0x29BD0EFDL,0x52D2AC3BL,0x8894D6FBL},{0x52D2AC3BL,0x8894D6FBL,0x8894D6FBL,0x52D2AC3BL},{0xF7E3C99AL,0x8894D6FBL,5UL,0x8894D6FBL}};
        uint32_t *l_495[10][9][1] = {{{&g_179[0]},{(void*)0},{&g_179[4]},{&l_486[3][1]},{&g_59[0][5][0]},{&g_179[4]},{&g_179[4]},{&g_59[0][5][0]},{&l_486[6][3]}},{{&g_179[4]},{&g_59[2][6][2]},{&l_486[3][0]},{&l_486[1][1]},{&g_179[4]},{(void*)0},{&g_179[4]},{&l_486[1][1]},{&l_486[3][0]}},{{&g_59[2][6][2]},{&g_179[4]},{&l_486[6][3]},{&g_59[0][5][0]},{&g_179[4]},{&g_179[4]},{&g_59[0][5][0]},{&l_486[3][1]},{&g_179[4]}},{{(void*)0},{&g_179[0]},{(void*)0},{&g_59[0][5][0]},{&g_179[4]},{(void*)0},{&g_179[3]},{&l_486[6][3]},{&l_486[6][3]}},{{&g_179[3]},{(void*)0},{&g_179[4]},{&g_59[0][5][0]},{(void*)0},{&g_179[0]},{(void*)0},{&g_179[4]},{&l_486[3][1]}},{{&g_59[0][5][0]},{&g_179[4]},{&g_179[4]},{&g_59[0][5][0]},{&l_486[6][3]},{&g_179[4]},{&g_59[2][6][2]},{&l_486[3][0]},{&l_486[1][1]}},{{&g_179[4]},{(void*)0},{&g_179[4]},{&l_486[1][1]},{&l_486[3][0]},{&g_59[2][6][2]},{&g_179[4]},{&l_486[6][3]},{&g_59[0][5][0]}},{{&g_179[4]},{&g_179[4]},{&g_59[0][5][0]},{&l_486[3][1]},{&g_179[4]},{(void*)0},{&g_179[0]},{(void*)0},{&g_59[0][5][0]}},{{&g_179[4]},{(void*)0},{&g_179[3]},{&l_486[6][3]},{&l_486[6][3]},{&g_179[3]},{(void*)0},{&g_179[4]},{&g_59[0][5][0]}},{{(void*)0},{&g_179[0]},{(void*)0},{&g_179[4]},{&l_486[3][1]},{&g_59[0][5][0]},{&g_179[4]},{&g_179[4]},{&g_59[0][5][0]}}};
        int16_t *l_498 = &l_412;
        int32_t **l_509 = &l_406[0];
        int32_t ***l_508[6][8][2] = {{{&l_509,&l_509},{&l_509,&l_509},{(void*)0,&l_509},{(void*)0,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,(void*)0}},{{&l_509,&l_509},{&l_509,(void*)0},{(void*)0,&l_509},{&l_509,&l_509},{&l_509,&l_509},{(void*)0,(void*)0},{&l_509,&l_509},{&l_509,(void*)0}},{{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{(void*)0,&l_509},{(void*)0,&l_509},{&l_509,&l_509},{&l_509,&l_509}},{{&l_509,&l_509},{(void*)0,&l_509},{(void*)0,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,(void*)0},{&l_509,&l_509}},{{&l_509,(void*)0},{(void*)0,&l_509},{&l_509,&l_509},{&l_509,(void*)0},{&l_509,&l_509},{(void*)0,&l_509},{(void*)0,&l_509},{&l_509,&l_509}},{{&l_509,&l_509},{(void*)0,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509},{&l_509,&l_509}}};
        uint16_t l_511[5][3][10] = {{{0x356FL,0x9688L,0x5CDEL,6UL,0x5CDEL,0x9688L,0x356FL,0x5194L,0xB312L,0x5D26L},{0xB916L,1UL,0xCA83L,0x7EB7L,0x6C7CL,0x18F8L,65535UL,0x8FD0L,1UL,0x5194L},{0x2107L,1UL,0xEA51L,0xA55AL,0x9688L,2UL,0x356FL,0x5D26L,65531UL,9UL}},{{65531UL,0x9688L,65535UL,0x6C7CL,65526UL,1UL,0x18F8L,1UL,65535UL,0x2107L},{0xCA83L,0xBE95L,0xA55AL,65531UL,65535UL,65535UL,65531UL,0xA55AL,0xBE95L,0xCA83L},{0UL,65535UL,0xF92FL,0UL,0x7EB7L,0x5194L,0xB916L,0UL,1UL,1UL}},{{0xBE95L,0x5CDEL,1UL,65535UL,0x7EB7L,0xA55AL,65526UL,0UL,0UL,0xCA83L},{0x7EB7L,0xB916L,0x356FL,0xF92FL,65535UL,0xEA51L,3UL,0x18F8L,0UL,0x2107L},{0UL,0xA55AL,0x6C7CL,9UL,65526UL,65535UL,0x5CDEL,65535UL,65526UL,9UL}},{{3UL,1UL,3UL,0UL,0x9688L,4UL,65535UL,65535UL,0x5CDEL,0x5194L},{0UL,6UL,0xBE95L,65535UL,0x6C7CL,0xF5C0L,9UL,65535UL,4UL,0x5D26L},{0UL,0x2107L,3UL,0x8FD0L,0x5CDEL,0xB916L,65535UL,65535UL,0xF92FL,2UL}},{{6UL,0UL,0x6C7CL,0xEA51L,0UL,0x5D26L,0xBE95L,0x18F8L,0x18F8L,0xBE95L},{1UL,4UL,0x356FL,0x356FL,4UL,1UL,6UL,0UL,3UL,0x78D7L},{0x5CDEL,0xEA51L,1UL,0xB312L,0UL,0x78D7L,1UL,0UL,0x8FD0L,0UL}}};
        int32_t l_555 = 0L;
        uint64_t l_609[2][8][1] = {{{18446744073709551609UL},{1UL},{18446744073709551609UL},{6UL},{18446744073709551609UL},{1UL},{18446744073709551609UL},{6UL}},{{18446744073709551609UL},{1UL},{18446744073709551609UL},{6UL},{18446744073709551609UL},{1UL},{18446744073709551609UL},{6UL}}};
        int16_t l_642 = 0L;
        int32_t *l_666 = &l_555;
        int64_t l_667 = 0xF1BDB93795F682A5LL;
        int i, j, k;
        l_478 = &l_398;
        l_479 |= (**g_165);
        for (g_65 = 5; (g_65 <= 35); g_65++)
        { /* block id: 181 */
            uint16_t l_484 = 0UL;
            int32_t l_485 = (-8L);
            for (l_448 = (-26); (l_448 <= (-9)); ++l_448)
            { /* block id: 184 */
                if (l_484)
                    break;
            }
            l_486[6][3]--;
            g_161 = &l_429;
            (*l_405) = (safe_rshift_func_uint16_t_u_u((*g_313), 9));
        }
        if ((safe_mod_func_int16_t_s_s((((g_63 | (safe_div_func_int32_t_s_s((l_511[3][2][2] &= (18446744073709551615UL == ((((g_179[3] |= g_59[0][5][0]) | (safe_rshift_func_int16_t_s_u(((*l_498) = (&l_443[2][1][5] == &g_252)), 8))) && l_486[6][3]) ^ (((safe_rshift_func_int8_t_s_u((safe_sub_func_int16_t_s_s((g_337 | (safe_sub_func_uint32_t_u_u(g_25[2], (~(safe_mod_func_uint32_t_u_u((g_510 = (&g_165 == l_508[2][0][1])), g_63)))))), (*g_313))), 3)) , g_397) != 0xB771EAE63E018C51LL)))), 0x155A935AL))) >= g_252) <= g_42), g_407[8][7][1])))
        { /* block id: 195 */
            uint16_t l_526 = 0xB9A6L;
            int64_t l_527[8][3][4] = {{{0x9DBB08F21F614601LL,0x4FA66ED111565686LL,0x01BA29303491F1DALL,0L},{8L,0L,0L,0x9DBB08F21F614601LL},{8L,0x90FEDED20FD68BB1LL,0x01BA29303491F1DALL,0x01BA29303491F1DALL}},{{0x9DBB08F21F614601LL,0x9DBB08F21F614601LL,(-1L),9L},{0xE476B1B15B435273LL,(-1L),1L,(-3L)},{0x01BA29303491F1DALL,1L,0x322D6B1048129031LL,1L}},{{1L,1L,0x9DBB08F21F614601LL,(-3L)},{1L,(-1L),1L,9L},{0x90FEDED20FD68BB1LL,0x9DBB08F21F614601LL,0x4FA66ED111565686LL,0x01BA29303491F1DALL}},{{0x3836E7E63EC22B56LL,0x90FEDED20FD68BB1LL,9L,0x9DBB08F21F614601LL},{(-3L),0L,9L,0L},{0x3836E7E63EC22B56LL,0x4FA66ED111565686LL,0x4FA66ED111565686LL,0x3836E7E63EC22B56LL}},{{0x90FEDED20FD68BB1LL,(-3L),1L,(-9L)},{1L,(-9L),0x9DBB08F21F614601LL,0L},{1L,8L,0x322D6B1048129031LL,0L}},{{0x01BA29303491F1DALL,(-9L),1L,(-9L)},{0xE476B1B15B435273LL,(-3L),(-1L),0x3836E7E63EC22B56LL},{0x9DBB08F21F614601LL,0x4FA66ED111565686LL,0x01BA29303491F1DALL,0L}},{{8L,0L,0L,0x9DBB08F21F614601LL},{8L,0x90FEDED20FD68BB1LL,0x01BA29303491F1DALL,0x01BA29303491F1DALL},{0x9DBB08F21F614601LL,0x9DBB08F21F614601LL,(-1L),9L}},{{0xE476B1B15B435273LL,(-1L),1L,(-3L)},{0x01BA29303491F1DALL,1L,0x322D6B1048129031LL,1L},{1L,1L,0x9DBB08F21F614601LL,(-3L)}}};
            int32_t l_565 = 0x1785523EL;
            uint8_t *l_588 = &g_218.f0;
            int16_t l_602 = 5L;
            const uint64_t *l_611 = (void*)0;
            const uint64_t **l_610 = &l_611;
            uint8_t l_614 = 0UL;
            int32_t l_615[6];
            int64_t *l_616 = &l_448;
            int32_t l_636 = 0xF5FACCEAL;
            const int32_t l_639[10][8][1] = {{{3L},{0xE0AF78BCL},{0x677DC1A4L},{0x938C9E10L},{0x0DC9D2E2L},{4L},{0x0DC9D2E2L},{0x938C9E10L}},{{0x677DC1A4L},{0xE0AF78BCL},{3L},{3L},{1L},{0x57AF73D9L},{0x00F62DCDL},{1L}},{{(-5L)},{0xF05FC563L},{0L},{0xD5741FFEL},{0xD5741FFEL},{0L},{0xF05FC563L},{(-5L)}},{{1L},{0x00F62DCDL},{0x57AF73D9L},{1L},{3L},{3L},{0xE0AF78BCL},{0x677DC1A4L}},{{0x938C9E10L},{0x0DC9D2E2L},{4L},{0x0DC9D2E2L},{0x938C9E10L},{0x677DC1A4L},{0xE0AF78BCL},{3L}},{{3L},{1L},{0x57AF73D9L},{0x00F62DCDL},{1L},{(-5L)},{0xF05FC563L},{0L}},{{0xD5741FFEL},{0xD5741FFEL},{0L},{0xF05FC563L},{(-5L)},{1L},{0x00F62DCDL},{0x57AF73D9L}},{{1L},{3L},{3L},{0xE0AF78BCL},{0x677DC1A4L},{0x938C9E10L},{0x0DC9D2E2L},{4L}},{{0x0DC9D2E2L},{0x938C9E10L},{0x677DC1A4L},{0xE0AF78BCL},{3L},{3L},{1L},{0x57AF73D9L}},{{0x00F62DCDL},{1L},{(-5L)},{0xF05FC563L},{0L},{0xD5741FFEL},{0xD5741FFEL},{0L}}};
            int32_t l_662[7] = {0xE5729D2AL,0xF541AE90L,0xF541AE90L,0xE5729D2AL,0xF541AE90L,0xF541AE90L,0xE5729D2AL};
            volatile union U1 * volatile * volatile * volatile **l_664[6] = {(void*)0,&g_663,(void*)0,(void*)0,&g_663,(void*)0};
            int i, j, k;
            for (i = 0; i < 6; i++)
                l_615[i] = 0xB09CD051L;
            if ((((g_512 , (safe_rshift_func_int8_t_s_u(g_510, (((((*g_161) = (((void*)0 == &g_290) != g_252)) <= (safe_rshift_func_int8_t_s_u(((*l_422) = (safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_u(((*l_498) = ((safe_div_func_int32_t_s_s((((g_301 >= ((((g_397 = (((*g_313) && g_97[3][4][0]) > ((g_13 ^ l_525[5][1]) , l_526))) || g_300) > g_59[1][7][0]) , l_527[0][0][0])) | g_82) , 4L), l_527[4][0][2])) >= g_97[3][4][0])), (*g_313))), 9)), g_97[3][4][0]))), 6))) , l_527[0][0][0]) , l_527[0][0][0])))) == l_527[0][0][0]) && g_295.f0))
            { /* block id: 200 */
                int16_t *l_544 = (void*)0;
                int16_t *l_545 = &g_546;
                int32_t l_547 = 0x719B1546L;
                uint64_t *l_554[2];
                uint32_t **l_558[1];
                uint8_t *l_563 = (void*)0;
                int i;
                for (i = 0; i < 2; i++)
                    l_554[i] = (void*)0;
                for (i = 0; i < 1; i++)
                    l_558[i] = &l_495[4][1][0];
                l_547 ^= (safe_lshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u(9UL, l_527[0][0][0])), (safe_sub_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((l_526 < (*g_313)), 2)), 5)), ((*l_545) = ((safe_rshift_func_int16_t_s_s((g_13 <= g_337), (l_527[0][0][0] ^ (safe_lshift_func_int16_t_s_u(((*l_498) = (safe_sub_func_int32_t_s_s((((l_526 == (l_526 && g_57)) <= g_97[3][4][0]) & 0x2DL), l_527[3][1][2]))), (*g_313)))))) > (**g_165)))))));
                (*l_509) = (void*)0;
                (*l_403) = (safe_lshift_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u(((l_555 &= (g_57 = 0x3573AB670D9BA3ADLL)) == ((l_565 &= (g_82 == (((l_547 && ((&g_179[1] == (l_495[6][8][0] = &g_59[1][3][1])) > (safe_sub_func_int64_t_s_s((((*l_398) = (*l_398)) != (void*)0), ((safe_mul_func_uint16_t_u_u((((&g_290 == ((8L | l_527[5][0][2]) , &g_290)) , l_563) != (void*)0), g_252)) <= (-10L)))))) & l_564) != 0xE2C44E36L))) | 18446744073709551612UL)), g_63)), g_82)), 6));
                (*g_566) = &g_311;
            }
            else
            { /* block id: 212 */
                (*l_405) = (*g_166);
            }
            if ((safe_mul_func_uint8_t_u_u(((*g_66)--), ((0x5CD82752A7321792LL >= ((*l_616) &= ((l_615[0] = (safe_mod_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((safe_mul_func_int16_t_s_s((((*g_313) |= 0x72A3L) >= (((safe_rshift_func_int8_t_s_s(((((safe_add_func_uint64_t_u_u(((safe_rshift_func_uint16_t_u_s(((l_587[0][2][0] = g_584) == &g_585), 6)) != ((*l_588)++)), l_526)) >= ((~(safe_div_func_int16_t_s_s(((safe_div_func_int64_t_s_s((safe_add_func_int64_t_s_s(((((*l_610) = ((safe_div_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(l_602, g_25[2])) < (safe_add_func_uint32_t_u_u((l_565 = (g_605 , (safe_lshift_func_int16_t_s_u((l_608 >= 65535UL), l_602)))), g_13))), l_609[0][0][0])) , (void*)0)) == (void*)0) , 5L), l_527[0][0][0])), g_25[2])) && l_565), 0xD83BL))) & l_612[2][3])) , 3UL) & l_526), 6)) , 6L) <= g_613)), l_602)), l_527[3][0][3])), l_614))) || (*g_166)))) && g_385))))
            { /* block id: 223 */
                uint16_t ***l_628 = &g_312[1];
                int32_t l_637[9] = {1L,1L,0x5A3A692AL,0x5A3A692AL,1L,0x5A3A692AL,0x5A3A692AL,1L,0x5A3A692AL};
                int i;
                (*g_166) = ((g_301 |= (l_614 , g_407[1][1][1])) , ((safe_lshift_func_uint16_t_u_s((((g_619 = g_619) != (void*)0) == (((((g_174 , ((((((safe_mul_func_int8_t_s_s(((safe_sub_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((((((((safe_mul_func_uint8_t_u_u(((((l_628 == l_478) != (~((safe_add_func_int64_t_s_s(((l_527[5][2][2] ^ ((safe_lshift_func_int8_t_s_u((safe_add_func_uint8_t_u_u(((g_179[4] = (l_636 &= g_218.f0)) < 1L), l_637[5])), 6)) >= 65533UL)) , g_385), l_638)) <= g_34))) != g_546) | l_526), (*g_66))) == 4294967286UL) != l_637[5]) > g_94.f2) != g_59[0][5][0]) ^ (*g_313)) >= g_59[0][5][0]), (*g_66))), (*g_66))) < g_407[1][1][1]), 1UL)) , 4294967291UL) | 0UL) != g_510) || g_42) & l_639[7][2][0])) , 4UL) , l_637[5]) != g_613) <= g_300)), l_637[0])) > l_565));
                l_662[5] |= (safe_lshift_func_int16_t_s_s((((g_300 , (*g_313)) && (((l_642 & ((1UL | ((*g_66) , (safe_sub_func_int32_t_s_s(((safe_div_func_uint8_t_u_u(((*l_588) ^= ((*g_66)--)), ((((1UL ^ (l_615[0] = ((*g_313) = (safe_mod_func_int64_t_s_s((l_651 , l_652[3][0]), (safe_sub_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u((((g_65 = ((safe_lshift_func_int8_t_s_s((!(safe_mod_func_uint8_t_u_u(g_167, l_639[0][1][0]))), 6)) & g_252)) < l_565) >= g_55), 0x29872371FEC27352LL)), 0UL))))))) && l_637[5]) == l_614) , 1L))) < g_337), 0x67F2A1ACL)))) == g_546)) , g_300) >= 0xD577AF0CL)) & l_637[2]), 7));
            }
            else
            { /* block id: 235 */
                if ((**g_165))
                    break;
            }
            g_663 = g_663;
        }
        else
        { /* block id: 239 */
            uint32_t l_668 = 1UL;
            if ((*g_166))
            { /* block id: 240 */
                const int64_t l_665[4] = {0xAB1D221E5A6E8B9ELL,0xAB1D221E5A6E8B9ELL,0xAB1D221E5A6E8B9ELL,0xAB1D221E5A6E8B9ELL};
                int i;
                return l_665[1];
            }
            else
            { /* block id: 242 */
                (*l_509) = l_666;
                (*l_666) ^= (*g_166);
            }
            ++l_668;
        }
    }
    (*l_405) = ((!g_93) , (g_689 |= ((~((*l_675)--)) > ((safe_sub_func_int32_t_s_s((**g_165), (safe_mul_func_uint16_t_u_u((*g_313), (((*l_688) = ((&l_406[0] == ((4UL > (safe_sub_func_int32_t_s_s((+(l_685[5][0][1] > (safe_rshift_func_int16_t_s_u(g_195, 2)))), g_97[5][3][0]))) , &g_166)) , 0x49CE60CD585AF06FLL)) != g_44))))) >= g_82))));
    return (*l_401);
}


/* ------------------------------------------ */
/* 
 * reads : g_13 g_25 g_34 g_44 g_42 g_55 g_166 g_165 g_337
 * writes: g_13 g_25 g_44 g_55 g_57 g_63 g_66 g_385 g_167 g_166
 */
static int8_t  func_3(uint8_t  p_4)
{ /* block id: 1 */
    uint8_t *l_10 = (void*)0;
    uint8_t *l_11 = (void*)0;
    uint8_t *l_12 = &g_13;
    int32_t l_24 = 0xBCB1A7A8L;
    uint64_t *l_43 = &g_44;
    int64_t *l_54[9][7] = {{(void*)0,(void*)0,&g_42,&g_42,(void*)0,(void*)0,(void*)0},{&g_55,&g_55,(void*)0,&g_42,&g_42,&g_42,&g_42},{&g_42,&g_42,&g_55,&g_42,&g_42,&g_42,&g_42},{&g_42,&g_55,&g_42,(void*)0,(void*)0,(void*)0,&g_42},{&g_55,(void*)0,(void*)0,&g_55,(void*)0,(void*)0,&g_55},{&g_55,&g_55,&g_55,&g_42,(void*)0,&g_42,&g_55},{(void*)0,(void*)0,&g_42,&g_55,&g_55,&g_42,&g_55},{&g_42,&g_42,&g_55,&g_55,&g_42,(void*)0,&g_55},{&g_42,&g_55,(void*)0,(void*)0,(void*)0,(void*)0,&g_55}};
    uint64_t *l_56 = &g_57;
    uint32_t *l_58[10][6][4] = {{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}},{{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0},{&g_59[0][9][1],(void*)0,&g_59[0][9][1],(void*)0}}};
    int32_t l_60 = 5L;
    int32_t *l_61 = &l_24;
    int32_t *l_62 = &g_63;
    uint8_t **l_383[3];
    uint8_t *l_384 = &g_295.f0;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_383[i] = (void*)0;
    (*g_166) = (safe_add_func_uint32_t_u_u((+func_8(((*l_12)++))), (safe_div_func_uint8_t_u_u(((g_385 = ((l_384 = (g_66 = func_18(((*l_62) = (+(((((*l_61) = ((!(l_60 |= (safe_div_func_int32_t_s_s(((g_25[2] |= (p_4 , l_24)) < (((safe_mod_func_uint32_t_u_u((safe_add_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u((g_34 || (&p_4 == &p_4)), 2)) != ((!(l_24 , (((safe_sub_func_int64_t_s_s((((*l_56) = (safe_div_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u((--(*l_43)), (g_55 ^= (safe_div_func_uint32_t_u_u((0x3C9E4A0435E45DB0LL <= ((!(safe_mul_func_int8_t_s_s(((((safe_rshift_func_int8_t_s_u(0L, l_24)) >= g_42) == p_4) && p_4), p_4))) , 0xA0B2B0402AD9236FLL)), l_24))))), l_24))) , g_44), 0x7F464F6128B293C3LL)) <= l_24) , p_4))) & 0L)), l_24)), l_24)) >= l_24) != 4294967287UL)), 0x9D3B05E2L)))) , 1L)) != 1UL) > g_42) , p_4)))))) == &g_65)) <= 1UL), p_4))));
    (*g_165) = (*g_165);
    return g_337;
}


/* ------------------------------------------ */
/* 
 * reads : g_13
 * writes:
 */
static int64_t  func_8(uint8_t  p_9)
{ /* block id: 3 */
    return g_13;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint8_t * func_18(int32_t  p_19)
{ /* block id: 12 */
    uint8_t *l_64[1];
    uint8_t *l_67 = (void*)0;
    int32_t *l_69 = &g_63;
    uint16_t *l_81 = &g_82;
    uint64_t *l_85 = &g_57;
    uint16_t *l_92 = &g_93;
    int32_t l_95 = 0xF2894906L;
    int8_t *l_96 = &g_97[3][4][0];
    int32_t **l_98 = &l_69;
    int16_t l_117 = 0L;
    int32_t l_124 = (-1L);
    int16_t l_125 = 0xB006L;
    int8_t *l_126 = &g_94.f2;
    int8_t *l_127 = &g_94.f2;
    int8_t *l_128 = &g_94.f2;
    int8_t *l_129 = &g_94.f2;
    int8_t *l_130 = &g_94.f2;
    int32_t l_131 = (-1L);
    uint16_t l_191 = 0x025DL;
    uint64_t l_202[1][5] = {{0UL,0UL,0UL,0UL,0UL}};
    int32_t l_230 = 0x9A3159ADL;
    int32_t l_231[7][9][4];
    int32_t **l_285[10][7];
    const union U1 *l_289 = &g_218;
    int32_t * const l_302 = &g_63;
    int64_t *l_310 = (void*)0;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_64[i] = &g_65;
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
                l_231[i][j][k] = (-9L);
        }
    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
            l_285[i][j] = &l_69;
    }
    return l_127;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_13, "g_13", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_59[i][j][k], "g_59[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_97[i][j][k], "g_97[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_174.f0, "g_174.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_179[i], "g_179[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_195, "g_195", print_hash_value);
    transparent_crc(g_218.f0, "g_218.f0", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_295.f0, "g_295.f0", print_hash_value);
    transparent_crc(g_300, "g_300", print_hash_value);
    transparent_crc(g_301, "g_301", print_hash_value);
    transparent_crc(g_337, "g_337", print_hash_value);
    transparent_crc(g_385, "g_385", print_hash_value);
    transparent_crc(g_397, "g_397", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_407[i][j][k], "g_407[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_510, "g_510", print_hash_value);
    transparent_crc(g_512.f0, "g_512.f0", print_hash_value);
    transparent_crc(g_546, "g_546", print_hash_value);
    transparent_crc(g_605.f0, "g_605.f0", print_hash_value);
    transparent_crc(g_613, "g_613", print_hash_value);
    transparent_crc(g_689, "g_689", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 144
XXX total union variables: 5

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 2
XXX structs with bitfields in the program: 11
breakdown:
   indirect level: 0, occurrence: 5
   indirect level: 1, occurrence: 4
   indirect level: 2, occurrence: 1
   indirect level: 3, occurrence: 0
   indirect level: 4, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 31
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 8
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 3

XXX max expression depth: 49
breakdown:
   depth: 1, occurrence: 49
   depth: 2, occurrence: 6
   depth: 7, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 24, occurrence: 1
   depth: 26, occurrence: 2
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 42, occurrence: 1
   depth: 44, occurrence: 1
   depth: 49, occurrence: 1

XXX total number of pointers: 119

XXX times a variable address is taken: 346
XXX times a pointer is dereferenced on RHS: 42
breakdown:
   depth: 1, occurrence: 38
   depth: 2, occurrence: 4
XXX times a pointer is dereferenced on LHS: 83
breakdown:
   depth: 1, occurrence: 78
   depth: 2, occurrence: 5
XXX times a pointer is compared with null: 14
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 1056

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 273
   level: 2, occurrence: 48
   level: 3, occurrence: 3
   level: 4, occurrence: 6
   level: 5, occurrence: 5
XXX number of pointers point to pointers: 34
XXX number of pointers point to scalars: 79
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.9
XXX average alias set size: 1.32

XXX times a non-volatile is read: 450
XXX times a non-volatile is write: 231
XXX times a volatile is read: 28
XXX    times read thru a pointer: 14
XXX times a volatile is write: 18
XXX    times written thru a pointer: 11
XXX times a volatile is available for access: 548
XXX percentage of non-volatile access: 93.7

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 44
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 10
   depth: 2, occurrence: 10
   depth: 3, occurrence: 14

XXX percentage a fresh-made variable is used: 18.4
XXX percentage an existing variable is used: 81.6
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

