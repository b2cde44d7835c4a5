//! The widget's colour scheme: the reader's, or one an embed option forces. A leaf value, like
//! [`crate::view::View`]: the state holds it and the embed options parse it.

use nato_ip4_types::contract::THEMES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Its value of the `theme` option (the contract's `THEMES`, in the same order).
    pub fn id(self) -> &'static str {
        THEMES[self as usize]
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|theme| theme.id() == id)
    }
}
