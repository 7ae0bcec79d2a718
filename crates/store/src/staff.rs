//! Staff accounts: Argon2id passwords, lockout after repeated failures, sessions stored by their
//! hash, roles per process, and the audit log of access to personal data.

use crate::entity::{audit_log, staff, staff_role, staff_session};
use crate::{Result, Store, StoreError};
use jiff::{SignedDuration, Timestamp};
use mitwirken_auth::token::Token;
use mitwirken_domain::{ProcessId, Role, StaffMember};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Failed sign-ins in a row before the account is locked for [`LOCK_FOR`].
pub const MAX_FAILURES: i32 = 5;
pub const LOCK_FOR: SignedDuration = SignedDuration::from_mins(15);
pub const SESSION_FOR: SignedDuration = SignedDuration::from_hours(12);

/// A hash to verify against when the address is unknown, so that the answer takes as long.
fn dummy_hash() -> String {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY
        .get_or_init(|| password_auth::generate_hash("no account has this password"))
        .clone()
}

#[derive(Debug)]
pub enum SignIn {
    /// Signed in; the token goes into the session cookie.
    Ok {
        token: Token,
        member: StaffMember,
    },
    Wrong,
    Locked {
        until: Timestamp,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: Timestamp,
    pub staff: Option<String>,
    pub action: String,
    pub subject: String,
    pub details: String,
}

async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || password_auth::generate_hash(password))
        .await
        .map_err(|e| StoreError::Corrupt(format!("password hashing failed: {e}")))
}

async fn verify(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || password_auth::verify_password(password, &hash).is_ok())
        .await
        .unwrap_or(false)
}

impl Store {
    pub async fn create_staff(
        &self,
        email: &str,
        display_name: &str,
        password: &str,
        is_admin: bool,
        now: Timestamp,
    ) -> Result<i64> {
        let row = staff::ActiveModel {
            email: Set(email.trim().to_lowercase()),
            display_name: Set(display_name.trim().to_owned()),
            password_hash: Set(hash(password.to_owned()).await?),
            is_admin: Set(is_admin),
            failed_logins: Set(0),
            locked_until: Set(None),
            created_at: Set(now.as_second()),
            last_login_at: Set(None),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    pub async fn grant(&self, staff_id: i64, process: ProcessId, role: Role) -> Result<()> {
        staff_role::ActiveModel {
            staff_id: Set(staff_id),
            process_id: Set(process.0),
            role: Set(role.as_str().to_owned()),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(())
    }

    /// Checks a password, and the one-time code where the account has a second factor; too many
    /// failures lock the account for a while.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        code: &str,
        now: Timestamp,
    ) -> Result<SignIn> {
        let email = email.trim().to_lowercase();
        let Some(row) = staff::Entity::find()
            .filter(staff::Column::Email.eq(&email))
            .one(&self.db)
            .await?
        else {
            verify(password.to_owned(), dummy_hash()).await;
            return Ok(SignIn::Wrong);
        };
        if let Some(until) = row.locked_until.filter(|u| *u > now.as_second()) {
            return Ok(SignIn::Locked {
                until: crate::convert::instant(until)?,
            });
        }
        let password_ok = verify(password.to_owned(), row.password_hash.clone()).await;
        let totp_step = match &row.totp_secret {
            None => Some(None),
            Some(secret) => mitwirken_auth::totp::from_base32(secret)
                .and_then(|secret| {
                    mitwirken_auth::totp::matching_step(&secret, code, now.as_second())
                })
                .filter(|step| row.totp_last_step.is_none_or(|last| *step > last))
                .map(Some),
        };
        let second_factor_ok = totp_step.is_some();
        if !password_ok || !second_factor_ok {
            let failures = row.failed_logins + 1;
            let locked = (failures >= MAX_FAILURES).then(|| (now + LOCK_FOR).as_second());
            staff::Entity::update_many()
                .col_expr(
                    staff::Column::FailedLogins,
                    Expr::value(if locked.is_some() { 0 } else { failures }),
                )
                .col_expr(staff::Column::LockedUntil, Expr::value(locked))
                .filter(staff::Column::Id.eq(row.id))
                .exec(&self.writer)
                .await?;
            return Ok(match locked {
                Some(until) => SignIn::Locked {
                    until: crate::convert::instant(until)?,
                },
                None => SignIn::Wrong,
            });
        }
        staff::Entity::update_many()
            .col_expr(staff::Column::FailedLogins, Expr::value(0))
            .col_expr(staff::Column::LockedUntil, Expr::value(Option::<i64>::None))
            .col_expr(staff::Column::LastLoginAt, Expr::value(now.as_second()))
            .col_expr(
                staff::Column::TotpLastStep,
                Expr::value(totp_step.flatten().or(row.totp_last_step)),
            )
            .filter(staff::Column::Id.eq(row.id))
            .exec(&self.writer)
            .await?;
        let token = Token::random();
        staff_session::ActiveModel {
            token_hash: Set(token.hash()),
            staff_id: Set(row.id),
            created_at: Set(now.as_second()),
            expires_at: Set((now + SESSION_FOR).as_second()),
        }
        .insert(&self.writer)
        .await?;
        let member = self.member(row).await?;
        self.audit(Some(member.id), "sign_in", &member.email, "", now)
            .await?;
        Ok(SignIn::Ok { token, member })
    }

    async fn member(&self, row: staff::Model) -> Result<StaffMember> {
        let roles = staff_role::Entity::find()
            .filter(staff_role::Column::StaffId.eq(row.id))
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|r| Role::parse(&r.role).map(|role| (ProcessId(r.process_id), role)))
            .collect();
        Ok(StaffMember {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            is_admin: row.is_admin,
            roles,
        })
    }

    /// The staff member behind a session cookie, while the session lasts.
    pub async fn staff_by_session(
        &self,
        token: &Token,
        now: Timestamp,
    ) -> Result<Option<StaffMember>> {
        let Some(session) = staff_session::Entity::find_by_id(token.hash())
            .filter(staff_session::Column::ExpiresAt.gt(now.as_second()))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let Some(row) = staff::Entity::find_by_id(session.staff_id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.member(row).await.map(Some)
    }

    pub async fn sign_out(&self, token: &Token) -> Result<()> {
        staff_session::Entity::delete_by_id(token.hash())
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// Records an access to personal data or a change of it.
    pub async fn audit(
        &self,
        staff_id: Option<i64>,
        action: &str,
        subject: &str,
        details: &str,
        now: Timestamp,
    ) -> Result<()> {
        audit_log::ActiveModel {
            at: Set(now.as_second()),
            staff_id: Set(staff_id),
            action: Set(action.to_owned()),
            subject: Set(subject.to_owned()),
            details: Set(details.to_owned()),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(())
    }

    /// The newest entries of the audit log, with the staff member's address.
    pub async fn audit_log(&self, limit: u64) -> Result<Vec<AuditEntry>> {
        let rows = audit_log::Entity::find()
            .order_by_desc(audit_log::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        let staff_ids: Vec<i64> = rows.iter().filter_map(|r| r.staff_id).collect();
        let names: std::collections::HashMap<i64, String> = staff::Entity::find()
            .filter(staff::Column::Id.is_in(staff_ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| (s.id, s.email))
            .collect();
        rows.into_iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: crate::convert::instant(r.at)?,
                    staff: r.staff_id.and_then(|id| names.get(&id).cloned()),
                    action: r.action,
                    subject: r.subject,
                    details: r.details,
                })
            })
            .collect()
    }

    /// Whether the account has a second factor, and a secret waiting to be confirmed.
    pub async fn totp_status(&self, staff_id: i64) -> Result<(bool, Option<String>)> {
        let row = staff::Entity::find_by_id(staff_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("no staff {staff_id}")))?;
        Ok((row.totp_secret.is_some(), row.totp_pending))
    }

    /// Creates a new secret that becomes the second factor once a code from it is confirmed.
    pub async fn start_totp(&self, staff_id: i64) -> Result<String> {
        let mut bytes = [0u8; 20];
        getrandom::fill(&mut bytes)
            .map_err(|e| StoreError::Corrupt(format!("no random source: {e}")))?;
        let secret = mitwirken_auth::totp::base32(&bytes);
        staff::Entity::update_many()
            .col_expr(staff::Column::TotpPending, Expr::value(secret.clone()))
            .filter(staff::Column::Id.eq(staff_id))
            .exec(&self.writer)
            .await?;
        Ok(secret)
    }

    /// Turns the waiting secret on if `code` comes from it; returns whether it did.
    pub async fn confirm_totp(&self, staff_id: i64, code: &str, now: Timestamp) -> Result<bool> {
        let (_, pending) = self.totp_status(staff_id).await?;
        let Some(pending) = pending else {
            return Ok(false);
        };
        let step = mitwirken_auth::totp::from_base32(&pending)
            .and_then(|secret| mitwirken_auth::totp::matching_step(&secret, code, now.as_second()));
        let Some(step) = step else {
            return Ok(false);
        };
        staff::Entity::update_many()
            .col_expr(staff::Column::TotpSecret, Expr::value(pending))
            .col_expr(
                staff::Column::TotpPending,
                Expr::value(Option::<String>::None),
            )
            .col_expr(staff::Column::TotpLastStep, Expr::value(step))
            .filter(staff::Column::Id.eq(staff_id))
            .exec(&self.writer)
            .await?;
        self.audit(Some(staff_id), "totp_enabled", "", "", now)
            .await?;
        Ok(true)
    }

    /// Removes the second factor, if `code` is a current code from it.
    pub async fn disable_totp(&self, staff_id: i64, code: &str, now: Timestamp) -> Result<bool> {
        let row = staff::Entity::find_by_id(staff_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("no staff {staff_id}")))?;
        let valid = row
            .totp_secret
            .as_deref()
            .and_then(mitwirken_auth::totp::from_base32)
            .and_then(|secret| mitwirken_auth::totp::matching_step(&secret, code, now.as_second()))
            .is_some();
        if valid {
            staff::Entity::update_many()
                .col_expr(
                    staff::Column::TotpSecret,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    staff::Column::TotpLastStep,
                    Expr::value(Option::<i64>::None),
                )
                .filter(staff::Column::Id.eq(staff_id))
                .exec(&self.writer)
                .await?;
            self.audit(Some(staff_id), "totp_disabled", "", "", now)
                .await?;
        }
        Ok(valid)
    }

    /// Removes sessions that have run out.
    pub async fn forget_expired_sessions(&self, now: Timestamp) -> Result<u64> {
        let result = staff_session::Entity::delete_many()
            .filter(Expr::col(staff_session::Column::ExpiresAt).lte(now.as_second()))
            .exec(&self.writer)
            .await?;
        Ok(result.rows_affected)
    }
}
