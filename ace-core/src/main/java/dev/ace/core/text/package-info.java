/**
 * Text normalisation and decoding: the readable views of a turn that detectors inspect, with
 * offsets that map back to the original text.
 */
package dev.ace.core.text;
