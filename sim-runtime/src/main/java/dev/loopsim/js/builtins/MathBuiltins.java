package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * The Math object (ECMA-262 §21.3). Results match V8 bit for bit: StrictMath (fdlibm) where V8 also
 * runs fdlibm, and ports of V8's base/ieee754.cc where V8's code differs (exp, cosh, sinh, tanh, cbrt,
 * pow, log2, and the inverse hyperbolic functions the JDK lacks).
 */
public final class MathBuiltins {
    private MathBuiltins() {}

    /** Seed of Math.random in a bare engine; a Node host draws from the simulation's seed instead. */
    static final long RANDOM_SEED = 0x5EED_1005L;

    /** ECMA-262 §21.3.2.27 Math.random, answering with {@code numbers} (the simulation's seeded stream). */
    public static void useRandom(Realm realm, java.util.function.DoubleSupplier numbers) {
        JsObject math = (JsObject) realm.globalObject.get("Math");
        realm.method(math, "random", 0, (t, a, n) -> numbers.getAsDouble());
    }

    public static void install(Realm realm) {
        JsObject math = realm.newObject();
        realm.globalObject.defineOwn("Math", math, Property.HIDDEN);
        math.defineOwn("E", Math.E, 0);
        math.defineOwn("LN10", 2.302585092994046, 0);
        math.defineOwn("LN2", 0.6931471805599453, 0);
        math.defineOwn("LOG10E", 0.4342944819032518, 0);
        math.defineOwn("LOG2E", 1.4426950408889634, 0);
        math.defineOwn("PI", Math.PI, 0);
        math.defineOwn("SQRT1_2", 0.7071067811865476, 0);
        math.defineOwn("SQRT2", 1.4142135623730951, 0);
        math.defineOwn(JsSymbol.TO_STRING_TAG, "Math", Property.CONFIGURABLE);

        unary(realm, math, "abs", Math::abs);
        unary(realm, math, "acos", StrictMath::acos);
        unary(realm, math, "acosh", MathBuiltins::acosh);
        unary(realm, math, "asin", StrictMath::asin);
        unary(realm, math, "asinh", MathBuiltins::asinh);
        unary(realm, math, "atan", StrictMath::atan);
        unary(realm, math, "atanh", MathBuiltins::atanh);
        realm.method(math, "atan2", 2, (t, a, n) -> {
            double y = number(realm, a, 0);
            double x = number(realm, a, 1);
            return StrictMath.atan2(y, x);
        });
        unary(realm, math, "cbrt", MathBuiltins::cbrt);
        unary(realm, math, "ceil", Math::ceil);
        realm.method(math, "clz32", 1, (t, a, n) ->
                (double) Integer.numberOfLeadingZeros(Operations.toInt32(number(realm, a, 0))));
        unary(realm, math, "cos", StrictMath::cos);
        unary(realm, math, "cosh", MathBuiltins::cosh);
        unary(realm, math, "exp", MathBuiltins::exp);
        unary(realm, math, "expm1", StrictMath::expm1);
        unary(realm, math, "floor", Math::floor);
        unary(realm, math, "fround", x -> (double) (float) x);
        realm.method(math, "hypot", 2, (t, a, n) -> hypot(realm, a));
        realm.method(math, "imul", 2, (t, a, n) -> {
            int x = Operations.toInt32(number(realm, a, 0));
            int y = Operations.toInt32(number(realm, a, 1));
            return (double) (x * y);
        });
        unary(realm, math, "log", StrictMath::log);
        unary(realm, math, "log1p", StrictMath::log1p);
        unary(realm, math, "log10", StrictMath::log10);
        unary(realm, math, "log2", MathBuiltins::log2);
        realm.method(math, "max", 2, (t, a, n) -> maxOrMin(realm, a, true));
        realm.method(math, "min", 2, (t, a, n) -> maxOrMin(realm, a, false));
        realm.method(math, "pow", 2, (t, a, n) -> {
            double base = number(realm, a, 0);
            double exponent = number(realm, a, 1);
            return pow(base, exponent);
        });
        useRandom(realm, new SplittableRandom(RANDOM_SEED)::nextDouble);
        unary(realm, math, "round", MathBuiltins::round);
        unary(realm, math, "sign", x -> Double.isNaN(x) || x == 0 ? x : Math.signum(x));
        unary(realm, math, "sin", StrictMath::sin);
        unary(realm, math, "sinh", MathBuiltins::sinh);
        unary(realm, math, "sqrt", Math::sqrt);
        unary(realm, math, "tan", StrictMath::tan);
        unary(realm, math, "tanh", MathBuiltins::tanh);
        unary(
                realm,
                math,
                "trunc",
                x -> Double.isNaN(x) || Double.isInfinite(x) ? x : x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    private static double number(Realm realm, Object[] args, int i) {
        return Operations.toNumber(realm, CoreBuiltins.arg(args, i));
    }

    private static void unary(Realm realm, JsObject math, String name, DoubleUnaryOperator f) {
        realm.method(math, name, 1, (t, a, n) -> f.applyAsDouble(number(realm, a, 0)));
    }

    // ECMA-262 §21.3.2.24 Math.max / §21.3.2.25 Math.min: every argument is converted before NaN wins
    private static double maxOrMin(Realm realm, Object[] args, boolean max) {
        double[] values = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = Operations.toNumber(realm, args[i]);
        }
        double result = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            result = max ? Math.max(result, v) : Math.min(result, v);
        }
        return result;
    }

    // ECMA-262 §21.3.2.18 Math.hypot, summed as V8 does (scaled by the largest, Kahan-compensated)
    private static double hypot(Realm realm, Object[] args) {
        double[] abs = new double[args.length];
        double max = 0;
        boolean sawNaN = false;
        for (int i = 0; i < args.length; i++) {
            abs[i] = Math.abs(Operations.toNumber(realm, args[i]));
            if (Double.isNaN(abs[i])) {
                sawNaN = true;
            } else if (abs[i] > max) {
                max = abs[i];
            }
        }
        if (max == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (sawNaN) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0.0;
        }
        double sum = 0;
        double compensation = 0;
        for (double v : abs) {
            double scaled = v / max;
            double summand = scaled * scaled - compensation;
            double preliminary = sum + summand;
            compensation = (preliminary - sum) - summand;
            sum = preliminary;
        }
        return Math.sqrt(sum) * max;
    }

    // ECMA-262 §21.3.2.28 Math.round: ties toward +Infinity, keeping -0
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == Math.floor(x)) {
            return x;
        }
        if (x > 0 && x < 0.5) {
            return 0.0;
        }
        if (x < 0 && x >= -0.5) {
            return -0.0;
        }
        double floor = Math.floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withLow(double x, int low) {
        long bits = Double.doubleToRawLongBits(x);
        return Double.longBitsToDouble((bits & 0xFFFF_FFFF_0000_0000L) | (low & 0xFFFF_FFFFL));
    }

    private static double withHigh(double x, int high) {
        long bits = Double.doubleToRawLongBits(x);
        return Double.longBitsToDouble(((long) high << 32) | (bits & 0xFFFF_FFFFL));
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /** fdlibm e_exp.c, except that exp(1) is exactly Math.E, as V8 special-cases it. */
    static double exp(double x) {
        return x == 1.0 ? Math.E : StrictMath.exp(x);
    }

    /** V8's ieee754::cosh (fdlibm e_cosh.c over V8's exp). */
    static double cosh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x3fd62e43) {
            double t = StrictMath.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) {
            return 0.5 * exp(Math.abs(x));
        }
        if (Math.abs(x) <= 710.4758600739439) {
            double w = exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** fdlibm e_acosh.c. */
    static double acosh(double x) {
        int hx = high(x);
        if (hx < 0x3ff00000) {
            return (x - x) / (x - x);
        } else if (hx >= 0x41b00000) {
            if (hx >= 0x7ff00000) {
                return x + x;
            }
            return StrictMath.log(x) + LN2;
        } else if (((hx - 0x3ff00000) | low(x)) == 0) {
            return 0.0;
        } else if (hx > 0x40000000) {
            double t = x * x;
            return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        } else {
            double t = x - 1.0;
            return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
    }

    /** fdlibm s_asinh.c. */
    static double asinh(double x) {
        int hx = high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        if (ix < 0x3e300000) {
            if (1e300 + x > 1.0) {
                return x;
            }
        }
        double w;
        if (ix > 0x41b00000) {
            w = StrictMath.log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) {
            double t = Math.abs(x);
            w = StrictMath.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else {
            double t = x * x;
            w = StrictMath.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    /** fdlibm e_atanh.c. */
    static double atanh(double x) {
        int hx = high(x);
        int lx = low(x);
        int ix = hx & 0x7fffffff;
        if ((ix | ((lx | (-lx)) >>> 31)) > 0x3ff00000) {
            return (x - x) / (x - x);
        }
        if (ix == 0x3ff00000) {
            return x / 0.0;
        }
        if (ix < 0x3e300000 && (1e300 + x) > 0.0) {
            return x;
        }
        x = withHigh(x, ix);
        double t;
        if (ix < 0x3fe00000) {
            t = x + x;
            t = 0.5 * StrictMath.log1p(t + t * x / (1.0 - x));
        } else {
            t = 0.5 * StrictMath.log1p((x + x) / (1.0 - x));
        }
        return hx >= 0 ? t : -t;
    }

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private static double kLog1p(double f) {
        double s = f / (2.0 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        double hfsq = 0.5 * f * f;
        return s * (hfsq + r);
    }

    /** FreeBSD msun e_log2.c, which V8's ieee754::log2 ports. */
    static double log2(double x) {
        final double two54 = 1.80143985094819840000e+16;
        final double ivln2hi = 1.44269504072144627571e+00;
        final double ivln2lo = 1.67517131648865118353e-10;
        int hx = high(x);
        int lx = low(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= two54;
            hx = high(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (hx == 0x3ff00000 && low(x) == 0) {
            return 0.0;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHigh(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double y = k;
        double f = x - 1.0;
        double hfsq = 0.5 * f * f;
        double r = kLog1p(f);
        double hi = withLow(f - hfsq, 0);
        double lo = (f - hi) - hfsq + r;
        double valHi = hi * ivln2hi;
        double valLo = (lo + hi) * ivln2lo + lo * ivln2hi;
        double w = y + valHi;
        valLo += (y - w) + valHi;
        valHi = w;
        return valLo + valHi;
    }

    /** V8's ieee754::sinh. */
    static double sinh(double x) {
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 3.725290298461914e-9) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            if (ax < 1) {
                return h * (2 * t - t * t / (t + 1));
            }
            return h * (t + t / (t + 1));
        }
        if (ax < 709.7822265625) {
            return h * exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    /** V8's ieee754::tanh: returns x itself below 2^-28. */
    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) {
                return x;
            }
            if (ix >= 0x3ff00000) {
                double t = StrictMath.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = StrictMath.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return jx >= 0 ? z : -z;
    }

    /** FreeBSD msun s_cbrt.c, as V8's ieee754::cbrt. */
    static double cbrt(double x) {
        final int b1 = 715094163;
        final int b2 = 696219795;
        final double p0 = 1.87595182427177009643;
        final double p1 = -1.88497979543377169875;
        final double p2 = 1.621429720105354466140;
        final double p3 = -0.758397934778766047437;
        final double p4 = 0.145996192886612446982;
        int hx = high(x);
        int lowWord = low(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        double t;
        if (hx < 0x00100000) {
            if ((hx | lowWord) == 0) {
                return x;
            }
            t = 0x1p54 * x;
            int h = high(t);
            t = words(sign | (Integer.divideUnsigned(h & 0x7fffffff, 3) + b2), 0);
        } else {
            t = words(sign | (Integer.divideUnsigned(hx, 3) + b1), 0);
        }
        double r = (t * t) * (t / x);
        t = t * ((p0 + r * (p1 + r * p2)) + ((r * r) * r) * (p3 + r * p4));
        long bits = (Double.doubleToRawLongBits(t) + 0x80000000L) & 0xFFFFFFFFC0000000L;
        t = Double.longBitsToDouble(bits);
        double s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        return t + t * r;
    }

    private static double words(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFF_FFFFL));
    }

    /** V8's ieee754::legacy::pow (fdlibm e_pow.c), which both Math.pow and the ** operator use. */
    public static double pow(double x, double y) {
        final double[] bp = {1.0, 1.5};
        final double[] dpH = {0.0, 5.84962487220764160156e-01};
        final double[] dpL = {0.0, 1.35003920212974897128e-08};
        final double two53 = 9007199254740992.0;
        final double huge = 1.0e300;
        final double tiny = 1.0e-300;
        final double l1 = 5.99999999999994648725e-01;
        final double l2 = 4.28571428578550184252e-01;
        final double l3 = 3.33333329818377432918e-01;
        final double l4 = 2.72728123808534006489e-01;
        final double l5 = 2.30660745775561754067e-01;
        final double l6 = 2.06975017800338417784e-01;
        final double q1 = 1.66666666666666019037e-01;
        final double q2 = -2.77777777770155933842e-03;
        final double q3 = 6.61375632143793436117e-05;
        final double q4 = -1.65339022054652515390e-06;
        final double q5 = 4.13813679705723846039e-08;
        final double lg2 = 6.93147180559945286227e-01;
        final double lg2H = 6.93147182464599609375e-01;
        final double lg2L = -1.90465429995776804525e-09;
        final double ovt = 8.0085662595372944372e-0017;
        final double cp = 9.61796693925975554329e-01;
        final double cpH = 9.61796700954437255859e-01;
        final double cpL = -7.02846165095275826516e-09;
        final double ivln2 = 1.44269504088896338700e+00;
        final double ivln2H = 1.44269502162933349609e+00;
        final double ivln2L = 1.92596299112661746887e-08;

        int hx = high(x);
        int lx = low(x);
        int hy = high(y);
        int ly = low(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        if ((iy | ly) == 0) {
            return 1.0;
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
            return x + y;
        }
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }
        if (ly == 0) {
            if (iy == 0x7ff00000) {
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y;
                } else if (ix >= 0x3ff00000) {
                    return hy >= 0 ? y : 0.0;
                } else {
                    return hy < 0 ? -y : 0.0;
                }
            }
            if (iy == 0x3ff00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3fe00000 && hx >= 0) {
                return Math.sqrt(x);
            }
        }
        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
            double z = ax;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yisint) == 0) {
                    z = Double.NaN;
                } else if (yisint == 1) {
                    z = -z;
                }
            }
            return z;
        }
        int n = (hx >> 31) + 1;
        if ((n | yisint) == 0) {
            return Double.NaN;
        }
        double s = 1.0;
        if ((n | (yisint - 1)) == 0) {
            s = -1.0;
        }
        double t1;
        double t2;
        if (iy > 0x41e00000) {
            if (iy > 0x43f00000) {
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? huge * huge : tiny * tiny;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? huge * huge : tiny * tiny;
                }
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * huge * huge : s * tiny * tiny;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * huge * huge : s * tiny * tiny;
            }
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = ivln2H * t;
            double v = t * ivln2L - w * ivln2;
            t1 = withLow(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {
                ax *= two53;
                n -= 53;
                ix = high(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) {
                k = 0;
            } else if (j < 0xBB67A) {
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHigh(ax, ix);
            double u = ax - bp[k];
            double v = 1.0 / (ax + bp[k]);
            double ss = u * v;
            double sH = withLow(ss, 0);
            double tH = words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - bp[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLow(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLow(u + v, 0);
            double pL = v - (pH - u);
            double zH = cpH * pH;
            double zL = cpL * pH + pL * cp + dpL[k];
            double t = n;
            t1 = withLow(((zH + zL) + dpH[k]) + t, 0);
            t2 = zL - (((t1 - t) - dpH[k]) - zH);
        }
        double y1 = withLow(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = high(z);
        int i = low(z);
        if (j >= 0x40900000) {
            if (((j - 0x40900000) | i) != 0) {
                return s * huge * huge;
            } else if (pL + ovt > z - pH) {
                return s * huge * huge;
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {
            if (((j - 0xc090cc00) | i) != 0) {
                return s * tiny * tiny;
            } else if (pL <= z - pH) {
                return s * tiny * tiny;
            }
        }
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = words(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = withLow(pL + pH, 0);
        double u = t * lg2H;
        double v = (pL - (t - pH)) * lg2 + t * lg2L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (q1 + t * (q2 + t * (q3 + t * (q4 + t * q5))));
        double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
        z = 1.0 - (r - z);
        j = high(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = Math.scalb(z, n);
        } else {
            z = withHigh(z, high(z) + (n << 20));
        }
        return s * z;
    }
}
