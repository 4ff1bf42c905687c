package org.griddesk.app.config;

import java.util.Arrays;
import java.util.stream.Stream;
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
        return new SpringApplicationBuilder(GridDeskConfiguration.class)
                .environment(GridDeskEnvironment.create(args))
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .headless(false)
                .logStartupInfo(false)
                .run(args);
    }

    /** For headless subcommands: the same wiring, with only warnings in the console so their output stays clean. */
    public static ConfigurableApplicationContext startHeadless(String... args) {
        return start(Stream.concat(Arrays.stream(args),
                Stream.of("--logging.level.root=WARN", "--logging.level.org.griddesk=WARN")).toArray(String[]::new));
    }
}
