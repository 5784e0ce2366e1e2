/**
 * Outgoing e-mail: messages are enqueued on the outbox ({@code mail.send}) and delivered by SMTP
 * (Jakarta Mail, Eclipse Angus) from an outbox handler, configured by {@code ocop.mail.*} (host,
 * port, from, optional login and STARTTLS). Disabled, the handler logs instead of sending.
 */
package vn.ocop.platform.mail;
