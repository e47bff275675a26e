//! The audit log: one event per changed row, with actor and before/after; writes from other
//! tools are recorded too; recomputed sourcing leaves no event; a failed write leaves nothing.

use rusqlite::Connection;

use super::*;

fn events_since(store: &Store, after: i64) -> Vec<Event> {
    store
        .history(&HistoryFilter::default())
        .unwrap()
        .into_iter()
        .filter(|e| e.id > after)
        .collect()
}

fn last_event_id(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT coalesce(max(id), 0) FROM event", [], |r| r.get(0))
        .unwrap()
}

fn summary(events: &[Event]) -> Vec<(String, String)> {
    events
        .iter()
        .map(|e| (e.table.clone(), e.action.clone()))
        .collect()
}

fn pair(table: &str, action: &str) -> (String, String) {
    (table.to_string(), action.to_string())
}

#[test]
fn each_changed_row_leaves_exactly_one_event() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let mark = last_event_id(&store);
    let claim = store
        .add_claim(sourced(
            a,
            "3,000 Tajiks live in France",
            &[("Laurent Nunez", SourceKind::Person, "said")],
        ))
        .unwrap();
    // The claim's level was saved after the insert, without an event of its own.
    assert_eq!(claim.level, Some(Level::SingleSource));
    let events = events_since(&store, mark);
    assert_eq!(
        summary(&events),
        vec![
            pair("claim", "insert"),
            pair("source", "insert"),
            pair("attribution", "insert")
        ]
    );
    assert!(events.iter().all(|e| e.actor == "tester"));
    // A named source is shared, so its event belongs to no article.
    assert!(events
        .iter()
        .all(|e| e.article_id == if e.table == "source" { None } else { Some(a) }));
    assert_eq!(events[0].after.as_ref().unwrap()["text"], claim.text);
    assert!(events[0].before.is_none());

    // A second source changes the level (derived): still one event per row written.
    let mark = last_event_id(&store);
    store
        .attribute(
            claim.id,
            SourceRef::FindOrCreate {
                name: "French Interior Ministry".into(),
                kind: SourceKind::Official,
                role: None,
            },
            Some("said".into()),
            None,
            None,
        )
        .unwrap();
    assert_eq!(
        store.claim_record(claim.id).unwrap().level,
        Some(Level::Corroborated)
    );
    assert_eq!(
        summary(&events_since(&store, mark)),
        vec![pair("source", "insert"), pair("attribution", "insert")]
    );

    // An edit: one update event with the row before and after.
    store.set_actor("editor");
    let mark = last_event_id(&store);
    store
        .edit_claim(
            claim.id,
            ClaimEdit {
                confidence: Some(Confidence::High),
                ..ClaimEdit::default()
            },
        )
        .unwrap();
    let events = events_since(&store, mark);
    assert_eq!(summary(&events), vec![pair("claim", "update")]);
    let e = &events[0];
    assert_eq!(e.actor, "editor");
    assert_eq!(e.before.as_ref().unwrap()["confidence"], "unknown");
    assert_eq!(e.after.as_ref().unwrap()["confidence"], "high");
    assert!(e.after.as_ref().unwrap().get("level").is_none());

    // An edit that changes nothing writes nothing.
    let mark = last_event_id(&store);
    store
        .edit_claim(
            claim.id,
            ClaimEdit {
                confidence: Some(Confidence::High),
                ..ClaimEdit::default()
            },
        )
        .unwrap();
    assert!(events_since(&store, mark).is_empty());

    // Corroboration and note: one each; removal: the claim and each of its rows.
    let mark = last_event_id(&store);
    store
        .corroborate(
            claim.id,
            CorroboratedBy::Url("https://example.org/census".into()),
            Stance::Contradicts,
            true,
            None,
        )
        .unwrap();
    store.add_note(claim.id, "Check INSEE figures").unwrap();
    assert_eq!(
        summary(&events_since(&store, mark)),
        vec![pair("corroboration", "insert"), pair("note", "insert")]
    );
    let mark = last_event_id(&store);
    store.remove_claim(claim.id).unwrap();
    let events = events_since(&store, mark);
    assert_eq!(
        summary(&events),
        vec![
            pair("attribution", "delete"),
            pair("attribution", "delete"),
            pair("corroboration", "delete"),
            pair("note", "delete"),
            pair("claim", "delete"),
        ]
    );
    assert!(events.iter().all(|e| e.article_id == Some(a)));
    assert!(events.iter().all(|e| e.after.is_none()));

    // History by claim still finds them.
    let history = store
        .history(&HistoryFilter {
            claim: Some(claim.id),
            ..HistoryFilter::default()
        })
        .unwrap();
    assert_eq!(history.len(), 2 + 1 + 1 + 2 + 5);
}

#[test]
fn a_write_from_another_tool_is_recorded_with_the_fallback_actor() {
    let (dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let claim = store
        .add_claim(NewClaim::manual(a, "Arrests are likely"))
        .unwrap();
    drop(store);

    let plain = Connection::open(dir.path().join("test.db")).unwrap();
    plain
        .execute(
            "UPDATE claim SET verdict = 'unproven' WHERE id = ?1",
            [claim.id],
        )
        .unwrap();
    plain
        .execute(
            "INSERT INTO note (claim_id, body) VALUES (?1, 'typed in sqlite3')",
            [claim.id],
        )
        .unwrap();
    drop(plain);

    let store = Store::open(dir.path().join("test.db"), false).unwrap();
    let events = store
        .history(&HistoryFilter {
            claim: Some(claim.id),
            ..HistoryFilter::default()
        })
        .unwrap();
    let last: Vec<_> = events.iter().rev().take(2).collect();
    assert_eq!(last[1].table, "claim");
    assert_eq!(last[1].action, "update");
    assert_eq!(last[1].actor, "sqlite");
    assert_eq!(
        last[1].before.as_ref().unwrap()["verdict"],
        serde_json::Value::Null
    );
    assert_eq!(last[1].after.as_ref().unwrap()["verdict"], "unproven");
    assert_eq!(last[0].table, "note");
    assert_eq!(last[0].actor, "sqlite");
    assert_eq!(last[0].article_id, Some(a));
    // write_context is empty outside claimtrace's transactions.
    let rows: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM write_context", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0);
}

#[test]
fn a_failed_write_leaves_nothing_half_written() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let events = event_count(&store);
    let mut claim = sourced(
        a,
        "3,000 Tajiks live in France",
        &[("Laurent Nunez", SourceKind::Person, "said")],
    );
    // The second attribution names a source that does not exist: the claim, the new source and
    // the first attribution must all be rolled back.
    claim
        .attributions
        .push(NewAttribution::to(SourceRef::Find("Nobody".into()), None));
    let err = store.add_claim(claim).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
    assert_eq!(err.to_string(), "no source Nobody");
    assert_eq!(event_count(&store), events);
    assert!(store.claims(&ClaimFilter::default()).unwrap().is_empty());
    assert!(store.sources().unwrap().is_empty());
    let rows: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM write_context", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0);
}

#[test]
fn a_source_in_use_cannot_be_deleted() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    store
        .add_claim(sourced(
            a,
            "3,000 Tajiks live in France",
            &[("Laurent Nunez", SourceKind::Person, "said")],
        ))
        .unwrap();
    let err = store
        .conn()
        .execute("DELETE FROM source WHERE name = 'Laurent Nunez'", [])
        .unwrap_err();
    assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
}
