package org.griddesk.app.cases;

import org.griddesk.core.cases.CaseAssignment;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.portal.PortalArrivals;
import org.griddesk.core.reports.ReportService;

/**
 * The core services behind the queue's «Исполнитель», «Срок» and «Выгрузить», and the portal's arrivals its tab
 * counts.
 */
public record QueueServices(CaseAssignment assignment, DeadlineService deadlines, ReportService reports,
                            PortalArrivals arrivals) {
}
