package org.griddesk.persistence.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.persistence.database.LikePatterns;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;

/**
 * The queue's search box as conditions on the case table: each word (normalised by SearchText) must be in the
 * case's own key (number, title) or in its applicant's search text — two small indexed searches rather than one key
 * per case repeating its applicant's identifiers, whose digits would make every trigram common.
 */
final class CaseTextSearch {
    private static final int LISTED_MATCHES = 20_000;

    private final DSLContext dsl;

    CaseTextSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * PostgreSQL: per word, the union of two trigram-indexed look-ups. H2 has no such index and evaluates a subquery
     * again for every row, so there the matching cases are found first, word by word, and the queue then reads them
     * by id — unless so many match that one pass over all cases is cheaper.
     */
    Condition containing(List<String> words) {
        if (words.isEmpty()) {
            return DSL.noCondition();
        }
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return DSL.and(words.stream().map(word -> APPEAL.ID.in(casesContaining(LikePatterns.containing(word)))).toList());
        }
        Set<Long> matching = null;
        for (String word : words) {
            Set<Long> cases = casesContainingOnH2(LikePatterns.containing(word));
            if (cases == null) {
                return DSL.and(words.stream().map(each -> scanContaining(LikePatterns.containing(each))).toList());
            }
            if (matching == null) {
                matching = cases;
            } else {
                matching.retainAll(cases);
            }
        }
        return matching.isEmpty() ? DSL.falseCondition() : APPEAL.ID.in(matching);
    }

    /** The cases carrying a whole identifier or number ({@link ExactMatches}), when the query is one. */
    Optional<Condition> exact(List<String> words) {
        return ExactMatches.of(words).map(this::withIds);
    }

    /** PostgreSQL joins the ids' query in; H2, which would run it again for every row, gets them as a list. */
    private Condition withIds(Select<Record1<Long>> ids) {
        return dsl.dialect().family() == SQLDialect.POSTGRES ? APPEAL.ID.in(ids)
                : APPEAL.ID.in(dsl.fetch(ids).getValues(0, Long.class));
    }

    /** The ids of the cases whose own key or applicant contains the pattern; null when there are too many to list. */
    private Set<Long> casesContainingOnH2(String pattern) {
        List<Long> applicants = dsl.select(APPLICANT.ID).from(APPLICANT)
                .where(APPLICANT.SEARCH_TEXT.like(pattern, LikePatterns.ESCAPE)).limit(LISTED_MATCHES + 1).fetch(APPLICANT.ID);
        List<Long> own = dsl.select(APPEAL.ID).from(APPEAL).where(APPEAL.SEARCH_KEY.like(pattern, LikePatterns.ESCAPE))
                .limit(LISTED_MATCHES + 1).fetch(APPEAL.ID);
        if (applicants.size() > LISTED_MATCHES || own.size() > LISTED_MATCHES) {
            return null;
        }
        Set<Long> cases = new HashSet<>(own);
        if (!applicants.isEmpty()) {
            cases.addAll(dsl.select(APPEAL.ID).from(APPEAL).where(APPEAL.APPLICANT_ID.in(applicants)).fetch(APPEAL.ID));
        }
        return cases.size() > LISTED_MATCHES ? null : cases;
    }

    private static Condition scanContaining(String pattern) {
        return APPEAL.SEARCH_KEY.like(pattern, LikePatterns.ESCAPE).or(APPEAL.APPLICANT_ID.in(DSL.select(APPLICANT.ID)
                .from(APPLICANT).where(APPLICANT.SEARCH_TEXT.like(pattern, LikePatterns.ESCAPE))));
    }

    private static Select<Record1<Long>> casesContaining(String pattern) {
        var byCase = APPEAL.as("by_case");
        var byApplicant = APPEAL.as("by_applicant");
        return DSL.select(byCase.ID).from(byCase).where(byCase.SEARCH_KEY.like(pattern, LikePatterns.ESCAPE))
                .union(DSL.select(byApplicant.ID).from(byApplicant).where(byApplicant.APPLICANT_ID.in(
                        DSL.select(APPLICANT.ID).from(APPLICANT).where(APPLICANT.SEARCH_TEXT.like(pattern, LikePatterns.ESCAPE)))));
    }
}
