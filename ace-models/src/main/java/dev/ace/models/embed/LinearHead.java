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
 * A multi-label logistic-regression head over sentence embeddings: one sigmoid output per principle it
 * was trained for, plus {@link #ANY} ("violates some principle"). Immutable and thread-safe.
 * Weights are stored as little-endian float32, one row of {@code dimension} weights and a bias per output.
 */
final class LinearHead {
    static final String ANY = "any.unsafe";
    static final String RESOURCE_DIR = "/dev/ace/models/embed/";
    static final String MANIFEST = "head.json";
    static final String WEIGHTS = "head.bin";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HeadManifest manifest;
    private final float[][] weights;

    LinearHead(HeadManifest manifest, float[][] weights) {
        if (weights.length != manifest.outputs().size()) {
            throw new IllegalArgumentException("the head has " + weights.length + " weight rows for "
                    + manifest.outputs().size() + " outputs");
        }
        this.manifest = manifest;
        this.weights = weights;
    }

    HeadManifest manifest() {
        return manifest;
    }

    List<HeadManifest.Output> outputs() {
        return manifest.outputs();
    }

    /** Raw probabilities, one per output in manifest order. */
    double[] probabilities(float[] embedding) {
        double[] out = new double[weights.length];
        for (int o = 0; o < weights.length; o++) {
            float[] w = weights[o];
            double z = w[embedding.length];
            for (int i = 0; i < embedding.length; i++) {
                z += w[i] * embedding[i];
            }
            out[o] = 1.0 / (1.0 + Math.exp(-z));
        }
        return out;
    }

    /** The shipped head, from the class path, its weights checked against the manifest's digest. */
    static LinearHead loadBundled() {
        try (InputStream m = LinearHead.class.getResourceAsStream(RESOURCE_DIR + MANIFEST);
             InputStream w = LinearHead.class.getResourceAsStream(RESOURCE_DIR + WEIGHTS)) {
            if (m == null || w == null) {
                throw new IllegalStateException("the trained head " + RESOURCE_DIR + "{" + MANIFEST + "," + WEIGHTS
                        + "} is missing from the class path");
            }
            return read(JSON.readValue(m, HeadManifest.class), w.readAllBytes(), RESOURCE_DIR + WEIGHTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trained head: " + e.getMessage(), e);
        }
    }

    static LinearHead read(HeadManifest manifest, byte[] bytes, String where) {
        String actual = sha256(bytes);
        if (!actual.equals(manifest.weightsSha256())) {
            throw new IllegalStateException(where + ": SHA-256 is " + actual + " but the manifest says "
                    + manifest.weightsSha256() + "; the weights do not belong to this manifest");
        }
        int rows = manifest.outputs().size();
        int cols = manifest.dimension() + 1;
        if (bytes.length != rows * cols * Float.BYTES) {
            throw new IllegalStateException(where + ": " + bytes.length + " bytes, expected " + rows + " x " + cols
                    + " float32 = " + rows * cols * Float.BYTES);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[][] w = new float[rows][cols];
        for (float[] row : w) {
            buf.asFloatBuffer().get(row);
            buf.position(buf.position() + cols * Float.BYTES);
        }
        return new LinearHead(manifest, w);
    }

    static byte[] weightBytes(float[][] weights) {
        ByteBuffer buf = ByteBuffer.allocate(weights.length * weights[0].length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : weights) {
            for (float v : row) {
                buf.putFloat(v);
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
