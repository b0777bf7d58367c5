package dev.designround.sim;

/**
 * Request latency over a run: the time from a user's request until they got an answer, a refusal or an error,
 * whatever the outcome. Percentiles are nearest-rank over all requests.
 *
 * @param p50Ms     median
 * @param p95Ms     95th percentile
 * @param p99Ms     99th percentile
 * @param meanMs    mean
 * @param maxMs     slowest request
 * @param histogram counts on a log scale, for drawing
 */
public record LatencySummary(double p50Ms, double p95Ms, double p99Ms, double meanMs, double maxMs,
                             LatencyHistogram histogram) {

    /** Summarises latencies; sorts the array in place. */
    static LatencySummary of(double[] latenciesMs) {
        LatencyHistogram histogram = LatencyHistogram.of(latenciesMs);
        java.util.Arrays.sort(latenciesMs);
        double sum = 0;
        for (double ms : latenciesMs) {
            sum += ms;
        }
        int n = latenciesMs.length;
        return new LatencySummary(percentile(latenciesMs, 0.50), percentile(latenciesMs, 0.95),
                percentile(latenciesMs, 0.99), sum / n, latenciesMs[n - 1], histogram);
    }

    /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9); // 0.95 * 20 is 19.000000000000004 in doubles
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
