//! An in-person event: when and where it is, who may come, how many places it has, and when one can register.

use crate::process::string_enum;
use crate::{DomainError, EventId, LocalizedText, ProcessId, Slug, VenueId};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

string_enum!(
    /// Who may register: everyone, listed groups after approval, or holders of an invitation code.
    Access, "access" {
        Open = "open",
        Reserved = "reserved",
        InvitationCode = "invitation_code",
    }
);

string_enum!(
    Allocation, "allocation" {
        FirstCome = "first_come",
        Lottery = "lottery",
    }
);

string_enum!(
    EventStatus, "event status" {
        Draft = "draft",
        Published = "published",
        Cancelled = "cancelled",
    }
);

/// How many people an event or working group takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
pub struct Capacity(u32);

impl Capacity {
    pub fn parse(raw: i64) -> Result<Self, DomainError> {
        if (1..=100_000).contains(&raw) {
            Ok(Capacity(raw as u32))
        } else {
            Err(DomainError::InvalidCapacity(raw))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl TryFrom<i64> for Capacity {
    type Error = DomainError;
    fn try_from(raw: i64) -> Result<Self, Self::Error> {
        Capacity::parse(raw)
    }
}

impl From<Capacity> for i64 {
    fn from(c: Capacity) -> i64 {
        i64::from(c.0)
    }
}

/// A participation fee in euro cents; Dresden's events are free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Fee {
    pub cents: u32,
}

impl Fee {
    pub const FREE: Fee = Fee { cents: 0 };

    pub fn is_free(self) -> bool {
        self.cents == 0
    }
}

/// When registration is possible: from `opens_at` (or publication) up to, not including, `closes_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegistrationWindow {
    pub opens_at: Option<Timestamp>,
    pub closes_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationState {
    NotYetOpen { opens_at: Timestamp },
    Open,
    Closed { closed_at: Timestamp },
}

impl RegistrationWindow {
    pub fn new(opens_at: Option<Timestamp>, closes_at: Timestamp) -> Result<Self, DomainError> {
        if opens_at.is_some_and(|o| o >= closes_at) {
            return Err(DomainError::WindowReversed);
        }
        Ok(Self {
            opens_at,
            closes_at,
        })
    }

    /// A deadline given as a day counts in full: registration closes at the next local midnight.
    pub fn closing_after_day(
        opens_at: Option<Timestamp>,
        last_day: Date,
        tz: &TimeZone,
    ) -> Result<Self, DomainError> {
        Self::new(opens_at, crate::schedule::start_of_next_day(last_day, tz))
    }

    pub fn state(&self, now: Timestamp) -> RegistrationState {
        match self.opens_at {
            Some(opens_at) if now < opens_at => RegistrationState::NotYetOpen { opens_at },
            _ if now >= self.closes_at => RegistrationState::Closed {
                closed_at: self.closes_at,
            },
            _ => RegistrationState::Open,
        }
    }

    /// The last local day on which one can register, as a deadline is announced.
    pub fn last_day(&self, tz: &TimeZone) -> Date {
        let last_instant = self
            .closes_at
            .checked_sub(jiff::SignedDuration::from_nanos(1))
            .unwrap_or(self.closes_at);
        last_instant.to_zoned_datetime(tz.clone()).date()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Venue {
    pub id: VenueId,
    pub name: LocalizedText,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub entrance: LocalizedText,
    pub accessibility: LocalizedText,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorkingGroup {
    pub id: i64,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub capacity: Option<Capacity>,
    pub is_example: bool,
}

/// A group of people a reserved event is meant for, declared at registration.
#[derive(Debug, Clone, PartialEq)]
pub struct EligibleGroup {
    pub id: i64,
    pub name: LocalizedText,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: EventId,
    pub process_id: ProcessId,
    pub slug: Slug,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub audience: LocalizedText,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub venue: Venue,
    pub capacity: Capacity,
    /// Seats held, awaiting approval or confirmed.
    pub taken: u32,
    pub window: RegistrationWindow,
    pub fee: Fee,
    pub on_site_notes: LocalizedText,
    pub access: Access,
    pub eligible_groups: Vec<EligibleGroup>,
    pub allocation: Allocation,
    pub waiting_list: bool,
    pub status: EventStatus,
    pub working_groups: Vec<WorkingGroup>,
    /// Raised on every change that a calendar entry must follow (iCalendar SEQUENCE).
    pub sequence: u32,
    pub updated_at: Timestamp,
}

impl Event {
    pub fn places_left(&self) -> u32 {
        self.capacity.get().saturating_sub(self.taken)
    }

    pub fn registration_state(&self, now: Timestamp) -> RegistrationState {
        if self.status != EventStatus::Published {
            return RegistrationState::Closed {
                closed_at: self.window.closes_at.min(now),
            };
        }
        self.window.state(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn the_deadline_day_counts_in_full_in_local_time() {
        let window =
            RegistrationWindow::closing_after_day(None, date(2021, 6, 15), &berlin()).unwrap();
        // 23:59:59 in Dresden (CEST, UTC+2) is still open; midnight is closed.
        assert_eq!(
            window.state(at("2021-06-15T21:59:59Z")),
            RegistrationState::Open
        );
        assert_eq!(
            window.state(at("2021-06-15T22:00:00Z")),
            RegistrationState::Closed {
                closed_at: at("2021-06-15T22:00:00Z")
            }
        );
        assert_eq!(window.last_day(&berlin()), date(2021, 6, 15));
    }

    #[test]
    fn a_window_that_has_not_opened_says_when_it_will() {
        let window =
            RegistrationWindow::new(Some(at("2021-06-11T08:00:00Z")), at("2021-06-15T22:00:00Z"))
                .unwrap();
        assert_eq!(
            window.state(at("2021-06-10T08:00:00Z")),
            RegistrationState::NotYetOpen {
                opens_at: at("2021-06-11T08:00:00Z")
            }
        );
        assert!(
            RegistrationWindow::new(Some(at("2021-06-16T00:00:00Z")), at("2021-06-15T00:00:00Z"))
                .is_err()
        );
    }

    #[test]
    fn capacity_is_positive_and_bounded() {
        assert_eq!(Capacity::parse(50).unwrap().get(), 50);
        assert!(Capacity::parse(0).is_err());
        assert!(Capacity::parse(-1).is_err());
        assert!(Capacity::parse(100_001).is_err());
    }

    #[test]
    fn access_and_status_round_trip_through_text() {
        for access in Access::ALL {
            assert_eq!(Access::parse(access.as_str()), Ok(*access));
        }
        for status in EventStatus::ALL {
            assert_eq!(EventStatus::parse(status.as_str()), Ok(*status));
        }
        assert!(Access::parse("secret").is_err());
    }
}
