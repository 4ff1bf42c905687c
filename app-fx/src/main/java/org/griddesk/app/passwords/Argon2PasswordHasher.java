package org.griddesk.app.passwords;

import org.griddesk.core.operators.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id with the parameters Spring Security recommends (v5.8+); the hash string carries them. */
public class Argon2PasswordHasher implements PasswordHasher {
    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String hash(char[] password) {
        return encoder.encode(new String(password));
    }

    @Override
    public boolean matches(char[] password, String storedHash) {
        return storedHash != null && encoder.matches(new String(password), storedHash);
    }
}
