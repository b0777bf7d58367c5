package dev.designround.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimUnitsTest {

    @Test
    void durationsGoUpInUnitsAPersonReads() {
        assertThat(SimUnits.duration(850)).isEqualTo("850 ms");
        assertThat(SimUnits.duration(2_700)).isEqualTo("2.7 s");
        assertThat(SimUnits.duration(8.2 * 60_000)).isEqualTo("8.2 min");
        assertThat(SimUnits.duration(3.5 * 3_600_000)).isEqualTo("3.5 h");
        assertThat(SimUnits.duration(12 * 86_400_000.0)).isEqualTo("12.0 days");
        assertThat(SimUnits.duration(1e15)).isEqualTo("31,710 years");
    }

    @Test
    void hugeAndImpossibleDurationsAreNeverInfinityMinutes() {
        assertThat(SimUnits.duration(1e300)).isEqualTo("3.2e+289 years");
        assertThat(SimUnits.duration(Double.POSITIVE_INFINITY)).isEqualTo("forever");
        assertThat(SimUnits.duration(Double.NaN)).isEqualTo("unknown");
    }

    @Test
    void hugeAndImpossibleAmountsAreNeverInfinityDollars() {
        assertThat(SimUnits.money(1_118.77)).isEqualTo("$1,118.77");
        assertThat(SimUnits.money(4e15)).isEqualTo("$4.0e+15");
        assertThat(SimUnits.perRequest(4e10)).isEqualTo("$40,000,000,000.00");
        assertThat(SimUnits.money(Double.POSITIVE_INFINITY)).isEqualTo("more than any number");
        assertThat(SimUnits.perRequest(Double.NaN)).isEqualTo("unknown");
    }

    @Test
    void anInfiniteLatencyGoesInTheLastBucketOfTheHistogram() {
        LatencyHistogram h = LatencyHistogram.of(new double[] {5, Double.POSITIVE_INFINITY, 1e300});
        assertThat(h.buckets().get(h.buckets().size() - 1).count()).isEqualTo(2);
    }
}
