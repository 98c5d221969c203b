package dev.ace.gateway.sensitive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveDataDetectorTest {
    final SensitiveDataDetector d = new SensitiveDataDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "write to jane.doe@example.co.uk today|EMAIL",
            "call +44 20 7946 0958 now|PHONE",
            "call (415) 555-0132 now|PHONE",
            "card 4111 1111 1111 1111 exp 12/29|PAYMENT_CARD",
            "card 5500-0000-0000-0004|PAYMENT_CARD",
            "ssn 123-45-6789 on file|NATIONAL_ID",
            "NI number AB 12 34 56 C here|NATIONAL_ID",
            "IBAN GB82 WEST 1234 5698 7654 32 please|NATIONAL_ID",
            "key sk-proj-abcdefghijklmnopqrstuvwxyz123456|SECRET",
            "aws AKIAIOSFODNN7EXAMPLE in config|SECRET",
            "token ghp_abcdefghijklmnopqrstuvwxyz0123456789 leaked|SECRET",
            "password = hunter2hunter2|SECRET"})
    void findsEachKind(String text, SensitiveKind kind) {
        assertThat(d.find(text)).extracting(SensitiveMatch::kind).containsExactly(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"card 4111 1111 1111 1112 fails Luhn", "the year 2024 and 42 apples",
            "version 1.2.3.4", "ssn 000-12-3456 is invalid", "no secrets here, just sk- talk"})
    void ignoresLookalikes(String text) {
        assertThat(d.find(text)).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** Skipping the rules that cannot match never changes what is found (random texts built from the patterns' parts). */
    @ParameterizedTest
    @MethodSource("seeds")
    void skippingImpossibleRulesFindsTheSame(long seed) {
        Random r = new Random(seed);
        String[] parts = {"sk-", "proj-", "AKIA", "ASIA", "AIza", "ghp_", "xoxb-", "-----BEGIN RSA PRIVATE KEY-----",
                "password", "Api_Key", "secret", " = ", ": ", "@", ".", "example", "com", "co.uk", "(415)", "+44",
                "4111", "1111", "5500", "0000", "0004", "123", "45", "6789", "AB", "GB82", "WEST", " ", " ", "-",
                "_", "weather", "Lisbon", "IOSFODNN7EXAMPLE", "abcdefghijklmnopqrstuvwxyz", "\n", "é",
                "KEY", "Token", "access-token", "=", ":", "(", ")", "+", "7", "12 34 56", " C", "555-0132", ".", "ghs_",
                "xoxp-", "4222222222222", "12 345 678", "AB 12 34 56 C", "123-45-6789", "GB82WEST12345698765432", "20 7946 0958", "\u212A", "İ", "9", "-12-"};
        for (int t = 0; t < 10; t++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(r.nextInt(4) == 0 ? String.valueOf((char) (' ' + r.nextInt(95))) : parts[r.nextInt(parts.length)]);
            }
            String text = sb.toString();
            assertThat(d.find(text, true)).as(text).isEqualTo(d.find(text, false));
        }
    }

    @Test
    void luhnAcceptsValidAndRejectsOffByOne() {
        assertThat(SensitiveDataDetector.luhn("4539 1488 0343 6467")).isTrue();
        assertThat(SensitiveDataDetector.luhn("4539 1488 0343 6468")).isFalse();
        assertThat(SensitiveDataDetector.luhn("0")).isFalse();
    }

    @Test
    void redactsEveryMatchInPlace() {
        assertThat(d.redact("mail a@b.io, card 4111111111111111."))
                .isEqualTo("mail [REDACTED:EMAIL], card [REDACTED:PAYMENT_CARD].");
    }
}
