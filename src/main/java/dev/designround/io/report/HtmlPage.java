package dev.designround.io.report;

/**
 * The head every Design Round HTML page shares: self-contained, well-formed XML, and a Content-Security-Policy
 * that forbids scripts and loading anything (inline styles and data: images only).
 */
final class HtmlPage {

    static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Liberation Sans',Arial,sans-serif;\
            color:#1f2937;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #e5e7eb}h3{margin-bottom:.2rem}
            table{border-collapse:collapse}td,th{border:1px solid #e5e7eb;padding:.3rem .6rem;text-align:left}
            td.num{text-align:right}.verdict{font-weight:bold}.STRONG_HIRE{color:#15803d}.LEAN_HIRE{color:#b45309}
            .NO_HIRE{color:#b91c1c}.meta{color:#4b5563;font-size:.9rem}span.blocker{color:#b91c1c}span.major{color:#b45309}
            span.minor{color:#4b5563}code{background:#f3f4f6;padding:0 .2rem}
            """;

    private HtmlPage() {
    }

    /** Everything up to and including {@code <body>}; {@code title} is plain text, {@code css} is appended. */
    static void start(StringBuilder h, String title, String css) {
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append(css).append("</style>\n</head>\n<body>\n");
    }

    /** A row of a two-column summary table; {@code html} is already escaped. */
    static void row(StringBuilder h, String name, String html) {
        h.append("<tr><th>").append(name).append("</th><td>").append(html).append("</td></tr>\n");
    }
}
