/**
 * Text normalisation and decoding: the readable views of a turn that detectors inspect, with
 * offsets that map back to the original text.
 *
 * <p>{@link dev.ace.core.text.TextViews#build} is the entry point. {@code Normalization} makes the
 * primary view (NFKC, lower case, confusables and accents folded by {@code Folding}, invisible and
 * tag characters removed, whitespace collapsed, then {@code Leet} and {@code SpacedLetters}), keeping
 * for every output char the original span it came from. {@code Decoding} finds encoded runs
 * ({@code Base64Runs}, {@code HexRuns}, {@code PercentRuns}, {@code Rot13Runs}, {@code TagRuns}),
 * keeps those that decode to plausible text ({@code Plausible}), and recurses into them under one
 * {@code Found.Budget} per turn (depth, decoded chars, payload count), so any input does bounded
 * work. {@code Candidates} lets plain text skip the run scans. Speed: {@code NormalizeBenchmark} in
 * ace-bench.
 */
package dev.ace.core.text;
