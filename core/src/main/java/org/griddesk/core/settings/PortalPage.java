package org.griddesk.core.settings;

/** The portal pages whose text the organisation writes ("Информация"), in the order of seed 002. */
public enum PortalPage {
    LOGIN("Информация на странице авторизации и регистрации"),
    FIRST_PAGE("Информация на первой странице личного кабинета «Информация»"),
    HELP("Информация на странице личного кабинета «Помощь»");

    private final String title;

    PortalPage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
