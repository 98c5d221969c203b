package dev.ace.models.embed;

import dev.ace.core.Direction;
import dev.ace.core.Evidence;
import dev.ace.core.Role;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.Principle;
import dev.ace.core.detect.DetectionInput;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorInfo;
import dev.ace.core.detect.DetectorResult;
import dev.ace.core.detect.Signal;
import dev.ace.core.rules.Refusals;
import dev.ace.core.text.TextView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The embedding tier: every view of a turn (the normalised text, then each decoded payload) is cut into
 * overlapping word windows, each window is embedded with the bundled quantised all-MiniLM-L6-v2, and
 * each principle gets the highest score over all windows of all views, with the window as evidence.
 *
 * <p>A principle's score per window is the larger of (a) the trained head's calibrated output (input
 * direction only: the head was trained on prompts, and model answers look nothing like prompts) and
 * (b) the calibrated nearest-example similarity to the principle's violating and complying examples, so
 * a principle written with examples is scored before any retraining. Both are calibrated so that 0.5
 * is the decision line the cascade compares with the default threshold.
 *
 * <p>Thread-safe: the ONNX session, head and example index are shared and immutable. Cost: about 1.5 s
 * and 0.5 GB to load, then one embedding (about 4 ms for a short text, up to about 10 ms near the 128
 * word-piece cap, per core) per window per view. Escalate only undecided turns to it.
 */
public final class EmbeddingDetector implements Detector {
    public static final String ID = "embedding";

    private final Encoder encoder;
    private final HeadScorer head;
    private final Constitution constitution;
    private final ExampleIndex examples;
    private final Map<String, ExampleIndex> otherConstitutions = new ConcurrentHashMap<>();
    private final DetectorInfo info;
    /** Embeddings of recent long texts' windows by window text (about 1.6 KB each; see {@link #embedWindows}). */
    private final Map<String, float[]> windows = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > WINDOW_CACHE;
        }
    });
    static final int WINDOW_CACHE = 4096;
    /** Windows of long texts embedded (not found in {@link #windows}), for tests. */
    final java.util.concurrent.atomic.AtomicLong windowsEmbedded = new java.util.concurrent.atomic.AtomicLong();

    private EmbeddingDetector(Encoder encoder, HeadScorer head, Constitution constitution) {
        String trainedOn = head.head().manifest().encoderDigest();
        if (!trainedOn.equals(encoder.digest())) {
            throw new IllegalStateException("the embedding head was trained on encoder sha256:" + trainedOn
                    + " but the bundled encoder is sha256:" + encoder.digest() + "; retrain the head (HeadTrainer)");
        }
        this.encoder = encoder;
        this.head = head;
        this.constitution = constitution;
        this.examples = ExampleIndex.build(constitution, encoder);
        this.info = new DetectorInfo(ID, version(encoder, head, constitution), DetectorInfo.Kind.MODEL, covers());
    }

    /**
     * The shipped model and head, with the examples of {@code constitution} indexed. Embeds on the common
     * fork-join pool when a text has several windows.
     */
    public static EmbeddingDetector loadDefault(Constitution constitution) {
        return load(constitution, ForkJoinPool.commonPool());
    }

    /** As {@link #loadDefault}, embedding the windows of a long text in parallel on {@code parallel}. */
    public static EmbeddingDetector load(Constitution constitution, Executor parallel) {
        return new EmbeddingDetector(Encoder.load(parallel), new HeadScorer(EmbeddingHead.loadBundled()), constitution);
    }

    /** Package-private for tests and training: a detector with a given head. */
    static EmbeddingDetector of(Encoder encoder, HeadScorer head, Constitution constitution) {
        return new EmbeddingDetector(encoder, head, constitution);
    }

    @Override
    public DetectorInfo info() {
        return info;
    }

    @Override
    public DetectorResult detect(DetectionInput input) {
        ExampleIndex index = indexFor(input.constitution());
        Set<String> applicable = new LinkedHashSet<>();
        for (Principle p : input.constitution().principles()) {
            if (p.appliesTo(input.direction())) {
                applicable.add(p.id());
            }
        }
        Map<String, Signal> best = new LinkedHashMap<>();
        for (TextView view : input.modelViews()) {
            // system turns are the operator's instructions, not prompts: see NgramDetector
            // an answer's refusing sentences restate what they decline (see NgramDetector); blanked, not removed,
            // so that window offsets are still offsets into the view
            String text = input.direction() == Direction.OUTPUT
                    ? Refusals.opening(view.text(), dev.ace.models.linear.NgramDetector.ANSWER_OPENING) : view.text();
            if (text.isBlank() || view.role() == Role.SYSTEM) {
                continue;
            }
            List<Chunker.Chunk> chunks = Chunker.chunks(text);
            List<float[]> vectors = chunks.size() == 1 ? List.of(encoder.embed(chunks.get(0).text())) : embedWindows(chunks);
            for (int c = 0; c < chunks.size(); c++) {
                Evidence evidence = view.evidence(chunks.get(c).start(), chunks.get(c).end());
                for (Map.Entry<String, Double> s : score(vectors.get(c), index, input.direction()).entrySet()) {
                    if (!applicable.contains(s.getKey())) {
                        continue;
                    }
                    Signal prev = best.get(s.getKey());
                    if (prev == null || s.getValue() > prev.score()) {
                        best.put(s.getKey(), new Signal(s.getKey(), s.getValue(), evidence));
                    }
                }
            }
        }
        return new DetectorResult(new ArrayList<>(best.values()));
    }

    /**
     * The embeddings of a long text's windows, those seen lately from {@link #windows}. A streamed answer is judged
     * whole at doubling lengths (the gateway's slower tier), and since a window starts at a sentence and holds whole
     * sentences, the windows of the earlier text recur unchanged in each later check.
     */
    private List<float[]> embedWindows(List<Chunker.Chunk> chunks) {
        float[][] out = new float[chunks.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int c = 0; c < out.length; c++) {
            out[c] = windows.get(chunks.get(c).text());
            if (out[c] == null) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = encoder.embedAll(missing.stream().map(c -> chunks.get(c).text()).toList());
            windowsEmbedded.addAndGet(fresh.size());
            for (int m = 0; m < fresh.size(); m++) {
                out[missing.get(m)] = fresh.get(m);
                windows.put(chunks.get(missing.get(m)).text(), fresh.get(m));
            }
        }
        return List.of(out);
    }

    /**
     * The unit-length 384-d sentence embedding of one window of text (the tokenizer truncates at 128 word
     * pieces; {@link #detect} cuts long texts into windows first). Thread-safe; about 4 ms for a short text.
     */
    public float[] embed(String text) {
        return encoder.embed(text);
    }

    /** Scores one text's embedding per principle: the larger of the head (input only) and the examples. */
    Map<String, Double> score(float[] embedding, ExampleIndex index, Direction direction) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (direction == Direction.INPUT) {
            out.putAll(head.scores(embedding));
        }
        index.scores(embedding).forEach((id, s) -> out.merge(id, s, Math::max));
        return out;
    }

    Encoder encoder() {
        return encoder;
    }

    HeadScorer head() {
        return head;
    }

    ExampleIndex examples() {
        return examples;
    }

    private ExampleIndex indexFor(Constitution c) {
        if (c == constitution || c.digest().equals(constitution.digest())) {
            return examples;
        }
        if (otherConstitutions.size() > 4) {
            otherConstitutions.clear();
        }
        return otherConstitutions.computeIfAbsent(c.digest(), d -> ExampleIndex.build(c, encoder));
    }

    private Set<String> covers() {
        Set<String> ids = new LinkedHashSet<>(examples.principles());
        for (HeadManifest.Output o : head.head().outputs()) {
            if (!o.id().equals(EmbeddingHead.ANY) && constitution.principle(o.id()).isPresent()) {
                ids.add(o.id());
            }
        }
        return ids;
    }

    private static String version(Encoder encoder, HeadScorer head, Constitution constitution) {
        return Encoder.MODEL_NAME + "@" + encoder.digest().substring(0, 12)
                + "+head@" + head.head().manifest().weightsSha256().substring(0, 12)
                + "+examples@" + constitution.digest().substring(0, 12);
    }
}
