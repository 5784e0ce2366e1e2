package vn.ocop.platform.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.kernel.DomainException;
import vn.ocop.platform.identity.api.AccountView;
import vn.ocop.platform.identity.api.CreateAccount;
import vn.ocop.platform.identity.api.Identifiers;
import vn.ocop.platform.identity.api.IdentityApi;
import vn.ocop.platform.identity.api.IdentityError;
import vn.ocop.platform.identity.api.RegisterConsumer;
import vn.ocop.platform.identity.api.Role;

@Singleton
class IdentityService implements IdentityApi {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    IdentityService(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Override
    @Transactional
    public AccountView registerConsumer(RegisterConsumer command) {
        String locale = command.locale() == null ? "vi" : command.locale();
        return insert(
                command.email(),
                command.phone(),
                command.displayName(),
                command.password(),
                Role.CONSUMER,
                null,
                null,
                locale);
    }

    @Override
    @Transactional
    public AccountView createAccount(CreateAccount command) {
        boolean producerBound = command.role() == Role.PRODUCER_MEMBER;
        boolean salePointBound = command.role() == Role.SALE_POINT_STAFF;
        if (producerBound != (command.producerId() != null)) {
            throw DomainException.invalidField(
                    IdentityError.BINDING_REQUIRED,
                    "producerId",
                    producerBound
                            ? "A producer member needs a producer"
                            : "Only producer members belong to a producer");
        }
        if (salePointBound != (command.salePointId() != null)) {
            throw DomainException.invalidField(
                    IdentityError.BINDING_REQUIRED,
                    "salePointId",
                    salePointBound
                            ? "Sale-point staff need a sale point"
                            : "Only sale-point staff belong to a sale point");
        }
        return insert(
                command.email(),
                command.phone(),
                command.displayName(),
                command.password(),
                command.role(),
                command.producerId(),
                command.salePointId(),
                "vi");
    }

    private AccountView insert(
            String rawEmail,
            String rawPhone,
            String displayName,
            String password,
            Role role,
            UUID producerId,
            UUID salePointId,
            String locale) {
        String email = Identifiers.normalizeEmail(rawEmail);
        String phone = Identifiers.normalizePhone(rawPhone);
        if (rawPhone != null && !rawPhone.isBlank() && phone == null) {
            throw DomainException.invalidField(
                    IdentityError.INVALID_PHONE, "phone", "Not a Vietnamese phone number");
        }
        if (email == null && phone == null) {
            throw new DomainException(
                    IdentityError.IDENTIFIER_REQUIRED,
                    "An e-mail address or a phone number is required",
                    List.of(
                            new vn.ocop.kernel.FieldViolation(
                                    "email",
                                    IdentityError.IDENTIFIER_REQUIRED.code(),
                                    "An e-mail address or a phone number is required")),
                    Map.of());
        }
        if (email != null && accounts.existsByEmail(email)) {
            throw DomainException.invalidField(
                    IdentityError.IDENTIFIER_TAKEN, "email", "This e-mail is already registered");
        }
        if (phone != null && accounts.existsByPhone(phone)) {
            throw DomainException.invalidField(
                    IdentityError.IDENTIFIER_TAKEN, "phone", "This phone is already registered");
        }
        Account account =
                new Account(
                        UUID.randomUUID(),
                        email,
                        phone,
                        displayName.strip(),
                        hasher.hash(password),
                        role,
                        producerId,
                        salePointId,
                        locale,
                        true,
                        null);
        return accounts.save(account).view();
    }

    /** Not one transaction: a failure must be recorded even though the call then fails. */
    @Override
    public Authentication authenticate(String identifier, String password) {
        String key = Identifiers.normalize(identifier);
        Optional<Duration> wait = throttle.retryAfter(key);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            throw new DomainException(
                    IdentityError.LOGIN_THROTTLED,
                    "Too many failed logins; try again in " + seconds + " s",
                    List.of(),
                    Map.of("retryAfterSeconds", seconds));
        }
        Optional<Account> account =
                Identifiers.looksLikeEmail(key)
                        ? accounts.findByEmail(key)
                        : accounts.findByPhone(key);
        boolean ok;
        if (account.isEmpty()) {
            hasher.burnTimeForMissingAccount(password == null ? "" : password);
            ok = false;
        } else {
            ok =
                    account.get().enabled()
                            && hasher.matches(
                                    password == null ? "" : password, account.get().passwordHash());
        }
        if (!ok) {
            throttle.recordFailure(key);
            throw new DomainException(IdentityError.INVALID_CREDENTIALS, "Wrong login or password");
        }
        throttle.reset(key);
        return authentication(account.get());
    }

    static Authentication authentication(Account account) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("name", account.displayName());
        claims.put("locale", account.locale());
        if (account.email() != null) {
            claims.put("email", account.email());
        }
        if (account.producerId() != null) {
            claims.put("producerId", account.producerId().toString());
        }
        if (account.salePointId() != null) {
            claims.put("salePointId", account.salePointId().toString());
        }
        return Authentication.build(
                account.id().toString(), List.of(account.role().name()), claims);
    }

    @Override
    public Optional<AccountView> find(UUID accountId) {
        return accounts.findById(accountId).map(Account::view);
    }
}
