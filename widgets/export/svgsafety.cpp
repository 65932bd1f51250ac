// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "widgets/export/svgsafety.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

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

// QSvgGenerator opens a group at every change of painter state and repeats the painter's font
// on each, though every <text> carries its own font attributes: on a large diagram that is a
// third of the file. Drops the font attributes of groups and the groups that hold nothing.
QByteArray compactGroups(const QByteArray &svg)
{
    QByteArray out;
    out.reserve(svg.size());
    const QByteArray open = "\n<g ";
    const QByteArray font = "\nfont-family=";
    const QByteArray empty = "\n</g>";
    qsizetype from = 0;
    for (qsizetype at = svg.indexOf(open); at >= 0; at = svg.indexOf(open, from)) {
        const qsizetype end = svg.indexOf('>', at);
        if (end < 0)
            break;
        out.append(svg.constData() + from, at - from);
        from = end + 1;
        if (QByteArrayView(svg).sliced(from).startsWith(empty)) {
            from += empty.size();
            continue;
        }
        const QByteArrayView tag = QByteArrayView(svg).sliced(at, end + 1 - at);
        const qsizetype fontAt = tag.indexOf(font);
        if (fontAt >= 0) {
            out.append(tag.first(fontAt));
            out.append('>');
        } else {
            out.append(tag);
        }
    }
    out.append(svg.constData() + from, svg.size() - from);
    return out;
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

QString svgTitlePlaceholder()
{
    return QStringLiteral("continuity-diagram-title");
}

QString svgDescriptionPlaceholder()
{
    return QStringLiteral("continuity-diagram-description");
}

QByteArray finishGeneratedSvg(QByteArray svg, const QString &title, const QString &description)
{
    // Bytes below 0x20 never occur inside a multi-byte UTF-8 sequence, so they can be replaced
    // one by one; QSvgGenerator escapes markup in text but passes control characters through.
    char *data = svg.data();
    for (qsizetype i = 0, n = svg.size(); i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            data[i] = ' ';
    }
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) become U+FFFD.
    for (qsizetype i = svg.indexOf("\xEF\xBF"); i >= 0 && i + 2 < svg.size();
         i = svg.indexOf("\xEF\xBF", i + 3)) {
        const auto c = static_cast<unsigned char>(svg.at(i + 2));
        if (c == 0xBE || c == 0xBF)
            svg[i + 2] = static_cast<char>(0xBD);
    }
    const auto replaceFirst = [&svg](const QByteArray &element, const QString &placeholder,
                                     const QString &value) {
        const QByteArray from = '<' + element + '>' + placeholder.toUtf8() + "</" + element + '>';
        const QByteArray to = '<' + element + '>' + xmlEscaped(value).toUtf8() + "</" + element
            + '>';
        const qsizetype at = svg.indexOf(from);
        if (at >= 0)
            svg.replace(at, from.size(), to);
    };
    svg = compactGroups(svg);
    replaceFirst("title", svgTitlePlaceholder(), title);
    replaceFirst("desc", svgDescriptionPlaceholder(), description);
    return svg;
}

bool checkSvgSafety(const QByteArray &svg, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    QXmlStreamReader reader(svg);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return fail(SvgText::tr("the SVG declares a DTD or entities"));
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            if (!sawRoot && name != QLatin1String("svg"))
                return fail(SvgText::tr("the SVG's root element is <%1>").arg(name));
            sawRoot = true;
            if (!allowedElements().contains(name))
                return fail(SvgText::tr("the SVG holds a <%1> element").arg(name));
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                const QStringView attribute = a.name();
                if (attribute.startsWith(u"on", Qt::CaseInsensitive))
                    return fail(SvgText::tr("the SVG holds an event attribute '%1'")
                                    .arg(attribute.toString()));
                if (attribute == u"href" && !isInternalReference(a.value()))
                    return fail(SvgText::tr("the SVG refers to something outside itself"));
                if (!urlsAreInternal(a.value()))
                    return fail(SvgText::tr("the SVG refers to something outside itself"));
            }
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError())
        return fail(SvgText::tr("the SVG is not well-formed: %1").arg(reader.errorString()));
    if (!sawRoot)
        return fail(SvgText::tr("the SVG is empty"));
    return true;
}

}  // namespace continuity
