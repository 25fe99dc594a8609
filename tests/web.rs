//! Component tests in headless Chromium (wasm-bindgen-test): the real app mounted into a page,
//! clicked and typed into through the DOM, and the rendered result read back.
#![cfg(target_arch = "wasm32")]

use tic_selfcheck::app::{App, AppProps};
use tic_selfcheck::rules::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app in its own element and waits for the first render. The long texts are
/// loaded from the shipped file first: the test runner does not serve it beside the app.
async fn mount(lang: Lang) -> Element {
    tic_selfcheck::rules::library::load(include_str!("../static/tic-texts.json")).unwrap();
    // The runner reports through its own elements in the body: leave them, replace only ours.
    let body = document().body().unwrap();
    if let Some(previous) = document().get_element_by_id("tic-app") {
        previous.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_id("tic-app");
    root.set_class_name("tic-root");
    body.append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { lang }).render();
    settle().await;
    root
}

async fn settle() {
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).click();
    settle().await;
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

async fn choose_unit(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(root, selector).dyn_into().unwrap();
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&event).unwrap();
    settle().await;
}

async fn submit(root: &Element) {
    click(root, "form.tic-form button[type=submit]").await;
}

/// Answers every yes / no / not-sure group on the page with its first choice (yes), except the
/// Art. 5(5) questions, answered “no”.
async fn answer_page_favourably(root: &Element) {
    let inputs = root.query_selector_all("input.tic-radios__input").unwrap();
    let mut names = Vec::new();
    for i in 0..inputs.length() {
        let input: HtmlInputElement = inputs.item(i).unwrap().dyn_into().unwrap();
        if !names.contains(&input.name()) {
            names.push(input.name());
        }
    }
    for name in names {
        let id = if name.contains("safety") || name.contains("emergency") {
            format!("#{name}-1")
        } else {
            format!("#{name}")
        };
        click(root, &id).await;
    }
}

#[wasm_bindgen_test]
async fn the_start_page_says_what_the_tool_is_in_chinese() {
    let root = mount(Lang::Zh).await;
    assert_eq!(
        text(&root, "#tic-page-heading"),
        "北京市技术创新中心依托单位条件自评"
    );
    assert!(text(&root, ".tic-privacy").contains("不会发送到任何服务器"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_page_and_keeps_the_step() {
    let root = mount(Lang::Zh).await;
    click(&root, ".tic-button--start").await;
    assert_eq!(text(&root, "#tic-page-heading"), "申报类型");
    let english = "button.tic-lang__button[lang='en']";
    click(&root, english).await;
    assert_eq!(text(&root, "#tic-page-heading"), "Type of applicant");
    assert_eq!(
        find(&root, english)
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(document().title().starts_with("Type of applicant"));
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_shows_the_error_summary_with_a_link() {
    let root = mount(Lang::En).await;
    click(&root, ".tic-button--start").await;
    submit(&root).await;
    let summary = text(&root, "#tic-error-summary");
    assert!(summary.contains("There is a problem"), "{summary}");
    assert!(
        summary.contains("Choose the type of applicant."),
        "{summary}"
    );
    assert_eq!(
        find(&root, "#tic-error-summary a")
            .get_attribute("href")
            .as_deref(),
        Some("#tic-path")
    );
    assert!(text(&root, ".tic-form-group[data-error]").contains("Choose the type of applicant."));
}

#[wasm_bindgen_test]
async fn figures_typed_show_live_derived_figures_and_reach_a_result() {
    let root = mount(Lang::Zh).await;
    click(&root, ".tic-button--start").await;
    click(&root, "#tic-path").await;
    submit(&root).await;
    for _ in 0..4 {
        answer_page_favourably(&root).await;
        submit(&root).await;
    }
    assert_eq!(text(&root, "#tic-page-heading"), "销售收入与研究开发费用");
    // The latest complete fiscal year is checked against the device's date: last year is always
    // accepted, so the test follows the calendar instead of going stale.
    let latest = js_sys::Date::new_0().get_full_year() - 1;
    type_into(&root, "#tic-latest-year", &latest.to_string()).await;
    click(&root, "#tic-history").await;
    for year in [latest - 2, latest - 1, latest] {
        // A unit written after the number: read in 亿元 although the page's unit is 万元.
        type_into(&root, &format!("#tic-fig-{year}-revenue"), "10亿").await;
        type_into(&root, &format!("#tic-fig-{year}-rd-total"), "15000").await;
        type_into(&root, &format!("#tic-fig-{year}-rd-domestic"), "15000").await;
    }
    let live = text(&root, ".tic-live");
    assert!(live.contains("年均销售收入100,000.00万元"), "{live}");
    assert_eq!(
        text(&root, &format!("#tic-fig-{latest}-revenue-read")),
        "读作：100,000.00万元"
    );
    assert!(live.contains("第五条第（三）项第2目"), "{live}");
    assert!(
        live.contains("占同期销售收入总额300,000.00万元的15.00%"),
        "{live}"
    );
    // One fen less in the latest year and the ratio fails, live.
    let latest_rd = format!("#tic-fig-{latest}-rd-total");
    type_into(&root, &latest_rd, "14999.999999").await;
    let live = text(&root, ".tic-live");
    // One fen, written in 元, and past: the period's years have ended.
    assert!(live.contains("当时差0.01元"), "{live}");
    type_into(&root, &latest_rd, "15000").await;
    // One unit for the page: in 元 the same typing is 1.5万元, and the ratio fails.
    choose_unit(&root, "#tic-amount-unit", "yuan").await;
    assert_eq!(text(&root, &format!("{latest_rd}-read")), "读作：1.50万元");
    assert!(text(&root, ".tic-live").contains("不符合"));
    choose_unit(&root, "#tic-amount-unit", "wan").await;
    submit(&root).await;
    assert_eq!(text(&root, "#tic-page-heading"), "核对您的回答");
    submit(&root).await;
    assert_eq!(text(&root, "#tic-overall-verdict"), "初步符合");
    assert!(text(&root, "#tic-condition-rd_intensity").contains("恰好达到要求"));
}

#[wasm_bindgen_test]
async fn a_wrong_amount_is_kept_as_typed_and_explained_beside_the_field() {
    let root = mount(Lang::Zh).await;
    click(&root, ".tic-button--start").await;
    click(&root, "#tic-path-1").await;
    submit(&root).await;
    for _ in 0..4 {
        answer_page_favourably(&root).await;
        submit(&root).await;
    }
    assert_eq!(text(&root, "#tic-page-heading"), "新建独立法人实体");
    answer_page_favourably(&root).await;
    type_into(&root, "#tic-commitment", "二千万").await;
    submit(&root).await;
    assert_eq!(text(&root, "#tic-page-heading"), "新建独立法人实体");
    let input: HtmlInputElement = find(&root, "#tic-commitment").dyn_into().unwrap();
    assert_eq!(input.value(), "二千万");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&root, "#tic-commitment-error").contains("请只填写数字"));
}
