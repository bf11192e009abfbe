// Brent's method (R. P. Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4):
// a root of a continuous function inside a bracket where it changes sign. It keeps the bracket
// of bisection, so it always converges, and takes inverse quadratic or secant steps where they
// behave, so it converges about as fast as Newton's method on smooth functions.

/**
 * A root of `f` in [a, b], where f(a) and f(b) have opposite signs (or one is zero), to within
 * 4·ε·|x| + `tolerance`. Throws a RangeError when the ends do not bracket a root.
 * @example brentRoot((x) => x * x - 2, 0, 2) // 1.4142135623730951
 */
export function brentRoot(f: (x: number) => number, a: number, b: number, tolerance = 1e-15, maxIterations = 200): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Math.sign(fa) === Math.sign(fb)) throw new RangeError(`f(${a}) and f(${b}) have the same sign: [${a}, ${b}] does not bracket a root.`);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < maxIterations; i++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 4 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: secant when a = c, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}
