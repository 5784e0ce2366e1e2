package vn.ocop.catalog.importing;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * The bean-validation constraints of the API's input records ({@code @NotBlank},
 * {@code @PositiveOrZero}…), which the HTTP layer checks before a controller calls a service; an
 * import calls the services directly, so it checks them here first.
 */
@Singleton
class InputCheck {

    private final Validator validator;

    InputCheck(Validator validator) {
        this.validator = validator;
    }

    void valid(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
