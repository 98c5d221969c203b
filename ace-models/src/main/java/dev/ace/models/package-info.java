/** Learned detectors (n-gram linear model, sentence-embedding model, LLM judge), their training, evaluation and artifacts. */
package dev.ace.models;
