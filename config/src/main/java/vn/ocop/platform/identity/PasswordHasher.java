package vn.ocop.platform.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.util.SupplierUtil;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt (BouncyCastle) with a configurable cost; the salt is stored inside the hash. */
@Singleton
class PasswordHasher {

    private final SecureRandom random = new SecureRandom();
    private final int cost;

    /**
     * Compared against when the account does not exist, so timing does not reveal accounts. Hashed
     * once, when first needed or by {@link #prepareDecoy} shortly after the start: on the start-up
     * thread it was a tenth of the app's start, and even in the background it took one of the two
     * cores from the start (BENCHMARKS.md, "Start to ready").
     */
    private final Supplier<String> decoy;

    PasswordHasher(@Value("${ocop.identity.bcrypt-cost:11}") int cost) {
        this.cost = cost;
        this.decoy = SupplierUtil.memoized(() -> hash("decoy-password-never-used"));
    }

    /** Hashes the decoy once the server is up, so a first unknown login costs one hash only. */
    @Scheduled(initialDelay = "5s")
    void prepareDecoy() {
        decoy.get();
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
        matches(password, decoy.get());
    }
}
