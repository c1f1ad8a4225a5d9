package dev.chainrule.data.random;

/**
 * The natural logarithm bit-for-bit as the GNU C library computes it on x86-64 with FMA (glibc 2.28 and later: the
 * table-driven {@code log} that glibc took from Arm's optimized-routines, in its FMA build). NumPy's legacy Gaussian
 * calls the C {@code log}; Java's {@link Math#log} differs from it in the last bit for about eight inputs in ten
 * thousand, which changes about one Gaussian in three thousand. Package-private.
 *
 * <p>The method, in our words. Near 1 ({@code 1 - 2^-4 <= x < 1 + 0x1.09p-4}) {@code log(1 + r)}, {@code r = x - 1},
 * is a degree-12 polynomial whose leading {@code r - r²/2} is summed with an exact split of {@code r} (its top 26
 * bits {@code rhi}, so {@code rhi²} is exact). Elsewhere {@code x = 2^k·z} with {@code z} in [0.6875, 1.375); the
 * top 7 fraction bits of {@code x} (above that offset) pick one of 128 subintervals with a point {@code c} near its
 * middle, and {@code log x = k·ln 2 + log c + log(1 + r)} with {@code r = z/c - 1} computed exactly as one fused
 * {@code z·(1/c) - 1}; {@code log(1 + r)} is a degree-6 polynomial, {@code ln 2} a double-double. Each
 * {@code a·b + c} the C compiler fuses in that build is a {@link Math#fma} here.
 *
 * <p>The constants are facts of that library, measured from Debian 12's {@code libm.so.6} (glibc 2.36): the two
 * polynomials, {@code ln 2} in two parts and the 128 pairs {@code (1/c, log c)}. The points {@code c} were chosen
 * by a search in the original work, so they cannot be recomputed from a formula; {@code log c} is the library's own
 * {@code -log(1/c)}.
 */
final class LibmLog {
    private static final long OFF = 0x3fe6000000000000L;
    private static final long NEAR_LO = 0x3fee000000000000L; // 1 - 2^-4
    private static final long NEAR_SPAN = 0x3ff1090000000000L - NEAR_LO; // up to 1 + 0x1.09p-4
    private static final double LN2_HI = 0x1.62e42fefa3800p-1;
    private static final double LN2_LO = 0x1.ef35793c76730p-45;
    private static final double A0 = -0x1.0000000000001p-1;
    private static final double A1 = 0x1.555555551305bp-2;
    private static final double A2 = -0x1.fffffffeb4590p-3;
    private static final double A3 = 0x1.999b324f10111p-3;
    private static final double A4 = -0x1.55575e506c89fp-3;
    private static final double B0 = -0x1.0p-1;
    private static final double B1 = 0x1.5555555555577p-2;
    private static final double B2 = -0x1.ffffffffffdcbp-3;
    private static final double B3 = 0x1.999999995dd0cp-3;
    private static final double B4 = -0x1.55555556745a7p-3;
    private static final double B5 = 0x1.24924a344de30p-3;
    private static final double B6 = -0x1.fffffa4423d65p-4;
    private static final double B7 = 0x1.c7184282ad6cap-4;
    private static final double B8 = -0x1.999eb43b068ffp-4;
    private static final double B9 = 0x1.78182f7afd085p-4;
    private static final double B10 = -0x1.5521375d145cdp-4;

    /** Bits of {@code (1/c, log c)} for the 128 subintervals, in order. */
    private static final long[] TABLE = {
        0x3ff734f0c3e0de9fL, 0xbfd7cc7f79e69000L, 0x3ff713786a2ce91fL, 0xbfd76feec20d0000L,
        0x3ff6f26008fab5a0L, 0xbfd713e31351e000L, 0x3ff6d1a61f138c7dL, 0xbfd6b85b38287800L,
        0x3ff6b1490bc5b4d1L, 0xbfd65d5590807800L, 0x3ff69147332f0cbaL, 0xbfd602d076180000L,
        0x3ff6719f18224223L, 0xbfd5a8ca86909000L, 0x3ff6524f99a51ed9L, 0xbfd54f4356035000L,
        0x3ff63356aa8f24c4L, 0xbfd4f637c36b4000L, 0x3ff614b36b9ddc14L, 0xbfd49da7fda85000L,
        0x3ff5f66452c65c4cL, 0xbfd445923989a800L, 0x3ff5d867b5912c4fL, 0xbfd3edf439b0b800L,
        0x3ff5babccb5b90deL, 0xbfd396ce448f7000L, 0x3ff59d61f2d91a78L, 0xbfd3401e17bda000L,
        0x3ff5805612465687L, 0xbfd2e9e2ef468000L, 0x3ff56397cee76bd3L, 0xbfd2941b3830e000L,
        0x3ff54725e2a77f93L, 0xbfd23ec58cda8800L, 0x3ff52aff42064583L, 0xbfd1e9e129279000L,
        0x3ff50f22dbb2bddfL, 0xbfd1956d2b48f800L, 0x3ff4f38f4734ded7L, 0xbfd141679ab9f800L,
        0x3ff4d843cfde2840L, 0xbfd0edd094ef9800L, 0x3ff4bd3ec078a3c8L, 0xbfd09aa518db1000L,
        0x3ff4a27fc3e0258aL, 0xbfd047e65263b800L, 0x3ff4880524d48434L, 0xbfcfeb224586f000L,
        0x3ff46dce1b192d0bL, 0xbfcf474a7517b000L, 0x3ff453d9d3391854L, 0xbfcea4443d103000L,
        0x3ff43a2744b4845aL, 0xbfce020d44e9b000L, 0x3ff420b54115f8fbL, 0xbfcd60a22977f000L,
        0x3ff40782da3ef4b1L, 0xbfccc00104959000L, 0x3ff3ee8f5d57fe8fL, 0xbfcc202956891000L,
        0x3ff3d5d9a00b4ce9L, 0xbfcb81178d811000L, 0x3ff3bd60c010c12bL, 0xbfcae2c9ccd3d000L,
        0x3ff3a5242b75dab8L, 0xbfca45402e129000L, 0x3ff38d22cd9fd002L, 0xbfc9a877681df000L,
        0x3ff3755bc5847a1cL, 0xbfc90c6d69483000L, 0x3ff35dce49ad36e2L, 0xbfc87120a645c000L,
        0x3ff34679984dd440L, 0xbfc7d68fb4143000L, 0x3ff32f5cceffcb24L, 0xbfc73cb83c627000L,
        0x3ff3187775a10d49L, 0xbfc6a39a9b376000L, 0x3ff301c8373e3990L, 0xbfc60b3154b7a000L,
        0x3ff2eb4ebb95f841L, 0xbfc5737d76243000L, 0x3ff2d50a0219a9d1L, 0xbfc4dc7b8fc23000L,
        0x3ff2bef9a8b7fd2aL, 0xbfc4462c51d20000L, 0x3ff2a91c7a0c1babL, 0xbfc3b08abc830000L,
        0x3ff293726014b530L, 0xbfc31b996b490000L, 0x3ff27dfa5757a1f5L, 0xbfc2875490a44000L,
        0x3ff268b39b1d3bbfL, 0xbfc1f3b9f879a000L, 0x3ff2539d838ff5bdL, 0xbfc160c8252ca000L,
        0x3ff23eb7aac9083bL, 0xbfc0ce7f57f72000L, 0x3ff22a012ba940b6L, 0xbfc03cdc49fea000L,
        0x3ff2157996cc4132L, 0xbfbf57bdbc4b8000L, 0x3ff201201dd2fc9bL, 0xbfbe370896404000L,
        0x3ff1ecf4494d480bL, 0xbfbd17983ef94000L, 0x3ff1d8f5528f6569L, 0xbfbbf9674ed8a000L,
        0x3ff1c52311577e7cL, 0xbfbadc79202f6000L, 0x3ff1b17c74cb26e9L, 0xbfb9c0c3e7288000L,
        0x3ff19e010c2c1ab6L, 0xbfb8a646b372c000L, 0x3ff18ab07bb670bdL, 0xbfb78d01b3ac0000L,
        0x3ff1778a25efbcb6L, 0xbfb674f145380000L, 0x3ff1648d354c31daL, 0xbfb55e0e6d878000L,
        0x3ff151b990275fddL, 0xbfb4485cdea1e000L, 0x3ff13f0ea432d24cL, 0xbfb333d94d6aa000L,
        0x3ff12c8b7210f9daL, 0xbfb22079f8c56000L, 0x3ff11a3028ecb531L, 0xbfb10e4698622000L,
        0x3ff107fbda8434afL, 0xbfaffa6c6ad20000L, 0x3ff0f5ee0f4e6bb3L, 0xbfadda8d4a774000L,
        0x3ff0e4065d2a9fceL, 0xbfabbcece4850000L, 0x3ff0d244632ca521L, 0xbfa9a1894012c000L,
        0x3ff0c0a77ce2981aL, 0xbfa788583302c000L, 0x3ff0af2f83c636d1L, 0xbfa5715e67d68000L,
        0x3ff09ddb98a01339L, 0xbfa35c8a49658000L, 0x3ff08cabaf52e7dfL, 0xbfa149e364154000L,
        0x3ff07b9f2f4e28fbL, 0xbf9e72c082eb8000L, 0x3ff06ab58c358f19L, 0xbf9a55f152528000L,
        0x3ff059eea5ecf92cL, 0xbf963d62cf818000L, 0x3ff04949cdd12c90L, 0xbf9228fb8caa0000L,
        0x3ff038c6c6f0ada9L, 0xbf8c317b20f90000L, 0x3ff02865137932a9L, 0xbf8419355daa0000L,
        0x3ff0182427ea7348L, 0xbf781203c2ec0000L, 0x3ff008040614b195L, 0xbf60040979240000L,
        0x3fefe01ff726fa1aL, 0x3f6feff384900000L, 0x3fefa11cc261ea74L, 0x3f87dc41353d0000L,
        0x3fef6310b081992eL, 0x3f93cea3c4c28000L, 0x3fef25f63ceeadcdL, 0x3f9b9fc114890000L,
        0x3feee9c8039113e7L, 0x3fa1b0d8ce110000L, 0x3feeae8078cbb1abL, 0x3fa58a5bd001c000L,
        0x3fee741aa29d0c9bL, 0x3fa95c8340d88000L, 0x3fee3a91830a99b5L, 0x3fad276aef578000L,
        0x3fee01e009609a56L, 0x3fb07598e598c000L, 0x3fedca01e577bb98L, 0x3fb253f5e30d2000L,
        0x3fed92f20b7c9103L, 0x3fb42edd8b380000L, 0x3fed5cac66fb5cceL, 0x3fb606598757c000L,
        0x3fed272caa5ede9dL, 0x3fb7da76356a0000L, 0x3fecf26e3e6b2ccdL, 0x3fb9ab434e1c6000L,
        0x3fecbe6da2a77902L, 0x3fbb78c7bb0d6000L, 0x3fec8b266d37086dL, 0x3fbd431332e72000L,
        0x3fec5894bd5d5804L, 0x3fbf0a3171de6000L, 0x3fec26b533bb9f8cL, 0x3fc067152b914000L,
        0x3febf583eeece73fL, 0x3fc147858292b000L, 0x3febc4fd75db96c1L, 0x3fc2266ecdca3000L,
        0x3feb951e0c864a28L, 0x3fc303d7a6c55000L, 0x3feb65e2c5ef3e2cL, 0x3fc3dfc33c331000L,
        0x3feb374867c9888bL, 0x3fc4ba366b7a8000L, 0x3feb094b211d304aL, 0x3fc5933928d1f000L,
        0x3feadbe885f2ef7eL, 0x3fc66acd2418f000L, 0x3feaaf1d31603da2L, 0x3fc740f8ec669000L,
        0x3fea82e63fd358a7L, 0x3fc815c0f51af000L, 0x3fea5740ef09738bL, 0x3fc8e92954f68000L,
        0x3fea2c2a90ab4b27L, 0x3fc9bb3602f84000L, 0x3fea01a01393f2d1L, 0x3fca8bed1c2c0000L,
        0x3fe9d79f24db3c1bL, 0x3fcb5b515c01d000L, 0x3fe9ae2505c7b190L, 0x3fcc2967ccbcc000L,
        0x3fe9852ef297ce2fL, 0x3fccf635d5486000L, 0x3fe95cbaeea44b75L, 0x3fcdc1bd3446c000L,
        0x3fe934c69de74838L, 0x3fce8c01b8cfe000L, 0x3fe90d4f2f6752e6L, 0x3fcf5509c0179000L,
        0x3fe8e6528effd79dL, 0x3fd00e6c121fb800L, 0x3fe8bfce9fcc007cL, 0x3fd071b80e93d000L,
        0x3fe899c0dabec30eL, 0x3fd0d46b9e867000L, 0x3fe87427aa2317fbL, 0x3fd13687334bd000L,
        0x3fe84f00acb39a08L, 0x3fd1980d67234800L, 0x3fe82a49e8653e55L, 0x3fd1f8ffe0cc8000L,
        0x3fe8060195f40260L, 0x3fd2595fd7636800L, 0x3fe7e22563e0a329L, 0x3fd2b9300914a800L,
        0x3fe7beb377dcb5adL, 0x3fd3187210436000L, 0x3fe79baa679725c2L, 0x3fd377266dec1800L,
        0x3fe77907f2170657L, 0x3fd3d54ffbaf3000L, 0x3fe756cadbd6130cL, 0x3fd432eee32fe000L
    };

    private LibmLog() {
    }

    static double log(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - NEAR_LO, NEAR_SPAN) < 0) {
            return nearOne(x, ix);
        }
        int top = (int) (ix >>> 48);
        if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
            if (x == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (x < 0 || Double.isNaN(x)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x)) {
                return x;
            }
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52); // subnormal: scale up, remember 2^-52
        }
        long tmp = ix - OFF;
        int i = (int) ((tmp >>> 45) & 127);
        double kd = tmp >> 52;
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double invc = Double.longBitsToDouble(TABLE[2 * i]);
        double logc = Double.longBitsToDouble(TABLE[2 * i + 1]);
        double r = Math.fma(z, invc, -1.0);
        double w = Math.fma(kd, LN2_HI, logc);
        double hi = w + r;
        double lo = Math.fma(kd, LN2_LO, (w - hi) + r);
        double r2 = r * r;
        double r3 = r * r2;
        double p = Math.fma(Math.fma(r, A4, A3), r2, Math.fma(r, A2, A1));
        return Math.fma(r3, p, Math.fma(r2, A0, lo)) + hi;
    }

    private static double nearOne(double x, long ix) {
        if (ix == 0x3ff0000000000000L) {
            return 0.0;
        }
        double r = x - 1.0;
        double r2 = r * r;
        double r3 = r * r2;
        double inner = Math.fma(r3, B10, Math.fma(r2, B9, Math.fma(r, B8, B7)));
        inner = Math.fma(inner, r3, Math.fma(r2, B6, Math.fma(r, B5, B4)));
        inner = Math.fma(inner, r3, Math.fma(r2, B3, Math.fma(r, B2, B1)));
        // r - r²/2 exactly enough: rhi keeps the top 26 bits of r, so rhi² is exact
        double rhi = Math.fma(-0x1p27, r, Math.fma(r, 0x1p27, r));
        double rlo = r - rhi;
        double rhi2 = rhi * rhi;
        double hi = Math.fma(rhi2, B0, r);
        double lo = Math.fma(rhi2, B0, r - hi);
        lo = Math.fma(B0 * rlo, r + rhi, lo);
        return hi + Math.fma(inner, r3, lo);
    }
}
