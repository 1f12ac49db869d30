/* nbody.c - a floating-point example: five bodies (the Sun and the four giant planets) moving under
 * gravity, integrated in double precision for N steps (the input's first u64, 1000 without input),
 * the system's energy printed before and after as 9-decimal fixed point. Soft float in both routes
 * (runtime/riscv/softfloat.c; sqrt is the runtime's correctly rounded one). Build:
 *   clang-22 --target=riscv64-unknown-elf -march=rv64ima -mabi=lp64 -mcmodel=medany -O2 \
 *     -ffreestanding -nostdlib -Iruntime/include -emit-llvm -c examples/nbody.c -o nbody.bc
 *   ./zisk-llc compare nbody.bc */
#include <stdint.h>
#include "zisk.h"

double sqrt(double);

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24

struct body { double x, y, z, vx, vy, vz, mass; };

static struct body bodies[5] = {
    { 0, 0, 0, 0, 0, 0, SOLAR_MASS },
    { 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
      -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS },
    { 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
      2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS },
    { 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
      -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS },
    { 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
      -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS },
};

static void advance(double dt)
{
    for (int i = 0; i < 5; i++)
        for (int j = i + 1; j < 5; j++)
        {
            struct body *a = &bodies[i], *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            a->vx -= dx * b->mass * mag; a->vy -= dy * b->mass * mag; a->vz -= dz * b->mass * mag;
            b->vx += dx * a->mass * mag; b->vy += dy * a->mass * mag; b->vz += dz * a->mass * mag;
        }
    for (int i = 0; i < 5; i++)
    {
        bodies[i].x += dt * bodies[i].vx; bodies[i].y += dt * bodies[i].vy; bodies[i].z += dt * bodies[i].vz;
    }
}

static double energy(void)
{
    double e = 0;
    for (int i = 0; i < 5; i++)
    {
        struct body *a = &bodies[i];
        e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
        for (int j = i + 1; j < 5; j++)
        {
            struct body *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            e -= a->mass * b->mass / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

/* x with 9 decimals, as printf("%.9f") would print it (rounded half away from zero). */
static void print_fixed(double x)
{
    if (x < 0) { zisk_putchar('-'); x = -x; }
    uint64_t scaled = (uint64_t)(x * 1e9 + 0.5), ip = scaled / 1000000000u, fp = scaled % 1000000000u;
    char buf[24];
    int n = 0;
    do { buf[n++] = (char)('0' + ip % 10); ip /= 10; } while (ip);
    while (n) zisk_putchar(buf[--n]);
    zisk_putchar('.');
    for (uint64_t d = 100000000u; d; d /= 10) zisk_putchar((char)('0' + fp / d % 10));
    zisk_putchar('\n');
}

int main(void)
{
    uint64_t len = 0;
    const uint8_t *in = zisk_input(&len);
    uint64_t n = 1000;
    if (len >= 8) { n = 0; for (int i = 7; i >= 0; i--) n = n << 8 | in[i]; }
    double px = 0, py = 0, pz = 0;   /* offset the Sun's momentum */
    for (int i = 0; i < 5; i++) { px += bodies[i].vx * bodies[i].mass; py += bodies[i].vy * bodies[i].mass; pz += bodies[i].vz * bodies[i].mass; }
    bodies[0].vx = -px / SOLAR_MASS; bodies[0].vy = -py / SOLAR_MASS; bodies[0].vz = -pz / SOLAR_MASS;
    print_fixed(energy());
    for (uint64_t k = 0; k < n; k++) advance(0.01);
    double e = energy();
    print_fixed(e);
    union { double d; uint64_t u; } bits = { e };
    zisk_set_output(1, (uint32_t)bits.u);
    zisk_set_output(2, (uint32_t)(bits.u >> 32));
    return 0;
}
