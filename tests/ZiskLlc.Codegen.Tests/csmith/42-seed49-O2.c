/* Csmith 2.3.0 --seed 49 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 8238E5BF */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 49 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      49
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
#pragma pack(push)
#pragma pack(1)
struct S0 {
   int16_t  f0;
   volatile uint32_t  f1;
   int16_t  f2;
   uint64_t  f3;
   const uint8_t  f4;
   int64_t  f5;
};
#pragma pack(pop)

#pragma pack(push)
#pragma pack(1)
struct S1 {
   uint32_t  f0;
   uint64_t  f1;
   uint64_t  f2;
   int32_t  f3;
   int64_t  f4;
   int32_t  f5;
   volatile int32_t  f6;
   uint32_t  f7;
   uint16_t  f8;
};
#pragma pack(pop)

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0L;
static int8_t g_18[8] = {0x88L,0x88L,0x88L,0x88L,0x88L,0x88L,0x88L,0x88L};
static int16_t g_26 = (-1L);
static int32_t g_28 = 0L;
static struct S1 g_29 = {1UL,0x268DD2AC30BCA0BELL,0xC33BAB721576660BLL,0x5631CD1AL,-1L,0xDCFF2FD6L,-4L,0x494FB389L,0xA183L};/* VOLATILE GLOBAL g_29 */
static struct S1 * volatile g_30 = &g_29;/* VOLATILE GLOBAL g_30 */
static int8_t g_41 = 0x83L;
static int8_t g_45 = 0xB5L;
static int32_t ** volatile g_52 = (void*)0;/* VOLATILE GLOBAL g_52 */
static int32_t *g_58 = &g_29.f3;
static struct S0 g_65[2] = {{1L,0xB3B36F30L,-5L,18446744073709551614UL,8UL,-2L},{1L,0xB3B36F30L,-5L,18446744073709551614UL,8UL,-2L}};
static struct S1 g_76[5] = {{4294967295UL,0UL,0UL,-8L,0xDC4137E2FFC3EBA4LL,-3L,0x47F2DBD2L,18446744073709551615UL,0xA725L},{4294967295UL,0UL,0UL,-8L,0xDC4137E2FFC3EBA4LL,-3L,0x47F2DBD2L,18446744073709551615UL,0xA725L},{4294967295UL,0UL,0UL,-8L,0xDC4137E2FFC3EBA4LL,-3L,0x47F2DBD2L,18446744073709551615UL,0xA725L},{4294967295UL,0UL,0UL,-8L,0xDC4137E2FFC3EBA4LL,-3L,0x47F2DBD2L,18446744073709551615UL,0xA725L},{4294967295UL,0UL,0UL,-8L,0xDC4137E2FFC3EBA4LL,-3L,0x47F2DBD2L,18446744073709551615UL,0xA725L}};
static volatile struct S1 g_84 = {4294967290UL,0x56850E27E8F7B0EALL,18446744073709551611UL,-1L,-5L,9L,6L,0UL,0x6779L};/* VOLATILE GLOBAL g_84 */
static volatile struct S1 g_88 = {4294967286UL,0x5D5259FC79B81428LL,0UL,1L,0x5E95B66984B8F16CLL,0xE4FA1A2BL,0x27750E48L,0xCDBF8372L,0xD768L};/* VOLATILE GLOBAL g_88 */
static volatile struct S1 * const  volatile g_89 = &g_88;/* VOLATILE GLOBAL g_89 */
static struct S0 g_94 = {0x9FB0L,6UL,-7L,18446744073709551615UL,0xA3L,0x3D43457D5AD653C0LL};/* VOLATILE GLOBAL g_94 */
static volatile int32_t g_107 = 1L;/* VOLATILE GLOBAL g_107 */
static uint32_t g_108 = 0x70B5AE59L;
static uint64_t g_128 = 0x6D215DCD2A468991LL;
static volatile int32_t g_158[2][6] = {{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)}};
static volatile int64_t g_159 = 5L;/* VOLATILE GLOBAL g_159 */
static volatile uint8_t g_161 = 0xA8L;/* VOLATILE GLOBAL g_161 */
static int32_t g_168 = 0xA4612F2EL;
static uint64_t g_175[5][7][6] = {{{0xFB6F4A190B2B29F1LL,18446744073709551615UL,0x3F887DAB1DE77E4BLL,0x3F887DAB1DE77E4BLL,18446744073709551615UL,0xFB6F4A190B2B29F1LL},{0x217A38F7A20337DFLL,0x862EAF816F9A348ALL,0x5514BFDCD4D27462LL,18446744073709551612UL,18446744073709551608UL,1UL},{0xBCBC91AEC19C680ALL,7UL,18446744073709551613UL,3UL,0xD9242497500012FFLL,4UL},{0xBCBC91AEC19C680ALL,18446744073709551615UL,0UL,0x66CCFA5AEBE9E310LL,18446744073709551613UL,0xCC50A3A8EB31C701LL},{1UL,0x41D072FE997E5DB7LL,8UL,0x204D8F182E843886LL,0UL,0xA5A679ECC25BD6D6LL},{0x87B85CEBB0EE1BF0LL,9UL,1UL,7UL,0xCC50A3A8EB31C701LL,0UL},{0x313F7A61055516A1LL,18446744073709551615UL,18446744073709551615UL,0xBCBC91AEC19C680ALL,0x862EAF816F9A348ALL,0UL}},{{0x5514BFDCD4D27462LL,0x5989D2F6EB1F3906LL,1UL,8UL,18446744073709551615UL,0x69677FBA8FC994EALL},{18446744073709551608UL,0x66CCFA5AEBE9E310LL,0xD9242497500012FFLL,0xCF45954D822B14FDLL,7UL,4UL},{0x217A38F7A20337DFLL,1UL,0UL,0x87B85CEBB0EE1BF0LL,0UL,0x862EAF816F9A348ALL},{0xC9E0DB0FBA3A9F7FLL,18446744073709551612UL,0xBCBC91AEC19C680ALL,4UL,2UL,0x204D8F182E843886LL},{0xCC50A3A8EB31C701LL,0x3F887DAB1DE77E4BLL,0x313F7A61055516A1LL,18446744073709551615UL,0x313F7A61055516A1LL,0x3F887DAB1DE77E4BLL},{1UL,3UL,3UL,0x862EAF816F9A348ALL,1UL,1UL},{1UL,18446744073709551615UL,0x9BBD235115D690B8LL,0x3F60B24E1413FFB4LL,0x93FA8DC894F36023LL,0x5514BFDCD4D27462LL}},{{18446744073709551612UL,18446744073709551615UL,18446744073709551612UL,1UL,1UL,1UL},{0UL,3UL,0x69677FBA8FC994EALL,0UL,0x313F7A61055516A1LL,0x0E65150DD777C955LL},{18446744073709551612UL,0x3F887DAB1DE77E4BLL,0xF135AB7BA4540D8ELL,0x6CDE482A85E6C29ELL,2UL,18446744073709551608UL},{1UL,18446744073709551612UL,0x5514BFDCD4D27462LL,18446744073709551612UL,0UL,1UL},{0xFAA73AA586F34C10LL,1UL,0x87B85CEBB0EE1BF0LL,0x313F7A61055516A1LL,7UL,1UL},{0x708CA354A29A4AC8LL,0x66CCFA5AEBE9E310LL,0xA8F09C824AA738E8LL,0x5EC3500F04CC2ADALL,18446744073709551615UL,18446744073709551608UL},{18446744073709551615UL,0x5989D2F6EB1F3906LL,18446744073709551615UL,0x28886CC78ED14C34LL,0x862EAF816F9A348ALL,8UL}},{{18446744073709551612UL,18446744073709551615UL,1UL,0x4181E0675B026C55LL,0xCC50A3A8EB31C701LL,0x217A38F7A20337DFLL},{0x5EC3500F04CC2ADALL,9UL,0x5989D2F6EB1F3906LL,0UL,0UL,0x5989D2F6EB1F3906LL},{0x41D072FE997E5DB7LL,0x41D072FE997E5DB7LL,7UL,0x4E52E893FEBC8253LL,18446744073709551613UL,1UL},{0xCF45954D822B14FDLL,18446744073709551615UL,0xA5A679ECC25BD6D6LL,0xFAA73AA586F34C10LL,18446744073709551615UL,7UL},{0x5989D2F6EB1F3906LL,0xCF45954D822B14FDLL,0xA5A679ECC25BD6D6LL,2UL,0x41D072FE997E5DB7LL,1UL},{18446744073709551615UL,2UL,7UL,3UL,1UL,0x5989D2F6EB1F3906LL},{3UL,1UL,0x5989D2F6EB1F3906LL,0xFB6F4A190B2B29F1LL,0UL,0x217A38F7A20337DFLL}},{{0x0E65150DD777C955LL,0x708CA354A29A4AC8LL,1UL,18446744073709551608UL,18446744073709551610UL,8UL},{18446744073709551610UL,1UL,18446744073709551615UL,18446744073709551615UL,0x4E52E893FEBC8253LL,18446744073709551608UL},{0x6CDE482A85E6C29ELL,1UL,0xA8F09C824AA738E8LL,0x708CA354A29A4AC8LL,0x9BBD235115D690B8LL,1UL},{0x93FA8DC894F36023LL,7UL,0x87B85CEBB0EE1BF0LL,0xA8F09C824AA738E8LL,3UL,1UL},{1UL,1UL,0x5514BFDCD4D27462LL,3UL,1UL,18446744073709551608UL},{0UL,0xBCBC91AEC19C680ALL,0xF135AB7BA4540D8ELL,0x0E65150DD777C955LL,0x87B85CEBB0EE1BF0LL,0x0E65150DD777C955LL},{0x69677FBA8FC994EALL,0x28886CC78ED14C34LL,0x69677FBA8FC994EALL,1UL,0x0E65150DD777C955LL,1UL}}};
static struct S0 g_184 = {0L,0UL,0xA92DL,0xF30BB9E6809A12A5LL,0UL,0xF5D36CBC2DCA6002LL};/* VOLATILE GLOBAL g_184 */
static int32_t ** volatile g_194 = &g_58;/* VOLATILE GLOBAL g_194 */
static int32_t * volatile g_196[8][9][3] = {{{&g_28,&g_29.f5,&g_29.f5},{(void*)0,&g_76[0].f5,(void*)0},{(void*)0,(void*)0,&g_76[0].f5},{(void*)0,(void*)0,(void*)0},{&g_76[0].f5,(void*)0,(void*)0},{(void*)0,&g_76[0].f5,(void*)0},{&g_29.f5,&g_29.f5,&g_28},{&g_28,&g_28,&g_29.f5},{&g_29.f5,&g_76[0].f5,&g_29.f5}},{{(void*)0,&g_29.f5,&g_29.f5},{&g_76[0].f5,(void*)0,(void*)0},{(void*)0,(void*)0,&g_29.f5},{(void*)0,&g_76[0].f5,&g_29.f5},{(void*)0,&g_28,&g_29.f5},{&g_28,&g_28,&g_28},{&g_29.f5,&g_28,(void*)0},{&g_29.f5,&g_76[0].f5,(void*)0},{&g_29.f5,(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_76[0].f5},{&g_29.f5,&g_29.f5,(void*)0},{&g_29.f5,&g_76[0].f5,&g_29.f5},{&g_29.f5,&g_28,&g_28},{&g_28,&g_29.f5,&g_29.f5},{(void*)0,&g_76[0].f5,(void*)0},{(void*)0,(void*)0,&g_76[0].f5},{(void*)0,(void*)0,(void*)0},{&g_76[0].f5,(void*)0,(void*)0}},{{(void*)0,&g_76[0].f5,(void*)0},{&g_29.f5,&g_29.f5,&g_28},{&g_28,&g_28,&g_29.f5},{&g_29.f5,&g_76[0].f5,&g_29.f5},{(void*)0,&g_29.f5,&g_29.f5},{&g_76[0].f5,(void*)0,(void*)0},{(void*)0,(void*)0,&g_29.f5},{(void*)0,&g_76[0].f5,&g_29.f5},{(void*)0,&g_28,&g_29.f5}},{{&g_28,&g_28,&g_28},{&g_29.f5,&g_28,(void*)0},{&g_29.f5,&g_76[0].f5,(void*)0},{&g_29.f5,(void*)0,(void*)0},{(void*)0,(void*)0,&g_76[0].f5},{&g_29.f5,&g_29.f5,(void*)0},{&g_29.f5,&g_76[0].f5,&g_29.f5},{&g_29.f5,&g_28,&g_28},{&g_28,&g_29.f5,&g_29.f5}},{{(void*)0,&g_76[0].f5,(void*)0},{(void*)0,(void*)0,&g_76[0].f5},{(void*)0,(void*)0,(void*)0},{&g_76[0].f5,(void*)0,(void*)0},{(void*)0,&g_76[0].f5,(void*)0},{&g_29.f5,&g_29.f5,&g_28},{&g_28,&g_28,&g_29.f5},{&g_29.f5,&g_76[0].f5,&g_29.f5},{(void*)0,&g_29.f5,&g_29.f5}},{{&g_76[0].f5,(void*)0,(void*)0},{(void*)0,(void*)0,&g_29.f5},{(void*)0,&g_76[0].f5,&g_29.f5},{(void*)0,&g_28,&g_29.f5},{&g_28,&g_28,&g_28},{&g_29.f5,&g_28,(void*)0},{&g_29.f5,&g_76[0].f5,(void*)0},{&g_29.f5,(void*)0,(void*)0},{(void*)0,(void*)0,&g_76[0].f5}},{{&g_29.f5,&g_28,(void*)0},{&g_28,(void*)0,(void*)0},{&g_28,&g_29.f5,&g_29.f5},{(void*)0,&g_28,(void*)0},{(void*)0,&g_29.f5,(void*)0},{&g_28,&g_76[0].f5,(void*)0},{&g_28,&g_28,&g_28},{(void*)0,&g_76[0].f5,&g_28},{(void*)0,&g_29.f5,(void*)0}}};
static int32_t * volatile * volatile g_195 = &g_196[5][2][2];/* VOLATILE GLOBAL g_195 */
static uint8_t g_211 = 0xD0L;
static const int32_t g_231 = 0xD82735C6L;
static const int32_t *g_230 = &g_231;
static const int32_t *g_233 = &g_76[0].f3;
static const int32_t ** volatile g_232 = &g_233;/* VOLATILE GLOBAL g_232 */
static struct S0 g_236 = {1L,0xD6C81ED3L,-1L,0x566770F7D34659FDLL,0xCDL,0xE124F1985595EE42LL};/* VOLATILE GLOBAL g_236 */
static volatile struct S1 g_242 = {0xCFDF216BL,0xF3BF3C09BFC39C17LL,18446744073709551615UL,0xBC20A2A5L,0xC7A18022487F2162LL,0xE4B76B45L,0x6F9A5C36L,3UL,0xEE24L};/* VOLATILE GLOBAL g_242 */
static const int8_t *g_246 = &g_45;
static const int8_t * volatile *g_245 = &g_246;
static volatile struct S0 g_276 = {0L,0x085742EEL,0x0645L,0xD83285A9660102FALL,255UL,0x874029DB8E88A2E1LL};/* VOLATILE GLOBAL g_276 */
static volatile struct S0 *g_275 = &g_276;
static struct S0 g_281 = {-8L,4294967294UL,0x9473L,0x45275EBEA80B9EBBLL,1UL,0xED01DCC2C64FA1B5LL};/* VOLATILE GLOBAL g_281 */
static struct S0 g_282 = {3L,0x15DC8556L,0xBF53L,18446744073709551613UL,6UL,1L};/* VOLATILE GLOBAL g_282 */
static struct S1 g_284 = {0x98774782L,0x7495FB48D226C2BFLL,1UL,-1L,0x0EA4F891E6BF1596LL,0xFA506F65L,-2L,18446744073709551615UL,0x74EDL};/* VOLATILE GLOBAL g_284 */
static struct S1 g_285 = {0xC6565253L,7UL,0x017B47643B7C93A7LL,0xE971563BL,0x46F2C7330148BE70LL,9L,0x9CDD7CE5L,18446744073709551608UL,65535UL};/* VOLATILE GLOBAL g_285 */
static struct S1 g_286 = {4294967293UL,0x439E9C59EBD027C9LL,0x9939CF260A98DB19LL,-1L,1L,0x3F5E9370L,1L,18446744073709551607UL,0x0796L};/* VOLATILE GLOBAL g_286 */
static int8_t *g_309 = &g_41;
static int8_t **g_308 = &g_309;
static int8_t ** const *g_307 = &g_308;
static uint16_t *g_354 = &g_284.f8;
static volatile uint64_t g_367 = 1UL;/* VOLATILE GLOBAL g_367 */
static volatile struct S1 g_390 = {0xC7EA0BBCL,9UL,0UL,0x739FFCCEL,2L,0xA52B89B7L,0L,0UL,0xB20FL};/* VOLATILE GLOBAL g_390 */
static volatile struct S1 g_391 = {0x2DA25807L,0x6486A36EAC91F2D1LL,0x0889641B2DF1A81DLL,-9L,0xB39617AC6931B3F7LL,0x692D28F0L,-1L,0x2437F16BL,0x3877L};/* VOLATILE GLOBAL g_391 */
static const int64_t *g_403 = &g_76[0].f4;
static struct S1 g_431[1][6] = {{{4294967291UL,18446744073709551614UL,1UL,0xE9E77768L,0xC51685E31D447F52LL,8L,0xBACAAA3BL,18446744073709551613UL,0xEBD9L},{4294967291UL,18446744073709551614UL,1UL,0xE9E77768L,0xC51685E31D447F52LL,8L,0xBACAAA3BL,18446744073709551613UL,0xEBD9L},{4294967291UL,18446744073709551614UL,1UL,0xE9E77768L,0xC51685E31D447F52LL,8L,0xBACAAA3BL,18446744073709551613UL,0xEBD9L},{4294967291UL,18446744073709551614UL,1UL,0xE9E77768L,0xC51685E31D447F52LL,8L,0xBACAAA3BL,18446744073709551613UL,0xEBD9L},{4294967291UL,18446744073709551614UL,1UL,0xE9E77768L,0xC51685E31D447F52LL,8L,0xBACAAA3BL,18446744073709551613UL,0xEBD9L},{4294967291UL,18446744073709551614UL,1UL,0xE9E77768L,0xC51685E31D447F52LL,8L,0xBACAAA3BL,18446744073709551613UL,0xEBD9L}}};
static struct S1 g_450[7] = {{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL},{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL},{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL},{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL},{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL},{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL},{0x8B57DF5FL,0UL,1UL,0xD48E0D7DL,2L,-1L,0xF9F11C0DL,18446744073709551615UL,1UL}};
static struct S1 *g_449 = &g_450[3];
static volatile int64_t g_452[9] = {0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL,0x31DE76FA6537BFE6LL};
static volatile int16_t * volatile g_469 = &g_276.f2;/* VOLATILE GLOBAL g_469 */
static volatile int16_t * volatile * volatile g_468[9][7] = {{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469},{&g_469,&g_469,&g_469,&g_469,&g_469,&g_469,&g_469}};
static volatile int16_t * volatile * volatile * volatile g_470 = &g_468[6][6];/* VOLATILE GLOBAL g_470 */
static volatile struct S1 g_491 = {0UL,0x705B70851879517BLL,0x0B8C4F50B401478ELL,-1L,0x24F858CAD3445E5ALL,1L,0xBE3E7C0AL,0xF6E14611L,0UL};/* VOLATILE GLOBAL g_491 */
static volatile struct S1 * volatile g_493[2][3] = {{&g_390,&g_390,&g_84},{&g_390,&g_390,&g_84}};
static volatile struct S1 * volatile g_494 = (void*)0;/* VOLATILE GLOBAL g_494 */
static struct S1 ** volatile g_498[4][9][7] = {{{&g_449,&g_449,(void*)0,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,(void*)0,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,(void*)0,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449}},{{&g_449,&g_449,(void*)0,&g_449,&g_449,&g_449,&g_449},{&g_449,&g_449,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449}},{{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449}},{{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449},{(void*)0,&g_449,&g_449,&g_449,&g_449,&g_449,(void*)0},{(void*)0,(void*)0,&g_449,&g_449,(void*)0,&g_449,(void*)0},{&g_449,&g_449,&g_449,&g_449,&g_449,&g_449,&g_449}}};
static int32_t *g_548 = &g_29.f5;
static int32_t **g_547 = &g_548;
static int8_t **g_555 = &g_309;
static struct S0 *g_559 = (void*)0;
static struct S0 * const *g_558 = &g_559;
static volatile struct S0 g_587 = {0xC680L,4294967295UL,-1L,1UL,0x80L,0x3430023D9A0AAF90LL};/* VOLATILE GLOBAL g_587 */
static uint16_t g_600 = 0x86DFL;
static int32_t * volatile g_601[8] = {&g_450[3].f3,&g_450[3].f3,&g_450[3].f3,&g_450[3].f3,&g_450[3].f3,&g_450[3].f3,&g_450[3].f3,&g_450[3].f3};
static volatile struct S1 g_603 = {0UL,0xE9588EBBDCDAA7EDLL,9UL,0xFF80EC02L,0x98DAD9A5FE9C54E6LL,0xD0504981L,-1L,0x1F75FAF8L,9UL};/* VOLATILE GLOBAL g_603 */
static volatile struct S0 g_616[4] = {{0x1F38L,4294967295UL,1L,0x5DE35B4D5B1FBC6DLL,0x89L,-1L},{0x1F38L,4294967295UL,1L,0x5DE35B4D5B1FBC6DLL,0x89L,-1L},{0x1F38L,4294967295UL,1L,0x5DE35B4D5B1FBC6DLL,0x89L,-1L},{0x1F38L,4294967295UL,1L,0x5DE35B4D5B1FBC6DLL,0x89L,-1L}};
static struct S1 g_622 = {0UL,0UL,0x8F6EED0CCDF7C160LL,8L,1L,1L,0x45199AABL,0x55D5DADDL,0x8FC7L};/* VOLATILE GLOBAL g_622 */
static const struct S1 g_631 = {0xD954F8D5L,0xAD57BFF4625E8097LL,7UL,0x628CEEE1L,0xAABF03E918F150AFLL,8L,0L,0xB273D4E7L,65534UL};/* VOLATILE GLOBAL g_631 */
static uint64_t *g_641 = (void*)0;
static uint64_t **g_640 = &g_641;
static uint64_t *** volatile g_639 = &g_640;/* VOLATILE GLOBAL g_639 */
static volatile struct S1 g_666 = {0xDFAA9A5CL,0x978A14A4196585C4LL,18446744073709551615UL,-5L,0xDE6DCCD0722B9CF8LL,6L,0x3D7143BBL,2UL,0xCB5EL};/* VOLATILE GLOBAL g_666 */
static struct S1 ** volatile g_672 = &g_449;/* VOLATILE GLOBAL g_672 */


/* --- FORWARD DECLARATIONS --- */
static const int32_t  func_1(void);
static int16_t  func_6(int16_t  p_7, uint8_t  p_8, int32_t  p_9, uint32_t  p_10, int64_t  p_11);
static uint64_t  func_19(uint32_t  p_20, int16_t  p_21, int32_t  p_22, int32_t  p_23);
static int8_t  func_32(int16_t * p_33, int16_t  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_603 g_76.f7 g_175 g_309 g_616 g_233 g_76.f3 g_76.f1 g_286.f4 g_284.f1 g_622 g_307 g_308 g_41 g_58 g_76 g_246 g_45 g_403 g_286.f1 g_639 g_286.f8 g_194 g_29.f3 g_30 g_29 g_449 g_94.f3 g_666 g_275 g_276 g_281.f2 g_672
 * writes: g_2 g_175 g_309 g_284.f1 g_29.f3 g_284.f4 g_600 g_640 g_286.f8 g_559 g_450 g_94.f3 g_58 g_281.f2 g_449
 */
static const int32_t  func_1(void)
{ /* block id: 0 */
    const uint32_t l_14 = 18446744073709551606UL;
    uint16_t **l_512 = &g_354;
    int32_t l_521 = 0x80827F64L;
    int32_t l_522 = 1L;
    int32_t l_523 = 0x0C884F10L;
    int32_t l_525[9] = {0xE85D8EFBL,0L,0xE85D8EFBL,0L,0L,0xE85D8EFBL,0L,0L,0xE85D8EFBL};
    uint32_t l_526 = 0x36C29CCDL;
    int32_t **l_550 = &g_548;
    struct S1 *l_561 = &g_76[4];
    int8_t ** const l_588 = &g_309;
    int32_t l_599 = 0x7A5DC667L;
    uint64_t *l_638 = &g_282.f3;
    uint64_t **l_637 = &l_638;
    uint16_t l_661[7][9][4] = {{{0xE606L,2UL,65526UL,0x900FL},{65526UL,0x900FL,0xEEE0L,0x900FL},{1UL,2UL,0x760EL,0xF631L},{0xFA7EL,9UL,65527UL,0x8F12L},{0x760EL,0x9CD6L,65531UL,65535UL},{0x760EL,5UL,65527UL,1UL},{0xFA7EL,65535UL,0x760EL,9UL},{1UL,0UL,0xEEE0L,5UL},{65526UL,0UL,65526UL,9UL}},{{0xE606L,65535UL,65535UL,1UL},{65527UL,5UL,1UL,65535UL},{0xFDDBL,0x9CD6L,1UL,0x8F12L},{65527UL,9UL,65535UL,0xF631L},{0xE606L,2UL,65526UL,0x900FL},{65526UL,0x900FL,0xEEE0L,0x900FL},{1UL,2UL,0x760EL,0xF631L},{0xFA7EL,9UL,65527UL,0x8F12L},{0x760EL,0x9CD6L,65531UL,65535UL}},{{0x760EL,5UL,65527UL,1UL},{0xFA7EL,65535UL,0x760EL,9UL},{1UL,0UL,0xEEE0L,5UL},{65526UL,0UL,65526UL,9UL},{0xE606L,65535UL,65535UL,1UL},{65527UL,5UL,1UL,65535UL},{0xFDDBL,0x9CD6L,1UL,0x8F12L},{65527UL,9UL,65535UL,0xF631L},{0xE606L,2UL,65526UL,0x900FL}},{{65526UL,0x900FL,0xEEE0L,0x900FL},{1UL,2UL,0x760EL,0xF631L},{0xFA7EL,9UL,65527UL,0x8F12L},{0x760EL,0x9CD6L,65531UL,65535UL},{0x760EL,5UL,65527UL,1UL},{0xFA7EL,65535UL,0x760EL,9UL},{1UL,0UL,0xEEE0L,5UL},{65526UL,0UL,65526UL,9UL},{0xE606L,65535UL,65535UL,1UL}},{{65527UL,5UL,1UL,65535UL},{0xFDDBL,0x9CD6L,1UL,0x8F12L},{65527UL,9UL,65535UL,0xF631L},{0xE606L,2UL,65526UL,0x900FL},{65526UL,0x900FL,0xEEE0L,0x900FL},{1UL,2UL,0x760EL,0xF631L},{0xFA7EL,9UL,65527UL,0x8F12L},{0x760EL,0x9CD6L,65531UL,65535UL},{0x760EL,5UL,65527UL,1UL}},{{0xFA7EL,65535UL,0x760EL,2UL},{0xFDDBL,1UL,0xFA7EL,0x900FL},{65531UL,1UL,65531UL,2UL},{65527UL,0x9CD6L,0xEEE0L,9UL},{65535UL,0x900FL,0xFDDBL,0x9CD6L},{0x760EL,0x8F12L,0xFDDBL,5UL},{65535UL,2UL,0xEEE0L,65535UL},{65527UL,0x50A6L,65531UL,0UL},{65531UL,0UL,0xFA7EL,0UL}},{{0xFDDBL,0x50A6L,65527UL,65535UL},{65526UL,2UL,0xE606L,5UL},{65527UL,0x8F12L,1UL,0x9CD6L},{65527UL,0x900FL,0xE606L,9UL},{65526UL,0x9CD6L,65527UL,2UL},{0xFDDBL,1UL,0xFA7EL,0x900FL},{65531UL,1UL,65531UL,2UL},{65527UL,0x9CD6L,0xEEE0L,9UL},{65535UL,0x900FL,0xFDDBL,0x9CD6L}}};
    int i, j, k;
lbl_643:
    for (g_2 = 0; (g_2 > (-8)); g_2 = safe_sub_func_int32_t_s_s(g_2, 6))
    { /* block id: 3 */
        int8_t *l_17 = &g_18[7];
        int32_t l_24 = 1L;
        int16_t *l_25[5][3] = {{&g_26,&g_26,&g_26},{(void*)0,(void*)0,(void*)0},{&g_26,&g_26,&g_26},{(void*)0,(void*)0,(void*)0},{&g_26,&g_26,&g_26}};
        int32_t *l_27[8] = {&g_28,&g_28,&g_28,&g_28,&g_28,&g_28,&g_28,&g_28};
        uint16_t *l_346[8] = {&g_284.f8,&g_284.f8,&g_284.f8,&g_284.f8,&g_284.f8,&g_284.f8,&g_284.f8,&g_284.f8};
        int32_t l_347 = (-1L);
        volatile struct S1 *l_492 = (void*)0;
        volatile struct S1 *l_495 = &g_390;
        int32_t l_517[8] = {0x52422B10L,0x52422B10L,0x52422B10L,0x52422B10L,0x52422B10L,0x52422B10L,0x52422B10L,0x52422B10L};
        uint32_t l_571 = 0xBEF5E952L;
        const int8_t **l_585 = &g_246;
        const int8_t ***l_584 = &l_585;
        const int8_t ****l_583 = &l_584;
        int32_t *l_602 = &g_168;
        int i, j;
    }
    if (l_525[8])
    { /* block id: 294 */
        int64_t l_606 = 0xDAA4E4DD04A65709LL;
        uint64_t *l_613 = &g_175[3][0][2];
        int8_t *l_618[5];
        int8_t **l_617 = &l_618[4];
        uint64_t *l_619 = (void*)0;
        uint64_t *l_620 = &g_284.f1;
        uint32_t l_621 = 18446744073709551615UL;
        const struct S1 ***l_627 = (void*)0;
        const struct S1 *l_630[1][5][6] = {{{&g_631,&g_631,&g_631,&g_631,&g_631,&g_631},{&g_631,&g_631,&g_631,(void*)0,&g_631,&g_631},{&g_631,&g_631,&g_631,&g_631,&g_631,&g_631},{&g_631,&g_631,&g_631,&g_631,&g_631,(void*)0},{&g_631,&g_631,(void*)0,(void*)0,&g_631,&g_631}}};
        const struct S1 **l_629 = &l_630[0][4][3];
        const struct S1 ***l_628 = &l_629;
        int64_t *l_636 = &g_284.f4;
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_618[i] = &g_18[5];
        (*g_58) = ((g_603 , ((((((safe_sub_func_uint16_t_u_u(((void*)0 == &g_452[5]), (l_606 >= (safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(((*l_620) &= (safe_sub_func_uint8_t_u_u(g_76[0].f7, (((*l_613)--) , ((((((*l_588) = (*l_588)) != ((*l_617) = (g_616[3] , (void*)0))) , (*g_233)) != g_76[0].f1) <= g_286.f4))))), l_621)), 6UL))))) > 0x5AL) , &g_307) != &g_307) , g_622) , (***g_307))) | l_526);
        l_521 = ((((((safe_sub_func_uint16_t_u_u((0x13A8L ^ (safe_lshift_func_uint8_t_u_u(((void*)0 != &g_195), 0))), ((((*l_561) , ((*l_628) = (void*)0)) != &l_561) == 0x2A5DFBB7B15AD788LL))) ^ (*g_246)) < ((*l_636) = (safe_sub_func_int64_t_s_s((((safe_mod_func_uint16_t_u_u(0xF217L, l_621)) != (*g_403)) && 0x90L), l_621)))) ^ 0UL) < 0UL) > g_286.f1);
    }
    else
    { /* block id: 303 */
        int16_t l_648 = (-1L);
        int32_t l_654 = 0x3C004CA8L;
        int32_t l_655 = 0x342B0400L;
        int32_t l_656 = 0L;
        int32_t l_657 = 0xD9EF4CB1L;
        int32_t l_658 = 0xF3A63208L;
        int32_t l_659 = 0xD9F4C24BL;
        struct S1 *l_671 = &g_450[5];
        for (g_600 = 1; (g_600 <= 4); g_600 += 1)
        { /* block id: 306 */
            uint8_t l_649[3];
            int32_t l_653 = (-4L);
            int32_t l_660 = (-1L);
            int i;
            for (i = 0; i < 3; i++)
                l_649[i] = 248UL;
            (*g_639) = l_637;
            for (g_286.f8 = 0; (g_286.f8 <= 8); g_286.f8 += 1)
            { /* block id: 310 */
                struct S0 **l_642 = &g_559;
                int32_t *l_644 = &g_622.f3;
                int32_t *l_645 = &g_2;
                int32_t *l_646 = &g_431[0][1].f3;
                int32_t *l_647[6] = {&l_525[8],&l_525[8],&g_622.f3,&l_525[8],&l_525[8],&g_622.f3};
                int i;
                (*l_642) = (void*)0;
                if (g_622.f5)
                    goto lbl_643;
                l_649[1]++;
            }
            if ((&g_555 == &g_308))
            { /* block id: 315 */
                if ((**g_194))
                    break;
                (*g_449) = (*g_30);
                (*g_58) |= l_14;
                if (l_649[2])
                    continue;
            }
            else
            { /* block id: 320 */
                return l_523;
            }
            for (g_286.f8 = 0; (g_286.f8 <= 8); g_286.f8 += 1)
            { /* block id: 325 */
                int32_t *l_652[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_652[i] = &g_284.f3;
                l_661[4][6][1]++;
            }
        }
        for (g_94.f3 = 23; (g_94.f3 != 23); g_94.f3 = safe_add_func_uint32_t_u_u(g_94.f3, 7))
        { /* block id: 331 */
            int32_t **l_667 = &g_58;
            (*l_667) = ((g_666 , (*g_275)) , &l_654);
            for (g_281.f2 = 11; (g_281.f2 >= (-29)); g_281.f2--)
            { /* block id: 335 */
                const uint16_t l_670 = 0x7046L;
                return l_670;
            }
        }
        (*g_672) = l_671;
    }
    return l_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_45 g_285.f3 g_367 g_286.f3 g_285.f8 g_211 g_390 g_29.f8 g_28 g_196 g_391.f6 g_403 g_29.f0 g_245 g_246 g_284.f5 g_286.f8 g_431 g_76.f4 g_309 g_41 g_449 g_452 g_285.f4 g_275 g_276 g_29.f7 g_284.f3 g_468 g_470
 * writes: g_45 g_29.f8 g_354 g_285.f3 g_28 g_367 g_286.f3 g_211 g_391 g_29.f0 g_286.f0 g_76.f6 g_286.f8 g_449 g_242.f3 g_184.f0 g_284.f3 g_468
 */
static int16_t  func_6(int16_t  p_7, uint8_t  p_8, int32_t  p_9, uint32_t  p_10, int64_t  p_11)
{ /* block id: 185 */
    uint32_t l_357 = 0x57902890L;
    int8_t *l_387 = (void*)0;
    int8_t ** const l_386 = &l_387;
    int8_t ** const *l_385[3][10];
    int32_t l_388 = (-7L);
    const int64_t *l_404 = (void*)0;
    int16_t *l_405 = &g_184.f0;
    int32_t l_432 = 1L;
    struct S1 *l_464 = (void*)0;
    uint8_t l_465[2];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 10; j++)
            l_385[i][j] = &l_386;
    }
    for (i = 0; i < 2; i++)
        l_465[i] = 0xB1L;
    for (g_45 = 0; (g_45 <= 15); g_45 = safe_add_func_int32_t_s_s(g_45, 8))
    { /* block id: 188 */
        uint16_t *l_350 = &g_286.f8;
        int32_t l_359[10] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
        int16_t l_365 = 1L;
        int32_t *l_395[3];
        int64_t *l_402[2][9][3] = {{{&g_94.f5,&g_281.f5,&g_284.f4},{&g_281.f5,&g_76[0].f4,&g_236.f5},{&g_236.f5,&g_284.f4,&g_236.f5},{(void*)0,&g_29.f4,&g_284.f4},{&g_94.f5,(void*)0,&g_184.f5},{&g_284.f4,&g_94.f5,&g_76[0].f4},{(void*)0,&g_76[0].f4,&g_94.f5},{&g_284.f4,&g_184.f5,(void*)0},{&g_94.f5,&g_284.f4,&g_29.f4}},{{(void*)0,&g_236.f5,&g_284.f4},{&g_236.f5,&g_236.f5,&g_76[0].f4},{&g_281.f5,&g_284.f4,&g_281.f5},{&g_94.f5,&g_94.f5,&g_281.f5},{&g_285.f4,&g_76[0].f4,&g_284.f4},{(void*)0,&g_94.f5,&g_281.f5},{&g_284.f4,&g_281.f5,&g_76[0].f4},{&g_184.f5,&g_284.f4,&g_281.f5},{&g_284.f4,&g_285.f4,&g_285.f4}}};
        int16_t **l_406 = &l_405;
        const int16_t *l_407 = &g_236.f2;
        const uint32_t l_408 = 1UL;
        uint32_t *l_409 = &g_29.f0;
        const int64_t **l_418 = &l_404;
        uint8_t *l_419[2][4][10] = {{{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211},{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211},{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211},{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211}},{{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211},{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211},{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211},{&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211,&g_211}}};
        uint64_t l_453 = 0x4C83407026083F5ELL;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_395[i] = &l_388;
        for (g_29.f8 = 0; (g_29.f8 <= 2); g_29.f8 += 1)
        { /* block id: 191 */
            uint16_t **l_351 = &l_350;
            uint16_t *l_353[3][2] = {{&g_285.f8,&g_285.f8},{&g_285.f8,&g_285.f8},{&g_285.f8,&g_285.f8}};
            uint16_t **l_352[4][3];
            int32_t *l_355 = (void*)0;
            int32_t *l_356 = &g_285.f3;
            int32_t l_358 = 1L;
            int32_t l_364 = 9L;
            int32_t l_366[7][9] = {{0L,0x9276470DL,1L,0x671CB164L,(-1L),0L,0L,2L,0L},{(-1L),0L,(-1L),(-6L),0xC8438792L,0x6F447A80L,0xB6BED0EEL,0x6F447A80L,0xC8438792L},{(-6L),(-1L),(-1L),(-6L),2L,1L,(-2L),0x9276470DL,0x48D079E9L},{1L,(-1L),0x71C620F7L,0x671CB164L,(-1L),(-1L),1L,(-6L),0x6F447A80L},{1L,0L,0xB6BED0EEL,0x48D079E9L,2L,0x9276470DL,1L,0xC8438792L,1L},{0x9276470DL,0xC8438792L,(-1L),(-1L),0xC8438792L,0x9276470DL,0x59A92615L,(-8L),0x671CB164L},{(-10L),0x48D079E9L,(-2L),(-1L),(-1L),(-1L),2L,1L,1L}};
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 3; j++)
                    l_352[i][j] = &l_353[1][1];
            }
            (*l_356) &= (((*l_351) = l_350) != (g_354 = (void*)0));
            if (l_357)
                break;
            for (g_28 = 0; (g_28 <= 2); g_28 += 1)
            { /* block id: 198 */
                int32_t *l_360 = &g_284.f3;
                int32_t *l_361 = (void*)0;
                int32_t *l_362 = &g_286.f3;
                int32_t *l_363[3];
                struct S0 *l_375 = &g_65[0];
                struct S0 **l_376 = &l_375;
                const int8_t **l_383 = &g_246;
                const int8_t ***l_382 = &l_383;
                const int8_t ****l_381 = &l_382;
                int8_t ** const **l_384[6] = {&g_307,&g_307,&g_307,&g_307,&g_307,&g_307};
                uint8_t *l_389 = &g_211;
                int32_t * volatile *l_392 = &l_361;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_363[i] = &g_29.f3;
                g_367--;
                (*l_362) &= (safe_div_func_int8_t_s_s(((+(((safe_add_func_int16_t_s_s(((&g_276 != ((*l_376) = l_375)) >= ((safe_add_func_int16_t_s_s(((((void*)0 != &g_65[1]) & l_365) & p_7), p_7)) && ((l_388 = (safe_sub_func_uint8_t_u_u((((((*l_381) = (void*)0) == (l_385[2][5] = (void*)0)) > 0xE7A24EDEL) , 0x30L), 5UL))) <= (-9L)))), p_7)) | 1L) != 0x206A8179L)) , 0x64L), p_8));
                g_391 = (((*l_389) ^= g_285.f8) , g_390);
                (*l_392) = g_196[(g_29.f8 + 3)][(g_28 + 2)][g_29.f8];
            }
        }
        g_76[0].f6 = (l_388 = (g_391.f6 <= (g_286.f0 = ((*l_409) ^= (((-5L) != ((safe_rshift_func_uint8_t_u_u(((p_9 = p_8) || ((safe_mod_func_int32_t_s_s((safe_sub_func_int64_t_s_s(((l_402[0][4][0] == (l_404 = g_403)) & ((p_7 , l_357) <= (((*l_406) = l_405) == ((l_357 & 18446744073709551609UL) , l_407)))), (-1L))), 7L)) <= 0UL)), l_357)) , l_408)) != 0L)))));
        if ((safe_mod_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((*l_350) = (safe_lshift_func_int8_t_s_u((**g_245), (g_211 &= (0x19ABA74D19CB0F02LL >= (((safe_div_func_uint32_t_u_u(4294967289UL, ((((*l_418) = &p_11) == (p_7 , &g_159)) | (-6L)))) != l_388) || p_11)))))), g_284.f5)), 0x3D7CL)))
        { /* block id: 220 */
            uint16_t *l_433[2][1];
            int32_t l_434 = 0xC52750F9L;
            struct S1 **l_451 = &g_449;
            int32_t l_489 = (-1L);
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_433[i][j] = &g_285.f8;
            }
            if ((safe_unary_minus_func_uint16_t_u((((*l_409) |= (safe_mul_func_int16_t_s_s(((safe_div_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((*l_350) &= 0x3743L), 0xDA1AL)), (safe_div_func_uint32_t_u_u(((((safe_lshift_func_uint16_t_u_u((l_434 = (g_431[0][1] , l_432)), 0)) < ((safe_add_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(0x39L, g_76[0].f4)), (safe_mul_func_int8_t_s_s((safe_sub_func_int8_t_s_s((*g_309), 254UL)), (l_388 = (safe_add_func_int32_t_s_s((((*l_451) = g_449) != (void*)0), l_357))))))) , (*g_309)), 255UL)), p_11)) , p_11)) != 0x52B7L) ^ 18446744073709551615UL), 1UL)))) != (*g_403)), (-1L)))) > (-1L)))))
            { /* block id: 226 */
                if (p_9)
                    break;
            }
            else
            { /* block id: 228 */
                if (p_10)
                    break;
                g_242.f3 = g_452[5];
                return l_453;
            }
            if (p_10)
            { /* block id: 233 */
                int8_t l_457 = 1L;
                p_9 |= (safe_mul_func_int16_t_s_s((l_434 || p_8), (safe_unary_minus_func_uint8_t_u(p_10))));
                if (l_457)
                    break;
                g_284.f3 ^= (safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(((*l_405) = g_285.f4), ((((safe_rshift_func_uint16_t_u_s((&g_161 == (void*)0), 0)) < ((((*g_275) , l_464) == ((*l_451) = (*l_451))) > (g_431[0][1].f1 > (-1L)))) & (g_29.f7 , 0x66L)) >= 0xF6L))), g_286.f3));
                --l_465[0];
            }
            else
            { /* block id: 240 */
                (*g_470) = g_468[6][6];
            }
            l_489 ^= (safe_div_func_int64_t_s_s(1L, (safe_mod_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(l_434, p_9)), (safe_lshift_func_int16_t_s_u((((safe_mod_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(((*l_350) &= ((g_431[0][1].f1 | (safe_lshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s((0x8449L || ((1UL | (p_8 ^ 1UL)) > (safe_mod_func_uint64_t_u_u((8UL ^ p_11), (*g_403))))), p_9)) & l_434), l_434))) & (-9L))), p_8)), p_8)) < 0x491300BDL) == p_7), l_357))))));
        }
        else
        { /* block id: 245 */
            uint32_t l_490 = 6UL;
            return l_490;
        }
    }
    return p_9;
}


/* ------------------------------------------ */
/* 
 * reads : g_29 g_30 g_28 g_58 g_161 g_175 g_184 g_94.f5 g_88.f6 g_194 g_195 g_94.f2 g_65.f0 g_94.f0 g_76.f4 g_94.f4 g_76.f0 g_76 g_158 g_232 g_45 g_242 g_245 g_168 g_230 g_231 g_88.f0 g_275 g_246 g_284.f1 g_286.f4 g_307 g_2 g_284.f4 g_308 g_309 g_284.f7
 * writes: g_29 g_28 g_58 g_161 g_175 g_94.f5 g_45 g_88.f6 g_65.f0 g_211 g_76.f0 g_76 g_230 g_233 g_168 g_307 g_41 g_94.f2
 */
static uint64_t  func_19(uint32_t  p_20, int16_t  p_21, int32_t  p_22, int32_t  p_23)
{ /* block id: 7 */
    int64_t l_31[10] = {0x8E12B6A36042C8CDLL,0x8E12B6A36042C8CDLL,(-5L),0x8E12B6A36042C8CDLL,0x8E12B6A36042C8CDLL,(-5L),0x8E12B6A36042C8CDLL,0x8E12B6A36042C8CDLL,(-5L),0x8E12B6A36042C8CDLL};
    int8_t *l_44 = &g_45;
    int32_t * const l_136[2] = {&g_29.f3,&g_29.f3};
    int32_t **l_137 = &g_58;
    int32_t l_138 = 0xC65C19EBL;
    uint16_t l_190 = 65529UL;
    uint16_t l_212 = 0x8506L;
    struct S1 *l_283[8] = {&g_286,&g_286,&g_284,&g_286,&g_286,&g_284,&g_285,&g_285};
    struct S0 *l_292 = &g_236;
    struct S0 *l_294 = &g_184;
    uint8_t * const l_335 = (void*)0;
    uint32_t l_337 = 0UL;
    uint8_t l_345 = 0xB4L;
    int i;
    (*g_30) = g_29;
    for (p_22 = 9; (p_22 >= 2); p_22 -= 1)
    { /* block id: 11 */
        int16_t *l_37 = &g_26;
        int8_t *l_46 = (void*)0;
        for (g_28 = 8; (g_28 >= 0); g_28 -= 1)
        { /* block id: 14 */
            int32_t l_38 = (-1L);
            int8_t *l_39 = (void*)0;
            int8_t *l_40 = &g_41;
            int8_t **l_47 = &l_46;
            int32_t *l_135 = &g_29.f3;
        }
        if (l_31[4])
            continue;
        return p_21;
    }
    (*l_137) = l_136[0];
    if ((0x889FL == ((void*)0 == &g_94)))
    { /* block id: 80 */
        uint32_t l_139 = 0x64CEE9C7L;
        l_139++;
        (**l_137) ^= (0x47L || 0x15L);
        (*l_137) = (*l_137);
    }
    else
    { /* block id: 84 */
        int64_t l_146 = 0x7C541B5795B12106LL;
        int32_t l_148 = (-10L);
        int32_t l_152 = 0x583445F0L;
        int32_t l_155 = 0x0E0025C8L;
        int32_t l_157 = 0x644B8D86L;
        int32_t l_165 = 1L;
        int16_t l_167 = 9L;
        int32_t l_170 = 0x5E8C6F62L;
        int32_t l_171 = (-1L);
        int32_t l_173 = 0x2A6A9099L;
        struct S0 *l_280[7] = {&g_282,&g_282,&g_282,&g_282,&g_282,&g_282,&g_282};
        struct S0 **l_293[9];
        int64_t *l_295[10] = {&l_31[5],&l_31[5],(void*)0,&l_31[5],&l_31[5],(void*)0,&l_31[5],&l_31[5],(void*)0,&l_31[5]};
        int16_t *l_304[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
        int8_t ** const l_306[6] = {&l_44,&l_44,&l_44,&l_44,&l_44,&l_44};
        int8_t ** const *l_305 = &l_306[3];
        int32_t **l_343[9] = {&g_58,&g_58,&g_58,&g_58,&g_58,&g_58,&g_58,&g_58,&g_58};
        int i, j;
        for (i = 0; i < 9; i++)
            l_293[i] = &l_292;
        for (p_23 = 1; (p_23 <= 27); ++p_23)
        { /* block id: 87 */
            int8_t l_147 = 0xF2L;
            int32_t l_149 = 0x4C2C5803L;
            int32_t l_151 = 5L;
            int32_t l_153[2][8][1] = {{{0x583D3069L},{0x8E1CF2D1L},{0x583D3069L},{(-9L)},{0L},{(-9L)},{0x583D3069L},{0x8E1CF2D1L}},{{0x583D3069L},{(-9L)},{0L},{(-9L)},{0x583D3069L},{0x8E1CF2D1L},{0x583D3069L},{(-9L)}}};
            uint32_t *l_181 = &g_29.f0;
            int64_t *l_189 = &g_94.f5;
            uint16_t *l_218 = &l_212;
            uint32_t l_219 = 4294967291UL;
            int i, j, k;
            for (g_29.f8 = 0; (g_29.f8 == 8); ++g_29.f8)
            { /* block id: 90 */
                int8_t l_150 = 1L;
                int32_t l_154 = 0L;
                int32_t l_156 = (-2L);
                int32_t l_160 = 0xA6CF05B7L;
                int32_t l_164 = 1L;
                int32_t l_166 = (-9L);
                int32_t l_169 = 6L;
                int32_t l_172 = 0x83E6DED1L;
                int32_t l_174 = (-8L);
                --g_161;
                if ((*g_58))
                    break;
                g_175[3][0][2]--;
            }
            if ((~((safe_add_func_int8_t_s_s(((l_148 < l_151) ^ ((*l_181) = p_23)), p_23)) ^ (((*l_44) = (safe_sub_func_uint8_t_u_u((g_184 , (3L | ((*l_189) ^= (safe_rshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((p_22 , l_136[1]) == l_181), 247UL)), 3))))), l_190))) | 0L))))
            { /* block id: 98 */
                int32_t * const l_193 = (void*)0;
                g_88.f6 &= (safe_rshift_func_int16_t_s_u((**l_137), p_23));
                (*g_194) = l_193;
                return p_21;
            }
            else
            { /* block id: 102 */
                int8_t l_197 = 1L;
                int32_t *l_208 = &g_29.f5;
                int16_t *l_209 = &g_65[1].f0;
                uint8_t *l_210 = &g_211;
                (**l_137) &= ((p_21 || ((((void*)0 != g_195) < l_197) ^ (l_153[1][1][0] |= ((*l_210) = (safe_mul_func_int16_t_s_s((safe_add_func_int16_t_s_s(((*l_209) = (g_94.f2 , ((l_181 == l_136[0]) , ((safe_rshift_func_int8_t_s_u(((safe_add_func_int64_t_s_s((p_22 > (safe_sub_func_uint64_t_u_u(((((*l_208) |= l_149) , l_165) < g_65[1].f0), p_21))), l_151)) >= (-1L)), g_94.f0)) | g_76[0].f4)))), p_20)), 65533UL)))))) | l_212);
            }
            if ((safe_mul_func_uint16_t_u_u((safe_unary_minus_func_uint16_t_u(((*l_218) = (safe_sub_func_int64_t_s_s((-4L), ((void*)0 == l_44)))))), p_23)))
            { /* block id: 110 */
                (*l_137) = (*g_194);
                return g_94.f4;
            }
            else
            { /* block id: 113 */
                (*g_58) = p_20;
                l_219--;
            }
            (*l_137) = &l_157;
        }
        for (l_173 = 1; (l_173 <= 4); l_173 += 1)
        { /* block id: 121 */
            uint32_t *l_222 = &g_76[0].f0;
            int16_t *l_226[9][8][3] = {{{&g_184.f0,(void*)0,(void*)0},{&l_167,(void*)0,&g_65[1].f0},{&g_184.f0,&l_167,&g_184.f0},{&g_94.f2,&g_94.f0,&g_65[1].f0},{(void*)0,&g_184.f2,(void*)0},{&l_167,&g_94.f0,&l_167},{(void*)0,&l_167,&g_65[1].f0},{&l_167,(void*)0,&l_167}},{{(void*)0,(void*)0,&g_65[1].f0},{&g_94.f2,&g_94.f0,&l_167},{&g_184.f0,(void*)0,(void*)0},{&l_167,(void*)0,&g_65[1].f0},{&g_184.f0,&l_167,&g_184.f0},{&g_94.f2,&g_94.f0,&g_65[1].f0},{(void*)0,&g_184.f2,(void*)0},{&l_167,&g_94.f0,&l_167}},{{(void*)0,&l_167,&g_65[1].f0},{&l_167,(void*)0,&l_167},{(void*)0,(void*)0,&g_65[1].f0},{&g_94.f2,&g_94.f0,&l_167},{&g_184.f0,(void*)0,(void*)0},{&l_167,(void*)0,&g_65[1].f0},{&g_184.f0,&l_167,&g_184.f0},{&g_94.f2,&g_94.f0,&g_65[1].f0}},{{(void*)0,&g_184.f2,(void*)0},{&l_167,&g_94.f0,&l_167},{(void*)0,&l_167,&g_65[1].f0},{&l_167,(void*)0,&l_167},{(void*)0,(void*)0,&g_65[1].f0},{&g_94.f2,&g_94.f0,&l_167},{&g_184.f0,(void*)0,(void*)0},{&l_167,(void*)0,&g_65[1].f0}},{{&g_184.f0,&l_167,&g_184.f0},{&g_94.f2,&g_94.f0,&g_65[1].f0},{(void*)0,&g_184.f2,(void*)0},{&l_167,&g_94.f0,&l_167},{(void*)0,&l_167,&g_65[1].f0},{&l_167,(void*)0,&l_167},{(void*)0,(void*)0,&g_65[1].f0},{&g_94.f2,&g_94.f0,&l_167}},{{&g_184.f0,(void*)0,(void*)0},{&l_167,(void*)0,&g_65[1].f0},{&g_184.f0,&l_167,&g_184.f0},{&g_94.f2,&g_94.f0,&g_65[1].f0},{(void*)0,&g_184.f2,(void*)0},{&g_65[1].f0,&l_167,&g_65[1].f0},{&g_26,(void*)0,&g_26},{&g_65[1].f0,&g_94.f2,&g_65[1].f0}},{{&g_184.f2,(void*)0,&g_26},{&g_26,&l_167,&g_65[1].f0},{&g_94.f0,(void*)0,&g_26},{&g_65[1].f0,&g_94.f2,&g_94.f2},{&g_94.f0,(void*)0,&g_94.f0},{&g_26,&l_167,&g_94.f2},{&g_184.f2,&g_94.f2,&g_26},{&g_65[1].f0,&l_167,&g_65[1].f0}},{{&g_26,(void*)0,&g_26},{&g_65[1].f0,&g_94.f2,&g_65[1].f0},{&g_184.f2,(void*)0,&g_26},{&g_26,&l_167,&g_65[1].f0},{&g_94.f0,(void*)0,&g_26},{&g_65[1].f0,&g_94.f2,&g_94.f2},{&g_94.f0,(void*)0,&g_94.f0},{&g_26,&l_167,&g_94.f2}},{{&g_184.f2,&g_94.f2,&g_26},{&g_65[1].f0,&l_167,&g_65[1].f0},{&g_26,(void*)0,&g_26},{&g_65[1].f0,&g_94.f2,&g_65[1].f0},{&g_184.f2,(void*)0,&g_26},{&g_26,&l_167,&g_65[1].f0},{&g_94.f0,(void*)0,&g_26},{&g_65[1].f0,&g_94.f2,&g_94.f2}}};
            int32_t l_227 = 0L;
            int32_t *l_229 = (void*)0;
            int32_t **l_228 = &l_229;
            struct S0 *l_234 = (void*)0;
            int8_t *l_271[1][7][5] = {{{&g_45,&g_41,&g_41,&g_41,&g_45},{&g_41,(void*)0,&g_45,&g_45,&g_45},{&g_41,&g_45,&g_41,&g_45,&g_45},{&g_45,&g_41,&g_45,(void*)0,&g_45},{&g_41,&g_45,&g_45,(void*)0,&g_45},{&g_45,&g_41,&g_45,&g_45,&g_41},{&g_41,&g_45,&g_45,&g_45,&g_45}}};
            int i, j, k;
            if (((++(*l_222)) != (~(g_65[1].f0 = 0xC292L))))
            { /* block id: 124 */
                return l_227;
            }
            else
            { /* block id: 126 */
                int i;
                g_76[l_173] = g_76[l_173];
            }
            (*l_228) = ((*l_137) = &l_170);
            for (g_29.f1 = 0; (g_29.f1 <= 1); g_29.f1 += 1)
            { /* block id: 133 */
                struct S0 *l_235 = &g_236;
                int i, j;
                if (g_158[g_29.f1][(g_29.f1 + 1)])
                    break;
                (*g_232) = (g_230 = (*g_194));
                (**l_137) = (**g_194);
                l_235 = l_234;
            }
            for (g_45 = 0; (g_45 <= 4); g_45 += 1)
            { /* block id: 142 */
                int8_t l_243 = 0xFCL;
                int32_t l_244[6][1][4] = {{{0x739196A5L,0xD41AF20DL,0x739196A5L,0xE59E16A0L}},{{0x739196A5L,0xE59E16A0L,0xE59E16A0L,0x739196A5L}},{{1L,0xE59E16A0L,0xB389C633L,0xE59E16A0L}},{{0xE59E16A0L,0xD41AF20DL,0xB389C633L,0xB389C633L}},{{1L,1L,0xE59E16A0L,0xB389C633L}},{{0x739196A5L,0xD41AF20DL,0x739196A5L,0xE59E16A0L}}};
                int8_t **l_248 = (void*)0;
                int8_t ***l_247 = &l_248;
                uint16_t *l_251 = (void*)0;
                uint32_t l_279 = 18446744073709551615UL;
                int i, j, k;
                g_168 &= (safe_lshift_func_uint16_t_u_s(((l_171 = (~(g_242 , (((**l_228) ^ (((l_244[2][0][1] ^= l_243) , g_245) == ((*l_247) = (void*)0))) , (safe_rshift_func_uint8_t_u_u(246UL, 2)))))) == (l_226[5][2][0] == (void*)0)), (safe_mul_func_int8_t_s_s((5L < 0x7E0E843E2EB9D6BFLL), (*l_229)))));
                l_148 ^= ((**l_228) = (((safe_mul_func_uint16_t_u_u(((~(p_22 , (safe_add_func_uint32_t_u_u(((*g_230) && 0UL), (safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s(((safe_mul_func_uint16_t_u_u(p_21, g_88.f0)) | (((safe_rshift_func_int16_t_s_u((safe_lshift_func_int8_t_s_s((safe_add_func_int16_t_s_s((((void*)0 == l_271[0][2][3]) ^ (safe_add_func_uint32_t_u_u(((safe_unary_minus_func_uint8_t_u(((((g_275 == ((p_23 = (safe_mod_func_uint8_t_u_u(l_279, (*g_246)))) , l_280[4])) , l_283[5]) != (void*)0) >= 0L))) == p_21), g_29.f1))), p_22)), (**g_245))), 14)) && 18446744073709551615UL) != l_167)), p_21)), g_284.f1)))))) | 0x94567FAAL), (-1L))) && p_22) || 4294967289UL));
                if ((**g_194))
                    continue;
            }
        }
        if ((g_168 &= ((safe_sub_func_uint32_t_u_u((18446744073709551615UL < (g_29.f4 = ((+(g_76[0].f7 ^ p_23)) > ((l_292 = l_292) == l_294)))), (((safe_div_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((**l_137), 6)), (l_148 = ((&l_136[0] != &l_136[1]) >= ((l_173 == p_22) ^ g_231))))), p_21)), g_242.f1)) && 6L) != p_21))) & 4L)))
        { /* block id: 157 */
            int8_t ** const **l_310 = (void*)0;
            int8_t ** const **l_311 = &g_307;
            int32_t l_336 = 0xC4A7911EL;
            if ((g_286.f4 <= (l_305 == ((*l_311) = g_307))))
            { /* block id: 159 */
                int64_t l_320 = 0x03E0CC880848E3E9LL;
                uint16_t *l_338 = &g_29.f8;
                uint16_t *l_339 = &l_212;
                l_170 = (safe_rshift_func_int16_t_s_u((((*l_339) = (safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_u((safe_add_func_int32_t_s_s(l_320, ((((*l_338) ^= (safe_lshift_func_int8_t_s_u((l_337 = (((safe_rshift_func_int8_t_s_s((safe_div_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((void*)0 != &l_155), ((((safe_lshift_func_int16_t_s_u(((l_320 == g_88.f0) , ((g_168 , (((safe_add_func_uint8_t_u_u((&g_211 == (p_21 , l_335)), p_23)) , g_286.f4) != l_336)) | l_336)), 13)) != g_184.f5) & 0x6EC1892AL) || p_21))), p_22)) == 1L), 1L)), (**g_245))) < l_336) < g_2)), 6))) < l_165) , p_20))), 3)), 5))) & g_284.f4), 8));
                (*l_137) = &l_336;
                return l_152;
            }
            else
            { /* block id: 166 */
                uint8_t l_342 = 0xBBL;
                (*g_58) = (l_342 &= (safe_lshift_func_int8_t_s_u(((**g_308) = p_20), (0xB504F2B35090CE90LL <= l_157))));
            }
            return p_23;
        }
        else
        { /* block id: 172 */
            uint32_t l_344 = 0x46509142L;
            (*g_58) |= (&g_233 == l_343[2]);
            for (g_94.f2 = 0; (g_94.f2 <= 7); g_94.f2 += 1)
            { /* block id: 176 */
                return g_284.f7;
            }
            return l_344;
        }
    }
    return l_345;
}


/* ------------------------------------------ */
/* 
 * reads : g_30 g_29 g_45 g_41 g_58 g_65 g_76 g_26 g_84 g_88 g_89 g_108 g_128
 * writes: g_45 g_41 g_58 g_29.f8 g_29.f3 g_29.f7 g_88 g_26 g_108 g_128
 */
static int8_t  func_32(int16_t * p_33, int16_t  p_34)
{ /* block id: 17 */
    int32_t l_50 = 9L;
    int32_t l_51[10];
    int16_t l_61 = 0xF4B5L;
    uint16_t l_77 = 65535UL;
    int32_t *l_87 = &l_51[1];
    struct S0 *l_91 = &g_65[1];
    int32_t *l_117 = &g_76[0].f3;
    uint16_t l_118 = 0xCA27L;
    int32_t *l_121 = &l_51[5];
    int32_t *l_122 = &g_76[0].f3;
    int32_t *l_123 = &g_29.f3;
    int32_t *l_124[1][4];
    uint64_t l_125 = 0xA5956B61A9CCBCD5LL;
    int64_t l_131 = 0xE0E0E78EEBD4AFBELL;
    uint32_t l_132 = 0UL;
    int i, j;
    for (i = 0; i < 10; i++)
        l_51[i] = (-1L);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_124[i][j] = &l_51[8];
    }
    if (((*g_30) , (l_51[5] = l_50)))
    { /* block id: 19 */
        int32_t *l_57 = (void*)0;
        for (g_45 = 7; (g_45 >= 0); g_45 -= 1)
        { /* block id: 22 */
            int32_t *l_54[8][6] = {{&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5],&l_51[7]},{&l_51[5],&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5]},{&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5],&l_51[7]},{&l_51[5],&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5]},{&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5],&l_51[7]},{&l_51[5],&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5]},{&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5],&l_51[7]},{&l_51[5],&l_51[5],&l_51[7],&l_51[7],&l_51[5],&l_51[5]}};
            int32_t **l_53 = &l_54[3][4];
            int i, j;
            (*l_53) = &l_51[(g_45 + 2)];
            for (g_41 = 8; (g_41 >= 0); g_41 -= 1)
            { /* block id: 26 */
                int i;
                l_51[(g_41 + 1)] = ((safe_lshift_func_int8_t_s_s((l_51[(g_45 + 1)] == p_34), 2)) && (g_29.f2 || (-5L)));
                g_58 = l_57;
            }
            if (p_34)
                break;
        }
        return p_34;
    }
    else
    { /* block id: 33 */
        uint16_t *l_64 = &g_29.f8;
        int32_t *l_75 = &g_29.f5;
        int32_t **l_74 = &l_75;
        int32_t l_78 = 0x978B88EAL;
        uint32_t l_79[1][5];
        int32_t l_106[3];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_79[i][j] = 0x34BD0913L;
        }
        for (i = 0; i < 3; i++)
            l_106[i] = (-2L);
        l_51[2] = ((*g_58) = ((safe_add_func_int32_t_s_s(((*g_58) || l_61), (safe_mod_func_int16_t_s_s((p_34 && (((p_34 ^ (((*l_64) = p_34) != (g_65[1] , (((safe_lshift_func_int16_t_s_u((p_34 > (safe_lshift_func_uint16_t_u_s(((safe_mul_func_uint8_t_u_u((safe_add_func_int16_t_s_s(((((*l_74) = &l_50) != (g_76[0] , &l_50)) | g_76[0].f8), l_77)), 255UL)) >= p_34), (*p_33)))), l_78)) & l_79[0][1]) != l_51[7])))) < 2UL) < 0x39D0L)), g_29.f2)))) >= 0UL));
        for (g_29.f7 = 0; (g_29.f7 == 3); g_29.f7 = safe_add_func_uint8_t_u_u(g_29.f7, 2))
        { /* block id: 40 */
            int32_t *l_85 = &l_51[3];
            struct S0 *l_93 = &g_94;
            for (g_41 = 0; (g_41 < (-2)); --g_41)
            { /* block id: 43 */
                int32_t **l_86[4][3] = {{&g_58,&l_85,&l_85},{&l_85,&l_85,&l_85},{&g_58,(void*)0,&l_85},{&g_58,&g_58,(void*)0}};
                struct S0 **l_92[6];
                int i, j;
                for (i = 0; i < 6; i++)
                    l_92[i] = &l_91;
                l_87 = (g_84 , (g_58 = (l_85 = l_85)));
                (*g_89) = g_88;
                (*g_58) = (+g_29.f5);
                l_93 = l_91;
            }
        }
        for (g_26 = 0; (g_26 > 14); ++g_26)
        { /* block id: 54 */
            int32_t *l_97 = &l_51[5];
            int32_t l_98 = 0xFFD0F064L;
            int32_t *l_99 = &l_78;
            int32_t *l_100 = &l_78;
            int32_t *l_101 = &l_51[9];
            int32_t *l_102 = (void*)0;
            int32_t *l_103 = &g_29.f3;
            int32_t *l_104 = &l_51[2];
            int32_t *l_105[10][4][6] = {{{(void*)0,&g_29.f3,(void*)0,&l_51[1],(void*)0,&g_29.f3},{&l_78,(void*)0,(void*)0,(void*)0,&l_98,(void*)0},{&l_98,&l_78,&g_76[0].f3,&l_51[5],(void*)0,(void*)0},{&g_76[0].f3,&l_98,&l_78,&g_29.f3,&g_29.f3,&g_76[0].f3}},{{(void*)0,&l_98,(void*)0,&l_51[7],&l_98,&l_98},{(void*)0,&g_76[0].f3,(void*)0,(void*)0,&l_78,&g_29.f3},{&l_51[7],&l_98,(void*)0,&l_51[5],&g_76[0].f3,&l_98},{&g_76[0].f3,&g_76[0].f3,&g_29.f3,&l_78,&g_2,&l_51[4]}},{{&l_51[5],&l_78,&l_51[5],&g_29.f3,&l_51[2],&g_29.f3},{&l_78,&l_51[5],&l_78,&l_98,&g_29.f3,(void*)0},{&l_78,&l_51[5],&l_51[5],&g_76[0].f3,(void*)0,&l_98},{(void*)0,&g_2,&l_51[7],&g_76[0].f3,&g_29.f3,&l_98}},{{&l_78,&l_98,&g_29.f3,&l_98,(void*)0,&l_51[1]},{&l_78,(void*)0,&l_51[5],&g_29.f3,&l_78,&g_76[0].f3},{&l_51[5],&g_76[0].f3,(void*)0,&l_78,&l_78,&g_2},{&g_76[0].f3,&l_78,&l_51[1],&l_51[5],(void*)0,&l_98}},{{&l_51[7],&g_29.f3,&l_78,(void*)0,&g_76[0].f3,&l_51[5]},{(void*)0,&l_98,&g_76[0].f3,&l_51[7],&l_51[7],(void*)0},{(void*)0,&l_78,&l_98,&g_29.f3,(void*)0,&l_98},{&g_76[0].f3,(void*)0,(void*)0,&l_51[5],&l_51[4],(void*)0}},{{&l_98,(void*)0,&l_51[8],(void*)0,&l_51[5],&l_51[5]},{&l_78,&g_29.f3,&l_78,&l_51[1],&l_98,&l_98},{(void*)0,&l_51[5],&l_51[5],(void*)0,&g_76[0].f3,&l_51[7]},{(void*)0,&g_29.f3,(void*)0,(void*)0,(void*)0,&l_98}},{{&l_51[5],(void*)0,&l_78,&l_78,(void*)0,&g_76[0].f3},{&l_78,&g_29.f3,&l_78,&g_29.f3,&g_76[0].f3,&g_76[0].f3},{&l_78,&l_51[5],&l_51[2],&g_29.f3,&l_98,&l_78},{(void*)0,&g_29.f3,&l_51[7],&l_98,&l_51[5],&g_76[0].f3}},{{&l_51[2],(void*)0,&l_51[7],&g_29.f3,&l_51[4],&g_29.f3},{&l_51[5],(void*)0,&g_29.f3,&g_76[0].f3,(void*)0,&l_78},{&g_29.f3,&l_51[5],&l_51[8],&l_78,&g_76[0].f3,(void*)0},{&l_51[5],&g_76[0].f3,(void*)0,&g_29.f3,&l_78,&l_78}},{{(void*)0,&l_51[5],&l_78,&l_98,&g_29.f3,&l_78},{&l_78,&l_98,&l_78,&l_98,&g_76[0].f3,&l_78},{&g_29.f3,(void*)0,&g_29.f3,&l_98,&l_78,&l_51[5]},{&g_76[0].f3,&g_76[0].f3,&g_29.f3,&g_76[0].f3,&g_76[0].f3,(void*)0}},{{&l_78,&l_51[8],&l_98,(void*)0,&g_76[0].f3,&l_98},{&g_29.f3,&l_51[5],&l_78,&l_51[8],&l_98,&l_98},{&l_78,&l_51[6],&l_98,(void*)0,&l_51[7],(void*)0},{&l_98,&g_76[0].f3,&g_29.f3,&l_98,&l_98,&l_51[5]}}};
            int i, j, k;
            if (p_34)
                break;
            g_108--;
            for (p_34 = (-21); (p_34 < (-13)); ++p_34)
            { /* block id: 59 */
                int32_t **l_115 = &l_87;
                int32_t **l_116[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                (*l_99) &= (safe_mul_func_uint8_t_u_u(g_84.f7, 0L));
                l_117 = ((*l_115) = &l_51[4]);
                if ((*g_58))
                    break;
                (*l_115) = &g_2;
            }
            l_118++;
        }
    }
    --l_125;
    ++g_128;
    --l_132;
    return g_76[0].f6;
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
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_18[i], "g_18[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_28, "g_28", print_hash_value);
    transparent_crc(g_29.f0, "g_29.f0", print_hash_value);
    transparent_crc(g_29.f1, "g_29.f1", print_hash_value);
    transparent_crc(g_29.f2, "g_29.f2", print_hash_value);
    transparent_crc(g_29.f3, "g_29.f3", print_hash_value);
    transparent_crc(g_29.f4, "g_29.f4", print_hash_value);
    transparent_crc(g_29.f5, "g_29.f5", print_hash_value);
    transparent_crc(g_29.f6, "g_29.f6", print_hash_value);
    transparent_crc(g_29.f7, "g_29.f7", print_hash_value);
    transparent_crc(g_29.f8, "g_29.f8", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_65[i].f0, "g_65[i].f0", print_hash_value);
        transparent_crc(g_65[i].f1, "g_65[i].f1", print_hash_value);
        transparent_crc(g_65[i].f2, "g_65[i].f2", print_hash_value);
        transparent_crc(g_65[i].f3, "g_65[i].f3", print_hash_value);
        transparent_crc(g_65[i].f4, "g_65[i].f4", print_hash_value);
        transparent_crc(g_65[i].f5, "g_65[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_76[i].f0, "g_76[i].f0", print_hash_value);
        transparent_crc(g_76[i].f1, "g_76[i].f1", print_hash_value);
        transparent_crc(g_76[i].f2, "g_76[i].f2", print_hash_value);
        transparent_crc(g_76[i].f3, "g_76[i].f3", print_hash_value);
        transparent_crc(g_76[i].f4, "g_76[i].f4", print_hash_value);
        transparent_crc(g_76[i].f5, "g_76[i].f5", print_hash_value);
        transparent_crc(g_76[i].f6, "g_76[i].f6", print_hash_value);
        transparent_crc(g_76[i].f7, "g_76[i].f7", print_hash_value);
        transparent_crc(g_76[i].f8, "g_76[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_84.f0, "g_84.f0", print_hash_value);
    transparent_crc(g_84.f1, "g_84.f1", print_hash_value);
    transparent_crc(g_84.f2, "g_84.f2", print_hash_value);
    transparent_crc(g_84.f3, "g_84.f3", print_hash_value);
    transparent_crc(g_84.f4, "g_84.f4", print_hash_value);
    transparent_crc(g_84.f5, "g_84.f5", print_hash_value);
    transparent_crc(g_84.f6, "g_84.f6", print_hash_value);
    transparent_crc(g_84.f7, "g_84.f7", print_hash_value);
    transparent_crc(g_84.f8, "g_84.f8", print_hash_value);
    transparent_crc(g_88.f0, "g_88.f0", print_hash_value);
    transparent_crc(g_88.f1, "g_88.f1", print_hash_value);
    transparent_crc(g_88.f2, "g_88.f2", print_hash_value);
    transparent_crc(g_88.f3, "g_88.f3", print_hash_value);
    transparent_crc(g_88.f4, "g_88.f4", print_hash_value);
    transparent_crc(g_88.f5, "g_88.f5", print_hash_value);
    transparent_crc(g_88.f6, "g_88.f6", print_hash_value);
    transparent_crc(g_88.f7, "g_88.f7", print_hash_value);
    transparent_crc(g_88.f8, "g_88.f8", print_hash_value);
    transparent_crc(g_94.f0, "g_94.f0", print_hash_value);
    transparent_crc(g_94.f1, "g_94.f1", print_hash_value);
    transparent_crc(g_94.f2, "g_94.f2", print_hash_value);
    transparent_crc(g_94.f3, "g_94.f3", print_hash_value);
    transparent_crc(g_94.f4, "g_94.f4", print_hash_value);
    transparent_crc(g_94.f5, "g_94.f5", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_158[i][j], "g_158[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_161, "g_161", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_175[i][j][k], "g_175[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_184.f0, "g_184.f0", print_hash_value);
    transparent_crc(g_184.f1, "g_184.f1", print_hash_value);
    transparent_crc(g_184.f2, "g_184.f2", print_hash_value);
    transparent_crc(g_184.f3, "g_184.f3", print_hash_value);
    transparent_crc(g_184.f4, "g_184.f4", print_hash_value);
    transparent_crc(g_184.f5, "g_184.f5", print_hash_value);
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_236.f0, "g_236.f0", print_hash_value);
    transparent_crc(g_236.f1, "g_236.f1", print_hash_value);
    transparent_crc(g_236.f2, "g_236.f2", print_hash_value);
    transparent_crc(g_236.f3, "g_236.f3", print_hash_value);
    transparent_crc(g_236.f4, "g_236.f4", print_hash_value);
    transparent_crc(g_236.f5, "g_236.f5", print_hash_value);
    transparent_crc(g_242.f0, "g_242.f0", print_hash_value);
    transparent_crc(g_242.f1, "g_242.f1", print_hash_value);
    transparent_crc(g_242.f2, "g_242.f2", print_hash_value);
    transparent_crc(g_242.f3, "g_242.f3", print_hash_value);
    transparent_crc(g_242.f4, "g_242.f4", print_hash_value);
    transparent_crc(g_242.f5, "g_242.f5", print_hash_value);
    transparent_crc(g_242.f6, "g_242.f6", print_hash_value);
    transparent_crc(g_242.f7, "g_242.f7", print_hash_value);
    transparent_crc(g_242.f8, "g_242.f8", print_hash_value);
    transparent_crc(g_276.f0, "g_276.f0", print_hash_value);
    transparent_crc(g_276.f1, "g_276.f1", print_hash_value);
    transparent_crc(g_276.f2, "g_276.f2", print_hash_value);
    transparent_crc(g_276.f3, "g_276.f3", print_hash_value);
    transparent_crc(g_276.f4, "g_276.f4", print_hash_value);
    transparent_crc(g_276.f5, "g_276.f5", print_hash_value);
    transparent_crc(g_281.f0, "g_281.f0", print_hash_value);
    transparent_crc(g_281.f1, "g_281.f1", print_hash_value);
    transparent_crc(g_281.f2, "g_281.f2", print_hash_value);
    transparent_crc(g_281.f3, "g_281.f3", print_hash_value);
    transparent_crc(g_281.f4, "g_281.f4", print_hash_value);
    transparent_crc(g_281.f5, "g_281.f5", print_hash_value);
    transparent_crc(g_282.f0, "g_282.f0", print_hash_value);
    transparent_crc(g_282.f1, "g_282.f1", print_hash_value);
    transparent_crc(g_282.f2, "g_282.f2", print_hash_value);
    transparent_crc(g_282.f3, "g_282.f3", print_hash_value);
    transparent_crc(g_282.f4, "g_282.f4", print_hash_value);
    transparent_crc(g_282.f5, "g_282.f5", print_hash_value);
    transparent_crc(g_284.f0, "g_284.f0", print_hash_value);
    transparent_crc(g_284.f1, "g_284.f1", print_hash_value);
    transparent_crc(g_284.f2, "g_284.f2", print_hash_value);
    transparent_crc(g_284.f3, "g_284.f3", print_hash_value);
    transparent_crc(g_284.f4, "g_284.f4", print_hash_value);
    transparent_crc(g_284.f5, "g_284.f5", print_hash_value);
    transparent_crc(g_284.f6, "g_284.f6", print_hash_value);
    transparent_crc(g_284.f7, "g_284.f7", print_hash_value);
    transparent_crc(g_284.f8, "g_284.f8", print_hash_value);
    transparent_crc(g_285.f0, "g_285.f0", print_hash_value);
    transparent_crc(g_285.f1, "g_285.f1", print_hash_value);
    transparent_crc(g_285.f2, "g_285.f2", print_hash_value);
    transparent_crc(g_285.f3, "g_285.f3", print_hash_value);
    transparent_crc(g_285.f4, "g_285.f4", print_hash_value);
    transparent_crc(g_285.f5, "g_285.f5", print_hash_value);
    transparent_crc(g_285.f6, "g_285.f6", print_hash_value);
    transparent_crc(g_285.f7, "g_285.f7", print_hash_value);
    transparent_crc(g_285.f8, "g_285.f8", print_hash_value);
    transparent_crc(g_286.f0, "g_286.f0", print_hash_value);
    transparent_crc(g_286.f1, "g_286.f1", print_hash_value);
    transparent_crc(g_286.f2, "g_286.f2", print_hash_value);
    transparent_crc(g_286.f3, "g_286.f3", print_hash_value);
    transparent_crc(g_286.f4, "g_286.f4", print_hash_value);
    transparent_crc(g_286.f5, "g_286.f5", print_hash_value);
    transparent_crc(g_286.f6, "g_286.f6", print_hash_value);
    transparent_crc(g_286.f7, "g_286.f7", print_hash_value);
    transparent_crc(g_286.f8, "g_286.f8", print_hash_value);
    transparent_crc(g_367, "g_367", print_hash_value);
    transparent_crc(g_390.f0, "g_390.f0", print_hash_value);
    transparent_crc(g_390.f1, "g_390.f1", print_hash_value);
    transparent_crc(g_390.f2, "g_390.f2", print_hash_value);
    transparent_crc(g_390.f3, "g_390.f3", print_hash_value);
    transparent_crc(g_390.f4, "g_390.f4", print_hash_value);
    transparent_crc(g_390.f5, "g_390.f5", print_hash_value);
    transparent_crc(g_390.f6, "g_390.f6", print_hash_value);
    transparent_crc(g_390.f7, "g_390.f7", print_hash_value);
    transparent_crc(g_390.f8, "g_390.f8", print_hash_value);
    transparent_crc(g_391.f0, "g_391.f0", print_hash_value);
    transparent_crc(g_391.f1, "g_391.f1", print_hash_value);
    transparent_crc(g_391.f2, "g_391.f2", print_hash_value);
    transparent_crc(g_391.f3, "g_391.f3", print_hash_value);
    transparent_crc(g_391.f4, "g_391.f4", print_hash_value);
    transparent_crc(g_391.f5, "g_391.f5", print_hash_value);
    transparent_crc(g_391.f6, "g_391.f6", print_hash_value);
    transparent_crc(g_391.f7, "g_391.f7", print_hash_value);
    transparent_crc(g_391.f8, "g_391.f8", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_431[i][j].f0, "g_431[i][j].f0", print_hash_value);
            transparent_crc(g_431[i][j].f1, "g_431[i][j].f1", print_hash_value);
            transparent_crc(g_431[i][j].f2, "g_431[i][j].f2", print_hash_value);
            transparent_crc(g_431[i][j].f3, "g_431[i][j].f3", print_hash_value);
            transparent_crc(g_431[i][j].f4, "g_431[i][j].f4", print_hash_value);
            transparent_crc(g_431[i][j].f5, "g_431[i][j].f5", print_hash_value);
            transparent_crc(g_431[i][j].f6, "g_431[i][j].f6", print_hash_value);
            transparent_crc(g_431[i][j].f7, "g_431[i][j].f7", print_hash_value);
            transparent_crc(g_431[i][j].f8, "g_431[i][j].f8", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_450[i].f0, "g_450[i].f0", print_hash_value);
        transparent_crc(g_450[i].f1, "g_450[i].f1", print_hash_value);
        transparent_crc(g_450[i].f2, "g_450[i].f2", print_hash_value);
        transparent_crc(g_450[i].f3, "g_450[i].f3", print_hash_value);
        transparent_crc(g_450[i].f4, "g_450[i].f4", print_hash_value);
        transparent_crc(g_450[i].f5, "g_450[i].f5", print_hash_value);
        transparent_crc(g_450[i].f6, "g_450[i].f6", print_hash_value);
        transparent_crc(g_450[i].f7, "g_450[i].f7", print_hash_value);
        transparent_crc(g_450[i].f8, "g_450[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_452[i], "g_452[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_491.f0, "g_491.f0", print_hash_value);
    transparent_crc(g_491.f1, "g_491.f1", print_hash_value);
    transparent_crc(g_491.f2, "g_491.f2", print_hash_value);
    transparent_crc(g_491.f3, "g_491.f3", print_hash_value);
    transparent_crc(g_491.f4, "g_491.f4", print_hash_value);
    transparent_crc(g_491.f5, "g_491.f5", print_hash_value);
    transparent_crc(g_491.f6, "g_491.f6", print_hash_value);
    transparent_crc(g_491.f7, "g_491.f7", print_hash_value);
    transparent_crc(g_491.f8, "g_491.f8", print_hash_value);
    transparent_crc(g_587.f0, "g_587.f0", print_hash_value);
    transparent_crc(g_587.f1, "g_587.f1", print_hash_value);
    transparent_crc(g_587.f2, "g_587.f2", print_hash_value);
    transparent_crc(g_587.f3, "g_587.f3", print_hash_value);
    transparent_crc(g_587.f4, "g_587.f4", print_hash_value);
    transparent_crc(g_587.f5, "g_587.f5", print_hash_value);
    transparent_crc(g_600, "g_600", print_hash_value);
    transparent_crc(g_603.f0, "g_603.f0", print_hash_value);
    transparent_crc(g_603.f1, "g_603.f1", print_hash_value);
    transparent_crc(g_603.f2, "g_603.f2", print_hash_value);
    transparent_crc(g_603.f3, "g_603.f3", print_hash_value);
    transparent_crc(g_603.f4, "g_603.f4", print_hash_value);
    transparent_crc(g_603.f5, "g_603.f5", print_hash_value);
    transparent_crc(g_603.f6, "g_603.f6", print_hash_value);
    transparent_crc(g_603.f7, "g_603.f7", print_hash_value);
    transparent_crc(g_603.f8, "g_603.f8", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_616[i].f0, "g_616[i].f0", print_hash_value);
        transparent_crc(g_616[i].f1, "g_616[i].f1", print_hash_value);
        transparent_crc(g_616[i].f2, "g_616[i].f2", print_hash_value);
        transparent_crc(g_616[i].f3, "g_616[i].f3", print_hash_value);
        transparent_crc(g_616[i].f4, "g_616[i].f4", print_hash_value);
        transparent_crc(g_616[i].f5, "g_616[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_622.f0, "g_622.f0", print_hash_value);
    transparent_crc(g_622.f1, "g_622.f1", print_hash_value);
    transparent_crc(g_622.f2, "g_622.f2", print_hash_value);
    transparent_crc(g_622.f3, "g_622.f3", print_hash_value);
    transparent_crc(g_622.f4, "g_622.f4", print_hash_value);
    transparent_crc(g_622.f5, "g_622.f5", print_hash_value);
    transparent_crc(g_622.f6, "g_622.f6", print_hash_value);
    transparent_crc(g_622.f7, "g_622.f7", print_hash_value);
    transparent_crc(g_622.f8, "g_622.f8", print_hash_value);
    transparent_crc(g_631.f0, "g_631.f0", print_hash_value);
    transparent_crc(g_631.f1, "g_631.f1", print_hash_value);
    transparent_crc(g_631.f2, "g_631.f2", print_hash_value);
    transparent_crc(g_631.f3, "g_631.f3", print_hash_value);
    transparent_crc(g_631.f4, "g_631.f4", print_hash_value);
    transparent_crc(g_631.f5, "g_631.f5", print_hash_value);
    transparent_crc(g_631.f6, "g_631.f6", print_hash_value);
    transparent_crc(g_631.f7, "g_631.f7", print_hash_value);
    transparent_crc(g_631.f8, "g_631.f8", print_hash_value);
    transparent_crc(g_666.f0, "g_666.f0", print_hash_value);
    transparent_crc(g_666.f1, "g_666.f1", print_hash_value);
    transparent_crc(g_666.f2, "g_666.f2", print_hash_value);
    transparent_crc(g_666.f3, "g_666.f3", print_hash_value);
    transparent_crc(g_666.f4, "g_666.f4", print_hash_value);
    transparent_crc(g_666.f5, "g_666.f5", print_hash_value);
    transparent_crc(g_666.f6, "g_666.f6", print_hash_value);
    transparent_crc(g_666.f7, "g_666.f7", print_hash_value);
    transparent_crc(g_666.f8, "g_666.f8", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 162
   depth: 1, occurrence: 16
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

XXX max expression depth: 33
breakdown:
   depth: 1, occurrence: 134
   depth: 2, occurrence: 31
   depth: 3, occurrence: 5
   depth: 4, occurrence: 4
   depth: 5, occurrence: 3
   depth: 14, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 19, occurrence: 1
   depth: 21, occurrence: 2
   depth: 22, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 29, occurrence: 1
   depth: 33, occurrence: 1

XXX total number of pointers: 189

XXX times a variable address is taken: 426
XXX times a pointer is dereferenced on RHS: 60
breakdown:
   depth: 1, occurrence: 47
   depth: 2, occurrence: 11
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 90
breakdown:
   depth: 1, occurrence: 85
   depth: 2, occurrence: 5
XXX times a pointer is compared with null: 12
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 1635

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 317
   level: 2, occurrence: 54
   level: 3, occurrence: 3
XXX number of pointers point to pointers: 67
XXX number of pointers point to scalars: 98
XXX number of pointers point to structs: 24
XXX percent of pointers has null in alias set: 27
XXX average alias set size: 1.45

XXX times a non-volatile is read: 419
XXX times a non-volatile is write: 268
XXX times a volatile is read: 44
XXX    times read thru a pointer: 10
XXX times a volatile is write: 18
XXX    times written thru a pointer: 5
XXX times a volatile is available for access: 1.38e+03
XXX percentage of non-volatile access: 91.7

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 129
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 22
   depth: 2, occurrence: 34
   depth: 3, occurrence: 58

XXX percentage a fresh-made variable is used: 22.8
XXX percentage an existing variable is used: 77.2
********************* end of statistics **********************/

