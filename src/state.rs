//! The explainer's one piece of state. Every change is a named [`Action`] handled in
//! [`Reducible::reduce`], as in Yew's function_todomvc example.

use crate::data::CARDS;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|theme| theme.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Explainer {
    pub view: View,
    pub theme: Theme,
    /// Whether each card (by index into [`CARDS`]) is open.
    pub open: Vec<bool>,
    /// Whether the story's own "From the article" quotes are shown.
    pub story_open: bool,
    /// The card to bring into view after the next render.
    pub reveal: Option<Reveal>,
    /// Text for the polite live region.
    pub announcement: AttrValue,
}

impl Default for Explainer {
    fn default() -> Self {
        Explainer {
            view: View::default(),
            theme: Theme::default(),
            open: vec![false; CARDS.len()],
            story_open: false,
            reveal: None,
            announcement: AttrValue::default(),
        }
    }
}

/// A request to scroll a card into view, and maybe to move focus to it. The counter makes a
/// second request for the same card a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reveal {
    pub card: usize,
    pub focus: bool,
    pub count: u32,
}

pub enum Action {
    SelectView(View),
    SetTheme(Theme),
    Toggle(usize),
    ToggleStory,
    /// Switch to the card's view and open it (the `card` option).
    Open(usize),
    /// Open the card and scroll it into view (a deep link).
    Show(usize),
    /// Open the card, scroll it into view and move focus to it (following a connection).
    Reveal(usize),
}

impl Reducible for Explainer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SelectView(view) => next.view = view,
            Action::SetTheme(theme) => next.theme = theme,
            Action::Toggle(card) => {
                let Some(open) = next.open.get_mut(card) else {
                    return self;
                };
                *open = !*open;
                next.announcement = if *open {
                    format!("{} opened", CARDS[card].title).into()
                } else {
                    AttrValue::default()
                };
            }
            Action::ToggleStory => next.story_open = !next.story_open,
            Action::Open(card) | Action::Show(card) | Action::Reveal(card) => {
                if card >= CARDS.len() {
                    return self;
                }
                next.view = View::of(CARDS[card].kind);
                if !next.open[card] {
                    next.open[card] = true;
                    next.announcement = format!("{} opened", CARDS[card].title).into();
                }
                if !matches!(action, Action::Open(_)) {
                    next.reveal = Some(Reveal {
                        card,
                        focus: matches!(action, Action::Reveal(_)),
                        count: self.reveal.map_or(0, |r| r.count.wrapping_add(1)),
                    });
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::card_index;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<Explainer> {
        actions
            .into_iter()
            .fold(Rc::new(Explainer::default()), |state, action| {
                state.reduce(action)
            })
    }

    #[test]
    fn toggling_opens_then_closes_and_announces_only_the_title() {
        let japan = card_index("japan").unwrap();
        let open = after([Action::Toggle(japan)]);
        assert!(open.open[japan]);
        assert_eq!(open.announcement, "Japan opened");
        let closed = open.reduce(Action::Toggle(japan));
        assert!(!closed.open[japan]);
    }

    #[test]
    fn revealing_a_card_switches_to_its_view_and_asks_for_focus_each_time() {
        let hicks = card_index("hicks").unwrap();
        let once = after([Action::Reveal(hicks)]);
        assert_eq!(once.view, View::People);
        assert!(once.open[hicks]);
        assert!(once.reveal.is_some_and(|r| r.focus && r.card == hicks));
        let twice = once.clone().reduce(Action::Reveal(hicks));
        assert_ne!(
            once.reveal, twice.reveal,
            "a second reveal moves focus again"
        );
    }

    #[test]
    fn a_deep_link_scrolls_to_the_card_without_taking_focus() {
        let japan = card_index("japan").unwrap();
        let state = after([Action::SelectView(View::Figures), Action::Show(japan)]);
        assert_eq!(state.view, View::Initiatives);
        assert!(state.open[japan]);
        assert!(state.reveal.is_some_and(|r| !r.focus && r.card == japan));
    }

    #[test]
    fn opening_by_option_does_not_ask_for_focus() {
        let state = after([Action::Open(card_index("baseline").unwrap())]);
        assert_eq!(state.view, View::Figures);
        assert_eq!(state.reveal, None);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(Explainer::default());
        let same = state.clone().reduce(Action::SelectView(View::Initiatives));
        assert!(Rc::ptr_eq(&state, &same), "no re-render for a no-op");
        let out_of_range = state.clone().reduce(Action::Toggle(usize::MAX));
        assert!(Rc::ptr_eq(&state, &out_of_range));
    }
}
