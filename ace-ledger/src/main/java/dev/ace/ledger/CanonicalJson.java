package dev.ace.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 JSON Canonicalization Scheme over plain Java values: {@link Map} (string keys, sorted by UTF-16 code
 * units), {@link List}, {@link String}, {@link Number}, {@link Boolean} and {@code null}. Numbers are written as
 * ECMAScript writes IEEE doubles; strings escape only what JSON requires. Hand-written because the ledger module
 * depends on the JDK alone and the scheme is small.
 */
public final class CanonicalJson {
    private static final long MAX_SAFE = (1L << 53);

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code value}. */
    public static byte[] bytes(Object value) {
        return string(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The canonical text of {@code value}.
     *
     * @throws IllegalArgumentException naming the path of a value JSON cannot hold (NaN, a non-string key, a lone
     *     surrogate, an integer beyond 2^53, another type)
     */
    public static String string(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, At.ROOT);
        return out.toString();
    }

    /**
     * Appends {@code s} as canonical JSON (quoted, escaped as RFC 8785 asks), for writers that lay out a known
     * object's keys themselves.
     *
     * @throws IllegalArgumentException when {@code s} holds a lone surrogate
     */
    public static void appendString(StringBuilder out, String s) {
        string(s, out, At.ROOT);
    }

    /**
     * The canonical text of a number (ECMAScript's form of the nearest double; integers up to 2^53).
     *
     * @throws IllegalArgumentException for NaN, an infinity or an integer beyond 2^53
     */
    public static String number(Number n) {
        return number(n, At.ROOT);
    }

    /**
     * Where a value sits, for error messages ({@code $.a[0]}); its text is built only when an error names it, since
     * building it for every member showed in profiles of the gateway, which writes two records per request.
     */
    private record At(At parent, String key, int index) {
        static final At ROOT = new At(null, null, -1);

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return key != null ? parent + "." + key : parent + "[" + index + "]";
        }
    }

    private static void write(Object value, StringBuilder out, At path) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case String s -> string(s, out, path);
            case Number n -> out.append(number(n, path));
            case Map<?, ?> m -> object(m, out, path);
            case List<?> l -> array(l, out, path);
            default -> throw new IllegalArgumentException(path + ": JSON has no " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, At path) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) {
            if (!(k instanceof String s)) {
                throw new IllegalArgumentException(path + ": an object key is " + (k == null ? "null" : k.getClass().getName())
                        + ", not a string");
            }
            keys.add(s);
        }
        keys.sort(null); // String.compareTo orders by UTF-16 code units, as RFC 8785 §3.2.3 asks
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String key = keys.get(i);
            string(key, out, path);
            out.append(':');
            write(map.get(key), out, new At(path, key, -1));
        }
        out.append('}');
    }

    private static void array(List<?> list, StringBuilder out, At path) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(list.get(i), out, new At(path, null, i));
        }
        out.append(']');
    }

    private static void string(String s, StringBuilder out, At path) {
        out.append('"');
        if (plain(s)) {
            out.append(s); // nothing to escape or check: the common case, appended at once
        } else {
            escaped(s, out, path);
        }
        out.append('"');
    }

    /** True when no character of {@code s} needs escaping or is a surrogate. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void escaped(String s, StringBuilder out, At path) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(path + ": a lone surrogate at character " + i + " is not Unicode text");
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** ECMAScript Number::toString of the double nearest {@code n} (RFC 8785 §3.2.2.3). */
    static String number(Number n, Object path) {
        double d;
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            if (v > MAX_SAFE || v < -MAX_SAFE) {
                throw new IllegalArgumentException(path + ": the integer " + v + " is beyond 2^53 and would lose precision");
            }
            return Long.toString(v);
        } else if (n instanceof BigInteger b) {
            if (b.bitLength() > 53) {
                throw new IllegalArgumentException(path + ": the integer " + b + " is beyond 2^53 and would lose precision");
            }
            return b.toString();
        } else if (n instanceof BigDecimal b) {
            d = b.doubleValue();
        } else {
            d = n.doubleValue();
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(path + ": JSON has no " + d);
        }
        return ecmaScript(d);
    }

    static String ecmaScript(double d) {
        if (d == 0) {
            return "0";
        }
        String sign = d < 0 ? "-" : "";
        // Double.toString gives the shortest digits that round-trip (JDK 19 and later); reshape them the ECMAScript way.
        String java = Double.toString(Math.abs(d));
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPos = dot + exp; // value = 0.digits × 10^pointPos
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        pointPos -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Double.toString never writes fewer than two digits; ECMAScript wants one where one round-trips.
            int rounded = (digits.charAt(0) - '0') + (digits.charAt(1) >= '5' ? 1 : 0);
            String one = rounded == 10 ? "1" : Integer.toString(rounded);
            int onePoint = rounded == 10 ? pointPos + 1 : pointPos;
            if (Double.parseDouble("0." + one + "E" + onePoint) == Math.abs(d)) {
                return sign + layout(one, onePoint);
            }
        }
        return sign + layout(digits, pointPos);
    }

    /** ECMA-262 Number::toString steps 6 to 10, with k = digits.length() and n = pointPos. */
    private static String layout(String s, int n) {
        int k = s.length();
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int e = n - 1;
        String exp = (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? s + "e" + exp : s.charAt(0) + "." + s.substring(1) + "e" + exp;
    }
}
