package dev.ace.models.linear;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorContract;

/** The shipped n-gram detector passes the contract every detector passes. */
class NgramDetectorContractTest extends DetectorContract {
    private static final Constitution CONSTITUTION = ConstitutionLoader.loadDefault();
    private static final NgramDetector DETECTOR = new NgramDetector(ModelArtifact.loadShipped());

    @Override
    protected Detector detector() {
        return DETECTOR;
    }

    @Override
    protected Constitution constitution() {
        return CONSTITUTION;
    }
}
