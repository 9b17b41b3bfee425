"""Source code: a program listing is not an article.

A file of Python, JavaScript, C, SQL or shell pasted where an article was expected is
rated as if it were prose otherwise: its docstrings and comments read as sentences, and
the score says nothing true. We look for lines only code writes, of two strengths:

- *syntax* lines, which prose never writes: a statement opening on a keyword with code
  after it ("def f(x):", "import os", "for row in rows:", "#include <stdio.h>",
  "SELECT id FROM t"), a call glued to a dotted or snake_case name ("rows.append(x)"), a
  line of nothing but brackets ("});"), a block opened on a brace ("int main() {");
- *statement* lines, which lists and fact boxes can look like: an assignment
  ("total = 0"; a box's "Attendance = 8,412" looks the same) and a call closed on a
  semicolon ("free(buf);").

A text is a listing when such lines are many (MIN_CODE_LINES), several of them syntax
lines (MIN_SYNTAX_LINES), and they hold a large share of its characters
(CODE_CHARS_AT_LEAST): an article's paragraphs are long lines, so a snippet quoted in a
story, a results box or a list of footnotes stays a small share of it. A fenced block
(```) in a text with prose around it is code the article shows, and is left out.
"""

from __future__ import annotations

import json
import re

#: Keywords that open a statement or a declaration, with what must follow them for the
#: line to be code ("import os", not "import tariffs rose"; "return x;", not "return to
#: work", which a line alone cannot tell, so "return" needs code punctuation after).
_SYNTAX = re.compile(
    r"""(?x)
    (?:def|async\s+def)\s+\w+\s*\(             # Python function
    | class\s+\w+\s*[:(]                       # Python class
    | class\s+\w+(?:\s+extends\s+\w+)?\s*\{     # JS/Java class
    | (?:from\s+[\w.]+\s+)?import\s+[\w.*]+(?:\s+as\s+\w+)?\s*(?:,\s*[\w.*]+\s*)*;?$
    | (?:return|yield)\b.*[()\[\];]\s*$|(?:return|continue|break|pass);?$
    # a block's header ends on ":" and holds code ("if not line.strip():", "for row in
    # rows:"), not prose ending on a colon ("for example, the council said:")
    | (?:if|elif|while)\s+(?:.*[()\[\]=<>_].*|(?:not\s+)?[\w.]+):$
    | for\s+\(?\w+(?:\s*,\s*\w+)*\)?\s+in\s+\S.*:$
    | with\s+(?:.*\bas\s+\w+|[\w.]+\(.*\)):$
    | except(?:\s+[\w.]+(?:\s+as\s+\w+)?)?:$
    | (?:else|try|finally):$
    | (?:if|for|while|switch)\s*\(.*\)\s*\{?$  # C-family block header
    | \}\s*(?:else|catch)\b
    | \#\s*(?:include|define|ifndef|endif|pragma)\b
    | (?:const|let|var)\s+\w+\s*=
    | (?:public|private|protected|static)\s+[\w<>\[\]]+\s+\w+\s*[(=;]
    | function\s*\w*\s*\(
    | @\w+(?:\.\w+)+(?:\(.*\))?$|@\w+\(.*\)$  # a decorator: not "@handle" alone
    | \#!/
    | (?:\$\s+|sudo\s+)?[a-z][\w.-]*\s+--?[A-Za-z][\w-]*(?:\s|$)  # a command and its option: "mkdir -p"
    | (?:\$|>>>)\s+\S                          # a shell or REPL prompt
    | (?:SELECT|INSERT\s+INTO|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIEW)|DROP\s+TABLE|ALTER\s+TABLE)\s
    | UPDATE\s+\w+\s+SET\s
    | (?:FROM|RUN|COPY|CMD|WORKDIR|ENV|EXPOSE|ENTRYPOINT)\s+[a-z0-9/\[."$]  # a Dockerfile
    | \\(?:begin|end|section|subsection|usepackage|documentclass)\{  # LaTeX
    | [\w.]+\s*<-\s*\S                         # R's assignment
    # SQL clauses: an upper-case keyword before a lower-case name ("WHERE s.port = 1")
    | (?:WHERE|JOIN|LEFT\s+JOIN|INNER\s+JOIN|GROUP\s+BY|ORDER\s+BY|HAVING|AND|OR|LIMIT|VALUES|SET)\s+[a-z_(]
    # shell commands with a path, an option or a variable; git, package managers
    | (?:cd|ls|mkdir|rm|cp|mv|cat|chmod|chown|tar|ssh|scp|rsync|curl|wget|export|source)\s+\S*[/~$=.-]
    | git\s+(?:pull|push|clone|commit|checkout|add|status|log|merge|fetch|rebase)\b
    | (?:pip3?|npm|yarn|apt(?:-get)?|brew|cargo)\s+install\b
    | docker\s+(?:run|build|compose|pull|push)\b
    # SQL in lower case, known by a table's dotted column ("where o.total > 0", "group
    # by c.id"): wrapped prose opens lines on "from" and "and", never on "c.id"
    # (a lower-case keyword: "On met.ie, for warnings" in a fact box is prose; an alias
    # of up to three letters or a snake_case column: "phone.com", "reddit.com" are sites)
    | (?=.{0,120}$)(?:select|from|where|join|left\s+join|inner\s+join|on|and|or|group\s+by|order\s+by|having)
      \s+(?:.*[\s(])?(?:[a-z_]\w{0,2}\.[a-z_]\w*|[a-z_]\w*\.\w*_\w*)
      (?:\s*[=<>,)]|$|\s+(?:as|desc|asc|is|in|between|like|not)\s)
    # lower-case SQL without aliases: a column list, a one-word table, a comparison
    | select\s+(?:distinct\s+)?[\w*]+(?:\s*,\s*[\w*]+)+$|from\s+[a-z_]\w*;?$|where\s+[a-z_]\w*\s*(?:=|<>|!=|<=|>=|<|>|is\s+not\s+null|is\s+null)\s*\S+;?$
    # C and Swift declarations, PHP
    | (?:int|char|float|double|long|short|unsigned|bool|size_t|void)\s+\**[a-z_]\w*\s*(?:\[[^\]]*\]\s*)?(?:=.*)?;$
    | (?:struct|enum)\s+\w+\s*(?::\s*[\w, ]+)?\{$|guard\s+.*\belse\s*\{
    | <\?php|\$[a-z_]\w*\s*=\s*\S.*;$
    # Ruby, Kotlin and Swift declarations, a block's end, a comment block's marks
    | def\s+[a-z_]\w*[?!]?$|end$
    | class\s+\w+\s*<\s*[\w:]+
    | (?:fun|func)\s+\w+\s*\(
    | val\s+\w+\s*(?::\s*\w+\s*)?=
    | /\*+$|\*+/$
    # Ruby's symbol arguments ("add_column :articles, :published_at")
    | [a-z_]\w*\s+:\w+,
    """
)
#: Comparisons and logic prose does not write, on a line of code's length that ends no
#: sentence: "a != null && b > c" (a 2,774-character paragraph about a website's code
#: quoted one). Not "||": wikitext tables and score lines write it.
_OPERATOR = re.compile(r"(?=.{0,120}$).*[\w)\]]\s*(?:&&|!=|==)\s*[\w(!\"']")
#: A call glued to a dotted or snake_case name ("rows.append(x)", "log_error(e)",
#: "print(total)"): prose does not glue a word to a bracket. A line of brackets alone,
#: or a block opened on a brace ("int main() {").
_CALL = re.compile(r"(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*\(.*\)[;,]?$|[a-z]+_\w*\(.*\)[;,]?$|print\(.*\)$")
_BRACKETS_ONLY = re.compile(r"[{}()\[\];,]+$")
_OPENS_BLOCK = re.compile(r".*\)\s*\{$")
#: An assignment to an identifier, attribute or item, its operator spaced or not:
#: "total = 0", "self.rows[i] += 1", "x=f(y)"; not "a = b" inside a sentence (the line
#: must open on it) nor "E = mc2. Einstein wrote it" (no sentence ends in the value).
_ASSIGNMENT = re.compile(r"[A-Za-z_][\w.]*(?:\[[^\]]*\])*\s*(?:[-+*/%|&^]|//|\*\*)?=(?!=)\s*\S")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: A call closed on a semicolon, the name glued to its bracket: "free(buf);",
#: "printf("%d", n);"; not a list item's "(down 3);" or "(2024);".
_CALL_STATEMENT = re.compile(r".*[\w\]]\(.*\)\s*;$")

#: A text is a listing when it has MIN_CODE_LINES code lines or more, MIN_SYNTAX_LINES
#: of them syntax lines, holding CODE_CHARS_AT_LEAST of its non-blank characters or
#: more. This project's own modules, docstrings and comments and all, hold 0.21-0.75
#: of their characters in code lines; none of the 16,440 articles in ../shared/data
#: holds a code line (evaluation/source_code.py). A results box ("Attendance = 8,412")
#: or a sum worked in a story holds statement lines only; a reviewer's 31 listings in
#: 16 languages and 22 prose texts: 18 listings flagged, no prose.
MIN_CODE_LINES = 5
MIN_SYNTAX_LINES = 3
CODE_CHARS_AT_LEAST = 0.2


def line_kind(line: str) -> str:
    """"syntax", "statement" or "" (prose, or blank) for one line, surrounding white
    space ignored (see the module's docstring)."""
    line = line.strip()
    if not line:
        return ""
    if (
        _SYNTAX.match(line)
        or _CALL.match(line)
        or _BRACKETS_ONLY.match(line)
        or _OPENS_BLOCK.match(line)
        or (_OPERATOR.match(line) and _SENTENCE_END.search(line) is None)
    ):
        return "syntax"
    if _ASSIGNMENT.match(line) and _SENTENCE_END.search(line) is None:
        return "statement"
    if _CALL_STATEMENT.match(line):
        return "statement"
    return ""


def is_code_line(line: str) -> bool:
    """Whether one line (surrounding white space ignored) is written only in code."""
    return bool(line_kind(line))


def code_line_share(text: str) -> tuple[int, int]:
    """(code lines, non-blank lines) of ``text``."""
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(map(is_code_line, lines)), len(lines)


#: A fenced code block (Markdown's ``` or ~~~): code the text shows, not what it is.
_FENCED = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
#: Words outside fenced blocks from which a text is an article showing code ("How we
#: built the ferry tracker", a 60-word post with a 6-line snippet, was flagged).
_PROSE_AROUND_FENCES = 40


def is_json_document(text: str) -> bool:
    """Whether ``text`` is one JSON object or array, whole: an API payload or a record
    as stored, whose string values may hold English but which is no article (a
    reviewer's find: a NewsAPI response was rated 53.5, a list of snippets 89.1)."""
    stripped = text.strip()
    if stripped[:1] not in ("{", "[") or stripped[-1:] not in ("}", "]"):
        return False
    try:
        value = json.loads(stripped)
    except ValueError:  # "[Editor's note] ... [end]": prose in brackets
        return False
    return isinstance(value, (dict, list))


def is_source_code(text: str) -> bool:
    """Whether ``text`` is a program listing rather than prose: MIN_CODE_LINES or more
    code lines, MIN_SYNTAX_LINES of them syntax lines, holding CODE_CHARS_AT_LEAST of
    its non-blank characters; or a JSON document (``is_json_document``). Fenced code
    blocks are left out when _PROSE_AROUND_FENCES words or more stand outside them: the
    text is then an article that shows code."""
    if is_json_document(text):
        return True
    outside = _FENCED.sub("", text)
    if outside != text and len(outside.split()) >= _PROSE_AROUND_FENCES:
        text = outside
    code = syntax = code_chars = chars = 0
    for line in text.splitlines():
        stripped = line.strip()
        chars += len(stripped)
        kind = line_kind(stripped)
        if kind:
            code += 1
            code_chars += len(stripped)
            syntax += kind == "syntax"
    return code >= MIN_CODE_LINES and syntax >= MIN_SYNTAX_LINES and code_chars >= CODE_CHARS_AT_LEAST * chars
