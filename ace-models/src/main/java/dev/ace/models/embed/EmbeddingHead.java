package dev.ace.models.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The trained head over sentence embeddings: a small network ({@link HeadNetwork}; the manifest's
 * {@code hidden} widths, none for logistic regression) with one sigmoid output per principle it was trained
 * for, plus {@link #ANY} ("violates some principle"). Immutable and thread-safe. Weights are stored as
 * little-endian float32, layer after layer, each as {@code in + 1} rows of {@code out} weights (input
 * {@code i}'s weights to every output; the last row the biases).
 */
final class EmbeddingHead {
    static final String ANY = "any.unsafe";
    static final String RESOURCE_DIR = "/dev/ace/models/embed/";
    static final String MANIFEST = "head.json";
    static final String WEIGHTS = "head.bin";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HeadManifest manifest;
    private final float[][][] layers;

    EmbeddingHead(HeadManifest manifest, float[][][] layers) {
        int[] widths = widths(manifest);
        if (layers.length != widths.length - 1) {
            throw new IllegalArgumentException("the head has " + layers.length + " layers; its manifest describes "
                    + (widths.length - 1));
        }
        for (int l = 0; l < layers.length; l++) {
            if (layers[l].length != widths[l] + 1 || layers[l][0].length != widths[l + 1]) {
                throw new IllegalArgumentException("layer " + l + " is " + layers[l].length + " x " + layers[l][0].length
                        + "; the manifest needs " + (widths[l] + 1) + " x " + widths[l + 1]);
            }
        }
        this.manifest = manifest;
        this.layers = layers;
    }

    /** A head of the manifest's shape with every weight zero (for scoring probabilities computed elsewhere). */
    static EmbeddingHead zeros(HeadManifest manifest) {
        return new EmbeddingHead(manifest, HeadNetwork.zeroLayers(widths(manifest)));
    }

    private static int[] widths(HeadManifest manifest) {
        return HeadNetwork.widths(manifest.dimension(), manifest.hidden(), manifest.outputs().size());
    }

    HeadManifest manifest() {
        return manifest;
    }

    List<HeadManifest.Output> outputs() {
        return manifest.outputs();
    }

    /** Raw probabilities, one per output in manifest order. */
    double[] probabilities(float[] embedding) {
        return HeadNetwork.forward(layers, embedding);
    }

    /** The shipped head, from the class path, its weights checked against the manifest's digest. */
    static EmbeddingHead loadBundled() {
        try (InputStream m = EmbeddingHead.class.getResourceAsStream(RESOURCE_DIR + MANIFEST);
             InputStream w = EmbeddingHead.class.getResourceAsStream(RESOURCE_DIR + WEIGHTS)) {
            if (m == null || w == null) {
                throw new IllegalStateException("the trained head " + RESOURCE_DIR + "{" + MANIFEST + "," + WEIGHTS
                        + "} is missing from the class path");
            }
            return read(JSON.readValue(m, HeadManifest.class), w.readAllBytes(), RESOURCE_DIR + WEIGHTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trained head: " + e.getMessage(), e);
        }
    }

    static EmbeddingHead read(HeadManifest manifest, byte[] bytes, String where) {
        String actual = sha256(bytes);
        if (!actual.equals(manifest.weightsSha256())) {
            throw new IllegalStateException(where + ": SHA-256 is " + actual + " but the manifest says "
                    + manifest.weightsSha256() + "; the weights do not belong to this manifest");
        }
        if (manifest.format() != HeadManifest.FORMAT) {
            throw new IllegalStateException(where + ": head format " + manifest.format() + ", this ACE reads format "
                    + HeadManifest.FORMAT + "; retrain the head with this version's HeadTrainer");
        }
        int[] widths = widths(manifest);
        long floats = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            floats += (long) (widths[l] + 1) * widths[l + 1];
        }
        if (bytes.length != floats * Float.BYTES) {
            throw new IllegalStateException(where + ": " + bytes.length + " bytes, expected " + floats
                    + " float32 for layer widths " + java.util.Arrays.toString(widths));
        }
        java.nio.FloatBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[][][] layers = HeadNetwork.zeroLayers(widths);
        for (float[][] layer : layers) {
            for (float[] row : layer) {
                buf.get(row);
            }
        }
        return new EmbeddingHead(manifest, layers);
    }

    static byte[] weightBytes(float[][][] layers) {
        int floats = 0;
        for (float[][] layer : layers) {
            floats += layer.length * layer[0].length;
        }
        ByteBuffer buf = ByteBuffer.allocate(floats * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[][] layer : layers) {
            for (float[] row : layer) {
                for (float v : row) {
                    buf.putFloat(v);
                }
            }
        }
        return buf.array();
    }

    /** Writes the manifest and weights into {@code dir}. */
    static void write(Path dir, HeadManifest manifest, byte[] weights) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(WEIGHTS), weights);
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
