package org.griddesk.core.signing;

import java.util.List;

/**
 * One opened key file, token or key store. Failures (a wrong PIN, a damaged file) are
 * {@link org.griddesk.core.common.DomainException}s worded for the operator.
 */
public interface KeyContainer {
    List<KeyCandidate> entries();

    UnlockedKey unlock(String alias, char[] secret);
}
