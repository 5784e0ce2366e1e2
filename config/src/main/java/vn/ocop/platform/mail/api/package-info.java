/** Outgoing e-mail as modules use it: {@link vn.ocop.platform.mail.api.Mail}. */
package vn.ocop.platform.mail.api;
