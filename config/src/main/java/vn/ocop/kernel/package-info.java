/**
 * The shared kernel: value types whose meaning must not drift between modules ({@link
 * vn.ocop.kernel.Money} in whole VND, the ids and codes that cross module boundaries), the error
 * contract ({@link vn.ocop.kernel.ErrorCode}, {@link vn.ocop.kernel.ProblemKind}, {@link
 * vn.ocop.kernel.DomainException}) and Vietnamese text folding. Nothing here imports Micronaut.
 */
package vn.ocop.kernel;
