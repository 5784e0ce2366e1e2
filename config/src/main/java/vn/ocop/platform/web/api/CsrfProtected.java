package vn.ocop.platform.web.api;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that accepts an HTML form: its {@link CsrfForm} argument must carry the
 * token of the visitor's CSRF cookie (signed double-submit, micronaut-security-csrf), or the call
 * is refused with 403 before the method runs. ModuleBoundariesTest checks that every form-consuming
 * endpoint carries it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
public @interface CsrfProtected {}
