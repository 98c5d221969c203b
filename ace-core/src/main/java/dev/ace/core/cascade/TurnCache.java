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
    private final Map<String, DetectorResult> map;

    TurnCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DetectorResult> eldest) {
                return size() > TurnCache.this.capacity;
            }
        };
    }

    synchronized DetectorResult get(String key) {
        return capacity == 0 ? null : map.get(key);
    }

    synchronized void put(String key, DetectorResult result) {
        if (capacity > 0) {
            map.put(key, result);
        }
    }

    synchronized int size() {
        return map.size();
    }
}
