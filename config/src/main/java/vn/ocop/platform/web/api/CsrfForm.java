package vn.ocop.platform.web.api;

/** A submitted HTML form; every form carries the hidden {@code csrfToken} field. */
public interface CsrfForm {
    String csrfToken();
}
