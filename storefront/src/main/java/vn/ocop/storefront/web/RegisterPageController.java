package vn.ocop.storefront.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ocop.kernel.DomainException;
import vn.ocop.kernel.FieldViolation;
import vn.ocop.platform.identity.api.IdentityApi;
import vn.ocop.platform.identity.api.RegisterConsumer;
import vn.ocop.platform.web.api.CsrfForm;
import vn.ocop.platform.web.api.CsrfProtected;

/** Consumer self-registration; a new account is logged in straight away. */
@Controller("/register")
@Hidden
public class RegisterPageController {

    @Serdeable
    public record RegisterForm(
            @Nullable String csrfToken,
            @Nullable String displayName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String password)
            implements CsrfForm {}

    /** What was typed (never the password) and the message key per refused field. */
    public record RegisterPage(RegisterForm form, Map<String, String> errors) {
        public String error(String field) {
            return errors.get(field);
        }
    }

    private final IdentityApi identity;
    private final Validator validator;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final PageContexts contexts;

    RegisterPageController(
            IdentityApi identity,
            Validator validator,
            LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
            PageContexts contexts) {
        this.identity = identity;
        this.validator = validator;
        this.loginHandler = loginHandler;
        this.contexts = contexts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> show(HttpRequest<?> request) {
        var empty = new RegisterForm(null, "", "", "", "");
        return Pages.render("register", contexts.of(request), new RegisterPage(empty, Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> register(HttpRequest<?> request, @Body RegisterForm form) {
        PageContext context = contexts.of(request);
        RegisterConsumer command =
                new RegisterConsumer(
                        blankToNull(form.email()),
                        blankToNull(form.phone()),
                        form.displayName() == null ? "" : form.displayName(),
                        form.password() == null ? "" : form.password(),
                        context.lang());
        Map<String, String> errors = new LinkedHashMap<>();
        validator
                .validate(command)
                .forEach(
                        v ->
                                errors.putIfAbsent(
                                        v.getPropertyPath().toString(),
                                        "register.error."
                                                + v.getPropertyPath()
                                                + "."
                                                + v.getConstraintDescriptor()
                                                        .getAnnotation()
                                                        .annotationType()
                                                        .getSimpleName()));
        if (errors.isEmpty()) {
            try {
                identity.registerConsumer(command);
                var authentication =
                        identity.authenticate(
                                command.email() != null ? command.email() : command.phone(),
                                command.password());
                return loginHandler.loginSuccess(authentication, request);
            } catch (DomainException e) {
                for (FieldViolation v : e.violations()) {
                    errors.putIfAbsent(v.field(), "problem." + v.code() + ".title");
                }
            }
        }
        var shown = new RegisterForm(null, form.displayName(), form.email(), form.phone(), "");
        return Pages.render(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "register",
                context,
                new RegisterPage(shown, errors));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
