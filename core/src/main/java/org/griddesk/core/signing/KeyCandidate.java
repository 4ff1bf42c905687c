package org.griddesk.core.signing;

/** A key offered for choice; {@code certificate} is null while the source hides it until unlocked. */
public record KeyCandidate(String alias, SignerDetails certificate) {
}
