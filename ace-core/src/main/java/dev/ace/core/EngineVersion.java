package dev.ace.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the ACE engine, cited by every verdict. */
public final class EngineVersion {
    private static final String VERSION = load();

    private EngineVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
