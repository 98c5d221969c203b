package dev.ace.models.linear;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ace.models.data.Datasets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes a linear model artifact: a directory (or class-path folder) holding {@code manifest.json}
 * and a gzip-compressed weights file of float16 weights. Loading recomputes the weights' SHA-256 and refuses
 * a mismatch with the manifest.
 */
public final class ModelArtifact {
    public static final String MANIFEST = "manifest.json";
    public static final String WEIGHTS = "weights.bin.gz";
    /** Class-path folder of the model that ships with ACE. */
    public static final String SHIPPED = "/dev/ace/models/default/";

    private static final int MAGIC = 0x4143454c; // "ACEL"
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelArtifact() {
    }

    /** Loads the artifact in {@code dir}. */
    public static LinearModel load(Path dir) {
        Path m = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            throw new ModelArtifactException(dir + ": no " + MANIFEST + " (not a model artifact directory)");
        }
        try {
            byte[] manifest = Files.readAllBytes(m);
            ModelManifest parsed = parseManifest(manifest, m.toString());
            Path w = dir.resolve(parsed.weightsFile());
            if (!Files.isRegularFile(w)) {
                throw new ModelArtifactException(dir + ": manifest names weights file " + parsed.weightsFile()
                        + ", which is missing");
            }
            return decode(manifest, parsed, Files.readAllBytes(w), w.toString());
        } catch (IOException e) {
            throw new ModelArtifactException("cannot read model artifact " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Loads the model that ships in this jar. */
    public static LinearModel loadShipped() {
        byte[] manifest = resource(SHIPPED + MANIFEST);
        ModelManifest parsed = parseManifest(manifest, SHIPPED + MANIFEST);
        return decode(manifest, parsed, resource(SHIPPED + parsed.weightsFile()), SHIPPED + parsed.weightsFile());
    }

    /** Writes {@code model} (with {@code manifest}, to which the weights' digest is added) into {@code dir}. */
    public static LinearModel write(LinearModel model, ModelManifest manifest, Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] weights = encode(model);
        String sha = Datasets.sha256(weights);
        ModelManifest full = manifest.withWeights(WEIGHTS, sha);
        byte[] m = JSON.writeValueAsBytes(full);
        Files.write(dir.resolve(WEIGHTS), weights);
        Files.write(dir.resolve(MANIFEST), m);
        return decode(m, full, weights, dir.resolve(WEIGHTS).toString());
    }

    static byte[] encode(LinearModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(model.buckets());
            out.writeInt(model.outputs());
            for (float b : model.bias()) {
                out.writeFloat(b);
            }
            for (float w : model.weights()) {
                out.writeShort(Float.floatToFloat16(w));
            }
        }
        return bytes.toByteArray();
    }

    private static LinearModel decode(byte[] manifestBytes, ModelManifest m, byte[] weights, String where) {
        String actual = Datasets.sha256(weights);
        if (!actual.equals(m.weightsSha256())) {
            throw new ModelArtifactException(where + ": SHA-256 is " + actual + " but the manifest says "
                    + m.weightsSha256() + "; the weights were changed or belong to another model. Retrain or restore them.");
        }
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(weights), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new ModelArtifactException(where + ": not an ACE linear model weights file");
            }
            int buckets = in.readInt();
            int outputs = in.readInt();
            if (buckets != m.buckets() || outputs != m.labels().size()) {
                throw new ModelArtifactException(where + ": holds " + buckets + " x " + outputs
                        + " weights, the manifest says " + m.buckets() + " x " + m.labels().size());
            }
            float[] bias = new float[outputs];
            for (int i = 0; i < outputs; i++) {
                bias[i] = in.readFloat();
            }
            float[] w = new float[buckets * outputs];
            byte[] raw = new byte[w.length * 2];
            in.readFully(raw);
            java.nio.ShortBuffer halves = java.nio.ByteBuffer.wrap(raw).asShortBuffer();
            for (int i = 0; i < w.length; i++) {
                w[i] = Float.float16ToFloat(halves.get(i));
            }
            return new LinearModel(m.labels(), buckets, w, bias, cuts(m, where), m, Datasets.sha256(manifestBytes));
        } catch (IOException e) {
            throw new ModelArtifactException(where + ": truncated or corrupt weights (" + e.getMessage() + ")", e);
        }
    }

    private static double[] cuts(ModelManifest m, String where) {
        double[] c = new double[m.labels().size()];
        for (int i = 0; i < c.length; i++) {
            Double v = m.cuts().get(m.labels().get(i));
            if (v == null || !(v > 0 && v < 1)) {
                throw new ModelArtifactException(where + ": manifest field cuts." + m.labels().get(i)
                        + " is " + v + ", expected a probability in (0, 1)");
            }
            c[i] = v;
        }
        return c;
    }

    static ModelManifest parseManifest(byte[] bytes, String where) {
        ModelManifest m;
        try {
            m = JSON.readValue(bytes, ModelManifest.class);
        } catch (IOException e) {
            throw new ModelArtifactException(where + ": not a valid manifest (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        List<String> missing = new ArrayList<>();
        if (!ModelManifest.FORMAT.equals(m.format())) {
            missing.add("format is " + m.format() + ", expected " + ModelManifest.FORMAT);
        }
        if (m.weightsFile() == null) {
            missing.add("weightsFile is missing");
        }
        if (m.weightsSha256() == null) {
            missing.add("weightsSha256 is missing");
        }
        if (m.labels().isEmpty()) {
            missing.add("labels is empty");
        }
        if (!missing.isEmpty()) {
            throw new ModelArtifactException(where + ": " + String.join("; ", missing));
        }
        return m;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ModelArtifact.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ModelArtifactException("the shipped model " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelArtifactException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
