//! Where "now" comes from, so that tests can stand at any instant.

use jiff::Timestamp;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that stands still until it is moved; shared handles move together.
#[derive(Debug, Clone)]
pub struct FixedClock {
    micros: Arc<AtomicI64>,
}

impl FixedClock {
    pub fn new(at: Timestamp) -> Self {
        Self {
            micros: Arc::new(AtomicI64::new(at.as_microsecond())),
        }
    }

    pub fn set(&self, at: Timestamp) {
        self.micros.store(at.as_microsecond(), Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        // The stored value always came from a valid Timestamp.
        Timestamp::from_microsecond(self.micros.load(Ordering::SeqCst))
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_for_every_handle() {
        let clock = FixedClock::new(Timestamp::UNIX_EPOCH);
        let other = clock.clone();
        let later = Timestamp::from_second(1_623_794_399).unwrap();
        clock.set(later);
        assert_eq!(other.now(), later);
    }
}
