//! JSON dump and load: export → import into an empty database → export is identical.

use super::*;

#[test]
fn a_dump_loads_into_an_empty_database_identically() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let lede = store
        .add_claim(sourced(
            a,
            "French intelligence is watching the Tajik diaspora",
            &[("an intelligence source", SourceKind::Anonymous, "told")],
        ))
        .unwrap();
    let mut stat = sourced(
        a,
        "3,000 Tajiks live in France",
        &[("Laurent Nunez", SourceKind::Person, "said")],
    );
    stat.kind = ClaimKind::Statistic;
    stat.note = Some("ask INSEE".into());
    stat.fragments = Some(vec![Fragment { start: 1, end: 3 }]);
    let stat = store.add_claim(stat).unwrap();
    store
        .corroborate(
            stat.id,
            CorroboratedBy::Claim(lede.id),
            Stance::Supports,
            false,
            None,
        )
        .unwrap();
    store
        .corroborate(
            lede.id,
            CorroboratedBy::Source(SourceRef::FindOrCreate {
                name: "Le Monde".into(),
                kind: SourceKind::Media,
                role: None,
            }),
            Stance::Supports,
            true,
            Some("same story".into()),
        )
        .unwrap();
    let nunez = store.find_source("Laurent Nunez", None).unwrap();
    store.add_alias(nunez.id, "Nunez").unwrap();
    store
        .edit_claim(
            stat.id,
            ClaimEdit {
                verdict: Some(Some(Verdict::MostlyTrue)),
                ..ClaimEdit::default()
            },
        )
        .unwrap();
    // A removed claim leaves a gap in the ids, which the load must keep.
    let gone = store.add_claim(NewClaim::manual(a, "gone")).unwrap();
    store.remove_claim(gone.id).unwrap();
    store.add_claim(NewClaim::manual(a, "kept")).unwrap();

    let dump = store.dump(&[]).unwrap();
    let json = serde_json::to_string_pretty(&dump).unwrap();

    let (_dir2, mut fresh) = temp_store();
    let parsed: Dump = serde_json::from_str(&json).unwrap();
    fresh.load(&parsed).unwrap();
    let again = serde_json::to_string_pretty(&fresh.dump(&[]).unwrap()).unwrap();
    assert_eq!(again, json);

    // Loading twice is refused, and leaves the database as it was.
    let events = event_count(&fresh);
    let err = fresh.load(&parsed).unwrap_err();
    assert!(matches!(err, StoreError::Duplicate(_)), "{err}");
    assert_eq!(event_count(&fresh), events);
}

#[test]
fn a_dump_of_one_article_holds_its_sources_only() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let b = article(&mut store, "Another story entirely.");
    store
        .add_claim(sourced(
            a,
            "3,000 Tajiks live in France",
            &[("Laurent Nunez", SourceKind::Person, "said")],
        ))
        .unwrap();
    let mut other = NewClaim::manual(b, "Another story");
    other.attributions.push(NewAttribution::to(
        SourceRef::FindOrCreate {
            name: "Someone else".into(),
            kind: SourceKind::Person,
            role: None,
        },
        None,
    ));
    store.add_claim(other).unwrap();
    let dump = store.dump(&[a]).unwrap();
    assert_eq!(dump.articles.len(), 1);
    assert_eq!(dump.claims.len(), 1);
    let names: Vec<_> = dump.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["Laurent Nunez"]);
    assert!(matches!(
        store.dump(&[42]),
        Err(StoreError::NotFound { .. })
    ));
}
