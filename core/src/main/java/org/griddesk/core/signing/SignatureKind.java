package org.griddesk.core.signing;

/** ПЭП (an SMS code confirmed on the portal) or УКЭП (a GOST CAdES signature). */
public enum SignatureKind {
    SIMPLE("Простая электронная подпись"),
    QUALIFIED("Усиленная квалифицированная электронная подпись");

    private final String title;

    SignatureKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
