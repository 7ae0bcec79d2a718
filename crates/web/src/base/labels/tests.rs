use super::*;

#[test]
fn an_excerpt_is_cut_at_a_character_boundary() {
    assert_eq!(excerpt("äöü", 2), "äö…");
    assert_eq!(excerpt("äöü", 3), "äöü");
}
