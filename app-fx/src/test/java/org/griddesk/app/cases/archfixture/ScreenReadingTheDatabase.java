package org.griddesk.app.cases.archfixture;

/** A deliberate violation: a screen calling storage directly instead of a core port. */
public class ScreenReadingTheDatabase {
    public Class<?> repository() {
        return org.griddesk.persistence.cases.JooqCaseRepository.class;
    }
}
