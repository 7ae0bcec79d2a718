use super::*;
use mitwirken_domain::{Locale, MeasureStatus};

fn measure(counts: [usize; 4]) -> PlanMeasure {
    let mut origins = Vec::new();
    for (kind, count) in OriginKind::ALL.iter().zip(counts) {
        for target_id in 0..count as i64 {
            origins.push(Origin {
                kind: *kind,
                target_id,
                label: String::new(),
                context: OriginContext::None,
                link: None,
                removed: false,
            });
        }
    }
    PlanMeasure {
        id: 1,
        goal_id: 1,
        title: LocalizedText::german("Sprachcafés"),
        description: LocalizedText::empty(),
        lead_unit: LocalizedText::empty(),
        partners: LocalizedText::empty(),
        timeframe: LocalizedText::empty(),
        indicators: LocalizedText::empty(),
        status: MeasureStatus::Planned,
        updated_at: jiff::Timestamp::UNIX_EPOCH,
        updates: Vec::new(),
        origins,
    }
}

fn tr(tag: &str) -> Tr {
    Tr::new(Locale::parse(tag).unwrap())
}

#[test]
fn the_origin_line_names_only_the_kinds_there_are() {
    assert_eq!(
        origin_line(&tr("de"), &measure([1, 1, 0, 0])),
        "Grundlage: 1 Vorschlag und 1 Ergebnis aus den Veranstaltungen."
    );
    assert_eq!(
        origin_line(&tr("en"), &measure([0, 2, 11, 1])),
        "Based on 2 workshop results, 11 comments and 1 position paper."
    );
    assert_eq!(
        origin_line(&tr("de"), &measure([0, 0, 0, 0])),
        "Diese Maßnahme kommt von der Stadtverwaltung."
    );
}

#[test]
fn arabic_counts_use_dual_few_and_many_forms() {
    let ar = tr("ar");
    assert_eq!(
        origin_line(&ar, &measure([2, 0, 0, 0])),
        "يستند إلى اقتراحين."
    );
    assert_eq!(
        origin_line(&ar, &measure([3, 0, 11, 0])),
        "يستند إلى 3 اقتراحات و11 تعليقًا."
    );
}
