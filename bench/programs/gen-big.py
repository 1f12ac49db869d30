#!/usr/bin/env python3
"""Writes a large C guest program for the limits benchmark (issue 9 item 5): N functions that each do a
little integer work and call the next, plus a main that sums them, so the whole-program IR runs to
hundreds of thousands of lines. Usage: gen-big.py N > big.c"""
import sys
n = int(sys.argv[1])
print('#include "zisk.h"')
print("static unsigned long acc;")
for i in range(n):
    print(f"__attribute__((noinline)) unsigned long f{i}(unsigned long x, unsigned y) {{")
    print(f"  unsigned long t = x * {i * 2654435761 % 1000003 + 3}u + y;")
    print(f"  for (unsigned k = 0; k < (y & 3); k++) t ^= (t >> {i % 13 + 1}) + k;")
    print(f"  switch ((t >> 3) & 7) {{ case 0: t += {i}; break; case 1: t -= y; break; case 2: t *= 3; break; case 3: t ^= 0x{i:x}; break; default: t += x; }}")
    print(f"  if (t & 1) acc += t; else acc ^= t >> 1;")
    print(f"  return t + (unsigned long)y * {i + 1};")
    print("}")
print("int main(void) {")
print("  unsigned long s = 1;")
for i in range(n):
    print(f"  s = f{i}(s, {i % 7});")
print("  return (int)(s ^ acc);")
print("}")
