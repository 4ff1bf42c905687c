package org.griddesk.core.signing;

/** The kinds of key source, as the signing dialog names them. */
public enum KeySourceKind {
    PKCS12_FILE("Файл ключа PKCS#12 (.pfx, .p12)", true),
    PKCS11_TOKEN("Токен PKCS#11 (Рутокен, JaCarta)", false),
    CRYPTOPRO("КриптоПро CSP (контейнеры JCP)", false);

    private final String title;
    private final boolean fileBased;

    KeySourceKind(String title, boolean fileBased) {
        this.title = title;
        this.fileBased = fileBased;
    }

    public String title() {
        return title;
    }

    public boolean fileBased() {
        return fileBased;
    }
}
