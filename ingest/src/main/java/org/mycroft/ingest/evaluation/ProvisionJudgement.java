package org.mycroft.ingest.evaluation;

import java.util.Set;

/**
 * How a lawyer judged one provision: the tags it must carry because the provision is about them
 * ({@code required}), and the tags it only names in passing ({@code mentions}). Ids of every family
 * (articles, crime types, cross-cutting issues) together, exactly as in TAXONOMY.md.
 *
 * @param unit   the unit id {@code mycroft tag --json} prints for the provision
 * @param reason one line saying why, where it is not obvious (may be empty)
 */
public record ProvisionJudgement(String unit, Set<String> required, Set<String> mentions, String reason) {

    public ProvisionJudgement {
        required = Set.copyOf(required);
        mentions = Set.copyOf(mentions);
        reason = reason == null ? "" : reason;
    }
}
