package dev.ace.models.linear;

import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionLoader;
import dev.ace.core.detect.Detector;
import dev.ace.core.detect.DetectorContract;

/** The n-gram detector made to score answers passes the contract too (it then scores both directions). */
class NgramAnswerDetectorContractTest extends DetectorContract {
    private static final Constitution CONSTITUTION = ConstitutionLoader.loadDefault();
    private static final NgramDetector DETECTOR = new NgramDetector(ModelArtifact.loadShipped(), true);

    @Override
    protected Detector detector() {
        return DETECTOR;
    }

    @Override
    protected Constitution constitution() {
        return CONSTITUTION;
    }
}
