package org.griddesk.core.deadlines;

import java.math.BigDecimal;
import org.griddesk.core.applicants.ApplicantType;

/**
 * A row of the rule table: the term of a stage for a kind of request, narrowed by the applicant's type, the
 * capacity band, a voltage ceiling and temporary connection (each null = any). {@code source} names the point of
 * the decree; {@code toConfirm} marks a figure seeded without a confirmed text («уточнить»).
 */
public record DeadlineRule(long id, RequestKind kind, DeadlineStage stage, ApplicantType applicantType,
                           CapacityBand band, BigDecimal voltageUpToKv, Boolean temporary, int term, TermUnit unit,
                           String source, boolean toConfirm, long version) {
    public static final int MAX_SOURCE = 500;

    /** Whether every criterion the rule sets holds for {@code category}; unknown capacity or voltage never does. */
    public boolean appliesTo(CaseCategory category) {
        if (kind != category.kind()) {
            return false;
        }
        if (applicantType != null && applicantType != category.applicantType()) {
            return false;
        }
        if (band != null && (category.capacityKw() == null || CapacityBand.of(category.capacityKw()) != band)) {
            return false;
        }
        if (voltageUpToKv != null && (category.voltageKv() == null || category.voltageKv().compareTo(voltageUpToKv) > 0)) {
            return false;
        }
        return temporary == null || temporary == category.temporary();
    }

    /**
     * How many criteria narrow the rule: of several that apply, the narrowest wins. Temporary connection is a regime
     * of its own, so it outweighs all the others together.
     */
    int narrowness() {
        return (applicantType == null ? 0 : 1) + (band == null ? 0 : 1) + (voltageUpToKv == null ? 0 : 1)
                + (temporary == null ? 0 : 4);
    }

    /** "10 раб. дн." */
    public String termText() {
        return term + " " + unit.title();
    }
}
