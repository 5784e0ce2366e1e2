package vn.ocop.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.web.api.Problem;

/**
 * A body that is not valid JSON or a value of the wrong type: 400, naming the field where it can be
 * told (the JSON property, or the query/path parameter) without echoing Java type names.
 */
@Singleton
@Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
class ConversionErrorHandler
        implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern PROPERTY = Pattern.compile("decoding property \\[\\S+ (\\w+)\\]");
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private final ProblemResponses responses;
    private final ProblemTranslator translator;

    ConversionErrorHandler(ProblemResponses responses, ProblemTranslator translator) {
        this.responses = responses;
        this.translator = translator;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
        boolean body = e.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
        String causes = messages(e);
        String field = body ? find(PROPERTY, causes).orElse("body") : e.getArgument().getName();
        Matcher at = LOCATION.matcher(causes);
        String message =
                at.find()
                        ? translator.message(
                                request,
                                "platform.malformed-json",
                                Map.of("line", at.group(1), "column", at.group(2)),
                                "Malformed JSON at line " + at.group(1) + ", column " + at.group(2))
                        : translator.message(
                                request,
                                "platform.wrong-type",
                                Map.of(),
                                "Value has the wrong type");
        return responses.of(
                request,
                PlatformError.MALFORMED_REQUEST,
                message,
                List.of(new FieldViolation(field, "platform.malformed-value", message)),
                Map.of());
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 4000; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
