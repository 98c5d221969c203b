package dev.ace.models.embed;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorContract;

/** The shipped embedding detector passes the contract every detector passes. */
class EmbeddingDetectorContractTest extends DetectorContract {
    private static final Constitution CONSTITUTION = ConstitutionLoader.loadDefault();
    private static final EmbeddingDetector DETECTOR = EmbeddingDetector.loadDefault(CONSTITUTION);

    @Override
    protected Detector detector() {
        return DETECTOR;
    }

    @Override
    protected Constitution constitution() {
        return CONSTITUTION;
    }
}
