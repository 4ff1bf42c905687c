package org.griddesk.core.settings;

import java.util.List;

/** The three portal texts; each is saved on its own, so two administrators may edit different pages at once. */
public record PortalTexts(PortalText login, PortalText firstPage, PortalText help) {

    public static PortalTexts of(List<PortalText> texts) {
        return new PortalTexts(find(texts, PortalPage.LOGIN), find(texts, PortalPage.FIRST_PAGE), find(texts, PortalPage.HELP));
    }

    public PortalText get(PortalPage page) {
        return switch (page) {
            case LOGIN -> login;
            case FIRST_PAGE -> firstPage;
            case HELP -> help;
        };
    }

    public List<PortalText> all() {
        return List.of(login, firstPage, help);
    }

    /** A page never saved reads as empty, version 0. */
    private static PortalText find(List<PortalText> texts, PortalPage page) {
        return texts.stream().filter(text -> text.page() == page).findFirst().orElse(new PortalText(page, "", 0));
    }
}
