package dev.ace.core.text;

import dev.ace.core.Role;

import java.util.List;
import java.util.Locale;

/** Builds the views of a turn that detectors read. */
public final class TextViews {
    private TextViews() {
    }

    /**
     * The normalised view of the turn as written, followed by a view for every payload decoded out of
     * it (base64, hex, ROT13, URL encoding, nested to a bounded depth).
     */
    public static List<TextView> build(int turnIndex, Role role, String original) {
        // Placeholder until normalisation and decoding land: lower-cased text, identity offsets.
        return List.of(new TextView(turnIndex, role, original.toLowerCase(Locale.ROOT), List.of(),
                OffsetMap.identity(original.length())));
    }
}
