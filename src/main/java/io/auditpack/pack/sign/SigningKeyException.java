package io.auditpack.pack.sign;

import java.io.IOException;

/** The configured signing key (or a public key given to verify) cannot be used; the message names the file. */
public final class SigningKeyException extends IOException {
    public SigningKeyException(String message) {
        super(message);
    }

    public SigningKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
