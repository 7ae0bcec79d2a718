//! Where mails go: `.eml` files in a folder (the default, listed for the organiser), or SMTP with
//! STARTTLS or TLS and authentication.

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use mitwirken_mail::ComposedMail;
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// The sender, e.g. `Stadt Dresden <beteiligung@dresden.de>`.
    pub from: String,
    /// `smtp://host:25`, `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://host:465`;
    /// empty writes mails as files into the data folder's `mail/`.
    pub smtp_url: String,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            from: "mitwirken <noreply@localhost>".to_owned(),
            smtp_url: String::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("the mail could not be composed: {0}")]
    Compose(String),
    #[error("the mail could not be built: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
    #[error("mail folder: {0}")]
    File(#[from] std::io::Error),
}

#[derive(Clone)]
pub enum Transport {
    Folder {
        dir: PathBuf,
        from: Mailbox,
    },
    Smtp {
        smtp: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
}

impl Transport {
    pub fn new(config: &MailConfig, data_dir: &std::path::Path) -> Result<Transport, String> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|e| format!("mail.from {:?} is not an address: {e}", config.from))?;
        if config.smtp_url.is_empty() {
            let dir = data_dir.join("mail");
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            return Ok(Transport::Folder { dir, from });
        }
        let smtp = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
            .map_err(|e| format!("mail.smtp_url is not usable: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        Ok(Transport::Smtp { smtp, from })
    }

    fn from(&self) -> &Mailbox {
        match self {
            Transport::Folder { from, .. } | Transport::Smtp { from, .. } => from,
        }
    }

    pub async fn send(&self, mail: &ComposedMail) -> Result<(), SendError> {
        let message = build(self.from().clone(), mail)?;
        match self {
            Transport::Smtp { smtp, .. } => {
                smtp.send(message)
                    .await
                    .map_err(|e| SendError::Smtp(e.to_string()))?;
            }
            Transport::Folder { dir, .. } => {
                let stamp = jiff::Timestamp::now().as_microsecond();
                let name = format!("{stamp}-{}.eml", mail.to.replace(['/', '\\', '@'], "_"));
                let partial = dir.join(format!(".{name}.partial"));
                tokio::fs::write(&partial, message.formatted()).await?;
                tokio::fs::rename(&partial, dir.join(name)).await?;
            }
        }
        Ok(())
    }
}

fn build(from: Mailbox, mail: &ComposedMail) -> Result<Message, SendError> {
    let to: Mailbox = mail
        .to
        .parse()
        .map_err(|e| SendError::Build(format!("recipient: {e}")))?;
    let content_type =
        |raw: &str| ContentType::parse(raw).map_err(|e| SendError::Build(e.to_string()));
    let mut related = MultiPart::related().singlepart(SinglePart::html(mail.html.clone()));
    for a in mail.attachments.iter().filter(|a| a.content_id.is_some()) {
        related = related.singlepart(
            Attachment::new_inline(a.content_id.unwrap_or_default().to_owned())
                .body(a.bytes.clone(), content_type(a.content_type)?),
        );
    }
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(mail.text.clone()))
        .multipart(related);
    let mut body = MultiPart::mixed().multipart(alternative);
    for a in mail.attachments.iter().filter(|a| a.content_id.is_none()) {
        body = body.singlepart(
            Attachment::new(a.filename.clone())
                .body(a.bytes.clone(), content_type(a.content_type)?),
        );
    }
    let mut builder = Message::builder().from(from).to(to);
    if let Some(reply_to) = &mail.reply_to {
        let reply_to: Mailbox = reply_to
            .parse()
            .map_err(|e| SendError::Build(format!("reply-to: {e}")))?;
        builder = builder.reply_to(reply_to);
    }
    builder
        .subject(mail.subject.clone())
        .multipart(body)
        .map_err(|e| SendError::Build(e.to_string()))
}
