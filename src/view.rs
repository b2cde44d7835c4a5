//! The views a reader switches between with the tabs.

use crate::data::Kind;
use nato_ip4_types::contract::VIEWS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The first view: the four initiatives and the four partners side by side.
    #[default]
    Initiatives,
    People,
    Figures,
    Context,
}

impl View {
    pub const ALL: [View; 4] = [
        View::Initiatives,
        View::People,
        View::Figures,
        View::Context,
    ];

    /// Stable name used in DOM ids, the `view` option and deep links (the contract's
    /// `VIEWS`, in the same order as `ALL`).
    pub fn id(self) -> &'static str {
        VIEWS[self as usize]
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Initiatives => "Overview",
            View::People => "People",
            View::Figures => "Figures",
            View::Context => "Context",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.id() == id)
    }

    /// The view a card of this kind is shown in.
    pub fn of(kind: Kind) -> View {
        match kind {
            Kind::Initiative | Kind::Partner => View::Initiatives,
            Kind::Person => View::People,
            Kind::Figure => View::Figures,
            Kind::Context => View::Context,
        }
    }

    /// Whether the locator map leads this view (the first one).
    pub fn has_map(self) -> bool {
        self == View::Initiatives
    }

    /// The card groups shown in this view, each with its heading.
    pub fn groups(self) -> &'static [(Kind, &'static str)] {
        match self {
            View::Initiatives => &[
                (Kind::Initiative, "Four joint initiatives"),
                (Kind::Partner, "Four Indo-Pacific partners"),
            ],
            View::People => &[(Kind::Person, "Who said what")],
            View::Figures => &[(Kind::Figure, "The figures")],
            View::Context => &[(Kind::Context, "The context")],
        }
    }

    /// The neighbouring view for arrow keys, wrapping around.
    pub fn step(self, forward: bool) -> View {
        let at = View::ALL.iter().position(|v| *v == self).unwrap_or(0);
        let len = View::ALL.len();
        View::ALL[if forward {
            (at + 1) % len
        } else {
            (at + len - 1) % len
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::CARDS;

    #[test]
    fn arrow_steps_wrap_around_both_ways() {
        assert_eq!(View::Initiatives.step(false), View::Context);
        assert_eq!(View::Context.step(true), View::Initiatives);
        assert_eq!(View::People.step(true), View::Figures);
    }

    #[test]
    fn every_card_appears_in_exactly_one_view_group() {
        for card in CARDS {
            let shown_in: Vec<View> = View::ALL
                .into_iter()
                .filter(|view| view.groups().iter().any(|(kind, _)| *kind == card.kind))
                .collect();
            assert_eq!(shown_in, [View::of(card.kind)], "{}", card.id);
        }
    }

    #[test]
    fn view_ids_round_trip() {
        for view in View::ALL {
            assert_eq!(View::from_id(view.id()), Some(view));
        }
    }
}
