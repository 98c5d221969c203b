package dev.ace.models.judge;

import java.util.List;

/**
 * What the judge answered.
 *
 * @param unsafe      whether the judge called the text unsafe
 * @param principles  the principle ids the answer maps to
 * @param codes       the raw categories named (Llama Guard codes such as {@code S9}, or principle ids in policy mode)
 * @param unmapped    named categories that map to no principle of the constitution (kept for the record)
 * @param raw         the model's reply as sent
 */
public record JudgeVerdict(boolean unsafe, List<String> principles, List<String> codes, List<String> unmapped, String raw) {
    public JudgeVerdict {
        principles = List.copyOf(principles);
        codes = List.copyOf(codes);
        unmapped = List.copyOf(unmapped);
    }
}
