"""Source code: a program listing is not an article.

A file of Python, JavaScript, C or shell pasted where an article was expected is rated as
if it were prose otherwise: its docstrings and comments read as sentences, and the score
says nothing true. We look for lines that only code writes: a statement opening on a
keyword ("def f(x):", "import os", "return x", "#include <stdio.h>"), an assignment to an
identifier ("total = 0", "self.rows[i] += 1"), a line that is only a brace or ends on one,
or on a statement's semicolon. Prose has no such lines, or a stray one (a wrapped line
ending on "{" or ";"); list-heavy articles and tables do not either, since none of the
tests reads a line's length or punctuation at its start.
"""

from __future__ import annotations

import re

#: Keywords that open a statement or a declaration, with what must follow them for the
#: line to be code ("import os", not "import tariffs rose"; "return x", not "return to
#: work" ... which a line alone cannot tell, so "return" needs code punctuation after).
_STATEMENT = re.compile(
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
    | echo\s
    """
)
#: An assignment to an identifier, attribute or item, its operator spaced or not:
#: "total = 0", "self.rows[i] += 1", "x=f(y)"; not "a = b" inside a sentence (the line
#: must open on it) nor "E = mc2. Einstein wrote it" (no sentence ends in the value).
_ASSIGNMENT = re.compile(r"[A-Za-z_][\w.]*(?:\[[^\]]*\])*\s*(?:[-+*/%|&^]|//|\*\*)?=(?!=)\s*\S")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: A call statement on a dotted or snake_case name ("rows.append(x)", "log_error(e)",
#: "print(total)"): prose does not glue a word to a bracket.
_CALL = re.compile(r"(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*\(.*\)[;,]?$|[a-z]+_\w*\(.*\)[;,]?$|print\(.*\)$")
#: A line that is only brackets, or ends a statement on a semicolon after a bracket or
#: a string, or opens a block on a brace: "}", "});", "foo(bar);", "int main() {". (A
#: word before the semicolon is left out: list items end on one, "- the fees;".)
_BRACES_ONLY = re.compile(r"[{}()\[\];,]+$")
_STATEMENT_END = re.compile(r".*[)\]'\"]\s*;$|.*\)\s*\{$")

#: A text is a listing when at least this share of its non-blank lines are code lines
#: (CODE_SHARE_AT_LEAST) and there are at least MIN_CODE_LINES of them. This project's
#: own modules, docstrings and comments and all, run at 0.28-0.59; of the 16,400
#: articles in ../shared/data, 4 hold a code-like line at all (2 at most; the highest
#: share 0.25, one line of four) and none is flagged (evaluation/source_code.py).
CODE_SHARE_AT_LEAST = 0.25
MIN_CODE_LINES = 5


def is_code_line(line: str) -> bool:
    """Whether one line (surrounding white space ignored) is written only in code."""
    line = line.strip()
    if not line:
        return False
    if _ASSIGNMENT.match(line):
        return _SENTENCE_END.search(line) is None
    return bool(
        _STATEMENT.match(line) or _CALL.match(line) or _BRACES_ONLY.match(line) or _STATEMENT_END.match(line)
    )


def code_line_share(text: str) -> tuple[int, int]:
    """(code lines, non-blank lines) of ``text``."""
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(map(is_code_line, lines)), len(lines)


def is_source_code(text: str) -> bool:
    """Whether ``text`` is a program listing rather than prose: MIN_CODE_LINES or more
    code lines making up CODE_SHARE_AT_LEAST of its non-blank lines or more."""
    code, lines = code_line_share(text)
    return code >= MIN_CODE_LINES and code >= CODE_SHARE_AT_LEAST * lines
