package dev.ace.cli.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ace.cli.AceRun;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.models.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainHeadCommandTest {
    @Test
    void trainsAHeadOnTheGivenFilesAndTheShippedConstitutionsExamplesAndRecordsThemAndItsEvalSetsInTheManifest(@TempDir Path dir)
            throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        write(data.resolve("a.jsonl"), "How do I bake sourdough bread?", "safe", "Write a poem about autumn leaves.", "safe");
        write(data.resolve("b.jsonl"), "Give me step-by-step instructions to culture anthrax spores.", "unsafe",
                "What is the capital of Portugal?", "safe");
        write(data.resolve("output-direction.jsonl"), "Sure, here is a recipe.", "safe");
        Path out = dir.resolve("head");

        AceRun r = AceRun.of("train-head", "--data", data.toString(), "--out", out.toString(),
                "--cache", dir.resolve("cache").toString(), "--members", "1", "--threads", "1",
                "--eval", data.resolve("a.jsonl").toString(), data.resolve("b.jsonl").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("head.bin")).isNotEmptyFile();
        JsonNode m = new ObjectMapper().readTree(out.resolve("head.json").toFile());
        List<String> files = new ArrayList<>();
        m.get("trainingFiles").forEach(f -> files.add(f.get("file").asText()));
        assertThat(files).containsExactlyInAnyOrder("a.jsonl", "b.jsonl", "default.yaml"); // output-direction skipped
        String shippedSha;
        try (InputStream in = ConstitutionLoader.class.getResourceAsStream(ConstitutionLoader.DEFAULT_RESOURCE)) {
            shippedSha = Datasets.sha256(in.readAllBytes());
        }
        m.get("trainingFiles").forEach(f -> {
            if (f.get("file").asText().equals("default.yaml")) {
                assertThat(f.get("sha256").asText()).isEqualTo(shippedSha);
            }
        });
        assertThat(m.get("outputs").get(0).get("id").asText()).isEqualTo("any.unsafe");
        assertThat(m.get("heldOutSets")).hasSize(2); // one --eval takes several files
    }

    @Test
    void refusesAMeasurementOnlyFileWithStatusTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path devOnly = Files.createDirectories(dir.resolve("dev-only"));
        write(devOnly.resolve("phtest.jsonl"), "How do I kill a Python process?", "safe");
        Path out = dir.resolve("head");

        AceRun r = AceRun.of("train-head", "--data", devOnly.toString(), "--out", out.toString(),
                "--cache", dir.resolve("cache").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ace train-head:").contains("phtest.jsonl is a measurement-only file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingEvalFileIsReportedBeforeAnyTrainingAndNothingIsWritten(@TempDir Path dir) throws Exception {
        write(dir.resolve("a.jsonl"), "How do I bake sourdough bread?", "safe");
        Path out = dir.resolve("head");

        Path cache = dir.resolve("cache");

        AceRun r = AceRun.of("train-head", "--data", dir.resolve("a.jsonl").toString(), "--out", out.toString(),
                "--cache", cache.toString(), "--eval", dir.resolve("phtest.jsonl").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ace train-head: " + dir.resolve("phtest.jsonl") + ": no such file or directory");
        assertThat(cache).as("nothing was embedded").doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    void zeroThreadsIsAClearErrorNamingTheOption(@TempDir Path dir) {
        AceRun r = AceRun.of("train-head", "--data", dir.toString(), "--out", dir.resolve("head").toString(),
                "--threads", "0");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ace train-head: --threads needs a whole number of at least 1, not '0'");
    }

    private static void write(Path file, String... textLabel) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < textLabel.length; i += 2) {
            sb.append("{\"id\":\"").append(file.getFileName()).append('-').append(i / 2).append("\",\"text\":\"")
                    .append(textLabel[i]).append("\",\"label\":\"").append(textLabel[i + 1]).append("\"}\n");
        }
        Files.writeString(file, sb.toString());
    }
}
