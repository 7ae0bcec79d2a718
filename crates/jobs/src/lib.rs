//! Background work: sends the outbox's mails with retries, releases seats whose hold ran out, and
//! deletes what is kept no longer (reports of barriers a year after handling).
//! Safe with several instances: rows are leased, so no mail goes out twice while a worker lives.

pub mod compose;
pub mod transport;

use compose::compose;
use jiff::SignedDuration;
use mitwirken_domain::Clock;
use mitwirken_store::{Keys, Store};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
pub use transport::{MailConfig, Transport};

/// What the worker works with; the binary and the tests build it, apart from the web server's state.
#[derive(Clone)]
pub struct Environment {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    /// Sign the tokens of the links in mails.
    pub keys: Keys,
    /// The public address, for links in mails.
    pub base_url: String,
    /// Woken whenever a mail was queued, so that it goes out without waiting for the next round;
    /// the web server holds the same one.
    pub mail_queued: Arc<Notify>,
    pub transport: Transport,
}

/// Reminders go out this long before an event starts.
const REMINDER_LEAD: SignedDuration = SignedDuration::from_hours(48);

/// How long a claimed mail stays leased to one worker.
const LEASE: SignedDuration = SignedDuration::from_secs(120);

/// Mails claimed at once; a worker checks for shutdown between batches.
const BATCH: u64 = 20;

/// Expires holds, queues reminders that are due, and deletes what its retention period ends.
async fn housekeeping(env: &Environment) -> Result<(), mitwirken_store::StoreError> {
    let now = env.clock.now();
    let expired = env.store.expire_holds(now).await?;
    if expired > 0 {
        tracing::info!(expired, "released seats of unconfirmed registrations");
    }
    let reminders = env.store.queue_reminders(now, REMINDER_LEAD).await?;
    if reminders > 0 {
        tracing::info!(reminders, "queued reminders");
    }
    let forgotten = env.store.forget_accessibility_feedback(now).await?;
    if forgotten > 0 {
        tracing::info!(forgotten, "deleted reports of barriers handled a year ago");
    }
    Ok(())
}

/// Sends one batch of due mails; returns how many were claimed and how many went out.
async fn send_batch(env: &Environment) -> Result<(usize, usize), mitwirken_store::StoreError> {
    let batch = env.store.claim_mail(env.clock.now(), BATCH, LEASE).await?;
    let claimed = batch.len();
    let mut sent = Vec::with_capacity(claimed);
    for item in batch {
        let result = match compose(env, &item).await {
            Ok(Some(mail)) => env.transport.send(&mail).await,
            Ok(None) => {
                tracing::warn!(
                    outbox = item.id,
                    "mail refers to nothing that exists; dropped"
                );
                Ok(())
            }
            Err(e) => Err(transport::SendError::Compose(e.to_string())),
        };
        match result {
            Ok(()) => sent.push(item.id),
            Err(e) => {
                tracing::warn!(outbox = item.id, attempt = item.attempts, error = %e, "mail not sent; will retry");
                env.store
                    .mail_failed(&item, &e.to_string(), env.clock.now())
                    .await?;
            }
        }
    }
    env.store.mails_sent(&sent, env.clock.now()).await?;
    Ok((claimed, sent.len()))
}

/// One full round, as tests run it: housekeeping, then every due mail. Returns the mails sent.
pub async fn run_once(env: &Environment) -> Result<usize, mitwirken_store::StoreError> {
    housekeeping(env).await?;
    let mut total = 0;
    loop {
        let (claimed, sent) = send_batch(env).await?;
        total += sent;
        if claimed < BATCH as usize {
            return Ok(total);
        }
    }
}

/// Works until `shutdown` resolves: after each queued mail, and every `interval` anyway. A batch
/// in progress is finished before stopping, so no mail is sent twice because of a shutdown.
pub async fn run(
    env: Environment,
    interval: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        if let Err(e) = housekeeping(&env).await {
            tracing::error!(error = %e, "background work failed; trying again");
        }
        loop {
            tokio::select! {
                biased;
                () = &mut shutdown => return,
                () = std::future::ready(()) => {},
            }
            match send_batch(&env).await {
                Ok((claimed, _)) if claimed == BATCH as usize => continue,
                Ok(_) => break,
                Err(e) => {
                    tracing::error!(error = %e, "sending mail failed; trying again");
                    break;
                }
            }
        }
        tokio::select! {
            () = &mut shutdown => return,
            () = env.mail_queued.notified() => {},
            () = tokio::time::sleep(interval) => {},
        }
    }
}
