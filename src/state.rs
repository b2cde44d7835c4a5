//! The explainer's one piece of state. Every change is a named [`Action`] handled in
//! [`Reducible::reduce`], as in Yew's function_todomvc example.
//!
//! The state is a small `Copy` value (the open cards are a set of bits), so that a change
//! costs no allocation and comparing two states is cheap.

use crate::data::CARDS;
use crate::deep_link::Link;
use crate::options::Options;
use crate::theme::Theme;
use crate::view::View;
use std::rc::Rc;
use yew::prelude::*;

/// A set of cards, by index into [`CARDS`]. A data rule (`at_most_64_cards` in
/// `crates/build/src/data.rs`) keeps every index under 64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CardSet(u64);

impl CardSet {
    pub fn contains(self, card: usize) -> bool {
        card < 64 && self.0 & (1 << card) != 0
    }

    fn set(&mut self, card: usize, open: bool) {
        if open {
            self.0 |= 1 << card;
        } else {
            self.0 &= !(1 << card);
        }
    }

    /// How many cards are in the set.
    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// What the reader has open and chosen. (The component that renders it is
/// [`crate::components::explainer::Explainer`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State {
    pub view: View,
    pub theme: Theme,
    pub open: CardSet,
    /// Whether the story's own "From the article" quotes are shown.
    pub story_open: bool,
    /// The card to bring into view after the next render.
    pub reveal: Option<Reveal>,
    /// The card whose opening the polite live region announces (its title only).
    pub announced: Option<usize>,
    /// Whether the closed cards' details, which no one sees yet, are drawn too. In the
    /// browser the first render draws only what shows, so that the wasm takes over in one
    /// short task; the rest follows once that is painted, or when the page is about to print.
    pub closed_bodies_drawn: bool,
}

impl State {
    /// What applying options to a running widget does: each given one, as the reader would.
    pub fn updates(options: Options) -> impl Iterator<Item = Action> {
        let theme = options.theme.map(Action::SetTheme);
        let view = options.view.map(Action::SelectView);
        let card = options.card.map(Action::OpenInPlace);
        theme.into_iter().chain(view).chain(card)
    }

    /// The state a widget starts in: the embed options applied, nothing announced.
    pub fn new(options: Options) -> Self {
        let mut state = State {
            view: options.view.unwrap_or_default(),
            theme: options.theme.unwrap_or_default(),
            ..State::default()
        };
        if let Some(card) = options.card.filter(|&card| card < CARDS.len()) {
            state.show(card);
        }
        state
    }

    /// The state a widget starts in on a page whose address names `linked` (a deep link): the
    /// options applied, then that card opened and brought into view, or that view shown.
    pub fn start(options: Options, linked: Option<Link>) -> Self {
        let state = State::new(options);
        match linked {
            Some(link) => *Rc::new(state).reduce(link.into()),
            None => state,
        }
    }

    /// Switches to the card's view and opens it; says whether it was closed.
    fn show(&mut self, card: usize) -> bool {
        self.view = View::of(CARDS[card].kind);
        let was_closed = !self.open.contains(card);
        self.open.set(card, true);
        was_closed
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SelectView(View),
    SetTheme(Theme),
    Toggle(usize),
    ToggleStory,
    /// Switch to the card's view and open it, without scrolling or moving focus (the `card`
    /// option).
    OpenInPlace(usize),
    /// Open the card and scroll it into view, leaving focus where it is (a deep link).
    OpenAndScroll(usize),
    /// Open the card, scroll it into view and move focus to it (following a connection).
    OpenScrollAndFocus(usize),
    /// Draw the details of the closed cards too (no scroll, no focus).
    DrawClosedBodies,
}

/// Following a deep link: a card opens and comes into view (focus stays where it is), a view
/// is shown.
impl From<Link> for Action {
    fn from(link: Link) -> Action {
        match link {
            Link::Card(card) => Action::OpenAndScroll(card),
            Link::View(view) => Action::SelectView(view),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = *self;
        match action {
            Action::SelectView(view) => next.view = view,
            Action::SetTheme(theme) => next.theme = theme,
            Action::ToggleStory => next.story_open = !next.story_open,
            Action::DrawClosedBodies => next.closed_bodies_drawn = true,
            Action::Toggle(card) if card < CARDS.len() => {
                let open = !next.open.contains(card);
                next.open.set(card, open);
                next.announced = open.then_some(card);
            }
            Action::OpenInPlace(card)
            | Action::OpenAndScroll(card)
            | Action::OpenScrollAndFocus(card)
                if card < CARDS.len() =>
            {
                if next.show(card) {
                    next.announced = Some(card);
                }
                if !matches!(action, Action::OpenInPlace(_)) {
                    next.reveal = Some(Reveal {
                        card,
                        focus: matches!(action, Action::OpenScrollAndFocus(_)),
                        count: self.reveal.map_or(0, |r| r.count.wrapping_add(1)),
                    });
                }
            }
            _ => {}
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::card_index;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(Rc::new(State::default()), |state, action| {
                state.reduce(action)
            })
    }

    #[test]
    fn toggling_opens_then_closes_and_announces_only_that_card() {
        let japan = card_index("japan").unwrap();
        let open = after([Action::Toggle(japan)]);
        assert!(open.open.contains(japan));
        assert_eq!(open.announced, Some(japan));
        let closed = open.reduce(Action::Toggle(japan));
        assert!(!closed.open.contains(japan));
        assert_eq!(closed.announced, None);
    }

    #[test]
    fn cards_open_independently() {
        let (japan, hicks) = (card_index("japan").unwrap(), card_index("hicks").unwrap());
        let both = after([Action::Toggle(japan), Action::Toggle(hicks)]);
        assert!(both.open.contains(japan) && both.open.contains(hicks));
        assert_eq!(both.open.len(), 2);
        let one = both.reduce(Action::Toggle(japan));
        assert!(!one.open.contains(japan) && one.open.contains(hicks));
    }

    #[test]
    fn a_deep_link_at_start_is_part_of_the_first_state() {
        let hicks = card_index("hicks").unwrap();
        let options = Options {
            view: Some(View::Figures),
            ..Options::default()
        };
        let linked = State::start(options, Some(Link::Card(hicks)));
        assert_eq!(
            linked.view,
            View::People,
            "the link's card's view, over the option's"
        );
        assert!(linked.open.contains(hicks));
        assert!(linked.reveal.is_some_and(|r| r.card == hicks && !r.focus));
        let shown = State::start(options, Some(Link::View(View::Context)));
        assert_eq!(
            shown.view,
            View::Context,
            "the link's view, over the option's"
        );
        assert_eq!(shown.reveal, None);
        assert_eq!(State::start(options, None), State::new(options));
    }

    #[test]
    fn revealing_a_card_switches_to_its_view_and_asks_for_focus_each_time() {
        let hicks = card_index("hicks").unwrap();
        let once = after([Action::OpenScrollAndFocus(hicks)]);
        assert_eq!(once.view, View::People);
        assert!(once.open.contains(hicks));
        assert!(once.reveal.is_some_and(|r| r.focus && r.card == hicks));
        let twice = once.clone().reduce(Action::OpenScrollAndFocus(hicks));
        assert_ne!(
            once.reveal, twice.reveal,
            "a second reveal moves focus again"
        );
    }

    #[test]
    fn a_deep_link_scrolls_to_the_card_without_taking_focus() {
        let japan = card_index("japan").unwrap();
        let state = after([
            Action::SelectView(View::Figures),
            Action::OpenAndScroll(japan),
        ]);
        assert_eq!(state.view, View::Initiatives);
        assert!(state.open.contains(japan));
        assert!(state.reveal.is_some_and(|r| !r.focus && r.card == japan));
    }

    #[test]
    fn opening_by_option_does_not_ask_for_focus() {
        let state = after([Action::OpenInPlace(card_index("baseline").unwrap())]);
        assert_eq!(state.view, View::Figures);
        assert_eq!(state.reveal, None);
    }

    #[test]
    fn a_widget_starts_with_its_options_applied_and_nothing_announced() {
        let baseline = card_index("baseline").unwrap();
        let state = State::new(Options {
            theme: Some(Theme::Dark),
            view: Some(View::People),
            card: Some(baseline),
        });
        assert_eq!(state.theme, Theme::Dark);
        assert_eq!(
            state.view,
            View::Figures,
            "the card's view wins over `view`"
        );
        assert!(state.open.contains(baseline));
        assert_eq!(state.open.len(), 1);
        assert_eq!(state.announced, None);
        assert_eq!(state.reveal, None);
        let plain = State::new(Options {
            view: Some(View::Context),
            ..Options::default()
        });
        assert_eq!(plain.view, View::Context);
        assert!(plain.open.is_empty());
    }

    #[test]
    fn an_update_applies_only_the_options_given() {
        let japan = card_index("japan").unwrap();
        let start = after([
            Action::SelectView(View::People),
            Action::SetTheme(Theme::Dark),
        ]);
        let updated = State::updates(Options {
            card: Some(japan),
            ..Options::default()
        })
        .fold(start, |state, action| state.reduce(action));
        assert_eq!(updated.theme, Theme::Dark, "the theme is left as it was");
        assert_eq!(updated.view, View::Initiatives, "the card's view");
        assert!(updated.open.contains(japan));
        let themed = State::updates(Options {
            theme: Some(Theme::Light),
            ..Options::default()
        })
        .fold(updated.clone(), |state, action| state.reduce(action));
        assert_eq!(themed.theme, Theme::Light);
        assert_eq!(themed.view, View::Initiatives);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(State::default());
        let same = state.clone().reduce(Action::SelectView(View::Initiatives));
        assert!(
            Rc::ptr_eq(&state, &same),
            "a no-op keeps the state it was given"
        );
        let out_of_range = state.clone().reduce(Action::Toggle(usize::MAX));
        assert!(Rc::ptr_eq(&state, &out_of_range));
        let out_of_range = state
            .clone()
            .reduce(Action::OpenScrollAndFocus(CARDS.len()));
        assert!(Rc::ptr_eq(&state, &out_of_range));
    }
}
