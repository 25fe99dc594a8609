//! The parts of the package that do not depend on the text: content types, relationships, the
//! styles, the font table, the settings and the footer. The styles are where GB/T 9704's
//! typography lives.
//!
//! They are written here and, like the other long texts, travel to the browser in the texts
//! file (`crate::texts_file`): the app carries a four-byte key for each, not the code that
//! writes them.

use super::{LINE_WIDTH, R, W, XML_DECLARATION};
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::library::long_text;
use std::sync::OnceLock;

/// The fixed parts by their name in the package, in the order they are zipped (the body goes
/// third, after the package's relationships).
pub(super) const FIXED_PARTS: [&str; 7] = [
    "[Content_Types].xml",
    "_rels/.rels",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/settings.xml",
    "word/fontTable.xml",
    "word/footer1.xml",
];

/// A fixed part in `lang` (only the styles differ between the languages).
pub(super) fn fixed_part(name: &str, lang: Lang) -> &'static str {
    long_text(&library_key(name), || {
        written()
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Bilingual::new("", ""), |(_, part)| *part)
    })
    .get(lang)
}

fn library_key(name: &str) -> String {
    format!("docx.{name}")
}

/// Every fixed part with its key in the texts file.
pub fn fixed_parts() -> Vec<(String, Bilingual)> {
    written()
        .iter()
        .map(|(name, part)| (library_key(name), *part))
        .collect()
}

/// The fixed parts, written once and kept (as the texts compiled in are).
fn written() -> &'static [(&'static str, Bilingual)] {
    static WRITTEN: OnceLock<Vec<(&'static str, Bilingual)>> = OnceLock::new();
    WRITTEN.get_or_init(|| {
        let keep = |part: String| -> &'static str { Box::leak(part.into_boxed_str()) };
        let both = |part: String| {
            let part = keep(part);
            Bilingual::new(part, part)
        };
        let parts = [
            both(content_types_xml()),
            both(package_relationships()),
            both(document_relationships()),
            Bilingual::new(keep(styles_xml(Lang::Zh)), keep(styles_xml(Lang::En))),
            both(settings_xml()),
            both(font_table_xml()),
            both(footer_xml()),
        ];
        FIXED_PARTS.into_iter().zip(parts).collect()
    })
}

/// `[Content_Types].xml`: what each part is.
fn content_types_xml() -> String {
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
    format!(
        "{XML_DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>{types}<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"
    )
}

fn relationship(id: &str, kind: &str, target: &str) -> String {
    format!("<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>")
}

fn relationships(list: String) -> String {
    format!("{XML_DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{list}</Relationships>")
}

/// `_rels/.rels`: the body and the two sets of document properties.
fn package_relationships() -> String {
    relationships(
        relationship("rId1", &format!("{R}/officeDocument"), "word/document.xml")
            + &relationship(
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            )
            + &relationship("rId3", &format!("{R}/extended-properties"), "docProps/app.xml"),
    )
}

/// `word/_rels/document.xml.rels`: the parts the body uses (`rId4`, the footer, is named in
/// the body's section properties).
fn document_relationships() -> String {
    relationships(
        relationship("rId1", &format!("{R}/styles"), "styles.xml")
            + &relationship("rId2", &format!("{R}/settings"), "settings.xml")
            + &relationship("rId3", &format!("{R}/fontTable"), "fontTable.xml")
            + &relationship("rId4", &format!("{R}/footer"), "footer1.xml"),
    )
}

/// A paragraph style: its id, name, the style it is based on and its paragraph and run
/// properties. Every style but the body's and the tables' names the body as the style after
/// it, so that Enter after a heading, a prompt or a title gives body text.
fn style(id: &str, name: &str, based_on: &str, p_pr: &str, r_pr: &str) -> String {
    let based_on = if based_on.is_empty() {
        String::new()
    } else {
        format!("<w:basedOn w:val=\"{based_on}\"/>")
    };
    // Normal is the default paragraph style: the one a paragraph without a style takes. In a
    // table, Enter gives table text.
    let (default, next) = match id {
        "Normal" => (" w:default=\"1\"", ""),
        "TableText" => ("", ""),
        "TableHeading" => ("", "<w:next w:val=\"TableText\"/>"),
        _ => ("", "<w:next w:val=\"Normal\"/>"),
    };
    format!("<w:style w:type=\"paragraph\"{default} w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{based_on}{next}<w:qFormat/><w:pPr>{p_pr}</w:pPr><w:rPr>{r_pr}</w:rPr></w:style>")
}

/// Fonts for Latin and for Chinese text, and the size in half-points.
fn fonts(latin: &str, chinese: &str, half_points: u32) -> String {
    styled_fonts(latin, chinese, "", half_points)
}

/// [`fonts`] with `emphasis` (`<w:b/>`, `<w:i/>`) where WordprocessingML's order puts it, between
/// the fonts and the size: Word refuses a file whose properties are out of the schema's order.
fn styled_fonts(latin: &str, chinese: &str, emphasis: &str, half_points: u32) -> String {
    format!("<w:rFonts w:ascii=\"{latin}\" w:hAnsi=\"{latin}\" w:cs=\"{latin}\" w:eastAsia=\"{chinese}\"/>{emphasis}<w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/>")
}

/// `word/styles.xml`. Chinese follows GB/T 9704: body 仿宋 3号 (16 pt) on a fixed line of
/// 28.95 pt (22 lines to the type area), first line indented two characters; headings 黑体
/// (first level) and 楷体 (second level); the title 小标宋 2号 (22 pt), with 宋体 where that
/// face is not installed (the font table says so).
fn styles_xml(lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let (serif, sans) = ("Times New Roman", "Arial");
    let body_size = if zh { 32 } else { 24 };
    let body_lines = if zh {
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/>"
    } else {
        "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"340\" w:lineRule=\"exact\"/>"
    };
    let no_indent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    let mut styles = String::new();
    styles.push_str(&style(
        "Normal",
        "Normal",
        "",
        body_lines,
        &fonts(serif, "仿宋", body_size),
    ));
    styles.push_str(&style(
        "Title",
        "Title",
        "Normal",
        &format!("<w:spacing w:before=\"0\" w:after=\"240\" w:line=\"{}\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"center\"/>", if zh { 700 } else { 480 }),
        &if zh {
            fonts(serif, "方正小标宋简体", 44)
        } else {
            styled_fonts(sans, "黑体", "<w:b/>", 36)
        },
    ));
    styles.push_str(&style(
        "Subtitle",
        "Subtitle",
        "Normal",
        &format!("{no_indent}<w:jc w:val=\"center\"/>"),
        &fonts(serif, "楷体", body_size),
    ));
    // Word's built-in heading styles, which the navigation pane and a table of contents list:
    // 黑体 then 楷体 in Chinese, Arial bold in English.
    let (spacing, indent) = if zh {
        ("<w:spacing w:before=\"0\" w:after=\"0\"/>", "")
    } else {
        ("<w:spacing w:before=\"240\" w:after=\"120\"/>", no_indent)
    };
    for (level, chinese_face, english_size) in [(1, "黑体", 28), (2, "楷体", 24)] {
        styles.push_str(&style(
            &format!("Heading{level}"),
            &format!("heading {level}"),
            "Normal",
            &format!(
                "<w:keepNext/><w:keepLines/>{spacing}{indent}<w:outlineLvl w:val=\"{}\"/>",
                level - 1
            ),
            &if zh {
                fonts(serif, chinese_face, 32)
            } else {
                styled_fonts(sans, "黑体", "<w:b/>", english_size)
            },
        ));
    }
    // The tool's guidance: shaded grey with a rule on its left, 楷体 (italic in English),
    // named so that it reads as not part of the plan.
    styles.push_str(&style(
        "Guidance",
        if zh { "编写提示（不属于方案正文）" } else { "Guidance (not part of the plan)" },
        "Normal",
        &format!(
            "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"4\" w:color=\"A6A6A6\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDEDED\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"exact\"/>",
            if zh { 440 } else { 280 }
        ),
        &if zh {
            styled_fonts(serif, "楷体", "<w:color w:val=\"404040\"/>", 28)
        } else {
            styled_fonts(serif, "楷体", "<w:i/><w:color w:val=\"404040\"/>", 20)
        },
    ));
    styles.push_str(&style(
        "Note",
        if zh { "说明" } else { "Note" },
        "Normal",
        &format!(
            "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"exact\"/>",
            if zh { 440 } else { 280 }
        ),
        &format!(
            "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>",
            if zh { 28 } else { 20 }
        ),
    ));
    let table_text = format!("<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"{}\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"left\"/>", if zh { 360 } else { 280 });
    let table_size = if zh { 24 } else { 20 };
    styles.push_str(&style(
        "TableText",
        if zh { "表格文字" } else { "Table text" },
        "Normal",
        &table_text,
        &format!("<w:sz w:val=\"{table_size}\"/><w:szCs w:val=\"{table_size}\"/>"),
    ));
    styles.push_str(&style(
        "TableHeading",
        if zh { "表头" } else { "Table heading" },
        "TableText",
        "<w:keepNext/>",
        &styled_fonts(if zh { serif } else { sans }, "黑体", "<w:b/>", table_size),
    ));
    // The plan's first part and each annex start a new page: a first-level heading that says
    // so, in the contents and the navigation pane like the others.
    styles.push_str(&style(
        "Heading1Page",
        if zh {
            "标题 1（另起一页）"
        } else {
            "Heading 1 (new page)"
        },
        "Heading1",
        "<w:pageBreakBefore/>",
        "",
    ));
    // The contents: its heading (not itself listed) and its entries.
    styles.push_str(&style(
        "TOCHeading",
        if zh { "目录标题" } else { "TOC Heading" },
        "Normal",
        &format!("<w:spacing w:before=\"0\" w:after=\"240\"/>{no_indent}<w:jc w:val=\"center\"/>"),
        &styled_fonts(
            sans,
            "黑体",
            if zh { "" } else { "<w:b/>" },
            if zh { 32 } else { 28 },
        ),
    ));
    styles.push_str(&style(
        "TOC1",
        "toc 1",
        "Normal",
        &format!(
            "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{LINE_WIDTH}\"/></w:tabs>{no_indent}"
        ),
        "",
    ));
    styles.push_str(&style(
        "FillIn",
        if zh { "待填写" } else { "To write" },
        "Normal",
        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/>",
        "<w:color w:val=\"7F6000\"/>",
    ));
    styles.push_str(&style(
        "Footer",
        "footer",
        "Normal",
        &format!(
            "<w:spacing w:line=\"400\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"center\"/>"
        ),
        &fonts(
            if zh { "宋体" } else { serif },
            "宋体",
            if zh { 28 } else { 20 },
        ),
    ));
    let lang_tag = if zh { "zh-CN" } else { "en-GB" };
    format!(
        "{XML_DECLARATION}<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr>{}<w:lang w:val=\"{lang_tag}\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>{styles}<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style><w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style></w:styles>",
        fonts(serif, "仿宋", body_size)
    )
}

/// `word/fontTable.xml`: the faces the styles name, with the names they go by on other systems
/// and their character set (86, GB2312), which is what Word and WPS fall back on when a face is
/// not installed.
fn font_table_xml() -> String {
    let mut fonts = String::new();
    for (name, alternative, family, pitch) in [
        ("仿宋", "FangSong", "modern", "fixed"),
        ("黑体", "SimHei", "modern", "fixed"),
        ("楷体", "KaiTi", "modern", "fixed"),
        ("宋体", "SimSun", "auto", "variable"),
        ("方正小标宋简体", "宋体", "roman", "variable"),
    ] {
        fonts.push_str(&format!("<w:font w:name=\"{name}\"><w:altName w:val=\"{alternative}\"/><w:charset w:val=\"86\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"{pitch}\"/></w:font>"));
    }
    format!("{XML_DECLARATION}<w:fonts xmlns:w=\"{W}\">{fonts}<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font><w:font w:name=\"Arial\"><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>")
}

/// `word/settings.xml`: Chinese punctuation compressed as Word does for Chinese documents, the
/// fields (the contents) brought up to date when the file is opened, and the current
/// compatibility mode (no “compatibility mode” banner in Word).
fn settings_xml() -> String {
    format!("{XML_DECLARATION}<w:settings xmlns:w=\"{W}\"><w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/><w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>")
}

/// `word/footer1.xml`: the page number between dashes (“— 1 —”), as GB/T 9704 sets it.
fn footer_xml() -> String {
    format!("{XML_DECLARATION}<w:ftr xmlns:w=\"{W}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>")
}
