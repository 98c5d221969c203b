package dev.ace.core.text;

import dev.ace.core.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the views of a turn that detectors read. */
public final class TextViews {
    private TextViews() {
    }

    /**
     * The normalised view of the turn as written, followed by a view for every payload decoded out of
     * it (base64, hex, ROT13, URL encoding, Unicode tag characters, nested to a bounded depth).
     * Normalisation: NFKC, lower case, confusables and accents folded to ASCII letters, invisible and
     * tag characters removed, whitespace collapsed, leetspeak and spaced-out letters folded. A turn in
     * another language gets one more view, its rough English gloss ({@link Gloss}, decodings
     * {@code ["gloss:<lang>"]}). Never throws for any string, and does bounded work.
     */
    public static List<TextView> build(int turnIndex, Role role, String original) {
        Buffer primary = Normalization.normalize(original);
        List<TextView> views = new ArrayList<>(2);
        views.add(new TextView(turnIndex, role, primary.text(), List.of(), primary.offsets(original.length())));
        new Decoding(turnIndex, role, original.length(), views).expand(original);
        Gloss.shipped().view(turnIndex, role, original).ifPresent(views::add);
        return Collections.unmodifiableList(views);
    }
}
