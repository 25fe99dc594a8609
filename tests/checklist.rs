//! The Art. 7 readiness checklist: every element of the construction plan, an action item for
//! every condition not met or not yet known (with the figure it needs), the procedure, and the
//! progress a person records, kept through export and import.

mod common;

use common::*;
use tic_selfcheck::rules::answers::Answers;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::checklist::{checklist, readiness, Section};
use tic_selfcheck::rules::clauses::ClauseId;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::outcome::Verdict;
use tic_selfcheck::rules::progress::{status_of, Status};
use tic_selfcheck::rules::questions::{Answer, ApplicantPath, Question};
use tic_selfcheck::wizard::{Action, Notice, Step, WizardState};

fn good() -> Answers {
    enterprise([("300000000", "60000000", "60000000"); 3])
}

#[test]
fn an_eligible_applicant_gets_the_plan_and_the_procedure_only() {
    let assessment = assess(&good(), AS_OF);
    let items = checklist(&assessment, Lang::Zh, Amounts::Shown);
    let plan: Vec<_> = items
        .iter()
        .filter(|i| i.section == Section::Plan)
        .collect();
    let titles: Vec<&str> = plan.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "总体目标",
            "分年度目标",
            "里程碑目标",
            "建设内容",
            "技术路线",
            "预期成果",
            "运行机制",
            "预算方案",
            "保障措施"
        ]
    );
    assert!(items.iter().all(|i| i.section != Section::Conditions));
    let procedure: Vec<_> = items
        .iter()
        .filter(|i| i.section == Section::Procedure)
        .collect();
    assert_eq!(procedure.len(), 2);
    assert_eq!(procedure[0].clause, ClauseId::Art4);
    assert_eq!(procedure[1].clause, ClauseId::Art14_1);
    assert!(procedure[1].guide.contains("第七条第（二）项"));
    // The guides draw on the articles the plan is judged against.
    let guides: String = plan.iter().map(|i| i.guide.as_str()).collect();
    for article in [
        "第八条",
        "第九条",
        "第十条",
        "第十一条",
        "第十二条",
        "第十五条",
        "第十六条",
        "第十七条",
        "第十八条",
    ] {
        assert!(guides.contains(article), "no guide cites {article}");
    }
    assert!(
        guides.contains("主任负责制") && guides.contains("专家委员会") && guides.contains("京津冀")
    );
}

#[test]
fn every_finding_behind_an_unmet_or_unknown_condition_becomes_an_action_item() {
    let mut a = enterprise([
        ("4000000000", "300000000", "200000000"),
        ("4000000000", "300000000", "200000000"),
        ("4000000000", "300000000", "0"),
    ]);
    a.declarations.insert(Question::GoodCredit, Answer::NotSure);
    a.declarations
        .insert(Question::SafetyLiabilityAccident, Answer::Yes);
    a.declarations.remove(&Question::TransformationTeam);
    let assessment = assess(&a, AS_OF);
    let items = checklist(&assessment, Lang::Zh, Amounts::Shown);
    let gaps: Vec<_> = items
        .iter()
        .filter(|i| i.section == Section::Conditions)
        .collect();
    let ids: Vec<&str> = gaps.iter().map(|i| i.id.as_str()).collect();
    // Art. 5(3) and 5(4) fall short in 2022–2024, which have ended: one item each, on this
    // year, for the next round, instead of one per route asking to close a gap in the past.
    assert_eq!(
        ids,
        [
            "gap.registration.declared.good_credit",
            "gap.rd_intensity.next_round",
            "gap.domestic_rd.next_round",
            "gap.safety_record.declared.safety_liability_accident",
            "gap.talent.declared.transformation_team",
        ]
    );
    let next = gaps
        .iter()
        .find(|i| i.id == "gap.rd_intensity.next_round")
        .unwrap();
    // The citation is shown once, beside the title, not repeated in it.
    assert_eq!(next.title, "下一轮申报：按销售收入规模的研究开发费用要求");
    assert_eq!(next.clause.citation(Lang::Zh), "第五条第（三）项第1目");
    assert!(next.cite && !next.can_be_ready);
    assert!(
        next.guide.starts_with("安排2025年的研究开发费用"),
        "{}",
        next.guide
    );
    for ended in ["2022", "2023", "2024"] {
        assert!(!next.guide.contains(ended), "{}", next.guide);
    }
    // A declaration that fails says what it would take.
    let accident = gaps
        .iter()
        .find(|i| i.id.ends_with("safety_liability_accident"))
        .unwrap();
    assert!(accident.title.starts_with("未满足"), "{}", accident.title);
    assert!(
        accident.guide.contains("待其不在“近3年”之内"),
        "{}",
        accident.guide
    );
    let credit = gaps.iter().find(|i| i.id.ends_with("good_credit")).unwrap();
    assert!(credit.title.starts_with("待补充或核实"), "{}", credit.title);
    // Without amounts, no amount anywhere among them.
    for item in checklist(&assessment, Lang::Zh, Amounts::Hidden)
        .iter()
        .filter(|i| i.section == Section::Conditions)
    {
        assert!(!item.guide.contains("万元"), "{}", item.guide);
    }
}

#[test]
fn a_condition_not_yet_known_keeps_one_item_per_finding_to_complete() {
    // 2024's R&D is missing: the ratio and the growth both wait for it, each an item.
    let mut a = enterprise([
        ("4000000000", "300000000", "200000000"),
        ("4000000000", "300000000", "200000000"),
        ("4000000000", "300000000", "300000000"),
    ]);
    a.financials.years[2].rd_total = None;
    let assessment = assess(&a, AS_OF);
    let open: usize = assessment
        .conditions
        .iter()
        .filter(|c| c.verdict != Verdict::Met)
        .flat_map(|c| &c.findings)
        .filter(|f| f.verdict != Verdict::Met)
        .count();
    let items = checklist(&assessment, Lang::Zh, Amounts::Shown);
    let gaps: Vec<_> = items
        .iter()
        .filter(|i| i.section == Section::Conditions)
        .collect();
    assert_eq!(gaps.len(), open, "{gaps:?}");
    assert!(
        gaps.iter().all(|i| i.title.starts_with("待补充或核实")),
        "{gaps:?}"
    );
}

#[test]
fn the_new_entity_path_lists_the_missing_commitment() {
    let a = favourable(ApplicantPath::NewEntity);
    let assessment = assess(&a, AS_OF);
    let items = checklist(&assessment, Lang::En, Amounts::Shown);
    let commitment = items
        .iter()
        .find(|i| i.id == "gap.new_entity_rd.commitment")
        .unwrap();
    assert!(
        commitment.guide.contains("RMB 20,000,000.00"),
        "{}",
        commitment.guide
    );
    assert!(items.iter().any(|i| i.title == "Budget plan"));
}

#[test]
fn item_ids_are_the_same_in_both_languages() {
    let a = assess(
        &with_answer(good(), Question::LeadingTalent, Answer::No),
        AS_OF,
    );
    let zh: Vec<String> = checklist(&a, Lang::Zh, Amounts::Shown)
        .into_iter()
        .map(|i| i.id)
        .collect();
    let en: Vec<String> = checklist(&a, Lang::En, Amounts::Shown)
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(zh, en);
    let unique: std::collections::BTreeSet<_> = zh.iter().collect();
    assert_eq!(unique.len(), zh.len());
}

#[test]
fn progress_is_recorded_counted_and_survives_export_and_import() {
    let s = WizardState::from_document(Lang::Zh, AS_OF, good().into());
    let s = s
        .apply(Action::SetItemStatus(
            "plan.budget_plan".into(),
            Status::Ready,
        ))
        .apply(Action::SetItemStatus(
            "plan.overall_goal".into(),
            Status::InProgress,
        ))
        .apply(Action::SetItemNote(
            "plan.overall_goal".into(),
            "x".repeat(600),
        ));
    let assessment = s.assessment();
    let items = checklist(&assessment, Lang::Zh, Amounts::Shown);
    // 6 conditions with their evidence, 9 plan elements, 2 steps of the procedure.
    assert_eq!(readiness(&items, &s.checklist), (1, 17));
    assert_eq!(
        status_of(&s.checklist, "plan.overall_goal"),
        Status::InProgress
    );
    assert_eq!(s.checklist[1].note.chars().count(), 500, "notes are capped");
    let exported = s.document_json();
    let back = WizardState::new(Lang::En, AS_OF)
        .apply(Action::Import(AnswersDocument::from_json(&exported)));
    assert_eq!(back.answers(), s.answers());
    assert_eq!(back.checklist, s.checklist);
    assert_eq!(back.step, Step::Check);
    assert_eq!(back.notice, Some(Notice::Imported));
    assert_eq!(back.figures, s.figures);
}

#[test]
fn a_bad_import_changes_nothing_and_says_why() {
    let s = WizardState::from_document(Lang::Zh, AS_OF, good().into());
    for bad in [
        "",
        "{\"schema_version\": 1",
        "{\"name\": \"a different tool\"}",
        "{\"schema_version\": 6}",
        "{\"schema_version\": 1, \"checklist\": [{\"item\": \"Plan!\", \"status\": \"ready\"}]}",
        "{\"schema_version\": 1, \"checklist\": [{\"item\": \"plan.a\", \"status\": \"done\"}]}",
    ] {
        let after = s
            .clone()
            .apply(Action::Import(AnswersDocument::from_json(bad)));
        assert_eq!(after.answers(), s.answers(), "{bad}");
        assert_eq!(after.figures, s.figures, "{bad}");
        // Refused in plain words, on the file field and in the error summary (focused: one
        // more failed attempt), with the detail kept for whoever wants it.
        let e = after
            .import_error
            .as_ref()
            .unwrap_or_else(|| panic!("{bad}"));
        assert_eq!(after.failed_attempts, s.failed_attempts + 1, "{bad}");
        assert!(e.plain_message(Lang::Zh).contains("未导入"), "{bad}");
        assert!(!e.plain_message(Lang::En).is_empty(), "{bad}");
        assert!(!e.message(Lang::Zh).is_empty(), "{bad}");
        assert_eq!(after.notice, None, "{bad}");
        // Moving on clears it.
        assert_eq!(after.apply(Action::Continue).import_error, None);
    }
}

#[test]
fn remembering_is_opt_in_and_forgetting_says_so() {
    let s = WizardState::new(Lang::Zh, AS_OF);
    assert!(!s.remember, "nothing is remembered without consent");
    let s = s.apply(Action::SetRemember(true));
    assert!(s.remember && s.notice.is_none());
    let s = s.apply(Action::SetRemember(false));
    assert_eq!(s.notice, Some(Notice::Forgotten));
    let s = WizardState::new(Lang::Zh, AS_OF).apply(Action::RestoreDraft(
        AnswersDocument::from_json(&AnswersDocument::from(good()).to_json()),
    ));
    assert!(s.remember);
    assert_eq!(s.notice, Some(Notice::DraftRestored));
    assert_eq!(*s.answers(), good());
    let s = WizardState::new(Lang::Zh, AS_OF)
        .apply(Action::SetRemember(true))
        .apply(Action::StorageFailed);
    assert!(!s.remember);
    assert_eq!(s.notice, Some(Notice::StorageUnavailable));
}

#[test]
fn a_note_is_counted_in_characters_everywhere_and_a_kept_note_always_imports() {
    use tic_selfcheck::rules::progress::{clip_note, note_length, MAX_NOTE_CHARS};
    // A character outside the Basic Multilingual Plane is one character here (and in the
    // schema's maxLength), though two UTF-16 units in the browser's own count.
    let astral = "𠀀".repeat(MAX_NOTE_CHARS + 20);
    assert_eq!(note_length(&clip_note(&astral)), MAX_NOTE_CHARS);
    assert_eq!(
        clip_note(&"字".repeat(MAX_NOTE_CHARS)),
        "字".repeat(MAX_NOTE_CHARS)
    );
    let s = WizardState::new(Lang::Zh, AS_OF)
        .apply(Action::SetItemStatus(
            "plan.budget_plan".into(),
            Status::Ready,
        ))
        .apply(Action::SetItemNote("plan.budget_plan".into(), astral));
    assert_eq!(note_length(&s.checklist[0].note), MAX_NOTE_CHARS);
    let back = AnswersDocument::from_json(&s.document_json())
        .expect("a note the reducer kept always imports");
    assert_eq!(back.checklist, s.checklist);
    // One character more than the reducer keeps is refused by the reader, naming the limit.
    let mut too_long = AnswersDocument::from_json(&s.document_json()).unwrap();
    too_long.checklist[0].note.push('x');
    let err = AnswersDocument::from_json(&too_long.to_json()).unwrap_err();
    let said = err.message(tic_selfcheck::rules::lang::Lang::En);
    assert!(said.contains("longer than 500 characters"), "{said}");
}

#[test]
fn a_draft_from_a_newer_version_is_kept_and_a_damaged_one_is_reported_removed() {
    let newer = AnswersDocument::from_json(r#"{"schema_version": 99, "future": true}"#);
    assert!(newer.as_ref().unwrap_err().readable_by_a_newer_version());
    let s = WizardState::new(Lang::Zh, AS_OF).apply(Action::RestoreDraft(newer));
    assert_eq!(s.notice, Some(Notice::DraftFromNewerVersion { found: 99 }));
    assert!(!s.notice.as_ref().unwrap().is_error());
    assert!(
        !s.remember,
        "the newer draft is not overwritten unless the person opts in again"
    );
    assert!(s
        .notice
        .as_ref()
        .unwrap()
        .message(Lang::Zh)
        .contains("仍保留在本设备上"));

    for damaged in [
        r#"{"schema_version": 2, "path": "exist"#,
        r#"{"invoice": 42}"#,
    ] {
        let parsed = AnswersDocument::from_json(damaged);
        assert!(!parsed.as_ref().unwrap_err().readable_by_a_newer_version());
        let s = WizardState::new(Lang::En, AS_OF).apply(Action::RestoreDraft(parsed));
        match &s.notice {
            Some(n @ Notice::DraftDiscarded(_)) => {
                assert!(n.is_error());
                assert!(n
                    .message(Lang::En)
                    .contains("could not be read and were removed"));
            }
            other => panic!("{damaged}: {other:?}"),
        }
    }
}

#[test]
fn import_rewrites_every_field_from_the_file() {
    let mut a = good();
    a.financials.years[0].sales_revenue = Some(
        tic_selfcheck::rules::money_input::parse_required_amount(
            "1.5",
            tic_selfcheck::rules::money::Unit::Yi,
        )
        .unwrap(),
    );
    a.financials.operating_history =
        Some(tic_selfcheck::rules::answers::OperatingHistory::FoundedOn {
            date: tic_selfcheck::rules::dates::CalendarDate::new(2021, 3, 9).unwrap(),
        });
    let s = WizardState::from_document(Lang::Zh, AS_OF, a.clone().into());
    assert_eq!(*s.answers(), a);
    assert_eq!(s.latest_year_text, "2024");
    assert_eq!(s.founding_date_text, "2021-03-09");
    let fig = s.figure((2022, tic_selfcheck::rules::answers::Field::SalesRevenue));
    // The first amount's unit becomes the page's; this one is in it.
    assert_eq!(s.amount_unit, tic_selfcheck::rules::money::Unit::Yi);
    assert_eq!(fig.text, "1.5");
}

#[test]
fn an_item_about_a_condition_not_met_never_reads_ready() {
    let a = common::enterprise([
        ("2000000000", "150000000", "150000000"),
        ("2000000000", "150000000", "150000000"),
        ("2000000000", "150000000", "150000000"),
    ]);
    let s = WizardState::from_document(Lang::Zh, AS_OF, a.into());
    let assessment = s.assessment();
    let items = checklist(&assessment, Lang::Zh, Amounts::Shown);
    let gap = items
        .iter()
        .find(|i| i.id.starts_with("gap."))
        .expect("a gap item");
    // Marked ready (by a file, or before the figures changed): it reads “in progress”, and the
    // readiness count leaves it out.
    let s = s.apply(Action::SetItemStatus(gap.id.clone(), Status::Ready));
    assert_eq!(status_of(&s.checklist, &gap.id), Status::Ready);
    assert_eq!(gap.status(&s.checklist), Status::InProgress);
    assert_eq!(readiness(&items, &s.checklist).0, 0);
    // An element of the plan can be ready.
    let plan = items.iter().find(|i| i.id == "plan.budget_plan").unwrap();
    let s = s.apply(Action::SetItemStatus(plan.id.clone(), Status::Ready));
    assert_eq!(plan.status(&s.checklist), Status::Ready);
    assert_eq!(readiness(&items, &s.checklist).0, 1);
}
