package org.paperkg.server.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.jetty.util.security.Credential;

/**
 * A password stored as a salted PBKDF2-HMAC-SHA256 hash, written {@code PBKDF2:ITERATIONS:SALT:HASH} (Base64) in the
 * password file. Jetty finds it through {@link Pbkdf2CredentialProvider}.
 */
public final class Pbkdf2Credential extends Credential {

    /** The prefix that marks a hashed password in the password file. */
    public static final String PREFIX = "PBKDF2:";
    static final int ITERATIONS = 210_000;
    private static final long serialVersionUID = 1L;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private Pbkdf2Credential(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Parses {@code PBKDF2:ITERATIONS:SALT:HASH} (the prefix is optional). */
    public static Pbkdf2Credential parse(String stored) {
        String s = stored.strip();
        if (s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        String[] parts = s.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("A hashed password reads PBKDF2:ITERATIONS:SALT:HASH.");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new Pbkdf2Credential(Integer.parseInt(parts[0]), b64.decode(parts[1]), b64.decode(parts[2]));
    }

    /** Hashes {@code password} with a fresh random salt; returns the line to store after {@code user: }. */
    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(password, salt, ITERATIONS));
    }

    @Override
    public boolean check(Object credentials) {
        char[] given;
        if (credentials instanceof char[] c) {
            given = c;
        } else if (credentials instanceof String s) {
            given = s.toCharArray();
        } else {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(given, salt, iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime.", e);
        }
    }
}
