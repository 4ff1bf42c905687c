package org.griddesk.app.config;

import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;

/** The window's services beyond cases and signing: dictionaries, settings, registrations, mail, remote changes. */
public record WorkplaceExtras(DictionaryService dictionaries, OrganisationSettingsService settings,
                              RegistrationService registrations, OutboxService outbox, ChangeFeed changes) {
}
