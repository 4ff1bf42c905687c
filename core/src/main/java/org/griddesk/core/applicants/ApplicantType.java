package org.griddesk.core.applicants;

/** The four legal forms a portal user registers under (seed 000). */
public enum ApplicantType {
    INDIVIDUAL("Физическое лицо"),
    SOLE_PROPRIETOR("Индивидуальный предприниматель"),
    LEGAL_ENTITY("Юридическое лицо"),
    PROXY("Представитель по доверенности");

    private final String title;

    ApplicantType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
