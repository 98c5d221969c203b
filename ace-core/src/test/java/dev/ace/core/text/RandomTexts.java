package dev.ace.core.text;

import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.nio.charset.StandardCharsets;

/** Seeded random texts for the property tests: reproducible from the seed in the test's name. */
final class RandomTexts {
    /** Pieces a text is made of: ASCII, accents, homoglyphs, invisible chars, surrogates, tag chars. */
    private static final List<String> PIECES = List.of(
            "a", "b", "m", "o", "k", "i", "l", "x", "Q", "Z", "0", "1", "3", "4", "5", "7", "9", "@", "$",
            " ", " ", " ", "  ", "\t", "\n", ".", "-", ",", "?", "!", "'", "/", "%", "%41", "+", "=",
            "how", "bomb", "b0mb", "kill", "anthrax", "2026", "e.g.", "b.o.m.b", "k i l l", "a", "i",
            "\u00e9", "\u00f1", "\u00fc", "\u00df", "\u00c9", "e\u0301", "o\u0308", "\u0301", "5\u0301",
            "\u0430", "\u0435", "\u043e", "\u0440", "\u0441", "\u0445", "\u0443", "\u0456", "\u0455", "\u0458",
            "\u0391", "\u039f", "\u03b1", "\u03bf", "\uFF41", "\uFF22", "\uFB01", "\uD835\uDC1A",
            "\u200B", "\u200C", "\u200D", "\u200E", "\uFEFF", "\u00AD", "\u2060", "\u180E", "\uFE0F", "\u00A0",
            "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD840\uDC00", "\u4e2d", "\u0928\u094d",
            "\uDB40\uDC41", "\uDB40\uDC20", "\uDB40\uDC7F", "\uDB40\uDC01", "\uD83C\uDDFA",
            "SGVsbG8gd29ybGQgaGVyZQ==", "48656c6c6f20776f726c64", "Uryyb", "jbeyq", "gur");

    private RandomTexts() {
    }

    static String mixed(long seed, int pieces) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return sb.toString();
    }

    /** Any UTF-16 chars at all, lone surrogates included. */
    static String anyChars(long seed, int length) {
        Random random = new Random(seed);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
        }
        return new String(chars);
    }

    /** Random bytes read as Latin-1 and as (lossy) UTF-8. */
    static List<String> fromBytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return List.of(new String(bytes, StandardCharsets.ISO_8859_1), new String(bytes, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(bytes));
    }
}
