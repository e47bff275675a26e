//! Tests of the store against temporary databases.

use tempfile::TempDir;

use super::*;
use crate::model::*;
use crate::vocab::*;

pub(super) const ARTICLE: &str = "PARIS - French intelligence is watching the Tajik diaspora, \
an intelligence source told Reuters. Laurent Nunez said 3,000 Tajiks live in France. \
Sources said the number is rising. The source added that arrests were likely.";

pub(super) fn temp_store() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(dir.path().join("test.db"), true).unwrap();
    store.set_actor("tester");
    (dir, store)
}

pub(super) fn article(store: &mut Store, text: &str) -> i64 {
    store
        .add_article(NewArticle {
            text: text.into(),
            title: Some("Tajik diaspora".into()),
            ..NewArticle::default()
        })
        .unwrap()
        .0
        .id
}

pub(super) fn event_count(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM event", [], |r| r.get(0))
        .unwrap()
}

pub(super) fn sourced(article: i64, text: &str, sources: &[(&str, SourceKind, &str)]) -> NewClaim {
    let mut claim = NewClaim::manual(article, text);
    claim.start = locate(ARTICLE, text, None).map(|s| s.0);
    claim.end = locate(ARTICLE, text, None).map(|s| s.1);
    claim.attributions = sources
        .iter()
        .map(|(name, kind, cue)| {
            NewAttribution::to(
                SourceRef::FindOrCreate {
                    name: name.to_string(),
                    kind: *kind,
                    role: None,
                },
                Some(cue.to_string()),
            )
        })
        .collect();
    claim
}

#[test]
fn adds_an_article_once_per_text() {
    let (_dir, mut store) = temp_store();
    let (first, created) = store
        .add_article(NewArticle {
            text: ARTICLE.into(),
            ..NewArticle::default()
        })
        .unwrap();
    assert!(created);
    let events = event_count(&store);
    let (again, created) = store
        .add_article(NewArticle {
            text: ARTICLE.into(),
            title: Some("other".into()),
            ..NewArticle::default()
        })
        .unwrap();
    assert!(!created);
    assert_eq!(again.id, first.id);
    assert_eq!(event_count(&store), events);
    assert_eq!(store.article_text(first.id).unwrap(), ARTICLE);
    assert_eq!(store.articles().unwrap().len(), 1);
    assert_eq!(first.sha256, sha256_hex(ARTICLE));
}

#[test]
fn saves_sourcing_and_filters_on_it() {
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
    let stat = store.add_claim(stat).unwrap();
    let bare = store
        .add_claim(NewClaim::manual(a, "Arrests are likely"))
        .unwrap();

    let lede = store.claim_record(lede.id).unwrap();
    assert_eq!(lede.level, Some(Level::AnonymousOnly));
    assert!(lede.flags.contains(&Flag::AnonymousLede));
    assert!(lede.thin);
    let stat = store.claim_record(stat.id).unwrap();
    assert_eq!(stat.level, Some(Level::SingleSource));
    assert_eq!(stat.flags, vec![Flag::UncheckedStatistic]);
    assert_eq!(bare.level, Some(Level::Unsourced));

    let ids =
        |f: ClaimFilter| -> Vec<i64> { store.claims(&f).unwrap().iter().map(|r| r.id).collect() };
    assert_eq!(
        ids(ClaimFilter {
            unsourced: true,
            ..Default::default()
        }),
        vec![bare.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            thin: true,
            ..Default::default()
        }),
        vec![lede.id, stat.id, bare.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            flag: Some(Flag::UncheckedStatistic),
            ..Default::default()
        }),
        vec![stat.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            source: Some("laurent nunez".into()),
            ..Default::default()
        }),
        vec![stat.id]
    );
    assert_eq!(
        ids(ClaimFilter {
            search: Some("diaspora".into()),
            ..Default::default()
        }),
        vec![lede.id]
    );
    let err = store
        .claims(&ClaimFilter {
            search: Some("\"unterminated".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().starts_with("bad search query"), "{err}");

    // The view reads the same stored values.
    let unsourced: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM unsourced_claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(unsourced, 1);
    let rows = store.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(rows[1].sources[0].name, "Laurent Nunez");
    assert_eq!(rows[1].sources[0].cue.as_deref(), Some("said"));
}

mod audit;
mod dump;
mod identity;
mod migrate;
mod updates;

#[test]
fn views_and_datasette_search_read_the_stored_state() {
    let (_dir, mut store) = temp_store();
    let a = article(&mut store, ARTICLE);
    let claim = store
        .add_claim(sourced(
            a,
            "French intelligence is watching the Tajik diaspora",
            &[
                ("an intelligence source", SourceKind::Anonymous, "told"),
                ("Reuters", SourceKind::Media, ""),
            ],
        ))
        .unwrap();
    store
        .add_claim(NewClaim::manual(a, "Arrests are likely"))
        .unwrap();
    let (sources, flags, thin): (String, Option<String>, i64) = store
        .conn()
        .query_row(
            "SELECT sources, flags, thin FROM claim_sourcing WHERE id = ?1",
            [claim.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        sources,
        "an intelligence source (anonymous, told); Reuters (media)"
    );
    assert_eq!(flags, None);
    assert_eq!(thin, 0);
    let thin: Vec<String> = store
        .conn()
        .prepare("SELECT text FROM thin_claims")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(thin, vec!["Arrests are likely".to_string()]);
    let (name, claims, share): (String, i64, f64) = store
        .conn()
        .query_row(
            "SELECT name, claims, share FROM source_load WHERE name = 'Reuters'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((name.as_str(), claims, share), ("Reuters", 1, 0.5));

    // Datasette finds the full-text table of `claim` with this query (datasette/utils).
    let fts: String = store
        .conn()
        .query_row(
            r#"SELECT name FROM sqlite_master WHERE rootpage = 0
               AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="claim"%'"#,
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(fts, "claim_fts");
    let hits: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM claim WHERE rowid IN
                 (SELECT rowid FROM claim_fts WHERE claim_fts MATCH 'arrests')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hits, 1);
}

#[test]
fn ingest_stores_an_article_and_its_claims_at_once() {
    let (_dir, mut store) = temp_store();
    let mut lede = NewClaim::manual(0, "French intelligence is watching the Tajik diaspora");
    lede.origin = Origin::Auto;
    lede.start = Some(8);
    lede.end = Some(58);
    lede.attributions.push(NewAttribution {
        source: SourceRef::FindOrCreate {
            name: "an intelligence source".into(),
            kind: SourceKind::Anonymous,
            role: None,
        },
        cue: Some("told".into()),
        mention: Some("an intelligence source".into()),
        mention_start: Some(60),
        mention_end: Some(82),
        relation: Some(Relation::Paraphrase),
        via: None,
    });
    let mut more = NewClaim::manual(0, "the number is rising");
    more.attributions.push(NewAttribution {
        source: SourceRef::FindOrCreate {
            name: "an intelligence source".into(),
            kind: SourceKind::Anonymous,
            role: None,
        },
        cue: Some("said".into()),
        mention: Some("Sources".into()),
        mention_start: Some(142),
        mention_end: Some(149),
        relation: Some(Relation::Paraphrase),
        via: None,
    });
    let new = NewArticle {
        text: ARTICLE.into(),
        ..NewArticle::default()
    };
    let done = store
        .ingest(new.clone(), vec![lede.clone(), more.clone()])
        .unwrap();
    assert!(done.created);
    assert_eq!(done.claim_ids.len(), 2);
    let first = store.claim_record(done.claim_ids[0]).unwrap();
    assert_eq!(first.article_id, done.article.id);
    assert!(first.flags.contains(&Flag::AnonymousLede));
    // "Sources" (plural) stands for the source called "an intelligence source" elsewhere.
    let second = store.claim_record(done.claim_ids[1]).unwrap();
    assert!(
        second.flags.contains(&Flag::PluralFromOne),
        "{:?}",
        second.flags
    );
    assert_eq!(store.sources().unwrap().len(), 1);

    let events = event_count(&store);
    let again = store.ingest(new, vec![lede, more]).unwrap();
    assert!(!again.created && again.claim_ids.is_empty());
    assert_eq!(event_count(&store), events);
}
