package dev.ace.models.linear;

/**
 * Hashes the features of a text on the fly: character 3-, 4- and 5-grams and word unigrams and bigrams.
 * Letters and digits are kept, every other run of characters becomes one space, and the text is padded with
 * a space at each end, so n-grams see word boundaries. Nothing is allocated per n-gram: hand-written because
 * this is the hot path of the fast tier (a library tokenizer would build a String per feature).
 */
final class NgramHasher {
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int WORD_SEED = 0x5bd1e995;
    private static final int BIGRAM_SEED = 0x27d4eb2f;

    private NgramHasher() {
    }

    /**
     * Sends the bucket of every feature of {@code text[from, to)} to {@code sink}; {@code mask} is the bucket
     * count minus one (a power of two). Returns the number of features sent.
     */
    static int hash(CharSequence text, int from, int to, int mask, FeatureSink sink) {
        // f1..f4: FNV-1a of the 1- to 4-gram ending at the previous character (the text starts with a space)
        int f1 = (FNV_OFFSET ^ ' ') * FNV_PRIME;
        int f2 = 0;
        int f3 = 0;
        int f4 = 0;
        int seen = 1;
        int word = FNV_OFFSET;
        int wordLen = 0;
        int prevWord = 0;
        boolean hasPrev = false;
        int count = 0;
        boolean lastSpace = true;
        for (int i = from; i <= to; i++) {
            char c = i < to ? fold(text.charAt(i)) : ' ';
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                if (wordLen > 0) {
                    int w = fmix(word ^ WORD_SEED);
                    sink.accept(w & mask);
                    count++;
                    if (hasPrev) {
                        sink.accept(fmix(prevWord * 31 + w + BIGRAM_SEED) & mask);
                        count++;
                    }
                    prevWord = w;
                    hasPrev = true;
                    word = FNV_OFFSET;
                    wordLen = 0;
                }
            } else {
                word = (word ^ c) * FNV_PRIME;
                wordLen++;
            }
            lastSpace = c == ' ';
            seen++;
            // FNV-1a of the 2-, 3- and 4-gram ending at the previous character, extended by c: the same values
            // as hashing each n-gram from its first character, with five multiplications instead of twelve.
            int g3 = (f2 ^ c) * FNV_PRIME;
            int g4 = (f3 ^ c) * FNV_PRIME;
            int g5 = (f4 ^ c) * FNV_PRIME;
            f2 = (f1 ^ c) * FNV_PRIME;
            f1 = (FNV_OFFSET ^ c) * FNV_PRIME;
            f3 = g3;
            f4 = g4;
            if (seen >= 3) {
                sink.accept(fmix(g3 ^ 3) & mask);
                count++;
                if (seen >= 4) {
                    sink.accept(fmix(g4 ^ 4) & mask);
                    count++;
                    if (seen >= 5) {
                        sink.accept(fmix(g5 ^ 5) & mask);
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Letters and digits in lower case; everything else a space. */
    private static char fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return ' ';
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
    }

    /** Murmur3's 32-bit finaliser: spreads FNV's weak low bits before masking. */
    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
