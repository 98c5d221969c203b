package dev.ace.models.data;

import java.util.Objects;

/**
 * One labelled record of a dataset.
 *
 * @param id       the record's id in its source
 * @param text     the raw text
 * @param unsafe   true when labelled {@code unsafe}
 * @param category the source's own category (may be empty; project-authored examples use a principle id)
 * @param source   the repository and path the record came from
 * @param file     the file it was read from (its file name), for per-file reports and leave-one-out folds
 * @param systemPrompt the system prompt the text was sent under (the data's optional {@code system_prompt}
 *                     field; prompt-injection sets need it), or empty
 */
public record LabeledText(String id, String text, boolean unsafe, String category, String source, String file,
                          String systemPrompt) {
    public LabeledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        category = category == null ? "" : category;
        source = source == null ? "" : source;
        file = file == null ? "" : file;
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
    }

    /** A record sent without a system prompt. */
    public LabeledText(String id, String text, boolean unsafe, String category, String source, String file) {
        this(id, text, unsafe, category, source, file, "");
    }
}
