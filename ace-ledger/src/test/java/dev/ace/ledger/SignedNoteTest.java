package dev.ace.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SignedNoteTest {
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";

    static String resource(String name) throws IOException {
        try (InputStream in = SignedNoteTest.class.getResourceAsStream("notes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reproducesTheGoSumdbNoteExampleByteForByte() throws IOException {
        NoteSigner signer = NoteSigner.parse(resource("go-sumdb-example.signer"));
        assertThat(SignedNote.sign(GO_TEXT, signer)).isEqualTo(resource("go-sumdb-example.note"));
        assertThat(signer.text()).isEqualTo(resource("go-sumdb-example.signer").strip());
    }

    @Test
    void derivesTheGoExampleKeyId() throws IOException {
        NoteSigner signer = NoteSigner.parse(resource("go-sumdb-example.signer"));
        assertThat(signer.verifier().keyIdHex()).isEqualTo("c74f20a3");
        assertThat(signer.verifier().text()).isEqualTo(resource("go-sumdb-example.verifier").strip());
        assertThat(NoteVerifier.parse(resource("go-sumdb-example.verifier"))).isEqualTo(signer.verifier());
    }

    @Test
    void opensTheGoExampleAndRejectsAChangedBody() throws Exception {
        NoteVerifier key = NoteVerifier.parse(resource("go-sumdb-example.verifier"));
        String note = resource("go-sumdb-example.note");
        assertThat(SignedNote.open(note, key)).isEqualTo(GO_TEXT);
        assertThatThrownBy(() -> SignedNote.open(note.replace("cryptography", "cryptographY"), key))
                .isInstanceOf(ProofException.class).hasMessageContaining("does not verify");
    }

    /** The golden note was checked independently with Python's {@code cryptography} Ed25519 and hashlib. */
    @Test
    void matchesTheGoldenCheckpointNote() throws Exception {
        NoteSigner signer = NoteSigner.fromSeed("ace.example.com/decisions", HexFormat.of().parseHex("00".repeat(31) + "01"));
        Checkpoint cp = new Checkpoint("ace.example.com/decisions", 8,
                Digest.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));
        String note = SignedCheckpoint.sign(cp, signer).note();
        assertThat(note).isEqualTo(resource("checkpoint-golden.note"));
        assertThat(SignedCheckpoint.open(note, signer.verifier()).checkpoint()).isEqualTo(cp);
    }

    @Test
    void ignoresUnknownKeysButNeedsOneKnownSignature() throws Exception {
        NoteSigner a = NoteSigner.generate("log-a", new SecureRandom());
        NoteSigner b = NoteSigner.generate("witness-b", new SecureRandom());
        String note = SignedNote.sign("hello\n", a, b);
        assertThat(SignedNote.signatures(note)).hasSize(2);
        assertThat(SignedNote.open(note, a.verifier())).isEqualTo("hello\n");
        assertThat(SignedNote.open(note, b.verifier())).isEqualTo("hello\n");
        NoteSigner c = NoteSigner.generate("stranger", new SecureRandom());
        assertThatThrownBy(() -> SignedNote.open(note, c.verifier())).hasMessageContaining("no signature by a known key");
    }

    @Test
    void rejectsAForgedSignatureUnderAKnownKeyId() {
        NoteSigner a = NoteSigner.generate("log", new SecureRandom());
        String good = SignedNote.sign("body\n", a);
        String sig = good.substring(good.lastIndexOf(' ') + 1, good.length() - 1);
        byte[] raw = java.util.Base64.getDecoder().decode(sig);
        raw[10] ^= 1;
        String forged = good.replace(sig, java.util.Base64.getEncoder().encodeToString(raw));
        assertThatThrownBy(() -> SignedNote.open(forged, a.verifier())).hasMessageContaining("does not verify");
    }

    @Test
    void rejectsMalformedNotes() {
        NoteVerifier key = NoteSigner.generate("log", new SecureRandom()).verifier();
        assertThatThrownBy(() -> SignedNote.open("no blank line\n", key)).hasMessageContaining("no blank line");
        assertThatThrownBy(() -> SignedNote.open("body\n\n- log AAAA\n", key)).hasMessageContaining("em dash");
        assertThatThrownBy(() -> SignedNote.open("body\n\n\u2014 log !!!\n", key)).hasMessageContaining("not base64");
        assertThatThrownBy(() -> SignedNote.open("body\n\n\u2014 log AAAA\n", key)).hasMessageContaining("shorter");
        assertThatThrownBy(() -> SignedNote.sign("no newline", NoteSigner.generate("x", new SecureRandom())))
                .hasMessageContaining("end in a newline");
    }

    @Test
    void rejectsKeysWithWrongIdsOrNames() {
        String good = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
        assertThatThrownBy(() -> NoteVerifier.parse(good.replace("c74f20a3", "c74f20a4"))).hasMessageContaining("does not match");
        assertThatThrownBy(() -> NoteVerifier.parse("a+b")).hasMessageContaining("parts");
        assertThatThrownBy(() -> NoteVerifier.parse(good.replace("+AR", "+Ap"))).hasMessageContaining("0x01");
        assertThatThrownBy(() -> NoteSigner.generate("has space", new SecureRandom())).hasMessageContaining("no spaces");
        assertThatThrownBy(() -> NoteSigner.parse("PRIVATE+KEY+x+00000000+AAAA")).hasMessageContaining("32-byte");
    }
}
