package dev.ace.core.text;

/**
 * A payload decoded out of a text: the decoding's name, the half-open span {@code [start, end)} of
 * the encoded run in that text, and the decoded text (not yet normalised).
 */
record Payload(String kind, int start, int end, String text) {
}
