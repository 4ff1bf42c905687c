package org.griddesk.core.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * "Данные и настройки": the organisation's name and contacts, the mailbox that hears of new registrations and the
 * link to the page with application forms. Empty fields are empty strings; {@code version} is what the editor saw.
 */
public record OrganisationProfile(String name, String address, String phone, String email, String site,
                                  String notificationMailbox, String applicationFormsUrl, long version) {

    public OrganisationProfile {
        name = text(name);
        address = text(address);
        phone = text(phone);
        email = text(email);
        site = text(site);
        notificationMailbox = text(notificationMailbox);
        applicationFormsUrl = text(applicationFormsUrl);
    }

    /** Empty means the portal shows neither the link nor the sentence around it. */
    public Optional<String> applicationFormsLink() {
        return applicationFormsUrl.isEmpty() ? Optional.empty() : Optional.of(applicationFormsUrl);
    }

    public Optional<String> notificationAddress() {
        return notificationMailbox.isEmpty() ? Optional.empty() : Optional.of(notificationMailbox);
    }

    /** Same data, whatever the version. */
    public boolean sameDataAs(OrganisationProfile other) {
        return Objects.equals(withVersion(0), other.withVersion(0));
    }

    public OrganisationProfile withVersion(long newVersion) {
        return new OrganisationProfile(name, address, phone, email, site, notificationMailbox, applicationFormsUrl,
                newVersion);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
