/**
 * The in-process embedding tier: quantised all-MiniLM-L6-v2 (ONNX weights and tokenizer bundled in
 * LangChain4j's jar, run by ONNX Runtime on the CPU), a trained head (one hidden layer) over its
 * 384-d sentence embeddings, and nearest-example similarity to each principle's violating and
 * complying examples, so a principle written with examples works before any retraining.
 * {@link dev.ace.models.embed.EmbeddingDetector} is the entry point; {@link dev.ace.models.embed.HeadTrainer}
 * trains the shipped head.
 */
package dev.ace.models.embed;
