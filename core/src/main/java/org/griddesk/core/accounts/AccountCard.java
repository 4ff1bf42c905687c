package org.griddesk.core.accounts;

import java.util.List;
import org.griddesk.core.readings.MeterReadings;

/**
 * What a clerk sees of an account: its details and users, tariffs, three years of charges and payments by month and
 * supplier, its meters with their readings, and the portal users' link requests for it.
 */
public record AccountCard(PersonalAccount account, List<LinkedUser> users, List<Tariff> tariffs,
                          List<MonthTotal> months, List<SupplierMonth> bySupplier, List<Charge> charges,
                          List<Payment> payments, List<MeterReadings> meters, List<LinkRequest> requests) {
}
