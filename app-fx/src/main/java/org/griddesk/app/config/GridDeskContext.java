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
    /** For headless subcommands: the same wiring, with only warnings in the console so their output stays clean. */
    public static ConfigurableApplicationContext startHeadless(String... args) {
        String[] quiet = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--logging.level.root=WARN", "--logging.level.org.griddesk=WARN")).toArray(String[]::new);
        return start(quiet);
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(GridDeskConfiguration.class, StartupService.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .headless(false)
                .logStartupInfo(false)
                .run(args);
    }
}
