//! Turning local calendar dates into instants, and moving a scenario forward by whole weeks.

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

/// The instant a local date and wall-clock time denote; a time skipped by a clock change moves forward.
pub fn local_instant(day: Date, time: Time, tz: &TimeZone) -> Timestamp {
    match day.to_datetime(time).to_zoned_datetime(tz.clone()) {
        Ok(zoned) => zoned.timestamp(),
        Err(_) => tz
            .to_ambiguous_timestamp(day.to_datetime(time))
            .compatible()
            .unwrap_or(Timestamp::MAX),
    }
}

/// Local midnight at the start of the day after `day`.
pub fn start_of_next_day(day: Date, tz: &TimeZone) -> Timestamp {
    let next = day.tomorrow().unwrap_or(day);
    local_instant(next, Time::midnight(), tz)
}

/// The fewest whole weeks to add to `deadline` so that it lies at least `min_days_ahead` days after `today`.
///
/// Whole weeks keep every weekday right: a Sunday event stays on a Sunday.
pub fn weeks_to_shift(deadline: Date, today: Date, min_days_ahead: i64) -> i64 {
    let days_ahead = i64::from(today.until(deadline).map(|s| s.get_days()).unwrap_or(0));
    let missing = min_days_ahead - days_ahead;
    if missing <= 0 { 0 } else { (missing + 6) / 7 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};
    use proptest::prelude::*;

    #[test]
    fn dresden_ten_oclock_in_summer_is_eight_utc() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let start = local_instant(date(2021, 6, 27), time(10, 0, 0, 0), &tz);
        assert_eq!(start.to_string(), "2021-06-27T08:00:00Z");
    }

    #[test]
    fn a_deadline_already_far_enough_ahead_is_not_moved() {
        assert_eq!(weeks_to_shift(date(2021, 6, 15), date(2021, 6, 1), 7), 0);
        assert_eq!(weeks_to_shift(date(2021, 6, 15), date(2021, 6, 8), 7), 0);
        assert_eq!(weeks_to_shift(date(2021, 6, 15), date(2021, 6, 9), 7), 1);
    }

    proptest! {
        #[test]
        fn the_shift_is_the_smallest_that_leaves_a_week(days_since in -400i32..4000) {
            let deadline = date(2021, 6, 15);
            let today = deadline.checked_add(jiff::Span::new().days(days_since)).unwrap();
            let weeks = weeks_to_shift(deadline, today, 7);
            let shifted = deadline.checked_add(jiff::Span::new().weeks(weeks)).unwrap();
            prop_assert!(today.until(shifted).unwrap().get_days() >= 7);
            prop_assert_eq!(shifted.weekday(), deadline.weekday());
            if weeks > 0 {
                let one_less = deadline.checked_add(jiff::Span::new().weeks(weeks - 1)).unwrap();
                prop_assert!(today.until(one_less).unwrap().get_days() < 7);
            }
        }
    }
}
