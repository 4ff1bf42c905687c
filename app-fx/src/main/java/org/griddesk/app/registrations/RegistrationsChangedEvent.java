package org.griddesk.app.registrations;

/** A registration arrived or changed on some workstation or from the portal since «Регистрации» last looked. */
public record RegistrationsChangedEvent() {
}
