package org.griddesk.persistence.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.persistence.database.LikePatterns;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;

/**
 * The fast path of a search for one whole identifier or registration number: indexed equality instead of a
 * «contains» scan. A clerk typing a full INN, OGRN(IP), SNILS, phone or case number wants its owner; when nothing
 * is equal, the search falls back to «contains» (JooqCaseRepository), so a partial number still finds its cases.
 */
final class ExactMatches {
    private static final Set<Integer> IDENTIFIER_LENGTHS = Set.of(10, 11, 12, 13, 15);

    private ExactMatches() {
    }

    /** The ids of the cases carrying the word whole, when it looks like an identifier or a number; empty otherwise. */
    static Optional<Select<Record1<Long>>> of(List<String> words) {
        if (words.size() != 1 || words.getFirst().chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String word = words.getFirst();
        // The key starts with the normalised number: a prefix range on an ordinary index.
        List<Select<Record1<Long>>> cases = new ArrayList<>(List.of(DSL.select(APPEAL.ID).from(APPEAL)
                .where(APPEAL.SEARCH_KEY.like(LikePatterns.escape(word) + " | %", LikePatterns.ESCAPE))));
        if (word.chars().allMatch(Character::isDigit) && IDENTIFIER_LENGTHS.contains(word.length())) {
            List<Select<Record1<Long>>> applicants = new ArrayList<>(List.of(
                    DSL.select(APPLICANT.ID).from(APPLICANT).where(APPLICANT.INN.eq(word)),
                    DSL.select(APPLICANT.ID).from(APPLICANT).where(APPLICANT.OGRN.eq(word)),
                    DSL.select(APPLICANT.ID).from(APPLICANT).where(APPLICANT.OGRNIP.eq(word)),
                    DSL.select(APPLICANT.ID).from(APPLICANT).where(APPLICANT.SNILS.eq(word))));
            if (word.length() == 11 && (word.startsWith("7") || word.startsWith("8"))) {
                applicants.add(DSL.select(APPLICANT.ID).from(APPLICANT).where(APPLICANT.PHONE.eq("+7" + word.substring(1))));
            }
            cases.add(DSL.select(APPEAL.ID).from(APPEAL)
                    .where(APPEAL.APPLICANT_ID.in(applicants.stream().reduce(Select::union).orElseThrow())));
        }
        return Optional.of(cases.stream().reduce(Select::union).orElseThrow());
    }
}
