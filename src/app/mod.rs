//! The browser app (wasm32 only). For now: the title and an introduction in both languages.
