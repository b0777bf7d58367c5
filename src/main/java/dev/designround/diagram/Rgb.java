package dev.designround.diagram;

/** An sRGB colour, 0–255 per channel. Immutable. */
public record Rgb(int r, int g, int b) {

    public Rgb {
        if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
            throw new IllegalArgumentException("colour channel out of 0..255: " + r + "," + g + "," + b);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    /** This colour moved towards {@code other} by {@code t} (0 = this, 1 = other). */
    public Rgb mix(Rgb other, double t) {
        return new Rgb(channel(r, other.r, t), channel(g, other.g, t), channel(b, other.b, t));
    }

    private static int channel(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /** 0xRRGGBB, for Java2D. */
    public int rgb() {
        return r << 16 | g << 8 | b;
    }

    /** Channels as 0..1 floats, for PDF. */
    public float[] floats() {
        return new float[] {r / 255f, g / 255f, b / 255f};
    }
}
