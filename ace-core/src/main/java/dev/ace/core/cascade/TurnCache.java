package dev.ace.core.cascade;

import dev.ace.core.detect.DetectorResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detector results per (detector, turn digest), so that a long chat is not re-inspected from scratch
 * at every turn. Bounded, least recently used first out. Only successful results are stored.
 */
final class TurnCache {
    private final int capacity;
    private final Map<Key, DetectorResult> map;

    /**
     * A detector's result for one turn: the detector (its id and version, one string per detector, compared by
     * reference first) and the 128-bit digests of the turn and of the system turns it was judged against (zero when
     * none).
     */
    record Key(String detector, long turnHi, long turnLo, long contextHi, long contextLo) {
    }

    TurnCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DetectorResult> eldest) {
                return size() > TurnCache.this.capacity;
            }
        };
    }

    synchronized DetectorResult get(Key key) {
        return capacity == 0 ? null : map.get(key);
    }

    synchronized void put(Key key, DetectorResult result) {
        if (capacity > 0) {
            map.put(key, result);
        }
    }

    synchronized int size() {
        return map.size();
    }
}
