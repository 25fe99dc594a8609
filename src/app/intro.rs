//! The opening screen: what the tool is, for whom, and the privacy promise, in Chinese and then
//! English.

use crate::rules::guideline::GUIDELINE;
use crate::rules::lang::{Bilingual, Lang};
use yew::prelude::*;

const TITLE: Bilingual = Bilingual::new(
    "北京市技术创新中心依托单位条件自评",
    "Self-check: can your enterprise be the supporting unit of a Beijing Technology Innovation Center?",
);

const PURPOSE: Bilingual = Bilingual::new(
    "本工具帮助企业在申报前,对照第五条、第六条规定的依托单位基本条件进行初步自评,并按第七条列出建设方案需要包含的内容。自评结果不代表市科委、中关村管委会的认定。",
    "This tool helps an enterprise check, before applying, whether it meets the basic conditions for a supporting unit in Articles 5 and 6, and lists what the construction plan must contain under Article 7. The result is a self-check, not a decision of the Commission.",
);

const PRIVACY: Bilingual = Bilingual::new(
    "您填写的销售收入、研发费用等全部数据只在本机浏览器中计算,不会发送到任何服务器。",
    "Every figure you enter, such as sales revenue and R&D expenses, is computed in this browser only and is never sent to any server.",
);

#[function_component(Intro)]
pub fn intro() -> Html {
    let section = |lang: Lang| {
        html! {
            <section class="tic-section" lang={lang.tag()}>
                <p class="tic-caption">{ format!("{} · {}", GUIDELINE.number, GUIDELINE.title.get(lang)) }</p>
                if lang == Lang::Zh {
                    <h1 class="tic-heading-xl">{ TITLE.get(lang) }</h1>
                } else {
                    <h2 class="tic-heading-m">{ TITLE.get(lang) }</h2>
                }
                <p class="tic-body">{ PURPOSE.get(lang) }</p>
                <p class="tic-notice">{ PRIVACY.get(lang) }</p>
            </section>
        }
    };
    html! {
        <main class="tic-main">
            { section(Lang::Zh) }
            { section(Lang::En) }
        </main>
    }
}
