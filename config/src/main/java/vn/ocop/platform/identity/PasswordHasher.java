package vn.ocop.platform.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt (BouncyCastle) with a configurable cost; the salt is stored inside the hash. */
@Singleton
class PasswordHasher {

    private final SecureRandom random = new SecureRandom();
    private final int cost;

    /**
     * Compared against when the account does not exist, so timing does not reveal accounts. Hashed
     * in the background: a bcrypt hash on the start-up thread was a tenth of the app's start.
     */
    private final CompletableFuture<String> decoy;

    PasswordHasher(@Value("${ocop.identity.bcrypt-cost:11}") int cost) {
        this.cost = cost;
        this.decoy = CompletableFuture.supplyAsync(() -> hash("decoy-password-never-used"));
    }

    String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.getBytes(StandardCharsets.UTF_8), salt, cost);
    }

    boolean matches(String password, String hash) {
        return OpenBSDBCrypt.checkPassword(hash, password.getBytes(StandardCharsets.UTF_8));
    }

    void burnTimeForMissingAccount(String password) {
        matches(password, decoy.join());
    }
}
