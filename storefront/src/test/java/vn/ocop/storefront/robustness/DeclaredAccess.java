package vn.ocop.storefront.robustness;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call an operation, as the controllers declare it with {@code @Secured} (on the method, or
 * else on the controller class), read from the router's route metadata, so the expectation comes
 * from the code that enforces it and not from a list kept by hand.
 */
final class DeclaredAccess {

    /** The {@code @Secured} values of one route: role names or security rules. */
    record Rule(List<String> values, String declaredOn) {

        boolean allows(String role) {
            if (values.contains(SecurityRule.IS_ANONYMOUS)) {
                return true;
            }
            if (role == null) {
                return false;
            }
            return values.contains(SecurityRule.IS_AUTHENTICATED) || values.contains(role);
        }

        @Override
        public String toString() {
            return values + " on " + declaredOn;
        }
    }

    private final Map<String, Rule> byOperation = new HashMap<>();

    DeclaredAccess(Router router) {
        router.uriRoutes()
                .map(r -> (UriRouteInfo<?, ?>) r)
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .forEach(
                        r -> {
                            String key =
                                    r.getHttpMethod().name()
                                            + " "
                                            + r.getUriMatchTemplate().toPathString();
                            rule(r).ifPresent(rule -> byOperation.put(key, rule));
                        });
    }

    /** Empty when the route has no {@code @Secured} at all (the application then denies). */
    Optional<Rule> of(ApiSpec.Operation operation) {
        return Optional.ofNullable(byOperation.get(operation.key()));
    }

    Set<String> operations() {
        return byOperation.keySet();
    }

    private static Optional<Rule> rule(UriRouteInfo<?, ?> route) {
        var method = route.getTargetMethod();
        String[] onMethod = method.getAnnotationMetadata().stringValues(Secured.class);
        if (onMethod.length > 0) {
            return Optional.of(
                    new Rule(
                            List.of(onMethod),
                            method.getDeclaringType().getSimpleName()
                                    + "#"
                                    + method.getMethodName()));
        }
        Secured onClass = method.getDeclaringType().getAnnotation(Secured.class);
        if (onClass != null) {
            return Optional.of(
                    new Rule(List.of(onClass.value()), method.getDeclaringType().getSimpleName()));
        }
        return Optional.empty();
    }
}
