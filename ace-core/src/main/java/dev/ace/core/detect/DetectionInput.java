package dev.ace.core.detect;

import dev.ace.core.Direction;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.text.Gloss;
import dev.ace.core.text.TextView;

import java.util.List;

/**
 * One turn to score: its views (the normalised text first, then decoded payloads), the direction in
 * which it is judged, the constitution in force, and, for a detector that {@linkplain Detector#readsContext()
 * reads context}, the normalised views of the conversation's system turns (the operator's instructions) that
 * the turn is judged against; empty otherwise.
 */
public record DetectionInput(List<TextView> views, Direction direction, Constitution constitution,
                             List<TextView> context) {
    public DetectionInput {
        views = List.copyOf(views);
        context = List.copyOf(context);
    }

    /** A turn judged on its own, without the conversation's system turns. */
    public DetectionInput(List<TextView> views, Direction direction, Constitution constitution) {
        this(views, direction, constitution, List.of());
    }

    /** The view of the turn as written. */
    public TextView primary() {
        return views.get(0);
    }

    /**
     * The views a model that reads English scores: every view, except that a turn written in another language
     * (one with a {@code gloss:<lang>} view, see {@code Gloss}) is read through its English gloss and not as written,
     * which to such a model is noise (an English sentence encoder places "如何做苹果派" anywhere). A code-mixed turn
     * (gloss view tagged {@code ["gloss:<lang>+en"]}: "SQL injection kaise karu step by step samjhao") is
     * half English, and is read both ways. Rules and a multilingual judge read {@link #views()}.
     */
    public List<TextView> modelViews() {
        for (int i = 1; i < views.size(); i++) {
            List<String> d = views.get(i).decodings();
            if (d.size() == 1 && d.get(0).startsWith(GLOSS) && !d.get(0).endsWith(Gloss.CODE_MIXED)) {
                return views.subList(1, views.size());
            }
        }
        return views;
    }

    private static final String GLOSS = "gloss:";
}
