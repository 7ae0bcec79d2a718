//! The pseudo-locale: German with every ASCII letter replaced by an accented look-alike, so
//! that a text which still shows plain letters on a page did not come from a message.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

pub fn letter(c: char) -> char {
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

fn pattern(p: &mut Pattern<String>) {
    for element in &mut p.elements {
        match element {
            PatternElement::TextElement { value } => *value = value.chars().map(letter).collect(),
            PatternElement::Placeable { expression } => self::expression(expression),
        }
    }
}

fn expression(e: &mut Expression<String>) {
    match e {
        Expression::Select { variants, .. } => {
            for variant in variants {
                pattern(&mut variant.value);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression: inner }) => expression(inner),
        Expression::Inline(_) => {}
    }
}

/// The German source with the text of every message and attribute transformed.
pub fn transform(source: String) -> String {
    let mut resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    for entry in &mut resource.body {
        if let Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                pattern(value);
            }
            for attribute in &mut message.attributes {
                pattern(&mut attribute.value);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}
