/**
 * The fast learned tier: a multi-label logistic regression over hashed character 3- to 5-grams and word
 * uni- and bigrams, its training, calibration, artifact format and {@link dev.ace.models.linear.NgramDetector}.
 */
package dev.ace.models.linear;
