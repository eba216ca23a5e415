package org.mycroft.curation.cases;

import java.util.Set;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;

/**
 * The steps of the draft → in review → published → archived workflow that cases and directory
 * entries share: who may take each step and from which statuses. A reviewer's return to draft
 * needs a comment.
 */
public enum Transition {
    SUBMIT(Role.CONTRIBUTOR, CaseStatus.IN_REVIEW, Set.of(CaseStatus.DRAFT)),
    PUBLISH(Role.REVIEWER, CaseStatus.PUBLISHED, Set.of(CaseStatus.IN_REVIEW)),
    RETURN_TO_DRAFT(Role.REVIEWER, CaseStatus.DRAFT, Set.of(CaseStatus.IN_REVIEW, CaseStatus.PUBLISHED, CaseStatus.ARCHIVED)),
    ARCHIVE(Role.REVIEWER, CaseStatus.ARCHIVED, Set.of(CaseStatus.PUBLISHED, CaseStatus.IN_REVIEW, CaseStatus.DRAFT));

    private final Role role;
    private final CaseStatus to;
    private final Set<CaseStatus> from;

    Transition(Role role, CaseStatus to, Set<CaseStatus> from) {
        this.role = role;
        this.to = to;
        this.from = from;
    }

    public Role role() {
        return role;
    }

    public CaseStatus to() {
        return to;
    }

    /** Refuses the step unless the curator's role allows it and the record's status is one it starts from. */
    public void check(CaseStatus current, Curator curator, String comment) {
        curator.require(role);
        if (this == RETURN_TO_DRAFT && (comment == null || comment.isBlank())) {
            throw new CaseValidationException(java.util.List.of(new FieldError("comment", CaseValidator.REQUIRED)));
        }
        if (!from.contains(current)) {
            throw new WorkflowException("curation.error.transition", "A record " + current.id() + " cannot become " + to.id());
        }
    }

    /** A contributor edits drafts; a reviewer also records in review. */
    public static void requireEditable(CaseStatus current, Curator curator) {
        curator.require(Role.CONTRIBUTOR);
        boolean editable = current == CaseStatus.DRAFT || (current == CaseStatus.IN_REVIEW && curator.role().includes(Role.REVIEWER));
        if (!editable) {
            throw new WorkflowException("curation.error.not-editable",
                    "A record " + current.id() + " cannot be edited by a " + curator.role().id());
        }
    }
}
