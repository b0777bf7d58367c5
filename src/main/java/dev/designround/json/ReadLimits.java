package dev.designround.json;

/**
 * Bounds on what a loader accepts, far above real use, so that a hostile or broken file fails with a clear
 * message instead of exhausting memory.
 *
 * @param maxBytes        largest file accepted
 * @param maxDepth        deepest nesting of objects and arrays
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number literal, in characters
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    /** 20 MB, depth 64, strings of up to one million characters, numbers of up to 1,000 digits. */
    public static final ReadLimits DEFAULT = new ReadLimits(20L * 1024 * 1024, 64, 1_000_000, 1_000);
}
