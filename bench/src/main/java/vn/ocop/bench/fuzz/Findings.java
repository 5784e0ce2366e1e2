package vn.ocop.bench.fuzz;

import vn.ocop.kernel.DomainException;

/**
 * The one rule every harness applies: a parser may refuse its input only with the project's own
 * documented refusal, a {@link DomainException} (or a subclass such as DigitalLinkException or
 * VietQrException). Anything else escaping the entry point is rethrown, so Jazzer reports it as a
 * finding.
 */
public final class Findings {

    private Findings() {}

    /** Runs the entry point; a documented refusal is a pass, any other throwable a finding. */
    public static void expectOnlyDocumentedRefusals(Runnable entryPoint) {
        try {
            entryPoint.run();
        } catch (DomainException documented) {
            if (documented.errorCode() == null) {
                throw new AssertionError("a refusal without an error code", documented);
            }
        }
    }
}
