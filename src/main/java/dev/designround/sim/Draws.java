package dev.designround.sim;

import java.util.SplittableRandom;

/**
 * The simulator's random numbers, as a pure function of (run, request, node, visit, purpose) rather than a
 * stream. The run's key comes from a {@link SplittableRandom} seeded with the user's seed; each draw mixes the
 * key with the request number, a hash of the node's id, how many times the request has called the node, and
 * what the draw is for, using the same 64-bit finaliser {@code SplittableRandom} uses.
 *
 * <p>Why not one stream: with a stream, adding a node shifts every later draw, so two variants of a design
 * would see different luck everywhere. Here a node's latency, failures and faults for request 17 are the same
 * in both variants; only what the change itself does differs ("common random numbers"). That is what makes
 * "adding a fallback never raises {@code failed}" hold request by request, and what lets a user compare two
 * designs with the same seed fairly. No draw allocates.
 */
final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    // What a draw is for: each purpose at a node is its own independent number.
    static final int LATENCY_U1 = 1;
    static final int LATENCY_U2 = 2;
    static final int FAIL = 3;
    static final int SHED = 4;
    static final int OVERLOAD = 5;
    static final int HALLUCINATE = 6;
    static final int STALE = 7;
    static final int FLAG = 8;
    static final int HIT = 9;
    static final int CHOICE = 10;
    static final int INJECTION_INPUT = 11;
    static final int SENSITIVE_INPUT = 12;
    /** Detection of fault kind k uses {@code DETECT + k}. */
    static final int DETECT = 16;

    private final long runKey;

    Draws(long seed) {
        this.runKey = new SplittableRandom(seed).nextLong();
    }

    /** The key of one request; every draw of the request derives from it. */
    long request(long request) {
        return mix64(runKey + request * GOLDEN);
    }

    /** The key of one call: the {@code visit}-th call (1, 2, ...) of a node during a request. */
    static long call(long requestKey, long nodeKey, int visit) {
        return mix64(requestKey ^ mix64(nodeKey + visit * GOLDEN));
    }

    /** A uniform number in [0, 1) for one purpose of a call (or of a request, with its request key). */
    static double uniform(long key, int purpose) {
        return (mix64(key + purpose * GOLDEN) >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal number for a call (Box-Muller on two of its uniforms). {@link StrictMath}, because
     * {@code Math.log} and {@code Math.cos} may differ in the last bit between JDKs and CPUs, and the same seed
     * must give the same output everywhere.
     */
    static double gaussian(long callKey) {
        double u1 = 1.0 - uniform(callKey, LATENCY_U1); // (0, 1]: log stays finite
        double u2 = uniform(callKey, LATENCY_U2);
        return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** A stable 64-bit key for a node id (FNV-1a over its UTF-16 units, then mixed). */
    static long nodeKey(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as in {@code SplittableRandom.mix64}. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
