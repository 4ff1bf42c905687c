package org.griddesk.app.cases;

import java.time.Clock;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.contracts.ContractService;
import org.griddesk.core.reports.PdfReports;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.SigningKeys;

/** The core services behind the queue and the case card, with its signing, contract and report dialogs. */
public record CaseScreenServices(CaseService cases, DocumentSigningService signing, ContractService contracts,
                                 DictionaryService dictionaries, SigningKeys keys, PdfReports pdf, Clock clock) {
}
