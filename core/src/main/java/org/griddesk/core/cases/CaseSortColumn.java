package org.griddesk.core.cases;

public enum CaseSortColumn {
    REGISTRATION_NUMBER, KIND, TITLE, APPLICANT, STATUS, CREATED, UPDATED, DUE, ASSIGNEE
}
