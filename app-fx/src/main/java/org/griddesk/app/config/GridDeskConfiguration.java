package org.griddesk.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** The whole headless application: one configuration per feature, the settings read once. No web server. */
@Configuration(proxyBeanMethods = false)
@Import({DatabaseConfiguration.class, FormatsConfiguration.class, AuditConfiguration.class,
        OperatorsConfiguration.class, SettingsConfiguration.class, MailConfiguration.class, CasesConfiguration.class,
        SigningConfiguration.class, RegistrationsConfiguration.class, DemoConfiguration.class,
        DeadlinesConfiguration.class, ReportsConfiguration.class, PortalConfiguration.class, ContractsConfiguration.class, RetailConfiguration.class,
        WorkplaceConfiguration.class, StartupService.class})
public class GridDeskConfiguration {
    @Bean
    GridDeskSettings gridDeskSettings(Environment environment) {
        return GridDeskSettings.from(environment);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
