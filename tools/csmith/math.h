/* math.h - Csmith's --float programs include <math.h>, which a freestanding guest does not have;
 * the only functions they use, fabs and fabsf (in safe_math.h's float wrappers), csmith.h maps to
 * the compiler's builtins. Found first on the include path (-I tools/csmith), host and guest alike. */
#ifndef CSMITH_MATH_H
#define CSMITH_MATH_H
#endif
