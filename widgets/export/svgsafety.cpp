// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/svgsafety.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace continuity {

namespace {

// Translated in the "SvgSafety" context; lupdate reads the qualified calls.
struct SvgText {
    Q_DECLARE_TR_FUNCTIONS(SvgSafety)
};

bool allowedInXml(char32_t c)
{
    if (c < 0x20)
        return c == 0x9 || c == 0xA || c == 0xD;
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    return c != 0xFFFE && c != 0xFFFF;
}

// The static drawing elements of SVG. Anything else (script, handler, listener,
// foreignObject, animation elements that can rewrite an href, …) is refused rather than
// judged case by case.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = {
        QStringLiteral("svg"),      QStringLiteral("g"),          QStringLiteral("defs"),
        QStringLiteral("title"),    QStringLiteral("desc"),       QStringLiteral("metadata"),
        QStringLiteral("path"),     QStringLiteral("rect"),       QStringLiteral("circle"),
        QStringLiteral("ellipse"),  QStringLiteral("line"),       QStringLiteral("polyline"),
        QStringLiteral("polygon"),  QStringLiteral("text"),       QStringLiteral("tspan"),
        QStringLiteral("image"),    QStringLiteral("linearGradient"),
        QStringLiteral("radialGradient"), QStringLiteral("stop"), QStringLiteral("clipPath"),
        QStringLiteral("mask"),     QStringLiteral("pattern"),    QStringLiteral("symbol"),
        QStringLiteral("use"),
    };
    return names;
}

bool isInternalReference(QStringView value)
{
    const QStringView v = value.trimmed();
    return v.startsWith(u'#') || v.startsWith(u"data:image/png;base64,")
        || v.startsWith(u"data:image/jpeg;base64,");
}

// Every url(…) in a value points inside the document.
bool urlsAreInternal(QStringView value)
{
    qsizetype from = 0;
    while ((from = value.indexOf(u"url(", from, Qt::CaseInsensitive)) >= 0) {
        from += 4;
        QStringView rest = value.mid(from).trimmed();
        if (rest.startsWith(u'\'') || rest.startsWith(u'"'))
            rest = rest.mid(1);
        if (!rest.startsWith(u'#'))
            return false;
    }
    return true;
}

}  // namespace

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    const auto ucs4 = text.toUcs4();
    for (const char32_t c : ucs4) {
        switch (c) {
        case U'&': out += QLatin1String("&amp;"); break;
        case U'<': out += QLatin1String("&lt;"); break;
        case U'>': out += QLatin1String("&gt;"); break;
        case U'"': out += QLatin1String("&quot;"); break;
        case U'\'': out += QLatin1String("&apos;"); break;
        default:
            if (allowedInXml(c))
                out += QString::fromUcs4(&c, 1);
            break;
        }
    }
    return out;
}

namespace {

// A single pass over the bytes, in the spirit of an XML tokenizer cut down to what an SVG
// needs: elements, attributes in quotes, character and the five predefined entity references,
// comments, CDATA and the XML declaration. It is some ten times as fast as QXmlStreamReader on
// a large diagram, where the check would otherwise cost as much as drawing it. Anything it
// does not know is refused, never skipped.
class SvgScanner
{
public:
    explicit SvgScanner(QByteArrayView svg) : m_s(svg) {}

    bool run(QString *why);

private:
    bool fail(const QString &reason)
    {
        m_why = reason;
        return false;
    }
    bool text(qsizetype from, qsizetype to);
    bool references(QByteArrayView value, QString *decoded);
    bool element();
    bool endElement();
    bool skipPast(QByteArrayView end);
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
    static bool isNameChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == ':' || c == '_' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
    }
    // Whether a value may refer to something: it holds a reference or a "url(".
    static bool mayRefer(QByteArrayView raw)
    {
        const char *data = raw.data();
        for (qsizetype i = 0, n = raw.size(); i < n; ++i) {
            if (data[i] == '&')
                return true;
            if (data[i] == '(' && i >= 3 && (data[i - 3] | 0x20) == 'u'
                && (data[i - 2] | 0x20) == 'r' && (data[i - 1] | 0x20) == 'l')
                return true;
        }
        return false;
    }
    static QByteArrayView localName(QByteArrayView name)
    {
        const qsizetype colon = name.lastIndexOf(':');
        return colon >= 0 ? name.sliced(colon + 1) : name;
    }

    QByteArrayView m_s;
    qsizetype m_pos = 0;
    std::vector<QByteArrayView> m_open;
    bool m_sawRoot = false;
    QString m_why;
};

bool SvgScanner::skipPast(QByteArrayView end)
{
    const qsizetype at = m_s.indexOf(end, m_pos);
    if (at < 0)
        return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("unterminated markup")));
    m_pos = at + end.size();
    return true;
}

// The references in text or in an attribute value: only &amp; &lt; &gt; &quot; &apos; and
// numeric ones. With `decoded`, writes the value as a reader sees it.
bool SvgScanner::references(QByteArrayView value, QString *decoded)
{
    if (decoded)
        decoded->clear();
    qsizetype from = 0;
    for (qsizetype amp = value.indexOf('&'); amp >= 0; amp = value.indexOf('&', from)) {
        if (decoded)
            *decoded += QString::fromUtf8(value.sliced(from, amp - from));
        const qsizetype semi = value.indexOf(';', amp);
        if (semi < 0 || semi - amp > 12)
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a stray '&'")));
        const QByteArrayView name = value.sliced(amp + 1, semi - amp - 1);
        char32_t c = 0;
        if (name == "amp")
            c = U'&';
        else if (name == "lt")
            c = U'<';
        else if (name == "gt")
            c = U'>';
        else if (name == "quot")
            c = U'"';
        else if (name == "apos")
            c = U'\'';
        else if (name.startsWith('#')) {
            bool ok = false;
            const uint code = name.startsWith("#x") ? name.sliced(2).toUInt(&ok, 16)
                                                    : name.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF)
                return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a bad character reference")));
            c = code;
        } else {
            return fail(SvgText::tr("the SVG declares a DTD or entities"));
        }
        if (decoded)
            *decoded += QString::fromUcs4(&c, 1);
        from = semi + 1;
    }
    if (decoded)
        *decoded += QString::fromUtf8(value.sliced(from));
    return true;
}

bool SvgScanner::text(qsizetype from, qsizetype to)
{
    const QByteArrayView t = m_s.sliced(from, to - from);
    for (const char c : t) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a control character")));
    }
    if (m_open.empty()) {
        for (const char c : t) {
            if (!isSpace(c))
                return fail(SvgText::tr("the SVG is not well-formed: %1")
                                .arg(SvgText::tr("text outside the root element")));
        }
        return true;
    }
    return t.contains('&') ? references(t, nullptr) : true;
}

bool SvgScanner::endElement()
{
    qsizetype end = m_pos + 2;
    while (end < m_s.size() && isNameChar(m_s[end]))
        ++end;
    const QByteArrayView name = m_s.sliced(m_pos + 2, end - m_pos - 2);
    while (end < m_s.size() && isSpace(m_s[end]))
        ++end;
    if (end >= m_s.size() || m_s[end] != '>' || m_open.empty() || m_open.back() != name)
        return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("mismatched tags")));
    m_open.pop_back();
    m_pos = end + 1;
    return true;
}

bool SvgScanner::element()
{
    qsizetype p = m_pos + 1;
    while (p < m_s.size() && isNameChar(m_s[p]))
        ++p;
    const QByteArrayView name = m_s.sliced(m_pos + 1, p - m_pos - 1);
    if (name.isEmpty())
        return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a stray '<'")));
    const QString local = QString::fromUtf8(localName(name));
    if (!m_sawRoot && local != QLatin1String("svg"))
        return fail(SvgText::tr("the SVG's root element is <%1>").arg(local));
    if (m_sawRoot && m_open.empty())
        return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a second root element")));
    m_sawRoot = true;
    if (!allowedElements().contains(local))
        return fail(SvgText::tr("the SVG holds a <%1> element").arg(local));
    QString value;
    for (;;) {
        const qsizetype before = p;
        while (p < m_s.size() && isSpace(m_s[p]))
            ++p;
        if (p >= m_s.size())
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("unterminated markup")));
        if (m_s[p] == '>') {
            m_open.push_back(name);
            m_pos = p + 1;
            return true;
        }
        if (m_s[p] == '/') {
            if (p + 1 >= m_s.size() || m_s[p + 1] != '>')
                return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a stray '/'")));
            m_pos = p + 2;
            return true;
        }
        if (p == before)
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("attributes run together")));
        const qsizetype nameStart = p;
        while (p < m_s.size() && isNameChar(m_s[p]))
            ++p;
        const QByteArrayView attribute = m_s.sliced(nameStart, p - nameStart);
        while (p < m_s.size() && isSpace(m_s[p]))
            ++p;
        if (attribute.isEmpty() || p >= m_s.size() || m_s[p] != '=')
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("a bad attribute")));
        ++p;
        while (p < m_s.size() && isSpace(m_s[p]))
            ++p;
        if (p >= m_s.size() || (m_s[p] != '"' && m_s[p] != '\''))
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("an unquoted attribute")));
        const char quote = m_s[p];
        const qsizetype close = m_s.indexOf(quote, p + 1);
        if (close < 0)
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("unterminated markup")));
        const QByteArrayView raw = m_s.sliced(p + 1, close - p - 1);
        p = close + 1;
        if (raw.contains('<'))
            return fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("'<' in an attribute")));
        const QByteArrayView attributeLocal = localName(attribute);
        if (attributeLocal.size() >= 2 && (attributeLocal[0] | 0x20) == 'o'
            && (attributeLocal[1] | 0x20) == 'n')
            return fail(SvgText::tr("the SVG holds an event attribute '%1'")
                            .arg(QString::fromUtf8(attribute)));
        // Values are judged as a reader sees them, references resolved; the many plain ones
        // (numbers, colours) that can refer to nothing are passed over quickly.
        const bool isHref = attributeLocal == "href";
        if (!isHref && !mayRefer(raw))
            continue;
        if (!references(raw, &value))
            return false;
        if (isHref && !isInternalReference(value))
            return fail(SvgText::tr("the SVG refers to something outside itself"));
        if (!urlsAreInternal(value))
            return fail(SvgText::tr("the SVG refers to something outside itself"));
    }
}

bool SvgScanner::run(QString *why)
{
    const auto done = [&](bool ok) {
        if (!ok && why)
            *why = m_why;
        return ok;
    };
    // An optional byte order mark and XML declaration.
    if (m_s.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    while (m_pos < m_s.size()) {
        const qsizetype lt = m_s.indexOf('<', m_pos);
        if (!text(m_pos, lt < 0 ? m_s.size() : lt))
            return done(false);
        if (lt < 0)
            break;
        m_pos = lt;
        const QByteArrayView rest = m_s.sliced(lt);
        bool ok = true;
        if (rest.startsWith("<?xml ") && !m_sawRoot) {
            ok = skipPast("?>");
        } else if (rest.startsWith("<!--")) {
            ok = skipPast("-->");
        } else if (rest.startsWith("<![CDATA[")) {
            ok = !m_open.empty() ? skipPast("]]>")
                                 : fail(SvgText::tr("the SVG is not well-formed: %1")
                                            .arg(SvgText::tr("text outside the root element")));
        } else if (rest.startsWith("<!")) {
            ok = fail(SvgText::tr("the SVG declares a DTD or entities"));
        } else if (rest.startsWith("<?")) {
            ok = fail(SvgText::tr("the SVG holds a processing instruction"));
        } else if (rest.startsWith("</")) {
            ok = endElement();
        } else {
            ok = element();
        }
        if (!ok)
            return done(false);
    }
    if (!m_sawRoot)
        return done(fail(SvgText::tr("the SVG is empty")));
    if (!m_open.empty())
        return done(fail(SvgText::tr("the SVG is not well-formed: %1").arg(SvgText::tr("unclosed elements"))));
    return done(true);
}

}  // namespace

bool checkSvgSafety(const QByteArray &svg, QString *why)
{
    SvgScanner scanner(svg);
    return scanner.run(why);
}

}  // namespace continuity
