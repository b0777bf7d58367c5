package dev.designround.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Request latencies counted in buckets of equal width on a log scale (four per decade: 1, 1.8, 3.2, 5.6, 10 ms,
 * ...), for drawing. Buckets run from the fastest request's bucket to the slowest's, empty ones in between
 * included, so a UI can draw them side by side.
 *
 * @param buckets in increasing order of latency
 */
public record LatencyHistogram(List<Bucket> buckets) {

    /** Requests with a latency in {@code [fromMs, toMs)}. The first bucket starts at 0. */
    public record Bucket(double fromMs, double toMs, long count) {
    }

    static final int PER_DECADE = 4;
    /** Bucket 0 holds [0, 1 ms); bucket i >= 1 holds [10^((i-1)/4), 10^(i/4)) ms. */
    private static final int MAX_BUCKET = 10 * PER_DECADE; // up to 10^10 ms, far past any timeout

    public LatencyHistogram {
        buckets = List.copyOf(buckets);
    }

    /** The histogram of latencies (any order). */
    static LatencyHistogram of(double[] latenciesMs) {
        long[] counts = new long[MAX_BUCKET + 1];
        int lo = MAX_BUCKET;
        int hi = 0;
        for (double ms : latenciesMs) {
            int b = bucketOf(ms);
            counts[b]++;
            lo = Math.min(lo, b);
            hi = Math.max(hi, b);
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int b = lo; b <= hi && latenciesMs.length > 0; b++) {
            buckets.add(new Bucket(lowerBound(b), lowerBound(b + 1), counts[b]));
        }
        return new LatencyHistogram(buckets);
    }

    /** The bucket of a latency; anything from 10^10 ms (and infinity) goes in the last, NaN in the first. */
    static int bucketOf(double ms) {
        if (!(ms >= 1)) {
            return 0;
        }
        if (!(ms < StrictMath.pow(10, MAX_BUCKET / (double) PER_DECADE))) {
            return MAX_BUCKET;
        }
        int b = 1 + (int) Math.floor(StrictMath.log10(ms) * PER_DECADE);
        return Math.min(b, MAX_BUCKET);
    }

    private static double lowerBound(int bucket) {
        return bucket == 0 ? 0 : StrictMath.pow(10, (bucket - 1) / (double) PER_DECADE);
    }

    /** The largest count, for scaling bars; 0 when empty. */
    public long maxCount() {
        return buckets.stream().mapToLong(Bucket::count).max().orElse(0);
    }

    @Override
    public String toString() {
        return "LatencyHistogram" + Arrays.toString(buckets.stream().mapToLong(Bucket::count).toArray());
    }
}
