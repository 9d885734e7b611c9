#include "core/services/units.h"

#include "core/domain/text.h"

#include <QFile>
#include <QHash>

namespace MotCua::Units
{

namespace
{
// RFC 4180 fields of one line (quotes, doubled quotes); the units file has no embedded newlines.
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    cur += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    fields.append(cur);
    return fields;
}

struct Index
{
    QList<AdminUnit> units;
    QList<QString> folded;
    QHash<QString, qsizetype> byCode;
};

const Index &index()
{
    static const Index idx = [] {
        Index i;
        QFile f(QStringLiteral(":/motcua/units/units.csv"));
        if (!f.open(QIODevice::ReadOnly))
            return i;
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        // province_code,province_full_name,province_unit,ward_code,ward_name,ward_full_name,ward_name_en,...,ward_unit
        for (qsizetype n = 1; n < lines.size(); ++n) {
            const QStringList c = splitCsvLine(lines.at(n).trimmed());
            if (c.size() < 9)
                continue;
            AdminUnit u{c.at(3), c.at(4), c.at(5), c.at(8), c.at(0), c.at(1)};
            i.byCode.insert(u.code, i.units.size());
            i.folded.append(Text::fold(u.code + u' ' + u.fullName + u' ' + u.provinceName));
            i.units.append(u);
        }
        return i;
    }();
    return idx;
}
} // namespace

const QList<AdminUnit> &all()
{
    return index().units;
}

std::optional<AdminUnit> find(const QString &code)
{
    const Index &i = index();
    const auto it = i.byCode.constFind(code.trimmed());
    if (it == i.byCode.constEnd())
        return std::nullopt;
    return i.units.at(*it);
}

QList<AdminUnit> search(const QString &query, int limit)
{
    const Index &i = index();
    const QStringList words = Text::foldedWords(query);
    QList<AdminUnit> out;
    for (qsizetype n = 0; n < i.units.size() && out.size() < limit; ++n) {
        bool all = true;
        for (const QString &w : words) {
            if (!i.folded.at(n).contains(w)) {
                all = false;
                break;
            }
        }
        if (all)
            out.append(i.units.at(n));
    }
    return out;
}

} // namespace MotCua::Units
