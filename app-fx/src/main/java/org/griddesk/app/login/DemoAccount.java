package org.griddesk.app.login;

/** A demo operator shown on the login screen, in demo mode only. */
public record DemoAccount(String login, String password, String role) {
}
