//! Embed options: what a producer may set on the element (`theme`, `view`, `card`) or pass
//! to `mount(element, options)`.

use crate::data::card_index;
use crate::theme::Theme;
use crate::view::View;
use nato_ip4_types::contract::OPTIONS;

/// The options given, each `None` when not given (or not usable): at start the widget uses
/// the defaults for those; an update leaves them as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    pub theme: Option<Theme>,
    pub view: Option<View>,
    /// Index of the card to open.
    pub card: Option<usize>,
}

/// One option that could not be used, and the console message that says why; the widget
/// keeps that option's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    pub option: String,
    pub message: String,
}

// Messages are joined from pieces rather than formatted, which keeps Rust's formatting
// machinery out of the wasm. What each expects is written by build.rs from the contract
// (`EXPECTED_THEME`, `EXPECTED_VIEW`, `KNOWN_OPTIONS`: `"a", "b" or "c"`).
include!(concat!(env!("OUT_DIR"), "/expected.rs"));

impl OptionError {
    fn new(option: &str, why: &[&str]) -> Self {
        let mut message = ["nato-ip4-explainer: option \"", option, "\" "].concat();
        message.extend(why.iter().copied());
        message.push_str("; using the default instead");
        OptionError {
            option: option.to_owned(),
            message,
        }
    }
}

impl Options {
    /// Reads options given as key/value pairs (`None` for a value that is not a string).
    /// Returns the options that could be used and an error for each that could not.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    ) -> (Options, Vec<OptionError>) {
        let mut options = Options::default();
        let mut errors = Vec::new();
        for (key, value) in pairs {
            // The contract's OPTIONS, in its order: theme, view, card.
            let known = OPTIONS.iter().position(|name| *name == key);
            let Some(value) = value.filter(|_| known.is_some()) else {
                let why: &[&str] = if known.is_some() {
                    &["must be a string"]
                } else {
                    &["is not known; known options are ", KNOWN_OPTIONS]
                };
                errors.push(OptionError::new(key, why));
                continue;
            };
            let bad_value = |expected: &str| {
                OptionError::new(key, &["has the value \"", value, "\"; expected ", expected])
            };
            match known {
                Some(0) => match Theme::from_id(value) {
                    Some(theme) => options.theme = Some(theme),
                    None => errors.push(bad_value(EXPECTED_THEME)),
                },
                Some(1) => match View::from_id(value) {
                    Some(view) => options.view = Some(view),
                    None => errors.push(bad_value(EXPECTED_VIEW)),
                },
                _ => match card_index(value) {
                    Some(index) => options.card = Some(index),
                    None => errors.push(OptionError::new(key, &["names no card: \"", value, "\""])),
                },
            }
        }
        (options, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_options_are_used() {
        let (options, errors) = Options::from_pairs([
            ("theme", Some("dark")),
            ("view", Some("figures")),
            ("card", Some("japan")),
        ]);
        assert!(errors.is_empty());
        assert_eq!(options.theme, Some(Theme::Dark));
        assert_eq!(options.view, Some(View::Figures));
        assert_eq!(options.card, card_index("japan"));
    }

    #[test]
    fn each_bad_option_is_named_once_and_keeps_its_default() {
        let (options, errors) = Options::from_pairs([
            ("theme", Some("sepia")),
            ("view", None),
            ("card", Some("atlantis")),
            ("colour", Some("red")),
        ]);
        assert_eq!(options, Options::default());
        let named: Vec<&str> = errors.iter().map(|e| e.option.as_str()).collect();
        assert_eq!(named, ["theme", "view", "card", "colour"]);
        assert_eq!(
            errors[0].message,
            "nato-ip4-explainer: option \"theme\" has the value \"sepia\"; \
             expected \"auto\", \"light\" or \"dark\"; using the default instead"
        );
        assert!(errors[1].message.contains("\"view\" must be a string"));
        assert!(errors[2].message.contains("names no card: \"atlantis\""));
        assert!(errors[3].message.contains("\"colour\" is not known"));
    }

    #[test]
    fn the_message_for_a_bad_view_lists_every_view() {
        let (_, errors) = Options::from_pairs([("view", Some("maps"))]);
        for view in View::ALL {
            let listed = format!("\"{}\"", view.id());
            assert!(errors[0].message.contains(&listed), "{}", errors[0].message);
        }
        assert!(errors[0].message.contains("\"figures\" or \"context\""));
    }

    #[test]
    fn one_bad_option_does_not_spoil_the_good_ones() {
        let (options, errors) =
            Options::from_pairs([("theme", Some("light")), ("view", Some("nowhere"))]);
        assert_eq!(errors.len(), 1);
        assert_eq!(options.theme, Some(Theme::Light));
        assert_eq!(options.view, None, "a bad view is left as it is");
    }
}
