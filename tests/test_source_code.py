"""The source-code check: a program listing is not rated; prose with a snippet is."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_DATA, evaluation_script

from quality.source_code import is_code_line, is_source_code

ROOT = Path(__file__).resolve().parent.parent

JAVASCRIPT = """\
// Fetch the ferry timetable and show the next sailing.
const API = "https://example.test/timetable";

async function nextSailing(port) {
  const response = await fetch(`${API}?port=${port}`);
  if (!response.ok) {
    throw new Error("timetable unavailable");
  }
  const rows = await response.json();
  return rows.find((row) => row.departs > Date.now());
}

nextSailing("Kelsington").then((row) => console.log(row.departs));
"""

C_PROGRAM = """\
#include <stdio.h>

/* Count the words on standard input, as wc -w does. */
int main(void) {
    int c, words = 0, inside = 0;
    while ((c = getchar()) != EOF) {
        if (c == ' ' || c == '\\n' || c == '\\t') {
            inside = 0;
        } else if (!inside) {
            inside = 1;
            words++;
        }
    }
    printf("%d\\n", words);
    return 0;
}
"""

SHELL = """\
#!/bin/sh
# Back up the council minutes every night.
set -eu
SOURCE=/srv/minutes
TARGET=/backup/minutes-$(date +%F)
mkdir -p "$TARGET"
cp -r "$SOURCE" "$TARGET"
echo "done"
"""

ARTICLE_WITH_SNIPPET = """\
The Kelsington council published the code behind its new bin-collection app on Tuesday,
after residents asked how the app decides which streets are served first.

The council's digital lead, Marta Ilves, said the rule fits in a few lines. "We sort the
streets by the date of the last collection, oldest first," she said, and showed reporters
the function:

    def next_streets(streets):
        return sorted(streets, key=lambda s: s.last_collected)

Residents on Harbour Row, which waited three weeks in March, said the fix came late. The
council said the app would be reviewed in September, and that the code would stay public.
"""

LIST_ARTICLE = """\
The ferry operator set out its winter conditions on Monday:
- sailings may be cancelled at a day's notice;
- tickets bought online are refunded in full;
- season passes run to the end of March;
- bicycles travel free on the first sailing;
- dogs must be kept on a lead (on deck only);
- the cafe closes at 6 p.m.;
A spokesman said the list would be posted at both ports.
@FerryNews
@KelsingtonCouncil
"""


@pytest.mark.parametrize(
    "line",
    [
        "def next_streets(streets):",
        "import os",
        "from quality.io import read_records",
        "    return sorted(rows, key=len)",
        "total = 0",
        "self.rows[i] += 1",
        "rows.append(row)",
        "});",
        "int main(void) {",
        "#include <stdio.h>",
        "const API = 1;",
        "@pytest.mark.parametrize('x', [1])",
        "for row in rows:",
        # a new user's short listing, line by line
        "if not line.strip():",
        "continue",
        "yield line.split(',')",
        "for row in parse('timetable.csv'):",
        "with open(path) as f:",
        "except ValueError:",
        # a reviewer's listings: SQL in lower case, Ruby, Kotlin
        "where t.opened_at > '2024-01-01'",
        "group by s.port, s.day",
        "def down",
        "end",
        "class AddDepartsToSailings < ActiveRecord::Migration[7.1]",
        "add_column :sailings, :departs_at, :datetime",
        "fun nextSailing(port: String): Sailing? {",
        "val cut = name.take(limit)",
        "/**",
        "*/",
        "row.departs != null && row.departs > now",
        "select id, name, email",
        "where active = 1",
        "int n = 0;",
        "struct Point {",
        "<?php",
    ],
)
def test_code_lines(line):
    assert is_code_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Tuesday.",
        "- sailings may be cancelled at a day's notice;",
        "Return to work was slow, the union said.",
        "Import tariffs rose by 5 percent.",
        "E = mc2. Einstein wrote it in 1905.",
        "@KelsingtonCouncil",
        "For the council, the vote was close:",
        "| Team | Points |",
        "for example, the council said:",
        "with the following:",
        "if the vote passes:",
        "except for the mayor:",
        "from the harbour to the station and back again",
        # a reviewer's fact box and tables: sites and wikitext are no SQL or logic
        "On esb.ie, for power cuts",
        "From rte.ie, live coverage",
        "and on reddit.com, users said the site was down.",
        "| 1 || Arsenal || 38 || 89",
        "Ruiz 71 || Hale 72 || Lee 74",
        "and the port said on its web site, kelsington.gov.uk, that",
        "In Kelsington, where 1 == 1 is taught in the first year of school, as a sum, teachers say the council's code is poor.",
        "",
    ],
)
def test_prose_lines(line):
    assert not is_code_line(line)


SQL = """\
-- Monthly delays, for the board pack.
SELECT s.port,
       COUNT(*) AS sailings
FROM sailings s
JOIN ports p ON p.id = s.port_id
WHERE s.cancelled = FALSE
GROUP BY s.port
ORDER BY sailings DESC;
"""

# prose a reviewer found flagged: a fact box and a worked sum (statement lines only),
# results and footnotes closing on ");", an article showing a fenced snippet
FACT_BOX = """\
Redhill drew with Marrow Bay on Saturday in front of a record crowd at the harbour ground.
Possession = 54% / 46%
Shots = 12 / 9
Corners = 6 / 4
Attendance = 8,412
Referee = Tom Hale
The manager said the draw was fair.
"""
RESULTS = """\
The count finished at 4 a.m. on Friday, and the council changed hands for the first time.
Labour: 24 seats (down 3);
Conservatives: 18 seats (up 2);
Liberal Democrats: 9 seats (up 1);
Greens: 4 seats (no change);
Independents: 2 seats (no change);
Turnout was 38 percent, the returning officer said.
"""
FENCED_ARTICLE = """\
# How we built the ferry tracker

We wanted readers to see where every ferry is in real time, so the data team wrote a
small program that reads the port's open feed. Here is the core of it:

```python
import requests
rows = requests.get(URL).json()
ships = [r for r in rows if r["active"]]
for ship in ships:
    print(ship["name"], ship["lat"], ship["lon"])
```

The map refreshes every 30 seconds. If you spot an error, email the data team.
"""


LOWER_CASE_SQL = """\
-- The ports with the most cancelled sailings last winter, for the operator's review.
-- Sailings cancelled for the weather are counted; strikes are left out.
select p.name, count(*) as cancelled
from sailings s
join ports p on p.id = s.port_id
where s.cancelled = true
  and s.reason <> 'strike'
group by p.name
order by cancelled desc;
"""

RUBY = """\
# Adds the time a sailing departs, so that the timetable can be sorted by it. The
# column may be empty for sailings not yet scheduled.
class AddDepartsToSailings < ActiveRecord::Migration[7.1]
  def up
    add_column :sailings, :departs_at, :datetime
    add_index :sailings, :departs_at
  end

  def down
    remove_column :sailings, :departs_at
  end
end
"""

KOTLIN = """\
/**
 * The next sailing from a port: the first one that has not yet departed, or null
 * when the day's timetable is done.
 */
fun nextSailing(sailings: List<Sailing>, now: Instant): Sailing? {
    val upcoming = sailings.filter { it.departs > now }
    return upcoming.minByOrNull { it.departs }
}

fun isLate(sailing: Sailing): Boolean =
    sailing.actual != null && sailing.actual > sailing.departs
"""


@pytest.mark.parametrize("listing", [JAVASCRIPT, C_PROGRAM, SHELL, SQL, LOWER_CASE_SQL, RUBY, KOTLIN])
def test_listings_are_source_code(listing):
    assert is_source_code(listing)


def test_this_projects_own_modules_are_source_code():
    # docstrings and comments included (quality/source_code.py, one long commented
    # regular expression, is the one module that reads as prose)
    for path in (ROOT / "quality" / "document.py", ROOT / "quality" / "letters.py", ROOT / "quality" / "cli.py"):
        assert is_source_code(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("text", [ARTICLE_WITH_SNIPPET, LIST_ARTICLE, FACT_BOX, RESULTS, FENCED_ARTICLE])
def test_prose_with_a_snippet_a_list_or_a_box_is_not(text):
    assert not is_source_code(text)


def test_a_fenced_listing_with_no_prose_around_it_is():
    fenced = "```javascript\n" + JAVASCRIPT + "```\n"
    assert is_source_code(fenced)


def test_the_seeds_and_the_field_cases_are_not(seed_texts):
    from conftest import FIELD_CASES

    for text in [*seed_texts.values(), *(p.read_text(encoding="utf-8") for p in FIELD_CASES.glob("*"))]:
        assert not is_source_code(text)


def test_a_listing_is_not_rated_and_says_why(scorer):
    r = scorer.score((ROOT / "quality" / "letters.py").read_text(encoding="utf-8"))
    assert r.ok and "source_code" in r.flags and r.label == "not_rated"
    assert r.to_dict()["note"].startswith("not rated: the text is a program listing")
    article = scorer.score(ARTICLE_WITH_SNIPPET)
    assert "source_code" not in article.flags and article.label != "not_rated"


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="needs ../shared/data")
def test_no_corpus_article_is_flagged():
    evaluation = evaluation_script("source_code")
    for path in sorted(SHARED_DATA.glob("*/articles.jsonl")):
        texts = evaluation.corpus_rows(path)
        assert texts and not any(map(is_source_code, texts)), path.parent.name


def test_code_lines_quoted_in_an_article_are_no_lower_case_sentence_starts():
    # three lines of code in a story cost it 7 points as "sentences" opening in lower case
    from quality import extract_features

    lower = extract_features(ARTICLE_WITH_SNIPPET)["formatting.lowercase_start_frac"]
    assert lower.value == 0.0 and lower.evidence == ()
    prose = extract_features("The vote was close. the council met again on Friday.")
    assert prose["formatting.lowercase_start_frac"].value == 0.5


def test_a_json_document_is_data_not_an_article(scorer):
    """An API payload whose strings hold English was rated (a reviewer's find: 53.5 and
    89.1); whole, it is data. Prose in brackets is no JSON."""
    import json

    payload = json.dumps(
        {"status": "ok", "articles": [
            {"title": f"Council agrees budget for year {i}", "url": f"https://example.org/{i}",
             "description": "The council met on Monday and agreed the budget after a long debate, "
                            "the mayor said, and the bridge will reopen on Friday."}
            for i in range(8)
        ]}
    )
    assert is_source_code(payload)
    result = scorer.score(payload)
    assert "source_code" in result.flags and result.to_dict()["label"] == "not_rated"
    assert "JSON" in result.to_dict()["note"]
    assert not is_source_code("[Editor's note] The council met on Monday. [end]")
    assert not is_source_code('{"unclosed": "the council met on Monday and agreed the budget."')
