package org.griddesk.core.notifications;

/** One plain-text e-mail, already rendered from its template. */
public record MailMessage(String to, String subject, String body) {
}
