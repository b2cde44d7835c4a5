//! Embed options: what a producer may set on the element (`theme`, `view`, `card`) or pass
//! to `mount(element, options)`.

use crate::data::card_index;
use crate::state::Theme;
use crate::view::View;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    pub theme: Theme,
    pub view: View,
    /// Index of the card to open at start.
    pub card: Option<usize>,
}

/// One option that could not be used, and why; the widget keeps that option's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    pub option: String,
    pub message: String,
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "nato-ip4-explainer: option \"{}\" {}; using the default instead",
            self.option, self.message
        )
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
            let bad = |message: String| OptionError {
                option: key.to_owned(),
                message,
            };
            let Some(value) = value else {
                if matches!(key, "theme" | "view" | "card") {
                    errors.push(bad("must be a string".to_owned()));
                } else {
                    errors.push(bad(unknown_message()));
                }
                continue;
            };
            match key {
                "theme" => match Theme::from_id(value) {
                    Some(theme) => options.theme = theme,
                    None => errors.push(bad(format!(
                        "has the value \"{value}\"; expected \"auto\", \"light\" or \"dark\""
                    ))),
                },
                "view" => match View::from_id(value) {
                    Some(view) => options.view = view,
                    None => {
                        let names: Vec<String> = View::ALL
                            .iter()
                            .map(|v| format!("\"{}\"", v.id()))
                            .collect();
                        errors.push(bad(format!(
                            "has the value \"{value}\"; expected one of {}",
                            names.join(", ")
                        )))
                    }
                },
                "card" => match card_index(value) {
                    Some(index) => options.card = Some(index),
                    None => errors.push(bad(format!("names no card: \"{value}\""))),
                },
                _ => errors.push(bad(unknown_message())),
            }
        }
        (options, errors)
    }
}

fn unknown_message() -> String {
    "is not known; known options are \"theme\", \"view\" and \"card\"".to_owned()
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
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.view, View::Figures);
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
        assert!(errors[0].to_string().contains("\"sepia\""));
        assert!(errors[0].to_string().ends_with("using the default instead"));
    }

    #[test]
    fn one_bad_option_does_not_spoil_the_good_ones() {
        let (options, errors) =
            Options::from_pairs([("theme", Some("light")), ("view", Some("nowhere"))]);
        assert_eq!(errors.len(), 1);
        assert_eq!(options.theme, Theme::Light);
        assert_eq!(options.view, View::Initiatives);
    }
}
