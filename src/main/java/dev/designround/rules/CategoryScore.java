package dev.designround.rules;

/**
 * The score within one category: the weighted share of its rules that passed, 0–100.
 *
 * @param passed how many of its rules passed
 * @param total  how many of its rules were evaluated
 */
public record CategoryScore(RuleCategory category, double score, int passed, int total) {
}
