package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.Position;

/**
 * A place in one statement of a Mermaid flowchart ({@code a & b --> c[Text]}), read one token at a time: node ids,
 * text up to a closing mark, runs of link characters. It knows which file and line the statement is on, so that
 * whoever reads with it can say what is wrong there ({@link #problem}). {@link MermaidSyntax} reads shapes and
 * links with it; {@link MermaidReader} the node groups between them.
 */
final class MermaidCursor {

    final String text;
    int at;
    private final String display;
    private final Position where;

    /**
     * @param display the file, as messages name it
     * @param where   the statement's line in the file
     */
    MermaidCursor(String text, String display, Position where) {
        this.text = text;
        this.display = display;
        this.where = where;
    }

    /** What is wrong with the statement, naming the file and its line. */
    InputException problem(String message) {
        return new InputException(display, where, message);
    }

    boolean done() {
        return at >= text.length();
    }

    char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    String rest() {
        return text.substring(Math.min(at, text.length()));
    }

    boolean startsWith(String s) {
        return text.startsWith(s, at);
    }

    boolean take(String s) {
        if (startsWith(s)) {
            at += s.length();
            return true;
        }
        return false;
    }

    int skip(char c) {
        int n = 0;
        while (peek() == c) {
            at++;
            n++;
        }
        return n;
    }

    void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** The end of a link ({@code o}, {@code x}) when no id follows right after it. */
    void skipEnd() {
        if ((peek() == 'o' || peek() == 'x') && (at + 1 >= text.length()
                || Character.isWhitespace(text.charAt(at + 1)) || text.charAt(at + 1) == '|')) {
            at++;
        }
    }

    /** A node id; a dash or dot ends it where a link begins ({@code A-->B}, {@code A-.->B}). */
    String id() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            boolean word = Character.isLetterOrDigit(c) || c == '_';
            boolean joiner = (c == '-' || c == '.') && at > start && at + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(at + 1));
            if (!word && !joiner) {
                break;
            }
            at++;
        }
        return at > start ? text.substring(start, at) : null;
    }

    /** Text up to a closing mark (quoted text may hold the mark), or null when the mark never comes. */
    String text(String close) {
        skipSpaces();
        if (peek() == '"') {
            int end = text.indexOf('"', at + 1);
            if (end < 0) {
                return null;
            }
            String quoted = text.substring(at, end + 1);
            at = end + 1;
            skipSpaces();
            return take(close) ? quoted : null;
        }
        int end = text.indexOf(close, at);
        if (end < 0) {
            return null;
        }
        String plain = text.substring(at, end);
        at = end + close.length();
        return plain;
    }

    String until(String close) {
        int end = text.indexOf(close, at);
        String out = text.substring(at, end < 0 ? text.length() : end);
        at = end < 0 ? text.length() : end;
        return out;
    }
}
