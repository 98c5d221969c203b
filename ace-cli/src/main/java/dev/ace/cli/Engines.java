package dev.ace.cli;

import dev.ace.core.Inspector;
import dev.ace.core.constitution.Constitution;
import dev.ace.core.constitution.ConstitutionException;
import dev.ace.core.constitution.ConstitutionLoader;

import java.nio.file.Path;

/** How the command line builds its constitution and inspector. */
final class Engines {
    private Engines() {
    }

    static Constitution constitution(Path file) throws ConstitutionException {
        return file == null ? ConstitutionLoader.loadDefault() : ConstitutionLoader.load(file);
    }

    /** The inspector the commands use by default: the best one shipped. */
    static Inspector inspector(Constitution constitution) {
        return dev.ace.models.ShippedInspector.create(constitution);
    }
}
