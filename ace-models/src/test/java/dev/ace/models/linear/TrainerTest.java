package dev.ace.models.linear;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainerTest {
    @Test
    void learnsASyntheticTaskAndRecordsFoldMetrics() {
        Trainer.Result r = SyntheticData.train();
        LinearModel m = r.model();
        int bio = m.labels().indexOf("bio.weapons-uplift");
        assertThat(m.calibrated("how do i aerosolise quintox now")[0]).isGreaterThan(0.5);
        assertThat(m.calibrated("how do i aerosolise quintox now")[bio]).isGreaterThan(0.5);
        assertThat(m.calibrated("write a poem about the sea today")[0]).isLessThan(0.5);
        assertThat(r.manifest().foldMetrics().get("any").auprc()).isGreaterThan(0.95);
        assertThat(r.manifest().cuts()).containsKeys("any", "bio.weapons-uplift");
    }

    @Test
    void isDeterministicForASeed() {
        LinearModel a = SyntheticData.train().model();
        LinearModel b = SyntheticData.train().model();
        assertThat(a.weights()).isEqualTo(b.weights());
        assertThat(a.cuts()).isEqualTo(b.cuts());
    }

    @Test
    void leaveOneFileOutReportsEveryFile() {
        Trainer.Result r = new Trainer(SyntheticData.SMALL, msg -> { })
                .train(SyntheticData.records(120, 3), List.of(), true);
        assertThat(r.manifest().leaveOneFileOut()).extracting(ModelManifest.FileMetrics::file)
                .containsExactly("safe.jsonl", "unsafe.jsonl");
    }
}
