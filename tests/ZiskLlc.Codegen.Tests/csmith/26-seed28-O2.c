/* Csmith 2.3.0 --seed 28 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = 58C2068F */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 28 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      28
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int8_t g_3 = 0xECL;
static uint16_t g_24 = 0x6AA1L;
static int32_t g_25[2] = {5L,5L};
static volatile int32_t g_26 = 1L;/* VOLATILE GLOBAL g_26 */
static volatile int32_t g_27 = 8L;/* VOLATILE GLOBAL g_27 */
static int32_t g_28[8] = {0xEDF0EBF9L,0xEDF0EBF9L,0xEDF0EBF9L,0xEDF0EBF9L,0xEDF0EBF9L,0xEDF0EBF9L,0xEDF0EBF9L,0xEDF0EBF9L};
static int32_t g_30 = 0x86F25DB2L;
static uint32_t g_37 = 0x796A450CL;
static int8_t g_63[6][8][2] = {{{0L,3L},{1L,0x00L},{3L,1L},{0L,0x00L},{0x21L,3L},{3L,(-1L)},{3L,3L},{0x21L,0x00L}},{{0L,1L},{3L,0x00L},{1L,3L},{0L,(-1L)},{0L,3L},{1L,0x00L},{3L,1L},{0L,0x00L}},{{0x21L,3L},{3L,(-1L)},{1L,1L},{0xB7L,(-1L)},{0x21L,0x72L},{1L,(-1L)},{0x72L,1L},{0x21L,4L}},{{0x21L,1L},{0x72L,(-1L)},{1L,0x72L},{0x21L,(-1L)},{0xB7L,1L},{1L,4L},{1L,1L},{0xB7L,(-1L)}},{{0x21L,0x72L},{1L,(-1L)},{0x72L,1L},{0x21L,4L},{0x21L,1L},{0x72L,(-1L)},{1L,0x72L},{0x21L,(-1L)}},{{0xB7L,1L},{1L,4L},{1L,1L},{0xB7L,(-1L)},{0x21L,0x72L},{1L,(-1L)},{0x72L,1L},{0x21L,4L}}};
static int32_t *g_80 = &g_28[2];
static int32_t ** volatile g_79 = &g_80;/* VOLATILE GLOBAL g_79 */
static uint8_t g_86 = 0x47L;
static uint32_t g_88 = 0x95A6083BL;
static int16_t g_99[5] = {0L,0L,0L,0L,0L};
static volatile uint8_t g_132 = 8UL;/* VOLATILE GLOBAL g_132 */
static int64_t g_138 = 0x6EA00FD19F2AA79DLL;
static volatile uint32_t g_193[6][3] = {{1UL,4294967289UL,1UL},{0xA3AFCE4FL,0xA3AFCE4FL,0xA3AFCE4FL},{1UL,4294967289UL,1UL},{0xA3AFCE4FL,0xA3AFCE4FL,0xA3AFCE4FL},{1UL,4294967289UL,1UL},{0xA3AFCE4FL,0xA3AFCE4FL,0xA3AFCE4FL}};
static int32_t g_205[4][4][7] = {{{(-6L),0xC3E404C5L,0L,0L,0xC3E404C5L,0L,0L},{0xC3E404C5L,0xC3E404C5L,0x06FA9791L,0L,1L,0x06FA9791L,1L},{0L,0L,0L,0L,0L,(-6L),0L},{(-6L),1L,0L,0L,1L,(-6L),0L}},{{1L,0L,0x06FA9791L,0xC3E404C5L,0xC3E404C5L,0x06FA9791L,0L},{1L,0L,(-6L),1L,0L,0L,1L},{(-6L),0L,(-6L),0L,0L,0L,0L},{0L,1L,0x06FA9791L,1L,0L,0x06FA9791L,0xC3E404C5L}},{{0xC3E404C5L,0L,0L,0xC3E404C5L,0L,0L,0xC3E404C5L},{(-6L),0xC3E404C5L,0L,0L,0xC3E404C5L,0L,0L},{0xC3E404C5L,0xC3E404C5L,0x06FA9791L,0L,1L,0x06FA9791L,1L},{0L,0L,0L,0L,0L,(-6L),0L}},{{(-6L),1L,0L,0L,1L,(-6L),0L},{1L,0L,0x06FA9791L,0xC3E404C5L,0xC3E404C5L,0x06FA9791L,0L},{1L,0L,(-6L),1L,0L,0L,1L},{(-6L),0L,(-6L),0x9CFADDF1L,0L,0x06FA9791L,0x06FA9791L}}};
static volatile int16_t * volatile *g_239 = (void*)0;
static uint64_t g_245 = 0x5C3765FA4DD6817DLL;
static int64_t *g_256 = &g_138;
static int16_t g_262[10][7] = {{7L,1L,0x96ABL,0x73E3L,0x32B3L,0x687AL,0x5524L},{0x99D5L,0x8745L,1L,1L,0x8745L,0x99D5L,0x4EE5L},{1L,0L,0x96ABL,7L,0xB9D6L,0x32B3L,0x32B3L},{0L,0L,(-5L),0L,0L,0xA6DEL,0x47BBL},{0x8D96L,0L,0x32B3L,1L,0x73E3L,1L,0x73E3L},{0xE67CL,0x8745L,0x8745L,0xE67CL,0L,1L,0xCA2FL},{0x8D96L,1L,0xB9D6L,(-1L),0x5524L,0x5524L,(-1L)},{0L,0x47BBL,0L,1L,0x99D5L,1L,0xCA2FL},{1L,0x687AL,0x73E3L,0xB9D6L,(-3L),0xB9D6L,0x73E3L},{0x99D5L,0x99D5L,0L,0x4EE5L,0xB76EL,1L,0x47BBL}};
static uint8_t *g_278 = (void*)0;
static int64_t g_295[5][8][5] = {{{0xDF620D2C9EF1719ALL,0xA2793B3B70A786B7LL,0xA2793B3B70A786B7LL,0xDF620D2C9EF1719ALL,0x3269671310D6146ALL},{0x4CD39AF5786877DDLL,0L,0x3BDA3BE19D1D845ELL,0xADAF65EDA587845ELL,8L},{0x7D12CE1CFEF05E6BLL,0xA04C876800FB456DLL,0x3269671310D6146ALL,0xA04C876800FB456DLL,0x7D12CE1CFEF05E6BLL},{0L,(-8L),0x01D2B11E068EC750LL,0xADAF65EDA587845ELL,(-3L)},{0L,6L,0xDF620D2C9EF1719ALL,0xDF620D2C9EF1719ALL,6L},{1L,0x3BDA3BE19D1D845ELL,0x4CD39AF5786877DDLL,(-8L),(-3L)},{0xA04C876800FB456DLL,0xDF620D2C9EF1719ALL,0x7D12CE1CFEF05E6BLL,0xEA915CF9A51A2D85LL,0x7D12CE1CFEF05E6BLL},{(-3L),(-3L),0L,1L,8L}},{{0xA04C876800FB456DLL,(-1L),0L,0x3269671310D6146ALL,0x3269671310D6146ALL},{1L,2L,1L,0xE8E1FBBDAB1B6190LL,0xADAF65EDA587845ELL},{0L,(-1L),0xA04C876800FB456DLL,6L,0xA344A1A613836D43LL},{0L,(-3L),(-3L),0L,1L},{0x7D12CE1CFEF05E6BLL,0xDF620D2C9EF1719ALL,0xA04C876800FB456DLL,0xA344A1A613836D43LL,(-1L)},{0x4CD39AF5786877DDLL,0x3BDA3BE19D1D845ELL,1L,0x3BDA3BE19D1D845ELL,0x4CD39AF5786877DDLL},{0xDF620D2C9EF1719ALL,6L,0L,0xA344A1A613836D43LL,0xA2793B3B70A786B7LL},{0x01D2B11E068EC750LL,(-8L),0L,0L,(-8L)}},{{0x3269671310D6146ALL,0xA04C876800FB456DLL,0x7D12CE1CFEF05E6BLL,6L,0xA2793B3B70A786B7LL},{0x3BDA3BE19D1D845ELL,0L,0x4CD39AF5786877DDLL,0xE8E1FBBDAB1B6190LL,0x4CD39AF5786877DDLL},{0xA2793B3B70A786B7LL,0xA2793B3B70A786B7LL,0xDF620D2C9EF1719ALL,0x3269671310D6146ALL,(-1L)},{0x3BDA3BE19D1D845ELL,8L,0x01D2B11E068EC750LL,1L,1L},{0x3269671310D6146ALL,0x293277F54225877BLL,0x3269671310D6146ALL,0xEA915CF9A51A2D85LL,0xA344A1A613836D43LL},{0x01D2B11E068EC750LL,8L,0x3BDA3BE19D1D845ELL,(-8L),0xADAF65EDA587845ELL},{0xDF620D2C9EF1719ALL,0xA2793B3B70A786B7LL,0xA2793B3B70A786B7LL,0xDF620D2C9EF1719ALL,0x3269671310D6146ALL},{0x4CD39AF5786877DDLL,(-3L),2L,8L,0x4CD39AF5786877DDLL}},{{0L,0x293277F54225877BLL,6L,0x293277F54225877BLL,0L},{(-3L),0L,1L,8L,0xE8E1FBBDAB1B6190LL},{0x3269671310D6146ALL,0xDF620D2C9EF1719ALL,0xA2793B3B70A786B7LL,0xA2793B3B70A786B7LL,0xDF620D2C9EF1719ALL},{(-8L),2L,0x01D2B11E068EC750LL,0L,0xE8E1FBBDAB1B6190LL},{0x293277F54225877BLL,0xA2793B3B70A786B7LL,0L,0xA04C876800FB456DLL,0L},{0xE8E1FBBDAB1B6190LL,0xE8E1FBBDAB1B6190LL,(-3L),(-8L),0x4CD39AF5786877DDLL},{0x293277F54225877BLL,0x7D12CE1CFEF05E6BLL,0x3269671310D6146ALL,6L,6L},{(-8L),0xADAF65EDA587845ELL,(-8L),0x3BDA3BE19D1D845ELL,8L}},{{0x3269671310D6146ALL,0x7D12CE1CFEF05E6BLL,0x293277F54225877BLL,0xDF620D2C9EF1719ALL,(-1L)},{(-3L),0xE8E1FBBDAB1B6190LL,0xE8E1FBBDAB1B6190LL,(-3L),(-8L)},{0L,0xA2793B3B70A786B7LL,0x293277F54225877BLL,(-1L),0x7D12CE1CFEF05E6BLL},{0x01D2B11E068EC750LL,2L,(-8L),2L,0x01D2B11E068EC750LL},{0xA2793B3B70A786B7LL,0xDF620D2C9EF1719ALL,0x3269671310D6146ALL,(-1L),0xEA915CF9A51A2D85LL},{1L,0L,(-3L),(-3L),0L},{6L,0x293277F54225877BLL,0L,0xDF620D2C9EF1719ALL,0xEA915CF9A51A2D85LL},{2L,(-3L),0x01D2B11E068EC750LL,0x3BDA3BE19D1D845ELL,0x01D2B11E068EC750LL}}};
static int32_t ** volatile g_303[8][7][1] = {{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}},{{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80},{&g_80}}};
static int32_t ** volatile g_304 = &g_80;/* VOLATILE GLOBAL g_304 */
static uint32_t g_310 = 18446744073709551615UL;
static int32_t **g_317 = &g_80;
static int32_t *** volatile g_316 = &g_317;/* VOLATILE GLOBAL g_316 */
static int32_t g_333[1] = {0x41279561L};
static uint64_t g_363 = 0UL;
static const volatile int16_t g_404 = 0x9E50L;/* VOLATILE GLOBAL g_404 */
static int16_t *g_432[3][9][7] = {{{&g_99[2],(void*)0,&g_99[2],&g_99[4],(void*)0,(void*)0,&g_99[4]},{&g_99[3],&g_262[6][0],&g_99[3],&g_99[4],(void*)0,(void*)0,(void*)0},{&g_99[2],(void*)0,&g_99[2],&g_99[4],(void*)0,(void*)0,&g_99[4]},{&g_99[3],&g_262[6][0],&g_99[3],&g_99[4],(void*)0,(void*)0,(void*)0},{&g_99[2],(void*)0,&g_99[2],&g_99[4],(void*)0,(void*)0,&g_99[4]},{&g_99[3],&g_262[6][0],&g_99[3],&g_99[4],(void*)0,(void*)0,(void*)0},{&g_99[2],(void*)0,&g_99[2],&g_99[4],(void*)0,(void*)0,&g_99[4]},{&g_99[3],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0}},{{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0},{&g_262[4][0],&g_99[2],&g_262[4][0],(void*)0,&g_99[2],&g_262[6][0],(void*)0},{&g_262[9][6],&g_262[4][0],&g_262[9][6],(void*)0,(void*)0,(void*)0,(void*)0}}};
static int16_t **g_431 = &g_432[0][2][5];
static int32_t g_471 = 1L;
static uint16_t g_513 = 0xE613L;
static int16_t *** volatile * volatile g_599[3] = {(void*)0,(void*)0,(void*)0};
static int32_t g_621 = 0x14BB00DFL;
static uint32_t g_648 = 1UL;
static const uint8_t *g_656 = &g_86;
static const uint8_t **g_655 = &g_656;
static const uint8_t *** volatile g_654 = &g_655;/* VOLATILE GLOBAL g_654 */
static volatile uint32_t g_675[2] = {18446744073709551612UL,18446744073709551612UL};
static volatile uint32_t * volatile g_674[9][1] = {{&g_675[0]},{&g_675[0]},{&g_675[0]},{&g_675[0]},{&g_675[0]},{&g_675[0]},{&g_675[0]},{&g_675[0]},{&g_675[0]}};
static volatile uint32_t * const  volatile *g_673 = &g_674[0][0];
static uint64_t g_677 = 0xCEF478C46701947DLL;
static int64_t g_680 = 0x536EBA879A1C6580LL;
static int16_t ***g_689 = (void*)0;
static int16_t *** const *g_688 = &g_689;
static int16_t *** const ** volatile g_691 = (void*)0;/* VOLATILE GLOBAL g_691 */
static int16_t *** const *g_694 = &g_689;
static int32_t *** volatile *g_696 = &g_316;
static int16_t ***g_714 = &g_431;
static uint8_t g_716 = 252UL;
static uint8_t g_718 = 4UL;
static int16_t g_743 = 1L;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static uint8_t  func_6(int64_t  p_7, int32_t  p_8, uint16_t  p_9, uint8_t  p_10);
static int16_t  func_16(int32_t  p_17);
static const int16_t  func_18(int32_t  p_19);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_25 g_24 g_37 g_30 g_27 g_28 g_88 g_63 g_86 g_80 g_79 g_132 g_99 g_193 g_138 g_205 g_239 g_245 g_317 g_316 g_363 g_304 g_256 g_295 g_310 g_404 g_431 g_471 g_333 g_262 g_513 g_599 g_26 g_648 g_654 g_673 g_677 g_680 g_675 g_688 g_714 g_716 g_656 g_696
 * writes: g_24 g_28 g_37 g_63 g_99 g_30 g_88 g_138 g_86 g_25 g_205 g_26 g_80 g_333 g_363 g_245 g_431 g_471 g_295 g_513 g_310 g_262 g_655 g_677 g_680 g_688 g_694 g_696 g_716 g_718 g_743 g_3 g_317
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_2 = 1UL;
    int32_t l_682 = 0x644AA5F0L;
    int32_t l_684 = 0x3AE6DA08L;
    uint16_t *l_706[9];
    int16_t ***l_713 = (void*)0;
    uint32_t l_720 = 18446744073709551612UL;
    int32_t **l_748 = &g_80;
    int i;
    for (i = 0; i < 9; i++)
        l_706[i] = &g_24;
    if ((l_2 > g_3))
    { /* block id: 1 */
        int64_t l_11 = (-1L);
        uint64_t *l_676 = &g_677;
        const uint64_t l_678[1] = {1UL};
        int i;
        g_680 |= (safe_mul_func_uint8_t_u_u(func_6(l_11, g_3, g_3, (safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(func_16((18446744073709551614UL <= l_2)), 15)), (safe_rshift_func_int16_t_s_s(((-1L) <= l_11), ((safe_mul_func_int8_t_s_s((((*l_676) ^= (g_673 != g_673)) | 0xA7C353E383D47B3DLL), 0x33L)) > l_678[0])))))), 0x6DL));
        return g_675[0];
    }
    else
    { /* block id: 333 */
        int32_t *** volatile **l_695 = (void*)0;
        int32_t l_699 = 0xD54F3722L;
        uint16_t **l_707 = &l_706[3];
        uint8_t *l_710 = &g_86;
        uint8_t *l_715 = &g_716;
        uint8_t *l_717 = &g_718;
        int64_t *l_719 = &g_680;
lbl_747:
        for (g_24 = 1; (g_24 <= 7); g_24 += 1)
        { /* block id: 336 */
            int32_t *l_681 = &g_28[4];
            int32_t *l_683[3];
            uint16_t l_685[9] = {0x6F94L,0x6F94L,0xF5A1L,0x6F94L,0x6F94L,0xF5A1L,0x6F94L,0x6F94L,0xF5A1L};
            int16_t *** const **l_690 = &g_688;
            int16_t *** const *l_693[7][8][4] = {{{(void*)0,(void*)0,&g_689,(void*)0},{(void*)0,&g_689,(void*)0,(void*)0},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,(void*)0},{&g_689,&g_689,&g_689,&g_689},{(void*)0,(void*)0,(void*)0,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689}},{{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689},{&g_689,&g_689,(void*)0,&g_689},{(void*)0,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{(void*)0,&g_689,&g_689,(void*)0},{(void*)0,&g_689,(void*)0,&g_689},{&g_689,&g_689,&g_689,(void*)0}},{{&g_689,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689},{&g_689,&g_689,(void*)0,&g_689},{(void*)0,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{(void*)0,&g_689,&g_689,(void*)0},{(void*)0,&g_689,(void*)0,&g_689}},{{&g_689,&g_689,&g_689,(void*)0},{&g_689,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689},{&g_689,&g_689,(void*)0,&g_689},{(void*)0,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{(void*)0,&g_689,&g_689,(void*)0}},{{(void*)0,&g_689,(void*)0,&g_689},{&g_689,&g_689,&g_689,(void*)0},{&g_689,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689},{&g_689,&g_689,(void*)0,&g_689},{(void*)0,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689}},{{(void*)0,&g_689,&g_689,(void*)0},{(void*)0,&g_689,(void*)0,&g_689},{&g_689,&g_689,&g_689,(void*)0},{&g_689,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689},{&g_689,&g_689,(void*)0,&g_689},{(void*)0,&g_689,&g_689,&g_689}},{{(void*)0,(void*)0,&g_689,&g_689},{(void*)0,&g_689,&g_689,(void*)0},{(void*)0,&g_689,(void*)0,&g_689},{&g_689,&g_689,&g_689,(void*)0},{&g_689,&g_689,&g_689,&g_689},{(void*)0,(void*)0,&g_689,&g_689},{&g_689,&g_689,&g_689,&g_689},{&g_689,&g_689,(void*)0,&g_689}}};
            int16_t *** const **l_692[1];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_683[i] = &l_682;
            for (i = 0; i < 1; i++)
                l_692[i] = &l_693[0][5][3];
            --l_685[0];
            g_694 = ((*l_690) = g_688);
        }
        g_696 = &g_316;
        if ((safe_mul_func_int16_t_s_s((((*g_256) = (0x584425C0L < (g_28[3] ^ l_699))) >= (safe_lshift_func_int16_t_s_s(((((((((*l_719) = (((safe_mod_func_int32_t_s_s(l_2, (safe_lshift_func_int16_t_s_u((((*l_707) = l_706[2]) != ((safe_div_func_int32_t_s_s((((l_684 = (--(*l_710))) , ((g_333[0] , l_713) == g_714)) > ((*l_717) = ((*l_715) |= (l_682 , 250UL)))), (-1L))) , &g_24)), g_99[2])))) >= l_2) >= l_2)) != l_682) , g_193[5][0]) , g_680) == l_720) >= g_99[2]) ^ l_682), 15))), l_682)))
        { /* block id: 349 */
            int16_t * const *l_728 = &g_432[0][2][5];
            int16_t * const * const *l_727[1][7][8] = {{{&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728},{&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728},{&l_728,&l_728,(void*)0,&l_728,&l_728,(void*)0,&l_728,&l_728},{&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728},{&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728},{&l_728,&l_728,(void*)0,&l_728,&l_728,(void*)0,&l_728,&l_728},{&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728,&l_728}}};
            int32_t l_738 = 0x41D80435L;
            uint32_t l_741 = 0x58C517E2L;
            int i, j, k;
            for (l_699 = 0; (l_699 < (-15)); l_699--)
            { /* block id: 352 */
                uint32_t *l_742[5][1][8] = {{{&g_88,&g_88,&g_88,&g_88,&g_88,&g_88,&g_88,&g_88}},{{&g_88,&g_88,(void*)0,&g_88,&g_88,(void*)0,&g_88,&g_88}},{{&g_88,&g_88,&g_88,&g_88,&g_88,&g_88,&g_88,&g_88}},{{&g_88,&g_88,&g_88,&g_88,&g_88,&g_88,&g_88,&g_88}},{{&g_88,&g_88,(void*)0,&g_88,&g_88,(void*)0,&g_88,&g_88}}};
                int8_t *l_744 = &g_63[4][0][1];
                const int32_t l_745[6][8] = {{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L}};
                int8_t *l_746 = &g_3;
                int i, j, k;
                if (l_2)
                    break;
                (*g_317) = (*g_79);
                (****g_696) = ((g_245 = ((*g_256) , (safe_mul_func_int8_t_s_s(((*l_746) |= (safe_mul_func_int16_t_s_s((l_682 = ((void*)0 != l_727[0][3][7])), (255UL > (1UL || (safe_div_func_int32_t_s_s(((safe_rshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_u((((+(0xFBL && (safe_rshift_func_int8_t_s_s(((*l_744) = (((((l_738 , (g_743 = (g_88 = (safe_sub_func_uint8_t_u_u((*g_656), (l_741 |= (-9L))))))) , l_720) , (*g_80)) ^ (*g_80)) , g_99[2])), g_680)))) , l_745[3][4]) && l_699), l_720)) ^ 0x83L), 11)) , (*g_80)), (*g_80)))))))), 1UL)))) && 0xCC8A52CB782AD811LL);
            }
            return g_138;
        }
        else
        { /* block id: 365 */
            for (l_2 = 0; (l_2 <= 0); l_2 += 1)
            { /* block id: 368 */
                if (g_88)
                    goto lbl_747;
            }
            (**l_748) &= (((**g_696) = l_748) == &g_80);
        }
    }
    return g_30;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint8_t  func_6(int64_t  p_7, int32_t  p_8, uint16_t  p_9, uint8_t  p_10)
{ /* block id: 329 */
    uint32_t l_679 = 0UL;
    return l_679;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_25 g_24 g_37 g_30 g_27 g_28 g_88 g_63 g_86 g_80 g_79 g_132 g_99 g_193 g_138 g_205 g_239 g_245 g_317 g_316 g_363 g_304 g_256 g_295 g_310 g_404 g_431 g_471 g_333 g_262 g_513 g_599 g_26 g_648 g_654
 * writes: g_24 g_28 g_37 g_63 g_99 g_30 g_88 g_138 g_86 g_25 g_205 g_26 g_80 g_333 g_363 g_245 g_431 g_471 g_295 g_513 g_310 g_262 g_655
 */
static int16_t  func_16(int32_t  p_17)
{ /* block id: 2 */
    uint32_t l_22 = 4294967295UL;
    uint16_t *l_23 = &g_24;
    int32_t *l_108[8] = {&g_28[2],&g_30,&g_28[2],&g_28[2],&g_30,&g_28[2],&g_28[2],&g_30};
    int16_t *l_127 = &g_99[2];
    int16_t **l_126 = &l_127;
    int32_t *l_161 = &g_28[2];
    int64_t l_179 = 0x2AC5C6483FAFD5E7LL;
    uint8_t l_207 = 0xACL;
    int32_t **l_263 = &g_80;
    int32_t l_264 = 0x488C3734L;
    uint8_t *l_279[3][1];
    uint32_t l_415 = 0xBCE63F29L;
    int8_t l_448 = 0x02L;
    int32_t *l_477 = (void*)0;
    int8_t l_534 = 0x8BL;
    int32_t l_549 = 0x834A723AL;
    int8_t l_571 = 0xDAL;
    uint32_t *l_647 = &g_310;
    uint32_t **l_646[10] = {&l_647,&l_647,&l_647,&l_647,&l_647,&l_647,&l_647,&l_647,&l_647,&l_647};
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_279[i][j] = &g_86;
    }
    if ((func_18((safe_mul_func_uint16_t_u_u(l_22, ((*l_23) = g_3)))) , (((((+1UL) == 8UL) , (((void*)0 == l_23) , (p_17 == (((*l_23) |= (((((((((g_63[4][0][1] = (safe_div_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((((((safe_sub_func_uint16_t_u_u((l_22 || g_63[4][0][1]), l_22)) && g_86) == p_17) | 0x93F5684BL) && 0xA8L), p_17)), l_22))) == 251UL) , (*g_80)) >= p_17) , g_30) , l_22) , l_108[6]) != (void*)0) && p_17)) && p_17)))) & p_17) >= g_30)))
    { /* block id: 50 */
        int32_t l_111[6][1][8] = {{{2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL,2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL}},{{2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL,2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL}},{{2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL,2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL}},{{2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL,2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL}},{{2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL,2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL}},{{2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL,2L,0x0E88B3BFL,0x9475B274L,0x0E88B3BFL}}};
        uint32_t * const l_117 = &g_88;
        int i, j, k;
        for (g_24 = 0; (g_24 >= 21); g_24++)
        { /* block id: 53 */
            if (l_111[2][0][5])
                break;
        }
        (*g_80) = (p_17 > (!((safe_add_func_int32_t_s_s((g_30 &= ((((((((((((safe_mod_func_int16_t_s_s(((((((g_3 == g_88) | ((7L >= (252UL || ((((**g_79) == (((&l_22 != (void*)0) | 4UL) ^ p_17)) != 6UL) < 5L))) < (-4L))) | 0x98E47A8FL) , g_63[1][4][1]) , &l_111[3][0][7]) != l_108[0]), l_111[1][0][4])) ^ p_17) && 0L) == 7UL) < 1L) , l_111[2][0][1]) < l_111[2][0][5]) , g_28[3]) , l_117) == &g_88) >= (*g_80)) & 0UL)), (-1L))) >= 0UL)));
    }
    else
    { /* block id: 58 */
        int32_t l_120 = 1L;
        int32_t *l_144 = &g_30;
        int32_t **l_160[8][4] = {{&g_80,&l_108[6],&l_144,&l_108[2]},{&g_80,&l_144,&g_80,(void*)0},{&l_108[6],&l_108[2],(void*)0,(void*)0},{&l_144,&l_144,&l_108[6],&l_108[2]},{&l_108[2],&l_108[6],&l_108[6],&l_108[6]},{&l_144,&g_80,(void*)0,&l_108[6]},{&l_108[6],&g_80,&g_80,&l_108[6]},{&g_80,&l_108[6],&l_144,&l_108[2]}};
        int64_t *l_174 = &g_138;
        uint8_t *l_180 = &g_86;
        int32_t *l_206 = &g_28[2];
        int i, j;
        for (g_24 = 0; (g_24 <= 1); g_24 += 1)
        { /* block id: 61 */
            int32_t l_119 = 2L;
            int16_t *l_122[1][4][5] = {{{&g_99[2],&g_99[4],&g_99[4],&g_99[2],&g_99[2]},{&g_99[2],&g_99[1],&g_99[1],&g_99[2],&g_99[2]},{&g_99[2],&g_99[4],&g_99[4],&g_99[2],&g_99[2]},{&g_99[2],&g_99[1],&g_99[1],&g_99[2],&g_99[2]}}};
            uint32_t l_139 = 0x7D6C01FFL;
            int32_t **l_140 = &l_108[6];
            uint64_t l_141 = 0x4049F96D3B482F0BLL;
            int i, j, k;
            for (g_88 = 0; (g_88 <= 7); g_88 += 1)
            { /* block id: 64 */
                int8_t *l_121 = &g_63[4][0][1];
                int16_t **l_123 = &l_122[0][2][1];
                int64_t *l_137 = &g_138;
                int i;
                (**g_79) = ((((65530UL == ((3L && (+l_119)) < p_17)) ^ ((*l_121) |= (g_28[2] & l_120))) , ((*l_123) = l_122[0][2][1])) == &g_99[2]);
                if ((*g_80))
                    break;
                if (l_119)
                    break;
                l_139 = (safe_lshift_func_uint16_t_u_u((((((void*)0 == l_126) == p_17) <= ((l_119 <= (safe_mod_func_uint8_t_u_u(g_37, (safe_mul_func_uint16_t_u_u((g_132 <= ((*l_137) = (((*l_121) ^= ((((*g_80) = (!(!p_17))) && (safe_lshift_func_int16_t_s_u(1L, 15))) ^ (p_17 , g_99[2]))) & g_3))), p_17))))) , g_99[0])) , 0x149CL), l_120));
            }
            (*l_140) = l_108[6];
            if (l_120)
                break;
            for (g_37 = 0; (g_37 <= 1); g_37 += 1)
            { /* block id: 79 */
                (*l_140) = (*g_79);
                (*l_140) = l_108[6];
                --l_141;
                (*l_140) = l_144;
            }
        }
        if ((((*l_23) = ((safe_div_func_uint64_t_u_u(p_17, (safe_sub_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((((safe_add_func_int64_t_s_s((~(+(safe_lshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s(g_3, ((*l_144) ^ ((-1L) > (+((l_108[6] = (*g_79)) == (l_161 = l_161))))))), (safe_add_func_int16_t_s_s(((**l_126) = (p_17 | (safe_sub_func_int8_t_s_s((safe_add_func_uint32_t_u_u(((safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((((*l_174) = 0xD50EB43A0534DAAFLL) & ((((((*l_180) = ((safe_add_func_int16_t_s_s(((safe_div_func_uint16_t_u_u(l_179, 65526UL)) | l_22), (-9L))) == p_17)) | 0x21L) && g_28[2]) > g_99[2]) || 65535UL)), p_17)), 2L)), p_17)) , 4294967288UL), 0x7E6723FDL)), 254UL)))), l_179)))))), p_17)) ^ g_28[3]) | g_37), p_17)), g_63[4][0][1])))) | 0xECL)) && p_17))
        { /* block id: 92 */
            uint16_t l_183 = 0xABB7L;
            int32_t *l_186 = &g_28[2];
            for (g_86 = 0; (g_86 != 12); g_86 = safe_add_func_int32_t_s_s(g_86, 3))
            { /* block id: 95 */
                l_183++;
            }
        }
        else
        { /* block id: 101 */
            uint8_t l_188 = 8UL;
            int32_t *l_202 = &g_25[0];
            uint32_t *l_203 = &g_88;
            int32_t l_204 = 1L;
            for (p_17 = 0; p_17 < 5; p_17 += 1)
            {
                g_99[p_17] = 6L;
            }
            (*l_144) = ((!(0x2F78L & l_188)) , ((**g_79) = 0x47843556L));
            g_205[3][0][2] |= (((safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u(g_193[4][1], (((*l_203) = ((((*l_202) = (safe_add_func_int64_t_s_s(g_24, (65535UL >= ((((p_17 < ((g_88 <= (*l_144)) | g_138)) , p_17) <= ((safe_add_func_int8_t_s_s(((safe_div_func_int16_t_s_s((safe_div_func_int8_t_s_s(((*l_144) | g_88), (-2L))), l_188)) != g_88), g_138)) > g_63[4][0][1])) , p_17))))) , (*l_161)) , g_99[1])) != (*l_161)))), p_17)) && l_204) != 0x3103EE40L);
        }
        (*l_144) = ((*l_161) = (l_144 != &l_22));
        l_206 = (*g_79);
    }
lbl_651:
    --l_207;
    for (p_17 = 0; (p_17 > 0); ++p_17)
    { /* block id: 116 */
        const uint32_t l_219 = 0UL;
        uint64_t *l_244[1][3];
        int64_t *l_246 = &g_138;
        int32_t *l_247 = &g_205[3][0][2];
        int32_t **l_248 = &l_108[6];
        uint8_t *l_276[10][10] = {{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86},{(void*)0,&g_86,&g_86,(void*)0,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86}};
        uint8_t *l_280 = &l_207;
        int32_t l_283 = (-4L);
        const uint16_t l_296 = 0xC6C0L;
        int32_t l_308 = 0x70D47724L;
        int32_t l_320 = 0x771B17EAL;
        int32_t l_321 = 3L;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_244[i][j] = &g_245;
        }
        g_26 = (safe_rshift_func_uint8_t_u_u((((safe_add_func_uint8_t_u_u((((((safe_rshift_func_uint8_t_u_s(((p_17 , (~l_219)) && (safe_mul_func_int8_t_s_s(g_193[4][1], (safe_div_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(p_17, ((+(safe_mod_func_uint32_t_u_u(((((((safe_mul_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((((safe_lshift_func_int8_t_s_u((((g_25[1] = ((*l_247) = (safe_lshift_func_uint16_t_u_u(0x25C1L, (l_219 > (safe_mod_func_uint32_t_u_u((((*l_246) = (((g_239 == g_239) , ((safe_sub_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(((((*l_161) |= g_88) < p_17) ^ 0UL), g_99[2])), p_17)) ^ p_17)) | 0x57354803B48D6DF3LL)) >= (-1L)), 4294967292UL))))))) , g_28[7]) && (*l_161)), 6)) || 0x6FE3L) & 0x09B306FA724ABC33LL), 8UL)), l_219)) || 0x30F57F58L) , 0xD726B39FL) , l_219) , 0xD2L) != p_17), p_17))) ^ 0UL))), 65529UL))))), 3)) , &g_80) != l_248) , p_17) , p_17), p_17)) == g_245) == p_17), g_86));
        (*g_79) = (*g_79);
    }
    if ((**g_317))
    { /* block id: 169 */
        uint32_t l_344 = 4294967295UL;
        int32_t *l_359 = &g_28[2];
        int8_t * const l_362 = &g_63[4][0][1];
        int32_t l_367 = 0xA71E6CCEL;
        int32_t l_368 = 0L;
        uint32_t l_369 = 1UL;
        uint32_t l_434 = 4294967295UL;
        int32_t l_443 = 1L;
        int32_t l_444 = 0L;
        int32_t l_445 = 0x7D181D41L;
        int32_t l_447 = 1L;
        int32_t l_449 = 7L;
        int16_t *l_454 = &g_262[4][0];
        int16_t ***l_464 = &l_126;
        uint8_t l_468[10] = {0x9BL,0x9BL,0x9BL,0x9BL,0x9BL,0x9BL,0x9BL,0x9BL,0x9BL,0x9BL};
        int16_t l_470 = 1L;
        uint8_t l_485 = 0x85L;
        int i;
lbl_411:
        (*g_80) = (**g_79);
        if (((**g_317) = (***g_316)))
        { /* block id: 172 */
            int32_t l_342 = 9L;
            int8_t *l_343 = &g_63[5][0][1];
            uint16_t l_345 = 65527UL;
            int32_t l_346 = 0x64A294E4L;
            int16_t **l_354 = &l_127;
            int16_t ***l_355 = &l_126;
            int16_t ***l_356 = &l_354;
            int16_t **l_358 = &l_127;
            int16_t ***l_357 = &l_358;
            l_346 ^= (safe_div_func_uint16_t_u_u((0xC510959B66676D68LL ^ (((+(((g_333[0] = (++g_86)) , ((safe_lshift_func_int16_t_s_s(p_17, 2)) > (*l_161))) & (safe_mod_func_uint32_t_u_u((g_3 == (((((((safe_mod_func_int8_t_s_s(((((safe_mod_func_int8_t_s_s(p_17, 0x38L)) == (0x9E41L && 0x763BL)) != ((*l_343) = (l_342 && 0UL))) <= p_17), g_132)) && g_132) || g_28[2]) < g_205[3][0][2]) | (-3L)) != g_37) < p_17)), 4294967290UL)))) , l_344) >= l_345)), g_205[2][0][4]));
            g_363 |= (safe_sub_func_int8_t_s_s((+(safe_div_func_uint8_t_u_u((safe_add_func_uint8_t_u_u(((*l_161) && 0x75E3L), (((*l_357) = ((*l_356) = ((*l_355) = l_354))) != ((((*g_317) = l_359) == l_359) , g_239)))), (safe_sub_func_uint8_t_u_u(((((((*l_127) = l_345) ^ (((void*)0 != l_362) , p_17)) || g_30) != (*l_359)) == (*l_359)), g_86))))), p_17));
        }
        else
        { /* block id: 183 */
            int32_t l_366[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
            uint64_t l_372 = 0xCB4F9CFB12D965E7LL;
            int i;
            for (g_86 = 0; (g_86 != 29); g_86++)
            { /* block id: 186 */
                return g_37;
            }
            ++l_369;
            l_372++;
        }
        if ((p_17 | (*l_359)))
        { /* block id: 192 */
            int8_t l_397 = 4L;
            int32_t l_441[7][9] = {{1L,0x527A6164L,0x527A6164L,1L,(-1L),1L,0x527A6164L,0x527A6164L,1L},{0x215AE740L,(-6L),0xF02DDD2FL,(-6L),0x215AE740L,0x215AE740L,(-6L),0xF02DDD2FL,(-6L)},{0x527A6164L,(-1L),0x0C62ABCBL,0x0C62ABCBL,(-1L),0x527A6164L,(-1L),0x0C62ABCBL,0x0C62ABCBL},{0x215AE740L,0x215AE740L,(-6L),0xF02DDD2FL,(-6L),0x215AE740L,0x215AE740L,(-6L),0xF02DDD2FL},{1L,(-1L),1L,0x527A6164L,0x527A6164L,1L,(-1L),1L,0x527A6164L},{(-1L),(-6L),(-6L),(-1L),0x66E6F039L,(-1L),(-6L),(-6L),(-1L)},{0x6838746EL,0x527A6164L,0x0C62ABCBL,0x527A6164L,0x6838746EL,0x6838746EL,0x527A6164L,0x0C62ABCBL,0x527A6164L}};
            uint64_t l_451 = 0x5B68036490BDA488LL;
            const int16_t *l_467 = (void*)0;
            const int16_t **l_466[4][7][3] = {{{(void*)0,(void*)0,(void*)0},{&l_467,&l_467,&l_467},{&l_467,(void*)0,&l_467},{&l_467,&l_467,&l_467},{(void*)0,&l_467,(void*)0},{&l_467,&l_467,&l_467},{&l_467,&l_467,&l_467}},{{&l_467,&l_467,&l_467},{(void*)0,(void*)0,(void*)0},{&l_467,&l_467,&l_467},{&l_467,(void*)0,&l_467},{&l_467,&l_467,&l_467},{(void*)0,&l_467,(void*)0},{&l_467,&l_467,&l_467}},{{&l_467,&l_467,&l_467},{&l_467,&l_467,&l_467},{(void*)0,(void*)0,(void*)0},{&l_467,&l_467,&l_467},{&l_467,(void*)0,&l_467},{&l_467,&l_467,&l_467},{(void*)0,&l_467,(void*)0}},{{&l_467,&l_467,&l_467},{&l_467,&l_467,&l_467},{&l_467,&l_467,&l_467},{(void*)0,(void*)0,(void*)0},{&l_467,&l_467,&l_467},{&l_467,(void*)0,&l_467},{&l_467,&l_467,&l_467}}};
            const int16_t ***l_465 = &l_466[2][0][0];
            int i, j, k;
            if ((**g_304))
            { /* block id: 193 */
                uint64_t *l_375 = (void*)0;
                uint64_t *l_376 = &g_245;
                int32_t l_379 = 1L;
                int64_t *l_396[7][9][4] = {{{&l_179,&g_295[0][1][2],&g_295[4][6][4],&g_295[3][3][4]},{&g_295[3][3][0],&g_295[3][3][0],(void*)0,(void*)0},{&l_179,(void*)0,(void*)0,&g_295[4][0][4]},{&g_295[3][3][4],&g_295[3][3][0],&g_295[2][6][2],&g_295[3][4][3]},{&l_179,&g_295[3][3][0],&g_295[3][3][0],&l_179},{&g_295[3][3][0],(void*)0,(void*)0,(void*)0},{&g_295[1][3][4],&g_295[3][3][0],&g_295[0][0][3],&g_295[3][3][4]},{&g_295[3][5][4],&g_295[1][3][4],(void*)0,&g_295[3][3][0]},{&g_295[4][0][4],&g_295[3][3][0],&g_295[3][1][1],&g_295[0][2][4]}},{{(void*)0,&g_295[0][0][3],&g_295[0][0][3],(void*)0},{&g_295[0][1][2],&g_295[4][0][4],&g_295[3][3][0],(void*)0},{&g_295[4][7][4],&g_295[3][3][0],&g_295[3][4][3],&l_179},{&l_179,&g_295[4][4][3],(void*)0,&l_179},{(void*)0,&g_295[3][3][0],&g_295[3][3][0],(void*)0},{(void*)0,&g_295[3][5][4],&g_295[3][3][0],(void*)0},{&l_179,(void*)0,(void*)0,&g_295[4][6][4]},{&g_295[4][4][3],&l_179,&l_179,(void*)0},{&g_295[3][3][0],&g_295[0][0][3],&g_295[3][3][0],&g_295[3][3][0]}},{{&l_179,(void*)0,(void*)0,&g_295[0][1][2]},{&g_295[3][1][1],&l_179,&g_295[3][3][0],&l_179},{&g_295[3][3][0],&g_295[4][7][4],&g_295[0][2][4],&l_179},{&l_179,(void*)0,(void*)0,&g_295[3][5][4]},{(void*)0,&l_179,(void*)0,(void*)0},{&g_295[0][0][3],&l_179,&l_179,&g_295[3][3][0]},{(void*)0,&g_295[3][3][0],(void*)0,&l_179},{&l_179,&l_179,(void*)0,&l_179},{(void*)0,&g_295[2][6][2],&l_179,(void*)0}},{{&g_295[0][0][3],&l_179,(void*)0,&g_295[3][3][0]},{(void*)0,&g_295[3][3][0],(void*)0,&g_295[2][3][3]},{&l_179,&g_295[3][3][0],&g_295[0][2][4],&l_179},{&g_295[3][3][0],(void*)0,&g_295[3][3][0],&g_295[3][3][0]},{&g_295[3][1][1],&g_295[3][5][4],(void*)0,&g_295[3][3][0]},{&l_179,&g_295[2][6][2],&g_295[3][3][0],&g_295[4][6][4]},{&g_295[3][3][0],&g_295[2][3][3],&l_179,&l_179},{&g_295[4][4][3],&g_295[0][0][3],(void*)0,(void*)0},{&l_179,&l_179,&g_295[3][3][0],&g_295[0][1][2]}},{{(void*)0,(void*)0,&g_295[3][3][0],&g_295[3][5][4]},{(void*)0,&g_295[4][7][4],(void*)0,&g_295[3][3][0]},{&l_179,&g_295[4][7][4],&g_295[3][4][3],&g_295[3][5][4]},{&g_295[4][7][4],(void*)0,(void*)0,&g_295[0][1][2]},{&g_295[3][3][0],&l_179,(void*)0,(void*)0},{(void*)0,&g_295[0][0][3],&g_295[1][3][4],&l_179},{&g_295[3][5][4],&g_295[2][3][3],(void*)0,&g_295[4][6][4]},{&g_295[3][3][0],&g_295[2][6][2],(void*)0,&g_295[3][3][0]},{&g_295[0][0][3],&g_295[3][5][4],(void*)0,&g_295[3][3][0]}},{{&g_295[4][7][4],(void*)0,(void*)0,&l_179},{&g_295[3][3][0],&g_295[3][3][0],(void*)0,&g_295[2][3][3]},{&g_295[3][3][0],&g_295[3][3][0],&g_295[4][0][4],&g_295[3][3][0]},{(void*)0,&l_179,(void*)0,(void*)0},{(void*)0,&g_295[2][6][2],(void*)0,&l_179},{&g_295[3][3][0],&l_179,&g_295[3][3][4],&l_179},{&g_295[3][3][0],&g_295[3][3][0],(void*)0,&g_295[3][3][0]},{(void*)0,&l_179,(void*)0,(void*)0},{(void*)0,&l_179,&g_295[4][0][4],&g_295[3][5][4]}},{{&g_295[3][3][0],(void*)0,(void*)0,&l_179},{&g_295[3][3][0],&g_295[4][7][4],(void*)0,&l_179},{&g_295[4][7][4],&l_179,(void*)0,&g_295[0][1][2]},{&g_295[0][0][3],(void*)0,(void*)0,&g_295[3][3][0]},{&g_295[3][3][0],(void*)0,&g_295[3][3][0],&g_295[4][0][4]},{&g_295[3][3][0],&g_295[4][4][3],&g_295[0][0][3],(void*)0},{&g_295[3][1][1],&g_295[0][2][4],&g_295[0][2][4],&g_295[3][1][1]},{&l_179,&g_295[3][3][0],(void*)0,&g_295[3][4][3]},{&g_295[3][3][0],(void*)0,&l_179,&g_295[4][4][3]}}};
                uint8_t *l_398 = &g_86;
                const int32_t l_403 = 0xB869F028L;
                int32_t l_405 = 0x5850E0AAL;
                int32_t l_410 = 0x8A470E8DL;
                int i, j, k;
                l_405 &= (((((l_379 ^= (++(*l_376))) < (safe_sub_func_uint32_t_u_u(((safe_mul_func_int8_t_s_s(((*l_362) = (safe_mul_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u((safe_add_func_int64_t_s_s(((*l_359) ^ (safe_div_func_uint16_t_u_u((safe_div_func_uint16_t_u_u(g_24, (safe_div_func_uint64_t_u_u((((**l_263) , ((l_397 = ((*g_256) &= (p_17 & p_17))) , l_398)) == (void*)0), (safe_lshift_func_int8_t_s_s(((g_363 = ((((((safe_rshift_func_int16_t_s_s((((((g_28[2] , (**l_263)) | p_17) != g_295[3][3][0]) ^ 0x12C8D474819134BELL) >= (-2L)), 1)) > l_403) == l_403) >= 0x429F5E57L) == g_310) & g_205[0][3][0])) == (-7L)), l_403)))))), p_17))), g_99[3])), g_404)) , g_63[4][0][1]), (*l_359)))), (*l_359))) && g_205[3][0][2]), (*g_80)))) , 0xC6EA54E1C756387BLL) | 0xA58EB4B49BAC6574LL) && l_379);
                (*l_359) |= p_17;
                (**g_317) = ((safe_div_func_uint32_t_u_u((**l_263), (-1L))) && (safe_add_func_int64_t_s_s(0x2C6AA22BA43773C3LL, l_410)));
                if (g_138)
                    goto lbl_411;
            }
            else
            { /* block id: 204 */
                int32_t *l_412 = &g_25[0];
                (**l_263) |= (&p_17 != l_412);
                (*g_317) = l_412;
                (*g_80) = (**g_304);
                (*g_317) = (**g_316);
            }
            for (g_37 = 0; (g_37 <= 2); g_37 += 1)
            { /* block id: 212 */
                uint16_t *l_430 = &g_24;
                int16_t ***l_433 = &g_431;
                const uint16_t l_435 = 0x8C6CL;
                int32_t l_436 = 0x0E4CA7BCL;
                l_436 &= (((*l_359) = (((p_17 | ((((safe_rshift_func_uint8_t_u_s((*l_359), 0)) > ((((*g_256) = (l_415 , (((safe_add_func_int32_t_s_s((p_17 > ((p_17 != (safe_mul_func_uint16_t_u_u((((**l_126) = (safe_add_func_int64_t_s_s((safe_mod_func_int16_t_s_s((((safe_mod_func_int64_t_s_s(((l_430 != l_430) <= (&l_127 != ((*l_433) = g_431))), l_434)) , (*l_359)) & (**g_79)), 0x0EB9L)), p_17))) , p_17), p_17))) > 0xD05901C2L)), g_37)) & (*g_256)) == 0xA29EL))) || 0UL) , (*g_256))) , l_397) < g_3)) , p_17) > l_435)) < 1L);
                l_436 ^= ((safe_add_func_int32_t_s_s((*g_80), (*l_161))) > (*g_256));
                if (p_17)
                    continue;
            }
            for (g_30 = 18; (g_30 == (-28)); g_30 = safe_sub_func_uint64_t_u_u(g_30, 1))
            { /* block id: 223 */
                int16_t l_442 = 8L;
                int32_t l_446 = 0x9C3ADEF4L;
                int32_t l_450 = 7L;
                uint32_t *l_457 = &l_434;
                int8_t *l_469 = &l_448;
                l_451--;
                if ((*g_80))
                    continue;
                (*l_359) ^= ((void*)0 != l_454);
                g_471 &= (l_470 ^= (safe_div_func_int64_t_s_s(((((*l_457) &= 4294967290UL) , ((***l_464) ^= (((safe_lshift_func_int8_t_s_u((((void*)0 != (*g_316)) , ((p_17 || (*l_359)) ^ (((((*l_469) = ((safe_add_func_int16_t_s_s(((((((safe_rshift_func_int8_t_s_s((l_464 != l_465), (((((g_295[3][3][0] == ((*l_362) = p_17)) < (*g_256)) && g_193[0][0]) || (*l_359)) <= 8L))) , p_17) > p_17) || 1L) , l_468[4]) , 0x526DL), l_446)) != p_17)) || g_30) != 255UL) , 0x8386EEC2L))), 1)) , p_17) < (*g_256)))) ^ p_17), 0xB0BE39C29BB03DCELL)));
            }
        }
        else
        { /* block id: 234 */
            uint64_t *l_473 = &g_363;
            int32_t *l_476 = &l_367;
            int64_t *l_484[10][1][9] = {{{&l_179,&g_138,&g_138,&l_179,&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_295[0][1][1],(void*)0}},{{&g_295[3][3][0],&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_138,&g_295[0][1][1],&g_138,&g_295[0][1][1],&g_138}},{{&g_138,&g_138,&g_138,&g_138,&g_138,&g_295[3][4][2],&l_179,&g_295[0][1][1],&g_295[3][4][3]}},{{&l_179,&g_138,&g_138,&l_179,&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_295[0][1][1],(void*)0}},{{&g_295[3][3][0],&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_138,&g_295[0][1][1],&g_138,&g_295[0][1][1],&g_138}},{{&g_138,&g_138,&g_138,&g_138,&g_138,&g_295[3][4][2],&l_179,&g_295[0][1][1],&g_295[3][4][3]}},{{&l_179,&g_138,&g_138,&l_179,&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_295[0][1][1],(void*)0}},{{&g_295[3][3][0],&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_138,&g_295[0][1][1],&g_138,&g_295[0][1][1],&g_138}},{{&g_138,&g_138,&g_138,&g_138,&g_138,&g_295[3][4][2],&l_179,&g_295[0][1][1],&g_295[3][4][3]}},{{&l_179,&g_138,&g_138,&l_179,&g_138,&g_295[3][3][0],&g_295[3][3][0],&g_295[0][1][1],(void*)0}}};
            uint32_t l_491 = 0xE5C04D81L;
            uint32_t *l_496 = &l_22;
            uint64_t *l_507[8] = {&g_245,&g_245,&g_245,&g_245,&g_245,&g_245,&g_245,&g_245};
            int32_t l_508 = 0x3585D9CAL;
            int32_t l_509 = 9L;
            uint16_t *l_512 = &g_513;
            int16_t l_532 = 0x7586L;
            uint32_t *l_533 = &l_491;
            uint32_t *l_546 = &g_310;
            int i, j, k;
            (*l_359) = (((((~((*l_473)++)) , 9L) < ((void*)0 == &l_126)) && ((l_476 = ((*l_263) = (*l_263))) != (l_477 = &l_445))) && (((safe_div_func_int64_t_s_s(((safe_lshift_func_uint8_t_u_s((6L == ((safe_mul_func_int8_t_s_s(p_17, ((g_295[3][7][4] ^= (*g_256)) < p_17))) , g_99[2])), 5)) > (*l_476)), (*g_256))) , l_485) | 0UL));
            l_491 ^= ((safe_sub_func_int16_t_s_s(((**l_126) &= (+(safe_div_func_int32_t_s_s(((*l_359) = p_17), 0xD3E274C8L)))), (&l_22 != (p_17 , l_476)))) > ((void*)0 != &g_278));
            (*g_80) = ((((g_86 = (safe_sub_func_uint16_t_u_u((safe_div_func_uint32_t_u_u((--(*l_496)), (safe_sub_func_uint8_t_u_u((((*l_533) = (((*l_473) |= (safe_mod_func_int8_t_s_s(g_24, p_17))) != (((*g_256) ^= ((safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s(((*l_512) = ((--g_245) <= g_25[1])), (p_17 || (((safe_mod_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_u((safe_add_func_int32_t_s_s((-7L), (((((((((((((*l_362) = ((safe_add_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(((&l_179 != (void*)0) | ((((*l_476) | ((safe_mul_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u((0xBBL ^ p_17), p_17)) , p_17), p_17)) <= p_17)) , 0xF9F5110DL) < g_333[0])), l_532)), 0xED91L)), (*l_161))) , g_86)) ^ g_333[0]) , (-8L)) == 0x246A8FB5L) , (*g_79)) != (*g_317)) < 18446744073709551611UL) != 0xBD639086L) ^ g_28[3]) && 1L) ^ p_17) , 6UL))), g_262[4][0])) ^ p_17), p_17)) != 1UL) < g_88)))), p_17)) , (*l_476))) & g_262[4][0]))) | g_25[0]), 0xA7L)))), (*l_476)))) == 0UL) || g_24) , l_534);
            l_508 &= (((safe_mod_func_uint32_t_u_u((safe_sub_func_int16_t_s_s(p_17, (((safe_rshift_func_int8_t_s_u(p_17, 0)) , 3L) , p_17))), ((g_333[0] == ((***l_464) = (safe_add_func_int32_t_s_s((***g_316), ((*l_533) &= ((+(g_63[2][3][1] || 0xD1F9L)) <= (safe_mul_func_int8_t_s_s(((--(*l_546)) , (5L || l_549)), 0UL)))))))) && p_17))) < (**l_263)) < p_17);
        }
    }
    else
    { /* block id: 258 */
        int64_t l_557 = 0x19AA47E8F79FB6EBLL;
        int32_t *l_564[7][6] = {{&g_28[2],&g_28[1],&g_471,&g_28[2],&g_471,&g_28[1]},{&g_471,&g_28[2],(void*)0,&g_28[2],&g_471,&g_28[2]},{&g_28[2],&g_28[2],(void*)0,&g_28[2],&g_28[2],&g_28[1]},{(void*)0,&g_28[2],&g_471,(void*)0,&g_471,(void*)0},{(void*)0,&g_28[2],(void*)0,&g_28[2],&g_471,(void*)0},{&g_28[2],&g_28[1],&g_471,&g_28[2],&g_471,&g_28[1]},{&g_471,&g_28[2],(void*)0,&g_28[2],&g_471,&g_28[2]}};
        uint64_t *l_594 = &g_245;
        uint64_t l_668 = 0UL;
        int i, j;
        for (g_30 = 0; (g_30 <= 1); g_30 += 1)
        { /* block id: 261 */
            uint8_t l_556 = 0xFFL;
            uint64_t l_565 = 0x46D8D456DB14508CLL;
            int8_t *l_566[7][6] = {{(void*)0,(void*)0,&g_63[0][1][1],(void*)0,(void*)0,&g_63[0][1][1]},{(void*)0,(void*)0,&g_63[0][1][1],(void*)0,(void*)0,&g_63[0][1][1]},{(void*)0,(void*)0,&g_63[0][1][1],(void*)0,(void*)0,&g_63[0][1][1]},{(void*)0,(void*)0,&g_63[0][1][1],(void*)0,(void*)0,&g_63[0][1][1]},{(void*)0,(void*)0,&g_63[0][1][1],(void*)0,(void*)0,&g_63[0][1][1]},{(void*)0,(void*)0,(void*)0,&l_448,&l_448,(void*)0},{&l_448,&l_448,(void*)0,&l_448,&l_448,(void*)0}};
            int32_t l_567[6] = {1L,1L,1L,1L,1L,1L};
            int16_t * const *l_569 = &l_127;
            int16_t * const **l_568 = &l_569;
            int16_t * const ***l_570 = &l_568;
            uint32_t *l_580 = (void*)0;
            uint32_t * const l_582 = &g_310;
            int64_t l_601 = 1L;
            int i, j;
            (*g_80) = (((((safe_div_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((l_567[0] = ((safe_add_func_uint8_t_u_u((l_557 ^= l_556), g_25[0])) != (p_17 == ((l_556 , (g_25[1] , (((g_513 &= (((p_17 >= (++(*l_23))) != ((**l_263) | (((safe_div_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(((g_295[1][2][3] , (l_564[1][5] == (*l_263))) > p_17), p_17)), l_565)) , p_17) <= l_556))) | (**g_304))) , p_17) >= g_63[4][0][1]))) ^ g_295[4][7][3])))), 1)), p_17)) && (-1L)) != 0xE32DL) ^ 1L) , (**g_317));
            (**g_317) = (((*l_570) = l_568) == &g_431);
            for (g_513 = 0; (g_513 <= 3); g_513 += 1)
            { /* block id: 271 */
                uint32_t **l_581 = &l_580;
                uint64_t *l_591 = (void*)0;
                int16_t *l_592 = &g_262[8][0];
                int32_t l_593 = 1L;
                (*g_80) = p_17;
                if (l_571)
                    break;
                l_593 = (((safe_mul_func_int16_t_s_s(((*l_592) &= (l_567[0] = ((**g_304) || (safe_mod_func_int32_t_s_s(((((((safe_add_func_int16_t_s_s(l_567[2], ((***l_568) = (safe_add_func_int8_t_s_s((((*l_581) = l_580) == l_582), p_17))))) , (((*l_127) |= ((safe_mul_func_uint16_t_u_u(((void*)0 == &l_580), ((g_245 ^= (safe_div_func_int16_t_s_s((((~((**l_263) = (safe_rshift_func_uint16_t_u_u(65535UL, (safe_unary_minus_func_uint32_t_u(((*g_80) ^ p_17))))))) ^ (-6L)) < p_17), 0xE77BL))) >= 0x052875712F9C38F9LL))) >= p_17)) , &g_245)) == l_591) >= p_17) , g_86) , 1L), p_17))))), p_17)) ^ p_17) | 0xF2L);
            }
            for (g_24 = 0; (g_24 <= 3); g_24 += 1)
            { /* block id: 285 */
                uint64_t **l_595 = &l_594;
                int32_t l_600 = 7L;
                if (p_17)
                    break;
                if ((**g_79))
                    continue;
                (**g_79) = (((*l_595) = l_594) == &l_565);
                l_601 = ((**l_263) = (l_600 = (65529UL & ((~0x732CL) <= (safe_add_func_uint16_t_u_u(((void*)0 == g_599[1]), 65528UL))))));
            }
        }
        for (l_415 = (-24); (l_415 > 53); ++l_415)
        { /* block id: 297 */
            int32_t l_611 = 0L;
            int32_t l_613 = (-1L);
            int32_t l_614 = 0xCAFCC09FL;
            int32_t l_615 = (-1L);
            int32_t l_616 = 0x5BBAE9F0L;
            int32_t l_617[3][1][6] = {{{0x6040B58FL,0x6040B58FL,0L,0x6040B58FL,0x6040B58FL,0L}},{{0x6040B58FL,0x6040B58FL,0L,0x6040B58FL,0x6040B58FL,0L}},{{0x6040B58FL,0x6040B58FL,0L,0x6040B58FL,0x6040B58FL,0L}}};
            int16_t l_619[8];
            int8_t *l_635 = &l_448;
            int i, j, k;
            for (i = 0; i < 8; i++)
                l_619[i] = (-1L);
            if (p_17)
                break;
            if (((*l_161) = ((~p_17) & (safe_unary_minus_func_uint16_t_u(0xE873L)))))
            { /* block id: 300 */
                uint32_t l_610 = 4294967295UL;
                int32_t l_612[9][2] = {{0x129E762EL,0L},{(-7L),0L},{0x129E762EL,0L},{(-7L),0L},{0x129E762EL,0L},{(-7L),0L},{0x129E762EL,0L},{(-7L),0L},{0x129E762EL,0L}};
                int32_t l_618[7][3] = {{0x12C11831L,1L,1L},{0x78DE60ACL,0x78DE60ACL,1L},{1L,0x12C11831L,1L},{0x12C11831L,1L,1L},{0x78DE60ACL,0x78DE60ACL,1L},{1L,0x12C11831L,1L},{0x12C11831L,1L,1L}};
                int64_t l_620 = 7L;
                uint8_t l_622[4];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_622[i] = 1UL;
                (*g_80) &= (safe_mul_func_int8_t_s_s((safe_sub_func_int64_t_s_s((-1L), (l_610 , l_611))), g_132));
                if ((**g_317))
                    break;
                l_622[1]++;
            }
            else
            { /* block id: 304 */
                const uint64_t l_629[2] = {0x9903DA21A200C81CLL,0x9903DA21A200C81CLL};
                int32_t l_634 = 0x6F086E8DL;
                int i;
                l_634 &= (safe_mul_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((((0L < l_619[4]) ^ (*l_161)) , (l_629[0] | (((safe_add_func_uint16_t_u_u(1UL, (7L != ((*g_256) , (p_17 & (safe_mod_func_int8_t_s_s(g_86, p_17))))))) || p_17) & p_17))), p_17)), 65535UL));
            }
            (*g_80) ^= (((*l_635) = g_26) > 0x5AL);
            (**g_317) = ((((1L || (safe_sub_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(((g_193[0][1] , (g_3 != p_17)) , ((safe_add_func_int64_t_s_s((p_17 <= ((safe_mod_func_uint64_t_u_u(g_193[4][1], 5UL)) == (p_17 != ((void*)0 == l_646[2])))), 0UL)) , g_25[1])), p_17)), g_648))) >= p_17) != p_17) >= 1L);
        }
        for (g_138 = 0; (g_138 != (-19)); --g_138)
        { /* block id: 313 */
            int32_t l_667 = 0x5997D8C8L;
            for (l_448 = 0; (l_448 <= 1); l_448 += 1)
            { /* block id: 316 */
                const uint8_t *l_653 = &g_86;
                const uint8_t **l_652 = &l_653;
                int i;
                if (l_549)
                    goto lbl_651;
                (*g_654) = l_652;
                (**l_263) &= (safe_mul_func_int8_t_s_s((safe_sub_func_int64_t_s_s(((1UL != (g_25[l_448] , (((safe_div_func_uint64_t_u_u(18446744073709551615UL, (safe_mul_func_int8_t_s_s(g_99[l_448], 251UL)))) && (g_86 = g_99[(l_448 + 1)])) , (safe_sub_func_uint64_t_u_u(g_99[(l_448 + 1)], ((((void*)0 != &l_179) , 0x46L) <= p_17)))))) != l_667), g_99[l_448])), 0xBEL));
                (**l_263) = p_17;
            }
        }
        (**g_317) = (l_668 = (**g_304));
    }
    return p_17;
}


/* ------------------------------------------ */
/* 
 * reads : g_25 g_24 g_37 g_30 g_27 g_3 g_28 g_88
 * writes: g_24 g_28 g_37 g_63 g_99 g_30
 */
static const int16_t  func_18(int32_t  p_19)
{ /* block id: 4 */
    int32_t l_33 = 0L;
    uint16_t l_76 = 0x7424L;
    int32_t *l_93 = &g_28[7];
    uint32_t l_96 = 1UL;
    int16_t *l_98 = &g_99[2];
    int32_t *l_100 = &g_30;
    for (p_19 = 0; (p_19 <= 1); p_19 += 1)
    { /* block id: 7 */
        int i;
        return g_25[p_19];
    }
    for (g_24 = 0; (g_24 <= 1); g_24 += 1)
    { /* block id: 12 */
        int8_t l_34[6] = {8L,0x85L,8L,8L,0x85L,8L};
        uint16_t *l_71 = &g_24;
        int8_t *l_77[4][1][1] = {{{&l_34[1]}},{{&l_34[5]}},{{&l_34[1]}},{{&l_34[5]}}};
        int32_t l_78 = 9L;
        int32_t l_91 = 7L;
        int32_t l_92 = 1L;
        int i, j, k;
        for (p_19 = 0; (p_19 <= 1); p_19 += 1)
        { /* block id: 15 */
            int32_t l_35 = 0L;
            int32_t l_36 = 0x9C309AB8L;
            uint16_t * const l_62[5][7] = {{&g_24,&g_24,&g_24,&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,&g_24,&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,&g_24,&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,(void*)0,&g_24,&g_24,&g_24,&g_24},{&g_24,&g_24,&g_24,&g_24,&g_24,&g_24,&g_24}};
            int i, j;
            for (g_28[2] = 1; (g_28[2] >= 0); g_28[2] -= 1)
            { /* block id: 18 */
                int32_t *l_29 = &g_30;
                int32_t *l_31 = &g_30;
                int32_t *l_32[2][10][10] = {{{&g_28[2],&g_28[0],&g_30,&g_28[2],&g_28[0],&g_28[2],&g_30,&g_28[0],&g_28[2],&g_28[2]},{&g_28[1],&g_28[2],(void*)0,&g_28[0],&g_28[0],(void*)0,&g_28[2],&g_28[1],(void*)0,&g_28[1]},{&g_28[0],&g_30,&g_28[2],&g_28[0],&g_28[2],&g_30,&g_28[0],&g_28[2],&g_28[2],&g_28[0]},{&g_28[2],&g_28[1],&g_28[2],&g_28[2],&g_28[1],&g_28[2],&g_30,&g_28[1],&g_30,&g_28[2]},{&g_28[2],&g_28[1],(void*)0,&g_28[1],&g_28[2],(void*)0,&g_28[0],&g_28[0],(void*)0,&g_28[2]},{&g_28[2],&g_30,&g_30,&g_28[2],&g_28[2],&g_28[2],&g_28[2],&g_28[2],&g_28[2],&g_28[2]},{&g_28[2],&g_28[2],&g_28[2],&g_28[2],&g_28[2],&g_30,&g_30,&g_28[2],&g_28[2],&g_28[2]},{&g_28[0],&g_28[2],&g_28[0],&g_30,&g_28[2],&g_28[0],&g_28[2],&g_30,&g_28[0],&g_28[2]},{&g_28[2],(void*)0,(void*)0,&g_28[2],&g_30,&g_30,&g_28[2],(void*)0,(void*)0,&g_28[2]},{(void*)0,&g_28[2],(void*)0,&g_30,&g_28[2],&g_30,(void*)0,&g_28[2],(void*)0,(void*)0}},{{&g_28[2],&g_30,&g_28[0],&g_28[2],&g_28[2],&g_28[0],&g_30,&g_28[2],&g_28[0],&g_28[2]},{&g_28[2],(void*)0,&g_30,&g_28[2],&g_30,(void*)0,&g_28[2],(void*)0,(void*)0,&g_28[2]},{(void*)0,&g_28[2],&g_30,&g_30,&g_28[2],(void*)0,(void*)0,&g_28[2],(void*)0,(void*)0},{&g_30,&g_28[2],&g_28[0],&g_28[2],&g_30,&g_28[0],&g_28[2],&g_28[2],&g_28[0],&g_30},{&g_30,(void*)0,(void*)0,&g_30,&g_30,(void*)0,&g_30,(void*)0,&g_30,&g_30},{(void*)0,&g_30,(void*)0,&g_30,&g_30,(void*)0,(void*)0,&g_30,&g_30,(void*)0},{&g_28[2],&g_28[2],&g_28[0],&g_30,&g_28[2],&g_28[0],&g_28[2],&g_30,&g_28[0],&g_28[2]},{&g_28[2],(void*)0,(void*)0,&g_28[2],&g_30,&g_30,&g_28[2],(void*)0,(void*)0,&g_28[2]},{(void*)0,&g_28[2],(void*)0,&g_30,&g_28[2],&g_30,(void*)0,&g_28[2],(void*)0,(void*)0},{&g_28[2],&g_30,&g_28[0],&g_28[2],&g_28[2],&g_28[0],&g_30,&g_28[2],&g_28[0],&g_28[2]}}};
                int i, j, k;
                g_37++;
            }
            for (l_33 = 0; (l_33 <= 1); l_33 += 1)
            { /* block id: 23 */
                int32_t l_64 = (-9L);
                int32_t *l_65 = (void*)0;
                int32_t *l_66 = (void*)0;
                int32_t *l_67 = &g_28[4];
                int i;
                (*l_67) ^= (safe_mul_func_uint8_t_u_u((((g_25[g_24] | (safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(((safe_sub_func_int8_t_s_s(0x1AL, ((l_64 = (safe_div_func_int64_t_s_s(((0xF4AEDF2FL | (safe_mod_func_uint16_t_u_u((g_63[4][0][1] = ((safe_div_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((0x3AABDC9AL ^ (((safe_rshift_func_uint8_t_u_u(g_25[l_33], ((g_30 , ((safe_lshift_func_int16_t_s_s((((((((g_24 <= (0xD97F668CL < g_25[l_33])) , p_19) ^ l_34[4]) < 0x69L) | l_33) , &g_24) == l_62[2][6]), 1)) <= g_25[0])) < 18446744073709551608UL))) != p_19) , g_25[g_24])), g_27)) >= g_30), p_19)) || 0x93C254F4L)), 0x93E9L))) | p_19), 0x31FD024CA9A92ED1LL))) & g_3))) ^ 0x03ABED3A9A78915CLL), g_24)), 0x5FB330CFEF66F2FCLL)), p_19))) , g_30) , l_34[1]), 255UL));
                return l_36;
            }
        }
    }
    (*l_100) ^= (safe_rshift_func_int16_t_s_u((p_19 == ((((p_19 <= (*l_93)) && l_96) , (!(((((((void*)0 != &g_80) | ((*l_93) = 0xC626D9ACL)) ^ (l_96 ^ ((*l_98) = (g_88 , 0L)))) , 0L) != 0xC604081ECF37D808LL) <= 65530UL))) && (*l_93))), 0));
    return g_37;
}




/* ---------------------------------------- */
int main (void)
{
    int i, j, k;
    int print_hash_value = 0;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_26, "g_26", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_28[i], "g_28[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_63[i][j][k], "g_63[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_99[i], "g_99[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_138, "g_138", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_193[i][j], "g_193[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_205[i][j][k], "g_205[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_245, "g_245", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_262[i][j], "g_262[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_295[i][j][k], "g_295[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_310, "g_310", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_333[i], "g_333[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_363, "g_363", print_hash_value);
    transparent_crc(g_404, "g_404", print_hash_value);
    transparent_crc(g_471, "g_471", print_hash_value);
    transparent_crc(g_513, "g_513", print_hash_value);
    transparent_crc(g_621, "g_621", print_hash_value);
    transparent_crc(g_648, "g_648", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_675[i], "g_675[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_677, "g_677", print_hash_value);
    transparent_crc(g_680, "g_680", print_hash_value);
    transparent_crc(g_716, "g_716", print_hash_value);
    transparent_crc(g_718, "g_718", print_hash_value);
    transparent_crc(g_743, "g_743", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 187
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

XXX max expression depth: 55
breakdown:
   depth: 1, occurrence: 114
   depth: 2, occurrence: 30
   depth: 3, occurrence: 7
   depth: 4, occurrence: 3
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 17, occurrence: 3
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 24, occurrence: 1
   depth: 27, occurrence: 1
   depth: 30, occurrence: 2
   depth: 31, occurrence: 3
   depth: 32, occurrence: 2
   depth: 33, occurrence: 1
   depth: 37, occurrence: 2
   depth: 39, occurrence: 1
   depth: 45, occurrence: 1
   depth: 55, occurrence: 1

XXX total number of pointers: 144

XXX times a variable address is taken: 358
XXX times a pointer is dereferenced on RHS: 89
breakdown:
   depth: 1, occurrence: 67
   depth: 2, occurrence: 20
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 129
breakdown:
   depth: 1, occurrence: 106
   depth: 2, occurrence: 19
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 17
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 2246

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 438
   level: 2, occurrence: 136
   level: 3, occurrence: 18
   level: 4, occurrence: 6
XXX number of pointers point to pointers: 51
XXX number of pointers point to scalars: 93
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.8
XXX average alias set size: 1.38

XXX times a non-volatile is read: 636
XXX times a non-volatile is write: 377
XXX times a volatile is read: 39
XXX    times read thru a pointer: 0
XXX times a volatile is write: 12
XXX    times written thru a pointer: 2
XXX times a volatile is available for access: 376
XXX percentage of non-volatile access: 95.2

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 119
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 12
   depth: 1, occurrence: 22
   depth: 2, occurrence: 38
   depth: 3, occurrence: 47

XXX percentage a fresh-made variable is used: 16.9
XXX percentage an existing variable is used: 83.1
********************* end of statistics **********************/

