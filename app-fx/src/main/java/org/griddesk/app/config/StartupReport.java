package org.griddesk.app.config;

import java.util.List;
import org.griddesk.app.login.DemoAccount;

/** What the first screen must tell: demo accounts in demo mode, or where the one-time password is. */
public record StartupReport(boolean demoMode, List<DemoAccount> demoAccounts, String notice) {
}
