package dev.designround.sim;

import java.util.Locale;

/**
 * How simulation figures are written for people: {@code simulate}'s text output, the whiteboard's Simulate panel and
 * its badges on the cards all use these, so the same run reads the same everywhere.
 */
public final class SimUnits {

    private SimUnits() {
    }

    private static final double MINUTE = 60_000;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double YEAR = 365 * DAY;

    /** 850 ms, 2.7 s, 8.2 min, 3.5 h, 12.0 days, 1.2e+05 years; "unknown" for a number that is not one. */
    public static String duration(double ms) {
        if (Double.isNaN(ms)) {
            return "unknown";
        }
        if (ms < 1_000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms < 120_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1_000);
        }
        if (ms < 120 * MINUTE) {
            return String.format(Locale.ROOT, "%.1f min", ms / MINUTE);
        }
        if (ms < 48 * HOUR) {
            return String.format(Locale.ROOT, "%.1f h", ms / HOUR);
        }
        if (ms < YEAR) {
            return String.format(Locale.ROOT, "%.1f days", ms / DAY);
        }
        if (ms < 1_000_000 * YEAR) {
            return String.format(Locale.ROOT, "%,.0f years", ms / YEAR);
        }
        return Double.isInfinite(ms) ? "forever" : String.format(Locale.ROOT, "%.1e years", ms / YEAR);
    }

    /** A share as a percentage with one decimal: 70.1%; a share too small to show is "<0.1%", never "0.0%". */
    public static String percent(double share) {
        if (share > 0 && share < 0.0005) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** $0.000412 below a cent, $1.1188 above (money() from a billion dollars). */
    public static String perRequest(double usd) {
        if (!(usd < 1e9)) {
            return money(usd);
        }
        return String.format(Locale.ROOT, usd < 0.01 ? "$%.6f" : "$%.4f", usd);
    }

    /** $1,118.77; from a trillion dollars $1.2e+15; "unknown" for a number that is not one. */
    public static String money(double usd) {
        if (Double.isNaN(usd) || Double.isInfinite(usd)) {
            return Double.isNaN(usd) ? "unknown" : "more than any number";
        }
        return String.format(Locale.ROOT, usd < 1e12 ? "$%,.2f" : "$%.1e", usd);
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
