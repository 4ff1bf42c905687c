package org.griddesk.app.config;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the headless Spring Boot context: database, migrations, services. Never on the FX thread. */
public final class GridDeskContext {
    private GridDeskContext() {
    }

    /** {@code args} may set properties such as {@code --griddesk.home=…} and {@code --griddesk.demo=false}. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(GridDeskConfiguration.class, StartupService.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .headless(false)
                .logStartupInfo(false)
                .run(args);
    }
}
