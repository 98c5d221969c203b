package dev.ace.core.detect;

import dev.ace.core.Direction;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.text.TextView;

import java.util.List;

/**
 * One turn to score: its views (the normalised text first, then decoded payloads), the direction in
 * which it is judged, and the constitution in force.
 */
public record DetectionInput(List<TextView> views, Direction direction, Constitution constitution) {
    public DetectionInput {
        views = List.copyOf(views);
    }

    /** The view of the turn as written. */
    public TextView primary() {
        return views.get(0);
    }
}
