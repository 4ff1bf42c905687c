package org.griddesk.signing;

import java.util.List;

/**
 * Where signing keys live: a PKCS#12 file, a PKCS#11 token, a CryptoPro container. Listing shows what
 * can be chosen; unlocking needs the password or PIN.
 */
public interface KeySource {

    /** A short Russian description for the operator, e.g. the file name or the token label. */
    String description();

    List<KeyEntry> entries() throws SigningException;

    /** Opens one entry; a wrong password gives a {@link SigningException} with a Russian message. */
    SigningKey unlock(String alias, char[] password) throws SigningException;
}
