package vn.ocop.platform.identity.api;

import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.ProblemKind;

/** Errors of registration, login and account administration. */
public enum IdentityError implements ErrorCode {
    IDENTIFIER_REQUIRED(
            "identity.identifier-required", "E-mail or phone number required", ProblemKind.INVALID),
    INVALID_PHONE("identity.invalid-phone", "Not a Vietnamese phone number", ProblemKind.INVALID),
    IDENTIFIER_TAKEN(
            "identity.identifier-taken",
            "E-mail or phone already registered",
            ProblemKind.CONFLICT),
    BINDING_REQUIRED(
            "identity.binding-required",
            "Producer or sale point required for this role",
            ProblemKind.INVALID),
    INVALID_CREDENTIALS(
            "identity.invalid-credentials", "Wrong login or password", ProblemKind.UNAUTHENTICATED),
    LOGIN_THROTTLED(
            "identity.login-throttled",
            "Too many failed logins; try again later",
            ProblemKind.TOO_MANY_REQUESTS),
    ACCOUNT_NOT_FOUND("identity.account-not-found", "Account not found", ProblemKind.NOT_FOUND);

    private final String code;
    private final String title;
    private final ProblemKind kind;

    IdentityError(String code, String title, ProblemKind kind) {
        this.code = code;
        this.title = title;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ProblemKind kind() {
        return kind;
    }
}
