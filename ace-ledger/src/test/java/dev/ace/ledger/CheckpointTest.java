package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    static final String ROOT = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";

    @Test
    void writesAndParsesTheTlogCheckpointBody() throws ProofException {
        String body = "ace.example.com/decisions\n8\n" + ROOT + "\n";
        Checkpoint cp = Checkpoint.parse(body);
        assertThat(cp.size()).isEqualTo(8);
        assertThat(cp.root().hex()).isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        assertThat(cp.text()).isEqualTo(body);
    }

    @Test
    void keepsExtensionLines() throws ProofException {
        Checkpoint cp = Checkpoint.parse("o\n0\n" + ROOT + "\next one\n");
        assertThat(cp.extensions()).isEqualTo(List.of("ext one"));
        assertThat(cp.text()).endsWith("ext one\n");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "o\\n8\\nROOT|does not end in a newline",
        "o\\n8\\n|at least 3 lines",
        "\\n8\\nROOT\\n|the origin is empty",
        "o\\n08\\nROOT\\n|leading zero",
        "o\\n-1\\nROOT\\n|not a decimal number",
        "o\\n99999999999999999999\\nROOT\\n|too large",
        "o\\n8\\nnot base64!\\n|not standard base64",
        "o\\n8\\nAAAA\\n|not 32 bytes",
        "o\\n8\\nROOT\\n\\n|extension line is empty",
    })
    void rejectsMalformedCheckpoints(String body, String message) {
        String text = body.replace("\\n", "\n").replace("ROOT", ROOT);
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(ProofException.class).hasMessageContaining(message);
    }
}
