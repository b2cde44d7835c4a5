//! The names the wasm shares with the JS, read at build time from `static/protocol.js`
//! (`build.rs`): the host element's id, which is also the deep links' prefix
//! (`#nato-ip4/…`), and the events told to the host page.

include!(concat!(env!("OUT_DIR"), "/protocol.rs"));
