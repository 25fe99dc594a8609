//! A small WordprocessingML (`.docx`) writer: a body of styled paragraphs and tables, written
//! as it is built, and the parts Word, WPS and LibreOffice read around it — content types, relationships,
//! the body, styles, fonts, settings, a footer with the page number, and document properties —
//! zipped on the device. It knows nothing of the guideline: [`super::outline`] says what the
//! document holds.
//!
//! The page follows GB/T 9704 (党政机关公文格式): A4, the type area 156 mm × 225 mm (top
//! margin 37 mm, inner 28 mm), body 仿宋 3号 (16 pt), 22 lines to a page, first-level headings
//! 黑体, second-level 楷体, the page number in the footer between dashes. English documents
//! keep the page and use Times New Roman and Arial.

mod parts;
mod zip;

pub use parts::fixed_parts;
use parts::{fixed_part, FIXED_PARTS};
pub use zip::{crc32, zip_stored};

use super::lang::Lang;

/// A paragraph's style. Headings carry Word's built-in heading styles, so that the navigation
/// pane and a table of contents in Word, WPS and LibreOffice pick them up. Every style but the
/// body's and the tables' names the body as the style of the paragraph after it: Enter after a
/// heading or the tool's guidance gives body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    /// The lines under the title: organisation, date, guideline.
    Subtitle,
    Heading1,
    /// A first-level heading that starts a new page: the plan's first part, each annex.
    Heading1OnNewPage,
    Heading2,
    Body,
    /// The tool's guidance, the guideline's own words included: not part of the plan, shaded,
    /// and in a style of its own, so that selecting every paragraph in it removes it at once.
    Guidance,
    /// A place to write, showing a prompt: shaded, in a style of its own, so that it is easy
    /// to find and to select all of them at once; the paragraph after it is body text.
    FillIn,
    /// A smaller aside.
    Note,
}

impl Style {
    fn id(self) -> &'static str {
        match self {
            Style::Title => "Title",
            Style::Subtitle => "Subtitle",
            Style::Heading1 => "Heading1",
            Style::Heading1OnNewPage => "Heading1Page",
            Style::Heading2 => "Heading2",
            Style::Body => "Normal",
            Style::Guidance => "Guidance",
            Style::FillIn => "FillIn",
            Style::Note => "Note",
        }
    }
}

/// The document's body, written as it is built: paragraphs and tables in reading order.
#[derive(Debug, Clone, Default)]
pub struct Body {
    xml: String,
}

impl Body {
    /// A paragraph. A line break in the text breaks the line; a tab is a tab.
    pub fn paragraph(&mut self, style: Style, text: &str) {
        self.led(style, "", text);
    }

    /// A paragraph that starts with `lead` in bold.
    pub fn led(&mut self, style: Style, lead: &str, text: &str) {
        write_paragraph(&mut self.xml, style.id(), lead, text);
    }

    /// Parts of the body written elsewhere (the contents field, from the texts file).
    pub fn raw(&mut self, xml: &str) {
        self.xml.push_str(xml);
    }

    /// A table whose header row repeats on every page it runs onto; `widths` are the columns'
    /// shares of the line, in percent. A line break in a cell starts a new paragraph in it.
    pub fn table(&mut self, widths: &[u32], header: &[&str], rows: &[Vec<String>]) {
        let columns: Vec<u32> = widths.iter().map(|w| LINE_WIDTH * w / 100).collect();
        let out = &mut self.xml;
        out.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for width in &columns {
            out.push_str("<w:gridCol w:w=\"");
            out.push_str(&width.to_string());
            out.push_str("\"/>");
        }
        out.push_str("</w:tblGrid>");
        write_row(out, &columns, header.iter().copied(), true);
        for row in rows {
            write_row(out, &columns, row.iter().map(String::as_str), false);
        }
        out.push_str("</w:tbl>");
    }
}

/// A document to write.
#[derive(Debug, Clone)]
pub struct Document {
    pub lang: Lang,
    /// The document's title property.
    pub title: String,
    /// The organisation, for the company property; empty when not given.
    pub company: String,
    pub body: Body,
}

pub(super) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(super) const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(super) const XML_DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The width of the type area, 156 mm, in twentieths of a point.
pub(super) const LINE_WIDTH: u32 = 8844;

impl Document {
    /// The `.docx` file.
    pub fn to_docx(&self) -> Vec<u8> {
        let parts = self.parts();
        let entries: Vec<(&str, &[u8])> = parts
            .iter()
            .map(|(name, xml)| (*name, xml.as_bytes()))
            .collect();
        zip_stored(&entries)
    }

    /// Every part of the package, by its name in the zip, `[Content_Types].xml` first.
    pub fn parts(&self) -> Vec<(&'static str, String)> {
        // Only what the applicant typed: the title and the organisation. No author, no dates,
        // no application: nothing about the device or the person using it.
        let mut core = String::from(XML_DECLARATION);
        core.push_str("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>");
        core.push_str(&escape(&self.title));
        core.push_str("</dc:title></cp:coreProperties>");
        let mut app = String::from(XML_DECLARATION);
        app.push_str("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">");
        if !self.company.is_empty() {
            app.push_str("<Company>");
            app.push_str(&escape(&self.company));
            app.push_str("</Company>");
        }
        app.push_str("</Properties>");
        let mut parts: Vec<(&'static str, String)> = FIXED_PARTS
            .iter()
            .map(|&name| (name, fixed_part(name, self.lang).to_string()))
            .collect();
        parts.insert(2, ("word/document.xml", self.document_xml()));
        parts.push(("docProps/core.xml", core));
        parts.push(("docProps/app.xml", app));
        parts
    }

    /// `word/document.xml`: the body and the page.
    pub fn document_xml(&self) -> String {
        // GB/T 9704's page: A4; margins top 37, bottom 35, inner 28, outer 26 mm. The cover is
        // the title page, whose footer is empty: it carries no number, and the numbering starts
        // at 0 so that the page after it is 1. The 22 lines
        // come from the body's exact line height, not a document grid, which would also space
        // the lines of tables and notes 28.95 pt apart.
        [
            XML_DECLARATION,
            "<w:document xmlns:w=\"",
            W,
            "\" xmlns:r=\"",
            R,
            "\"><w:body>",
            &self.body.xml,
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/><w:pgNumType w:start=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>",
        ]
        .concat()
    }
}

/// Whether the character is written. Those XML 1.0 cannot hold (most control characters,
/// U+FFFE, U+FFFF) are left out, so that no typed text can make a part unreadable; so is a
/// carriage return, which a line break typed on Windows carries before its line feed.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` as XML character data or an attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Runs of `text` (bold when `bold`): a line break becomes `<w:br/>`, a tab `<w:tab/>`.
fn write_runs(out: &mut String, text: &str, bold: bool) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if bold {
        out.push_str("<w:rPr><w:b/><w:bCs/></w:rPr>");
    }
    let mut first = true;
    for line in text.split('\n') {
        if !first {
            out.push_str("<w:br/>");
        }
        first = false;
        let mut first_cell = true;
        for piece in line.split('\t') {
            if !first_cell {
                out.push_str("<w:tab/>");
            }
            first_cell = false;
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                out.push_str(&escape(piece));
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

fn write_paragraph(out: &mut String, style: &str, lead: &str, text: &str) {
    out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
    out.push_str(style);
    out.push_str("\"/></w:pPr>");
    write_runs(out, lead, true);
    write_runs(out, text, false);
    out.push_str("</w:p>");
}

fn write_row<'a>(
    out: &mut String,
    columns: &[u32],
    cells: impl Iterator<Item = &'a str>,
    header: bool,
) {
    // A row is not split across pages; the header row repeats on each page.
    out.push_str(if header {
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    } else {
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
    });
    for (width, cell) in columns.iter().zip(cells) {
        out.push_str("<w:tc><w:tcPr><w:tcW w:w=\"");
        out.push_str(&width.to_string());
        out.push_str("\" w:type=\"dxa\"/>");
        if header {
            out.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>");
        }
        out.push_str("</w:tcPr>");
        // A paragraph per line, so that each line keeps the cell's style.
        for line in cell.split('\n') {
            write_paragraph(
                out,
                if header { "TableHeading" } else { "TableText" },
                "",
                line,
            );
        }
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
}
