//! Markup that never changes in place, written as text. The app's Yew builds a virtual node per element
//! with code of its own for each `html!` element; a results page of cards, clause texts and
//! sentences written this way costs a few function calls per element instead. Only static
//! content goes here: anything with an event handler stays in `html!`.
//!
//! Every text and attribute value is escaped, so a typed name or note cannot become markup.

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Markup(String::new())
    }

    /// `<tag a="v" …>`, each value escaped.
    #[inline(never)]
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.escape(value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Markup written out in the source, not escaped: for the fixed parts of a drawing or a
    /// table, one string instead of a tag, its attributes and a closing tag put together. Never
    /// pass it text that did not come from a literal in the code.
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Markup written from a format whose arguments are numbers or fixed words (coordinates,
    /// sizes): nothing in it needs escaping.
    pub fn raw_fmt(&mut self, markup: std::fmt::Arguments) -> &mut Self {
        use std::fmt::Write;
        let _ = self.0.write_fmt(markup);
        self
    }

    #[inline(never)]
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Opens a table with its caption and a row of column headings. The heading row stays open
    /// for any heading of another kind; [`Self::table_body`] closes it and opens the body.
    pub fn table_head(
        &mut self,
        attributes: &[(&str, &str)],
        caption_class: &str,
        caption: &str,
        headings: &[&str],
    ) -> &mut Self {
        self.open("table", attributes)
            .element("caption", &[("class", caption_class)], caption)
            .open("thead", &[])
            .open("tr", &[]);
        for heading in headings {
            self.element("th", &[("scope", "col")], heading);
        }
        self
    }

    /// Closes the heading row that [`Self::table_head`] left open, and opens the body.
    pub fn table_body(&mut self) -> &mut Self {
        self.close("tr").close("thead").open("tbody", &[])
    }

    /// Text, escaped.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.escape(text);
        self
    }

    /// `<tag …>text</tag>`.
    #[inline(never)]
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    fn escape(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
    }

    /// One element with a text, as a node of the page: `Markup::one("label", &[("for", id)], text)`.
    #[cfg(target_arch = "wasm32")]
    pub fn one(tag: &str, attributes: &[(&str, &str)], text: &str) -> yew::Html {
        let mut m = Markup::new();
        m.element(tag, attributes, text);
        m.into_html()
    }

    #[cfg(target_arch = "wasm32")]
    pub fn into_html(self) -> yew::Html {
        yew::Html::from_html_unchecked(yew::AttrValue::from(self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_opens_with_its_caption_and_headings() {
        let mut m = Markup::new();
        m.table_head(&[("id", "t")], "c", "Cap", &["A", "B"])
            .element("th", &[], "extra")
            .table_body();
        assert_eq!(
            m.as_str(),
            "<table id=\"t\"><caption class=\"c\">Cap</caption><thead><tr>\
             <th scope=\"col\">A</th><th scope=\"col\">B</th><th>extra</th></tr></thead><tbody>"
        );
    }

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::new();
        m.element("p", &[("title", "a\"b<c>")], "<script>&");
        assert_eq!(
            m.as_str(),
            "<p title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;&amp;</p>"
        );
    }
}
