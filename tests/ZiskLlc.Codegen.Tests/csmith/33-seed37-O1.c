/* Csmith 2.3.0 --seed 37 --no-argc --no-float --max-funcs 4 --max-block-depth 3 (tools/csmith-ci.py, for CsmithTests.cs); expected: checksum = C74C178E */
/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 37 --no-argc --no-float --max-funcs 4 --max-block-depth 3
 * Seed:      37
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint64_t  f0;
   volatile int32_t  f1;
   int8_t * volatile  f2;
};

union U1 {
   int32_t  f0;
   const int16_t  f1;
   volatile int16_t  f2;
};

union U2 {
   volatile uint16_t  f0;
   volatile unsigned f1 : 26;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x50E6DA50L;
static int32_t g_6 = 0x72B21A35L;
static int32_t g_7 = (-1L);
static int8_t g_18 = (-1L);
static volatile union U0 g_39 = {0x7127B1AA435C5265LL};/* VOLATILE GLOBAL g_39 */
static volatile union U0 *g_38 = &g_39;
static volatile uint8_t g_41 = 1UL;/* VOLATILE GLOBAL g_41 */
static union U0 g_47 = {0x12535B5B06A83CD0LL};/* VOLATILE GLOBAL g_47 */
static union U0 *g_50 = &g_47;
static union U0 ** const  volatile g_49 = &g_50;/* VOLATILE GLOBAL g_49 */
static union U1 g_61 = {1L};/* VOLATILE GLOBAL g_61 */
static int8_t *g_67 = (void*)0;
static int8_t **g_66[10] = {&g_67,&g_67,&g_67,&g_67,&g_67,&g_67,&g_67,&g_67,&g_67,&g_67};
static int16_t g_73 = 0x79B9L;
static int16_t g_75 = 0xE206L;
static int32_t *g_78 = (void*)0;
static int32_t ** volatile g_77[7] = {&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78};
static const int8_t *g_83 = &g_18;
static const int8_t **g_82 = &g_83;
static volatile union U0 g_100[3][5] = {{{18446744073709551614UL},{18446744073709551609UL},{18446744073709551614UL},{18446744073709551609UL},{18446744073709551614UL}},{{0xBE197FD74DCC0C03LL},{0xBE197FD74DCC0C03LL},{0xBE197FD74DCC0C03LL},{0xBE197FD74DCC0C03LL},{0xBE197FD74DCC0C03LL}},{{18446744073709551614UL},{18446744073709551609UL},{18446744073709551614UL},{18446744073709551609UL},{18446744073709551614UL}}};
static int32_t g_133[5][8] = {{5L,0x85FDE158L,0x33AC353BL,0xFC07259FL,0x33AC353BL,0x85FDE158L,5L,5L},{0x85FDE158L,0xFC07259FL,0x09B59B1EL,0x09B59B1EL,0xFC07259FL,0x85FDE158L,0x33AC353BL,5L},{0x09B59B1EL,5L,0x33AC353BL,5L,0x09B59B1EL,(-4L),(-4L),0x09B59B1EL},{5L,0xFC07259FL,0xFC07259FL,5L,(-3L),0x09B59B1EL,(-3L),5L},{0xFC07259FL,(-3L),0xFC07259FL,(-4L),0x33AC353BL,0x33AC353BL,(-4L),0xFC07259FL}};
static uint16_t g_137 = 0x5621L;
static int32_t g_139 = 0x3B3D75BCL;
static int64_t g_144 = 0xF76FE41880D0CB5FLL;
static uint8_t g_147 = 0x6AL;
static int32_t * volatile g_168[7] = {&g_61.f0,&g_61.f0,&g_61.f0,&g_61.f0,&g_61.f0,&g_61.f0,&g_61.f0};
static int32_t * const  volatile g_169[6] = {&g_7,&g_7,&g_139,&g_7,&g_7,&g_139};
static union U0 **g_171 = &g_50;
static int8_t g_201[4] = {(-10L),(-10L),(-10L),(-10L)};
static volatile union U0 ** const  volatile * volatile g_209 = (void*)0;/* VOLATILE GLOBAL g_209 */
static volatile union U0 ** const  volatile * volatile *g_208 = &g_209;
static int32_t ** const  volatile g_228[3] = {(void*)0,(void*)0,(void*)0};
static volatile union U1 g_231 = {0L};/* VOLATILE GLOBAL g_231 */
static int16_t *g_244 = &g_75;
static volatile union U2 g_251 = {1UL};/* VOLATILE GLOBAL g_251 */
static int16_t *g_253 = &g_75;
static int16_t ** volatile g_252[10][7] = {{&g_253,&g_253,(void*)0,&g_253,&g_253,(void*)0,&g_253},{&g_253,&g_253,(void*)0,&g_253,&g_253,(void*)0,&g_253},{&g_253,&g_253,&g_253,&g_253,(void*)0,(void*)0,&g_253},{&g_253,&g_253,&g_253,&g_253,&g_253,(void*)0,&g_253},{(void*)0,&g_253,&g_253,&g_253,&g_253,&g_253,&g_253},{&g_253,&g_253,(void*)0,&g_253,&g_253,(void*)0,&g_253},{&g_253,&g_253,(void*)0,&g_253,&g_253,(void*)0,&g_253},{&g_253,&g_253,&g_253,&g_253,(void*)0,(void*)0,&g_253},{&g_253,&g_253,&g_253,&g_253,&g_253,(void*)0,&g_253},{(void*)0,&g_253,&g_253,&g_253,&g_253,&g_253,&g_253}};
static volatile union U2 g_261 = {0xC83CL};/* VOLATILE GLOBAL g_261 */
static uint32_t g_281 = 4294967289UL;
static volatile union U1 g_292 = {0L};/* VOLATILE GLOBAL g_292 */
static int64_t g_308[10][9] = {{0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L},{0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL},{0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L},{7L,0x49283E14190088FALL,7L,0x49283E14190088FALL,7L,0x49283E14190088FALL,7L,0x49283E14190088FALL,7L},{0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L},{0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL},{0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L},{7L,0x49283E14190088FALL,7L,0x49283E14190088FALL,7L,0x49283E14190088FALL,7L,0x49283E14190088FALL,7L},{0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L,0L,0x25CCEA2FED3EB0ACLL,0x25CCEA2FED3EB0ACLL,0L},{0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL,0x49283E14190088FALL,0xD11EB6188040513ELL}};
static volatile union U2 g_313 = {0x10B4L};/* VOLATILE GLOBAL g_313 */
static volatile int8_t ** volatile *g_327 = (void*)0;
static volatile int8_t ** volatile ** volatile g_326 = &g_327;/* VOLATILE GLOBAL g_326 */
static volatile uint64_t g_334 = 18446744073709551615UL;/* VOLATILE GLOBAL g_334 */
static union U0 g_353[4][10][3] = {{{{0xA539418A6E41CB40LL},{18446744073709551615UL},{18446744073709551615UL}},{{0UL},{0UL},{0x095AE59C1D78DC2BLL}},{{0xDC92A4B13C09B54BLL},{0xA539418A6E41CB40LL},{0xF7644E7E3F8532BELL}},{{0UL},{0UL},{0x9828AE5848D3F0D9LL}},{{0xA539418A6E41CB40LL},{0xDC92A4B13C09B54BLL},{6UL}},{{0UL},{0UL},{0UL}},{{18446744073709551615UL},{0xA539418A6E41CB40LL},{18446744073709551615UL}},{{0xA3E05D938CDB12CALL},{0UL},{0UL}},{{18446744073709551615UL},{18446744073709551615UL},{6UL}},{{0x0FB830CA0FBC93F1LL},{0xA3E05D938CDB12CALL},{0x9828AE5848D3F0D9LL}}},{{{18446744073709551615UL},{18446744073709551615UL},{0xF7644E7E3F8532BELL}},{{0xA3E05D938CDB12CALL},{0x0FB830CA0FBC93F1LL},{0x095AE59C1D78DC2BLL}},{{18446744073709551615UL},{18446744073709551615UL},{18446744073709551615UL}},{{0UL},{0xA3E05D938CDB12CALL},{0UL}},{{0xA539418A6E41CB40LL},{18446744073709551615UL},{18446744073709551615UL}},{{0UL},{0UL},{0x095AE59C1D78DC2BLL}},{{0xDC92A4B13C09B54BLL},{0xA539418A6E41CB40LL},{0xF7644E7E3F8532BELL}},{{0UL},{0UL},{0x9828AE5848D3F0D9LL}},{{0xA539418A6E41CB40LL},{0xDC92A4B13C09B54BLL},{6UL}},{{0UL},{0UL},{0UL}}},{{{18446744073709551615UL},{0xA539418A6E41CB40LL},{18446744073709551615UL}},{{0xA3E05D938CDB12CALL},{0UL},{0UL}},{{18446744073709551615UL},{18446744073709551615UL},{6UL}},{{0x0FB830CA0FBC93F1LL},{0xA3E05D938CDB12CALL},{0x9828AE5848D3F0D9LL}},{{18446744073709551615UL},{18446744073709551615UL},{0xF7644E7E3F8532BELL}},{{0xA3E05D938CDB12CALL},{0x0FB830CA0FBC93F1LL},{0x095AE59C1D78DC2BLL}},{{18446744073709551615UL},{18446744073709551615UL},{18446744073709551615UL}},{{0UL},{0xA3E05D938CDB12CALL},{0UL}},{{0xA539418A6E41CB40LL},{18446744073709551615UL},{18446744073709551615UL}},{{0UL},{0UL},{0x095AE59C1D78DC2BLL}}},{{{0xDC92A4B13C09B54BLL},{0xA539418A6E41CB40LL},{0xF7644E7E3F8532BELL}},{{0UL},{0UL},{0x9828AE5848D3F0D9LL}},{{0xA539418A6E41CB40LL},{0xDC92A4B13C09B54BLL},{6UL}},{{0UL},{0UL},{0UL}},{{18446744073709551615UL},{0xA539418A6E41CB40LL},{18446744073709551615UL}},{{0xA3E05D938CDB12CALL},{0UL},{0UL}},{{18446744073709551615UL},{18446744073709551615UL},{6UL}},{{0x0FB830CA0FBC93F1LL},{0xA3E05D938CDB12CALL},{0x9828AE5848D3F0D9LL}},{{18446744073709551615UL},{18446744073709551615UL},{0xF7644E7E3F8532BELL}},{{0xA3E05D938CDB12CALL},{0x0FB830CA0FBC93F1LL},{0x095AE59C1D78DC2BLL}}}};
static int32_t ** volatile g_391 = &g_78;/* VOLATILE GLOBAL g_391 */
static union U0 ***g_421 = &g_171;
static const uint64_t g_445 = 1UL;
static const uint64_t g_447 = 0x21FC1A6A53C32222LL;
static const uint64_t *g_446 = &g_447;
static uint64_t *g_449 = &g_353[0][0][2].f0;
static uint64_t **g_448 = &g_449;
static union U0 g_457 = {18446744073709551615UL};/* VOLATILE GLOBAL g_457 */
static union U2 g_464 = {0x4FF7L};/* VOLATILE GLOBAL g_464 */
static union U0 g_491 = {3UL};/* VOLATILE GLOBAL g_491 */
static union U2 * volatile g_507 = (void*)0;/* VOLATILE GLOBAL g_507 */
static volatile union U1 g_543 = {0xEDC22DD1L};/* VOLATILE GLOBAL g_543 */
static volatile union U1 g_551[1][9] = {{{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L}}};
static int32_t * volatile g_568 = (void*)0;/* VOLATILE GLOBAL g_568 */
static int32_t * volatile g_569 = &g_61.f0;/* VOLATILE GLOBAL g_569 */
static int32_t * volatile g_570 = &g_61.f0;/* VOLATILE GLOBAL g_570 */
static int32_t * const  volatile g_571 = &g_61.f0;/* VOLATILE GLOBAL g_571 */
static union U1 g_573 = {0x5B68A9ECL};/* VOLATILE GLOBAL g_573 */
static int8_t ***g_621 = (void*)0;
static int8_t ****g_620 = &g_621;
static union U1 ** volatile g_643 = (void*)0;/* VOLATILE GLOBAL g_643 */
static union U1 g_645 = {3L};/* VOLATILE GLOBAL g_645 */
static uint16_t g_674 = 0x8F2AL;
static union U0 g_714 = {0x9507C8251F25725CLL};/* VOLATILE GLOBAL g_714 */
static union U0 g_742 = {0xB4DE7A6C96F432A2LL};/* VOLATILE GLOBAL g_742 */
static union U2 *g_761[10] = {&g_464,&g_464,&g_464,&g_464,&g_464,&g_464,&g_464,&g_464,&g_464,&g_464};
static uint8_t g_799 = 0xE6L;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int32_t * func_8(uint32_t  p_9, int32_t * p_10);
static int32_t * func_11(int8_t * p_12, int32_t * p_13, int32_t * p_14, int32_t  p_15, int64_t  p_16);
static int32_t * func_19(int32_t * p_20, uint8_t  p_21, int16_t  p_22, int32_t  p_23, const int16_t  p_24);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_7 g_6 g_38 g_41 g_49 g_61 g_18 g_50 g_75 g_82 g_47.f1 g_73 g_61.f1 g_78 g_100 g_61.f0 g_133 g_137 g_83 g_39.f1 g_139 g_47.f0 g_171 g_61.f2 g_208 g_714 g_201 g_620 g_621 g_253 g_281 g_742 g_643 g_449 g_353.f0 g_446 g_447 g_308 g_391 g_645.f0 g_573.f0 g_573 g_100.f0 g_645.f1 g_573.f1 g_570 g_421 g_761 g_799 g_491.f0 g_742.f0 g_147 g_551.f0
 * writes: g_2 g_6 g_7 g_18 g_38 g_41 g_50 g_66 g_73 g_75 g_61.f0 g_78 g_82 g_133 g_137 g_139 g_147 g_171 g_144 g_674 g_281 g_308 g_491.f0 g_645.f0 g_761 g_573.f0 g_231.f2 g_201
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int16_t l_5[3][7] = {{0L,(-5L),(-8L),(-5L),0L,0L,(-5L)},{(-9L),1L,(-9L),4L,4L,(-9L),1L},{(-5L),0x27D2L,(-8L),(-8L),0x27D2L,(-5L),0x27D2L}};
    int32_t *l_25 = &g_7;
    int32_t l_692[3];
    uint32_t l_693 = 18446744073709551611UL;
    int8_t l_702[3][7] = {{(-1L),(-1L),(-2L),(-1L),(-1L),(-2L),(-1L)},{0x8BL,(-1L),(-1L),0x8BL,(-1L),(-1L),0x8BL},{0xBAL,0xBAL,(-2L),(-2L),0xBAL,(-2L),(-2L)}};
    uint8_t l_704 = 0xE8L;
    int8_t l_715 = 0xADL;
    int8_t ***l_722 = &g_66[3];
    int8_t l_732 = 0xF9L;
    uint64_t l_735[5][5][10] = {{{0UL,0x231957252E4ABDECLL,0xB54CF8AB3BFEEB27LL,0UL,0x97B018F66E1FDF05LL,6UL,1UL,0UL,0UL,0xC17A9B959380571FLL},{1UL,0x1A954C8D1F103911LL,18446744073709551615UL,0x97B018F66E1FDF05LL,1UL,0xAD10A8A5100FFB83LL,18446744073709551610UL,18446744073709551615UL,0UL,0xC17A9B959380571FLL},{0x8E60D9560A131E59LL,0x1A4CE1DDEB5FA162LL,4UL,0x223EBBB7D5FF30FALL,0x97B018F66E1FDF05LL,0x8E60D9560A131E59LL,18446744073709551615UL,0xDAC67D631FC61B84LL,18446744073709551606UL,0x223EBBB7D5FF30FALL},{0x8C3BE97630110407LL,18446744073709551615UL,0x4F3F09E5AF199D9DLL,0xA05158893036079CLL,0xC17A9B959380571FLL,0xB54CF8AB3BFEEB27LL,1UL,0x8C3BE97630110407LL,0x1A0378FB79DE12B6LL,0xBA3474DDEA2D38CBLL},{0x8C3BE97630110407LL,0x08BD26FFB88EF06DLL,18446744073709551615UL,0x97B018F66E1FDF05LL,0UL,0x8E60D9560A131E59LL,1UL,1UL,0x6AFC27A2A679E3FCLL,9UL}},{{0x8E60D9560A131E59LL,1UL,1UL,0x6AFC27A2A679E3FCLL,9UL,0xAD10A8A5100FFB83LL,0x1A954C8D1F103911LL,0xDAC67D631FC61B84LL,2UL,2UL},{1UL,1UL,6UL,0xC17A9B959380571FLL,0xC17A9B959380571FLL,6UL,1UL,1UL,18446744073709551615UL,0xA05158893036079CLL},{0UL,0x08BD26FFB88EF06DLL,18446744073709551615UL,0UL,18446744073709551606UL,4UL,1UL,0xAD10A8A5100FFB83LL,0x6AFC27A2A679E3FCLL,0xC17A9B959380571FLL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551606UL,7UL,0xAD10A8A5100FFB83LL,18446744073709551615UL,1UL,0UL,0x4AB355EF55B95908LL},{0xDAC67D631FC61B84LL,0x1A4CE1DDEB5FA162LL,6UL,0xA05158893036079CLL,0x97B018F66E1FDF05LL,0x8C1BB58B88B7F8D7LL,18446744073709551610UL,0xDAC67D631FC61B84LL,0xA352D6F822DDE0FFLL,0xA05158893036079CLL}},{{0x8C3BE97630110407LL,0x1A954C8D1F103911LL,1UL,0xA05158893036079CLL,0x4AB355EF55B95908LL,18446744073709551615UL,1UL,1UL,0UL,0xBA3474DDEA2D38CBLL},{1UL,0x231957252E4ABDECLL,18446744073709551615UL,18446744073709551606UL,9UL,0x8E60D9560A131E59LL,18446744073709551615UL,0x8C3BE97630110407LL,0x6AFC27A2A679E3FCLL,0UL},{0xDAC67D631FC61B84LL,1UL,0x4F3F09E5AF199D9DLL,0UL,9UL,0xF57EDFCA07DEE2C7LL,18446744073709551615UL,0xDAC67D631FC61B84LL,18446744073709551615UL,0xBA3474DDEA2D38CBLL},{1UL,18446744073709551615UL,4UL,0xC17A9B959380571FLL,0x4AB355EF55B95908LL,4UL,1UL,18446744073709551615UL,2UL,0xA05158893036079CLL},{0xAD10A8A5100FFB83LL,0x231957252E4ABDECLL,18446744073709551615UL,0x6AFC27A2A679E3FCLL,0x97B018F66E1FDF05LL,4UL,0x3FBBF7FAFDF60BDDLL,0UL,0x6AFC27A2A679E3FCLL,0x4AB355EF55B95908LL}},{{1UL,18446744073709551615UL,0xB54CF8AB3BFEEB27LL,0x97B018F66E1FDF05LL,7UL,0xF57EDFCA07DEE2C7LL,18446744073709551610UL,1UL,0x1A0378FB79DE12B6LL,0xC17A9B959380571FLL},{0xDAC67D631FC61B84LL,0x4A7BF4BDC5548CBELL,4UL,0xA05158893036079CLL,18446744073709551606UL,0x8E60D9560A131E59LL,18446744073709551610UL,0x8E60D9560A131E59LL,18446744073709551606UL,0xA05158893036079CLL},{1UL,18446744073709551615UL,1UL,0x223EBBB7D5FF30FALL,0xC17A9B959380571FLL,18446744073709551615UL,0x3FBBF7FAFDF60BDDLL,0x8C3BE97630110407LL,0UL,2UL},{0x8C3BE97630110407LL,0x231957252E4ABDECLL,0x9120764903E7AC21LL,0x97B018F66E1FDF05LL,9UL,18446744073709551606UL,0x77955F4F9600E727LL,1UL,0x8C3BE97630110407LL,8UL},{18446744073709551613UL,0UL,0UL,1UL,1UL,0x94EB2A72CB61E0C9LL,0UL,0x41AEC865561AB883LL,0xF57EDFCA07DEE2C7LL,0xAD10A8A5100FFB83LL}},{{0xD1334ACF35CAE575LL,0x77955F4F9600E727LL,18446744073709551615UL,0x9120764903E7AC21LL,18446744073709551615UL,18446744073709551615UL,0UL,18446744073709551613UL,0xF57EDFCA07DEE2C7LL,0xB54CF8AB3BFEEB27LL},{1UL,4UL,0x6ED0AF22D918C0C4LL,1UL,4UL,0xACBEBE6F683F1DEELL,0UL,1UL,0x8C3BE97630110407LL,18446744073709551615UL},{18446744073709551613UL,0x9EC81F735BBB1960LL,18446744073709551615UL,4UL,0x8C1BB58B88B7F8D7LL,0x94EB2A72CB61E0C9LL,18446744073709551615UL,0xD1334ACF35CAE575LL,1UL,18446744073709551615UL},{0x41AEC865561AB883LL,1UL,18446744073709551615UL,0xB54CF8AB3BFEEB27LL,4UL,0x41AEC865561AB883LL,18446744073709551606UL,18446744073709551613UL,6UL,0xB54CF8AB3BFEEB27LL},{1UL,0UL,0x15248070F097127ELL,18446744073709551615UL,18446744073709551615UL,0x6ED0AF22D918C0C4LL,0UL,1UL,0x62EC548174FB77E1LL,0xAD10A8A5100FFB83LL}}};
    int64_t l_741 = 0L;
    uint64_t ***l_763 = &g_448;
    uint16_t l_774[3][5] = {{0xCF5BL,0x2DDFL,0xCF5BL,0x2DDFL,0xCF5BL},{0x111FL,0x111FL,0x111FL,0x111FL,0x111FL},{0xCF5BL,0x2DDFL,0xCF5BL,0x2DDFL,0xCF5BL}};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_692[i] = 0xEC25F0B0L;
    for (g_2 = 29; (g_2 < (-6)); g_2 = safe_sub_func_int8_t_s_s(g_2, 1))
    { /* block id: 3 */
        uint32_t l_671 = 0UL;
        int8_t l_686[10][1][1] = {{{(-5L)}},{{(-6L)}},{{(-5L)}},{{(-6L)}},{{(-5L)}},{{(-6L)}},{{(-5L)}},{{(-6L)}},{{(-5L)}},{{(-6L)}}};
        int32_t l_688 = 0L;
        int32_t l_691[9];
        union U1 *l_744 = (void*)0;
        union U1 **l_743[6] = {&l_744,&l_744,&l_744,&l_744,&l_744,&l_744};
        union U2 *l_759[10][5][5] = {{{&g_464,&g_464,&g_464,(void*)0,&g_464},{&g_464,&g_464,&g_464,(void*)0,&g_464},{&g_464,&g_464,&g_464,(void*)0,(void*)0},{&g_464,(void*)0,&g_464,&g_464,(void*)0},{&g_464,(void*)0,(void*)0,&g_464,&g_464}},{{&g_464,&g_464,&g_464,(void*)0,&g_464},{(void*)0,&g_464,(void*)0,&g_464,(void*)0},{(void*)0,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,(void*)0,&g_464,(void*)0},{&g_464,(void*)0,&g_464,&g_464,(void*)0}},{{&g_464,&g_464,&g_464,&g_464,(void*)0},{&g_464,(void*)0,&g_464,&g_464,&g_464},{&g_464,&g_464,(void*)0,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464},{&g_464,(void*)0,&g_464,&g_464,&g_464}},{{&g_464,(void*)0,&g_464,(void*)0,&g_464},{&g_464,&g_464,&g_464,(void*)0,(void*)0},{(void*)0,(void*)0,&g_464,&g_464,&g_464},{(void*)0,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464}},{{&g_464,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,(void*)0},{(void*)0,&g_464,&g_464,&g_464,(void*)0},{&g_464,(void*)0,&g_464,&g_464,&g_464},{(void*)0,&g_464,&g_464,(void*)0,&g_464}},{{&g_464,&g_464,(void*)0,&g_464,&g_464},{(void*)0,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464}},{{(void*)0,&g_464,&g_464,&g_464,&g_464},{(void*)0,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,(void*)0,&g_464},{&g_464,&g_464,(void*)0,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464}},{{&g_464,(void*)0,&g_464,&g_464,&g_464},{&g_464,(void*)0,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,(void*)0},{&g_464,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464}},{{(void*)0,&g_464,&g_464,&g_464,(void*)0},{&g_464,&g_464,(void*)0,&g_464,(void*)0},{(void*)0,(void*)0,&g_464,&g_464,(void*)0},{&g_464,&g_464,&g_464,(void*)0,&g_464},{&g_464,&g_464,&g_464,&g_464,&g_464}},{{&g_464,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,&g_464,&g_464,(void*)0},{&g_464,(void*)0,(void*)0,&g_464,&g_464},{(void*)0,&g_464,&g_464,&g_464,&g_464},{&g_464,&g_464,(void*)0,&g_464,&g_464}}};
        uint16_t l_801 = 65535UL;
        uint8_t *l_813 = &g_799;
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_691[i] = (-1L);
        for (g_6 = 2; (g_6 >= 0); g_6 -= 1)
        { /* block id: 6 */
            int8_t *l_17 = &g_18;
            int32_t l_26 = 0x401DBDAEL;
            int8_t l_689 = 1L;
            int32_t l_690[7][7] = {{1L,1L,1L,1L,1L,1L,1L},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{1L,1L,1L,1L,1L,1L,1L},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{1L,1L,1L,1L,1L,1L,1L},{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{1L,1L,1L,1L,1L,1L,1L}};
            int32_t *l_696 = (void*)0;
            int32_t *l_697 = &l_690[6][6];
            int32_t *l_698 = &l_691[0];
            int32_t *l_699 = (void*)0;
            int32_t *l_700 = &l_691[2];
            int32_t *l_701[2];
            int32_t l_703[7];
            uint64_t l_738 = 8UL;
            uint64_t *l_746 = &g_491.f0;
            int32_t **l_747[5];
            int i, j;
            for (i = 0; i < 2; i++)
                l_701[i] = &l_692[1];
            for (i = 0; i < 7; i++)
                l_703[i] = 1L;
            for (i = 0; i < 5; i++)
                l_747[i] = &l_701[1];
            for (g_7 = 0; (g_7 <= 2); g_7 += 1)
            { /* block id: 9 */
                int32_t **l_230 = &l_25;
                uint16_t *l_672 = &g_137;
                uint16_t *l_673 = &g_674;
                int32_t *l_675 = &g_139;
                int32_t *l_676 = &g_139;
                int32_t *l_677 = &g_139;
                int32_t *l_678 = &g_61.f0;
                int32_t *l_679 = &l_26;
                int32_t *l_680 = &g_139;
                int32_t *l_681 = &g_61.f0;
                int32_t *l_682 = (void*)0;
                int32_t *l_683 = &l_26;
                int32_t *l_684 = &g_573.f0;
                int32_t *l_685 = &g_573.f0;
                int32_t *l_687[6] = {(void*)0,&g_573.f0,&g_573.f0,(void*)0,&g_573.f0,&g_573.f0};
                int i, j;
                (*l_230) = func_8(l_5[g_7][(g_6 + 3)], func_11(l_17, ((*l_230) = func_19(l_25, l_26, ((&g_6 == (void*)0) >= (safe_mod_func_int16_t_s_s(((&g_7 == &g_2) || 0xF585L), (*l_25)))), l_26, g_2)), &g_2, g_2, g_7));
                (*l_230) = (*l_230);
                l_26 ^= ((safe_rshift_func_uint16_t_u_s(((*l_673) = ((*l_672) = l_671)), 14)) && (g_281 = 4294967294UL));
                l_693--;
            }
            l_704--;
            if ((((!l_5[g_6][g_6]) == (safe_add_func_int8_t_s_s(0L, (safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((g_714 , l_686[6][0][0]) | (((*l_17) = l_715) , ((safe_rshift_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((((g_73 , (safe_mod_func_uint32_t_u_u((g_61.f0 <= ((*l_25) & 0x9E12F5D4L)), g_201[2]))) , l_722) != (*g_620)), (*l_25))), l_691[2])) != 1UL))), (*l_25))), (*g_253)))))) ^ (*l_25)))
            { /* block id: 248 */
                int64_t *l_723 = &g_308[0][7];
                (*l_697) &= (((*l_723) = 0x32674E124B48C2D4LL) && (safe_div_func_uint8_t_u_u(((g_2 | (safe_rshift_func_int8_t_s_u(l_671, 4))) >= (+g_281)), 5L)));
                if (l_671)
                    continue;
            }
            else
            { /* block id: 252 */
                int16_t l_729 = (-5L);
                int32_t l_730 = 0x56731AADL;
                int32_t l_731 = 0x4519098AL;
                int32_t l_733 = 0x4699061EL;
                int32_t l_734[5][7] = {{0x5321C5A8L,0x5321C5A8L,0x1EFCA98FL,(-10L),2L,0xC96658B1L,(-2L)},{(-10L),0x5321C5A8L,(-1L),0xC96658B1L,0xC96658B1L,(-1L),0x5321C5A8L},{(-1L),(-1L),0x5321C5A8L,1L,2L,0L,(-10L)},{(-1L),(-2L),0xC80AD81CL,0x5321C5A8L,0xC80AD81CL,(-2L),(-1L)},{(-10L),0L,2L,1L,0x5321C5A8L,(-1L),(-1L)}};
                int i, j;
                l_735[2][3][1]++;
                --l_738;
            }
            (*g_391) = func_11((l_741 , &l_686[6][0][0]), &l_690[1][0], &l_26, ((g_742 , g_643) != l_743[0]), (g_308[0][7] = ((+((((*l_17) |= (*l_25)) | (((*l_746) = ((*g_449) , (*g_449))) || (*g_446))) && g_308[5][5])) ^ (-2L))));
        }
        for (g_645.f0 = 0; (g_645.f0 <= 2); g_645.f0 += 1)
        { /* block id: 263 */
            uint8_t *l_754 = &g_147;
            union U2 **l_760[5];
            uint32_t *l_762 = &g_281;
            const int32_t l_764 = 1L;
            int32_t l_772[1][3];
            int32_t l_802 = (-9L);
            int i, j;
            for (i = 0; i < 5; i++)
                l_760[i] = &l_759[2][2][0];
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_772[i][j] = 0x11D72C0CL;
            }
            for (g_73 = 0; (g_73 <= 2); g_73 += 1)
            { /* block id: 266 */
                int32_t *l_748 = (void*)0;
                int32_t *l_749 = &l_691[5];
                (*l_749) |= 0xFA46D5F4L;
            }
            if ((8L & ((safe_mod_func_int32_t_s_s((safe_lshift_func_int8_t_s_u(l_691[(g_645.f0 + 4)], ((*l_754) = 252UL))), g_573.f0)) , ((((safe_mod_func_int32_t_s_s((safe_mod_func_uint16_t_u_u(((((g_761[6] = l_759[2][2][0]) != ((((g_573 , (((*l_762) |= g_100[0][3].f0) ^ (g_645.f1 || 0x6953L))) , l_763) == (void*)0) , &g_464)) == 0xB50E2A63L) , g_573.f1), l_691[(g_645.f0 + 4)])), g_7)) | l_764) , 4294967288UL) , 4294967287UL))))
            { /* block id: 272 */
                int32_t *l_765 = &l_691[6];
                int32_t *l_766 = &l_691[0];
                int32_t *l_767 = &l_691[1];
                int32_t *l_768 = &g_6;
                int32_t *l_769 = &g_573.f0;
                int32_t *l_770 = &l_691[(g_645.f0 + 4)];
                int32_t *l_771[4];
                int32_t l_773[10] = {0x0297096EL,0x0297096EL,0xFBEBE366L,0x2D19130AL,0xFBEBE366L,0x0297096EL,0x0297096EL,0xFBEBE366L,0x2D19130AL,0xFBEBE366L};
                int i;
                for (i = 0; i < 4; i++)
                    l_771[i] = &g_6;
                l_774[0][1]--;
                if ((*g_570))
                    break;
                (**g_421) = (void*)0;
            }
            else
            { /* block id: 276 */
                int16_t l_800[7][9] = {{(-1L),0x0423L,(-1L),0x2914L,1L,1L,0x2914L,(-1L),0x0423L},{1L,(-1L),(-1L),1L,(-5L),0x3DF3L,0x3DF3L,(-5L),1L},{1L,0L,1L,0x3DF3L,0x2914L,(-1L),9L,9L,(-1L)},{(-1L),(-1L),1L,(-1L),(-1L),1L,(-5L),0x3DF3L,0x3DF3L},{(-1L),0x0423L,(-1L),0x3DF3L,(-1L),0x0423L,(-1L),0x2914L,1L},{9L,1L,(-1L),1L,0x2914L,1L,(-1L),1L,9L},{0x0423L,1L,9L,0x2914L,(-5L),(-1L),(-5L),0x2914L,9L}};
                int32_t *l_803 = &g_573.f0;
                int i, j;
                (*l_803) |= (((-3L) != (l_802 ^= (safe_add_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((((safe_sub_func_int8_t_s_s(((((safe_add_func_int8_t_s_s((g_61.f2 || (*g_449)), ((*l_754) = (((((((*g_171) = (**g_421)) != (void*)0) && (l_691[0] == ((g_761[6] = g_761[6]) == ((safe_mod_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_s((safe_mod_func_int64_t_s_s((((safe_mul_func_int8_t_s_s((safe_sub_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(1L, ((safe_sub_func_uint8_t_u_u((g_133[4][1] & 4294967295UL), (**g_82))) , g_799))), g_491.f0)), l_688)) > g_201[2]) > g_645.f1), l_691[(g_645.f0 + 4)])), l_772[0][1])) || l_691[5]), g_742.f0)) , (void*)0)))) > 0x85E7C7BAL) , l_800[3][7]) , 0x5FL)))) && 0xB5L) || l_800[3][7]) , l_671), l_801)) != 0L) <= l_691[(g_645.f0 + 4)]), (*g_253))), 65532UL)))) & l_800[0][2]);
            }
        }
        for (g_18 = 9; (g_18 >= 3); g_18 -= 1)
        { /* block id: 286 */
            int32_t *l_804 = &l_692[2];
            for (g_147 = 0; (g_147 <= 2); g_147 += 1)
            { /* block id: 289 */
                int i;
                if (l_692[g_147])
                    break;
            }
            (*l_804) = (*l_25);
            (*l_804) = ((*l_804) && ((safe_rshift_func_uint8_t_u_s((((*l_25) >= (safe_sub_func_int16_t_s_s((7UL && g_61.f1), g_551[0][7].f0))) | (-5L)), 3)) && (safe_mod_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u((((void*)0 == l_813) ^ ((((0xD923L <= 0L) , 0x23L) && l_801) || l_691[5])), (*l_25))), g_447))));
        }
    }
    for (g_231.f2 = 0; g_231.f2 < 4; g_231.f2 += 1)
    {
        g_201[g_231.f2] = 1L;
    }
    (*l_25) = 0xF6E65438L;
    return (*l_25);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_8(uint32_t  p_9, int32_t * p_10)
{ /* block id: 236 */
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_11(int8_t * p_12, int32_t * p_13, int32_t * p_14, int32_t  p_15, int64_t  p_16)
{ /* block id: 98 */
    int16_t *l_243 = &g_73;
    int16_t **l_242 = &l_243;
    int16_t *l_245 = &g_73;
    int32_t l_248[1][9] = {{0xB6C894F2L,0xB6C894F2L,0xB6C894F2L,0xB6C894F2L,0xB6C894F2L,0xB6C894F2L,0xB6C894F2L,0xB6C894F2L,0xB6C894F2L}};
    int32_t l_254 = (-7L);
    uint8_t *l_262 = &g_147;
    int32_t l_263 = 0x7C92A147L;
    int64_t *l_269 = &g_144;
    union U0 **l_323 = &g_50;
    int16_t l_370[8][7] = {{(-10L),0x0C19L,(-10L),0x7899L,0x0800L,(-7L),0x7899L},{8L,(-9L),(-3L),0x2CC7L,0x26DFL,0L,0L},{0x26DFL,(-10L),0x7AEEL,(-10L),0x26DFL,0L,7L},{0x8C7CL,0L,0x2CC7L,7L,0x0800L,0x0C19L,0x8C7CL},{(-3L),0x8C7CL,0x0C19L,0x0800L,7L,0x2CC7L,0L},{0x8C7CL,7L,0L,0x26DFL,(-10L),0x7AEEL,(-10L)},{0x26DFL,0L,0L,0x26DFL,0x2CC7L,(-3L),(-9L)},{8L,0x7899L,(-7L),0x0800L,0x7899L,0xE79EL,0x7AEEL}};
    int32_t *l_458 = &l_263;
    uint64_t l_488 = 0UL;
    int8_t ***l_499 = &g_66[3];
    int8_t ****l_498[8] = {&l_499,&l_499,&l_499,&l_499,&l_499,&l_499,&l_499,&l_499};
    uint64_t l_589 = 0xACE181971561AE08LL;
    uint64_t l_601 = 6UL;
    uint64_t l_633 = 1UL;
    int16_t l_640 = 0x9C3BL;
    int16_t l_646 = 0L;
    int32_t *l_647 = &g_645.f0;
    uint64_t *l_650 = (void*)0;
    uint64_t *l_651 = &g_457.f0;
    int32_t **l_661 = &l_458;
    int32_t ***l_660 = &l_661;
    int32_t *l_666 = (void*)0;
    int32_t *l_667 = &g_573.f0;
    int64_t l_668 = 0xE8FB78F4C5376B1DLL;
    int i, j;
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_38 g_41 g_49 g_61 g_18 g_50 g_75 g_82 g_47.f1 g_73 g_61.f1 g_6 g_2 g_78 g_100 g_61.f0 g_133 g_137 g_83 g_39.f1 g_139 g_47.f0 g_171 g_61.f2 g_208 g_144
 * writes: g_18 g_38 g_41 g_50 g_66 g_73 g_75 g_61.f0 g_78 g_82 g_133 g_137 g_139 g_147 g_171 g_144
 */
static int32_t * func_19(int32_t * p_20, uint8_t  p_21, int16_t  p_22, int32_t  p_23, const int16_t  p_24)
{ /* block id: 10 */
    uint16_t l_33 = 0x34EAL;
    int8_t *l_36 = &g_18;
    union U0 **l_91 = &g_50;
    int32_t l_94 = (-10L);
    int8_t ***l_98 = &g_66[3];
    uint32_t l_138[10][9][2] = {{{1UL,18446744073709551611UL},{8UL,18446744073709551606UL},{18446744073709551606UL,0x8F69C2BCL},{0x56C2D0C8L,5UL},{0x5129FF95L,0xBE4C4CDAL},{0xBCCD5419L,0x6DC08360L},{0x95B47B8CL,0x764D4139L},{0xBE4C4CDAL,0x8DEFA47EL},{1UL,5UL}},{{0UL,0x66A50E26L},{0x1D411996L,1UL},{1UL,1UL},{0xA6927BAFL,0x5129FF95L},{5UL,0xEA078BFDL},{0xED21B86EL,0x56C2D0C8L},{0x2514AF18L,0x1E3AF264L},{18446744073709551615UL,0xF4FB9E1BL},{0x66A50E26L,0xF4FB9E1BL}},{{18446744073709551615UL,0x1E3AF264L},{0x2514AF18L,0x56C2D0C8L},{0xED21B86EL,0xEA078BFDL},{5UL,0x5129FF95L},{0xA6927BAFL,1UL},{1UL,1UL},{0x1D411996L,0x66A50E26L},{0UL,5UL},{1UL,0x8DEFA47EL}},{{0xBE4C4CDAL,0x764D4139L},{0x95B47B8CL,0x6DC08360L},{0xBCCD5419L,0xBE4C4CDAL},{0x5129FF95L,5UL},{0x56C2D0C8L,0x8F69C2BCL},{18446744073709551606UL,18446744073709551606UL},{8UL,18446744073709551611UL},{1UL,0x2514AF18L},{1UL,1UL}},{{0UL,1UL},{0x8F69C2BCL,1UL},{0x8F69C2BCL,1UL},{0UL,1UL},{1UL,0x2514AF18L},{1UL,18446744073709551611UL},{8UL,18446744073709551606UL},{18446744073709551606UL,0x8F69C2BCL},{0x56C2D0C8L,5UL}},{{0x5129FF95L,0xBE4C4CDAL},{0xBCCD5419L,0x6DC08360L},{0x95B47B8CL,0x764D4139L},{0xBE4C4CDAL,0x8DEFA47EL},{1UL,5UL},{0UL,0x66A50E26L},{0x1D411996L,1UL},{1UL,1UL},{0xA6927BAFL,0x5129FF95L}},{{5UL,0xEA078BFDL},{0xED21B86EL,0x56C2D0C8L},{0x2514AF18L,0x1E3AF264L},{18446744073709551615UL,0xF4FB9E1BL},{0x66A50E26L,0xF4FB9E1BL},{18446744073709551615UL,0x1E3AF264L},{0x2514AF18L,0x56C2D0C8L},{0xED21B86EL,0xEA078BFDL},{5UL,0x5129FF95L}},{{0xA6927BAFL,1UL},{1UL,1UL},{0x1D411996L,0x66A50E26L},{0UL,5UL},{1UL,0x8DEFA47EL},{0xBE4C4CDAL,0x764D4139L},{0x95B47B8CL,0x6DC08360L},{0xBCCD5419L,0xBE4C4CDAL},{0x5129FF95L,5UL}},{{0x56C2D0C8L,0x8F69C2BCL},{18446744073709551606UL,18446744073709551606UL},{8UL,18446744073709551611UL},{1UL,0x2514AF18L},{1UL,1UL},{0UL,1UL},{0x8F69C2BCL,1UL},{0x8F69C2BCL,1UL},{0UL,1UL}},{{1UL,0x2514AF18L},{1UL,18446744073709551611UL},{8UL,18446744073709551606UL},{18446744073709551606UL,0x8F69C2BCL},{0x56C2D0C8L,5UL},{0x5129FF95L,0xBE4C4CDAL},{0xBCCD5419L,0x6DC08360L},{0x95B47B8CL,0x764D4139L},{0xBE4C4CDAL,0x8DEFA47EL}}};
    uint32_t l_220[3][2][8] = {{{0xCCD71523L,0xD5CCFC83L,0x49ECE0AAL,0x49ECE0AAL,0xD5CCFC83L,0x63281A18L,0xD5CCFC83L,0x49ECE0AAL},{0xF7EC8282L,0xD5CCFC83L,0xF7EC8282L,0x63281A18L,0x63281A18L,0xF7EC8282L,0xD5CCFC83L,0xF7EC8282L}},{{0xCCD71523L,0x63281A18L,0x49ECE0AAL,0x63281A18L,0xCCD71523L,0xCCD71523L,0x63281A18L,0x49ECE0AAL},{0xCCD71523L,0xCCD71523L,0x63281A18L,0x49ECE0AAL,0x63281A18L,0xCCD71523L,0xCCD71523L,0x63281A18L}},{{0xF7EC8282L,0x63281A18L,0x63281A18L,0xF7EC8282L,0xD5CCFC83L,0xF7EC8282L,0x63281A18L,0x63281A18L},{0x63281A18L,0xD5CCFC83L,0x49ECE0AAL,0x49ECE0AAL,0xD5CCFC83L,0x63281A18L,0xD5CCFC83L,0x49ECE0AAL}}};
    int32_t **l_227 = (void*)0;
    int32_t *l_229 = &g_139;
    int i, j, k;
    for (p_22 = 0; (p_22 < (-9)); p_22--)
    { /* block id: 13 */
        int8_t *l_34 = &g_18;
        int8_t **l_35 = &l_34;
        int8_t *l_37 = &g_18;
        int32_t l_71 = 0x503401FFL;
        int32_t *l_101 = (void*)0;
        uint16_t *l_118 = &l_33;
        uint16_t *l_136 = &g_137;
        uint16_t l_185 = 65535UL;
        l_33 &= (0x01D9L < (safe_lshift_func_uint16_t_u_s((0x08L | g_7), 13)));
        if (((((*l_35) = l_34) != (l_36 = l_36)) & ((*l_37) = l_33)))
        { /* block id: 18 */
            int32_t *l_40 = (void*)0;
            union U0 **l_60 = &g_50;
            int8_t **l_65 = &l_37;
            int8_t ** const l_68[2] = {&l_34,&l_34};
            uint16_t l_70 = 0UL;
            int i;
            g_38 = g_38;
            g_41++;
            for (l_33 = 0; (l_33 != 26); ++l_33)
            { /* block id: 23 */
                union U0 *l_46 = &g_47;
                union U0 **l_48 = (void*)0;
                int8_t ***l_64 = (void*)0;
                int32_t l_69 = (-1L);
                int16_t *l_72 = &g_73;
                int16_t *l_74 = &g_75;
                int32_t *l_76 = &g_61.f0;
                (*g_49) = l_46;
                (*l_76) = (safe_add_func_uint16_t_u_u((~p_23), ((safe_rshift_func_uint16_t_u_s((&p_23 == ((safe_div_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_s((&g_50 == l_60), (((g_61 , 0x18E6L) > (((*l_74) |= ((*l_72) = ((((safe_lshift_func_int16_t_s_s(g_18, (((((g_66[3] = (l_65 = &l_37)) == (p_21 , l_68[1])) & 1UL) != l_69) || l_70))) > l_71) , g_50) == g_38))) | 0x811EL)) ^ p_23))) == g_7), l_69)) , &p_23)), p_24)) | l_69)));
            }
        }
        else
        { /* block id: 31 */
            int32_t **l_79 = &g_78;
            int8_t * const *l_89[9][1][6] = {{{&g_67,&l_37,&l_34,&l_34,&l_34,&l_34}},{{(void*)0,&g_67,(void*)0,&l_36,&l_37,&l_36}},{{&l_36,&l_36,&g_67,(void*)0,&g_67,&l_37}},{{&l_36,&l_37,&g_67,(void*)0,&l_37,&l_36}},{{&l_36,&l_34,&l_34,&l_36,&l_36,&l_34}},{{(void*)0,(void*)0,(void*)0,&l_34,&l_36,&l_36}},{{&g_67,&g_67,&l_36,&g_67,(void*)0,(void*)0}},{{&l_34,&g_67,&l_36,&l_34,(void*)0,&l_36}},{{&l_34,&l_34,(void*)0,&g_67,(void*)0,&l_34}}};
            int32_t l_95 = 0x2F72762BL;
            int32_t **l_109 = &l_101;
            int i, j, k;
            (*l_79) = &g_2;
            for (l_33 = 5; (l_33 >= 48); l_33 = safe_add_func_uint8_t_u_u(l_33, 3))
            { /* block id: 35 */
                const int8_t ***l_84 = &g_82;
                int32_t l_90[9] = {0x69B762B0L,4L,4L,0x69B762B0L,4L,4L,0x69B762B0L,4L,4L};
                int16_t *l_102 = &g_73;
                int32_t *l_103 = (void*)0;
                int32_t *l_104 = &g_61.f0;
                int i;
                l_95 = (p_23 | ((((*l_84) = g_82) != &l_34) > (l_94 = ((safe_sub_func_int64_t_s_s(((((p_22 <= ((((safe_rshift_func_uint8_t_u_u(((l_90[4] = ((void*)0 == l_89[1][0][2])) | ((l_91 == ((p_23 | ((safe_add_func_uint16_t_u_u(g_47.f1, g_73)) >= g_61.f1)) , (void*)0)) ^ p_22)), p_23)) , p_24) , g_6) != 0xC19ED05CE631D611LL)) <= p_23) , l_90[4]) ^ (*p_20)), p_22)) == g_2))));
                (*l_104) &= (((**l_79) == 4294967295UL) < (safe_sub_func_uint8_t_u_u((l_98 == ((p_24 == (~(g_100[0][3] , l_90[4]))) , l_84)), (((l_101 = (void*)0) != (((void*)0 == l_102) , &p_23)) ^ p_23))));
                (*l_104) &= ((**l_79) < (safe_sub_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(p_24, p_24)), p_23)));
            }
            (*l_109) = ((*l_79) = &p_23);
        }
        if ((safe_div_func_uint64_t_u_u(((safe_sub_func_uint64_t_u_u((safe_add_func_uint16_t_u_u((++(*l_118)), 0x8580L)), l_94)) & ((safe_mul_func_uint16_t_u_u((g_139 ^= (safe_add_func_int32_t_s_s((safe_add_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s(0xB4L, 0x8EL)) & ((safe_mod_func_uint16_t_u_u(g_61.f1, ((*l_136) ^= (safe_sub_func_int64_t_s_s((g_133[4][1] &= (-1L)), (safe_lshift_func_uint16_t_u_s(l_94, 10))))))) & (*g_83))) >= (g_39.f1 || 1L)), 5L)), l_138[3][4][0]))), l_94)) != l_94)), 0x805FA10622CD61D1LL)))
        { /* block id: 51 */
            int8_t l_142[2];
            int32_t l_145 = 6L;
            int i;
            for (i = 0; i < 2; i++)
                l_142[i] = 0xD9L;
            (*l_91) = (void*)0;
            if (l_138[9][0][0])
                continue;
            for (g_75 = (-28); (g_75 <= (-10)); g_75 = safe_add_func_int32_t_s_s(g_75, 8))
            { /* block id: 56 */
                int64_t *l_143[6] = {&g_144,&g_144,&g_144,&g_144,&g_144,&g_144};
                uint8_t *l_146 = &g_147;
                int32_t *l_148 = &g_139;
                int i;
                (*l_148) = (((void*)0 == &g_50) <= (l_142[1] || ((*l_146) = ((l_145 = 0xF097456AEA00BF5FLL) || l_33))));
                if ((*p_20))
                    break;
                if ((*l_148))
                    break;
            }
            l_101 = (void*)0;
        }
        else
        { /* block id: 64 */
            int16_t *l_155 = &g_73;
            union U0 ***l_170[4][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_91,&l_91,&l_91,&l_91,&l_91},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_91,&l_91,&l_91,&l_91,&l_91}};
            int32_t l_172 = 0xDE3320B1L;
            union U0 ****l_190 = &l_170[2][4];
            int64_t *l_193[7][4] = {{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144},{&g_144,&g_144,&g_144,&g_144}};
            int8_t ***l_202 = &g_66[3];
            int i, j;
            p_23 = (safe_mul_func_uint16_t_u_u(((4294967287UL != ((void*)0 != (*g_49))) | (safe_div_func_uint32_t_u_u((((safe_mod_func_uint32_t_u_u((((*l_155) = 0xCE80L) || (safe_add_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((p_23 <= (safe_rshift_func_int16_t_s_u(((g_75 || (safe_sub_func_int64_t_s_s((+(safe_div_func_uint64_t_u_u(0x78B811774B49123FLL, g_18))), (safe_unary_minus_func_int16_t_s((-10L)))))) >= p_24), 6))) & 7L), 4)), g_61.f1))), g_47.f0)) , g_7) <= l_94), p_22))), p_21));
            g_171 = &g_50;
            l_172 ^= (*p_20);
            if ((safe_add_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(((safe_rshift_func_int8_t_s_u((safe_add_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((p_22 || (-1L)), ((l_185 >= ((*l_155) ^= (safe_add_func_int64_t_s_s((g_144 = (safe_mod_func_uint64_t_u_u(((&l_91 != ((*l_190) = (void*)0)) | ((safe_add_func_uint64_t_u_u(((*g_49) != (p_21 , (*g_171))), p_21)) == l_172)), p_22))), 0L)))) > 0xE16AL))), p_22)) , g_133[4][5]), 1UL)), 2)) & 0x8D19A333L), p_23)), 0x990DL)))
            { /* block id: 72 */
                int32_t **l_194 = &g_78;
                int8_t * const l_200 = &g_201[2];
                int8_t * const *l_199 = &l_200;
                int8_t * const **l_198 = &l_199;
                int8_t * const ***l_197 = &l_198;
                (*l_194) = &p_23;
                (*g_78) = (safe_lshift_func_uint8_t_u_s(p_23, ((*l_36) ^= (((*l_197) = (void*)0) == l_202))));
            }
            else
            { /* block id: 77 */
                union U0 ****l_207[2][3];
                int32_t *l_221 = &g_139;
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_207[i][j] = (void*)0;
                }
                l_94 = ((((&l_71 == &l_71) > (safe_lshift_func_int8_t_s_u((p_23 <= (!((((!(g_61.f2 != l_138[2][2][0])) && (l_207[0][1] == g_208)) != (safe_sub_func_uint64_t_u_u(((safe_add_func_uint8_t_u_u((((safe_mod_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((*l_136) = ((*l_118) ^= 0x9D1AL)), ((safe_sub_func_uint8_t_u_u(p_24, p_22)) && l_220[0][1][2]))), g_75)) ^ p_23) > l_172), 0x08L)) , 0x077A4E5EF4969E89LL), p_22))) , l_172))), 5))) | 65535UL) ^ 0x38DDL);
                (*l_221) |= (-1L);
            }
        }
        for (p_23 = 0; (p_23 != 20); p_23 = safe_add_func_int32_t_s_s(p_23, 4))
        { /* block id: 86 */
            int32_t *l_224 = &g_61.f0;
            return l_224;
        }
    }
    for (g_144 = (-2); (g_144 >= 4); g_144++)
    { /* block id: 92 */
        p_23 = 0xD96C67E9L;
    }
    p_20 = &l_94;
    return l_229;
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_39.f0, "g_39.f0", print_hash_value);
    transparent_crc(g_39.f1, "g_39.f1", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_47.f0, "g_47.f0", print_hash_value);
    transparent_crc(g_47.f1, "g_47.f1", print_hash_value);
    transparent_crc(g_61.f0, "g_61.f0", print_hash_value);
    transparent_crc(g_61.f1, "g_61.f1", print_hash_value);
    transparent_crc(g_61.f2, "g_61.f2", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_100[i][j].f0, "g_100[i][j].f0", print_hash_value);
            transparent_crc(g_100[i][j].f1, "g_100[i][j].f1", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_133[i][j], "g_133[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_201[i], "g_201[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_231.f0, "g_231.f0", print_hash_value);
    transparent_crc(g_231.f1, "g_231.f1", print_hash_value);
    transparent_crc(g_231.f2, "g_231.f2", print_hash_value);
    transparent_crc(g_251.f0, "g_251.f0", print_hash_value);
    transparent_crc(g_261.f0, "g_261.f0", print_hash_value);
    transparent_crc(g_281, "g_281", print_hash_value);
    transparent_crc(g_292.f0, "g_292.f0", print_hash_value);
    transparent_crc(g_292.f1, "g_292.f1", print_hash_value);
    transparent_crc(g_292.f2, "g_292.f2", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_308[i][j], "g_308[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_313.f0, "g_313.f0", print_hash_value);
    transparent_crc(g_334, "g_334", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_353[i][j][k].f0, "g_353[i][j][k].f0", print_hash_value);
                transparent_crc(g_353[i][j][k].f1, "g_353[i][j][k].f1", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_445, "g_445", print_hash_value);
    transparent_crc(g_447, "g_447", print_hash_value);
    transparent_crc(g_457.f0, "g_457.f0", print_hash_value);
    transparent_crc(g_457.f1, "g_457.f1", print_hash_value);
    transparent_crc(g_464.f0, "g_464.f0", print_hash_value);
    transparent_crc(g_491.f0, "g_491.f0", print_hash_value);
    transparent_crc(g_491.f1, "g_491.f1", print_hash_value);
    transparent_crc(g_543.f0, "g_543.f0", print_hash_value);
    transparent_crc(g_543.f1, "g_543.f1", print_hash_value);
    transparent_crc(g_543.f2, "g_543.f2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_551[i][j].f0, "g_551[i][j].f0", print_hash_value);
            transparent_crc(g_551[i][j].f1, "g_551[i][j].f1", print_hash_value);
            transparent_crc(g_551[i][j].f2, "g_551[i][j].f2", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_573.f0, "g_573.f0", print_hash_value);
    transparent_crc(g_573.f1, "g_573.f1", print_hash_value);
    transparent_crc(g_573.f2, "g_573.f2", print_hash_value);
    transparent_crc(g_645.f0, "g_645.f0", print_hash_value);
    transparent_crc(g_645.f1, "g_645.f1", print_hash_value);
    transparent_crc(g_645.f2, "g_645.f2", print_hash_value);
    transparent_crc(g_674, "g_674", print_hash_value);
    transparent_crc(g_714.f0, "g_714.f0", print_hash_value);
    transparent_crc(g_714.f1, "g_714.f1", print_hash_value);
    transparent_crc(g_742.f0, "g_742.f0", print_hash_value);
    transparent_crc(g_742.f1, "g_742.f1", print_hash_value);
    transparent_crc(g_799, "g_799", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 186
XXX total union variables: 15

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 1
XXX structs with bitfields in the program: 7
breakdown:
   indirect level: 0, occurrence: 4
   indirect level: 1, occurrence: 3
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 72
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 6
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 37
breakdown:
   depth: 1, occurrence: 72
   depth: 2, occurrence: 14
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 7, occurrence: 2
   depth: 13, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 2
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 37, occurrence: 1

XXX total number of pointers: 216

XXX times a variable address is taken: 480
XXX times a pointer is dereferenced on RHS: 92
breakdown:
   depth: 1, occurrence: 82
   depth: 2, occurrence: 10
XXX times a pointer is dereferenced on LHS: 99
breakdown:
   depth: 1, occurrence: 96
   depth: 2, occurrence: 3
XXX times a pointer is compared with null: 11
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 3352

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 556
   level: 2, occurrence: 30
   level: 3, occurrence: 5
   level: 4, occurrence: 5
XXX number of pointers point to pointers: 74
XXX number of pointers point to scalars: 131
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26.9
XXX average alias set size: 1.32

XXX times a non-volatile is read: 566
XXX times a non-volatile is write: 283
XXX times a volatile is read: 34
XXX    times read thru a pointer: 2
XXX times a volatile is write: 6
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 2.84e+03
XXX percentage of non-volatile access: 95.5

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 68
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 10
   depth: 1, occurrence: 8
   depth: 2, occurrence: 24
   depth: 3, occurrence: 26

XXX percentage a fresh-made variable is used: 14.5
XXX percentage an existing variable is used: 85.5
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

