/**
 * The stream inspector: inspects a model's answer while it streams, holding back a bounded window of
 * characters, halting when the text crosses a principle and reporting retractions when a slower tier
 * later flags text already released.
 */
package dev.ace.core.stream;
