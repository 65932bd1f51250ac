// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/estimation/terms.h"

#include "model/catalog/catalog.h"
#include "model/design.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace continuity::estimation {

QString num(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("?");
    // Every term of a 10k design's estimate formats several numbers: std::to_chars is several
    // times faster than QString::number here, and gives the same fixed-point digits.
    std::array<char, 64> buffer;
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                            std::chars_format::fixed, std::clamp(decimals, 0, 15));
    if (error != std::errc())
        return QString::number(value, 'f', decimals);  // beyond 64 characters: rare, and slow
    std::string_view s(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
    if (s.find('.') != std::string_view::npos) {
        while (s.back() == '0')
            s.remove_suffix(1);
        if (s.back() == '.')
            s.remove_suffix(1);
    }
    if (s == "-0")
        s = "0";
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString secondsText(double seconds)
{
    if (seconds >= 60)
        return QStringLiteral("%1 s (%2)").arg(num(seconds), formatDuration(seconds));
    return QStringLiteral("%1 s").arg(num(seconds));
}

QString percentText(double fraction)
{
    return QStringLiteral("%1 %").arg(num(fraction * 100, 6));
}

FactRef refOf(const Resolved &resolved)
{
    FactRef ref;
    ref.id = resolved.id;
    ref.value = resolved.value.value_or(0);
    ref.overridden = resolved.fromAssumptions;
    if (const Fact *f = resolved.fact) {
        ref.unit = f->unit;
        ref.note = f->note;
        if (resolved.fromAssumptions) {
            ref.source = EstimateText::tr("the design's assumptions (catalog: %1 from %2)")
                             .arg(f->value ? num(*f->value) : EstimateText::tr("no value"), f->source);
            ref.confidence = toString(Confidence::Assumption);
        } else {
            ref.source = f->source;
            ref.asOf = f->asOf;
            ref.confidence = toString(f->confidence);
        }
    }
    return ref;
}

FactRef designRef(const Component &component, const char *key, double value, const QString &unit)
{
    FactRef ref;
    ref.id = component.id + QLatin1Char('.') + QLatin1String(key);
    ref.value = value;
    ref.unit = unit;
    ref.source = EstimateText::tr("property %1 of %2").arg(QLatin1String(key), component.id);
    ref.confidence = QStringLiteral("design");
    return ref;
}

Term makeTerm(QString what, double amount, QString unit, std::vector<FactRef> inputs)
{
    Term t;
    t.what = std::move(what);
    t.amount = amount;
    t.unit = std::move(unit);
    if (!inputs.empty()) {
        t.factId = inputs.front().id;
        t.source = inputs.front().source;
        t.asOf = inputs.front().asOf;
        t.confidence = inputs.front().confidence;
    }
    t.inputs = std::move(inputs);
    return t;
}

}  // namespace continuity::estimation

namespace continuity {

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("?");
    const qint64 total = std::llround(seconds);
    if (total < 60)
        return QStringLiteral("%1 s").arg(total);
    const qint64 days = total / 86400;
    const qint64 hours = (total % 86400) / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    QStringList parts;
    if (days)
        parts << QStringLiteral("%1 d").arg(days);
    if (hours)
        parts << QStringLiteral("%1 h").arg(hours);
    if (minutes)
        parts << QStringLiteral("%1 min").arg(minutes);
    if (secs && !days)
        parts << QStringLiteral("%1 s").arg(secs);
    return parts.join(QLatin1Char(' '));
}

QString formatSeconds(double seconds)
{
    return seconds >= 60 ? formatDuration(seconds)
                         : QStringLiteral("%1 s").arg(QString::number(seconds, 'g', 6));
}

QString formatMoney(double usd)
{
    if (std::abs(usd) < 0.005)
        usd = 0;  // never "-0.00"
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(usd, 'f', 2)
           + QStringLiteral(" USD");
}

QString formatPercent(double percent)
{
    int decimals = 4;
    QString s = QString::number(percent, 'f', decimals);
    while (percent < 100 && s.startsWith(QLatin1String("100")) && decimals < 8)
        s = QString::number(percent, 'f', ++decimals);
    return s + QStringLiteral(" %");
}

QString formatTermAmount(const Term &term, QString (*money)(double))
{
    if (term.unit == QLatin1String("USD/month"))
        return money(term.amount);
    if (term.unit == QLatin1String("s"))
        return formatSeconds(term.amount);
    if (term.unit == QLatin1String("%"))
        return formatPercent(term.amount);
    if (term.unit == QLatin1String("×"))
        return QStringLiteral("× %1").arg(QString::number(term.amount, 'g', 6));
    return QStringLiteral("%1 %2").arg(QString::number(term.amount, 'g', 6), term.unit).trimmed();
}

QString formatTermSource(const Term &term)
{
    if (term.factId.isEmpty())
        return {};
    QStringList how;
    if (!term.confidence.isEmpty())
        how << term.confidence;
    if (!term.asOf.isEmpty())
        how << term.asOf;
    return how.isEmpty() ? term.factId
                         : QStringLiteral("%1 (%2)").arg(term.factId, how.join(QStringLiteral(", ")));
}

}  // namespace continuity
