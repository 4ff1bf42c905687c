package org.griddesk.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rooms of the code, read from the compiled classes of every module: {@code core} knows no framework,
 * the adapters never reach into each other or the client, screens reach the outside only through core's
 * ports and the {@code ui} layer, demo code stays in {@code demo} packages, and no packages form a cycle.
 */
class ArchitectureTest {
    static final String[] SCREENS = {"org.griddesk.app.admin..", "org.griddesk.app.cases..", "org.griddesk.app.login..",
            "org.griddesk.app.outbox..", "org.griddesk.app.registrations..", "org.griddesk.app.shell..",
            "org.griddesk.app.signing..", "org.griddesk.app.sync..", "org.griddesk.app.connection..",
            "org.griddesk.app.accounts..", "org.griddesk.app.readings.."};
    static final String[] ADAPTERS = {"org.griddesk.app.mail..", "org.griddesk.app.html..", "org.griddesk.app.passwords..",
            "org.griddesk.app.documents.."};

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        // Core's test-jar (its fakes, shared with these tests) is on the class path too, and is no production code.
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("org.griddesk");
    }

    static ArchRule coreIsPlainJava() {
        return noClasses().that().resideInAPackage("org.griddesk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "javafx..", "org.jooq..",
                        "java.sql..", "javax.sql..", "org.bouncycastle..", "org.slf4j..", "org.apache..", "org.jsoup..",
                        "jakarta..", "org.flywaydb..", "org.h2..", "org.postgresql..", "org.griddesk.persistence..",
                        "org.griddesk.signing..", "org.griddesk.app..")
                .because("core holds the rules and ports; everything outside comes in through its ports");
    }

    static ArchRule storageAndSigningStayApart() {
        return noClasses().that().resideInAPackage("org.griddesk.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.griddesk.signing..", "org.griddesk.app..",
                        "javafx..", "org.springframework..")
                .because("storage is one adapter; it knows core and its libraries only");
    }

    static ArchRule signingStaysApart() {
        return noClasses().that().resideInAPackage("org.griddesk.signing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.griddesk.persistence..", "org.griddesk.app..",
                        "javafx..", "org.springframework..", "org.jooq..")
                .because("cryptography is one adapter; it knows core and BouncyCastle only");
    }

    static ArchRule screensUsePortsOnly() {
        return noClasses().that().resideInAnyPackage(SCREENS)
                .should().dependOnClassesThat().resideInAnyPackage(concat(ADAPTERS, "org.griddesk.persistence..",
                        "org.griddesk.signing..", "org.griddesk.app.config..", "org.griddesk.app.cli..",
                        "org.griddesk.app.demo..", "org.jooq..", "java.sql..", "org.bouncycastle..", "org.apache..",
                        "org.springframework.."))
                .because("views and view models reach storage, cryptography and formats only through core's ports");
    }

    static ArchRule adaptersKnowNoScreens() {
        return noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(concat(SCREENS, "javafx..", "org.griddesk.app.ui.."))
                .because("an adapter turns a library into a core port and knows nothing of windows");
    }

    static ArchRule demoStaysInDemo() {
        return noClasses().that().resideOutsideOfPackages("..demo..", "org.griddesk.app.config..")
                .should().dependOnClassesThat().resideInAPackage("..demo..")
                .because("demo data, demo signatures and the demo CA run only in demo mode, wired by its configuration");
    }

    static ArchRule noCycles() {
        return slices().matching("org.griddesk.(**)").should().beFreeOfCycles();
    }

    static ArchRule viewModelsAreNotViews() {
        return classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                .because("a view model holds properties and actions; only views build nodes and windows");
    }

    @Test
    void coreImportsNoFrameworkSqlJavaFxOrCrypto() {
        coreIsPlainJava().check(production);
    }

    @Test
    void persistenceNeverImportsSigningOrTheClient() {
        storageAndSigningStayApart().check(production);
    }

    @Test
    void signingNeverImportsPersistenceOrTheClient() {
        signingStaysApart().check(production);
    }

    @Test
    void viewsAndViewModelsUseCorePortsAndTheUiLayerOnly() {
        screensUsePortsOnly().check(production);
    }

    @Test
    void adaptersOfTheClientKnowNoScreens() {
        adaptersKnowNoScreens().check(production);
    }

    @Test
    void demoCodeIsReachedOnlyFromDemoPackagesAndItsWiring() {
        demoStaysInDemo().check(production);
    }

    @Test
    void noPackageCycles() {
        // jOOQ's generated schema classes refer to each other by design; they are not ours to arrange.
        noCycles().check(production.that(resideOutsideOfPackage("org.griddesk.persistence.schema..")));
    }

    @Test
    void viewModelsBuildNoNodes() {
        viewModelsAreNotViews().check(production);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
