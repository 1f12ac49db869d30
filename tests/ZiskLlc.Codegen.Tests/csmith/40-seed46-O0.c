/* Csmith 2.3.0 --seed 46 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 8B640182 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 46 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      46
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
   const int32_t  f1;
   const uint8_t  f2;
   unsigned f3 : 28;
   const int64_t  f4;
   uint16_t  f5;
   const int16_t  f6;
   volatile int8_t  f7;
   int8_t  f8;
   uint64_t  f9;
};

#pragma pack(push)
#pragma pack(1)
struct S1 {
   uint8_t  f0;
   uint8_t  f1;
   int8_t  f2;
   uint32_t  f3;
   uint32_t  f4;
   volatile uint32_t  f5;
};
#pragma pack(pop)

struct S2 {
   const volatile signed f0 : 19;
   const signed f1 : 28;
   volatile unsigned f2 : 30;
   volatile signed f3 : 8;
   const struct S1  f4;
   volatile signed f5 : 13;
};

union U3 {
   uint32_t  f0;
   unsigned f1 : 9;
   const int32_t  f2;
   uint32_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_2 = 0xE5L;
static int32_t g_4[5][3] = {{0x4ABC2489L,0x4ABC2489L,0x4ABC2489L},{(-1L),0L,(-1L)},{0x4ABC2489L,0x4ABC2489L,0x4ABC2489L},{(-1L),0L,(-1L)},{0x4ABC2489L,0x4ABC2489L,0x4ABC2489L}};
static int32_t g_5 = (-1L);
static int16_t g_24 = 0x4CD7L;
static uint16_t g_27 = 65532UL;
static volatile struct S0 g_47 = {0xB7D9658AL,0x494CAA1CL,0x4AL,9276,-9L,65535UL,-1L,-1L,0L,0xDAFCE28766912E21LL};/* VOLATILE GLOBAL g_47 */
static volatile struct S2 g_48 = {-24,-8908,28405,3,{1UL,253UL,1L,0UL,4294967289UL,0x50406789L},-72};/* VOLATILE GLOBAL g_48 */
static struct S0 g_49 = {0x0F7E9ACAL,-1L,0xE9L,3554,1L,0xA208L,0x2B08L,0L,0L,18446744073709551612UL};/* VOLATILE GLOBAL g_49 */
static int32_t *g_67[10][6][4] = {{{&g_4[4][0],&g_4[0][2],&g_4[3][0],&g_4[3][0]},{&g_4[3][0],&g_4[0][2],&g_4[1][2],&g_4[3][0]},{&g_4[2][1],&g_4[4][2],&g_4[2][0],&g_4[3][0]},{&g_4[4][2],&g_4[0][2],&g_4[1][1],&g_4[4][2]},{&g_4[3][0],&g_4[3][0],&g_4[3][1],&g_4[3][0]},{&g_4[4][1],&g_4[0][0],&g_4[3][0],(void*)0}},{{&g_4[3][0],&g_4[3][0],&g_4[3][0],(void*)0},{&g_4[3][0],&g_4[0][0],&g_4[4][2],&g_4[3][0]},{&g_4[3][0],(void*)0,&g_4[3][0],&g_4[3][0]},{&g_4[3][0],&g_4[3][0],&g_4[3][1],&g_4[4][2]},{&g_4[3][0],&g_4[3][0],(void*)0,&g_4[3][0]},{&g_4[3][0],&g_4[3][1],&g_4[1][0],&g_4[1][1]}},{{&g_4[3][0],&g_4[4][2],(void*)0,(void*)0},{&g_4[3][0],(void*)0,(void*)0,&g_4[3][0]},{&g_4[0][2],&g_4[3][0],&g_4[3][0],&g_4[1][1]},{(void*)0,&g_4[3][0],&g_4[4][2],(void*)0},{&g_4[3][0],&g_4[3][0],&g_4[0][1],&g_4[3][0]},{(void*)0,&g_4[1][0],&g_4[1][2],&g_4[3][0]}},{{&g_4[3][1],&g_4[4][2],&g_4[3][0],&g_4[1][0]},{&g_4[3][0],&g_4[0][0],(void*)0,&g_4[0][2]},{&g_4[3][0],&g_4[3][0],&g_4[1][2],&g_4[3][0]},{&g_4[3][0],&g_4[3][2],&g_4[0][2],&g_4[0][2]},{&g_4[3][0],&g_4[3][0],&g_4[3][0],(void*)0},{&g_4[3][0],&g_4[1][2],&g_4[3][0],&g_4[3][0]}},{{(void*)0,&g_4[3][0],(void*)0,&g_4[3][0]},{&g_4[3][0],&g_4[3][0],&g_4[2][2],&g_4[3][0]},{&g_4[3][0],&g_4[1][2],&g_4[1][0],(void*)0},{&g_4[4][2],&g_4[3][0],(void*)0,&g_4[0][2]},{&g_4[3][0],&g_4[3][2],&g_4[3][0],&g_4[3][0]},{&g_4[1][1],&g_4[3][0],&g_4[3][0],&g_4[0][2]}},{{(void*)0,&g_4[0][0],&g_4[4][2],&g_4[1][0]},{&g_4[3][0],&g_4[4][2],&g_4[0][2],&g_4[3][0]},{&g_4[1][1],&g_4[1][0],&g_4[3][1],&g_4[3][0]},{(void*)0,&g_4[3][0],(void*)0,(void*)0},{&g_4[3][0],&g_4[3][0],&g_4[3][0],&g_4[1][1]},{&g_4[3][0],&g_4[3][0],(void*)0,&g_4[3][0]}},{{&g_4[1][0],(void*)0,(void*)0,(void*)0},{&g_4[0][2],&g_4[4][2],&g_4[0][2],&g_4[1][1]},{&g_4[3][0],&g_4[3][1],&g_4[4][2],&g_4[3][0]},{&g_4[0][2],&g_4[3][0],&g_4[0][2],&g_4[4][2]},{(void*)0,&g_4[3][0],&g_4[0][0],&g_4[3][0]},{&g_4[3][0],(void*)0,&g_4[3][0],&g_4[3][0]}},{{&g_4[3][0],&g_4[0][0],&g_4[3][0],(void*)0},{&g_4[3][0],&g_4[3][0],&g_4[0][0],&g_4[3][0]},{(void*)0,&g_4[4][2],&g_4[0][2],&g_4[3][0]},{&g_4[0][2],&g_4[3][0],&g_4[4][2],&g_4[3][0]},{&g_4[3][0],&g_4[4][2],&g_4[0][2],&g_4[3][0]},{&g_4[0][2],&g_4[3][0],(void*)0,&g_4[3][0]}},{{&g_4[1][0],&g_4[3][0],(void*)0,&g_4[3][1]},{&g_4[3][0],&g_4[4][2],&g_4[3][0],(void*)0},{&g_4[3][0],&g_4[0][2],(void*)0,&g_4[3][0]},{(void*)0,&g_4[3][2],&g_4[3][1],(void*)0},{&g_4[1][1],&g_4[3][0],&g_4[0][2],&g_4[0][2]},{&g_4[3][0],(void*)0,&g_4[4][2],&g_4[3][0]}},{{(void*)0,&g_4[4][2],&g_4[3][0],&g_4[3][0]},{&g_4[1][1],&g_4[3][0],&g_4[3][0],&g_4[3][0]},{&g_4[3][2],(void*)0,(void*)0,&g_4[3][2]},{&g_4[0][2],(void*)0,&g_4[3][0],&g_4[3][0]},{&g_4[3][0],&g_4[3][0],(void*)0,&g_4[3][0]},{&g_4[4][2],&g_4[3][1],&g_4[3][0],&g_4[3][0]}}};
static uint16_t *g_86 = &g_27;
static uint16_t **g_85 = &g_86;
static uint8_t g_90 = 0UL;
static volatile struct S1 g_126 = {0x55L,0x6AL,0xF6L,0x6309575DL,0x5C0FEA65L,2UL};/* VOLATILE GLOBAL g_126 */
static int32_t ** volatile g_128 = (void*)0;/* VOLATILE GLOBAL g_128 */
static int32_t * volatile g_134 = &g_4[1][2];/* VOLATILE GLOBAL g_134 */
static uint16_t g_138 = 65526UL;
static union U3 g_155 = {0x5224E523L};
static const uint8_t *g_160 = &g_49.f2;
static const uint8_t * volatile *g_159 = &g_160;
static const uint8_t * volatile * volatile *g_158 = &g_159;
static struct S1 g_164 = {4UL,0xA1L,0x31L,4294967295UL,0x0464180AL,0UL};/* VOLATILE GLOBAL g_164 */
static int64_t g_168 = 0L;
static struct S1 g_169[1] = {{0x0EL,0xF8L,0L,1UL,0x47A76EE4L,0xCE94A696L}};
static int32_t g_189[4][3] = {{(-1L),(-1L),0x314A1B8DL},{0xD6D8AE4EL,0xD6D8AE4EL,0xA3471C5DL},{(-1L),(-1L),0x314A1B8DL},{0xD6D8AE4EL,0xD6D8AE4EL,0xA3471C5DL}};
static int32_t ** volatile g_204[4][7] = {{&g_67[2][4][3],&g_67[4][0][2],&g_67[9][1][2],&g_67[9][1][2],&g_67[9][1][2],(void*)0,(void*)0},{&g_67[1][3][2],&g_67[9][1][2],&g_67[9][1][2],&g_67[9][1][2],&g_67[1][3][2],&g_67[4][5][0],&g_67[2][4][3]},{&g_67[2][5][0],&g_67[4][0][2],(void*)0,&g_67[6][5][3],&g_67[1][3][2],&g_67[2][4][3],&g_67[1][3][2]},{(void*)0,&g_67[9][1][2],&g_67[9][1][2],(void*)0,&g_67[9][1][2],&g_67[6][5][3],&g_67[2][5][0]}};
static int32_t g_207 = (-6L);
static struct S1 g_251 = {2UL,0xA4L,0x16L,4294967290UL,4294967295UL,0x52946B7AL};/* VOLATILE GLOBAL g_251 */
static struct S2 g_306[7][2][5] = {{{{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77}},{{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-377,7894,13418,10,{0xB7L,0UL,0x0DL,0x4FAA4340L,0x9A7A9C8DL,3UL},80},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20}}},{{{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33}},{{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84}}},{{{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{441,-12597,1192,-4,{0x9AL,0xF8L,6L,0x4F7B4804L,0xB2A888EFL,0xFA366EE9L},38},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33}},{{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20}}},{{{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77}},{{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-377,7894,13418,10,{0xB7L,0UL,0x0DL,0x4FAA4340L,0x9A7A9C8DL,3UL},80},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20}}},{{{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33}},{{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84}}},{{{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{441,-12597,1192,-4,{0x9AL,0xF8L,6L,0x4F7B4804L,0xB2A888EFL,0xFA366EE9L},38},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33}},{{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{569,-7806,6055,-1,{0x32L,249UL,0x08L,1UL,3UL,0x8B6CA54EL},-84},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20}}},{{{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77},{227,10931,29291,-3,{0xCDL,0x44L,0L,0UL,0xC681E322L,0x7AD00052L},-33},{-78,5930,7457,-13,{0x2BL,0x62L,0xA4L,8UL,0x176A2D43L,0xEBE816FCL},77}},{{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-377,7894,13418,10,{0xB7L,0UL,0x0DL,0x4FAA4340L,0x9A7A9C8DL,3UL},80},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20},{-670,-9320,27762,-1,{2UL,1UL,0xD8L,4294967293UL,0x9650826CL,0xA4F6FBCFL},-20}}}};


/* --- FORWARD DECLARATIONS --- */
static struct S2  func_1(void);
static int32_t  func_6(int32_t  p_7);
static uint32_t  func_22(uint16_t  p_23);
static int32_t * const  func_30(uint32_t  p_31, uint64_t  p_32, const int64_t  p_33, uint16_t * p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_5 g_4 g_27 g_47 g_48 g_49 g_24 g_85 g_86 g_126 g_134 g_138 g_155 g_158 g_155.f3 g_164.f3 g_159 g_160 g_168 g_169 g_164.f2 g_189 g_90 g_164.f0 g_207 g_251.f5 g_306
 * writes: g_4 g_5 g_2 g_27 g_67 g_49.f8 g_126 g_138 g_168 g_164 g_49.f7 g_47.f0 g_24 g_251 g_90
 */
static struct S2  func_1(void)
{ /* block id: 0 */
    int32_t *l_3 = &g_4[3][0];
    int32_t l_15 = 0x83FAA058L;
    int16_t l_17 = (-3L);
    int64_t l_18 = 0xD8D6691A67D55137LL;
    int16_t *l_231 = &l_17;
    int32_t l_287 = 0L;
    g_5 &= ((*l_3) = g_2);
lbl_250:
    if (func_6((*l_3)))
    { /* block id: 10 */
        int16_t l_10 = 0x4B58L;
        int32_t l_13 = (-1L);
        int32_t l_16[7][2][7] = {{{0x913DA513L,0x22C08F49L,1L,0x8B3176A1L,0L,0x6B9BDD18L,0L},{0xED69B12DL,(-1L),(-1L),0xED69B12DL,0xC3167647L,(-1L),1L}},{{0xED69B12DL,0x6B9BDD18L,(-1L),0x22C08F49L,0x67DCAF6DL,(-1L),1L},{0x913DA513L,0xC3167647L,1L,(-9L),1L,(-9L),1L}},{{1L,1L,0x5A2C03FDL,0x404D0838L,(-1L),(-9L),0L},{0x8B3176A1L,0x5A2C03FDL,0L,(-1L),0x913DA513L,(-1L),0x6B9BDD18L}},{{(-9L),(-1L),(-1L),0L,(-1L),(-1L),(-9L)},{0x67DCAF6DL,(-9L),0xED69B12DL,0L,1L,0x6B9BDD18L,(-1L)}},{{1L,(-1L),0xC3167647L,(-1L),0x67DCAF6DL,0x42C5ACC8L,0x42C5ACC8L},{0x404D0838L,(-1L),0x5A2C03FDL,(-1L),0x404D0838L,0L,0x67DCAF6DL}},{{0x67DCAF6DL,(-1L),0xC3167647L,(-1L),1L,(-9L),(-1L)},{(-1L),0x8B3176A1L,1L,1L,0x5A2C03FDL,0x5A2C03FDL,1L}},{{0x67DCAF6DL,(-1L),0x67DCAF6DL,0x5A2C03FDL,0x22C08F49L,0x8B3176A1L,1L},{0x404D0838L,(-1L),(-9L),0L,1L,0x67DCAF6DL,(-1L)}}};
        struct S1 * const l_163 = &g_164;
        uint8_t * const **l_165 = (void*)0;
        uint8_t *l_190 = &g_164.f1;
        int32_t l_191 = 8L;
        int16_t *l_192 = (void*)0;
        int i, j, k;
lbl_170:
        for (g_2 = 0; (g_2 <= 2); g_2 += 1)
        { /* block id: 13 */
            int32_t *l_11 = (void*)0;
            int32_t *l_12 = &g_4[4][2];
            int32_t *l_14[1][4][7] = {{{&g_4[3][0],&g_4[3][0],&g_4[2][1],&l_13,&g_4[3][0],&l_13,&g_4[2][1]},{&g_4[3][0],&g_4[3][0],&g_4[2][1],&l_13,&g_4[3][0],&l_13,&g_4[2][1]},{&g_4[3][0],&g_4[3][0],&g_4[2][1],&l_13,&g_4[3][0],&l_13,&g_4[2][1]},{&g_4[3][0],&g_4[3][0],&g_4[2][1],&l_13,&g_4[3][0],&l_13,&g_4[2][1]}}};
            uint32_t l_19 = 1UL;
            int8_t l_167 = 7L;
            int i, j, k;
            (*l_3) &= (-1L);
            if (g_4[3][0])
                continue;
            l_19++;
            for (l_17 = 1; (l_17 >= 0); l_17 -= 1)
            { /* block id: 19 */
                uint16_t *l_25 = (void*)0;
                uint16_t *l_26 = &g_27;
                uint16_t *l_137 = &g_138;
                int32_t l_166 = (-7L);
                int i, j;
                g_168 &= (func_22(((*l_26)++)) < (((safe_sub_func_uint64_t_u_u((((*l_137)--) ^ (g_49.f5 && ((safe_add_func_uint16_t_u_u(0xABCDL, g_5)) <= g_49.f5))), (safe_lshift_func_uint16_t_u_u((l_167 |= ((safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_u(((safe_mul_func_uint8_t_u_u((g_155 , (((safe_mod_func_int16_t_s_s(((g_158 == (((((((safe_div_func_int32_t_s_s(((void*)0 != l_163), g_49.f1)) && 0x7BL) <= 2UL) || 0x45L) && g_155.f3) || g_49.f5) , l_165)) | l_166), g_164.f3)) | (-5L)) , (***g_158))), (**g_159))) == 9UL), (*g_160))) & 4L), g_49.f1)), (**g_159))) <= g_24)), l_166)))) || g_49.f5) >= g_49.f0));
                if (g_5)
                    goto lbl_170;
            }
            for (l_13 = 2; (l_13 >= 0); l_13 -= 1)
            { /* block id: 87 */
                int i, j;
                if (g_4[(l_13 + 1)][g_2])
                    break;
                (*l_163) = g_169[0];
                if (l_13)
                    break;
            }
        }
        if (((g_164.f2 ^ ((safe_div_func_int16_t_s_s((l_15 &= ((safe_sub_func_int8_t_s_s(0x53L, (1L <= (safe_div_func_uint32_t_u_u(((&l_13 != &l_15) < (((((safe_sub_func_uint16_t_u_u((safe_add_func_int8_t_s_s(l_10, ((*l_190) = ((((safe_mul_func_int16_t_s_s((*l_3), (safe_mod_func_int8_t_s_s((safe_add_func_uint8_t_u_u((0xB8L < (safe_add_func_int64_t_s_s((l_10 ^ g_126.f1), 0x9A290CDD90FAD0A5LL))), g_189[0][1])), l_16[4][0][6])))) , 3L) , (*g_134)) < l_16[0][1][5])))), (*l_3))) <= l_191) & (*l_3)) , g_169[0].f1) ^ (*l_3))), (*l_3)))))) , l_16[2][1][1])), g_49.f3)) ^ (*l_3))) & 0x2D32F513778AEA7ELL))
        { /* block id: 96 */
            for (g_5 = 0; (g_5 < (-3)); g_5--)
            { /* block id: 99 */
                (*l_3) = (*l_3);
            }
        }
        else
        { /* block id: 102 */
            int32_t *l_195 = &l_16[4][0][6];
            int32_t *l_196 = &l_13;
            int32_t *l_197 = &g_4[3][0];
            int32_t *l_198 = &l_15;
            uint32_t l_199 = 4UL;
            --l_199;
        }
    }
    else
    { /* block id: 105 */
        int32_t l_213[6] = {(-1L),0x9D664D86L,(-1L),(-1L),0x9D664D86L,(-1L)};
        union U3 l_214 = {18446744073709551615UL};
        int32_t *l_215[2][10][3] = {{{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0}},{{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0},{&g_207,&g_207,&g_207},{(void*)0,(void*)0,(void*)0}}};
        int i, j, k;
        for (l_15 = 0; (l_15 >= 8); l_15++)
        { /* block id: 108 */
            int32_t **l_205 = &g_67[9][1][2];
            int32_t l_208 = 0x896FCFB8L;
            (*l_205) = &g_4[0][1];
            for (g_168 = 0; (g_168 <= 3); g_168 += 1)
            { /* block id: 112 */
                int32_t *l_206[1][4] = {{&g_207,&g_207,&g_207,&g_207}};
                int i, j;
                l_208 |= ((*l_3) = 1L);
            }
        }
        l_15 |= (((safe_mod_func_int64_t_s_s((((void*)0 != &g_159) ^ ((-1L) >= ((g_49 , ((-1L) != ((((*l_3) < (((safe_sub_func_uint16_t_u_u((g_48.f1 && l_213[2]), 4L)) >= (*l_3)) , (-1L))) | 1UL) < g_90))) | g_164.f0))), 0xE37E6B1B2DD2EF52LL)) , l_214) , 0x54EC6FA8L);
        for (g_49.f7 = 0; g_49.f7 < 2; g_49.f7 += 1)
        {
            for (g_47.f0 = 0; g_47.f0 < 10; g_47.f0 += 1)
            {
                for (g_126.f5 = 0; g_126.f5 < 3; g_126.f5 += 1)
                {
                    l_215[g_49.f7][g_47.f0][g_126.f5] = (void*)0;
                }
            }
        }
    }
    for (g_24 = 0; (g_24 >= 12); g_24++)
    { /* block id: 122 */
        volatile struct S2 *l_219[10] = {&g_48,&g_48,&g_48,&g_48,&g_48,&g_48,&g_48,&g_48,&g_48,&g_48};
        volatile struct S2 **l_218 = &l_219[6];
        int32_t l_222 = 9L;
        uint64_t *l_235 = (void*)0;
        uint64_t *l_236[5][10][4] = {{{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,(void*)0},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,(void*)0},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9}},{{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,(void*)0},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,(void*)0,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,(void*)0},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9}},{{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,(void*)0},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,(void*)0},{(void*)0,(void*)0,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9}},{{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,(void*)0},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,(void*)0,&g_49.f9}},{{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,(void*)0},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9}}};
        uint32_t l_237 = 4294967295UL;
        int8_t *l_303 = &g_164.f2;
        int i, j, k;
        (*l_218) = &g_48;
        if ((safe_rshift_func_uint8_t_u_s(l_222, ((safe_mul_func_int16_t_s_s((*l_3), (safe_rshift_func_int8_t_s_s(g_207, 4)))) && (safe_sub_func_int16_t_s_s(((g_49.f5 || ((((safe_sub_func_uint64_t_u_u(((l_231 = &g_24) != &g_24), (-1L))) == (~(*l_3))) >= (safe_div_func_uint64_t_u_u((l_237 = (l_222 >= 0L)), 1L))) , 0x5A4F54504EA7FF4ELL)) , g_169[0].f3), l_222))))))
        { /* block id: 126 */
            int32_t l_249 = 6L;
            int32_t l_253 = 0x6E4B32C9L;
            if ((((**g_85) == g_164.f0) | ((safe_mod_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_u(65529UL, 5)) , 0x5FF9862D915F21C8LL), (safe_mul_func_int16_t_s_s(((safe_mul_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u((*g_86), 3)), (&g_24 == ((~(*l_3)) , &l_17)))) <= (*g_86)), 0x9CF0L)))) == l_249)))
            { /* block id: 127 */
                uint16_t l_252 = 0xE6B3L;
                if (g_27)
                    goto lbl_250;
                g_251 = g_169[0];
                if (l_252)
                    break;
                if (l_249)
                    continue;
            }
            else
            { /* block id: 132 */
                uint64_t l_254 = 5UL;
                int32_t l_270[8][4] = {{1L,0L,0x28C04C17L,0L},{0L,(-1L),0x461B7650L,0L},{0x461B7650L,0L,(-1L),(-1L)},{0L,0L,0x28C04C17L,1L},{0L,(-1L),(-1L),0L},{0x461B7650L,1L,0x461B7650L,(-1L)},{0L,1L,0x28C04C17L,0L},{1L,(-1L),(-1L),1L}};
                int8_t *l_285 = (void*)0;
                int8_t *l_286 = &g_49.f8;
                const int32_t l_288 = 4L;
                int32_t **l_289 = &l_3;
                int i, j;
                (*l_289) = func_30(((l_254--) != (safe_add_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((((g_155 , (1L != ((!(safe_rshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s(((safe_add_func_int32_t_s_s(((((l_270[0][2] = g_49.f0) , (safe_add_func_uint64_t_u_u((((safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_s(0xB3L, l_222)), 7)), (((safe_div_func_uint8_t_u_u(((0x203B5EF5EFCAC263LL >= ((void*)0 != &g_24)) & (safe_mul_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((((((*l_286) = ((&g_86 == (void*)0) || g_49.f0)) , l_270[5][0]) | g_49.f1) , 6L), l_249)) , 65535UL), (-10L)))), l_270[6][1])) != 0xCAD8L) | 0x55C9BD58L))) , 0x57B4945FL) == l_287), (*l_3)))) & (**g_85)) , (*l_3)), 0x09D467D1L)) > g_251.f5), 0x3B88L)), l_222))) < (**g_85)))) == l_249) , 0x54L), l_249)), g_49.f9)), l_253))), l_249, l_288, l_231);
            }
        }
        else
        { /* block id: 138 */
            int32_t l_292 = 0x04D1D02DL;
            uint32_t l_298 = 1UL;
            for (g_90 = (-30); (g_90 == 19); g_90 = safe_add_func_int32_t_s_s(g_90, 1))
            { /* block id: 141 */
                int8_t l_293 = 0xDDL;
                int32_t *l_294 = &g_207;
                int32_t *l_295 = (void*)0;
                int32_t *l_296 = &l_292;
                int32_t *l_297[5] = {&g_207,&g_207,&g_207,&g_207,&g_207};
                int i;
                if ((*l_3))
                    break;
                l_298--;
            }
        }
        (*l_3) &= ((safe_lshift_func_int8_t_s_s(l_222, g_48.f4.f0)) < ((*l_303) = l_222));
        for (g_164.f2 = (-24); (g_164.f2 <= (-20)); g_164.f2++)
        { /* block id: 150 */
            return g_306[0][0][3];
        }
    }
    return g_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_5
 * writes:
 */
static int32_t  func_6(int32_t  p_7)
{ /* block id: 3 */
    uint32_t l_9 = 0xCCE35A12L;
    if (((0x324015FBL == (+p_7)) > (l_9 |= g_4[4][0])))
    { /* block id: 5 */
        return g_5;
    }
    else
    { /* block id: 7 */
        return p_7;
    }
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_5 g_27 g_47 g_48 g_49 g_2 g_24 g_85 g_86 g_126 g_134
 * writes: g_27 g_4 g_67 g_49.f8 g_126
 */
static uint32_t  func_22(uint16_t  p_23)
{ /* block id: 21 */
    uint16_t *l_36 = &g_27;
    int32_t **l_129 = &g_67[9][1][2];
    int32_t ***l_130 = &l_129;
    const int32_t *l_133 = &g_49.f1;
    const int32_t **l_132[7][8] = {{&l_133,(void*)0,(void*)0,&l_133,&l_133,&l_133,(void*)0,&l_133},{&l_133,(void*)0,&l_133,&l_133,&l_133,&l_133,&l_133,(void*)0},{(void*)0,(void*)0,&l_133,&l_133,&l_133,&l_133,&l_133,&l_133},{&l_133,(void*)0,&l_133,&l_133,(void*)0,&l_133,&l_133,&l_133},{(void*)0,&l_133,&l_133,&l_133,&l_133,&l_133,&l_133,&l_133},{&l_133,&l_133,&l_133,&l_133,&l_133,&l_133,(void*)0,&l_133},{&l_133,&l_133,(void*)0,&l_133,&l_133,(void*)0,&l_133,&l_133}};
    int i, j;
    (*l_129) = func_30(g_4[3][0], (g_5 || ((*l_36) = (+p_23))), g_5, &p_23);
    (*g_134) = (((*l_130) = l_129) == ((safe_unary_minus_func_uint32_t_u(g_48.f4.f4)) , l_132[6][1]));
    return (*l_133);
}


/* ------------------------------------------ */
/* 
 * reads : g_27 g_4 g_47 g_48 g_49 g_2 g_24 g_85 g_86 g_5 g_126
 * writes: g_27 g_4 g_67 g_49.f8 g_126
 */
static int32_t * const  func_30(uint32_t  p_31, uint64_t  p_32, const int64_t  p_33, uint16_t * p_34)
{ /* block id: 23 */
    int32_t l_50 = 0xDA42CED7L;
    int32_t * const l_55 = &g_4[3][0];
    uint16_t *l_59 = &g_27;
    uint16_t **l_58 = &l_59;
    uint32_t l_61 = 18446744073709551615UL;
    int32_t *l_68[1];
    uint16_t l_69[1];
    int32_t l_94 = 0x845A3699L;
    int32_t *l_116[6];
    volatile struct S1 *l_127[5];
    int i;
    for (i = 0; i < 1; i++)
        l_68[i] = &g_4[3][0];
    for (i = 0; i < 1; i++)
        l_69[i] = 0x29E5L;
    for (i = 0; i < 6; i++)
        l_116[i] = &g_4[3][0];
    for (i = 0; i < 5; i++)
        l_127[i] = &g_126;
    for (g_27 = 0; (g_27 <= 2); g_27 += 1)
    { /* block id: 26 */
        int64_t l_37 = 0L;
        uint16_t *l_57 = (void*)0;
        uint16_t **l_56 = &l_57;
        if (l_37)
            break;
        for (p_31 = 0; (p_31 <= 2); p_31 += 1)
        { /* block id: 30 */
            union U3 l_38 = {0xAE2A06A0L};
            int i, j;
            if ((l_38 , (255UL && (((safe_div_func_int8_t_s_s(g_4[(p_31 + 1)][g_27], g_4[(p_31 + 1)][g_27])) || ((safe_lshift_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((safe_mod_func_int32_t_s_s(((g_47 , (g_48 , g_49)) , l_50), (safe_lshift_func_uint16_t_u_u((safe_div_func_uint16_t_u_u((l_38 , 0x5026L), 0xE3A6L)), g_2)))) >= g_24), g_49.f5)), p_31)) < 0x5A6EL)) <= 4294967292UL))))
            { /* block id: 31 */
                return l_55;
            }
            else
            { /* block id: 33 */
                int32_t *l_60[3][8][1] = {{{&g_4[3][0]},{&g_4[3][0]},{&g_4[(p_31 + 1)][g_27]},{&g_4[(p_31 + 1)][g_27]},{&g_4[3][0]},{&g_4[3][0]},{&g_4[3][0]},{&g_4[(p_31 + 1)][g_27]}},{{&g_4[(p_31 + 1)][g_27]},{&g_4[3][0]},{&g_4[3][0]},{&g_4[3][0]},{&g_4[(p_31 + 1)][g_27]},{&g_4[(p_31 + 1)][g_27]},{&g_4[3][0]},{&g_4[3][0]}},{{&g_4[3][0]},{&g_4[(p_31 + 1)][g_27]},{&g_4[(p_31 + 1)][g_27]},{&g_4[3][0]},{&g_4[3][0]},{&g_4[3][0]},{&g_4[(p_31 + 1)][g_27]},{&g_4[(p_31 + 1)][g_27]}}};
                int32_t **l_66[7][3][5] = {{{&l_60[0][1][0],&l_60[0][1][0],&l_60[2][6][0],(void*)0,&l_60[0][1][0]},{&l_60[0][0][0],&l_60[1][4][0],(void*)0,(void*)0,&l_60[0][1][0]},{&l_60[0][1][0],(void*)0,(void*)0,&l_60[1][0][0],&l_60[2][6][0]}},{{&l_60[1][1][0],&l_60[0][1][0],&l_60[0][4][0],&l_60[1][2][0],&l_60[0][1][0]},{&l_60[2][3][0],&l_60[0][1][0],&l_60[0][4][0],&l_60[0][1][0],&l_60[0][0][0]},{(void*)0,(void*)0,(void*)0,&l_60[2][3][0],&l_60[0][1][0]}},{{(void*)0,(void*)0,(void*)0,(void*)0,&l_60[1][2][0]},{(void*)0,&l_60[0][1][0],&l_60[2][6][0],&l_60[0][1][0],(void*)0},{&l_60[0][1][0],(void*)0,&l_60[0][1][0],&l_60[0][1][0],&l_60[0][1][0]}},{{&l_60[2][6][0],&l_60[0][1][0],&l_60[0][4][0],&l_60[0][1][0],&l_60[1][1][0]},{&l_60[0][1][0],&l_60[1][1][0],&l_60[1][2][0],(void*)0,&l_60[1][0][0]},{&l_60[0][1][0],&l_60[0][1][0],(void*)0,&l_60[2][3][0],&l_60[0][1][0]}},{{&l_60[0][1][0],&l_60[0][1][0],&l_60[1][0][0],&l_60[0][1][0],&l_60[0][0][0]},{&l_60[0][1][0],&l_60[2][6][0],&l_60[0][1][0],&l_60[1][2][0],&l_60[0][0][0]},{(void*)0,&l_60[0][1][0],&l_60[0][2][0],&l_60[1][0][0],&l_60[0][1][0]}},{{&l_60[0][1][0],&l_60[1][0][0],(void*)0,(void*)0,&l_60[1][0][0]},{&l_60[0][1][0],&l_60[0][1][0],&l_60[0][1][0],(void*)0,&l_60[1][1][0]},{(void*)0,&l_60[0][1][0],&l_60[0][1][0],&l_60[0][1][0],&l_60[0][1][0]}},{{&l_60[0][1][0],&l_60[0][1][0],(void*)0,&l_60[1][2][0],(void*)0},{(void*)0,&l_60[0][1][0],&l_60[0][1][0],&l_60[0][2][0],&l_60[1][2][0]},{&l_60[0][1][0],(void*)0,&l_60[0][1][0],&l_60[0][1][0],&l_60[0][1][0]}}};
                int i, j, k;
                l_58 = l_56;
                l_61--;
                (*l_55) = (safe_add_func_uint8_t_u_u(g_48.f0, p_33));
                g_67[9][1][2] = &g_4[3][1];
            }
        }
    }
    ++l_69[0];
    if ((*l_55))
    { /* block id: 42 */
        union U3 l_80 = {0xCF958245L};
        uint16_t **l_83 = &l_59;
        uint16_t ***l_84 = &l_83;
        uint8_t *l_89[5] = {&g_90,&g_90,&g_90,&g_90,&g_90};
        int32_t l_91 = 0x9C22F73CL;
        int16_t *l_92[7][10][1] = {{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}},{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}},{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}},{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}},{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}},{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}},{{&g_24},{(void*)0},{&g_24},{(void*)0},{&g_24},{&g_24},{&g_24},{&g_24},{&g_24},{(void*)0}}};
        int32_t l_93 = 0L;
        int i, j, k;
        if ((safe_rshift_func_int8_t_s_u((safe_add_func_int8_t_s_s((&g_4[3][0] == ((safe_mul_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u(((*p_34) != (l_80 , ((((l_80.f1 , (((l_93 |= (safe_add_func_int16_t_s_s((((((l_91 ^= ((l_80.f0 != (((g_47 , (((*l_84) = l_83) != g_85)) || ((safe_rshift_func_int16_t_s_u((((0L ^ (*l_55)) < 0x08A32CF900747FD1LL) && 4294967293UL), (**g_85))) , 0x2605C497654C1894LL)) <= l_80.f0)) | g_49.f0)) ^ l_80.f0) || (**g_85)) && (*l_55)) ^ g_5), (**g_85)))) ^ 0L) && p_33)) != g_49.f9) == p_31) | g_49.f8))), l_94)) < 4294967295UL), l_80.f0)) , &l_91)), 0xA5L)), p_33)))
        { /* block id: 46 */
            return &g_4[3][0];
        }
        else
        { /* block id: 48 */
            uint64_t l_95 = 0x7BBEFFA24A0073B9LL;
            l_95 = p_32;
        }
        l_91 = 0L;
    }
    else
    { /* block id: 52 */
        int8_t l_113[3][4][3] = {{{(-5L),0x86L,(-5L)},{(-6L),(-6L),(-6L)},{(-5L),0x86L,(-5L)},{(-6L),(-6L),(-6L)}},{{(-5L),0x86L,(-5L)},{(-6L),(-6L),(-6L)},{(-5L),0x86L,(-5L)},{(-6L),(-6L),(-6L)}},{{(-5L),0x86L,(-5L)},{(-6L),(-6L),(-6L)},{(-5L),0x86L,(-5L)},{(-6L),(-6L),(-6L)}}};
        int32_t *l_114[4];
        int8_t l_124 = 0x46L;
        uint16_t ***l_125 = &g_85;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_114[i] = &g_4[2][1];
        for (g_49.f8 = 0; (g_49.f8 < (-16)); g_49.f8--)
        { /* block id: 55 */
            uint16_t l_98 = 0xD3BCL;
            int32_t l_118 = 0x76E5D696L;
            int32_t l_119 = 0x34FB19B0L;
            for (p_32 = 0; (p_32 <= 2); p_32 += 1)
            { /* block id: 58 */
                uint8_t * const l_102 = &g_2;
                uint8_t * const *l_101 = &l_102;
                uint8_t * const **l_103 = &l_101;
                uint8_t * const *l_105 = (void*)0;
                uint8_t * const **l_104 = &l_105;
                int i, j;
                l_98--;
                (*l_104) = ((*l_103) = l_101);
            }
            if (p_31)
            { /* block id: 63 */
                uint16_t **l_110[3][7] = {{&l_59,&l_59,&g_86,&l_59,&l_59,&g_86,&l_59},{&l_59,&g_86,&g_86,&l_59,&g_86,&g_86,&l_59},{&g_86,&l_59,&g_86,&g_86,&l_59,&g_86,&g_86}};
                int32_t **l_111 = (void*)0;
                int32_t *l_112 = &g_4[3][0];
                int32_t **l_115[5][7] = {{&g_67[7][5][0],&l_114[2],&g_67[9][1][2],&l_114[2],&g_67[7][5][0],&g_67[7][5][0],&l_114[2]},{&g_67[9][1][2],&g_67[4][3][2],&g_67[9][1][2],&g_67[3][0][0],&g_67[3][0][0],&g_67[9][1][2],&g_67[4][3][2]},{&l_114[2],&l_68[0],&g_67[9][1][2],&g_67[9][1][2],&l_68[0],&l_114[2],&l_68[0]},{&g_67[9][1][2],&g_67[3][0][0],&g_67[3][0][0],&g_67[9][1][2],&g_67[4][3][2],&g_67[9][1][2],&g_67[3][0][0]},{&g_67[7][5][0],&g_67[7][5][0],&l_114[2],&g_67[9][1][2],&l_114[2],&g_67[7][5][0],&g_67[7][5][0]}};
                uint64_t l_117 = 0UL;
                int i, j;
                l_119 &= (l_118 = (safe_mod_func_uint8_t_u_u((((safe_rshift_func_int8_t_s_s((((((void*)0 == l_110[0][2]) || (((g_47.f2 & (g_24 < (((g_2 , (l_112 = &g_4[0][2])) != (l_113[2][0][1] , (l_116[3] = (p_32 , l_114[1])))) | p_31))) ^ p_33) != g_5)) | g_49.f6) >= p_33), l_98)) & g_4[3][0]) >= l_117), g_49.f6)));
            }
            else
            { /* block id: 68 */
                uint64_t *l_122 = (void*)0;
                uint64_t *l_123[10][9] = {{&g_49.f9,(void*)0,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,(void*)0},{&g_49.f9,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9},{(void*)0,(void*)0,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,(void*)0,(void*)0},{&g_49.f9,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{(void*)0,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,&g_49.f9,&g_49.f9,(void*)0,(void*)0,&g_49.f9,&g_49.f9,&g_49.f9,&g_49.f9},{&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,(void*)0,&g_49.f9,&g_49.f9,(void*)0,&g_49.f9}};
                int i, j;
                l_118 = (((((l_124 |= g_48.f5) & p_33) && ((void*)0 != &g_4[4][2])) ^ g_49.f9) & (l_125 == &g_85));
                return &g_4[3][0];
            }
        }
    }
    g_126 = g_126;
    return &g_4[3][0];
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
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_4[i][j], "g_4[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_47.f0, "g_47.f0", print_hash_value);
    transparent_crc(g_47.f1, "g_47.f1", print_hash_value);
    transparent_crc(g_47.f2, "g_47.f2", print_hash_value);
    transparent_crc(g_47.f3, "g_47.f3", print_hash_value);
    transparent_crc(g_47.f4, "g_47.f4", print_hash_value);
    transparent_crc(g_47.f5, "g_47.f5", print_hash_value);
    transparent_crc(g_47.f6, "g_47.f6", print_hash_value);
    transparent_crc(g_47.f7, "g_47.f7", print_hash_value);
    transparent_crc(g_47.f8, "g_47.f8", print_hash_value);
    transparent_crc(g_47.f9, "g_47.f9", print_hash_value);
    transparent_crc(g_48.f0, "g_48.f0", print_hash_value);
    transparent_crc(g_48.f1, "g_48.f1", print_hash_value);
    transparent_crc(g_48.f2, "g_48.f2", print_hash_value);
    transparent_crc(g_48.f3, "g_48.f3", print_hash_value);
    transparent_crc(g_48.f4.f0, "g_48.f4.f0", print_hash_value);
    transparent_crc(g_48.f4.f1, "g_48.f4.f1", print_hash_value);
    transparent_crc(g_48.f4.f2, "g_48.f4.f2", print_hash_value);
    transparent_crc(g_48.f4.f3, "g_48.f4.f3", print_hash_value);
    transparent_crc(g_48.f4.f4, "g_48.f4.f4", print_hash_value);
    transparent_crc(g_48.f4.f5, "g_48.f4.f5", print_hash_value);
    transparent_crc(g_48.f5, "g_48.f5", print_hash_value);
    transparent_crc(g_49.f0, "g_49.f0", print_hash_value);
    transparent_crc(g_49.f1, "g_49.f1", print_hash_value);
    transparent_crc(g_49.f2, "g_49.f2", print_hash_value);
    transparent_crc(g_49.f3, "g_49.f3", print_hash_value);
    transparent_crc(g_49.f4, "g_49.f4", print_hash_value);
    transparent_crc(g_49.f5, "g_49.f5", print_hash_value);
    transparent_crc(g_49.f6, "g_49.f6", print_hash_value);
    transparent_crc(g_49.f7, "g_49.f7", print_hash_value);
    transparent_crc(g_49.f8, "g_49.f8", print_hash_value);
    transparent_crc(g_49.f9, "g_49.f9", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_126.f0, "g_126.f0", print_hash_value);
    transparent_crc(g_126.f1, "g_126.f1", print_hash_value);
    transparent_crc(g_126.f2, "g_126.f2", print_hash_value);
    transparent_crc(g_126.f3, "g_126.f3", print_hash_value);
    transparent_crc(g_126.f4, "g_126.f4", print_hash_value);
    transparent_crc(g_126.f5, "g_126.f5", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    transparent_crc(g_155.f0, "g_155.f0", print_hash_value);
    transparent_crc(g_155.f1, "g_155.f1", print_hash_value);
    transparent_crc(g_155.f2, "g_155.f2", print_hash_value);
    transparent_crc(g_155.f3, "g_155.f3", print_hash_value);
    transparent_crc(g_164.f0, "g_164.f0", print_hash_value);
    transparent_crc(g_164.f1, "g_164.f1", print_hash_value);
    transparent_crc(g_164.f2, "g_164.f2", print_hash_value);
    transparent_crc(g_164.f3, "g_164.f3", print_hash_value);
    transparent_crc(g_164.f4, "g_164.f4", print_hash_value);
    transparent_crc(g_164.f5, "g_164.f5", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_169[i].f0, "g_169[i].f0", print_hash_value);
        transparent_crc(g_169[i].f1, "g_169[i].f1", print_hash_value);
        transparent_crc(g_169[i].f2, "g_169[i].f2", print_hash_value);
        transparent_crc(g_169[i].f3, "g_169[i].f3", print_hash_value);
        transparent_crc(g_169[i].f4, "g_169[i].f4", print_hash_value);
        transparent_crc(g_169[i].f5, "g_169[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_189[i][j], "g_189[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_207, "g_207", print_hash_value);
    transparent_crc(g_251.f0, "g_251.f0", print_hash_value);
    transparent_crc(g_251.f1, "g_251.f1", print_hash_value);
    transparent_crc(g_251.f2, "g_251.f2", print_hash_value);
    transparent_crc(g_251.f3, "g_251.f3", print_hash_value);
    transparent_crc(g_251.f4, "g_251.f4", print_hash_value);
    transparent_crc(g_251.f5, "g_251.f5", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_306[i][j][k].f0, "g_306[i][j][k].f0", print_hash_value);
                transparent_crc(g_306[i][j][k].f1, "g_306[i][j][k].f1", print_hash_value);
                transparent_crc(g_306[i][j][k].f2, "g_306[i][j][k].f2", print_hash_value);
                transparent_crc(g_306[i][j][k].f3, "g_306[i][j][k].f3", print_hash_value);
                transparent_crc(g_306[i][j][k].f4.f0, "g_306[i][j][k].f4.f0", print_hash_value);
                transparent_crc(g_306[i][j][k].f4.f1, "g_306[i][j][k].f4.f1", print_hash_value);
                transparent_crc(g_306[i][j][k].f4.f2, "g_306[i][j][k].f4.f2", print_hash_value);
                transparent_crc(g_306[i][j][k].f4.f3, "g_306[i][j][k].f4.f3", print_hash_value);
                transparent_crc(g_306[i][j][k].f4.f4, "g_306[i][j][k].f4.f4", print_hash_value);
                transparent_crc(g_306[i][j][k].f4.f5, "g_306[i][j][k].f4.f5", print_hash_value);
                transparent_crc(g_306[i][j][k].f5, "g_306[i][j][k].f5", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 66
   depth: 1, occurrence: 5
   depth: 2, occurrence: 2
XXX total union variables: 4

XXX non-zero bitfields defined in structs: 7
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 2
XXX volatile bitfields defined in structs: 4
XXX structs with bitfields in the program: 8
breakdown:
   indirect level: 0, occurrence: 8
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 3
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 14
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 5

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 67
   depth: 2, occurrence: 18
   depth: 4, occurrence: 3
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 13, occurrence: 1
   depth: 17, occurrence: 3
   depth: 21, occurrence: 1
   depth: 28, occurrence: 1
   depth: 35, occurrence: 2
   depth: 44, occurrence: 1

XXX total number of pointers: 74

XXX times a variable address is taken: 329
XXX times a pointer is dereferenced on RHS: 34
breakdown:
   depth: 1, occurrence: 25
   depth: 2, occurrence: 8
   depth: 3, occurrence: 1
XXX times a pointer is dereferenced on LHS: 22
breakdown:
   depth: 1, occurrence: 22
XXX times a pointer is compared with null: 6
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 579

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 117
   level: 2, occurrence: 23
   level: 3, occurrence: 3
XXX number of pointers point to pointers: 25
XXX number of pointers point to scalars: 46
XXX number of pointers point to structs: 3
XXX percent of pointers has null in alias set: 31.1
XXX average alias set size: 1.28

XXX times a non-volatile is read: 221
XXX times a non-volatile is write: 86
XXX times a volatile is read: 18
XXX    times read thru a pointer: 4
XXX times a volatile is write: 2
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 309
XXX percentage of non-volatile access: 93.9

XXX forward jumps: 1
XXX backward jumps: 1

XXX stmts: 70
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 13
   depth: 1, occurrence: 16
   depth: 2, occurrence: 17
   depth: 3, occurrence: 24

XXX percentage a fresh-made variable is used: 20.7
XXX percentage an existing variable is used: 79.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

