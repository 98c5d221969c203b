package dev.ace.core.stream;

import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** A test detector: scores a principle 1.0 when the text contains a marker word, and counts the characters it read. */
class MarkerDetector implements Detector {
    private final String id;
    private final String marker;
    private final String principleId;
    final AtomicLong charsRead = new AtomicLong();

    MarkerDetector(String id, String marker, String principleId) {
        this.id = id;
        this.marker = marker;
        this.principleId = principleId;
    }

    @Override
    public DetectorInfo info() {
        return new DetectorInfo(id, "test", DetectorInfo.Kind.RULE, Set.of());
    }

    @Override
    public DetectorResult detect(DetectionInput input) {
        String text = input.primary().text();
        charsRead.addAndGet(text.length());
        int at = text.indexOf(marker);
        if (at < 0) {
            return DetectorResult.NONE;
        }
        return new DetectorResult(List.of(new Signal(principleId, 1.0, input.primary().evidence(at, at + marker.length()))));
    }
}
