package org.griddesk.app.login;

import java.util.List;

/**
 * What the first screen must tell: demo accounts in demo mode, or where the one-time password is; and a warning
 * the window keeps showing (demo roots found among the trusted ones outside demo mode), or empty.
 */
public record StartupReport(boolean demoMode, List<DemoAccount> demoAccounts, String notice, String warning) {
}
