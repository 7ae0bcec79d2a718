//! The Dresden scenario as the press release states it, and the scenarios that are refused.

use super::*;

#[test]
fn the_dresden_scenario_states_the_press_release_facts() {
    let s = Scenario::parse(DRESDEN_2021).unwrap();
    assert_eq!(s.slug.as_str(), "integrationskonzept-dresden");
    let dates: Vec<String> = s.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2021-06-27", "2021-07-03", "2021-07-18"]);
    let weekdays: Vec<_> = s.events.iter().map(|e| e.date.weekday()).collect();
    use jiff::civil::Weekday::{Saturday, Sunday};
    assert_eq!(weekdays, [Sunday, Saturday, Sunday]);
    let access: Vec<_> = s.events.iter().map(|e| e.access).collect();
    assert_eq!(access, [Access::Open, Access::Reserved, Access::Open]);
    for e in &s.events {
        assert_eq!(e.capacity.get(), 50);
        assert_eq!(e.registration_deadline.to_string(), "2021-06-15");
        assert_eq!((e.starts.hour(), e.ends.hour()), (10, 16));
        assert_eq!(e.fee_cents, 0);
        assert_eq!(e.working_groups.len(), 3);
    }
    assert_eq!(s.events[1].eligible_groups.len(), 5);
    assert_eq!(s.fields.len(), 12);
}

#[test]
fn a_scenario_with_an_unknown_key_or_a_bad_date_is_refused_with_its_reason() {
    let bad_key = DRESDEN_2021.replacen("capacity = 50", "capacty = 50", 1);
    let err = Scenario::parse(&bad_key).unwrap_err().to_string();
    assert!(err.contains("capacty"), "{err}");
    let bad_date = DRESDEN_2021.replacen("2021-06-27", "2021-06-31", 1);
    let err = Scenario::parse(&bad_date).unwrap_err().to_string();
    assert!(err.contains("2021-06-31"), "{err}");
}

#[test]
fn the_demo_moves_by_whole_weeks_until_the_deadline_is_a_week_ahead() {
    let s = Scenario::parse(DRESDEN_2021).unwrap();
    let in_2021: Timestamp = "2021-06-01T10:00:00Z".parse().unwrap();
    assert_eq!(s.demo_shift(in_2021), 0);
    let today: Timestamp = "2026-11-26T10:00:00Z".parse().unwrap();
    let weeks = s.demo_shift(today);
    let deadline = shifted(s.events[0].registration_deadline, weeks).unwrap();
    let today_local = today.to_zoned_datetime(s.time_zone.clone()).date();
    let ahead = today_local.until(deadline).unwrap().get_days();
    assert!((7..14).contains(&ahead), "{ahead} days ahead");
}
