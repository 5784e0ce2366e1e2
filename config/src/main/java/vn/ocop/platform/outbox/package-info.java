/**
 * The transactional outbox. Modules write messages through {@link
 * vn.ocop.platform.outbox.api.Outbox} in their own transaction and implement {@link
 * vn.ocop.platform.outbox.api.OutboxHandler} beans to apply them; everything else here is the
 * platform's.
 *
 * <p>Delivery ({@link vn.ocop.platform.outbox.OutboxWorker}): claim a batch of due rows in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, setting a lease), run the handlers with no
 * transaction open, then record each result in another short transaction: done, retry later with
 * exponential back-off and jitter, or dead. All coordination is in PostgreSQL rows, so any number
 * of instances may poll. A lease that expires (the instance stopped, or overran) makes the row
 * claimable again, and attempts are counted when claimed, so a message that keeps killing its
 * worker still ends as a dead letter. A message whose topic has no handler on the claiming instance
 * is put back, uncounted, with that error and the longest back-off: during a rolling deployment
 * another instance may know the topic, and nothing is lost or dead-lettered for a missing bean.
 */
package vn.ocop.platform.outbox;
