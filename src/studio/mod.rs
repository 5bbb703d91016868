//! The studio: write, check, preview and publish a story in the browser. Pure state and
//! components here (tested natively); the glue that touches the page is `src/bin/studio/`.

pub mod view;
