package org.griddesk.signing;

/** Outcome of a signature check, ordered from best to worst. */
public enum Verdict {
    VALID("Подпись действительна"),
    UNKNOWN("Не удалось проверить подпись"),
    INVALID("Подпись недействительна");

    private final String title;

    Verdict(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
