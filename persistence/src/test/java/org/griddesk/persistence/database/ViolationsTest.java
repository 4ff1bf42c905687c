package org.griddesk.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** A constraint is told apart by its exact SQLState and its name, never by the SQLState class alone. */
class ViolationsTest {
    private static DataAccessException failure(String state, String message) {
        return new DataAccessException(message, new SQLException(message, state));
    }

    @Test
    void aDuplicateNumberIsTheNumbersAndNothingElse() {
        DataAccessException duplicate = failure("23505",
                "duplicate key value violates unique constraint \"appeal_registration_number_key\"");
        assertThat(Violations.unique(duplicate, "registration_number")).isTrue();
        assertThat(Violations.unique(duplicate, "document_signature_once_per_side")).isFalse();
        assertThat(Violations.unique(failure("23502", "null value in column \"registration_number\" violates not-null"),
                "registration_number")).as("NOT NULL is not a duplicate").isFalse();
        assertThat(Violations.unique(failure("23514", "new row violates check constraint on registration_number"),
                "registration_number")).as("CHECK is not a duplicate").isFalse();
    }

    @Test
    void aReferenceIsNotADuplicate() {
        DataAccessException referenced = failure("23503", "Referential integrity constraint violation: "
                + "\"CONSTRAINT_1: PUBLIC.DOCUMENT_SIGNATURE FOREIGN KEY(DOCUMENT_ID) REFERENCES PUBLIC.TIMELINE_ITEM(ID)\"");
        assertThat(Violations.referenced(referenced, "document_signature")).isTrue();
        assertThat(Violations.unique(referenced, "document_signature")).isFalse();
    }
}
