package org.griddesk.app.config;

import org.griddesk.app.documents.CommonsCsvWriter;
import org.griddesk.app.documents.PdfBoxReports;
import org.griddesk.app.html.JsoupHtmlSanitizer;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.reports.CsvTables;
import org.griddesk.core.reports.PdfReports;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document formats: HTML that clerks and administrators write, PDF reports, CSV exports. */
@Configuration(proxyBeanMethods = false)
class FormatsConfiguration {
    @Bean
    HtmlSanitizer htmlSanitizer() {
        return new JsoupHtmlSanitizer();
    }

    @Bean
    PdfReports pdfReports() {
        return new PdfBoxReports();
    }

    @Bean
    CsvTables csvTables() {
        return new CommonsCsvWriter();
    }
}
