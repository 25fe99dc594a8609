//! A small WordprocessingML (`.docx`) writer: a document as a list of styled paragraphs and
//! tables, written as the parts Word, WPS and LibreOffice read — content types, relationships,
//! the body, styles, fonts, settings, a footer with the page number, and document properties —
//! zipped on the device. It knows nothing of the guideline: [`super::outline`] says what the
//! document holds.
//!
//! The page follows GB/T 9704 (党政机关公文格式): A4, the type area 156 mm × 225 mm (top
//! margin 37 mm, inner 28 mm), body 仿宋 3号 (16 pt) on a 22-line grid, first-level headings
//! 黑体, second-level 楷体, the page number in the footer between dashes. English documents
//! keep the page and use Times New Roman and Arial.

mod parts;
mod zip;

use parts::{font_table_xml, footer_xml, settings_xml, styles_xml};
pub use zip::{crc32, zip_stored};

use super::lang::Lang;

/// A paragraph's style. Headings carry Word's built-in heading styles, so that the navigation
/// pane and a table of contents in Word, WPS and LibreOffice pick them up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    /// The lines under the title: organisation, date, guideline.
    Subtitle,
    Heading1,
    Heading2,
    Body,
    /// The guideline's own words.
    Quote,
    /// A paragraph for the applicant to replace: shaded, in a style of its own, so that it is
    /// easy to find and to select all of them at once.
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
            Style::Heading2 => "Heading2",
            Style::Body => "Normal",
            Style::Quote => "Quote",
            Style::FillIn => "FillIn",
            Style::Note => "Note",
        }
    }
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph: a lead in bold (may be empty), then the text. A line break in the text
    /// breaks the line; a tab is a tab.
    Paragraph {
        style: Style,
        lead: String,
        text: String,
    },
    /// A table with a header row that repeats on every page it runs onto. `widths` are the
    /// columns' shares of the line, in percent.
    Table {
        widths: Vec<u32>,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Block {
    pub fn paragraph(style: Style, text: impl Into<String>) -> Block {
        Block::Paragraph {
            style,
            lead: String::new(),
            text: text.into(),
        }
    }

    pub fn led(style: Style, lead: impl Into<String>, text: impl Into<String>) -> Block {
        Block::Paragraph {
            style,
            lead: lead.into(),
            text: text.into(),
        }
    }

    /// The block's words, as a reader sees them: a paragraph per line, a table's cells
    /// separated by tabs.
    pub fn plain_text(&self) -> String {
        match self {
            Block::Paragraph { lead, text, .. } => format!("{lead}{text}"),
            Block::Table { header, rows, .. } => std::iter::once(header)
                .chain(rows)
                .map(|row| row.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// A document to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub lang: Lang,
    /// The document's title property.
    pub title: String,
    /// The organisation, for the company property; empty when not given.
    pub company: String,
    pub blocks: Vec<Block>,
}

pub(super) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(super) const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(super) const XML_DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The width of the type area, 156 mm, in twentieths of a point.
const LINE_WIDTH: u32 = 8844;

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
        let relationship = |id: &str, kind: &str, target: &str| {
            format!("<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>")
        };
        let relationships = |list: String| {
            format!("{XML_DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{list}</Relationships>")
        };
        let office = |kind: &str| format!("{R}/{kind}");
        let package_rels = relationships(
            relationship("rId1", &office("officeDocument"), "word/document.xml")
                + &relationship(
                    "rId2",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml",
                )
                + &relationship("rId3", &office("extended-properties"), "docProps/app.xml"),
        );
        let document_rels = relationships(
            relationship("rId1", &office("styles"), "styles.xml")
                + &relationship("rId2", &office("settings"), "settings.xml")
                + &relationship("rId3", &office("fontTable"), "fontTable.xml")
                + &relationship("rId4", &office("footer"), "footer1.xml"),
        );
        let mut types = String::new();
        for (part, kind) in [
            ("/word/document.xml", "wordprocessingml.document.main"),
            ("/word/styles.xml", "wordprocessingml.styles"),
            ("/word/settings.xml", "wordprocessingml.settings"),
            ("/word/fontTable.xml", "wordprocessingml.fontTable"),
            ("/word/footer1.xml", "wordprocessingml.footer"),
            ("/docProps/app.xml", "extended-properties"),
        ] {
            types.push_str(&format!("<Override PartName=\"{part}\" ContentType=\"application/vnd.openxmlformats-officedocument.{kind}+xml\"/>"));
        }
        let content_types = format!(
            "{XML_DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>{types}<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"
        );
        // Only what the applicant typed: the title and the organisation. No author, no dates,
        // no application: nothing about the device or the person using it.
        let core = format!(
            "{XML_DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title></cp:coreProperties>",
            escape(&self.title)
        );
        let app = format!(
            "{XML_DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">{}</Properties>",
            if self.company.is_empty() {
                String::new()
            } else {
                format!("<Company>{}</Company>", escape(&self.company))
            }
        );
        vec![
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", package_rels),
            ("word/document.xml", self.document_xml()),
            ("word/_rels/document.xml.rels", document_rels),
            ("word/styles.xml", styles_xml(self.lang)),
            ("word/settings.xml", settings_xml()),
            ("word/fontTable.xml", font_table_xml()),
            ("word/footer1.xml", footer_xml()),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
        ]
    }

    /// `word/document.xml`: the body and the page.
    pub fn document_xml(&self) -> String {
        let mut body = String::with_capacity(64 * 1024);
        for block in &self.blocks {
            match block {
                Block::Paragraph { style, lead, text } => {
                    write_paragraph(&mut body, style.id(), lead, text)
                }
                Block::Table {
                    widths,
                    header,
                    rows,
                } => write_table(&mut body, widths, header, rows),
            }
        }
        // GB/T 9704's page: A4; margins top 37, bottom 35, inner 28, outer 26 mm. The 22 lines
        // come from the body's exact line height, not a document grid, which would also space
        // the lines of tables and notes 28.95 pt apart.
        format!(
            "{XML_DECLARATION}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/></w:sectPr></w:body></w:document>"
        )
    }
}

/// Whether XML 1.0 can hold the character at all. Those it cannot (most control characters,
/// U+FFFE, U+FFFF) are left out, so that no typed text can make a part unreadable.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
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
        for piece in line.trim_end_matches('\r').split('\t') {
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

fn write_row(out: &mut String, columns: &[u32], cells: &[String], header: bool) {
    // A row is not split across pages; the header row repeats on each page.
    out.push_str(if header {
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    } else {
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
    });
    for (width, cell) in columns.iter().zip(cells) {
        out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
        ));
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

fn write_table(out: &mut String, widths: &[u32], header: &[String], rows: &[Vec<String>]) {
    let columns: Vec<u32> = widths.iter().map(|w| LINE_WIDTH * w / 100).collect();
    out.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    for width in &columns {
        out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    write_row(out, &columns, header, true);
    for row in rows {
        write_row(out, &columns, row, false);
    }
    out.push_str("</w:tbl>");
}
