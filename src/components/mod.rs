//! One component per file, named for what the reader sees.

pub mod article_quotes;
pub mod card;
pub mod card_panel;
pub mod connections;
pub mod explainer;
pub mod story_header;
pub mod view_tabs;
