package org.griddesk.app.accounts;

import java.time.Clock;
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.reports.PdfReports;

/** What the energy-retail tabs work with: accounts and their link requests, meter readings, receipts as PDF, the clock. */
public record RetailServices(AccountService accounts, ReadingService readings, PdfReports pdf, Clock clock) {
}
