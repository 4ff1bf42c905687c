package org.griddesk.app.login;

import java.util.List;

/** What the first screen must tell: demo accounts in demo mode, or where the one-time password is. */
public record StartupReport(boolean demoMode, List<DemoAccount> demoAccounts, String notice) {
}
