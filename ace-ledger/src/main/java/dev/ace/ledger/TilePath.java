package dev.ace.ledger;

/**
 * A C2SP tlog-tiles resource path, relative to the log prefix: {@code tile/<L>/<N>[.p/<W>]} for hash tiles and
 * {@code tile/entries/<N>[.p/<W>]} for entry bundles. N is written in groups of three digits, all but the last
 * prefixed {@code x} (1234067 is {@code x001/x234/067}); a width of 256 is a full tile.
 */
public record TilePath(boolean entries, int level, long index, int width) {
    /** Hashes (or entries) in a full tile. */
    public static final int WIDTH = 256;
    /** Tile levels that fit a 63-bit tree: level L holds subtrees of 256^L leaves. */
    public static final int MAX_LEVEL = 7;

    public TilePath {
        if (entries && level != 0) {
            throw new IllegalArgumentException("entry bundles have no level");
        }
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("tile level " + level + " is not between 0 and " + MAX_LEVEL);
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index " + index + " is negative");
        }
        if (width < 1 || width > WIDTH) {
            throw new IllegalArgumentException("tile width " + width + " is not between 1 and " + WIDTH);
        }
    }

    public static TilePath hashes(int level, long index, int width) {
        return new TilePath(false, level, index, width);
    }

    public static TilePath entries(long index, int width) {
        return new TilePath(true, 0, index, width);
    }

    public boolean full() {
        return width == WIDTH;
    }

    /** The path, e.g. {@code tile/0/x001/x234/067.p/5}. */
    public String path() {
        String n = formatIndex(index);
        return "tile/" + (entries ? "entries" : Integer.toString(level)) + "/" + n + (full() ? "" : ".p/" + width);
    }

    /** 1234067 → {@code x001/x234/067}; 5 → {@code 005}. */
    public static String formatIndex(long n) {
        String digits = Long.toString(n);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) {
                out.append('x').append(digits, i, i + 3).append('/');
            } else {
                out.append(digits, i, i + 3);
            }
        }
        return out.toString();
    }

    /**
     * Parses a tile path relative to the log prefix.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static TilePath parse(String path) {
        if (!path.startsWith("tile/")) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        String[] parts = path.substring(5).split("/", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("a tile path is tile/<L>/<N>[.p/<W>]: " + path);
        }
        boolean entries = parts[0].equals("entries");
        int level = entries ? 0 : (int) decimal(parts[0], "level", path);
        int width = WIDTH;
        int last = parts.length - 1;
        if (parts.length >= 3 && parts[last - 1].endsWith(".p")) {
            width = (int) decimal(parts[last], "width", path);
            if (width < 1 || width >= WIDTH) {
                throw new IllegalArgumentException("a partial tile width is 1 to 255: " + path);
            }
            parts[last - 1] = parts[last - 1].substring(0, parts[last - 1].length() - 2);
            last--;
        }
        long index = 0;
        for (int i = 1; i <= last; i++) {
            String group = parts[i];
            boolean inner = i < last;
            if (inner != group.startsWith("x") || (inner ? group.length() != 4 : group.length() != 3)) {
                throw new IllegalArgumentException("tile index groups are xDDD/…/DDD: " + path);
            }
            long g = decimalDigits(inner ? group.substring(1) : group, path);
            if (index > (Long.MAX_VALUE - g) / 1000) {
                throw new IllegalArgumentException("tile index too large: " + path);
            }
            index = index * 1000 + g;
        }
        try {
            return new TilePath(entries, level, index, width);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + path, e);
        }
    }

    private static long decimal(String s, String what, String path) {
        if (s.isEmpty() || s.length() > 3 || (s.length() > 1 && s.charAt(0) == '0')) {
            throw new IllegalArgumentException("bad tile " + what + " '" + s + "': " + path);
        }
        return decimalDigits(s, path);
    }

    private static long decimalDigits(String s, String path) {
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not decimal digits '" + s + "': " + path);
        }
        return Long.parseLong(s);
    }
}
