package dev.ace.core.constitution;

/**
 * One problem in a configuration document, located precisely enough to fix it without a debugger.
 *
 * @param file   the file (or resource) name
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param field  the path to the field, e.g. {@code principles[2].severity}
 * @param value  the offending value as written, or null when the field is missing
 * @param rule   the rule the value breaks, in plain words
 */
public record ConfigError(String file, int line, int column, String field, String value, String rule) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ").append(field).append(": ");
        if (value != null) {
            String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
            sb.append('\'').append(shown.replace("\n", "\\n")).append("' ");
        }
        return sb.append(rule).toString();
    }
}
