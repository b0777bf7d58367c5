package dev.designround.scenario;

/**
 * A question a strong candidate asks before drawing, with the interviewer's answer (revealed one by one in the
 * app, like asking the interviewer).
 *
 * @param topic    what it pins down: volume, users, latency, cost, accuracy, compliance, ...
 * @param question the candidate's question
 * @param answer   the interviewer's answer
 */
public record ClarifyingQuestion(String topic, String question, String answer) {
}
