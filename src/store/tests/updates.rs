//! Applying CSV rows: an unchanged export writes nothing, one changed cell changes exactly one
//! claim, a bad row names its line and writes nothing.

use super::*;

fn rows_of(store: &Store) -> Vec<ClaimUpdate> {
    store
        .claims(&ClaimFilter::default())
        .unwrap()
        .into_iter()
        .enumerate()
        .map(|(i, r)| ClaimUpdate {
            line: i + 2,
            id: Some(r.id),
            article_id: Some(r.article_id),
            text: Some(r.text),
            kind: Some(r.kind),
            confidence: Some(r.confidence),
            verdict: Some(r.verdict),
            sources: Some(
                r.sources
                    .into_iter()
                    .map(|s| SourceSpec {
                        name: s.name,
                        kind: Some(s.kind),
                        cue: s.cue,
                    })
                    .collect(),
            ),
        })
        .collect()
}

fn seeded() -> (TempDir, Store, i64) {
    let (dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    store
        .add_claim(sourced(
            a,
            "French intelligence is watching the Tajik diaspora",
            &[("an intelligence source", SourceKind::Anonymous, "told")],
        ))
        .unwrap();
    store
        .add_claim(sourced(
            a,
            "3,000 Tajiks live in France",
            &[
                ("Laurent Nunez", SourceKind::Person, "said"),
                ("INSEE", SourceKind::Organization, ""),
            ],
        ))
        .unwrap();
    store
        .add_claim(NewClaim::manual(a, "Arrests are likely"))
        .unwrap();
    (dir, store, a)
}

#[test]
fn an_unchanged_export_writes_nothing() {
    let (_dir, mut store, _) = seeded();
    let events = event_count(&store);
    let before = store.dump(&[]).unwrap();
    let summary = store.apply_claim_updates(rows_of(&store)).unwrap();
    assert_eq!(summary.unchanged, 3);
    assert!(summary.updated.is_empty() && summary.added.is_empty());
    assert_eq!(event_count(&store), events);
    assert_eq!(store.dump(&[]).unwrap(), before);
}

#[test]
fn one_changed_cell_changes_exactly_that_claim() {
    let (_dir, mut store, _) = seeded();
    let mut rows = rows_of(&store);
    rows[1].confidence = Some(Confidence::Low);
    let events = event_count(&store);
    let summary = store.apply_claim_updates(rows.clone()).unwrap();
    assert_eq!(summary.updated, vec![rows[1].id.unwrap()]);
    assert_eq!(event_count(&store), events + 1);

    // A source changed in the spreadsheet: the old attribution goes, a new one (and source)
    // comes; the other claims stay untouched.
    let mut rows = rows_of(&store);
    rows[2].sources = Some(vec![SourceSpec {
        name: "Paris police".into(),
        kind: Some(SourceKind::Official),
        cue: Some("said".into()),
    }]);
    let events = event_count(&store);
    let summary = store.apply_claim_updates(rows).unwrap();
    assert_eq!(summary.updated.len(), 1);
    assert_eq!(event_count(&store), events + 2); // source insert + attribution insert
    let claim = store.claim_record(summary.updated[0]).unwrap();
    assert_eq!(claim.level, Some(Level::SingleSource));

    // A row without an id adds a manual claim.
    let (_, article) = (
        0,
        store.claims(&ClaimFilter::default()).unwrap()[0].article_id,
    );
    let summary = store
        .apply_claim_updates(vec![ClaimUpdate {
            line: 9,
            id: None,
            article_id: Some(article),
            text: Some("Sources said the number is rising".into()),
            kind: Some(ClaimKind::Statistic),
            confidence: None,
            verdict: None,
            sources: Some(vec![]),
        }])
        .unwrap();
    let added = store.claim_record(summary.added[0]).unwrap();
    assert_eq!(added.origin, Origin::Manual);
    assert!(added.start.is_some());
}

#[test]
fn a_bad_row_names_its_line_and_writes_nothing() {
    let (_dir, mut store, _) = seeded();
    let mut rows = rows_of(&store);
    rows[0].confidence = Some(Confidence::High);
    rows.push(ClaimUpdate {
        line: 7,
        id: Some(999),
        article_id: None,
        text: None,
        kind: None,
        confidence: None,
        verdict: None,
        sources: None,
    });
    let events = event_count(&store);
    let err = store.apply_claim_updates(rows).unwrap_err();
    assert_eq!(err.to_string(), "line 7: no claim 999");
    assert_eq!(event_count(&store), events);
    assert_eq!(
        store.claims(&ClaimFilter::default()).unwrap()[0].confidence,
        Confidence::Unknown
    );
}
