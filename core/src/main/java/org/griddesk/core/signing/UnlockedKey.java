package org.griddesk.core.signing;

/** A key the operator has unlocked: whose certificate it is, and ready to sign for the organisation. */
public interface UnlockedKey extends OrganisationSigner {
    SignerDetails certificate();
}
