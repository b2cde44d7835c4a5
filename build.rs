//! Checks the article data, draws the map and writes what the widget is compiled with:
//! `crates/build/src/script.rs`.

fn main() {
    nato_ip4_build::script::run();
}
