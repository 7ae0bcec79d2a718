//! Background work: sends the outbox's mails with retries and releases seats whose hold ran out.
//! Safe with several instances: rows are leased, so no mail goes out twice while a worker lives.

pub mod transport;

use jiff::SignedDuration;
use mitwirken_store::Store;
use mitwirken_web::AppState;
use mitwirken_web::mail::compose;
use std::time::Duration;
pub use transport::{MailConfig, Transport};

/// Reminders go out this long before an event starts.
const REMINDER_LEAD: SignedDuration = SignedDuration::from_hours(48);

/// How long a claimed mail stays leased to one worker.
const LEASE: SignedDuration = SignedDuration::from_secs(120);

/// One round of work: expire holds, then send what is due. Returns the number of mails sent.
pub async fn run_once(
    state: &AppState,
    transport: &Transport,
) -> Result<usize, mitwirken_store::StoreError> {
    let now = state.clock.now();
    let expired = state.store.expire_holds(now).await?;
    if expired > 0 {
        tracing::info!(expired, "released seats of unconfirmed registrations");
    }
    let reminders = state.store.queue_reminders(now, REMINDER_LEAD).await?;
    if reminders > 0 {
        tracing::info!(reminders, "queued reminders");
    }
    let mut sent = 0;
    loop {
        let batch = state.store.claim_mail(state.clock.now(), 20, LEASE).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for item in batch {
            let now = state.clock.now();
            let composed = compose(&state.store, &state.keys, &state.site.base_url, &item).await;
            let result = match composed {
                Ok(Some(mail)) => transport.send(&mail).await,
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
                Ok(()) => {
                    state.store.mail_sent(item.id, now).await?;
                    sent += 1;
                }
                Err(e) => {
                    tracing::warn!(outbox = item.id, attempt = item.attempts, error = %e, "mail not sent; will retry");
                    state.store.mail_failed(&item, &e.to_string(), now).await?;
                }
            }
        }
    }
}

/// Works until `shutdown` resolves: after each queued mail, and every `interval` anyway.
pub async fn run(
    state: AppState,
    transport: Transport,
    interval: Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        if let Err(e) = run_once(&state, &transport).await {
            tracing::error!(error = %e, "background work failed; trying again");
        }
        tokio::select! {
            () = &mut shutdown => return,
            () = state.mail_queued.notified() => {},
            () = tokio::time::sleep(interval) => {},
        }
    }
}

/// Whether a store can be reached; for callers that want to wait for the database first.
pub async fn ready(store: &Store) -> bool {
    store.ping().await.is_ok()
}
