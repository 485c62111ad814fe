package org.paperkg.server.auth;

import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.CredentialProvider;

/** Lets Jetty's password file hold {@link Pbkdf2Credential} hashes (registered in META-INF/services). */
public final class Pbkdf2CredentialProvider implements CredentialProvider {

    @Override
    public Credential getCredential(String credential) {
        return Pbkdf2Credential.parse(credential);
    }

    @Override
    public String getPrefix() {
        return Pbkdf2Credential.PREFIX;
    }
}
