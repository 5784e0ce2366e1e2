package vn.ocop.kernel;

/**
 * A stable, machine-readable error code ({@code <module>.<kebab-case>}). Each module keeps its
 * codes in one enum implementing this interface; user interfaces translate by {@link #code()}.
 */
public interface ErrorCode {

    /** The stable code, e.g. {@code orders.out-of-stock}; also the message-bundle key suffix. */
    String code();

    /** An English fallback title, used when no translation exists. */
    String title();

    ProblemKind kind();
}
