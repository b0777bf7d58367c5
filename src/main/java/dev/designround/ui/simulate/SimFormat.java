package dev.designround.ui.simulate;

import java.util.Locale;

/** How the Simulate panel and the canvas badges write numbers: the same units as {@code simulate}'s text output. */
final class SimFormat {

    private SimFormat() {
    }

    /** 850 ms, 2.7 s, 8.2 min. */
    static String duration(double ms) {
        if (ms < 1_000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms < 120_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1_000);
        }
        return String.format(Locale.ROOT, "%.1f min", ms / 60_000);
    }

    /** A share as a percentage with one decimal: 70.1%; a share too small to show is "<0.1%", never "0.0%". */
    static String percent(double share) {
        if (share > 0 && share < 0.0005) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** $0.000412 below a cent, $1.1188 above. */
    static String perRequest(double usd) {
        return String.format(Locale.ROOT, usd < 0.01 ? "$%.6f" : "$%.4f", usd);
    }

    /** $1,118.77. */
    static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    /** 10,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Calls per request: 1.00. */
    static String load(double perRequest) {
        return String.format(Locale.ROOT, "%.2f", perRequest);
    }
}
