/* Csmith 2.3.0 --seed 27 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 90940054 */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 27 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      27
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const int8_t  f0;
   int8_t  f1;
   int32_t  f2;
};

#pragma pack(push)
#pragma pack(1)
struct S1 {
   signed f0 : 10;
   signed f1 : 27;
   unsigned f2 : 18;
   const unsigned f3 : 1;
   unsigned f4 : 26;
   volatile unsigned f5 : 13;
   unsigned f6 : 9;
   const signed : 0;
   unsigned f7 : 9;
};
#pragma pack(pop)

struct S2 {
   unsigned f0 : 21;
   signed : 0;
   signed f1 : 21;
   signed f2 : 21;
   volatile uint8_t  f3;
   signed f4 : 24;
   const unsigned f5 : 18;
   unsigned f6 : 29;
};

union U3 {
   const int64_t  f0;
   uint32_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static volatile int64_t g_18 = (-1L);/* VOLATILE GLOBAL g_18 */
static const int32_t g_19 = (-1L);
static int32_t g_46 = 6L;
static int16_t g_48 = 0xA54FL;
static uint32_t g_50 = 0xAA1EDE5AL;
static uint16_t g_64 = 0x82D8L;
static uint16_t g_68 = 65533UL;
static int16_t *g_71 = &g_48;
static int32_t g_79 = 0xBA75048CL;
static int64_t g_92 = 0xAABED93686DF8401LL;
static uint32_t g_93 = 0x45A7EABDL;
static int16_t g_96[5][5] = {{0xD6D7L,0xF982L,0xF982L,0xD6D7L,0x7EEDL},{0xD6D7L,0x12F4L,(-1L),(-1L),0x12F4L},{0x7EEDL,0xF982L,(-1L),1L,1L},{0xF982L,0x7EEDL,0xF982L,(-1L),1L},{0x12F4L,0xD6D7L,1L,0xD6D7L,0x12F4L}};
static uint32_t g_130[1][5][10] = {{{0xAFA49983L,0x4F6F77BDL,18446744073709551610UL,7UL,18446744073709551615UL,0x17E09DBBL,0xAFA49983L,0xAFA49983L,0x17E09DBBL,18446744073709551615UL},{0x4F6F77BDL,0UL,0UL,0x4F6F77BDL,0xD905F98FL,1UL,18446744073709551615UL,0xDFC78E83L,0UL,0xAFA49983L},{0xD905F98FL,1UL,5UL,18446744073709551610UL,0xD905F98FL,5UL,0xDDCC78C8L,0xB7CC63A2L,0xDDCC78C8L,5UL},{0x41A1999AL,0UL,18446744073709551615UL,0UL,0x41A1999AL,1UL,0x2AD619F2L,0x41A1999AL,0xAFA49983L,0xD905F98FL},{0xB7CC63A2L,1UL,18446744073709551610UL,0x41A1999AL,0x17E09DBBL,0x028E1C96L,0xD905F98FL,1UL,1UL,0xD905F98FL}}};
static uint32_t g_134 = 18446744073709551608UL;
static int16_t g_141 = 0xCE65L;
static int32_t *g_152 = &g_79;
static int16_t g_156 = 0x5FD3L;
static int64_t g_158[9][1][6] = {{{(-1L),(-2L),0x8F1AC0AFFF8CD519LL,0xAC5461FDE09C777CLL,0x139CCBA0E5DD0038LL,0xAC5461FDE09C777CLL}},{{0x6249A0EE20FB557DLL,(-1L),0x6249A0EE20FB557DLL,0L,0x139CCBA0E5DD0038LL,5L}},{{0x8F1AC0AFFF8CD519LL,(-2L),(-1L),0x6249A0EE20FB557DLL,0x6249A0EE20FB557DLL,(-1L)}},{{0x25C23C1BAF1AC7F9LL,0x25C23C1BAF1AC7F9LL,7L,0x6249A0EE20FB557DLL,(-2L),0L}},{{0x8F1AC0AFFF8CD519LL,7L,5L,0L,5L,7L}},{{0x6249A0EE20FB557DLL,0x8F1AC0AFFF8CD519LL,5L,0xAC5461FDE09C777CLL,0x25C23C1BAF1AC7F9LL,0L}},{{(-1L),0xAC5461FDE09C777CLL,7L,7L,0xAC5461FDE09C777CLL,(-1L)}},{{7L,0xAC5461FDE09C777CLL,(-1L),0x139CCBA0E5DD0038LL,0x25C23C1BAF1AC7F9LL,5L}},{{5L,0x8F1AC0AFFF8CD519LL,0x6249A0EE20FB557DLL,0x8F1AC0AFFF8CD519LL,5L,0xAC5461FDE09C777CLL}}};
static int8_t g_164 = 0x25L;
static int32_t g_167 = 0x330629C9L;
static int16_t g_170 = 0L;
static int16_t g_172 = 0x57B0L;
static uint32_t g_173 = 0xFB425780L;
static const uint32_t g_186 = 4294967287UL;
static uint64_t g_218 = 0xF09FB775C3714B16LL;
static struct S0 g_238 = {0xC6L,1L,0x9AF8CABCL};
static union U3 g_277[8] = {{-1L},{-4L},{-1L},{-4L},{-1L},{-4L},{-1L},{-4L}};
static int64_t * volatile g_287 = &g_92;/* VOLATILE GLOBAL g_287 */
static int64_t * volatile *g_286 = &g_287;
static const int64_t *g_289 = &g_92;
static const int64_t **g_288 = &g_289;
static uint8_t g_291 = 255UL;
static uint8_t g_345 = 0xADL;
static uint8_t g_347[4] = {0xDDL,0xDDL,0xDDL,0xDDL};
static uint8_t *g_368 = (void*)0;
static uint8_t **g_367 = &g_368;
static int64_t *g_382 = (void*)0;
static int64_t *g_383 = (void*)0;
static volatile struct S0 g_389 = {7L,0x52L,7L};/* VOLATILE GLOBAL g_389 */
static volatile struct S0 *g_388 = &g_389;
static const volatile uint32_t g_402 = 0x0EFF1E00L;/* VOLATILE GLOBAL g_402 */
static const volatile uint32_t *g_401 = &g_402;
static const volatile uint32_t * volatile *g_400 = &g_401;
static int64_t g_406 = (-1L);
static int32_t *g_409 = &g_238.f2;
static uint64_t g_445[4] = {0x4B6D7EA2F1FBFD77LL,0x4B6D7EA2F1FBFD77LL,0x4B6D7EA2F1FBFD77LL,0x4B6D7EA2F1FBFD77LL};
static int16_t * const g_476 = (void*)0;
static int16_t * const *g_475 = &g_476;
static const int8_t g_496 = 0x31L;
static uint64_t *g_504 = &g_445[3];
static int8_t g_549 = (-3L);
static int32_t g_551 = 0xF01E5E0AL;
static int8_t g_553[5] = {0xD3L,0xD3L,0xD3L,0xD3L,0xD3L};
static int16_t g_575 = 3L;
static uint16_t g_587 = 0x84A5L;
static volatile union U3 g_592 = {-1L};/* VOLATILE GLOBAL g_592 */
static volatile union U3 *g_591 = &g_592;
static struct S1 g_636 = {4,-624,174,0,5142,89,21,15};/* VOLATILE GLOBAL g_636 */
static struct S2 g_637 = {582,-57,-76,1UL,-3234,18,11857};/* VOLATILE GLOBAL g_637 */
static volatile struct S1 g_655 = {-10,-2453,390,0,7273,2,17,14};/* VOLATILE GLOBAL g_655 */
static struct S2 g_668 = {1047,-1001,-1274,0UL,2295,205,1517};/* VOLATILE GLOBAL g_668 */
static int16_t **g_671 = &g_71;
static int8_t g_690 = 0xF3L;
static struct S0 * const *g_711 = (void*)0;
static int32_t * const  volatile g_713 = &g_167;/* VOLATILE GLOBAL g_713 */
static int32_t *g_723 = &g_46;
static int32_t ** const  volatile g_722 = &g_723;/* VOLATILE GLOBAL g_722 */
static struct S1 g_738 = {13,3437,302,0,5296,45,10,0};/* VOLATILE GLOBAL g_738 */
static int32_t * volatile g_745 = &g_46;/* VOLATILE GLOBAL g_745 */
static int8_t *g_771 = &g_553[1];
static int64_t g_778 = 0x0D501E037A9F9D6ALL;
static struct S0 *g_785 = &g_238;
static struct S0 **g_784 = &g_785;
static struct S0 ***g_783 = &g_784;
static volatile struct S2 g_812 = {1194,-977,-867,0xD3L,-1786,233,8695};/* VOLATILE GLOBAL g_812 */
static struct S0 * const **g_820 = &g_711;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static const uint8_t  func_6(uint8_t  p_7, const int16_t  p_8, uint32_t  p_9, int32_t  p_10, int16_t  p_11);
static uint8_t  func_12(uint32_t  p_13, uint32_t  p_14, union U3  p_15);
static int16_t  func_20(int16_t  p_21);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_18 g_19 g_46 g_48 g_64 g_68 g_50 g_71 g_93 g_130 g_96 g_134 g_141 g_92 g_152 g_173 g_167 g_170 g_79 g_218 g_238 g_164 g_156 g_277 g_286 g_288 g_158 g_291 g_345 g_277.f1 g_289 g_400 g_406 g_409 g_347 g_445 g_172 g_504 g_575 g_287 g_587 g_551 g_553 g_636 g_637 g_655 g_549 g_668 g_711 g_713 g_722 g_738 g_690 g_401 g_402 g_745 g_496 g_778 g_783 g_771 g_812 g_723
 * writes: g_46 g_48 g_50 g_64 g_71 g_79 g_93 g_130 g_134 g_141 g_152 g_92 g_156 g_158 g_173 g_68 g_218 g_164 g_288 g_291 g_277.f1 g_345 g_367 g_382 g_383 g_388 g_238.f2 g_167 g_406 g_409 g_238.f1 g_475 g_504 g_347 g_553 g_591 g_551 g_445 g_549 g_671 g_711 g_723 g_771 g_778 g_783 g_820 g_587 g_690
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    union U3 *l_586 = &g_277[1];
    union U3 l_588 = {0x6E87B82B08366725LL};
    int64_t l_776 = 0xF70EDCB6B958F9A3LL;
    int64_t *l_777[6][10][4] = {{{&l_776,&g_778,&g_778,&g_778},{&l_776,&g_778,&g_778,&g_778},{&l_776,&l_776,&l_776,(void*)0},{&l_776,&l_776,&g_778,&g_778},{&l_776,&l_776,(void*)0,&l_776},{&g_778,&l_776,&l_776,&l_776},{(void*)0,&l_776,&l_776,&l_776},{&l_776,&l_776,&g_778,&l_776},{&l_776,&l_776,&l_776,&l_776},{(void*)0,&l_776,(void*)0,&g_778}},{{&g_778,&l_776,&g_778,(void*)0},{&g_778,&l_776,(void*)0,&g_778},{&g_778,&g_778,&l_776,&g_778},{&g_778,&g_778,&g_778,&g_778},{&l_776,(void*)0,&l_776,&l_776},{(void*)0,&g_778,&g_778,&l_776},{&l_776,(void*)0,&g_778,&l_776},{&l_776,&g_778,&l_776,&l_776},{&l_776,&l_776,&l_776,&l_776},{&l_776,&g_778,&g_778,&g_778}},{{&l_776,&l_776,&l_776,&g_778},{&l_776,&g_778,&l_776,&g_778},{&l_776,&g_778,&g_778,&l_776},{&g_778,&l_776,(void*)0,(void*)0},{(void*)0,(void*)0,&g_778,&g_778},{&l_776,&l_776,&l_776,(void*)0},{&g_778,&g_778,(void*)0,&l_776},{&g_778,(void*)0,(void*)0,&g_778},{&g_778,&g_778,&l_776,&l_776},{&l_776,&l_776,&g_778,&g_778}},{{(void*)0,&l_776,&g_778,&g_778},{&l_776,(void*)0,&l_776,&l_776},{&l_776,&g_778,&g_778,&l_776},{&g_778,&l_776,(void*)0,&g_778},{&l_776,&l_776,&l_776,&l_776},{&g_778,&g_778,&l_776,&l_776},{&g_778,&l_776,&g_778,&g_778},{(void*)0,&l_776,&l_776,&l_776},{&g_778,&g_778,(void*)0,&l_776},{&g_778,(void*)0,&g_778,&g_778}},{{(void*)0,&l_776,&g_778,&g_778},{&l_776,&l_776,(void*)0,&l_776},{&l_776,&g_778,(void*)0,&g_778},{(void*)0,(void*)0,&l_776,&l_776},{&l_776,&g_778,&l_776,(void*)0},{&l_776,&l_776,(void*)0,&g_778},{&l_776,(void*)0,&g_778,(void*)0},{&g_778,&l_776,&g_778,&l_776},{(void*)0,&g_778,&g_778,&g_778},{&l_776,&l_776,&l_776,&l_776}},{{&l_776,(void*)0,&g_778,&l_776},{(void*)0,&l_776,&g_778,(void*)0},{&g_778,&l_776,&g_778,&g_778},{&l_776,&g_778,(void*)0,&l_776},{&l_776,&g_778,&l_776,&g_778},{&l_776,&l_776,&l_776,&g_778},{(void*)0,&g_778,(void*)0,&l_776},{&l_776,&l_776,(void*)0,&g_778},{&l_776,(void*)0,&g_778,&l_776},{(void*)0,&g_778,&g_778,&g_778}}};
    struct S0 ***l_788 = &g_784;
    int32_t l_809[6] = {9L,(-7L),9L,9L,(-7L),9L};
    int8_t **l_874 = (void*)0;
    int i, j, k;
    if (((g_778 &= ((18446744073709551612UL || (((safe_mul_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s((func_6(func_12(((safe_add_func_uint16_t_u_u((g_18 != g_19), func_20(g_19))) , (safe_rshift_func_uint8_t_u_u((safe_add_func_int8_t_s_s(((*g_286) == (void*)0), (l_586 != l_586))), 6))), g_587, l_588), l_588.f1, g_587, g_587, l_588.f0) && 1L), l_588.f1)) , 0x41L) == (-1L)), 0x4FL)) || l_588.f1) && l_776)) >= l_588.f1)) != l_776))
    { /* block id: 309 */
        struct S0 ****l_786 = &g_783;
        struct S0 ***l_787 = &g_784;
        int32_t l_793[3][3] = {{(-9L),(-9L),(-9L)},{0x59DBB365L,0L,0x59DBB365L},{(-9L),(-9L),(-9L)}};
        int16_t ***l_794 = &g_671;
        int32_t l_795 = 0x97300DC3L;
        int i, j;
        l_795 |= ((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(1L, 0)), ((((*l_786) = g_783) == (l_788 = l_787)) >= ((safe_mod_func_uint32_t_u_u((*g_401), l_793[0][2])) != ((1L >= (((&g_71 != ((*l_794) = &g_71)) || (*g_771)) , l_588.f1)) != l_776))))) ^ l_793[0][2]);
    }
    else
    { /* block id: 314 */
        union U3 **l_806 = (void*)0;
        int32_t l_808 = 1L;
        struct S0 ***l_817[10][3][8] = {{{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784}},{{&g_784,&g_784,(void*)0,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,(void*)0,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784}},{{&g_784,&g_784,&g_784,(void*)0,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784}},{{&g_784,(void*)0,&g_784,&g_784,&g_784,(void*)0,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{(void*)0,&g_784,&g_784,&g_784,(void*)0,&g_784,&g_784,&g_784}},{{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,(void*)0,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,(void*)0,&g_784,&g_784,&g_784,&g_784,&g_784}},{{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,(void*)0,&g_784,&g_784,&g_784,&g_784}},{{&g_784,&g_784,&g_784,&g_784,(void*)0,&g_784,&g_784,&g_784},{(void*)0,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784}},{{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,(void*)0}},{{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,(void*)0},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784}},{{&g_784,&g_784,&g_784,(void*)0,&g_784,(void*)0,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784},{&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784,&g_784}}};
        struct S0 * const **l_818 = &g_711;
        int32_t l_847 = 8L;
        uint8_t l_860[6] = {0xDFL,0xE2L,0xDFL,0xDFL,0xE2L,0xDFL};
        int i, j, k;
        l_809[0] = (((safe_sub_func_uint32_t_u_u((0x4EL & (9UL <= (safe_lshift_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((0UL && ((**g_286) = ((l_586 = ((*g_504) , &g_277[7])) == (void*)0))), (!g_637.f6))), 0xF6L)), 8)))), ((((l_808 > l_588.f1) != g_637.f6) , &g_771) == &g_771))) >= l_808) , l_808);
        for (g_64 = 1; (g_64 <= 5); g_64 += 1)
        { /* block id: 320 */
            struct S0 * const ***l_819[10][7] = {{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818},{&l_818,&l_818,&l_818,&l_818,&l_818,&l_818,&l_818}};
            uint16_t *l_823 = &g_587;
            uint16_t l_830 = 0xF4D4L;
            int32_t l_831[1][6];
            uint64_t *l_832 = &g_445[0];
            const int16_t *l_835 = &g_575;
            const int16_t **l_834 = &l_835;
            const int16_t ***l_833 = &l_834;
            int8_t *l_842 = &g_690;
            int32_t *l_850 = &g_551;
            int32_t **l_851 = &g_409;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 6; j++)
                    l_831[i][j] = (-1L);
            }
            l_809[g_64] = ((((safe_sub_func_int8_t_s_s(((*g_771) ^= l_809[g_64]), (g_812 , ((safe_mul_func_int16_t_s_s(l_776, (safe_lshift_func_uint8_t_u_s(((g_783 = (g_738.f7 , l_817[6][1][5])) == (g_820 = l_818)), 0)))) >= (-5L))))) , (safe_sub_func_int16_t_s_s(0x8CC2L, ((*l_823)--)))) >= ((((safe_add_func_uint64_t_u_u(((l_831[0][3] = (safe_rshift_func_int8_t_s_u(((((0x2970L < l_830) | g_551) > l_808) ^ l_830), l_588.f0))) ^ (*g_504)), 0x749A11D5682F7CC9LL)) & 0x2EL) , l_832) != &g_218)) <= l_808);
            (*l_833) = (void*)0;
            (*l_850) = (safe_lshift_func_int16_t_s_s((((safe_mul_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s(((*g_771) == ((*l_842) = l_831[0][3])), ((safe_rshift_func_uint16_t_u_u((l_808 || (safe_unary_minus_func_int16_t_s(g_141))), (~((((l_847 = g_637.f4) <= l_809[g_64]) < l_808) , (safe_lshift_func_int8_t_s_u(((l_809[2] = (((((*l_823) &= g_655.f5) , g_277[1]) , l_847) , (*g_771))) < 9L), 4)))))) & (*g_771)))) , (*g_771)), 1L)) , (*l_586)) , l_776), 9));
            (*l_851) = (*g_722);
        }
        for (g_164 = 0; (g_164 >= (-27)); g_164 = safe_sub_func_int32_t_s_s(g_164, 7))
        { /* block id: 337 */
            int32_t l_857 = 0xCFD9EF6FL;
            int32_t *l_858 = &g_238.f2;
            int32_t *l_859[7][1] = {{&l_857},{&l_857},{&l_809[1]},{&l_857},{&l_857},{&l_809[1]},{&l_857}};
            int i, j;
            for (l_776 = (-6); (l_776 == (-1)); l_776++)
            { /* block id: 340 */
                int32_t *l_856[10][5][2] = {{{&l_808,&g_238.f2},{(void*)0,&g_238.f2},{&l_809[0],&l_808},{&l_809[0],(void*)0},{&g_167,&g_167}},{{(void*)0,&g_551},{&g_238.f2,&l_808},{&g_167,&l_808},{&g_551,&g_167},{&g_167,&g_551}},{{&g_167,&g_167},{&g_551,&l_808},{&g_167,&l_808},{&g_238.f2,&g_551},{(void*)0,&g_167}},{{&g_167,(void*)0},{&l_809[0],&l_808},{&l_809[0],&g_238.f2},{(void*)0,&g_238.f2},{&l_808,&g_238.f2}},{{(void*)0,&g_238.f2},{&l_809[0],&l_808},{&l_809[0],(void*)0},{&g_167,&g_167},{(void*)0,&g_551}},{{&g_238.f2,&l_808},{&g_167,&l_808},{&g_551,&g_167},{&g_167,&g_551},{&g_167,&g_167}},{{&g_551,&l_808},{&g_167,&l_808},{&g_238.f2,&g_551},{(void*)0,&g_167},{&g_167,(void*)0}},{{&l_809[0],&l_808},{&l_809[0],&g_238.f2},{(void*)0,&g_238.f2},{&l_808,&g_238.f2},{(void*)0,&g_238.f2}},{{&l_809[0],&g_551},{&g_238.f2,&g_167},{&g_167,&g_167},{&l_808,&g_238.f2},{(void*)0,(void*)0}},{{&l_808,&g_238.f2},{&g_238.f2,&l_808},{(void*)0,&l_809[5]},{(void*)0,&l_808},{&g_238.f2,&g_238.f2}}};
                int i, j, k;
                l_857 &= l_808;
            }
            l_860[5]--;
        }
    }
    l_809[0] = (safe_lshift_func_int16_t_s_u((safe_add_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_s((((*l_586) , &g_19) != &g_19), l_809[2])), 0)) | (+(((**g_286) >= ((void*)0 == l_874)) | ((g_277[2] , 1L) < 0xC697L)))), l_809[0])), g_637.f4));
    return g_690;
}


/* ------------------------------------------ */
/* 
 * reads : g_152 g_551 g_289 g_92 g_504 g_218 g_445 g_409 g_68 g_170 g_553 g_286 g_287 g_575 g_636 g_637 g_79 g_655 g_158 g_549 g_668 g_238.f2 g_167 g_711 g_713 g_722 g_738 g_690 g_400 g_401 g_402 g_745 g_496 g_141 g_46
 * writes: g_152 g_238.f2 g_167 g_68 g_551 g_218 g_445 g_549 g_671 g_711 g_79 g_409 g_723 g_46 g_553 g_771
 */
static const uint8_t  func_6(uint8_t  p_7, const int16_t  p_8, uint32_t  p_9, int32_t  p_10, int16_t  p_11)
{ /* block id: 230 */
    int32_t **l_600 = &g_152;
    union U3 l_605 = {0xC4D4F22A72F8DAB3LL};
    uint32_t *l_606 = (void*)0;
    int32_t l_674 = 5L;
    int32_t l_684 = (-10L);
    int32_t l_686 = 0x61DE2565L;
    int32_t l_687 = (-1L);
    int32_t l_689[10] = {3L,1L,3L,3L,1L,3L,3L,1L,3L,3L};
    struct S0 **l_703 = (void*)0;
    struct S0 l_772 = {0x2DL,2L,0L};
    int32_t *l_775 = &g_46;
    int i;
    (*l_600) = &g_551;
    if (((*g_409) = (safe_rshift_func_int8_t_s_u((((safe_rshift_func_uint8_t_u_u(0xDDL, ((p_9 , l_605) , ((((((l_605 , l_606) == l_606) < (((void*)0 == l_600) || ((void*)0 == &g_368))) , (**l_600)) || (*g_289)) > p_7)))) < 0x1FBFL) & (*g_504)), p_10))))
    { /* block id: 233 */
        return p_8;
    }
    else
    { /* block id: 235 */
        union U3 *l_610 = &g_277[1];
        union U3 **l_609 = &l_610;
        int32_t l_614 = 0x66CB4122L;
        int16_t **l_669[9] = {&g_71,&g_71,&g_71,&g_71,&g_71,&g_71,&g_71,&g_71,&g_71};
        int32_t l_675 = 0xA696A9F1L;
        int32_t l_685[3][8][4] = {{{0x91AB4C0BL,(-1L),(-9L),(-1L)},{(-1L),0xDE0116A1L,0xA6162FA0L,0xFC2D3303L},{(-9L),0x6B65BF17L,0xA5D3A0E3L,9L},{0xFC2D3303L,0xA5D3A0E3L,0x91AB4C0BL,0xA6162FA0L},{0xFC2D3303L,0x201B5C96L,0xA5D3A0E3L,0xA79062E5L},{(-9L),0xA6162FA0L,0xA6162FA0L,(-9L)},{(-1L),0x07D50591L,(-9L),0xA968A3CBL},{0x91AB4C0BL,0xA79062E5L,0xF6449D26L,0x442813B4L}},{{5L,9L,0xDE0116A1L,0x442813B4L},{0x07D50591L,0xA79062E5L,0xB0ACC1BCL,0xA968A3CBL},{0x201B5C96L,0x07D50591L,0x201B5C96L,(-9L)},{0xDE0116A1L,0xA6162FA0L,0xFC2D3303L,0xA79062E5L},{0x442813B4L,0x201B5C96L,0xA968A3CBL,0xA6162FA0L},{(-1L),0xA5D3A0E3L,0xA968A3CBL,9L},{0x442813B4L,0x6B65BF17L,0xFC2D3303L,0xFC2D3303L},{0xDE0116A1L,0xDE0116A1L,0x201B5C96L,(-1L)}},{{0x201B5C96L,(-1L),0xB0ACC1BCL,0x07D50591L},{0x07D50591L,0x91AB4C0BL,0xDE0116A1L,0xB0ACC1BCL},{5L,0x91AB4C0BL,0xF6449D26L,0x07D50591L},{0x91AB4C0BL,(-1L),(-9L),(-1L)},{(-1L),0xDE0116A1L,0xA6162FA0L,0xFC2D3303L},{(-9L),0x6B65BF17L,0xA5D3A0E3L,9L},{0xFC2D3303L,0xA5D3A0E3L,0x91AB4C0BL,0xA6162FA0L},{0xFC2D3303L,0x201B5C96L,0xA5D3A0E3L,0xA79062E5L}}};
        uint32_t l_691 = 0x1D092D11L;
        const int8_t l_694 = 0xDBL;
        int32_t **l_718 = (void*)0;
        struct S0 l_743 = {0x63L,-3L,0xE1239E4CL};
        struct S0 *l_755 = &g_238;
        struct S0 **l_754 = &l_755;
        uint16_t *l_756 = &g_68;
        int i, j, k;
        (*l_609) = (void*)0;
        (*g_152) = ((--g_68) != p_7);
        if ((((((+(((l_614 && (**l_600)) , (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((((safe_rshift_func_uint16_t_u_s((safe_sub_func_uint8_t_u_u(3UL, (safe_mul_func_uint16_t_u_u(p_9, g_170)))), 5)) ^ l_614) | (safe_sub_func_int32_t_s_s(((((p_10 , &l_610) != (((&l_605 == &g_277[1]) != g_553[1]) , &g_591)) && 0xA1L) != 9L), l_614))), (**l_600))), l_614))) ^ 0x608E59141415046DLL)) , (**l_600)) < 0L) == (**g_286)) >= (**l_600)))
        { /* block id: 239 */
            int8_t *l_629 = (void*)0;
            const int32_t l_638 = 0x81FB8ECBL;
            union U3 **l_660 = &l_610;
            int32_t l_663[5][6] = {{0xF8A610BEL,0xA114D73DL,0xF8A610BEL,0xA114D73DL,0xF8A610BEL,0xA114D73DL},{(-1L),0xA114D73DL,(-1L),0xA114D73DL,(-1L),0xA114D73DL},{0xF8A610BEL,0xA114D73DL,0xF8A610BEL,0xA114D73DL,0xF8A610BEL,0xA114D73DL},{(-1L),0xA114D73DL,(-1L),0xA114D73DL,(-1L),0xA114D73DL},{0xF8A610BEL,0xA114D73DL,0xF8A610BEL,0xA114D73DL,0xF8A610BEL,0xA114D73DL}};
            int16_t l_688 = 0x0D5EL;
            struct S0 l_704 = {-6L,0xF1L,0L};
            struct S0 *l_707 = (void*)0;
            struct S0 **l_706 = &l_707;
            struct S0 ***l_705 = &l_706;
            int i, j;
            if ((safe_sub_func_int8_t_s_s((l_629 != &g_549), (safe_mul_func_uint16_t_u_u(((p_9 || p_9) , (safe_lshift_func_uint8_t_u_s((g_575 , ((**l_600) = (safe_mul_func_int8_t_s_s(((g_636 , ((g_637 , (p_7 , ((void*)0 != (*g_286)))) , l_614)) ^ 0x02L), 0x5FL)))), g_79))), p_8)))))
            { /* block id: 241 */
                return l_638;
            }
            else
            { /* block id: 243 */
                uint32_t l_661 = 2UL;
                int32_t l_662 = 0L;
                (*l_600) = (*l_600);
                (*g_152) = (0L >= ((*g_504) = (**l_600)));
                (*g_152) ^= ((safe_div_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u((l_663[0][1] = (g_549 ^= (safe_lshift_func_int8_t_s_u((safe_mod_func_int16_t_s_s(0xEE51L, (safe_sub_func_uint32_t_u_u((((p_8 | (0xBAL != ((safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((g_655 , g_636) , (l_661 = ((safe_mul_func_uint16_t_u_u(0x4FD4L, g_636.f4)) > (l_660 == &g_591)))), p_8)), p_11)) , (-1L)))) <= (*g_504)) & l_662), g_158[1][0][5])))), 4)))), 0)) <= p_9), (-9L))), (*g_504))) | p_9);
            }
            for (l_614 = 0; (l_614 >= (-6)); l_614--)
            { /* block id: 254 */
                int16_t **l_670 = &g_71;
                int32_t *l_676 = &g_238.f2;
                int32_t *l_677 = &g_551;
                int32_t *l_678 = (void*)0;
                int32_t *l_679 = &l_663[1][5];
                int32_t *l_680 = &g_79;
                int32_t *l_681 = &g_551;
                int32_t *l_682 = &l_675;
                int32_t *l_683[8][6] = {{&g_46,(void*)0,(void*)0,&g_46,&l_663[0][1],&g_551},{&g_167,&g_46,&g_238.f2,&g_46,&g_167,&g_46},{&g_46,&g_167,&g_46,&l_663[3][1],&g_167,&l_675},{(void*)0,&g_46,&l_675,&g_167,&l_663[0][1],&l_675},{&l_663[0][1],(void*)0,&g_46,&g_167,&g_167,&l_663[0][4]},{&l_614,&l_614,&l_663[0][1],&g_551,&g_167,&l_663[3][1]},{&l_614,&l_614,&g_167,(void*)0,&g_167,&l_663[0][1]},{&g_238.f2,&l_614,&g_167,&g_238.f2,&l_614,&l_663[3][1]}};
                int i, j;
                (*g_409) &= ((*g_504) , (safe_div_func_int16_t_s_s(p_10, (((g_668 , (0xA58956D0L > ((l_669[5] == (g_671 = l_670)) ^ ((safe_lshift_func_int16_t_s_u((((g_637.f1 <= l_663[0][4]) == ((*g_504) = (*g_504))) > 1L), 4)) < p_10)))) > l_614) & l_674))));
                l_691--;
                (*l_682) = l_694;
            }
            (*g_409) = (l_675 = (g_637 , (((safe_mul_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(0L, 2)), (safe_sub_func_int32_t_s_s(((**l_600) = p_9), p_9)))), (&g_401 != (void*)0))) & (p_8 , ((l_703 != ((*l_705) = (((&l_663[2][5] == &g_79) , l_704) , (void*)0))) == 0x94DF0F32L))) ^ 8L)));
            for (g_238.f2 = 27; (g_238.f2 < 1); --g_238.f2)
            { /* block id: 267 */
                struct S0 **l_710 = &l_707;
                struct S0 * const **l_712 = &g_711;
                int32_t *l_714[1][6][9] = {{{(void*)0,&g_79,(void*)0,&g_79,(void*)0,&g_79,(void*)0,&g_79,(void*)0},{&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46},{(void*)0,&g_79,(void*)0,&g_79,(void*)0,&g_79,(void*)0,&g_79,(void*)0},{&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46},{(void*)0,&g_79,(void*)0,&g_79,(void*)0,&g_79,(void*)0,&g_79,(void*)0},{&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46}}};
                uint16_t l_715[9];
                int i, j, k;
                for (i = 0; i < 9; i++)
                    l_715[i] = 65530UL;
                (*g_713) = (l_614 = ((**l_600) &= (((*l_705) = l_710) == ((*l_712) = g_711))));
                --l_715[4];
                l_718 = l_600;
                (*g_713) |= (((void*)0 == &g_711) || ((-10L) >= (**l_718)));
            }
        }
        else
        { /* block id: 277 */
            int32_t *l_725 = &l_684;
            uint32_t **l_741 = &l_606;
            uint32_t ***l_740 = &l_741;
            struct S0 *l_753 = &l_743;
            struct S0 **l_752 = &l_753;
            int32_t *l_763 = &l_687;
            for (g_79 = 0; (g_79 > (-4)); g_79--)
            { /* block id: 280 */
                int32_t **l_721 = &g_409;
                int32_t *l_724 = &l_685[1][7][0];
                (*g_722) = ((*l_721) = ((*l_600) = (void*)0));
                (*l_724) &= 0x97369AF4L;
            }
            (*l_725) ^= (*g_713);
            if (((*l_725) = (safe_unary_minus_func_uint8_t_u(6UL))))
            { /* block id: 288 */
                (*l_725) ^= 1L;
                return p_11;
            }
            else
            { /* block id: 291 */
                const volatile uint32_t * volatile ***l_727 = (void*)0;
                const volatile uint32_t * volatile **l_729 = &g_400;
                const volatile uint32_t * volatile ***l_728 = &l_729;
                uint32_t ****l_742 = &l_740;
                int32_t l_744 = 0x0E6C7AF6L;
                uint16_t *l_757 = &g_68;
                int8_t *l_764 = &g_553[1];
                (*l_728) = &g_400;
                (*g_745) = (((safe_div_func_uint64_t_u_u((p_8 != (safe_add_func_uint64_t_u_u(((((*l_725) = (65535UL || p_11)) > (safe_lshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u(p_9, ((g_738 , (((+(&g_400 == ((*l_742) = l_740))) == (((l_743 , ((void*)0 == &g_711)) == 0x34DAC4A7L) || l_744)) <= (**g_286))) , g_690))), 8))) || 1UL), 1UL))), (-3L))) >= (-10L)) || (**g_400));
                (*l_725) = (((safe_sub_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((safe_add_func_int16_t_s_s(((l_754 = l_752) != &l_753), ((((((l_756 = l_756) == l_757) == (((safe_mul_func_uint16_t_u_u(((!((*g_401) >= (l_744 = (p_10 , l_744)))) < ((*l_764) = ((((safe_div_func_uint8_t_u_u(((void*)0 == l_763), p_9)) , p_11) , l_743.f2) != p_7))), g_637.f1)) & (*l_763)) == 0x9DC1D646L)) > 0x7DL) == 0x7BL) > p_7))) | (*l_763)), p_11)), g_496)) ^ (-1L)) == g_637.f4);
                (*l_600) = l_763;
            }
        }
    }
    (*l_775) &= (safe_add_func_int64_t_s_s((safe_mul_func_int8_t_s_s((((**l_600) || 0xB40FL) != p_10), ((safe_div_func_uint64_t_u_u((&g_164 == (g_771 = &g_553[4])), p_11)) > (l_772 , 0x57627B9C38BE8CDBLL)))), ((((safe_rshift_func_int16_t_s_s(8L, (**l_600))) & 0L) != g_141) > (*g_152))));
    return p_9;
}


/* ------------------------------------------ */
/* 
 * reads : g_152 g_46 g_79 g_238.f2 g_167
 * writes: g_591 g_164 g_68 g_46 g_79 g_238.f2 g_167
 */
static uint8_t  func_12(uint32_t  p_13, uint32_t  p_14, union U3  p_15)
{ /* block id: 224 */
    union U3 *l_590 = &g_277[1];
    union U3 **l_589[5][9][5] = {{{(void*)0,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,(void*)0,&l_590,&l_590},{(void*)0,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,(void*)0,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590}},{{(void*)0,&l_590,&l_590,(void*)0,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{(void*)0,&l_590,(void*)0,&l_590,&l_590},{&l_590,(void*)0,&l_590,(void*)0,&l_590},{(void*)0,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,(void*)0,&l_590,&l_590},{(void*)0,&l_590,&l_590,&l_590,&l_590}},{{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,(void*)0,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{(void*)0,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,(void*)0,&l_590,&l_590,&l_590}},{{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,(void*)0},{(void*)0,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590}},{{&l_590,(void*)0,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{(void*)0,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,(void*)0,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,&l_590},{&l_590,&l_590,&l_590,&l_590,(void*)0},{(void*)0,&l_590,&l_590,&l_590,&l_590}}};
    uint32_t l_595 = 0xEC1EA12EL;
    int8_t *l_598 = &g_164;
    uint16_t *l_599 = &g_68;
    int i, j, k;
    g_591 = (void*)0;
    (*g_152) ^= ((safe_lshift_func_uint8_t_u_s(p_14, l_595)) != (safe_mod_func_uint16_t_u_u(((*l_599) = (p_14 && ((*l_598) = (l_595 <= l_595)))), l_595)));
    return l_595;
}


/* ------------------------------------------ */
/* 
 * reads : g_19 g_46 g_48 g_64 g_68 g_50 g_71 g_93 g_130 g_96 g_134 g_141 g_92 g_152 g_173 g_167 g_170 g_79 g_218 g_238 g_164 g_156 g_277 g_286 g_288 g_158 g_291 g_345 g_277.f1 g_289 g_400 g_406 g_409 g_347 g_445 g_172 g_504 g_575
 * writes: g_46 g_48 g_50 g_64 g_71 g_79 g_93 g_130 g_134 g_141 g_152 g_92 g_156 g_158 g_173 g_68 g_218 g_164 g_288 g_291 g_277.f1 g_345 g_367 g_382 g_383 g_388 g_238.f2 g_167 g_406 g_409 g_238.f1 g_475 g_504 g_347 g_553
 */
static int16_t  func_20(int16_t  p_21)
{ /* block id: 1 */
    uint32_t l_40 = 4294967295UL;
    int16_t l_51[3];
    int32_t l_61 = (-7L);
    uint16_t *l_67 = &g_68;
    struct S0 l_82 = {0x38L,0xC4L,-6L};
    int32_t l_87 = 7L;
    uint16_t l_154[9][3] = {{0x28D7L,0x099BL,1UL},{0xDED0L,0xDED0L,0xCD41L},{0x28D7L,0xCD41L,0x099BL},{0x099BL,0xCD41L,0x28D7L},{0xCD41L,0xDED0L,0xDED0L},{1UL,0x099BL,0x28D7L},{65535UL,65535UL,0x099BL},{65535UL,5UL,0xCD41L},{1UL,0x383CL,1UL}};
    uint16_t l_253 = 65535UL;
    uint16_t *l_292 = &g_64;
    int8_t *l_356 = (void*)0;
    int32_t **l_357[2];
    uint8_t **l_366 = (void*)0;
    int64_t l_385 = 0xBF5F38C4853339C9LL;
    int16_t **l_473[3];
    const int8_t *l_495 = &g_496;
    union U3 l_514 = {-5L};
    uint32_t l_579 = 18446744073709551614UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_51[i] = (-1L);
    for (i = 0; i < 2; i++)
        l_357[i] = &g_152;
    for (i = 0; i < 3; i++)
        l_473[i] = &g_71;
    for (p_21 = 24; (p_21 == 14); p_21 = safe_sub_func_int32_t_s_s(p_21, 3))
    { /* block id: 4 */
        int32_t *l_45 = &g_46;
        int16_t *l_47 = &g_48;
        uint16_t l_49 = 0x70A6L;
        uint8_t l_97[8] = {3UL,0x15L,3UL,0x15L,3UL,0x15L,3UL,0x15L};
        int i;
        if ((g_19 > ((safe_mod_func_uint64_t_u_u(((safe_add_func_int16_t_s_s(((((safe_rshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s((-1L), g_19)), (g_50 = (+((safe_mod_func_uint32_t_u_u(g_19, g_19)) || (((((safe_lshift_func_int16_t_s_u(((*l_47) ^= ((+(((safe_sub_func_uint32_t_u_u(l_40, ((g_19 & ((safe_div_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(l_40, ((((((((*l_45) = (-1L)) <= p_21) , g_46) , (*l_45)) == p_21) , 18446744073709551608UL) ^ 1L))), p_21)) , g_46)) || g_19))) < 0x78472532L) >= p_21)) , (*l_45))), p_21)) > g_19) && l_49) , 0xF40B36FEL) >= g_19)))))) && l_40) != 8L) , (*l_45)), l_40)) != l_40), p_21)) > g_19)))
        { /* block id: 8 */
            uint32_t l_58[1][10] = {{0x3E97A0EDL,5UL,0x3E97A0EDL,0x3E97A0EDL,5UL,0x3E97A0EDL,0x3E97A0EDL,5UL,0x3E97A0EDL,0x3E97A0EDL}};
            uint16_t *l_70[1][1][6] = {{{&l_49,&l_49,&l_49,&l_49,&l_49,&l_49}}};
            int32_t l_76[4][9] = {{0x1F3D49E3L,0x1F3D49E3L,(-1L),0x1F3D49E3L,0x1F3D49E3L,(-1L),0x1F3D49E3L,0x1F3D49E3L,(-1L)},{0x1F3D49E3L,0x1F3D49E3L,(-1L),0x1F3D49E3L,0x1F3D49E3L,(-1L),0x1F3D49E3L,0x1F3D49E3L,(-1L)},{0x1F3D49E3L,0x1F3D49E3L,(-1L),0x1F3D49E3L,0x1F3D49E3L,(-1L),0x1F3D49E3L,0x1F3D49E3L,(-1L)},{0x1F3D49E3L,0x1F3D49E3L,(-1L),1L,1L,0x1F3D49E3L,1L,1L,0x1F3D49E3L}};
            int i, j, k;
            for (l_49 = 0; (l_49 <= 2); l_49 += 1)
            { /* block id: 11 */
                int32_t *l_52 = &g_46;
                int32_t *l_53 = (void*)0;
                int32_t *l_54 = &g_46;
                int32_t *l_55 = &g_46;
                int32_t *l_56 = &g_46;
                int32_t *l_57[9] = {&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46,&g_46};
                uint16_t *l_62 = (void*)0;
                uint16_t *l_63 = &g_64;
                int i;
                --l_58[0][6];
                if (l_51[l_49])
                    continue;
                (*l_56) = ((++(*l_63)) <= (l_67 == (((((((-5L) || ((0xD16E9DE4L || (safe_unary_minus_func_int32_t_s(l_58[0][6]))) ^ g_19)) > (&g_68 != (p_21 , l_70[0][0][4]))) & ((g_71 = &l_51[1]) != (void*)0)) & g_46) <= g_68) , (void*)0)));
                l_87 |= (safe_rshift_func_uint16_t_u_s((*l_45), ((*l_45) || ((((safe_mod_func_uint16_t_u_u(g_68, p_21)) <= (g_79 = (g_64++))) >= ((*l_45) && (safe_sub_func_int16_t_s_s(((l_61 ^= (l_82 , ((safe_rshift_func_int16_t_s_s((1L ^ (((g_50 || (safe_div_func_uint32_t_u_u((l_82.f2 = ((((l_58[0][6] , g_48) && g_48) , 65531UL) , g_50)), g_50))) > 0x631A0D171E9D6447LL) < g_68)), (*g_71))) || 0x85487E86L))) < 0xB4BAC7944C95D4E0LL), 0xC07AL)))) == p_21))));
            }
            return p_21;
        }
        else
        { /* block id: 24 */
            int32_t *l_88 = &l_82.f2;
            int32_t *l_89 = &l_82.f2;
            int32_t *l_90 = &l_82.f2;
            int32_t *l_91[10][10][2] = {{{&l_87,&g_46},{&l_61,&g_79},{&l_87,&g_46},{&g_46,&l_87},{&g_46,&g_46},{&l_82.f2,&l_87},{&g_79,(void*)0},{&g_79,&g_46},{(void*)0,&l_82.f2},{&g_46,&l_61}},{{&l_82.f2,&l_82.f2},{&g_46,&g_46},{(void*)0,&l_61},{&g_79,&g_79},{(void*)0,&g_79},{&g_79,&g_46},{&g_79,&g_79},{(void*)0,&g_79},{&g_79,&l_61},{(void*)0,&g_46}},{{&g_46,&l_82.f2},{&l_82.f2,&l_61},{&g_46,&l_82.f2},{(void*)0,&g_46},{&g_79,(void*)0},{&g_79,&l_87},{&l_82.f2,&g_46},{&g_46,&l_87},{&g_46,&g_46},{&l_87,&g_79}},{{&l_61,&g_46},{&l_87,(void*)0},{&l_82.f2,&g_79},{&l_87,&l_61},{&g_79,&l_61},{&l_87,&g_79},{&l_82.f2,(void*)0},{&l_87,&g_46},{&l_61,&g_79},{&l_87,&g_46}},{{&g_46,&l_87},{&g_46,&g_46},{&l_82.f2,&l_87},{&g_79,(void*)0},{&g_79,&g_46},{(void*)0,&l_82.f2},{&g_46,&l_61},{&l_82.f2,&l_82.f2},{&g_46,&g_46},{(void*)0,&l_61}},{{&g_79,&g_79},{(void*)0,&g_79},{&g_79,&g_46},{&g_79,&g_79},{(void*)0,&g_79},{&g_79,&l_61},{(void*)0,&g_46},{&g_46,&l_82.f2},{&l_82.f2,&l_61},{&g_46,&l_82.f2}},{{(void*)0,&g_46},{&g_79,(void*)0},{&g_79,&l_87},{&l_82.f2,&g_46},{&g_46,&l_87},{&g_46,&g_46},{&l_87,&g_79},{&l_61,&g_46},{&l_87,(void*)0},{&l_82.f2,&g_79}},{{&l_87,&l_61},{&g_79,&l_61},{&l_87,&g_79},{&l_82.f2,(void*)0},{&l_87,&g_46},{&l_61,&g_79},{&l_87,&g_46},{&g_46,&l_87},{&g_46,&g_46},{&l_82.f2,&l_87}},{{&g_79,(void*)0},{&g_79,&g_46},{(void*)0,&l_82.f2},{&g_46,&l_61},{&l_82.f2,&l_82.f2},{&g_46,&g_46},{(void*)0,&l_61},{&g_79,&g_79},{&g_46,&g_46},{&g_46,&l_87}},{{&g_46,&g_46},{&g_46,&g_79},{&g_46,&l_61},{&l_87,&l_87},{&g_79,(void*)0},{(void*)0,&l_82.f2},{&l_87,&g_79},{&g_46,&g_46},{&g_79,&l_87},{&g_46,&g_46}}};
            int i, j, k;
            for (g_50 = 0; (g_50 <= 2); g_50 += 1)
            { /* block id: 27 */
                int i;
                if (l_51[g_50])
                    break;
                if (p_21)
                    continue;
            }
            --g_93;
            --l_97[7];
        }
    }
    for (g_50 = 0; (g_50 != 18); g_50 = safe_add_func_uint8_t_u_u(g_50, 6))
    { /* block id: 37 */
        int32_t *l_102 = &l_61;
        int32_t *l_103 = &g_79;
        int32_t *l_104 = (void*)0;
        int32_t *l_105 = &l_82.f2;
        int32_t *l_106 = &l_61;
        int32_t l_107 = 1L;
        int32_t *l_108 = &l_61;
        int32_t *l_109 = &l_87;
        int32_t *l_110 = &l_107;
        int32_t *l_111 = &l_87;
        int32_t l_112[2];
        int32_t *l_113 = (void*)0;
        int32_t *l_114 = &l_82.f2;
        int32_t *l_115 = &g_46;
        int32_t *l_116 = &l_61;
        int32_t *l_117 = &l_112[1];
        int32_t *l_118 = &g_46;
        int32_t *l_119 = &l_61;
        int32_t *l_120 = &g_46;
        int32_t *l_121 = &l_87;
        int32_t *l_122 = &l_61;
        int32_t *l_123 = &l_107;
        int32_t *l_124 = &g_46;
        int32_t *l_125 = &l_112[1];
        int32_t *l_126 = &l_107;
        int32_t *l_127 = &g_79;
        int32_t *l_128 = &l_112[1];
        int32_t *l_129[9] = {&l_107,&l_107,&l_107,&l_107,&l_107,&l_107,&l_107,&l_107,&l_107};
        uint32_t l_133 = 6UL;
        int16_t *l_137 = &l_51[1];
        int16_t *l_140 = &g_141;
        int32_t **l_151 = &l_126;
        int64_t *l_153 = &g_92;
        int16_t *l_155[4][10] = {{&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1]},{&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1]},{&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1]},{&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1],&g_156,&g_96[1][1]}};
        int64_t *l_157 = &g_158[8][0][5];
        int16_t **l_159 = &l_155[2][6];
        struct S0 l_207[3][2][5] = {{{{8L,0x68L,-6L},{0xE5L,-7L,-1L},{-8L,0x9EL,0L},{0xE5L,-7L,-1L},{8L,0x68L,-6L}},{{1L,0xF0L,0L},{0xDEL,7L,0L},{1L,0xF0L,0L},{1L,0xF0L,0L},{0xDEL,7L,0L}}},{{{8L,0x68L,-6L},{0xA1L,0xF6L,0x62E9EBEDL},{1L,0x1DL,0L},{0xE5L,-7L,-1L},{1L,0x1DL,0L}},{{0xDEL,7L,0L},{0xDEL,7L,0L},{1L,0x30L,0L},{0xDEL,7L,0L},{0xDEL,7L,0L}}},{{{1L,0x1DL,0L},{0xE5L,-7L,-1L},{1L,0x1DL,0L},{0xA1L,0xF6L,0x62E9EBEDL},{8L,0x68L,-6L}},{{0xDEL,7L,0L},{1L,0xF0L,0L},{1L,0xF0L,0L},{0xDEL,7L,0L},{1L,0xF0L,0L}}}};
        int64_t *l_211 = &g_92;
        uint16_t l_293 = 1UL;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_112[i] = 0xC5CA8165L;
        ++g_130[0][1][8];
        (*l_127) = (((*l_157) = (((*g_71) &= l_133) <= ((g_134 |= g_96[0][0]) < (safe_mod_func_uint8_t_u_u((((*l_137) = (-1L)) > (safe_unary_minus_func_int16_t_s((((+g_64) ^ p_21) | (((*l_140) ^= l_82.f1) , ((*l_105) >= (safe_mul_func_int8_t_s_s((safe_add_func_int16_t_s_s((g_156 = ((*l_140) = (~((safe_sub_func_int8_t_s_s((((*l_153) ^= (((((safe_mod_func_int16_t_s_s(((((*l_151) = (void*)0) == (g_152 = (g_130[0][1][8] , &g_46))) & 0x63F1C0EA5BE4CFF9LL), g_96[2][1])) & l_82.f0) >= p_21) != 1UL) > 0x18F1L)) < l_40), l_154[5][0])) ^ g_96[2][1])))), p_21)), 0xF3L)))))))), l_82.f0))))) , (*g_152));
        if (((g_96[4][2] , (l_140 = &g_156)) == ((*l_159) = (void*)0)))
        { /* block id: 52 */
            uint32_t *l_165[8] = {&l_133,&l_133,&l_133,&l_133,&l_133,&l_133,&l_133,&l_133};
            int32_t l_166 = 0xB0A2725AL;
            int32_t l_168 = 0L;
            int32_t l_169 = 0xF5D49091L;
            int32_t l_171[8][4][3] = {{{0xD4B5B4C2L,0x163BA63EL,(-9L)},{0xF9FEE000L,0x3ED941E2L,(-10L)},{0x328CBB7FL,1L,0xF9FEE000L},{1L,(-1L),0x96263D1DL}},{{0x13AA2F07L,0x6D7588BFL,0L},{0x247FFD21L,0x328CBB7FL,0xCC59C1A4L},{0L,0L,0xCC59C1A4L},{0L,0x011D83F6L,0L}},{{(-10L),(-2L),0x96263D1DL},{0x6942E47CL,0xF9FEE000L,0xF9FEE000L},{0xCC59C1A4L,0x96D19C86L,(-10L)},{0xA84F034BL,0xCC59C1A4L,(-9L)}},{{0x96D19C86L,0x74567ED7L,0xD69DC89BL},{0x011D83F6L,0x96F31746L,0xBD7C0A1DL},{0xFDE4B572L,0x74567ED7L,0L},{0x96263D1DL,0xCC59C1A4L,0x1180856FL}},{{0x96F31746L,0x96D19C86L,1L},{1L,0xF9FEE000L,(-10L)},{0xF6FCC0EDL,(-2L),7L},{(-2L),0x011D83F6L,(-1L)}},{{0x2F281150L,0L,(-1L)},{0x2F281150L,0x328CBB7FL,0xF6FCC0EDL},{(-2L),0x6D7588BFL,0L},{0xF6FCC0EDL,(-1L),0x96D19C86L}},{{1L,1L,0x48DE1DC0L},{0x96F31746L,0x3ED941E2L,0x163BA63EL},{0x96263D1DL,0x96F31746L,0x163BA63EL},{(-2L),0xA84F034BL,1L}},{{1L,0xD4B5B4C2L,0x163BA63EL},{0x0E08CE7AL,0x74567ED7L,0x96F31746L},{0xBFBDCEB8L,(-9L),0x247FFD21L},{(-10L),0x6942E47CL,0x0E08CE7AL}}};
            const uint32_t *l_185 = &g_186;
            const uint32_t **l_184 = &l_185;
            const uint32_t *l_188 = &g_186;
            const uint32_t **l_187 = &l_188;
            uint16_t *l_189 = &g_64;
            int32_t *l_190 = (void*)0;
            int i, j, k;
            if (((((((safe_unary_minus_func_int8_t_s((p_21 != (&g_64 != (((safe_add_func_uint16_t_u_u((((l_82.f2 |= (((~(++g_173)) >= (((void*)0 != &g_68) | ((*l_189) &= ((*l_67) = ((safe_sub_func_uint16_t_u_u((l_154[4][2] >= (safe_rshift_func_int16_t_s_u((safe_rshift_func_uint8_t_u_s((((safe_add_func_int8_t_s_s(((*l_151) == (void*)0), (((*l_184) = &l_133) == ((*l_187) = &g_50)))) != g_167) > 5L), l_154[5][0])), 11))), g_68)) ^ p_21))))) != g_48)) , 4294967292UL) | 0xB9001CCCL), p_21)) , 1UL) , &l_154[5][0]))))) < p_21) != g_170) != 0xF6309FADE23C6E33LL) , g_92) <= l_169))
            { /* block id: 59 */
                (*l_114) &= ((g_167 , l_166) ^ (((*l_120) , (safe_mod_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(g_79, (p_21 = (0x89DF1001EED81C09LL < (~((safe_add_func_uint8_t_u_u(((safe_add_func_int32_t_s_s((((safe_mod_func_uint16_t_u_u((0xA50289E9L > (!((*l_128) = (l_168 == (safe_div_func_uint8_t_u_u(0x16L, 0x11L)))))), p_21)) <= g_96[2][1]) < p_21), p_21)) < 5UL), l_82.f1)) == 251UL)))))), (*l_120)))) , p_21));
            }
            else
            { /* block id: 63 */
                if ((*l_120))
                    break;
            }
        }
        else
        { /* block id: 66 */
            int64_t *l_208 = &g_92;
            int64_t **l_209 = (void*)0;
            int64_t **l_210 = &l_153;
            uint64_t *l_217 = &g_218;
            int32_t l_226[1][7];
            uint32_t * const l_245[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            struct S0 l_256 = {0x83L,0xB6L,2L};
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 7; j++)
                    l_226[i][j] = 0xCB0287E1L;
            }
            if ((safe_div_func_uint16_t_u_u(((*l_67) = p_21), (l_61 |= (0x4067L >= ((l_207[1][1][1] , (((-1L) == ((*l_208) = ((l_157 = ((*l_210) = l_208)) != l_211))) | ((((l_87 && (safe_lshift_func_uint8_t_u_u((((+(((safe_div_func_int16_t_s_s((0x5D073137E4E383BDLL & ((--(*l_217)) != ((safe_sub_func_uint16_t_u_u(((safe_sub_func_uint16_t_u_u((((!((0L && p_21) > 0x4952A9FC2AAD8E38LL)) < l_82.f1) , 0x6754L), 0xEB59L)) <= p_21), g_46)) ^ l_226[0][5]))), 0xC8DAL)) || p_21) , (-8L))) || 0x77BAL) && p_21), l_51[0]))) && p_21) > (*g_152)) != l_51[0]))) == p_21))))))
            { /* block id: 73 */
                int8_t *l_237 = &l_82.f1;
                (*g_152) = ((g_164 ^= ((safe_lshift_func_int16_t_s_u((safe_mod_func_uint32_t_u_u((safe_sub_func_int64_t_s_s((1L >= (safe_sub_func_uint64_t_u_u((0xA5L >= (((g_218 = (((p_21 > (g_79 < (safe_rshift_func_uint8_t_u_s(p_21, ((*l_237) = g_173))))) , ((g_238 , (safe_div_func_uint32_t_u_u((safe_sub_func_uint32_t_u_u(4294967294UL, (((safe_div_func_int64_t_s_s(l_82.f0, l_226[0][0])) || 0UL) > (-5L)))), 1UL))) , 0xF3L)) <= l_226[0][5])) == p_21) && l_226[0][5])), l_226[0][2]))), 0xD218AE0BF9175DF6LL)), p_21)), 9)) == l_226[0][5])) == l_226[0][5]);
            }
            else
            { /* block id: 78 */
                int32_t l_252 = (-1L);
                uint8_t *l_290 = &g_291;
                (*l_121) ^= p_21;
                (*l_110) |= (l_245[3] != ((safe_unary_minus_func_uint64_t_u((safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s(g_156, 9)) ^ ((*l_67) = (!((l_252 > ((l_61 = (8L | (65531UL | (l_253 != g_50)))) , p_21)) , (safe_add_func_uint64_t_u_u(l_40, p_21)))))), 0xF3L)))) , &g_186));
                (*l_109) = (((p_21 , (3UL && (l_256 , (safe_mul_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(g_218, 0x9CL)) & (((l_82 , ((safe_add_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((((safe_sub_func_int16_t_s_s((&g_152 == (void*)0), ((&g_152 == (void*)0) > p_21))) ^ (*g_152)) == l_256.f2), 1UL)) , (*l_111)), (-5L))) , g_92)) != p_21) , l_82.f2)), 8UL))))) == l_252) , l_226[0][5]);
                (*l_123) ^= (safe_add_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_u((g_93 , (18446744073709551615UL < ((*l_211) = (((safe_lshift_func_int16_t_s_u((((((((g_277[1] , p_21) , (safe_div_func_int32_t_s_s(((*g_152) = (safe_sub_func_uint16_t_u_u((l_51[1] & (safe_mod_func_int16_t_s_s((safe_lshift_func_int8_t_s_u(((g_286 == (g_288 = g_288)) < g_158[8][0][5]), ((*l_290) ^= (65528UL | (*l_111))))), 0x7AE4L))), (*g_71)))), 0xCCB1FC8BL))) == g_50) ^ p_21) , l_292) != &g_68) >= p_21), 14)) , (void*)0) == &g_167)))), 6)) , g_238.f1) >= g_134) , p_21), 0x480BL)), 3UL)), (-3L)));
            }
            ++l_293;
        }
        for (g_79 = 0; (g_79 <= 0); g_79 += 1)
        { /* block id: 94 */
            uint16_t l_298 = 65526UL;
            union U3 l_333 = {0L};
            struct S0 l_341 = {0L,1L,-7L};
            int32_t l_349[7] = {0xB60D5265L,0x45F6E7AEL,0x45F6E7AEL,0xB60D5265L,0x45F6E7AEL,0x45F6E7AEL,0xB60D5265L};
            int i;
            (*l_151) = (*l_151);
            for (g_93 = 0; (g_93 <= 0); g_93 += 1)
            { /* block id: 98 */
                (*l_151) = (*l_151);
            }
            if (p_21)
                continue;
            (*l_151) = &g_79;
            for (l_87 = 0; (l_87 <= 0); l_87 += 1)
            { /* block id: 105 */
                int32_t l_296 = 1L;
                int32_t l_297 = 1L;
                uint32_t *l_304 = &l_40;
                uint32_t *l_321 = &g_277[1].f1;
                uint8_t *l_338 = &g_291;
                uint8_t *l_344 = &g_345;
                uint8_t *l_346[3];
                uint8_t **l_348 = &l_344;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_346[i] = &g_347[2];
                l_298--;
                (*l_119) |= (safe_mod_func_int16_t_s_s(((((~((*l_304)--)) && ((g_158[(g_79 + 6)][l_87][(g_79 + 2)] | (safe_rshift_func_int16_t_s_u((safe_add_func_int16_t_s_s((((*l_114) = ((++(*l_304)) < (*g_152))) != (safe_rshift_func_int8_t_s_u((((*l_125) = (((*l_321) = (safe_mod_func_uint64_t_u_u(p_21, ((safe_rshift_func_int16_t_s_s(0xBF76L, 15)) || ((void*)0 != &g_289))))) ^ g_68)) != ((g_130[0][1][1] == p_21) <= l_297)), l_253))), g_50)), l_298))) != 0xAB1EF6BAL)) & g_48) | g_156), g_96[2][1]));
                l_349[0] &= (safe_mul_func_int8_t_s_s((((-8L) ^ (l_297 = (((*l_348) = (((l_82.f2 |= (safe_sub_func_int8_t_s_s(p_21, (~(safe_rshift_func_int8_t_s_u(((18446744073709551606UL == ((safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_s((l_333 , (*l_111)), (safe_mul_func_int16_t_s_s((((safe_add_func_uint8_t_u_u(0x62L, ((*l_338)++))) ^ (p_21 ^ ((l_341 , (l_61 = ((*l_344) |= (safe_mul_func_uint16_t_u_u((7UL < 1UL), l_51[1]))))) != 0x41L))) , 3L), (-1L))))), g_277[1].f1)) , (**g_288))) || g_158[(g_79 + 6)][l_87][(g_79 + 2)]), 1)))))) <= p_21) , (void*)0)) == &g_347[2]))) <= (-1L)), 248UL));
            }
        }
    }
    (*g_152) |= (safe_div_func_int32_t_s_s((safe_div_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u((&g_152 != (((&l_51[1] == (g_277[6] , &g_96[2][4])) & g_19) , ((((*g_71) ^ l_154[0][2]) != (l_356 == l_356)) , l_357[0]))), g_19)) ^ g_68), p_21)), 0x01127916L));
    if (((*g_152) |= 0xC1C0241FL))
    { /* block id: 125 */
        uint16_t *l_370 = (void*)0;
        int64_t *l_379 = &g_158[8][0][5];
        int32_t *l_386 = &g_238.f2;
        int32_t l_446[2][1];
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_446[i][j] = 0xF8F0DD5AL;
        }
        if (((safe_mul_func_int16_t_s_s(((0UL & (safe_lshift_func_int16_t_s_s(((+(!(safe_lshift_func_uint8_t_u_s((18446744073709551615UL <= (&g_64 == (((g_367 = (p_21 , l_366)) == l_366) , &g_64))), 1)))) <= p_21), (1L && p_21)))) < 0x1EL), (*g_71))) <= 0xBD4EL))
        { /* block id: 127 */
            uint16_t *l_369[9][6][4] = {{{&l_154[5][0],&l_154[5][0],&l_154[5][0],&l_154[5][0]},{&l_253,&l_154[5][0],(void*)0,&l_154[4][1]},{&l_154[5][0],&g_64,&l_253,&g_68},{&l_253,&g_64,&l_154[8][0],&l_154[4][2]},{&l_154[6][2],&l_154[5][0],&l_154[8][0],(void*)0},{&l_253,&g_68,&l_253,(void*)0}},{{&l_154[5][0],&g_68,(void*)0,(void*)0},{&l_253,&l_154[5][0],&l_154[5][0],(void*)0},{&l_154[5][0],&g_68,&l_154[5][0],(void*)0},{&l_154[7][2],&g_68,(void*)0,(void*)0},{&g_64,&l_154[5][0],&l_154[4][2],&l_154[4][2]},{&g_64,&g_64,(void*)0,&g_68}},{{&l_154[7][2],&g_64,&l_154[5][0],&l_154[4][1]},{&l_154[5][0],&l_154[5][0],&l_154[5][0],&l_154[5][0]},{&l_253,&l_154[5][0],(void*)0,&l_154[4][1]},{&l_154[5][0],&g_64,&l_253,&g_68},{&l_253,&g_64,&l_154[8][0],&l_154[4][2]},{&l_154[6][2],&l_154[5][0],&l_154[8][0],(void*)0}},{{&l_253,&g_68,&l_253,(void*)0},{&l_154[5][0],&g_68,(void*)0,(void*)0},{&l_253,&l_154[5][0],&l_154[5][0],(void*)0},{&l_154[5][0],&g_68,&l_154[5][0],(void*)0},{&l_154[7][2],&g_68,(void*)0,(void*)0},{&g_64,&l_154[5][0],&l_154[4][2],&l_154[4][2]}},{{&g_64,&g_64,(void*)0,&g_68},{&l_154[7][2],&g_64,&l_154[5][0],&l_154[4][1]},{&l_154[5][0],&l_154[5][0],&l_154[5][0],&l_154[5][0]},{&l_253,&l_154[5][0],(void*)0,&l_154[4][1]},{&l_154[5][0],&g_64,&l_253,&g_68},{&l_253,&g_64,&l_154[8][0],&l_154[4][2]}},{{&l_154[6][2],&l_154[5][0],&l_154[8][0],(void*)0},{&l_253,&g_68,&l_253,(void*)0},{&l_154[5][0],&g_68,(void*)0,(void*)0},{&l_253,&l_154[5][0],&l_154[5][0],(void*)0},{&l_154[5][0],&g_68,&l_154[5][0],(void*)0},{&l_154[7][2],&g_68,(void*)0,(void*)0}},{{&g_64,&l_154[5][0],&l_154[4][2],&l_154[4][2]},{&g_64,&g_64,(void*)0,&g_68},{&l_154[7][2],&g_64,&l_154[5][0],&l_154[4][1]},{&l_154[5][0],&l_154[5][0],&l_154[5][0],(void*)0},{&g_64,&l_253,&l_154[4][2],(void*)0},{&l_253,&l_154[5][0],&l_154[5][0],&l_154[4][1]}},{{&g_68,&l_154[5][0],(void*)0,&l_154[8][0]},{&g_64,&l_154[6][2],(void*)0,&l_154[5][0]},{&g_68,&g_68,&l_154[5][0],&l_154[4][2]},{&l_253,&l_154[5][0],&l_154[4][2],&l_154[5][0]},{&g_64,&l_154[5][0],&g_64,&l_154[5][0]},{&l_154[6][2],&l_154[5][0],(void*)0,&l_154[4][2]}},{{&l_253,&g_68,&l_154[5][0],&l_154[5][0]},{&l_154[5][0],&l_154[6][2],&l_154[8][0],&l_154[8][0]},{&l_154[5][0],&l_154[5][0],&l_154[5][0],&l_154[4][1]},{&l_253,&l_154[5][0],(void*)0,(void*)0},{&l_154[6][2],&l_253,&g_64,(void*)0},{&g_64,&l_253,&l_154[4][2],(void*)0}}};
            int8_t l_375 = 0xB7L;
            uint8_t *l_378[1];
            int64_t **l_380 = (void*)0;
            int64_t **l_381[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            union U3 l_384 = {0xC261EE3FF3CB01CDLL};
            int32_t l_407 = 0x01F60663L;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_378[i] = &g_291;
lbl_408:
            if ((((g_345 = (l_369[8][2][3] == l_370)) & (+(safe_add_func_uint8_t_u_u((0x4EE3447D4B94EF72LL | (((~l_375) && (safe_sub_func_int16_t_s_s(((void*)0 == l_378[0]), ((((g_382 = l_379) != (g_383 = l_379)) , l_384) , l_385)))) || p_21)), 0L)))) ^ 0L))
            { /* block id: 131 */
                int32_t *l_387 = (void*)0;
                l_387 = l_386;
                g_388 = (void*)0;
            }
            else
            { /* block id: 134 */
                const uint8_t * const l_404 = (void*)0;
                int32_t l_405 = (-1L);
                l_407 = (safe_add_func_uint16_t_u_u(0x1F3BL, (~(+(0x620FL <= (safe_div_func_int32_t_s_s((g_406 ^= (l_405 |= ((((safe_add_func_uint64_t_u_u(g_48, (safe_mul_func_uint16_t_u_u(((-1L) == (p_21 ^ ((((*l_386) ^= ((*g_152) |= (g_400 != &g_401))) >= (g_167 = (~(l_378[0] == ((((*g_71) != p_21) > 0xD9708CCDC71F46EELL) , l_404))))) ^ 0x14DE6C499AB779B0LL))), p_21)))) == 0xF3L) | 1L) , (*g_152)))), p_21)))))));
                if (p_21)
                    goto lbl_408;
            }
            g_409 = (g_152 = &g_167);
            if ((safe_add_func_int32_t_s_s((safe_sub_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(1UL, ((safe_mul_func_uint16_t_u_u(p_21, l_407)) , p_21))), (((g_93 , (-1L)) , 0x210FF5B6L) | (-1L)))) == g_164), (*g_409))), l_407)))
            { /* block id: 145 */
                (*g_409) = ((*l_386) ^= 0x6067D49FL);
            }
            else
            { /* block id: 148 */
                g_152 = l_386;
            }
        }
        else
        { /* block id: 151 */
            uint32_t l_422[2][4] = {{0x6537BE7BL,0x6537BE7BL,0x6537BE7BL,0x6537BE7BL},{0x6537BE7BL,0x6537BE7BL,0x6537BE7BL,0x6537BE7BL}};
            int i, j;
            (*g_152) |= (l_422[1][2] = (safe_lshift_func_int8_t_s_s((g_164 = g_64), 7)));
            (*g_152) |= (safe_mul_func_uint16_t_u_u(l_422[0][0], (safe_unary_minus_func_int32_t_s((g_158[8][0][5] || l_422[0][0])))));
            for (g_93 = 0; (g_93 <= 0); g_93 += 1)
            { /* block id: 158 */
                uint64_t l_426 = 0xC993D68F4F2950D2LL;
                uint64_t *l_434[3];
                uint64_t **l_433 = &l_434[1];
                int32_t l_443 = 0L;
                int8_t *l_444[2][1];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_434[i] = &l_426;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_444[i][j] = &l_82.f1;
                }
                ++l_426;
                l_446[1][0] ^= ((*g_152) = ((((safe_mod_func_uint64_t_u_u(((safe_mod_func_uint16_t_u_u(((((*l_379) = ((g_92 , ((*l_433) = (p_21 , &g_218))) != ((((safe_mod_func_int64_t_s_s(p_21, g_347[0])) != ((g_238.f1 = (l_443 = (p_21 ^ (safe_mod_func_uint8_t_u_u((g_19 >= (safe_rshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((*g_409), 0x54C74708L)), 7))), p_21))))) , (*g_152))) || 0x85806C00B28FCA85LL) , (void*)0))) < 6L) & p_21), 0x6566L)) & g_445[3]), (*l_386))) , l_426) >= p_21) <= 0x19DAL));
                if (p_21)
                    continue;
            }
            (*l_386) = 0xB5DD15CBL;
        }
        for (g_164 = 0; g_164 < 9; g_164 += 1)
        {
            for (g_64 = 0; g_64 < 3; g_64 += 1)
            {
                l_154[g_164][g_64] = 0xF904L;
            }
        }
        for (g_218 = 0; (g_218 != 3); ++g_218)
        { /* block id: 173 */
            (*l_386) = (l_446[1][0] &= (*g_409));
        }
        l_446[1][0] |= (((-4L) < ((((*l_386) == (0L == (safe_div_func_uint64_t_u_u((p_21 < (((*l_67) &= (g_345 >= g_164)) >= (((*g_71) > ((safe_add_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s(((safe_sub_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u((((*l_386) , l_366) != &g_368), g_347[2])) <= p_21), (*l_386))) == (-9L)), 255UL)), p_21)), 0xFF1CL)), p_21)), g_46)) & 0UL)) >= (*g_71)))), (-1L))))) == p_21) & (*l_386))) , 0x374226B9L);
    }
    else
    { /* block id: 179 */
        int16_t **l_471 = &g_71;
        int16_t ***l_472[8][7] = {{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,(void*)0},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471},{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471,&l_471}};
        int16_t * const **l_474[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
        uint32_t *l_481 = &l_40;
        int32_t l_486 = 1L;
        const int8_t *l_493 = &l_82.f0;
        union U3 l_525 = {-2L};
        uint64_t l_536 = 1UL;
        int32_t l_537 = (-8L);
        struct S0 *l_543 = &l_82;
        uint16_t l_554 = 3UL;
        uint32_t l_581 = 0x7EF40C75L;
        int i, j;
        if ((safe_div_func_int64_t_s_s(((safe_div_func_uint16_t_u_u((g_238.f2 >= (safe_lshift_func_uint16_t_u_u(p_21, 6))), ((*l_67) &= (8L >= (p_21 | (((l_473[2] = l_471) != (g_475 = (void*)0)) >= ((safe_sub_func_int64_t_s_s((((safe_add_func_uint32_t_u_u(((*l_481) = 0x0920A86BL), ((*g_152) &= (0x2072L ^ (safe_rshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_u(l_486, 8)), l_486)))))) , p_21) != g_158[8][0][5]), 0x2720089DC08A696ALL)) ^ l_486))))))) > l_486), 0x4D25D8F6CA63A245LL)))
        { /* block id: 185 */
            int8_t l_491[9] = {(-1L),(-1L),0x0EL,(-1L),(-1L),0x0EL,(-1L),(-1L),0x0EL};
            int32_t l_492[2];
            const int8_t **l_494[6] = {&l_493,&l_493,&l_493,&l_493,&l_493,&l_493};
            uint64_t **l_501 = (void*)0;
            uint64_t *l_503[9] = {&g_445[0],(void*)0,&g_445[0],(void*)0,&g_445[0],(void*)0,&g_445[0],(void*)0,&g_445[0]};
            uint64_t **l_502[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t l_529 = 0x331F7E7BL;
            int i;
            for (i = 0; i < 2; i++)
                l_492[i] = 0x0C299F5CL;
            if (((p_21 >= ((safe_lshift_func_uint16_t_u_u(p_21, ((safe_mul_func_int16_t_s_s((l_491[7] = ((*g_71) |= p_21)), l_492[1])) == ((l_495 = l_493) == &g_496)))) | (((~(((!((*g_409) = (safe_sub_func_uint64_t_u_u((((*l_481) = ((p_21 , (g_504 = &g_218)) != (void*)0)) & g_46), 0x504CB59A9546319BLL)))) <= p_21) < 0x3ACEL)) > g_96[1][1]) == g_68))) , l_486))
            { /* block id: 192 */
                uint16_t l_507 = 0x576FL;
                int32_t l_517[5];
                int64_t *l_526 = (void*)0;
                int64_t *l_527 = &g_92;
                int32_t l_528 = (-2L);
                union U3 *l_531 = &l_525;
                union U3 **l_530 = &l_531;
                int i;
                for (i = 0; i < 5; i++)
                    l_517[i] = (-1L);
                l_517[1] = (((((*g_409) = l_491[2]) , (l_507 && g_164)) <= 0xD328D7F765F64B87LL) < (1UL < (safe_lshift_func_int16_t_s_u((safe_add_func_int16_t_s_s((*g_71), (safe_sub_func_int64_t_s_s((*g_289), (l_514 , ((safe_rshift_func_uint8_t_u_s(((l_486 , g_238.f1) ^ p_21), 2)) > l_507)))))), l_486))));
                l_529 = (((p_21 | ((((((+((p_21 >= (((*g_152) = ((*g_409) = (((safe_sub_func_uint8_t_u_u((((((*l_527) = (l_525 , ((((g_172 < p_21) | 0x5470L) , (l_492[1] &= p_21)) , (l_491[2] != 0x0E41DDE1L)))) , (void*)0) != (void*)0) == 0L), l_528)) | (*g_504)) || 1UL))) , 0x5FL)) <= l_491[7])) | p_21) ^ 0UL) >= g_167) > p_21) < p_21)) == g_158[6][0][0]) == 0xE59BL);
                (*l_530) = &g_277[1];
                l_528 = (safe_add_func_uint32_t_u_u((l_525 , (1L != (safe_lshift_func_uint8_t_u_u(l_536, 5)))), p_21));
            }
            else
            { /* block id: 202 */
                uint32_t l_538 = 1UL;
                ++l_538;
            }
        }
        else
        { /* block id: 205 */
            int8_t *l_547 = &l_82.f1;
            int32_t l_548 = 1L;
            int32_t *l_578 = &l_486;
            for (g_92 = 0; (g_92 > 13); g_92++)
            { /* block id: 208 */
                struct S0 **l_544 = &l_543;
                int32_t l_550 = 0x0DD15E1FL;
                int32_t l_552[1][7] = {{0L,0L,0L,0L,0L,0L,0L}};
                int64_t *l_560 = &g_158[8][0][5];
                uint8_t *l_580 = &g_347[2];
                int i, j;
                (*l_544) = l_543;
                (*g_152) &= (safe_div_func_int16_t_s_s((l_547 != (void*)0), 0x9208L));
                l_554++;
                (*g_409) &= (safe_rshift_func_int16_t_s_u((*g_71), ((((*l_560) = (safe_unary_minus_func_int16_t_s((l_537 ^= (p_21 = (-8L)))))) & ((safe_mul_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u((++g_50), (safe_sub_func_int8_t_s_s((g_553[1] = (((*l_580) = (safe_div_func_uint8_t_u_u(((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(g_575, (safe_add_func_int64_t_s_s(l_525.f1, 0x84E9844B00A795BFLL)))), ((void*)0 != &g_553[4]))) & (l_525.f0 | (((l_578 == (void*)0) <= 0x67D6B026L) ^ 0x59B93F26L))), l_579))) == l_548)), (-7L))))) & 0L), l_581)) | l_552[0][6])) == l_552[0][1])));
            }
            return p_21;
        }
    }
    return p_21;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_96[i][j], "g_96[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_130[i][j][k], "g_130[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_158[i][j][k], "g_158[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    transparent_crc(g_186, "g_186", print_hash_value);
    transparent_crc(g_218, "g_218", print_hash_value);
    transparent_crc(g_238.f0, "g_238.f0", print_hash_value);
    transparent_crc(g_238.f1, "g_238.f1", print_hash_value);
    transparent_crc(g_238.f2, "g_238.f2", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_277[i].f1, "g_277[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_345, "g_345", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_347[i], "g_347[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_389.f0, "g_389.f0", print_hash_value);
    transparent_crc(g_389.f1, "g_389.f1", print_hash_value);
    transparent_crc(g_389.f2, "g_389.f2", print_hash_value);
    transparent_crc(g_402, "g_402", print_hash_value);
    transparent_crc(g_406, "g_406", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_445[i], "g_445[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_496, "g_496", print_hash_value);
    transparent_crc(g_549, "g_549", print_hash_value);
    transparent_crc(g_551, "g_551", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_553[i], "g_553[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_575, "g_575", print_hash_value);
    transparent_crc(g_587, "g_587", print_hash_value);
    transparent_crc(g_592.f0, "g_592.f0", print_hash_value);
    transparent_crc(g_592.f1, "g_592.f1", print_hash_value);
    transparent_crc(g_636.f0, "g_636.f0", print_hash_value);
    transparent_crc(g_636.f1, "g_636.f1", print_hash_value);
    transparent_crc(g_636.f2, "g_636.f2", print_hash_value);
    transparent_crc(g_636.f3, "g_636.f3", print_hash_value);
    transparent_crc(g_636.f4, "g_636.f4", print_hash_value);
    transparent_crc(g_636.f5, "g_636.f5", print_hash_value);
    transparent_crc(g_636.f6, "g_636.f6", print_hash_value);
    transparent_crc(g_636.f7, "g_636.f7", print_hash_value);
    transparent_crc(g_637.f0, "g_637.f0", print_hash_value);
    transparent_crc(g_637.f1, "g_637.f1", print_hash_value);
    transparent_crc(g_637.f2, "g_637.f2", print_hash_value);
    transparent_crc(g_637.f3, "g_637.f3", print_hash_value);
    transparent_crc(g_637.f4, "g_637.f4", print_hash_value);
    transparent_crc(g_637.f5, "g_637.f5", print_hash_value);
    transparent_crc(g_637.f6, "g_637.f6", print_hash_value);
    transparent_crc(g_655.f0, "g_655.f0", print_hash_value);
    transparent_crc(g_655.f1, "g_655.f1", print_hash_value);
    transparent_crc(g_655.f2, "g_655.f2", print_hash_value);
    transparent_crc(g_655.f3, "g_655.f3", print_hash_value);
    transparent_crc(g_655.f4, "g_655.f4", print_hash_value);
    transparent_crc(g_655.f5, "g_655.f5", print_hash_value);
    transparent_crc(g_655.f6, "g_655.f6", print_hash_value);
    transparent_crc(g_655.f7, "g_655.f7", print_hash_value);
    transparent_crc(g_668.f0, "g_668.f0", print_hash_value);
    transparent_crc(g_668.f1, "g_668.f1", print_hash_value);
    transparent_crc(g_668.f2, "g_668.f2", print_hash_value);
    transparent_crc(g_668.f3, "g_668.f3", print_hash_value);
    transparent_crc(g_668.f4, "g_668.f4", print_hash_value);
    transparent_crc(g_668.f5, "g_668.f5", print_hash_value);
    transparent_crc(g_668.f6, "g_668.f6", print_hash_value);
    transparent_crc(g_690, "g_690", print_hash_value);
    transparent_crc(g_738.f0, "g_738.f0", print_hash_value);
    transparent_crc(g_738.f1, "g_738.f1", print_hash_value);
    transparent_crc(g_738.f2, "g_738.f2", print_hash_value);
    transparent_crc(g_738.f3, "g_738.f3", print_hash_value);
    transparent_crc(g_738.f4, "g_738.f4", print_hash_value);
    transparent_crc(g_738.f5, "g_738.f5", print_hash_value);
    transparent_crc(g_738.f6, "g_738.f6", print_hash_value);
    transparent_crc(g_738.f7, "g_738.f7", print_hash_value);
    transparent_crc(g_778, "g_778", print_hash_value);
    transparent_crc(g_812.f0, "g_812.f0", print_hash_value);
    transparent_crc(g_812.f1, "g_812.f1", print_hash_value);
    transparent_crc(g_812.f2, "g_812.f2", print_hash_value);
    transparent_crc(g_812.f3, "g_812.f3", print_hash_value);
    transparent_crc(g_812.f4, "g_812.f4", print_hash_value);
    transparent_crc(g_812.f5, "g_812.f5", print_hash_value);
    transparent_crc(g_812.f6, "g_812.f6", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 166
   depth: 1, occurrence: 14
XXX total union variables: 7

XXX non-zero bitfields defined in structs: 16
XXX zero bitfields defined in structs: 2
XXX const bitfields defined in structs: 3
XXX volatile bitfields defined in structs: 1
XXX structs with bitfields in the program: 6
breakdown:
   indirect level: 0, occurrence: 6
XXX full-bitfields structs in the program: 3
breakdown:
   indirect level: 0, occurrence: 3
XXX times a bitfields struct's address is taken: 0
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 8
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 10

XXX max expression depth: 36
breakdown:
   depth: 1, occurrence: 130
   depth: 2, occurrence: 21
   depth: 3, occurrence: 5
   depth: 4, occurrence: 2
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 11, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 3
   depth: 16, occurrence: 5
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 20, occurrence: 1
   depth: 22, occurrence: 3
   depth: 23, occurrence: 4
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 4
   depth: 27, occurrence: 2
   depth: 28, occurrence: 3
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 2
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1

XXX total number of pointers: 204

XXX times a variable address is taken: 520
XXX times a pointer is dereferenced on RHS: 80
breakdown:
   depth: 1, occurrence: 66
   depth: 2, occurrence: 14
XXX times a pointer is dereferenced on LHS: 123
breakdown:
   depth: 1, occurrence: 119
   depth: 2, occurrence: 4
XXX times a pointer is compared with null: 18
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 1591

XXX max dereference level: 2
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 394
   level: 2, occurrence: 49
XXX number of pointers point to pointers: 65
XXX number of pointers point to scalars: 128
XXX number of pointers point to structs: 6
XXX percent of pointers has null in alias set: 27
XXX average alias set size: 1.38

XXX times a non-volatile is read: 636
XXX times a non-volatile is write: 356
XXX times a volatile is read: 15
XXX    times read thru a pointer: 9
XXX times a volatile is write: 5
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 461
XXX percentage of non-volatile access: 98

XXX forward jumps: 1
XXX backward jumps: 0

XXX stmts: 125
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 15
   depth: 1, occurrence: 18
   depth: 2, occurrence: 37
   depth: 3, occurrence: 55

XXX percentage a fresh-made variable is used: 19.2
XXX percentage an existing variable is used: 80.8
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

