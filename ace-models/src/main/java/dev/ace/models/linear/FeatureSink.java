package dev.ace.models.linear;

/** Receives the hashed feature buckets of a text, one call per occurrence. */
interface FeatureSink {
    void accept(int bucket);
}
