package dev.ace.core.rules;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

class RuleDetectorContractTest extends DetectorContract {
    private static final Constitution CONSTITUTION = load();
    private static final RuleDetector DETECTOR = new RuleDetector(CONSTITUTION);

    private static Constitution load() {
        try (InputStream in = RuleDetectorContractTest.class.getResourceAsStream("/dev/ace/core/constitution/small.yaml")) {
            return ConstitutionLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Detector detector() {
        return DETECTOR;
    }

    @Override
    protected Constitution constitution() {
        return CONSTITUTION;
    }
}
