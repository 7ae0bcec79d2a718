//! The translator the pages use, from `mitwirken-i18n`, under the path every handler already imports.

pub use mitwirken_i18n::Arg;
pub use mitwirken_i18n::Tr;
pub use mitwirken_i18n::offer_pseudo_locale;
