package vn.ocop.platform.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.kernel.ErrorCode;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.web.api.Problem;

/**
 * Builds problem documents in the request's language: titles come from the message bundles under
 * {@code problem.<code>.title}, falling back to the error code's English title.
 */
@Singleton
public class ProblemTranslator {

    private final MessageSource messages;
    private final HttpLocaleResolver localeResolver;

    ProblemTranslator(MessageSource messages, HttpLocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    /** The request's language, Vietnamese when nothing else was asked for. */
    public Locale locale(HttpRequest<?> request) {
        return request == null
                ? Locale.forLanguageTag("vi")
                : localeResolver.resolveOrDefault(request);
    }

    /** A message from the bundles in the request's language, or the fallback. */
    public String message(
            HttpRequest<?> request, String key, Map<String, Object> variables, String fallback) {
        return messages.getMessage(key, locale(request), variables).orElse(fallback);
    }

    public Problem problem(
            HttpRequest<?> request,
            ErrorCode code,
            int status,
            String detail,
            List<FieldViolation> violations,
            Map<String, Object> arguments) {
        Locale locale = locale(request);
        String title =
                messages.getMessage("problem." + code.code() + ".title", locale)
                        .orElse(code.title());
        String translatedDetail =
                messages.getMessage("problem." + code.code() + ".detail", locale, arguments)
                        .orElse(detail);
        List<Problem.FieldError> errors =
                violations.stream()
                        .map(
                                v ->
                                        new Problem.FieldError(
                                                v.field(),
                                                messages.getMessage(
                                                                "violation." + v.code(),
                                                                locale,
                                                                arguments)
                                                        .orElse(v.message()),
                                                v.code()))
                        .toList();
        return new Problem(
                Problem.typeOf(code.code()), title, status, translatedDetail, code.code(), errors);
    }
}
