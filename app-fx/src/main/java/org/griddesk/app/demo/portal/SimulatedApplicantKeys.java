package org.griddesk.app.demo.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.persistence.demo.SimulatedPortal.PortalUser;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.SigningException;
import org.griddesk.signing.demo.ApplicantSubjects;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;

/**
 * The applicants' own qualified keys for the simulation: certificates from a test CA the simulator makes, whose root
 * and CRL it leaves in a workstation's trust folders so that the workstation can check what the applicants sign.
 */
final class SimulatedApplicantKeys {
    static final String ROOT_FILE = "portal-sim-root.pem";
    static final String CRL_FILE = "portal-sim.crl";

    private final TestPki pki;
    private final Clock clock;
    private final Map<Long, TestIdentity> keys = new HashMap<>();

    SimulatedApplicantKeys(Clock clock) {
        this.clock = clock;
        this.pki = TestPki.create("Тестовый УЦ симулятора портала", clock.instant());
    }

    /** Writes the root to {@code home}/trust and the CRL to {@code home}/crl, replacing an earlier run's. */
    void trustIn(Path home) throws IOException, CRLException {
        TestIdentity.writePemObject(Files.createDirectories(home.resolve("trust")).resolve(ROOT_FILE),
                pki.root().certificate());
        Files.write(Files.createDirectories(home.resolve("crl")).resolve(CRL_FILE), pki.crl().getEncoded());
    }

    /** The applicant's own certificate signs {@code content}; {@code wrongPerson} signs with someone else's. */
    byte[] sign(PortalUser applicant, byte[] content, boolean wrongPerson) {
        TestIdentity key = wrongPerson ? pki.legalEntity() : keys.computeIfAbsent(applicant.applicantId(), id -> issue(applicant));
        try {
            return new CadesSigner(clock).sign(new ByteArrayInputStream(content), key.signingKey());
        } catch (SigningException e) {
            throw new IllegalStateException("The simulated applicant could not sign", e);
        }
    }

    private TestIdentity issue(PortalUser applicant) {
        Instant now = clock.instant();
        return pki.issue("applicant-" + applicant.applicantId(), GostAlgorithm.GOST_2012_256.defaultParamSet(),
                ApplicantSubjects.of(applicant.type(), new PersonFullName(applicant.lastName(), applicant.firstName(), null),
                        applicant.organisationShortName(), applicant.inn(), applicant.ogrn(), applicant.ogrnip()),
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)), TestPki.SIGNING_KEY_USAGE);
    }
}
