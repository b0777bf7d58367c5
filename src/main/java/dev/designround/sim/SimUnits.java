package dev.designround.sim;

import java.util.Locale;

/**
 * How simulation figures are written for people: {@code simulate}'s text output, the whiteboard's Simulate panel and
 * its badges on the cards all use these, so the same run reads the same everywhere.
 */
public final class SimUnits {

    private SimUnits() {
    }

    /** 850 ms, 2.7 s, 8.2 min. */
    public static String duration(double ms) {
        if (ms < 1_000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms < 120_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1_000);
        }
        return String.format(Locale.ROOT, "%.1f min", ms / 60_000);
    }

    /** A share as a percentage with one decimal: 70.1%; a share too small to show is "<0.1%", never "0.0%". */
    public static String percent(double share) {
        if (share > 0 && share < 0.0005) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** $0.000412 below a cent, $1.1188 above. */
    public static String perRequest(double usd) {
        return String.format(Locale.ROOT, usd < 0.01 ? "$%.6f" : "$%.4f", usd);
    }

    /** $1,118.77. */
    public static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    /** 10,000. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Calls per request: 1.00. */
    public static String load(double perRequest) {
        return String.format(Locale.ROOT, "%.2f", perRequest);
    }
}
