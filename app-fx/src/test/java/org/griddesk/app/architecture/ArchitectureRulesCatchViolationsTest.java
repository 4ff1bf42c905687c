package org.griddesk.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.griddesk.app.archfixture.first.First;
import org.griddesk.app.archfixture.second.Second;
import org.griddesk.app.cases.archfixture.ScreenReadingTheDatabase;
import org.griddesk.core.archfixture.SpringInCore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The architecture rules are not vacuous: each fails on a class that breaks it on purpose (test sources only). */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses of(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void aCoreClassUsingSpringIsCaught() {
        assertThat(ArchitectureTest.coreIsPlainJava().evaluate(of(SpringInCore.class)).hasViolation()).isTrue();
    }

    @Test
    void aScreenCallingStorageDirectlyIsCaught() {
        assertThat(ArchitectureTest.screensUsePortsOnly().evaluate(of(ScreenReadingTheDatabase.class)).hasViolation())
                .isTrue();
    }

    @Test
    void aPackageCycleIsCaught() {
        assertThat(ArchitectureTest.noCycles().evaluate(of(First.class, Second.class)).hasViolation()).isTrue();
    }
}
