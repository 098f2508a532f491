package org.reformreport.demo;

import java.util.Random;

/**
 * Seeds a {@link Random} per row from a fixed seed and the row's identity. The parts are mixed first:
 * java.util.Random gives nearly equal first values for neighbouring seeds, which would make a
 * unit's consecutive weeks look alike.
 */
final class DemoRandom {

    private DemoRandom() {}

    static Random of(long seed, Object... parts) {
        long h = mix(seed);
        for (Object part : parts) {
            h = mix(h * 31 + part.toString().hashCode());
        }
        return new Random(h);
    }

    /** The 64-bit finalizer of MurmurHash3. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
