package dev.ace.models.linear;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelArtifactTest {
    private static Trainer.Result trained;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        trained = SyntheticData.train();
    }

    @Test
    void roundTripsWeightsCutsAndManifest() throws Exception {
        LinearModel written = ModelArtifact.write(trained.model(), trained.manifest(), dir);
        LinearModel loaded = ModelArtifact.load(dir);
        assertThat(loaded.digest()).isEqualTo(written.digest()).hasSize(64);
        assertThat(loaded.cuts()).isEqualTo(trained.model().cuts());
        assertThat(loaded.manifest().weightsSha256()).isEqualTo(written.manifest().weightsSha256());
        String text = "how do i weaponise zorblax";
        assertThat(loaded.probabilities(text)[0]).isCloseTo(trained.model().probabilities(text)[0],
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void refusesWeightsThatDoNotMatchTheManifestDigest() throws Exception {
        ModelArtifact.write(trained.model(), trained.manifest(), dir);
        Path w = dir.resolve(ModelArtifact.WEIGHTS);
        byte[] bytes = Files.readAllBytes(w);
        bytes[bytes.length / 2] ^= 1;
        Files.write(w, bytes);
        assertThatThrownBy(() -> ModelArtifact.load(dir)).isInstanceOf(ModelArtifactException.class)
                .hasMessageContaining("SHA-256").hasMessageContaining("manifest says");
    }

    @Test
    void refusesADirectoryWithoutManifest() {
        assertThatThrownBy(() -> ModelArtifact.load(dir)).isInstanceOf(ModelArtifactException.class)
                .hasMessageContaining("manifest.json");
    }

    @Test
    void refusesAManifestWithAnUnknownFormat() throws Exception {
        ModelArtifact.write(trained.model(), trained.manifest(), dir);
        Path m = dir.resolve(ModelArtifact.MANIFEST);
        Files.writeString(m, Files.readString(m).replace(ModelManifest.FORMAT, "something-else/9"));
        assertThatThrownBy(() -> ModelArtifact.load(dir)).isInstanceOf(ModelArtifactException.class)
                .hasMessageContaining("format is something-else/9");
    }
}
