//! Prints the explainer's server-rendered, hydratable HTML to standard output. `make dist`
//! writes it into the pages, so every word is there before (or without) JavaScript.

use nato_ip4::{Explainer, ExplainerProps};
use yew::LocalServerRenderer;

fn main() {
    let props = ExplainerProps {
        instance: "ip4".into(),
        options: Default::default(),
    };
    let renderer = LocalServerRenderer::<Explainer>::with_props(props).hydratable(true);
    print!("{}", futures::executor::block_on(renderer.render()));
}
