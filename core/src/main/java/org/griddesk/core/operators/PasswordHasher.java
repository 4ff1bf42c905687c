package org.griddesk.core.operators;

/** Port: a slow, salted password hash (Argon2id in the application). */
public interface PasswordHasher {
    String hash(char[] password);

    boolean matches(char[] password, String storedHash);
}
