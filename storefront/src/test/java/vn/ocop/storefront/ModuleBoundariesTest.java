package vn.ocop.storefront;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module rules of ARCHITECTURE.md, checked on the production classes of every module (this
 * module sees them all): no cycles; across modules only {@code ..api..} packages and the kernel;
 * modules only depend the allowed way; SDKs only inside their adapter packages.
 */
class ModuleBoundariesTest {

    private static final List<String> MODULES =
            List.of("platform", "catalog", "traceability", "orders", "storefront");
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ModuleBoundariesTest::notTestKit)
                        .importPackages("vn.ocop");
    }

    private static boolean notTestKit(Location location) {
        return !location.contains("/vn/ocop/testkit/") && !location.contains("-tests.jar");
    }

    @Test
    void modules_are_free_of_cycles() {
        slices().matching("vn.ocop.(*)..").should().beFreeOfCycles().check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "catalog", "traceability", "orders", "storefront"})
    void other_modules_use_only_the_api_packages_of(String module) {
        String inside = "vn.ocop." + module + "..";
        noClasses()
                .that()
                .resideOutsideOfPackage(inside)
                .should()
                .dependOnClassesThat(
                        resideInAPackage(inside)
                                .and(not(resideInAPackage("vn.ocop." + module + "..api.."))))
                .because("modules talk only through their api packages (ARCHITECTURE.md)")
                .check(classes);
    }

    @Test
    void dependencies_point_only_the_allowed_way() {
        noClasses()
                .that()
                .resideInAnyPackage("vn.ocop.kernel..", "vn.ocop.platform..")
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage(
                                "vn.ocop.catalog..",
                                "vn.ocop.traceability..",
                                "vn.ocop.orders..",
                                "vn.ocop.storefront.."))
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("vn.ocop.catalog..")
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage(
                                "vn.ocop.traceability..",
                                "vn.ocop.orders..",
                                "vn.ocop.storefront.."))
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("vn.ocop.traceability..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("vn.ocop.orders..", "vn.ocop.storefront.."))
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("vn.ocop.orders..")
                .should()
                .dependOnClassesThat(resideInAPackage("vn.ocop.storefront.."))
                .check(classes);
    }

    @Test
    void the_kernel_does_not_depend_on_micronaut() {
        noClasses()
                .that()
                .resideInAPackage("vn.ocop.kernel..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.micronaut.."))
                .check(classes);
    }

    @Test
    void sdk_packages_are_used_only_in_their_adapters() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..elasticsearch..")
                .should()
                .dependOnClassesThat(resideInAPackage("co.elastic.."))
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("..stripe..")
                .should()
                .dependOnClassesThat(resideInAPackage("com.stripe.."))
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("..qr..", "..zxing..")
                .should()
                .dependOnClassesThat(resideInAPackage("com.google.zxing.."))
                .check(classes);
    }

    @Test
    void every_endpoint_that_accepts_an_html_form_checks_its_csrf_token() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .areAnnotatedWith(io.micronaut.http.annotation.Post.class)
                .and(consumesForms())
                .should()
                .beAnnotatedWith(vn.ocop.platform.web.api.CsrfProtected.class)
                .allowEmptyShould(false)
                .check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<
                    com.tngtech.archunit.core.domain.JavaMethod>
            consumesForms() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "consume HTML forms",
                method -> {
                    String[] consumes =
                            method.getAnnotationOfType(io.micronaut.http.annotation.Post.class)
                                    .consumes();
                    return java.util.Arrays.stream(consumes)
                            .anyMatch(
                                    c ->
                                            c.startsWith("application/x-www-form-urlencoded")
                                                    || c.startsWith("multipart/form-data"));
                });
    }

    @Test
    void every_module_is_present_in_the_checked_classes() {
        for (String module : MODULES) {
            org.assertj.core.api.Assertions.assertThat(
                            classes.stream()
                                    .anyMatch(
                                            c ->
                                                    c.getPackageName()
                                                            .startsWith("vn.ocop." + module)))
                    .as(module)
                    .isTrue();
        }
    }
}
