#!/usr/bin/env bash
# The fact-checker's workflow on the example article, against a scratch database:
# add the article, add claims with their sources, ask which are unsourced or thin,
# corroborate one, and export CSV for a spreadsheet.
#
# Runs `cargo run --release --quiet --` unless CLAIMTRACE names a claimtrace binary.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${CLAIMTRACE:-}" ]; then
    ct=("$CLAIMTRACE")
else
    cargo build --release --quiet
    ct=(cargo run --release --quiet --)
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export CLAIMTRACE_DB="$scratch/walkthrough.db"
export CLAIMTRACE_ACTOR="${CLAIMTRACE_ACTOR:-fact-checker}"

# Print each step as it would be typed, then run it.
step() {
    printf '\n$ claimtrace'
    for arg in "$@"; do
        case $arg in
            '' | *[!A-Za-z0-9_./:=@%+,-]*) printf ' "%s"' "${arg//\"/\\\"}" ;;
            *) printf ' %s' "$arg" ;;
        esac
    done
    printf '\n'
    "${ct[@]}" "$@"
}

article=examples/000_d1e90925469a9c05.txt

step init
step article add "$article" \
    --title "France races to fix intelligence gaps on Tajik diaspora before Olympics" \
    --outlet "DigitalSiber.id" --published 2024-07-19 --language en \
    --translated-from id --relayed-from Reuters

# Claims with the source the article gives them: named, anonymous, an unnamed group, none.
step claim add --article 1 "received a disturbing call from Paris police in late March"
step claim add --article 1 "he knew a handful of Tajik people in the country" \
    --source "Temur Varki" --source-kind person --cue told
step claim add --article 1 \
    "France's security services have been racing to address intelligence weaknesses and establish closer ties with Tajikistanans and other Central Asians in the country" \
    --source "more than a dozen people who know this" --source-kind anonymous --cue "according to"
step claim add --article 1 "Islamic terrorism is still our main concern" --kind quote \
    --source "Laurent Nunez" --source-kind person --cue said
step claim add --article 1 "there was no direct threat to the Olympics" \
    --source authorities --source-kind unnamed_group --cue said
step claim add --article 1 \
    "The country relies on remittances from migrants, especially in Russia for nearly half of its economic output" \
    --kind statistic
step claim add --article 1 \
    "Poor and isolated young men among the Tajik diaspora have proven to be an attractive recruitment group for ISIS-K" \
    --kind assessment --source "many security experts" --source-kind unnamed_group --cue "according to"
step claim add --article 1 "French intelligence has few assets in Central Asia" \
    --source "an intelligence source" --source-kind anonymous --cue told
step claim add --article 1 "there are about 30 Tajik families living in the country" --kind statistic \
    --source "French Tajik Association" --source-kind organization --cue "according to"

step claim list
step claim list --unsourced
step claim list --thin
step source list

# The association's figure is confirmed elsewhere: the claim becomes corroborated.
step source alias "French Tajik Association" FTA
step corroborate 9 --url "https://example.org/census-2023" --note "2023 consular census: 31 families"
step claim edit 9 --confidence high --verdict mostly-true
step claim show 9

step export --format csv
