package dev.ace.core.detect;

import dev.ace.core.Direction;
import dev.ace.core.constitution.Constitution;
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
}
